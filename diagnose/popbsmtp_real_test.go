package diagnose_test

// POP-before-SMTP against the real Postfix and Dovecot that scripts/test
// starts: the POP-before-SMTP ports relay for a client address only after a
// POP3 login from it, which a watcher of Dovecot's log writes into
// Postfix's access map (scripts/mta/popbsmtp-watch.sh).

import (
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// popConfig returns options for the SMTP server at smtpAddr with
// POP-before-SMTP as u on the POP3S server.
func popConfig(t *testing.T, srv *realservers.Servers, smtpAddr string, u realservers.User) config.SMTP {
	cfg := realConfig(t, smtpAddr, config.TLSStartTLS, u.Address)
	host, port := realservers.HostPort(t, srv.POP3S)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{
		Host: host, Port: port, TLS: config.TLSImplicit,
		Username: u.Address, Password: config.Secret(u.Password),
	}
	return cfg
}

// splitDialer dials the POP3 server at popAddr from popSrc and everything
// else from smtpSrc: a POP3 login that opens relaying for another address
// than the SMTP session's, as when a provider ties it to something else.
type splitDialer struct {
	popAddr         string
	popSrc, smtpSrc net.IP
}

func (d splitDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	if addr == d.popAddr {
		return realservers.Dialer(d.popSrc)(ctx, network, addr)
	}
	return realservers.Dialer(d.smtpSrc)(ctx, network, addr)
}

// TestRealDoctorPOPBeforeSMTPLoop: the doctor passes a working
// POP-before-SMTP configuration every time, each run from a client address
// the server has never seen, so that every run depends on its own POP3
// login reaching Postfix's map before the relay check. The runs go a few
// at a time, each with its own address, to keep the test short; they
// share the log watcher, which makes the map's updates slower, not faster.
func TestRealDoctorPOPBeforeSMTPLoop(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	cfg := popConfig(t, srv, srv.SMTPPOPBSMTP, alice)
	const runs, together = 50, 5
	start := time.Now()
	var (
		mu              sync.Mutex
		failed, retried int
		wg              sync.WaitGroup
	)
	next := make(chan int)
	for range together {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				opts := realOptions(t, srv)
				opts.Dialer = &net.Dialer{LocalAddr: &net.TCPAddr{IP: realservers.SourceAddr()}, Timeout: 10 * time.Second}
				ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
				rep := diagnose.Run(ctx, cfg, opts)
				cancel()
				st, _ := rep.Step(diagnose.StepRelay)
				mu.Lock()
				if strings.Contains(st.Detail, "accepted on a new connection") {
					retried++
				}
				if !rep.OK || st.Status != diagnose.StatusOK {
					failed++
					t.Errorf("run %d: ok %v, relay %s %s: %s", i+1, rep.OK, st.Status, st.Kind, st.Detail)
					if failed == 1 {
						dump(t, rep)
					}
				}
				mu.Unlock()
			}
		}()
	}
	for i := range runs {
		next <- i
	}
	close(next)
	wg.Wait()
	t.Logf("%d of %d runs passed in %s (%d at a time); %d needed the second relay check",
		runs-failed, runs, time.Since(start).Round(time.Millisecond), together, retried)
}

// TestRealDoctorHintsFollowTheEvidence: on a server that offers no AUTH,
// "turn on SMTP authentication" is never the first fix: with a POP3 login
// that succeeded (but opened relaying for another address), the POP hint
// leads; without POP-before-SMTP configured, something that can work here
// does. The Sender gives the same first hint as the doctor.
func TestRealDoctorHintsFollowTheEvidence(t *testing.T) {
	srv := realservers.Get(t)
	carol := srv.User(t, "carol")
	for _, tc := range []struct {
		name      string
		pop       bool
		wantField string // "" when only "not Auth.Username" is required
	}{
		{name: "POP login done, no AUTH offered", pop: true, wantField: "POPBeforeSMTP"},
		{name: "no POP configured, no AUTH offered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := realConfig(t, srv.SMTPPOPNoAuth, config.TLSStartTLS, carol.Address)
			if tc.pop {
				cfg = popConfig(t, srv, srv.SMTPPOPNoAuth, carol)
			}
			d := splitDialer{popAddr: srv.POP3S, popSrc: realservers.SourceAddr(), smtpSrc: realservers.SourceAddr()}
			opts := realOptions(t, srv)
			opts.Dialer = d
			rep := diagnose.Run(testctx.New(t), cfg, opts)
			st := mustStep(t, rep, diagnose.StepRelay)
			if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindRelayDenied || len(st.Hints) == 0 {
				dump(t, rep)
				t.Fatalf("relay step %s %s, want failed relay_denied with hints", st.Status, st.Kind)
			}
			first := st.Hints[0]
			if first.Field == "Auth.Username" || (tc.wantField != "" && first.Field != tc.wantField) {
				dump(t, rep)
				t.Fatalf("doctor's first hint %q (%s), want field %q and not Auth.Username", first.Text, first.Field, tc.wantField)
			}

			ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
			defer cancel()
			_, err := mailaction.SendEmail(ctx, cfg, &mailaction.Message{To: []string{"someone@example.com"}, Subject: t.Name(), Text: "hello\n"},
				mailaction.WithTLSConfig(srv.TLSConfig()), mailaction.WithDialer(d.DialContext),
				mailaction.WithSleep(func(ctx context.Context, d time.Duration) error {
					select {
					case <-time.After(d):
						return nil
					case <-ctx.Done():
						return ctx.Err()
					}
				}))
			all := mailerrors.All(err)
			if len(all) == 0 || all[0].Kind != mailerrors.KindRelayDenied || len(all[0].Hints) == 0 {
				t.Fatalf("send: %v, want relay_denied with hints", err)
			}
			// The same hint; the POP hint's text says when the login ran,
			// which differs.
			if got := all[0].Hints[0]; got.Field != first.Field || (!tc.pop && got != first) {
				t.Fatalf("send's first hint %q (%s), doctor's %q (%s)", got.Text, got.Field, first.Text, first.Field)
			}
		})
	}
}

// TestRealDoctorPOPWrongPassword: the doctor and the Sender lead with the
// same hint for a POP3 login that Dovecot refuses.
func TestRealDoctorPOPWrongPassword(t *testing.T) {
	srv := realservers.Get(t)
	bob := srv.User(t, "bob")
	bob.Password = "wrong-password"
	cfg := popConfig(t, srv, srv.SMTPPOPBSMTP, bob)
	opts := realOptions(t, srv)
	rep := diagnose.Run(testctx.New(t), cfg, opts)
	st := mustStep(t, rep, diagnose.StepPOP)
	if st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindPOPFailed || len(st.Hints) == 0 {
		dump(t, rep)
		t.Fatalf("pop step %s %s", st.Status, st.Kind)
	}
	_, err := mailaction.SendEmail(testctx.New(t), cfg, &mailaction.Message{To: []string{"someone@example.com"}, Subject: t.Name(), Text: "hello\n"},
		mailaction.WithTLSConfig(srv.TLSConfig()))
	all := mailerrors.All(err)
	if len(all) != 1 || all[0].Kind != mailerrors.KindPOPFailed || len(all[0].Hints) == 0 {
		t.Fatalf("send: %v, want one pop_failed with hints", err)
	}
	if got := all[0].Hints[0]; got != st.Hints[0] {
		t.Fatalf("send's first hint %q (%s), doctor's %q (%s)", got.Text, got.Field, st.Hints[0].Text, st.Hints[0].Field)
	}
	if strings.Contains(err.Error(), "wrong-password") {
		t.Fatal("the password is in the error")
	}
}

// TestRealDoctorPOPCause: the doctor's POP step says why the connection
// failed.
func TestRealDoctorPOPCause(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	cfg := popConfig(t, srv, srv.SMTPPOPBSMTP, alice)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.POPBeforeSMTP.Port = ln.Addr().(*net.TCPAddr).Port
	ln.Close() // nothing listens there any more
	rep := diagnose.Run(testctx.New(t), cfg, realOptions(t, srv))
	st := mustStep(t, rep, diagnose.StepPOP)
	if st.Status != diagnose.StatusFailed || !strings.Contains(st.Detail, "refused") {
		dump(t, rep)
		t.Fatalf("pop step %s: %q, want failed, saying the connection was refused", st.Status, st.Detail)
	}
}

// TestRealDoctorAPOPInPlainText: the doctor follows the Sender's rules for
// the POP3 login: APOP over an unencrypted connection only when the
// options allow it, so Dovecot (which offers APOP) sees no login when they
// do not.
func TestRealDoctorAPOPInPlainText(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	cfg := popConfig(t, srv, srv.SMTPPOPBSMTP, alice)
	host, port := realservers.HostPort(t, srv.POP3)
	cfg.POPBeforeSMTP.Host, cfg.POPBeforeSMTP.Port, cfg.POPBeforeSMTP.TLS = host, port, config.TLSNone
	src := realservers.SourceAddr()
	opts := realOptions(t, srv)
	opts.Dialer = &net.Dialer{LocalAddr: &net.TCPAddr{IP: src}, Timeout: 10 * time.Second}
	rep := diagnose.Run(testctx.New(t), cfg, opts)
	st := mustStep(t, rep, diagnose.StepPOP)
	if st.Status == diagnose.StatusOK {
		dump(t, rep)
		t.Fatalf("pop step ok with options that forbid the login in plain text")
	}
	// Dovecot logs in the background, in order: after one allowed login
	// from the same address shows in its log, a forbidden one would too.
	cfg.POPBeforeSMTP = popConfig(t, srv, srv.SMTPPOPBSMTP, alice).POPBeforeSMTP
	if st := mustStep(t, diagnose.Run(testctx.New(t), cfg, opts), diagnose.StepPOP); st.Status != diagnose.StatusOK {
		t.Fatalf("pop step over POP3S: %s %s", st.Status, st.Detail)
	}
	deadline := time.Now().Add(10 * time.Second)
	for srv.POPLoginsFrom(t, src) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if n := srv.POPLoginsFrom(t, src); n != 1 {
		t.Fatalf("Dovecot saw %d logins from %s, want only the one over TLS: the options forbid APOP in plain text", n, src)
	}
}
