package diagnose_test

import (
	"context"
	"net"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// port25 dials port 25 of 127.0.0.1 at the fake server instead.
type port25 struct{ to string }

func (d port25) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if addr != "127.0.0.1:25" {
		return nil, &net.OpError{Op: "dial", Net: network, Err: &net.AddrError{Err: "connection refused", Addr: addr}}
	}
	return (&net.Dialer{}).DialContext(ctx, network, d.to)
}

// TestDoctorDirect: with delivery direct the doctor finds the recipient
// domain's MX through DNS and diagnoses the session with it on port 25,
// without AUTH and without the relay check; a null MX or a domain with
// no mail server stops it with domain_not_found.
func TestDoctorDirect(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	dnsSrv := dnstest.Start(t,
		"example.net. 300 IN MX 20 mx2.example.net.",
		"example.net. 300 IN MX 10 mx1.example.net.",
		"mx1.example.net. 300 IN A 127.0.0.1",
		"null.example. 300 IN MX 0 .",
	)
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	run := func(rcpt string) *diagnose.Report {
		opts, _ := testOptions(t, srv)
		opts.Resolver = dnsSrv.Resolver()
		opts.Dialer = port25{srv.Addr()}
		opts.Rcpt = rcpt
		return diagnose.Run(testctx.New(t), cfg, opts)
	}

	rep := run("ops@example.net")
	if !rep.OK {
		dump(t, rep)
		t.Fatalf("not OK: %s", statuses(rep))
	}
	mx := mustStep(t, rep, diagnose.StepMX)
	if !strings.Contains(mx.Detail, "checking mx1.example.net, port 25") {
		t.Errorf("mx step %q", mx.Detail)
	}
	if rep.Server != "mx1.example.net:25" || rep.Address != "127.0.0.1:25" {
		t.Errorf("server %q address %q", rep.Server, rep.Address)
	}
	if _, ok := rep.Step(diagnose.StepRelay); ok {
		t.Errorf("a relay step with direct delivery: %s", statuses(rep))
	}
	if st := mustStep(t, rep, diagnose.StepRcpt); st.Status != diagnose.StatusOK {
		t.Errorf("rcpt %s", st.Status)
	}

	for rcpt, has := range map[string]string{
		"ops@null.example":    "null MX",
		"ops@nothing.example": "no MX record and no address",
	} {
		rep := run(rcpt)
		st := mustStep(t, rep, diagnose.StepMX)
		if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindDomainNotFound || !strings.Contains(st.Detail, has) {
			t.Errorf("%s: mx step %s %s %q", rcpt, st.Status, st.Kind, st.Detail)
		}
		if st := mustStep(t, rep, diagnose.StepConnect); st.Status != diagnose.StatusSkipped {
			t.Errorf("%s: connect %s", rcpt, st.Status)
		}
	}

	rep = run("")
	if st := mustStep(t, rep, diagnose.StepMX); st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindInvalidConfig {
		t.Errorf("no recipient: mx step %s %s", st.Status, st.Kind)
	}
}

// TestDoctorDirectAddressLookupFails: a domain without MX whose address
// lookup fails (no answer, not "no such host") is a DNS failure,
// temporary, as a Sender judges it, not a domain that takes no mail.
func TestDoctorDirectAddressLookupFails(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, r := testOptions(t, srv)
	r.failHost = map[string]bool{"example.net": true} // and no MX
	opts.Dialer = port25{srv.Addr()}
	opts.Rcpt = "ops@example.net"
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	st := mustStep(t, diagnose.Run(testctx.New(t), cfg, opts), diagnose.StepMX)
	if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindConnectionFailed || !st.Temporary {
		t.Errorf("mx step %s %s temporary=%v %q; want failed connection_failed temporary", st.Status, st.Kind, st.Temporary, st.Detail)
	}
}

// TestDoctorDirectSkipsEmptyMXHost: the doctor checks the MX a Sender
// would use, skipping a record without a host name, not an empty server.
func TestDoctorDirectSkipsEmptyMXHost(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, r := testOptions(t, srv)
	// A record without a host name before a real one, as a broken zone
	// can have; a Sender skips the empty name.
	r.mx["example.net"] = []*net.MX{{Host: "", Pref: 5}, {Host: "mx1.example.net.", Pref: 10}}
	r.hosts["mx1.example.net"] = []string{"127.0.0.1"}
	opts.Dialer = port25{srv.Addr()}
	opts.Rcpt = "ops@example.net"
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	rep := diagnose.Run(testctx.New(t), cfg, opts)
	if st := mustStep(t, rep, diagnose.StepMX); !strings.Contains(st.Detail, "checking mx1.example.net, port 25") {
		t.Errorf("mx step %s %q", st.Status, st.Detail)
	}
	if rep.Server != "mx1.example.net:25" {
		t.Errorf("server %q, want mx1.example.net:25", rep.Server)
	}
}
