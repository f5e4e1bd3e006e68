package mailaction

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/testctx"
)

// The kill -9 test runs this test binary again as a child process (with
// envKillChild set) that notifies failures with a spool as fast as it can
// and reports each return on stdout; the parent kills it with SIGKILL in
// the middle, then starts a notifier on the same spool and checks that
// every failure whose Notify returned was mailed, by the child or after the
// restart.
const (
	envKillChild    = "TASKMAIL_NOTIFIER_KILL_CHILD"
	envKillSpool    = "TASKMAIL_NOTIFIER_KILL_SPOOL"
	envKillAccepted = "TASKMAIL_NOTIFIER_KILL_ACCEPTED"
)

// TestNotifierKillChild is the child's body; run on its own it is skipped.
func TestNotifierKillChild(t *testing.T) {
	if os.Getenv(envKillChild) != "1" {
		t.Skip("child process body; run by TestNotifierKill9LosesNothing")
	}
	m := &journalMailer{path: os.Getenv(envKillAccepted)}
	cfg := testNotifierConfig()
	cfg.Spool = os.Getenv(envKillSpool)
	cfg.FoldWindow = time.Millisecond
	n, err := NewNotifier(m, cfg, WithResendBackoff(time.Millisecond, time.Millisecond))
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		err := n.Notify(testctx.New(t), Failure{Task: fmt.Sprintf("task-%d", i%20), Err: fmt.Errorf("run %d failed", i)})
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(2)
		}
		// Only returned Notify calls are reported.
		fmt.Fprintln(out, i+1)
		out.Flush()
	}
}

// journalMailer appends the failure count of each mail it accepts to a
// file, synced, before it reports the mail accepted.
type journalMailer struct {
	mu   sync.Mutex
	path string
}

func (j *journalMailer) Send(ctx context.Context, msg *Message) (*Result, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	time.Sleep(2 * time.Millisecond) // a slow server: a backlog builds up
	f, err := os.OpenFile(j.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, err := fmt.Fprintln(f, msg.Headers[HeaderFailures]); err != nil {
		return nil, err
	}
	if err := f.Sync(); err != nil {
		return nil, err
	}
	return &Result{Accepted: msg.To}, nil
}

func TestNotifierKill9LosesNothing(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	spoolDir, accepted := filepath.Join(dir, "spool"), filepath.Join(dir, "accepted")
	cmd := exec.Command(exe, "-test.run=^TestNotifierKillChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envKillChild+"=1", envKillSpool+"="+spoolDir, envKillAccepted+"="+accepted)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it while it is notifying and mailing.
	const killAfter = 500
	returned := 0
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		line := sc.Text()
		k, err := strconv.Atoi(line)
		if err != nil {
			_ = cmd.Process.Kill()
			t.Fatalf("child: %s", line)
		}
		returned = k
		if returned >= killAfter {
			break
		}
	}
	if returned < killAfter {
		err := cmd.Wait()
		t.Fatalf("child stopped after %d notifications: %v", returned, err)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die of SIGKILL: %v (read %d)", err, returned)
	}
	mailedByChild := sumLines(t, accepted)

	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = spoolDir
	n := newTestNotifier(t, m, cfg)
	ctx, cancel := context.WithTimeout(testctx.New(t), 30*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	st := n.Stats()
	t.Logf("spool: %+v", n.SpoolStats())
	mailedAfter := failuresIn(t, m.messages())
	t.Logf("child: %d Notify calls returned, %d failures mailed; after restart: %d restored, %d mailed", returned, mailedByChild, st.Restored, mailedAfter)
	if int64(mailedAfter) != st.Restored {
		t.Errorf("restored %d failures but mailed %d", st.Restored, mailedAfter)
	}
	// At least once: a failure whose mail was accepted just before the kill
	// may be mailed again, none may be missing.
	if mailedByChild+mailedAfter < returned {
		t.Fatalf("lost failures: %d returned from Notify, %d mailed in all", returned, mailedByChild+mailedAfter)
	}
	assertSpoolEmpty(t, spoolDir)
}

func sumLines(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	sum := 0
	for _, l := range strings.Fields(string(data)) {
		c, err := strconv.Atoi(l)
		if err != nil {
			t.Fatalf("journal line %q", l)
		}
		sum += c
	}
	return sum
}
