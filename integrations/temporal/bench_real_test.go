package temporal_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"go.temporal.io/sdk/client"
	sdktemporal "go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// benchWorkflow runs n SendEmail activities, at most par at a time.
func benchWorkflow(ctx workflow.Context, n, par int, msg mailaction.Message) error {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: time.Minute,
		RetryPolicy: &sdktemporal.RetryPolicy{MaximumAttempts: 1}})
	var fs []workflow.Future
	for i := range n {
		if len(fs) == par {
			if err := fs[0].Get(ctx, nil); err != nil {
				return err
			}
			fs = fs[1:]
		}
		m := msg
		m.Subject = fmt.Sprintf("%s %d", msg.Subject, i)
		fs = append(fs, workflow.ExecuteActivity(ctx, temporal.SendEmailActivityName, temporal.SendEmailInput{Message: m}))
	}
	for _, f := range fs {
		if err := f.Get(ctx, nil); err != nil {
			return err
		}
	}
	return nil
}

// BenchmarkSendEmail sends small messages to an in-process SMTP server,
// through the SendEmail activity on the Temporal dev server and through a
// plain Sender with the same options, one at a time and 16 at a time, and
// reports sends/s: the ratio of the two is the engine's overhead.
func BenchmarkSendEmail(b *testing.B) {
	c := devServer(b)
	srv := smtptest.StartT(b, smtptest.Config{})
	cfg := config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org"}
	msg := mailaction.Message{To: []string{"ops@example.org"}, Subject: "bench", Text: "All tasks ran.\n"}
	acts, err := temporal.NewActivities(cfg)
	if err != nil {
		b.Fatal(err)
	}
	defer acts.Close()
	q := taskQueue(b)
	w := worker.New(c, q, worker.Options{})
	acts.Register(w)
	w.RegisterWorkflowWithOptions(benchWorkflow, workflow.RegisterOptions{Name: "bench"})
	if err := w.Start(); err != nil {
		b.Fatal(err)
	}
	defer w.Stop()
	plain, err := mailaction.NewSender(cfg, mailaction.WithoutRetries())
	if err != nil {
		b.Fatal(err)
	}
	defer plain.Close()

	for _, par := range []int{1, 16} {
		b.Run(fmt.Sprintf("temporal/par=%d", par), func(b *testing.B) {
			run, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{TaskQueue: q}, "bench", b.N, par, msg)
			if err != nil {
				b.Fatal(err)
			}
			if err := run.Get(context.Background(), nil); err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sends/s")
		})
		b.Run(fmt.Sprintf("sender/par=%d", par), func(b *testing.B) {
			sem := make(chan struct{}, par)
			errs := make(chan error, b.N)
			for i := 0; i < b.N; i++ {
				sem <- struct{}{}
				go func() {
					defer func() { <-sem }()
					m := msg
					m.Subject = fmt.Sprintf("%s %d", msg.Subject, i)
					if _, err := plain.Send(context.Background(), &m); err != nil {
						errs <- err
					}
				}()
			}
			for range par {
				sem <- struct{}{}
			}
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sends/s")
		})
	}
}
