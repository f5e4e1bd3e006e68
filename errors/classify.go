package errors

import "time"

// Reply is a parsed SMTP reply.
type Reply struct {
	Code     int      // basic code, e.g. 554; 0 if none could be read
	Enhanced string   // enhanced status code, e.g. "5.7.1"; "" if absent
	Text     string   // the text of all lines without codes, joined by " "
	Lines    []string // the raw lines
}

// Parse splits a raw reply (one or several lines, "554-..." continuation
// lines allowed) into code, enhanced code and text.
// TODO(errors helper): implement.
func Parse(reply string) (Reply, error) { panic("unimplemented") }

// Classify returns the *Error for reply received at stage. It never
// returns nil.
// TODO(errors helper): implement.
func Classify(stage Stage, reply string) *Error { panic("unimplemented") }

// ClassifyReply is Classify for an already parsed reply.
func ClassifyReply(stage Stage, r Reply) *Error { panic("unimplemented") }

// FromError classifies any error met at stage: a *textproto.Error (read code
// and message from the value, never from Error()), a net.Error, a timeout or
// context deadline, a TLS/x509 failure, io.EOF/connection reset, or an
// *Error (returned as is, with Stage filled if empty). It returns nil for a
// nil err. The result wraps err.
func FromError(stage Stage, err error) *Error { panic("unimplemented") }

// New returns an *Error of kind at stage wrapping cause, with the kind's
// default temporariness and generic hints.
func New(kind Kind, stage Stage, cause error) *Error { panic("unimplemented") }

// Options is what the hints need to know of the options a send actually
// used. mailaction and diagnose fill it from config.SMTP; it holds no
// secrets.
type Options struct {
	Host              string
	Port              int
	TLSMode           string // "starttls", "starttls-opportunistic", "implicit", "none"
	AuthConfigured    bool   // a username (and password or token) was set
	AuthMechanism     string
	Username          string
	From              string
	Sender            string // envelope sender actually used
	HeloName          string // "" when the default was used
	POPConfigured     bool
	POPLastCheck      time.Time // zero when POP was never run
	POPWindow         time.Duration
	AllowInsecureAuth bool
	Now               time.Time // for "the POP check ran N minutes ago"; zero: time.Now
}

// HintsFor returns the hints for kind, most likely first given o. A nil o
// gives the generic order.
func HintsFor(kind Kind, o *Options) []Hint { panic("unimplemented") }

// Refine replaces e.Hints with HintsFor(e.Kind, &o) and returns e.
func (e *Error) Refine(o Options) *Error { e.Hints = HintsFor(e.Kind, &o); return e }
