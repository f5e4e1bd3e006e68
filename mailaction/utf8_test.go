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

// TestIDNDomainToALabels: a domain in Unicode goes into the envelope and
// the headers as A-labels, which every server understands.
func TestIDNDomainToALabels(t *testing.T) {
	for _, p := range paths {
		t.Run(p.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{DisablePipelining: p.disablePipelining})
			cfg := plain(srv)
			msg := simple("Ops <ops@bücher.example>")
			msg.From = "robot@bücher.example"
			ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
			defer cancel()
			res, err := mailaction.SendEmail(ctx, cfg, msg, p.opts...)
			if err != nil {
				t.Fatal(err)
			}
			cmds := srv.Commands()
			if !slices.Contains(cmds, "RCPT TO:<ops@xn--bcher-kva.example>") ||
				!slices.ContainsFunc(cmds, func(c string) bool { return strings.HasPrefix(c, "MAIL FROM:<robot@xn--bcher-kva.example>") }) {
				t.Errorf("commands %q, want the domain as xn--bcher-kva.example", cmds)
			}
			if len(res.Accepted) != 1 || res.Accepted[0] != "ops@xn--bcher-kva.example" {
				t.Errorf("accepted %q", res.Accepted)
			}
			got := srv.Messages()
			if len(got) != 1 {
				t.Fatalf("%d messages", len(got))
			}
			m, err := mail.ReadMessage(strings.NewReader(string(got[0].Data)))
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range []string{"To", "From"} {
				if v := m.Header.Get(h); !strings.Contains(v, "xn--bcher-kva.example") || !isASCII(v) {
					t.Errorf("%s: %q, want the A-label domain and only ASCII", h, v)
				}
			}
		})
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// TestUTF8LocalPartNeedsSMTPUTF8: an address whose local part is not ASCII
// can only go to a server that offers SMTPUTF8, with the SMTPUTF8
// parameter. To any other server it is refused, permanently, before MAIL
// (a server without SMTPUTF8 would read the raw bytes as something else).
func TestUTF8LocalPartNeedsSMTPUTF8(t *testing.T) {
	for _, field := range []string{"To", "From", "ReplyTo"} {
		msg := func() *mailaction.Message {
			m := simple("ops@example.org")
			switch field {
			case "To":
				m.To = []string{"jürgen@example.org"}
			case "From":
				m.From = "rôbot@example.org"
			case "ReplyTo":
				m.ReplyTo = "rôbot@example.org"
			}
			return m
		}
		t.Run(field+"/not offered", func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{})
			ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
			defer cancel()
			sl := &sleeps{}
			res, err := mailaction.SendEmail(ctx, plain(srv), msg(), sl.option())
			if !errors.Is(err, mailerrors.ErrSyntaxError) {
				t.Fatalf("err = %v, want syntax_error", err)
			}
			var e *mailerrors.Error
			errors.As(err, &e)
			if e.Temporary || len(e.Hints) == 0 || !strings.Contains(e.Hints[0].Text, "SMTPUTF8") {
				t.Errorf("temporary %v, hints %v; want permanent, led by a hint about SMTPUTF8", e.Temporary, e.Hints)
			}
			if n := srv.CommandCount("MAIL"); n != 0 || res.Attempts != 1 || len(srv.Messages()) != 0 {
				t.Errorf("%d MAIL commands, %d attempts, %d messages; want the message refused before MAIL, once", n, res.Attempts, len(srv.Messages()))
			}
		})
		t.Run(field+"/offered", func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{SMTPUTF8: true})
			ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
			defer cancel()
			if _, err := mailaction.SendEmail(ctx, plain(srv), msg()); err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(srv.Commands(), func(c string) bool {
				return strings.HasPrefix(c, "MAIL FROM:") && strings.HasSuffix(c, " SMTPUTF8")
			}) {
				t.Errorf("commands %q, want MAIL FROM with SMTPUTF8", srv.Commands())
			}
			if len(srv.Messages()) != 1 {
				t.Errorf("%d messages, want 1", len(srv.Messages()))
			}
		})
	}
}
