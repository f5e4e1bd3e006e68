package config

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"
)

// mapLookup returns a lookup function over m.
func mapLookup(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestEnvName(t *testing.T) {
	for key, want := range map[string]string{
		"smtp.host":                     "TASKMAIL_SMTP_HOST",
		"smtp.auth.password":            "TASKMAIL_SMTP_AUTH_PASSWORD",
		"smtp.pop_before_smtp.username": "TASKMAIL_SMTP_POP_BEFORE_SMTP_USERNAME",
		"notifier.to[3]":                "TASKMAIL_NOTIFIER_TO",
	} {
		if got := EnvName(key); got != want {
			t.Errorf("EnvName(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestApplyEnv(t *testing.T) {
	f := &File{SMTP: SMTP{Host: "file.example.org", Port: 25, From: "file@example.org"}}
	err := ApplyEnv(f, mapLookup(map[string]string{
		"TASKMAIL_SMTP_HOST":                     "env.example.org",
		"TASKMAIL_SMTP_PORT":                     "465",
		"TASKMAIL_SMTP_TLS":                      "implicit",
		"TASKMAIL_SMTP_INSECURE_SKIP_VERIFY":     "true",
		"TASKMAIL_SMTP_AUTH_USERNAME":            "robot",
		"TASKMAIL_SMTP_AUTH_PASSWORD":            testSecret,
		"TASKMAIL_SMTP_POP_BEFORE_SMTP_HOST":     "pop.example.org",
		"TASKMAIL_SMTP_POP_BEFORE_SMTP_WINDOW":   "10m",
		"TASKMAIL_SMTP_TIMEOUT":                  "45s",
		"TASKMAIL_SMTP_RETRY_MAX_ATTEMPTS":       "3",
		"TASKMAIL_SMTP_POOL_RATE_LIMIT":          " 7 ",
		"TASKMAIL_NOTIFIER_TO":                   "a@example.org, b@example.org,,",
		"TASKMAIL_NOTIFIER_RECOVERED":            "false",
		"TASKMAIL_SMTP_FROM":                     "", // empty: ignored
		"TASKMAIL_SOMETHING_ELSE":                "ignored",
		"TASKMAIL_SMTP_POP_BEFORE_SMTP_USERNAME": "popper",
	}))
	if err != nil {
		t.Fatal(err)
	}
	off := false
	want := &File{
		SMTP: SMTP{
			Host: "env.example.org", Port: 465, TLS: TLSImplicit, InsecureSkipVerify: true,
			Auth: Auth{Username: "robot", Password: testSecret},
			From: "file@example.org",
			POPBeforeSMTP: &POPBeforeSMTP{
				Host: "pop.example.org", Username: "popper", Window: 10 * time.Minute,
			},
			Timeout: 45 * time.Second,
			Retry:   Retry{MaxAttempts: 3},
			Pool:    Pool{RateLimit: 7},
		},
		Notifier: Notifier{To: []string{"a@example.org", "b@example.org"}, Recovered: &off},
	}
	if !reflect.DeepEqual(f, want) {
		t.Errorf("got  %+v\nwant %+v", f, want)
	}
}

func TestApplyEnvPointerStruct(t *testing.T) {
	// Not allocated when none of its variables is set.
	f := &File{}
	if err := ApplyEnv(f, mapLookup(map[string]string{"TASKMAIL_SMTP_HOST": "h"})); err != nil {
		t.Fatal(err)
	}
	if f.SMTP.POPBeforeSMTP != nil {
		t.Error("POPBeforeSMTP allocated")
	}
	// An existing one is kept, updated in a copy.
	orig := &POPBeforeSMTP{Host: "pop.example.org", Username: "u"}
	f = &File{SMTP: SMTP{POPBeforeSMTP: orig}}
	if err := ApplyEnv(f, mapLookup(map[string]string{"TASKMAIL_SMTP_POP_BEFORE_SMTP_PORT": "995"})); err != nil {
		t.Fatal(err)
	}
	if p := f.SMTP.POPBeforeSMTP; p.Host != "pop.example.org" || p.Username != "u" || p.Port != 995 {
		t.Errorf("got %+v", p)
	}
	if orig.Port != 0 {
		t.Error("the caller's POPBeforeSMTP was changed")
	}
	// And kept as it is when nothing is set.
	f = &File{SMTP: SMTP{POPBeforeSMTP: orig}}
	if err := ApplyEnv(f, mapLookup(nil)); err != nil || f.SMTP.POPBeforeSMTP != orig {
		t.Errorf("err %v, pointer replaced: %v", err, f.SMTP.POPBeforeSMTP != orig)
	}
}

func TestApplyEnvErrors(t *testing.T) {
	f := &File{}
	err := ApplyEnv(f, mapLookup(map[string]string{
		"TASKMAIL_SMTP_PORT":                "abc",
		"TASKMAIL_SMTP_TIMEOUT":             "30",
		"TASKMAIL_SMTP_ALLOW_INSECURE_AUTH": "yes please",
		"TASKMAIL_NOTIFIER_RECOVERED":       "maybe",
		"TASKMAIL_SMTP_POOL_MAX_CONNS":      "99999999999999999999",
		"TASKMAIL_SMTP_HOST":                "good.example.org",
	}))
	var me *multierror.Error
	if !errors.As(err, &me) {
		t.Fatalf("not a multierror: %v", err)
	}
	var names []string
	for _, e := range me.Errors {
		var ee *EnvError
		if !errors.As(e, &ee) {
			t.Fatalf("%T is not *EnvError", e)
		}
		names = append(names, ee.Name)
		if !strings.Contains(e.Error(), ee.Name) || !strings.Contains(e.Error(), ee.Key) {
			t.Errorf("%q does not name the variable and key", e.Error())
		}
	}
	want := []string{"TASKMAIL_SMTP_ALLOW_INSECURE_AUTH", "TASKMAIL_SMTP_TIMEOUT", "TASKMAIL_SMTP_POOL_MAX_CONNS", "TASKMAIL_NOTIFIER_RECOVERED", "TASKMAIL_SMTP_PORT"}
	slices.Sort(names)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("names %q, want %q", names, want)
	}
	if f.SMTP.Host != "good.example.org" {
		t.Error("good values not applied")
	}
	one := ApplyEnv(&File{}, mapLookup(map[string]string{"TASKMAIL_SMTP_PORT": "abc"}))
	if got, want := one.Error(), `config: TASKMAIL_SMTP_PORT (smtp.port) = "abc": not a whole number`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEnvNames(t *testing.T) {
	names := EnvNames()
	// One per leaf option, derived from the tags: count the leaves.
	var count func(reflect.Type) int
	count = func(t reflect.Type) int {
		n := 0
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).Tag.Get("yaml") == "-" {
				continue // set in code only (Auth.TokenSource)
			}
			ft := t.Field(i).Type
			if ft.Kind() == reflect.Pointer && ft.Elem().Kind() == reflect.Struct {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				n += count(ft)
			} else {
				n++
			}
		}
		return n
	}
	if want := count(reflect.TypeFor[File]()); len(names) != want {
		t.Errorf("%d names, want %d", len(names), want)
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("duplicate %s", n)
		}
		seen[n] = true
	}
	for _, n := range []string{"TASKMAIL_SMTP_HOST", "TASKMAIL_SMTP_AUTH_PASSWORD", "TASKMAIL_SMTP_POP_BEFORE_SMTP_HOST", "TASKMAIL_NOTIFIER_TO", "TASKMAIL_SMTP_RETRY_GREYLIST_DELAY"} {
		if !seen[n] {
			t.Errorf("missing %s", n)
		}
	}
}

// TestEnvEveryName sets every variable to a value its type accepts and
// checks that each lands somewhere: no variable is read into nothing.
func TestEnvEveryName(t *testing.T) {
	for _, name := range EnvNames() {
		var f File
		value := "1"
		switch {
		case strings.HasSuffix(name, "_TIMEOUT"), strings.HasSuffix(name, "_INTERVAL"), strings.HasSuffix(name, "_WINDOW"),
			strings.HasSuffix(name, "_ELAPSED"), strings.HasSuffix(name, "_DELAY"):
			value = "1s"
		case strings.HasSuffix(name, "_VERIFY"), strings.HasSuffix(name, "_AUTH") && strings.Contains(name, "ALLOW"), strings.HasSuffix(name, "_RECOVERED"):
			value = "true"
		}
		if err := ApplyEnv(&f, mapLookup(map[string]string{name: value})); err != nil {
			t.Errorf("%s=%s: %v", name, value, err)
			continue
		}
		if reflect.ValueOf(f).IsZero() {
			t.Errorf("%s=%s changed nothing", name, value)
		}
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("TASKMAIL_SMTP_HOST", "env.example.org")
	t.Setenv("TASKMAIL_NOTIFIER_TO", "a@example.org")
	f, err := FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if f.SMTP.Host != "env.example.org" || !slices.Equal(f.Notifier.To, []string{"a@example.org"}) {
		t.Errorf("got %+v", f)
	}
	t.Setenv("TASKMAIL_SMTP_PORT", "x")
	if f, err := FromEnv(); err == nil || f != nil {
		t.Errorf("bad port: %v, %v", f, err)
	}
}
