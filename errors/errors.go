package errors

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// Kind names a class of mail failure. Kinds are stable strings, used in
// JSON output and metrics; new kinds may be added but existing ones never
// change meaning.
type Kind string

// The kinds of failure. See the package documentation for typical replies.
const (
	KindRelayDenied        Kind = "relay_denied"
	KindAuthRequired       Kind = "auth_required"
	KindAuthFailed         Kind = "auth_failed"
	KindTLSRequired        Kind = "tls_required"
	KindSenderRejected     Kind = "sender_rejected"
	KindRecipientUnknown   Kind = "recipient_unknown"
	KindMailboxFull        Kind = "mailbox_full"
	KindMailboxDisabled    Kind = "mailbox_disabled"
	KindMessageTooLarge    Kind = "message_too_large"
	KindRateLimited        Kind = "rate_limited"
	KindGreylisted         Kind = "greylisted"
	KindBlocked            Kind = "blocked"
	KindPolicyRejected     Kind = "policy_rejected"
	KindDomainNotFound     Kind = "domain_not_found"
	KindSyntaxError        Kind = "syntax_error"
	KindServiceUnavailable Kind = "service_unavailable"
	KindConnectionFailed   Kind = "connection_failed"
	KindTimeout            Kind = "timeout"
	KindTLSFailed          Kind = "tls_failed"
	KindPOPFailed          Kind = "pop_failed"
	KindInvalidConfig      Kind = "invalid_config"
	KindUnknown            Kind = "unknown"
)

// Kinds lists every kind, in the order of the taxonomy table.
var Kinds = []Kind{
	KindRelayDenied, KindAuthRequired, KindAuthFailed, KindTLSRequired,
	KindSenderRejected, KindRecipientUnknown, KindMailboxFull, KindMailboxDisabled,
	KindMessageTooLarge, KindRateLimited, KindGreylisted, KindBlocked,
	KindPolicyRejected, KindDomainNotFound, KindSyntaxError, KindServiceUnavailable,
	KindConnectionFailed, KindTimeout, KindTLSFailed, KindPOPFailed,
	KindInvalidConfig, KindUnknown,
}

// Stage names the step of an SMTP (or POP3) session a failure came from.
type Stage string

// The stages of a session, in the order they happen.
const (
	StageConfig   Stage = "config"
	StageConnect  Stage = "connect"
	StageGreeting Stage = "greeting"
	StageEHLO     Stage = "ehlo"
	StageStartTLS Stage = "starttls"
	StageAuth     Stage = "auth"
	StageMail     Stage = "mail"
	StageRcpt     Stage = "rcpt"
	StageData     Stage = "data"
	StageQuit     Stage = "quit"
	StagePOP      Stage = "pop"
)

// sentinel is the type of the per-kind sentinel errors. It is unexported so
// that the only values of it are the ones below.
type sentinel struct{ kind Kind }

func (s *sentinel) Error() string { return "taskmail: " + string(s.kind) }

// Sentinels, one per kind. errors.Is(err, ErrRelayDenied) reports whether
// err is, wraps, or (through a multierror) contains an *Error of that kind.
var (
	ErrRelayDenied        error = &sentinel{KindRelayDenied}
	ErrAuthRequired       error = &sentinel{KindAuthRequired}
	ErrAuthFailed         error = &sentinel{KindAuthFailed}
	ErrTLSRequired        error = &sentinel{KindTLSRequired}
	ErrSenderRejected     error = &sentinel{KindSenderRejected}
	ErrRecipientUnknown   error = &sentinel{KindRecipientUnknown}
	ErrMailboxFull        error = &sentinel{KindMailboxFull}
	ErrMailboxDisabled    error = &sentinel{KindMailboxDisabled}
	ErrMessageTooLarge    error = &sentinel{KindMessageTooLarge}
	ErrRateLimited        error = &sentinel{KindRateLimited}
	ErrGreylisted         error = &sentinel{KindGreylisted}
	ErrBlocked            error = &sentinel{KindBlocked}
	ErrPolicyRejected     error = &sentinel{KindPolicyRejected}
	ErrDomainNotFound     error = &sentinel{KindDomainNotFound}
	ErrSyntaxError        error = &sentinel{KindSyntaxError}
	ErrServiceUnavailable error = &sentinel{KindServiceUnavailable}
	ErrConnectionFailed   error = &sentinel{KindConnectionFailed}
	ErrTimeout            error = &sentinel{KindTimeout}
	ErrTLSFailed          error = &sentinel{KindTLSFailed}
	ErrPOPFailed          error = &sentinel{KindPOPFailed}
	ErrInvalidConfig      error = &sentinel{KindInvalidConfig}
	ErrUnknown            error = &sentinel{KindUnknown}
)

// Sentinel returns the sentinel error for k, or ErrUnknown for a kind this
// package does not know.
func (k Kind) Sentinel() error {
	for _, s := range []error{
		ErrRelayDenied, ErrAuthRequired, ErrAuthFailed, ErrTLSRequired,
		ErrSenderRejected, ErrRecipientUnknown, ErrMailboxFull, ErrMailboxDisabled,
		ErrMessageTooLarge, ErrRateLimited, ErrGreylisted, ErrBlocked,
		ErrPolicyRejected, ErrDomainNotFound, ErrSyntaxError, ErrServiceUnavailable,
		ErrConnectionFailed, ErrTimeout, ErrTLSFailed, ErrPOPFailed,
		ErrInvalidConfig, ErrUnknown,
	} {
		if s.(*sentinel).kind == k {
			return s
		}
	}
	return ErrUnknown
}

// Hint is one remediation step: a short imperative sentence and, where one
// exists, the config field path that would change the outcome (for example
// "Auth.Username", "POPBeforeSMTP", "HeloName", "Sender").
type Hint struct {
	Text  string `json:"text"`            // what to do, one sentence
	Field string `json:"field,omitempty"` // the config field that changes it, "" when none
}

// String returns the hint's sentence, followed by the option it concerns.
func (h Hint) String() string {
	if h.Field == "" {
		return h.Text
	}
	return h.Text + " (option: " + h.Field + ")"
}

// Error is a classified mail failure. Every failure a caller of taskmail can
// see is an *Error, or a multierror of them.
type Error struct {
	Kind      Kind   // the class of failure
	Code      int    // basic SMTP reply code (e.g. 554), 0 when there was no reply
	Enhanced  string // enhanced status code (e.g. "5.7.1"), "" when absent
	Text      string // the server's words, without codes
	Stage     Stage  // the step of the session the failure came from
	Recipient string // the recipient concerned, for RCPT-stage failures
	Server    string // host:port of the server
	Temporary bool   // whether trying again later may succeed
	Hints     []Hint // remediation steps, most likely first
	Err       error  // the underlying cause, if any

	// Wait is the least wait before a retry that the sender knew of when
	// it returned this failure: for a greylisting, retry.greylist_delay.
	// 0 when it knew none. RetryAfter combines it with a wait the server's
	// own words name; engines should call RetryAfter.
	Wait time.Duration

	// Evidence says what decided Kind, for a person to judge and a
	// maintainer to debug: the words found ("'over quota' in the text"),
	// the code ("enhanced code 5.1.1", "basic code 550 at rcpt") or the
	// stage. It is "" for errors not classified from a reply.
	Evidence string
}

// Error returns one readable line: kind, stage, server, recipient, the reply
// or the cause. It never contains credentials.
func (e *Error) Error() string {
	var b strings.Builder
	writeLine(&b, string(e.Kind))
	if e.Stage != "" {
		b.WriteString(" at ")
		writeLine(&b, string(e.Stage))
	}
	if e.Server != "" {
		b.WriteString(" on ")
		writeLine(&b, e.Server)
	}
	if e.Recipient != "" {
		b.WriteString(" for <")
		writeLine(&b, e.Recipient)
		b.WriteString(">")
	}
	b.WriteString(": ")
	switch {
	case e.Code != 0:
		b.WriteString(strconv.Itoa(e.Code))
		if e.Enhanced != "" {
			b.WriteString(" ")
			writeLine(&b, e.Enhanced)
		}
		if e.Text != "" {
			b.WriteString(" ")
			writeLine(&b, e.Text)
		}
	case e.Text != "":
		writeLine(&b, e.Text)
	case e.Err != nil:
		writeLine(&b, e.Err.Error())
	default:
		b.WriteString("failed")
	}
	return b.String()
}

// writeLine writes s with every CR and LF replaced by a space, so that
// Error() stays one line whatever a server or a wrapped error put in it.
func writeLine(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+1:]
	}
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error { return e.Err }

// Is reports whether target is the sentinel of e's kind, so that
// errors.Is(err, ErrRelayDenied) works.
func (e *Error) Is(target error) bool {
	s, ok := target.(*sentinel)
	return ok && s.kind == e.Kind
}

// IsTemporary reports whether err is, wraps or contains a temporary *Error.
// A multierror is temporary only when every *Error in it is.
func IsTemporary(err error) bool {
	errs := All(err)
	if len(errs) == 0 {
		return false
	}
	for _, e := range errs {
		if !e.Temporary {
			return false
		}
	}
	return true
}

// KindOf returns the kind of the first *Error in err's chain, or "" when
// err is nil, or KindUnknown when err holds no *Error.
func KindOf(err error) Kind {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindUnknown
}

// All returns every *Error in err: err itself, what it wraps, and the
// members of any multierror (anything with Unwrap() []error or
// WrappedErrors() []error) in it, depth first.
func All(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		for err != nil {
			if e, ok := err.(*Error); ok {
				out = append(out, e)
				return
			}
			switch x := err.(type) {
			case interface{ WrappedErrors() []error }:
				for _, c := range x.WrappedErrors() {
					walk(c)
				}
				return
			case interface{ Unwrap() []error }:
				for _, c := range x.Unwrap() {
					walk(c)
				}
				return
			}
			err = errors.Unwrap(err)
		}
	}
	walk(err)
	return out
}
