package popbsmtp_test

import (
	"context"
	"errors"
	"net"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/popbsmtp"
	"github.com/taskmail/taskmail/internal/testctx"
)

func popConfig(addr string, change func(*config.POPBeforeSMTP)) config.SMTP {
	host, port, _ := net.SplitHostPort(addr)
	p := &config.POPBeforeSMTP{Host: host, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
	p.Port, _ = net.LookupPort("tcp", port)
	if change != nil {
		change(p)
	}
	return config.SMTP{Host: host, From: "robot@example.org", POPBeforeSMTP: p}.WithDefaults()
}

// TestLoginPausesAfterSuccess: a successful login is followed by the
// pause, a failed one is not, and its error names the step.
func TestLoginPausesAfterSuccess(t *testing.T) {
	srv := pop3test.NewServer(t, pop3test.Config{APOP: true, Users: map[string]string{"robot": "pop-secret"}})
	var waits []time.Duration
	s := popbsmtp.Session{Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }}

	step, err := popbsmtp.Login(testctx.New(t), popConfig(srv.Addr, func(p *config.POPBeforeSMTP) { p.AllowInsecureAPOP = true }), s)
	if step != "" || err != nil || len(waits) != 1 || waits[0] != popbsmtp.SettleDelay {
		t.Fatalf("Login = %q, %v, waits %v; want success and one pause of %s", step, err, waits, popbsmtp.SettleDelay)
	}

	step, err = popbsmtp.Login(testctx.New(t), popConfig(srv.Addr, nil), s)
	var e *mailerrors.Error
	if step != pop3.StepPlainText || !errors.As(err, &e) || e.Kind != mailerrors.KindPOPFailed || e.Temporary || len(waits) != 1 {
		t.Fatalf("Login without the switch = %q, %v (waits %v); want plain_text, a permanent pop_failed, no pause", step, err, waits)
	}
	if h := popbsmtp.Hints(err); len(h) != 2 || !strings.Contains(h[1].Text, "allow_insecure_apop") {
		t.Fatalf("hints %v, want encryption first, then allow_insecure_apop", h)
	}
	if len(srv.Logins()) != 1 {
		t.Fatalf("%d logins, want only the allowed one", len(srv.Logins()))
	}
}

// TestFailAndCause: a refused connection is a temporary pop_failed whose
// hints and cause say it was refused.
func TestFailAndCause(t *testing.T) {
	refused := &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}
	e := popbsmtp.Fail("pop.example.org:995", pop3.StepConnect, refused)
	if e.Kind != mailerrors.KindPOPFailed || !e.Temporary || e.Server != "pop.example.org:995" || !errors.Is(e, syscall.ECONNREFUSED) {
		t.Fatalf("Fail = %+v", e)
	}
	if c := popbsmtp.Cause(e); c != "connection refused" {
		t.Errorf("Cause = %q", c)
	}
	if h := popbsmtp.Hints(e); len(h) != 1 || !strings.Contains(h[0].Text, "connection refused") {
		t.Errorf("Hints = %v", h)
	}
	if c := popbsmtp.Cause(popbsmtp.Fail("x:1", pop3.StepConnect, context.DeadlineExceeded)); c != "timed out" {
		t.Errorf("Cause of a deadline = %q", c)
	}
	if popbsmtp.Hints(errors.New("no step")) != nil {
		t.Error("hints for an error without a step")
	}
}
