package mailaction_test

import (
	"context"
	"errors"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestRealEnvelopeInjection: Postfix takes RCPT TO:<bob@local.test>
// ORCPT=rfc822;x@example.org> as mail for bob. The address that would
// produce it is refused before connecting, and bob gets nothing.
func TestRealEnvelopeInjection(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	cfg := realConfig(t, s.SMTPPlain, config.TLSNone, "robot@example.org")
	var dials atomic.Int32
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		dials.Add(1)
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	injected := realMessage(t, `"bob@local.test> ORCPT=rfc822;x"@example.org`)
	res, _, err := realSend(t, s, cfg, injected, mailaction.WithDialer(dial))
	if !errors.Is(err, mailerrors.ErrSyntaxError) {
		t.Fatalf("err = %v, want syntax_error", err)
	}
	if n := dials.Load(); n != 0 || res.Attempts != 0 {
		t.Fatalf("%d dials, %d attempts; the address must be refused before connecting", n, res.Attempts)
	}

	// A message sent after it arrives; the injected one must not be there.
	after := realMessage(t, bob.Address)
	if _, _, err := realSend(t, s, cfg, after); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	s.Fetch(t, ctx, bob, after.Subject)
	if n := countInMailbox(t, ctx, s, bob, injected.Subject); n != 0 {
		t.Fatalf("bob's mailbox holds %d copies of the message sent to the injected address", n)
	}
}

// TestRealQuotedLocalPart: "a b"@local.test is a real mailbox. The message
// goes to it, with the same address in the To header as in the envelope.
func TestRealQuotedLocalPart(t *testing.T) {
	s := realservers.Get(t)
	const rcpt = `"a b"@local.test`
	cfg := realConfig(t, s.SMTPPlain, config.TLSNone, "robot@example.org")
	for _, p := range []struct {
		name string
		opts []mailaction.Option
	}{{"bdat", nil}, {"pipelined", []mailaction.Option{mailaction.WithoutChunking()}}} {
		t.Run(p.name, func(t *testing.T) {
			msg := realMessage(t, rcpt)
			res, _, err := realSend(t, s, cfg, msg, p.opts...)
			if err != nil {
				t.Fatalf("SendEmail: %v", err)
			}
			if len(res.Accepted) != 1 || res.Accepted[0] != rcpt {
				t.Fatalf("accepted %q, want [%s]", res.Accepted, rcpt)
			}
			got := waitMaildir(t, filepath.Join(s.MTADir, "mail", "local.test", "quoted-ab", "Maildir"), msg.Subject)
			m, err := mail.ReadMessage(strings.NewReader(got))
			if err != nil {
				t.Fatal(err)
			}
			to, err := m.Header.AddressList("To")
			if err != nil || len(to) != 1 || to[0].Address != "a b@local.test" {
				t.Errorf("To header %q (%v), want the address %s", m.Header.Get("To"), err, rcpt)
			}
			// Postfix writes the envelope recipient into Delivered-To.
			if dt := m.Header.Get("Delivered-To"); dt != rcpt {
				t.Errorf("Delivered-To %q, want %s", dt, rcpt)
			}
		})
	}
}

// waitMaildir returns the message in dir's new/ or cur/ holding marker,
// waiting up to 30 seconds for Postfix to deliver it.
func waitMaildir(t *testing.T, dir, marker string) string {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		for _, sub := range []string{"new", "cur"} {
			ents, _ := os.ReadDir(filepath.Join(dir, sub))
			for _, e := range ents {
				b, err := os.ReadFile(filepath.Join(dir, sub, e.Name()))
				if err == nil && strings.Contains(string(b), marker) {
					return string(b)
				}
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("no message with %q in %s after 30s", marker, dir)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// countInMailbox counts u's messages holding marker, over POP3.
func countInMailbox(t *testing.T, ctx context.Context, s *realservers.Servers, u realservers.User, marker string) int {
	t.Helper()
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
	n := 0
	for _, m := range list {
		msg, err := c.Retr(ctx, m.Number)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(msg), marker) {
			n++
		}
	}
	return n
}
