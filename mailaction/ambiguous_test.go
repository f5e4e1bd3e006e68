package mailaction_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// copiesRead is how many times srv read the whole message: one DATA or
// BDAT command each (the faults here strike after the message is read).
func copiesRead(srv *smtptest.Server) int {
	return srv.CommandCount("DATA") + srv.CommandCount("BDAT")
}

// TestAmbiguousSendRetriedOnce: a connection lost after the whole message
// went, before the reply, leaves delivery unknown. Such a send is tried
// again at most Retry.MaxAmbiguous times (once by default), not
// MaxAttempts times, and Result.MaybeDuplicated says so.
func TestAmbiguousSendRetriedOnce(t *testing.T) {
	for _, p := range paths {
		for _, tc := range []struct {
			name         string
			maxAmbiguous int
			attempts     int
		}{{"default", 0, 2}, {"never", -1, 1}, {"twice", 2, 3}} {
			t.Run(p.name+"/"+tc.name, func(t *testing.T) {
				srv := smtptest.StartT(t, smtptest.Config{
					DisablePipelining: p.disablePipelining,
					Faults:            []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultDrop}},
				})
				cfg := plain(srv)
				cfg.Retry.MaxAttempts = 5
				cfg.Retry.MaxAmbiguous = tc.maxAmbiguous
				sl := &sleeps{}
				ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
				defer cancel()
				res, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"), append(p.opts, sl.option())...)
				if !errors.Is(err, mailerrors.ErrConnectionFailed) {
					t.Fatalf("err = %v, want connection_failed", err)
				}
				if res.Attempts != tc.attempts || copiesRead(srv) != tc.attempts {
					t.Errorf("attempts %d, the server read the message %d times; want %d", res.Attempts, copiesRead(srv), tc.attempts)
				}
				if !res.MaybeDuplicated {
					t.Error("MaybeDuplicated is false after a send whose outcome is unknown")
				}
			})
		}
	}
}

// TestAmbiguousThenDelivered: the resend after an ambiguous attempt
// succeeds: no error, two attempts, and MaybeDuplicated tells the caller
// that a recipient may have the message twice.
func TestAmbiguousThenDelivered(t *testing.T) {
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{
				DisablePipelining: p.disablePipelining,
				Faults:            []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultDrop, Times: 1}},
			})
			cfg := plain(srv)
			sl := &sleeps{}
			ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
			defer cancel()
			res, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"), append(p.opts, sl.option())...)
			if err != nil {
				t.Fatal(err)
			}
			if res.Attempts != 2 || !res.MaybeDuplicated || len(srv.Messages()) != 1 {
				t.Errorf("attempts %d, MaybeDuplicated %v, messages %d; want 2, true, 1", res.Attempts, res.MaybeDuplicated, len(srv.Messages()))
			}
		})
	}
}

// TestCleanSendNotMaybeDuplicated: an ordinary retry (a 4xx before the
// message went) does not set MaybeDuplicated.
func TestCleanSendNotMaybeDuplicated(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	sl := &sleeps{}
	res, err := mailaction.SendEmail(testctx.New(t), plain(srv), simple("ops@example.org"), sl.option())
	if err != nil {
		t.Fatal(err)
	}
	if res.Attempts != 2 || res.MaybeDuplicated {
		t.Errorf("attempts %d, MaybeDuplicated %v; want 2, false", res.Attempts, res.MaybeDuplicated)
	}
}

// TestPooledBDATDropIsAnAttempt: a reused connection lost after MAIL,
// RCPT, BDAT and the message went in one write, before any reply, may
// have delivered the message. It is not replaced by a fresh connection
// within the same attempt: with MaxAttempts 1 the send fails, once, and
// says the outcome is unknown.
func TestPooledBDATDropIsAnAttempt(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.Retry.MaxAttempts = 1
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
	defer cancel()
	if _, err := s.Send(ctx, simple("ops@example.org")); err != nil {
		t.Fatal(err)
	}
	srv.SetFaults(smtptest.Fault{Stage: smtptest.StageData, Kind: smtptest.FaultDrop, Times: 1})
	res, err := s.Send(ctx, simple("ops@example.org"))
	if err == nil {
		t.Fatalf("Send succeeded (attempts %d) after the server read the message and dropped the connection; with MaxAttempts 1 it must not send it again", res.Attempts)
	}
	if res.Attempts != 1 || !res.MaybeDuplicated {
		t.Errorf("attempts %d, MaybeDuplicated %v; want 1, true", res.Attempts, res.MaybeDuplicated)
	}
	if n := srv.CommandCount("BDAT"); n != 2 {
		t.Errorf("the server read %d BDAT commands, want 2 (one per Send)", n)
	}
}

// TestFinalReplyWaitsDataTimeout: the reply to the final dot is waited
// for DataTimeout (RFC 5321 §4.5.3.2.6), not CommandTimeout: a server
// that takes longer than a command's timeout to accept the message is
// not taken for a lost one.
func TestFinalReplyWaitsDataTimeout(t *testing.T) {
	large := simple("ops@example.org")
	large.Text = strings.Repeat("a line of the nightly report\n", 400) // over 3 KiB: BDAT after the envelope replies
	for _, p := range paths {
		for _, size := range []struct {
			name string
			msg  *mailaction.Message
		}{{"small", simple("ops@example.org")}, {"large", large}} {
			t.Run(p.name+"/"+size.name, func(t *testing.T) {
				srv := smtptest.StartT(t, smtptest.Config{
					DisablePipelining: p.disablePipelining,
					Faults:            []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultStall, Delay: 600 * time.Millisecond}},
				})
				cfg := plain(srv)
				cfg.Retry.MaxAttempts = 1
				cfg.CommandTimeout = 200 * time.Millisecond
				cfg.DataTimeout = 10 * time.Second
				ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
				defer cancel()
				res, err := mailaction.SendEmail(ctx, cfg, size.msg, p.opts...)
				if err != nil {
					t.Fatalf("SendEmail: %v", err)
				}
				if res.Attempts != 1 || res.MaybeDuplicated || len(srv.Messages()) != 1 {
					t.Errorf("attempts %d, MaybeDuplicated %v, messages %d", res.Attempts, res.MaybeDuplicated, len(srv.Messages()))
				}
			})
		}
	}
}
