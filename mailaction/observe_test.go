package mailaction_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// recorder is an Observer that writes each call as one line.
type recorder struct {
	mu     sync.Mutex
	events []string
}

type ctxKey struct{}

func (r *recorder) add(format string, args ...any) {
	r.mu.Lock()
	r.events = append(r.events, fmt.Sprintf(format, args...))
	r.mu.Unlock()
}

func (r *recorder) lines() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.events...)
}

// inSpan says whether ctx is the one SendStart returned.
func inSpan(ctx context.Context) bool { return ctx.Value(ctxKey{}) == "span" }

func (r *recorder) observer() *mailaction.Observer {
	return &mailaction.Observer{
		SendStart: func(ctx context.Context, i mailaction.SendStartInfo) context.Context {
			r.add("start %v", i.Server != "")
			return context.WithValue(ctx, ctxKey{}, "span")
		},
		Connected: func(ctx context.Context, i mailaction.ConnectInfo) {
			r.add("connected err=%v span=%v", i.Err != nil, inSpan(ctx))
		},
		TLSDone: func(ctx context.Context, i mailaction.TLSInfo) {
			r.add("tls implicit=%v tls1.2+=%v err=%v span=%v", i.Implicit, i.Version >= tls.VersionTLS12, i.Err != nil, inSpan(ctx))
		},
		AuthDone: func(ctx context.Context, i mailaction.AuthInfo) {
			r.add("auth %s err=%v span=%v", i.Mechanism, i.Err != nil, inSpan(ctx))
		},
		RecipientDone: func(ctx context.Context, i mailaction.RecipientInfo) {
			if i.Accepted {
				r.add("rcpt %s accepted", i.Recipient)
				return
			}
			r.add("rcpt %s %s %d %s", i.Recipient, i.Err.Kind, i.Err.Code, i.Err.Enhanced)
		},
		DataDone: func(ctx context.Context, i mailaction.DataInfo) {
			r.add("data delivered=%v err=%v", i.Delivered, i.Err != nil)
		},
		AttemptDone: func(ctx context.Context, i mailaction.AttemptInfo) {
			kind := mailerrors.Kind("")
			if i.Err != nil {
				kind = i.Err.Kind
			}
			r.add("attempt %d accepted=%d rejected=%d delivered=%v err=%q", i.Attempt, i.Accepted, i.Rejected, i.Delivered, kind)
		},
		SendDone: func(ctx context.Context, i mailaction.SendDoneInfo) {
			r.add("done kind=%s accepted=%d span=%v", mailerrors.KindOf(i.Err), len(i.Result.Accepted), inSpan(ctx))
		},
	}
}

func TestObserverSeesEachStep(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{
		StartTLS: true, Users: map[string]string{"robot@example.org": "s3cret"},
		Domains: []string{"local.test"}, Mailboxes: []string{"alice@local.test"},
	})
	cfg := plain(srv)
	cfg.TLS = config.TLSStartTLS
	cfg.Auth = config.Auth{Username: "robot@example.org", Password: "s3cret"}
	rec := &recorder{}
	s, err := mailaction.NewSender(cfg, trust(srv), mailaction.WithObserver(rec.observer()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Send(context.Background(), simple("alice@local.test", "nobody@local.test"))
	if !errors.Is(err, mailerrors.ErrRecipientUnknown) {
		t.Fatalf("Send: %v, want recipient_unknown", err)
	}
	want := []string{
		"start true",
		"connected err=false span=true",
		"tls implicit=false tls1.2+=true err=false span=true",
		"auth PLAIN err=false span=true",
		"rcpt alice@local.test accepted",
		"rcpt nobody@local.test recipient_unknown 550 5.1.1",
		"data delivered=true err=false",
		`attempt 1 accepted=1 rejected=1 delivered=true err=""`,
		"done kind=recipient_unknown accepted=1 span=true",
	}
	if got := rec.lines(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, l := range rec.lines() {
		if strings.Contains(l, "s3cret") {
			t.Fatalf("secret in an event: %s", l)
		}
	}
}

func TestObserverSeesFailedConnectAndRetries(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	rec := &recorder{}
	sl := &sleeps{}
	s, err := mailaction.NewSender(plain(srv), sl.option(), mailaction.WithObserver(rec.observer()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Send(context.Background(), simple("alice@local.test")); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(rec.lines(), "\n")
	for _, w := range []string{
		"rcpt alice@local.test greylisted 451 4.7.1",
		`attempt 1 accepted=0 rejected=1 delivered=false err=""`,
		`attempt 2 accepted=1 rejected=0 delivered=true err=""`,
		"done kind= accepted=1",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in:\n%s", w, got)
		}
	}
	if strings.Contains(got, "tls ") || strings.Contains(got, "auth ") {
		t.Errorf("TLS or AUTH reported on a plain session without credentials:\n%s", got)
	}

	srv.Close()
	rec2 := &recorder{}
	s2, err := mailaction.NewSender(plain(srv), sl.option(), mailaction.WithObserver(rec2.observer()))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if _, err := s2.Send(context.Background(), simple("alice@local.test")); !errors.Is(err, mailerrors.ErrConnectionFailed) {
		t.Fatalf("closed server: %v", err)
	}
	got = strings.Join(rec2.lines(), "\n")
	if !strings.Contains(got, "connected err=true") || !strings.Contains(got, `err="connection_failed"`) {
		t.Errorf("failed dial not reported:\n%s", got)
	}
}

func TestSenderStats(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"local.test"}, Mailboxes: []string{"alice@local.test"}})
	s, err := mailaction.NewSender(plain(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if _, err := s.Send(ctx, simple("alice@local.test")); err != nil {
		t.Fatal(err)
	}
	_, _ = s.Send(ctx, simple("alice@local.test", "nobody@local.test", "bob@example.com"))
	st := s.Stats()
	if st.Sends != 2 || st.Delivered != 1 || st.Failed != 1 || st.Attempts != 2 || st.Dials != 1 {
		t.Errorf("counts: %+v", st)
	}
	if st.Failures[mailerrors.KindRecipientUnknown] != 1 || st.Failures[mailerrors.KindRelayDenied] != 1 || len(st.Failures) != 2 {
		t.Errorf("failures by kind: %v", st.Failures)
	}
	if st.InUse != 0 || st.Idle != 1 {
		t.Errorf("pool: in use %d, idle %d; want 0, 1", st.InUse, st.Idle)
	}
	st.Failures[mailerrors.KindRelayDenied] = 99
	if s.Stats().Failures[mailerrors.KindRelayDenied] != 1 {
		t.Error("Stats returned its own map, not a copy")
	}
}

// swapDefault makes slog.Default write to a buffer until the test ends.
func swapDefault(t *testing.T) *bytes.Buffer {
	var buf bytes.Buffer
	var mu sync.Mutex
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewTextHandler(lockedWriter{&mu, &buf}, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { slog.SetDefault(old) })
	return &buf
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func TestSenderWithoutLoggerWarnsThroughDefault(t *testing.T) {
	buf := swapDefault(t)
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	sl := &sleeps{}
	s, err := mailaction.NewSender(plain(srv), sl.option())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Send(context.Background(), simple("alice@local.test")); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "level=WARN") || !strings.Contains(out, "temporary failure, will retry") || !strings.Contains(out, "kind=greylisted") {
		t.Errorf("the retry's warning did not reach slog.Default:\n%s", out)
	}
	if strings.Contains(out, "message sent") || strings.Contains(out, "level=DEBUG") {
		t.Errorf("debug records passed to slog.Default, which asked for them, but the default is warnings and errors only:\n%s", out)
	}

	// An explicit logger replaces the default.
	buf.Reset()
	var own bytes.Buffer
	s2, err := mailaction.NewSender(plain(srv), sl.option(), mailaction.WithLogger(slog.New(slog.NewTextHandler(&own, nil))))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	srv.SetRules(smtptest.Rule{Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 451, Enhanced: "4.3.0", Text: "try later"}, Times: 1})
	if _, err := s2.Send(context.Background(), simple("carol@local.test")); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 || !strings.Contains(own.String(), "temporary failure, will retry") {
		t.Errorf("with WithLogger: default got %q, own got %q", buf.String(), own.String())
	}
}
