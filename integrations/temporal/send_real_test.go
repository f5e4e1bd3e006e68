package temporal_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"
	"testing"
	"time"

	sdktemporal "go.temporal.io/sdk/temporal"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// A workflow sends through real Postfix (submission: STARTTLS, then AUTH):
// delivered, in one attempt, the Result in the workflow's history, and the
// password nowhere in it.
func TestRealSendThroughPostfix(t *testing.T) {
	c := devServer(t)
	s := realservers.Get(t)
	alice, bob := s.User(t, "alice"), s.User(t, "bob")
	cfg := realSMTP(t, s.SMTPTLS, config.TLSStartTLS, alice.Address)
	cfg.Auth = config.Auth{Username: alice.Address, Password: config.Secret(alice.Password)}
	q := sendWorker(t, c, cfg, mailaction.WithTLSConfig(s.TLSConfig()))

	subject := fmt.Sprintf("%s %d", t.Name(), time.Now().UnixNano())
	run := runSend(t, c, q, mailaction.Message{To: []string{bob.Address}, Subject: subject, Text: "All tasks ran.\n"})
	var res mailaction.Result
	if err := run.Get(context.Background(), &res); err != nil {
		t.Fatalf("workflow failed: %v", err)
	}
	if len(res.Accepted) != 1 || !strings.EqualFold(res.Accepted[0], bob.Address) || res.Attempts != 1 || res.MessageID == "" {
		t.Fatalf("result: accepted %v, attempts %d, message-id %q", res.Accepted, res.Attempts, res.MessageID)
	}
	got := s.Fetch(t, context.Background(), bob, subject)
	m, err := mail.ReadMessage(bytes.NewReader(got))
	if err != nil {
		t.Fatal(err)
	}
	if id := m.Header.Get("Message-Id"); strings.Trim(id, "<>") != res.MessageID {
		t.Errorf("delivered Message-ID %q, result says %q", id, res.MessageID)
	}

	evs := history(t, c, run)
	starts := activityStarts(evs)
	if len(starts) != 1 || starts[0].GetActivityTaskStartedEventAttributes().GetAttempt() != 1 {
		t.Fatalf("want one activity in one attempt, history has %d started events", len(starts))
	}
	var all strings.Builder
	for _, ev := range evs {
		all.WriteString(ev.String())
	}
	if !strings.Contains(all.String(), res.MessageID) {
		t.Error("the Result is not in the workflow's history")
	}
	if strings.Contains(all.String(), alice.Password) {
		t.Error("the SMTP password is in the workflow's history")
	}
}

// A relay denial from real Postfix: one activity attempt, and the workflow
// sees an ApplicationError of Type relay_denied, non-retryable, with the
// hints in its details.
func TestRealRelayDeniedIsNonRetryable(t *testing.T) {
	c := devServer(t)
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	q := sendWorker(t, c, realSMTP(t, s.SMTPPlain, config.TLSNone, alice.Address))

	run := runSend(t, c, q, mailaction.Message{To: []string{"someone@example.com"}, Subject: t.Name(), Text: "x\n"})
	err := run.Get(context.Background(), nil)
	var ae *sdktemporal.ApplicationError
	if !errors.As(err, &ae) {
		t.Fatalf("workflow error %v (%T), want an ApplicationError", err, err)
	}
	if ae.Type() != "relay_denied" || !ae.NonRetryable() {
		t.Fatalf("ApplicationError type %q, non-retryable %v; want relay_denied, true", ae.Type(), ae.NonRetryable())
	}
	var d temporal.ErrorDetails
	if err := ae.Details(&d); err != nil {
		t.Fatalf("details: %v", err)
	}
	if d.Kind != "relay_denied" || d.Code != 554 || d.Enhanced != "5.7.1" || d.Stage != "rcpt" || d.Temporary || len(d.Hints) == 0 {
		t.Fatalf("details %+v", d)
	}
	if d.Hints[0].Field != "Auth.Username" {
		t.Errorf("first hint %q (field %q): without credentials it should say to turn on authentication", d.Hints[0].Text, d.Hints[0].Field)
	}
	starts := activityStarts(history(t, c, run))
	if len(starts) != 1 || starts[0].GetActivityTaskStartedEventAttributes().GetAttempt() != 1 {
		t.Fatalf("want one attempt; history has %d activity starts, last attempt %d", len(starts), starts[len(starts)-1].GetActivityTaskStartedEventAttributes().GetAttempt())
	}
}

// Greylisting: Temporal tries again after at least RetryAfter (the greylist
// delay), the message is delivered, and the server got exactly one copy.
func TestGreylistingRetriedAfterRetryAfter(t *testing.T) {
	c := devServer(t)
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	const delay = 2 * time.Second
	cfg := config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org",
		Retry: config.Retry{GreylistDelay: delay}}
	q := sendWorker(t, c, cfg)

	run := runSend(t, c, q, mailaction.Message{To: []string{"ops@example.org"}, Subject: t.Name(), Text: "x\n"})
	var res mailaction.Result
	if err := run.Get(context.Background(), &res); err != nil {
		t.Fatalf("workflow failed: %v", err)
	}
	evs := history(t, c, run)
	starts := activityStarts(evs)
	if len(starts) != 1 {
		t.Fatalf("%d activity starts", len(starts))
	}
	st := starts[0].GetActivityTaskStartedEventAttributes()
	if st.GetAttempt() != 2 || st.GetLastFailure().GetApplicationFailureInfo().GetType() != "greylisted" {
		t.Fatalf("last attempt %d after failure %v; want 2 after greylisted", st.GetAttempt(), st.GetLastFailure())
	}
	var scheduled time.Time
	for _, ev := range evs {
		if ev.GetActivityTaskScheduledEventAttributes() != nil {
			scheduled = ev.GetEventTime().AsTime()
		}
	}
	if gap := starts[0].GetEventTime().AsTime().Sub(scheduled); gap < delay {
		t.Errorf("second attempt %v after the activity was scheduled, want at least the greylist delay %v", gap, delay)
	}
	if msgs := srv.Messages(); len(msgs) != 1 {
		t.Fatalf("server received %d messages, want exactly 1", len(msgs))
	}
	if res.Attempts != 2 || len(res.Accepted) != 1 {
		t.Errorf("result: attempts %d, accepted %v", res.Attempts, res.Accepted)
	}
}

// Partial delivery: one recipient accepted, one deferred. The retry goes
// only to the deferred one, with the same Message-ID.
func TestPartialDeliveryRetriesOnlyTheDeferred(t *testing.T) {
	c := devServer(t)
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{
		Stage: smtptest.StageRcpt, Match: "carol@", Times: 1,
		Reply: smtptest.Reply{Code: 452, Enhanced: "4.2.2", Text: "Mailbox full, try again later"},
	}}})
	cfg := config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org"}
	q := sendWorker(t, c, cfg)

	run := runSend(t, c, q, mailaction.Message{To: []string{"alice@example.org", "carol@example.org"}, Subject: t.Name(), Text: "x\n"})
	var res mailaction.Result
	if err := run.Get(context.Background(), &res); err != nil {
		t.Fatalf("workflow failed: %v", err)
	}
	msgs := srv.Messages()
	if len(msgs) != 2 {
		t.Fatalf("server received %d transactions, want 2", len(msgs))
	}
	if fmt.Sprint(msgs[0].To) != "[alice@example.org]" || fmt.Sprint(msgs[1].To) != "[carol@example.org]" {
		t.Fatalf("first transaction to %v, second to %v; want alice, then only carol", msgs[0].To, msgs[1].To)
	}
	id := func(r smtptest.Received) string {
		m, err := mail.ReadMessage(bytes.NewReader(r.Data))
		if err != nil {
			t.Fatal(err)
		}
		return m.Header.Get("Message-Id")
	}
	if a, b := id(msgs[0]), id(msgs[1]); a == "" || a != b || strings.Trim(a, "<>") != res.MessageID {
		t.Errorf("Message-IDs %q and %q, result %q: want one", a, b, res.MessageID)
	}
	if len(res.Accepted) != 2 || res.Attempts != 2 {
		t.Errorf("result: accepted %v in %d attempts; want both in 2", res.Accepted, res.Attempts)
	}
}
