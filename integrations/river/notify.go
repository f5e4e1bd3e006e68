package river

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/taskmail/taskmail/mailaction"
)

// Notifier is what FailureNotifier reports to; *mailaction.Notifier
// satisfies it.
type Notifier interface {
	Notify(ctx context.Context, f mailaction.Failure) error
	Succeeded(ctx context.Context, task string) error
}

// FailureNotifier hands River jobs' final failures to a mailaction.Notifier,
// which mails them folded and rate-limited by its rules. Give it to the
// River client twice, as its error handler and as a hook:
//
//	fn := taskriver.NewFailureNotifier(notifier)
//	client, err := river.NewClient(driver, &river.Config{
//		ErrorHandler: fn,
//		Hooks:        []rivertype.Hook{fn},
//		...
//	})
//
// A job is reported once, when it fails for good: an error on its last
// attempt (River's ErrorHandler), a river.JobCancel (a hook: River does
// not show cancellations to error handlers), or a panic on its last
// attempt. Earlier attempts are River's to retry and are not mailed. A
// job that had failed attempts and then completes is reported as
// Succeeded, so the Notifier sends its "fixed" mail when it had mailed a
// failure of the task.
//
// The task a failure is filed under is the job's kind (see WithTask); the
// failure carries the job's ID, queue, attempt and a summary of its
// arguments (values of keys that look like secrets are left out; see
// WithArgsSummary), and for a panic the stack trace as its log excerpt.
type FailureNotifier struct {
	river.HookDefaults

	n       Notifier
	task    func(*rivertype.JobRow) string
	summary func(*rivertype.JobRow) string
}

var (
	_ river.ErrorHandler          = (*FailureNotifier)(nil)
	_ rivertype.HookWorkEnd       = (*FailureNotifier)(nil)
	_ rivertype.Hook              = (*FailureNotifier)(nil)
	_ Notifier                    = (*mailaction.Notifier)(nil)
	_ mailaction.Mailer           = (*mailaction.Sender)(nil)
	_ river.Worker[SendEmailArgs] = (*SendEmailWorker)(nil)
)

// FailureNotifierOption changes a FailureNotifier.
type FailureNotifierOption func(*FailureNotifier)

// WithTask sets the task name a job's failures are filed under (and
// folded by); the default is the job's kind.
func WithTask(f func(*rivertype.JobRow) string) FailureNotifierOption {
	return func(fn *FailureNotifier) { fn.task = f }
}

// WithArgsSummary sets how a job's arguments are summarised in its
// notification; the default is ArgsSummary.
func WithArgsSummary(f func(*rivertype.JobRow) string) FailureNotifierOption {
	return func(fn *FailureNotifier) { fn.summary = f }
}

// NewFailureNotifier returns a FailureNotifier reporting to n.
func NewFailureNotifier(n Notifier, opts ...FailureNotifierOption) *FailureNotifier {
	fn := &FailureNotifier{
		n:       n,
		task:    func(j *rivertype.JobRow) string { return j.Kind },
		summary: ArgsSummary,
	}
	for _, o := range opts {
		o(fn)
	}
	return fn
}

// HandleError reports a job's error when it was the last attempt. It
// never changes what River does with the job.
func (fn *FailureNotifier) HandleError(ctx context.Context, job *rivertype.JobRow, err error) *river.ErrorHandlerResult {
	if job.Attempt >= job.MaxAttempts {
		fn.report(ctx, job, err, "")
	}
	return nil
}

// HandlePanic reports a job's panic when it was the last attempt, with
// the stack trace.
func (fn *FailureNotifier) HandlePanic(ctx context.Context, job *rivertype.JobRow, panicVal any, trace string) *river.ErrorHandlerResult {
	if job.Attempt >= job.MaxAttempts {
		fn.report(ctx, job, &PanicError{Value: fmt.Sprint(panicVal)}, trace)
	}
	return nil
}

// WorkEnd reports a cancellation (river.JobCancel), which River does not
// pass to error handlers, and a completion after failed attempts. It
// returns err unchanged.
func (fn *FailureNotifier) WorkEnd(ctx context.Context, job *rivertype.JobRow, err error) error {
	if err == nil {
		if len(job.Errors) > 0 {
			_ = fn.n.Succeeded(context.WithoutCancel(ctx), fn.task(job))
		}
		return nil
	}
	// Declared here, not above: the variable escapes, and WorkEnd runs for
	// every job, so a successful one should not pay for it.
	var cancel *rivertype.JobCancelError
	if errors.As(err, &cancel) {
		reason := cancel.Unwrap() // the reason, with its kind and hints
		if reason == nil {
			reason = err
		}
		fn.report(ctx, job, reason, "")
	}
	return err
}

// PanicError is the error a job's panic is reported with.
type PanicError struct {
	Value string // the panic value, as fmt.Sprint prints it
}

// Error returns "panic: " and the value.
func (e *PanicError) Error() string { return "panic: " + e.Value }

// report hands a job's final failure to the Notifier. River never passes
// a cancellation to HandleError or HandlePanic, so only WorkEnd unwraps
// one.
func (fn *FailureNotifier) report(ctx context.Context, job *rivertype.JobRow, err error, trace string) {
	attrs := map[string]string{
		"river_job_id":       strconv.FormatInt(job.ID, 10),
		"river_kind":         job.Kind,
		"river_queue":        job.Queue,
		"river_attempt":      strconv.Itoa(job.Attempt) + " of " + strconv.Itoa(job.MaxAttempts),
		"river_args_summary": fn.summary(job),
	}
	f := mailaction.Failure{
		Task:       fn.task(job),
		Err:        err,
		Attempt:    job.Attempt,
		Attributes: attrs,
		LogExcerpt: trace,
	}
	if job.AttemptedAt != nil {
		f.Start = *job.AttemptedAt
	}
	// The job's context may be ending (a timeout): the Notifier queues and
	// returns at once anyway.
	_ = fn.n.Notify(context.WithoutCancel(ctx), f)
}

// maxSummary is the longest argument summary ArgsSummary returns.
const maxSummary = 300

// ArgsSummary returns a short JSON summary of a job's arguments: the
// top-level keys in order, with the values of keys that look like secrets
// (password, secret, token, key, auth, credential) replaced by
// "[redacted]", strings over 60 characters cut, and the whole cut at 300
// characters.
func ArgsSummary(job *rivertype.JobRow) string {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(job.EncodedArgs, &m); err != nil {
		return "(arguments are not a JSON object)"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteByte(',')
		}
		kb, _ := json.Marshal(k)
		b.Write(kb)
		b.WriteByte(':')
		v := m[k]
		switch {
		case secretKey(k):
			b.WriteString(`"[redacted]"`)
		case len(v) > 60:
			var s string
			if json.Unmarshal(v, &s) == nil {
				vb, _ := json.Marshal(cut(s, 57) + "...")
				b.Write(vb)
			} else {
				b.WriteString(`"(` + strconv.Itoa(len(v)) + ` bytes)"`)
			}
		default:
			b.Write(v)
		}
	}
	b.WriteByte('}')
	return cut(b.String(), maxSummary)
}

// cut returns s cut to at most n bytes, on a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n]
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// secretKey reports whether an argument's name looks like a secret's.
func secretKey(k string) bool {
	k = strings.ToLower(k)
	for _, w := range []string{"password", "passwd", "secret", "token", "key", "auth", "credential"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}
