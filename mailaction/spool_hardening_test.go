package mailaction

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A spool folder others may write to is logged as a warning at start.
func TestSpoolWarnsWritableByOthers(t *testing.T) {
	for _, tc := range []struct {
		mode os.FileMode
		warn bool
	}{{0o700, false}, {0o770, true}, {0o707, true}, {0o777, true}} {
		t.Run(tc.mode.String(), func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Chmod(dir, tc.mode); err != nil {
				t.Fatal(err)
			}
			log, logs := logCapture()
			cfg := testNotifierConfig()
			cfg.Spool = dir
			n := newTestNotifier(t, &fakeMailer{}, cfg, WithLogger(log))
			closeNotifier(t, n)
			if got := strings.Contains(logs(), "can be written by other users"); got != tc.warn {
				t.Errorf("warned: %v, want %v:\n%s", got, tc.warn, logs())
			}
		})
	}
}

// Entries named like spool data that are not regular files (a folder, a
// symlink) are left alone, logged and counted.
func TestSpoolSkipsEntriesThatAreNotFiles(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "elsewhere.json")
	if err := os.WriteFile(outside, []byte(`{"v":1,"task":"planted","error":"planted"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"00000000000000000001-x-0000000001" + spoolExt, "00000000000000000007" + spoolSegExt} {
		if err := os.Mkdir(filepath.Join(dir, name), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(outside, filepath.Join(dir, "00000000000000000002-x-0000000001"+spoolExt)); err != nil {
		t.Fatal(err)
	}
	log, logs := logCapture()
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = dir
	n := newTestNotifier(t, m, cfg, WithLogger(log))
	closeNotifier(t, n)
	if st := n.Stats(); st.Restored != 0 || len(m.messages()) != 0 {
		t.Errorf("something was read: %+v", st)
	}
	if got := strings.Count(logs(), "skipped"); got != 3 {
		t.Errorf("%d entries logged as skipped, want 3:\n%s", got, logs())
	}
	if st := n.SpoolStats(); st.Skipped != 3 {
		t.Errorf("spool stats: %+v", st)
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("the symlink's target: %v", err)
	}
}

// Set-aside (.bad) files are removed once older than the retention
// period, 7 days by default.
func TestSpoolRemovesOldBadFiles(t *testing.T) {
	for _, tc := range []struct {
		name      string
		opts      []NotifierOption
		wantAfter []string
	}{
		{"default 7 days", nil, []string{"new.bad"}},
		{"1 hour", []NotifierOption{WithSpoolBadFileRetention(time.Hour)}, nil},
		{"for ever", []NotifierOption{WithSpoolBadFileRetention(-1)}, []string{"new.bad", "old.bad"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			now := time.Now()
			for name, age := range map[string]time.Duration{"old.bad": 8 * 24 * time.Hour, "new.bad": 24 * time.Hour} {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chtimes(p, now.Add(-age), now.Add(-age)); err != nil {
					t.Fatal(err)
				}
			}
			cfg := testNotifierConfig()
			cfg.Spool = dir
			n := newTestNotifier(t, &fakeMailer{}, cfg, tc.opts...)
			closeNotifier(t, n)
			got, _ := filepath.Glob(filepath.Join(dir, "*.bad"))
			for i := range got {
				got[i] = filepath.Base(got[i])
			}
			if strings.Join(got, ",") != strings.Join(tc.wantAfter, ",") {
				t.Errorf("left: %v, want %v", got, tc.wantAfter)
			}
			if st := n.SpoolStats(); st.BadRemoved != int64(2-len(tc.wantAfter)) {
				t.Errorf("spool stats: %+v", st)
			}
		})
	}
}

// Secrets in a failure's texts never reach the disk.
func TestSpoolRedactsSecrets(t *testing.T) {
	secrets := []string{"s3cr3t-pw", "hunter2", "abc123tok", "AKIAXYZ", "eyJhbGciOi", "pw-attr", "logpw", "b64creds"}
	m := &fakeMailer{}
	m.block()
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n := newTestNotifier(t, m, cfg)
	err := n.Notify(context.Background(), Failure{
		Task: "load",
		Err: errors.New(`connect postgres://app:s3cr3t-pw@db:5432/x: refused; retry with password=hunter2 token: abc123tok ` +
			`{"api_key": "AKIAXYZ"} Authorization: Bearer eyJhbGciOi, Authorization: Basic b64creds`),
		Attributes: map[string]string{"dsn": "https://u:pw-attr@h/"},
		LogExcerpt: "export DB_PASSWORD=logpw\nstarting",
	})
	if err != nil {
		t.Fatal(err)
	}
	var disk strings.Builder
	des, _ := os.ReadDir(cfg.Spool)
	for _, de := range des {
		data, _ := os.ReadFile(filepath.Join(cfg.Spool, de.Name()))
		disk.Write(data)
	}
	for _, s := range secrets {
		if strings.Contains(disk.String(), s) {
			t.Errorf("secret %q written to the spool", s)
		}
	}
	for _, s := range []string{"postgres://app:[redacted]@db:5432/x", "password=[redacted]", "DB_PASSWORD=[redacted]", "refused"} {
		if !strings.Contains(disk.String(), s) {
			t.Errorf("%q not in the spool", s)
		}
	}
	m.release()
	closeNotifier(t, n)
}

func TestRedactSecrets(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"dial tcp 10.0.0.1:5432: connection refused", "dial tcp 10.0.0.1:5432: connection refused"},
		{"GET https://bob:pa@ss@example.org/x failed", "GET https://bob:[redacted]@example.org/x failed"},
		{"smtp://user@host:25 down", "smtp://user@host:25 down"},
		{"password=x secret=y passwd=z pwd=w", "password=[redacted] secret=[redacted] passwd=[redacted] pwd=[redacted]"},
		{"GITHUB_TOKEN=ghp_1 aws_secret_access_key=k2", "GITHUB_TOKEN=[redacted] aws_secret_access_key=[redacted]"},
		{`{"password": "a b c", "user": "u"}`, `{"password": [redacted], "user": "u"}`},
		{"?user=a&token=t1&x=1", "?user=a&token=[redacted]&x=1"},
		{"Authorization: Basic dXNlcg==", "Authorization: Basic [redacted]"},
		{"header bearer abc.def-ghi", "header bearer [redacted]"},
		{"exit status 1", "exit status 1"},
	} {
		if got := redactSecrets(tc.in); got != tc.want {
			t.Errorf("redactSecrets(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}
