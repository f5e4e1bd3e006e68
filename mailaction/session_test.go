package mailaction_test

import (
	"crypto/tls"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

func TestNewSenderInvalidConfig(t *testing.T) {
	_, err := mailaction.NewSender(config.SMTP{Port: -1})
	if !errors.Is(err, mailerrors.ErrInvalidConfig) {
		t.Fatalf("err = %v, want invalid_config", err)
	}
	if len(config.FieldErrors(err)) < 2 {
		t.Errorf("FieldErrors(err) = %v, want Host and From at least", config.FieldErrors(err))
	}
}

func TestTLS(t *testing.T) {
	const pass = "p4ss"
	cases := []struct {
		name       string
		server     smtptest.Config
		mode       config.TLSMode
		trust      bool
		insecureOK bool
		kind       error
	}{
		{name: "starttls", server: smtptest.Config{StartTLS: true, Users: map[string]string{"robot": pass}}, mode: config.TLSStartTLS, trust: true},
		{name: "implicit", server: smtptest.Config{Implicit: true, Users: map[string]string{"robot": pass}}, mode: config.TLSImplicit, trust: true},
		{name: "opportunistic", server: smtptest.Config{StartTLS: true, Users: map[string]string{"robot": pass}}, mode: config.TLSStartTLSOpportunistic, trust: true, insecureOK: true},
		{name: "untrusted", server: smtptest.Config{StartTLS: true, Users: map[string]string{"robot": pass}}, mode: config.TLSStartTLS, kind: mailerrors.ErrTLSFailed},
		{name: "wrong name", server: smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertWrongName, Users: map[string]string{"robot": pass}}, mode: config.TLSStartTLS, trust: true, kind: mailerrors.ErrTLSFailed},
		{name: "expired", server: smtptest.Config{Implicit: true, BadCertificate: smtptest.CertExpired, Users: map[string]string{"robot": pass}}, mode: config.TLSImplicit, trust: true, kind: mailerrors.ErrTLSFailed},
		// Opportunistic TLS with credentials needs AllowInsecureAuth (the
		// options refuse it otherwise); even then, with a server that
		// offers no STARTTLS, AUTH is refused before anything is sent...
		// unless it was allowed in so many words.
		{name: "opportunistic without tls", server: smtptest.Config{Users: map[string]string{"robot": pass}}, mode: config.TLSStartTLSOpportunistic, insecureOK: true},
		{name: "opportunistic, auth not allowed in clear", server: smtptest.Config{Users: map[string]string{"robot": pass}}, mode: config.TLSStartTLSOpportunistic, kind: mailerrors.ErrInvalidConfig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.StartT(t, c.server)
			cfg := plain(srv)
			cfg.TLS = c.mode
			cfg.Auth = config.Auth{Username: "robot", Password: pass}
			cfg.AllowInsecureAuth = c.insecureOK
			var opts []mailaction.Option
			if c.trust {
				opts = append(opts, trust(srv))
			}
			res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), opts...)
			if c.kind == nil {
				if err != nil {
					t.Fatal(err)
				}
				m := srv.Messages()
				if len(m) != 1 || m[0].TLS != c.server.StartTLS && m[0].TLS != c.server.Implicit || m[0].AuthUser != "robot" {
					t.Errorf("server got %+v", m)
				}
				return
			}
			if !errors.Is(err, c.kind) {
				t.Fatalf("err = %v, want %v", err, c.kind)
			}
			want := 1
			if c.kind == mailerrors.ErrInvalidConfig {
				want = 0
			}
			if res.Attempts != want {
				t.Errorf("Attempts = %d, want %d", res.Attempts, want)
			}
			if srv.CommandCount("AUTH") != 0 {
				t.Errorf("AUTH was sent")
			}
		})
	}
}

// TestTLSVerificationOptions covers CAFile, TLSServerName and
// InsecureSkipVerify.
func TestTLSVerificationOptions(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Implicit: true})
	// The server's certificate, as a CA file.
	conn, err := tls.Dial("tcp", srv.Addr(), &tls.Config{InsecureSkipVerify: true})
	if err != nil {
		t.Fatal(err)
	}
	der := conn.ConnectionState().PeerCertificates[0].Raw
	conn.Close()
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		set  func(*config.SMTP)
		kind error
	}{
		{"CAFile", func(c *config.SMTP) { c.CAFile = caFile }, nil},
		{"CAFile, server name localhost", func(c *config.SMTP) { c.CAFile, c.TLSServerName = caFile, "localhost" }, nil},
		{"CAFile, wrong server name", func(c *config.SMTP) { c.CAFile, c.TLSServerName = caFile, "mail.example.org" }, mailerrors.ErrTLSFailed},
		{"no CA", func(c *config.SMTP) {}, mailerrors.ErrTLSFailed},
		{"InsecureSkipVerify", func(c *config.SMTP) { c.InsecureSkipVerify = true }, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg := plain(srv)
			cfg.TLS = config.TLSImplicit
			c.set(&cfg)
			_, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"))
			if c.kind == nil && err != nil || c.kind != nil && !errors.Is(err, c.kind) {
				t.Errorf("err = %v, want %v", err, c.kind)
			}
		})
	}
	_, err = mailaction.NewSender(config.SMTP{Host: "127.0.0.1", TLS: config.TLSImplicit, From: "a@example.org", CAFile: "/nonexistent.pem"})
	if !errors.Is(err, mailerrors.ErrInvalidConfig) {
		t.Errorf("missing CAFile: err = %v, want invalid_config", err)
	}
}

// TestAuthMechanism: auto picks the strongest mechanism offered; an
// explicit one is used as asked.
func TestAuthMechanism(t *testing.T) {
	for _, c := range []struct {
		offered []string
		mech    config.AuthMechanism
		want    string
	}{
		{[]string{"LOGIN", "PLAIN"}, config.AuthAuto, "AUTH PLAIN"},
		{[]string{"LOGIN"}, config.AuthAuto, "AUTH LOGIN"},
		{[]string{"PLAIN", "LOGIN"}, config.AuthLogin, "AUTH LOGIN"},
	} {
		srv := smtptest.StartT(t, smtptest.Config{StartTLS: true, AuthMechs: c.offered, Users: map[string]string{"robot": "pw"}})
		cfg := plain(srv)
		cfg.TLS = config.TLSStartTLS
		cfg.Auth = config.Auth{Mechanism: c.mech, Username: "robot", Password: "pw"}
		if _, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), trust(srv)); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if !slices.ContainsFunc(srv.Commands(), func(cmd string) bool { return strings.HasPrefix(cmd, c.want) }) {
			t.Errorf("offered %v, mechanism %q: commands %v, want %q", c.offered, c.mech, srv.Commands(), c.want)
		}
	}
}

// TestConnectTimeout: a greeting that does not come within Timeout is a
// temporary failure, retried.
func TestConnectTimeout(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageGreeting, Kind: smtptest.FaultStall, Times: 1}}})
	cfg := plain(srv)
	cfg.Timeout = 200 * time.Millisecond
	var sl sleeps
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org"), sl.option())
	if err != nil || res.Attempts != 2 || len(sl.all()) != 1 {
		t.Errorf("err %v, attempts %d, waits %v", err, res.Attempts, sl.all())
	}
}
