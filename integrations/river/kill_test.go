package river_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
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
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(snd))
	c, err := river.NewClient(riverpgxv5.New(pool), &river.Config{
		Schema:            os.Getenv(envChildSchema),
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: childWorkers}},
		Workers:           workers,
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
// 300 SendEmail jobs; a new worker finishes them. Nothing is lost: every
// job completes and every message arrives, with the Message-ID its job
// recorded; a message may arrive twice only for a job the dead worker
// still held (running in the database: being sent, or sent with its
// completion not yet written, as River writes completions in batches), and
// then with the same Message-ID, so the receiver can tell.
func TestKillWorker(t *testing.T) {
	db := newDatabase(t)
	srv := smtptest.StartT(t, smtptest.Config{Latency: 5 * time.Millisecond})
	const total = 300

	ins, err := river.NewClient(riverpgxv5.New(db.pool), &river.Config{Schema: db.schema, Logger: quietLogger()})
	if err != nil {
		t.Fatal(err)
	}
	params := make([]river.InsertManyParams, total)
	for i := range params {
		params[i] = river.InsertManyParams{Args: taskriver.SendEmailArgs{To: []string{"ops@example.org"}, Subject: "job " + strconv.Itoa(i)}}
	}
	if _, err := ins.InsertMany(context.Background(), params); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChildSchema+"="+db.schema, envChildSMTP+"="+srv.Addr())
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
	for len(srv.Messages()) < total/5 {
		if time.Now().After(deadline) {
			t.Fatalf("the worker process delivered %d messages in 60s", len(srv.Messages()))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	killed = true
	atKill := len(srv.Messages())
	running := db.countJobs(t, taskriver.KindSendEmail, rivertype.JobStateRunning)
	t.Logf("killed the worker process after %d messages; %d jobs left running", atKill, running)
	if atKill >= total {
		t.Fatalf("the worker process finished all %d jobs before the kill: nothing tested", total)
	}

	// A new worker: jobs the dead one held are rescued once they have
	// been running longer than RescueStuckJobsAfter.
	workers := river.NewWorkers()
	river.AddWorker(workers, taskriver.NewSendEmailWorker(fakeSender(t, srv, time.Second)))
	cfg := db.clientConfig(workers, nil)
	cfg.JobTimeout, cfg.RescueStuckJobsAfter = 2*time.Second, 3*time.Second
	db.start(t, cfg)
	deadline = time.Now().Add(90 * time.Second)
	for db.countJobs(t, taskriver.KindSendEmail, rivertype.JobStateCompleted) < total {
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
	for _, m := range srv.Messages() {
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
	t.Logf("%d jobs, %d messages, %d sent twice (held by the dead worker, same Message-ID)", total, len(srv.Messages()), dups)
}
