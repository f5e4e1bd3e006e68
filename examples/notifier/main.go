// Command notifier is a small task runner that mails its tasks' failures:
// each task is wrapped with Notifier.Wrap, so a failure (or a panic) is
// handed to the notifier, which mails it in the background, folds repeats
// of the same failure into one mail, and mails "fixed" when the task
// succeeds again.
//
// With -spool, every failure is on disk before the task goes on, and stays
// there until the mail server accepted a mail covering it: kill the
// process and start it again with the same -spool, and what was left is
// sent.
//
// Without -config it sends through an SMTP server started in the process
// and prints the mails it received:
//
//	go run ./examples/notifier
//	go run ./examples/notifier -spool /tmp/taskmail-spool -runs 10
//	go run ./examples/notifier -config taskmail.yaml   # smtp and notifier sections
package main

import (
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net/mail"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

func main() {
	cfgPath := flag.String("config", "", "YAML configuration file with smtp and notifier sections (default: a server started in this process)")
	spool := flag.String("spool", "", "spool folder: failures are kept on disk until mailed (default: notifier.spool of the configuration, else memory only)")
	runs := flag.Int("runs", 4, "how many times to run the tasks")
	interval := flag.Duration("interval", 100*time.Millisecond, "pause between runs")
	flag.Parse()
	log.SetFlags(0)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	var smtpCfg config.SMTP
	var notifierCfg config.Notifier
	opts := []mailaction.Option{mailaction.WithLogger(logger)}
	var srv *smtptest.Server
	if *cfgPath == "" {
		var err error
		srv, err = smtptest.Start(smtptest.Config{Domains: []string{"example.org"}, StartTLS: true})
		if err != nil {
			log.Fatal(err)
		}
		defer srv.Close()
		fmt.Printf("demo server on %s\n", srv.Addr())
		smtpCfg = config.SMTP{Host: srv.Host(), Port: srv.Port(), From: "Task Runner <runner@example.org>"}
		notifierCfg = config.Notifier{To: []string{"oncall@example.org"}}
		opts = append(opts, mailaction.WithTLSConfig(&tls.Config{RootCAs: srv.CertPool()}))
	} else {
		f, err := config.Load(*cfgPath)
		if err != nil {
			log.Fatal(err)
		}
		smtpCfg, notifierCfg = f.SMTP, f.Notifier
	}
	if *spool != "" {
		notifierCfg.Spool = *spool
	}

	// One Sender per server, shared: it keeps its connections open.
	sender, err := mailaction.NewSender(smtpCfg, opts...)
	if err != nil {
		log.Fatal(err)
	}
	defer sender.Close()
	nopts := make([]mailaction.NotifierOption, len(opts))
	for i, o := range opts {
		nopts[i] = o
	}
	// With a spool that a previous run left failures in, NewNotifier sends
	// them now.
	notifier, err := mailaction.NewNotifier(sender, notifierCfg, nopts...)
	if err != nil {
		log.Fatal(err)
	}

	run := 0
	tasks := []struct {
		name string
		fn   func(ctx context.Context) error
	}{
		{"backup", func(ctx context.Context) error { return nil }},
		{"import", func(ctx context.Context) error {
			if run < 4 {
				// The row number differs each time; the notifier still
				// sees the same failure and folds the repeats.
				return fmt.Errorf("row %d: connection reset by peer", 1000+run*17)
			}
			return nil
		}},
		{"report", func(ctx context.Context) error {
			if run == 2 {
				panic("report template missing")
			}
			return nil
		}},
	}
	wrapped := make([]func(context.Context) error, len(tasks))
	for i, t := range tasks {
		wrapped[i] = notifier.Wrap(t.name, t.fn)
	}

	for run = 1; run <= *runs && ctx.Err() == nil; run++ {
		for i, t := range tasks {
			err := runTask(ctx, wrapped[i])
			status := "ok"
			if err != nil {
				status = "FAILED: " + err.Error()
			}
			fmt.Printf("run %d: %-7s %s\n", run, t.name, status)
		}
		select {
		case <-ctx.Done():
		case <-time.After(*interval):
		}
	}

	// Close mails what is still pending; with a spool, what it cannot mail
	// in time stays on disk for the next start.
	closeCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := notifier.Close(closeCtx); err != nil {
		log.Printf("notifier: %v", err)
	}
	st := notifier.Stats()
	fmt.Printf("\nnotifier: %d failures notified, %d restored from the spool, %d mails accepted covering %d failures\n",
		st.Notified, st.Restored, st.Mails, st.Accounted)

	if srv != nil {
		fmt.Println("\nmails received by the demo server:")
		for _, m := range srv.Messages() {
			msg, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
			if err != nil {
				log.Fatal(err)
			}
			fmt.Printf("  %-58s failures: %s\n", msg.Header.Get("Subject"), msg.Header.Get(mailaction.HeaderFailures))
		}
	}
}

// runTask runs one wrapped task. Wrap notifies a panic and then lets it go
// on, so a runner that outlives its tasks recovers it, as here.
func runTask(ctx context.Context, task func(context.Context) error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return task(ctx)
}
