package mailaction_test

import (
	"context"
	"errors"
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// TestPOPBeforeSMTP: a relay denial with POP-before-SMTP configured runs
// the POP3 login again, at once, and retries the message once.
func TestPOPBeforeSMTP(t *testing.T) {
	relayDenied := smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<someone@elsewhere.test>: Relay access denied"}
	cases := []struct {
		name      string
		times     int // relay denials before the server relays; 0: always
		delivered bool
	}{
		{name: "window closed, reopened", times: 1, delivered: true},
		{name: "login does not open relaying", times: 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pop := pop3test.NewServer(t, pop3test.Config{APOP: true, Users: map[string]string{"robot": "pop-secret"}})
			srv := start(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Times: c.times, Reply: relayDenied}}})
			host, port, _ := net.SplitHostPort(pop.Addr)
			p, _ := strconv.Atoi(port)
			cfg := plain(srv)
			cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
			cfg.AllowInsecureAuth = true
			var sl sleeps
			res, err := mailaction.SendEmail(context.Background(), cfg, simple("someone@elsewhere.test"), sl.option(), fixedClock())
			if n := len(pop.Logins()); n != 2 {
				t.Errorf("%d POP logins, want 2 (before sending, and after the denial)", n)
			}
			if res.Attempts != 2 {
				t.Errorf("Attempts = %d, want 2", res.Attempts)
			}
			if c.delivered {
				if err != nil || len(srv.Messages()) != 1 {
					t.Fatalf("err = %v, messages %d", err, len(srv.Messages()))
				}
				return
			}
			if !errors.Is(err, mailerrors.ErrRelayDenied) {
				t.Fatalf("err = %v, want relay_denied", err)
			}
			var me *mailerrors.Error
			errors.As(err, &me)
			if !strings.Contains(strings.ToLower(hintText(me)), "pop") {
				t.Errorf("hints do not mention the POP check: %v", me.Hints)
			}
			if strings.Contains(err.Error(), "pop-secret") {
				t.Error("the POP password is in the error")
			}
		})
	}
}
