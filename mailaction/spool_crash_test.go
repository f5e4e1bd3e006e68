package mailaction

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
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
)

// spoolWithFailures writes count failures ("failure-NNN") to a new spool
// of tasks of their own in dir and closes it with them pending.
func spoolWithFailures(t *testing.T, dir string, count int) {
	t.Helper()
	s, _, err := openSpool(dir, spoolOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range count {
		e := &failureEntry{f: Failure{Task: fmt.Sprintf("task-%d", i), Err: fmt.Errorf("failure-%03d", i)}, at: time.Now(), weight: 1}
		e.id = s.newID(e.at)
		if err := s.write(e); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.close(); err != nil {
		t.Fatal(err)
	}
}

// onlySegment returns the path of the one segment in dir.
func onlySegment(t *testing.T, dir string) string {
	t.Helper()
	segs, _ := filepath.Glob(filepath.Join(dir, "*"+spoolSegExt))
	if len(segs) != 1 {
		t.Fatalf("segments: %v", segs)
	}
	return segs[0]
}

// restartAndMail starts a notifier on dir, lets it mail everything and
// returns it (closed), the mails' text and the log.
func restartAndMail(t *testing.T, dir string) (*Notifier, string, string) {
	t.Helper()
	var logMu sync.Mutex
	var logs strings.Builder
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = dir
	n := newTestNotifier(t, m, cfg, WithLogger(slog.New(slog.NewTextHandler(lockedWriter{&logMu, &logs}, nil))))
	closeNotifier(t, n)
	var text strings.Builder
	for _, msg := range m.messages() {
		text.WriteString(msg.Text)
	}
	if got, st := failuresIn(t, m.messages()), n.Stats(); int64(got) != st.Restored {
		t.Errorf("restored %d, mailed %d", st.Restored, got)
	}
	logMu.Lock()
	defer logMu.Unlock()
	return n, text.String(), logs.String()
}

// A crash in the middle of a write leaves a torn last record: found by
// its length and checksum at start, logged, counted, set aside and cut
// off; the failures before it are mailed, it is not.
func TestSpoolTornLastRecord(t *testing.T) {
	rec, err := appendFailure(nil, "99999999999999999999-torn-0000000001", &spoolRecord{Version: 1, Task: "t", Error: "TORN-FAILURE"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		tail []byte
	}{
		{"cut in the header", rec[:7]},
		{"cut in the payload", rec[:len(rec)-5]},
		{"wrong checksum", append(rec[:len(rec)-1:len(rec)-1], rec[len(rec)-1]^0x20)},
		{"zeros", make([]byte, 4096)},
		{"length over the file", append([]byte{'t', 'm', 'F', 1, 0xff, 0xff, 0, 0}, rec[8:]...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			spoolWithFailures(t, dir, 3)
			seg := onlySegment(t, dir)
			f, err := os.OpenFile(seg, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.Write(tc.tail); err != nil {
				t.Fatal(err)
			}
			f.Close()

			n, text, logs := restartAndMail(t, dir)
			if st := n.Stats(); st.Restored != 3 || st.Accounted != 3 {
				t.Errorf("stats: %+v", st)
			}
			if st := n.SpoolStats(); st.Torn != 1 || st.Corrupt != 0 {
				t.Errorf("spool stats: %+v", st)
			}
			if strings.Contains(text, "TORN") || strings.Contains(text, "unreadable") {
				t.Errorf("the torn record was mailed:\n%s", text)
			}
			for i := range 3 {
				if !strings.Contains(text, fmt.Sprintf("failure-%03d", i)) {
					t.Errorf("failure-%03d not mailed", i)
				}
			}
			if !strings.Contains(logs, "torn last record") {
				t.Errorf("not logged:\n%s", logs)
			}
			bad, _ := filepath.Glob(filepath.Join(dir, "*"+spoolBadExt))
			if len(bad) != 1 {
				t.Fatalf("set aside: %v", bad)
			}
			if data, _ := os.ReadFile(bad[0]); string(data) != string(tc.tail) {
				t.Errorf("set aside %d bytes, want the %d of the torn record", len(data), len(tc.tail))
			}
		})
	}
}

// Damage to a record with good records after it is not a torn write: it
// is reported as corrupt, set aside, and mailed as an unreadable entry;
// the records after it are still read.
func TestSpoolCorruptRecordInTheMiddle(t *testing.T) {
	dir := t.TempDir()
	spoolWithFailures(t, dir, 3)
	seg := onlySegment(t, dir)
	data, err := os.ReadFile(seg)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(data), "failure-001")
	data[i+len("failure-00")] = 'X' // failure-00X: the checksum no longer matches
	if err := os.WriteFile(seg, data, 0o600); err != nil {
		t.Fatal(err)
	}
	n, text, logs := restartAndMail(t, dir)
	if st := n.SpoolStats(); st.Corrupt != 1 || st.Torn != 0 {
		t.Errorf("spool stats: %+v", st)
	}
	if st := n.Stats(); st.Restored != 3 {
		t.Errorf("stats: %+v", st)
	}
	if !strings.Contains(text, "failure-000") || !strings.Contains(text, "failure-002") || strings.Contains(text, "failure-00X") {
		t.Errorf("mails:\n%s", text)
	}
	if !strings.Contains(text, "unreadable spool entry") || !strings.Contains(logs, "corrupt data in the spool") {
		t.Errorf("corruption not reported:\nmails: %s\nlog: %s", text, logs)
	}
}

const (
	envCrashChild = "TASKMAIL_SPOOL_CRASH_CHILD"
	envCrashSpool = "TASKMAIL_SPOOL_CRASH_SPOOL"
	envCrashAfter = "TASKMAIL_SPOOL_CRASH_AFTER"
)

// crashFS writes half of its crashAt-th write and then kills the process
// with SIGKILL: a crash in the middle of a segment write.
type crashFS struct {
	osFS
	writes  atomic.Int64
	crashAt int64
}

func (c *crashFS) OpenFile(name string, flag int, perm fs.FileMode) (spoolFile, error) {
	f, err := c.osFS.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	return &crashFile{f, c}, nil
}

type crashFile struct {
	spoolFile
	fs *crashFS
}

func (f *crashFile) WriteAt(p []byte, off int64) (int, error) {
	if f.fs.writes.Add(1) == f.fs.crashAt {
		_, _ = f.spoolFile.WriteAt(p[:len(p)/2], off)
		_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // until the signal lands
	}
	return f.spoolFile.WriteAt(p, off)
}

// TestSpoolCrashChild is the body of the child process of
// TestSpoolCrashMidSegmentWrite; run on its own it is skipped.
func TestSpoolCrashChild(t *testing.T) {
	if os.Getenv(envCrashChild) != "1" {
		t.Skip("child process body; run by TestSpoolCrashMidSegmentWrite")
	}
	after, _ := strconv.ParseInt(os.Getenv(envCrashAfter), 10, 64)
	m := &fakeMailer{}
	m.block() // nothing is mailed: every failure stays in the spool
	cfg := testNotifierConfig()
	cfg.Spool = os.Getenv(envCrashSpool)
	n, err := NewNotifier(m, cfg, withSpoolFS(&crashFS{crashAt: after}))
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		if err := n.Notify(context.Background(), Failure{Task: "t", Err: fmt.Errorf("run %d failed", i)}); err != nil {
			fmt.Println("error:", err)
			os.Exit(2)
		}
		fmt.Fprintln(out, i+1)
		out.Flush()
	}
}

// A process killed in the middle of a segment write: after the restart,
// every failure whose Notify returned is mailed, the torn record is
// reported and not mailed.
func TestSpoolCrashMidSegmentWrite(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	spoolDir := filepath.Join(t.TempDir(), "spool")
	const crashAt = 40 // the 40th write: the 40th Notify, as they come one at a time
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "-test.run=^TestSpoolCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), envCrashChild+"=1", envCrashSpool+"="+spoolDir, envCrashAfter+"="+strconv.Itoa(crashAt))
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	returned := 0
	sc := bufio.NewScanner(stdout)
	for sc.Scan() {
		k, err := strconv.Atoi(sc.Text())
		if err != nil {
			t.Fatalf("child: %s", sc.Text())
		}
		returned = k
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die of SIGKILL: %v", err)
	}
	if returned != crashAt-1 {
		t.Fatalf("%d Notify calls returned, want %d", returned, crashAt-1)
	}

	n, text, logs := restartAndMail(t, spoolDir)
	st, sst := n.Stats(), n.SpoolStats()
	t.Logf("after restart: %+v; spool: %+v", st, sst)
	if st.Restored != int64(returned) || st.Accounted != int64(returned) {
		t.Errorf("%d Notify calls returned; restored %d, mailed %d", returned, st.Restored, st.Accounted)
	}
	if sst.Torn != 1 || !strings.Contains(logs, "torn last record") {
		t.Errorf("torn record not reported: %+v\n%s", sst, logs)
	}
	if strings.Contains(text, fmt.Sprintf("run %d failed", crashAt-1)) || strings.Contains(text, "unreadable") {
		t.Errorf("the torn record was mailed:\n%s", text)
	}
	assertSpoolEmptyButBad(t, spoolDir)
}

// assertSpoolEmptyButBad is assertSpoolEmpty that allows set-aside files.
func assertSpoolEmptyButBad(t *testing.T, dir string) {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, de := range des {
		if de.Name() != spoolLockName && !strings.HasSuffix(de.Name(), spoolBadExt) {
			t.Errorf("left in the spool: %s", de.Name())
		}
	}
}
