package temporal

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// SendEmailActivityName is the name Register gives Activities.SendEmail.
const SendEmailActivityName = "taskmail.SendEmail"

// SendEmailInput is the SendEmail activity's input: the message, and
// nothing of the SMTP options (they, and the credentials, stay in the
// worker). Attachments must carry their content in Data, or a Path the
// worker can read: a Reader cannot go into history.
type SendEmailInput struct {
	Message mailaction.Message `json:"message"`
}

// progress is what an attempt that reached some recipients leaves for
// the next attempt, as the activity's heartbeat details.
type progress struct {
	MessageID  string   `json:"message_id"`
	Recipients []string `json:"recipients"` // still to send to
	Accepted   []string `json:"accepted"`   // already have it
}

// Activities holds the one Sender every SendEmail activity on a worker
// shares (its connection pool and rate limit included).
type Activities struct {
	sender *mailaction.Sender
}

// NewActivities returns Activities sending through a Sender for cfg made
// WithoutRetries: each activity attempt is one attempt, and Temporal's
// retry policy, fed by the errors SendEmail returns, does the retrying.
func NewActivities(cfg config.SMTP, opts ...mailaction.Option) (*Activities, error) {
	s, err := mailaction.NewSender(cfg, append(slices.Clone(opts), mailaction.WithoutRetries())...)
	if err != nil {
		return nil, err
	}
	return &Activities{sender: s}, nil
}

// Close closes the Sender's connections.
func (a *Activities) Close() error { return a.sender.Close() }

// Register registers the SendEmail activity (as SendEmailActivityName) and
// NotifierWorkflow (as NotifierWorkflowName) on w.
func (a *Activities) Register(w worker.Registry) {
	w.RegisterActivityWithOptions(a.SendEmail, activity.RegisterOptions{Name: SendEmailActivityName})
	w.RegisterWorkflowWithOptions(NotifierWorkflow, workflow.RegisterOptions{Name: NotifierWorkflowName})
}

// SendEmail sends in.Message once and returns its Result. A failure is a
// temporal.ApplicationError (see ApplicationError): Temporal retries it
// after NextRetryDelay while it is temporary, and not at all otherwise.
//
// Every attempt of one activity carries the same Message-ID (from
// Message.IdempotencyKey, by default the workflow ID plus the activity
// ID). An attempt that reached some recipients records them (in the
// activity's heartbeat details), and the next attempt goes only to the
// recipients that failed temporarily, so nobody gets the message twice.
func (a *Activities) SendEmail(ctx context.Context, in SendEmailInput) (*mailaction.Result, error) {
	msg := in.Message
	info := activity.GetInfo(ctx)
	if msg.MessageID == "" && msg.IdempotencyKey == "" {
		msg.IdempotencyKey = info.WorkflowExecution.ID + "/" + info.ActivityID
	}
	var done progress
	if activity.HasHeartbeatDetails(ctx) && activity.GetHeartbeatDetails(ctx, &done) == nil && len(done.Recipients) > 0 {
		msg.MessageID, msg.Recipients = done.MessageID, done.Recipients
	}
	res, err := a.sender.Send(ctx, &msg)
	if res != nil {
		res.Accepted = append(slices.Clone(done.Accepted), res.Accepted...)
		res.Attempts = int(info.Attempt)
	}
	if err == nil {
		return res, nil
	}
	if res != nil && len(res.Accepted) > len(done.Accepted) {
		if next := res.RetryMessage(&msg, err); next != nil {
			activity.RecordHeartbeat(ctx, progress{MessageID: next.MessageID, Recipients: next.Recipients, Accepted: res.Accepted})
		}
	}
	activity.GetLogger(ctx).Warn("taskmail: send failed", "error", err.Error(),
		"accepted", strings.Join(resAccepted(res), ","), "attempt", info.Attempt)
	return nil, ApplicationError(err)
}

func resAccepted(r *mailaction.Result) []string {
	if r == nil {
		return nil
	}
	return r.Accepted
}

// String names the activities for logs.
func (a *Activities) String() string {
	return fmt.Sprintf("taskmail activities (%s)", SendEmailActivityName)
}
