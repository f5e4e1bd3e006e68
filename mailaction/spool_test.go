package mailaction

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

func TestSpoolRoundTrip(t *testing.T) {
	dir := t.TempDir()
	s, ids, err := openSpool(dir, spoolOptions{})
	if err != nil || len(ids) != 0 {
		t.Fatalf("openSpool: %v %v", ids, err)
	}
	t0 := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	me := &mailerrors.Error{Kind: mailerrors.KindMailboxFull, Code: 452, Enhanced: "4.2.2", Text: "over quota",
		Stage: mailerrors.StageRcpt, Recipient: "a@example.org", Server: "127.0.0.1:25", Temporary: true,
		Hints: []mailerrors.Hint{{Text: "ask the recipient to make room"}}}
	in := &failureEntry{f: Failure{
		Task: "t", Step: "s", Err: fmt.Errorf("deliver: %w", me), Start: t0, End: t0.Add(time.Second),
		Attempt: 2, Host: "h", LogExcerpt: "log\n",
	}, attrs: []Attribute{{"k", "v"}}, at: t0.Add(2 * time.Second), weight: 1}
	in.id = s.newID(in.at)
	if err := s.write(in); err != nil {
		t.Fatal(err)
	}
	if _, _, err := openSpool(dir, spoolOptions{}); !errors.Is(err, ErrSpoolInUse) {
		t.Fatalf("opened twice: %v", err)
	}
	if err := s.close(); err != nil {
		t.Fatal(err)
	}
	s, ids, err = openSpool(dir, spoolOptions{})
	if err != nil || len(ids) != 1 || ids[0] != in.id {
		t.Fatalf("reopen: %v %v", ids, err)
	}
	out, err := s.read(in.id)
	if err != nil {
		t.Fatal(err)
	}
	if out.errorText() != "deliver: "+me.Error() || !out.at.Equal(in.at) || out.id != in.id || out.weight != 1 {
		t.Errorf("entry: %+v", out)
	}
	if !errors.Is(out.f.Err, mailerrors.ErrMailboxFull) || !mailerrors.IsTemporary(out.f.Err) {
		t.Errorf("restored error lost its kind: %v", out.f.Err)
	}
	var got *mailerrors.Error
	if !errors.As(out.f.Err, &got) || !reflect.DeepEqual(*got, *me) {
		t.Errorf("restored *Error: %+v, want %+v", got, me)
	}
	in.f.Err, out.f.Err = nil, nil
	if !reflect.DeepEqual(in.f, out.f) || !reflect.DeepEqual(in.attrs, out.attrs) {
		t.Errorf("failure: got %+v, want %+v", out.f, in.f)
	}
	if err := s.remove([]string{in.id, in.id}); err != nil {
		t.Errorf("remove twice: %v", err)
	}
	if err := s.close(); err != nil { // writes the done record
		t.Fatal(err)
	}
	assertSpoolEmpty(t, dir)
}

func TestSpoolIDsSortByTime(t *testing.T) {
	s, _, err := openSpool(t.TempDir(), spoolOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.close()
	t0 := time.Now()
	a, b, c := s.newID(t0), s.newID(t0), s.newID(t0.Add(time.Nanosecond))
	if !(a < b && b < c) {
		t.Errorf("ids out of order: %s %s %s", a, b, c)
	}
}

func TestSpoolStartupCleansUp(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Files of the one-file-per-failure format: a write that never got
	// renamed (its Notify never returned), a file that is not JSON, and a
	// good one.
	write(spoolTmpPrefix+"00000000000000000001-x-0000000001", `{"v":1,"task":"half`)
	write("00000000000000000002-x-0000000001"+spoolExt, `not json`)
	write("00000000000000000003-x-0000000001"+spoolExt, `{"v":1,"notified":"2026-11-23T12:00:00Z","task":"good","error":"x"}`)

	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = dir
	n := newTestNotifier(t, m, cfg)
	closeNotifier(t, n)
	// The file that is not JSON is set aside and mailed as a placeholder.
	if st := n.Stats(); st.Restored != 2 || st.Accounted != 2 {
		t.Errorf("stats: %+v", st)
	}
	des, _ := os.ReadDir(dir)
	var names []string
	for _, de := range des {
		names = append(names, de.Name())
	}
	if want := []string{spoolLockName, "00000000000000000002-x-0000000001" + spoolBadExt}; !reflect.DeepEqual(names, want) {
		t.Errorf("spool after start: %v, want %v", names, want)
	}
}

func TestNotifySpoolWriteFailureKeepsFailureInMemory(t *testing.T) {
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = filepath.Join(t.TempDir(), "spool")
	n := newTestNotifier(t, m, cfg)
	if err := os.RemoveAll(cfg.Spool); err != nil { // the folder disappears under it
		t.Fatal(err)
	}
	err := n.Notify(context.Background(), Failure{Task: "a", Err: errors.New("x")})
	if err == nil {
		t.Fatal("Notify: want the spool error")
	}
	closeNotifier(t, n)
	if st := n.Stats(); st.Accounted != 1 {
		t.Errorf("the failure was not mailed from memory: %+v", st)
	}
}

func TestNotifierSpoolLocked(t *testing.T) {
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n1, err := NewNotifier(&fakeMailer{}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	n2, err := NewNotifier(&fakeMailer{}, cfg)
	if err == nil {
		_ = n2.Close(context.Background())
		t.Fatal("a second notifier opened a spool folder in use")
	}
	if !errors.Is(err, ErrSpoolInUse) || !strings.Contains(err.Error(), cfg.Spool) {
		t.Errorf("error does not say the folder is in use: %v", err)
	}
	closeNotifier(t, n1)
	n3, err := NewNotifier(&fakeMailer{}, cfg)
	if err != nil {
		t.Fatalf("after Close: %v", err)
	}
	closeNotifier(t, n3)
}

// pendingOnDisk counts the failures pending in the spool folder dir, as a
// new spool would find them: files of the one-file-per-failure format,
// and failures in the log without a later done record. It reads without
// the lock, so a record being written is not counted.
func pendingOnDisk(t testing.TB, dir string) int {
	t.Helper()
	des, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	pending := map[string]bool{}
	n := 0
	for _, de := range des { // sorted by name: oldest segment first
		switch filepath.Ext(de.Name()) {
		case spoolExt:
			n++
		case spoolSegExt:
			data, err := os.ReadFile(filepath.Join(dir, de.Name()))
			if err != nil {
				t.Fatal(err)
			}
			for off := 0; off < len(data); {
				typ, payload, l, ok := parseRecord(data[off:])
				if !ok {
					break
				}
				off += l
				if typ == recFailure {
					id, _, _ := splitFailurePayload(payload)
					pending[id] = true
					continue
				}
				for id := range strings.SplitSeq(string(payload), "\n") {
					delete(pending, id)
				}
			}
		}
	}
	return n + len(pending)
}
