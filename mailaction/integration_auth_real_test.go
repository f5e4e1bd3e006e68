package mailaction_test

// Integration tests of the AUTH mechanisms against the real Postfix, whose
// SASL is Dovecot's (scripts/mta/up.sh offers PLAIN, LOGIN, CRAM-MD5 and
// SCRAM-SHA-256). Postfix's log says which mechanism a client used
// (sasl_method=), so each test can check the one that was really spoken.

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/smtp"
	"strings"
	"sync"
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestRealAuthMechanisms sends through the submission port (STARTTLS
// required, AUTH only after it) with each mechanism, and checks that the
// message arrives and that Postfix logged the mechanism asked for; auto
// must pick the strongest one the server offers.
func TestRealAuthMechanisms(t *testing.T) {
	s := realservers.Get(t)
	alice, bob := s.User(t, "alice"), s.User(t, "bob")
	for _, tc := range []struct {
		mech config.AuthMechanism
		want string // sasl_method in Postfix's log
	}{
		{config.AuthPlain, "PLAIN"},
		{config.AuthLogin, "LOGIN"},
		{config.AuthCRAMMD5, "CRAM-MD5"},
		{config.AuthSCRAMSHA256, "SCRAM-SHA-256"},
		{config.AuthAuto, "SCRAM-SHA-256"},
		{"", "SCRAM-SHA-256"}, // unset means auto
	} {
		name := string(tc.mech)
		if name == "" {
			name = "unset"
		}
		t.Run(name, func(t *testing.T) {
			cfg := withAuth(realConfig(t, s.SMTPTLS, config.TLSStartTLS, alice.Address), alice)
			cfg.Auth.Mechanism = tc.mech
			msg := realMessage(t, bob.Address)
			res, _, err := realSend(t, s, cfg, msg)
			if err != nil {
				t.Fatalf("SendEmail: %v", err)
			}
			if len(res.Accepted) != 1 || res.Accepted[0] != bob.Address || res.Attempts != 1 {
				t.Fatalf("accepted %v after %d attempts, want %s after 1", res.Accepted, res.Attempts, bob.Address)
			}
			raw := s.Fetch(t, testctx.New(t), bob, msg.Subject)
			if !bytes.Contains(raw, []byte(strings.Trim(res.MessageID, "<>"))) {
				t.Errorf("the delivered message does not carry Message-ID %s:\n%s", res.MessageID, raw)
			}
			if got := s.SASLMethod(t, testctx.New(t), res.MessageID); got != tc.want {
				t.Errorf("Postfix logged sasl_method=%q, want %q", got, tc.want)
			}
		})
	}
}

// TestRealAuthWrongPasswordByMechanism checks that a refused login is
// auth_failed with Postfix's 535 whatever the mechanism, including those
// where the password never crosses the wire.
func TestRealAuthWrongPasswordByMechanism(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	alice.Password = "wrong-" + alice.Password
	for _, mech := range []config.AuthMechanism{config.AuthCRAMMD5, config.AuthSCRAMSHA256} {
		t.Run(string(mech), func(t *testing.T) {
			cfg := withAuth(realConfig(t, s.SMTPTLS, config.TLSStartTLS, alice.Address), alice)
			cfg.Auth.Mechanism = mech
			res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
			checkError(t, err, want{
				sentinel: mailerrors.ErrAuthFailed, code: 535, enhanced: "5.7.8", stage: mailerrors.StageAuth,
				textHas: "authentication failed", hintField: "Auth.Password",
			})
			if strings.Contains(err.Error(), alice.Password) {
				t.Fatalf("the error shows the password: %v", err)
			}
			if res.Attempts != 1 || len(sl.all()) != 0 || len(res.Accepted) != 0 {
				t.Errorf("attempts %d, waits %v, accepted %v; want one attempt, no wait, nothing accepted", res.Attempts, sl.all(), res.Accepted)
			}
		})
	}
}

// TestRealAuthTokenOnlyWithoutXOAUTH2 checks that auto with only a token
// gives up before AUTH when the server does not offer XOAUTH2, rather than
// trying a password mechanism with the token.
func TestRealAuthTokenOnlyWithoutXOAUTH2(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	cfg := realConfig(t, s.SMTPTLS, config.TLSStartTLS, alice.Address)
	cfg.Auth = config.Auth{Username: alice.Address, Token: config.Secret("not-a-real-token")}
	res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
	checkError(t, err, want{
		sentinel: mailerrors.ErrInvalidConfig, stage: mailerrors.StageAuth,
		textHas: "SCRAM-SHA-256", hintField: "Auth.Mechanism",
	})
	if res.Attempts != 1 || len(sl.all()) != 0 || len(res.Accepted) != 0 {
		t.Errorf("attempts %d, waits %v, accepted %v; want one attempt, no wait, nothing accepted", res.Attempts, sl.all(), res.Accepted)
	}
}

// TestRealAuthXOAUTH2NotOffered asks for XOAUTH2 where the server does
// not offer it: the send stops before AUTH with invalid_config that lists
// what the server offers (not replaced by another mechanism, not tried for
// a 535 whose hints would blame the token), without the token in the error.
func TestRealAuthXOAUTH2NotOffered(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	const token = "not-a-real-token"
	cfg := realConfig(t, s.SMTPTLS, config.TLSStartTLS, alice.Address)
	cfg.Auth = config.Auth{Mechanism: config.AuthXOAUTH2, Username: alice.Address, Token: config.Secret(token)}
	res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
	checkError(t, err, want{
		sentinel: mailerrors.ErrInvalidConfig, stage: mailerrors.StageAuth,
		textHas: "XOAUTH2 (offered: PLAIN LOGIN CRAM-MD5 SCRAM-SHA-256)", hintField: "Auth.Mechanism",
	})
	if strings.Contains(err.Error(), token) {
		t.Fatalf("the error shows the token: %v", err)
	}
	if res.Attempts != 1 || len(sl.all()) != 0 || len(res.Accepted) != 0 {
		t.Errorf("attempts %d, waits %v, accepted %v; want one attempt, no wait, nothing accepted", res.Attempts, sl.all(), res.Accepted)
	}
}

// TestRealAuthAutoRefusesPlainText takes the port that offers AUTH in
// clear text, and checks that auto without AllowInsecureAuth is refused
// before any connection is made, with TLS none and with
// starttls-opportunistic (which falls back to plain text when STARTTLS is
// missing): the password never gets near the wire, and nothing is sent.
func TestRealAuthAutoRefusesPlainText(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")

	// The server would take AUTH in plain text: it is the client that
	// must hold back.
	c, err := smtp.Dial(s.SMTPPlain)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Hello("runner.local.test"); err != nil {
		t.Fatal(err)
	}
	ok, offered := c.Extension("AUTH")
	if !ok || !strings.Contains(" "+offered+" ", " PLAIN ") {
		t.Fatalf("%s offers AUTH %q in plain text, want PLAIN among them", s.SMTPPlain, offered)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}

	for _, mode := range []config.TLSMode{config.TLSNone, config.TLSStartTLSOpportunistic} {
		t.Run(string(mode), func(t *testing.T) {
			cfg := withAuth(realConfig(t, s.SMTPPlain, mode, alice.Address), alice)
			cfg.Auth.Mechanism = config.AuthAuto
			w := &wire{}
			res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo), mailaction.WithDialer(w.dial))
			if !errors.Is(err, mailerrors.ErrInvalidConfig) {
				t.Fatalf("err = %v, want invalid_config", err)
			}
			if e := mailerrors.All(err); len(e) != 1 || e[0].Stage != mailerrors.StageConfig {
				t.Errorf("err = %v, want one error at stage %q", err, mailerrors.StageConfig)
			}
			var tlsField bool
			for _, fe := range config.FieldErrors(err) {
				tlsField = tlsField || fe.Field == "TLS"
			}
			if !tlsField {
				t.Errorf("no problem reported on the TLS field: %v", err)
			}
			if strings.Contains(err.Error(), alice.Password) {
				t.Errorf("the error shows the password: %v", err)
			}
			dials, written := w.counts()
			if dials != 0 || written != 0 {
				t.Errorf("%d connections made, %d bytes written; want none", dials, written)
			}
			if res.Attempts != 0 || len(sl.all()) != 0 || len(res.Accepted) != 0 {
				t.Errorf("attempts %d, waits %v, accepted %v; want nothing tried", res.Attempts, sl.all(), res.Accepted)
			}
		})
	}
}

// wire counts the connections it dials and the bytes written to them.
type wire struct {
	mu             sync.Mutex
	dials, written int
}

func (w *wire) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	w.mu.Lock()
	w.dials++
	w.mu.Unlock()
	return &recordedConn{Conn: c, w: w}, nil
}

func (w *wire) counts() (dials, written int) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.dials, w.written
}

type recordedConn struct {
	net.Conn
	w *wire
}

func (c *recordedConn) Write(p []byte) (int, error) {
	n, err := c.Conn.Write(p)
	c.w.mu.Lock()
	c.w.written += n
	c.w.mu.Unlock()
	return n, err
}
