package errors

import (
	"strings"
	"testing"
)

// Replies that tell the user to check mail first (POP-before-SMTP) are
// relay denials, whatever code they come with.
func TestCheckMailFirstIsRelayDenied(t *testing.T) {
	for _, reply := range []string{
		"553 sorry, you must first check your e-mail before you are allowed to send e-mail through this server",
		"553 sorry, you must first check your email before you are allowed to send email through this server (#5.7.1)",
		"550 Please check your mail first (POP before SMTP)",
		"554 5.7.1 You must check your mail before sending",
	} {
		for _, st := range []Stage{"", StageRcpt, StageMail} {
			if e := Classify(st, reply); e.Kind != KindRelayDenied || e.Temporary {
				t.Errorf("Classify(%q, %q) = %s temporary=%v, want relay_denied, not temporary", st, reply, e.Kind, e.Temporary)
			}
		}
	}
}

// The words that name a cause plainly decide over a code that says
// something else; vague words defer to a specific code.
func TestPlainWordsBeatTheCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.1.1 <a@example.com>: mailbox is over quota", KindMailboxFull},
		{"", "552 5.2.2 mailbox full", KindMailboxFull},
		{StageRcpt, "552 over quota", KindMailboxFull},
		{"", "550 5.1.1 account disabled", KindMailboxDisabled},
		{StageMail, "553 5.1.8 <a@nonexistent.example>... Domain of sender address a@nonexistent.example does not exist", KindSenderRejected},
		{"", "550 5.1.8 Domain not found", KindSenderRejected},
		{"", "451 4.1.1 server busy, try again later", KindServiceUnavailable},
		{"", "451 4.1.1 configuration error", KindServiceUnavailable},
		{"", "550 5.1.1 <a@example.com>: Recipient address rejected: access denied", KindRecipientUnknown},
		{"", "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.", KindBlocked},
		{"", "554 This IP has been blocked for the day, for attempting to mail too many invalid recipients.", KindBlocked},
		{"", "450 4.2.1 The user you are trying to contact is receiving mail too quickly.", KindRateLimited},
		{"", "554 5.7.1 URL in message is listed on a URI blocklist (uribl)", KindPolicyRejected},
		{"", "554 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "550 Please use the SMTP server of your ISP", KindBlocked},
		{"", "535 4.7.0 unable to authenticate at present", KindAuthFailed},
		{"", "530 5.7.0 Must issue an AUTH command first", KindAuthRequired},
		{"", "550 unauthenticated senders not allowed", KindAuthRequired},
		{"", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", KindRelayDenied},
		{"", "550 unauthorized relay attempt", KindRelayDenied},
		{"", "550 host.example is not permitted to relay through this server without authentication", KindRelayDenied},
		{"", "Benutzer hat das Speichervolumen ueberschritten", KindMailboxFull},
		{"", "Boîte du destinataire pleine", KindMailboxFull},
		{"", "Почтовый ящик переполнен", KindMailboxFull},
		{"", "宛先のユーザーは存在しません", KindRecipientUnknown},
		{"", "El usuario no existe", KindRecipientUnknown},
		{"", "relay non consentito", KindRelayDenied},
	})
}

// A temporary authentication problem without a code is temporary.
func TestTemporaryAuthWithoutCode(t *testing.T) {
	e := Classify("", "unable to authenticate at present")
	if e.Kind != KindAuthFailed || !e.Temporary {
		t.Errorf("got %s temporary=%v, want auth_failed temporary", e.Kind, e.Temporary)
	}
}

func TestEvidence(t *testing.T) {
	tests := []struct {
		stage Stage
		reply string
		want  string
	}{
		{"", "552 5.2.2 user is over quota", "'user' and 'over quota' in the text"},
		{"", "552 5.2.2 over quota", "'over quota' in the text"},
		{StageRcpt, "550 5.1.1 <a@example.com>", "enhanced code 5.1.1"},
		{StageRcpt, "550 <a@example.com>", "a 5xx reply at rcpt"},
		{StageData, "552 ", "basic code 552 at data"},
		{"", "550 5.1.8 Domain not found", "'domain not found' in the text, of the sender (enhanced code 5.1.8)"},
		{"", "250 2.0.0 Ok", "a success reply (2xx/3xx): not a failure"},
		{"", "mailbox is full", "'mailbox' and 'full' in the text"},
	}
	for _, tt := range tests {
		if e := Classify(tt.stage, tt.reply); e.Evidence != tt.want {
			t.Errorf("Classify(%q, %q).Evidence = %q, want %q", tt.stage, tt.reply, e.Evidence, tt.want)
		}
	}
	if e := New(KindTimeout, StageData, nil); e.Evidence != "" {
		t.Errorf("New: Evidence = %q, want empty", e.Evidence)
	}
}

func TestProviderHintsLead(t *testing.T) {
	tests := []struct {
		reply   string
		kind    Kind
		hintHas string
		linkHas string
	}{
		{"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
			KindAuthFailed, "enable authenticated SMTP for this mailbox in the Microsoft 365 admin center, or use OAuth2", "aka.ms/smtp_auth_disabled"},
		{"550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n550 5.7.26 DMARC policy. a1si123 - gsmtp",
			KindPolicyRejected, "authenticate the From domain", "support.google.com/mail/answer/81126"},
		{"535-5.7.8 Username and Password not accepted. Learn more at\r\n535 5.7.8 https://support.google.com/mail/?p=BadCredentials a1si123 - gsmtp",
			KindAuthFailed, "app password", "support.google.com"},
		{"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
			KindRateLimited, "Yahoo", "senders.yahooinc.com"},
		{"550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/",
			KindBlocked, "delisting", "sender.office.com"},
		{"550 5.1.8 Access denied, bad outbound sender",
			KindSenderRejected, "Restricted entities", "learn.microsoft.com"},
		{"Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email.",
			KindSenderRejected, "Restricted entities", "learn.microsoft.com"},
		{"550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
			KindAuthRequired, "only from authenticated senders", "learn.microsoft.com"},
		{"554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137",
			KindPolicyRejected, "iCloud", "support.apple.com"},
	}
	for _, tt := range tests {
		e := Classify(StageAuth, tt.reply)
		if tt.kind != KindAuthFailed {
			e = Classify("", tt.reply)
		}
		if e.Kind != tt.kind {
			t.Errorf("%q: kind %s, want %s", tt.reply, e.Kind, tt.kind)
			continue
		}
		if len(e.Hints) == 0 || !strings.Contains(e.Hints[0].Text, tt.hintHas) || !strings.Contains(e.Hints[0].Text, tt.linkHas) {
			t.Errorf("%q: first hint %q, want one saying %q with a link to %q", tt.reply, e.Hints, tt.hintHas, tt.linkHas)
		}
		// Refine keeps the provider's fix first.
		r := Classify("", tt.reply)
		r.Kind = tt.kind
		r.Refine(Options{AuthConfigured: true})
		if !strings.Contains(r.Hints[0].Text, tt.hintHas) {
			t.Errorf("%q: after Refine the first hint is %q", tt.reply, r.Hints[0].Text)
		}
	}
	// No provider, no provider hint.
	e := Classify(StageAuth, "535 5.7.8 Error: authentication failed: (reason unavailable)")
	if strings.Contains(e.Hints[0].Text, "Microsoft") || strings.Contains(e.Hints[0].Text, "Gmail") {
		t.Errorf("generic auth failure got a provider hint: %q", e.Hints[0].Text)
	}
}

// TestRecipientRestrictionWithCredentials: Exchange's AuthRequired refuses
// a sender that is not of the recipient's organisation even when it logged
// in; with credentials set, the hints do not say they went unused.
func TestRecipientRestrictionWithCredentials(t *testing.T) {
	for _, reply := range []string{
		"550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
		"550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
	} {
		e := Classify("", reply).Refine(Options{AuthConfigured: true})
		if e.Kind != KindAuthRequired {
			t.Fatalf("%q: kind %s, want auth_required", reply, e.Kind)
		}
		for _, h := range e.Hints {
			if strings.Contains(h.Text, "were not used") {
				t.Errorf("%q: hint %q says the credentials went unused", reply, h.Text)
			}
		}
	}
	// Where the server did not offer AUTH, the hint stays.
	e := Classify(StageMail, "530 5.7.0 Authentication required").Refine(Options{AuthConfigured: true})
	if len(e.Hints) == 0 || !strings.Contains(e.Hints[0].Text, "were not used") {
		t.Errorf("530 Authentication required with credentials set: hints %v, want the unused-credentials hint first", e.Hints)
	}
}
