package errors

import "strings"

// refineKind corrects e.Kind where the options used tell what the reply
// alone cannot. It is part of Refine.
//
// A submission server that relays only for logged-in clients refuses the
// others with the words of a client block: Postfix's
// "smtpd_client_restrictions = permit_sasl_authenticated, reject" answers
// "554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: Access denied".
// When no login was used, that is auth_required: log in and it passes.
// It stays blocked when the words name a blocklist, reverse DNS or
// reputation, which no login lifts, or when it came before AUTH was
// possible (at connect or greeting).
func refineKind(e *Error, o *Options) {
	if e.Kind != KindBlocked || o.AuthConfigured {
		return
	}
	switch e.Stage {
	case StageMail, StageRcpt, StageData:
	default:
		return
	}
	if namesHostReputation(e.Text) {
		return
	}
	e.Kind = KindAuthRequired
	e.Temporary = false // waiting never brings a login

}

// hostReputationWords are the words of a refusal about the client's
// address itself: a blocklist, its reverse DNS, its reputation.
var hostReputationWords = []string{
	"blocklist", "blacklist", "block list", "black list", "dnsbl", "rbl", "spamhaus", "spamcop", "barracuda",
	"sorbs", "listed", "blocked using", "reverse", "rdns", "ptr", "hostname", "host name", "dns",
	"reputation", "dynamic", "dial-up", "dialup", "residential", "not allowed to send from",
}

func namesHostReputation(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range hostReputationWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}
