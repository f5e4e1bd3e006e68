package mailaction

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// The spool keeps every failure that no accepted mail covers yet in a
// folder, so that it survives a crash or SIGKILL from the moment Notify
// returns.
//
// # Format
//
// The folder holds an append-only log cut into segment files named
// <20-digit number>.seg, oldest first. A segment is a sequence of records,
// each
//
//	magic "tm" (2 bytes) | type (1) | version 1 (1) | payload length (4, little endian)
//	CRC-32C (Castagnoli) of the type, version, length and payload (4) | payload
//
// Type 'F' is a failure: the payload is the length of its id (uvarint),
// the id (a name that sorts by the time Notify was called) and the failure
// as JSON (spoolRecord). Type 'D' says failures are done (a mail that
// covers them was accepted): the payload is their ids, one per line. A
// failure is pending when its last 'F' record comes after every 'D'
// record naming it. Notify waits for its 'F' record to be durable; the
// mail loop does not wait for 'D' records (a crash before one is durable
// mails its failures again, which at-least-once delivery allows).
//
// # Durability (group commit)
//
// Notify encodes its record and hands it to the spool's commit goroutine,
// which takes every record handed in since its last batch, writes them at
// the end of the active segment in one write, fsyncs the segment, fsyncs
// the folder when the segment is new (so its name is durable too), and
// only then wakes every caller of the batch. Notify returns after that:
// concurrent calls share one fsync, and a failure whose Notify returned is
// on disk. A write or fsync that fails fails the whole batch (each Notify
// returns the error and the notifier keeps the failure in memory); the
// segment is cut back to its last good record or given up for a new one.
//
// # Crashes
//
// At start the segments are read in order and each record's checksum is
// checked. A bad record with no good record after it is a torn last
// record: a crash in the middle of a write, whose Notify never returned.
// It is logged, counted (SpoolStats.Torn), copied aside to a .bad file and
// cut off; it is never mailed. A bad stretch with good records after it is
// corruption of data that was durable: it is logged, counted
// (SpoolStats.Corrupt), copied aside, and mailed as one "unreadable spool
// entry" so the people who get the mails learn of it.
//
// # Compaction
//
// A new segment is started when the active one reaches a size (1 MiB).
// The oldest segment is deleted once none of its failures is pending
// (the 'D' records of a segment only ever name failures in it or in older,
// already deleted, segments, so deleting oldest first never brings a done
// failure back). A failure can stay pending for ever, for instance the
// failure of a notification the server always refuses: when at most a
// quarter of the oldest segment's bytes are still pending, those records
// are copied unchanged to the active segment (fsynced) and the oldest
// segment is deleted. When a spool is closed with nothing pending, its
// segments are deleted.
//
// # The one-file-per-failure format
//
// Earlier versions wrote one <id>.json file per failure. Such files are
// read at start, appended to the log (fsynced) and then deleted; a file
// that cannot be decoded is renamed to <id>.bad and mailed as an
// unreadable entry. Leftover .tmp- files of that format are removed.
//
// # What is stored, and the rest of the folder
//
// A failure's record holds the task, step, error text, the mail errors it
// wraps (kind, codes, server text, stage, recipient, server, hints),
// start and end times, attempt, host, attributes and log excerpt, with
// what looks like a secret in the texts replaced by [redacted] (see
// redactSecrets). The files are created 0600 and the folder 0700; a
// folder that others may write to is logged as a warning. Entries named
// like spool data that are not regular files (a folder or a symlink
// named *.seg or *.json) are skipped, logged and counted. .bad files are
// removed after a retention period (WithSpoolBadFileRetention, 7 days by
// default). A full disk is logged once when it starts and once when the
// spool can be written again, not at every Notify.
//
// One notifier at a time may use a spool folder: it holds an exclusive
// lock on the folder's .lock file (see lockSpool) until it is closed.

const (
	spoolExt       = ".json" // a failure in the one-file-per-failure format
	spoolTmpPrefix = ".tmp-"
	spoolBadExt    = ".bad"
	spoolSegExt    = ".seg"
	spoolVersion   = 1
	spoolLockName  = ".lock"

	spoolSegmentSize  = 1 << 20
	spoolBadRetention = 7 * 24 * time.Hour

	recHeaderSize = 12
	recVersion    = 1
	recFailure    = 'F'
	recDone       = 'D'
	recMaxPayload = 16 << 20
	// recDoneChunk bounds the payload of one 'D' record; a mail covering
	// more failures writes several.
	recDoneChunk = 64 << 10
)

var recMagic = [2]byte{'t', 'm'}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrSpoolInUse is returned by NewNotifier when another Notifier, in this
// process or another, uses the spool folder; the error names the folder.
var ErrSpoolInUse = errors.New("mailaction: notifier spool folder is in use by another notifier")

// errSpoolClosed is returned by a spool used after close.
var errSpoolClosed = errors.New("notifier spool: closed")

// SpoolStats counts what a Notifier's spool found and did; see
// Notifier.SpoolStats. All are zero without a spool.
type SpoolStats struct {
	Pending        int64 // failures on disk that no accepted mail covers yet
	Segments       int64 // segment files in use
	Batches        int64 // group commits: one write and one fsync each
	Records        int64 // records those batches wrote (failures and done markers)
	Migrated       int64 // files of the one-file-per-failure format moved into the log at start
	Torn           int64 // torn last records found at start (a crash mid-write); never mailed
	Corrupt        int64 // corrupt records or files found at start, set aside as .bad
	Skipped        int64 // entries named like spool data that are not regular files, left alone
	BadRemoved     int64 // .bad files removed after the retention period
	CarriedForward int64 // pending records copied forward so their old segment could go
	WriteErrors    int64 // batches that could not be written or fsynced
	DiskFull       int64 // episodes of a full disk (ENOSPC), each logged once
}

// SpoolStats returns what the spool found at start and has done since; the
// zero value without a spool.
func (n *Notifier) SpoolStats() SpoolStats {
	if n.spool == nil {
		return SpoolStats{}
	}
	return n.spool.stats()
}

// WithSpoolBadFileRetention sets how long files the spool set aside as
// unreadable (*.bad) are kept for a person to look at before the spool
// removes them: at start and, while failures are being written, at most
// once an hour. The default is 7 days; a negative d keeps them for ever.
func WithSpoolBadFileRetention(d time.Duration) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.spool.badRetention = d })
}

// withSpoolFS makes the spool use fsys (tests).
func withSpoolFS(fsys spoolFS) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.spool.fs = fsys })
}

// withSpoolSegmentSize sets the size at which a new segment is started
// (tests).
func withSpoolSegmentSize(size int64) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.spool.segmentSize = size })
}

// spoolOptions are the spool's settings and hooks; the zero value is the
// default.
type spoolOptions struct {
	fs           spoolFS
	log          *slog.Logger
	now          func() time.Time
	badRetention time.Duration // 0: spoolBadRetention; < 0: for ever
	segmentSize  int64         // 0: spoolSegmentSize
}

// with fills the logger and clock from the notifier's options.
func (o spoolOptions) with(log *slog.Logger, now func() time.Time) spoolOptions {
	o.log, o.now = log, now
	return o
}

// spoolRecord is the JSON form of a failure.
type spoolRecord struct {
	Version    int               `json:"v"`
	Notified   time.Time         `json:"notified"`
	Task       string            `json:"task"`
	Step       string            `json:"step,omitempty"`
	Error      string            `json:"error"`
	MailErrors []spoolMailError  `json:"mail_errors,omitempty"`
	Start      time.Time         `json:"start,omitzero"`
	End        time.Time         `json:"end,omitzero"`
	Attempt    int               `json:"attempt,omitempty"`
	Host       string            `json:"host,omitempty"`
	Attributes map[string]string `json:"attributes,omitempty"`
	LogExcerpt string            `json:"log_excerpt,omitempty"`
}

// spoolMailError keeps what the mail explains of a *mailerrors.Error.
type spoolMailError struct {
	Kind      mailerrors.Kind   `json:"kind"`
	Code      int               `json:"code,omitempty"`
	Enhanced  string            `json:"enhanced,omitempty"`
	Text      string            `json:"text,omitempty"`
	Stage     mailerrors.Stage  `json:"stage,omitempty"`
	Recipient string            `json:"recipient,omitempty"`
	Server    string            `json:"server,omitempty"`
	Temporary bool              `json:"temporary,omitempty"`
	Hints     []mailerrors.Hint `json:"hints,omitempty"`
}

// spooledError is a failure's error read back from the spool: its text,
// and the mail errors it held, so that errors.Is, errors.As and
// mailerrors.All still work on it.
type spooledError struct {
	text string
	errs []error
}

func (e *spooledError) Error() string   { return e.text }
func (e *spooledError) Unwrap() []error { return e.errs }

type spool struct {
	dir          string
	prefix       string // per process, so ids from two runs never collide
	seq          atomic.Uint64
	fs           spoolFS
	log          *slog.Logger
	now          func() time.Time
	badRetention time.Duration
	segmentSize  int64
	lock         *os.File // holds the folder's lock; nil where locks are not supported

	mu      sync.Mutex
	cur     *spoolBatch       // being filled by write and remove
	spare   []byte            // a written batch's buffer, for reuse
	index   map[string]recLoc // pending failures
	unread  map[string]error  // ids that stand for data that could not be read
	segs    []*segment        // oldest first; the active one, if any, last
	closed  bool              // no more writes
	kick    chan struct{}     // wakes the commit goroutine
	stop    chan struct{}     // closed by close
	stopped chan struct{}     // closed when the commit goroutine returned
	counts  SpoolStats        // under mu; Pending and Segments are filled in by stats

	// Owned by the commit goroutine.
	active    *segment
	nextSeg   uint64
	failing   bool   // in an episode of failed writes
	failErrno string // what the episode is about, for the log
	failCount int    // batches failed in the episode
	nextSweep time.Time
}

// segment is one file of the log.
type segment struct {
	seq       uint64
	path      string
	f         spoolFile // nil once deleted
	size      int64     // good bytes
	live      int       // pending failures in it
	liveBytes int64
	synced    bool // its name is durable (the folder was fsynced since it was created)
}

// recLoc is where a pending failure's record is.
type recLoc struct {
	seg *segment
	off int64
	n   int64 // the whole record, header included
}

// spoolBatch is the records handed to the commit goroutine since its last
// write; every caller that added to it waits for done.
type spoolBatch struct {
	buf  []byte
	recs []batchRec // the failures in buf
	n    int        // records in buf
	// carried is the segment the failures are carried forward from; then
	// only those still pending there are indexed.
	carried *segment
	done    chan struct{}
	err     error
}

type batchRec struct {
	id     string
	off, n int
}

func newBatch(buf []byte) *spoolBatch {
	return &spoolBatch{buf: buf[:0], done: make(chan struct{})}
}

// openSpool creates dir when missing, locks it (ErrSpoolInUse when another
// spool holds it), reads the log (reporting torn and corrupt records),
// moves failures of the one-file-per-failure format into it, and returns
// the spool and the ids of the pending failures, oldest first. Close the
// spool to release the lock.
func openSpool(dir string, o spoolOptions) (*spool, []string, error) {
	if o.fs == nil {
		o.fs = osFS{}
	}
	if o.log == nil {
		o.log = slog.New(slog.DiscardHandler)
	}
	if o.now == nil {
		o.now = time.Now
	}
	if o.badRetention == 0 {
		o.badRetention = spoolBadRetention
	}
	if o.segmentSize <= 0 {
		o.segmentSize = spoolSegmentSize
	}
	if fi, err := o.fs.Stat(dir); err == nil && fi.IsDir() && fi.Mode().Perm()&0o022 != 0 && runtime.GOOS != "windows" {
		o.log.Warn("taskmail notifier: the spool folder can be written by other users, who could add or change failures; make it 0700",
			"spool", dir, "mode", fi.Mode().Perm().String())
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("notifier spool: %w", err)
	}
	var rnd [4]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		return nil, nil, fmt.Errorf("notifier spool: %w", err)
	}
	lock, err := lockSpool(dir)
	if err != nil {
		return nil, nil, err
	}
	s := &spool{
		dir: dir, prefix: hex.EncodeToString(rnd[:]), lock: lock,
		fs: o.fs, log: o.log, now: o.now, badRetention: o.badRetention, segmentSize: o.segmentSize,
		index: make(map[string]recLoc), unread: make(map[string]error),
		kick: make(chan struct{}, 1), stop: make(chan struct{}), stopped: make(chan struct{}),
		nextSeg: 1,
	}
	s.cur = newBatch(nil)
	if err := s.load(); err != nil {
		s.closeSegments()
		_ = s.unlock()
		return nil, nil, err
	}
	ids := make([]string, 0, len(s.index)+len(s.unread))
	for id := range s.index {
		ids = append(ids, id)
	}
	for id := range s.unread {
		ids = append(ids, id)
	}
	slices.Sort(ids) // ids start with the time, so this is oldest first
	go s.commitLoop()
	return s, ids, nil
}

// load reads the folder at start.
func (s *spool) load() error {
	des, err := s.fs.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("notifier spool: %w", err)
	}
	var segs []uint64
	var old []string
	for _, de := range des {
		name := de.Name()
		path := filepath.Join(s.dir, name)
		switch {
		case strings.HasPrefix(name, spoolTmpPrefix):
			// Never renamed into place: its Notify did not return.
			_ = s.fs.Remove(path)
		case strings.HasSuffix(name, spoolSegExt) || strings.HasSuffix(name, spoolExt):
			seq, perr := strconv.ParseUint(strings.TrimSuffix(name, spoolSegExt), 10, 64)
			isSeg := strings.HasSuffix(name, spoolSegExt)
			if !de.Type().IsRegular() || isSeg && (perr != nil || seq == 0) {
				s.counts.Skipped++
				s.log.Warn("taskmail notifier: entry in the spool folder skipped: not a regular file of the spool",
					"spool", s.dir, "name", name, "type", de.Type().String())
				continue
			}
			if isSeg {
				segs = append(segs, seq)
			} else {
				old = append(old, strings.TrimSuffix(name, spoolExt))
			}
		case strings.HasSuffix(name, spoolBadExt) && de.Type().IsRegular():
			s.sweepBad(path, de)
		}
	}
	s.nextSweep = s.now().Add(time.Hour)
	slices.Sort(segs)
	for _, seq := range segs {
		if err := s.loadSegment(seq); err != nil {
			return err
		}
		s.nextSeg = seq + 1
	}
	slices.Sort(old)
	if err := s.migrate(old); err != nil {
		return err
	}
	s.compact()
	return nil
}

// segPath returns the name of segment seq.
func (s *spool) segPath(seq uint64) string {
	return filepath.Join(s.dir, string(appendPadded(nil, seq, 20))+spoolSegExt)
}

// loadSegment replays one segment into the index.
func (s *spool) loadSegment(seq uint64) error {
	path := s.segPath(seq)
	data, err := s.fs.ReadFile(path)
	if err != nil {
		return fmt.Errorf("notifier spool: %w", err)
	}
	f, err := s.fs.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return fmt.Errorf("notifier spool: %w", err)
	}
	seg := &segment{seq: seq, path: path, f: f, synced: true}
	s.segs = append(s.segs, seg)
	off := 0
	for off < len(data) {
		typ, payload, n, ok := parseRecord(data[off:])
		if ok {
			s.replay(seg, typ, payload, int64(off), int64(n))
			off += n
			continue
		}
		next := resync(data, off+1)
		bad := data[off:next]
		aside := s.setAside(fmt.Sprintf("%s.%d", strings.TrimSuffix(filepath.Base(path), spoolSegExt), off), bad)
		if next == len(data) {
			// Nothing good after it: a write a crash cut short, whose
			// Notify never returned. Cut it off.
			s.counts.Torn++
			s.log.Warn("taskmail notifier: torn last record in the spool (a crash during a write); cut off, not mailed",
				"segment", filepath.Base(path), "offset", off, "bytes", len(bad), "set_aside", aside)
			if err := f.Truncate(int64(off)); err != nil {
				return fmt.Errorf("notifier spool: cut off torn record: %w", err)
			}
			if err := f.Sync(); err != nil {
				return fmt.Errorf("notifier spool: %w", err)
			}
			break
		}
		s.counts.Corrupt++
		id := fmt.Sprintf("corrupt-%s-%d", filepath.Base(path), off)
		s.unread[id] = fmt.Errorf("notifier spool: %d corrupt bytes in %s at offset %d, set aside as %s", len(bad), filepath.Base(path), off, aside)
		s.log.Error("taskmail notifier: corrupt data in the spool; set aside, mailed as an unreadable entry",
			"segment", filepath.Base(path), "offset", off, "bytes", len(bad), "set_aside", aside)
		off = next
	}
	seg.size = int64(off)
	return nil
}

// replay applies one good record found at start.
func (s *spool) replay(seg *segment, typ byte, payload []byte, off, n int64) {
	switch typ {
	case recFailure:
		id, _, ok := splitFailurePayload(payload)
		if !ok {
			return
		}
		if prev, ok := s.index[id]; ok { // carried forward: the later copy counts
			prev.seg.live--
			prev.seg.liveBytes -= prev.n
		}
		s.index[id] = recLoc{seg, off, n}
		seg.live++
		seg.liveBytes += n
	case recDone:
		for id := range strings.SplitSeq(string(payload), "\n") {
			if loc, ok := s.index[id]; ok {
				delete(s.index, id)
				loc.seg.live--
				loc.seg.liveBytes -= loc.n
			}
		}
	}
}

// migrate moves failures of the one-file-per-failure format into the log:
// appended and fsynced first, then the files are deleted.
func (s *spool) migrate(ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	b := newBatch(nil)
	var moved []string
	for _, id := range ids {
		path := filepath.Join(s.dir, id+spoolExt)
		data, err := s.fs.ReadFile(path)
		if err != nil {
			return fmt.Errorf("notifier spool: %w", err)
		}
		var r spoolRecord
		if err := json.Unmarshal(data, &r); err != nil || r.Version != spoolVersion {
			if err == nil {
				err = fmt.Errorf("unknown version %d", r.Version)
			}
			bad := filepath.Join(s.dir, id+spoolBadExt)
			_ = s.fs.Rename(path, bad)
			_ = s.fs.Chtimes(bad, s.now()) // kept for the retention period from now
			s.counts.Corrupt++
			s.unread[id] = fmt.Errorf("notifier spool: %s: %w", id+spoolExt, err)
			s.log.Error("taskmail notifier: spooled failure unreadable; set aside", "file", id+spoolExt, "set_aside", id+spoolBadExt, "error", err)
			continue
		}
		moved = append(moved, path)
		if _, ok := s.index[id]; ok { // moved before a crash, not yet deleted
			continue
		}
		redactRecord(&r)
		var eerr error
		off := len(b.buf)
		if b.buf, eerr = appendFailure(b.buf, id, &r); eerr != nil {
			return eerr
		}
		b.recs = append(b.recs, batchRec{id, off, len(b.buf) - off})
		b.n++
	}
	if b.n > 0 {
		if err := s.commit(b); err != nil {
			return fmt.Errorf("notifier spool: moving old spool files into the log: %w", err)
		}
		s.counts.Migrated += int64(len(b.recs))
	}
	for _, path := range moved {
		if err := s.fs.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("notifier spool: %w", err)
		}
	}
	if len(moved) > 0 {
		if err := s.fs.SyncDir(s.dir); err != nil {
			return fmt.Errorf("notifier spool: %w", err)
		}
		s.log.Info("taskmail notifier: spool files of the previous format moved into the log", "files", len(moved))
	}
	return nil
}

// setAside copies bad bytes to a .bad file for a person to look at and
// returns its name ("" when that failed).
func (s *spool) setAside(base string, bad []byte) string {
	name := base + spoolBadExt
	f, err := s.fs.OpenFile(filepath.Join(s.dir, name), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return ""
	}
	_, err = f.WriteAt(bad, 0)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return ""
	}
	return name
}

// sweepBad removes a .bad file older than the retention period.
func (s *spool) sweepBad(path string, de fs.DirEntry) {
	if s.badRetention < 0 {
		return
	}
	fi, err := de.Info()
	if err != nil || s.now().Sub(fi.ModTime()) < s.badRetention {
		return
	}
	if err := s.fs.Remove(path); err != nil {
		s.log.Warn("taskmail notifier: old set-aside spool file not removed", "file", de.Name(), "error", err)
		return
	}
	s.counts.BadRemoved++
	s.log.Info("taskmail notifier: set-aside spool file removed after the retention period", "file", de.Name(), "retention", s.badRetention)
}

// sweep removes .bad files past the retention period, at most once an
// hour. Called by the commit goroutine.
func (s *spool) sweep() {
	now := s.now()
	if now.Before(s.nextSweep) {
		return
	}
	s.nextSweep = now.Add(time.Hour)
	des, err := s.fs.ReadDir(s.dir)
	if err != nil {
		return
	}
	for _, de := range des {
		if strings.HasSuffix(de.Name(), spoolBadExt) && de.Type().IsRegular() {
			s.mu.Lock()
			s.sweepBad(filepath.Join(s.dir, de.Name()), de)
			s.mu.Unlock()
		}
	}
}

// newID returns a new, unique id that sorts by time.
func (s *spool) newID(now time.Time) string {
	b := make([]byte, 0, 48)
	b = appendPadded(b, uint64(now.UnixNano()), 20)
	b = append(b, '-')
	b = append(b, s.prefix...)
	b = append(b, '-')
	b = appendPadded(b, s.seq.Add(1), 10)
	return string(b)
}

func appendPadded(b []byte, v uint64, width int) []byte {
	var tmp [20]byte
	d := strconv.AppendUint(tmp[:0], v, 10)
	for i := len(d); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, d...)
}

// write stores e durably under e.id: it returns once a batch holding e
// was written and fsynced.
func (s *spool) write(e *failureEntry) error {
	r := recordOf(e)
	redactRecord(r)
	rec, err := appendFailure(nil, e.id, r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return errSpoolClosed
	}
	b := s.cur
	off := len(b.buf)
	b.buf = append(b.buf, rec...)
	b.recs = append(b.recs, batchRec{e.id, off, len(rec)})
	b.n++
	s.mu.Unlock()
	s.poke()
	<-b.done
	return b.err
}

// remove records that the failures are done (a mail covering them was
// accepted); one not pending is ignored. It does not wait for the record
// to reach the disk: the next batch takes it, and a crash before that
// only mails those failures again (at least once). The error is that of
// a spool already closed; a failed write is logged by the spool.
func (s *spool) remove(ids []string) error {
	s.mu.Lock()
	var payload []byte
	var chunks [][]byte
	for _, id := range ids {
		if _, ok := s.unread[id]; ok {
			delete(s.unread, id)
			continue
		}
		loc, ok := s.index[id]
		if !ok {
			continue
		}
		delete(s.index, id)
		loc.seg.live--
		loc.seg.liveBytes -= loc.n
		if len(payload) > 0 && len(payload)+len(id)+1 > recDoneChunk {
			chunks = append(chunks, payload)
			payload = nil
		}
		if len(payload) > 0 {
			payload = append(payload, '\n')
		}
		payload = append(payload, id...)
	}
	if len(payload) > 0 {
		chunks = append(chunks, payload)
	}
	if len(chunks) == 0 {
		s.mu.Unlock()
		return nil
	}
	if s.closed {
		s.mu.Unlock()
		return errSpoolClosed
	}
	b := s.cur
	for _, p := range chunks {
		b.buf = appendRecord(b.buf, recDone, p)
		b.n++
	}
	s.mu.Unlock()
	s.poke()
	return nil
}

// read loads the pending failure stored under id.
func (s *spool) read(id string) (*failureEntry, error) {
	s.mu.Lock()
	if err, ok := s.unread[id]; ok {
		delete(s.unread, id)
		s.mu.Unlock()
		return nil, err
	}
	loc, ok := s.index[id]
	if !ok || loc.seg.f == nil {
		s.mu.Unlock()
		return nil, fmt.Errorf("notifier spool: %s: %w", id, fs.ErrNotExist)
	}
	// Under mu: compaction closes a segment only under it.
	buf := make([]byte, loc.n)
	_, err := loc.seg.f.ReadAt(buf, loc.off)
	s.mu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("notifier spool: %s: %w", id, err)
	}
	typ, payload, _, ok := parseRecord(buf)
	if !ok || typ != recFailure {
		return nil, fmt.Errorf("notifier spool: %s: record damaged on disk", id)
	}
	_, js, _ := splitFailurePayload(payload)
	var r spoolRecord
	if err := json.Unmarshal(js, &r); err != nil {
		return nil, fmt.Errorf("notifier spool: %s: %w", id, err)
	}
	return entryOf(id, &r), nil
}

func (s *spool) poke() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// commitLoop is the commit goroutine: it writes each batch and wakes its
// callers, then compacts.
func (s *spool) commitLoop() {
	defer close(s.stopped)
	for {
		select {
		case <-s.kick:
		case <-s.stop:
			s.commitPending()
			return
		}
		s.commitPending()
		s.compact()
		s.sweep()
	}
}

// commitPending writes the batch being filled, if it holds anything.
func (s *spool) commitPending() {
	s.mu.Lock()
	b := s.cur
	if b.n == 0 {
		s.mu.Unlock()
		return
	}
	s.cur = newBatch(s.spare)
	s.spare = nil
	s.mu.Unlock()
	b.err = s.commit(b)
	s.mu.Lock()
	if cap(b.buf) <= 4<<20 { // keep no huge buffer after a burst
		s.spare = b.buf
	}
	b.buf = nil
	s.mu.Unlock()
	close(b.done)
}

// commit writes b at the end of the active segment and fsyncs it (and the
// folder, for a new segment), then indexes its failures. On an error the
// segment is cut back to where it was, or given up.
func (s *spool) commit(b *spoolBatch) error {
	err := s.commitBatch(b)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.counts.WriteErrors++
		s.failCount++
		kind := "write"
		if errors.Is(err, syscall.ENOSPC) {
			kind = "disk full"
		}
		if !s.failing || s.failErrno != kind {
			s.failing, s.failErrno = true, kind
			if kind == "disk full" {
				s.counts.DiskFull++
				s.log.Error("taskmail notifier: disk full: failures cannot be spooled and are kept in memory only until it has room again (logged once until then)",
					"spool", s.dir, "error", err)
			} else {
				s.log.Error("taskmail notifier: failures cannot be spooled and are kept in memory only until the spool can be written again (logged once until then)",
					"spool", s.dir, "error", err)
			}
		}
		return fmt.Errorf("notifier spool: %w", err)
	}
	if s.failing {
		s.log.Info("taskmail notifier: the spool can be written again", "spool", s.dir, "batches_failed", s.failCount, "was", s.failErrno)
		s.failing, s.failCount, s.failErrno = false, 0, ""
	}
	s.counts.Batches++
	s.counts.Records += int64(b.n)
	return nil
}

func (s *spool) commitBatch(b *spoolBatch) error {
	seg, err := s.activeSegment()
	if err != nil {
		return err
	}
	base := seg.size
	if _, err := seg.f.WriteAt(b.buf, base); err != nil {
		if terr := seg.f.Truncate(base); terr != nil {
			s.giveUp(seg)
		}
		return err
	}
	if err := seg.f.Sync(); err != nil {
		// What reached the disk is unknown after a failed fsync: write
		// no more to this segment.
		s.giveUp(seg)
		return err
	}
	// A segment deleted under us (the folder removed) takes writes and
	// fsyncs that make nothing durable.
	if _, err := s.fs.Stat(seg.path); errors.Is(err, fs.ErrNotExist) {
		s.giveUp(seg)
		return fmt.Errorf("segment %s was removed: %w", filepath.Base(seg.path), err)
	}
	if !seg.synced {
		if err := s.fs.SyncDir(s.dir); err != nil {
			s.giveUp(seg)
			return err
		}
		seg.synced = true
	}
	s.mu.Lock()
	seg.size = base + int64(len(b.buf))
	for _, r := range b.recs {
		prev, ok := s.index[r.id]
		if b.carried != nil && (!ok || prev.seg != b.carried) {
			continue // done while it was being carried forward
		}
		if ok {
			prev.seg.live--
			prev.seg.liveBytes -= prev.n
		}
		if b.carried != nil {
			s.counts.CarriedForward++
		}
		s.index[r.id] = recLoc{seg, base + int64(r.off), int64(r.n)}
		seg.live++
		seg.liveBytes += int64(r.n)
	}
	s.mu.Unlock()
	return nil
}

// activeSegment returns the segment to append to, starting a new one when
// there is none or it is full.
func (s *spool) activeSegment() (*segment, error) {
	if s.active != nil && s.active.size < s.segmentSize {
		return s.active, nil
	}
	s.active = nil
	seq := s.nextSeg
	path := s.segPath(seq)
	f, err := s.fs.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, err
	}
	s.nextSeg++
	seg := &segment{seq: seq, path: path, f: f}
	s.mu.Lock()
	s.segs = append(s.segs, seg)
	s.mu.Unlock()
	s.active = seg
	return seg, nil
}

// giveUp stops appending to seg; the next batch starts a new segment.
func (s *spool) giveUp(seg *segment) {
	if s.active == seg {
		s.active = nil
	}
}

// compact deletes the oldest segments while none of their failures is
// pending, first carrying forward the few pending ones of a segment that
// is mostly done. Called at start and by the commit goroutine.
func (s *spool) compact() {
	for {
		s.mu.Lock()
		if len(s.segs) == 0 || s.segs[0] == s.active {
			s.mu.Unlock()
			return
		}
		old := s.segs[0]
		live, liveBytes, size := old.live, old.liveBytes, old.size
		s.mu.Unlock()
		if live > 0 {
			if liveBytes*4 > size || !s.carryForward(old) {
				return
			}
		}
		s.mu.Lock()
		s.segs = s.segs[1:]
		f := old.f
		old.f = nil
		s.mu.Unlock()
		_ = f.Close()
		if err := s.fs.Remove(old.path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			s.log.Error("taskmail notifier: spool segment not deleted", "segment", filepath.Base(old.path), "error", err)
		}
		// Before the next deletion: deleting oldest first must reach the
		// disk in that order.
		if err := s.fs.SyncDir(s.dir); err != nil {
			s.log.Error("taskmail notifier: spool folder not synced", "spool", s.dir, "error", err)
		}
	}
}

// carryForward copies the pending failures of old to the active segment,
// unchanged, and fsyncs them; true when old holds none any more.
func (s *spool) carryForward(old *segment) bool {
	s.mu.Lock()
	var ids []string
	var locs []recLoc
	for id, loc := range s.index {
		if loc.seg == old {
			ids = append(ids, id)
			locs = append(locs, loc)
		}
	}
	s.mu.Unlock()
	b := newBatch(nil)
	b.carried = old
	for i, loc := range locs {
		off := len(b.buf)
		b.buf = append(b.buf, make([]byte, loc.n)...)
		if _, err := old.f.ReadAt(b.buf[off:], loc.off); err != nil {
			s.log.Error("taskmail notifier: pending failure not carried forward; its segment is kept", "segment", filepath.Base(old.path), "error", err)
			return false
		}
		b.recs = append(b.recs, batchRec{ids[i], off, int(loc.n)})
		b.n++
	}
	if err := s.commit(b); err != nil {
		return false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return old.live == 0
}

// close writes what was handed in, deletes the segments when nothing is
// pending, and releases the folder's lock.
func (s *spool) close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	close(s.stop)
	<-s.stopped
	s.mu.Lock()
	empty := len(s.index) == 0
	s.mu.Unlock()
	if empty {
		s.active = nil
		s.compact() // oldest first, the folder fsynced after each
	}
	s.closeSegments()
	return s.unlock()
}

func (s *spool) closeSegments() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, seg := range s.segs {
		if seg.f != nil {
			_ = seg.f.Close()
			seg.f = nil
		}
	}
}

func (s *spool) unlock() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close()
	s.lock = nil
	return err
}

func (s *spool) stats() SpoolStats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.counts
	st.Pending = int64(len(s.index))
	st.Segments = int64(len(s.segs))
	return st
}

// appendRecord appends a record of type typ to dst.
func appendRecord(dst []byte, typ byte, payload []byte) []byte {
	start := len(dst)
	dst = append(dst, recMagic[0], recMagic[1], typ, recVersion, 0, 0, 0, 0, 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(dst[start+4:], uint32(len(payload)))
	crc := crc32.Update(0, castagnoli, dst[start+2:start+8])
	crc = crc32.Update(crc, castagnoli, payload)
	binary.LittleEndian.PutUint32(dst[start+8:], crc)
	return append(dst, payload...)
}

// appendFailure appends the 'F' record of failure r stored under id.
func appendFailure(dst []byte, id string, r *spoolRecord) ([]byte, error) {
	js, err := json.Marshal(r)
	if err != nil {
		return dst, fmt.Errorf("notifier spool: %w", err)
	}
	payload := make([]byte, 0, binary.MaxVarintLen64+len(id)+len(js))
	payload = binary.AppendUvarint(payload, uint64(len(id)))
	payload = append(payload, id...)
	payload = append(payload, js...)
	if len(payload) > recMaxPayload {
		return dst, fmt.Errorf("notifier spool: failure of %d bytes is over the limit of %d", len(payload), recMaxPayload)
	}
	return appendRecord(dst, recFailure, payload), nil
}

// splitFailurePayload splits an 'F' record's payload into id and JSON.
func splitFailurePayload(p []byte) (id string, js []byte, ok bool) {
	l, n := binary.Uvarint(p)
	if n <= 0 || l > uint64(len(p)-n) {
		return "", nil, false
	}
	return string(p[n : n+int(l)]), p[n+int(l):], true
}

// parseRecord checks the record at the start of data: its type, payload
// and length when it is whole and its checksum matches.
func parseRecord(data []byte) (typ byte, payload []byte, n int, ok bool) {
	if len(data) < recHeaderSize || data[0] != recMagic[0] || data[1] != recMagic[1] || data[3] != recVersion {
		return 0, nil, 0, false
	}
	typ = data[2]
	if typ != recFailure && typ != recDone {
		return 0, nil, 0, false
	}
	l := binary.LittleEndian.Uint32(data[4:])
	if l > recMaxPayload || int(l) > len(data)-recHeaderSize {
		return 0, nil, 0, false
	}
	payload = data[recHeaderSize : recHeaderSize+int(l)]
	crc := crc32.Update(0, castagnoli, data[2:8])
	crc = crc32.Update(crc, castagnoli, payload)
	if crc != binary.LittleEndian.Uint32(data[8:]) {
		return 0, nil, 0, false
	}
	return typ, payload, recHeaderSize + int(l), true
}

// resync returns the offset of the first good record at or after from,
// or len(data).
func resync(data []byte, from int) int {
	for i := from; i+recHeaderSize <= len(data); i++ {
		if data[i] != recMagic[0] || data[i+1] != recMagic[1] {
			continue
		}
		if _, _, _, ok := parseRecord(data[i:]); ok {
			return i
		}
	}
	return len(data)
}

// redactRecord blanks out secrets in the texts of r before it is written.
func redactRecord(r *spoolRecord) {
	r.Error = redactSecrets(r.Error)
	r.LogExcerpt = redactSecrets(r.LogExcerpt)
	for k, v := range r.Attributes {
		r.Attributes[k] = redactSecrets(v)
	}
	for i := range r.MailErrors {
		r.MailErrors[i].Text = redactSecrets(r.MailErrors[i].Text)
	}
}

func recordOf(e *failureEntry) *spoolRecord {
	f := &e.f
	r := &spoolRecord{
		Version: spoolVersion, Notified: e.at,
		Task: f.Task, Step: f.Step, Error: e.errorText(),
		Start: f.Start, End: f.End, Attempt: f.Attempt, Host: f.Host,
		LogExcerpt: f.LogExcerpt,
	}
	if len(e.attrs) > 0 {
		r.Attributes = make(map[string]string, len(e.attrs))
		for _, a := range e.attrs {
			r.Attributes[a.Key] = a.Value
		}
	}
	for _, me := range mailerrors.All(f.Err) {
		r.MailErrors = append(r.MailErrors, spoolMailError{
			Kind: me.Kind, Code: me.Code, Enhanced: me.Enhanced, Text: me.Text, Stage: me.Stage,
			Recipient: me.Recipient, Server: me.Server, Temporary: me.Temporary, Hints: me.Hints,
		})
	}
	return r
}

func entryOf(id string, r *spoolRecord) *failureEntry {
	se := &spooledError{text: r.Error}
	for _, me := range r.MailErrors {
		se.errs = append(se.errs, &mailerrors.Error{
			Kind: me.Kind, Code: me.Code, Enhanced: me.Enhanced, Text: me.Text, Stage: me.Stage,
			Recipient: me.Recipient, Server: me.Server, Temporary: me.Temporary, Hints: me.Hints,
		})
	}
	e := &failureEntry{
		f: Failure{
			Task: r.Task, Step: r.Step, Err: se, Start: r.Start, End: r.End,
			Attempt: r.Attempt, Host: r.Host, LogExcerpt: r.LogExcerpt,
		},
		at: r.Notified, id: id, weight: 1, text: r.Error,
	}
	for k, v := range r.Attributes {
		e.attrs = append(e.attrs, Attribute{k, v})
	}
	return e
}
