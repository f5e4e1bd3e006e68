package mailaction

import (
	"context"
	"sync"
	"time"

	"github.com/taskmail/taskmail/fold"
)

// slidingWindow lets at most limit events happen in any interval: the
// limiter of package fold (fold.SlidingWindow), which the notifier's rules
// use too, with the Sender's names. It reads no clock: callers pass the
// time in, so the Sender's injected clock drives it and tests see every
// boundary without sleeping. It is not safe for concurrent use. The zero
// value with limit and interval set is ready to use.
type slidingWindow struct {
	limit    int
	interval time.Duration
	w        fold.SlidingWindow
}

func (w *slidingWindow) window() *fold.SlidingWindow {
	w.w.Limit, w.w.Interval = w.limit, w.interval
	return &w.w
}

// allow reports whether an event may happen at now.
func (w *slidingWindow) allow(now time.Time) bool { return w.window().Allow(now) }

// next returns the earliest time the next event may happen, or the zero
// time when it may happen at any time.
func (w *slidingWindow) next() time.Time { return w.window().Next() }

// take records an event at at, whether or not allow would let it happen
// then; the oldest recorded event makes room for it.
func (w *slidingWindow) take(at time.Time) { w.window().Take(at) }

// sendRate lets at most limit transactions start in any interval, for
// providers that throttle: a slidingWindow shared by the Sender's
// goroutines, which reads the Sender's clock and waits with its sleep
// function.
type sendRate struct {
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	mu sync.Mutex
	w  slidingWindow // start times, reserved ones in the future among them
}

// newSendRate returns nil (no limit) when limit is not positive.
func newSendRate(limit int, interval time.Duration, o *options) *sendRate {
	if limit <= 0 {
		return nil
	}
	return &sendRate{now: o.now, sleep: o.sleep, w: slidingWindow{limit: limit, interval: interval}}
}

// wait reserves the next start time and waits for it, or returns ctx's
// error.
func (r *sendRate) wait(ctx context.Context) error {
	if r == nil {
		return nil
	}
	now := r.now()
	r.mu.Lock()
	at := now
	if next := r.w.next(); next.After(at) {
		at = next
	}
	r.w.take(at)
	r.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return r.sleep(ctx, d)
	}
	return ctx.Err()
}
