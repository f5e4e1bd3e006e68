package diagnose_test

import (
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// popDoctor runs the doctor against a fake SMTP server with
// POP-before-SMTP on pop (plain text) as robot / pop-secret.
func popDoctor(t *testing.T, popAddr string, change func(*config.SMTP)) *diagnose.Report {
	t.Helper()
	srv := smtptest.StartT(t, smtptest.Config{})
	host, port, _ := net.SplitHostPort(popAddr)
	p, _ := strconv.Atoi(port)
	cfg := plainConfig(srv)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSNone, Username: "robot", Password: "pop-secret"}
	if change != nil {
		change(&cfg)
	}
	opts, _ := testOptions(t, srv)
	return diagnose.Run(testctx.New(t), cfg, opts)
}

// TestDoctorPOPFollowsTheSendersRules: APOP over plain text only when the
// options allow it, as for the Sender.
func TestDoctorPOPFollowsTheSendersRules(t *testing.T) {
	pop := pop3test.NewServer(t, pop3test.Config{APOP: true, Users: map[string]string{"robot": "pop-secret"}})
	rep := popDoctor(t, pop.Addr, nil)
	st := mustStep(t, rep, diagnose.StepPOP)
	if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindInvalidConfig || len(pop.Logins()) != 0 {
		dump(t, rep)
		t.Fatalf("pop step %s %s, %d logins; want failed invalid_config and no login", st.Status, st.Kind, len(pop.Logins()))
	}
	if !strings.Contains(st.Detail, "allow_insecure_apop") {
		t.Errorf("detail %q does not name allow_insecure_apop", st.Detail)
	}

	rep = popDoctor(t, pop.Addr, func(c *config.SMTP) { c.POPBeforeSMTP.AllowInsecureAPOP = true })
	if st := mustStep(t, rep, diagnose.StepPOP); st.Status != diagnose.StatusOK {
		dump(t, rep)
		t.Fatalf("pop step %s with allow_insecure_apop", st.Status)
	}
	if l := pop.Logins(); len(l) != 1 || l[0].Method != "APOP" {
		t.Fatalf("logins %+v, want one by APOP", l)
	}
}

// TestDoctorPOPConnectionCause: the POP step says why the connection
// failed.
func TestDoctorPOPConnectionCause(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	rep := popDoctor(t, addr, func(c *config.SMTP) { c.POPBeforeSMTP.AllowInsecureAPOP = true })
	st := mustStep(t, rep, diagnose.StepPOP)
	if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindPOPFailed || !strings.Contains(st.Detail, "connection refused") {
		dump(t, rep)
		t.Fatalf("pop step %s %s %q, want failed pop_failed saying connection refused", st.Status, st.Kind, st.Detail)
	}
	if len(st.Hints) == 0 || !strings.Contains(st.Hints[0].Text, "connection refused") {
		t.Errorf("first hint %v does not say connection refused", st.Hints)
	}
}
