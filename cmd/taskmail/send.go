package main

import (
	"context"
	"fmt"
)

// TODO: implemented by the send work.
func runSend(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "taskmail send: not implemented yet")
	return 1
}
