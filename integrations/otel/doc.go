// Package taskmailotel records taskmail's sends and notifications with
// OpenTelemetry: a span per send, with an event per step, and metrics
// named after OpenTelemetry's conventions. It lives in a module of its own
// so that the core module does not depend on OpenTelemetry.
//
//	obs, err := taskmailotel.New(taskmailotel.Options{}) // the global providers
//	sender, err := mailaction.NewSender(cfg, mailaction.WithObserver(obs.Observer()))
//	obs.WatchSender(sender)   // pool gauges
//	notifier, err := mailaction.NewNotifier(sender, ncfg, mailaction.WithObserver(obs.Observer()))
//	obs.WatchNotifier(notifier) // queue and spool gauges
//
// # Spans
//
// "taskmail.send" (client kind) per Send, with the attributes
// server.address and server.port, taskmail.attempts,
// taskmail.recipients.accepted and .refused and, when it failed,
// error.type (the kind of the first error), smtp.reply.code and
// smtp.reply.enhanced, and an error status whose description is the kind.
// Events: connect, tls, auth, rcpt (one per recipient and attempt:
// smtp.recipient.domain, accepted, and the refusal's code and kind), data,
// attempt. A recipient's local part is recorded only with
// Options.RecordAddresses; the server's reply text (which may quote
// addresses) and the credentials never are.
//
// # Metrics
//
//	taskmail.send.duration               histogram, s     outcome, error.type, server.address, server.port
//	taskmail.sends                       counter          outcome, error.type, taskmail.temporary
//	taskmail.send.failures               counter          error.type, taskmail.temporary (one per error: per recipient)
//	taskmail.send.attempts               counter          outcome of the attempt
//	taskmail.recipients                  counter          taskmail.recipient.outcome (accepted, refused), error.type
//	taskmail.client.connection.count     gauge            taskmail.client.connection.state (used, idle), server.address, server.port
//	taskmail.notifier.failures           counter          taskmail.overflowed
//	taskmail.notifier.queue.size         gauge
//	taskmail.notifier.spool.size         gauge            failures on disk not yet mailed
//	taskmail.notifier.mails              counter          taskmail.notice.kind
//	taskmail.notifier.folded             counter          failures folded into a "repeated" mail
//	taskmail.notifier.digested           counter          notices merged into a digest
//	taskmail.notifier.dropped            counter          failures this notifier will not mail
//
// Exported through Prometheus the dots become underscores, counters end in
// _total and the duration in _seconds (see examples/otel).
package taskmailotel
