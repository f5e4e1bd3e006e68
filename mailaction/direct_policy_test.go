package mailaction_test

import (
	"context"
	"errors"
	"net"
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

func TestDirectAllOrNothing(t *testing.T) {
	a := smtptest.StartT(t, smtptest.Config{})
	b := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "no such user"}}}})
	dnsSrv := dnstest.Start(t,
		"a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1",
		"b.example. 300 IN MX 10 mx.b.example.", "mx.b.example. 300 IN A 127.0.0.2")
	ports := map[string]string{"127.0.0.1:25": a.Addr(), "127.0.0.2:25": b.Addr()}
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, ports[addr])
	}
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		RecipientPolicy: config.RecipientsAllOrNothing}
	_, err := mailaction.SendEmail(testctx.New(t), cfg, simple("x@a.example", "y@b.example"),
		mailaction.WithDialer(dial), mailaction.WithResolver(dnsSrv.Resolver()))
	if !errors.Is(err, mailerrors.ErrInvalidConfig) {
		t.Fatalf("err = %v, want invalid_config: all-or-nothing cannot hold across recipient domains", err)
	}
	named := false
	for _, fe := range config.FieldErrors(err) {
		named = named || fe.Field == "RecipientPolicy"
	}
	if !named {
		t.Errorf("the error does not name RecipientPolicy: %v", err)
	}
	if n := len(a.Messages()) + len(b.Messages()); n != 0 {
		t.Errorf("the MXs got %d messages; want none", n)
	}
}
