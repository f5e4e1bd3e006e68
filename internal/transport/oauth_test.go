package transport_test

import (
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/transport"
)

// With OAuth2 tokens configured and a server that offers only password
// mechanisms, the hint says the OAuth2 mechanisms are missing, not that
// the server should offer PLAIN.
func TestNoOAuthMechanismOffered(t *testing.T) {
	cfg := config.SMTP{Host: "mail.example.org", Port: 587, TLS: config.TLSStartTLS, From: "a@example.org",
		Auth: config.Auth{Username: "a@example.org", OAuth2: &config.OAuth2{Flow: config.OAuth2ClientCredentials}}}.WithDefaults()
	e := transport.Judge(cfg, transport.Evidence{Stage: mailerrors.StageAuth, Err: transport.ErrNoMechanism,
		TLSActive: true, AuthParams: "PLAIN LOGIN", Mechanism: "auto"})
	if e.Kind != mailerrors.KindInvalidConfig || len(e.Hints) == 0 {
		t.Fatalf("%v %v", e.Kind, e.Hints)
	}
	if h := e.Hints[0].Text; !strings.Contains(h, "XOAUTH2") || !strings.Contains(h, "OAUTHBEARER") || strings.Contains(h, "ask its administrator for PLAIN") {
		t.Errorf("first hint %q, want one naming the OAuth2 mechanisms", h)
	}
}
