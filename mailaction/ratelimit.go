package mailaction

import (
	"context"
	"sync"
	"time"
)

// slidingWindow lets at most limit events happen in any interval. It keeps
// the times of the last limit events in a ring; the next event may happen
// once the oldest of them is interval old. Bursts up to limit go at once,
// as with nodemailer's rateLimit. A limit that is not positive means no
// limit.
//
// It reads no clock: callers pass the time in, so the Notifier's loop and
// the Sender's injected clock drive it alike and tests see every boundary
// without sleeping (golang.org/x/time/rate reads time.Now and refills a
// token bucket, which is a different limit). It is not safe for concurrent
// use. The zero value with limit and interval set is ready to use.
type slidingWindow struct {
	limit    int
	interval time.Duration
	times    []time.Time // ring of the last limit event times, oldest at pos once full
	pos      int
}

// allow reports whether an event may happen at now.
func (w *slidingWindow) allow(now time.Time) bool {
	next := w.next()
	return next.IsZero() || !now.Before(next)
}

// next returns the earliest time the next event may happen, or the zero
// time when it may happen at any time.
func (w *slidingWindow) next() time.Time {
	if w.limit <= 0 || len(w.times) < w.limit {
		return time.Time{}
	}
	return w.times[w.pos].Add(w.interval)
}

// take records an event at at, whether or not allow would let it happen
// then; the oldest recorded event makes room for it.
func (w *slidingWindow) take(at time.Time) {
	if w.limit <= 0 {
		return
	}
	if len(w.times) < w.limit {
		w.times = append(w.times, at)
		return
	}
	w.times[w.pos] = at
	w.pos = (w.pos + 1) % w.limit
}

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
