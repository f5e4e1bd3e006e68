package pop3_test

import (
	"crypto/tls"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
)

// These tests talk to the real Dovecot that scripts/test starts.

func TestRealPlainAPOP(t *testing.T) {
	s := realservers.Get(t)
	u := s.User(t, "alice")
	ctx := testctx.New(t)
	c, err := pop3.Dial(ctx, s.POP3)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if !c.APOPOffered() {
		t.Fatalf("Dovecot's greeting %q offers no APOP timestamp", c.Greeting())
	}
	if err := c.Auth(ctx, u.Address, u.Password); err != nil { // APOP: not encrypted
		t.Fatalf("Auth (APOP): %v", err)
	}
	if _, _, err := c.Stat(ctx); err != nil {
		t.Fatalf("Stat: %v", err)
	}
	if err := c.Quit(ctx); err != nil {
		t.Fatalf("Quit: %v", err)
	}
}

func TestRealPlainUserPass(t *testing.T) {
	s := realservers.Get(t)
	u := s.User(t, "alice")
	c, err := pop3.Dial(testctx.New(t), s.POP3)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if err := c.UserPass(testctx.New(t), u.Address, u.Password); err != nil {
		t.Fatalf("UserPass: %v", err)
	}
	if err := c.Quit(testctx.New(t)); err != nil {
		t.Fatalf("Quit: %v", err)
	}
}

func TestRealSTLS(t *testing.T) {
	s := realservers.Get(t)
	u := s.User(t, "alice")
	ctx := testctx.New(t)
	c, err := pop3.Dial(ctx, s.POP3)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	caps, err := c.Capabilities(ctx)
	if err != nil || !caps.Has("STLS") || !caps.Has("USER") {
		t.Fatalf("Capabilities = %v, %v; want STLS and USER", caps, err)
	}
	if err := c.StartTLS(ctx, s.TLSConfig()); err != nil {
		t.Fatalf("StartTLS: %v", err)
	}
	if st, ok := c.TLSConnectionState(); !ok || st.Version < tls.VersionTLS12 {
		t.Fatalf("TLS state after STLS: ok=%v version=%x", ok, st.Version)
	}
	if err := c.Auth(ctx, u.Address, u.Password); err != nil { // USER/PASS: encrypted
		t.Fatalf("Auth: %v", err)
	}
	if _, _, err := c.Stat(ctx); err != nil {
		t.Fatalf("Stat: %v", err)
	}
	if err := c.Quit(ctx); err != nil {
		t.Fatalf("Quit: %v", err)
	}
}

func TestRealPOP3S(t *testing.T) {
	s := realservers.Get(t)
	u := s.User(t, "alice")
	ctx := testctx.New(t)
	d := &pop3.Dialer{ImplicitTLS: true, TLSConfig: s.TLSConfig()}
	c, err := d.Dial(ctx, s.POP3S)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if _, ok := c.TLSConnectionState(); !ok {
		t.Fatal("no TLS on the POP3S port")
	}
	if err := c.Auth(ctx, u.Address, u.Password); err != nil {
		t.Fatalf("Auth: %v", err)
	}
	if _, _, err := c.Stat(ctx); err != nil {
		t.Fatalf("Stat: %v", err)
	}
	if err := c.Quit(ctx); err != nil {
		t.Fatalf("Quit: %v", err)
	}
}

func TestRealWrongPassword(t *testing.T) {
	s := realservers.Get(t)
	u := s.User(t, "alice")
	for _, tc := range []struct {
		name  string
		login func(c *pop3.Client, user, pw string) error
	}{
		{"USER/PASS", func(c *pop3.Client, user, pw string) error { return c.UserPass(testctx.New(t), user, pw) }},
		{"APOP", func(c *pop3.Client, user, pw string) error { return c.APOP(testctx.New(t), user, pw) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := pop3.Dial(testctx.New(t), s.POP3)
			if err != nil {
				t.Fatalf("Dial: %v", err)
			}
			defer c.Close()
			wrong := "wrong-" + u.Password
			err = tc.login(c, u.Address, wrong)
			e := popError(t, err)
			if e.Text != "[AUTH] Authentication failed." || e.Temporary || e.Server != s.POP3 {
				t.Fatalf("Text %q, Temporary %v, Server %q", e.Text, e.Temporary, e.Server)
			}
			if strings.Contains(err.Error(), wrong) {
				t.Fatalf("error shows the password: %v", err)
			}
		})
	}
}

func TestRealUntrustedCertificate(t *testing.T) {
	s := realservers.Get(t)
	d := &pop3.Dialer{ImplicitTLS: true, TLSConfig: &tls.Config{}} // system roots only
	_, err := d.Dial(testctx.New(t), s.POP3S)
	e := popError(t, err)
	var verr *tls.CertificateVerificationError
	if !errors.As(err, &verr) || e.Temporary {
		t.Fatalf("err = %v (temporary %v), want a permanent certificate error", err, e.Temporary)
	}
}

// TestRealRetrDele delivers a message through Postfix, then reads it back
// over POP3 (RETR), deletes it (DELE, QUIT) and checks that it is gone.
func TestRealRetrDele(t *testing.T) {
	s := realservers.Get(t)
	u := s.User(t, "carol")
	ctx := testctx.New(t)
	marker := fmt.Sprintf("pop3-retr-%d", time.Now().UnixNano())
	body := "first line\r\n.a line that starts with a dot\r\n..two\r\nlast\r\n"
	msg := "From: <test@example.org>\r\nTo: <" + u.Address + ">\r\nSubject: " + marker + "\r\n\r\n" + body
	s.Deliver(t, "test@example.org", u.Address, []byte(msg))

	got := string(s.Fetch(t, ctx, u, marker))
	if !strings.HasSuffix(got, "\r\n\r\n"+body) {
		t.Fatalf("message read back ends %q, want the body %q after a blank line", got[max(0, len(got)-120):], body)
	}
	if !strings.Contains(got, "\r\nSubject: "+marker+"\r\n") || !strings.Contains(got, "Delivered-To: "+u.Address+"\r\n") {
		t.Fatalf("headers missing in %q", got)
	}

	c, err := pop3.Dial(ctx, s.POP3)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.StartTLS(ctx, s.TLSConfig()); err != nil {
		t.Fatal(err)
	}
	if err := c.Auth(ctx, u.Address, u.Password); err != nil {
		t.Fatal(err)
	}
	list, err := c.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range list {
		b, err := c.Retr(ctx, m.Number)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(b), marker) {
			t.Fatalf("message %d is still there after DELE and QUIT", m.Number)
		}
	}
	c.Quit(ctx)
}

var _ = mailerrors.KindPOPFailed
