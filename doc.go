// Package taskmail sends email for workflow engines and task runners, and
// turns the cryptic replies of SMTP servers into typed errors that say what
// to change.
//
// Import the package that does what you need:
//
//   - [github.com/taskmail/taskmail/config]: the options (server, port, TLS
//     mode, auth, From, envelope Sender, EHLO name, POP-before-SMTP,
//     timeouts, retries), loaded from YAML or the environment, validated all
//     at once.
//   - [github.com/taskmail/taskmail/mailaction]: SendEmail (one message),
//     Sender (reusable, pooled, safe for concurrent use) and Notifier (mails
//     someone when a task fails, without blocking or flooding).
//   - [github.com/taskmail/taskmail/errors]: the error taxonomy: Kind,
//     sentinels such as ErrRelayDenied, *Error with the server's reply,
//     whether it is temporary, and remediation hints.
//   - [github.com/taskmail/taskmail/diagnose]: a step-by-step check of a
//     server and a configuration, the library behind "taskmail doctor".
//
// A task that sends a report and explains a failure:
//
//	cfg := config.SMTP{
//		Host: "mail.example.org",
//		Auth: config.Auth{Username: "robot@example.org", Password: config.Secret(os.Getenv("SMTP_PASSWORD"))},
//		From: "robot@example.org",
//	}
//	res, err := mailaction.SendEmail(ctx, cfg, &mailaction.Message{
//		To:      []string{"ops@example.org"},
//		Subject: "nightly report",
//		Text:    "All 42 jobs succeeded.",
//	})
//	var me *mailerrors.Error
//	switch {
//	case errors.Is(err, mailerrors.ErrRelayDenied) && errors.As(err, &me):
//		log.Printf("relay denied by %s; first fix: %s", me.Server, me.Hints[0])
//	case err != nil:
//		log.Printf("send failed (temporary: %v): %v", mailerrors.IsTemporary(err), err)
//	default:
//		log.Printf("sent %s after %d attempt(s)", res.MessageID, res.Attempts)
//	}
//
// The command taskmail (cmd/taskmail) sends, explains a pasted reply, and
// diagnoses a server: "taskmail explain '554 5.7.1 <a@b.example>: Relay
// access denied'" prints the kind and what to change.
package taskmail
