// Package river sends email from River job queues (github.com/riverqueue/river,
// on PostgreSQL) with taskmail, and mails the people who look after a
// queue when its jobs finally fail.
//
// Import it under a name of its own, next to River's:
//
//	import (
//		"github.com/riverqueue/river"
//		taskriver "github.com/taskmail/taskmail/integrations/river"
//	)
//
// Two parts, usable apart:
//
//   - SendEmailArgs and SendEmailWorker: a message as a job. The job row
//     holds the message only; the worker is given a Sender made with
//     mailaction.WithoutRetries, so River owns retries, and the outcome maps
//     to River's contract: delivered → completed; refused for good (a relay
//     denial, an unknown user) → river.JobCancel, no attempt burnt; a
//     greylisting or a wait the server named → river.JobSnooze for that
//     long; another temporary failure → the error, retried on River's
//     schedule. After a partial delivery the next attempt goes only to the
//     recipients that failed temporarily, with the same Message-ID.
//   - FailureNotifier: a River error handler and hook that hands a job's
//     final failure (an error on its last attempt, a cancellation, a panic)
//     to a mailaction.Notifier, with the job's kind, ID, attempt and a
//     summary of its arguments, and tells the Notifier when a job that had
//     failed completes, so the "fixed" mail works. The Notifier folds and
//     rate-limits as everywhere else; give it a spool folder and what it has
//     not yet mailed survives a crash of the process. A job whose worker
//     process died on its last attempt is discarded by River's rescuer
//     without any handler running: WatchRescued (or SweepRescued) finds
//     such jobs in the database and reports them, once each.
package river
