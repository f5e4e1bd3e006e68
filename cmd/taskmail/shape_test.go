package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// writeConfig writes a configuration file and returns its path.
func writeConfig(t *testing.T, yaml string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "taskmail.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// runJSON runs a command and decodes the first JSON document it prints.
func runJSON(t *testing.T, run func(context.Context, env) int, args ...string) (int, map[string]any) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status := run(testctx.New(t), env{args: args, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr})
	var out map[string]any
	if err := json.NewDecoder(&stdout).Decode(&out); err != nil {
		t.Fatalf("%v: not JSON: %v\nstdout: %s\nstderr: %s", args, err, &stdout, &stderr)
	}
	return status, out
}

// checkErrorShape checks the one JSON shape of an error: kind a string,
// temporary a bool, hints a list of strings, hint_details a list of
// {text, option} of the same length, whose texts begin the hints.
func checkErrorShape(t *testing.T, who string, obj map[string]any) (kind string, temporary bool, firstHint string) {
	t.Helper()
	kind, ok1 := obj["kind"].(string)
	temporary, ok2 := obj["temporary"].(bool)
	hints, ok3 := obj["hints"].([]any)
	details, ok4 := obj["hint_details"].([]any)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		t.Fatalf("%s: error object %v lacks kind (string), temporary (bool), hints (list) or hint_details (list)", who, obj)
	}
	if len(hints) == 0 || len(hints) != len(details) {
		t.Fatalf("%s: %d hints, %d hint_details", who, len(hints), len(details))
	}
	for i := range hints {
		h, ok := hints[i].(string)
		d, ok2 := details[i].(map[string]any)
		if !ok || !ok2 {
			t.Fatalf("%s: hint %d is %T, hint_details %d is %T", who, i, hints[i], i, details[i])
		}
		text, _ := d["text"].(string)
		if _, ok := d["option"]; !ok && strings.Contains(h, "(option:") {
			t.Errorf("%s: hint_details %d has no option: %v", who, i, d)
		}
		if text == "" || !strings.HasPrefix(h, text) {
			t.Errorf("%s: hint %d %q does not begin with its detail's text %q", who, i, h, text)
		}
	}
	return kind, temporary, hints[0].(string)
}

// TestOneErrorShapeAndExitCodes runs a permanent mistake (implicit TLS on
// a STARTTLS port) and a temporary failure (nothing listens) through send
// --json and doctor --json: the same error shape, the same kind, first
// hint and exit code (1 a send would fail, 3 a failure worth retrying);
// and explain --json prints the same shape.
func TestOneErrorShapeAndExitCodes(t *testing.T) {
	starttls := smtptest.StartT(t, smtptest.Config{StartTLS: true})
	implicit := smtptest.StartT(t, smtptest.Config{Implicit: true})
	untrusted := smtptest.StartT(t, smtptest.Config{StartTLS: true, BadCertificate: smtptest.CertUntrusted})
	clientRejected := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt,
		Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<unknown[127.0.0.1]>: Client host rejected: Access denied"}}}})
	closed := smtptest.StartT(t, smtptest.Config{})
	closed.Close()
	const login = "\n  auth: {username: robot@example.org, password: pw}\n  allow_insecure_auth: true"
	for _, tc := range []struct {
		name   string
		srv    *smtptest.Server
		tls    string
		extra  string
		kind   string
		temp   bool
		hint   string
		status int
	}{
		{"implicit TLS on a STARTTLS port", starttls, "implicit", "", "tls_failed", false, "set tls to starttls", 1},
		{"starttls on an implicit-TLS port", implicit, "starttls", "", "tls_failed", false, "set tls to implicit", 1},
		{"certificate from an unknown CA", untrusted, "starttls", "", "tls_failed", false, "ca_file", 1},
		{"AUTH only after STARTTLS, tls none", starttls, "none", login, "tls_required", false, "set tls to starttls", 1},
		{"client host rejected without a login", clientRejected, "none", "", "auth_required", false, "Turn on SMTP authentication", 1},
		{"nothing listens", closed, "none", "", "connection_failed", true, "Nothing listens on", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := writeConfig(t, "smtp:\n  host: 127.0.0.1\n  port: "+strconv.Itoa(tc.srv.Port())+"\n  tls: "+tc.tls+
				"\n  from: robot@example.org\n  timeout: 1s\n  retry: {max_attempts: 3}"+tc.extra+"\n")
			sendStatus, sent := runJSON(t, runSend, "--config", cfg, "--json", "--to", "ops@example.org")
			if attempts, _ := sent["attempts"].(float64); !tc.temp && attempts != 1 {
				t.Errorf("send: %v attempts of a permanent mistake, want 1", attempts)
			}
			errs, _ := sent["errors"].([]any)
			if len(errs) != 1 {
				t.Fatalf("send --json: errors %v", sent["errors"])
			}
			sk, st, sh := checkErrorShape(t, "send", errs[0].(map[string]any))

			doctorStatus, rep := runJSON(t, func(ctx context.Context, e env) int {
				return doctor(ctx, e, diagnose.Options{Hostname: "runner01.example.org"})
			}, "--config", cfg, "--json", "--rcpt", "ops@example.org")
			verdict, _ := rep["verdict"].(map[string]any)
			var step map[string]any
			steps, _ := rep["steps"].([]any)
			for _, s := range steps {
				if m := s.(map[string]any); m["name"] == verdict["step"] {
					step = m
				}
			}
			if step == nil {
				t.Fatalf("doctor --json: no step %v", verdict["step"])
			}
			dk, dt, dh := checkErrorShape(t, "doctor", step)

			if sk != tc.kind || dk != tc.kind || st != tc.temp || dt != tc.temp {
				t.Errorf("send %s/%v, doctor %s/%v; want %s/%v", sk, st, dk, dt, tc.kind, tc.temp)
			}
			if sh != dh {
				t.Errorf("first hints differ:\n  send:   %s\n  doctor: %s", sh, dh)
			}
			if !strings.Contains(sh, tc.hint) {
				t.Errorf("first hint %q lacks %q", sh, tc.hint)
			}
			if sendStatus != tc.status || doctorStatus != tc.status {
				t.Errorf("exit codes: send %d, doctor %d; want %d", sendStatus, doctorStatus, tc.status)
			}
		})
	}

	status, x := runJSON(t, runExplain, "--json", "--", "554 5.7.1 <a@b.example>: Relay access denied")
	if status != 0 {
		t.Errorf("explain: status %d", status)
	}
	checkErrorShape(t, "explain", x)
}

// TestSendShowsKindAndConfigErrorsOnePerLine: the human output of send
// always says the kind and whether it is temporary, also for options that
// cannot work, and lists Validate's problems one per line; usage and
// option errors exit 2.
func TestSendShowsKindAndConfigErrorsOnePerLine(t *testing.T) {
	cfg := writeConfig(t, "smtp:\n  host: 127.0.0.1\n  tls: sometimes\n  from: robot\n")
	var stdout, stderr bytes.Buffer
	status := runSend(testctx.New(t), env{args: []string{"--config", cfg, "--to", "ops@example.org"}, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr})
	if status != 2 {
		t.Errorf("status %d, want 2", status)
	}
	out := stderr.String()
	for _, want := range []string{"kind:      invalid_config", "temporary: no"} {
		if !strings.Contains(out, want) {
			t.Errorf("stderr lacks %q:\n%s", want, out)
		}
	}
	var tlsLine, fromLine bool
	for _, l := range strings.Split(out, "\n") {
		tlsLine = tlsLine || (strings.Contains(l, "smtp.tls") && !strings.Contains(l, "smtp.from"))
		fromLine = fromLine || (strings.Contains(l, "smtp.from") && !strings.Contains(l, "smtp.tls"))
	}
	if !tlsLine || !fromLine {
		t.Errorf("the two problems are not on lines of their own:\n%s", out)
	}
}

// TestTerminalEscapesInRepliesAreEscaped: a server's reply holding
// terminal escape sequences reaches the terminal escaped through send,
// doctor and explain; JSON keeps the reply exact.
func TestTerminalEscapesInRepliesAreEscaped(t *testing.T) {
	const evil = "\x1b[31mRelay access denied\x1b[0m\x1b]0;owned\x07"
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt,
		Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: evil}}}})
	cfg := writeConfig(t, "smtp:\n  host: 127.0.0.1\n  port: "+strconv.Itoa(srv.Port())+"\n  tls: none\n  from: robot@example.org\n  retry: {max_attempts: 1}\n")
	human := func(who string, run func(context.Context, env) int, args ...string) {
		t.Helper()
		var stdout, stderr bytes.Buffer
		run(testctx.New(t), env{args: args, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr})
		all := stdout.String() + stderr.String()
		if strings.ContainsAny(all, "\x1b\x07") {
			t.Errorf("%s prints raw control characters: %q", who, all)
		}
		if !strings.Contains(all, `\x1b[31mRelay access denied`) {
			t.Errorf("%s does not show the escaped reply:\n%s", who, all)
		}
	}
	human("send", runSend, "--config", cfg, "--to", "ops@example.org")
	human("doctor", func(ctx context.Context, e env) int {
		return doctor(ctx, e, diagnose.Options{Hostname: "runner01.example.org"})
	}, "--config", cfg, "--rcpt", "ops@example.org")
	human("explain", runExplain, "--", "554 5.7.1 "+evil)

	_, sent := runJSON(t, runSend, "--config", cfg, "--json", "--to", "ops@example.org")
	if errs, _ := sent["errors"].([]any); len(errs) != 1 || errs[0].(map[string]any)["text"] != evil {
		t.Errorf("send --json does not keep the reply exact: %v", sent["errors"])
	}
	_, x := runJSON(t, runExplain, "--json", "--", "554 5.7.1 "+evil)
	if x["text"] != evil {
		t.Errorf("explain --json text = %q, want %q", x["text"], evil)
	}
}
