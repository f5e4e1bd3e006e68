package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// sendConfig writes a configuration file for srv and returns its path.
func sendConfig(t *testing.T, srv *smtptest.Server) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "taskmail.yaml")
	yaml := "smtp:\n  host: " + srv.Host() + "\n  port: " + strconv.Itoa(srv.Port()) +
		"\n  tls: none\n  from: robot@example.org\n  retry: {max_attempts: 1}\n"
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSendCommand(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.org"}})
	cfg := sendConfig(t, srv)
	attachment := filepath.Join(t.TempDir(), "log.txt")
	if err := os.WriteFile(attachment, []byte("step 3 failed\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout []string // substrings
		stderr []string
	}{
		{
			name:   "sent",
			args:   []string{"--config", cfg, "--to", "ops@example.org", "--subject", "hi", "--body", "hello", "--attach", attachment},
			stdout: []string{"sent ", "to ops@example.org", "server: 250"},
		},
		{
			name:   "body from stdin",
			args:   []string{"--config", cfg, "--to", "ops@example.org", "--body-file", "-"},
			stdin:  "from stdin\n",
			stdout: []string{"sent "},
		},
		{
			name:   "relay denied",
			args:   []string{"--config", cfg, "--to", "someone@elsewhere.test"},
			status: 1,
			stderr: []string{"relay_denied at rcpt", "554 5.7.1", "what to do:", "temporary: no"},
		},
		{
			name:   "partly sent",
			args:   []string{"--config", cfg, "--to", "ops@example.org,someone@elsewhere.test"},
			status: 1,
			stdout: []string{"to ops@example.org"},
			stderr: []string{"not sent to someone@elsewhere.test", "relay_denied"},
		},
		{name: "no recipient", args: []string{"--config", cfg}, status: 2, stderr: []string{"no recipient"}},
		{name: "bad address", args: []string{"--config", cfg, "--to", "not an address"}, status: 2, stderr: []string{"syntax_error"}},
		{name: "missing config", args: []string{"--config", "/nonexistent.yaml", "--to", "a@example.org"}, status: 2, stderr: []string{"invalid_config"}},
		{name: "body twice", args: []string{"--to", "a@example.org", "--body", "x", "--body-file", "y"}, status: 2},
		{name: "help", args: []string{"-h"}, status: 0, stderr: []string{"usage: taskmail send"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := runSend(testctx.New(t), env{args: c.args, stdin: strings.NewReader(c.stdin), stdout: &stdout, stderr: &stderr})
			if status != c.status {
				t.Errorf("status = %d, want %d\nstdout: %s\nstderr: %s", status, c.status, &stdout, &stderr)
			}
			for _, s := range c.stdout {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, &stdout)
				}
			}
			for _, s := range c.stderr {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, &stderr)
				}
			}
		})
	}
}

func TestSendCommandJSON(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.org"}})
	var stdout, stderr bytes.Buffer
	status := runSend(testctx.New(t), env{
		args:   []string{"--config", sendConfig(t, srv), "--json", "--to", "ops@example.org", "--cc", "x@elsewhere.test"},
		stdin:  strings.NewReader(""),
		stdout: &stdout, stderr: &stderr,
	})
	if status != 1 {
		t.Errorf("status = %d, want 1; stderr: %s", status, &stderr)
	}
	var out sendOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, &stdout)
	}
	if out.OK || len(out.Accepted) != 1 || len(out.Rejected) != 1 || len(out.Errors) != 1 {
		t.Fatalf("output = %+v", out)
	}
	if e := out.Errors[0]; e.Kind != "relay_denied" || e.Code != 554 || e.Recipient != "x@elsewhere.test" || len(e.Hints) == 0 {
		t.Errorf("error = %+v", e)
	}
}
