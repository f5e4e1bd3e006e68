package main

import (
	"context"
	"fmt"
)

// TODO: implemented by the doctor work.
func runDoctor(ctx context.Context, e env) int {
	fmt.Fprintln(e.stderr, "taskmail doctor: not implemented yet")
	return 1
}
