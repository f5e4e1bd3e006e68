package temporal_test

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/mailaction"
)

// The notifier workflow in the SDK's test environment (time skips): a
// storm of signals folds into few mails whose X-Taskmail-Failures add up
// to the failures signalled, across several continue-as-new runs, and a
// success sends the "fixed" mail.
func TestNotifierWorkflowFoldsAndCarriesOver(t *testing.T) {
	var suite testsuite.WorkflowTestSuite
	suite.SetLogger(quietLogger())
	recovered := true
	cfg := config.Notifier{To: []string{"ops@example.org"}, FoldWindow: time.Minute, RateLimit: 3, RateInterval: 10 * time.Minute, Recovered: &recovered}.WithDefaults()
	params := temporal.NotifierParams{Config: cfg, MaxHistory: 150}

	var mails []mailaction.Message
	total := 0
	runs := 0
	for {
		runs++
		env := suite.NewTestWorkflowEnvironment()
		env.RegisterWorkflowWithOptions(temporal.NotifierWorkflow, workflow.RegisterOptions{Name: temporal.NotifierWorkflowName})
		env.RegisterActivityWithOptions(func(ctx context.Context, in temporal.SendEmailInput) (*mailaction.Result, error) {
			mails = append(mails, in.Message)
			return &mailaction.Result{MessageID: in.Message.MessageID}, nil
		}, activity.RegisterOptions{Name: temporal.SendEmailActivityName})
		signal := func(i int, at time.Duration) {
			env.RegisterDelayedCallback(func() {
				task := "a"
				if i%3 == 0 {
					task = "b"
				}
				env.SignalWorkflow(temporal.SignalFailure, temporal.FailureInfo{Task: task, Error: fmt.Sprintf("job %d: exit status %d", i, i%5)})
			}, at)
			total++
		}
		switch runs {
		case 1: // 150 failures of two tasks, a second apart; then the history is long
			for i := range 150 {
				signal(i, time.Duration(i+1)*time.Second)
			}
			env.RegisterDelayedCallback(func() { env.SetCurrentHistoryLength(1000) }, 150*time.Second+time.Millisecond)
			signal(150, 151*time.Second)
		case 2: // 150 more in the next run, then task a succeeds
			for i := 151; i < 300; i++ {
				signal(i, time.Duration(i-150)*time.Second)
			}
			env.RegisterDelayedCallback(func() {
				env.SignalWorkflow(temporal.SignalSucceeded, temporal.Success{Task: "a"})
			}, 200*time.Second)
		}
		env.RegisterDelayedCallback(func() {
			env.CancelWorkflow()
		}, 2*time.Hour)
		env.ExecuteWorkflow(temporal.NotifierWorkflowName, params)
		err := env.GetWorkflowError()
		var can *workflow.ContinueAsNewError
		if err != nil && asCAN(err, &can) {
			var next temporal.NotifierParams
			if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &next); err != nil {
				t.Fatal(err)
			}
			if next.Carry == nil {
				t.Fatal("continue-as-new without the state")
			}
			params = next
			if runs > 20 {
				t.Fatal("too many runs")
			}
			continue
		}
		break
	}
	if runs != 2 {
		t.Fatalf("%d runs, want 2 (one continue-as-new)", runs)
	}
	sum := 0
	kinds := map[string]int{}
	for _, m := range mails {
		n, _ := strconv.Atoi(m.Headers[mailaction.HeaderFailures])
		sum += n
		kinds[m.Headers[mailaction.HeaderNotice]]++
	}
	t.Logf("%d failures -> %d mails %v in %d runs", total, len(mails), kinds, runs)
	if sum != total {
		t.Errorf("mails account for %d failures, %d were signalled", sum, total)
	}
	// Over the rate limit (3 per 10 minutes), the fixed notice goes out
	// in the digest.
	fixed := kinds["recovered"]
	for _, m := range mails {
		if m.Headers[mailaction.HeaderNotice] == "digest" && strings.Contains(m.Text, "- a: fixed at") {
			fixed++
		}
	}
	if fixed != 1 {
		t.Errorf("task a fixed in %d mails, want 1: %v", fixed, kinds)
	}
	if len(mails) > 30 {
		t.Errorf("%d mails for %d failures: not folded", len(mails), total)
	}
	ids := map[string]bool{}
	for _, m := range mails {
		if ids[m.MessageID] {
			t.Errorf("Message-ID %s used twice", m.MessageID)
		}
		ids[m.MessageID] = true
	}
}

func asCAN(err error, target **workflow.ContinueAsNewError) bool {
	return errors.As(err, target)
}
