package errors

import (
	"bytes"
	"slices"
)

// Provider-aware hints: when a reply names one of the large mail providers
// (Gmail's "gsmtp" and support.google.com links, Microsoft 365's
// protection.outlook.com and its 5.7.5xx/5.7.7xx codes, Yahoo's [TSSxx]
// tags, iCloud, Comcast, GMX and WEB.DE), the first hint is that provider's
// documented fix, with a link to its page. The generic hints of the kind
// follow. One server's own wording is handled the same way: Postfix's
// generic "Recipient address rejected: Access denied", whose fix is its
// restrictions', not the address; and so are clients' words for a server
// that offered no AUTH ("SMTP AUTH extension not supported by server"),
// whose fix is STARTTLS first, not another password (authNotOffered).

// providerGroups are the word groups that identify a provider; they are
// matched together with the rules' groups, in the same pass.
var providerGroups = map[string][]string{
	"p_google":    {"gsmtp", "support.google.com", "google.com/mail", "gmail", "google workspace", "googlemail"},
	"p_microsoft": append([]string{"protection.outlook.com", "outlook.com", "aka.ms/", "office365", "office 365", "microsoft", "hotmail", "exchange online", "smtpclientauthentication", "prod.outlook", "(s3150)", "(s775)", "resolver.rst."}, microsoftAccountBlockedTerms...),
	"p_yahoo":     {"[tss", "yahoo", "aol.com", "yahoodns"},
	"p_apple":     {"icloud", "apple.com", " me.com", "mac.com"},
	"p_comcast":   {"comcast"},
	"p_gmx":       {"gmx", "web.de"},
	// Postfix's generic refusal of a recipient: its reject restriction,
	// or an access table's REJECT with no text of its own.
	"p_postfix": {"recipient address rejected: access denied"},
}

// provider names a large mail provider.
type provider uint8

const (
	noProvider provider = iota
	providerGoogle
	providerMicrosoft
	providerYahoo
	providerApple
	providerComcast
	providerGMX
	providerPostfix
	providerNoAuth // a client's words for a server that offered no AUTH (authNotOffered)
)

// providerOf returns the provider the scanned reply names, or noProvider.
// Microsoft 365 is also known by its own enhanced codes (5.7.5xx–5.7.7xx,
// 5.7.139, 5.7.57, 5.7.60, 5.7.64).
func (m *matcher) providerOf(f *found, enh string) provider {
	if p := f.present.and(m.providers); !p.empty() {
		switch m.groupName[p.lowest()] {
		case "p_apple":
			return providerApple
		case "p_comcast":
			return providerComcast
		case "p_gmx":
			return providerGMX
		case "p_google":
			return providerGoogle
		case "p_microsoft":
			return providerMicrosoft
		case "p_yahoo":
			return providerYahoo
		case "p_postfix":
			return providerPostfix
		}
	}
	switch key := enhancedKey(enh); {
	case key >= 7500 && key < 7800, key == 7139, key == 7057, key == 7060, key == 7064, key == 7054:
		return providerMicrosoft
	}
	return noProvider
}

// hintRecipientRestricted is Exchange's fix for a recipient that takes mail
// from authenticated senders of its organisation only. A sender that did
// log in is refused too, so Refine drops the hint that credentials went
// unused when this one is given.
var hintRecipientRestricted = Hint{"Exchange: the recipient (often a distribution group) takes mail only from authenticated senders of its organisation (RequireSenderAuthenticationEnabled): log in as one of its mailboxes before sending, or ask its admin to accept outside senders; see https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "Auth.Username"}

// authNotOffered reports whether folded text t is a client's words for a
// server whose EHLO reply offered no AUTH, so that no password was tried:
// Python's smtplib ("SMTP AUTH extension not supported by server."), Go's
// net/smtp ("smtp: server doesn't support AUTH") and gomail, MailKit ("The
// SMTP server does not support authentication."), Exchange's "502 Server
// does not support AUTH.". Not msmtp's "the server does not support
// authentication method LOGIN": that server offered AUTH, without that
// method. The words are looked for in the text of a login's failure only
// (replyProvider), not matched as a group: the matcher's groups are full.
func authNotOffered(t []byte) bool {
	if !bytes.Contains(t, []byte("support")) {
		return false // most logins refused: one vector search of the text
	}
	if bytes.Contains(t, []byte("auth extension not supported")) {
		return true
	}
	for _, w := range [...]string{"server does not support auth", "server doesn't support auth"} {
		for rest := t; ; {
			i := bytes.Index(rest, []byte(w))
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			after := bytes.TrimPrefix(rest, []byte("entication"))
			if !bytes.HasPrefix(after, []byte(" method")) && !bytes.HasPrefix(after, []byte(" mechanism")) {
				return true
			}
		}
	}
	return false
}

// replyProvider is providerOf, except for a failure to log in, require a
// login or require TLS in a client's words for a server that offered no
// AUTH (authNotOffered), whose fix comes before any provider's: a Gmail
// or Microsoft 365 server offers AUTH only after STARTTLS too. Those words
// all name a login's trouble apart from it ("not supported"), so only a
// reply with the authbad group present is looked at.
func (m *matcher) replyProvider(f *found, enh string, kind Kind, t []byte) provider {
	if (kind == KindAuthFailed || kind == KindAuthRequired || kind == KindTLSRequired) && f.present.has(m.authBadGroup) && authNotOffered(t) {
		return providerNoAuth
	}
	return m.providerOf(f, enh)
}

// hintAuthNotOffered is the fix for a server that offered no AUTH: most
// offer it only once the connection is encrypted.
var hintAuthNotOffered = Hint{"The server did not offer AUTH, so no password was tried: most servers offer it only after STARTTLS; use STARTTLS on the submission port 587 (or implicit TLS on 465), or, for a relay that takes mail without a login, leave Auth unset", "TLS"}

// providerHint returns the provider's documented fix for a failure of kind
// with enhanced code enh and folded text t, or ok false when the provider
// documents none for it.
func providerHint(p provider, kind Kind, enh string, t []byte) (h Hint, ok bool) {
	has := func(s string) bool { return containsFolded(t, s) }
	key := enhancedKey(enh)
	switch p {
	case providerMicrosoft:
		switch {
		case key == 7139 || has("smtpclientauthentication") || has("basic authentication is disabled") || has("smtp_auth_disabled"):
			return Hint{"Microsoft 365: enable authenticated SMTP for this mailbox in the Microsoft 365 admin center, or use OAuth2 (xoauth2); see https://aka.ms/smtp_auth_disabled", "Auth.Mechanism"}, true
		case kind == KindAuthFailed:
			return Hint{"Microsoft 365: check the mailbox's password or use OAuth2 (xoauth2); authenticated SMTP must be enabled for it, see https://aka.ms/smtp_auth_disabled", "Auth.Password"}, true
		case kind == KindAuthRequired && slices.ContainsFunc(exchangeRestrictionTerms, has):
			return hintRecipientRestricted, true
		case key == 7057 || kind == KindAuthRequired:
			return Hint{"Microsoft 365: log in on smtp.office365.com port 587 with STARTTLS before sending; see https://learn.microsoft.com/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365", "Auth.Username"}, true
		case slices.ContainsFunc(microsoftAccountBlockedTerms, has):
			return Hint{"Microsoft 365: the sending account is blocked for sending spam, often because it was compromised: secure it (reset its password, remove forwarding rules it did not set), then have an admin release it from Restricted entities in the Microsoft Defender portal; see https://learn.microsoft.com/defender-office-365/outbound-spam-restore-restricted-users", "Auth.Username"}, true
		case key == 7060 || kind == KindSenderRejected:
			return Hint{"Microsoft 365: give the login Send As permission for the From address in the Exchange admin center, or send as the login's own address", "Sender"}, true
		case kind == KindRelayDenied:
			return Hint{"Microsoft 365: authenticate, or set up a connector for this server in the Exchange admin center (5.7.54/5.7.64); see https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online", "Auth.Username"}, true
		case kind == KindBlocked || kind == KindRateLimited:
			return Hint{"Microsoft: this sending IP or tenant is restricted; request delisting at https://sender.office.com and check the IP's reputation (SNDS) before sending more", ""}, true
		case kind == KindPolicyRejected:
			return Hint{"Microsoft: authenticate the From domain (SPF, DKIM and DMARC aligned with it); see https://learn.microsoft.com/defender-office-365/email-authentication-about", "From"}, true
		}
	case providerGoogle:
		switch {
		case kind == KindAuthFailed:
			return Hint{"Gmail: use an app password (with 2-Step Verification on) or OAuth2 (xoauth2), not the account password; see https://support.google.com/mail/answer/185833", "Auth.Password"}, true
		case kind == KindPolicyRejected && (key == 7026 || key == 7023 || key == 7024 || key == 7030 || key == 7032 || has("spf") || has("dkim") || has("dmarc") || has("authenticat")):
			return Hint{"Gmail: authenticate the From domain: publish SPF and DKIM for it and a DMARC record, aligned with the From domain; see https://support.google.com/mail/answer/81126", "From"}, true
		case kind == KindBlocked:
			return Hint{"Gmail: follow Google's sender guidelines (a PTR record for the sending IP, SPF and DKIM, a low spam rate) and check Postmaster Tools; see https://support.google.com/mail/answer/81126", ""}, true
		case kind == KindRateLimited:
			return Hint{"Gmail: a sending or receiving limit was reached; send more slowly and spread recipients over time; see https://support.google.com/a/answer/166852", "Pool.RateLimit"}, true
		case kind == KindRelayDenied:
			return Hint{"Google Workspace SMTP relay: register this server's IP address or authenticate in the admin console's SMTP relay settings; see https://support.google.com/a/answer/6140680", "Auth.Username"}, true
		case kind == KindMessageTooLarge:
			return Hint{"Gmail accepts messages up to 25 MB: send large files as a link; see https://support.google.com/mail/answer/6584", ""}, true
		}
	case providerYahoo:
		switch kind {
		case KindBlocked, KindRateLimited, KindPolicyRejected, KindSenderRejected:
			return Hint{"Yahoo: look up the [TSS]/[PH] code on https://senders.yahooinc.com/smtp-error-codes and follow its fix (authenticate the domain, lower the volume, keep complaints low)", ""}, true
		}
	case providerApple:
		switch kind {
		case KindAuthFailed:
			return Hint{"iCloud Mail: use an app-specific password for SMTP; see https://support.apple.com/en-us/102654", "Auth.Password"}, true
		case KindBlocked, KindRateLimited, KindPolicyRejected:
			return Hint{"iCloud Mail: follow Apple's postmaster guidelines (SPF, DKIM, DMARC, a PTR record); see https://support.apple.com/en-us/102322", ""}, true
		}
	case providerComcast:
		switch kind {
		case KindBlocked, KindRateLimited, KindPolicyRejected:
			return Hint{"Comcast: look up the reply's code on https://postmaster.comcast.net and request a review there", ""}, true
		}
	case providerPostfix:
		// Postfix says it with 5.7.1 (4.7.1 when soft); Microsoft's
		// directory says the same words with 5.4.1, and means the address.
		if enh == "" || key == 7001 {
			return Hint{"Postfix refused with its generic 'Access denied': a restriction refused this client for this recipient, not an unknown mailbox (often smtpd_recipient_restrictions ending in reject after permit_mynetworks and permit_sasl_authenticated): authenticate, or ask the server's admin to add this host to mynetworks or to the recipient's access table", "Auth.Username"}, true
		}
	case providerGMX:
		switch kind {
		case KindBlocked, KindRateLimited, KindPolicyRejected:
			return Hint{"GMX / WEB.DE: follow the postmaster rules and the error code's page on https://postmaster.gmx.net or https://postmaster.web.de", ""}, true
		}
	}
	return Hint{}, false
}

// providerHints returns hs with the provider's documented fix first, when
// the reply (text, enh) names a provider that documents one for kind.
func providerHints(kind Kind, enh, text string, hs []Hint) []Hint {
	var buf [512]byte
	t := fold(buf[:0], text)
	var f found
	words.scan(t, &f)
	p := words.replyProvider(&f, enh, kind, t)
	if p == noProvider {
		return hs
	}
	return withProviderHint(make([]Hint, 0, len(hs)+1), p, kind, enh, t, hs)
}

// withProviderHint appends to dst provider p's documented fix for kind,
// unless hs already leads with it, then hs. For a server that offered no
// AUTH the fix is the only hint: the kind's (a password refused, logging
// in, another mechanism) and the options' (credentials unused) say less
// or the opposite.
func withProviderHint(dst []Hint, p provider, kind Kind, enh string, t []byte, hs []Hint) []Hint {
	if p == providerNoAuth {
		return append(dst, hintAuthNotOffered)
	}
	if p != noProvider {
		if h, ok := providerHint(p, kind, enh, t); ok && !(len(hs) > 0 && hs[0] == h) {
			dst = append(dst, h)
		}
	}
	return append(dst, hs...)
}

// containsFolded reports whether folded text t contains s (lowercase).
func containsFolded(t []byte, s string) bool {
	// bytes.Contains would need s as a []byte, which a term longer than
	// 32 bytes costs an allocation: IndexByte finds the candidates.
	for len(s) > 0 && len(t) >= len(s) {
		i := bytes.IndexByte(t[:len(t)-len(s)+1], s[0])
		if i < 0 {
			return false
		}
		if string(t[i:i+len(s)]) == s {
			return true
		}
		t = t[i+1:]
	}
	return s == ""
}
