package mailaction

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// fakeMailer records the messages it is given. It can fail the next sends
// and can block every send until released (or its context ends).
type fakeMailer struct {
	mu      sync.Mutex
	msgs    []*Message
	calls   int
	failN   int   // fail this many more sends
	failErr error // with this error
	blocked chan struct{}
}

func (f *fakeMailer) Send(ctx context.Context, msg *Message) (*Result, error) {
	f.mu.Lock()
	blocked := f.blocked
	f.mu.Unlock()
	if blocked != nil {
		select {
		case <-blocked:
		case <-ctx.Done():
			return nil, &mailerrors.Error{Kind: mailerrors.KindTimeout, Temporary: true, Err: ctx.Err()}
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls++
	if f.failN > 0 {
		f.failN--
		return nil, f.failErr
	}
	f.msgs = append(f.msgs, msg)
	return &Result{Accepted: msg.To, Attempts: 1}, nil
}

func (f *fakeMailer) block() {
	f.mu.Lock()
	f.blocked = make(chan struct{})
	f.mu.Unlock()
}

func (f *fakeMailer) release() {
	f.mu.Lock()
	close(f.blocked)
	f.blocked = nil
	f.mu.Unlock()
}

func (f *fakeMailer) messages() []*Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]*Message(nil), f.msgs...)
}

// failuresIn returns the failures the mails account for, from their
// X-Taskmail-Failures headers.
func failuresIn(t testing.TB, msgs []*Message) int {
	t.Helper()
	sum := 0
	for _, m := range msgs {
		c, err := strconv.Atoi(m.Headers[HeaderFailures])
		if err != nil {
			t.Fatalf("mail %q: bad %s header %q", m.Subject, HeaderFailures, m.Headers[HeaderFailures])
		}
		sum += c
	}
	return sum
}

func kinds(msgs []*Message) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Headers[HeaderNotice]+":"+m.Headers[HeaderFailures])
	}
	return out
}

func testNotifierConfig() config.Notifier {
	return config.Notifier{
		To:           []string{"oncall@example.org"},
		FoldWindow:   time.Hour,
		RateLimit:    1000000,
		RateInterval: time.Hour,
	}
}

func newTestNotifier(t testing.TB, m Mailer, cfg config.Notifier, opts ...NotifierOption) *Notifier {
	t.Helper()
	opts = append([]NotifierOption{WithHostname("runner01"), WithResendBackoff(time.Millisecond, 10*time.Millisecond),
		WithLogger(slog.New(slog.DiscardHandler))}, opts...)
	n, err := NewNotifier(m, cfg, opts...)
	if err != nil {
		t.Fatalf("NewNotifier: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		_ = n.Close(ctx)
	})
	return n
}

func closeNotifier(t testing.TB, n *Notifier) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatalf("Close: %v", err)
	}
}

// waitFor polls cond: it bounds how long a test may hang, it asserts
// nothing about timing.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestNewNotifierRejectsBadConfig(t *testing.T) {
	if _, err := NewNotifier(&fakeMailer{}, config.Notifier{}); err == nil {
		t.Fatal("no recipients: want an error")
	}
	if _, err := NewNotifier(nil, testNotifierConfig()); !errors.Is(err, mailerrors.ErrInvalidConfig) {
		t.Fatalf("nil Mailer: got %v, want invalid_config", err)
	}
}

func TestNotifyFoldsSameFingerprint(t *testing.T) {
	m := &fakeMailer{}
	n := newTestNotifier(t, m, testNotifierConfig())
	for i := range 100 {
		// Only numbers differ: one fingerprint.
		err := n.Notify(context.Background(), Failure{Task: "backup", Err: fmt.Errorf("disk /dev/sd%d full after %d bytes", i%3, 1000+i)})
		if err != nil {
			t.Fatal(err)
		}
	}
	closeNotifier(t, n)
	msgs := m.messages()
	if got, want := strings.Join(kinds(msgs), " "), "failed:1 repeated:99"; got != want {
		t.Fatalf("mails: got %s, want %s", got, want)
	}
	if !strings.Contains(msgs[1].Subject, "99 more times") {
		t.Errorf("repeated subject: %q", msgs[1].Subject)
	}
	if st := n.Stats(); st.Accounted != 100 || st.Notified != 100 || st.Mails != 2 {
		t.Errorf("stats: %+v", st)
	}
}

func TestNotifyFoldCountsExact(t *testing.T) {
	for _, spooled := range []bool{false, true} {
		t.Run(fmt.Sprintf("spool=%v", spooled), func(t *testing.T) {
			m := &fakeMailer{}
			cfg := testNotifierConfig()
			cfg.FoldWindow = 2 * time.Millisecond // windows end while failures arrive
			cfg.QueueSize = 64                    // and the queue overflows
			if spooled {
				cfg.Spool = t.TempDir()
			}
			n := newTestNotifier(t, m, cfg)
			const workers, each = 50, 40
			var wg sync.WaitGroup
			for w := range workers {
				wg.Go(func() {
					for i := range each {
						err := n.Notify(context.Background(), Failure{
							Task: fmt.Sprintf("task-%d", w%7),
							Err:  fmt.Errorf("request %d to 10.0.0.%d:25 failed", i, w),
						})
						if err != nil {
							t.Error(err)
						}
					}
				})
			}
			wg.Wait()
			closeNotifier(t, n)
			msgs := m.messages()
			if got := failuresIn(t, msgs); got != workers*each {
				t.Fatalf("the mails account for %d failures, want %d (%d mails)", got, workers*each, len(msgs))
			}
			st := n.Stats()
			if st.Accounted != workers*each || st.Notified != workers*each || st.Mails != int64(len(msgs)) {
				t.Errorf("stats: %+v", st)
			}
			t.Logf("%d failures in %d mails, %d found the queue full", workers*each, len(msgs), st.Overflowed)
			if spooled {
				assertSpoolEmpty(t, cfg.Spool)
			}
		})
	}
}

func TestNotifyRateLimitHolds(t *testing.T) {
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.RateLimit = 3
	n := newTestNotifier(t, m, cfg)
	for i := range 20 {
		_ = n.Notify(context.Background(), Failure{Task: fmt.Sprintf("task-%02d", i), Err: errors.New("exit status 1")})
	}
	waitFor(t, "three mails", func() bool { return len(m.messages()) == 3 })
	closeNotifier(t, n)
	msgs := m.messages()
	// Three within the limit; Close sends what was held back as one digest.
	if got, want := strings.Join(kinds(msgs), " "), "failed:1 failed:1 failed:1 digest:17"; got != want {
		t.Fatalf("mails: got %s, want %s", got, want)
	}
	d := msgs[3]
	if !strings.Contains(d.Subject, "Digest: 17 failures in 17 tasks") {
		t.Errorf("digest subject: %q", d.Subject)
	}
	for i := 3; i < 20; i++ {
		if !strings.Contains(d.Text, fmt.Sprintf("task-%02d: 1x exit status 1", i)) {
			t.Errorf("digest does not list task-%02d:\n%s", i, d.Text)
		}
	}
}

func TestNotifyServerDownThenUp(t *testing.T) {
	for _, spooled := range []bool{false, true} {
		t.Run(fmt.Sprintf("spool=%v", spooled), func(t *testing.T) {
			down := &mailerrors.Error{Kind: mailerrors.KindConnectionFailed, Stage: mailerrors.StageConnect,
				Server: "127.0.0.1:1", Temporary: true, Text: "connection refused"}
			m := &fakeMailer{failN: 7, failErr: down}
			cfg := testNotifierConfig()
			if spooled {
				cfg.Spool = t.TempDir()
			}
			n := newTestNotifier(t, m, cfg)
			for i := range 10 {
				_ = n.Notify(context.Background(), Failure{Task: fmt.Sprintf("task-%d", i), Err: errors.New("boom")})
			}
			closeNotifier(t, n)
			st := n.Stats()
			if st.Accounted != 10 || st.Mails != 10 || st.SendErrors != 7 {
				t.Fatalf("stats: %+v", st)
			}
			if got := failuresIn(t, m.messages()); got != 10 {
				t.Fatalf("mails account for %d failures, want 10", got)
			}
			if spooled {
				assertSpoolEmpty(t, cfg.Spool)
			}
		})
	}
}

func TestNotifySpooledBeforeReturn(t *testing.T) {
	m := &fakeMailer{}
	m.block()
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n := newTestNotifier(t, m, cfg)
	for i := range 5 {
		if err := n.Notify(context.Background(), Failure{Task: "t", Err: fmt.Errorf("e%d", i)}); err != nil {
			t.Fatal(err)
		}
		if got := spoolFiles(t, cfg.Spool); got != i+1 {
			t.Fatalf("after Notify %d: %d files in the spool", i+1, got)
		}
	}
	m.release()
	closeNotifier(t, n)
	assertSpoolEmpty(t, cfg.Spool)
}

func TestNotifierRestartSendsSpool(t *testing.T) {
	dir := t.TempDir()
	cfg := testNotifierConfig()
	cfg.Spool = dir
	m1 := &fakeMailer{}
	m1.block()
	n1 := newTestNotifier(t, m1, cfg)
	for i := range 50 {
		_ = n1.Notify(context.Background(), Failure{
			Task: fmt.Sprintf("task-%d", i%5), Step: "deploy", Attempt: 2,
			Err:        &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Code: 554, Enhanced: "5.7.1", Text: "Relay access denied", Hints: []mailerrors.Hint{{Text: "turn on authentication", Field: "Auth.Username"}}},
			Attributes: map[string]string{"run": strconv.Itoa(i)},
		})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	err := n1.Close(ctx)
	cancel()
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "50 failures not mailed, kept in the spool") {
		t.Fatalf("Close with the server blocked: %v", err)
	}
	if got := spoolFiles(t, dir); got != 50 {
		t.Fatalf("%d files in the spool, want 50", got)
	}

	m2 := &fakeMailer{}
	n2 := newTestNotifier(t, m2, cfg)
	closeNotifier(t, n2)
	st := n2.Stats()
	if st.Restored != 50 || st.Accounted != 50 {
		t.Fatalf("stats after restart: %+v", st)
	}
	msgs := m2.messages()
	if got := failuresIn(t, msgs); got != 50 {
		t.Fatalf("mails account for %d failures, want 50", got)
	}
	// The mail error survived the spool: its kind and hint are in the mail.
	if !strings.Contains(msgs[0].Text, "relay_denied") || !strings.Contains(msgs[0].Text, "turn on authentication (option: Auth.Username)") {
		t.Errorf("restored mail lost the error's kind or hints:\n%s", msgs[0].Text)
	}
	assertSpoolEmpty(t, dir)
}

func TestNotifyConcurrent(t *testing.T) {
	for _, spooled := range []bool{false, true} {
		t.Run(fmt.Sprintf("spool=%v", spooled), func(t *testing.T) {
			m := &fakeMailer{}
			cfg := testNotifierConfig()
			cfg.FoldWindow = time.Millisecond
			cfg.RateLimit = 20
			cfg.RateInterval = 5 * time.Millisecond
			cfg.QueueSize = 100
			if spooled {
				cfg.Spool = t.TempDir()
			}
			n := newTestNotifier(t, m, cfg)
			const goroutines = 1000
			each := 10
			if spooled {
				each = 2
			}
			var wg sync.WaitGroup
			for g := range goroutines {
				wg.Go(func() {
					task := fmt.Sprintf("task-%d", g%13)
					for i := range each {
						_ = n.Notify(context.Background(), Failure{Task: task, Err: fmt.Errorf("attempt %d: code %d", i, g),
							Attributes: map[string]string{"g": strconv.Itoa(g)}})
						if g%97 == 0 {
							_ = n.Succeeded(context.Background(), task)
						}
					}
				})
			}
			wg.Wait()
			closeNotifier(t, n)
			st := n.Stats()
			if want := int64(goroutines * each); st.Notified != want || st.Accounted != want {
				t.Fatalf("stats: %+v, want %d notified and accounted", st, want)
			}
			if got := failuresIn(t, m.messages()); got != goroutines*each {
				t.Fatalf("mails account for %d failures, want %d", got, goroutines*each)
			}
		})
	}
}

func TestSucceededSendsRecovered(t *testing.T) {
	m := &fakeMailer{}
	n := newTestNotifier(t, m, testNotifierConfig())
	ctx := context.Background()
	_ = n.Succeeded(ctx, "nightly") // not failing: nothing to say
	_ = n.Notify(ctx, Failure{Task: "nightly", Err: errors.New("exit status 2")})
	_ = n.Notify(ctx, Failure{Task: "nightly", Err: errors.New("exit status 3")}) // folded
	_ = n.Notify(ctx, Failure{Task: "nightly", Err: errors.New("out of memory")}) // another error
	_ = n.Succeeded(ctx, "nightly")
	_ = n.Notify(ctx, Failure{Task: "nightly", Err: errors.New("exit status 4")}) // failing again
	closeNotifier(t, n)
	msgs := m.messages()
	if got, want := strings.Join(kinds(msgs), " "), "failed:1 still-failing:1 repeated:1 recovered:0 failed:1"; got != want {
		t.Fatalf("mails: got %s, want %s", got, want)
	}
	if !strings.Contains(msgs[3].Subject, "Fixed: nightly") || !strings.Contains(msgs[3].Text, "(3 failures)") {
		t.Errorf("recovered mail: %q\n%s", msgs[3].Subject, msgs[3].Text)
	}
}

func TestSucceededRecoveredOff(t *testing.T) {
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	off := false
	cfg.Recovered = &off
	n := newTestNotifier(t, m, cfg)
	_ = n.Notify(context.Background(), Failure{Task: "a", Err: errors.New("x")})
	_ = n.Succeeded(context.Background(), "a")
	closeNotifier(t, n)
	if got := strings.Join(kinds(m.messages()), " "); got != "failed:1" {
		t.Fatalf("mails: %s", got)
	}
}

func TestNotifyAfterClose(t *testing.T) {
	n := newTestNotifier(t, &fakeMailer{}, testNotifierConfig())
	closeNotifier(t, n)
	if err := n.Notify(context.Background(), Failure{Task: "a"}); !errors.Is(err, ErrNotifierClosed) {
		t.Fatalf("Notify after Close: %v", err)
	}
	if err := n.Succeeded(context.Background(), "a"); !errors.Is(err, ErrNotifierClosed) {
		t.Fatalf("Succeeded after Close: %v", err)
	}
	closeNotifier(t, n) // a second Close is harmless
}

func TestNotifyDoesNotBlockOnTheNetwork(t *testing.T) {
	for _, spooled := range []bool{false, true} {
		t.Run(fmt.Sprintf("spool=%v", spooled), func(t *testing.T) {
			m := &fakeMailer{}
			m.block() // the server never answers
			cfg := testNotifierConfig()
			cfg.QueueSize = 8
			cfg.RateLimit = 2
			total := 5000
			if spooled {
				cfg.Spool = t.TempDir()
				total = 500
			}
			n := newTestNotifier(t, m, cfg)
			// Far more than the queue holds; every call returns.
			for i := range total {
				_ = n.Notify(context.Background(), Failure{Task: fmt.Sprintf("t%d", i%50), Err: fmt.Errorf("x%d", i)})
			}
			m.release()
			closeNotifier(t, n)
			if st := n.Stats(); st.Accounted != int64(total) {
				t.Fatalf("stats: %+v", st)
			}
			if got := failuresIn(t, m.messages()); got != total {
				t.Fatalf("mails account for %d failures, want %d", got, total)
			}
			if spooled {
				assertSpoolEmpty(t, cfg.Spool)
			}
		})
	}
}

func TestCloseGivesUpAtDeadlineWithoutLeaks(t *testing.T) {
	before := runtime.NumGoroutine()
	m := &fakeMailer{}
	m.block()
	n, err := NewNotifier(m, testNotifierConfig(), WithResendBackoff(time.Millisecond, time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	_ = n.Notify(context.Background(), Failure{Task: "a", Err: errors.New("x")})
	_ = n.Notify(context.Background(), Failure{Task: "b", Err: errors.New("x")})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err = n.Close(ctx)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "2 failures not mailed, lost (no spool configured)") {
		t.Fatalf("Close: %v", err)
	}
	waitFor(t, "the notifier's goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}

func TestNoGoroutineLeakAfterClose(t *testing.T) {
	before := runtime.NumGoroutine()
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n, err := NewNotifier(m, cfg)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 100 {
		_ = n.Notify(context.Background(), Failure{Task: strconv.Itoa(i % 10), Err: errors.New("x")})
	}
	closeNotifier(t, n)
	waitFor(t, "the notifier's goroutines to end", func() bool { return runtime.NumGoroutine() <= before })
}

// spoolFiles returns how many failures are pending in the spool folder.
func spoolFiles(t testing.TB, dir string) int {
	t.Helper()
	return pendingOnDisk(t, dir)
}

func assertSpoolEmpty(t testing.TB, dir string) {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range des {
		if de.Name() == spoolLockName { // stays, unlocked: removing it would race with a new notifier
			continue
		}
		t.Errorf("left in the spool: %s", de.Name())
	}
}

func TestNotifyServerDownLongMergesMails(t *testing.T) {
	down := &mailerrors.Error{Kind: mailerrors.KindConnectionFailed, Temporary: true, Text: "connection refused"}
	m := &fakeMailer{failN: 1 << 30, failErr: down}
	cfg := testNotifierConfig()
	n := newTestNotifier(t, m, cfg, WithResendBackoff(time.Millisecond, time.Millisecond))
	const tasks = 3 * maxOutbox
	for i := range tasks {
		_ = n.Notify(context.Background(), Failure{Task: fmt.Sprintf("task-%03d", i), Err: errors.New("boom")})
	}
	waitFor(t, "failed sends", func() bool { return n.Stats().SendErrors >= 50 })
	m.mu.Lock()
	m.failN = 0
	m.mu.Unlock()
	closeNotifier(t, n)
	msgs := m.messages()
	if got := failuresIn(t, msgs); got != tasks {
		t.Fatalf("mails account for %d failures, want %d", got, tasks)
	}
	// The first mail, whose send failed, then at most a full outbox and
	// the merged rest.
	if len(msgs) > maxOutbox+2 {
		t.Errorf("%d mails; the waiting ones were not merged", len(msgs))
	}
	merged := false
	for _, m := range msgs {
		merged = merged || m.Headers[HeaderNotice] == string(NoticeDigest) && strings.Contains(m.Text, "could not be reached")
	}
	if !merged {
		t.Errorf("no digest of the mails that waited: %v", kinds(msgs))
	}
}

// overflowDirect makes the failures take the queue-full path, as if the
// loop were too busy to take them.
func overflowDirect(t *testing.T, n *Notifier, fs ...Failure) {
	t.Helper()
	for _, f := range fs {
		now := n.now()
		e := &failureEntry{f: f, at: now, weight: 1}
		if n.spool != nil {
			e.id = n.spool.newID(now)
			if err := n.spool.write(e); err != nil {
				t.Fatal(err)
			}
		}
		n.mu.RLock()
		n.notified.Add(1)
		n.overflow(e)
		n.mu.RUnlock()
	}
}

func TestNotifyQueueFull(t *testing.T) {
	fs := []Failure{
		{Task: "a", Err: errors.New("disk full on /dev/sda1")},
		{Task: "a", Err: errors.New("disk full on /dev/sdb1")},
		{Task: "b", Err: errors.New("permission denied")},
	}
	t.Run("memory", func(t *testing.T) {
		m := &fakeMailer{}
		n := newTestNotifier(t, m, testNotifierConfig())
		overflowDirect(t, n, fs...)
		closeNotifier(t, n)
		msgs := m.messages()
		if got := failuresIn(t, msgs); got != 3 || n.Stats().Overflowed != 3 {
			t.Fatalf("mails account for %d failures, stats %+v", got, n.Stats())
		}
		// Only the task and the count are known.
		for _, msg := range msgs {
			if !strings.Contains(msg.Text, errQueueFull.Error()) {
				t.Errorf("mail does not say the queue was full:\n%s", msg.Text)
			}
		}
	})
	t.Run("spool", func(t *testing.T) {
		m := &fakeMailer{}
		cfg := testNotifierConfig()
		cfg.Spool = t.TempDir()
		n := newTestNotifier(t, m, cfg)
		overflowDirect(t, n, fs...)
		closeNotifier(t, n)
		msgs := m.messages()
		if got := failuresIn(t, msgs); got != 3 || n.Stats().Overflowed != 3 {
			t.Fatalf("mails account for %d failures, stats %+v", got, n.Stats())
		}
		// Read back from the spool in full.
		text := ""
		for _, msg := range msgs {
			text += msg.Text
		}
		if !strings.Contains(text, "permission denied") || !strings.Contains(text, "disk full on /dev/sd") {
			t.Errorf("details lost:\n%s", text)
		}
		assertSpoolEmpty(t, cfg.Spool)
	})
}

// partialMailer accepts the first recipient of every mail and refuses the
// others as unknown, as Sender does under best-effort: an error (a
// multierror of *mailerrors.Error) with a Result listing the accepted.
type partialMailer struct {
	mu    sync.Mutex
	calls int
	ids   []string
}

func (p *partialMailer) Send(ctx context.Context, msg *Message) (*Result, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls++
	p.ids = append(p.ids, msg.MessageID)
	res := &Result{MessageID: msg.MessageID, Accepted: msg.To[:1], Rejected: msg.To[1:], Attempts: 1}
	var err error
	for _, rcpt := range msg.To[1:] {
		err = multierror.Append(err, &mailerrors.Error{Kind: mailerrors.KindRecipientUnknown, Code: 550, Enhanced: "5.1.1",
			Text: "User unknown", Stage: mailerrors.StageRcpt, Recipient: rcpt})
	}
	return res, err
}

func TestNotifyPartialDeliveryNotResent(t *testing.T) {
	m := &partialMailer{}
	var logs strings.Builder
	var logMu sync.Mutex
	cfg := testNotifierConfig()
	cfg.To = []string{"oncall@example.org", "gone@example.org"}
	cfg.Spool = t.TempDir()
	n := newTestNotifier(t, m, cfg, WithLogger(slog.New(slog.NewTextHandler(lockedWriter{&logMu, &logs}, nil))))
	if err := n.Notify(context.Background(), Failure{Task: "t", Err: errors.New("boom")}); err != nil {
		t.Fatal(err)
	}
	closeNotifier(t, n)
	m.mu.Lock()
	calls := m.calls
	m.mu.Unlock()
	if calls != 1 {
		t.Fatalf("%d sends, want 1: the accepted recipient got the mail again", calls)
	}
	if st := n.Stats(); st.Mails != 1 || st.Accounted != 1 {
		t.Errorf("stats: %+v", st)
	}
	assertSpoolEmpty(t, cfg.Spool)
	logMu.Lock()
	out := logs.String()
	logMu.Unlock()
	if !strings.Contains(out, "gone@example.org") || !strings.Contains(out, string(mailerrors.KindRecipientUnknown)) {
		t.Errorf("refused recipient not logged with its kind:\n%s", out)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *strings.Builder
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// idMailer fails the first send temporarily and records the Message-ID of
// every call.
type idMailer struct {
	mu  sync.Mutex
	ids []string
}

func (m *idMailer) Send(ctx context.Context, msg *Message) (*Result, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.ids = append(m.ids, msg.MessageID)
	if len(m.ids) == 1 {
		return &Result{}, &mailerrors.Error{Kind: mailerrors.KindTimeout, Temporary: true, Text: "timed out"}
	}
	return &Result{Accepted: msg.To, Attempts: 1}, nil
}

func TestNotifyRetryKeepsMessageID(t *testing.T) {
	m := &idMailer{}
	n := newTestNotifier(t, m, testNotifierConfig())
	if err := n.Notify(context.Background(), Failure{Task: "t", Err: errors.New("boom")}); err != nil {
		t.Fatal(err)
	}
	closeNotifier(t, n)
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.ids) != 2 {
		t.Fatalf("%d sends, want 2", len(m.ids))
	}
	id := m.ids[0]
	if id == "" || id != m.ids[1] {
		t.Fatalf("Message-IDs %q: want one id, the same on the retry", m.ids)
	}
	if !strings.HasPrefix(id, "<taskmail.notify.") || !strings.HasSuffix(id, "@runner01>") || strings.ContainsAny(id[1:len(id)-1], " <>") {
		t.Errorf("Message-ID %q", id)
	}
}

func TestNotifierUnreadableSpoolEntryMailed(t *testing.T) {
	for _, overflowed := range []bool{false, true} {
		t.Run(fmt.Sprintf("overflow=%v", overflowed), func(t *testing.T) {
			dir := t.TempDir()
			cfg := testNotifierConfig()
			cfg.Spool = dir
			m := &fakeMailer{}
			const id = "00000000000000000001-bad-0000000001"
			write := func() {
				if err := os.WriteFile(filepath.Join(dir, id+".json"), []byte("{not json"), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			var n *Notifier
			if overflowed {
				// A spooled failure that found the queue full, whose
				// file is spoiled when the loop reads it back.
				n = newTestNotifier(t, m, cfg)
				write()
				n.mu.RLock()
				n.notified.Add(1)
				n.overflow(&failureEntry{f: Failure{Task: "t"}, id: id, weight: 1})
				n.mu.RUnlock()
			} else {
				write()
				n = newTestNotifier(t, m, cfg)
			}
			closeNotifier(t, n)
			st := n.Stats()
			got := failuresIn(t, m.messages())
			if got != 1 || st.Accounted != st.Notified+st.Restored {
				t.Fatalf("mails account for %d failures, stats %+v", got, st)
			}
			if !strings.Contains(m.messages()[0].Text, "unreadable spool entry") {
				t.Errorf("placeholder not mailed:\n%s", m.messages()[0].Text)
			}
		})
	}
}
