package mailaction_test

import (
	"context"
	"errors"
	"net/mail"
	"slices"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// injections are addresses net/mail accepts whose local part, written
// bare into MAIL FROM or RCPT TO, would change the command, or that hold
// characters no RFC 5321 Mailbox may hold.
var injections = []string{
	`"bob@local.test> ORCPT=rfc822;x"@example.org`,
	`"bob@local.test>"@example.org`,
	`"<bob@local.test"@example.org`,
	`"a` + "\t" + `b"@example.org`,
	`"a` + "\x7f" + `b"@example.org`,
	`"a` + "\x01" + `b"@example.org`,
}

// TestEnvelopeInjectionRefused: an address whose local part could break
// out of the angle brackets of MAIL FROM or RCPT TO is refused before
// anything is dialled, as syntax_error, in every field it can come from.
func TestEnvelopeInjectionRefused(t *testing.T) {
	for _, addr := range injections {
		if _, err := mail.ParseAddress(addr); err != nil {
			// Not reachable through net/mail, so not a way in.
			continue
		}
		for _, field := range []string{"To", "Cc", "Bcc", "From", "ReplyTo", "Sender"} {
			t.Run(field+"/"+addr, func(t *testing.T) {
				srv := smtptest.StartT(t, smtptest.Config{})
				cfg := plain(srv)
				msg := simple("ops@example.org")
				switch field {
				case "To":
					msg.To = append(msg.To, addr)
				case "Cc":
					msg.Cc = []string{addr}
				case "Bcc":
					msg.Bcc = []string{addr}
				case "From":
					msg.From = addr
				case "ReplyTo":
					msg.ReplyTo = addr
				case "Sender":
					cfg.Sender = addr
				}
				ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
				defer cancel()
				res, err := mailaction.SendEmail(ctx, cfg, msg)
				if field == "Sender" {
					// The options are checked when the Sender is made.
					if !errors.Is(err, mailerrors.ErrInvalidConfig) && !errors.Is(err, mailerrors.ErrSyntaxError) {
						t.Fatalf("err = %v, want invalid_config or syntax_error", err)
					}
				} else if !errors.Is(err, mailerrors.ErrSyntaxError) {
					t.Fatalf("err = %v, want syntax_error", err)
				}
				if n := srv.Connections(); n != 0 {
					t.Errorf("%d connections made; the address must be refused before connecting", n)
				}
				if res == nil || len(res.Accepted) != 0 {
					t.Errorf("result %+v, want nothing accepted", res)
				}
			})
		}
	}
}

// TestEnvelopeQuotedLocalPart: a local part that is not a dot-atom goes
// into the envelope quoted as RFC 5321 says, and the header says the same
// address; one that is a dot-atom goes as it is.
func TestEnvelopeQuotedLocalPart(t *testing.T) {
	cases := []struct{ in, envelope string }{
		{`"a b"@example.org`, `"a b"@example.org`},
		{`Ann <"a b"@example.org>`, `"a b"@example.org`},
		{`"a\"b"@example.org`, `"a\"b"@example.org`},
		{`"a\\b"@example.org`, `"a\\b"@example.org`},
		{`"a..b"@example.org`, `"a..b"@example.org`},
		{`"a,b"@example.org`, `"a,b"@example.org`},
		{`"ab"@example.org`, `ab@example.org`},
		{`a.b+tag@example.org`, `a.b+tag@example.org`},
	}
	for _, p := range paths {
		for _, c := range cases {
			t.Run(p.name+"/"+c.in, func(t *testing.T) {
				srv := smtptest.StartT(t, smtptest.Config{DisablePipelining: p.disablePipelining})
				cfg := plain(srv)
				msg := simple(c.in)
				msg.From = `"robot x"@example.org`
				ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
				defer cancel()
				res, err := mailaction.SendEmail(ctx, cfg, msg, p.opts...)
				if err != nil {
					t.Fatalf("SendEmail: %v", err)
				}
				if !slices.Contains(srv.Commands(), "RCPT TO:<"+c.envelope+">") {
					t.Errorf("commands %q, want RCPT TO:<%s>", srv.Commands(), c.envelope)
				}
				if !slices.ContainsFunc(srv.Commands(), func(s string) bool { return strings.HasPrefix(s, `MAIL FROM:<"robot x"@example.org>`) }) {
					t.Errorf("commands %q, want MAIL FROM:<\"robot x\"@example.org>", srv.Commands())
				}
				if len(res.Accepted) != 1 || res.Accepted[0] != c.envelope {
					t.Errorf("accepted %q, want [%s]", res.Accepted, c.envelope)
				}
				got := srv.Messages()
				if len(got) != 1 {
					t.Fatalf("%d messages received", len(got))
				}
				m, err := mail.ReadMessage(strings.NewReader(string(got[0].Data)))
				if err != nil {
					t.Fatal(err)
				}
				to, err := m.Header.AddressList("To")
				if err != nil || len(to) != 1 {
					t.Fatalf("To header %q: %v", m.Header.Get("To"), err)
				}
				want, _ := mail.ParseAddress(c.in)
				if to[0].Address != want.Address {
					t.Errorf("To header %q is the address %q, the envelope's is %q", m.Header.Get("To"), to[0].Address, want.Address)
				}
			})
		}
	}
}
