// Package testctx gives each test that waits on a server a deadline of its
// own. When the code under test hangs (a wait that ignores its context, a
// retry loop that never ends), the test then fails by its own name within
// a minute, instead of the whole test binary being stopped by go test's
// -timeout minutes later with a dump of every goroutine.
//
//	res, err := s.Send(testctx.New(t), msg)
//
// The context ends at the first of: Max after New, a margin before the
// deadline of the test binary (go test -timeout), or the end of the test.
// Code that honours its context then returns a timeout error, and the test
// reports it like any other failure. Should the test still be running
// Grace after its context ended, the code under test ignores the context;
// New's watchdog then prints every goroutine's stack and panics with the
// test's name, which ends the binary at once rather than at -timeout.
package testctx

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"
)

const (
	// Max is how long a test's context lasts at most. Each test of this
	// module that talks to a server takes well under a second when it
	// passes; a minute leaves room for a loaded machine and the race
	// detector.
	Max = 60 * time.Second

	// Grace is how long after its context ended a test may still run
	// before the watchdog reports it as hung.
	Grace = 10 * time.Second
)

// New returns a context for t's calls to the code under test. It is
// cancelled when t ends; see the package documentation for its deadline
// and the watchdog. Its time runs from the call: in a parallel test, call
// it after t.Parallel, which waits for the serial tests to finish.
func New(t testing.TB) context.Context {
	t.Helper()
	return newContext(t, Max, Grace, hung)
}

// deadliner is the part of *testing.T that *testing.B lacks.
type deadliner interface {
	Deadline() (time.Time, bool)
}

// newContext is New with the limits and the watchdog's action as
// arguments, so that they can be tested.
func newContext(t testing.TB, limit, grace time.Duration, onHang func(msg string)) context.Context {
	t.Helper()
	d := limit
	if dt, ok := t.(deadliner); ok {
		if end, ok := dt.Deadline(); ok {
			// End the context early enough that the watchdog, too, fires
			// before the binary's own timeout does.
			if left := time.Until(end) - 2*grace; left < d {
				d = max(left, time.Second)
			}
		}
	}
	ctx, cancel := context.WithTimeout(t.Context(), d)
	done := make(chan struct{})
	name := t.Name()
	watchdog := time.AfterFunc(d+grace, func() {
		select {
		case <-done:
		default:
			onHang(fmt.Sprintf("testctx: %s still running %v after its %v context ended: "+
				"something it waits for ignores the context", name, grace, d.Round(time.Millisecond)))
		}
	})
	t.Cleanup(func() {
		close(done)
		watchdog.Stop()
		cancel()
	})
	return ctx
}

// hung reports a hung test: every goroutine's stack (the hung call is
// among them), then a panic that names the test and ends the binary.
func hung(msg string) {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	fmt.Fprintf(os.Stderr, "%s\n\n%s\n", msg, buf)
	panic(msg)
}
