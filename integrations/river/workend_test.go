package river_test

import (
	"context"
	"errors"
	"testing"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	mailerrors "github.com/taskmail/taskmail/errors"
	taskriver "github.com/taskmail/taskmail/integrations/river"
)

// WorkEnd runs for every job River works: a job that succeeds at once
// costs it no allocation, and a cancelled one is reported with the
// cancellation's reason, so that its kind and hints reach the mail.
func TestWorkEnd(t *testing.T) {
	rec := &recorder{}
	fn := taskriver.NewFailureNotifier(rec)
	ctx := context.Background()
	job := &rivertype.JobRow{ID: 1, Kind: "report", Attempt: 1, MaxAttempts: 5, EncodedArgs: []byte(`{}`)}
	if n := testing.AllocsPerRun(100, func() { _ = fn.WorkEnd(ctx, job, nil) }); n != 0 {
		t.Errorf("WorkEnd of a job that succeeded at once: %v allocations, want 0", n)
	}
	if f, s := rec.all(); len(f)+len(s) != 0 {
		t.Fatalf("a job that succeeded at once was reported: %+v %v", f, s)
	}

	reason := &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Code: 554}
	cancelled := river.JobCancel(reason)
	if got := fn.WorkEnd(ctx, job, cancelled); got != cancelled {
		t.Errorf("WorkEnd returned %v, want the job's error unchanged", got)
	}
	if f, _ := rec.all(); len(f) != 1 || f[0].Err != error(reason) {
		t.Fatalf("a cancelled job's report: %+v, want one failure with the reason %v", f, reason)
	}
	_ = fn.WorkEnd(ctx, job, errors.New("boom"))
	if f, _ := rec.all(); len(f) != 1 {
		t.Errorf("WorkEnd reported an error of a job River will retry: %+v", f)
	}
}
