package pop3_test

import (
	"errors"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/testctx"
)

func loginOptions(srv *pop3test.Server, mode config.TLSMode) pop3.LoginOptions {
	return pop3.LoginOptions{Addr: srv.Addr, TLSConfig: srv.ClientTLSConfig(), TLS: mode, Username: "u", Password: "p"}
}

func TestLogin(t *testing.T) {
	users := map[string]string{"u": "p"}
	for _, c := range []struct {
		name   string
		server pop3test.Config
		mode   config.TLSMode
		method string
		tls    bool
	}{
		{"implicit", pop3test.Config{Users: users, Implicit: true}, config.TLSImplicit, "USER", true},
		{"starttls", pop3test.Config{Users: users, STLS: true}, config.TLSStartTLS, "USER", true},
		{"opportunistic with STLS", pop3test.Config{Users: users, STLS: true}, config.TLSStartTLSOpportunistic, "USER", true},
		{"opportunistic APOP without STLS", pop3test.Config{Users: users, APOP: true}, config.TLSStartTLSOpportunistic, "APOP", false},
		{"none APOP", pop3test.Config{Users: users, APOP: true}, config.TLSNone, "APOP", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := pop3test.NewServer(t, c.server)
			o := loginOptions(srv, c.mode)
			o.AllowAPOP = true
			if step, err := pop3.Login(testctx.New(t), o); err != nil {
				t.Fatalf("Login: %s: %v", step, err)
			}
			l := srv.Logins()
			if len(l) != 1 || l[0].Method != c.method || l[0].TLS != c.tls {
				t.Errorf("logins = %+v, want one by %s with TLS %v", l, c.method, c.tls)
			}
		})
	}
}

func TestLoginFails(t *testing.T) {
	users := map[string]string{"u": "p"}
	t.Run("plain text", func(t *testing.T) {
		srv := pop3test.NewServer(t, pop3test.Config{Users: users})
		step, err := pop3.Login(testctx.New(t), loginOptions(srv, config.TLSNone))
		if step != pop3.StepPlainText || !errors.Is(err, pop3.ErrPlainText) {
			t.Errorf("got %s, %v; want plain_text, ErrPlainText", step, err)
		}
		if len(srv.Logins()) != 0 {
			t.Error("logged in anyway")
		}
		o := loginOptions(srv, config.TLSNone)
		o.AllowPlainText = true
		if step, err := pop3.Login(testctx.New(t), o); err != nil {
			t.Errorf("allowed: %s: %v", step, err)
		}
	})
	// APOP over an unencrypted connection only when allowed: by AllowAPOP,
	// or by AllowPlainText (which allows more).
	t.Run("APOP in plain text", func(t *testing.T) {
		srv := pop3test.NewServer(t, pop3test.Config{Users: users, APOP: true})
		for _, mode := range []config.TLSMode{config.TLSNone, config.TLSStartTLSOpportunistic} {
			step, err := pop3.Login(testctx.New(t), loginOptions(srv, mode))
			if step != pop3.StepPlainText || !errors.Is(err, pop3.ErrPlainText) {
				t.Errorf("%s: got %s, %v; want plain_text, ErrPlainText", mode, step, err)
			}
		}
		if len(srv.Logins()) != 0 {
			t.Fatal("logged in anyway")
		}
		o := loginOptions(srv, config.TLSNone)
		o.AllowPlainText = true
		if step, err := pop3.Login(testctx.New(t), o); err != nil {
			t.Fatalf("allowed by AllowPlainText: %s: %v", step, err)
		}
		if l := srv.Logins(); len(l) != 1 || l[0].Method != "APOP" {
			t.Fatalf("logins %+v, want one by APOP (better than the password in clear)", l)
		}
	})
	// The login's own timeout: a server that accepts and never greets.
	t.Run("no greeting", func(t *testing.T) {
		addr := rawtest.Serve(t, rawtest.Silent)
		start := time.Now()
		step, err := pop3.Login(testctx.New(t), pop3.LoginOptions{Addr: addr.String(), TLS: config.TLSNone, Username: "u", Password: "p", Timeout: 200 * time.Millisecond})
		if step != pop3.StepConnect || err == nil || time.Since(start) > 5*time.Second {
			t.Fatalf("got %s, %v after %s; want connect, an error, within the timeout", step, err, time.Since(start))
		}
	})
	t.Run("no STLS", func(t *testing.T) {
		srv := pop3test.NewServer(t, pop3test.Config{Users: users, APOP: true})
		if step, err := pop3.Login(testctx.New(t), loginOptions(srv, config.TLSStartTLS)); step != pop3.StepSTLS || err == nil {
			t.Errorf("got %s, %v; want stls and an error", step, err)
		}
	})
	t.Run("wrong password", func(t *testing.T) {
		srv := pop3test.NewServer(t, pop3test.Config{Users: map[string]string{"u": "other"}, STLS: true})
		step, err := pop3.Login(testctx.New(t), loginOptions(srv, config.TLSStartTLS))
		var re *pop3.ReplyError
		if step != pop3.StepAuth || !errors.As(err, &re) {
			t.Errorf("got %s, %v; want auth and a -ERR reply", step, err)
		}
	})
	t.Run("refused connection", func(t *testing.T) {
		srv := pop3test.NewServer(t, pop3test.Config{Users: users})
		o := loginOptions(srv, config.TLSNone)
		srv.Close()
		if step, err := pop3.Login(testctx.New(t), o); step != pop3.StepConnect || err == nil {
			t.Errorf("got %s, %v; want connect and an error", step, err)
		}
	})
}
