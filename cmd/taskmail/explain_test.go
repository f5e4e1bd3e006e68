package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The golden files are rewritten with: go test ./cmd/taskmail -run TestExplain -update
func init() {
	// Another test file of this package may define -update too; share it.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite testdata/*/*.golden")
	}
}

func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

func TestExplainGolden(t *testing.T) {
	tests := []struct {
		name  string
		args  []string
		stdin string
	}{
		{"relay_text", []string{"554 5.7.1 <a@b.example>: Relay access denied"}, ""},
		{"two_replies_text", []string{"454 4.7.1 <a@b.example>: Relay access denied", "451 4.7.1 Greylisted, try again in 5 minutes"}, ""},
		{"json_args", []string{"--json", "554 5.7.1 <a@b.example>: Relay access denied", "535 5.7.8 Error: authentication failed: (reason unavailable)", "550 relay not permitted"}, ""},
		{"stage_auth", []string{"--stage", "auth", "454 4.7.0 Temporary authentication failure"}, ""},
		{"stage_json", []string{"--json", "--stage=RCPT", "550 5.7.1"}, ""},
		{"no_code", []string{"Relay access denied"}, ""},
		{"stdin_grouped_json", []string{"--json", "--stage", "rcpt"},
			"550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n" +
				"550-5.1.1 double-checking the recipient's email address for typos.\r\n" +
				"550 5.1.1 https://support.google.com/mail/?p=NoSuchUser\r\n" +
				"\r\n" +
				"454 4.7.1 <someone@example.com>: Relay access denied\r\n" +
				"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)\n"},
		{"stdin_text", nil,
			"550-Please turn on SMTP Authentication in your mail client.\n" +
				"550-host.example.net [192.0.2.1]:51234 is not permitted to relay through this server without\n" +
				"550 authentication.\n" +
				"530 5.7.0 Must issue a STARTTLS command first\n"},
		{"success_text", []string{"250 2.0.0 Ok: queued as 49FCD9946BC"}, ""},
		{"success_json", []string{"--json", "--", "250 2.0.0 Ok", "354 End data with <CR><LF>.<CR><LF>"}, ""},
		{"evidence_json", []string{"--json", "--", "550 5.1.1 <a@example.com>: mailbox is over quota", "550 5.1.8 Domain not found", "550"}, ""},
		{"provider_text", []string{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information."}, ""},
		{"check_mail_first", []string{"553 sorry, you must first check your e-mail before you are allowed to send e-mail through this server"}, ""},
		{"usage_unknown_flag", []string{"--nope", "550 x"}, ""},
		{"usage_unknown_stage", []string{"--stage", "helo", "550 x"}, ""},
		{"usage_no_reply", nil, "\n\n"},
		{"help", []string{"-h"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), append([]string{"explain"}, tt.args...), strings.NewReader(tt.stdin), &stdout, &stderr)
			got := fmt.Sprintf("exit: %d\n--- stdout\n%s--- stderr\n%s", code, stdout.String(), stderr.String())
			path := filepath.Join("testdata", "explain", tt.name+".golden")
			if updateGolden() {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestExplainGolden -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
			}
		})
	}
}

func TestExplainExitCodes(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"550 5.1.1 User unknown"}, 0},
		{[]string{"--json", "550 5.1.1 User unknown"}, 0},
		{[]string{"--stage", "nowhere", "550"}, 2},
		{[]string{"--bogus"}, 2},
		{[]string{"-h"}, 0},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if got := run(context.Background(), append([]string{"explain"}, tt.args...), strings.NewReader(""), &out, &errb); got != tt.want {
			t.Errorf("explain %q: exit %d, want %d (stderr %q)", tt.args, got, tt.want, errb.String())
		}
	}
}

func TestExplainJSONFields(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"explain", "--json", "--stage", "rcpt", "454 4.7.1 <a@b.example>: Relay access denied"}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("%v: %q", err, out.String())
	}
	for _, f := range []string{"reply", "code", "enhanced", "kind", "temporary", "hints", "stage"} {
		if _, ok := m[f]; !ok {
			t.Errorf("JSON has no field %q: %s", f, out.String())
		}
	}
	if m["kind"] != "relay_denied" || m["temporary"] != false || m["code"] != float64(454) {
		t.Errorf("got %s", out.String())
	}
	if hs, ok := m["hints"].([]any); !ok || len(hs) == 0 {
		t.Errorf("hints not a non-empty list: %s", out.String())
	}
}

// A success reply is not a failure: JSON keeps every field with its type
// (kind a string, hints a list), says failure false and has no hints.
func TestExplainSuccessReply(t *testing.T) {
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"explain", "--json", "--", "250 2.0.0 Ok"}, strings.NewReader(""), &out, &errb)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("%v: %q", err, out.String())
	}
	hs, ok := m["hints"].([]any)
	if !ok || len(hs) != 0 {
		t.Errorf("hints = %v, want an empty list", m["hints"])
	}
	if m["failure"] != false || m["kind"] != "" || m["temporary"] != false {
		t.Errorf("got %s, want failure false, kind \"\", temporary false", out.String())
	}
	out.Reset()
	run(context.Background(), []string{"explain", "250 2.0.0 Ok"}, strings.NewReader(""), &out, &errb)
	if !strings.Contains(out.String(), "not a failure") || strings.Contains(out.String(), "administrator") {
		t.Errorf("text output does not say the reply is not a failure:\n%s", out.String())
	}
}

// A 221 that closes the session with a cause is that failure: JSON says
// failure true, with the kind and its hints.
func TestExplainClosingWithACause(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"explain", "--json", "--", "221 Too many bad commands. Bye!"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatalf("%v: %q", err, out.String())
	}
	hs, _ := m["hints"].([]any)
	if m["failure"] != true || m["kind"] != "syntax_error" || len(hs) == 0 {
		t.Errorf("got %s, want failure true, kind syntax_error and hints", out.String())
	}
}

// The evidence that decided is printed as "because:" and in JSON.
func TestExplainEvidence(t *testing.T) {
	var out, errb bytes.Buffer
	run(context.Background(), []string{"explain", "550 5.1.1 <a@example.com>: mailbox is over quota"}, strings.NewReader(""), &out, &errb)
	if !strings.Contains(out.String(), "because:   'mailbox' and 'over quota' in the text") {
		t.Errorf("no evidence line:\n%s", out.String())
	}
	out.Reset()
	run(context.Background(), []string{"explain", "--json", "--", "550 5.1.1 <a@example.com>"}, strings.NewReader(""), &out, &errb)
	var m map[string]any
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if m["evidence"] != "enhanced code 5.1.1" || m["failure"] != true || m["kind"] != "recipient_unknown" {
		t.Errorf("got %s", out.String())
	}
}

func TestReadRepliesGroupsContinuations(t *testing.T) {
	in := "550-a\n550-b\n550 c\n451 d\n552-e\n554 f\nplain words\n421-g\n"
	got, err := readReplies(context.Background(), strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"550-a\n550-b\n550 c", "451 d", "552-e", "554 f", "plain words", "421-g"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("readReplies = %q, want %q", got, want)
	}
}
