package river_test

import (
	"bytes"
	"context"
	"errors"
	"net/mail"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	taskriver "github.com/taskmail/taskmail/integrations/river"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// fakeSender returns a one-attempt Sender for the in-process server.
func fakeSender(t testing.TB, srv *smtptest.Server, greylistDelay time.Duration) *mailaction.Sender {
	t.Helper()
	s, err := mailaction.NewSender(config.SMTP{
		Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org",
		Retry: config.Retry{GreylistDelay: greylistDelay},
	}, mailaction.WithoutRetries())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func messageID(t testing.TB, r smtptest.Received) string {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(r.Data))
	if err != nil {
		t.Fatal(err)
	}
	return m.Header.Get("Message-ID")
}

// TestGreylistSnoozes: a greylisted job snoozes for the greylist delay
// (no attempt used), then completes; the server got one copy.
func TestGreylistSnoozes(t *testing.T) {
	db := newDatabase(t)
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(fakeSender(t, srv, time.Second)))
	rec := &recorder{}
	c := db.start(t, db.clientConfig(workers, taskriver.NewFailureNotifier(rec)))

	start := time.Now()
	ins, err := c.Insert(context.Background(), taskriver.SendEmailArgs{To: []string{"ops@example.org"}, Subject: "greylisted"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	job := waitJob(t, c, ins.Job.ID, 30*time.Second, rivertype.JobStateCompleted, rivertype.JobStateDiscarded, rivertype.JobStateCancelled)
	if job.State != rivertype.JobStateCompleted {
		t.Fatalf("state %s, errors %v", job.State, job.Errors)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("completed after %v, before the 1s greylist delay", took)
	}
	if job.Attempt != 1 || len(job.Errors) != 0 {
		t.Errorf("attempt %d, errors %v; want 1 attempt (a snooze uses none), no error", job.Attempt, job.Errors)
	}
	if !bytes.Contains(job.Metadata, []byte(`"snoozes": 1`)) && !bytes.Contains(job.Metadata, []byte(`"snoozes":1`)) {
		t.Errorf("metadata %s: want one snooze", job.Metadata)
	}
	if got := srv.Messages(); len(got) != 1 {
		t.Fatalf("server got %d messages, want 1", len(got))
	}
	if f, s := rec.all(); len(f) != 0 || len(s) != 0 {
		t.Errorf("notified %v, succeeded %v; want nothing", f, s)
	}
}

// TestPartialDelivery: one recipient accepted, one deferred with a wait,
// one unknown: the job snoozes and its next attempt goes only to the
// deferred one, with the same Message-ID.
func TestPartialDelivery(t *testing.T) {
	db := newDatabase(t)
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{
		{Stage: smtptest.StageRcpt, Match: "late@", Times: 1, Reply: smtptest.Reply{Code: 450, Enhanced: "4.2.1", Text: "Mailbox busy, try again in 1 second"}},
		{Stage: smtptest.StageRcpt, Match: "gone@", Reply: smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "User unknown"}},
	}})
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(fakeSender(t, srv, time.Second)))
	c := db.start(t, db.clientConfig(workers, nil))

	ins, err := c.Insert(context.Background(), taskriver.SendEmailArgs{
		To: []string{"ops@example.org", "late@example.org", "gone@example.org"}, Subject: "partial",
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	job := waitJob(t, c, ins.Job.ID, 30*time.Second, rivertype.JobStateCompleted, rivertype.JobStateDiscarded, rivertype.JobStateCancelled)
	if job.State != rivertype.JobStateCompleted {
		t.Fatalf("state %s, errors %v", job.State, job.Errors)
	}
	got := srv.Messages()
	if len(got) != 2 {
		t.Fatalf("server got %d messages, want 2", len(got))
	}
	if !slices.Equal(got[0].To, []string{"ops@example.org"}) || !slices.Equal(got[1].To, []string{"late@example.org"}) {
		t.Errorf("envelopes %v then %v; want [ops] then [late]", got[0].To, got[1].To)
	}
	if a, b := messageID(t, got[0]), messageID(t, got[1]); a != b || a == "" {
		t.Errorf("Message-IDs %q and %q; want one", a, b)
	}
	if !bytes.Contains(job.Output(), []byte("ops@example.org")) || !bytes.Contains(job.Output(), []byte("late@example.org")) {
		t.Errorf("output %s: want both accepted recipients", job.Output())
	}
}

// TestTemporaryRetries: a 421 with no wait named is returned as an
// error; River retries on its schedule and the next attempt delivers.
func TestTemporaryRetries(t *testing.T) {
	db := newDatabase(t)
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageMail, Kind: smtptest.Fault421, Times: 1}}})
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(fakeSender(t, srv, time.Second)))
	rec := &recorder{}
	cfg := db.clientConfig(workers, taskriver.NewFailureNotifier(rec))
	cfg.RetryPolicy = quickRetry{}
	c := db.start(t, cfg)
	ins, err := c.Insert(context.Background(), taskriver.SendEmailArgs{To: []string{"ops@example.org"}, Subject: "421"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	job := waitJob(t, c, ins.Job.ID, 30*time.Second, rivertype.JobStateCompleted, rivertype.JobStateDiscarded, rivertype.JobStateCancelled)
	if job.State != rivertype.JobStateCompleted || job.Attempt != 2 || len(job.Errors) != 1 {
		t.Fatalf("state %s, attempt %d, errors %v; want completed on attempt 2 after one error", job.State, job.Attempt, job.Errors)
	}
	if n := len(srv.Messages()); n != 1 {
		t.Errorf("server got %d messages, want 1", n)
	}
	// It had failed, so it is reported as succeeded (no failure was
	// reported: the first attempt was not its last).
	if f, s := rec.all(); len(f) != 0 || !slices.Equal(s, []string{taskriver.KindSendEmail}) {
		t.Errorf("notified %d, succeeded %v; want 0 and [%s]", len(f), s, taskriver.KindSendEmail)
	}
}

// quickRetry retries after 100ms, so tests do not wait River's default
// backoff.
type quickRetry struct{}

func (quickRetry) NextRetry(*rivertype.JobRow) time.Time {
	return time.Now().Add(100 * time.Millisecond)
}

// panicArgs is a job that panics.
type panicArgs struct {
	Name string `json:"name"`
}

func (panicArgs) Kind() string { return "taskmail_test_panic" }

type panicWorker struct {
	river.WorkerDefaults[panicArgs]
}

func (panicWorker) Work(context.Context, *river.Job[panicArgs]) error {
	panic("nil map in step 3")
}

// TestPanicNotifiesOnce: a job that panics on each of its two attempts
// gives one notification (its last attempt), with the trace, and one mail.
func TestPanicNotifiesOnce(t *testing.T) {
	db := newDatabase(t)
	mm := &memMailer{}
	n, err := mailaction.NewNotifier(mm, config.Notifier{To: []string{"oncall@example.org"}, RateLimit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{next: n}
	workers := river.NewWorkers()
	river.AddWorker(workers, panicWorker{})
	cfg := db.clientConfig(workers, taskriver.NewFailureNotifier(rec))
	cfg.RetryPolicy = quickRetry{}
	c := db.start(t, cfg)
	ins, err := c.Insert(context.Background(), panicArgs{Name: "nightly"}, &river.InsertOpts{MaxAttempts: 2})
	if err != nil {
		t.Fatal(err)
	}
	job := waitJob(t, c, ins.Job.ID, 30*time.Second, rivertype.JobStateDiscarded)
	if job.Attempt != 2 {
		t.Fatalf("attempt %d, want 2", job.Attempt)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	f, _ := rec.all()
	if len(f) != 1 {
		t.Fatalf("%d notifications, want 1", len(f))
	}
	var pe *taskriver.PanicError
	if !errors.As(f[0].Err, &pe) || pe.Value != "nil map in step 3" {
		t.Errorf("error %v, want the panic", f[0].Err)
	}
	if f[0].Task != "taskmail_test_panic" || f[0].Attempt != 2 || f[0].Attributes["river_job_id"] != strconv.FormatInt(job.ID, 10) ||
		f[0].Attributes["river_attempt"] != "2 of 2" || f[0].Attributes["river_args_summary"] != `{"name":"nightly"}` {
		t.Errorf("failure %+v", f[0])
	}
	if f[0].LogExcerpt == "" {
		t.Error("no stack trace in the log excerpt")
	}
	if msgs := mm.all(); len(msgs) != 1 {
		t.Errorf("%d mails, want 1", len(msgs))
	}
}

// failArgs is a job that fails for good, by an error on its last attempt
// or by cancelling itself.
type failArgs struct {
	N      int  `json:"n"`
	Cancel bool `json:"cancel"`
}

func (failArgs) Kind() string { return "taskmail_test_fail" }

type failWorker struct {
	river.WorkerDefaults[failArgs]
}

func (failWorker) Work(_ context.Context, j *river.Job[failArgs]) error {
	if j.Args.Cancel {
		return river.JobCancel(&mailerrors.Error{Kind: mailerrors.KindRecipientUnknown, Stage: mailerrors.StageRcpt, Code: 550,
			Enhanced: "5.1.1", Text: "User unknown: job " + strconv.Itoa(j.Args.N), Recipient: "gone@example.org"})
	}
	return errors.New("report " + strconv.Itoa(j.Args.N) + " could not be built: disk full")
}

// TestStormFolds: 1,000 jobs failing for good (half by an error on their
// last attempt, half cancelled) give mails by the folding rules, and the
// mails account for every failure exactly.
func TestStormFolds(t *testing.T) {
	db := newDatabase(t)
	mm := &memMailer{}
	n, err := mailaction.NewNotifier(mm, config.Notifier{To: []string{"oncall@example.org"}, FoldWindow: time.Hour, RateLimit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{next: n}
	workers := river.NewWorkers()
	river.AddWorker(workers, failWorker{})
	c := db.start(t, db.clientConfig(workers, taskriver.NewFailureNotifier(rec)))

	const total = 1000
	params := make([]river.InsertManyParams, total)
	for i := range params {
		params[i] = river.InsertManyParams{Args: failArgs{N: i, Cancel: i%2 == 1}, InsertOpts: &river.InsertOpts{MaxAttempts: 1}}
	}
	if _, err := c.InsertMany(context.Background(), params); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(2 * time.Minute)
	for db.countJobs(t, "taskmail_test_fail", rivertype.JobStateDiscarded)+db.countJobs(t, "taskmail_test_fail", rivertype.JobStateCancelled) < total {
		if time.Now().After(deadline) {
			t.Fatal("jobs not finished in 2 minutes")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if d, cn := db.countJobs(t, "taskmail_test_fail", rivertype.JobStateDiscarded), db.countJobs(t, "taskmail_test_fail", rivertype.JobStateCancelled); d != total/2 || cn != total/2 {
		t.Fatalf("discarded %d, cancelled %d; want %d each", d, cn, total/2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	f, _ := rec.all()
	if len(f) != total {
		t.Fatalf("%d notifications, want %d", len(f), total)
	}
	st := n.Stats()
	if st.Notified != total || st.Accounted != total {
		t.Fatalf("stats %+v: want %d notified and accounted", st, total)
	}
	// Two fingerprints under one task (the job kind): the first of each is
	// mailed at once ("failed", then "still-failing"), the other 499 of
	// each folded into one "repeated" mail.
	var kinds []string
	sum := 0
	for _, m := range mm.all() {
		k, err := strconv.Atoi(m.Headers[mailaction.HeaderFailures])
		if err != nil {
			t.Fatalf("mail %q: %s = %q", m.Subject, mailaction.HeaderFailures, m.Headers[mailaction.HeaderFailures])
		}
		sum += k
		kinds = append(kinds, m.Headers[mailaction.HeaderNotice]+":"+strconv.Itoa(k))
	}
	slices.Sort(kinds)
	want := []string{"failed:1", "repeated:499", "repeated:499", "still-failing:1"}
	if sum != total || !slices.Equal(kinds, want) {
		t.Errorf("mails %v (accounting for %d); want %v (%d)", kinds, sum, want, total)
	}
	t.Logf("%d failing jobs → %d mails: %v", total, len(kinds), kinds)
}

// TestSweepRescuedOnce: a job River's rescuer discarded (its worker died
// on the last attempt) is reported once, with ErrWorkerLost, however many
// notifiers sweep, and again by none.
func TestSweepRescuedOnce(t *testing.T) {
	db := newDatabase(t)
	c, err := river.NewClient(riverpgxv5.New(db.pool), &river.Config{Schema: db.schema, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	var ids []int64
	for i := range 3 {
		ins, err := c.Insert(ctx, failArgs{N: i}, &river.InsertOpts{MaxAttempts: 1})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, ins.Job.ID)
	}
	// What River's rescuer writes for the first two (the third failed the
	// ordinary way, already reported by the error handler).
	if _, err := db.pool.Exec(ctx, `UPDATE `+db.schema+`.river_job SET state = 'discarded', attempt = 1, attempted_at = now(), finalized_at = now(),
		errors = ARRAY[jsonb_build_object('at', now(), 'attempt', 1, 'error', CASE WHEN id = $3 THEN 'disk full' ELSE 'Stuck job rescued by JobRescuer' END, 'trace', '')]
		WHERE id = ANY($1) OR id = $2 OR id = $3`, ids[:1], ids[1], ids[2]); err != nil {
		t.Fatal(err)
	}
	recs := []*recorder{{}, {}, {}}
	counts := make(chan int, len(recs))
	for _, r := range recs {
		go func() {
			n, err := taskriver.NewFailureNotifier(r).SweepRescued(ctx, db.pool, db.schema, 0)
			if err != nil {
				t.Error(err)
			}
			counts <- n
		}()
	}
	total := 0
	for range recs {
		total += <-counts
	}
	var got []mailaction.Failure
	for _, r := range recs {
		f, _ := r.all()
		got = append(got, f...)
	}
	if total != 2 || len(got) != 2 {
		t.Fatalf("sweeps reported %d (%d notifications); want 2", total, len(got))
	}
	for _, f := range got {
		if !errors.Is(f.Err, taskriver.ErrWorkerLost) || f.Task != "taskmail_test_fail" || f.Attributes["river_attempt"] != "1 of 1" {
			t.Errorf("failure %+v", f)
		}
		if id := f.Attributes["river_job_id"]; id != strconv.FormatInt(ids[0], 10) && id != strconv.FormatInt(ids[1], 10) {
			t.Errorf("reported job %s, not one the rescuer discarded", id)
		}
	}
	again, err := taskriver.NewFailureNotifier(&recorder{}).SweepRescued(ctx, db.pool, db.schema, 0)
	if err != nil || again != 0 {
		t.Errorf("second sweep: %d, %v; want 0", again, err)
	}
}
