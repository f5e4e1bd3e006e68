// Command river sends email as River jobs on PostgreSQL and mails the
// jobs that finally fail: a SendEmailWorker with a one-attempt Sender (River
// owns retries), and a FailureNotifier handing final failures to a
// mailaction.Notifier.
//
// It needs a PostgreSQL database (-database, default $DATABASE_URL); it
// runs River's migrations in it. Without -config it sends through an SMTP
// server started in the process, which greylists the first attempt and
// relays only for example.org, and prints what that server received:
//
//	go run ./examples/river -database postgres://localhost/taskmail
//	go run ./examples/river -database ... -config taskmail.yaml -to you@example.org
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/mail"
	"os"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/taskmail/taskmail/config"
	taskriver "github.com/taskmail/taskmail/integrations/river"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

func main() {
	var o options
	flag.StringVar(&o.Database, "database", os.Getenv("DATABASE_URL"), "PostgreSQL URL")
	flag.StringVar(&o.Config, "config", "", "YAML configuration with smtp and notifier sections (default: a server started in this process)")
	flag.StringVar(&o.To, "to", "ops@example.org", "recipient of the job that succeeds")
	flag.Parse()
	log.SetFlags(0)
	if err := run(context.Background(), o, os.Stdout); err != nil {
		log.Fatal(err)
	}
}

// options are the command's flags.
type options struct {
	Database string // PostgreSQL URL
	Config   string // YAML file; "": an SMTP server in this process
	To       string // recipient of the job that succeeds
}

// run sends the two jobs, waits until both are finished or ctx ends, and
// writes what happened to out.
func run(ctx context.Context, o options, out io.Writer) error {
	if o.Database == "" {
		return errors.New("give -database or set DATABASE_URL")
	}

	var smtpCfg config.SMTP
	notifierCfg := config.Notifier{To: []string{"oncall@example.org"}}
	var srv *smtptest.Server
	if o.Config == "" {
		var err error
		srv, err = smtptest.Start(smtptest.Config{Domains: []string{"example.org"}, Greylist: 1})
		if err != nil {
			return err
		}
		defer srv.Close()
		smtpCfg = config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org",
			Retry: config.Retry{GreylistDelay: 2 * time.Second}}
	} else {
		f, err := config.Load(o.Config)
		if err != nil {
			return err
		}
		smtpCfg, notifierCfg = f.SMTP, f.Notifier
	}

	// One Sender for the jobs, one attempt each: River retries.
	sender, err := mailaction.NewSender(smtpCfg, mailaction.WithoutRetries())
	if err != nil {
		return err
	}
	defer sender.Close()
	// The notifier has its own Sender, with taskmail's own retries.
	notifySender, err := mailaction.NewSender(smtpCfg)
	if err != nil {
		return err
	}
	defer notifySender.Close()
	notifier, err := mailaction.NewNotifier(notifySender, notifierCfg)
	if err != nil {
		return err
	}

	pool, err := pgxpool.New(ctx, o.Database)
	if err != nil {
		return err
	}
	defer pool.Close()
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return err
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return err
	}

	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(sender))
	fn := taskriver.NewFailureNotifier(notifier)
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Queues:       map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: 10}},
		Workers:      workers,
		ErrorHandler: fn,                   // errors on a job's last attempt, panics
		Hooks:        []rivertype.Hook{fn}, // cancellations, and "fixed" after a failing job completes
	})
	if err != nil {
		return err
	}
	if err := client.Start(ctx); err != nil {
		return err
	}
	// Jobs whose worker died on their last attempt are discarded by River's
	// rescuer without an error handler: report them too.
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go fn.WatchRescued(watchCtx, pool, "", time.Minute)

	ok, err := client.Insert(ctx, taskriver.SendEmailArgs{To: []string{o.To}, Subject: "nightly report", Text: "All tasks ran.\n"}, nil)
	if err != nil {
		return err
	}
	denied, err := client.Insert(ctx, taskriver.SendEmailArgs{To: []string{"someone@elsewhere.test"}, Subject: "nightly report"}, nil)
	if err != nil {
		return err
	}
	for _, id := range []int64{ok.Job.ID, denied.Job.ID} {
		job, err := wait(ctx, client, id)
		if err != nil {
			return err
		}
		fmt.Fprintf(out, "job %d: %s after %d attempt(s)", job.ID, job.State, job.Attempt)
		if len(job.Errors) > 0 {
			fmt.Fprintf(out, ": %s", job.Errors[len(job.Errors)-1].Error)
		}
		fmt.Fprintln(out)
	}

	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := client.Stop(stopCtx); err != nil {
		log.Print(err)
	}
	if err := notifier.Close(stopCtx); err != nil {
		log.Print(err)
	}
	if srv != nil {
		for _, m := range srv.Messages() {
			msg, err := mail.ReadMessage(bytes.NewReader(m.Data))
			if err != nil {
				continue
			}
			fmt.Fprintf(out, "received for %v: %s\n", m.To, msg.Header.Get("Subject"))
		}
	}
	return nil
}

// wait polls until the job is finished (completed, cancelled or
// discarded), or ctx ends.
func wait(ctx context.Context, c *river.Client[pgx.Tx], id int64) (*rivertype.JobRow, error) {
	for {
		job, err := c.JobGet(ctx, id)
		if err != nil {
			return nil, err
		}
		switch job.State {
		case rivertype.JobStateCompleted, rivertype.JobStateCancelled, rivertype.JobStateDiscarded:
			return job, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("job %d still %s: %w", id, job.State, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
