package mailaction

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v4"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// Mailer sends one message. *Sender satisfies it; tests use fakes.
type Mailer interface {
	Send(ctx context.Context, msg *Message) (*Result, error)
}

// Failure is a failed run of a task, as a task runner reports it.
type Failure struct {
	Task       string            // the task's name; failures are grouped by it
	Step       string            // the step that failed, if the task has steps
	Err        error             // what went wrong
	Start, End time.Time         // when the run started and ended; End defaults to when Notify is called
	Attempt    int               // which attempt of the task this was (1 for the first), 0 if unknown
	Host       string            // where it ran; default: this host's name
	Attributes map[string]string // free-form details (run id, commit, URL, ...)
	LogExcerpt string            // the end of the task's log, if there is one
}

// ErrNotifierClosed is returned by Notify and Succeeded after Close.
var ErrNotifierClosed = errors.New("mailaction: notifier is closed")

// NotifierOption changes how a Notifier behaves. Every Option (WithLogger,
// WithClock, ...) is one, as are WithTemplates and WithResendBackoff.
type NotifierOption interface {
	applyNotifier(*notifierOptions)
}

type notifierOptions struct {
	base          []Option
	templates     Templates
	host          string
	resendInitial time.Duration
	resendMax     time.Duration
	spool         spoolOptions
	onError       func(*NotificationError)
}

func (o Option) applyNotifier(n *notifierOptions) { n.base = append(n.base, o) }

type notifierOptionFunc func(*notifierOptions)

func (f notifierOptionFunc) applyNotifier(n *notifierOptions) { f(n) }

// WithTemplates replaces the templates the notification mails are rendered
// from; nil fields keep the defaults.
func WithTemplates(t Templates) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.templates = t })
}

// WithHostname sets the host name filled into failures that have none and
// shown in the mails; the default is os.Hostname.
func WithHostname(host string) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.host = host })
}

// WithResendBackoff sets how long the notifier waits before sending again
// after a mail could not be sent (after the Mailer's own retries): initial
// doubles on each failure, up to max. The defaults are 30s and 15m.
func WithResendBackoff(initial, max time.Duration) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.resendInitial, n.resendMax = initial, max })
}

// WithErrorHandler sets a function the notifier calls, on its own
// goroutine, each time a notification mail could not be sent (after the
// Mailer's own retries): with a temporary error (it will be tried again)
// or a permanent one (it is dead: see Notifier). It must return quickly;
// a panic in it is recovered and logged. Mails that reached some of their
// recipients are not failures: their refused recipients are only logged.
func WithErrorHandler(h func(*NotificationError)) NotifierOption {
	return notifierOptionFunc(func(n *notifierOptions) { n.onError = h })
}

// ErrNotificationsRefused is wrapped by Close's error when the server
// refused some notification mails permanently (they are dead: see
// Notifier). The error wraps the server's refusal too, so errors.Is finds
// its kind (mailerrors.ErrRelayDenied, ...).
var ErrNotificationsRefused = errors.New("mailaction: notification mails refused permanently")

// NotificationError is a notification mail that could not be sent, as
// given to the function of WithErrorHandler.
type NotificationError struct {
	Notice    NoticeKind        // what the mail was about
	Task      string            // its task, "" for a digest
	Failures  int               // the failures it accounts for
	MessageID string            // its Message-ID, kept by every try
	Attempts  int               // how many times the notifier tried it (each try is a Mailer.Send)
	Dead      bool              // refused permanently: not tried again until a new Notifier starts
	RetryIn   time.Duration     // when not Dead: how long until the next try
	Err       *mailerrors.Error // the Mailer's error as a mail error (the first, when there are several)
	Cause     error             // the Mailer's error as returned
}

// Error returns one line: the notice, its task and the mail error.
func (e *NotificationError) Error() string {
	what := "will try again in " + e.RetryIn.String()
	if e.Dead {
		what = "refused permanently; not tried again until restart"
	}
	task := ""
	if e.Task != "" {
		task = " for " + e.Task
	}
	return fmt.Sprintf("mailaction: %s mail%s not sent (%s): %v", e.Notice, task, what, e.Cause)
}

// Unwrap returns the Mailer's error, so that errors.Is and mailerrors.All
// see its kinds.
func (e *NotificationError) Unwrap() error { return e.Cause }

// NotifierStats counts what a Notifier did. Once Close returned nil,
// Accounted equals Notified plus Restored.
type NotifierStats struct {
	Notified   int64 // failures passed to Notify and accepted
	Restored   int64 // failures read back from the spool at start
	Overflowed int64 // failures that found the queue full (counted, not lost)
	Mails      int64 // mails the server accepted
	Accounted  int64 // failures covered by the mails the server accepted
	SendErrors int64 // sends that failed (each is tried again later, unless refused permanently)
	Dead       int64 // failures in mails the server refused permanently: not tried again until a new Notifier starts
}

// Notifier mails failures of tasks to the people who look after them
// (config.Notifier.To), without ever making the task wait on the network
// and without flooding them. A task runner calls Notify when a task fails
// and Succeeded when it runs well, or wraps the task with Wrap.
//
// Storm control: failures with the same fingerprint (task, mail error kind,
// and error text with numbers, ids, UUIDs and addresses blanked out) are
// folded: the first is mailed at once, later ones within FoldWindow are
// counted and mailed together as one "still failing (N more times)" mail
// that says when the first and last happened. At most RateLimit mails go
// out per RateInterval; what is over the limit waits and goes out as one
// digest listing every folded failure when the limit allows. A task that
// was failing and succeeds gets a "fixed" mail (unless Recovered is
// false); a failing task's new kind of failure is "still failing". Every
// mail carries the headers X-Taskmail-Notice (its NoticeKind) and
// X-Taskmail-Failures (how many failures it accounts for): the counts of
// all mails add up to the failures notified.
//
// Notify puts a failure on a bounded queue (QueueSize). When the queue is
// full, Notify still returns at once: the failure is counted against its
// task and reported in a later mail (with a spool, read back from disk in
// full), and the notifier logs how many that happened to.
//
// Without a spool folder, failures that are not yet mailed live only in
// memory: they are lost if the process dies or Close gives up. With one
// (config.Notifier.Spool), every failure is on disk before Notify returns
// and stays there until a mail covering it was accepted; a new Notifier on
// the same folder sends what a previous process left, folded like new
// failures. Delivery is then at least once: a crash right after a mail
// was accepted sends its failures again. Only one Notifier at a time may
// use a spool folder: NewNotifier fails with ErrSpoolInUse while another
// holds it (on Unix systems, by a lock the system drops when the process
// ends, however it ends), and Close releases it. Whether a task was
// failing is kept in memory only, and only for a while: a task with no
// failure for max(6×FoldWindow, 1h) after its last fold window closed is
// forgotten, so its next failure is "failed" again and a later success
// sends no "fixed" mail.
//
// A mail the Mailer could not send (after its own retries) is logged with
// its error kind, given to the WithErrorHandler function if there is one,
// and tried again later, with exponential backoff (see WithResendBackoff),
// for as long as the Notifier runs, with the same Message-ID. Every failed
// send waits for the backoff, an ambiguous one too (the server took the
// message but its reply to the final dot never came: trying again at once
// would mail the same notice over and over). A mail the server refused
// permanently (a *mailerrors.Error that is not Temporary, such as
// relay_denied) is dead instead: it is not tried again, its failures are
// counted in Stats.Dead and Close returns an error wrapping
// ErrNotificationsRefused and the refusal. With a spool, a dead mail's
// failures stay on disk, so the next Notifier on the folder (after a
// restart, with corrected options) mails them. A mail that reached some
// of its recipients (Result.Accepted not empty, as under the best-effort
// recipient policy) counts as sent and is not sent again, so that nobody
// gets it twice; the refused recipients are logged with their error kinds.
//
// The notifier logs what goes wrong (a mail not sent, a spool problem, a
// full queue) through the logger of WithLogger; without one, its warnings
// and errors go to slog.Default().
//
// A Notifier is safe for concurrent use.
type Notifier struct {
	mailer Mailer
	cfg    config.Notifier
	log    *slog.Logger
	now    func() time.Time
	host   string
	tmpl   Templates
	spool  *spool

	// Notify and Succeeded hold mu for reading while they queue, Close
	// holds it for writing to stop them.
	mu     sync.RWMutex
	closed bool
	queue  eventQueue

	// What found the queue full, for the loop to pick up.
	ovMu        sync.Mutex
	ovCounts    map[string]int       // task -> failures without a spool
	ovIDs       []string             // spooled failures
	ovSucceeded map[string]time.Time // task -> when it succeeded
	wake        chan struct{}

	closing    chan struct{} // closed by Close: flush, then stop
	abort      chan struct{} // closed when Close's context is done: stop now
	abortClose sync.Once
	done       chan struct{} // closed when the loop returned
	closeErr   error         // set by the loop before done

	notified, restored, overflowed atomic.Int64
	mails, accounted, sendErrors   atomic.Int64
	dead                           atomic.Int64 // failures in mails refused permanently

	onError func(*NotificationError)
	obs     *Observer // nil: none

	// Owned by the loop goroutine.
	fold       *folder
	outbox     []*outMail
	inflight   *outMail
	sendDone   chan sendOutcome
	batch      []notifierEvent // the queue's other buffer
	gate       time.Time       // no send before
	ovUnlogged int             // failures that found the queue full, not yet logged
	ovLastLog  time.Time
	unread     int // spooled failures not yet read back when Close gave up
	bo         *backoff.ExponentialBackOff
	deadMails  int   // mails refused permanently, not tried again
	deadErr    error // the first permanent refusal, for Close's error
	sendCtx    context.Context
	cancel     context.CancelFunc
}

// eventQueue is the bounded queue between Notify and the loop. It is a
// slice under a mutex rather than a channel so that the loop is woken once
// per batch, not once per failure: under a storm, waking a parked
// goroutine for every send is what a task would pay for most.
type eventQueue struct {
	mu  sync.Mutex
	buf []notifierEvent
	max int
}

type pushResult int

const (
	queued        pushResult = iota
	queueWasEmpty            // queued, and the loop must be woken
	queueFull                // not queued
)

func (q *eventQueue) push(ev notifierEvent) pushResult {
	q.mu.Lock()
	defer q.mu.Unlock()
	switch {
	case len(q.buf) >= q.max:
		return queueFull
	case len(q.buf) == 0:
		q.buf = append(q.buf, ev)
		return queueWasEmpty
	}
	q.buf = append(q.buf, ev)
	return queued
}

// take returns the queued events and keeps spare (emptied) as the new
// buffer.
func (q *eventQueue) take(spare []notifierEvent) []notifierEvent {
	q.mu.Lock()
	defer q.mu.Unlock()
	b := q.buf
	q.buf = spare[:0]
	return b
}

type notifierEvent struct {
	entry     *failureEntry // a failure, or
	succeeded string        // a task that succeeded
	at        time.Time
}

type outMail struct {
	notice   *notice
	msg      *Message
	attempts int
}

// sendOutcome is what the Mailer said about the mail in flight.
type sendOutcome struct {
	res *Result
	err error
}

// delivered reports whether the mail reached anyone: every recipient (no
// error), or some of them (the best-effort policy: the error names the
// others). A mail that reached some recipients is not sent again, so that
// they do not get it twice.
func (o sendOutcome) delivered() bool {
	return o.err == nil || o.res != nil && len(o.res.Accepted) > 0
}

// NewNotifier returns a Notifier that sends through m to the recipients in
// cfg, and starts its background loop. With cfg.Spool set, it creates the
// folder if needed and sends what a previous run left in it. Call Close to
// flush and stop.
func NewNotifier(m Mailer, cfg config.Notifier, opts ...NotifierOption) (*Notifier, error) {
	if m == nil {
		return nil, &mailerrors.Error{Kind: mailerrors.KindInvalidConfig, Stage: mailerrors.StageConfig,
			Text: "notifier: no Mailer", Hints: []mailerrors.Hint{{Text: "pass a *Sender (NewSender) to NewNotifier"}}}
	}
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	no := notifierOptions{resendInitial: 30 * time.Second, resendMax: 15 * time.Minute}
	for _, o := range opts {
		if o != nil {
			o.applyNotifier(&no)
		}
	}
	base := newOptions(no.base)
	if !loggerSet(no.base) {
		base.logger = slog.New(warnHandler{})
	}
	if no.host == "" {
		no.host, _ = os.Hostname()
	}
	n := &Notifier{
		mailer:      m,
		cfg:         cfg,
		log:         base.logger,
		now:         base.now,
		host:        no.host,
		tmpl:        no.templates.withDefaults(),
		queue:       eventQueue{max: cfg.QueueSize},
		ovCounts:    make(map[string]int),
		ovSucceeded: make(map[string]time.Time),
		wake:        make(chan struct{}, 1),
		closing:     make(chan struct{}),
		abort:       make(chan struct{}),
		done:        make(chan struct{}),
		sendDone:    make(chan sendOutcome, 1),
		onError:     no.onError,
		obs:         base.observer,
	}
	var restore []string
	if cfg.Spool != "" {
		s, ids, err := openSpool(cfg.Spool, no.spool.with(base.logger, base.now))
		if err != nil {
			return nil, err
		}
		n.spool, restore = s, ids
	}
	n.fold = newFolder(cfg.FoldWindow, cfg.RateLimit, cfg.RateInterval, cfg.RecoveredEnabled(), n.enqueue)
	n.bo = backoff.NewExponentialBackOff(
		backoff.WithInitialInterval(no.resendInitial),
		backoff.WithMaxInterval(no.resendMax),
		backoff.WithMaxElapsedTime(0), // keep trying: the failures are kept, not given up
	)
	n.sendCtx, n.cancel = context.WithCancel(context.Background())
	go n.run(restore)
	return n, nil
}

// Notify records a failure and returns without waiting for the network:
// the mail is sent in the background, folded with others like it and
// within the rate limit. With a spool, the failure is on disk when Notify
// returns; an error then means it could not be written (it is still queued
// in memory). When the queue is full, the failure is counted and reported
// in a later mail rather than queued (with a spool it is read back from
// disk), so Notify never blocks.
//
// ctx is not used to cancel: a task that failed because its context ended
// still gets its failure recorded. Notify copies f.Attributes; it keeps
// f.Err and calls its Error method later, from another goroutine, so the
// error must not change after Notify. An error whose Error (or Unwrap, or
// As) method panics, such as a typed nil pointer, is mailed with a text
// that says so ("(error text unavailable: Error() panicked: ...)"); the
// panic is recovered.
func (n *Notifier) Notify(ctx context.Context, f Failure) error {
	now := n.now()
	if f.Host == "" {
		f.Host = n.host
	}
	if f.End.IsZero() {
		f.End = now
	}
	e := &failureEntry{f: f, at: now, weight: 1}
	if len(f.Attributes) > 0 {
		// Copied, as the caller may change its map; a slice is cheaper
		// to build than a map clone.
		e.attrs = make([]Attribute, 0, len(f.Attributes))
		for k, v := range f.Attributes {
			e.attrs = append(e.attrs, Attribute{k, v})
		}
	}
	e.f.Attributes = nil
	var err error
	if n.spool != nil {
		if n.isClosed() {
			return ErrNotifierClosed
		}
		e.id = n.spool.newID(now)
		if err = n.spool.write(e); err != nil {
			e.id = "" // kept in memory; the spool logs its errors once per episode
		}
		n.observeSpooled(f.Task, err)
	}
	n.mu.RLock()
	if n.closed {
		n.mu.RUnlock()
		if e.id != "" {
			return fmt.Errorf("%w (the failure is spooled and will be sent by the next notifier on %s)", ErrNotifierClosed, n.cfg.Spool)
		}
		return ErrNotifierClosed
	}
	n.notified.Add(1)
	full := false
	switch n.queue.push(notifierEvent{entry: e, at: now}) {
	case queueFull:
		full = true
		n.overflow(e)
	case queueWasEmpty:
		n.poke()
	}
	n.mu.RUnlock()
	n.observeReceived(f.Task, full)
	return err
}

// overflow counts a failure that found the queue full. Called with mu held
// for reading.
func (n *Notifier) overflow(e *failureEntry) {
	n.overflowed.Add(1)
	n.ovMu.Lock()
	if e.id != "" {
		n.ovIDs = append(n.ovIDs, e.id)
	} else {
		n.ovCounts[e.f.Task]++
	}
	n.ovMu.Unlock()
	n.poke() // the loop counts them into a mail and logs how many there were

}

func (n *Notifier) poke() {
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

func (n *Notifier) isClosed() bool {
	n.mu.RLock()
	defer n.mu.RUnlock()
	return n.closed
}

// Succeeded records that task ran successfully. When the task was failing,
// its pending failures are mailed and, unless config.Notifier.Recovered is
// false, a "fixed" mail follows. Like Notify, it never waits on the
// network.
func (n *Notifier) Succeeded(ctx context.Context, task string) error {
	now := n.now()
	n.mu.RLock()
	defer n.mu.RUnlock()
	if n.closed {
		return ErrNotifierClosed
	}
	switch n.queue.push(notifierEvent{succeeded: task, at: now}) {
	case queueFull:
		n.ovMu.Lock()
		n.ovSucceeded[task] = now
		n.ovMu.Unlock()
		n.poke()
	case queueWasEmpty:
		n.poke()
	}
	return nil
}

// Stats returns what the notifier has done so far.
func (n *Notifier) Stats() NotifierStats {
	return NotifierStats{
		Notified: n.notified.Load(), Restored: n.restored.Load(), Overflowed: n.overflowed.Load(),
		Mails: n.mails.Load(), Accounted: n.accounted.Load(), SendErrors: n.sendErrors.Load(),
		Dead: n.dead.Load(),
	}
}

// Close stops taking failures, mails everything still counted or held back
// by the rate limit (the held-back notices as one digest, beyond the limit
// if need be), and waits until the server accepted it all or ctx is done.
// In the second case it returns an error wrapping ctx.Err() that says how
// many failures were not mailed: with a spool they stay on disk for the
// next start; without one they are lost. When the server refused some
// mails permanently (they are dead), Close's error wraps
// ErrNotificationsRefused and the first refusal, and says how many
// failures they held and where those are. Close returns once the background
// work has stopped; a Mailer that honours its context lets it stop at once.
// Give ctx a deadline: while the server cannot be reached, nothing else
// ends the wait. Close does not close the Mailer. Calling it again waits
// in the same way.
func (n *Notifier) Close(ctx context.Context) error {
	n.mu.Lock()
	first := !n.closed
	n.closed = true
	n.mu.Unlock()
	if first {
		close(n.closing)
	}
	select {
	case <-n.done:
		return n.closeErr
	case <-ctx.Done():
	}
	n.abortOnce()
	<-n.done
	if n.closeErr != nil {
		return fmt.Errorf("%w: %w", n.closeErr, ctx.Err())
	}
	return nil
}

func (n *Notifier) abortOnce() { n.abortClose.Do(func() { close(n.abort) }) }

// run is the loop that owns the storm-control state and the outbox.
func (n *Notifier) run(restore []string) {
	defer close(n.done)
	defer n.closeSpool() // before done: once Close returns, the folder is free
	defer n.cancel()
	defer func() { n.logOverflow(n.now()) }()
	for i, id := range restore {
		select {
		case <-n.abort: // Close gave up while a big spool was being read
			n.unread = len(restore) - i
			n.stopped()
			return
		default:
		}
		n.restored.Add(1)
		now := n.now()
		n.fold.fail(n.readSpooled(id, now), now)
	}
	if len(restore) > 0 {
		n.log.Info("taskmail notifier: sending failures left in the spool", "count", n.restored.Load())
	}
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	closing := n.closing
	flushing := false
	for {
		now := n.now()
		if !flushing {
			n.fold.advance(now)
		}
		n.pump(now)
		if flushing && n.inflight == nil && len(n.outbox) == 0 {
			n.closeErr = n.deadError()
			return
		}
		var wait <-chan time.Time
		if at := n.nextWake(flushing); !at.IsZero() {
			timer.Reset(max(at.Sub(now), 0))
			wait = timer.C
		}
		select {
		case <-n.wake:
			n.handleQueued()
			n.drainOverflow()
		case out := <-n.sendDone:
			n.sent(out)
		case <-wait:
		case <-closing:
			closing, flushing = nil, true
			n.handleQueued()
			n.drainOverflow()
			n.fold.flush(n.now())
		case <-n.abort:
			n.cancel()
			if n.inflight != nil {
				n.sent(<-n.sendDone)
			}
			n.stopped()
			return
		}
	}
}

// closeSpool releases the spool folder for the next Notifier.
func (n *Notifier) closeSpool() {
	if n.spool == nil {
		return
	}
	if err := n.spool.close(); err != nil {
		n.log.Error("taskmail notifier: spool lock not released", "spool", n.cfg.Spool, "error", err)
	}
}

// stopped records what was not mailed when Close gave up.
func (n *Notifier) stopped() {
	lost := n.notified.Load() + n.restored.Load() + int64(n.unread) - n.accounted.Load()
	if lost <= 0 {
		return
	}
	where := "lost (no spool configured)"
	if n.spool != nil {
		where = "kept in the spool for the next start"
	}
	n.closeErr = fmt.Errorf("mailaction: notifier closed with %d failures not mailed, %s", lost, where)
	if dead := n.dead.Load(); dead > 0 {
		n.closeErr = fmt.Errorf("mailaction: notifier closed with %d failures not mailed (%d of them in mails refused permanently), %s: %w",
			lost, dead, where, n.deadError())
	}
	n.log.Error("taskmail notifier: closed before everything was mailed", "failures", lost, "spooled", n.spool != nil)
	n.observeLost(lost, n.closeErr)
}

// deadError returns the error that reports the mails refused permanently,
// nil when there were none.
func (n *Notifier) deadError() error {
	if n.deadMails == 0 {
		return nil
	}
	where := "lost (no spool configured)"
	if n.spool != nil {
		where = "kept in the spool; the next notifier on " + n.cfg.Spool + " mails them again"
	}
	return fmt.Errorf("%w: %d %s accounting for %d %s, %s; first refusal: %w", ErrNotificationsRefused,
		n.deadMails, plural(n.deadMails, "mail", "mails"), n.dead.Load(), plural(int(n.dead.Load()), "failure", "failures"), where, n.deadErr)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func (n *Notifier) handle(ev notifierEvent) {
	if ev.entry != nil {
		n.fold.fail(ev.entry, n.now())
		return
	}
	n.fold.succeed(ev.succeeded, ev.at, n.now())
}

// handleQueued handles the events queued so far.
func (n *Notifier) handleQueued() {
	n.batch = n.queue.take(n.batch)
	for i := range n.batch {
		n.handle(n.batch[i])
		n.batch[i] = notifierEvent{}
	}
}

// drainOverflow takes what Notify and Succeeded could not queue.
func (n *Notifier) drainOverflow() {
	n.ovMu.Lock()
	var counts map[string]int
	var succ map[string]time.Time
	if len(n.ovCounts) > 0 {
		counts, n.ovCounts = n.ovCounts, make(map[string]int)
	}
	if len(n.ovSucceeded) > 0 {
		succ, n.ovSucceeded = n.ovSucceeded, make(map[string]time.Time)
	}
	ids := n.ovIDs
	n.ovIDs = nil
	n.ovMu.Unlock()
	if len(counts) == 0 && len(ids) == 0 && len(succ) == 0 {
		return
	}
	now := n.now()
	total := len(ids)
	for task, c := range counts {
		total += c
		n.fold.fail(&failureEntry{
			f:  Failure{Task: task, Err: errQueueFull, Host: n.host, End: now},
			at: now, weight: c,
		}, now)
	}
	for _, id := range ids {
		n.fold.fail(n.readSpooled(id, now), now)
	}
	for task, at := range succ {
		n.fold.succeed(task, at, now)
	}
	n.ovUnlogged += total
	if now.Sub(n.ovLastLog) >= overflowLogEvery {
		n.logOverflow(now)
	}
}

// readSpooled reads back the failure stored under id. One that cannot be
// read is set aside on disk (see spool.read) and stands as a placeholder
// failure that says so: it is still mailed, so that the mails account for
// every failure notified or restored.
func (n *Notifier) readSpooled(id string, now time.Time) *failureEntry {
	e, err := n.spool.read(id)
	if err == nil {
		return e
	}
	n.log.Error("taskmail notifier: spooled failure unreadable; set aside", "error", err)
	return &failureEntry{f: Failure{Task: "(unreadable spool entry)", Err: err, Host: n.host, End: now}, at: now, weight: 1}
}

// overflowLogEvery is how often, at most, a full queue is logged during a
// storm.
const overflowLogEvery = time.Minute

// logOverflow logs how many failures found the queue full since the last
// time it did.
func (n *Notifier) logOverflow(now time.Time) {
	if n.ovUnlogged == 0 {
		return
	}
	n.log.Warn("taskmail notifier: queue full; failures counted into later mails instead of queued",
		"failures", n.ovUnlogged, "queue_size", n.cfg.QueueSize, "spooled", n.spool != nil)
	n.ovUnlogged, n.ovLastLog = 0, now
}

// errQueueFull is the error of a count of failures that found the queue
// full without a spool: only their task and number are known.
var errQueueFull = errors.New("failures not detailed: the notifier's queue was full")

// enqueue renders a notice and puts it in the outbox.
func (n *Notifier) enqueue(no *notice) {
	n.observeFolded(no)
	n.outbox = append(n.outbox, n.newMail(no))
	n.compactOutbox()
}

// newMail renders a notice into a mail with its own Message-ID, which
// every later try of the mail keeps: a recipient whose server took it
// twice (see Sender.Send on a lost reply) can tell it is the same mail.
func (n *Notifier) newMail(no *notice) *outMail {
	msg := n.render(no)
	msg.MessageID = notifyMessageID(n.host)
	return &outMail{notice: no, msg: msg}
}

// notifyMessageID returns a new Message-ID, in angle brackets, in the
// domain host (localhost when host is not usable in one).
func notifyMessageID(host string) string {
	if host == "" || strings.ContainsFunc(host, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-')
	}) {
		host = "localhost"
	}
	var r [16]byte
	_, _ = rand.Read(r[:]) // crypto/rand.Read never fails
	return "<taskmail.notify." + hex.EncodeToString(r[:]) + "@" + host + ">"
}

// maxOutbox bounds the mails waiting while the server cannot be reached;
// beyond it they are merged into one digest.
const maxOutbox = 100

// compactOutbox merges the waiting mails into one digest when the server
// has been failing and too many have piled up.
func (n *Notifier) compactOutbox() {
	if len(n.outbox) <= maxOutbox || n.gate.IsZero() {
		return
	}
	notices := make([]*notice, len(n.outbox))
	for i, m := range n.outbox {
		notices[i] = m.notice
	}
	n.outbox = []*outMail{n.newMail(digestOf(notices, true))}
}

// nextWake returns when the loop has timed work, or the zero time.
func (n *Notifier) nextWake(flushing bool) time.Time {
	var t time.Time
	if !flushing {
		t = n.fold.next()
	}
	if n.inflight == nil && len(n.outbox) > 0 && !n.gate.IsZero() {
		if t.IsZero() || n.gate.Before(t) {
			t = n.gate
		}
	}
	return t
}

// pump starts sending the next mail, one at a time.
func (n *Notifier) pump(now time.Time) {
	if n.inflight != nil || len(n.outbox) == 0 || now.Before(n.gate) {
		return
	}
	m := n.outbox[0]
	n.outbox[0] = nil
	n.outbox = n.outbox[1:]
	n.inflight = m
	m.attempts++
	go func() {
		res, err := n.mailer.Send(n.sendCtx, m.msg)
		out := sendOutcome{res, err}
		if out.delivered() && n.spool != nil && len(m.notice.ids) > 0 {
			if rerr := n.spool.remove(m.notice.ids); rerr != nil {
				n.log.Error("taskmail notifier: mailed failures not removed from the spool; they may be mailed again", "error", rerr)
			}
		}
		n.sendDone <- out
	}()
}

// sent takes the outcome of the mail in flight.
func (n *Notifier) sent(out sendOutcome) {
	m := n.inflight
	n.inflight = nil
	err := out.err
	if out.delivered() {
		n.mails.Add(1)
		n.accounted.Add(int64(m.notice.count))
		n.bo.Reset()
		n.gate = time.Time{}
		n.observeMailed(m)
		if err != nil {
			n.logRefused(m, out)
		}
		return
	}
	n.sendErrors.Add(1)
	if n.refusedPermanently(err) {
		n.buried(m, err)
		return
	}
	// Any other failure, an ambiguous one (a reply to the final dot that
	// never came) included, waits for the backoff before the next send.
	wait := n.bo.NextBackOff()
	n.gate = n.now().Add(wait)
	// To the back, so that one mail the server keeps refusing does not
	// hold up the others.
	n.outbox = append(n.outbox, m)
	n.compactOutbox()
	level := slog.LevelWarn
	if !mailerrors.IsTemporary(err) {
		level = slog.LevelError
	}
	n.reportError(m, err, false, wait)
	attrs := []slog.Attr{
		slog.String("notice", string(m.notice.kind)),
		slog.String("task", m.notice.task),
		slog.Int("failures", m.notice.count),
		slog.Int("attempts", m.attempts),
		slog.String("kind", string(mailerrors.KindOf(err))),
		slog.Bool("temporary", mailerrors.IsTemporary(err)),
		slog.String("error", err.Error()),
		slog.Duration("retry_in", wait),
		slog.Bool("spooled", n.spool != nil),
	}
	n.log.LogAttrs(context.Background(), level, "taskmail notifier: mail not sent; will try again", attrs...)
}

// refusedPermanently reports whether err holds mail errors that waiting
// cannot fix, and only such: the server refused the mail for good
// (relay_denied, a syntax error, ...). A mail refused for one recipient
// for good and for another for now is tried again (the second may take
// it). An error that is not a mail error is not permanent, nor one that
// came from Close cancelling the send.
func (n *Notifier) refusedPermanently(err error) bool {
	if n.sendCtx.Err() != nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	all := mailerrors.All(err)
	for _, e := range all {
		if e.Temporary {
			return false
		}
	}
	return len(all) > 0
}

// buried takes a mail the server refused permanently out of the sending:
// it is counted as dead and never sent again by this Notifier. Its
// failures stay in the spool, if there is one, so that the next Notifier
// (a restart, new options) mails them.
func (n *Notifier) buried(m *outMail, err error) {
	n.deadMails++
	n.dead.Add(int64(m.notice.count))
	if n.deadErr == nil {
		n.deadErr = err
	}
	n.reportError(m, err, true, 0)
	n.observeDropped(m, err)
	n.log.LogAttrs(context.Background(), slog.LevelError, "taskmail notifier: mail refused permanently; not sending it again until restart",
		slog.String("notice", string(m.notice.kind)),
		slog.String("task", m.notice.task),
		slog.Int("failures", m.notice.count),
		slog.Int("attempts", m.attempts),
		slog.String("kind", string(mailerrors.KindOf(err))),
		slog.String("error", err.Error()),
		slog.String("message_id", m.msg.MessageID),
		slog.Bool("spooled", n.spool != nil && len(m.notice.ids) > 0))
}

// reportError calls the error handler, if any, with a mail that failed.
func (n *Notifier) reportError(m *outMail, err error, dead bool, wait time.Duration) {
	if n.onError == nil {
		return
	}
	me := mailerrors.FromError("", err)
	if all := mailerrors.All(err); len(all) > 0 {
		me = all[0]
	}
	ne := &NotificationError{
		Notice: m.notice.kind, Task: m.notice.task, Failures: m.notice.count, MessageID: m.msg.MessageID,
		Attempts: m.attempts, Dead: dead, RetryIn: wait, Err: me, Cause: err,
	}
	defer func() {
		if r := recover(); r != nil {
			n.log.Error("taskmail notifier: error handler panicked", "panic", fmt.Sprint(r))
		}
	}()
	n.onError(ne)
}

// loggerSet reports whether opts hold a WithLogger with a logger.
func loggerSet(opts []Option) bool {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	return o.logger != nil
}

// warnHandler is the notifier's log when none is given: the warnings and
// errors go to slog.Default (looked up at each record, so that a later
// slog.SetDefault counts); routine information does not.
type warnHandler struct{}

func (warnHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn && slog.Default().Handler().Enabled(ctx, l)
}

func (warnHandler) Handle(ctx context.Context, r slog.Record) error {
	return slog.Default().Handler().Handle(ctx, r)
}

func (h warnHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return warnOnly{slog.Default().Handler().WithAttrs(as)}
}

func (h warnHandler) WithGroup(name string) slog.Handler {
	return warnOnly{slog.Default().Handler().WithGroup(name)}
}

// warnOnly passes on the warnings and errors of a handler.
type warnOnly struct{ slog.Handler }

func (h warnOnly) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= slog.LevelWarn && h.Handler.Enabled(ctx, l)
}

func (h warnOnly) WithAttrs(as []slog.Attr) slog.Handler { return warnOnly{h.Handler.WithAttrs(as)} }

func (h warnOnly) WithGroup(name string) slog.Handler { return warnOnly{h.Handler.WithGroup(name)} }

// logRefused logs the recipients the server refused of a mail that reached
// the others. The mail is not sent again: those who got it would get it
// twice, and the Mailer already tried again those refused for a while (a
// *Sender does, for temporary refusals, under best-effort).
func (n *Notifier) logRefused(m *outMail, out sendOutcome) {
	level := slog.LevelWarn
	if !mailerrors.IsTemporary(out.err) {
		level = slog.LevelError
	}
	// Each refused recipient as "address: kind (temporary|permanent)".
	var refused []string
	for _, e := range mailerrors.All(out.err) {
		if e.Recipient == "" {
			continue
		}
		how := "permanent"
		if e.Temporary {
			how = "temporary"
		}
		refused = append(refused, e.Recipient+": "+string(e.Kind)+" ("+how+")")
	}
	if len(refused) == 0 { // no detail per recipient: name the refused
		kind := string(mailerrors.KindOf(out.err))
		for _, r := range out.res.Rejected {
			refused = append(refused, r+": "+kind)
		}
	}
	n.log.LogAttrs(context.Background(), level, "taskmail notifier: mail sent, but some recipients were refused; not sending it again",
		slog.String("notice", string(m.notice.kind)),
		slog.String("task", m.notice.task),
		slog.String("message_id", m.msg.MessageID),
		slog.Int("accepted", len(out.res.Accepted)),
		slog.Any("refused", refused),
		slog.String("error", out.err.Error()))
}
