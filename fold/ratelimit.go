package fold

import "time"

// SlidingWindow lets at most Limit events happen in any Interval. It keeps
// the times of the last Limit events in a ring; the next event may happen
// once the oldest of them is Interval old. Bursts up to Limit go at once. A
// Limit that is not positive means no limit.
//
// It reads no clock: callers pass the time in (golang.org/x/time/rate reads
// time.Now and refills a token bucket, which is a different limit). It is
// not safe for concurrent use. The zero value with Limit and Interval set is
// ready to use.
type SlidingWindow struct {
	Limit    int
	Interval time.Duration
	ring     []time.Time // the last Limit event times, oldest at pos once full
	pos      int
}

// Allow reports whether an event may happen at now.
func (w *SlidingWindow) Allow(now time.Time) bool {
	next := w.Next()
	return next.IsZero() || !now.Before(next)
}

// Next returns the earliest time the next event may happen, or the zero
// time when it may happen at any time.
func (w *SlidingWindow) Next() time.Time {
	if w.Limit <= 0 || len(w.ring) < w.Limit {
		return time.Time{}
	}
	return w.ring[w.pos].Add(w.Interval)
}

// Take records an event at at, whether or not Allow would let it happen
// then; the oldest recorded event makes room for it.
func (w *SlidingWindow) Take(at time.Time) {
	if w.Limit <= 0 {
		return
	}
	if len(w.ring) < w.Limit {
		w.ring = append(w.ring, at)
		return
	}
	w.ring[w.pos] = at
	w.pos = (w.pos + 1) % w.Limit
}

// times returns the recorded times, oldest first.
func (w *SlidingWindow) times() []time.Time {
	if len(w.ring) < w.Limit {
		return append([]time.Time(nil), w.ring...)
	}
	return append(append([]time.Time(nil), w.ring[w.pos:]...), w.ring[:w.pos]...)
}
