package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"
)

// validSMTP returns options that pass Validate, with every part set.
func validSMTP() SMTP {
	return SMTP{
		Host:     "mail.example.org",
		Port:     587,
		TLS:      TLSStartTLS,
		Auth:     Auth{Mechanism: AuthAuto, Username: "robot@example.org", Password: testSecret},
		From:     "Robot <robot@example.org>",
		Sender:   "bounces@example.org",
		HeloName: "runner01.example.org",
		POPBeforeSMTP: &POPBeforeSMTP{
			Host: "mail.example.org", Port: 995, TLS: TLSImplicit, Username: "robot", Password: testSecret, Window: 15 * time.Minute,
		},
		Timeout: 30 * time.Second,
		Retry:   Retry{MaxAttempts: 5, InitialInterval: time.Second, MaxInterval: 5 * time.Minute, MaxElapsed: 30 * time.Minute, GreylistDelay: 5 * time.Minute},
	}
}

// fields returns the Field of every *FieldError in err.
func fields(t *testing.T, err error) []string {
	t.Helper()
	var out []string
	for _, fe := range FieldErrors(err) {
		out = append(out, fe.Field)
		msg := fe.Error()
		if strings.Contains(msg, testSecret) {
			t.Errorf("error shows the secret: %s", msg)
		}
		if fe.Key == "" || fe.Field == "" || fe.Problem == "" || fe.Fix == "" {
			t.Errorf("incomplete FieldError: %#v", fe)
		}
		if !strings.Contains(msg, fe.Key) || !strings.Contains(msg, fe.Field) || !strings.Contains(msg, fe.Fix) {
			t.Errorf("message %q lacks key, field or fix", msg)
		}
	}
	return out
}

func TestSMTPValidate(t *testing.T) {
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, []byte("-----BEGIN CERTIFICATE-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	pop := func(s *SMTP) *POPBeforeSMTP { return s.POPBeforeSMTP }
	for _, tc := range []struct {
		name   string
		change func(s *SMTP)
		want   []string // the Field of each problem, in order
	}{
		{"valid", func(s *SMTP) {}, nil},
		{"minimal", func(s *SMTP) { *s = SMTP{Host: "mail.example.org", From: "robot@example.org"} }, nil},
		{"zero", func(s *SMTP) { *s = SMTP{} }, []string{"Host", "From"}},
		{"host scheme", func(s *SMTP) { s.Host = "smtp://mail.example.org:587" }, []string{"Host"}},
		{"host port", func(s *SMTP) { s.Host = "mail.example.org:587" }, []string{"Host"}},
		{"host ipv6 brackets", func(s *SMTP) { s.Host = "[2001:db8::1]" }, []string{"Host"}},
		{"host ipv6 port", func(s *SMTP) { s.Host = "[2001:db8::1]:25" }, []string{"Host"}},
		{"host ipv6", func(s *SMTP) { s.Host = "2001:db8::1" }, nil},
		{"host ipv4", func(s *SMTP) { s.Host = "192.0.2.1" }, nil},
		{"host single label", func(s *SMTP) { s.Host = "mailhog" }, nil},
		{"host spaces", func(s *SMTP) { s.Host = " mail.example.org" }, []string{"Host"}},
		{"host bad chars", func(s *SMTP) { s.Host = "mail example.org" }, []string{"Host"}},
		{"host trailing hyphen", func(s *SMTP) { s.Host = "mail-.example.org" }, []string{"Host"}},
		{"port negative", func(s *SMTP) { s.Port = -1 }, []string{"Port"}},
		{"port too big", func(s *SMTP) { s.Port = 65536 }, []string{"Port"}},
		{"port 465 starttls", func(s *SMTP) { s.Port = 465 }, []string{"Port"}},
		{"port 465 default tls", func(s *SMTP) { s.Port = 465; s.TLS = "" }, []string{"Port"}},
		{"port 465 opportunistic", func(s *SMTP) { s.Port = 465; s.TLS = TLSStartTLSOpportunistic; s.AllowInsecureAuth = true }, []string{"Port"}},
		{"port 587 implicit", func(s *SMTP) { s.TLS = TLSImplicit }, []string{"Port"}},
		{"port 25 implicit", func(s *SMTP) { s.Port = 25; s.TLS = TLSImplicit }, []string{"Port"}},
		{"port 465 implicit", func(s *SMTP) { s.Port = 465; s.TLS = TLSImplicit }, nil},
		{"port 2525 implicit", func(s *SMTP) { s.Port = 2525; s.TLS = TLSImplicit }, nil},
		{"port 0 implicit", func(s *SMTP) { s.Port = 0; s.TLS = TLSImplicit }, nil},
		{"tls unknown", func(s *SMTP) { s.TLS = "STARTTLS" }, []string{"TLS"}},
		{"tls server name", func(s *SMTP) { s.TLSServerName = "mail.example.org:25" }, []string{"TLSServerName"}},
		{"ca file missing", func(s *SMTP) { s.CAFile = filepath.Join(t.TempDir(), "nope.pem") }, []string{"CAFile"}},
		{"ca file folder", func(s *SMTP) { s.CAFile = t.TempDir() }, []string{"CAFile"}},
		{"ca file ok", func(s *SMTP) { s.CAFile = ca }, nil},
		{"mechanism unknown", func(s *SMTP) { s.Auth.Mechanism = "md5" }, []string{"Auth.Mechanism"}},
		{"password without username", func(s *SMTP) { s.Auth = Auth{Password: testSecret} }, []string{"Auth.Username"}},
		{"token without username", func(s *SMTP) { s.Auth = Auth{Mechanism: AuthXOAUTH2, Token: testSecret} }, []string{"Auth.Username"}},
		{"mechanism without username", func(s *SMTP) { s.Auth = Auth{Mechanism: AuthPlain} }, []string{"Auth.Username"}},
		{"mechanism none with password", func(s *SMTP) { s.Auth = Auth{Mechanism: AuthNone, Password: testSecret} }, nil},
		{"auto no credentials", func(s *SMTP) { s.Auth = Auth{Mechanism: AuthAuto} }, nil},
		{"username without password", func(s *SMTP) { s.Auth.Password = "" }, []string{"Auth.Password"}},
		{"plain without password", func(s *SMTP) { s.Auth.Mechanism = AuthPlain; s.Auth.Password = "" }, []string{"Auth.Password"}},
		{"xoauth2 without token", func(s *SMTP) { s.Auth.Mechanism = AuthXOAUTH2 }, []string{"Auth.Token"}},
		{"xoauth2 with token", func(s *SMTP) { s.Auth = Auth{Mechanism: AuthXOAUTH2, Username: "u", Token: testSecret} }, nil},
		{"auto with token", func(s *SMTP) { s.Auth = Auth{Username: "u", Token: testSecret} }, nil},
		{"password placeholder", func(s *SMTP) { s.Auth.Password = redacted }, []string{"Auth.Password"}},
		{"credentials tls none", func(s *SMTP) { s.TLS = TLSNone; s.Port = 25 }, []string{"TLS"}},
		{"credentials opportunistic", func(s *SMTP) { s.TLS = TLSStartTLSOpportunistic }, []string{"TLS"}},
		{"credentials tls none allowed", func(s *SMTP) { s.TLS = TLSNone; s.Port = 25; s.AllowInsecureAuth = true }, nil},
		{"no credentials tls none", func(s *SMTP) { s.TLS = TLSNone; s.Port = 25; s.Auth = Auth{}; s.POPBeforeSMTP = nil }, nil},
		{"from missing", func(s *SMTP) { s.From = "" }, []string{"From"}},
		{"from not address", func(s *SMTP) { s.From = "robot" }, []string{"From"}},
		{"from two addresses", func(s *SMTP) { s.From = "a@example.org, b@example.org" }, []string{"From"}},
		{"from bare", func(s *SMTP) { s.From = "robot@example.org" }, nil},
		{"sender not address", func(s *SMTP) { s.Sender = "bounces" }, []string{"Sender"}},
		{"helo single label", func(s *SMTP) { s.HeloName = "runner01" }, []string{"HeloName"}},
		{"helo localhost", func(s *SMTP) { s.HeloName = "localhost" }, []string{"HeloName"}},
		{"helo bare ipv4", func(s *SMTP) { s.HeloName = "192.0.2.1" }, []string{"HeloName"}},
		{"helo bare ipv6", func(s *SMTP) { s.HeloName = "2001:db8::1" }, []string{"HeloName"}},
		{"helo literal ipv4", func(s *SMTP) { s.HeloName = "[192.0.2.1]" }, nil},
		{"helo literal ipv6", func(s *SMTP) { s.HeloName = "[IPv6:2001:db8::1]" }, nil},
		{"helo literal ipv6 no tag", func(s *SMTP) { s.HeloName = "[2001:db8::1]" }, []string{"HeloName"}},
		{"helo literal bad", func(s *SMTP) { s.HeloName = "[runner01]" }, []string{"HeloName"}},
		{"helo underscore", func(s *SMTP) { s.HeloName = "run_ner.example.org" }, []string{"HeloName"}},
		{"helo numeric tld", func(s *SMTP) { s.HeloName = "runner.123" }, []string{"HeloName"}},
		{"helo trailing dot", func(s *SMTP) { s.HeloName = "runner01.example.org." }, []string{"HeloName"}},
		{"helo long label", func(s *SMTP) { s.HeloName = strings.Repeat("a", 64) + ".example.org" }, []string{"HeloName"}},
		{"pop no username", func(s *SMTP) { pop(s).Username = "" }, []string{"POPBeforeSMTP.Username"}},
		{"pop no password", func(s *SMTP) { pop(s).Password = "" }, []string{"POPBeforeSMTP.Password"}},
		{"pop empty", func(s *SMTP) { s.POPBeforeSMTP = &POPBeforeSMTP{} }, []string{"POPBeforeSMTP.Username", "POPBeforeSMTP.Password"}},
		{"pop bad port", func(s *SMTP) { pop(s).Port = 70000 }, []string{"POPBeforeSMTP.Port"}},
		{"pop 995 starttls", func(s *SMTP) { pop(s).TLS = TLSStartTLS }, []string{"POPBeforeSMTP.Port"}},
		{"pop 110 implicit", func(s *SMTP) { pop(s).Port = 110 }, []string{"POPBeforeSMTP.Port"}},
		{"pop tls unknown", func(s *SMTP) { pop(s).TLS = "ssl" }, []string{"POPBeforeSMTP.TLS"}},
		{"pop tls none", func(s *SMTP) { pop(s).TLS = TLSNone; pop(s).Port = 110 }, []string{"POPBeforeSMTP.TLS"}},
		{"pop tls none allowed", func(s *SMTP) { pop(s).TLS = TLSNone; pop(s).Port = 110; s.AllowInsecureAuth = true }, nil},
		{"pop tls none apop allowed", func(s *SMTP) { pop(s).TLS = TLSNone; pop(s).Port = 110; pop(s).AllowInsecureAPOP = true }, nil},
		{"pop negative timeout", func(s *SMTP) { pop(s).Timeout = -time.Second }, []string{"POPBeforeSMTP.Timeout"}},
		{"pop host port", func(s *SMTP) { pop(s).Host = "mail.example.org:995" }, []string{"POPBeforeSMTP.Host"}},
		{"pop negative window", func(s *SMTP) { pop(s).Window = -time.Minute }, []string{"POPBeforeSMTP.Window"}},
		{"pop placeholder", func(s *SMTP) { pop(s).Password = redacted }, []string{"POPBeforeSMTP.Password"}},
		{"negative durations", func(s *SMTP) {
			s.Timeout, s.CommandTimeout = -1, -1
			s.Retry = Retry{InitialInterval: -1, MaxInterval: -1, MaxElapsed: -1, GreylistDelay: -1}
			s.Pool.IdleTimeout, s.Pool.RateInterval = -1, -1
		}, []string{"Timeout", "CommandTimeout", "Retry.InitialInterval", "Retry.MaxInterval", "Retry.MaxElapsed", "Retry.GreylistDelay", "Pool.IdleTimeout", "Pool.RateInterval"}},
		{"negative counts", func(s *SMTP) {
			s.Retry.MaxAttempts, s.Pool.MaxConns, s.Pool.MaxMessages, s.Pool.RateLimit = -1, -1, -1, -1
		},
			[]string{"Retry.MaxAttempts", "Pool.MaxConns", "Pool.MaxMessages", "Pool.RateLimit"}},
		{"negative data timeout", func(s *SMTP) { s.DataTimeout = -time.Second }, []string{"DataTimeout"}},
		{"max ambiguous below -1", func(s *SMTP) { s.Retry.MaxAmbiguous = -2 }, []string{"Retry.MaxAmbiguous"}},
		{"interval order", func(s *SMTP) { s.Retry.InitialInterval = time.Hour }, []string{"Retry.InitialInterval"}},
		{"recipient policy", func(s *SMTP) { s.RecipientPolicy = "best_effort" }, []string{"RecipientPolicy"}},
		{"many at once", func(s *SMTP) {
			s.Host = ""
			s.Port = 465
			s.From = "robot"
			s.HeloName = "runner01"
			pop(s).Username = ""
			s.Timeout = -time.Second
		}, []string{"Host", "Port", "From", "HeloName", "POPBeforeSMTP.Username", "Timeout"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := validSMTP()
			tc.change(&s)
			err := s.Validate()
			got := fields(t, err)
			if !slices.Equal(got, tc.want) {
				t.Errorf("problems %q, want %q\n%v", got, tc.want, err)
			}
			if (err == nil) != (len(tc.want) == 0) {
				t.Errorf("err = %v", err)
			}
			if err != nil {
				var me *multierror.Error
				if !errors.As(err, &me) || len(me.Errors) != len(tc.want) {
					t.Errorf("not a *multierror.Error of %d: %T", len(tc.want), err)
				}
				var fe *FieldError
				if !errors.As(err, &fe) {
					t.Errorf("errors.As(*FieldError) fails")
				}
			}
		})
	}
}

func TestValidateKeys(t *testing.T) {
	s := validSMTP()
	s.POPBeforeSMTP.Username = ""
	s.Auth.Mechanism = "x"
	s.Retry.MaxAttempts = -2
	err := s.Validate()
	var keys []string
	for _, fe := range FieldErrors(err) {
		keys = append(keys, fe.Key)
	}
	want := []string{"smtp.auth.mechanism", "smtp.pop_before_smtp.username", "smtp.retry.max_attempts"}
	if !slices.Equal(keys, want) {
		t.Errorf("keys %q, want %q", keys, want)
	}
	// Every key has an environment form.
	for _, k := range keys {
		if !slices.Contains(EnvNames(), EnvName(k)) {
			t.Errorf("no variable %s for %s", EnvName(k), k)
		}
	}
}

func TestValidateMessage(t *testing.T) {
	err := SMTP{From: "robot@example.org"}.Validate()
	want := "config: smtp.host (Host): missing; set it to the server's name, such as mail.example.org"
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	err = SMTP{Port: 465, TLS: TLSStartTLS, From: "robot"}.Validate()
	want = `config: 3 problems in the options:
  - smtp.host (Host): missing; set it to the server's name, such as mail.example.org
  - smtp.port (Port) = "465": port 465 expects TLS from the first byte (implicit TLS), but smtp.tls is starttls; set smtp.tls to implicit, or smtp.port to 587
  - smtp.from (From) = "robot": not an email address; write an address such as robot@example.org or "Robot <robot@example.org>"`
	if err == nil || err.Error() != want {
		t.Errorf("got  %v\nwant %s", err, want)
	}
	// The same through %w.
	if w := fmt.Errorf("sending: %w", err); len(FieldErrors(w)) != 3 {
		t.Errorf("FieldErrors through %%w: %d", len(FieldErrors(w)))
	}
}

func TestSuggestionsInFixes(t *testing.T) {
	for _, tc := range []struct {
		s    SMTP
		want string
	}{
		{SMTP{TLS: "startls"}, `did you mean "starttls"?`},
		{SMTP{TLS: "STARTTLS"}, `did you mean "starttls"?`},
		{SMTP{Auth: Auth{Mechanism: "cram_md5"}}, `did you mean "cram-md5"?`},
		{SMTP{RecipientPolicy: "best_effort"}, `did you mean "best-effort"?`},
		{SMTP{Host: "smtps://mail.example.org:465"}, "write only the host name, mail.example.org"},
		{SMTP{Host: "mail.example.org:2525"}, "write the host alone (mail.example.org) and the port in smtp.port (2525)"},
		{SMTP{HeloName: "2001:db8::1"}, "write [IPv6:2001:db8::1]"},
		{SMTP{HeloName: "192.0.2.7"}, "write [192.0.2.7]"},
	} {
		if err := tc.s.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v\nwant it to contain %q", tc.s, err, tc.want)
		}
	}
}

func TestNotifierValidate(t *testing.T) {
	spoolFile := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(spoolFile, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		n    Notifier
		want []string
	}{
		{"valid", Notifier{To: []string{"oncall@example.org", "Ops <ops@example.org>"}, Spool: t.TempDir()}, nil},
		{"spool missing is fine", Notifier{To: []string{"a@example.org"}, Spool: filepath.Join(t.TempDir(), "new")}, nil},
		{"no recipients", Notifier{}, []string{"To"}},
		{"bad recipients", Notifier{To: []string{"a@example.org", "oncall"}, Cc: []string{"x"}}, []string{"To[1]", "Cc[0]"}},
		{"negatives", Notifier{To: []string{"a@example.org"}, FoldWindow: -1, RateInterval: -1, RateLimit: -1, QueueSize: -1},
			[]string{"FoldWindow", "RateInterval", "RateLimit", "QueueSize"}},
		{"spool is a file", Notifier{To: []string{"a@example.org"}, Spool: spoolFile}, []string{"Spool"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.n.Validate()
			if got := fields(t, err); !slices.Equal(got, tc.want) {
				t.Errorf("problems %q, want %q\n%v", got, tc.want, err)
			}
		})
	}
	fe := FieldErrors(Notifier{To: []string{"x"}}.Validate())
	if len(fe) != 1 || fe[0].Key != "notifier.to[0]" || fe[0].Value != "x" {
		t.Errorf("got %+v", fe)
	}
}

func TestFileValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    File
		want []string
	}{
		{"smtp only", File{SMTP: validSMTP()}, nil},
		{"both", File{SMTP: validSMTP(), Notifier: Notifier{To: []string{"a@example.org"}}}, nil},
		{"empty", File{}, []string{"smtp.host", "smtp.from"}},
		{"notifier set without to", File{SMTP: validSMTP(), Notifier: Notifier{Spool: "/tmp/x"}}, []string{"notifier.to"}},
		{"both bad", File{SMTP: SMTP{Host: "h", From: "x"}, Notifier: Notifier{To: []string{"y"}}}, []string{"smtp.from", "notifier.to[0]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.f.Validate()
			var keys []string
			for _, fe := range FieldErrors(err) {
				keys = append(keys, fe.Key)
			}
			if !slices.Equal(keys, tc.want) {
				t.Errorf("keys %q, want %q\n%v", keys, tc.want, err)
			}
		})
	}
}

func TestFieldErrorFormat(t *testing.T) {
	for _, tc := range []struct {
		e    FieldError
		want string
	}{
		{FieldError{Key: "smtp.port", Field: "Port", Value: "x", Problem: "p", Fix: "f"}, `smtp.port (Port) = "x": p; f`},
		{FieldError{Key: "smtp.port", Problem: "p"}, `smtp.port: p`},
		{FieldError{Field: "Port", Problem: "p", Fix: "f"}, `Port: p; f`},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
	if FieldErrors(nil) != nil || FieldErrors(errors.New("x")) != nil {
		t.Error("FieldErrors of a plain error is not nil")
	}
	joined := errors.Join(&FieldError{Field: "A"}, fmt.Errorf("w: %w", &FieldError{Field: "B"}))
	if got := FieldErrors(joined); len(got) != 2 {
		t.Errorf("FieldErrors(errors.Join) = %v", got)
	}
}

// TestValidatePOPPlainTextNamesTheSwitches: refusing a POP3 login that may
// go unencrypted names both switches that would allow it.
func TestValidatePOPPlainTextNamesTheSwitches(t *testing.T) {
	s := SMTP{Host: "mail.example.org", From: "robot@example.org", POPBeforeSMTP: &POPBeforeSMTP{
		TLS: TLSNone, Username: "robot", Password: "pop-secret"}}
	err := s.Validate()
	fes := FieldErrors(err)
	if len(fes) != 1 || fes[0].Field != "POPBeforeSMTP.TLS" {
		t.Fatalf("Validate = %v, want one error for POPBeforeSMTP.TLS", err)
	}
	for _, want := range []string{"smtp.pop_before_smtp.allow_insecure_apop", "smtp.allow_insecure_auth"} {
		if !strings.Contains(fes[0].Fix, want) {
			t.Errorf("fix %q does not name %s", fes[0].Fix, want)
		}
	}
}
