package mailaction

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// fsOp is one call the spool made through its spoolFS.
type fsOp struct {
	op   string // create, write, sync, syncdir, remove, rename, truncate
	name string
	data []byte // for write
}

// recordingFS is the real file system, recording every call that changes
// or syncs something; writeErr (when set) fails writes, and beforeSync
// (when set) runs before each file Sync.
type recordingFS struct {
	osFS
	mu         sync.Mutex
	ops        []fsOp
	writeErr   error
	beforeSync func(name string)
}

func (r *recordingFS) add(op fsOp) {
	r.mu.Lock()
	r.ops = append(r.ops, op)
	r.mu.Unlock()
}

func (r *recordingFS) snapshot() []fsOp {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]fsOp(nil), r.ops...)
}

func (r *recordingFS) setWriteErr(err error) {
	r.mu.Lock()
	r.writeErr = err
	r.mu.Unlock()
}

func (r *recordingFS) OpenFile(name string, flag int, perm fs.FileMode) (spoolFile, error) {
	f, err := r.osFS.OpenFile(name, flag, perm)
	if err != nil {
		return nil, err
	}
	if flag&os.O_CREATE != 0 {
		r.add(fsOp{op: "create", name: name})
	}
	return &recordingFile{spoolFile: f, name: name, fs: r}, nil
}

func (r *recordingFS) SyncDir(name string) error {
	r.add(fsOp{op: "syncdir", name: name})
	return r.osFS.SyncDir(name)
}

func (r *recordingFS) Remove(name string) error {
	r.add(fsOp{op: "remove", name: name})
	return r.osFS.Remove(name)
}

func (r *recordingFS) Rename(oldpath, newpath string) error {
	r.add(fsOp{op: "rename", name: newpath})
	return r.osFS.Rename(oldpath, newpath)
}

type recordingFile struct {
	spoolFile
	name string
	fs   *recordingFS
}

func (f *recordingFile) WriteAt(p []byte, off int64) (int, error) {
	f.fs.mu.Lock()
	err := f.fs.writeErr
	f.fs.mu.Unlock()
	if err != nil {
		return 0, &fs.PathError{Op: "write", Path: f.name, Err: err}
	}
	f.fs.add(fsOp{op: "write", name: f.name, data: bytes.Clone(p)})
	return f.spoolFile.WriteAt(p, off)
}

func (f *recordingFile) Sync() error {
	if h := f.fs.beforeSync; h != nil {
		h(f.name)
	}
	f.fs.add(fsOp{op: "sync", name: f.name})
	return f.spoolFile.Sync()
}

func (f *recordingFile) Truncate(size int64) error {
	f.fs.add(fsOp{op: "truncate", name: f.name})
	return f.spoolFile.Truncate(size)
}

// checkDurableOrder checks that ops hold the write of marker, then an
// fsync of the file it went to, and, when the spool created that file, an
// fsync of the folder after that (after the fsync of the file's first
// batch).
func checkDurableOrder(t *testing.T, ops []fsOp, marker string) {
	t.Helper()
	w := -1
	for i, op := range ops {
		if op.op == "write" && bytes.Contains(op.data, []byte(marker)) {
			w = i
			break
		}
	}
	if w < 0 {
		t.Fatalf("%s: never written before Notify returned", marker)
	}
	file := ops[w].name
	created, firstWrite := -1, true
	for i, op := range ops[:w] {
		if op.op == "create" && op.name == file {
			created = i
		}
		firstWrite = firstWrite && !(op.op == "write" && op.name == file)
	}
	s := -1
	for i := w + 1; i < len(ops); i++ {
		if ops[i].op == "sync" && ops[i].name == file {
			s = i
			break
		}
	}
	if s < 0 {
		t.Fatalf("%s: written to %s but the file was not fsynced before Notify returned", marker, filepath.Base(file))
	}
	if created < 0 {
		return
	}
	// The new segment's name is durable: the folder was fsynced after it
	// was created, and after the fsync of its first batch.
	from := created + 1
	if firstWrite {
		from = s + 1
	}
	for i := from; i < len(ops); i++ {
		if ops[i].op == "syncdir" && ops[i].name == filepath.Dir(file) {
			return
		}
	}
	t.Fatalf("%s: written to the new segment %s, fsynced, but the folder was not fsynced before Notify returned", marker, filepath.Base(file))
}

// Each Notify returns only after its record was written, the segment
// fsynced, and (for a segment the spool created) the folder fsynced.
func TestSpoolFsyncOrderBeforeNotifyReturns(t *testing.T) {
	rfs := &recordingFS{}
	m := &fakeMailer{}
	m.block()
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	// Small segments, so that several are created along the way.
	n := newTestNotifier(t, m, cfg, withSpoolFS(rfs), withSpoolSegmentSize(1024))
	segments := map[string]bool{}
	for i := range 30 {
		marker := fmt.Sprintf("failure-%03d", i)
		if err := n.Notify(context.Background(), Failure{Task: "t", Err: fmt.Errorf("%s", marker)}); err != nil {
			t.Fatal(err)
		}
		ops := rfs.snapshot() // nothing else writes between Notify calls
		checkDurableOrder(t, ops, marker)
		for _, op := range ops {
			if op.op == "create" {
				segments[op.name] = true
			}
		}
	}
	if len(segments) < 3 {
		t.Errorf("%d segments created; the test meant to cover several", len(segments))
	}
	m.release()
	closeNotifier(t, n)
	assertSpoolEmpty(t, cfg.Spool)
}

// Callers that arrive while a batch is being fsynced share the next
// batch: one write and one fsync, and none of them returns before it.
func TestSpoolGroupCommit(t *testing.T) {
	rfs := &recordingFS{}
	release := make(chan struct{})
	inSync := make(chan struct{}, 1)
	var first sync.Once
	rfs.beforeSync = func(string) {
		first.Do(func() {
			inSync <- struct{}{}
			<-release
		})
	}
	s, _, err := openSpool(t.TempDir(), spoolOptions{fs: rfs})
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	write := func(marker string, done chan<- string) {
		e := &failureEntry{f: Failure{Task: "t", Err: fmt.Errorf("%s", marker)}, at: time.Now(), weight: 1}
		e.id = s.newID(e.at)
		if err := s.write(e); err != nil {
			t.Error(err)
		}
		done <- marker
	}
	done := make(chan string, 20)
	go write("first", done)
	select {
	case <-inSync: // the first batch is being fsynced
	case <-time.After(10 * time.Second):
		t.Fatal("the first batch never reached its fsync")
	}
	const later = 10
	for i := range later {
		go write(fmt.Sprintf("later-%02d", i), done)
	}
	waitFor(t, "the later writes to queue", func() bool {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.cur.n == later
	})
	select {
	case m := <-done:
		t.Fatalf("%s returned before its batch was fsynced", m)
	default:
	}
	close(release)
	for range later + 1 {
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("writes did not return")
		}
	}
	var writes, syncs int
	for _, op := range rfs.snapshot() {
		switch op.op {
		case "write":
			writes++
			if writes == 2 {
				for i := range later {
					if !bytes.Contains(op.data, fmt.Appendf(nil, "later-%02d", i)) {
						t.Errorf("second write lacks later-%02d", i)
					}
				}
			}
		case "sync":
			syncs++
		}
	}
	if writes != 2 || syncs != 2 {
		t.Errorf("%d writes and %d fsyncs for 2 batches, want 2 and 2", writes, syncs)
	}
	if st := s.stats(); st.Batches != 2 || st.Records != later+1 {
		t.Errorf("stats: %+v", st)
	}
}
