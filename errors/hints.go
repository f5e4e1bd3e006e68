package errors

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Options is what the hints need to know of the options a send actually
// used. mailaction and diagnose fill it from config.SMTP; it holds no
// secrets.
type Options struct {
	Host              string        // the server used
	Port              int           // the port used
	TLSMode           string        // "starttls", "starttls-opportunistic", "implicit", "none"
	AuthConfigured    bool          // a username (and password or token) was set
	AuthMechanism     string        // as configured ("auto", "plain", …)
	Username          string        // the login, never the password
	From              string        // header From
	Sender            string        // envelope sender actually used
	HeloName          string        // "" when the default was used
	POPConfigured     bool          // POP-before-SMTP is set
	POPLastCheck      time.Time     // zero when POP was never run
	POPWindow         time.Duration // how long a POP login opens relaying
	AllowInsecureAuth bool          // credentials may go over plain text
	Now               time.Time     // for "the POP check ran N minutes ago"; zero: time.Now

	// What the session saw, which the options alone cannot tell.
	AuthOffered     AuthOffer     // whether the server offered AUTH in the session that failed
	POPReloginError string        // why the POP3 login run again after a relay denial failed; "" when it did not fail
	POPServerWindow time.Duration // how long after a POP3 login that had opened relaying the server refused it again; 0: never seen
}

// AuthOffer is whether the server offered AUTH in a session: unknown (no
// session, or one that never got to see it), offered, or not offered
// (neither before nor, where it ran or was not offered, after STARTTLS).
type AuthOffer int

// The values of AuthOffer.
const (
	AuthOfferUnknown AuthOffer = iota
	AuthOffered
	AuthNotOffered
)

// Hints a refinement refers to by name.
var (
	hintAuth     = Hint{"Turn on SMTP authentication: set a username and password this server accepts", "Auth.Username"}
	hintSender   = Hint{"Send as a user of this server: the From/Sender must be an address this server lets you send as", "Sender"}
	hintPOP      = Hint{"If the server opens relaying after a POP3 login (POP-before-SMTP), check mail over POP3 first", "POPBeforeSMTP"}
	hintHelo     = Hint{"Set a proper EHLO name: a fully qualified name of this host, or an address literal", "HeloName"}
	hintSTARTTLS = Hint{"Use STARTTLS: many servers offer authentication only on an encrypted connection", "TLS"}
)

// hints is the one table of remediation steps, most likely first when
// nothing is known of the options used. Refine reorders and rewords a few
// of them for the options a send actually used (see refine).
var hints = map[Kind][]Hint{
	KindRelayDenied: {
		hintAuth,
		hintSender,
		hintPOP,
		hintHelo,
		{"If this host is on the server's own network, connect to the server's LAN address: servers often relay for their local network only", "Host"},
		{"Ask the server's administrator to allow relaying for this host or user (on Exchange: a receive connector that permits relay from this address)", ""},
		{"Ask the provider whether it offers authenticated SMTP (submission on port 587) and use it", "Port"},
		{"Or deliver to the recipient domain's MX server directly: it accepts mail for its own users without relaying", "Delivery"},
	},
	KindAuthRequired: {
		hintAuth,
		hintSTARTTLS,
		{"Use the submission port (587 with STARTTLS, or 465 with implicit TLS), where servers expect authenticated clients", "Port"},
	},
	KindAuthFailed: {
		{"Check the username and the password or token: the server refused them", "Auth.Password"},
		{"Some providers want an app password or OAuth2 (xoauth2) instead of the account password", "Auth.Mechanism"},
		{"Try another authentication mechanism, or auto to pick the strongest the server offers", "Auth.Mechanism"},
		{"Wait before trying again: repeated failures can lock the account", ""},
	},
	KindTLSRequired: {
		{"Use STARTTLS (or implicit TLS on port 465): the server accepts this only over an encrypted connection", "TLS"},
	},
	KindTLSFailed: {
		{"Check that the server's certificate is valid and issued for the host name used", "TLSServerName"},
		{"If the server uses a private CA, add it", "CAFile"},
		{"Match the TLS mode to the port: implicit TLS on 465, STARTTLS on 587 and 25", "TLS"},
	},
	KindSenderRejected: {
		hintSender,
		{"When authenticated, the login must own the sender address (or be allowed to send as it)", "Auth.Username"},
		{"Check that the sender's domain exists in DNS and may send from this host (SPF)", "From"},
	},
	KindRecipientUnknown: {
		{"Check the recipient address for typos: the server does not know it", ""},
		{"If the recipient is outside this server's domains, the server may be refusing to relay: authenticate", "Auth.Username"},
	},
	KindMailboxFull: {
		{"The recipient's mailbox is full: try again later or reach them another way", ""},
	},
	KindMailboxDisabled: {
		{"The recipient's mailbox is disabled or no longer used: use another address", ""},
	},
	KindMessageTooLarge: {
		{"Make the message smaller: send large attachments as links; the EHLO SIZE line shows the server's limit", ""},
	},
	KindRateLimited: {
		{"Send more slowly: fewer messages per connection and per minute", "Pool.RateLimit"},
		{"Send fewer recipients per message", ""},
		{"Try again later: the limit resets with time", "Retry"},
	},
	KindGreylisted: {
		{"Nothing is wrong: the server greylists first contacts; send again after a few minutes", "Retry.GreylistDelay"},
	},
	KindBlocked: {
		{"The server refuses this host: check its IP address against the public blocklists and ask for delisting", ""},
		hintHelo,
		{"Give the sending IP address a reverse DNS (PTR) name that matches the EHLO name", ""},
		{"Send through your provider's submission server instead of directly", "Host"},
	},
	KindPolicyRejected: {
		{"Publish SPF, DKIM and DMARC records for the From domain and sign the mail", "From"},
		{"Check the content: attachments, links and wording that filters reject", ""},
		{"Ask the recipient's administrator why the message was refused, quoting the reply", ""},
	},
	KindDomainNotFound: {
		{"Check the recipient's domain for typos: DNS gives it no mail server that takes its mail (none, or one that leads back to the server sending it)", ""},
		{"If the name DNS could not find is your SMTP server's own, check the host name and this machine's DNS servers", "Host"},
	},
	KindSyntaxError: {
		{"Check the addresses: plain local@domain, no spaces or display names", "From"},
		hintHelo,
		{"If the addresses are right, the client and server disagree on the protocol: report it with the reply", ""},
	},
	KindServiceUnavailable: {
		{"Try again later: the server has a temporary problem", "Retry"},
	},
	KindConnectionFailed: {
		{"Check the host and port, and that this machine can reach them (firewalls often block port 25)", "Host"},
		{"Check that the host name resolves in DNS from here", "Host"},
	},
	KindTimeout: {
		{"Check that the server is reachable from here; raise the timeout for slow servers", "Timeout"},
	},
	KindPOPFailed: {
		{"Check the POP3 host, port, TLS mode, username and password", "POPBeforeSMTP"},
	},
	KindInvalidConfig: {
		{"Fix the options: run taskmail doctor to see every problem at once", ""},
	},
	KindUnknown: {
		{"Read the server's reply above and ask its administrator what it means", ""},
	},
}

// serverNameHints are a failed connection's hints when the program's
// resolver did not find the SMTP server's name (rule.serverName): the
// Sender's own judgement of NXDOMAIN gives the same two
// (internal/transport's judge.dns, which can name the host), so that a
// pasted error and the Sender say the same.
var serverNameHints = []Hint{
	{"Check the host name: DNS has no address for it (is it spelt right?)", "Host"},
	{"If the name is right, check that this machine uses the DNS servers that know it (an internal name needs the internal DNS)", ""},
}

// HintsFor returns the hints for kind, most likely first given o. A nil o
// gives the generic order. The result is a new slice the caller may change.
func HintsFor(kind Kind, o *Options) []Hint {
	generic := factOf(kind).hints
	if o == nil {
		return append([]Hint(nil), generic...)
	}
	return byEvidence(kind, refine(kind, "", generic, o), o)
}

// Refine replaces e.Hints with the hints for e.Kind, most likely first given
// the options o and the stage e came from, and returns e. Where the options
// tell what the reply alone cannot, it corrects the kind first (see
// refineKind: a client refusal with no login used is auth_required).
func (e *Error) Refine(o Options) *Error {
	refineKind(e, &o)
	generic := factOf(e.Kind).hints
	e.Hints = byReply(e, byEvidence(e.Kind, refine(e.Kind, e.Stage, generic, &o), &o))
	e.Hints = providerHints(e.Kind, e.Enhanced, e.Text, e.Hints) // provider.go
	if e.Kind == KindAuthRequired && recipientRestricted(e.Text) {
		// Exchange refuses a sender of another organisation whether it
		// logged in or not: credentials that were set were not unused.
		e.Hints = slices.DeleteFunc(e.Hints, func(h Hint) bool { return h.Text == hintCredentialsUnused.Text })
	}
	return e
}

// recipientRestricted reports whether text is Exchange's refusal of a
// sender the recipient (a group, a mailbox) does not take unauthenticated
// mail from: RESOLVER.RST.AuthRequired and its SenderNotAuthenticatedFor*
// kin.
func recipientRestricted(text string) bool {
	t := strings.ToLower(text)
	return strings.Contains(t, "resolver.rst.authrequired") || strings.Contains(t, "resolver.rst.sendernotauthenticated") ||
		strings.Contains(t, "not authenticated for")
}

// hintCredentialsUnused leads when credentials are set and the server asks
// for a login: it did not offer AUTH on that connection.
var hintCredentialsUnused = Hint{"Credentials are set but were not used: the server did not offer AUTH on this connection; use STARTTLS or the submission port", "TLS"}

// refine orders and rewords the generic hints of kind for the options o and
// the stage the failure came from ("" when unknown).
func refine(kind Kind, stage Stage, generic []Hint, o *Options) []Hint {
	var lead []Hint
	plain := o.TLSMode == "none"
	switch kind {
	case KindRelayDenied:
		if o.AuthConfigured {
			lead = append(lead, hintSender,
				Hint{"Check that authentication took place: the server relays only for authenticated sessions", "Auth.Mechanism"})
		} else {
			lead = append(lead, hintAuth)
			if plain {
				lead = append(lead, hintSTARTTLS)
			}
			lead = append(lead, hintSender)
		}
		if o.POPConfigured {
			lead = append(lead, popHint(o))
		}
	case KindAuthRequired:
		if o.AuthConfigured {
			lead = append(lead, hintCredentialsUnused)
		} else {
			lead = append(lead, hintAuth) // no login at all: that first, in plain text too
		}
		if plain {
			lead = append(lead, hintSTARTTLS)
		}
	case KindBlocked:
		if !o.AuthConfigured && stage != StageConnect && stage != StageGreeting {
			// Submission servers refuse unauthenticated clients outright
			// (Postfix: "Client host rejected: Access denied"). A refused
			// greeting comes before AUTH is possible, so it cannot help there.
			lead = append(lead, hintAuth)
		}
		if o.HeloName == "" {
			lead = append(lead, hintHelo)
		}
	case KindRecipientUnknown:
		if o.AuthConfigured {
			// Already authenticated: "authenticate" is no remedy.
			return dropField(generic, "Auth.Username")
		}
	}
	if len(lead) == 0 {
		return append([]Hint(nil), generic...)
	}
	out := append([]Hint(nil), lead...)
	for _, h := range generic {
		if h.Field == "POPBeforeSMTP" && o.POPConfigured {
			continue // replaced by popHint
		}
		if !containsHint(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// popHint says when the POP-before-SMTP check last ran and that it did not
// open relaying; or, when the login run again after the denial failed,
// that and why; and, when the server was seen to forget a login sooner
// than the configured window, that its window looks shorter.
func popHint(o *Options) Hint {
	const field = "POPBeforeSMTP"
	shorter := ""
	if o.POPServerWindow > 0 && (o.POPWindow == 0 || o.POPServerWindow < o.POPWindow) {
		shorter = fmt.Sprintf("; the server's relay window looks shorter than the configured %s: it refused relaying %s after a POP3 login that had opened it, so set pop_before_smtp.window below that",
			o.POPWindow, o.POPServerWindow.Round(time.Second))
	}
	if o.POPReloginError != "" {
		return Hint{"The server refused to relay and the POP3 login again failed (" + o.POPReloginError +
			"): relaying reopens only after a successful POP3 login; check that the POP3 server is up and reachable" + shorter, field}
	}
	if o.POPLastCheck.IsZero() {
		return Hint{"POP-before-SMTP is set but the POP3 check did not run before this send: make it run and succeed first", field}
	}
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	ago := now.Sub(o.POPLastCheck).Round(time.Second)
	if ago < 0 {
		ago = 0
	}
	text := fmt.Sprintf("The POP3 check ran %s ago (%s) but did not open relaying", ago, o.POPLastCheck.UTC().Format("15:04:05 UTC"))
	switch {
	case o.POPWindow > 0 && ago > o.POPWindow:
		text += fmt.Sprintf(": that is longer than the %s relay window, so it had expired; check mail again just before sending", o.POPWindow)
	case shorter != "":
		text += shorter
	default:
		text += ": the server may not support POP-before-SMTP, may tie it to another address or user, or may update its list late"
	}
	return Hint{text, field}
}

// byEvidence reorders the hints of a relay denial for what the session
// saw. On a server that offered no AUTH, "turn on SMTP authentication"
// cannot lift the denial on this connection: it goes last, behind the
// POP-before-SMTP hint (first when POP is configured: its login ran, or
// should have) and, without POP configured, the fixes that can work here
// (POP-before-SMTP, the sender, the administrator, the submission port).
func byEvidence(kind Kind, hs []Hint, o *Options) []Hint {
	if kind != KindRelayDenied || o.AuthOffered != AuthNotOffered {
		return hs
	}
	var pop, auth, rest []Hint
	for _, h := range hs {
		switch {
		case h.Field == "POPBeforeSMTP":
			pop = append(pop, h)
		case h == hintAuth || h == hintSTARTTLS:
			auth = append(auth, h)
		default:
			rest = append(rest, h)
		}
	}
	if len(pop) == 0 {
		pop = []Hint{hintPOP}
	}
	out := append(append(pop, rest...), auth...)
	return out
}

func containsHint(hs []Hint, h Hint) bool {
	for _, x := range hs {
		if x == h {
			return true
		}
	}
	return false
}

func dropField(hs []Hint, field string) []Hint {
	out := make([]Hint, 0, len(hs))
	for _, h := range hs {
		if h.Field != field {
			out = append(out, h)
		}
	}
	return out
}

// checkMailFirst matches the replies of POP-before-SMTP servers that tell
// the client to check its mail first ("553 sorry, you must first check
// your e-mail before you are allowed to send e-mail through this server").
var checkMailFirst = regexp.MustCompile(`(?i)\bcheck (?:your )?(?:e-?mail|mail(?:box)?)\b.*\b(?:first|before)\b|\bfirst check (?:your )?(?:e-?mail|mail(?:box)?)\b|pop[- ]before[- ]smtp`)

// byReply moves the POP-before-SMTP hint to the front of a relay denial
// whose words tell the client to check its mail first: the server says
// what it wants.
func byReply(e *Error, hs []Hint) []Hint {
	if e.Kind != KindRelayDenied || !checkMailFirst.MatchString(e.Text) {
		return hs
	}
	for i, h := range hs {
		if h.Field == "POPBeforeSMTP" {
			return append(append([]Hint{h}, hs[:i]...), hs[i+1:]...)
		}
	}
	return append([]Hint{hintPOP}, hs...)
}
