package mailaction_test

import (
	"context"
	"fmt"
	"log"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// Inside a workflow engine or job queue the engine owns retries: the
// Sender makes one attempt, Retryable says whether and when to try again,
// and RetryMessage gives the next attempt's message, to the recipients
// that still need it, with the same Message-ID.
func ExampleResult_RetryMessage() {
	// A server that defers one recipient once.
	srv, err := smtptest.Start(smtptest.Config{Rules: []smtptest.Rule{{
		Stage: smtptest.StageRcpt, Match: "late@", Times: 1,
		Reply: smtptest.Reply{Code: 450, Enhanced: "4.2.1", Text: "Mailbox busy, try again in 90 seconds"},
	}}})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	cfg := config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org"}
	s, err := mailaction.NewSender(cfg, mailaction.WithoutRetries())
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	ctx := context.Background()
	msg := &mailaction.Message{
		To:             []string{"ops@example.org", "late@example.org"},
		Subject:        "nightly build failed",
		IdempotencyKey: "workflow-7/activity-2", // the same Message-ID on every attempt
	}
	res, err := s.Send(ctx, msg)
	ok, wait := mailerrors.Retryable(err)
	fmt.Println(res.Accepted, ok, wait)

	// The engine waits, then runs the next attempt.
	next := res.RetryMessage(msg, err)
	res2, err := s.Send(ctx, next)
	fmt.Println(res2.Accepted, err, res2.MessageID == res.MessageID)
	// Output:
	// [ops@example.org] true 1m30s
	// [late@example.org] <nil> true
}
