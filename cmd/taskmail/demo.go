package main

import (
	"context"
	"fmt"
)

// TODO: implemented by the demo work.
func runDemo(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "taskmail demo: not implemented yet")
	return 1
}
