package mailaction

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// proxied returns options for a server reached through p, over plain
// text, one attempt.
func proxied(p *proxy) config.SMTP {
	return config.SMTP{
		Host:  "127.0.0.1",
		Port:  p.port(),
		TLS:   config.TLSNone,
		From:  "Robot <robot@example.org>",
		Retry: config.Retry{MaxAttempts: 1},
	}
}

func oneMessage() *Message {
	return &Message{To: []string{"ops@example.org"}, Subject: "nightly report", Text: "All tasks ran.\n"}
}

// TestSendEmailDoesNotWaitForQuit: a server that never answers QUIT
// cannot hold SendEmail past its context.
func TestSendEmailDoesNotWaitForQuit(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	p := newProxy(t, srv.Addr(), true)
	ctx, cancel := context.WithTimeout(testctx.New(t), 2*time.Second)
	defer cancel()
	type out struct {
		res *Result
		err error
	}
	done := make(chan out, 1)
	go func() {
		res, err := SendEmail(ctx, proxied(p), oneMessage())
		done <- out{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil || len(srv.Messages()) != 1 {
			t.Fatalf("err = %v, messages %d", o.err, len(srv.Messages()))
		}
	case <-time.After(4 * time.Second): // a hang guard, not a timing assertion
		t.Fatal("SendEmail still waits for the reply to QUIT, past its context")
	}
}

// TestPoolRetiresInBackground: a connection retired by put does not hold
// its Send while the server sits on QUIT.
func TestPoolRetiresInBackground(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	p := newProxy(t, srv.Addr(), true)
	cfg := proxied(p)
	cfg.Pool.MaxMessages = 1 // every connection is retired after its message
	s, err := NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	done := make(chan error, 1)
	go func() {
		_, err := s.Send(testctx.New(t), oneMessage())
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(4 * time.Second): // a hang guard
		t.Fatal("Send waits for the reply to QUIT of the connection it retires")
	}
	// QUIT was sent in the background, and never answered.
	select {
	case <-p.quitSeen:
	case <-time.After(4 * time.Second):
		t.Error("the retired connection got no QUIT")
	}
}

// TestStaleRetryDialsFresh: when every pooled connection is gone, the
// retry after the first stale one dials a new connection instead of
// taking the next dead one from the pool.
func TestStaleRetryDialsFresh(t *testing.T) {
	for _, pa := range []struct {
		name string
		cfg  smtptest.Config
	}{{"pipelined", smtptest.Config{}}, {"stepwise", smtptest.Config{DisablePipelining: true}}} {
		t.Run(pa.name, func(t *testing.T) {
			srv := smtptest.StartT(t, pa.cfg)
			p := newProxy(t, srv.Addr(), false)
			s, err := newSender(proxied(p), newOptions(nil), 3)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx := testctx.New(t)
			var held []*session
			for range 3 {
				ses, _, e := s.pool.get(ctx, false)
				if e != nil {
					t.Fatal(e)
				}
				held = append(held, ses)
			}
			for _, ses := range held {
				s.pool.put(ses)
			}
			p.killAll() // the server restarts: every pooled connection is gone
			res, err := s.Send(ctx, oneMessage())
			if err != nil {
				t.Fatalf("Send after the server dropped every pooled connection: %v", err)
			}
			if res.Attempts != 1 || len(srv.Messages()) != 1 {
				t.Errorf("attempts %d, messages %d", res.Attempts, len(srv.Messages()))
			}
		})
	}
}

// failPayload is a connection whose writes fail once the message body
// reaches it.
type failPayload struct {
	net.Conn
	mu     sync.Mutex
	failed bool
}

var errWriteFailed = errors.New("write failed")

func (c *failPayload) Write(b []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failed || bytes.Contains(b, []byte("All tasks ran.")) {
		c.failed = true
		c.Conn.Close()
		return 0, errWriteFailed
	}
	return c.Conn.Write(b)
}

// TestPayloadWriteFailureIsNotAfterSent: a payload that could not be
// written is not logged as sent and unconfirmed.
func TestPayloadWriteFailureIsNotAfterSent(t *testing.T) {
	for _, pa := range []struct {
		name string
		cfg  smtptest.Config
		opts []Option
	}{
		{"pipelined", smtptest.Config{}, []Option{WithoutChunking()}},
		{"stepwise", smtptest.Config{DisablePipelining: true}, nil},
	} {
		t.Run(pa.name, func(t *testing.T) {
			srv := smtptest.StartT(t, pa.cfg)
			var logs strings.Builder
			var mu sync.Mutex
			logger := slog.New(slog.NewTextHandler(syncWriter{mu: &mu, w: &logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
			dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
				var d net.Dialer
				c, err := d.DialContext(ctx, network, addr)
				if err != nil {
					return nil, err
				}
				return &failPayload{Conn: c}, nil
			}
			cfg := config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org", Retry: config.Retry{MaxAttempts: 1}}
			opts := append([]Option{WithDialer(dial), WithLogger(logger)}, pa.opts...)
			_, err := SendEmail(testctx.New(t), cfg, oneMessage(), opts...)
			if err == nil {
				t.Fatal("Send succeeded though the payload could not be written")
			}
			mu.Lock()
			defer mu.Unlock()
			if strings.Contains(logs.String(), "after the message was sent") {
				t.Errorf("a payload that was never written is logged as sent:\n%s", logs.String())
			}
			if len(srv.Messages()) != 0 {
				t.Errorf("%d messages delivered", len(srv.Messages()))
			}
		})
	}
}

// syncWriter serialises writes to a log buffer.
type syncWriter struct {
	mu *sync.Mutex
	w  *strings.Builder
}

func (l syncWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}
