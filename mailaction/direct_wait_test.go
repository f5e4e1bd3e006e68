package mailaction_test

import (
	"context"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

func directTo(t *testing.T, srv *smtptest.Server) (mailaction.Option, mailaction.Option) {
	dnsSrv := dnstest.Start(t, "a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1")
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, srv.Addr())
	}
	return mailaction.WithDialer(dial), mailaction.WithResolver(dnsSrv.Resolver())
}

// Relay gives up at once when the server's wait passes MaxElapsed
// (TestSenderHonoursServerWait); direct delivery should too.
func TestDirectServerWaitBeyondMaxElapsed(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{
		{Stage: smtptest.StageRcpt, Times: 1, Reply: smtptest.Reply{Code: 450, Enhanced: "4.7.1", Text: "Rate limit exceeded, try again in 2 hours"}},
	}})
	d, r := directTo(t, srv)
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Retry: config.Retry{MaxElapsed: 30 * time.Minute}}
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("x@a.example"), d, r, sl.option(), fixedClock())
	t.Logf("err=%v attempts=%d sleeps=%v", err, res.Attempts, sl.all())
	if err == nil || len(sl.all()) != 0 {
		t.Errorf("direct slept %v past MaxElapsed 30m and retried; relay gives up at once", sl.all())
	}
}

// Pool.RateLimit: 1 transaction per hour. The second send must wait.
func TestDirectRateLimit(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	d, r := directTo(t, srv)
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Pool: config.Pool{RateLimit: 1, RateInterval: time.Hour}}
	s, err := mailaction.NewSender(cfg, d, r, sl.option(), fixedClock())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 3; i++ {
		if _, err := s.Send(testctx.New(t), simple("x@a.example")); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("messages=%d sleeps=%v", len(srv.Messages()), sl.all())
	if len(sl.all()) == 0 {
		t.Errorf("3 sends with RateLimit 1/h went out without waiting")
	}
}

// Observer attempt numbers under direct retries.
func TestDirectObserverAttemptNumbers(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 2})
	d, r := directTo(t, srv)
	var mu sync.Mutex
	var nums []int
	obs := &mailaction.Observer{AttemptDone: func(_ context.Context, i mailaction.AttemptInfo) {
		mu.Lock()
		nums = append(nums, i.Attempt)
		mu.Unlock()
	}}
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Retry: config.Retry{MaxAttempts: 5}}
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("x@a.example"), d, r, sl.option(), mailaction.WithObserver(obs))
	t.Logf("err=%v res.Attempts=%d observer attempts=%v", err, res.Attempts, nums)
	if len(nums) != res.Attempts || nums[len(nums)-1] != res.Attempts {
		t.Errorf("AttemptDone numbers %v, Result.Attempts %d", nums, res.Attempts)
	}
}
