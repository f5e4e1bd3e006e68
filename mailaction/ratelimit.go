package mailaction

import (
	"context"
	"sync"
	"time"
)

// sendRate lets at most limit transactions start in any interval, for
// providers that throttle. It keeps the start times of the last limit
// transactions; the next may start once the oldest of them is interval
// old. Bursts up to limit go at once, as with nodemailer's rateLimit.
//
// It reads the Sender's clock and waits with its sleep function, so tests
// see the waits without sleeping (golang.org/x/time/rate would not).
type sendRate struct {
	interval time.Duration
	now      func() time.Time
	sleep    func(ctx context.Context, d time.Duration) error

	mu    sync.Mutex
	times []time.Time // ring of reserved start times
	next  int
}

// newSendRate returns nil (no limit) when limit is not positive.
func newSendRate(limit int, interval time.Duration, o *options) *sendRate {
	if limit <= 0 {
		return nil
	}
	return &sendRate{interval: interval, now: o.now, sleep: o.sleep, times: make([]time.Time, limit)}
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
	if oldest := r.times[r.next]; !oldest.IsZero() {
		if t := oldest.Add(r.interval); t.After(at) {
			at = t
		}
	}
	r.times[r.next] = at
	r.next = (r.next + 1) % len(r.times)
	r.mu.Unlock()
	if d := at.Sub(now); d > 0 {
		return r.sleep(ctx, d)
	}
	return ctx.Err()
}
