package throughput

import (
	"context"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// senderRow sends every message through one Sender with k connections,
// from k goroutines; the Sender's other options are its defaults, but
// for NoChunking.
func senderRow(k int, noChunking bool) func(context.Context, *env) error {
	return func(ctx context.Context, e *env) error {
		cfg := config.SMTP{
			Host:     e.rc.Host,
			Port:     e.rc.Port,
			TLS:      config.TLSNone,
			From:     fromAddr,
			HeloName: heloName,
			Pool:     config.Pool{MaxConns: k, NoChunking: noChunking},
		}
		if e.tls {
			cfg.TLS = config.TLSStartTLS
			cfg.CAFile = e.rc.CAFile
		}
		s, err := mailaction.NewSender(cfg, mailaction.WithDialer(countingDialer(e.turns)))
		if err != nil {
			return err
		}
		err = parallel(ctx, e, k, func(ctx context.Context) (func(*message) error, func() error, error) {
			send := func(m *message) error {
				_, err := s.Send(ctx, &mailaction.Message{To: []string{m.rcpt}, Subject: m.subject, Text: e.body})
				return err
			}
			return send, func() error { return nil }, nil
		})
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		return err
	}
}
