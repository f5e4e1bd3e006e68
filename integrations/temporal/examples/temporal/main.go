// Command temporal shows taskmail inside a Temporal workflow: a workflow
// whose mail step fails with a relay denial, which the workflow sees as a
// non-retryable ApplicationError of Type "relay_denied" with the hints in
// its details, and the failure mail the notifier workflow sends about it
// (reported by the worker interceptor).
//
// It needs a Temporal server (temporal server start-dev) and an SMTP server
// that delivers to -notify and refuses to relay to -relay-to:
//
//	go run . -temporal 127.0.0.1:7233 -smtp 127.0.0.1:25 -from robot@example.org -notify ops@example.org
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"os"
	"strconv"
	"time"

	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/interceptor"
	sdklog "go.temporal.io/sdk/log"
	sdktemporal "go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/mailaction"
)

// options are what the example is run with.
type options struct {
	Temporal string      // host:port of the Temporal frontend
	SMTP     config.SMTP // the mail server (and credentials: they stay in the worker)
	Notify   string      // who gets the failure mails
	RelayTo  string      // an address the server will not relay to
	Name     string      // the notifier's name
}

func main() {
	var o options
	smtpAddr := flag.String("smtp", "127.0.0.1:25", "SMTP server host:port (plain text, no auth)")
	flag.StringVar(&o.Temporal, "temporal", "127.0.0.1:7233", "Temporal frontend host:port")
	flag.StringVar(&o.SMTP.From, "from", "robot@example.org", "sender address")
	flag.StringVar(&o.Notify, "notify", "ops@example.org", "who gets the failure mails")
	flag.StringVar(&o.RelayTo, "relay-to", "someone@example.com", "an address the server will not relay to")
	flag.StringVar(&o.Name, "name", "example", "the notifier's name")
	flag.Parse()
	host, port, err := net.SplitHostPort(*smtpAddr)
	if err != nil {
		log.Fatal(err)
	}
	o.SMTP.Host = host
	o.SMTP.Port, _ = strconv.Atoi(port)
	o.SMTP.TLS = config.TLSNone
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := run(ctx, o, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// reportWorkflow is a workflow with one mail step: it sends the nightly
// report to `to`, letting Temporal retry what waiting can fix.
func reportWorkflow(ctx workflow.Context, to string) error {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: time.Minute,
		RetryPolicy:         &sdktemporal.RetryPolicy{InitialInterval: time.Second, MaximumAttempts: 5},
	})
	msg := mailaction.Message{To: []string{to}, Subject: "Nightly report", Text: "All tasks ran.\n"}
	return workflow.ExecuteActivity(ctx, temporal.SendEmailActivityName, temporal.SendEmailInput{Message: msg}).Get(ctx, nil)
}

func run(ctx context.Context, o options, out io.Writer) error {
	quiet := sdklog.NewStructuredLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})))
	c, err := client.Dial(client.Options{HostPort: o.Temporal, Logger: quiet})
	if err != nil {
		return err
	}
	defer c.Close()
	acts, err := temporal.NewActivities(o.SMTP)
	if err != nil {
		return err
	}
	defer acts.Close()
	queue := "taskmail-example"
	n := &temporal.Notifier{Client: c, Name: o.Name, TaskQueue: queue,
		Config: config.Notifier{To: []string{o.Notify}, FoldWindow: 10 * time.Second}}
	w := worker.New(c, queue, worker.Options{
		Interceptors: []interceptor.WorkerInterceptor{temporal.NewInterceptor(n, temporal.InterceptorOptions{Successes: true})},
	})
	acts.Register(w) // SendEmail and the notifier workflow
	w.RegisterWorkflowWithOptions(reportWorkflow, workflow.RegisterOptions{Name: "nightly-report"})
	if err := w.Start(); err != nil {
		return err
	}
	defer w.Stop()

	before, _ := n.Stats(ctx) // zero when the notifier has not started yet
	wr, err := c.ExecuteWorkflow(ctx, client.StartWorkflowOptions{TaskQueue: queue}, "nightly-report", o.RelayTo)
	if err != nil {
		return err
	}
	err = wr.Get(ctx, nil)
	var ae *sdktemporal.ApplicationError
	if !errors.As(err, &ae) {
		return fmt.Errorf("the workflow's mail step should have failed with an ApplicationError, got %v", err)
	}
	fmt.Fprintf(out, "mail step failed: %s (non-retryable: %v)\n", ae.Type(), ae.NonRetryable())
	var d temporal.ErrorDetails
	if err := ae.Details(&d); err == nil {
		fmt.Fprintf(out, "server said: %d %s %s\n", d.Code, d.Enhanced, d.Text)
		for _, h := range d.Hints {
			fmt.Fprintf(out, "hint: %s\n", h)
		}
	}
	// The interceptor reported the failed workflow; wait for its mail.
	for {
		st, err := n.Stats(ctx)
		if err == nil && st.Mails > before.Mails {
			fmt.Fprintf(out, "notification mails sent: %d (failures accounted for: %d)\n", st.Mails-before.Mails, st.Accounted-before.Accounted)
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("no notification mail: %w", ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}
