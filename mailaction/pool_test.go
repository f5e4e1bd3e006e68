package mailaction_test

import (
	"context"
	"errors"
	"net"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

func TestSenderReusesConnection(t *testing.T) {
	for _, pa := range paths {
		srv := smtptest.StartT(t, smtptest.Config{DisablePipelining: pa.disablePipelining})
		s, err := mailaction.NewSender(plain(srv), pa.opts...)
		if err != nil {
			t.Fatal(err)
		}
		for i := range 10 {
			res, err := s.Send(testctx.New(t), simple("ops"+strconv.Itoa(i)+"@example.org"))
			if err != nil || res.Attempts != 1 {
				t.Fatalf("send %d: %v (%+v)", i, err, res)
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if n := srv.Connections(); n != 1 {
			t.Errorf("%s: %d connections for 10 sequential sends, want 1", pa.name, n)
		}
		// No round trip that adds nothing: one EHLO, no NOOP, no RSET.
		data, bdat := 10, 0
		if pa.name == "bdat" {
			data, bdat = 0, 10
		}
		for verb, want := range map[string]int{"EHLO": 1, "NOOP": 0, "RSET": 0, "MAIL": 10, "DATA": data, "BDAT": bdat, "QUIT": 1} {
			if got := srv.CommandCount(verb); got != want {
				t.Errorf("%s: %s sent %d times, want %d", pa.name, verb, got, want)
			}
		}
		if len(srv.Messages()) != 10 {
			t.Errorf("server got %d messages", len(srv.Messages()))
		}
	}
}

func TestSenderRecyclesAfterMaxMessages(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.Pool.MaxMessages = 3
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for range 10 {
		if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
			t.Fatal(err)
		}
	}
	if n := srv.Connections(); n != 4 {
		t.Errorf("%d connections, want 4 (3+3+3+1)", n)
	}
}

// TestSenderRetiresIdleConnection: a connection left idle for
// Pool.IdleTimeout gets QUIT from the reaper, and the next Send dials anew.
// Nothing is timed: the test waits (with a hang guard) for the QUIT.
func TestSenderRetiresIdleConnection(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.Pool.IdleTimeout = 10 * time.Millisecond
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
		t.Fatal(err)
	}
	guard := time.Now().Add(10 * time.Second)
	for srv.CommandCount("QUIT") == 0 {
		if time.Now().After(guard) {
			t.Fatal("the idle connection was never retired")
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
		t.Fatal(err)
	}
	if n := srv.Connections(); n != 2 {
		t.Errorf("%d connections, want 2 (the idle one retired, then a new one)", n)
	}
}

// TestSenderReplacesDeadConnection: the server drops a pooled connection
// at MAIL. With DATA the next Send notices before the message went and
// goes on a fresh connection within the same attempt. With BDAT the
// message went with MAIL, so the server may have taken it: that attempt
// counts, with its outcome unknown, and the message is sent once more.
func TestSenderReplacesDeadConnection(t *testing.T) {
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{DisablePipelining: p.disablePipelining})
			s, err := mailaction.NewSender(plain(srv), append(p.opts, (&sleeps{}).option())...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
				t.Fatal(err)
			}
			srv.SetFaults(smtptest.Fault{Stage: smtptest.StageMail, Kind: smtptest.FaultDrop, Times: 1})
			res, err := s.Send(testctx.New(t), simple("ops@example.org"))
			if err != nil {
				t.Fatal(err)
			}
			attempts, maybe := 1, false
			if p.name == "bdat" {
				attempts, maybe = 2, true
			}
			if res.Attempts != attempts || res.MaybeDuplicated != maybe || srv.Connections() != 2 || len(srv.Messages()) != 2 {
				t.Errorf("attempts %d, MaybeDuplicated %v, connections %d, messages %d; want %d, %v, 2, 2",
					res.Attempts, res.MaybeDuplicated, srv.Connections(), len(srv.Messages()), attempts, maybe)
			}
		})
	}
}

func TestSenderConcurrent(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.Pool.MaxConns = 5
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	const n = 50
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			msg := simple("ops" + strconv.Itoa(i) + "@example.org")
			if _, err := s.Send(testctx.New(t), msg); err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	s.Close()
	if got := len(srv.Messages()); got != n {
		t.Errorf("server got %d messages, want %d", got, n)
	}
	if c := srv.Connections(); c > 5 {
		t.Errorf("%d connections, want at most 5", c)
	}
}

func TestSendAfterClose(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	s, err := mailaction.NewSender(plain(srv))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = s.Send(testctx.New(t), simple("ops@example.org"))
	var me *mailerrors.Error
	if !errors.As(err, &me) || me.Temporary {
		t.Errorf("err = %v, want a permanent *Error", err)
	}
}

func TestRateLimit(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.Pool.RateLimit = 2
	cfg.Pool.RateInterval = time.Minute
	var sl sleeps
	s, err := mailaction.NewSender(cfg, sl.option(), fixedClock())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for range 5 {
		if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
			t.Fatal(err)
		}
	}
	// With a clock that does not move: 2 at once, then each later pair a
	// minute after the one before.
	want := []time.Duration{time.Minute, time.Minute, 2 * time.Minute}
	got := sl.all()
	if len(got) != len(want) {
		t.Fatalf("waits = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("waits = %v, want %v", got, want)
			break
		}
	}
}

// countingConn counts the writes a client makes.
type countingConn struct {
	net.Conn
	writes *atomic.Int64
}

func (c countingConn) Write(p []byte) (int, error) {
	c.writes.Add(1)
	return c.Conn.Write(p)
}

// TestPipelining counts the client's writes per message: with PIPELINING
// and CHUNKING, MAIL, both RCPTs, BDAT and the payload go in one write;
// with PIPELINING only, MAIL, both RCPTs and DATA in one and the payload in
// another; without either, each command is a write of its own.
func TestPipelining(t *testing.T) {
	for _, c := range []struct {
		path
		want int64
	}{{paths[0], 1}, {paths[1], 2}, {paths[2], 5}} {
		srv := smtptest.StartT(t, smtptest.Config{DisablePipelining: c.disablePipelining})
		var writes atomic.Int64
		dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
			conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			return countingConn{conn, &writes}, err
		}
		s, err := mailaction.NewSender(plain(srv), append(c.opts, mailaction.WithDialer(dial))...)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Send(testctx.New(t), simple("a@example.org", "b@example.org")); err != nil {
			t.Fatal(err)
		}
		before := writes.Load()
		if _, err := s.Send(testctx.New(t), simple("a@example.org", "b@example.org")); err != nil {
			t.Fatal(err)
		}
		if got := writes.Load() - before; got != c.want {
			t.Errorf("%s: %d writes for a message to 2 recipients, want %d", c.name, got, c.want)
		}
		s.Close()
	}
}
