package mailaction_test

import (
	"testing"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

func TestDirectWithoutRetries(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	d, r := directTo(t, srv)
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	msg := simple("x@a.example")
	res, err := mailaction.SendEmail(testctx.New(t), cfg, msg, d, r, sl.option(), mailaction.WithoutRetries())
	ok, wait := mailerrors.Retryable(err)
	t.Logf("err=%v attempts=%d sleeps=%v retryable=%v wait=%v next=%+v", err, res.Attempts, sl.all(), ok, wait, res.RetryMessage(msg, err))
	if res.Attempts != 1 || len(sl.all()) != 0 || !ok || res.RetryMessage(msg, err) == nil {
		t.Error("unexpected")
	}
}
