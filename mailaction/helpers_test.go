package mailaction_test

import (
	"context"
	"crypto/tls"
	"sync"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// plain returns options for srv over plain text, with quick retries.
func plain(srv *smtptest.Server) config.SMTP {
	return config.SMTP{
		Host:  srv.Host(),
		Port:  srv.Port(),
		TLS:   config.TLSNone,
		From:  "Robot <robot@example.org>",
		Retry: config.Retry{MaxAttempts: 3, InitialInterval: time.Second, MaxInterval: time.Minute, GreylistDelay: 5 * time.Minute},
	}
}

// sleeps records the waits a Sender asks for, without waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

func (s *sleeps) all() []time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Duration(nil), s.d...)
}

func (s *sleeps) option() mailaction.Option { return mailaction.WithSleep(s.sleep) }

// trust makes the Sender trust srv's certificate.
func trust(srv *smtptest.Server) mailaction.Option {
	return mailaction.WithTLSConfig(&tls.Config{RootCAs: srv.CertPool()})
}

// fixedClock is a clock that does not move.
func fixedClock() mailaction.Option {
	t0 := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	return mailaction.WithClock(func() time.Time { return t0 })
}

func simple(to ...string) *mailaction.Message {
	return &mailaction.Message{To: to, Subject: "nightly report", Text: "All tasks ran.\n"}
}

// path is one way a transaction can go on the wire.
type path struct {
	name              string
	disablePipelining bool                // server side
	opts              []mailaction.Option // client side
}

// paths are the three transaction paths: MAIL/RCPT/BDAT with the payload
// in one write (the default with a server that offers PIPELINING and
// CHUNKING), MAIL/RCPT/DATA pipelined, and command by command.
var paths = []path{
	{name: "bdat"},
	{name: "pipelined", opts: []mailaction.Option{mailaction.WithoutChunking()}},
	{name: "stepwise", disablePipelining: true},
}
