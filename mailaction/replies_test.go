package mailaction_test

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/testcert"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// scripted is a fake SMTP server that runs script on every connection: a
// server that misbehaves in ways smtptest's faults do not cover.
type scripted struct {
	ln    net.Listener
	wg    sync.WaitGroup
	mu    sync.Mutex
	conns int
	datas int // final dots read
}

func startScripted(t *testing.T, script func(s *scripted, c net.Conn, r *bufio.Reader)) *scripted {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &scripted{ln: ln}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.mu.Lock()
			s.conns++
			s.mu.Unlock()
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				defer c.Close()
				// Every connection ends with the test at the latest.
				_ = c.SetDeadline(time.Now().Add(30 * time.Second))
				script(s, c, bufio.NewReader(c))
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		s.wg.Wait()
	})
	return s
}

func (s *scripted) config() config.SMTP {
	a := s.ln.Addr().(*net.TCPAddr)
	return config.SMTP{
		Host:           "127.0.0.1",
		Port:           a.Port,
		TLS:            config.TLSNone,
		From:           "robot@example.org",
		Timeout:        5 * time.Second,
		CommandTimeout: 5 * time.Second,
		Retry:          config.Retry{MaxAttempts: 1},
	}
}

func (s *scripted) finalDots() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.datas
}

// serve answers like a plain server without PIPELINING or CHUNKING until
// the final dot, and returns; ehlo is the EHLO reply.
func (s *scripted) serveUntilDot(c net.Conn, r *bufio.Reader, ehlo string) bool {
	if _, err := c.Write([]byte("220 scripted ESMTP\r\n")); err != nil {
		return false
	}
	inData := false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return false
		}
		if inData {
			if line == ".\r\n" {
				s.mu.Lock()
				s.datas++
				s.mu.Unlock()
				return true
			}
			continue
		}
		switch verb := strings.ToUpper(strings.Fields(line + " x")[0]); verb {
		case "EHLO":
			c.Write([]byte(ehlo))
		case "DATA":
			c.Write([]byte("354 go ahead\r\n"))
			inData = true
		case "QUIT":
			c.Write([]byte("221 bye\r\n"))
			return false
		default:
			c.Write([]byte("250 2.0.0 ok\r\n"))
		}
	}
}

// TestHostileReplySizeBounded: a server (or anyone on the path before
// TLS) that sends an endless reply line or endless continuation lines
// gets the connection closed with a clear error, and the client's memory
// stays bounded instead of growing until the command timeout.
func TestHostileReplySizeBounded(t *testing.T) {
	const plainEHLO = "250-scripted\r\n250 8BITMIME\r\n"
	cases := []struct {
		name  string
		stage mailerrors.Stage
		run   func(s *scripted, c net.Conn, r *bufio.Reader)
	}{
		{"endless greeting line", mailerrors.StageGreeting, func(s *scripted, c net.Conn, r *bufio.Reader) {
			c.Write([]byte("220 "))
			rawtest.Flood(c, "x")
		}},
		{"endless greeting lines", mailerrors.StageGreeting, func(s *scripted, c net.Conn, r *bufio.Reader) {
			rawtest.Flood(c, "220-scripted\r\n")
		}},
		{"endless EHLO line", mailerrors.StageEHLO, func(s *scripted, c net.Conn, r *bufio.Reader) {
			c.Write([]byte("220 scripted ESMTP\r\n"))
			r.ReadString('\n')
			c.Write([]byte("250-scripted\r\n250-"))
			rawtest.Flood(c, "y")
		}},
		{"endless EHLO continuation lines", mailerrors.StageEHLO, func(s *scripted, c net.Conn, r *bufio.Reader) {
			c.Write([]byte("220 scripted ESMTP\r\n"))
			r.ReadString('\n')
			rawtest.Flood(c, "250-AUTH PLAIN LOGIN\r\n")
		}},
		{"endless reply to the final dot", mailerrors.StageData, func(s *scripted, c net.Conn, r *bufio.Reader) {
			if s.serveUntilDot(c, r, plainEHLO) {
				rawtest.Flood(c, "250-still queueing\r\n")
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := startScripted(t, tc.run)
			ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
			defer cancel()
			var err error
			start := time.Now()
			grew := rawtest.Allocated(func() { _, err = mailaction.SendEmail(ctx, srv.config(), simple("ops@example.org")) })
			took := time.Since(start)
			if err == nil {
				t.Fatal("SendEmail succeeded")
			}
			all := mailerrors.All(err)
			if len(all) != 1 {
				t.Fatalf("err = %v, want one *Error", err)
			}
			e := all[0]
			if e.Kind != mailerrors.KindConnectionFailed || e.Stage != tc.stage {
				t.Errorf("kind %s at %s, want connection_failed at %s: %v", e.Kind, e.Stage, tc.stage, err)
			}
			if !strings.Contains(e.Error(), "limit") {
				t.Errorf("error %q does not say a limit was passed", e.Error())
			}
			// Without a limit the client reads until the command timeout
			// (5 s here), growing by hundreds of MiB.
			if took > 3*time.Second {
				t.Errorf("the send took %v: the reply was read until a timeout, not stopped at the limit", took)
			}
			t.Logf("failed after %v, %d KiB allocated: %v", took, grew>>10, err)
			if grew > 16<<20 {
				t.Errorf("allocated %d MiB while reading the reply, want at most 16", grew>>20)
			}
		})
	}
}

// TestCutOffReplyLine: a reply line that never gets its line end, because
// the server closed the connection or stopped sending, is no reply: a cut
// off "250 ... queu" is not a delivery, and a cut off "25" is a lost
// connection, temporary, not an unknown permanent failure.
func TestCutOffReplyLine(t *testing.T) {
	const plainEHLO = "250-scripted\r\n250 8BITMIME\r\n"
	cases := []struct {
		name  string
		kind  mailerrors.Kind
		stage mailerrors.Stage
		run   func(s *scripted, c net.Conn, r *bufio.Reader)
	}{
		{"final reply cut by close", mailerrors.KindConnectionFailed, mailerrors.StageData, func(s *scripted, c net.Conn, r *bufio.Reader) {
			if s.serveUntilDot(c, r, plainEHLO) {
				c.Write([]byte("250 2.0.0 Ok: queu"))
			}
		}},
		{"final reply code cut by close", mailerrors.KindConnectionFailed, mailerrors.StageData, func(s *scripted, c net.Conn, r *bufio.Reader) {
			if s.serveUntilDot(c, r, plainEHLO) {
				c.Write([]byte("55"))
			}
		}},
		{"final reply cut by the deadline", mailerrors.KindTimeout, mailerrors.StageData, func(s *scripted, c net.Conn, r *bufio.Reader) {
			if s.serveUntilDot(c, r, plainEHLO) {
				c.Write([]byte("25"))
				r.ReadString('\n') // until the client gives up
			}
		}},
		{"EHLO reply cut by close", mailerrors.KindConnectionFailed, mailerrors.StageEHLO, func(s *scripted, c net.Conn, r *bufio.Reader) {
			c.Write([]byte("220 scripted ESMTP\r\n"))
			r.ReadString('\n')
			c.Write([]byte("250-scripted\r\n250 8BIT"))
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := startScripted(t, tc.run)
			cfg := srv.config()
			cfg.CommandTimeout = 500 * time.Millisecond
			cfg.DataTimeout = 500 * time.Millisecond
			ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
			defer cancel()
			res, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"))
			if err == nil {
				t.Fatalf("SendEmail succeeded (response %q), want a lost connection", res.Response)
			}
			var e *mailerrors.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v", err)
			}
			if e.Kind != tc.kind || e.Stage != tc.stage || !e.Temporary {
				t.Errorf("kind %s at %s, temporary %v; want temporary %s at %s: %v", e.Kind, e.Stage, e.Temporary, tc.kind, tc.stage, err)
			}
			if len(res.Accepted) != 0 {
				t.Errorf("accepted %v, want none", res.Accepted)
			}
			if tc.stage == mailerrors.StageData && !res.MaybeDuplicated {
				t.Errorf("MaybeDuplicated is false; the message may have been delivered")
			}
		})
	}
}

// TestHostileReplyAfterSTARTTLS: the limits hold over TLS too, for the
// EHLO after STARTTLS (which go-mail reads itself) and for every reply
// after it.
func TestHostileReplyAfterSTARTTLS(t *testing.T) {
	cert, pool, err := testcert.Loopback("scripted")
	if err != nil {
		t.Fatal(err)
	}
	tlsCfg := &tls.Config{Certificates: []tls.Certificate{cert}}
	startTLS := func(c net.Conn, r *bufio.Reader) (*tls.Conn, *bufio.Reader, bool) {
		c.Write([]byte("220 scripted ESMTP\r\n"))
		r.ReadString('\n')
		c.Write([]byte("250-scripted\r\n250 STARTTLS\r\n"))
		if line, err := r.ReadString('\n'); err != nil || !strings.HasPrefix(line, "STARTTLS") {
			return nil, nil, false
		}
		c.Write([]byte("220 2.0.0 go ahead\r\n"))
		tc := tls.Server(c, tlsCfg)
		if tc.Handshake() != nil {
			return nil, nil, false
		}
		return tc, bufio.NewReader(tc), true
	}
	cases := []struct {
		name  string
		stage mailerrors.Stage
		run   func(s *scripted, c net.Conn, r *bufio.Reader)
	}{
		{"endless EHLO lines after STARTTLS", mailerrors.StageStartTLS, func(s *scripted, c net.Conn, r *bufio.Reader) {
			if tc, tr, ok := startTLS(c, r); ok {
				tr.ReadString('\n')
				rawtest.Flood(tc, "250-AUTH PLAIN\r\n")
			}
		}},
		{"endless MAIL reply over TLS", mailerrors.StageMail, func(s *scripted, c net.Conn, r *bufio.Reader) {
			if tc, tr, ok := startTLS(c, r); ok {
				tr.ReadString('\n')
				tc.Write([]byte("250-scripted\r\n250 8BITMIME\r\n"))
				tr.ReadString('\n')
				tc.Write([]byte("250 "))
				rawtest.Flood(tc, "z")
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := startScripted(t, tc.run)
			cfg := srv.config()
			cfg.TLS = config.TLSStartTLS
			ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
			defer cancel()
			var err error
			grew := rawtest.Allocated(func() {
				_, err = mailaction.SendEmail(ctx, cfg, simple("ops@example.org"), mailaction.WithTLSConfig(&tls.Config{RootCAs: pool}))
			})
			var e *mailerrors.Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v", err)
			}
			t.Logf("%d KiB allocated: %v", grew>>10, err)
			if e.Kind != mailerrors.KindConnectionFailed || e.Stage != tc.stage || !strings.Contains(e.Error(), "limit") {
				t.Errorf("kind %s at %s, want connection_failed at %s over a limit: %v", e.Kind, e.Stage, tc.stage, err)
			}
			if grew > 16<<20 {
				t.Errorf("allocated %d MiB, want at most 16", grew>>20)
			}
		})
	}
}
