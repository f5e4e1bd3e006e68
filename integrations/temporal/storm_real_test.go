package temporal_test

import (
	"bufio"
	"context"
	"fmt"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"go.temporal.io/sdk/activity"
	"go.temporal.io/sdk/client"
	sdktemporal "go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/internal/realservers"
)

const (
	stormWorkflows = 50
	stormEach      = 200 // failures per workflow: 10,000 in all
	// The variables that make the test binary a worker process.
	envWorkerQueue = "TASKMAIL_TEMPORAL_TEST_WORKER_QUEUE"
	envWorkerSMTP  = "TASKMAIL_TEMPORAL_TEST_WORKER_SMTP"
)

func TestMain(m *testing.M) {
	if q := os.Getenv(envWorkerQueue); q != "" {
		os.Exit(workerProcess(q, os.Getenv(envWorkerSMTP)))
	}
	os.Exit(m.Run())
}

// workerProcess runs the notifier's worker (NotifierWorkflow and
// SendEmail through the Postfix port smtpAddr) until it is killed.
func workerProcess(queue, smtpAddr string) int {
	c, err := client.Dial(client.Options{HostPort: os.Getenv(envTemporalAddr), Logger: quietLogger()})
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 1
	}
	defer c.Close()
	acts, err := temporal.NewActivities(stormSMTP(smtpAddr))
	if err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 1
	}
	w := worker.New(c, queue, worker.Options{})
	acts.Register(w)
	if err := w.Run(worker.InterruptCh()); err != nil {
		fmt.Fprintln(os.Stderr, "worker:", err)
		return 1
	}
	return 0
}

func stormSMTP(addr string) config.SMTP {
	host, p, _ := strings.Cut(addr, ":")
	port, _ := strconv.Atoi(p)
	return config.SMTP{Host: host, Port: port, TLS: config.TLSNone, From: "robot@local.test", HeloName: "runner.local.test", Timeout: 20 * time.Second}
}

// stormNotifier is a notifier that mails carol@local.test through real
// Postfix with short windows, so that a storm is over in seconds, and
// continues as new every 300 events.
func stormNotifier(t *testing.T, c client.Client, queue, prefix string) *temporal.Notifier {
	recovered := true
	return &temporal.Notifier{
		Client: c, Name: fmt.Sprintf("%s-%d", t.Name(), time.Now().UnixNano()), TaskQueue: queue,
		Config: config.Notifier{
			To: []string{"carol@local.test"}, SubjectPrefix: prefix,
			FoldWindow: 2 * time.Second, RateLimit: 5, RateInterval: 5 * time.Second, Recovered: &recovered,
		},
		MaxHistory: 300, SendTimeout: 10 * time.Second, ResendInitial: time.Second, ResendMax: 5 * time.Second,
	}
}

// storm runs 50 workflows on queue, each reporting 200 failures of its own
// task to n (two kinds of failure per task, with numbers that change), and
// returns when all have reported. sent counts the reports as they go.
//
// A report whose signal failed is made again, up to ten times, and
// counted in the number storm returns: the notifier may have it even so
// (a signal whose reply did not come within the SDK's deadline, as under
// the load of a storm while a worker is killed), so the check allows
// that many failures received twice, and no more. Leaving it to the
// activity's retry instead re-reported everything since its last
// heartbeat, which the SDK sends only now and then: 714 failures twice in
// one run.
func storm(t *testing.T, c client.Client, queue string, n *temporal.Notifier, sent *atomic.Int64) (again int64) {
	t.Helper()
	var resent atomic.Int64
	w := worker.New(c, queue, worker.Options{})
	w.RegisterActivityWithOptions(func(ctx context.Context, task string) error {
		for i := range stormEach {
			// An activity retry would report again: resume where the
			// last attempt stopped.
			var done int
			if i == 0 && activity.HasHeartbeatDetails(ctx) {
				_ = activity.GetHeartbeatDetails(ctx, &done)
			}
			if i < done {
				continue
			}
			text := fmt.Sprintf("query %d: dial tcp 10.0.%d.%d:5432: connection refused", i, i%7, i%250)
			if i%2 == 1 {
				text = fmt.Sprintf("step %d: disk quota exceeded on /data/%d", i, i)
			}
			fi := temporal.FailureInfo{Task: task, Error: text, Attempt: i + 1}
			for try := 1; ; try++ {
				err := n.NotifyInfo(ctx, fi)
				if err == nil {
					break
				}
				if try == 10 || ctx.Err() != nil {
					return err
				}
				resent.Add(1)
				time.Sleep(200 * time.Millisecond)
			}
			sent.Add(1)
			activity.RecordHeartbeat(ctx, i+1)
		}
		return nil
	}, activity.RegisterOptions{Name: "stormReport"})
	w.RegisterWorkflowWithOptions(func(ctx workflow.Context, task string) error {
		ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: 5 * time.Minute,
			RetryPolicy: &sdktemporal.RetryPolicy{InitialInterval: time.Second, MaximumAttempts: 3}})
		return workflow.ExecuteActivity(ctx, "stormReport", task).Get(ctx, nil)
	}, workflow.RegisterOptions{Name: "stormTask"})
	if err := w.Start(); err != nil {
		t.Fatal(err)
	}
	defer w.Stop()
	var wg sync.WaitGroup
	errs := make(chan error, stormWorkflows)
	for i := range stormWorkflows {
		wg.Go(func() {
			run, err := c.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{TaskQueue: queue}, "stormTask", fmt.Sprintf("nightly-%02d", i))
			if err == nil {
				err = run.Get(context.Background(), nil)
			}
			if err != nil {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("storm workflow: %v", err)
	}
	if again = resent.Load(); again > 0 {
		t.Logf("%d reports made again after their signal failed", again)
	}
	return again
}

// waitAccounted waits until the notifier has received total failures, or
// up to again more (reports made again after a failed signal, which it
// may have had already: storm), and mailed them all (or refused them for
// good), and returns its stats.
func waitAccounted(t *testing.T, n *temporal.Notifier, total, again int64, within time.Duration) temporal.NotifierStats {
	t.Helper()
	deadline := time.Now().Add(within)
	var st temporal.NotifierStats
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		s, err := n.Stats(ctx)
		cancel()
		if err == nil {
			st = s
			if st.Received >= total && st.Received <= total+again && st.Accounted+st.Dead == st.Received && st.Pending == 0 && st.Held == 0 {
				return st
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Fatalf("after %v: %+v; want %d to %d received and accounted", within, st, total, total+again)
	return st
}

// notification is one mail the notifier sent, as delivered.
type notification struct {
	id, kind string
	failures int
	date     time.Time
}

// readMailbox returns the mails in carol's Maildir whose subject starts
// with prefix.
func readMailbox(t *testing.T, s *realservers.Servers, prefix string) []notification {
	t.Helper()
	var out []notification
	for _, sub := range []string{"new", "cur"} {
		dir := filepath.Join(s.MTADir, "mail", "local.test", "carol", "Maildir", sub)
		files, _ := os.ReadDir(dir)
		for _, f := range files {
			fh, err := os.Open(filepath.Join(dir, f.Name()))
			if err != nil {
				continue
			}
			m, err := mail.ReadMessage(bufio.NewReader(fh))
			if err == nil && strings.HasPrefix(m.Header.Get("Subject"), prefix) {
				n, _ := strconv.Atoi(m.Header.Get("X-Taskmail-Failures"))
				d, _ := m.Header.Date()
				out = append(out, notification{id: m.Header.Get("Message-Id"), kind: m.Header.Get("X-Taskmail-Notice"), failures: n, date: d})
			}
			fh.Close()
		}
	}
	return out
}

// checkMailbox checks the mails against the notifier's stats and the
// folding rules: every failure is in exactly one mail (copies of one mail,
// which carry one Message-ID, count once), there are far fewer mails than
// failures, no more than the rate limit lets through, and the notices over
// it went out as digests. It returns how many copies were duplicates.
func checkMailbox(t *testing.T, s *realservers.Servers, prefix string, st temporal.NotifierStats, total int, elapsed time.Duration) int {
	t.Helper()
	var mails []notification
	deadline := time.Now().Add(30 * time.Second)
	for {
		mails = readMailbox(t, s, prefix)
		ids := map[string]bool{}
		for _, m := range mails {
			ids[m.id] = true
		}
		if int64(len(ids)) >= st.Mails || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond) // Postfix delivers in the background
	}
	byID := map[string]notification{}
	kinds := map[string]int{}
	dups := 0
	for _, m := range mails {
		if _, seen := byID[m.id]; seen {
			dups++
			continue
		}
		byID[m.id] = m
		kinds[m.kind]++
	}
	sum := 0
	for _, m := range byID {
		sum += m.failures
	}
	t.Logf("%d failures -> %d mails %v (%d duplicate copies), in %v; workflow stats %+v", total, len(byID), kinds, dups, elapsed.Round(time.Millisecond), st)
	if int64(len(byID)) != st.Mails {
		t.Errorf("%d distinct mails delivered, the notifier counts %d", len(byID), st.Mails)
	}
	if sum != total || st.Accounted != int64(total) {
		t.Errorf("the mails account for %d failures (the notifier says %d), want %d", sum, st.Accounted, total)
	}
	// Rate limit: 5 mails per 5 s, plus the first burst.
	if limit := 5 * (int(elapsed/(5*time.Second)) + 2); len(byID) > limit {
		t.Errorf("%d mails in %v: over the rate limit (at most %d)", len(byID), elapsed, limit)
	}
	if kinds["digest"] == 0 {
		t.Error("no digest: the notices over the rate limit were not folded into one")
	}
	if len(byID) > total/20 {
		t.Errorf("%d mails for %d failures: not folded", len(byID), total)
	}
	if st.Runs < 2 {
		t.Errorf("the notifier ran %d time(s): it never continued as new", st.Runs)
	}
	return dups
}

// A storm: 10,000 failures from 50 workflows into the notifier workflow.
// The mails follow the folding rules and every failure is accounted for.
func TestStormIntoNotifierWorkflow(t *testing.T) {
	c := devServer(t)
	s := realservers.Get(t)
	q := sendWorker(t, c, stormSMTP(s.SMTPPlain))
	prefix := fmt.Sprintf("[storm-%d]", time.Now().UnixNano())
	n := stormNotifier(t, c, q, prefix)

	start := time.Now()
	var sent atomic.Int64
	again := storm(t, c, q+"-storm", n, &sent)
	t.Logf("10,000 failures signalled in %v", time.Since(start).Round(time.Millisecond))
	st := waitAccounted(t, n, stormWorkflows*stormEach, again, 3*time.Minute)
	checkMailbox(t, s, prefix, st, int(st.Received), time.Since(start))
}

// kill -9 of the notifier's worker process in the middle of the storm,
// then a new one: nothing is lost, and no mail goes out twice with
// different contents (a mail whose send was cut short is sent again with
// its Message-ID, so copies are recognisable and count once).
func TestStormSurvivesWorkerKill(t *testing.T) {
	c := devServer(t)
	s := realservers.Get(t)
	q := taskQueue(t)
	startChild := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), envWorkerQueue+"="+q, envWorkerSMTP+"="+s.SMTPPlain)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	child := startChild()
	t.Cleanup(func() {
		if child.Process != nil {
			_ = child.Process.Kill()
			_ = child.Wait()
		}
	})
	prefix := fmt.Sprintf("[storm-kill-%d]", time.Now().UnixNano())
	n := stormNotifier(t, c, q, prefix)

	start := time.Now()
	var sent atomic.Int64
	killed := make(chan struct{})
	go func() {
		defer close(killed)
		for sent.Load() < stormWorkflows*stormEach/3 {
			time.Sleep(10 * time.Millisecond)
		}
		_ = child.Process.Signal(syscall.SIGKILL)
		_ = child.Wait()
		t.Logf("worker killed (kill -9) after %d failures signalled", sent.Load())
		time.Sleep(2 * time.Second)
		child = startChild()
	}()
	again := storm(t, c, q+"-storm", n, &sent)
	<-killed
	st := waitAccounted(t, n, stormWorkflows*stormEach, again, 4*time.Minute)
	checkMailbox(t, s, prefix, st, int(st.Received), time.Since(start))
}
