package errors

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

// namesHostReputation reports whether text names a blocklist, the client's
// reverse DNS or its reputation: the same word groups of rules.go that
// classify such a reply as blocked, not a second list.
func namesHostReputation(text string) bool {
	var buf [512]byte
	var f found
	words.scan(fold(buf[:0], text), &f)
	return !f.present.and(words.hostReputation).empty()
}
