package mailaction_test

import (
	"context"
	"errors"
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestPOPLoginCallerDeadline: a POP-before-SMTP login that is still
// running when the caller's context deadline passes (well within
// pop_before_smtp.timeout) ends the send with kind timeout, temporary,
// as any other step cut short by the deadline: not pop_failed or
// connection_failed.
func TestPOPLoginCallerDeadline(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	addr := rawtest.Serve(t, rawtest.Silent)
	host, port, _ := net.SplitHostPort(addr.String())
	p, _ := strconv.Atoi(port)
	mailaction.ForgetPOPLogin(addr.String(), "robot")
	cfg := plain(srv)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{Host: host, Port: p, TLS: config.TLSImplicit, Username: "robot", Password: "pop-secret",
		Timeout: 30 * time.Second}
	ctx, cancel := context.WithTimeout(testctx.New(t), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"))
	if took := time.Since(start); took > 10*time.Second {
		t.Fatalf("the send took %s under a 300ms deadline", took)
	}
	var me *mailerrors.Error
	if !errors.As(err, &me) {
		t.Fatalf("err = %v, want a *mailerrors.Error", err)
	}
	if me.Kind != mailerrors.KindTimeout || !me.Temporary || errors.Is(err, mailerrors.ErrPOPFailed) || errors.Is(err, mailerrors.ErrConnectionFailed) {
		t.Errorf("err = %v (kind %s, temporary %v), want a temporary timeout", err, me.Kind, me.Temporary)
	}
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v does not wrap context.DeadlineExceeded", err)
	}
	if me.Server != addr.String() {
		t.Errorf("Server = %q, want the POP server %s", me.Server, addr)
	}
}
