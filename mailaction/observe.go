package mailaction

import (
	"context"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// Observer is told about the steps of a Sender's sends and of a Notifier's
// work, for metrics and traces (integrations/otel records them with
// OpenTelemetry). Like net/http/httptrace.ClientTrace it is a struct of
// functions, any of which may be nil; pass it with WithObserver.
//
// The functions are called on the goroutine doing the work, while it
// waits: they must return quickly, must not block, and must be safe for
// concurrent use (a Sender sends on several connections at once). The
// values they get are theirs to read, not to change: Result and errors
// are the ones Send returns. A Sender or Notifier without an Observer
// pays one nil check per step and allocates nothing for it.
//
// Addresses appear in RecipientInfo, as the server saw them; an observer
// that exports them should say so (integrations/otel keeps only the
// domain unless asked).
type Observer struct {
	// SendStart is called when Send starts. The context it returns (ctx
	// when it returns nil) is the one the send goes on with, so that a
	// tracer can put its span there; every later call for this send gets
	// it.
	SendStart func(ctx context.Context, info SendStartInfo) context.Context
	// Connected is called when a new connection was dialled, or failed
	// to be; a reused pooled connection is not dialled again.
	Connected func(ctx context.Context, info ConnectInfo)
	// TLSDone is called after the TLS handshake (implicit TLS or
	// STARTTLS).
	TLSDone func(ctx context.Context, info TLSInfo)
	// AuthDone is called after AUTH, when the options ask for it.
	AuthDone func(ctx context.Context, info AuthInfo)
	// RecipientDone is called once per recipient of an attempt, after the
	// transaction's replies were read.
	RecipientDone func(ctx context.Context, info RecipientInfo)
	// DataDone is called when the message was sent (DATA or BDAT) and the
	// server answered, or the transaction failed at that stage.
	DataDone func(ctx context.Context, info DataInfo)
	// AttemptDone is called at the end of each attempt (one transaction,
	// or a failure to get a connection for it).
	AttemptDone func(ctx context.Context, info AttemptInfo)
	// SendDone is called when Send returns, with what it returns.
	SendDone func(ctx context.Context, info SendDoneInfo)

	// FailureReceived is called when Notify accepted a failure.
	FailureReceived func(info FailureInfo)
	// Spooled is called when Notify wrote a failure to the spool, or
	// failed to (Err).
	Spooled func(info SpoolInfo)
	// Folded is called when the storm control turned failures into a
	// notice to mail: the first of a kind at once (failed,
	// still-failing), the ones folded together after it (repeated), a
	// recovery, or notices held back by the rate limit (digest).
	Folded func(info NoticeInfo)
	// Mailed is called when the server accepted a notification mail.
	Mailed func(info NoticeInfo)
	// Dropped is called when failures will not be mailed by this
	// Notifier: a mail the server refused permanently, or what Close
	// gave up on (Kind empty). With a spool they stay on disk for the
	// next one.
	Dropped func(info NoticeInfo)
}

// SendStartInfo describes a send that starts.
type SendStartInfo struct {
	Server string // host:port
}

// ConnectInfo describes a dial.
type ConnectInfo struct {
	Server   string
	Duration time.Duration
	Err      *mailerrors.Error // nil when connected
}

// TLSInfo describes a TLS handshake.
type TLSInfo struct {
	Implicit bool              // TLS from the first byte, not STARTTLS
	Version  uint16            // tls.VersionTLS13, ...; 0 when it failed
	Err      *mailerrors.Error // nil when it succeeded
}

// AuthInfo describes an AUTH exchange.
type AuthInfo struct {
	Mechanism string            // "PLAIN", "LOGIN", ...; "" when none could be chosen
	Err       *mailerrors.Error // nil when the server accepted the credentials
}

// RecipientInfo is the server's answer for one recipient.
type RecipientInfo struct {
	Recipient string
	Accepted  bool
	Err       *mailerrors.Error // the refusal (Code, Enhanced, Kind) when not accepted
}

// DataInfo describes the sending of the message itself.
type DataInfo struct {
	Delivered bool              // the server took the message (250)
	Response  string            // its reply when it did
	Err       *mailerrors.Error // the failure at this stage
}

// AttemptInfo describes one attempt of a send.
type AttemptInfo struct {
	Attempt   int // 1 for the first
	Accepted  int // recipients accepted in this attempt
	Rejected  int // recipients refused in this attempt
	Delivered bool
	Ambiguous bool              // the connection was lost after the whole message went
	Err       *mailerrors.Error // a failure of the whole attempt (connection, MAIL, DATA)
}

// SendDoneInfo is what Send returns.
type SendDoneInfo struct {
	Result *Result
	Err    error // nil, an *mailerrors.Error or a multierror of them
}

// FailureInfo describes a failure Notify accepted.
type FailureInfo struct {
	Task       string
	Overflowed bool // the queue was full: counted into a later mail
}

// SpoolInfo describes a spool write.
type SpoolInfo struct {
	Task string
	Err  error
}

// NoticeInfo describes a notice or a notification mail.
type NoticeInfo struct {
	Kind      NoticeKind
	Task      string // "" for a digest
	Failures  int    // failures it accounts for
	Parts     int    // notices in a digest
	MessageID string // "" before rendering
	Attempts  int    // sends tried, for Mailed and Dropped
	Err       error  // why it was dropped
}

// WithObserver sets the Observer of a Sender, SendEmail or a Notifier.
// The Notifier's observer sees the notifier's steps only; give the Sender
// it mails through one too to see the sends.
func WithObserver(o *Observer) Option { return func(opts *options) { opts.observer = o } }

// QueueDepth returns how many events (failures, successes) wait in the
// Notifier's queue for its loop.
func (n *Notifier) QueueDepth() int {
	n.queue.mu.Lock()
	defer n.queue.mu.Unlock()
	return len(n.queue.buf)
}

// noticeInfo describes no for an observer.
func noticeInfo(no *notice) NoticeInfo {
	return NoticeInfo{Kind: no.kind, Task: no.task, Failures: no.count, Parts: len(no.parts)}
}

// mailInfo describes a notification mail for an observer.
func mailInfo(m *outMail, err error) NoticeInfo {
	ni := noticeInfo(m.notice)
	ni.MessageID, ni.Attempts, ni.Err = m.msg.MessageID, m.attempts, err
	return ni
}

// The notifier's calls of its observer, each a nil check when there is
// none.

func (n *Notifier) observeReceived(task string, overflowed bool) {
	if o := n.obs; o != nil && o.FailureReceived != nil {
		o.FailureReceived(FailureInfo{Task: task, Overflowed: overflowed})
	}
}

func (n *Notifier) observeSpooled(task string, err error) {
	if o := n.obs; o != nil && o.Spooled != nil {
		o.Spooled(SpoolInfo{Task: task, Err: err})
	}
}

func (n *Notifier) observeFolded(no *notice) {
	if o := n.obs; o != nil && o.Folded != nil {
		o.Folded(noticeInfo(no))
	}
}

func (n *Notifier) observeMailed(m *outMail) {
	if o := n.obs; o != nil && o.Mailed != nil {
		o.Mailed(mailInfo(m, nil))
	}
}

func (n *Notifier) observeDropped(m *outMail, err error) {
	if o := n.obs; o != nil && o.Dropped != nil {
		o.Dropped(mailInfo(m, err))
	}
}

func (n *Notifier) observeLost(failures int64, err error) {
	if o := n.obs; o != nil && o.Dropped != nil {
		o.Dropped(NoticeInfo{Failures: int(failures), Err: err})
	}
}
