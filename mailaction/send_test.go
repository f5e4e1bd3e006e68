package mailaction_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestKinds sends one message to a fake server set up to fail in one way,
// and checks the kind, the stage, the number of attempts and the waits.
func TestKinds(t *testing.T) {
	const pass = "correct-horse-battery"
	cases := []struct {
		name      string
		server    smtptest.Config
		cfg       func(*config.SMTP)
		to        string
		msg       func(*mailaction.Message)
		kind      error
		stage     mailerrors.Stage
		attempts  int
		delivered int // messages the server holds at the end
		minSleep  time.Duration
	}{
		{name: "delivered", to: "ops@example.org", attempts: 1, delivered: 1},
		{
			name:   "relay denied",
			server: smtptest.Config{Domains: []string{"example.org"}},
			to:     "someone@elsewhere.test", kind: mailerrors.ErrRelayDenied, stage: mailerrors.StageRcpt, attempts: 1,
		},
		{
			name:   "auth required",
			server: smtptest.Config{RequireAuth: true},
			to:     "ops@example.org", kind: mailerrors.ErrAuthRequired, stage: mailerrors.StageMail, attempts: 1,
		},
		{
			name:   "auth failed",
			server: smtptest.Config{Users: map[string]string{"robot": pass}},
			cfg: func(c *config.SMTP) {
				c.Auth = config.Auth{Username: "robot", Password: "wrong-" + pass}
				c.AllowInsecureAuth = true
			},
			to: "ops@example.org", kind: mailerrors.ErrAuthFailed, stage: mailerrors.StageAuth, attempts: 1,
		},
		{
			name:   "tls required by the server",
			server: smtptest.Config{RequireTLS: true},
			to:     "ops@example.org", kind: mailerrors.ErrTLSRequired, stage: mailerrors.StageMail, attempts: 1,
		},
		{
			name: "starttls required, not offered",
			cfg:  func(c *config.SMTP) { c.TLS = config.TLSStartTLS },
			to:   "ops@example.org", kind: mailerrors.ErrTLSRequired, stage: mailerrors.StageStartTLS, attempts: 1,
		},
		{
			name:   "sender rejected",
			server: smtptest.Config{Users: map[string]string{"robot@example.org": pass}, SenderLogin: true},
			cfg: func(c *config.SMTP) {
				c.Auth = config.Auth{Username: "robot@example.org", Password: pass}
				c.AllowInsecureAuth = true
				c.From = "someone-else@example.org"
			},
			to: "ops@example.org", kind: mailerrors.ErrSenderRejected, attempts: 1,
		},
		{
			name:   "recipient unknown",
			server: smtptest.Config{Domains: []string{"example.org"}, Mailboxes: []string{"ops@example.org"}},
			to:     "nobody@example.org", kind: mailerrors.ErrRecipientUnknown, stage: mailerrors.StageRcpt, attempts: 1,
		},
		{
			name:   "too large, by SIZE",
			server: smtptest.Config{MaxSize: 200},
			to:     "ops@example.org", msg: func(m *mailaction.Message) { m.Text = strings.Repeat("x", 1000) },
			kind: mailerrors.ErrMessageTooLarge, attempts: 1,
		},
		{
			name:   "too large, at end of data",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageData, Reply: smtptest.Reply{Code: 552, Enhanced: "5.3.4", Text: "Message size exceeds fixed limit"}}}},
			to:     "ops@example.org", kind: mailerrors.ErrMessageTooLarge, stage: mailerrors.StageData, attempts: 1,
		},
		{
			name:   "greylisted, then accepted",
			server: smtptest.Config{Greylist: 1},
			to:     "ops@example.org", attempts: 2, delivered: 1, minSleep: 5 * time.Minute,
		},
		{
			name:   "421 mid-session, retried",
			server: smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageMail, Kind: smtptest.Fault421, Times: 1}}},
			to:     "ops@example.org", attempts: 2, delivered: 1, minSleep: time.Nanosecond,
		},
		{
			name:   "drop after greeting, retried",
			server: smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageEHLO, Kind: smtptest.FaultDrop, Times: 1}}},
			to:     "ops@example.org", attempts: 2, delivered: 1, minSleep: time.Nanosecond,
		},
		{
			name:   "drop after data, retried",
			server: smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultDrop, Times: 1}}},
			to:     "ops@example.org", attempts: 2, delivered: 1, minSleep: time.Nanosecond,
		},
		{
			name:   "temporary failure until out of attempts",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageMail, Reply: smtptest.Reply{Code: 451, Enhanced: "4.3.0", Text: "Temporary lookup failure"}}}},
			to:     "ops@example.org", kind: mailerrors.ErrServiceUnavailable, stage: mailerrors.StageMail, attempts: 3, minSleep: time.Nanosecond,
		},
		{
			name:   "EHLO refused by policy, not retried",
			server: smtptest.Config{EHLOReject: &smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "Helo command rejected: Host not found"}},
			to:     "ops@example.org", stage: mailerrors.StageEHLO, attempts: 1,
		},
	}
	for _, pa := range paths {
		for _, c := range cases {
			t.Run(pa.name+"/"+c.name, func(t *testing.T) {
				server := c.server
				server.DisablePipelining = pa.disablePipelining
				srv := smtptest.StartT(t, server)
				cfg := plain(srv)
				if c.cfg != nil {
					c.cfg(&cfg)
				}
				msg := simple(c.to)
				if c.msg != nil {
					c.msg(msg)
				}
				var sl sleeps
				var logs bytes.Buffer
				logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
				opts := append([]mailaction.Option{sl.option(), mailaction.WithLogger(logger), trust(srv)}, pa.opts...)
				res, err := mailaction.SendEmail(testctx.New(t), cfg, msg, opts...)
				switch {
				case c.kind == nil && c.stage == "" && err != nil:
					t.Fatalf("err = %v, want none", err)
				case c.kind != nil && !errors.Is(err, c.kind):
					t.Fatalf("err = %v, want %v", err, c.kind)
				}
				if err != nil {
					var me *mailerrors.Error
					if !errors.As(err, &me) {
						t.Fatalf("err %T is not an *Error", err)
					}
					if c.stage != "" && me.Stage != c.stage {
						t.Errorf("stage = %q, want %q (%v)", me.Stage, c.stage, err)
					}
					if me.Server != srv.Addr() {
						t.Errorf("Server = %q, want %q", me.Server, srv.Addr())
					}
					if len(me.Hints) == 0 {
						t.Errorf("no hints in %v", err)
					}
					if strings.Contains(err.Error(), pass) || strings.Contains(logs.String(), pass) {
						t.Errorf("the password shows in the error or the logs")
					}
				}
				if res.Attempts != c.attempts {
					t.Errorf("Attempts = %d, want %d (%v)", res.Attempts, c.attempts, err)
				}
				if n := len(srv.Messages()); n != c.delivered {
					t.Errorf("server holds %d messages, want %d", n, c.delivered)
				}
				got := sl.all()
				if len(got) != c.attempts-1 {
					t.Errorf("waited %d times (%v), want %d", len(got), got, c.attempts-1)
				}
				for _, d := range got {
					if d < c.minSleep {
						t.Errorf("waited %v, want at least %v", d, c.minSleep)
					}
				}
			})
		}
	}
}

func TestStallTimesOut(t *testing.T) {
	for _, stage := range []smtptest.Stage{smtptest.StageGreeting, smtptest.StageMail, smtptest.StageData} {
		t.Run(string(stage), func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: stage, Kind: smtptest.FaultStall}}})
			ctx, cancel := context.WithTimeout(testctx.New(t), 300*time.Millisecond)
			defer cancel()
			var sl sleeps
			res, err := mailaction.SendEmail(ctx, plain(srv), simple("ops@example.org"), sl.option())
			if !errors.Is(err, mailerrors.ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("err = %v, want timeout", err)
			}
			if res.Attempts != 1 {
				t.Errorf("Attempts = %d, want 1: no retry once the deadline has passed", res.Attempts)
			}
		})
	}
}

func TestCancel(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageRcpt, Kind: smtptest.FaultStall}}})
	ctx, cancel := context.WithCancel(testctx.New(t))
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err := mailaction.SendEmail(ctx, plain(srv), simple("ops@example.org"))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	var me *mailerrors.Error
	if !errors.As(err, &me) {
		t.Fatalf("err %T is not an *Error", err)
	}
}

// TestRecipientPolicy checks both policies on both transaction paths
// (pipelined and command by command) with one good and two unknown
// recipients.
func TestRecipientPolicy(t *testing.T) {
	for _, pa := range paths {
		for _, policy := range []config.RecipientPolicy{config.RecipientsBestEffort, config.RecipientsAllOrNothing} {
			t.Run(string(policy)+"/"+pa.name, func(t *testing.T) {
				srv := smtptest.StartT(t, smtptest.Config{
					Domains:           []string{"example.org"},
					Mailboxes:         []string{"ops@example.org"},
					DisablePipelining: pa.disablePipelining,
				})
				cfg := plain(srv)
				cfg.RecipientPolicy = policy
				res, err := mailaction.SendEmail(testctx.New(t), cfg,
					simple("ghost1@example.org", "ops@example.org", "ghost2@example.org"), pa.opts...)
				var me *multierror.Error
				if !errors.As(err, &me) || len(me.Errors) != 2 {
					t.Fatalf("err = %v, want a multierror of 2", err)
				}
				if !errors.Is(err, mailerrors.ErrRecipientUnknown) {
					t.Errorf("errors.Is(err, ErrRecipientUnknown) = false")
				}
				for i, want := range []string{"ghost1@example.org", "ghost2@example.org"} {
					var e *mailerrors.Error
					if !errors.As(me.Errors[i], &e) || e.Recipient != want || e.Code != 550 || e.Enhanced != "5.1.1" || e.Stage != mailerrors.StageRcpt {
						t.Errorf("error %d = %#v, want 550 5.1.1 for %s", i, e, want)
					}
				}
				if !slices.Equal(res.Rejected, []string{"ghost1@example.org", "ghost2@example.org"}) {
					t.Errorf("Rejected = %v", res.Rejected)
				}
				msgs := srv.Messages()
				if policy == config.RecipientsBestEffort {
					if !slices.Equal(res.Accepted, []string{"ops@example.org"}) || len(msgs) != 1 || !slices.Equal(msgs[0].To, []string{"ops@example.org"}) {
						t.Errorf("best-effort: Accepted %v, server got %d messages", res.Accepted, len(msgs))
					}
				} else if len(res.Accepted) != 0 || len(msgs) != 0 {
					t.Errorf("all-or-nothing: Accepted %v, server got %d messages", res.Accepted, len(msgs))
				}
				if res.Attempts != 1 {
					t.Errorf("Attempts = %d", res.Attempts)
				}

				// The connection is still good for the next message.
				if _, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), pa.opts...); err != nil {
					t.Errorf("next send: %v", err)
				}
			})
		}
	}
}

// TestBestEffortRetriesOnlyTemporary checks that a retry goes to the
// recipients that failed temporarily, and to nobody who has the message.
func TestBestEffortRetriesOnlyTemporary(t *testing.T) {
	for _, pa := range paths {
		srv := smtptest.StartT(t, smtptest.Config{
			Domains:           []string{"example.org"},
			Mailboxes:         []string{"ops@example.org", "grey@example.org"},
			DisablePipelining: pa.disablePipelining,
			Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Match: "grey@", Times: 1,
				Reply: smtptest.Reply{Code: 451, Enhanced: "4.7.1", Text: "Greylisted, try again later"}}},
		})
		var sl sleeps
		res, err := mailaction.SendEmail(testctx.New(t), plain(srv),
			simple("ops@example.org", "grey@example.org", "ghost@example.org"), append(pa.opts, sl.option())...)
		if !errors.Is(err, mailerrors.ErrRecipientUnknown) || errors.Is(err, mailerrors.ErrGreylisted) {
			t.Fatalf("err = %v, want only the unknown recipient", err)
		}
		if res.Attempts != 2 || !slices.Equal(res.Accepted, []string{"ops@example.org", "grey@example.org"}) ||
			!slices.Equal(res.Rejected, []string{"ghost@example.org"}) {
			t.Errorf("Result = %+v", res)
		}
		msgs := srv.Messages()
		if len(msgs) != 2 || !slices.Equal(msgs[0].To, []string{"ops@example.org"}) || !slices.Equal(msgs[1].To, []string{"grey@example.org"}) {
			t.Errorf("server got %+v", msgs)
		}
		if d := sl.all(); len(d) != 1 || d[0] < 5*time.Minute {
			t.Errorf("waits = %v, want one of at least GreylistDelay", d)
		}
	}
}

func TestAllOrNothingRetriesWhenAllTemporary(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	cfg := plain(srv)
	cfg.RecipientPolicy = config.RecipientsAllOrNothing
	var sl sleeps
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("a@example.org", "b@example.org"), sl.option())
	if err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if res.Attempts != 2 || len(msgs) != 1 || len(msgs[0].To) != 2 {
		t.Errorf("attempts %d, messages %+v", res.Attempts, msgs)
	}
}

// TestNoSecrets: neither the password nor its base64 forms on the wire
// (as AUTH LOGIN sends it, and the AUTH PLAIN response) appear in the
// error, its hints or the debug logs.
func TestNoSecrets(t *testing.T) {
	const pass = "Tr0ub4dor&3-secret"
	secrets := map[string]string{
		"password":            pass,
		"base64 password":     base64.StdEncoding.EncodeToString([]byte(pass)),
		"AUTH PLAIN response": base64.StdEncoding.EncodeToString([]byte("\x00robot\x00" + pass)),
	}
	for _, c := range []struct {
		name  string
		mechs []string
		mech  config.AuthMechanism
	}{
		{name: "plain and login offered, auto", mechs: []string{"PLAIN", "LOGIN"}},
		{name: "login", mechs: []string{"LOGIN"}, mech: config.AuthLogin},
		{name: "plain", mechs: []string{"PLAIN", "LOGIN"}, mech: config.AuthPlain},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{StartTLS: true, AuthMechs: c.mechs, Users: map[string]string{"robot": "other"}})
			var logs bytes.Buffer
			logger := slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
			cfg := plain(srv)
			cfg.TLS = config.TLSStartTLS
			cfg.Auth = config.Auth{Username: "robot", Password: pass, Mechanism: c.mech}
			_, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), trust(srv), mailaction.WithLogger(logger))
			if !errors.Is(err, mailerrors.ErrAuthFailed) {
				t.Fatalf("err = %v, want auth_failed", err)
			}
			var me *mailerrors.Error
			errors.As(err, &me)
			for what, s := range map[string]string{"error": err.Error(), "logs": logs.String(), "hints": hintText(me), "detail": fmt.Sprintf("%+v %#v", err, me)} {
				for name, secret := range secrets {
					if strings.Contains(s, secret) {
						t.Errorf("the %s is in the %s: %s", name, what, s)
					}
				}
			}
		})
	}
}

func hintText(e *mailerrors.Error) string {
	var b strings.Builder
	for _, h := range e.Hints {
		b.WriteString(h.String())
	}
	return b.String()
}

// TestCommandTimeout: a server that stalls past the command timeout is a
// temporary failure; the retry goes on a fresh connection. It runs on the
// paths where RCPT's reply is a command's reply (over BDAT in one write,
// the replies wait DataTimeout: TestOneWriteRepliesWaitDataTimeout).
func TestCommandTimeout(t *testing.T) {
	for _, p := range paths {
		if p.name == "bdat" {
			continue
		}
		t.Run(p.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{
				DisablePipelining: p.disablePipelining,
				Faults:            []smtptest.Fault{{Stage: smtptest.StageRcpt, Kind: smtptest.FaultStall, Times: 1}},
			})
			cfg := plain(srv)
			cfg.CommandTimeout = 200 * time.Millisecond
			var sl sleeps
			ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
			defer cancel()
			res, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"), append(p.opts, sl.option())...)
			if err != nil {
				t.Fatal(err)
			}
			if res.Attempts != 2 || len(srv.Messages()) != 1 || srv.Connections() != 2 || len(sl.all()) != 1 {
				t.Errorf("attempts %d, messages %d, connections %d, waits %v", res.Attempts, len(srv.Messages()), srv.Connections(), sl.all())
			}
		})
	}
}

// TestMechanismNotOffered asks for a mechanism the server does not offer:
// the send stops before AUTH with the offered list and a hint at the
// option, instead of earning a refusal that blames the password.
func TestMechanismNotOffered(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{StartTLS: true, Users: map[string]string{"robot": "pw"}, AuthMechs: []string{"PLAIN", "LOGIN"}})
	cfg := plain(srv)
	cfg.TLS = config.TLSStartTLS
	cfg.Auth = config.Auth{Mechanism: config.AuthCRAMMD5, Username: "robot", Password: "pw"}
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), trust(srv))
	var me *mailerrors.Error
	if !errors.As(err, &me) || me.Kind != mailerrors.KindInvalidConfig || me.Stage != mailerrors.StageAuth {
		t.Fatalf("err = %v, want invalid_config at auth", err)
	}
	if !strings.Contains(me.Text, "CRAM-MD5 (offered: PLAIN LOGIN)") || me.Hints[0].Field != "Auth.Mechanism" {
		t.Errorf("text %q, first hint %v; want the offered list and a hint at Auth.Mechanism", me.Text, me.Hints[0])
	}
	if n := srv.CommandCount("AUTH"); n != 0 || res.Attempts != 1 {
		t.Errorf("AUTH sent %d times, %d attempts; want none and 1", n, res.Attempts)
	}
}
