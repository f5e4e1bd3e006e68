package smtpauth_test

import (
	"bytes"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtpauth"
)

func TestOAuthInitialResponses(t *testing.T) {
	x, _ := smtpauth.NewOAuth(config.AuthXOAUTH2, "a@example.org", "TOK", "smtp.example.org", 587)
	mech, ir, _ := x.Start(nil)
	if mech != "XOAUTH2" || string(ir) != "user=a@example.org\x01auth=Bearer TOK\x01\x01" {
		t.Errorf("XOAUTH2: %s %q", mech, ir)
	}
	b, _ := smtpauth.NewOAuth(config.AuthOAuthBearer, "a,b=c@example.org", "TOK", "smtp.example.org", 587)
	mech, ir, _ = b.Start(nil)
	if want := "n,a=a=2Cb=3Dc@example.org,\x01host=smtp.example.org\x01port=587\x01auth=Bearer TOK\x01\x01"; mech != "OAUTHBEARER" || string(ir) != want {
		t.Errorf("OAUTHBEARER: %s %q, want %q", mech, ir, want)
	}
	if _, err := smtpauth.NewOAuth(config.AuthPlain, "a", "t", "h", 1); err == nil {
		t.Error("NewOAuth made a PLAIN login")
	}
}

// RFC 7628 §3.2.3: the server's error challenge is answered with %x01
// (OAUTHBEARER) or an empty line (XOAUTH2), and its JSON kept.
func TestOAuthErrorChallenge(t *testing.T) {
	for _, tc := range []struct {
		mech config.AuthMechanism
		resp []byte
	}{{config.AuthOAuthBearer, []byte{1}}, {config.AuthXOAUTH2, []byte{}}} {
		a, _ := smtpauth.NewOAuth(tc.mech, "u", "t", "h", 1)
		resp, err := a.Next([]byte(`{"status":"invalid_token","scope":"https://mail.google.com/","schemes":"bearer"}`), true)
		if err != nil || !bytes.Equal(resp, tc.resp) {
			t.Errorf("%s: response %q, %v", tc.mech, resp, err)
		}
		if a.Rejected == nil || a.Rejected.Status != "invalid_token" || a.Rejected.Scope != "https://mail.google.com/" {
			t.Errorf("%s: rejection %+v", tc.mech, a.Rejected)
		}
		if resp, err := a.Next([]byte("2.7.0 Accepted"), false); resp != nil || err != nil {
			t.Errorf("%s: after 235: %q %v", tc.mech, resp, err)
		}
	}
}

func TestChooseOAuth(t *testing.T) {
	src := config.Auth{Username: "u", OAuth2: &config.OAuth2{}}
	for _, tc := range []struct {
		offered []string
		a       config.Auth
		want    config.AuthMechanism
		ok      bool
	}{
		{[]string{"PLAIN", "XOAUTH2", "OAUTHBEARER"}, src, config.AuthOAuthBearer, true},
		{[]string{"LOGIN", "XOAUTH2"}, src, config.AuthXOAUTH2, true},
		{[]string{"PLAIN", "LOGIN"}, src, "", false},
		{[]string{"PLAIN", "xoauth2"}, config.Auth{Username: "u", Token: "t"}, config.AuthXOAUTH2, true},
		{[]string{"PLAIN", "OAUTHBEARER"}, config.Auth{Username: "u", Password: "p"}, config.AuthPlain, true},
	} {
		got, ok := smtpauth.Choose(tc.offered, tc.a)
		if got != tc.want || ok != tc.ok {
			t.Errorf("Choose(%v) = %s %v, want %s %v", tc.offered, got, ok, tc.want, tc.ok)
		}
	}
	if !smtpauth.Wanted(config.Auth{OAuth2: &config.OAuth2{}}) {
		t.Error("OAuth2 options alone do not ask for AUTH")
	}
}
