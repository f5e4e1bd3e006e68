package mailaction_test

import (
	"context"
	"errors"
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

func TestDirectStatsAndObserver(t *testing.T) {
	a := smtptest.StartT(t, smtptest.Config{})
	dnsSrv := dnstest.Start(t, "a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1")
	dial := func(ctx context.Context, network, addr string) (net.Conn, error) {
		if addr != "127.0.0.1:25" {
			return nil, errors.New("refused")
		}
		return (&net.Dialer{}).DialContext(ctx, network, a.Addr())
	}
	var mu sync.Mutex
	var attempts []int
	var connects []string
	obs := &mailaction.Observer{
		AttemptDone: func(_ context.Context, i mailaction.AttemptInfo) {
			mu.Lock()
			attempts = append(attempts, i.Attempt)
			mu.Unlock()
		},
		Connected: func(_ context.Context, i mailaction.ConnectInfo) {
			mu.Lock()
			connects = append(connects, i.Server)
			mu.Unlock()
		},
	}
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	s, err := mailaction.NewSender(cfg, mailaction.WithDialer(dial), mailaction.WithResolver(dnsSrv.Resolver()), mailaction.WithObserver(obs))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	res, err := s.Send(ctx, simple("x@a.example"))
	if err != nil {
		t.Fatal(err)
	}
	st := s.Stats()
	t.Logf("res.Attempts=%d Stats=%+v attempts=%v connects=%v", res.Attempts, st, attempts, connects)
	if st.Attempts != int64(res.Attempts) || st.Dials == 0 {
		t.Errorf("Stats.Attempts=%d Dials=%d, want %d and >0", st.Attempts, st.Dials, res.Attempts)
	}
}
