package river_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/mail"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/taskmail/taskmail/config"
	taskriver "github.com/taskmail/taskmail/integrations/river"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// The environment of the worker process TestKillWorker starts: the test
// binary again, which then runs workerMain instead of the tests.
const (
	envChildSchema = "TASKMAIL_RIVER_CHILD_SCHEMA"
	envChildSMTP   = "TASKMAIL_RIVER_CHILD_SMTP"
	envChildSpool  = "TASKMAIL_RIVER_CHILD_SPOOL"
	childWorkers   = 5
)

func TestMain(m *testing.M) {
	if os.Getenv(envChildSchema) != "" {
		workerMain()
		return
	}
	os.Exit(m.Run())
}

// workerMain works SendEmail jobs until it is killed.
func workerMain() {
	fail := func(err error) {
		fmt.Fprintln(os.Stderr, "worker:", err)
		os.Exit(2)
	}
	ctx := context.Background()
	pool, err := pgxpool.New(ctx, os.Getenv(envPostgres))
	if err != nil {
		fail(err)
	}
	host, port, err := splitHostPort(os.Getenv(envChildSMTP))
	if err != nil {
		fail(err)
	}
	snd, err := mailaction.NewSender(config.SMTP{Host: host, Port: port, TLS: config.TLSNone, From: "robot@example.org"}, mailaction.WithoutRetries())
	if err != nil {
		fail(err)
	}
	n, err := killNotifier(host, port, os.Getenv(envChildSpool))
	if err != nil {
		fail(err)
	}
	fn := taskriver.NewFailureNotifier(n)
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(snd))
	river.AddWorker(workers, failWorker{})
	c, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Schema:            os.Getenv(envChildSchema),
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: childWorkers}},
		Workers:           workers,
		ErrorHandler:      fn,
		Hooks:             []rivertype.Hook{fn},
		FetchCooldown:     5 * time.Millisecond,
		FetchPollInterval: 50 * time.Millisecond,
		Logger:            quietLogger(),
	})
	if err != nil {
		fail(err)
	}
	if err := c.Start(ctx); err != nil {
		fail(err)
	}
	fmt.Println("worker started")
	select {} // until killed
}

// killNotifier is the notifier of TestKillWorker's worker processes: it
// mails to oncall@example.org through the test's server, keeping what it has
// not mailed in spool.
func killNotifier(host string, port int, spool string) (*mailaction.Notifier, error) {
	snd, err := mailaction.NewSender(config.SMTP{Host: host, Port: port, TLS: config.TLSNone, From: "robot@example.org"})
	if err != nil {
		return nil, err
	}
	return mailaction.NewNotifier(snd, config.Notifier{To: []string{"oncall@example.org"}, Spool: spool, FoldWindow: time.Hour, RateLimit: 1000},
		mailaction.WithLogger(quietLogger()))
}

func splitHostPort(addr string) (string, int, error) {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == ':' {
			p, err := strconv.Atoi(addr[i+1:])
			return addr[:i], p, err
		}
	}
	return "", 0, fmt.Errorf("address %q has no port", addr)
}

// TestKillWorker: the worker process is killed (SIGKILL) in the middle of
// 300 SendEmail jobs and 100 jobs that fail for good; a new worker, with
// a Notifier on the dead one's spool folder, finishes them, and
// SweepRescued reports the jobs River's rescuer discarded. Nothing is lost: every
// job completes and every message arrives, with the Message-ID its job
// recorded; a message may arrive twice only for a job the dead worker
// still held (running in the database: being sent, or sent with its
// completion not yet written, as River writes completions in batches), and
// then with the same Message-ID, so the receiver can tell.
func TestKillWorker(t *testing.T) {
	db := newDatabase(t)
	srv := smtptest.StartT(t, smtptest.Config{Latency: 5 * time.Millisecond})
	const total, failing = 300, 100
	spool := t.TempDir()

	ins, err := river.NewClient(riverpgxv5.New(db.pool), &river.Config{Schema: db.schema, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	var params []river.InsertManyParams
	for i := range total {
		params = append(params, river.InsertManyParams{Args: taskriver.SendEmailArgs{To: []string{"ops@example.org"}, Subject: "job " + strconv.Itoa(i)}})
		if i%3 == 0 && i/3 < failing {
			params = append(params, river.InsertManyParams{Args: failArgs{N: i, Cancel: i%2 == 0}, InsertOpts: &river.InsertOpts{MaxAttempts: 1}})
		}
	}
	if _, err := ins.InsertMany(context.Background(), params); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChildSchema+"="+db.schema, envChildSMTP+"="+srv.Addr(), envChildSpool+"="+spool)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	killed := false
	t.Cleanup(func() {
		if !killed {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	deadline := time.Now().Add(60 * time.Second)
	for len(sentTo(srv, "ops@example.org")) < total/5 {
		if time.Now().After(deadline) {
			t.Fatalf("the worker process delivered %d messages in 60s", len(sentTo(srv, "ops@example.org")))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	killed = true
	atKill := len(sentTo(srv, "ops@example.org"))
	running := db.countJobs(t, taskriver.KindSendEmail, rivertype.JobStateRunning)
	failRunning := db.countJobs(t, "taskmail_test_fail", rivertype.JobStateRunning)
	t.Logf("killed the worker process after %d messages; %d send jobs and %d failing jobs left running", atKill, running, failRunning)
	if atKill >= total {
		t.Fatalf("the worker process finished all %d jobs before the kill: nothing tested", total)
	}

	// A new worker: jobs the dead one held are rescued once they have
	// been running longer than RescueStuckJobsAfter.
	host, port, err := splitHostPort(srv.Addr())
	if err != nil {
		t.Fatal(err)
	}
	n, err := killNotifier(host, port, spool)
	if err != nil {
		t.Fatal(err)
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(fakeSender(t, srv, time.Second)))
	river.AddWorker(workers, failWorker{})
	fn := taskriver.NewFailureNotifier(n)
	cfg := db.clientConfig(workers, fn)
	cfg.JobTimeout, cfg.RescueStuckJobsAfter = 2*time.Second, 3*time.Second
	c := db.start(t, cfg)
	deadline = time.Now().Add(90 * time.Second)
	for db.countJobs(t, taskriver.KindSendEmail, rivertype.JobStateCompleted) < total ||
		db.countJobs(t, "taskmail_test_fail", rivertype.JobStateDiscarded)+db.countJobs(t, "taskmail_test_fail", rivertype.JobStateCancelled) < failing {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d jobs completed 90s after the kill", db.countJobs(t, taskriver.KindSendEmail, rivertype.JobStateCompleted), total)
		}
		time.Sleep(100 * time.Millisecond)
	}

	// Every job's recorded Message-ID arrived; nothing else did.
	rows, err := db.pool.Query(context.Background(), "SELECT id, metadata->'output' FROM "+db.schema+".river_job WHERE kind = $1", taskriver.KindSendEmail)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{}
	for rows.Next() {
		var id int64
		var out []byte
		if err := rows.Scan(&id, &out); err != nil {
			t.Fatal(err)
		}
		var o struct {
			MessageID string `json:"message_id"`
		}
		if err := json.Unmarshal(out, &o); err != nil || o.MessageID == "" {
			t.Fatalf("job %d: output %s", id, out)
		}
		want["<"+o.MessageID+">"] = id
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(want) != total {
		t.Fatalf("%d distinct Message-IDs among %d jobs", len(want), total)
	}
	got := map[string]int{}
	for _, m := range sentTo(srv, "ops@example.org") {
		got[messageID(t, m)]++
	}
	dups := 0
	for id, n := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("message %s belongs to no job", id)
		}
		dups += n - 1
	}
	for id, job := range want {
		if got[id] == 0 {
			t.Errorf("job %d: message %s never arrived", job, id)
		}
	}
	if dups > running {
		t.Errorf("%d duplicate deliveries; at most %d (the jobs the dead worker held) expected", dups, running)
	}
	t.Logf("%d jobs, %d messages, %d sent twice (held by the dead worker, same Message-ID)", total, len(sentTo(srv, "ops@example.org")), dups)

	// Every failure was mailed: what the dead process had not mailed was
	// in its spool, and the new Notifier on the folder sent it. A failure
	// may be counted twice (at least once): a job the dead process had
	// reported but not yet marked failed in the database ran again.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := c.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	// Jobs the dead process ran on their last attempt were discarded by
	// River's rescuer, with no error handler run: the sweep reports them.
	swept, err := fn.SweepRescued(ctx, db.pool, db.schema, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	accounted := 0
	for _, m := range sentTo(srv, "oncall@example.org") {
		h, err := mail.ReadMessage(bytes.NewReader(m.Data))
		if err != nil {
			t.Fatal(err)
		}
		k, err := strconv.Atoi(h.Header.Get(mailaction.HeaderFailures))
		if err != nil {
			t.Fatalf("notification without %s", mailaction.HeaderFailures)
		}
		accounted += k
	}
	st := n.Stats()
	t.Logf("%d failing jobs: the notification mails account for %d failures; the new notifier restored %d from the spool; %d discarded by the rescuer, reported by the sweep", failing, accounted, st.Restored, swept)
	// At most: each job the dead process held reported by it and again
	// (by the sweep, or when run again), and the failures of the dead
	// process's mails that the server took just before the kill (one
	// "failed" and one "still-failing", the only ones it mails at once).
	if most := failing + failRunning + 2; accounted < failing || accounted > most {
		t.Errorf("notifications account for %d failures; want %d to %d", accounted, failing, most)
	}
}

// sentTo returns the messages the server received for rcpt.
func sentTo(srv *smtptest.Server, rcpt string) []smtptest.Received {
	var out []smtptest.Received
	for _, m := range srv.Messages() {
		if slices.Contains(m.To, rcpt) {
			out = append(out, m)
		}
	}
	return out
}
