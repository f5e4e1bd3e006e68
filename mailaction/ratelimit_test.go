package mailaction

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/taskmail/taskmail/fold"
)

func TestSlidingWindowBoundaries(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		limit    int
		interval time.Duration
		gap      time.Duration // between the events of the first burst
	}{
		{"one per minute", 1, time.Minute, 0},
		{"two per minute at once", 2, time.Minute, 0},
		{"three per minute spread", 3, time.Minute, 20 * time.Second},
		{"five per second, 1ms apart", 5, time.Second, time.Millisecond},
		{"four per hour, the last 3ns inside the window", 4, time.Hour, 20*time.Minute - time.Nanosecond},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := fold.SlidingWindow{Limit: tt.limit, Interval: tt.interval}
			var took []time.Time
			for i := 0; i < tt.limit; i++ {
				at := t0.Add(time.Duration(i) * tt.gap)
				if !w.Allow(at) {
					t.Fatalf("event %d of %d at +%v refused", i+1, tt.limit, at.Sub(t0))
				}
				if n := w.Next(); !n.IsZero() {
					t.Fatalf("before event %d of %d: next = +%v, want zero", i+1, tt.limit, n.Sub(t0))
				}
				w.Take(at)
				took = append(took, at)
			}
			// The N+1th: refused until exactly interval after the first.
			due := took[0].Add(tt.interval)
			if got := w.Next(); !got.Equal(due) {
				t.Fatalf("next = +%v, want +%v", got.Sub(t0), due.Sub(t0))
			}
			if last := took[len(took)-1]; w.Allow(last) {
				t.Errorf("event %d allowed at +%v, with the burst", tt.limit+1, last.Sub(t0))
			}
			if w.Allow(due.Add(-time.Nanosecond)) {
				t.Errorf("event %d allowed 1ns before +%v", tt.limit+1, due.Sub(t0))
			}
			if !w.Allow(due) {
				t.Fatalf("event %d refused at exactly +%v", tt.limit+1, due.Sub(t0))
			}
			w.Take(due)
			// The window slides: the next is due interval after the
			// second event, or after the one just taken when limit is 1.
			want := due.Add(tt.interval)
			if tt.limit > 1 {
				want = took[1].Add(tt.interval)
			}
			if got := w.Next(); !got.Equal(want) {
				t.Errorf("after event %d: next = +%v, want +%v", tt.limit+1, got.Sub(t0), want.Sub(t0))
			}
			if w.Allow(want.Add(-time.Nanosecond)) || !w.Allow(want) {
				t.Errorf("event %d: allow around +%v wrong", tt.limit+2, want.Sub(t0))
			}
		})
	}
}

func TestSlidingWindowNoLimit(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, limit := range []int{0, -1} {
		w := fold.SlidingWindow{Limit: limit, Interval: time.Hour}
		for i := 0; i < 100; i++ {
			if !w.Allow(t0) {
				t.Fatalf("limit %d: event %d refused", limit, i+1)
			}
			w.Take(t0)
		}
		if n := w.Next(); !n.IsZero() {
			t.Errorf("limit %d: next = %v, want zero", limit, n)
		}
	}
}

func TestSendRateWaits(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := t0
	var slept []time.Duration
	o := &options{
		now: func() time.Time { return now },
		sleep: func(ctx context.Context, d time.Duration) error {
			slept = append(slept, d)
			return nil
		},
	}
	r := newSendRate(2, time.Minute, o)
	for i := 0; i < 6; i++ {
		if err := r.wait(context.Background()); err != nil {
			t.Fatal(err)
		}
	}
	// Reserved starts: 0, 0, 1m, 1m, 2m, 2m, all asked for at t0.
	want := []time.Duration{time.Minute, time.Minute, 2 * time.Minute, 2 * time.Minute}
	if len(slept) != len(want) {
		t.Fatalf("slept %v, want %v", slept, want)
	}
	for i := range want {
		if slept[i] != want[i] {
			t.Fatalf("slept %v, want %v", slept, want)
		}
	}

	// Past every reservation, no wait; a cancelled context still says so.
	now = t0.Add(10 * time.Minute)
	slept = nil
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.wait(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("wait with a cancelled context = %v, want context.Canceled", err)
	}
	if len(slept) != 0 {
		t.Errorf("slept %v past every reservation", slept)
	}
	if err := (*sendRate)(nil).wait(context.Background()); err != nil {
		t.Errorf("nil sendRate: %v", err)
	}
	if newSendRate(0, time.Minute, o) != nil {
		t.Error("newSendRate(0) is not nil")
	}
}
