package smtptest_test

import (
	"testing"

	"github.com/wneessen/go-mail"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// go-mail's high-level client over STARTTLS with discovered AUTH, twice on
// one connection; the command log shows the round trips it spends.
func TestGoMailClient(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{StartTLS: true, RequireTLS: true, RequireAuth: true, Users: users, Domains: local})
	c, err := mail.NewClient(s.Host(), mail.WithPort(s.Port()), mail.WithTLSPolicy(mail.TLSMandatory),
		mail.WithTLSConfig(s.TLSConfig()), mail.WithSMTPAuth(mail.SMTPAuthAutoDiscover),
		mail.WithUsername("alice@local.test"), mail.WithPassword("secret-a"), mail.WithTimeout(ioDeadline))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []*mail.Msg
	for _, to := range []string{"x@example.com", "bob@local.test"} {
		m := mail.NewMsg()
		if err := m.From("alice@local.test"); err != nil {
			t.Fatal(err)
		}
		if err := m.To(to); err != nil {
			t.Fatal(err)
		}
		m.Subject("test")
		m.SetBodyString(mail.TypeTextPlain, "hello")
		msgs = append(msgs, m)
	}
	if err := c.DialAndSendWithContext(testctx.New(t), msgs...); err != nil {
		t.Fatal(err)
	}
	got := s.Messages()
	if len(got) != 2 || !got[0].TLS || got[0].AuthUser != "alice@local.test" {
		t.Fatalf("got %+v", got)
	}
	if s.Connections() != 1 || s.CommandCount("STARTTLS") != 1 || s.CommandCount("EHLO") != 2 || s.CommandCount("MAIL") != 2 {
		t.Errorf("commands: %q", s.Commands())
	}
	t.Logf("go-mail, 2 messages: %d NOOP, %d RSET", s.CommandCount("NOOP"), s.CommandCount("RSET"))
}
