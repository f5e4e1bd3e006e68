package mailaction_test

import (
	"errors"
	"testing"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestNoReuseAfter421: a server that replies 421 but leaves the
// connection open (RFC 5321 §3.8 says it closes) must still lose that
// connection: the retry goes on a new one. Real servers close after 421, so a client that
// reuses such a connection would only fail and retry there, which hides
// the mistake; this server keeps answering, so it shows.
func TestNoReuseAfter421(t *testing.T) {
	for _, pa := range paths {
		for _, stage := range []smtptest.Stage{smtptest.StageMail, smtptest.StageRcpt, smtptest.StageData} {
			t.Run(pa.name+"/"+string(stage), func(t *testing.T) {
				srv := smtptest.StartT(t, smtptest.Config{
					DisablePipelining: pa.disablePipelining,
					Faults:            []smtptest.Fault{{Stage: stage, Kind: smtptest.Fault421KeepOpen, Times: 1}},
				})
				var sl sleeps
				s, err := mailaction.NewSender(plain(srv), append([]mailaction.Option{sl.option()}, pa.opts...)...)
				if err != nil {
					t.Fatal(err)
				}
				defer s.Close()

				res, err := s.Send(testctx.New(t), simple("ops@example.org"))
				if err != nil {
					t.Fatalf("err = %v, want delivery on the retry", err)
				}
				if res.Attempts != 2 || len(sl.all()) != 1 {
					t.Errorf("Attempts = %d after %d waits, want 2 after 1 (the 421 is temporary)", res.Attempts, len(sl.all()))
				}
				if n := srv.Connections(); n != 2 {
					t.Errorf("%d connections, want 2: the retry must not use the connection that said 421", n)
				}
				if n := srv.CommandCount("EHLO"); n != 2 {
					t.Errorf("%d EHLOs, want 2: one per connection", n)
				}
				if n := len(srv.Messages()); n != 1 {
					t.Errorf("server holds %d messages, want 1", n)
				}

				// And a later Send does not find it in the pool either.
				srv.SetFaults()
				if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
					t.Fatal(err)
				}
				if n := srv.Connections(); n != 2 {
					t.Errorf("%d connections after a second Send, want 2 (the new one reused)", n)
				}
			})
		}
	}
}

// TestNoReuseAfter421WithoutRetry: with retries off, the 421 is returned
// as it is, temporary, and the next Send dials anew.
func TestNoReuseAfter421WithoutRetry(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageRcpt, Kind: smtptest.Fault421KeepOpen, Times: 1}}})
	cfg := plain(srv)
	cfg.Retry.MaxAttempts = 1
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Send(testctx.New(t), simple("ops@example.org"))
	var me *mailerrors.Error
	if !errors.As(err, &me) || me.Code != 421 || !me.Temporary {
		t.Fatalf("err = %v, want the temporary 421", err)
	}
	if _, err := s.Send(testctx.New(t), simple("ops@example.org")); err != nil {
		t.Fatal(err)
	}
	if n := srv.Connections(); n != 2 {
		t.Errorf("%d connections, want 2: the Send after the 421 must dial anew", n)
	}
}
