package mailaction_test

import (
	"bytes"
	"context"
	"errors"
	"net/mail"
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// messageIDOf returns the Message-ID header of a received message.
func messageIDOf(t *testing.T, r smtptest.Received) string {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(r.Data))
	if err != nil {
		t.Fatalf("received message does not parse: %v", err)
	}
	return m.Header.Get("Message-ID")
}

// oneAttempt lists the two ways to make a Sender leave retries to its
// caller: the option, and the options file alone.
var oneAttempt = []struct {
	name string
	cfg  func(config.SMTP) config.SMTP
	opts []mailaction.Option
}{
	{"WithoutRetries", func(c config.SMTP) config.SMTP { return c }, []mailaction.Option{mailaction.WithoutRetries()}},
	{"max_attempts 1", func(c config.SMTP) config.SMTP {
		c.Retry.MaxAttempts, c.Retry.MaxAmbiguous = 1, -1
		return c
	}, nil},
}

// TestEngineRetryGreylist: with retries left to the engine, a greylisted
// send makes one attempt and no wait, says to retry after the configured
// greylist delay, and the engine's retry delivers exactly one copy with
// the Message-ID of the first attempt.
func TestEngineRetryGreylist(t *testing.T) {
	for _, mode := range oneAttempt {
		t.Run(mode.name, func(t *testing.T) {
			ctx := testctx.New(t)
			srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
			cfg := plain(srv)
			cfg.Retry.GreylistDelay = 7 * time.Second
			cfg = mode.cfg(cfg)
			var sl sleeps
			s, err := mailaction.NewSender(cfg, append([]mailaction.Option{sl.option()}, mode.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()

			msg := simple("ops@example.org")
			res, err := s.Send(ctx, msg)
			if !errors.Is(err, mailerrors.ErrGreylisted) {
				t.Fatalf("err = %v, want greylisted", err)
			}
			if res.Attempts != 1 || len(sl.all()) != 0 {
				t.Fatalf("attempts = %d, waits = %v; want one attempt, no wait", res.Attempts, sl.all())
			}
			ok, wait := mailerrors.Retryable(err)
			if !ok || wait != 7*time.Second {
				t.Fatalf("Retryable = %v, %v; want true, 7s (retry.greylist_delay)", ok, wait)
			}
			var e *mailerrors.Error
			if !errors.As(err, &e) || e.RetryAfter() != 7*time.Second {
				t.Fatalf("RetryAfter of %v is not the greylist delay", err)
			}

			next := res.RetryMessage(msg, err)
			if next == nil {
				t.Fatal("RetryMessage = nil after a greylisting")
			}
			res2, err := s.Send(ctx, next)
			if err != nil {
				t.Fatalf("retry: %v", err)
			}
			if res2.MessageID != res.MessageID {
				t.Errorf("retry Message-ID %q, first attempt %q", res2.MessageID, res.MessageID)
			}
			got := srv.Messages()
			if len(got) != 1 {
				t.Fatalf("server got %d messages, want 1", len(got))
			}
			if id := messageIDOf(t, got[0]); id != "<"+res.MessageID+">" {
				t.Errorf("delivered Message-ID %s, want <%s>", id, res.MessageID)
			}
			if res2.RetryMessage(next, nil) != nil {
				t.Error("RetryMessage after success is not nil")
			}
		})
	}
}

// TestEngineRetryPartial: one recipient accepted, one deferred, one
// unknown: the engine's retry goes only to the deferred one, with the
// same Message-ID, after the wait the server named.
func TestEngineRetryPartial(t *testing.T) {
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			ctx := testctx.New(t)
			srv := smtptest.StartT(t, smtptest.Config{
				DisablePipelining: p.disablePipelining,
				Rules: []smtptest.Rule{
					{Stage: smtptest.StageRcpt, Match: "late@", Times: 1, Reply: smtptest.Reply{Code: 450, Enhanced: "4.2.1", Text: "Mailbox busy, try again in 90 seconds"}},
					{Stage: smtptest.StageRcpt, Match: "gone@", Reply: smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "User unknown"}},
				},
			})
			s, err := mailaction.NewSender(plain(srv), append([]mailaction.Option{mailaction.WithoutRetries()}, p.opts...)...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()

			msg := &mailaction.Message{
				To: []string{"ops@example.org", "late@example.org"}, Cc: []string{"gone@example.org"},
				Subject: "nightly report", Text: "All tasks ran.\n", IdempotencyKey: "job-42",
			}
			res, err := s.Send(ctx, msg)
			if err == nil {
				t.Fatal("no error with two recipients refused")
			}
			if !slices.Equal(res.Accepted, []string{"ops@example.org"}) {
				t.Fatalf("accepted %v, want [ops@example.org]", res.Accepted)
			}
			ok, wait := mailerrors.Retryable(err)
			if !ok || wait != 90*time.Second {
				t.Fatalf("Retryable = %v, %v; want true, 1m30s", ok, wait)
			}
			next := res.RetryMessage(msg, err)
			if next == nil || !slices.Equal(next.Recipients, []string{"late@example.org"}) {
				t.Fatalf("retry recipients = %v, want [late@example.org]", next)
			}
			if len(msg.Recipients) != 0 {
				t.Error("RetryMessage modified the message")
			}
			res2, err := s.Send(ctx, next)
			if err != nil {
				t.Fatalf("retry: %v", err)
			}
			if !slices.Equal(res2.Accepted, []string{"late@example.org"}) || res2.MessageID != res.MessageID {
				t.Errorf("retry: accepted %v id %q; want [late@example.org] id %q", res2.Accepted, res2.MessageID, res.MessageID)
			}
			got := srv.Messages()
			if len(got) != 2 {
				t.Fatalf("server got %d messages, want 2", len(got))
			}
			for i, want := range [][]string{{"ops@example.org"}, {"late@example.org"}} {
				if !slices.Equal(got[i].To, want) {
					t.Errorf("message %d went to %v, want %v", i, got[i].To, want)
				}
				if id := messageIDOf(t, got[i]); id != "<"+res.MessageID+">" {
					t.Errorf("message %d Message-ID %s, want <%s>", i, id, res.MessageID)
				}
				// The headers still name everyone.
				if m, _ := mail.ReadMessage(bytes.NewReader(got[i].Data)); m.Header.Get("Cc") != "<gone@example.org>" {
					t.Errorf("message %d Cc = %q", i, m.Header.Get("Cc"))
				}
			}
		})
	}
}

// TestEngineRetryWholeAttempt: when the whole attempt fails (421 at MAIL
// FROM), the retry goes to everyone not refused for good.
func TestEngineRetryWholeAttempt(t *testing.T) {
	ctx := testctx.New(t)
	srv := smtptest.StartT(t, smtptest.Config{
		Faults: []smtptest.Fault{{Stage: smtptest.StageMail, Kind: smtptest.Fault421, Times: 1}},
	})
	s, err := mailaction.NewSender(plain(srv), mailaction.WithoutRetries())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	msg := &mailaction.Message{To: []string{"a@example.org"}, Bcc: []string{"b@example.org"}, Subject: "x"}
	res, err := s.Send(ctx, msg)
	if ok, _ := mailerrors.Retryable(err); !ok {
		t.Fatalf("err = %v, not retryable", err)
	}
	next := res.RetryMessage(msg, err)
	if next == nil || !slices.Equal(next.Recipients, []string{"a@example.org", "b@example.org"}) {
		t.Fatalf("retry = %+v, want both recipients", next)
	}
	if _, err := s.Send(ctx, next); err != nil {
		t.Fatal(err)
	}
	if got := srv.Messages(); len(got) != 1 || len(got[0].To) != 2 {
		t.Fatalf("server got %+v", got)
	}
}

// TestEngineRetryPermanent: a relay denial is not retryable and gives no
// retry message.
func TestEngineRetryPermanent(t *testing.T) {
	ctx := testctx.New(t)
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.org"}})
	s, err := mailaction.NewSender(plain(srv), mailaction.WithoutRetries())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	msg := simple("someone@elsewhere.test")
	res, err := s.Send(ctx, msg)
	if !errors.Is(err, mailerrors.ErrRelayDenied) || res.Attempts != 1 {
		t.Fatalf("err = %v, attempts %d", err, res.Attempts)
	}
	if ok, wait := mailerrors.Retryable(err); ok || wait != 0 {
		t.Errorf("Retryable = %v, %v; want false, 0", ok, wait)
	}
	if res.RetryMessage(msg, err) != nil {
		t.Error("RetryMessage after a relay denial is not nil")
	}
}

// TestSenderHonoursServerWait: the Sender's own retries wait at least as
// long as the server asked, and give up at once (leaving the wait to the
// caller) when that is longer than what is left of MaxElapsed.
func TestSenderHonoursServerWait(t *testing.T) {
	for _, tc := range []struct {
		name     string
		text     string
		attempts int
		waits    []time.Duration // each ±50% (the backoff's jitter) when below the server's wait
		err      bool
	}{
		{"within max_elapsed", "Rate limit exceeded, try again in 90 seconds", 2, []time.Duration{90 * time.Second}, false},
		{"beyond max_elapsed", "Rate limit exceeded, try again in 2 hours", 1, nil, true},
		{"no wait named: the backoff", "Too many connections, slow down", 2, []time.Duration{time.Second}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := testctx.New(t)
			srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{
				{Stage: smtptest.StageRcpt, Times: 1, Reply: smtptest.Reply{Code: 450, Enhanced: "4.7.1", Text: tc.text}},
			}})
			var sl sleeps
			cfg := plain(srv)
			cfg.Retry.MaxElapsed = 30 * time.Minute
			s, err := mailaction.NewSender(cfg, sl.option(), fixedClock())
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			res, err := s.Send(ctx, simple("ops@example.org"))
			near := func(got, want []time.Duration) bool {
				if len(got) != len(want) {
					return false
				}
				for i := range got {
					if got[i] < want[i]/2 || got[i] > want[i]*3/2 {
						return false
					}
				}
				return true
			}
			if (err != nil) != tc.err || res.Attempts != tc.attempts || !near(sl.all(), tc.waits) {
				t.Fatalf("err %v, attempts %d, waits %v; want error %v, %d attempts, waits %v", err, res.Attempts, sl.all(), tc.err, tc.attempts, tc.waits)
			}
			if tc.err {
				if ok, wait := mailerrors.Retryable(err); !ok || wait != 2*time.Hour {
					t.Errorf("Retryable = %v, %v; want true, 2h", ok, wait)
				}
			}
		})
	}
}

var keyedID = regexp.MustCompile(`^[0-9a-f]{32}@example\.org$`)

// TestIdempotencyKey: the same key gives the same Message-ID on every
// send; another key another one; an explicit MessageID wins.
func TestIdempotencyKey(t *testing.T) {
	ctx := testctx.New(t)
	srv := smtptest.StartT(t, smtptest.Config{})
	s, err := mailaction.NewSender(plain(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	send := func(key, id string) string {
		t.Helper()
		msg := simple("ops@example.org")
		msg.IdempotencyKey, msg.MessageID = key, id
		res, err := s.Send(ctx, msg)
		if err != nil {
			t.Fatal(err)
		}
		return res.MessageID
	}
	a1, a2, b := send("wf-1/act-3", ""), send("wf-1/act-3", ""), send("wf-1/act-4", "")
	if a1 != a2 {
		t.Errorf("same key, Message-IDs %q and %q", a1, a2)
	}
	if a1 == b {
		t.Errorf("different keys, same Message-ID %q", a1)
	}
	if !keyedID.MatchString(a1) {
		t.Errorf("Message-ID %q: want 32 hex digits in From's domain", a1)
	}
	if got := send("wf-1/act-3", "<fixed@example.org>"); got != "fixed@example.org" {
		t.Errorf("explicit MessageID: got %q", got)
	}
	// A new Sender (another worker process) derives the same.
	s2, err := mailaction.NewSender(plain(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	msg := simple("ops@example.org")
	msg.IdempotencyKey = "wf-1/act-3"
	res, err := s2.Send(ctx, msg)
	if err != nil || res.MessageID != a1 {
		t.Errorf("another Sender: %q, %v; want %q", res.MessageID, err, a1)
	}
}

// TestRecipientsOutsideTheMessage: Recipients may name only addresses of
// To, Cc or Bcc.
func TestRecipientsOutsideTheMessage(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	msg := simple("ops@example.org")
	msg.Recipients = []string{"intruder@example.org"}
	_, err := mailaction.SendEmail(context.Background(), plain(srv), msg)
	if !errors.Is(err, mailerrors.ErrSyntaxError) {
		t.Fatalf("err = %v, want syntax_error", err)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Fatalf("server got %d messages", n)
	}
}
