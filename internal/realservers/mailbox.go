package realservers

import (
	"bytes"
	"context"
	"net"
	"net/smtp"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/pop3"
)

// Deliver hands msg to the plain SMTP port for the local recipient to,
// without TLS or AUTH (local.test mail needs neither), as test set-up.
func (s *Servers) Deliver(t testing.TB, from, to string, msg []byte) {
	t.Helper()
	c, err := smtp.Dial(s.SMTPPlain)
	if err != nil {
		t.Fatalf("deliver: %v", err)
	}
	defer c.Close()
	if err := c.Hello("realservers.local.test"); err != nil {
		t.Fatalf("deliver: EHLO: %v", err)
	}
	if err := c.Mail(from); err != nil {
		t.Fatalf("deliver: MAIL: %v", err)
	}
	if err := c.Rcpt(to); err != nil {
		t.Fatalf("deliver: RCPT: %v", err)
	}
	w, err := c.Data()
	if err != nil {
		t.Fatalf("deliver: DATA: %v", err)
	}
	if _, err := w.Write(msg); err != nil {
		t.Fatalf("deliver: DATA: %v", err)
	}
	if err := w.Close(); err != nil {
		t.Fatalf("deliver: end of DATA: %v", err)
	}
	if err := c.Quit(); err != nil {
		t.Fatalf("deliver: QUIT: %v", err)
	}
}

// Fetch waits until u's mailbox holds a message containing marker (Postfix
// delivers in the background, usually within milliseconds), reads it over
// POP3 with STLS, deletes it, and returns it as the server holds it. It
// fails t when no such message arrives before ctx ends or 30 seconds pass.
func (s *Servers) Fetch(t testing.TB, ctx context.Context, u User, marker string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		msg, err := s.fetchOnce(ctx, u, []byte(marker))
		if err != nil {
			t.Fatalf("fetch from %s: %v", u.Address, err)
		}
		if msg != nil {
			return msg
		}
		select {
		case <-ctx.Done():
			t.Fatalf("fetch from %s: no message with %q arrived: %v", u.Address, marker, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func (s *Servers) fetchOnce(ctx context.Context, u User, marker []byte) ([]byte, error) {
	c, err := pop3.Dial(ctx, s.POP3)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	if err := c.StartTLS(ctx, s.TLSConfig()); err != nil {
		return nil, err
	}
	if err := c.Auth(ctx, u.Address, u.Password); err != nil {
		return nil, err
	}
	list, err := c.List(ctx)
	if err != nil {
		return nil, err
	}
	for _, m := range list {
		msg, err := c.Retr(ctx, m.Number)
		if err != nil {
			return nil, err
		}
		if bytes.Contains(msg, marker) {
			if err := c.Dele(ctx, m.Number); err != nil {
				return nil, err
			}
			return msg, c.Quit(ctx)
		}
	}
	return nil, c.Quit(ctx)
}

// POPLoginsFrom counts the successful POP3 logins Dovecot has logged from
// the client address src.
func (s *Servers) POPLoginsFrom(t testing.TB, src net.IP) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.MTADir, "dc", "dovecot.log"))
	if err != nil {
		t.Fatalf("reading Dovecot's log: %v", err)
	}
	return countLogins(b, src)
}

func countLogins(log []byte, src net.IP) int {
	n := 0
	for _, line := range bytes.Split(log, []byte("\n")) {
		if bytes.Contains(line, []byte("pop3-login: Info: Login: ")) && bytes.Contains(line, []byte(", rip="+src.String()+",")) {
			n++
		}
	}
	return n
}
