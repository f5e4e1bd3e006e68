package diagnose_test

import (
	"context"
	"encoding/json"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// want is what a scenario's report must show.
type want struct {
	ok       bool
	steps    map[string]diagnose.Status // statuses of some steps
	verdict  string                     // the verdict's step; "" when nothing failed or warned
	kind     mailerrors.Kind            // the verdict's kind
	field    string                     // the verdict's option
	contains map[string]string          // step -> substring of its detail
}

func TestRunScenarios(t *testing.T) {
	const user, pass = "robot@example.org", "s3cret-pw"
	tests := []struct {
		name   string
		server smtptest.Config
		cfg    func(c *config.SMTP)
		opts   func(o *diagnose.Options)
		want   want
	}{
		{
			name:   "healthy plain server",
			server: smtptest.Config{},
			want: want{ok: true, steps: map[string]diagnose.Status{
				"options": "ok", "dns": "ok", "mx": "ok", "connect": "ok", "greeting": "ok", "ehlo": "ok",
				"tls": "ok", "pop": "skipped", "auth": "skipped", "mail": "ok", "rcpt": "skipped", "relay": "ok", "data": "skipped",
			}},
		},
		{
			name: "healthy submission server with STARTTLS and auth",
			server: smtptest.Config{StartTLS: true, RequireTLS: true, RequireAuth: true,
				Domains: []string{"example.org"}, Users: map[string]string{user: pass}},
			cfg: func(c *config.SMTP) {
				c.TLS = config.TLSStartTLS
				c.Auth = config.Auth{Username: user, Password: pass}
			},
			opts: func(o *diagnose.Options) { o.Rcpt = "ops@example.org" },
			want: want{ok: true,
				steps: map[string]diagnose.Status{"tls": "ok", "auth": "ok", "mail": "ok", "rcpt": "ok", "relay": "ok"},
				contains: map[string]string{
					"tls":  "after STARTTLS, offers: AUTH PLAIN LOGIN",
					"auth": "authenticated as robot@example.org with PLAIN",
				}},
		},
		{
			name:   "auth offered but not configured: relay denied",
			server: smtptest.Config{Domains: []string{"example.org"}, Users: map[string]string{user: pass}},
			want: want{
				steps:   map[string]diagnose.Status{"auth": "warning", "mail": "ok", "relay": "failed"},
				verdict: "relay", kind: mailerrors.KindRelayDenied,
				contains: map[string]string{"auth": "offers AUTH (PLAIN LOGIN) but no credentials are configured"},
			},
		},
		{
			name:   "AUTH only after STARTTLS, tls none: relay denied, use STARTTLS",
			server: smtptest.Config{StartTLS: true, Domains: []string{"example.org"}, Users: map[string]string{user: pass}},
			want: want{
				steps:   map[string]diagnose.Status{"tls": "warning", "auth": "skipped", "relay": "failed"},
				verdict: "relay", kind: mailerrors.KindRelayDenied, field: "TLS",
			},
		},
		{
			name:   "no auth offered but credentials configured",
			server: smtptest.Config{},
			cfg: func(c *config.SMTP) {
				c.Auth = config.Auth{Username: user, Password: pass}
				c.AllowInsecureAuth = true
			},
			want: want{
				steps:   map[string]diagnose.Status{"auth": "failed", "mail": "ok", "relay": "ok"},
				verdict: "auth", kind: mailerrors.KindInvalidConfig, field: "Port",
			},
		},
		{
			name:   "relay denied for non-local mail, local recipient accepted",
			server: smtptest.Config{Domains: []string{"example.org"}},
			opts:   func(o *diagnose.Options) { o.Rcpt = "ops@example.org" },
			want: want{ok: true,
				steps:   map[string]diagnose.Status{"rcpt": "ok", "relay": "warning"},
				verdict: "relay", kind: mailerrors.KindRelayDenied,
				contains: map[string]string{"relay": "mail to other domains is refused, but <ops@example.org> is accepted"},
			},
		},
		{
			name: "everything refused",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt,
				Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Relay access denied"}}}},
			opts: func(o *diagnose.Options) { o.Rcpt = "ops@example.org" },
			want: want{
				steps:   map[string]diagnose.Status{"rcpt": "failed", "relay": "failed"},
				verdict: "rcpt", kind: mailerrors.KindRelayDenied,
				contains: map[string]string{"relay": "refuses every recipient"},
			},
		},
		{
			name: "EHLO name refused, FQDN accepted",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageEHLO, Match: "runner01.example.org",
				Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "Helo command rejected: Host not found"}}}},
			want: want{
				steps:   map[string]diagnose.Status{"ehlo": "failed", "mail": "ok", "relay": "ok"},
				verdict: "ehlo", field: "HeloName",
				contains: map[string]string{"ehlo": "the server refuses EHLO runner01.example.org but accepts EHLO runner01.test"},
			},
		},
		{
			name: "default EHLO name refused, address literal accepted",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageEHLO, Match: "runner01.test",
				Reply: smtptest.Reply{Code: 504, Enhanced: "5.5.2", Text: "<runner01.test>: Helo command rejected: need fully-qualified hostname"}}}},
			cfg: func(c *config.SMTP) { c.HeloName = "" },
			want: want{
				steps:   map[string]diagnose.Status{"ehlo": "failed", "mail": "ok"},
				verdict: "ehlo", field: "HeloName",
				contains: map[string]string{"ehlo": "accepts EHLO [127.0.0.1]"},
			},
		},
		{
			name: "short host name: EHLO with the address literal, as a Sender does",
			cfg:  func(c *config.SMTP) { c.HeloName = "" },
			opts: func(o *diagnose.Options) { o.Hostname = "vm" },
			want: want{ok: true,
				steps:    map[string]diagnose.Status{"ehlo": "ok", "mail": "ok"},
				contains: map[string]string{"ehlo": "EHLO [127.0.0.1] accepted"},
			},
		},
		{
			name: "short host name and address literal refused: nothing else to try",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageEHLO, Match: "[127.0.0.1]",
				Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "Helo command rejected: invalid hostname"}}}},
			cfg:  func(c *config.SMTP) { c.HeloName = "" },
			opts: func(o *diagnose.Options) { o.Hostname = "vm" },
			want: want{
				steps:   map[string]diagnose.Status{"ehlo": "failed", "mail": "skipped"},
				verdict: "ehlo", field: "HeloName",
				contains: map[string]string{"ehlo": "the server refuses EHLO [127.0.0.1]; this machine has no fully qualified name"},
			},
		},
		{
			name:   "EHLO refused whatever the name",
			server: smtptest.Config{EHLOReject: &smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Access denied"}},
			want: want{
				steps:    map[string]diagnose.Status{"ehlo": "failed", "tls": "skipped", "mail": "skipped", "relay": "skipped"},
				verdict:  "ehlo",
				contains: map[string]string{"ehlo": "the EHLO name is not the cause"},
			},
		},
		{
			name:   "STARTTLS required but tls none",
			server: smtptest.Config{StartTLS: true, RequireTLS: true},
			want: want{
				steps:   map[string]diagnose.Status{"tls": "warning", "mail": "failed", "rcpt": "skipped"},
				verdict: "mail", kind: mailerrors.KindTLSRequired,
			},
		},
		{
			name:   "STARTTLS required by the options, not offered",
			server: smtptest.Config{},
			cfg:    func(c *config.SMTP) { c.TLS = config.TLSStartTLS },
			want: want{
				steps:   map[string]diagnose.Status{"tls": "failed", "auth": "skipped"},
				verdict: "tls", kind: mailerrors.KindTLSRequired, field: "Port",
			},
		},
		{
			name:   "untrusted self-signed certificate",
			server: smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertUntrusted},
			cfg:    func(c *config.SMTP) { c.TLS = config.TLSStartTLS },
			want: want{
				steps:   map[string]diagnose.Status{"tls": "failed", "auth": "skipped", "mail": "skipped"},
				verdict: "tls", kind: mailerrors.KindTLSFailed, field: "CAFile",
				contains: map[string]string{"tls": "not trusted"},
			},
		},
		{
			name:   "certificate for another name",
			server: smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertWrongName},
			cfg:    func(c *config.SMTP) { c.TLS = config.TLSStartTLS },
			want: want{
				steps:   map[string]diagnose.Status{"tls": "failed"},
				verdict: "tls", kind: mailerrors.KindTLSFailed, field: "TLSServerName",
				contains: map[string]string{"tls": "it is for wrong.smtptest.test, not for 127.0.0.1"},
			},
		},
		{
			name:   "expired certificate",
			server: smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertExpired},
			cfg:    func(c *config.SMTP) { c.TLS = config.TLSStartTLS },
			want: want{
				steps:   map[string]diagnose.Status{"tls": "failed"},
				verdict: "tls", kind: mailerrors.KindTLSFailed,
				contains: map[string]string{"tls": "expired"},
			},
		},
		{
			name:   "untrusted certificate accepted with insecure_skip_verify",
			server: smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertUntrusted},
			cfg: func(c *config.SMTP) {
				c.TLS = config.TLSStartTLS
				c.InsecureSkipVerify = true
			},
			want: want{ok: true,
				steps:   map[string]diagnose.Status{"options": "warning", "tls": "warning", "mail": "ok"},
				verdict: "options", field: "InsecureSkipVerify",
			},
		},
		{
			name:   "auth failed",
			server: smtptest.Config{StartTLS: true, Users: map[string]string{user: pass}},
			cfg: func(c *config.SMTP) {
				c.TLS = config.TLSStartTLS
				c.Auth = config.Auth{Username: user, Password: "wrong"}
			},
			want: want{
				steps:   map[string]diagnose.Status{"tls": "ok", "auth": "failed", "mail": "skipped"},
				verdict: "auth", kind: mailerrors.KindAuthFailed,
			},
		},
		{
			name:   "password not sent over plain text",
			server: smtptest.Config{Users: map[string]string{user: pass}},
			cfg: func(c *config.SMTP) {
				c.TLS = config.TLSStartTLSOpportunistic
				c.Auth = config.Auth{Username: user, Password: pass}
			},
			// Validate refuses this combination; the auth step still
			// refuses to send the password.
			want: want{
				steps:   map[string]diagnose.Status{"options": "failed", "tls": "warning", "auth": "failed", "mail": "ok"},
				verdict: "options", kind: mailerrors.KindInvalidConfig, field: "TLS",
				contains: map[string]string{"auth": "not sending the password"},
			},
		},
		{
			name: "greeting 554",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageGreeting,
				Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Client host [127.0.0.1] blocked using zen.spamhaus.org"}}}},
			want: want{
				steps:   map[string]diagnose.Status{"connect": "ok", "greeting": "failed", "ehlo": "skipped"},
				verdict: "greeting", kind: mailerrors.KindBlocked,
			},
		},
		{
			name:   "greeting 421",
			server: smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageGreeting, Kind: smtptest.Fault421}}},
			want: want{
				steps:   map[string]diagnose.Status{"greeting": "failed"},
				verdict: "greeting", kind: mailerrors.KindServiceUnavailable,
			},
		},
		{
			name:   "authentication required at MAIL",
			server: smtptest.Config{RequireAuth: true, Users: map[string]string{user: pass}},
			want: want{
				steps:   map[string]diagnose.Status{"auth": "warning", "mail": "failed", "rcpt": "skipped"},
				verdict: "mail", kind: mailerrors.KindAuthRequired, field: "Auth.Username",
			},
		},
		{
			name:   "unknown local recipient",
			server: smtptest.Config{Domains: []string{"example.org"}, Mailboxes: []string{"ops@example.org"}},
			opts:   func(o *diagnose.Options) { o.Rcpt = "nobody@example.org" },
			want: want{
				steps:   map[string]diagnose.Status{"rcpt": "failed", "relay": "failed"},
				verdict: "rcpt", kind: mailerrors.KindRecipientUnknown,
			},
		},
		{
			name:   "sender rejected",
			server: smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageMail, Reply: smtptest.Reply{Code: 553, Enhanced: "5.7.1", Text: "<robot@example.org>: Sender address rejected: not owned by user"}}}},
			want: want{
				steps:   map[string]diagnose.Status{"mail": "failed", "rcpt": "skipped"},
				verdict: "mail", kind: mailerrors.KindSenderRejected,
			},
		},
		{
			name:   "greylisted recipient is a warning",
			server: smtptest.Config{Greylist: 1},
			opts:   func(o *diagnose.Options) { o.Rcpt = "ops@example.org" },
			want: want{ok: true,
				steps:   map[string]diagnose.Status{"rcpt": "warning"},
				verdict: "rcpt", kind: mailerrors.KindGreylisted,
			},
		},
		{
			name:   "send test message",
			server: smtptest.Config{},
			opts: func(o *diagnose.Options) {
				o.Rcpt = "ops@example.org"
				o.SendTest = true
			},
			want: want{ok: true, steps: map[string]diagnose.Status{"data": "ok"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.StartT(t, tt.server)
			cfg := plainConfig(srv)
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			opts, _ := testOptions(t, srv)
			if tt.opts != nil {
				tt.opts(&opts)
			}
			r := diagnose.Run(testctx.New(t), cfg, opts)
			check(t, r, tt.want)
		})
	}
}

func check(t *testing.T, r *diagnose.Report, w want) {
	if testing.Verbose() {
		dump(t, r)
	}
	t.Helper()
	defer func() {
		if t.Failed() {
			dump(t, r)
		}
	}()
	if r.OK != w.ok {
		t.Errorf("OK = %v, want %v", r.OK, w.ok)
	}
	for name, st := range w.steps {
		if got := mustStep(t, r, name).Status; got != st {
			t.Errorf("step %s: status %s, want %s", name, got, st)
		}
	}
	for name, sub := range w.contains {
		if d := mustStep(t, r, name).Detail; !strings.Contains(d, sub) {
			t.Errorf("step %s: detail %q does not contain %q", name, d, sub)
		}
	}
	v := r.Verdict
	if v.Step != w.verdict {
		t.Errorf("verdict step = %q, want %q", v.Step, w.verdict)
	}
	if w.kind != "" && v.Kind != w.kind {
		t.Errorf("verdict kind = %q, want %q", v.Kind, w.kind)
	}
	if w.field != "" && v.Field != w.field {
		t.Errorf("verdict field = %q, want %q (change %q)", v.Field, w.field, v.Change)
	}
	if v.Cause == "" {
		t.Error("verdict has no cause")
	}
	if w.verdict != "" && v.Change == "" {
		t.Error("verdict has no change to make")
	}
	// Every step is listed once, in order, and failed steps carry a kind.
	seen := map[string]bool{}
	for _, s := range r.Steps {
		if seen[s.Name] {
			t.Errorf("step %s listed twice", s.Name)
		}
		seen[s.Name] = true
		if s.Status == diagnose.StatusFailed && s.Kind == "" {
			t.Errorf("failed step %s has no kind", s.Name)
		}
	}
	if len(r.Steps) != 13 {
		t.Errorf("%d steps, want 13: %s", len(r.Steps), statuses(r))
	}
}

func TestRunNeverShowsThePassword(t *testing.T) {
	const pass = "hunter2-very-secret"
	for _, sc := range []smtptest.Config{
		{StartTLS: true, Users: map[string]string{"robot@example.org": "other"}}, // refused
		{StartTLS: true, Users: map[string]string{"robot@example.org": pass}},    // accepted
	} {
		srv := smtptest.StartT(t, sc)
		cfg := plainConfig(srv)
		cfg.TLS = config.TLSStartTLS
		cfg.Auth = config.Auth{Username: "robot@example.org", Password: pass}
		opts, _ := testOptions(t, srv)
		r := diagnose.Run(testctx.New(t), cfg, opts)
		data, _ := json.Marshal(r)
		var text strings.Builder
		_ = r.WriteText(&text)
		if strings.Contains(string(data), pass) || strings.Contains(text.String(), pass) {
			t.Errorf("the password appears in the report:\n%s", text.String())
		}
	}
}

func TestRunConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close() // nothing listens there now

	opts, _ := testOptions(t, nil)
	r := diagnose.Run(testctx.New(t), config.SMTP{
		Host: "127.0.0.1", Port: port, TLS: config.TLSNone, From: "robot@example.org", HeloName: "runner01.example.org",
	}, opts)
	check(t, r, want{
		steps:   map[string]diagnose.Status{"connect": "failed", "greeting": "skipped", "data": "skipped"},
		verdict: "connect", kind: mailerrors.KindConnectionFailed, field: "Port",
		contains: map[string]string{"connect": "connection refused"},
	})
}

func TestRunDNS(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.test"}})
	cfg := plainConfig(srv)
	cfg.Host = "mail.example.test"
	cfg.From = "robot@example.test"
	opts, res := testOptions(t, srv)
	opts.Rcpt = "ops@example.test"
	// The first address refuses (nothing listens on 127.0.0.2), the second
	// is the server.
	res.hosts["mail.example.test"] = []string{"127.0.0.2", "127.0.0.1"}
	res.mx["example.test"] = []*net.MX{{Host: "mail.example.test.", Pref: 10}}

	r := diagnose.Run(testctx.New(t), cfg, opts)
	check(t, r, want{ok: true,
		steps:   map[string]diagnose.Status{"dns": "ok", "mx": "ok", "connect": "warning", "rcpt": "ok", "relay": "warning"},
		verdict: "connect", kind: mailerrors.KindConnectionFailed,
		contains: map[string]string{
			"dns":     "mail.example.test has 2 addresses: 127.0.0.2, 127.0.0.1",
			"mx":      "handled by this server",
			"connect": "connected to 127.0.0.1:" + strconv.Itoa(srv.Port()) + " after 1 address failed",
		},
	})
	if r.RecipientLocal == nil || !*r.RecipientLocal {
		t.Errorf("RecipientLocal = %v, want true", r.RecipientLocal)
	}
	if r.Address != "127.0.0.1:"+strconv.Itoa(srv.Port()) {
		t.Errorf("Address = %q", r.Address)
	}
	for _, q := range res.queries {
		if strings.Contains(q, "example.net") || strings.Contains(q, "example.org") {
			t.Errorf("reserved domain looked up: %s", q)
		}
	}
}

func TestRunDNSNotFound(t *testing.T) {
	opts, _ := testOptions(t, nil)
	r := diagnose.Run(testctx.New(t), config.SMTP{
		Host: "nosuch.example.test", Port: 2525, TLS: config.TLSNone, From: "robot@example.org",
	}, opts)
	check(t, r, want{
		steps:   map[string]diagnose.Status{"dns": "failed", "connect": "skipped"},
		verdict: "dns", kind: mailerrors.KindConnectionFailed, field: "Host",
	})
}

func TestRunRecipientElsewhere(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.test"}})
	cfg := plainConfig(srv)
	opts, res := testOptions(t, srv)
	opts.Rcpt = "someone@elsewhere.test"
	res.mx["elsewhere.test"] = []*net.MX{{Host: "mx.elsewhere.test.", Pref: 5}}
	res.hosts["mx.elsewhere.test"] = []string{"127.0.0.9"}

	r := diagnose.Run(testctx.New(t), cfg, opts)
	check(t, r, want{
		steps:   map[string]diagnose.Status{"mx": "ok", "rcpt": "failed", "relay": "failed"},
		verdict: "rcpt", kind: mailerrors.KindRelayDenied,
		contains: map[string]string{"mx": "handled by other servers"},
	})
	if r.RecipientLocal == nil || *r.RecipientLocal {
		t.Errorf("RecipientLocal = %v, want false", r.RecipientLocal)
	}
}

func TestRunImplicitTLS(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Implicit: true, Users: map[string]string{"robot": "pw"}})
	cfg := plainConfig(srv)
	cfg.TLS = config.TLSImplicit
	cfg.Auth = config.Auth{Username: "robot", Password: "pw"}
	opts, _ := testOptions(t, srv)
	r := diagnose.Run(testctx.New(t), cfg, opts)
	check(t, r, want{ok: true, steps: map[string]diagnose.Status{"tls": "ok", "greeting": "ok", "auth": "ok"}})
	order := map[string]int{}
	for i, s := range r.Steps {
		order[s.Name] = i
	}
	if order["tls"] != order["connect"]+1 || order["greeting"] != order["tls"]+1 {
		t.Errorf("steps %s: want connect, tls, greeting with implicit TLS", statuses(r))
	}
	if r.TLS == nil || r.TLS.Certificate == nil || !r.TLS.Certificate.Verified || r.TLS.Mode != "implicit" {
		t.Errorf("TLS info = %+v", r.TLS)
	}
}

func TestRunImplicitTLSAgainstPlainServer(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plainConfig(srv)
	cfg.TLS = config.TLSImplicit
	opts, _ := testOptions(t, srv)
	r := diagnose.Run(testctx.New(t), cfg, opts)
	check(t, r, want{
		steps:   map[string]diagnose.Status{"tls": "failed", "greeting": "skipped"},
		verdict: "tls", kind: mailerrors.KindTLSFailed,
	})
}

func TestRunSendTestDeliversOnce(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, _ := testOptions(t, srv)
	opts.Rcpt = "ops@example.org"
	opts.SendTest = true
	r := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	if !r.OK {
		dump(t, r)
		t.Fatal("not OK")
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages received, want 1", len(msgs))
	}
	m := msgs[0]
	if m.From != "robot@example.org" || len(m.To) != 1 || m.To[0] != "ops@example.org" {
		t.Errorf("envelope %s -> %v, want robot@example.org -> [ops@example.org] (never the relay probe)", m.From, m.To)
	}
	if !strings.Contains(string(m.Data), "Subject: taskmail doctor test message") {
		t.Errorf("message:\n%s", m.Data)
	}
}

func TestRunSendsNothingByDefault(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, _ := testOptions(t, srv)
	opts.Rcpt = "ops@example.org"
	r := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	if !r.OK {
		dump(t, r)
		t.Fatal("not OK")
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("%d messages received without SendTest", n)
	}
	if n := srv.CommandCount("DATA"); n != 0 {
		t.Errorf("DATA sent %d times without SendTest", n)
	}
	if n := srv.CommandCount("QUIT"); n != 1 {
		t.Errorf("QUIT sent %d times, want 1", n)
	}
}

func TestRunInvalidOptions(t *testing.T) {
	opts, _ := testOptions(t, nil)
	r := diagnose.Run(testctx.New(t), config.SMTP{From: "not an address"}, opts)
	if r.OK {
		t.Fatal("OK with no host")
	}
	st := mustStep(t, r, "options")
	if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindInvalidConfig {
		t.Errorf("options step = %+v", st)
	}
	if st := mustStep(t, r, "dns"); st.Status != diagnose.StatusSkipped {
		t.Errorf("dns step ran without a host: %+v", st)
	}
	if len(st.Hints) == 0 || st.Hints[0].Field == "" {
		t.Errorf("options hints = %+v, want fields named", st.Hints)
	}
}

func TestRunPortTLSCombinations(t *testing.T) {
	tests := []struct {
		port   int
		tls    config.TLSMode
		status diagnose.Status
		field  string
	}{
		{465, config.TLSStartTLS, diagnose.StatusFailed, "Port"}, // Validate
		{587, config.TLSImplicit, diagnose.StatusFailed, "Port"}, // Validate
		{25, config.TLSStartTLS, diagnose.StatusWarning, "Port"},
		{2525, config.TLSStartTLS, diagnose.StatusOK, ""},
	}
	for _, tt := range tests {
		opts, _ := testOptions(t, nil)
		cfg := config.SMTP{Host: "mail.example.org", Port: tt.port, TLS: tt.tls, From: "robot@example.org"}
		// The DNS step fails on the fake resolver: only options matter.
		r := diagnose.Run(testctx.New(t), cfg, opts)
		st := mustStep(t, r, "options")
		if st.Status != tt.status {
			t.Errorf("port %d tls %s: options step %s, want %s: %s", tt.port, tt.tls, st.Status, tt.status, st.Detail)
		}
		if tt.field != "" && (len(st.Hints) == 0 || st.Hints[0].Field != tt.field) {
			t.Errorf("port %d tls %s: hints %v, want first about %s", tt.port, tt.tls, st.Hints, tt.field)
		}
	}
}

func TestRunCancelled(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, _ := testOptions(t, srv)
	ctx, cancel := context.WithCancel(testctx.New(t))
	n := 0
	opts.Progress = func(s diagnose.Step) {
		n++
		if s.Name == "greeting" {
			cancel()
		}
	}
	r := diagnose.Run(ctx, plainConfig(srv), opts)
	if r.OK {
		t.Fatal("OK after cancellation")
	}
	st := mustStep(t, r, "ehlo")
	if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindTimeout {
		t.Errorf("ehlo step after cancel = %+v", st)
	}
	if n != len(r.Steps) {
		t.Errorf("Progress called %d times for %d steps", n, len(r.Steps))
	}
}

// A diagnosis cancelled while the server stalls ends at once: it waits
// neither for the stalled command nor for the server's reply to QUIT, each
// of which the command timeout (a minute here) would otherwise allow.
func TestRunCancelledWhileTheServerStalls(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{
		// At MAIL the server says nothing until it is closed, and reads
		// nothing more either: RSET and QUIT would go unanswered too.
		{Stage: smtptest.StageMail, Kind: smtptest.FaultStall},
	}})
	cfg := plainConfig(srv)
	cfg.CommandTimeout = time.Minute
	opts, _ := testOptions(t, srv)
	ctx, cancel := context.WithCancel(testctx.New(t))
	defer cancel()
	opts.Progress = func(s diagnose.Step) {
		if s.Name == "auth" {
			// MAIL is next; cancel once it waits for its reply.
			go func() {
				for srv.CommandCount("MAIL") == 0 {
					time.Sleep(time.Millisecond)
				}
				cancel()
			}()
		}
	}

	done := make(chan *diagnose.Report, 1)
	go func() { done <- diagnose.Run(ctx, cfg, opts) }()
	var r *diagnose.Report
	select {
	case r = <-done:
	case <-time.After(10 * time.Second): // a hang guard, far below the command timeout
		t.Fatal("Run still waiting for the stalled server 10s after it was cancelled")
	}
	if r.OK {
		t.Fatal("OK after cancellation")
	}
	if st := mustStep(t, r, "mail"); st.Status != diagnose.StatusFailed {
		t.Errorf("mail step = %+v, want failed", st)
	}
}
