package temporal

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
	"time"

	"go.temporal.io/sdk/client"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/mailaction"
)

// The names the notifier workflow is known by in Temporal.
const (
	NotifierWorkflowName = "taskmail.Notifier"  // the workflow type
	SignalFailure        = "taskmail.failure"   // a FailureInfo
	SignalFailures       = "taskmail.failures"  // a []FailureInfo: several at once
	SignalSucceeded      = "taskmail.succeeded" // a Success
	QueryStats           = "taskmail.stats"     // returns NotifierStats
	NotifierIDPrefix     = "taskmail-notifier-" // + Notifier.Name: the workflow ID
	defaultMaxHistory    = 10000                // events before continue-as-new
	maxErrorText         = 4 << 10              // bytes of an error text kept in history
	maxLogExcerpt        = 16 << 10             // bytes of a log excerpt kept in history
	errorTextUnavailable = "(error text unavailable: Error() panicked)"
)

// FailureInfo is a failure as the notifier workflow keeps it: plain data,
// with the error's text, kind and hints taken out of the error when it was
// reported (an error value cannot go into workflow history).
type FailureInfo struct {
	Task       string            `json:"task"`
	Step       string            `json:"step,omitempty"`
	Error      string            `json:"error"`               // the error's text, at most 4 KiB
	Kind       string            `json:"kind,omitempty"`      // the mail error kind, "" for a task's own failure
	Temporary  bool              `json:"temporary,omitempty"` // mail errors: whether waiting may help
	Hints      []string          `json:"hints,omitempty"`     // mail errors: what to try, most likely first
	Start      time.Time         `json:"start,omitzero"`
	End        time.Time         `json:"end,omitzero"`
	Attempt    int               `json:"attempt,omitempty"`
	Host       string            `json:"host,omitempty"`
	Attributes map[string]string `json:"attributes,omitempty"`
	LogExcerpt string            `json:"log_excerpt,omitempty"` // its last 16 KiB
	Weight     int               `json:"weight,omitempty"`      // failures it stands for; 0 means 1
}

// Success says that a task ran well.
type Success struct {
	Task string    `json:"task"`
	At   time.Time `json:"at"`
}

// NewFailureInfo takes what the notifier needs out of f.
func NewFailureInfo(f mailaction.Failure) FailureInfo {
	fi := FailureInfo{
		Task: f.Task, Step: f.Step, Start: f.Start, End: f.End, Attempt: f.Attempt, Host: f.Host,
		Attributes: maps.Clone(f.Attributes), LogExcerpt: f.LogExcerpt,
	}
	if len(fi.LogExcerpt) > maxLogExcerpt {
		fi.LogExcerpt = fi.LogExcerpt[len(fi.LogExcerpt)-maxLogExcerpt:]
	}
	fi.Error = errorText(f.Err)
	if len(fi.Error) > maxErrorText {
		fi.Error = fi.Error[:maxErrorText]
	}
	if all := safeAll(f.Err); len(all) > 0 {
		// As mailaction's own notifications: temporary only when every
		// mail error is (mailerrors.IsTemporary).
		fi.Kind = string(all[0].Kind)
		fi.Temporary = !slices.ContainsFunc(all, func(e *mailerrors.Error) bool { return !e.Temporary })
		for _, e := range all {
			for _, h := range e.Hints {
				fi.Hints = appendNew(fi.Hints, h.String())
			}
		}
	}
	return fi
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// errorText returns err's text; an Error method that panics (a typed nil
// pointer) gives a text that says so instead of taking the caller down.
func errorText(err error) (text string) {
	if err == nil {
		return "(no error given)"
	}
	defer func() {
		if r := recover(); r != nil {
			text = fmt.Sprintf("%s: %v; error type %T", errorTextUnavailable, r, err)
		}
	}()
	return err.Error()
}

func safeAll(err error) (all []*mailerrors.Error) {
	defer func() {
		if recover() != nil {
			all = nil
		}
	}()
	return mailerrors.All(err)
}

// Notifier reports failures to the notifier workflow named Name, starting
// it when it is not running. Any code with a Temporal client can use one:
// a workflow's activity, a task runner, a worker interceptor. Its methods
// return once Temporal has the signal; the mail is sent later, by the
// workflow.
//
// A Notifier is safe for concurrent use, and meant to be shared by a
// process: failures reported while a signal is on its way go together in
// the next one (at most maxBatch), so that a storm in one process makes
// few signals and a short history, while each Notify still returns only
// once its failure is in Temporal. Do not copy a Notifier after first use.
type Notifier struct {
	Client    client.Client
	Name      string          // which notifier: the workflow ID is NotifierIDPrefix + Name; default "default"
	TaskQueue string          // where NotifierWorkflow and the SendEmail activity are registered
	Config    config.Notifier // the folding rules and recipients, used when the workflow starts (Spool and QueueSize do not apply)
	// MaxHistory is how many history events the workflow lets pile up
	// before it continues as new; 0: 10,000.
	MaxHistory int
	// SendTimeout bounds one attempt of the SendEmail activity; 0: 2m.
	SendTimeout time.Duration
	// ResendInitial and ResendMax are the activity's retry backoff for a
	// mail that could not be sent; 0: 30s and 15m.
	ResendInitial, ResendMax time.Duration

	mu      sync.Mutex
	pending []FailureInfo
	waiters []chan error
	flying  bool
}

// maxBatch bounds the failures in one signal, and maxBatchBytes their
// approximate size, well under Temporal's payload limit (2 MB).
const (
	maxBatch      = 200
	maxBatchBytes = 512 << 10
)

// WorkflowID returns the ID of the notifier's workflow.
func (n *Notifier) WorkflowID() string {
	if n.Name == "" {
		return NotifierIDPrefix + "default"
	}
	return NotifierIDPrefix + n.Name
}

// NotifierParams is the notifier workflow's input.
type NotifierParams struct {
	Config        config.Notifier `json:"config"`
	MaxHistory    int             `json:"max_history,omitempty"`    // events before continue-as-new; 0: 10,000
	SendTimeout   time.Duration   `json:"send_timeout,omitempty"`   // one SendEmail attempt; 0: 2m
	ResendInitial time.Duration   `json:"resend_initial,omitempty"` // first wait before a mail is tried again; 0: 30s
	ResendMax     time.Duration   `json:"resend_max,omitempty"`     // longest wait; 0: 15m
	Carry         *Carry          `json:"carry,omitempty"`          // the state of the run it continues, nil for a new notifier
}

func (n *Notifier) params() (NotifierParams, error) {
	cfg := n.Config.WithDefaults()
	cfg.Spool, cfg.QueueSize = "", 0
	if err := cfg.Validate(); err != nil {
		return NotifierParams{}, err
	}
	return NotifierParams{Config: cfg, MaxHistory: n.MaxHistory, SendTimeout: n.SendTimeout,
		ResendInitial: n.ResendInitial, ResendMax: n.ResendMax}, nil
}

// ErrNoClient is returned by a Notifier without a Client or TaskQueue.
var ErrNoClient = errors.New("taskmail temporal: Notifier needs a Client and a TaskQueue")

func (n *Notifier) signal(ctx context.Context, name string, arg any) error {
	if n.Client == nil || n.TaskQueue == "" {
		return ErrNoClient
	}
	p, err := n.params()
	if err != nil {
		return err
	}
	_, err = n.Client.SignalWithStartWorkflow(ctx, n.WorkflowID(), name, arg,
		client.StartWorkflowOptions{ID: n.WorkflowID(), TaskQueue: n.TaskQueue}, NotifierWorkflowName, p)
	if err != nil {
		return fmt.Errorf("taskmail temporal: signalling notifier %s: %w", n.WorkflowID(), err)
	}
	return nil
}

// Notify reports a failure.
func (n *Notifier) Notify(ctx context.Context, f mailaction.Failure) error {
	if f.End.IsZero() {
		f.End = time.Now()
	}
	return n.NotifyInfo(ctx, NewFailureInfo(f))
}

// NotifyInfo reports a failure already taken apart (see NewFailureInfo).
// It returns once Temporal has it, or with ctx's error or the signal's
// (the failure may still reach the notifier then: a signal whose reply
// did not come in time may have been delivered, so a caller that reports
// the failure again may have it counted twice).
func (n *Notifier) NotifyInfo(ctx context.Context, fi FailureInfo) error {
	if n.Client == nil || n.TaskQueue == "" {
		return ErrNoClient
	}
	done := make(chan error, 1)
	n.mu.Lock()
	n.pending = append(n.pending, fi)
	n.waiters = append(n.waiters, done)
	if !n.flying {
		n.flying = true
		go n.send()
	}
	n.mu.Unlock()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// send signals the pending failures, a batch at a time, until none is
// left. One runs at a time: failures reported meanwhile wait for the next
// batch.
func (n *Notifier) send() {
	for {
		n.mu.Lock()
		k, size := 0, 0
		for k < len(n.pending) && k < maxBatch && (k == 0 || size < maxBatchBytes) {
			size += approxSize(&n.pending[k])
			k++
		}
		if k == 0 {
			n.flying = false
			n.mu.Unlock()
			return
		}
		// The batch is the front of the queue, cut off without copying:
		// failures reported meanwhile are appended behind it.
		batch, waiters := n.pending[:k:k], n.waiters[:k:k]
		n.pending, n.waiters = n.pending[k:], n.waiters[k:]
		if len(n.pending) == 0 {
			n.pending, n.waiters = nil, nil // the sent ones go with the batch
		}
		n.mu.Unlock()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		var err error
		if len(batch) == 1 {
			err = n.signal(ctx, SignalFailure, batch[0])
		} else {
			err = n.signal(ctx, SignalFailures, batch)
		}
		cancel()
		for _, w := range waiters {
			w <- err
		}
	}
}

func approxSize(fi *FailureInfo) int {
	s := 256 + len(fi.Task) + len(fi.Step) + len(fi.Error) + len(fi.Host) + len(fi.LogExcerpt)
	for _, h := range fi.Hints {
		s += len(h)
	}
	for k, v := range fi.Attributes {
		s += len(k) + len(v) + 8
	}
	return s
}

// Succeeded reports that task ran well: a failing task gets its "fixed"
// mail.
func (n *Notifier) Succeeded(ctx context.Context, task string) error {
	return n.signal(ctx, SignalSucceeded, Success{Task: task, At: time.Now()})
}

// Stats asks the running notifier workflow what it has done.
func (n *Notifier) Stats(ctx context.Context) (NotifierStats, error) {
	var s NotifierStats
	v, err := n.Client.QueryWorkflow(ctx, n.WorkflowID(), "", QueryStats)
	if err != nil {
		return s, err
	}
	return s, v.Get(&s)
}
