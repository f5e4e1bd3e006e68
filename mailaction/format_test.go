package mailaction

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
)

const (
	testPassword = "hunter2-sender-password"
	testToken    = "ya29.oauth2-access-token"
	testPOPPass  = "pop-secret-password"
)

// secretOptions returns SMTP options with every secret set.
func secretOptions() config.SMTP {
	return config.SMTP{
		Host: "mail.example.org", Port: 587, From: "robot@example.org",
		Auth:          config.Auth{Username: "robot@example.org", Password: testPassword, Token: testToken},
		POPBeforeSMTP: &config.POPBeforeSMTP{Username: "robot", Password: testPOPPass},
	}
}

// printed returns every way a value can be printed: each fmt verb and
// flag, and both slog handlers given it as an attribute.
func printed(v any) map[string]string {
	out := map[string]string{}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%X", "%10.3v", "%-40s", "%T"} {
		out[verb] = fmt.Sprintf(verb, v)
	}
	out["Sprint"] = fmt.Sprint(v)
	out["Sprintln"] = fmt.Sprintln(v)
	for name, h := range map[string]func(*bytes.Buffer) slog.Handler{
		"slog text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"slog json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		var b bytes.Buffer
		slog.New(h(&b)).Info("value", "v", v)
		slog.New(h(&b)).Info("value", slog.Any("v", v), slog.Group("g", "v", v))
		out[name] = b.String()
	}
	return out
}

func assertNoSecrets(t *testing.T, what string, v any, mustShow ...string) {
	t.Helper()
	for how, s := range printed(v) {
		for _, secret := range []string{testPassword, testToken, testPOPPass} {
			if strings.Contains(s, secret) {
				t.Errorf("%s printed with %s shows a secret: %s", what, how, s)
			}
		}
	}
	// Still useful: %v names the server.
	for _, want := range mustShow {
		if s := fmt.Sprintf("%v", v); !strings.Contains(s, want) {
			t.Errorf("%s printed with %%v does not show %q: %s", what, want, s)
		}
	}
}

func TestSenderPrintsNoSecrets(t *testing.T) {
	s, err := NewSender(secretOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	assertNoSecrets(t, "*Sender", s, "mail.example.org:587", "robot@example.org")
	var nilSender *Sender
	assertNoSecrets(t, "nil *Sender", nilSender)
}

func TestNotifierPrintsNoSecrets(t *testing.T) {
	s, err := NewSender(secretOptions())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := NewNotifier(s, config.Notifier{To: []string{"oncall@example.org"}}, WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = n.Close(ctx)
	}()
	assertNoSecrets(t, "*Notifier", n, "oncall@example.org")
	// A Notifier over a Sender in a struct, as an application holds them.
	app := struct {
		Sender   *Sender
		Notifier *Notifier
		Options  config.SMTP
	}{s, n, secretOptions()}
	assertNoSecrets(t, "a struct holding them", app)
	assertNoSecrets(t, "a pointer to a struct holding them", &app)
}

// The option types print through their own Format methods (package
// config); checked here with the same verbs and handlers.
func TestOptionsPrintNoSecrets(t *testing.T) {
	o := secretOptions()
	f := config.File{SMTP: o, Notifier: config.Notifier{To: []string{"oncall@example.org"}}}
	for name, v := range map[string]any{
		"config.SMTP": o, "*config.SMTP": &o, "config.File": f, "*config.File": &f,
		"config.Auth": o.Auth, "*config.POPBeforeSMTP": o.POPBeforeSMTP, "config.POPBeforeSMTP": *o.POPBeforeSMTP,
	} {
		assertNoSecrets(t, name, v)
	}
}
