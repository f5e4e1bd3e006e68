package main

import (
	"bufio"
	"context"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/realservers"
)

// The example against the dev server and Postfix: the step fails as a
// non-retryable relay_denied with hints, and the interceptor's report
// reaches carol@local.test as a FAILED mail that names the kind.
func TestExample(t *testing.T) {
	addr := realservers.Env(t, "TASKMAIL_TEST_TEMPORAL_ADDR", "Temporal dev server not running: run scripts/test")
	s := realservers.Get(t)
	host, port := realservers.HostPort(t, s.SMTPPlain)
	name := fmt.Sprintf("example-%d", time.Now().UnixNano())
	o := options{
		Temporal: addr, Notify: "carol@local.test", RelayTo: "someone@example.com", Name: name,
		SMTP: config.SMTP{Host: host, Port: port, TLS: config.TLSNone, From: "robot@local.test", HeloName: "runner.local.test"},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out strings.Builder
	if err := run(ctx, o, &out); err != nil {
		t.Fatalf("%v\noutput:\n%s", err, out.String())
	}
	got := out.String()
	t.Log("\n" + got)
	for _, want := range []string{"mail step failed: relay_denied (non-retryable: true)", "server said: 554 5.7.1", "hint: ", "notification mails sent: 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// The mail in carol's Maildir: find it by the workflow ID the
	// interceptor put in the failure's attributes (the notifier's name is
	// in the host line).
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		dir := filepath.Join(s.MTADir, "mail", "local.test", "carol", "Maildir", "new")
		files, _ := os.ReadDir(dir)
		for _, f := range files {
			fh, err := os.Open(filepath.Join(dir, f.Name()))
			if err != nil {
				continue
			}
			m, err := mail.ReadMessage(bufio.NewReader(fh))
			if err == nil && m.Header.Get("X-Taskmail-Task") == "nightly-report" && m.Header.Get("X-Taskmail-Notice") == "failed" {
				body := new(strings.Builder)
				_, _ = bufio.NewReader(m.Body).WriteTo(body)
				if strings.Contains(body.String(), name) {
					fh.Close()
					if !strings.Contains(body.String(), "relay_denied") {
						t.Errorf("the failure mail does not name the kind:\n%s", body)
					}
					return
				}
			}
			fh.Close()
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("no FAILED mail for nightly-report from this notifier reached carol@local.test")
}
