package errors

import (
	"bytes"
	"strings"
)

// The classification rules. They are data, built once when the package is
// loaded; Classify only looks things up. Words are matched as lowercase
// substrings rather than regular expressions: real replies are short, the
// phrases are fixed, and substring search costs no allocation.

// phrases maps a kind to the phrases that identify it. A phrase matches when
// the lowercase reply text contains it; "a & b" matches when the text
// contains both a and b.
type phrases struct {
	kind Kind
	any  []string
}

// strongWords are checked before the enhanced status code: these phrases
// name one failure whatever code a server sends with them (servers send
// "Relaying denied" with 5.1.1, 5.7.1 or no enhanced code at all).
var strongWords = compileWords([]phrases{
	// "Not an open relay" is a relay denial; being listed as an open relay
	// or proxy is a blocklisting.
	{KindRelayDenied, []string{"not an open relay"}},
	{KindBlocked, []string{"open relay", "open proxy", "blocked using", "blacklisted by"}},
	{KindRelayDenied, []string{
		"relay access denied", "relay access is denied", "relaying denied", "relay denied",
		"relay not permitted", "relaying not permitted", "relaying is not permitted",
		"relay not allowed", "relaying not allowed", "relaying is not allowed", "relay is not allowed",
		"relaying disallowed", "relay prohibited", "relaying prohibited", "relaying is prohibited",
		"unable to relay", "cannot relay", "can not relay", "can't relay", "do not relay",
		"does not relay", "will not relay", "won't relay",
		"permitted to relay", "allowed to relay", "authorized to relay", "authorised to relay",
		"relay not authorized", "relaying not authorized", "relay rejected", "relaying rejected",
		"mail relay denied", "relay attempt", "no relaying",
		"relaying to & prohibited", "relaying to & denied", "relaying & denied",
		"allowed rcpthosts", "rcpthosts",
		"delivery is not allowed to this address",
		"requires authentication when attempting to send to a non-local",
		"non-accepted domain", "tenantattribution",
		"insecure mail relay", "as a relay", "for relay",
		"check for new mail before sending", "check your mail before sending",
		"pop before smtp", "pop-before-smtp", "smtp after pop",
		"not a gateway", "not local host", "user not local", "relaying mail to",
		"specified domain is not allowed", "not configured to relay", "don't handle mail for",
		"relais interdit",
	}},
	{KindGreylisted, []string{"greylist", "graylist", "grey-list", "gray-list", "grey list", "gray list", "greylisted", "greylisting"}},
	{KindSenderRejected, []string{
		"sender address rejected", "not owned by user", "not owned by sasl user",
		"sendasdenied", "send as this sender", "permissions to send as", "not allowed to send as",
		"domain of sender address", "sender verify failed", "sender verification failed",
	}},
	{KindPolicyRejected, []string{"virus", "malware"}},
	{KindTLSFailed, []string{"tls not available", "tls is not available", "tls negotiation failed", "tls handshake failed"}},
	{KindTLSRequired, []string{
		"must issue a starttls", "starttls is required", "starttls required", "starttls first",
		"tls required", "tls is required", "requires tls", "must use tls", "encryption required",
		"encryption needed", "must use starttls", "use starttls", "ssl required", "secure connection required",
		"secure connection is required",
	}},
})

// words are checked after a specific enhanced code, in order: the first
// phrase found decides.
var words = compileWords([]phrases{
	// Blocked: the client host, its IP or its name is refused.
	{KindBlocked, []string{
		"spamhaus", "spamcop", "barracuda", "sorbs", "dnsbl", "realtime blackhole", "blocklist", "block list",
		"blacklist", "black list", "listed at", "listed on", "listed in",
		"reverse dns", "reverse hostname", "ptr record", "ptr-record", "cannot find your hostname",
		"cannot find your reverse", "client host rejected", "helo command rejected", "helo name",
		"invalid helo", "bad helo", "ehlo command rejected", "dynamic ip", "dynamic-ip", "dial-up",
		"dialup", "residential", "not authorized to send email directly", "banned sending ip",
		"bad outbound sender", "sending suspended", "sending paused", "sending has been disabled",
		"connections will not be accepted", "permanently deferred", "not currently accepting mail from your ip",
		"ip reputation & not accepted", "poor reputation", "bad reputation", "low reputation", "go away",
		"traffic not accepted from this ip", "unregistered domains", "access denied. ip name lookup failed",
		"please contact your internet service provider",
	}},
	{KindPolicyRejected, []string{"resolver.rst.", "restricted to", "unauthenticated email", "sender is unauthenticated", "administrative prohibition"}},
	{KindAuthFailed, []string{
		"authentication failed", "authentication failure", "authentication unsuccessful",
		"incorrect authentication", "authentication credentials invalid", "credentials were incorrect",
		"invalid credentials", "username and password not accepted", "password incorrect",
		"incorrect password", "invalid password", "wrong password", "bad username or password",
		"invalid login", "login failed", "login denied", "invalid user or password", "invalid username or password",
		"mechanism is too weak", "mechanism too weak", "application-specific password", "app password",
		"log in via your web browser", "please log in via", "too many login attempts",
		"too many authentication", "too many failed", "basic authentication is disabled",
		"smtpclientauthentication is disabled", "smtp auth is disabled", "authentication is disabled",
		"authentication not enabled", "auth not enabled", "authentication mechanism",
		"unrecognized authentication type", "authentication aborted", "authentication cancelled",
		"password transition", "cannot decode response", "not a valid base64",
		"bad auth", "auth attempts",
	}},
	{KindAuthRequired, []string{
		"authentication required", "authentication is required", "auth required", "auth is required",
		"must authenticate", "authentication needed", "not authenticated", "please authenticate",
		"must be authenticated", "requires authentication", "require authentication",
		"smtp authentication", "authenticate first", "login required", "log in first",
	}},
	{KindServiceUnavailable, []string{"too many hops", "hop count", "routing loop", "mail loop", "loop count", "forwarding loop"}},
	{KindRateLimited, []string{
		"sending quota", "message quota", "daily limit", "sending limit", "hourly limit",
		"receive limit", "recipient limit", "recipients limit", "receiving mail at a rate",
		"unusual rate", "unexpected volume", "rate limit", "ratelimit", "rate-limit", "rate limited",
		"throttl", "too many connections", "too many concurrent", "too many sessions",
		"too many recipients", "too many messages", "too many mails", "too many emails",
		"too many invalid", "too many errors", "too many", "sending rate", "server busy",
		"connection limit", "mail flood", "slow down", "exceeded the rate", "too much mail",
	}},
	{KindMailboxFull, []string{
		"mailbox full", "mailbox is full", "mailbox has exceeded", "mailbox quota", "over quota",
		"overquota", "over its quota", "quota exceeded", "quotaexceeded", "exceeded quota",
		"exceeded storage", "exceeds storage", "storage allocation", "mailbox size limit",
		"disk quota", "full mailbox", "inbox is full", "mailbox is over", "out of storage",
		"insufficient mailbox", "no space left",
	}},
	{KindMessageTooLarge, []string{
		"message size exceeds", "message too big", "message file too big", "message is too big",
		"too big", "too large", "size exceeds", "exceeds size", "size limit", "exceeds the maximum size",
		"message length exceeds", "message length is more than", "message size limit",
		"maximum message size", "maximum permitted", "message exceeded", "exceeded google's message size",
		"message is too long", "message too long",
	}},
	{KindMailboxDisabled, []string{
		"account disabled", "account is disabled", "account has been disabled", "mailbox disabled",
		"mailbox is disabled", "mailbox has been disabled", "is disabled", "mailbox inactive",
		"account inactive", "inactive account", "inactive user", "mailbox is inactive", "is inactive", "no longer active",
		"deactivated", "account suspended", "mailbox suspended", "account has been suspended",
		"account is locked", "mailbox locked", "mailbox is frozen", "expired account",
	}},
	{KindSyntaxError, []string{
		"syntax", "malformed", "missing final '@domain'", "invalid mail from", "invalid rcpt to",
		"command not recognized", "command unrecognized", "unrecognized command", "unknown command",
		"command not implemented", "not implemented", "bad sequence", "need mail command",
		"need rcpt command", "need mail before", "send hello first", "send helo first", "line too long",
		"invalid domain name", "hostname required", "domain name required", "bad address",
		"invalid address", "address must be enclosed", "unbalanced", "illegal address",
		"helo/ehlo requires domain", "mail from already", "nested mail command", "synchronization error",
	}},
	{KindSenderRejected, []string{
		"sender rejected", "sender denied", "sender not allowed", "sender is not allowed",
		"sender address", "sender not authorized", "rfc.5321 from",
		"unauthorized sender", "sender unknown", "unknown sender", "invalid sender",
		"sender domain", "address is not verified", "identities failed the check",
		"email address is not verified", "from address", "envelope sender", "return path",
		"return-path",
	}},
	{KindDomainNotFound, []string{
		"domain not found", "domain does not exist", "domain doesn't exist", "no such domain",
		"host not found", "host unknown", "unknown host", "unknown domain", "domain is unknown",
		"null mx", "no mx", "unrouteable domain", "unroutable domain", "domain name not found",
		"nxdomain", "does not accept mail", "dns query failed", "domain does not resolve",
		"could not resolve", "unable to resolve",
	}},
	{KindRecipientUnknown, []string{
		"user unknown", "unknown user", "no such user", "no such recipient", "no such mailbox",
		"no such address", "does not exist", "doesn't exist", "recipient not found", "user not found",
		"address not found", "mailbox not found", "mailbox unavailable", "mailbox not available",
		"invalid recipient", "recipient unknown", "unknown recipient", "invalid mailbox",
		"unrouteable address", "unroutable address", "recipnotfound", "recipientnotfound",
		"not a valid recipient", "not a valid mailbox", "no mailbox", "address unknown",
		"unverified address", "undeliverable address", "unknown or illegal alias",
		"doesn't have a & account", "not our customer", "mailbox name not allowed",
		"no valid recipients", "account that you tried to reach",
	}},
	{KindPolicyRejected, []string{
		"spam", "unsolicited", "junk", "dmarc", "spf", "dkim", "phishing",
		"content", "policy", "security issue", "suspicious", "bulk", "not accepted", "not authorized",
		"forwarding", "header", "message refused", "message rejected", "rejected due to",
		"attachment", "prohibited", "filter", "moderat",
	}},
	// Postfix says "Recipient address rejected: <reason>"; the reason's
	// words come first, the prefix alone means the recipient was refused.
	{KindRecipientUnknown, []string{"recipient address rejected", "recipient rejected"}},
	{KindBlocked, []string{"blocked", "banned", "access denied", "denied access", "refused connection", "rejected your ip"}},
	{KindTimeout, []string{"timeout", "timed out", "time out", "time-out"}},
	{KindConnectionFailed, []string{"lost connection", "connection reset", "connection dropped", "connection refused", "broken pipe"}},
	{KindServiceUnavailable, []string{
		"service not available", "service unavailable", "temporarily unavailable", "service is unavailable",
		"try again later", "try later", "please retry", "shutting down", "local error", "temporary failure",
		"lookup failure", "temporary problem", "temporary system problem", "temporarily rejected",
		"temporarily deferred", "insufficient system", "system resources", "internal error", "server error",
		"too busy", "closing connection", "closing transmission channel", "not ready", "queue",
		"system problem", "transaction failed", "temporary error", "deferred",
	}},
})

// wordRule is one compiled phrase: every term must occur.
type wordRule struct {
	kind  Kind
	terms [][]byte
	pairs pairSet // the byte pairs of the terms: a quick test before searching
}

// pairSet is a 256-bit set of hashed adjacent byte pairs. A text can
// contain a phrase only if it contains all of the phrase's pairs, so one
// AND per rule skips most rules without searching the text. This is a
// hand-written prefilter because a multi-pattern matcher (Aho–Corasick)
// would be a dependency for a few hundred short phrases.
type pairSet [4]uint64

func (p *pairSet) addPairs(b []byte) {
	for i := 0; i+1 < len(b); i++ {
		h := (uint(b[i])*31 + uint(b[i+1])) & 255
		p[h>>6] |= 1 << (h & 63)
	}
}

func (p *pairSet) covers(q *pairSet) bool {
	return p[0]&q[0] == q[0] && p[1]&q[1] == q[1] && p[2]&q[2] == q[2] && p[3]&q[3] == q[3]
}

func compileWords(ps []phrases) []wordRule {
	var out []wordRule
	for _, p := range ps {
		for _, a := range p.any {
			var terms [][]byte
			for _, t := range strings.Split(a, " & ") {
				terms = append(terms, []byte(strings.ToLower(t)))
			}
			r := wordRule{kind: p.kind, terms: terms}
			for _, t := range terms {
				r.pairs.addPairs(t)
			}
			out = append(out, r)
		}
	}
	return out
}

// matchWords returns the kind of the first rule whose terms all occur in
// lower (already lowercase), or "". pairs is the pairSet of lower.
func matchWords(rules []wordRule, lower []byte, pairs *pairSet) Kind {
	if len(lower) == 0 {
		return ""
	}
next:
	for i := range rules {
		if !pairs.covers(&rules[i].pairs) {
			continue
		}
		for _, t := range rules[i].terms {
			if !bytes.Contains(lower, t) {
				continue next
			}
		}
		return rules[i].kind
	}
	return ""
}

// enhanced status codes (RFC 3463, the IANA registry of RFC 5248, and the
// codes Microsoft 365 and Gmail document), keyed by subject*1000+detail:
// the class (2, 4 or 5) says temporary or permanent, not what went wrong.
//
// specificEnhanced codes name one failure and are trusted before the words.
var specificEnhanced = map[int]Kind{
	1001: KindRecipientUnknown, // X.1.1 bad destination mailbox address
	1002: KindDomainNotFound,   // X.1.2 bad destination system address
	1003: KindSyntaxError,      // X.1.3 bad destination mailbox address syntax
	1006: KindRecipientUnknown, // X.1.6 destination mailbox has moved, no forwarding address
	1090: KindRateLimited,      // 5.1.90 Microsoft 365: daily recipient limit reached
	2002: KindMailboxFull,      // X.2.2 mailbox full
	2003: KindMessageTooLarge,  // X.2.3 message length exceeds administrative limit
	2121: KindRateLimited,      // 5.2.121 Microsoft 365: recipient's per-hour limit from this sender
	2122: KindRateLimited,      // 5.2.122 Microsoft 365: recipient's per-hour receive limit
	3004: KindMessageTooLarge,  // X.3.4 message too big for system
	4004: KindDomainNotFound,   // X.4.4 unable to route
	4007: KindTimeout,          // X.4.7 delivery time expired
	4310: KindDomainNotFound,   // 5.4.310 Microsoft 365: DNS domain does not exist
	4316: KindConnectionFailed, // 4.4.316 Microsoft 365: connection refused
	5003: KindRateLimited,      // X.5.3 too many recipients
	7008: KindAuthFailed,       // X.7.8 authentication credentials invalid (RFC 4954)
	7010: KindTLSRequired,      // X.7.10 encryption needed
	7011: KindTLSRequired,      // X.7.11 encryption required for requested authentication mechanism
	7012: KindAuthFailed,       // X.7.12 a password transition is needed
	7020: KindPolicyRejected,   // X.7.20 no passing DKIM signature found
	7021: KindPolicyRejected,   // X.7.21 no acceptable DKIM signature found
	7022: KindPolicyRejected,   // X.7.22 no valid author-matched DKIM signature found
	7023: KindPolicyRejected,   // X.7.23 SPF validation failed
	7024: KindPolicyRejected,   // X.7.24 SPF validation error
	7025: KindBlocked,          // X.7.25 reverse DNS validation failed
	7026: KindPolicyRejected,   // X.7.26 multiple authentication checks failed (DMARC)
	7027: KindSenderRejected,   // X.7.27 sender address has null MX
	7028: KindRateLimited,      // X.7.28 mail flood detected
	7054: KindRelayDenied,      // 5.7.54 Microsoft: unable to relay recipient in non-accepted domain
	7057: KindAuthRequired,     // 5.7.57 Microsoft: client not authenticated to send mail
	7060: KindSenderRejected,   // 5.7.60 Microsoft: no permission to send as this sender
	7064: KindRelayDenied,      // 5.7.64 Microsoft: TenantAttribution; relay access denied
	7124: KindPolicyRejected,   // 5.7.124 Microsoft: sender not in the group's allowed senders
	7133: KindPolicyRejected,   // 5.7.133–136 Microsoft: sender not authenticated for group or mailbox
	7134: KindPolicyRejected,
	7135: KindPolicyRejected,
	7136: KindPolicyRejected,
	7139: KindAuthFailed,     // 5.7.139 Microsoft: authentication unsuccessful
	7515: KindPolicyRejected, // 5.7.515 Microsoft: sending domain fails the required authentication
}

// fallbackEnhanced codes say something but not enough to overrule the words:
// X.7.1, for one, is sent for relay denial, spam and blocklisting alike.
var fallbackEnhanced = map[int]Kind{
	1004: KindRecipientUnknown,   // X.1.4 destination mailbox address ambiguous
	1007: KindSenderRejected,     // X.1.7 bad sender's mailbox address syntax (also sender verification)
	1008: KindSenderRejected,     // X.1.8 bad sender's system address
	1010: KindRecipientUnknown,   // X.1.10 null MX (RFC 7505); Microsoft: recipient not found
	2001: KindMailboxDisabled,    // X.2.1 mailbox disabled, not accepting messages
	2004: KindRecipientUnknown,   // X.2.4 mailing list expansion problem
	3001: KindServiceUnavailable, // X.3.1 mail system full
	3002: KindServiceUnavailable, // X.3.2 system not accepting network messages
	3005: KindServiceUnavailable, // X.3.5 system incorrectly configured
	4001: KindConnectionFailed,   // X.4.1 no answer from host
	4002: KindConnectionFailed,   // X.4.2 bad connection
	4003: KindServiceUnavailable, // X.4.3 directory server failure
	4005: KindRateLimited,        // X.4.5 mail system congestion
	4006: KindServiceUnavailable, // X.4.6 routing loop detected
	5001: KindSyntaxError,        // X.5.1 invalid command
	5002: KindSyntaxError,        // X.5.2 syntax error
	5004: KindSyntaxError,        // X.5.4 invalid command arguments
	5005: KindSyntaxError,        // X.5.5 wrong protocol version
	5006: KindSyntaxError,        // X.5.6 authentication exchange line too long
	6000: KindPolicyRejected,     // X.6.0 other media error
	6001: KindPolicyRejected,     // X.6.1 media not supported
	7002: KindPolicyRejected,     // X.7.2 mailing list expansion prohibited
	7004: KindTLSFailed,          // X.7.4 security features not supported
	7005: KindTLSFailed,          // X.7.5 cryptographic failure
	7013: KindMailboxDisabled,    // X.7.13 user account disabled
	7017: KindRecipientUnknown,   // X.7.17 mailbox owner has changed
	7018: KindRecipientUnknown,   // X.7.18 domain owner has changed
}

// enhancedKey returns subject*1000+detail of an enhanced code such as
// "5.7.54", or -1.
func enhancedKey(enh string) int {
	n := enhancedLen(enh)
	if n == 0 || n != len(enh) {
		return -1
	}
	subject, detail, i := 0, 0, 2
	for ; enh[i] != '.'; i++ {
		subject = subject*10 + int(enh[i]-'0')
	}
	for i++; i < len(enh); i++ {
		detail = detail*10 + int(enh[i]-'0')
	}
	return subject*1000 + detail
}

// bySpecificEnhanced returns the kind a specific enhanced code names at
// stage, or "".
func bySpecificEnhanced(stage Stage, enh string) Kind {
	key := enhancedKey(enh)
	if key < 0 {
		return ""
	}
	k := specificEnhanced[key]
	switch {
	case k == "" && key >= 7500 && key < 7800:
		// Microsoft 365's X.7.500–X.7.7xx: as 4xx they are throttling
		// ("451 4.7.500 Server busy"), as 5xx bans of the sending IP or
		// tenant (5.7.606–649, 5.7.7xx) or policy (the rest of 5.7.5xx).
		switch {
		case enh[0] == '4':
			k = KindRateLimited
		case key >= 7600 || key == 7511:
			k = KindBlocked
		default:
			k = KindPolicyRejected
		}
	case k == KindRecipientUnknown || k == KindDomainNotFound:
		// A bad address at MAIL FROM is the sender's.
		if stage == StageMail {
			k = KindSenderRejected
		}
	}
	return k
}

// byFallbackEnhanced returns the kind a less specific enhanced code points
// to at stage, or "".
func byFallbackEnhanced(stage Stage, enh string) Kind {
	key := enhancedKey(enh)
	if key < 0 {
		return ""
	}
	if k := fallbackEnhanced[key]; k != "" {
		if key == 7013 && stage == StageAuth {
			return KindAuthFailed // the account logging in is disabled
		}
		return k
	}
	switch key {
	case 7000, 7003, 7009:
		// "454 4.7.0" at AUTH is a temporary authentication failure;
		// 5.7.9 is "mechanism too weak" at AUTH, a policy refusal elsewhere
		// (Yahoo: "554 5.7.9 Message not accepted for policy reasons").
		switch stage {
		case StageAuth:
			return KindAuthFailed
		case StageStartTLS:
			return KindTLSFailed
		}
		if key == 7009 {
			return KindPolicyRejected
		}
	case 7001:
		// The all-purpose "delivery not authorized": who refused decides.
		switch stage {
		case StageConnect, StageGreeting, StageEHLO:
			return KindBlocked
		case StageAuth:
			return KindAuthFailed
		case StageMail:
			return KindSenderRejected
		case StageRcpt, StageData:
			return KindPolicyRejected
		}
	}
	return ""
}

// byCode returns the kind a basic reply code points to at stage, or "".
func byCode(stage Stage, code int) Kind {
	switch code {
	case 421:
		return KindServiceUnavailable
	case 432, 534, 535:
		return KindAuthFailed
	case 450, 451:
		return KindServiceUnavailable
	case 452:
		if stage == StageRcpt {
			return KindRateLimited // RFC 5321 §4.5.3.1.10: too many recipients
		}
		return KindServiceUnavailable
	case 454:
		switch stage {
		case StageAuth:
			return KindAuthFailed
		case StageStartTLS:
			return KindTLSFailed
		}
		return KindServiceUnavailable
	case 500, 501, 502, 503, 504, 555:
		if stage == StageAuth {
			return KindAuthFailed
		}
		return KindSyntaxError
	case 521, 556:
		return KindDomainNotFound
	case 530:
		return KindAuthRequired
	case 538:
		return KindTLSRequired
	case 551:
		return KindRelayDenied // "551 User not local; please try <forward-path>"
	case 552:
		if stage == StageRcpt {
			return KindMailboxFull
		}
		return KindMessageTooLarge
	}
	return ""
}

// byStage returns the kind a failure of class 4 or 5 at stage most likely
// has when nothing else said, or "".
func byStage(stage Stage, code int) Kind {
	switch stage {
	case StageConnect:
		return KindConnectionFailed
	case StageStartTLS:
		return KindTLSFailed
	case StageAuth:
		return KindAuthFailed
	case StagePOP:
		return KindPOPFailed
	case StageConfig:
		return KindInvalidConfig
	}
	switch code / 100 {
	case 4:
		return KindServiceUnavailable
	case 5:
		switch stage {
		case StageGreeting, StageEHLO:
			return KindBlocked
		case StageMail:
			return KindSenderRejected
		case StageRcpt:
			if code == 554 {
				return KindPolicyRejected
			}
			return KindRecipientUnknown
		case StageData:
			return KindPolicyRejected
		}
	}
	return ""
}

// temporaryKinds are the kinds that are temporary when no reply code says
// otherwise.
var temporaryKinds = map[Kind]bool{
	KindRateLimited:        true,
	KindGreylisted:         true,
	KindServiceUnavailable: true,
	KindConnectionFailed:   true,
	KindTimeout:            true,
}

// neverTemporary are the kinds that depend on how the client is set up, not
// on time: waiting does not change them, even when a server sends them as
// 4xx (Postfix's defer_unauth_destination answers "454 4.7.1 <x>: Relay
// access denied"; Microsoft 365 "451 5.7.3 STARTTLS is required").
var neverTemporary = map[Kind]bool{
	KindRelayDenied:   true,
	KindAuthRequired:  true,
	KindTLSRequired:   true,
	KindInvalidConfig: true,
}

// temporaryFor says whether a failure of kind with reply code code is
// worth trying again later: never for neverTemporary kinds, by the code's
// class (4xx yes, 2xx/3xx/5xx no) when there is a code, else by the kind.
func temporaryFor(kind Kind, code int) bool {
	if neverTemporary[kind] {
		return false
	}
	if code != 0 {
		return code/100 == 4
	}
	return temporaryKinds[kind]
}
