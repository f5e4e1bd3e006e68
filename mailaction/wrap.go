package mailaction

import (
	"context"
	"fmt"
	"runtime/debug"
	"sync"
)

// PanicError is the error of a Failure made from a recovered panic.
type PanicError struct {
	Value any    // what was passed to panic
	Stack []byte // the goroutine's stack where it panicked
}

// Error returns "panic: " and the value.
func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// Unwrap returns the value when it is an error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// Wrap returns fn wrapped for task: when fn returns an error it is passed
// to Notify; when it returns nil, Succeeded is called; when it panics, the
// panic becomes a Failure with a *PanicError (the stack as log excerpt),
// is notified (with a spool: written to disk) and then the panic goes on.
// Attempt counts the calls since the last success, starting at 1. The
// wrapped function's error is returned unchanged.
func (n *Notifier) Wrap(task string, fn func(ctx context.Context) error) func(ctx context.Context) error {
	var mu sync.Mutex
	attempt := 0
	next := func(ok bool) int {
		mu.Lock()
		defer mu.Unlock()
		if ok {
			attempt = 0
			return 0
		}
		attempt++
		return attempt
	}
	return func(ctx context.Context) (err error) {
		start := n.now()
		panicking := true
		defer func() {
			if !panicking {
				return
			}
			r := recover()
			if r == nil {
				return // runtime.Goexit, not a panic
			}
			stack := debug.Stack()
			_ = n.Notify(ctx, Failure{
				Task: task, Err: &PanicError{Value: r, Stack: stack},
				Start: start, Attempt: next(false), LogExcerpt: string(stack),
			})
			panic(r)
		}()
		err = fn(ctx)
		panicking = false
		if err != nil {
			_ = n.Notify(ctx, Failure{Task: task, Err: err, Start: start, Attempt: next(false)})
		} else {
			next(true)
			_ = n.Succeeded(ctx, task)
		}
		return err
	}
}
