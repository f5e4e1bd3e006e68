package mailaction

import (
	"context"
	"sync"
	"sync/atomic"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// SenderStats counts what a Sender did; see Sender.Stats.
type SenderStats struct {
	Server    string // host:port; "(recipient MX):25" with direct delivery
	Sends     int64  // calls to Send (and SendEmail)
	Delivered int64  // sends that reached every recipient
	Failed    int64  // sends that returned an error (some recipients may have got the message)
	Attempts  int64  // transactions tried, retries included
	Dials     int64  // connections dialled (or tried)

	// Failures counts the errors sends returned, by kind: a send refused
	// for two recipients counts twice. Nil when there were none.
	Failures map[mailerrors.Kind]int64

	// The pool, now.
	InUse int // connections held by a send, or being dialled
	Idle  int // connections open and waiting for the next send
}

// senderCounts holds a Sender's counters. The success path touches only
// atomics; a failure takes the mutex to count its kinds.
type senderCounts struct {
	sends, delivered, failed, attempts, dials atomic.Int64

	mu    sync.Mutex
	kinds map[mailerrors.Kind]int64
}

// sent counts a send that returned err.
func (c *senderCounts) sent(err error) {
	c.sends.Add(1)
	if err == nil {
		c.delivered.Add(1)
		return
	}
	c.failed.Add(1)
	all := mailerrors.All(err)
	c.mu.Lock()
	if c.kinds == nil {
		c.kinds = make(map[mailerrors.Kind]int64)
	}
	if len(all) == 0 {
		c.kinds[mailerrors.KindOf(err)]++
	}
	for _, e := range all {
		c.kinds[e.Kind]++
	}
	c.mu.Unlock()
}

// Stats returns what the Sender has done so far and the state of its
// connection pool.
func (s *Sender) Stats() SenderStats {
	st := SenderStats{
		Server: s.addr,
		Sends:  s.stats.sends.Load(), Delivered: s.stats.delivered.Load(), Failed: s.stats.failed.Load(),
		Attempts: s.stats.attempts.Load(), Dials: s.stats.dials.Load(),
	}
	s.stats.mu.Lock()
	if len(s.stats.kinds) > 0 {
		st.Failures = make(map[mailerrors.Kind]int64, len(s.stats.kinds))
		for k, v := range s.stats.kinds {
			st.Failures[k] = v
		}
	}
	s.stats.mu.Unlock()
	st.InUse = len(s.pool.slots)
	s.pool.mu.Lock()
	st.Idle = len(s.pool.idle)
	s.pool.mu.Unlock()
	return st
}

// The Sender's calls of its observer. The callers check s.o.observer
// first where building the argument would cost something.

func (s *Sender) observeConnect(ctx context.Context, t0 time.Time, e *mailerrors.Error) {
	if o := s.o.observer; o != nil && o.Connected != nil {
		o.Connected(ctx, ConnectInfo{Server: s.addr, Duration: time.Since(t0), Err: e})
	}
}

func (s *Sender) observeTLS(ctx context.Context, implicit bool, version uint16, e *mailerrors.Error) {
	if o := s.o.observer; o != nil && o.TLSDone != nil {
		o.TLSDone(ctx, TLSInfo{Implicit: implicit, Version: version, Err: e})
	}
}

func (s *Sender) observeAuth(ctx context.Context, mech string, e *mailerrors.Error) {
	if o := s.o.observer; o != nil && o.AuthDone != nil {
		o.AuthDone(ctx, AuthInfo{Mechanism: mech, Err: e})
	}
}

// observeAttempt reports one attempt's recipients, data and end.
func (s *Sender) observeAttempt(ctx context.Context, n int, tx txResult) {
	o := s.o.observer
	if o.RecipientDone != nil {
		for _, r := range tx.accepted {
			o.RecipientDone(ctx, RecipientInfo{Recipient: r, Accepted: true})
		}
		for _, e := range tx.rejected {
			o.RecipientDone(ctx, RecipientInfo{Recipient: e.Recipient, Err: e})
		}
	}
	dataErr := tx.err != nil && tx.err.Stage == mailerrors.StageData
	if o.DataDone != nil && (tx.delivered || dataErr) {
		di := DataInfo{Delivered: tx.delivered, Response: tx.response}
		if dataErr {
			di.Err = tx.err
		}
		o.DataDone(ctx, di)
	}
	if o.AttemptDone != nil {
		o.AttemptDone(ctx, AttemptInfo{Attempt: n, Accepted: len(tx.accepted), Rejected: len(tx.rejected),
			Delivered: tx.delivered, Ambiguous: tx.ambiguous, Err: tx.err})
	}
}
