package mailaction

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// switchableServer lets a Sender's dialer reach whichever fake server is
// up now, and get "connection refused" while none is.
type switchableServer struct {
	mu   sync.Mutex
	addr string
}

func (s *switchableServer) set(addr string) {
	s.mu.Lock()
	s.addr = addr
	s.mu.Unlock()
}

func (s *switchableServer) dial(ctx context.Context, network, _ string) (net.Conn, error) {
	s.mu.Lock()
	addr := s.addr
	s.mu.Unlock()
	if addr == "" {
		return nil, &net.OpError{Op: "dial", Net: network, Err: syscall.ECONNREFUSED}
	}
	var d net.Dialer
	return d.DialContext(ctx, network, addr)
}

func noWait(ctx context.Context, _ time.Duration) error { return ctx.Err() }

// receivedFailures returns the failures the received mails account for.
func receivedFailures(t testing.TB, msgs []smtptest.Received) int {
	t.Helper()
	sum := 0
	for _, r := range msgs {
		m, err := mail.ReadMessage(bytes.NewReader(r.Data))
		if err != nil {
			t.Fatalf("received mail does not parse: %v", err)
		}
		c, err := strconv.Atoi(m.Header.Get(HeaderFailures))
		if err != nil {
			t.Fatalf("received mail: %s %q", HeaderFailures, m.Header.Get(HeaderFailures))
		}
		sum += c
	}
	return sum
}

func loopbackSMTP(port int) config.SMTP {
	return config.SMTP{
		Host:  "127.0.0.1",
		Port:  port,
		TLS:   config.TLSNone,
		From:  "taskmail <robot@example.org>",
		Retry: config.Retry{MaxAttempts: 2},
	}
}

func TestNotifierThroughSenderServerDownThenUp(t *testing.T) {
	sw := &switchableServer{}
	sender, err := NewSender(loopbackSMTP(2525), WithDialer(sw.dial), WithSleep(noWait))
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n := newTestNotifier(t, sender, cfg)
	for i := range 30 {
		if err := n.Notify(testctx.New(t), Failure{Task: fmt.Sprintf("task-%d", i%6), Err: fmt.Errorf("exit status %d", i)}); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "a failed send", func() bool { return n.Stats().SendErrors > 0 })
	if got := spoolFiles(t, cfg.Spool); got != 30 {
		t.Fatalf("%d failures in the spool while the server is down, want 30", got)
	}

	srv := smtptest.StartT(t, smtptest.Config{})
	sw.set(srv.Addr())
	closeNotifier(t, n)

	msgs := srv.Messages()
	if got := receivedFailures(t, msgs); got != 30 {
		t.Fatalf("received mails account for %d failures, want 30", got)
	}
	if len(msgs) != 12 { // per task: the first failure, then the other 4 folded
		t.Errorf("received %d mails, want 12", len(msgs))
	}
	for _, r := range msgs {
		if len(r.To) != 1 || r.To[0] != "oncall@example.org" {
			t.Errorf("recipients %v", r.To)
		}
		if !bytes.Contains(r.Data, []byte("multipart/alternative")) {
			t.Errorf("mail without text and HTML parts:\n%s", r.Data)
		}
	}
	assertSpoolEmpty(t, cfg.Spool)
}

func TestNotifierThroughSenderLogsTypedError(t *testing.T) {
	srv, err := smtptest.Start(smtptest.Config{Rules: []smtptest.Rule{{
		Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<oncall@example.org>: Relay access denied"}, Times: 1,
	}}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	sender, err := NewSender(loopbackSMTP(srv.Port()), WithSleep(noWait))
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	var logs syncBuffer
	n := newTestNotifier(t, sender, testNotifierConfig(), WithLogger(newTextLogger(&logs)))
	_ = n.Notify(testctx.New(t), Failure{Task: "a", Err: errors.New("x")})
	ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
	defer cancel()
	// A relay denial is permanent: the mail is not sent again (the server
	// would have taken it the second time, which shows it was not).
	if err := n.Close(ctx); !errors.Is(err, ErrNotificationsRefused) || !errors.Is(err, mailerrors.ErrRelayDenied) {
		t.Fatalf("Close: %v; want the relay denial reported", err)
	}
	if st := n.Stats(); st.Accounted != 0 || st.SendErrors != 1 || st.Dead != 1 {
		t.Fatalf("stats: %+v", st)
	}
	if got := len(srv.Messages()); got != 0 {
		t.Errorf("%d mails received; a permanently refused mail was sent again", got)
	}
	out := logs.String()
	if !strings.Contains(out, "kind=relay_denied") || !strings.Contains(out, "mail refused permanently") {
		t.Errorf("log does not name the error kind:\n%s", out)
	}
}

// syncBuffer is a bytes.Buffer safe for the notifier's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newTextLogger(w *syncBuffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// A *Sender is what a Notifier sends through in real use.
var _ Mailer = (*Sender)(nil)
