package temporal

import (
	"context"
	"errors"
	"time"

	"go.temporal.io/sdk/interceptor"
	sdktemporal "go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/mailaction"
)

// InterceptorOptions say what the worker interceptor reports.
type InterceptorOptions struct {
	// Successes reports every workflow that completes as a success of its
	// task, so that a failing one gets its "fixed" mail. It costs a
	// signal per completed workflow.
	Successes bool
	// Skip leaves out the workflow types it returns true for.
	Skip func(workflowType string) bool
}

// NewInterceptor returns a worker interceptor (worker.Options.Interceptors)
// that reports each workflow that fails to n: the task is the workflow
// type, the error its error, with the workflow and run IDs as attributes.
// The report is a local activity that signals the notifier workflow, run
// after the workflow's own code returned. The notifier workflow itself,
// continue-as-new and cancellation are not reported.
func NewInterceptor(n *Notifier, o InterceptorOptions) interceptor.WorkerInterceptor {
	return &workerInterceptor{n: n, o: o}
}

type workerInterceptor struct {
	interceptor.WorkerInterceptorBase
	n *Notifier
	o InterceptorOptions
}

func (w *workerInterceptor) InterceptWorkflow(ctx workflow.Context, next interceptor.WorkflowInboundInterceptor) interceptor.WorkflowInboundInterceptor {
	i := &workflowInbound{w: w}
	i.Next = next
	return i
}

type workflowInbound struct {
	interceptor.WorkflowInboundInterceptorBase
	w *workerInterceptor
}

func (i *workflowInbound) ExecuteWorkflow(ctx workflow.Context, in *interceptor.ExecuteWorkflowInput) (any, error) {
	res, err := i.Next.ExecuteWorkflow(ctx, in)
	info := workflow.GetInfo(ctx)
	name := info.WorkflowType.Name
	if name == NotifierWorkflowName || i.w.o.Skip != nil && i.w.o.Skip(name) ||
		workflow.IsContinueAsNewError(err) || sdktemporal.IsCanceledError(err) || ctx.Err() != nil {
		return res, err
	}
	var report error
	switch {
	case err != nil:
		fi := NewFailureInfo(mailaction.Failure{
			Task: name, Err: err, Start: info.WorkflowStartTime, End: workflow.Now(ctx), Attempt: int(info.Attempt),
			Attributes: map[string]string{"workflow_id": info.WorkflowExecution.ID, "run_id": info.WorkflowExecution.RunID},
		})
		fromApplicationError(&fi, err)
		report = workflow.ExecuteLocalActivity(reportContext(ctx), i.w.n.notifyLocal, fi).Get(ctx, nil)
	case i.w.o.Successes:
		report = workflow.ExecuteLocalActivity(reportContext(ctx), i.w.n.succeededLocal, name).Get(ctx, nil)
	}
	if report != nil {
		workflow.GetLogger(ctx).Error("taskmail: could not report to the notifier workflow", "error", report.Error())
	}
	return res, err
}

// reportContext is ctx with the options of the local activity that
// reports to the notifier: made only when there is something to report,
// as most workflows a worker runs succeed and report nothing.
func reportContext(ctx workflow.Context) workflow.Context {
	return workflow.WithLocalActivityOptions(ctx, workflow.LocalActivityOptions{
		StartToCloseTimeout: 30 * time.Second,
		RetryPolicy:         &sdktemporal.RetryPolicy{InitialInterval: time.Second, MaximumAttempts: 10},
	})
}

// fromApplicationError fills the mail error kind and hints of a workflow
// error that carries a SendEmail failure (an ApplicationError with
// ErrorDetails), as the mail error itself does not cross the activity.
func fromApplicationError(fi *FailureInfo, err error) {
	var ae *sdktemporal.ApplicationError
	if fi.Kind != "" || !errors.As(err, &ae) || !ae.HasDetails() {
		return
	}
	var d ErrorDetails
	if ae.Details(&d) != nil || d.Kind == "" {
		return
	}
	fi.Kind, fi.Temporary = d.Kind, d.Temporary
	for _, h := range d.Hints {
		fi.Hints = appendNew(fi.Hints, h.String())
	}
}

func (n *Notifier) notifyLocal(ctx context.Context, fi FailureInfo) error {
	return n.NotifyInfo(ctx, fi)
}

func (n *Notifier) succeededLocal(ctx context.Context, task string) error {
	return n.Succeeded(ctx, task)
}
