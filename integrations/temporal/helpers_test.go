package temporal_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	enumspb "go.temporal.io/api/enums/v1"
	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/sdk/client"
	sdklog "go.temporal.io/sdk/log"
	sdktemporal "go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/mailaction"
)

// The variables scripts/services/temporal.sh writes.
const (
	envTemporalAddr      = "TASKMAIL_TEST_TEMPORAL_ADDR"
	envTemporalNamespace = "TASKMAIL_TEST_TEMPORAL_NAMESPACE"
)

// quietLogger keeps the SDK's routine logging out of the test output.
func quietLogger() sdklog.Logger {
	return sdklog.NewStructuredLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})))
}

// devServer returns a client of the Temporal dev server scripts/test
// starts. Without it the test skips, or fails when CI is set.
func devServer(t testing.TB) client.Client {
	t.Helper()
	addr := realservers.Env(t, envTemporalAddr, "Temporal dev server not running: run scripts/test")
	ns := os.Getenv(envTemporalNamespace)
	if ns == "" {
		ns = "default"
	}
	c, err := client.Dial(client.Options{HostPort: addr, Namespace: ns, Logger: quietLogger()})
	if err != nil {
		t.Fatalf("dialing the Temporal dev server at %s: %v", addr, err)
	}
	t.Cleanup(c.Close)
	return c
}

// taskQueue returns a task queue of the test's own.
func taskQueue(t testing.TB) string {
	return fmt.Sprintf("taskmail-%s-%d", strings.ReplaceAll(t.Name(), "/", "-"), time.Now().UnixNano())
}

// sendWorker runs, until the test ends, a worker on a task queue of the
// test's own with the activities for cfg and the send workflow, and
// returns the queue. The activities close after the worker stops.
func sendWorker(t testing.TB, c client.Client, cfg config.SMTP, opts ...mailaction.Option) string {
	t.Helper()
	acts, err := temporal.NewActivities(cfg, opts...)
	if err != nil {
		t.Fatalf("activities: %v", err)
	}
	t.Cleanup(func() { _ = acts.Close() })
	q := taskQueue(t)
	w := worker.New(c, q, worker.Options{})
	acts.Register(w)
	w.RegisterWorkflowWithOptions(sendWorkflow, workflow.RegisterOptions{Name: "send"})
	if err := w.Start(); err != nil {
		t.Fatalf("starting the worker: %v", err)
	}
	t.Cleanup(w.Stop)
	return q
}

// sendWorkflow sends one message through the SendEmail activity, letting
// Temporal retry it (every 100ms unless the error asks for more).
func sendWorkflow(ctx workflow.Context, in temporal.SendEmailInput) (*mailaction.Result, error) {
	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
		StartToCloseTimeout: time.Minute,
		RetryPolicy:         &sdktemporal.RetryPolicy{InitialInterval: 100 * time.Millisecond, BackoffCoefficient: 1, MaximumAttempts: 10},
	})
	var res mailaction.Result
	if err := workflow.ExecuteActivity(ctx, temporal.SendEmailActivityName, in).Get(ctx, &res); err != nil {
		return nil, err
	}
	return &res, nil
}

// runSend runs the send workflow for msg and returns the run.
func runSend(t testing.TB, c client.Client, queue string, msg mailaction.Message) client.WorkflowRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	run, err := c.ExecuteWorkflow(ctx, client.StartWorkflowOptions{TaskQueue: queue, WorkflowExecutionTimeout: 2 * time.Minute}, "send",
		temporal.SendEmailInput{Message: msg})
	if err != nil {
		t.Fatalf("starting the workflow: %v", err)
	}
	return run
}

// history returns the run's events.
func history(t testing.TB, c client.Client, run client.WorkflowRun) []*historypb.HistoryEvent {
	t.Helper()
	it := c.GetWorkflowHistory(context.Background(), run.GetID(), run.GetRunID(), false, enumspb.HISTORY_EVENT_FILTER_TYPE_ALL_EVENT)
	var evs []*historypb.HistoryEvent
	for it.HasNext() {
		ev, err := it.Next()
		if err != nil {
			t.Fatalf("reading history: %v", err)
		}
		evs = append(evs, ev)
	}
	return evs
}

// activityStarts returns the Started event of each activity in the
// history: Temporal records one per activity, for its last attempt, whose
// number it carries.
func activityStarts(evs []*historypb.HistoryEvent) []*historypb.HistoryEvent {
	var s []*historypb.HistoryEvent
	for _, ev := range evs {
		if ev.GetEventType() == enumspb.EVENT_TYPE_ACTIVITY_TASK_STARTED {
			s = append(s, ev)
		}
	}
	return s
}

// realSMTP returns options for the Postfix port addr.
func realSMTP(t testing.TB, addr string, mode config.TLSMode, from string) config.SMTP {
	host, port := realservers.HostPort(t, addr)
	return config.SMTP{Host: host, Port: port, TLS: mode, From: from, HeloName: "runner.local.test", Timeout: 20 * time.Second}
}
