package smtptest

import (
	"log/slog"
	"strconv"
	"time"
)

// Reply is a scripted server reply.
type Reply struct {
	Code     int    // e.g. 554
	Enhanced string // e.g. "5.7.1"
	Text     string // e.g. "<a@b.example>: Relay access denied"
}

// Stage names the command a Rule or Fault applies to.
type Stage string

// The stages a rule or fault can be attached to.
const (
	StageGreeting Stage = "greeting"
	StageEHLO     Stage = "ehlo"
	StageAuth     Stage = "auth"
	StageMail     Stage = "mail"
	StageRcpt     Stage = "rcpt"
	StageData     Stage = "data" // the reply after the message's final "."
)

// Rule replaces the server's normal reply to a command.
type Rule struct {
	Stage Stage
	Match string // case-insensitive substring of the command's argument (an address; see the package doc per stage); "" matches every command at Stage
	Reply Reply
	Times int // how many matching commands get this reply; 0: all
}

// FaultKind is an injected failure.
type FaultKind int

// The faults.
const (
	FaultDrop  FaultKind = iota + 1 // close the connection without a reply
	FaultStall                      // say nothing for Fault.Delay (0: until Close)
	Fault421                        // reply "421 4.3.2 Service shutting down" and close

	// Fault421KeepOpen replies "421 4.3.2 Service shutting down" but keeps
	// the connection open and goes on answering, as some servers and
	// proxies do although RFC 5321 §3.8 says to close. A client must not
	// reuse a connection after a 421; with servers that close, a client
	// that does fails its next transaction and retries, which hides the
	// mistake; this fault makes it visible.
	Fault421KeepOpen
)

// Fault injects a failure at a stage.
type Fault struct {
	Stage Stage
	Kind  FaultKind
	Delay time.Duration
	Times int // how many times; 0: always
}

// Config describes the fake server. The zero value accepts any mail, plain
// text, no auth.
type Config struct {
	Hostname    string            // greeting and EHLO name; default "mx.smtptest.test"
	Domains     []string          // local domains; when set, other recipients need AUTH or get "554 5.7.1 <rcpt>: Relay access denied"
	Users       map[string]string // username -> password for AUTH PLAIN and LOGIN
	StartTLS    bool              // offer STARTTLS with a generated certificate for 127.0.0.1/localhost
	RequireTLS  bool              // "530 5.7.0 Must issue a STARTTLS command first" before STARTTLS
	Implicit    bool              // TLS from the first byte
	RequireAuth bool              // "530 5.7.0 Authentication required" at MAIL without AUTH
	SenderLogin bool              // authenticated users may only send as themselves: 553 5.7.1 ... not owned by user
	MaxSize     int64             // SIZE limit; 0: none
	Greylist    int               // the first N attempts per (sender, recipient) get 451 4.7.1 greylisted
	Rules       []Rule
	Faults      []Fault
	Latency     time.Duration // added before every reply (a slow or distant server)

	// Mailboxes lists the local addresses that exist. When set, a recipient
	// in a local domain that is not listed gets "550 5.1.1 <rcpt>: Recipient
	// address rejected: User unknown in virtual mailbox table". Empty: every
	// local address exists. Without Domains every domain is local.
	Mailboxes []string

	// AllowInsecureAuth offers and accepts AUTH before STARTTLS. By default,
	// when StartTLS is set, AUTH is offered only once TLS is active (like
	// Postfix with smtpd_tls_auth_only = yes) and an early AUTH gets "530
	// 5.7.0 Must issue a STARTTLS command first". Without StartTLS or
	// Implicit, AUTH is always offered in plain text.
	AllowInsecureAuth bool

	// AuthMechs lists the SASL mechanisms offered, in order; default
	// PLAIN and LOGIN (the only two the fake implements).
	AuthMechs []string

	// DisablePipelining leaves PIPELINING out of the EHLO reply.
	DisablePipelining bool

	// SMTPUTF8 offers SMTPUTF8 (RFC 6531): addresses with non-ASCII
	// local parts are then accepted with MAIL FROM's SMTPUTF8 parameter.
	SMTPUTF8 bool

	// EHLOReject, when set, is the reply to every EHLO and HELO, e.g.
	// {501, "5.5.4", "Syntax: HELO hostname"} or {550, "5.7.1", "Helo command rejected: Host not found"}.
	EHLOReject *Reply

	// SenderRejectAtMail makes SenderLogin refuse at MAIL FROM (Postfix with
	// smtpd_delay_reject = no) instead of at the first RCPT TO (the
	// Postfix default).
	SenderRejectAtMail bool

	// BadCertificate makes the TLS certificate one a client must refuse.
	BadCertificate CertProblem

	// Logger receives go-smtp's internal errors at debug level; nil: discarded.
	Logger *slog.Logger
}

// CertProblem is a defect of the server's certificate, for tests of
// certificate verification.
type CertProblem int

// The certificate defects.
const (
	CertOK        CertProblem = iota // valid for 127.0.0.1, ::1 and localhost, trusted by CertPool
	CertWrongName                    // trusted, but issued for wrong.smtptest.test only
	CertExpired                      // trusted and for the right names, but expired yesterday
	CertUntrusted                    // for the right names, but CertPool trusts another certificate
)

// Received is a message the server accepted.
type Received struct {
	From     string
	To       []string
	Data     []byte
	Helo     string
	AuthUser string
	TLS      bool
}

// String returns the defect's name, e.g. "expired".
func (p CertProblem) String() string {
	switch p {
	case CertOK:
		return "ok"
	case CertWrongName:
		return "wrong-name"
	case CertExpired:
		return "expired"
	case CertUntrusted:
		return "untrusted"
	}
	return "CertProblem(" + strconv.Itoa(int(p)) + ")"
}
