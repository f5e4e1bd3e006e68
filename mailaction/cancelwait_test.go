package mailaction_test

import (
	"context"
	"errors"
	"log/slog"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestCancelDuringGreylistWait: with the real sleep (no WithSleep), a
// greylisted Send waits GreylistDelay (5 minutes) before its retry;
// cancelling the context 300 ms into that wait ends Send within a second,
// with an error that is context.Canceled. The other tests inject a sleep
// that returns at once, so only this one sees a wait that ignores ctx.
func TestCancelDuringGreylistWait(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	cfg := plain(srv)
	if cfg.Retry.GreylistDelay != 5*time.Minute {
		t.Fatalf("GreylistDelay = %v, want 5m", cfg.Retry.GreylistDelay)
	}
	waiting := make(chan time.Duration, 1)
	s, err := mailaction.NewSender(cfg, mailaction.WithLogger(slog.New(waitHandler{waiting})))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	ctx, cancel := context.WithCancel(testctx.New(t))
	defer cancel()
	type result struct {
		res *mailaction.Result
		err error
	}
	done := make(chan result, 1)
	go func() {
		res, err := s.Send(ctx, simple("ops@example.org"))
		done <- result{res, err}
	}()

	select {
	case d := <-waiting:
		if d < cfg.Retry.GreylistDelay {
			t.Errorf("waiting %v, want at least GreylistDelay (%v)", d, cfg.Retry.GreylistDelay)
		}
	case r := <-done:
		t.Fatalf("Send returned before any wait: %v", r.err)
	case <-ctx.Done():
		t.Fatal("Send never started its retry wait")
	}
	time.Sleep(300 * time.Millisecond) // well into the wait
	cancel()
	cancelled := time.Now()

	select {
	case r := <-done:
		if took := time.Since(cancelled); took > time.Second {
			t.Errorf("Send returned %v after the cancel, want within a second", took)
		}
		if !errors.Is(r.err, context.Canceled) {
			t.Errorf("err = %v, want one that is context.Canceled", r.err)
		}
		var me *mailerrors.Error
		if !errors.As(r.err, &me) {
			t.Errorf("err %T holds no *Error", r.err)
		}
		if r.res.Attempts != 1 {
			t.Errorf("Attempts = %d, want 1: the retry never came", r.res.Attempts)
		}
	case <-time.After(time.Second):
		t.Fatal("Send still waiting a second after its context was cancelled")
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("server holds %d messages, want 0", n)
	}
	if n := srv.CommandCount("RCPT"); n != 1 {
		t.Errorf("%d RCPTs, want 1 (the greylisted one)", n)
	}
}

// waitHandler is a slog handler that reports the "wait" of the Sender's
// log record announcing a retry, which comes just before the wait.
type waitHandler struct{ waiting chan<- time.Duration }

func (h waitHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h waitHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h waitHandler) WithGroup(string) slog.Handler            { return h }
func (h waitHandler) Handle(_ context.Context, r slog.Record) error {
	r.Attrs(func(a slog.Attr) bool {
		if a.Key == "wait" && a.Value.Kind() == slog.KindDuration {
			select {
			case h.waiting <- a.Value.Duration():
			default:
			}
			return false
		}
		return true
	})
	return nil
}
