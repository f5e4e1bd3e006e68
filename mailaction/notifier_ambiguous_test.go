package mailaction

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// timedMailer records when each send started and ended.
type timedMailer struct {
	inner      Mailer
	mu         sync.Mutex
	start, end []time.Time
}

func (m *timedMailer) Send(ctx context.Context, msg *Message) (*Result, error) {
	m.mu.Lock()
	m.start = append(m.start, time.Now())
	m.mu.Unlock()
	res, err := m.inner.Send(ctx, msg)
	m.mu.Lock()
	m.end = append(m.end, time.Now())
	m.mu.Unlock()
	return res, err
}

func (m *timedMailer) times() (start, end []time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]time.Time(nil), m.start...), append([]time.Time(nil), m.end...)
}

// A server that takes the message and never answers the final dot leaves
// delivery unknown: the recipient may have it. The notifier must wait its
// backoff before each new try, not send the same mail again at once.
func TestNotifierBacksOffAfterStallAfterFinalDot(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultStall}}})
	cfg := loopbackSMTP(srv.Port())
	cfg.CommandTimeout = 100 * time.Millisecond
	cfg.DataTimeout = 100 * time.Millisecond // the wait for the final reply
	cfg.Retry.MaxAttempts = 1
	sender, err := NewSender(cfg, WithSleep(noWait))
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	m := &timedMailer{inner: sender}
	const backoff = 400 * time.Millisecond
	n := newTestNotifier(t, m, testNotifierConfig(), WithResendBackoff(backoff, backoff))
	if err := n.Notify(testctx.New(t), Failure{Task: "nightly", Err: errors.New("exit status 1")}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "three tries", func() bool { s, e := m.times(); return len(s) >= 3 && len(e) >= 2 })
	start, end := m.times()
	for i := 1; i < len(start) && i <= len(end); i++ {
		// The backoff is randomised by ±50%: at least half of it.
		if gap := start[i].Sub(end[i-1]); gap < backoff/2 {
			t.Errorf("try %d started %v after try %d failed; want at least %v (the backoff)", i+1, gap, i, backoff/2)
		}
	}
	if st := n.Stats(); st.Mails != 0 || st.SendErrors < 2 {
		t.Errorf("stats: %+v", st)
	}
	srv.SetFaults() // let the last try through, so that Close need not wait
}
