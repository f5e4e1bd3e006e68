package main

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/internal/testctx"
)

// runDemoCmd runs "taskmail demo" with args and returns its exit status
// and output.
func runDemoCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(testctx.New(t), append([]string{"demo"}, args...), strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestDemo(t *testing.T) {
	code, out, errOut := runDemoCmd(t)
	if code != 0 {
		t.Fatalf("exit status %d, want 0\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if errOut != "" {
		t.Errorf("stderr not empty:\n%s", errOut)
	}
	// In the order the steps print them.
	want := []string{
		// 1: delivered to the local recipient, over TLS, without a login.
		"1. To a local recipient",
		"delivered: 250",
		"EHLO runner01.example.org, TLS yes, login none",
		"RCPT TO:<oncall@example.org>",
		"Message-ID: <demo-1@example.org>",
		// 2: the relay denial, field by field, hints led by authentication.
		"2. To another domain",
		"refused:   relay_denied at rcpt",
		"554 5.7.1 <partner@elsewhere.test>: Relay access denied",
		"kind:      relay_denied",
		"temporary: false",
		"stage:     rcpt",
		"code:      554",
		"enhanced:  5.7.1",
		"text:      <partner@elsewhere.test>: Relay access denied",
		"errors.Is(err, mailerrors.ErrRelayDenied): true",
		"1. Turn on SMTP authentication",
		// 3: with credentials, delivered to the other domain.
		"3. Again to partner@elsewhere.test, with smtp.auth",
		"login robot@example.org",
		"RCPT TO:<partner@elsewhere.test>",
		"The first hint was right",
		// 4: the notification mail.
		"4. A task wrapped with Notifier.Wrap",
		"Subject: [taskmail] FAILED: partner-report",
		"X-Taskmail-Notice: failed",
		"X-Taskmail-Failures: 1",
		"Mail error kind: relay_denied",
		"- Turn on SMTP authentication",
	}
	rest := out
	for _, s := range want {
		i := strings.Index(rest, s)
		if i < 0 {
			t.Fatalf("output lacks %q (after the lines before it)\noutput:\n%s", s, out)
		}
		rest = rest[i+len(s):]
	}
	if strings.Contains(out, "demo-password") {
		t.Errorf("output shows the password:\n%s", out)
	}
	if n := strings.Count(out, "\n     1. "); n != 1 {
		t.Errorf("%d numbered hint lists, want 1 (the relay denial)", n)
	}
}

// The output is the same on every run but for the server's port: no
// generated message ids, no dates, no times.
func TestDemoDeterministic(t *testing.T) {
	port := regexp.MustCompile(`(127\.0\.0\.1:|smtp\.port )\d+`)
	var first string
	for i := range 2 {
		code, out, errOut := runDemoCmd(t)
		if code != 0 {
			t.Fatalf("run %d: exit status %d\n%s%s", i, code, out, errOut)
		}
		out = port.ReplaceAllString(out, "${1}PORT")
		if i == 0 {
			first = out
			continue
		}
		if out != first {
			t.Errorf("the output differs between runs:\nfirst:\n%s\nsecond:\n%s", first, out)
		}
	}
}

func TestDemoVerbose(t *testing.T) {
	code, out, errOut := runDemoCmd(t, "-v")
	if code != 0 {
		t.Fatalf("exit status %d\n%s%s", code, out, errOut)
	}
	for _, s := range []string{
		"commands the server read:",
		"STARTTLS",
		"AUTH PLAIN [redacted]",
		"8. Or deliver to the recipient domain's MX server directly",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q\n%s", s, out)
		}
	}
	if !strings.Contains(errOut, "message sent") {
		t.Errorf("stderr lacks the library's debug log:\n%s", errOut)
	}
	if strings.Contains(out+errOut, "demo-password") {
		t.Error("the password is shown")
	}
}

func TestDemoUsage(t *testing.T) {
	for _, args := range [][]string{{"extra"}, {"--json"}} {
		code, out, errOut := runDemoCmd(t, args...)
		if code != 2 {
			t.Errorf("demo %v: exit status %d, want 2", args, code)
		}
		if out != "" || !strings.Contains(errOut, "usage: taskmail demo") && !strings.Contains(errOut, "unexpected argument") {
			t.Errorf("demo %v: stdout %q, stderr %q", args, out, errOut)
		}
	}
	if code, _, _ := runDemoCmd(t, "-h"); code != 0 {
		t.Errorf("demo -h: exit status %d, want 0", code)
	}
}
