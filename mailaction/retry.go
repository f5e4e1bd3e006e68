package mailaction

import (
	"time"

	"github.com/cenkalti/backoff/v4"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// stopBackOff is what a BackOff returns when no retry is left.
const stopBackOff = backoff.Stop

// clock adapts the Sender's clock to backoff.Clock, so that MaxElapsed is
// measured on the same clock as everything else.
type clock func() time.Time

func (c clock) Now() time.Time { return c() }

// newBackOff returns the retry schedule of cfg.Retry: exponential from
// InitialInterval up to MaxInterval, no later than MaxElapsed after the
// first attempt, and at most MaxAttempts attempts in all. Send drives it
// with NextBackOff and waits with the Sender's sleep function, not with
// backoff's own timer, so that tests never sleep and ctx cuts every wait.
func (s *Sender) newBackOff() backoff.BackOff {
	r := s.cfg.Retry
	eb := backoff.NewExponentialBackOff(
		backoff.WithInitialInterval(r.InitialInterval),
		backoff.WithMaxInterval(r.MaxInterval),
		backoff.WithMaxElapsedTime(r.MaxElapsed),
		backoff.WithClockProvider(clock(s.o.now)),
	)
	eb.Reset()
	retries := 0
	if r.MaxAttempts > 1 && !s.o.oneAttempt {
		retries = r.MaxAttempts - 1
	}
	return backoff.WithMaxRetries(eb, uint64(retries))
}

// nextWait returns how long to wait before retrying after the failures
// in waits: bo's next interval, or longer when one of them names a wait
// (retryWait). It returns false when no retry is left: bo is spent, or
// the named wait would end past Retry.MaxElapsed after start (giving up
// now, the error's RetryAfter tells the caller).
func (s *Sender) nextWait(bo backoff.BackOff, waits []*mailerrors.Error, start time.Time) (time.Duration, bool) {
	d := bo.NextBackOff()
	if d == stopBackOff {
		return 0, false
	}
	if w := s.retryWait(waits); d < w {
		if s.cfg.Retry.MaxElapsed > 0 && s.o.now().Add(w).Sub(start) > s.cfg.Retry.MaxElapsed {
			return 0, false
		}
		d = w
	}
	return d, true
}

// retryWait returns the least wait before retrying after the failures in
// waits: the largest RetryAfter among them, the greylist delay of the
// options counting for a greylisting. It records that delay in each
// greylisting's Wait, so the caller sees it in RetryAfter too.
func (s *Sender) retryWait(waits []*mailerrors.Error) time.Duration {
	var d time.Duration
	for _, e := range waits {
		s.noteWait(e)
		d = max(d, e.RetryAfter())
	}
	return d
}

// noteWait records the greylist delay of the options in a greylisting.
func (s *Sender) noteWait(e *mailerrors.Error) {
	if e.Kind == mailerrors.KindGreylisted && e.Wait <= 0 {
		e.Wait = s.cfg.Retry.GreylistDelay
	}
}
