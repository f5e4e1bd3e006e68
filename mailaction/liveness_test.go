package mailaction

import (
	"context"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestStalePooledBDATReplaced: a pooled connection the server has closed
// is found before the message is written to it, so with BDAT (where the
// message goes with the commands) it is replaced by a fresh one without
// an attempt whose outcome is unknown: one attempt, one copy, no
// MaybeDuplicated.
func TestStalePooledBDATReplaced(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	p := newProxy(t, srv.Addr(), false)
	s, err := newSender(proxied(p), newOptions(nil), 1)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
	defer cancel()
	if _, err := s.Send(ctx, oneMessage()); err != nil {
		t.Fatal(err)
	}
	s.pool.mu.Lock()
	pooled := s.pool.idle[0]
	s.pool.mu.Unlock()
	if !pooled.chunking {
		t.Fatal("the connection does not use BDAT")
	}
	p.killAll() // the server restarts
	for !peerGone(pooled.raw) {
		// The close reaches this end of a loopback connection at once;
		// wait for it, within the test's deadline.
		select {
		case <-ctx.Done():
			t.Fatal("the closed connection never looked gone")
		case <-time.After(time.Millisecond):
		}
	}
	res, err := s.Send(ctx, oneMessage())
	if err != nil {
		t.Fatalf("Send after the server dropped the pooled connection: %v", err)
	}
	if res.Attempts != 1 || res.MaybeDuplicated || len(srv.Messages()) != 2 {
		t.Errorf("attempts %d, MaybeDuplicated %v, messages %d; want 1, false, 2", res.Attempts, res.MaybeDuplicated, len(srv.Messages()))
	}
}

// TestPeerGoneAlive: an open, idle connection is not taken for a gone one.
func TestPeerGoneAlive(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	s, err := newSender(proxied(newProxy(t, srv.Addr(), false)), newOptions(nil), 1)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ses, _, e := s.pool.get(testctx.New(t), false)
	if e != nil {
		t.Fatal(e)
	}
	defer s.pool.put(ses)
	if peerGone(ses.raw) {
		t.Fatal("peerGone is true for a connection the server keeps open")
	}
}
