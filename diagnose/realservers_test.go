package diagnose_test

import (
	"net"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
)

// realOptions returns options for the real servers: their CA trusted, and
// a fake resolver that knows local.test's MX, so no query leaves the
// machine.
func realOptions(t *testing.T, srv *realservers.Servers) diagnose.Options {
	opts, res := testOptions(t, nil)
	opts.TLSConfig = srv.TLSConfig()
	res.mx["local.test"] = []*net.MX{{Host: "mx.local.test.", Pref: 10}}
	res.hosts["mx.local.test"] = []string{"127.0.0.1"}
	return opts
}

func realConfig(t *testing.T, addr string, tlsMode config.TLSMode, from string) config.SMTP {
	host, port := realservers.HostPort(t, addr)
	return config.SMTP{
		Host: host, Port: port, TLS: tlsMode, From: from,
		HeloName: "runner01.local.test", Timeout: 10 * time.Second, CommandTimeout: 30 * time.Second,
	}
}

func TestRealPostfix(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	withAuth := func(pw string) func(*config.SMTP) {
		return func(c *config.SMTP) { c.Auth = config.Auth{Username: alice.Address, Password: config.Secret(pw)} }
	}
	tests := []struct {
		name string
		addr string
		tls  config.TLSMode
		cfg  func(*config.SMTP)
		rcpt string
		noCA bool // do not trust the servers' CA
		want want
	}{
		{
			name: "submission without the servers' CA",
			addr: srv.SMTPTLS, tls: config.TLSStartTLS, cfg: withAuth(alice.Password), noCA: true,
			want: want{
				steps:   map[string]diagnose.Status{"tls": "failed", "auth": "skipped"},
				verdict: "tls", kind: mailerrors.KindTLSFailed, field: "CAFile",
				contains: map[string]string{"tls": "signed by CN=taskmail test CA, which this machine does not trust"},
			},
		},
		{
			name: "relay port without auth: local mail only",
			addr: srv.SMTPPlain, tls: config.TLSStartTLS, rcpt: "bob@local.test",
			want: want{ok: true,
				steps:   map[string]diagnose.Status{"mx": "ok", "tls": "ok", "auth": "warning", "rcpt": "ok", "relay": "warning"},
				verdict: "auth", kind: mailerrors.KindAuthRequired, field: "Auth.Username",
				contains: map[string]string{"mx": "handled by this server"},
			},
		},
		{
			name: "relay port without auth or recipient: relay denied",
			addr: srv.SMTPPlain, tls: config.TLSStartTLS,
			want: want{
				steps:   map[string]diagnose.Status{"auth": "warning", "relay": "failed"},
				verdict: "relay", kind: mailerrors.KindRelayDenied, field: "Auth.Username",
			},
		},
		{
			name: "relay port with auth",
			addr: srv.SMTPPlain, tls: config.TLSStartTLS, cfg: withAuth(alice.Password),
			want: want{ok: true, steps: map[string]diagnose.Status{"auth": "ok", "relay": "ok"}},
		},
		{
			name: "deferring relay port without auth",
			addr: srv.SMTPDefer, tls: config.TLSStartTLS,
			want: want{
				steps:   map[string]diagnose.Status{"relay": "failed"},
				verdict: "relay", kind: mailerrors.KindRelayDenied,
			},
		},
		{
			name: "submission in plain text: STARTTLS required",
			addr: srv.SMTPTLS, tls: config.TLSNone,
			want: want{
				steps:   map[string]diagnose.Status{"tls": "warning", "mail": "failed"},
				verdict: "mail", kind: mailerrors.KindTLSRequired,
			},
		},
		{
			name: "submission with a wrong password",
			addr: srv.SMTPTLS, tls: config.TLSStartTLS, cfg: withAuth("wrong-password"),
			want: want{
				steps:   map[string]diagnose.Status{"tls": "ok", "auth": "failed", "mail": "skipped"},
				verdict: "auth", kind: mailerrors.KindAuthFailed,
			},
		},
		{
			name: "submission with auth",
			addr: srv.SMTPTLS, tls: config.TLSStartTLS, cfg: withAuth(alice.Password), rcpt: "bob@local.test",
			want: want{ok: true, steps: map[string]diagnose.Status{"tls": "ok", "auth": "ok", "rcpt": "ok", "relay": "ok"}},
		},
		{
			name: "submissions (implicit TLS) with auth",
			addr: srv.SMTPImplicit, tls: config.TLSImplicit, cfg: withAuth(alice.Password),
			want: want{ok: true, steps: map[string]diagnose.Status{"tls": "ok", "auth": "ok", "relay": "ok"}},
		},
		{
			name: "submissions port in plain text: no greeting",
			addr: srv.SMTPImplicit, tls: config.TLSImplicit, cfg: func(c *config.SMTP) {
				c.TLS = config.TLSNone
				c.Timeout = 2 * time.Second // the greeting's, as for a Sender
				c.CommandTimeout = 2 * time.Second
			},
			want: want{
				// The silent greeting is followed by one TLS handshake,
				// which succeeds: the port speaks TLS first.
				steps:   map[string]diagnose.Status{"greeting": "failed"},
				verdict: "greeting", kind: mailerrors.KindTLSFailed, field: "TLS",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := realConfig(t, tt.addr, tt.tls, alice.Address)
			if tt.cfg != nil {
				tt.cfg(&cfg)
			}
			opts := realOptions(t, srv)
			opts.Rcpt = tt.rcpt
			if tt.noCA {
				opts.TLSConfig = nil
			}
			r := diagnose.Run(testctx.New(t), cfg, opts)
			check(t, r, tt.want)
		})
	}
}

func TestRealPOPBeforeSMTP(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	// A source address of its own: a POP login opens relaying for the
	// client address, and no other test's login may count here.
	src := realservers.SourceAddr()

	cfg := realConfig(t, srv.SMTPPOPBSMTP, config.TLSStartTLS, alice.Address)
	opts := realOptions(t, srv)
	opts.Dialer = &net.Dialer{LocalAddr: &net.TCPAddr{IP: src}, Timeout: 10 * time.Second}

	before := diagnose.Run(testctx.New(t), cfg, opts)
	check(t, before, want{
		steps:   map[string]diagnose.Status{"pop": "skipped", "relay": "failed"},
		verdict: "relay", kind: mailerrors.KindRelayDenied,
	})

	popHost, popPort := realservers.HostPort(t, srv.POP3S)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{
		Host: popHost, Port: popPort, TLS: config.TLSImplicit,
		Username: alice.Address, Password: config.Secret(alice.Password),
	}
	// The server learns of POP logins from a log watcher, a moment after
	// the login: the doctor waits for it as the Sender does, and checks
	// relaying once more when it was too quick.
	after := diagnose.Run(testctx.New(t), cfg, opts)
	check(t, after, want{ok: true,
		steps:   map[string]diagnose.Status{"pop": "ok", "auth": "warning", "relay": "ok"},
		verdict: "auth", kind: mailerrors.KindAuthRequired,
		contains: map[string]string{"relay": "opened by the POP-before-SMTP login"},
	})

	cfg.POPBeforeSMTP.Password = "wrong-password"
	bad := diagnose.Run(testctx.New(t), cfg, opts)
	if st := mustStep(t, bad, "pop"); st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindPOPFailed {
		dump(t, bad)
		t.Errorf("pop step with a wrong password: %s %s", st.Status, st.Kind)
	}
}
