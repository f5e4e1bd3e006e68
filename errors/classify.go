package errors

import "strings"

// Classify returns the *Error for reply received at stage. It never
// returns nil.
//
// It decides the kind from, in order of trust: a few phrases that name one
// failure whatever the codes ("Relay access denied", "Greylisted", "Must
// issue a STARTTLS command first"), the enhanced status code where it is
// specific (5.1.1, 5.7.8, 5.7.54 …), the words of the reply, a less
// specific enhanced code (5.7.1 is sent for relay denial, spam and
// blocklisting alike, so it comes after the words), the basic code, and the
// stage (a 5xx at MAIL FROM is about the sender, at RCPT about the
// recipient). Temporary follows the basic code (4xx) where there is one,
// except for relay_denied, auth_required and tls_required, which waiting
// never fixes; without a code it follows the kind.
//
// A reply Parse cannot read (no code) is classified by its words and stage.
// At StagePOP every reply is pop_failed, temporary when the server says so
// ("-ERR [SYS/TEMP]", "[IN-USE]").
//
// The result carries the generic hints of its kind; call Refine with the
// options actually used to order them for this send.
func Classify(stage Stage, reply string) *Error {
	r, _ := parse(reply, false)
	return ClassifyReply(stage, r)
}

// ClassifyReply is Classify for an already parsed reply.
func ClassifyReply(stage Stage, r Reply) *Error {
	code := r.Code
	if code < 200 || code > 599 {
		code = 0
	}
	enh := r.Enhanced
	if enhancedLen(enh) != len(enh) {
		enh = ""
	}
	kind := classify(stage, code, enh, r.Text)
	e := &Error{
		Kind:     kind,
		Code:     code,
		Enhanced: enh,
		Text:     r.Text,
		Stage:    stage,
	}
	if kind == KindPOPFailed && code == 0 {
		e.Temporary = popTemporary(r.Text)
	} else {
		e.Temporary = temporaryFor(kind, code)
	}
	e.Hints = HintsFor(kind, nil)
	return e
}

// New returns an *Error of kind at stage wrapping cause, with the kind's
// default temporariness and generic hints. A pop_failed error is temporary
// when its cause is (a refused connection or a timeout, not a wrong
// password).
func New(kind Kind, stage Stage, cause error) *Error {
	e := &Error{Kind: kind, Stage: stage, Err: cause}
	if kind == KindPOPFailed && cause != nil {
		e.Temporary = causeTemporary(cause)
	} else {
		e.Temporary = temporaryFor(kind, 0)
	}
	e.Hints = HintsFor(kind, nil)
	return e
}

// classify returns the kind; see Classify for the order of the rules.
func classify(stage Stage, code int, enh, text string) Kind {
	k := byRules(stage, code, enh, text)
	switch {
	case stage == StageAuth && (k == KindMailboxDisabled || k == KindRecipientUnknown):
		// At AUTH the account concerned is the one logging in.
		return KindAuthFailed
	case stage == StageStartTLS && (k == KindAuthFailed || k == KindAuthRequired):
		// Exchange answers a STARTTLS it cannot serve with "454 4.7.0
		// Temporary authentication failure".
		return KindTLSFailed
	}
	return k
}

// byRules applies the rules of rules.go in their order of trust.
func byRules(stage Stage, code int, enh, text string) Kind {
	if stage == StagePOP {
		return KindPOPFailed
	}
	if code/100 == 2 || code/100 == 3 {
		return KindUnknown // not a failure reply
	}
	// Lowercase into a stack buffer: most replies fit, and the word rules
	// then search it without allocating.
	var buf [512]byte
	lower := appendLower(buf[:0], text)
	var pairs pairSet
	pairs.addPairs(lower)
	if k := matchWords(strongWords, lower, &pairs); k != "" {
		return k
	}
	if k := bySpecificEnhanced(stage, enh); k != "" {
		return k
	}
	if k := matchWords(words, lower, &pairs); k != "" {
		return k
	}
	if k := byFallbackEnhanced(stage, enh); k != "" {
		return k
	}
	if k := byCode(stage, code); k != "" {
		return k
	}
	if code != 0 || enh != "" || stage == StageConnect || stage == StageStartTLS ||
		stage == StageAuth || stage == StageConfig {
		c := code
		if c == 0 && enh != "" {
			c = int(enh[0]-'0') * 100
		}
		if k := byStage(stage, c); k != "" {
			return k
		}
	}
	return KindUnknown
}

// appendLower appends the ASCII-lowercase form of s to dst. Non-ASCII bytes
// are copied as they are: every phrase in the rules is ASCII.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// popTemporary reads the RFC 2449/3206 response codes of a POP3 "-ERR"
// reply: [SYS/TEMP] and [IN-USE] are worth retrying, [AUTH] and
// [SYS/PERM] are not.
func popTemporary(text string) bool {
	var buf [256]byte
	lower := string(appendLower(buf[:0], text))
	return strings.Contains(lower, "[sys/temp]") || strings.Contains(lower, "[in-use]") ||
		strings.Contains(lower, "temporar") || strings.Contains(lower, "try again")
}
