package errors

import (
	"strings"
	"testing"
	"time"
)

func TestEveryKindHasHints(t *testing.T) {
	for _, k := range Kinds {
		if len(HintsFor(k, nil)) == 0 {
			t.Errorf("kind %s has no hints", k)
		}
		if len(HintsFor(k, &Options{})) == 0 {
			t.Errorf("kind %s has no hints with options", k)
		}
	}
	if len(hints) != len(Kinds) {
		t.Errorf("hint table has %d kinds, Kinds has %d", len(hints), len(Kinds))
	}
	if got := HintsFor(Kind("no_such_kind"), nil); len(got) == 0 {
		t.Error("an unknown kind has no hints")
	}
}

// TestRelayHintsCoverTheFixes checks the relay-denied list names every
// remedy a relay denial can have.
func TestRelayHintsCoverTheFixes(t *testing.T) {
	hs := HintsFor(KindRelayDenied, nil)
	var all strings.Builder
	fields := map[string]bool{}
	for _, h := range hs {
		all.WriteString(strings.ToLower(h.Text))
		all.WriteString("\n")
		fields[h.Field] = true
	}
	for _, want := range []string{
		"smtp authentication", "user of this server", "pop3", "ehlo name",
		"lan address", "administrator to allow relaying", "receive connector",
		"provider whether it offers authenticated smtp", "mx server directly",
	} {
		if !strings.Contains(all.String(), want) {
			t.Errorf("relay hints do not mention %q:\n%s", want, all.String())
		}
	}
	for _, f := range []string{"Auth.Username", "Sender", "POPBeforeSMTP", "HeloName"} {
		if !fields[f] {
			t.Errorf("relay hints do not name option %s", f)
		}
	}
}

func TestRelayHintsFollowOptions(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name      string
		o         Options
		lead      string // field of the first hint
		mentions  []string
		notFields []string
	}{
		{name: "no credentials", o: Options{TLSMode: "starttls"}, lead: "Auth.Username"},
		{name: "no credentials, plain text", o: Options{TLSMode: "none"}, lead: "Auth.Username", mentions: []string{"STARTTLS"}},
		{name: "credentials", o: Options{AuthConfigured: true, Username: "robot@example.org", Sender: "robot@example.org"}, lead: "Sender"},
		{name: "POP ran 5 minutes ago", o: Options{POPConfigured: true, POPLastCheck: now.Add(-5 * time.Minute), POPWindow: 15 * time.Minute, Now: now},
			lead: "Auth.Username", mentions: []string{"ran 5m0s ago", "11:55:00 UTC", "did not open relaying"}},
		{name: "POP window expired", o: Options{AuthConfigured: true, POPConfigured: true, POPLastCheck: now.Add(-20 * time.Minute), POPWindow: 15 * time.Minute, Now: now},
			lead: "Sender", mentions: []string{"ran 20m0s ago", "15m0s relay window"}},
		{name: "POP never ran", o: Options{POPConfigured: true, Now: now}, lead: "Auth.Username", mentions: []string{"did not run"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Classify(StageRcpt, "554 5.7.1 <a@b.example>: Relay access denied").Refine(tt.o)
			if e.Hints[0].Field != tt.lead {
				t.Errorf("first hint %q, want option %s", e.Hints[0], tt.lead)
			}
			var all strings.Builder
			seen := map[Hint]bool{}
			for _, h := range e.Hints {
				all.WriteString(h.String() + "\n")
				if seen[h] {
					t.Errorf("hint repeated: %q", h)
				}
				seen[h] = true
			}
			for _, m := range tt.mentions {
				if !strings.Contains(all.String(), m) {
					t.Errorf("hints do not mention %q:\n%s", m, all.String())
				}
			}
			if tt.o.Username != "" && strings.Contains(all.String(), tt.o.Username) {
				t.Errorf("hints repeat the username:\n%s", all.String())
			}
			if len(e.Hints) < len(HintsFor(KindRelayDenied, nil)) {
				t.Errorf("refined hints dropped some: %d < %d", len(e.Hints), len(HintsFor(KindRelayDenied, nil)))
			}
		})
	}
}

func TestHintsForReturnsACopy(t *testing.T) {
	a := HintsFor(KindRelayDenied, nil)
	a[0].Text = "changed"
	if HintsFor(KindRelayDenied, nil)[0].Text == "changed" {
		t.Error("HintsFor returned the table's own slice")
	}
}

func TestOtherRefinements(t *testing.T) {
	e := Classify(StageMail, "530 5.7.0 Authentication required").Refine(Options{AuthConfigured: true, TLSMode: "none"})
	if e.Hints[0].Field != "TLS" {
		t.Errorf("auth required with credentials over plain text: first hint %q", e.Hints[0])
	}
	b := Classify(StageRcpt, "554 5.7.1 <localhost[127.0.0.1]>: Client host rejected: Access denied").Refine(Options{})
	if b.Kind != KindAuthRequired || b.Hints[0].Field != "Auth.Username" {
		t.Errorf("client refused without credentials: %s, first hint %q", b.Kind, b.Hints[0])
	}
	r := Classify(StageRcpt, "550 5.1.1 User unknown").Refine(Options{AuthConfigured: true})
	for _, h := range r.Hints {
		if h.Field == "Auth.Username" {
			t.Errorf("recipient unknown with credentials still suggests authenticating: %q", h)
		}
	}
}

func TestRefineBlockedGreetingDoesNotLeadWithAuth(t *testing.T) {
	o := Options{HeloName: "runner01.example.org"}
	greet := Classify(StageGreeting, "554 5.7.1 Client host [192.0.2.7] blocked using zen.spamhaus.org").Refine(o)
	if greet.Kind != KindBlocked {
		t.Fatalf("kind = %s, want blocked", greet.Kind)
	}
	if greet.Hints[0] == hintAuth {
		t.Errorf("a refused greeting leads with %q, which cannot help before AUTH", greet.Hints[0].Text)
	}
	rcpt := Classify(StageRcpt, "554 5.7.1 <ops@example.org>: Client host rejected: Access denied").Refine(o)
	if rcpt.Kind != KindAuthRequired || rcpt.Hints[0] != hintAuth {
		t.Errorf("at RCPT without credentials: kind %s, first hint %q; want auth_required led by authentication", rcpt.Kind, rcpt.Hints[0].Text)
	}
}

// TestRefineClientRejectedWithoutLogin: Postfix's "permit_sasl_authenticated,
// reject" refuses a client that did not log in with the words of a client
// block. With no login used it is auth_required; words that name a
// blocklist, reverse DNS or reputation keep it blocked, and so does a login.
func TestRefineClientRejectedWithoutLogin(t *testing.T) {
	for _, tc := range []struct {
		stage Stage
		reply string
		o     Options
		want  Kind
	}{
		{StageRcpt, "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", Options{}, KindAuthRequired},
		{StageMail, "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", Options{}, KindAuthRequired},
		{StageRcpt, "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", Options{TLSMode: "none"}, KindAuthRequired},
		{StageRcpt, "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", Options{AuthConfigured: true}, KindBlocked},
		{StageRcpt, "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org", Options{}, KindBlocked},
		{StageRcpt, "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.7]", Options{}, KindBlocked},
		{StageRcpt, "550 5.7.1 Client host rejected: poor reputation", Options{}, KindBlocked},
		// Words are matched as words: "unlisted" names no list.
		{StageRcpt, "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied to unlisted clients", Options{}, KindAuthRequired},
		{StageGreeting, "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", Options{}, KindBlocked},
	} {
		e := Classify(tc.stage, tc.reply)
		if e.Kind != KindBlocked {
			t.Fatalf("%s %q classified %s: this test needs blocked before Refine", tc.stage, tc.reply, e.Kind)
		}
		e.Refine(tc.o)
		if e.Kind != tc.want {
			t.Errorf("%s %q with %+v: kind %s, want %s", tc.stage, tc.reply, tc.o, e.Kind, tc.want)
		}
		if e.Kind == KindAuthRequired && (e.Temporary || e.Hints[0] != hintAuth) {
			t.Errorf("%q: temporary %v, first hint %q; want permanent, led by %q", tc.reply, e.Temporary, e.Hints[0].Text, hintAuth.Text)
		}
	}
}

// TestHintsByEvidence: on a server that offered no AUTH, a relay denial
// never leads with "turn on SMTP authentication".
func TestHintsByEvidence(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name      string
		o         Options
		wantField string
	}{
		{"POP login done, no AUTH", Options{POPConfigured: true, POPLastCheck: now.Add(-2 * time.Second), POPWindow: 15 * time.Minute, AuthOffered: AuthNotOffered, Now: now}, "POPBeforeSMTP"},
		{"POP configured, no login, no AUTH", Options{POPConfigured: true, AuthOffered: AuthNotOffered, Now: now}, "POPBeforeSMTP"},
		{"no POP, no AUTH", Options{AuthOffered: AuthNotOffered, Now: now}, "POPBeforeSMTP"},
		{"no POP, AUTH offered", Options{AuthOffered: AuthOffered, Now: now}, "Auth.Username"},
		{"no POP, AUTH unknown", Options{Now: now}, "Auth.Username"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hs := HintsFor(KindRelayDenied, &tc.o)
			if hs[0].Field != tc.wantField {
				t.Fatalf("first hint %q (%s), want field %s", hs[0].Text, hs[0].Field, tc.wantField)
			}
			if tc.o.AuthOffered == AuthNotOffered && hs[len(hs)-1] != hintAuth {
				t.Errorf("last hint %q, want %q behind the others", hs[len(hs)-1].Text, hintAuth.Text)
			}
			if tc.o.POPConfigured && !tc.o.POPLastCheck.IsZero() && !strings.Contains(hs[0].Text, "2s ago") {
				t.Errorf("POP hint %q does not say when the login ran", hs[0].Text)
			}
		})
	}
}

// TestPOPHintEvidence: the POP hint says that the login run again after a
// denial failed and why, and that the server's window looks shorter when
// it was seen to forget a login sooner than the configured window.
func TestPOPHintEvidence(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	o := Options{POPConfigured: true, POPLastCheck: now.Add(-8 * time.Second), POPWindow: 15 * time.Minute, Now: now,
		POPReloginError: "connection refused", POPServerWindow: 7 * time.Second}
	h := popHint(&o)
	for _, want := range []string{"login again failed (connection refused)", "window looks shorter than the configured 15m0s", "7s"} {
		if !strings.Contains(h.Text, want) {
			t.Errorf("hint %q does not say %q", h.Text, want)
		}
	}
	if strings.Contains(h.Text, "did not open relaying") {
		t.Errorf("hint %q says the login did not open relaying", h.Text)
	}
	o.POPReloginError = ""
	if h := popHint(&o); !strings.Contains(h.Text, "window looks shorter") {
		t.Errorf("hint %q does not say the server's window looks shorter", h.Text)
	}
}

// TestHintsCheckMailFirst: a relay denial that tells the client to check
// its mail first leads with the POP hint, with or without POP configured.
func TestHintsCheckMailFirst(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, text := range []string{
		"sorry, you must first check your e-mail before you are allowed to send e-mail through this server",
		"Please check your mail first (POP before SMTP)",
		"you must check your email before sending",
	} {
		for _, o := range []Options{{Now: now}, {POPConfigured: true, POPLastCheck: now.Add(-time.Minute), POPWindow: 15 * time.Minute, Now: now}} {
			e := (&Error{Kind: KindRelayDenied, Code: 553, Text: text}).Refine(o)
			if e.Hints[0].Field != "POPBeforeSMTP" {
				t.Errorf("%q (POP configured %v): first hint %q", text, o.POPConfigured, e.Hints[0].Text)
			}
		}
	}
	e := (&Error{Kind: KindRelayDenied, Code: 554, Text: "Relay access denied"}).Refine(Options{Now: now})
	if e.Hints[0] != hintAuth {
		t.Errorf("a plain relay denial leads with %q", e.Hints[0].Text)
	}
}

// TestHintsFitWithTheError: Classify allocates an Error together with
// room for its hints (maxKindHints and a provider's); a kind with more
// generic hints would cost Classify another allocation.
func TestHintsFitWithTheError(t *testing.T) {
	for k, hs := range hints {
		if len(hs) > maxKindHints {
			t.Errorf("%s has %d generic hints; maxKindHints is %d", k, len(hs), maxKindHints)
		}
	}
}

// Postfix's generic "Access denied" for a recipient (its reject
// restriction, or an access table's REJECT) is a restriction, not an
// unknown mailbox: the first hint says so and how to be let through.
// Microsoft's 5.4.1 in the same words (its directory's refusal) keeps the
// kind's hints.
func TestPostfixAccessDeniedHint(t *testing.T) {
	e := Classify(StageRcpt, "554 5.7.1 <ops@example.org>: Recipient address rejected: Access denied")
	if len(e.Hints) == 0 || !strings.Contains(e.Hints[0].Text, "Postfix") || !strings.Contains(e.Hints[0].Text, "mynetworks") {
		t.Errorf("Postfix's Access denied: first hint %v, want Postfix's restriction", e.Hints)
	}
	m := Classify(StageRcpt, "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM10FT001.eop-nam10.prod.protection.outlook.com]")
	for _, h := range m.Hints {
		if strings.Contains(h.Text, "Postfix") {
			t.Errorf("Microsoft's 5.4.1: hint %q names Postfix", h.Text)
		}
	}
}

// A name DNS could not find is the recipient's domain in a bounce, whose
// hints name it and, for a name that may be the server's own, the Host
// setting; a program that could not look up its SMTP server's name
// ("dial tcp: lookup smtp.example.com: no such host") failed to connect,
// and its first hint is the Host setting's spelling.
func TestDomainNotFoundHintsNameTheServersHost(t *testing.T) {
	e := Classify("", "550 5.1.2 Host or domain name not found. Name service error for name=example.invalid type=MX: Host not found")
	if e.Kind != KindDomainNotFound {
		t.Fatalf("bounce: %s, want %s", e.Kind, KindDomainNotFound)
	}
	var domain, host bool
	for _, h := range e.Hints {
		domain = domain || strings.Contains(h.Text, "recipient's domain")
		host = host || h.Field == "Host"
	}
	if !domain || !host {
		t.Errorf("bounce hints %v: want the recipient's domain and the Host setting", e.Hints)
	}
	c := Classify("", "dial tcp: lookup smtp.example.com: no such host")
	if c.Kind != KindConnectionFailed || c.Temporary {
		t.Fatalf("own lookup: %s temporary=%v, want %s, permanent", c.Kind, c.Temporary, KindConnectionFailed)
	}
	if len(c.Hints) == 0 || c.Hints[0].Field != "Host" || !strings.Contains(c.Hints[0].Text, "host name") {
		t.Errorf("own lookup hints %v: want the server's host name first", c.Hints)
	}
}

// An MX that loops back is the recipient's domain's, and its first hint
// says a mail server that leads back is as good as none, not only that
// the domain has none.
func TestMXLoopHintSaysItLeadsBack(t *testing.T) {
	e := Classify("", "550 5.4.6 mail for example.com loops back to myself")
	if e.Kind != KindDomainNotFound || len(e.Hints) == 0 {
		t.Fatalf("MX loop: %s with %d hints, want %s with hints", e.Kind, len(e.Hints), KindDomainNotFound)
	}
	if !strings.Contains(e.Hints[0].Text, "leads back") {
		t.Errorf("MX loop's first hint %q: want it to say the mail server may lead back", e.Hints[0].Text)
	}
}

// A client that found no AUTH in the server's EHLO reply (Python's
// "SMTP AUTH extension not supported by server.", Go's "server doesn't
// support AUTH", MailKit's "The SMTP server does not support
// authentication") tried no password: most servers offer AUTH only after
// STARTTLS, so the hint says that and nothing of a password, before any
// provider's, and Refine keeps it so. msmtp's "does not support
// authentication method LOGIN" is a server that offered AUTH: the kind's
// hints stay, as they do for a password a server refused.
func TestAuthNotOfferedHint(t *testing.T) {
	for _, reply := range []string{
		"smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
		"System.NotSupportedException: The SMTP server does not support authentication.",
		"Can not send email (SMTP AUTH extension not supported by server.), please check EMAIL_* settings.",
		"smtp: server doesn't support AUTH",
		"gomail: could not send email 1: SMTP server does not support AUTH, but credentials provided",
		"502 Server does not support AUTH.",
		"smtp.gmail.com: SMTP AUTH extension not supported by server.",
	} {
		e := Classify("", reply)
		if e.Kind != KindAuthFailed {
			t.Errorf("%q: %s, want %s", reply, e.Kind, KindAuthFailed)
		}
		if len(e.Hints) != 1 || e.Hints[0] != hintAuthNotOffered {
			t.Errorf("%q: hints %v, want only that the server did not offer AUTH", reply, e.Hints)
		}
		if r := e.Refine(Options{AuthConfigured: true, TLSMode: "none"}); len(r.Hints) != 1 || r.Hints[0] != hintAuthNotOffered {
			t.Errorf("%q refined: hints %v, want only that the server did not offer AUTH", reply, r.Hints)
		}
	}
	for _, reply := range []string{
		"msmtp: the server does not support authentication method LOGIN",
		"535 5.7.8 Error: authentication failed: authentication failure",
	} {
		for _, h := range Classify(StageAuth, reply).Hints {
			if h == hintAuthNotOffered {
				t.Errorf("%q: hint %q, but the server offered AUTH", reply, h.Text)
			}
		}
	}
}
