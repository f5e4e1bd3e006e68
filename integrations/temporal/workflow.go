package temporal

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"time"

	sdktemporal "go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/fold"
)

// NotifierStats counts what a notifier workflow did, over all its runs.
// Once everything is mailed, Accounted + Dead equals Received.
type NotifierStats struct {
	Received  int64 `json:"received"`   // failures signalled (by weight)
	Successes int64 `json:"successes"`  // successes signalled
	Mails     int64 `json:"mails"`      // mails the server accepted
	Accounted int64 `json:"accounted"`  // failures covered by those mails
	DeadMails int64 `json:"dead_mails"` // mails refused permanently (not tried again)
	Dead      int64 `json:"dead"`       // failures in them
	Pending   int   `json:"pending"`    // mails waiting to be sent
	Held      int   `json:"held"`       // notices waiting for the digest
	Runs      int   `json:"runs"`       // this run and the runs it continues
}

// OutMail is a notice decided on and not yet sent. Seq numbers the
// notifier's mails; the Message-ID is made from it, so every attempt of a
// mail (across workers, activity retries and runs) carries the same one.
type OutMail struct {
	Seq    int64                    `json:"seq"`
	Notice fold.Notice[FailureInfo] `json:"notice"`
}

// Carry is what a notifier run hands to the run it continues as.
type Carry struct {
	State  fold.State[FailureInfo] `json:"state"`
	Outbox []OutMail               `json:"outbox,omitempty"`
	Stats  NotifierStats           `json:"stats"`
	Seq    int64                   `json:"seq"`
}

// maxOutbox bounds the mails waiting while the server cannot take them;
// beyond it they are merged into one digest (as mailaction.Notifier does).
const maxOutbox = 100

// NotifierWorkflow is the notifier as a workflow: it takes failures
// (SignalFailure, a FailureInfo; SignalFailures, several) and successes (SignalSucceeded, a
// Success), folds them by the rules of package fold with workflow time, and
// sends each mail through the SendEmail activity, one at a time, which
// Temporal retries while the failure is temporary. A mail refused
// permanently is counted as dead. It continues as new when its history
// reaches NotifierParams.MaxHistory events (or Temporal suggests it),
// carrying its state over; it never ends on its own. Temporal refuses a
// continue-as-new while new signals arrive during the workflow task that
// asks for it, so under a steady stream of signals from many processes the
// history grows until a pause: Notifier batches one process's failures so
// that the signals stay few.
func NotifierWorkflow(ctx workflow.Context, p NotifierParams) error {
	cfg := p.Config
	rules := fold.Rules{Window: cfg.FoldWindow, Limit: cfg.RateLimit, Interval: cfg.RateInterval, Recovered: cfg.RecoveredEnabled()}
	var c Carry
	if p.Carry != nil {
		c = *p.Carry
	}
	m := fold.Restore(rules, c.State)
	c.Stats.Runs++
	info := workflow.GetInfo(ctx)
	sum := sha256.Sum256([]byte(info.WorkflowExecution.ID + "\x00" + info.FirstRunID))
	idBase := "<taskmail.notify." + hex.EncodeToString(sum[:8]) + "."
	maxHistory := p.MaxHistory
	if maxHistory <= 0 {
		maxHistory = defaultMaxHistory
	}
	if err := workflow.SetQueryHandler(ctx, QueryStats, func() (NotifierStats, error) {
		s := c.Stats
		s.Pending, s.Held = len(c.Outbox), m.Held()
		return s, nil
	}); err != nil {
		return err
	}
	failures := workflow.GetSignalChannel(ctx, SignalFailure)
	batches := workflow.GetSignalChannel(ctx, SignalFailures)
	successes := workflow.GetSignalChannel(ctx, SignalSucceeded)
	actx := workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: p.sendTimeout(),
		RetryPolicy: &sdktemporal.RetryPolicy{
			InitialInterval: p.resendInitial(), BackoffCoefficient: 2, MaximumInterval: p.resendMax(),
		},
	})

	emit := func(ns []fold.Notice[FailureInfo]) {
		for _, n := range ns {
			c.Seq++
			c.Outbox = append(c.Outbox, OutMail{Seq: c.Seq, Notice: n})
		}
		if len(c.Outbox) > maxOutbox {
			notices := make([]fold.Notice[FailureInfo], len(c.Outbox))
			for i := range c.Outbox {
				notices[i] = c.Outbox[i].Notice
			}
			c.Seq++
			c.Outbox = []OutMail{{Seq: c.Seq, Notice: fold.DigestOf(notices)}}
		}
	}
	onFailure := func(fi FailureInfo) {
		now := workflow.Now(ctx)
		w := max(fi.Weight, 1)
		c.Stats.Received += int64(w)
		emit(m.Fail(fold.Failure[FailureInfo]{
			Task: fi.Task, Fingerprint: fold.Fingerprint(fi.Task, fi.Kind, fi.Error), At: now, Weight: w, Sample: fi,
		}, now))
	}
	onSuccess := func(s Success) {
		now := workflow.Now(ctx)
		c.Stats.Successes++
		emit(m.Succeed(s.Task, now, now))
	}
	drain := func() {
		for {
			var fi FailureInfo
			if !failures.ReceiveAsync(&fi) {
				break
			}
			onFailure(fi)
		}
		for {
			var fis []FailureInfo
			if !batches.ReceiveAsync(&fis) {
				break
			}
			for _, fi := range fis {
				onFailure(fi)
			}
		}
		for {
			var s Success
			if !successes.ReceiveAsync(&s) {
				break
			}
			onSuccess(s)
		}
	}

	var (
		inflight    workflow.Future
		sending     OutMail
		timer       workflow.Future
		timerAt     time.Time
		cancelTimer workflow.CancelFunc
	)
	for {
		drain()
		now := workflow.Now(ctx)
		emit(m.Advance(now))
		if inflight == nil && len(c.Outbox) > 0 {
			sending = c.Outbox[0]
			c.Outbox = c.Outbox[1:]
			msg := render(cfg, &sending.Notice, idBase+strconv.FormatInt(sending.Seq, 10)+"@localhost>", info.WorkflowExecution.ID)
			inflight = workflow.ExecuteActivity(actx, SendEmailActivityName, SendEmailInput{Message: msg})
		}
		if inflight == nil {
			in := workflow.GetInfo(ctx)
			if in.GetCurrentHistoryLength() >= maxHistory || in.GetContinueAsNewSuggested() {
				drain() // signals taken in this task go with the state, none is lost
				emit(m.Advance(now))
				c.State = m.Snapshot()
				return workflow.NewContinueAsNewError(ctx, NotifierWorkflowName, NotifierParams{
					Config: cfg, MaxHistory: p.MaxHistory, SendTimeout: p.SendTimeout,
					ResendInitial: p.ResendInitial, ResendMax: p.ResendMax, Carry: &c,
				})
			}
		}
		sel := workflow.NewSelector(ctx)
		sel.AddReceive(failures, func(ch workflow.ReceiveChannel, _ bool) {
			var fi FailureInfo
			ch.Receive(ctx, &fi)
			onFailure(fi)
		})
		sel.AddReceive(batches, func(ch workflow.ReceiveChannel, _ bool) {
			var fis []FailureInfo
			ch.Receive(ctx, &fis)
			for _, fi := range fis {
				onFailure(fi)
			}
		})
		sel.AddReceive(successes, func(ch workflow.ReceiveChannel, _ bool) {
			var s Success
			ch.Receive(ctx, &s)
			onSuccess(s)
		})
		if inflight != nil {
			sel.AddFuture(inflight, func(f workflow.Future) {
				inflight = nil
				sent(ctx, &c, sending, f.Get(ctx, nil))
			})
		}
		if next := m.Next(); !next.IsZero() {
			if timer == nil || !next.Equal(timerAt) {
				if cancelTimer != nil {
					cancelTimer()
				}
				tctx, cancel := workflow.WithCancel(ctx)
				timer, timerAt, cancelTimer = workflow.NewTimer(tctx, max(next.Sub(now), time.Millisecond)), next, cancel
			}
			t := timer
			sel.AddFuture(t, func(workflow.Future) {
				if timer == t {
					timer, cancelTimer = nil, nil
				}
			})
		}
		sel.Select(ctx)
	}
}

// sent takes the outcome of a mail's SendEmail activity.
func sent(ctx workflow.Context, c *Carry, m OutMail, err error) {
	if err == nil {
		c.Stats.Mails++
		c.Stats.Accounted += int64(m.Notice.Count)
		return
	}
	var ae *sdktemporal.ApplicationError
	if errors.As(err, &ae) && ae.NonRetryable() {
		c.Stats.DeadMails++
		c.Stats.Dead += int64(m.Notice.Count)
		workflow.GetLogger(ctx).Error("taskmail notifier: mail refused permanently; not sending it again",
			"notice", string(m.Notice.Kind), "task", m.Notice.Task, "failures", m.Notice.Count, "kind", ae.Type(), "error", ae.Error())
		return
	}
	// Anything else (the activity timed out for good, was cancelled):
	// to the back of the outbox, so the mail is tried again.
	workflow.GetLogger(ctx).Warn("taskmail notifier: mail not sent; will try again", "notice", string(m.Notice.Kind), "error", err.Error())
	c.Outbox = append(c.Outbox, m)
}

func (p NotifierParams) sendTimeout() time.Duration {
	if p.SendTimeout > 0 {
		return p.SendTimeout
	}
	return 2 * time.Minute
}

func (p NotifierParams) resendInitial() time.Duration {
	if p.ResendInitial > 0 {
		return p.ResendInitial
	}
	return 30 * time.Second
}

func (p NotifierParams) resendMax() time.Duration {
	if p.ResendMax > 0 {
		return p.ResendMax
	}
	return 15 * time.Minute
}
