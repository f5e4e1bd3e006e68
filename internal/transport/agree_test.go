package transport_test

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// scenario is one mistake, set up for both the Sender and the doctor.
type scenario struct {
	name  string
	cfg   config.SMTP
	roots *x509.CertPool                                          // trusted CAs; nil: the system's
	dial  func(context.Context, string, string) (net.Conn, error) // nil: a net.Dialer
	res   diagnose.Resolver                                       // nil: a stub that knows no name
	rcpt  string

	kind      mailerrors.Kind
	temporary bool
	field     string // the option the first hint names
	hint      string // words the first hint holds
}

// same runs sc through the Sender and the doctor and checks that both
// give the expected kind, temporariness and first hint, and the same
// first hint; and that a permanent mistake is not retried.
func same(t *testing.T, sc scenario) {
	t.Helper()
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()

	cfg := sc.cfg
	if cfg.From == "" {
		cfg.From = "robot@example.org"
	}
	if cfg.HeloName == "" {
		cfg.HeloName = "runner01.example.org"
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = time.Second
	}
	cfg.Retry = config.Retry{MaxAttempts: 3, InitialInterval: time.Second, MaxInterval: time.Second}
	rcpt := sc.rcpt
	if rcpt == "" {
		rcpt = "bob@local.test"
	}

	// The Sender.
	var slept []time.Duration
	opts := []mailaction.Option{
		mailaction.WithSleep(func(ctx context.Context, d time.Duration) error { slept = append(slept, d); return ctx.Err() }),
		mailaction.WithTLSConfig(&tls.Config{RootCAs: sc.roots}),
	}
	if sc.dial != nil {
		opts = append(opts, mailaction.WithDialer(sc.dial))
	}
	start := time.Now()
	res, err := mailaction.SendEmail(ctx, cfg, &mailaction.Message{To: []string{rcpt}, Subject: "s", Text: "t\n"}, opts...)
	elapsed := time.Since(start)
	errs := mailerrors.All(err)
	if len(errs) == 0 {
		t.Fatalf("Sender: err = %v, want a %s", err, sc.kind)
	}
	se := errs[0]
	t.Logf("Sender: %v (attempts %d, %s)\n  hints: %v", se, res.Attempts, elapsed.Round(time.Millisecond), se.Hints)
	check(t, "Sender", se.Kind, se.Temporary, se.Hints, sc)
	if !sc.temporary {
		if res.Attempts != 1 || len(slept) != 0 {
			t.Errorf("Sender: a permanent mistake was retried: %d attempts, waits %v", res.Attempts, slept)
		}
		if limit := 3*cfg.Timeout + 2*time.Second; elapsed > limit {
			t.Errorf("Sender took %s, want under %s", elapsed, limit)
		}
	}

	// The doctor.
	dopts := diagnose.Options{Rcpt: rcpt, Resolver: sc.res, Hostname: "runner01.example.org", TLSConfig: &tls.Config{RootCAs: sc.roots}}
	if dopts.Resolver == nil {
		dopts.Resolver = startDNSStub(t, rcodeNXDomain).resolver()
	}
	rep := diagnose.Run(ctx, cfg, dopts)
	st, ok := rep.Step(rep.Verdict.Step)
	if rep.OK || !ok {
		t.Fatalf("doctor: no failed step; verdict %+v", rep.Verdict)
	}
	t.Logf("doctor: step %s: %s (%s)\n  hints: %v", st.Name, st.Kind, st.Detail, st.Hints)
	check(t, "doctor", st.Kind, st.Temporary, st.Hints, sc)
	if len(st.Hints) > 0 && len(se.Hints) > 0 && st.Hints[0] != se.Hints[0] {
		t.Errorf("first hints differ:\n  Sender: %v\n  doctor: %v", se.Hints[0], st.Hints[0])
	}
}

func check(t *testing.T, who string, kind mailerrors.Kind, temp bool, hints []mailerrors.Hint, sc scenario) {
	t.Helper()
	if kind != sc.kind || temp != sc.temporary {
		t.Errorf("%s: kind %s temporary %v, want %s %v", who, kind, temp, sc.kind, sc.temporary)
	}
	if len(hints) == 0 {
		t.Errorf("%s: no hints", who)
		return
	}
	if hints[0].Field != sc.field || !strings.Contains(strings.ToLower(hints[0].Text), strings.ToLower(sc.hint)) {
		t.Errorf("%s: first hint %q (option %q), want one with %q (option %q)", who, hints[0].Text, hints[0].Field, sc.hint, sc.field)
	}
}

// fake starts an smtptest server and returns options for it.
func fake(t *testing.T, c smtptest.Config, mode config.TLSMode) (*smtptest.Server, config.SMTP) {
	srv := smtptest.StartT(t, c)
	return srv, config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: mode}
}

// TestSenderAndDoctorAgree runs each mistake of the table through the
// Sender and the doctor against the fake server (and an in-process DNS
// stub): the same kind and the same first hint, and no retry of a mistake
// in the options.
func TestSenderAndDoctorAgree(t *testing.T) {
	var tests []scenario

	srv, cfg := fake(t, smtptest.Config{Implicit: true}, config.TLSStartTLS)
	tests = append(tests, scenario{name: "implicit-TLS port with starttls", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindTLSFailed, field: "TLS", hint: "set tls to implicit"})

	srv, cfg = fake(t, smtptest.Config{StartTLS: true}, config.TLSImplicit)
	tests = append(tests, scenario{name: "STARTTLS port with implicit TLS", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindTLSFailed, field: "TLS", hint: "set tls to starttls"})

	srv, cfg = fake(t, smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertUntrusted}, config.TLSStartTLS)
	tests = append(tests, scenario{name: "unknown certificate authority", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindTLSFailed, field: "CAFile", hint: "ca_file"})

	srv, cfg = fake(t, smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertWrongName}, config.TLSStartTLS)
	tests = append(tests, scenario{name: "certificate for another name", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindTLSFailed, field: "TLSServerName", hint: "tls_server_name"})

	srv, cfg = fake(t, smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertExpired}, config.TLSStartTLS)
	tests = append(tests, scenario{name: "expired certificate", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindTLSFailed, field: "", hint: "administrator"})

	srv, cfg = fake(t, smtptest.Config{StartTLS: true, Users: map[string]string{"robot@example.org": "pw"}}, config.TLSNone)
	cfg.Auth = config.Auth{Username: "robot@example.org", Password: "pw"}
	cfg.AllowInsecureAuth = true
	tests = append(tests, scenario{name: "AUTH only after STARTTLS, tls none", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindTLSRequired, field: "TLS", hint: "set tls to starttls"})

	nx := startDNSStub(t, rcodeNXDomain)
	tests = append(tests, scenario{name: "host name that does not exist", cfg: config.SMTP{Host: "mail.exmaple.test", Port: 587, TLS: config.TLSStartTLS},
		dial: nx.dialer(), res: nx.resolver(),
		kind: mailerrors.KindConnectionFailed, field: "Host", hint: "check the host name"})

	sf := startDNSStub(t, rcodeServFail)
	tests = append(tests, scenario{name: "DNS server failure", cfg: config.SMTP{Host: "mail.example.test", Port: 587, TLS: config.TLSStartTLS},
		dial: sf.dialer(), res: sf.resolver(),
		kind: mailerrors.KindConnectionFailed, temporary: true, field: "", hint: "DNS"})

	srv, cfg = fake(t, smtptest.Config{StartTLS: true, Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt,
		Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<unknown[127.0.0.1]>: Client host rejected: Access denied"}}}}, config.TLSStartTLS)
	tests = append(tests, scenario{name: "client host rejected without a login", cfg: cfg, roots: srv.CertPool(),
		kind: mailerrors.KindAuthRequired, field: "Auth.Username", hint: "turn on SMTP authentication"})

	tlsFirst := tlsAlertServer(t)
	tests = append(tests, scenario{name: "a TLS record where the greeting belongs", cfg: config.SMTP{Host: "127.0.0.1", Port: tlsFirst, TLS: config.TLSStartTLS},
		kind: mailerrors.KindTLSFailed, field: "TLS", hint: "set tls to implicit"})

	srv, cfg = fake(t, smtptest.Config{}, config.TLSNone)
	srv.Close()
	tests = append(tests, scenario{name: "nothing listens", cfg: cfg,
		kind: mailerrors.KindConnectionFailed, temporary: true, field: "Port", hint: "nothing listens on " + srv.Addr()})

	for _, sc := range tests {
		t.Run(sc.name, func(t *testing.T) { same(t, sc) })
	}
}

// TestSenderAndDoctorAgreeOnPostfix runs the mistakes real Postfix can
// produce: its implicit-TLS port, its STARTTLS-only submission port, its
// certificate from a CA this machine does not know, AUTH offered only
// after STARTTLS, and permit_sasl_authenticated, reject.
func TestSenderAndDoctorAgreeOnPostfix(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	opts := func(addr string, mode config.TLSMode) config.SMTP {
		host, port := realservers.HostPort(t, addr)
		return config.SMTP{Host: host, Port: port, TLS: mode, HeloName: "runner01.local.test", Timeout: 2 * time.Second}
	}
	withAlice := func(c config.SMTP) config.SMTP {
		c.Auth = config.Auth{Username: alice.Address, Password: config.Secret(alice.Password)}
		c.From = alice.Address
		return c
	}
	insecure := withAlice(opts(srv.SMTPTLS, config.TLSNone))
	insecure.AllowInsecureAuth = true
	for _, sc := range []scenario{
		{name: "implicit-TLS port with starttls", cfg: withAlice(opts(srv.SMTPImplicit, config.TLSStartTLS)), roots: srv.Roots,
			kind: mailerrors.KindTLSFailed, field: "TLS", hint: "set tls to implicit"},
		{name: "STARTTLS port with implicit TLS", cfg: withAlice(opts(srv.SMTPTLS, config.TLSImplicit)), roots: srv.Roots,
			kind: mailerrors.KindTLSFailed, field: "TLS", hint: "set tls to starttls"},
		{name: "certificate from an unknown CA", cfg: withAlice(opts(srv.SMTPTLS, config.TLSStartTLS)),
			kind: mailerrors.KindTLSFailed, field: "CAFile", hint: "ca_file"},
		{name: "AUTH only after STARTTLS, tls none", cfg: insecure, roots: srv.Roots,
			kind: mailerrors.KindTLSRequired, field: "TLS", hint: "set tls to starttls"},
		{name: "permit_sasl_authenticated, reject without a login", cfg: opts(srv.SMTPTLS, config.TLSStartTLS), roots: srv.Roots,
			kind: mailerrors.KindAuthRequired, field: "Auth.Username", hint: "turn on SMTP authentication"},
	} {
		t.Run(sc.name, func(t *testing.T) { same(t, sc) })
	}
}

// tlsAlertServer listens on 127.0.0.1 and answers every connection with a
// TLS alert record, as some TLS-first servers do to a client that says
// nothing, then closes it. It returns the port.
func tlsAlertServer(t *testing.T) int {
	return rawtest.Serve(t, func(c net.Conn) {
		_, _ = c.Write([]byte{0x15, 0x03, 0x01, 0x00, 0x02, 0x02, 0x32}) // alert: fatal, decode_error
	}).(*net.TCPAddr).Port
}
