package config

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

const testSecret = "hunter2-s3cr3t"

// mustHide fails when out shows the secret or does not show the
// placeholder.
func mustHide(t *testing.T, what, out string) {
	t.Helper()
	if strings.Contains(out, testSecret) {
		t.Errorf("%s leaks the secret: %s", what, out)
	}
	if !strings.Contains(out, redacted) {
		t.Errorf("%s does not show %s: %s", what, redacted, out)
	}
}

func TestSecretFmt(t *testing.T) {
	s := Secret(testSecret)
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%10s", "%-20v", "%d"} {
		out := fmt.Sprintf(verb, s)
		if strings.Contains(out, testSecret) || strings.Contains(out, fmt.Sprintf("%x", testSecret)) {
			t.Errorf("%s leaks: %s", verb, out)
		}
	}
	for _, tc := range []struct{ verb, want string }{
		{"%v", "[redacted]"},
		{"%+v", "[redacted]"},
		{"%#v", `"[redacted]"`},
		{"%s", "[redacted]"},
		{"%q", `"[redacted]"`},
		{"%12s", "  [redacted]"},
	} {
		if got := fmt.Sprintf(tc.verb, s); got != tc.want {
			t.Errorf("Sprintf(%q) = %q, want %q", tc.verb, got, tc.want)
		}
	}
	if got := s.String(); got != redacted {
		t.Errorf("String() = %q", got)
	}
	if got := s.GoString(); got != `"[redacted]"` {
		t.Errorf("GoString() = %q", got)
	}
	if got := fmt.Sprint(s); got != redacted {
		t.Errorf("Sprint = %q", got)
	}
	if got := s.Reveal(); got != testSecret {
		t.Errorf("Reveal() = %q", got)
	}
}

func TestSecretUnset(t *testing.T) {
	var s Secret
	if s.IsSet() || s.String() != "" || fmt.Sprintf("%v", s) != "" {
		t.Errorf("unset secret shows %q", s.String())
	}
	b, _ := json.Marshal(s)
	if string(b) != `""` {
		t.Errorf("json = %s", b)
	}
}

// withSecrets is every struct of the package that holds a Secret, filled.
func withSecrets() SMTP {
	return SMTP{
		Host: "mail.example.org",
		Auth: Auth{Mechanism: AuthPlain, Username: "robot", Password: testSecret, Token: testSecret},
		From: "robot@example.org",
		POPBeforeSMTP: &POPBeforeSMTP{
			Username: "robot", Password: testSecret,
		},
	}
}

func TestSecretInStructs(t *testing.T) {
	s := withSecrets()
	// Every print form of the struct and its parts.
	type outer struct {
		A *Auth
		P *POPBeforeSMTP
		S *SMTP
	}
	for _, v := range []any{s.Auth, &s.Auth, *s.POPBeforeSMTP, s.POPBeforeSMTP, s, &s, File{SMTP: s}, &File{SMTP: s}, outer{&s.Auth, s.POPBeforeSMTP, &s}} {
		for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%d", "%x", "%q", "%t"} {
			out := fmt.Sprintf(verb, v)
			if strings.Contains(out, testSecret) || strings.Contains(out, fmt.Sprintf("%x", testSecret)) {
				t.Errorf("%s of %T leaks the secret: %s", verb, v, out)
			}
		}
		for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
			mustHide(t, fmt.Sprintf("%s of %T", verb, v), fmt.Sprintf(verb, v))
		}
	}
	if got, want := fmt.Sprintf("%#v", Auth{Username: "u", Password: testSecret}),
		`config.Auth{Mechanism:"", Username:"u", Password:"[redacted]", Token:"", OAuth2:<nil>, TokenSource:oauth2.TokenSource(nil)}`; got != want {
		t.Errorf("%%#v = %s, want %s", got, want)
	}
	if got, want := fmt.Sprintf("%+v", Auth{Username: "u", Password: testSecret}),
		`{Mechanism: Username:u Password:[redacted] Token: OAuth2:<nil> TokenSource:<nil>}`; got != want {
		t.Errorf("%%+v = %s, want %s", got, want)
	}
}

func TestSecretMarshal(t *testing.T) {
	s := withSecrets()

	j, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	mustHide(t, "json", string(j))

	y, err := yaml.Marshal(File{SMTP: s})
	if err != nil {
		t.Fatal(err)
	}
	mustHide(t, "yaml", string(y))

	type doc struct{ P Secret }
	x, err := xml.Marshal(doc{testSecret})
	if err != nil {
		t.Fatal(err)
	}
	mustHide(t, "xml", string(x))

	text, err := Secret(testSecret).MarshalText()
	if err != nil {
		t.Fatal(err)
	}
	mustHide(t, "MarshalText", string(text))
}

func TestSecretSlog(t *testing.T) {
	s := withSecrets()
	for name, newHandler := range map[string]func(*bytes.Buffer) slog.Handler{
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			log := slog.New(newHandler(&b))
			log.Info("direct", "password", Secret(testSecret))
			mustHide(t, "attr", b.String())
			b.Reset()
			log.Info("struct", "auth", s.Auth, "pop", s.POPBeforeSMTP, "smtp", s)
			mustHide(t, "struct attrs", b.String())
			b.Reset()
			log.Info("group", slog.Group("g", slog.Any("password", Secret(testSecret))))
			mustHide(t, "group", b.String())
		})
	}
	if v := Secret(testSecret).LogValue(); v.String() != redacted {
		t.Errorf("LogValue = %v", v)
	}
}

func TestSecretUnmarshal(t *testing.T) {
	var a Auth
	if err := yaml.Unmarshal([]byte("password: "+testSecret+"\ntoken: 't0k'\n"), &a); err != nil {
		t.Fatal(err)
	}
	if a.Password.Reveal() != testSecret || a.Token.Reveal() != "t0k" {
		t.Errorf("yaml: got %q %q", a.Password.Reveal(), a.Token.Reveal())
	}
	var b Auth
	if err := json.Unmarshal([]byte(`{"password":"`+testSecret+`"}`), &b); err != nil {
		t.Fatal(err)
	}
	if b.Password.Reveal() != testSecret {
		t.Errorf("json: got %q", b.Password.Reveal())
	}
	var c Secret
	if err := c.UnmarshalText([]byte(testSecret)); err != nil || c.Reveal() != testSecret {
		t.Errorf("text: got %q, %v", c.Reveal(), err)
	}
	for _, bad := range []string{"password: [a, b]\n", "password: {a: b}\n"} {
		if err := yaml.Unmarshal([]byte(bad), &a); err == nil {
			t.Errorf("yaml %q: no error", bad)
		}
	}
	if err := json.Unmarshal([]byte(`{"password":5}`), &b); err == nil {
		t.Error("json number: no error")
	}
}

func TestFormatNilPointer(t *testing.T) {
	for _, verb := range []string{"%v", "%+v", "%s"} {
		if out := fmt.Sprintf(verb, SMTP{Host: "h"}); !strings.Contains(out, "<nil>") || strings.Contains(out, "PANIC") {
			t.Errorf("%s of SMTP with no POPBeforeSMTP: %s", verb, out)
		}
	}
	if got, want := fmt.Sprintf("%#v", File{}), "config.File{SMTP:config.SMTP{"; !strings.HasPrefix(got, want) {
		t.Errorf("%%#v = %s, want prefix %s", got, want)
	}
}
