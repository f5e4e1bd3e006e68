package config_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/taskmail/taskmail/config"
)

// Validate reports every problem at once, each with the option's file key,
// its Go field and what to do.
func ExampleSMTP_Validate() {
	opts := config.SMTP{
		Port:     465, // implicit TLS port, but TLS defaults to starttls
		From:     "robot",
		HeloName: "runner01",
		Auth:     config.Auth{Username: "robot@example.org", Password: "s3cret"},
		Timeout:  -time.Second,
	}
	err := opts.Validate()
	fmt.Println(err)

	// Each problem is a *config.FieldError.
	for _, fe := range config.FieldErrors(err) {
		fmt.Println(fe.Field)
	}
	// Output:
	// config: 5 problems in the options:
	//   - smtp.host (Host): missing; set it to the server's name, such as mail.example.org
	//   - smtp.port (Port) = "465": port 465 expects TLS from the first byte (implicit TLS), but smtp.tls is starttls; set smtp.tls to implicit, or smtp.port to 587
	//   - smtp.from (From) = "robot": not an email address; write an address such as robot@example.org or "Robot <robot@example.org>"
	//   - smtp.helo_name (HeloName) = "runner01": not a fully qualified domain name; use this machine's fully qualified name, such as runner01.example.org, or an address literal such as [192.0.2.1]
	//   - smtp.timeout (Timeout) = "-1s": negative duration; use a positive duration such as 30s or 15m, or leave it out for the default
	// Host
	// Port
	// From
	// HeloName
	// Timeout
}

func ExampleLoadBytes() {
	f, err := config.LoadBytes([]byte(`
smtp:
  host: mail.example.org
  tls: implicit
  auth: {username: robot@example.org, password: "s3cret"}
  from: Robot <robot@example.org>
  pop_before_smtp: {username: robot, password: "s3cret"}
notifier:
  to: [oncall@example.org]
`), "taskmail.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := f.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	s := f.SMTP.WithDefaults()
	fmt.Println(s.Addr(), s.TLS, s.Auth.Mechanism, s.EnvelopeSender())
	fmt.Println(s.POPBeforeSMTP.Addr(), s.POPBeforeSMTP.TLS, s.POPBeforeSMTP.Window)
	fmt.Printf("%+v\n", s.Auth)
	// Output:
	// mail.example.org:465 implicit auto robot@example.org
	// mail.example.org:110 starttls 15m0s
	// {Mechanism:auto Username:robot@example.org Password:[redacted] Token: OAuth2:<nil> TokenSource:<nil>}
}

// An unknown key is an error naming the key path and line, with the key
// that was probably meant.
func ExampleLoadBytes_unknownKey() {
	_, err := config.LoadBytes([]byte(`
smtp:
  hots: mail.example.org
  port: 587
  timeout: 30
`), "taskmail.yaml")
	fmt.Println(err)
	// Output:
	// config: 2 problems in taskmail.yaml:
	//   - smtp.hots (line 3): unknown key; did you mean "host"?
	//   - smtp.timeout (line 5): expected a duration with a unit, such as 30s or 15m, got "30"
}

// Load reads a file and applies the TASKMAIL_ environment variables over
// it.
func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "taskmail")
	defer os.RemoveAll(dir)
	path := dir + "/taskmail.yaml"
	_ = os.WriteFile(path, []byte("smtp:\n  host: mail.example.org\n  from: robot@example.org\n"), 0o600)

	os.Setenv("TASKMAIL_SMTP_HOST", "relay.example.org")
	defer os.Unsetenv("TASKMAIL_SMTP_HOST")

	f, err := config.Load(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(f.SMTP.Host, f.SMTP.From)
	// Output: relay.example.org robot@example.org
}

func ExampleApplyEnv() {
	env := map[string]string{
		"TASKMAIL_SMTP_PORT":                     "2525",
		"TASKMAIL_SMTP_POP_BEFORE_SMTP_USERNAME": "robot",
		"TASKMAIL_NOTIFIER_TO":                   "oncall@example.org, ops@example.org",
	}
	var f config.File
	err := config.ApplyEnv(&f, func(name string) (string, bool) {
		v, ok := env[name]
		return v, ok
	})
	fmt.Println(err, f.SMTP.Port, f.SMTP.POPBeforeSMTP.Username, f.Notifier.To)

	env["TASKMAIL_SMTP_PORT"] = "abc"
	fmt.Println(config.ApplyEnv(&f, func(name string) (string, bool) {
		v, ok := env[name]
		return v, ok
	}))
	// Output:
	// <nil> 2525 robot [oncall@example.org ops@example.org]
	// config: TASKMAIL_SMTP_PORT (smtp.port) = "abc": not a whole number
}

func ExampleSecret() {
	auth := config.Auth{Username: "robot", Password: "s3cret"}
	fmt.Printf("%v %q\n", auth.Password, auth.Password)
	fmt.Printf("%+v\n", auth)

	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	}))
	log.Info("login", "user", auth.Username, "password", auth.Password)

	fmt.Println(auth.Password.Reveal())
	// Output:
	// [redacted] "[redacted]"
	// {Mechanism: Username:robot Password:[redacted] Token: OAuth2:<nil> TokenSource:<nil>}
	// level=INFO msg=login user=robot password=[redacted]
	// s3cret
}

func ExampleSMTP_WithDefaults() {
	s := config.SMTP{Host: "2001:db8::25", TLS: config.TLSNone, From: "Robot <robot@example.org>"}.WithDefaults()
	fmt.Println(s.Addr(), s.Sender, s.Auth.Mechanism, s.Timeout, s.Retry.MaxAttempts, s.Retry.GreylistDelay)
	// Output: [2001:db8::25]:25 robot@example.org none 30s 5 5m0s
}

func ExampleFieldErrors() {
	err := fmt.Errorf("sending: %w", config.Notifier{To: []string{"oncall"}}.Validate())
	var fe *config.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Key, fe.Field, fe.Value)
	}
	// Output: notifier.to[0] To[0] oncall
}
