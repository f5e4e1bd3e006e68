package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"
	"gopkg.in/yaml.v3"
)

const designYAML = `smtp:
  host: mail.example.org
  port: 587                 # 0 or absent: by tls mode
  tls: starttls             # starttls | starttls-opportunistic | implicit | none
  auth: {mechanism: auto, username: robot@example.org, password: "..."}
  from: robot@example.org
  sender: bounces@example.org   # envelope MAIL FROM; default: from
  helo_name: runner01.example.org
  pop_before_smtp: {host: mail.example.org, port: 995, tls: implicit, username: robot, password: "...", window: 15m}
  timeout: 30s
  retry: {max_attempts: 5, initial_interval: 1s, max_interval: 5m, max_elapsed: 30m, greylist_delay: 5m}
notifier:
  to: [oncall@example.org]
  spool: /var/lib/taskmail/spool
`

func TestLoadBytesDesign(t *testing.T) {
	f, err := LoadBytes([]byte(designYAML), "taskmail.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &File{
		SMTP: SMTP{
			Host: "mail.example.org", Port: 587, TLS: TLSStartTLS,
			Auth:     Auth{Mechanism: AuthAuto, Username: "robot@example.org", Password: "..."},
			From:     "robot@example.org",
			Sender:   "bounces@example.org",
			HeloName: "runner01.example.org",
			POPBeforeSMTP: &POPBeforeSMTP{Host: "mail.example.org", Port: 995, TLS: TLSImplicit,
				Username: "robot", Password: "...", Window: 15 * time.Minute},
			Timeout: 30 * time.Second,
			Retry: Retry{MaxAttempts: 5, InitialInterval: time.Second, MaxInterval: 5 * time.Minute,
				MaxElapsed: 30 * time.Minute, GreylistDelay: 5 * time.Minute},
		},
		Notifier: Notifier{To: []string{"oncall@example.org"}, Spool: "/var/lib/taskmail/spool"},
	}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("got  %+v\nwant %+v", f, want)
	}
	if err := f.Validate(); err != nil {
		t.Errorf("the design's example does not validate: %v", err)
	}
}

func TestLoadBytesEmpty(t *testing.T) {
	for _, in := range []string{"", "# only a comment\n", "---\n", "smtp:\n", "smtp: {}\nnotifier: ~\n"} {
		f, err := LoadBytes([]byte(in), "")
		if err != nil || f == nil || !reflect.ValueOf(*f).IsZero() {
			t.Errorf("%q: %+v, %v", in, f, err)
		}
	}
}

func TestLoadBytesAliases(t *testing.T) {
	in := `base: &b {host: mail.example.org, from: a@example.org}
smtp:
  <<: *b
  port: 2525
`
	// "base" is not a key of the file: the anchor has to live elsewhere.
	if _, err := LoadBytes([]byte(in), ""); err == nil || !strings.Contains(err.Error(), "base (line 1): unknown key") {
		t.Errorf("got %v", err)
	}
	in = `smtp: &s
  host: mail.example.org
  from: a@example.org
  pop_before_smtp:
    <<: [{host: pop.example.org}, {username: u}]
    port: 995
`
	f, err := LoadBytes([]byte(in), "")
	if err != nil {
		t.Fatal(err)
	}
	if p := f.SMTP.POPBeforeSMTP; p == nil || p.Host != "pop.example.org" || p.Username != "u" || p.Port != 995 {
		t.Errorf("merge: %+v", p)
	}
	in = "smtp:\n  <<: {hots: x}\n"
	if _, err := LoadBytes([]byte(in), ""); err == nil || !strings.Contains(err.Error(), `smtp.hots (line 2): unknown key; did you mean "host"?`) {
		t.Errorf("unknown key in a merge: %v", err)
	}
}

func TestLoadBytesProblems(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []KeyError // Key, Line and a part of Problem
	}{
		{"typo", "smtp:\n  hots: mail.example.org\n", []KeyError{{Key: "smtp.hots", Line: 2, Problem: `unknown key; did you mean "host"?`}}},
		{"typo deep", "smtp:\n  auth:\n    usrename: u\n", []KeyError{{Key: "smtp.auth.usrename", Line: 3, Problem: `did you mean "username"?`}}},
		{"hyphen", "smtp:\n  helo-name: x\n", []KeyError{{Key: "smtp.helo-name", Line: 2, Problem: `did you mean "helo_name"?`}}},
		{"case", "SMTP:\n  host: x\n", []KeyError{{Key: "SMTP", Line: 1, Problem: `did you mean "smtp"?`}}},
		{"far off", "smtp:\n  relay: x\n", []KeyError{{Key: "smtp.relay", Line: 2, Problem: "unknown key"}}},
		{"misplaced", "host: x\n", []KeyError{{Key: "host", Line: 1, Problem: "it belongs under smtp: (smtp.host)"}}},
		{"misplaced pop", "smtp:\n  window: 5m\n", []KeyError{{Key: "smtp.window", Line: 2, Problem: "it belongs under smtp.pop_before_smtp: (smtp.pop_before_smtp.window)"}}},
		{"repeated", "smtp:\n  host: a\n  host: b\n", []KeyError{{Key: "smtp.host", Line: 3, Problem: "repeated key (first at line 2)"}}},
		{"port text", "smtp:\n  port: abc\n", []KeyError{{Key: "smtp.port", Line: 2, Problem: `expected a whole number, got "abc"`}}},
		{"duration number", "smtp:\n  timeout: 30\n", []KeyError{{Key: "smtp.timeout", Line: 2, Problem: "expected a duration with a unit, such as 30s or 15m"}}},
		{"duration bad", "smtp:\n  retry: {max_interval: 5 minutes}\n", []KeyError{{Key: "smtp.retry.max_interval", Line: 2, Problem: "expected a duration"}}},
		{"bool", "smtp:\n  insecure_skip_verify: sometimes\n", []KeyError{{Key: "smtp.insecure_skip_verify", Line: 2, Problem: "expected true or false"}}},
		{"pointer bool", "notifier:\n  recovered: 2\n", []KeyError{{Key: "notifier.recovered", Line: 2, Problem: "expected true or false"}}},
		{"list", "notifier:\n  to: oncall@example.org\n", []KeyError{{Key: "notifier.to", Line: 2, Problem: "expected a list"}}},
		{"string got list", "smtp:\n  host: [a, b]\n", []KeyError{{Key: "smtp.host", Line: 2, Problem: "expected a single value, got a list"}}},
		{"secret got map", "smtp:\n  auth: {password: {a: b}}\n", []KeyError{{Key: "smtp.auth.password", Line: 2, Problem: "expected a single value, got a mapping"}}},
		{"section scalar", "smtp: mail.example.org\n", []KeyError{{Key: "smtp", Line: 1, Problem: `expected a mapping of keys (such as host: ...) for smtp, got "mail.example.org"`}}},
		{"top list", "- a\n- b\n", []KeyError{{Key: "(top)", Line: 1, Problem: "expected a mapping of keys (such as smtp: ...) for the file, got a list"}}},
		{"several", "smtp:\n  hots: x\n  port: x\n  auth:\n    pasword: y\nnotifer:\n  to: [a@example.org]\n", []KeyError{
			{Key: "smtp.hots", Line: 2, Problem: "unknown key"},
			{Key: "smtp.port", Line: 3, Problem: "whole number"},
			{Key: "smtp.auth.pasword", Line: 5, Problem: `did you mean "password"?`},
			{Key: "notifer", Line: 6, Problem: `did you mean "notifier"?`},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, err := LoadBytes([]byte(tc.in), "t.yaml")
			if err == nil || f != nil {
				t.Fatalf("no error: %+v", f)
			}
			var me *multierror.Error
			if !errors.As(err, &me) {
				t.Fatalf("not a multierror: %v", err)
			}
			if len(me.Errors) != len(tc.want) {
				t.Fatalf("%d problems, want %d:\n%v", len(me.Errors), len(tc.want), err)
			}
			for i, e := range me.Errors {
				var ke *KeyError
				if !errors.As(e, &ke) {
					t.Fatalf("%T is not a *KeyError", e)
				}
				w := tc.want[i]
				if ke.Key != w.Key || ke.Line != w.Line || !strings.Contains(ke.Problem, w.Problem) || ke.File != "t.yaml" || ke.Column == 0 {
					t.Errorf("got %+v, want %+v", *ke, w)
				}
			}
			if strings.Contains(err.Error(), testSecret) {
				t.Error("secret in the message")
			}
		})
	}
}

func TestLoadBytesMessages(t *testing.T) {
	_, err := LoadBytes([]byte("smtp:\n  hots: x\n"), "taskmail.yaml")
	if got, want := err.Error(), `config: taskmail.yaml: smtp.hots (line 2): unknown key; did you mean "host"?`; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	_, err = LoadBytes([]byte("smtp:\n  hots: x\n  tls: [\n"), "")
	if err == nil || !strings.HasPrefix(err.Error(), "config: yaml: ") {
		t.Errorf("syntax error: %v", err)
	}
	_, err = LoadBytes([]byte("smtp:\n  host: a\n---\nsmtp:\n  host: b\n"), "x.yaml")
	if err == nil || !strings.Contains(err.Error(), "more than one YAML document") {
		t.Errorf("two documents: %v", err)
	}
	_, err = LoadBytes([]byte("smtp:\n  hots: x\n  prot: 1\n"), "x.yaml")
	want := "config: 2 problems in x.yaml:\n  - smtp.hots (line 2): unknown key; did you mean \"host\"?\n  - smtp.prot (line 3): unknown key; did you mean \"port\"?"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "taskmail.yaml")
	if err := os.WriteFile(path, []byte(designYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TASKMAIL_SMTP_HOST", "env.example.org")
	t.Setenv("TASKMAIL_SMTP_AUTH_PASSWORD", testSecret)
	t.Setenv("TASKMAIL_NOTIFIER_TO", "a@example.org,b@example.org")
	f, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if f.SMTP.Host != "env.example.org" || f.SMTP.Auth.Password.Reveal() != testSecret ||
		len(f.Notifier.To) != 2 || f.SMTP.Port != 587 || f.SMTP.POPBeforeSMTP.Host != "mail.example.org" {
		t.Errorf("env not applied over the file: %+v", f)
	}

	if _, err := Load(filepath.Join(dir, "missing.yaml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	t.Setenv("TASKMAIL_SMTP_PORT", "abc")
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "TASKMAIL_SMTP_PORT") {
		t.Errorf("bad env: %v", err)
	}
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("smtp:\n  hots: x\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.Contains(err.Error(), bad+": smtp.hots (line 2)") {
		t.Errorf("bad file: %v", err)
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	// A dump of the options loads back, and its placeholder secrets are
	// caught by Validate rather than sent.
	f, err := LoadBytes([]byte(designYAML), "")
	if err != nil {
		t.Fatal(err)
	}
	f.SMTP.Auth.Password = testSecret
	b, err := yaml.Marshal(*f)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	if strings.Contains(out, testSecret) {
		t.Fatal("dump leaks")
	}
	g, err := LoadBytes([]byte(out), "dump.yaml")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if g.SMTP.Host != f.SMTP.Host || g.SMTP.Retry != f.SMTP.Retry {
		t.Errorf("round trip changed the options")
	}
	fe := FieldErrors(g.Validate())
	if len(fe) != 2 || fe[0].Field != "Auth.Password" || fe[1].Field != "POPBeforeSMTP.Password" {
		t.Errorf("placeholders: %v", g.Validate())
	}
}
