package throughput

import (
	"context"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// senderRows are taskmail's own rows: one Sender with a single connection
// sending from one goroutine, and one with the default pool sending from
// as many goroutines as it has connections.
func senderRows() []row {
	return []row{
		{name: "taskmail Sender, 1 conn", key: keySender1, run: senderRow(1)},
		{name: "taskmail Sender, pooled (default 5 conns)", key: keySenderPool, run: senderRow(0)},
	}
}

// defaultPoolConns is what config.Pool.MaxConns 0 stands for.
const defaultPoolConns = 5

func senderRow(maxConns int) func(context.Context, *env) error {
	return func(ctx context.Context, e *env) error {
		cfg := config.SMTP{
			Host:     e.host,
			Port:     e.port,
			TLS:      config.TLSNone,
			From:     fromAddr,
			HeloName: heloName,
			Pool:     config.Pool{MaxConns: maxConns},
		}
		if e.tls {
			cfg.TLS = config.TLSStartTLS
			cfg.CAFile = e.certFile
		}
		s, err := mailaction.NewSender(cfg)
		if err != nil {
			return err
		}
		workers := maxConns
		if workers == 0 {
			workers = defaultPoolConns
		}
		err = parallel(ctx, e, workers, func(ctx context.Context) (func(*message) error, func() error, error) {
			send := func(m *message) error {
				_, err := s.Send(ctx, &mailaction.Message{To: []string{m.rcpt}, Subject: m.subject, Text: m.body})
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
