package mailaction

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// A failure that is never done (the notification of a dead task the
// server always refuses) stays pending while later ones complete: the
// segments it was in are compacted away, it is carried forward, and the
// log does not grow without bound.
func TestSpoolCarriesForwardPendingForever(t *testing.T) {
	dir := t.TempDir()
	s, _, err := openSpool(dir, spoolOptions{segmentSize: 2048})
	if err != nil {
		t.Fatal(err)
	}
	write := func(task string) string {
		e := &failureEntry{f: Failure{Task: task, Err: errors.New("boom " + task)}, at: time.Now(), weight: 1}
		e.id = s.newID(e.at)
		if err := s.write(e); err != nil {
			t.Fatal(err)
		}
		return e.id
	}
	dead := write("dead")
	maxSegs := int64(0)
	for i := range 500 {
		id := write(fmt.Sprintf("task-%d", i))
		if err := s.remove([]string{id}); err != nil {
			t.Fatal(err)
		}
		st := s.stats()
		maxSegs = max(maxSegs, st.Segments)
		if st.Pending != 1 {
			t.Fatalf("after %d: %d pending, want 1", i, st.Pending)
		}
	}
	st := s.stats()
	if st.CarriedForward == 0 {
		t.Errorf("never carried forward: %+v", st)
	}
	if maxSegs > 4 {
		t.Errorf("up to %d segments for one pending failure", maxSegs)
	}
	if err := s.close(); err != nil {
		t.Fatal(err)
	}
	s, ids, err := openSpool(dir, spoolOptions{segmentSize: 2048})
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if len(ids) != 1 || ids[0] != dead {
		t.Fatalf("after restart: %v, want only the dead failure %s", ids, dead)
	}
	e, err := s.read(dead)
	if err != nil || e.f.Task != "dead" {
		t.Fatalf("read: %v %v", e, err)
	}
}

// Many concurrent writers and removers, small segments: what is pending
// in memory is what a new spool finds on disk.
func TestSpoolConcurrentWriteRemoveRestart(t *testing.T) {
	dir := t.TempDir()
	s, _, err := openSpool(dir, spoolOptions{segmentSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	kept := map[string]bool{}
	var wg sync.WaitGroup
	for g := range 20 {
		wg.Go(func() {
			for i := range 50 {
				e := &failureEntry{f: Failure{Task: fmt.Sprintf("g%d", g), Err: fmt.Errorf("e%d", i)}, at: time.Now(), weight: 1}
				e.id = s.newID(e.at)
				if err := s.write(e); err != nil {
					t.Error(err)
					return
				}
				if i%7 == 0 {
					mu.Lock()
					kept[e.id] = true
					mu.Unlock()
					continue
				}
				if err := s.remove([]string{e.id}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	if st := s.stats(); st.Pending != int64(len(kept)) {
		t.Errorf("pending: %d in memory, want %d", st.Pending, len(kept))
	}
	if err := s.close(); err != nil { // writes the last done records
		t.Fatal(err)
	}
	if got := pendingOnDisk(t, dir); got != len(kept) {
		t.Errorf("pending: %d on disk, want %d", got, len(kept))
	}
	s, ids, err := openSpool(dir, spoolOptions{segmentSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	if len(ids) != len(kept) {
		t.Fatalf("restart found %d, want %d", len(ids), len(kept))
	}
	for _, id := range ids {
		if !kept[id] {
			t.Errorf("%s came back", id)
		}
	}
}

// Files of the one-file-per-failure format are read at start, moved into
// the log and deleted.
func TestSpoolMigratesOldFiles(t *testing.T) {
	dir := t.TempDir()
	for i := range 3 {
		name := fmt.Sprintf("0000000000000000000%d-x-0000000001%s", i+1, spoolExt)
		data := fmt.Sprintf(`{"v":1,"notified":"2026-11-23T12:00:00Z","task":"old-%d","error":"old failure %d"}`, i, i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	s, ids, err := openSpool(dir, spoolOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 3 || s.stats().Migrated != 3 {
		t.Fatalf("ids %v, stats %+v", ids, s.stats())
	}
	if old, _ := filepath.Glob(filepath.Join(dir, "*"+spoolExt)); len(old) != 0 {
		t.Errorf("old files left: %v", old)
	}
	if err := s.close(); err != nil {
		t.Fatal(err)
	}
	n, text, _ := restartAndMail(t, dir)
	if st := n.Stats(); st.Restored != 3 || st.Accounted != 3 {
		t.Errorf("stats: %+v", st)
	}
	for i := range 3 {
		if !strings.Contains(text, fmt.Sprintf("old failure %d", i)) {
			t.Errorf("old failure %d not mailed", i)
		}
	}
	assertSpoolEmpty(t, dir)
}

// logCapture returns a logger and a function that returns what it logged.
func logCapture() (*slog.Logger, func() string) {
	var mu sync.Mutex
	var b strings.Builder
	l := slog.New(slog.NewTextHandler(lockedWriter{&mu, &b}, nil))
	return l, func() string {
		mu.Lock()
		defer mu.Unlock()
		return b.String()
	}
}

// A full disk is logged when it starts and when it ends, not at every
// Notify; each Notify in between returns the error and the failure is
// kept in memory and mailed.
func TestSpoolDiskFullLoggedOncePerEpisode(t *testing.T) {
	rfs := &recordingFS{}
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	log, logs := logCapture()
	n := newTestNotifier(t, m, cfg, withSpoolFS(rfs), WithLogger(log))
	notify := func(count int, wantErr bool) {
		t.Helper()
		for i := range count {
			err := n.Notify(context.Background(), Failure{Task: "t", Err: fmt.Errorf("e%d", i)})
			if wantErr != (err != nil) || wantErr && !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("Notify: %v, want error %v", err, wantErr)
			}
		}
	}
	for range 2 { // two episodes
		notify(3, false)
		rfs.setWriteErr(syscall.ENOSPC)
		notify(50, true)
		rfs.setWriteErr(nil)
		notify(3, false)
	}
	closeNotifier(t, n)
	out := logs()
	if got := strings.Count(out, `msg="taskmail notifier: disk full`); got != 2 {
		t.Errorf("disk full logged %d times for 2 episodes, want 2:\n%s", got, out)
	}
	if got := strings.Count(out, "can be written again"); got != 2 {
		t.Errorf("recovery logged %d times, want 2:\n%s", got, out)
	}
	if st := n.SpoolStats(); st.DiskFull != 2 || st.WriteErrors < 100 {
		t.Errorf("spool stats: %+v", st)
	}
	if st := n.Stats(); st.Accounted != 112 {
		t.Errorf("failures kept in memory were not mailed: %+v", st)
	}
}

// A spool folder removed under a running notifier, after a segment was
// opened: writing on into the open, deleted segment would claim a
// durability it does not have, so Notify returns an error and the
// failure is kept in memory.
func TestSpoolFolderRemovedAfterSegmentOpened(t *testing.T) {
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = filepath.Join(t.TempDir(), "spool")
	n := newTestNotifier(t, m, cfg)
	if err := n.Notify(context.Background(), Failure{Task: "a", Err: errors.New("x")}); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(cfg.Spool); err != nil {
		t.Fatal(err)
	}
	if err := n.Notify(context.Background(), Failure{Task: "b", Err: errors.New("y")}); err == nil {
		t.Error("Notify wrote into a deleted segment and returned nil")
	}
	closeNotifier(t, n)
	if st := n.Stats(); st.Accounted != 2 {
		t.Errorf("stats: %+v", st)
	}
}
