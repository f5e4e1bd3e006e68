package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

var updateDoctor = flag.Bool("update-doctor", false, "rewrite testdata/doctor/*.golden")

// doctorResolver answers for local.test (the real servers' domain) and fails every
// other lookup: the doctor tests use addresses and reserved domains, so no
// other query is expected, and none may leave the machine.
type doctorResolver struct{ t *testing.T }

func (r doctorResolver) LookupHost(_ context.Context, host string) ([]string, error) {
	if host == "mx.local.test" {
		return []string{"127.0.0.1"}, nil
	}
	r.t.Errorf("unexpected DNS lookup of %s", host)
	return nil, &net.DNSError{Err: "no DNS in tests", Name: host, IsNotFound: true}
}

func (r doctorResolver) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	if name == "local.test" {
		return []*net.MX{{Host: "mx.local.test.", Pref: 10}}, nil
	}
	r.t.Errorf("unexpected MX lookup of %s", name)
	return nil, &net.DNSError{Err: "no DNS in tests", Name: name, IsNotFound: true}
}

// doctorDialer dials loopback addresses only.
type doctorDialer struct{ t *testing.T }

func (d doctorDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, _ := net.SplitHostPort(addr)
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		d.t.Errorf("dial to %s: tests only dial loopback", addr)
		return nil, errors.New("not loopback")
	}
	return (&net.Dialer{}).DialContext(ctx, network, addr)
}

// doctorDurations matches the timings the doctor prints, such as "(1.234ms)".
var doctorDurations = regexp.MustCompile(`\(\d[0-9.hmsµn]*\)`)

// runDoctorTest runs "taskmail doctor" with args against a plain-text
// configuration for port, and returns its exit code and its output with the port and the timings
// masked.
func runDoctorTest(t *testing.T, port int, args ...string) (int, string, string) {
	t.Helper()
	yaml := fmt.Sprintf(`smtp:
  host: 127.0.0.1
  port: %d
  tls: none
  from: robot@example.org
  helo_name: runner01.example.org
  timeout: 10s
  command_timeout: 20s
`, port)
	code, stdout, stderr := runDoctorYAML(t, yaml, args...)
	p := strconv.Itoa(port)
	mask := func(s string) string {
		s = regexp.MustCompile(`\b`+p+`\b`).ReplaceAllString(s, "PORT")
		return doctorDurations.ReplaceAllString(s, "(DURATION)")
	}
	return code, mask(stdout), mask(stderr)
}

// runDoctorYAML runs "taskmail doctor --config FILE args..." with FILE
// holding yaml, keeping every packet on the machine.
func runDoctorYAML(t *testing.T, yaml string, args ...string) (int, string, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "taskmail.yaml")
	if err := os.WriteFile(path, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	e := env{args: append([]string{"--config", path}, args...), stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}
	code := doctor(testctx.New(t), e, diagnose.Options{
		Resolver: doctorResolver{t},
		Dialer:   doctorDialer{t},
		Hostname: "runner01.test",
	})
	return code, stdout.String(), stderr.String()
}

func checkDoctorGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "doctor", name+".golden")
	if *updateDoctor {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestDoctor -update-doctor to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s:\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}

func TestDoctorGolden(t *testing.T) {
	tests := []struct {
		name   string
		server smtptest.Config
		args   []string
		code   int
	}{
		{"healthy", smtptest.Config{}, []string{"--rcpt", "ops@example.org"}, 0},
		{"relay-denied", smtptest.Config{Domains: []string{"example.org"}, Users: map[string]string{"robot": "pw"}}, nil, 1},
		{"local-only", smtptest.Config{Domains: []string{"example.org"}}, []string{"--rcpt", "ops@example.org"}, 0},
		{"greeting-554", smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageGreeting,
			Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Client host [127.0.0.1] blocked using zen.spamhaus.org"}}}}, nil, 1},
		{"send-test", smtptest.Config{}, []string{"--rcpt", "ops@example.org", "--send-test"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := smtptest.StartT(t, tt.server)
			code, out, errOut := runDoctorTest(t, srv.Port(), tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\n%s%s", code, tt.code, out, errOut)
			}
			if errOut != "" {
				t.Errorf("stderr: %s", errOut)
			}
			checkDoctorGolden(t, tt.name, out)
		})
	}
}

func TestDoctorConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	code, out, _ := runDoctorTest(t, port)
	if code != 3 {
		t.Errorf("exit code %d, want 3 (a refused connection is temporary)", code)
	}
	checkDoctorGolden(t, "connection-refused", out)
}

func TestDoctorJSON(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.org"}, Users: map[string]string{"robot": "pw"}})
	code, out, _ := runDoctorTest(t, srv.Port(), "--json")
	if code != 1 {
		t.Errorf("exit code %d, want 1", code)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not one JSON document: %v\n%s", err, out)
	}
	for _, k := range []string{"server", "address", "steps", "capabilities", "verdict", "ok"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("no %q field in %s", k, out)
		}
	}
	if doc["ok"] != false {
		t.Errorf("ok = %v, want false", doc["ok"])
	}
	v, _ := doc["verdict"].(map[string]any)
	if v["kind"] != "relay_denied" || v["step"] != "relay" || v["field"] != "Auth.Username" {
		t.Errorf("verdict = %v", v)
	}
	steps, _ := doc["steps"].([]any)
	if len(steps) != 13 {
		t.Fatalf("%d steps, want 13", len(steps))
	}
	first, _ := steps[0].(map[string]any)
	for _, k := range []string{"name", "status", "duration_ns", "detail"} {
		if _, ok := first[k]; !ok {
			t.Errorf("no %q field in step %v", k, first)
		}
	}
	var r doctorJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Verdict.Kind != "relay_denied" {
		t.Errorf("report does not round-trip: %v, %+v", err, r.Verdict)
	}
}

func TestDoctorUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, 2, "no options: give --config FILE, or set TASKMAIL_SMTP_HOST"},
		{[]string{"--config"}, 2, "flag needs an argument"},
		{[]string{"--config", "/nonexistent/taskmail.yaml"}, 2, "no such file"},
		{[]string{"--config", "x.yaml", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"-h"}, 0, "usage: taskmail doctor"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := runDoctor(testctx.New(t), env{args: tt.args, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr})
		if code != tt.code || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("doctor %q: exit %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.want)
		}
	}
}

func TestDoctorFromEnvironment(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	t.Setenv("TASKMAIL_SMTP_HOST", "127.0.0.1")
	t.Setenv("TASKMAIL_SMTP_PORT", strconv.Itoa(srv.Port()))
	t.Setenv("TASKMAIL_SMTP_TLS", "none")
	t.Setenv("TASKMAIL_SMTP_FROM", "robot@example.org")
	t.Setenv("TASKMAIL_SMTP_HELO_NAME", "runner01.example.org")
	var stdout, stderr bytes.Buffer
	code := doctor(testctx.New(t), env{args: []string{"--rcpt", "ops@example.org"}, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr},
		diagnose.Options{Resolver: doctorResolver{t}, Dialer: doctorDialer{t}})
	if code != 0 {
		t.Errorf("exit %d, want 0:\n%s%s", code, stdout.String(), stderr.String())
	}
}

func TestDoctorSendTestNeedsRcpt(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	code, out, _ := runDoctorTest(t, srv.Port(), "--send-test")
	if code != 1 || !strings.Contains(out, "a test message needs a recipient") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	if n := len(srv.Messages()); n != 0 {
		t.Errorf("%d messages sent", n)
	}
}

// TestDoctorRealSubmission runs the doctor against the real submission
// server, trusting its CA through ca_file, as a person would.
func TestDoctorRealSubmission(t *testing.T) {
	srv := realservers.Get(t)
	alice := srv.User(t, "alice")
	host, port := realservers.HostPort(t, srv.SMTPTLS)
	yaml := func(password string) string {
		return fmt.Sprintf(`smtp:
  host: %s
  port: %d
  tls: starttls
  ca_file: %s
  auth: {username: %s, password: %q}
  from: %s
  helo_name: runner01.local.test
`, host, port, srv.CAFile, alice.Address, password, alice.Address)
	}

	code, out, errOut := runDoctorYAML(t, yaml(alice.Password), "--rcpt", "bob@local.test")
	if code != 0 || !strings.Contains(out, "OK: ") {
		t.Errorf("exit %d, want 0:\n%s%s", code, out, errOut)
	}

	code, out, _ = runDoctorYAML(t, yaml("wrong-password"), "--json")
	var r doctorJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if code != 1 || r.Verdict.Kind != "auth_failed" || r.Verdict.Step != "auth" {
		t.Errorf("wrong password: exit %d, verdict %+v", code, r.Verdict)
	}
	if strings.Contains(out, "wrong-password") || strings.Contains(out, alice.Password) {
		t.Error("a password appears in the output")
	}
}

// TestDoctorDirectFromEnvironment: direct delivery needs no host, so the
// environment alone is enough options; without a recipient the doctor
// says which domain's MX it cannot know.
func TestDoctorDirectFromEnvironment(t *testing.T) {
	t.Setenv("TASKMAIL_SMTP_DELIVERY", "direct")
	t.Setenv("TASKMAIL_SMTP_FROM", "robot@example.org")
	t.Setenv("TASKMAIL_SMTP_HELO_NAME", "runner01.example.org")
	var stdout, stderr bytes.Buffer
	code := doctor(testctx.New(t), env{args: nil, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr},
		diagnose.Options{Resolver: doctorResolver{t}, Dialer: doctorDialer{t}})
	if code != 1 || !strings.Contains(stdout.String(), "name a recipient to check it") {
		t.Errorf("exit %d, want 1 and the missing recipient named:\n%s%s", code, stdout.String(), stderr.String())
	}
}
