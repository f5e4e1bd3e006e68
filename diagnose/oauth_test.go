package diagnose_test

import (
	"bufio"
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestDoctorOAuthMechanismWithoutToken: options that name an OAuth2
// mechanism but give no token (Validate refuses them) fail the AUTH step
// as invalid_config against a server offering that mechanism, instead of
// the doctor asking a token source that does not exist.
func TestDoctorOAuthMechanismWithoutToken(t *testing.T) {
	addr := rawtest.Serve(t, func(c net.Conn) {
		r := bufio.NewReader(c)
		_, _ = c.Write([]byte("220 mx.example.org ESMTP\r\n"))
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			reply := "500 not in this test\r\n"
			switch verb := strings.ToUpper(strings.Fields(line + " x")[0]); verb {
			case "EHLO":
				reply = "250-mx.example.org\r\n250 AUTH XOAUTH2 OAUTHBEARER\r\n"
			case "QUIT":
				_, _ = c.Write([]byte("221 bye\r\n"))
				return
			}
			if _, err := c.Write([]byte(reply)); err != nil {
				return
			}
		}
	})
	host, port, _ := net.SplitHostPort(addr.String())
	p, _ := strconv.Atoi(port)
	opts, _ := testOptions(t, nil)
	for _, mech := range []config.AuthMechanism{config.AuthXOAUTH2, config.AuthOAuthBearer} {
		t.Run(string(mech), func(t *testing.T) {
			cfg := config.SMTP{Host: host, Port: p, TLS: config.TLSNone, AllowInsecureAuth: true,
				From: "robot@example.org", HeloName: "runner01.example.org",
				Auth: config.Auth{Username: "robot@example.org", Mechanism: mech}}
			r := diagnose.Run(testctx.New(t), cfg, opts)
			if st := mustStep(t, r, diagnose.StepOptions); st.Status != diagnose.StatusFailed {
				t.Errorf("options step %s: Validate refuses these options", st.Status)
			}
			st := mustStep(t, r, diagnose.StepAuth)
			if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindInvalidConfig || !strings.Contains(st.Detail, "needs an OAuth2 access token") {
				dump(t, r)
				t.Fatalf("auth step %s %s: %s", st.Status, st.Kind, st.Detail)
			}
			if len(st.Hints) == 0 || st.Hints[0].Field != "Auth.OAuth2" {
				t.Errorf("hints %v, want one about auth.oauth2 first", st.Hints)
			}
		})
	}
}
