package river

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/riverqueue/river"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/mailaction"
)

// metadataKey is the key of the job metadata where a SendEmail job keeps
// what its next attempt needs after a partial delivery.
const metadataKey = "taskmail"

// progress is what a SendEmail job carries from one attempt to the next,
// in its metadata (River merges it into the row when an attempt ends).
type progress struct {
	MessageID  string   `json:"message_id,omitempty"` // the Message-ID every attempt sends
	Recipients []string `json:"recipients,omitempty"` // who still needs the message; empty: everyone
	Accepted   []string `json:"accepted,omitempty"`   // who has it, over all attempts
}

// DefaultMaxSnoozes is how many times a SendEmail job snoozes (waits out a
// greylisting or a server-given wait without using an attempt) before such
// a wait counts as a failed attempt.
const DefaultMaxSnoozes = 10

// SendEmailWorker works SendEmail jobs through one shared Sender. Make
// the Sender with mailaction.WithoutRetries: River owns retries, and each
// attempt of a job is one attempt at the server.
//
// Outcomes: delivered to everyone → nil (completed; the Result is the
// job's recorded output). Refused for good (mailerrors.Retryable says no)
// → river.JobCancel: not retried, no attempt burnt on a relay denial or an
// unknown user. Worth a retry with a known wait (a greylisting, a server's
// "try again in N minutes") → river.JobSnooze for that wait, at most
// MaxSnoozes times per job. Worth a retry, no wait known (a connection
// refused, a 421) → the error, and River retries on its schedule. When
// some recipients got the message, the next attempt goes only to the
// ones that failed temporarily, with the same Message-ID.
type SendEmailWorker struct {
	river.WorkerDefaults[SendEmailArgs]

	mailer     mailaction.Mailer
	maxSnoozes int
}

// WorkerOption changes a SendEmailWorker.
type WorkerOption func(*SendEmailWorker)

// WithMaxSnoozes sets how many times a job snoozes before a wait counts as
// a failed attempt (default DefaultMaxSnoozes; 0 or less: never snooze,
// always return the error).
func WithMaxSnoozes(n int) WorkerOption { return func(w *SendEmailWorker) { w.maxSnoozes = n } }

// NewSendEmailWorker returns a worker sending through m, usually a
// *mailaction.Sender made with mailaction.WithoutRetries. Register it
// with river.AddWorker.
func NewSendEmailWorker(m mailaction.Mailer, opts ...WorkerOption) *SendEmailWorker {
	w := &SendEmailWorker{mailer: m, maxSnoozes: DefaultMaxSnoozes}
	for _, o := range opts {
		o(w)
	}
	return w
}

// Work sends the job's message once and maps the outcome to River's
// contract (see SendEmailWorker).
func (w *SendEmailWorker) Work(ctx context.Context, job *river.Job[SendEmailArgs]) error {
	msg := job.Args.Message()
	if msg.MessageID == "" && msg.IdempotencyKey == "" {
		msg.IdempotencyKey = "river-job/" + strconv.FormatInt(job.ID, 10)
	}
	prev := readProgress(job.Metadata)
	if prev.MessageID != "" {
		msg.MessageID = prev.MessageID
	}
	if len(prev.Recipients) > 0 {
		msg.Recipients = prev.Recipients
	}

	res, err := w.mailer.Send(ctx, msg)
	if res == nil {
		res = &mailaction.Result{}
	}
	accepted := append(append([]string(nil), prev.Accepted...), res.Accepted...)
	if err == nil {
		_ = river.RecordOutput(ctx, outcome{MessageID: res.MessageID, Accepted: accepted, Response: res.Response})
		return nil
	}
	if ctx.Err() != nil {
		// The job's context ended (its timeout, the client stopping):
		// River decides, as for any interrupted job.
		return err
	}
	ok, wait := mailerrors.Retryable(err)
	if !ok {
		return river.JobCancel(err)
	}
	next := res.RetryMessage(msg, err)
	if next == nil {
		// Retryable, but nobody left to send to: nothing a retry can do.
		return river.JobCancel(err)
	}
	p := progress{MessageID: res.MessageID, Recipients: next.Recipients, Accepted: accepted}
	if p.MessageID == "" {
		p.MessageID = prev.MessageID
	}
	if merr := river.MetadataSet(ctx, metadataKey, p); merr != nil {
		// Only outside a River worker; the next attempt then goes to
		// everyone again.
		return fmt.Errorf("%w (and recording the recipients left failed: %w)", err, merr)
	}
	if wait > 0 && snoozes(job.Metadata) < w.maxSnoozes {
		return river.JobSnooze(wait)
	}
	return err
}

// outcome is the recorded output of a completed SendEmail job.
type outcome struct {
	MessageID string   `json:"message_id"`
	Accepted  []string `json:"accepted"`
	Response  string   `json:"response,omitempty"`
}

// readProgress returns what an earlier attempt left in the job's metadata.
func readProgress(metadata []byte) progress {
	var m struct {
		P progress `json:"taskmail"`
	}
	_ = json.Unmarshal(metadata, &m) // no or unreadable metadata: start afresh
	return m.P
}

// snoozes returns how many times River has snoozed the job (its
// "snoozes" metadata).
func snoozes(metadata []byte) int {
	var m struct {
		Snoozes int `json:"snoozes"`
	}
	_ = json.Unmarshal(metadata, &m)
	return m.Snoozes
}
