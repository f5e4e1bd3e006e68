package config

import (
	"reflect"
	"testing"
	"time"
)

func TestSMTPWithDefaultsPort(t *testing.T) {
	for _, tc := range []struct {
		tls      TLSMode
		port     int
		wantTLS  TLSMode
		wantPort int
	}{
		{"", 0, TLSStartTLS, 587},
		{TLSStartTLS, 0, TLSStartTLS, 587},
		{TLSStartTLSOpportunistic, 0, TLSStartTLSOpportunistic, 587},
		{TLSImplicit, 0, TLSImplicit, 465},
		{TLSNone, 0, TLSNone, 25},
		{TLSNone, 2525, TLSNone, 2525},
		{"bogus", 0, "bogus", 0}, // left for Validate
	} {
		d := SMTP{TLS: tc.tls, Port: tc.port}.WithDefaults()
		if d.TLS != tc.wantTLS || d.Port != tc.wantPort {
			t.Errorf("tls %q port %d: got %q %d, want %q %d", tc.tls, tc.port, d.TLS, d.Port, tc.wantTLS, tc.wantPort)
		}
	}
}

func TestSMTPWithDefaultsFields(t *testing.T) {
	d := SMTP{Host: "mail.example.org", From: "Robot <robot@example.org>"}.WithDefaults()
	want := SMTP{
		Host:            "mail.example.org",
		Port:            587,
		TLS:             TLSStartTLS,
		TLSServerName:   "mail.example.org",
		Auth:            Auth{Mechanism: AuthNone},
		From:            "Robot <robot@example.org>",
		Sender:          "robot@example.org",
		Timeout:         DefaultTimeout,
		CommandTimeout:  DefaultCommandTimeout,
		DataTimeout:     DefaultDataTimeout,
		Retry:           Retry{MaxAttempts: 5, InitialInterval: time.Second, MaxInterval: 5 * time.Minute, MaxElapsed: 30 * time.Minute, GreylistDelay: 5 * time.Minute, MaxAmbiguous: DefaultMaxAmbiguous},
		RecipientPolicy: RecipientsBestEffort,
		Pool:            Pool{MaxConns: 5, MaxMessages: 1000, IdleTimeout: 30 * time.Second, RateInterval: time.Second},
	}
	if !reflect.DeepEqual(d, want) {
		t.Errorf("got  %+v\nwant %+v", d, want)
	}
	// Set fields are kept.
	set := SMTP{Host: "h", TLSServerName: "other", Sender: "b@example.org", Auth: Auth{Mechanism: AuthLogin, Username: "u"},
		Timeout: time.Second, Retry: Retry{MaxAttempts: 1}, RecipientPolicy: RecipientsAllOrNothing, Pool: Pool{RateLimit: 3}}
	d = set.WithDefaults()
	if d.TLSServerName != "other" || d.Sender != "b@example.org" || d.Auth.Mechanism != AuthLogin ||
		d.Timeout != time.Second || d.Retry.MaxAttempts != 1 || d.RecipientPolicy != RecipientsAllOrNothing || d.Pool.RateLimit != 3 {
		t.Errorf("set fields changed: %+v", d)
	}
	if m := (SMTP{Auth: Auth{Username: "u"}}).WithDefaults().Auth.Mechanism; m != AuthAuto {
		t.Errorf("mechanism with username = %q, want auto", m)
	}
}

func TestSMTPWithDefaultsPOP(t *testing.T) {
	for _, tc := range []struct {
		in   POPBeforeSMTP
		want POPBeforeSMTP
	}{
		{POPBeforeSMTP{}, POPBeforeSMTP{Host: "smtp.example.org", Port: 110, TLS: TLSStartTLS, Window: 15 * time.Minute, Timeout: 30 * time.Second}},
		{POPBeforeSMTP{TLS: TLSImplicit}, POPBeforeSMTP{Host: "smtp.example.org", Port: 995, TLS: TLSImplicit, Window: 15 * time.Minute, Timeout: 30 * time.Second}},
		{POPBeforeSMTP{TLS: TLSNone}, POPBeforeSMTP{Host: "smtp.example.org", Port: 110, TLS: TLSNone, Window: 15 * time.Minute, Timeout: 30 * time.Second}},
		{POPBeforeSMTP{Host: "pop.example.org", Port: 1110, Window: time.Minute, Timeout: 5 * time.Second, Username: "u", Password: "p"},
			POPBeforeSMTP{Host: "pop.example.org", Port: 1110, TLS: TLSStartTLS, Window: time.Minute, Timeout: 5 * time.Second, Username: "u", Password: "p"}},
	} {
		in := tc.in
		s := SMTP{Host: "smtp.example.org", TLS: TLSImplicit, POPBeforeSMTP: &in}
		d := s.WithDefaults()
		if !reflect.DeepEqual(*d.POPBeforeSMTP, tc.want) {
			t.Errorf("%+v: got %+v, want %+v", tc.in, *d.POPBeforeSMTP, tc.want)
		}
		if d.POPBeforeSMTP == s.POPBeforeSMTP || !reflect.DeepEqual(in, tc.in) {
			t.Errorf("WithDefaults changed or aliased the caller's POPBeforeSMTP")
		}
	}
	if (SMTP{}).WithDefaults().POPBeforeSMTP != nil {
		t.Error("nil POPBeforeSMTP was allocated")
	}
}

func TestEnvelopeSenderAndAddr(t *testing.T) {
	for _, tc := range []struct {
		s          SMTP
		sender     string
		addr       string
		popAddress string
	}{
		{SMTP{Host: "mail.example.org", From: "robot@example.org"}, "robot@example.org", "mail.example.org:587", ""},
		{SMTP{Host: "mail.example.org", From: "Robot <robot@example.org>", TLS: TLSImplicit}, "robot@example.org", "mail.example.org:465", ""},
		{SMTP{Host: "2001:db8::1", From: "a@example.org", Sender: "Bounces <b@example.org>", TLS: TLSNone}, "b@example.org", "[2001:db8::1]:25", ""},
		{SMTP{Host: "192.0.2.1", Port: 2525, From: "not an address"}, "not an address", "192.0.2.1:2525", ""},
		{SMTP{Host: "::1", POPBeforeSMTP: &POPBeforeSMTP{TLS: TLSImplicit}}, "", "[::1]:587", "[::1]:995"},
	} {
		if got := tc.s.EnvelopeSender(); got != tc.sender {
			t.Errorf("EnvelopeSender(%+v) = %q, want %q", tc.s, got, tc.sender)
		}
		if got := tc.s.Addr(); got != tc.addr {
			t.Errorf("Addr(%+v) = %q, want %q", tc.s, got, tc.addr)
		}
		if tc.popAddress != "" {
			if got := tc.s.WithDefaults().POPBeforeSMTP.Addr(); got != tc.popAddress {
				t.Errorf("POP Addr = %q, want %q", got, tc.popAddress)
			}
		}
	}
}

func TestNotifierWithDefaults(t *testing.T) {
	n := Notifier{To: []string{"a@example.org"}}
	d := n.WithDefaults()
	if d.SubjectPrefix != "[taskmail]" || d.FoldWindow != 10*time.Minute || d.RateLimit != 10 ||
		d.RateInterval != time.Hour || d.QueueSize != 10000 || d.Recovered == nil || !*d.Recovered {
		t.Errorf("defaults: %+v", d)
	}
	d.To[0] = "changed@example.org"
	if n.To[0] != "a@example.org" {
		t.Error("WithDefaults aliased To")
	}
	off := false
	n = Notifier{Recovered: &off, SubjectPrefix: "[ci]", RateLimit: 1}
	d = n.WithDefaults()
	if *d.Recovered || d.SubjectPrefix != "[ci]" || d.RateLimit != 1 {
		t.Errorf("set fields changed: %+v", d)
	}
	if d.Recovered == n.Recovered {
		t.Error("WithDefaults aliased Recovered")
	}
}

func TestRecoveredEnabled(t *testing.T) {
	on, off := true, false
	for _, tc := range []struct {
		p    *bool
		want bool
	}{{nil, true}, {&on, true}, {&off, false}} {
		if got := (Notifier{Recovered: tc.p}).RecoveredEnabled(); got != tc.want {
			t.Errorf("Recovered %v: got %v", tc.p, got)
		}
	}
}

func TestFileWithDefaults(t *testing.T) {
	f := File{SMTP: SMTP{Host: "h"}}.WithDefaults()
	if f.SMTP.Port != 587 || f.Notifier.QueueSize != DefaultQueueSize {
		t.Errorf("got %+v", f)
	}
}

func TestValidEnums(t *testing.T) {
	for _, m := range append(tlsModes, "") {
		if !TLSMode(m).Valid() {
			t.Errorf("TLSMode(%q) not valid", m)
		}
	}
	for _, m := range append(mechanisms, "") {
		if !AuthMechanism(m).Valid() {
			t.Errorf("AuthMechanism(%q) not valid", m)
		}
	}
	for _, p := range []RecipientPolicy{"", RecipientsBestEffort, RecipientsAllOrNothing} {
		if !p.Valid() {
			t.Errorf("RecipientPolicy(%q) not valid", p)
		}
	}
	if TLSMode("STARTTLS").Valid() || AuthMechanism("md5").Valid() || RecipientPolicy("all").Valid() {
		t.Error("unknown value reported valid")
	}
}
