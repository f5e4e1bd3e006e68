package mailaction_test

import (
	"context"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// BenchmarkSendObserver compares a Sender without an observer with one
// whose observer does nothing in each of its functions: the second's extra
// allocs/op are what the hooks' calls cost (the info values), before an
// observer does any work of its own. The first is BenchmarkSend's
// taskmail-1conn.
func BenchmarkSendObserver(b *testing.B) {
	noop := &mailaction.Observer{
		SendStart:     func(ctx context.Context, _ mailaction.SendStartInfo) context.Context { return ctx },
		Connected:     func(context.Context, mailaction.ConnectInfo) {},
		TLSDone:       func(context.Context, mailaction.TLSInfo) {},
		AuthDone:      func(context.Context, mailaction.AuthInfo) {},
		RecipientDone: func(context.Context, mailaction.RecipientInfo) {},
		DataDone:      func(context.Context, mailaction.DataInfo) {},
		AttemptDone:   func(context.Context, mailaction.AttemptInfo) {},
		SendDone:      func(context.Context, mailaction.SendDoneInfo) {},
	}
	for _, bc := range []struct {
		name string
		opts []mailaction.Option
	}{
		{"none", nil},
		{"noop", []mailaction.Option{mailaction.WithObserver(noop)}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			sk := startSink(b)
			s, err := mailaction.NewSender(config.SMTP{
				Host: "127.0.0.1", Port: sk.port(), TLS: config.TLSNone, From: "robot@example.org",
				Pool: config.Pool{MaxConns: 1, MaxMessages: 1 << 30},
			}, bc.opts...)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Send(ctx, &mailaction.Message{To: []string{"ops@example.org"}, Subject: "backup done", Text: benchBody}); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			report(b, sk)
		})
	}
}
