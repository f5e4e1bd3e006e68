package mailaction_test

import (
	"context"
	"errors"
	"fmt"
	"log"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// SendEmail sends one message; a refusal comes back as a typed error with
// the server's reply and what to change.
func ExampleSendEmail() {
	// A server that relays only for example.org.
	srv, err := smtptest.Start(smtptest.Config{Domains: []string{"example.org"}})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	cfg := config.SMTP{
		Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone,
		From: "Build Robot <robot@example.org>",
	}

	ctx := context.Background()
	res, err := mailaction.SendEmail(ctx, cfg, &mailaction.Message{
		To:      []string{"oncall@example.org"},
		Subject: "nightly build failed",
		Text:    "Step 3 of 7 failed.",
	})
	fmt.Println(res.Accepted, res.Attempts, err)

	_, err = mailaction.SendEmail(ctx, cfg, &mailaction.Message{
		To:      []string{"someone@elsewhere.test"},
		Subject: "nightly build failed",
	})
	var e *mailerrors.Error
	if errors.As(err, &e) {
		fmt.Println(e.Kind, e.Stage, e.Code, e.Enhanced, e.Recipient, e.Temporary)
	}
	fmt.Println(errors.Is(err, mailerrors.ErrRelayDenied))
	// Output:
	// [oncall@example.org] 1 <nil>
	// relay_denied rcpt 554 5.7.1 someone@elsewhere.test false
	// true
}

// A Sender keeps its connections open between messages; share one per
// server.
func ExampleSender() {
	srv, err := smtptest.Start(smtptest.Config{})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()

	s, err := mailaction.NewSender(config.SMTP{
		Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone,
		From: "robot@example.org",
	})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	for _, task := range []string{"backup", "report", "cleanup"} {
		res, err := s.Send(context.Background(), &mailaction.Message{
			To:      []string{"ops@example.org"},
			Subject: task + " done",
		})
		if err != nil {
			log.Fatal(err)
		}
		fmt.Println(task, res.Accepted)
	}
	fmt.Println("connections:", srv.Connections())
	// Output:
	// backup [ops@example.org]
	// report [ops@example.org]
	// cleanup [ops@example.org]
	// connections: 1
}
