package mailaction

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// The spool is a folder with one JSON file per failure that no accepted
// mail covers yet. A file is written to a hidden temporary name, fsynced,
// renamed into place and the folder fsynced before Notify returns, so a
// failure survives a crash or SIGKILL from then on; it is removed once the
// mail server accepted a mail that accounts for it. Delivery is therefore
// at least once: a crash between the server's acceptance and the removal
// sends that failure again after the restart.
//
// One notifier at a time may use a spool folder: it holds an exclusive
// lock on the folder's .lock file (see lockSpool) until it is closed.

const (
	spoolExt       = ".json"
	spoolTmpPrefix = ".tmp-"
	spoolBadExt    = ".bad"
	spoolVersion   = 1
	spoolLockName  = ".lock"
)

// ErrSpoolInUse is returned by NewNotifier when another Notifier, in this
// process or another, uses the spool folder; the error names the folder.
var ErrSpoolInUse = errors.New("mailaction: notifier spool folder is in use by another notifier")

// spoolRecord is the on-disk form of a failure.
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
	dir    string
	prefix string // per process, so names from two runs never collide
	seq    atomic.Uint64
	dsync  groupSync
	lock   *os.File // holds the folder's lock; nil where locks are not supported
}

// close releases the folder's lock.
func (s *spool) close() error {
	if s.lock == nil {
		return nil
	}
	err := s.lock.Close()
	s.lock = nil
	return err
}

// groupSync fsyncs the spool folder for many writers at once: a writer
// whose rename is done waits for a folder fsync that started after it
// asked, and one fsync serves every writer that asked before it started.
// Under a storm of concurrent Notify calls this turns one folder fsync per
// failure into one per batch.
type groupSync struct {
	mu        sync.Mutex
	cond      *sync.Cond
	requested uint64 // tickets handed out
	done      uint64 // tickets covered by a finished fsync
	running   bool
	inside    int           // callers in sync
	failed    []syncFailure // fsyncs that failed (rare), kept while a caller may look
}

type syncFailure struct {
	from, to uint64
	err      error
}

// sync returns once an fsync of dir that started after the call finished.
func (g *groupSync) sync(dir string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cond == nil {
		g.cond = sync.NewCond(&g.mu)
	}
	g.inside++
	defer func() {
		if g.inside--; g.inside == 0 {
			g.failed = nil
		}
	}()
	g.requested++
	ticket := g.requested
	for g.done < ticket {
		if g.running {
			g.cond.Wait()
			continue
		}
		g.running = true
		from, to := g.done+1, g.requested
		g.mu.Unlock()
		err := syncDir(dir)
		g.mu.Lock()
		g.running = false
		g.done = to
		if err != nil {
			g.failed = append(g.failed, syncFailure{from, to, err})
		}
		g.cond.Broadcast()
	}
	for _, f := range g.failed {
		if f.from <= ticket && ticket <= f.to {
			return f.err
		}
	}
	return nil
}

// openSpool creates dir when missing, locks it (ErrSpoolInUse when another
// spool holds it), removes temporary files a crash left behind, and
// returns the spool and the names of the failures in it, oldest first.
// Close the spool to release the lock.
func openSpool(dir string) (*spool, []string, error) {
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
	s := &spool{dir: dir, prefix: hex.EncodeToString(rnd[:]), lock: lock}
	des, err := os.ReadDir(dir)
	if err != nil {
		_ = s.close()
		return nil, nil, fmt.Errorf("notifier spool: %w", err)
	}
	var ids []string
	for _, de := range des {
		name := de.Name()
		switch {
		case strings.HasPrefix(name, spoolTmpPrefix):
			// Never renamed into place: its Notify did not return.
			_ = os.Remove(filepath.Join(dir, name))
		case strings.HasSuffix(name, spoolExt) && de.Type().IsRegular():
			ids = append(ids, strings.TrimSuffix(name, spoolExt))
		}
	}
	slices.Sort(ids) // names start with the time, so this is oldest first
	return s, ids, nil
}

// newID returns a new, unique file name (without extension) that sorts by
// time.
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

// write stores e durably under e.id.
func (s *spool) write(e *failureEntry) error {
	data, err := json.Marshal(recordOf(e))
	if err != nil {
		return fmt.Errorf("notifier spool: %w", err)
	}
	tmp := filepath.Join(s.dir, spoolTmpPrefix+e.id)
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("notifier spool: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, s.path(e.id))
	}
	if err == nil {
		err = s.dsync.sync(s.dir)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("notifier spool: %w", err)
	}
	return nil
}

// read loads the failure stored under id. A file that cannot be decoded is
// renamed to id.bad, so that it is kept for a person to look at but not
// read again.
func (s *spool) read(id string) (*failureEntry, error) {
	data, err := os.ReadFile(s.path(id))
	if err != nil {
		return nil, fmt.Errorf("notifier spool: %w", err)
	}
	var r spoolRecord
	if err := json.Unmarshal(data, &r); err != nil || r.Version != spoolVersion {
		if err == nil {
			err = fmt.Errorf("unknown version %d", r.Version)
		}
		_ = os.Rename(s.path(id), filepath.Join(s.dir, id+spoolBadExt))
		return nil, fmt.Errorf("notifier spool: %s: %w", id+spoolExt, err)
	}
	return entryOf(id, &r), nil
}

// remove deletes the stored failures; one already gone is not an error.
func (s *spool) remove(ids []string) error {
	var errs []error
	for _, id := range ids {
		if err := os.Remove(s.path(id)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (s *spool) path(id string) string { return filepath.Join(s.dir, id+spoolExt) }

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
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
