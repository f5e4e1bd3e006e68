// Package temporal runs taskmail inside Temporal workflows, where the
// engine owns retries.
//
// Activities.SendEmail sends one message with a Sender that makes one
// attempt per activity attempt. A failure comes back as a
// temporal.ApplicationError whose Type is the mail error kind
// ("relay_denied", "greylisted", ...), NonRetryable when waiting cannot
// help, with NextRetryDelay set to the least useful wait (a greylisting
// delay, a server-given wait) and an ErrorDetails (kind, codes, text,
// stage, recipient, hints) as its details, so a workflow can branch on the
// kind and show the hints. An attempt that reached some recipients records
// them, and the next attempt goes only to the others, with the same
// Message-ID. The SMTP options (and so the credentials) live in the worker,
// never in workflow history or activity inputs.
//
// NotifierWorkflow is mailaction.Notifier as a durable workflow: failures
// and successes are signals to one long-running workflow per notifier
// (Notifier.Notify and Notifier.Succeeded signal-with-start it; the
// worker interceptor of NewInterceptor reports failing workflows), it folds
// them with the same rules (package fold), and sends each mail through the
// SendEmail activity. Its state is in Temporal, not in a process: it
// survives any worker being killed, and it continues as new before its
// history grows large. Use it instead of the in-process mailaction.Notifier
// when tasks run on several workers or machines and should share one
// storm control; use mailaction.Notifier inside one process.
package temporal
