package main

import (
	"context"
	"fmt"
)

// TODO: implemented by the explain work.
func runExplain(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "taskmail explain: not implemented yet")
	return 1
}
