package mailaction_test

import (
	"context"
	"errors"
	"net"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/dkimtest"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestDirectGroupsByDomain: recipients of two domains get one send each,
// to their own MX, with the envelope holding that domain's recipients
// only, the same signed message (same Message-ID) for both, and the
// Result naming the MX that took each.
func TestDirectGroupsByDomain(t *testing.T) {
	a := smtptest.StartT(t, smtptest.Config{})
	b := smtptest.StartT(t, smtptest.Config{})
	dnsSrv := dnstest.Start(t,
		"a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1",
		"b.example. 300 IN MX 10 mx.b.example.", "mx.b.example. 300 IN A 127.0.0.2",
	)
	ports := map[string]string{"127.0.0.1:25": a.Addr(), "127.0.0.2:25": b.Addr()}
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		to, ok := ports[addr]
		if !ok {
			return nil, errors.New("connection refused")
		}
		return (&net.Dialer{}).DialContext(ctx, network, to)
	}
	key := dkimtest.NewKey(t, "ed25519", 0, "example.org", "direct")
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org", DKIM: key.Options("")}
	msg := &mailaction.Message{
		To:      []string{"x@a.example", "y@b.example"},
		Cc:      []string{"z@A.example"},
		Bcc:     []string{"w@b.example"},
		Subject: "two domains",
		Text:    "hello\n",
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	res, err := mailaction.SendEmail(ctx, cfg, msg, mailaction.WithDialer(dial), mailaction.WithResolver(dnsSrv.Resolver()))
	if err != nil {
		t.Fatal(err)
	}
	if res.MX["a.example"] != "mx.a.example:25" || res.MX["b.example"] != "mx.b.example:25" {
		t.Errorf("MX %v", res.MX)
	}
	if len(res.Accepted) != 4 {
		t.Errorf("accepted %q", res.Accepted)
	}
	for _, tc := range []struct {
		srv   *smtptest.Server
		rcpts []string
	}{{a, []string{"x@a.example", "z@A.example"}}, {b, []string{"y@b.example", "w@b.example"}}} {
		msgs := tc.srv.Messages()
		if len(msgs) != 1 {
			t.Fatalf("%d messages", len(msgs))
		}
		if !slices.Equal(msgs[0].To, tc.rcpts) {
			t.Errorf("envelope %q, want %q", msgs[0].To, tc.rcpts)
		}
		if msgs[0].Helo != "runner01.example.org" || msgs[0].AuthUser != "" {
			t.Errorf("EHLO %q, AUTH %q", msgs[0].Helo, msgs[0].AuthUser)
		}
		if vs := dkimtest.Verify(t, msgs[0].Data, key); len(vs) != 1 || vs[0].Err != nil {
			t.Errorf("DKIM: %+v", vs)
		}
		if !bytesContains(msgs[0].Data, "<"+res.MessageID+">") {
			t.Errorf("Message-ID %s not in the copy", res.MessageID)
		}
	}
}

func bytesContains(b []byte, s string) bool { return strings.Contains(string(b), s) }

// TestDirectAmbiguousNotSentToNextMX: when an MX drops the connection
// after the whole message went, it may hold the message; the next MX is
// not tried at once (that could deliver a second copy), and the message
// is sent again at most Retry.MaxAmbiguous times, as with relay delivery.
func TestDirectAmbiguousNotSentToNextMX(t *testing.T) {
	drop := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultDrop}}})
	good := smtptest.StartT(t, smtptest.Config{})
	dnsSrv := dnstest.Start(t,
		"a.example. 300 IN MX 10 mx1.a.example.", "mx1.a.example. 300 IN A 127.0.0.1",
		"a.example. 300 IN MX 20 mx2.a.example.", "mx2.a.example. 300 IN A 127.0.0.2",
	)
	ports := map[string]string{"127.0.0.1:25": drop.Addr(), "127.0.0.2:25": good.Addr()}
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, ports[addr])
	}
	sl := &sleeps{}
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Retry: config.Retry{MaxAttempts: 5, InitialInterval: time.Second, MaxInterval: time.Minute}}
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	res, err := mailaction.SendEmail(ctx, cfg, simple("x@a.example"), mailaction.WithDialer(dial), mailaction.WithResolver(dnsSrv.Resolver()), sl.option())
	if err == nil {
		t.Fatal("no error")
	}
	if !res.MaybeDuplicated {
		t.Error("MaybeDuplicated not set")
	}
	if good.Connections() != 0 {
		t.Errorf("the next MX got %d connections: a second copy may have been delivered", good.Connections())
	}
	if res.Attempts != 2 || len(sl.all()) != 1 {
		t.Errorf("attempts %d, sleeps %v; want 2 (one resend, Retry.MaxAmbiguous 1)", res.Attempts, sl.all())
	}
}
