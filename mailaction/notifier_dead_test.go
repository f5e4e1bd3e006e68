package mailaction

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// taskMailer refuses the mails of some tasks, with an error per task, and
// accepts the others. It records the task of every send, in order.
type taskMailer struct {
	mu     sync.Mutex
	refuse map[string]error // task -> error
	calls  []string         // task of each send
	sent   []*Message
}

func (m *taskMailer) Send(_ context.Context, msg *Message) (*Result, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	task := msg.Headers[HeaderTask]
	m.calls = append(m.calls, task)
	if err := m.refuse[task]; err != nil {
		return &Result{Rejected: msg.To, Attempts: 1}, err
	}
	m.sent = append(m.sent, msg)
	return &Result{Accepted: msg.To, Attempts: 1}, nil
}

func (m *taskMailer) accept(task string) {
	m.mu.Lock()
	delete(m.refuse, task)
	m.mu.Unlock()
}

func (m *taskMailer) callsOf(task string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	c := 0
	for _, t := range m.calls {
		if t == task {
			c++
		}
	}
	return c
}

func (m *taskMailer) sentTo(task string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, s := range m.sent {
		if s.Headers[HeaderTask] == task {
			return true
		}
	}
	return false
}

func relayDenied() *mailerrors.Error {
	return &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Stage: mailerrors.StageRcpt, Code: 554, Enhanced: "5.7.1",
		Text: "<oncall@example.org>: Relay access denied", Recipient: "oncall@example.org", Server: "127.0.0.1:25"}
}

func greylistReply() *mailerrors.Error {
	return &mailerrors.Error{Kind: mailerrors.KindGreylisted, Stage: mailerrors.StageRcpt, Code: 451, Enhanced: "4.7.1",
		Text: "greylisted, try again later", Temporary: true, Server: "127.0.0.1:25"}
}

// A mail the server keeps refusing must not hold up the mails after it:
// notify A then B; B goes out within a few sends, whatever A's fate.
func TestNotifierRefusedMailDoesNotBlockOthers(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
	}{{"temporary", greylistReply()}, {"permanent", relayDenied()}} {
		t.Run(c.name, func(t *testing.T) {
			m := &taskMailer{refuse: map[string]error{"A": c.err}}
			n := newTestNotifier(t, m, testNotifierConfig(), WithResendBackoff(5*time.Millisecond, 5*time.Millisecond))
			_ = n.Notify(context.Background(), Failure{Task: "A", Err: errors.New("boom")})
			_ = n.Notify(context.Background(), Failure{Task: "B", Err: errors.New("boom")})
			waitFor(t, "B's mail", func() bool { return m.sentTo("B") || m.callsOf("A") > 3 })
			if !m.sentTo("B") {
				t.Fatalf("B's mail not sent after A's was tried %d times: %v", m.callsOf("A"), m.calls)
			}
			m.accept("A") // so that Close need not wait
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := n.Close(ctx); err != nil && !(c.name == "permanent" && errors.Is(err, ErrNotificationsRefused)) {
				t.Fatalf("Close: %v", err)
			}
		})
	}
}

// A notification refused permanently is not tried again: it is dead,
// counted in Stats, reported to the error handler and by Close, and its
// spool entry stays on disk for the next start.
func TestNotifierPermanentRefusalIsDead(t *testing.T) {
	m := &taskMailer{refuse: map[string]error{"A": relayDenied()}}
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	var (
		mu   sync.Mutex
		seen []*NotificationError
	)
	n, err := NewNotifier(m, cfg, WithHostname("runner01"), WithResendBackoff(time.Millisecond, time.Millisecond),
		WithLogger(slog.New(slog.DiscardHandler)),
		WithErrorHandler(func(e *NotificationError) {
			mu.Lock()
			seen = append(seen, e)
			mu.Unlock()
		}))
	if err != nil {
		t.Fatal(err)
	}
	_ = n.Notify(context.Background(), Failure{Task: "A", Err: errors.New("boom")})
	waitFor(t, "A refused", func() bool { return n.Stats().Dead == 1 })
	// Other mails still go, and A is not tried again meanwhile.
	for range 3 {
		_ = n.Notify(context.Background(), Failure{Task: "B", Err: errors.New("boom")})
	}
	waitFor(t, "B's mail", func() bool { return m.sentTo("B") })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = n.Close(ctx)
	if got := m.callsOf("A"); got != 1 {
		t.Errorf("A's mail sent %d times, want 1: a permanent refusal is not retried", got)
	}
	if !errors.Is(err, ErrNotificationsRefused) || !errors.Is(err, mailerrors.ErrRelayDenied) {
		t.Fatalf("Close: %v; want ErrNotificationsRefused wrapping the relay denial", err)
	}
	if !strings.Contains(err.Error(), "1 failure") || !strings.Contains(err.Error(), "spool") {
		t.Errorf("Close's error does not say how many failures and where they are: %v", err)
	}
	st := n.Stats()
	if st.Dead != 1 || st.Accounted != 3 || st.Notified != 4 {
		t.Errorf("stats: %+v", st)
	}
	mu.Lock()
	if len(seen) != 1 || !seen[0].Dead || seen[0].Task != "A" || seen[0].Err.Kind != mailerrors.KindRelayDenied {
		t.Errorf("error handler saw %+v", seen)
	}
	mu.Unlock()
	if got := spoolFiles(t, cfg.Spool); got != 1 {
		t.Fatalf("%d failures in the spool, want A's 1", got)
	}

	// After a restart (the relay now allowed), A's failure is mailed.
	m.accept("A")
	n2 := newTestNotifier(t, m, cfg)
	closeNotifier(t, n2)
	if !m.sentTo("A") {
		t.Error("A's failure not mailed after the restart")
	}
	assertSpoolEmpty(t, cfg.Spool)
}

// Temporary refusals call the error handler too, and are retried.
func TestNotifierErrorHandlerTemporary(t *testing.T) {
	m := &taskMailer{refuse: map[string]error{"A": greylistReply()}}
	got := make(chan *NotificationError, 100)
	n := newTestNotifier(t, m, testNotifierConfig(), WithErrorHandler(func(e *NotificationError) {
		select {
		case got <- e:
		default:
		}
	}))
	_ = n.Notify(context.Background(), Failure{Task: "A", Err: errors.New("boom")})
	var e *NotificationError
	select {
	case e = <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("error handler not called")
	}
	if e.Dead || e.Err.Kind != mailerrors.KindGreylisted || e.Notice != NoticeFailed || e.Failures != 1 || e.RetryIn <= 0 {
		t.Errorf("got %+v", e)
	}
	if !errors.Is(e, mailerrors.ErrGreylisted) || !strings.Contains(e.Error(), "greylisted") {
		t.Errorf("Error %q does not wrap the greylisting", e.Error())
	}
	waitFor(t, "a second try", func() bool { return m.callsOf("A") >= 2 })
	m.accept("A")
	closeNotifier(t, n)
}

// Without WithLogger, the notifier logs its warnings and errors through
// slog.Default (not its routine information).
func TestNotifierLogsToSlogDefault(t *testing.T) {
	var buf syncBuffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { slog.SetDefault(old) })

	m := &taskMailer{refuse: map[string]error{"A": relayDenied()}}
	n, err := NewNotifier(m, testNotifierConfig(), WithHostname("runner01"))
	if err != nil {
		t.Fatal(err)
	}
	_ = n.Notify(context.Background(), Failure{Task: "A", Err: errors.New("boom")})
	waitFor(t, "A refused", func() bool { return n.Stats().Dead == 1 })
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = n.Close(ctx)
	out := buf.String()
	if !strings.Contains(out, "level=ERROR") || !strings.Contains(out, "kind=relay_denied") {
		t.Errorf("the default logger did not get the refusal:\n%s", out)
	}
	if strings.Contains(out, "level=INFO") || strings.Contains(out, "level=DEBUG") {
		t.Errorf("the default logger got more than warnings and errors:\n%s", out)
	}
}

// A mail refused for one recipient for good and for another for now is
// not dead: it is tried again.
func TestNotifierMixedRefusalRetried(t *testing.T) {
	unknown := &mailerrors.Error{Kind: mailerrors.KindRecipientUnknown, Stage: mailerrors.StageRcpt, Code: 550,
		Text: "User unknown", Recipient: "gone@example.org"}
	mixed := &multierror.Error{Errors: []error{unknown, greylistReply()}}
	m := &taskMailer{refuse: map[string]error{"A": mixed}}
	n := newTestNotifier(t, m, testNotifierConfig())
	_ = n.Notify(context.Background(), Failure{Task: "A", Err: errors.New("boom")})
	waitFor(t, "a second try", func() bool { return m.callsOf("A") >= 2 })
	m.accept("A")
	closeNotifier(t, n)
	if st := n.Stats(); st.Dead != 0 || st.Accounted != 1 {
		t.Errorf("stats: %+v", st)
	}
}
