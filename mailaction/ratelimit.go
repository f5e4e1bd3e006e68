package mailaction

import (
	"context"
	"sync"
	"time"

	"github.com/taskmail/taskmail/fold"
)

// sendRate lets at most limit transactions start in any interval, for
// providers that throttle: the limiter of package fold, which the
// notifier's rules use too, shared by the Sender's goroutines, which reads
// the Sender's clock and waits with its sleep function.
type sendRate struct {
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error

	mu sync.Mutex
	w  fold.SlidingWindow // start times, reserved ones in the future among them
}

// newSendRate returns nil (no limit) when limit is not positive.
func newSendRate(limit int, interval time.Duration, o *options) *sendRate {
	if limit <= 0 {
		return nil
	}
	return &sendRate{now: o.now, sleep: o.sleep, w: fold.SlidingWindow{Limit: limit, Interval: interval}}
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
	if next := r.w.Next(); next.After(at) {
		at = next
	}
	r.w.Take(at)
	r.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return r.sleep(ctx, d)
	}
	return ctx.Err()
}
