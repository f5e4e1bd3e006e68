package smtpauth_test

import (
	"errors"
	"testing"

	"github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

func TestChooseAuto(t *testing.T) {
	pw := config.Auth{Username: "u", Password: "p"}
	token := config.Auth{Username: "u", Token: "t"}
	unset := config.Auth{Mechanism: "", Username: "u", Password: "p"}
	auto := config.Auth{Mechanism: config.AuthAuto, Username: "u", Password: "p"}
	for _, c := range []struct {
		offered []string
		auth    config.Auth
		want    config.AuthMechanism
	}{
		{[]string{"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "XOAUTH2"}, pw, config.AuthSCRAMSHA256},
		{[]string{"LOGIN", "PLAIN", "CRAM-MD5"}, pw, config.AuthCRAMMD5},
		{[]string{"LOGIN", "PLAIN"}, pw, config.AuthPlain},
		{[]string{"LOGIN"}, pw, config.AuthLogin},
		{[]string{"login"}, auto, config.AuthLogin},
		{[]string{"PLAIN", "LOGIN"}, unset, config.AuthPlain},
		{[]string{"XOAUTH2"}, pw, ""},
		{[]string{"PLAIN", "XOAUTH2"}, token, config.AuthXOAUTH2},
		{[]string{"PLAIN"}, token, ""},
		{nil, pw, ""},
	} {
		got, ok := smtpauth.Choose(c.offered, c.auth)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("Choose(%v, %q) = %q, %v; want %q, %v", c.offered, c.auth.Mechanism, got, ok, c.want, c.want != "")
		}
	}
}

func TestChooseConfigured(t *testing.T) {
	a := config.Auth{Mechanism: config.AuthLogin, Username: "u", Password: "p"}
	if m, ok := smtpauth.Choose(smtpauth.Offered("plain login"), a); m != config.AuthLogin || !ok {
		t.Errorf("offered: got %q, %v", m, ok)
	}
	// A configured mechanism is never swapped for a stronger one.
	if m, ok := smtpauth.Choose([]string{"SCRAM-SHA-256", "PLAIN"}, a); m != config.AuthLogin || ok {
		t.Errorf("not offered: got %q, %v; want login, false", m, ok)
	}
}

func TestWanted(t *testing.T) {
	for _, c := range []struct {
		a    config.Auth
		want bool
	}{
		{config.Auth{}, false},
		{config.Auth{Username: "u", Password: "p"}, true},
		{config.Auth{Token: "t"}, true},
		{config.Auth{Mechanism: config.AuthNone, Username: "u", Password: "p"}, false},
		{config.Auth{Mechanism: config.AuthAuto, Password: "p"}, false},
	} {
		if got := smtpauth.Wanted(c.a); got != c.want {
			t.Errorf("Wanted(%+v) = %v, want %v", c.a, got, c.want)
		}
	}
}

func TestNew(t *testing.T) {
	a := config.Auth{Username: "u", Password: "p", Token: "t"}
	for mech, proto := range map[config.AuthMechanism]string{
		config.AuthPlain:       "PLAIN",
		config.AuthLogin:       "LOGIN",
		config.AuthCRAMMD5:     "CRAM-MD5",
		config.AuthSCRAMSHA256: "SCRAM-SHA-256",
	} {
		am, err := smtpauth.New(mech, a, "mail.example.org")
		if err != nil {
			t.Errorf("New(%q): %v", mech, err)
			continue
		}
		// PLAIN and LOGIN must not refuse an unencrypted connection to
		// another host by themselves: the callers decide that.
		got, _, err := am.Start(&smtp.ServerInfo{Name: "mail.example.org", TLS: false, Auth: []string{proto}})
		if err != nil || got != proto {
			t.Errorf("New(%q).Start = %q, %v; want %q", mech, got, err, proto)
		}
	}
	// The OAuth2 mechanisms are NewOAuth's, with a token from a Source.
	for _, mech := range []config.AuthMechanism{config.AuthAuto, config.AuthNone, "ntlm", config.AuthXOAUTH2, config.AuthOAuthBearer} {
		if _, err := smtpauth.New(mech, a, "h"); !errors.Is(err, smtpauth.ErrUnknownMechanism) {
			t.Errorf("New(%q) error = %v, want ErrUnknownMechanism", mech, err)
		}
	}
}
