package mailaction_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// newRealMXNet is an mxNet whose MX addresses lead to the real Postfix:
// 127.0.0.1 to the plain port, which delivers local.test and refuses to
// relay; 127.0.0.5 to the port that defers every recipient with 450; any
// other address is down.
func newRealMXNet(t *testing.T, s *realservers.Servers, records ...string) *mxNet {
	return newMXNet(t, map[string]string{"127.0.0.1:25": s.SMTPPlain, "127.0.0.5:25": s.SMTPTempFail}, records...)
}

func directConfig() config.SMTP {
	return config.SMTP{
		Delivery: config.DeliveryDirect,
		From:     "Robot <robot@example.org>",
		HeloName: "runner.local.test",
		Timeout:  20 * time.Second,
		Retry:    config.Retry{MaxAttempts: 3, InitialInterval: time.Second, MaxInterval: time.Minute},
	}
}

// sendDirect sends msg directly through n.
func sendDirect(t *testing.T, n *mxNet, cfg config.SMTP, msg *mailaction.Message) (*mailaction.Result, *sleeps, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	sl := &sleeps{}
	res, err := mailaction.SendEmail(ctx, cfg, msg, n.options(sl.option())...)
	if res == nil {
		t.Fatal("SendEmail returned a nil Result")
	}
	return res, sl, err
}

// TestRealDirectDelivery: with delivery direct, taskmail finds the
// recipient domain's MX in DNS and delivers to the real Postfix acting as
// that MX, in preference order, falling back when an MX is down or when
// the domain has no MX but an address.
func TestRealDirectDelivery(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	for _, tc := range []struct {
		name    string
		records []string
		mx      string   // the MX that should take the message
		dials   []string // the addresses dialed, in order
	}{
		{"by preference", []string{
			"local.test. 300 IN MX 20 mx2.local.test.", // listed first, used second
			"local.test. 300 IN MX 10 mx1.local.test.",
			"mx1.local.test. 300 IN A 127.0.0.1",
			"mx2.local.test. 300 IN A 127.0.0.2",
		}, "mx1.local.test:25", []string{"127.0.0.1:25"}},
		{"first MX down", []string{
			"local.test. 300 IN MX 10 mx1.local.test.",
			"local.test. 300 IN MX 20 mx2.local.test.",
			"mx1.local.test. 300 IN A 127.0.0.2",
			"mx2.local.test. 300 IN A 127.0.0.1",
		}, "mx2.local.test:25", []string{"127.0.0.2:25", "127.0.0.1:25"}},
		{"MX without address", []string{
			"local.test. 300 IN MX 10 gone.local.test.",
			"local.test. 300 IN MX 20 mx2.local.test.",
			"mx2.local.test. 300 IN A 127.0.0.1",
		}, "mx2.local.test:25", []string{"127.0.0.1:25"}},
		{"no MX, an address", []string{
			"local.test. 300 IN A 127.0.0.1",
		}, "local.test:25", []string{"127.0.0.1:25"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := newRealMXNet(t, s, tc.records...)
			msg := realMessage(t, bob.Address)
			res, _, err := sendDirect(t, n, directConfig(), msg)
			if err != nil {
				t.Fatalf("SendEmail: %v", err)
			}
			if got := res.MX["local.test"]; got != tc.mx || res.Server != tc.mx {
				t.Errorf("MX %q, Server %q; want %s", got, res.Server, tc.mx)
			}
			if d := n.dialed(); strings.Join(d, " ") != strings.Join(tc.dials, " ") {
				t.Errorf("dialed %q, want %q", d, tc.dials)
			}
			if len(res.Accepted) != 1 || res.Accepted[0] != bob.Address {
				t.Errorf("accepted %q", res.Accepted)
			}
			ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
			defer cancel()
			got := string(s.Fetch(t, ctx, bob, msg.Subject))
			// No AUTH, EHLO with the configured name, and STARTTLS, which
			// the plain port offers (opportunistic by default).
			if !strings.Contains(got, "from runner.local.test") {
				t.Errorf("Received lacks the EHLO name:\n%.600s", got)
			}
			if !strings.Contains(got, "SMTPS id") {
				t.Errorf("not delivered over TLS (Received should say ESMTPS):\n%.600s", got)
			}
		})
	}
}

// TestRealDirectDeliveryFailures: a null MX and a domain with neither MX
// nor address are permanent domain_not_found failures with no connection
// made; an MX that answers 4xx is retried (Retry.MaxAttempts) and stays
// temporary; an MX that is not the recipient's (Postfix refusing to
// relay) is explained as such.
func TestRealDirectDeliveryFailures(t *testing.T) {
	s := realservers.Get(t)
	t.Run("null MX", func(t *testing.T) {
		n := newRealMXNet(t, s, "nullmx.test. 300 IN MX 0 .", "nullmx.test. 300 IN A 127.0.0.1")
		res, sl, err := sendDirect(t, n, directConfig(), realMessage(t, "ops@nullmx.test"))
		e := checkError(t, err, want{sentinel: mailerrors.ErrDomainNotFound, stage: mailerrors.StageConnect, recipient: "ops@nullmx.test", textHas: "null MX"})
		if e.Temporary || len(n.dialed()) != 0 || len(sl.all()) != 0 || res.Attempts != 1 {
			t.Errorf("temporary %v, dialed %q, sleeps %v, attempts %d", e.Temporary, n.dialed(), sl.all(), res.Attempts)
		}
	})
	t.Run("no MX and no address", func(t *testing.T) {
		n := newRealMXNet(t, s, "other.test. 300 IN A 127.0.0.1")
		_, sl, err := sendDirect(t, n, directConfig(), realMessage(t, "ops@nowhere.test"))
		e := checkError(t, err, want{sentinel: mailerrors.ErrDomainNotFound, stage: mailerrors.StageConnect, recipient: "ops@nowhere.test", textHas: "no MX record and no address"})
		if e.Temporary || len(n.dialed()) != 0 || len(sl.all()) != 0 {
			t.Errorf("temporary %v, dialed %q, sleeps %v", e.Temporary, n.dialed(), sl.all())
		}
	})
	if s.SMTPTempFail == "" {
		t.Fatalf("%s is not set: restart the servers with this scripts/mta/up.sh", realservers.EnvSMTPTempFail)
	}
	t.Run("4xx retried", func(t *testing.T) {
		n := newRealMXNet(t, s, "local.test. 300 IN MX 10 mx.local.test.", "mx.local.test. 300 IN A 127.0.0.5")
		bob := s.User(t, "bob")
		res, sl, err := sendDirect(t, n, directConfig(), realMessage(t, bob.Address))
		if err == nil {
			t.Fatal("delivered through an MX that defers every recipient")
		}
		all := mailerrors.All(err)
		if len(all) != 1 || all[0].Code != 450 || !all[0].Temporary || all[0].Server != "mx.local.test:25" || all[0].Recipient != bob.Address {
			t.Fatalf("err %v (code %d, temporary %v, server %q)", err, all[0].Code, all[0].Temporary, all[0].Server)
		}
		if res.Attempts != 3 || len(sl.all()) != 2 || len(n.dialed()) != 3 {
			t.Errorf("attempts %d, sleeps %v, dials %q; want 3 attempts, 2 waits", res.Attempts, sl.all(), n.dialed())
		}
		if !mailerrors.IsTemporary(err) {
			t.Error("not temporary")
		}
	})
	t.Run("4xx, the next MX takes it", func(t *testing.T) {
		n := newRealMXNet(t, s,
			"local.test. 300 IN MX 10 busy.local.test.", "busy.local.test. 300 IN A 127.0.0.5",
			"local.test. 300 IN MX 20 mx2.local.test.", "mx2.local.test. 300 IN A 127.0.0.1")
		bob := s.User(t, "bob")
		res, sl, err := sendDirect(t, n, directConfig(), realMessage(t, bob.Address))
		if err != nil {
			t.Fatal(err)
		}
		if res.MX["local.test"] != "mx2.local.test:25" || len(sl.all()) != 0 || strings.Join(n.dialed(), " ") != "127.0.0.5:25 127.0.0.1:25" {
			t.Errorf("MX %q, sleeps %v, dials %q", res.MX, sl.all(), n.dialed())
		}
	})
	t.Run("MX not the recipient's", func(t *testing.T) {
		n := newRealMXNet(t, s, "elsewhere.test. 300 IN MX 10 mx.local.test.", "mx.local.test. 300 IN A 127.0.0.1")
		_, sl, err := sendDirect(t, n, directConfig(), realMessage(t, "ops@elsewhere.test"))
		e := checkError(t, err, want{sentinel: mailerrors.ErrRelayDenied, code: 554, enhanced: "5.7.1", stage: mailerrors.StageRcpt,
			recipient: "ops@elsewhere.test", hintField: "Delivery", hintHas: "This MX (mx.local.test:25) is not the recipient's"})
		if e.Server != "mx.local.test:25" || len(sl.all()) != 0 {
			t.Errorf("Server %q, sleeps %v", e.Server, sl.all())
		}
	})
}

// TestRealDirectRequireTLS: tls starttls with direct delivery requires
// TLS and a certificate valid for the MX's name: the test Postfix's
// certificate is for localhost, so an MX named localhost passes and one
// named mx1.local.test is refused (tls_failed), where the default
// (opportunistic) delivers to it encrypted.
func TestRealDirectRequireTLS(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	for _, tc := range []struct {
		mx string
		ok bool
	}{{"localhost", true}, {"mx1.local.test", false}} {
		t.Run(tc.mx, func(t *testing.T) {
			n := newRealMXNet(t, s, "local.test. 300 IN MX 10 "+tc.mx+".", "mx1.local.test. 300 IN A 127.0.0.1", "localhost. 300 IN A 127.0.0.1")
			cfg := directConfig()
			cfg.TLS = config.TLSStartTLS
			ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
			defer cancel()
			res, err := mailaction.SendEmail(ctx, cfg, realMessage(t, bob.Address),
				n.options((&sleeps{}).option(), mailaction.WithTLSConfig(s.TLSConfig()))...)
			if tc.ok {
				if err != nil || res.MX["local.test"] != "localhost:25" {
					t.Fatalf("err %v, MX %v", err, res.MX)
				}
				return
			}
			if !errors.Is(err, mailerrors.ErrTLSFailed) {
				t.Fatalf("err %v, want tls_failed", err)
			}
			if all := mailerrors.All(err); len(all) != 1 || all[0].Server != "mx1.local.test:25" {
				t.Errorf("errors %v", all)
			}
		})
	}
}
