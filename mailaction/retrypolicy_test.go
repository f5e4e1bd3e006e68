package mailaction_test

import (
	"errors"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// The tests in this file pin retry decisions that mutation testing found
// unpinned: a mutant of each passed every other test.

// TestAllOrNothingRetriesTemporaryFailure: under all-or-nothing, a
// temporary failure of the whole transaction (451 at MAIL) with no
// recipient refused for good is retried, and the retry delivers.
func TestAllOrNothingRetriesTemporaryFailure(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageMail, Times: 1,
		Reply: smtptest.Reply{Code: 451, Enhanced: "4.3.0", Text: "Error: queue file write error"}}}})
	cfg := plain(srv)
	cfg.RecipientPolicy = config.RecipientsAllOrNothing
	var sl sleeps
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("a@example.org", "b@example.org"), sl.option())
	if err != nil || res.Attempts != 2 || len(srv.Messages()) != 1 {
		t.Fatalf("err = %v after %d attempts, %d messages; want delivery on the second attempt", err, res.Attempts, len(srv.Messages()))
	}
}

// TestGivenUpErrorsNameEachRecipientOnce: best effort, one recipient
// refused for good and one greylisted past the last attempt: the error
// holds one failure per recipient, each with its own reply.
func TestGivenUpErrorsNameEachRecipientOnce(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{
		Greylist: 100,
		Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Match: "gone@",
			Reply: smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "<gone@example.org>: User unknown"}}},
	})
	cfg := plain(srv)
	cfg.Retry.MaxAttempts = 2
	var sl sleeps
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("gone@example.org", "later@example.org"), sl.option())
	var me *multierror.Error
	if !errors.As(err, &me) || len(me.Errors) != 2 {
		t.Fatalf("err = %v, want one failure per recipient", err)
	}
	want := map[string]int{"gone@example.org": 550, "later@example.org": 451}
	for _, e := range me.Errors {
		var te *mailerrors.Error
		if !errors.As(e, &te) || want[te.Recipient] != te.Code {
			t.Errorf("failure %v: want one of %v", e, want)
			continue
		}
		delete(want, te.Recipient)
	}
	if len(want) != 0 {
		t.Errorf("no failure for %v", want)
	}
	if res.Attempts != 2 {
		t.Errorf("Attempts = %d, want 2", res.Attempts)
	}
}

// TestRelayDeniedAtMailRetriesOnFreshConnection: with POP-before-SMTP, a
// relay denial of the whole transaction (at MAIL FROM) runs the POP3
// login again and retries on a new connection, since servers read their
// POP-before-SMTP list when a connection starts.
func TestRelayDeniedAtMailRetriesOnFreshConnection(t *testing.T) {
	pop := pop3test.NewServer(t, pop3test.Config{Users: map[string]string{"robot": "pop-secret"}})
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageMail, Times: 1,
		Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<robot@example.org>: Relay access denied"}}}})
	host, port, _ := net.SplitHostPort(pop.Addr)
	p, _ := strconv.Atoi(port)
	cfg := plain(srv)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
	cfg.AllowInsecureAuth = true
	var sl sleeps
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("someone@elsewhere.test"), sl.option(), fixedClock())
	if err != nil || res.Attempts != 2 || len(srv.Messages()) != 1 {
		t.Fatalf("err = %v after %d attempts, %d messages; want delivery on the retry", err, res.Attempts, len(srv.Messages()))
	}
	if n := len(pop.Logins()); n != 2 {
		t.Errorf("%d POP logins, want 2", n)
	}
	if n := srv.Connections(); n != 2 {
		t.Errorf("%d connections, want 2: the retry after the POP login needs a new one", n)
	}
}

// TestSenderDefaultPoolRunsSendsInParallel: a Sender made by NewSender
// keeps the default pool size (5), so Sends that overlap run on
// connections of their own; SendEmail's one-connection pool is its own.
func TestSenderDefaultPoolRunsSendsInParallel(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageMail, Kind: smtptest.FaultStall, Delay: time.Second}}})
	s, err := mailaction.NewSender(plain(srv))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := testctx.New(t)
	errs := make(chan error, 3)
	for range 3 {
		go func() {
			_, err := s.Send(ctx, simple("ops@example.org"))
			errs <- err
		}()
	}
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	// Each Send holds its connection for a second at MAIL, so Sends that
	// overlap cannot share one; a pool of one would serialise them.
	if n := srv.Connections(); n < 2 {
		t.Errorf("%d connection for 3 overlapping Sends, want more than one", n)
	}
}
