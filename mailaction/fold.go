package mailaction

import (
	"errors"
	"fmt"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/fold"
)

// Storm control: the rules (folding, rate limit, digest, forgetting quiet
// tasks) are package fold's state machine; folder drives it for the
// notifier's loop, with failureEntry as the sample it keeps of each failure,
// and turns its notices into the notices the templates render. One
// goroutine (the notifier's loop) owns every value in this file; nothing
// here is safe for concurrent use on its own.

// NoticeKind says what a notification mail is about.
type NoticeKind string

// The kinds of notification mail.
const (
	NoticeFailed       = NoticeKind(fold.Failed)       // a task that was not failing failed
	NoticeStillFailing = NoticeKind(fold.StillFailing) // a failing task failed in a new way
	NoticeRepeated     = NoticeKind(fold.Repeated)     // the same failure again, folded: Count times between First and Last
	NoticeRecovered    = NoticeKind(fold.Recovered)    // a failing task succeeded again
	NoticeDigest       = NoticeKind(fold.Digest)       // notices held back (by the rate limit, or while the server could not be reached), in one mail
)

// failureEntry is one notified failure on its way through the notifier.
type failureEntry struct {
	f      Failure     // f.Attributes is nil: see attrs
	attrs  []Attribute // f.Attributes, copied
	at     time.Time   // when Notify was called
	id     string      // spool name, "" when not spooled
	weight int         // failures it stands for: 1, or a count of failures not detailed
	text   string      // error text, computed once by errorText (or read from the spool)
}

// errorText returns the failure's error text, computing it once (see
// checkedText).
func (e *failureEntry) errorText() string {
	if e.text == "" {
		e.text = e.checkedText()
	}
	return e.text
}

// checkedText returns the failure's error text. A task's error is the
// caller's code, run on the notifier's goroutine: an Error method that
// panics (a typed nil pointer returned as an error is the usual case), or
// an Unwrap or As method that does, must not take the process down. Such
// an error is replaced by a plain one whose text says what happened, so
// that nothing later (fingerprint, hints, spool) calls into it again.
func (e *failureEntry) checkedText() (text string) {
	if e.f.Err == nil {
		return "(no error given)"
	}
	stage := "Error()"
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if stage == "Error()" {
			text = fmt.Sprintf("(error text unavailable: Error() panicked: %v; error type %T)", r, e.f.Err)
		} else {
			text += fmt.Sprintf(" (error details unavailable: its Unwrap or As method panicked: %v; error type %T)", r, e.f.Err)
		}
		e.f.Err = errors.New(text)
	}()
	text = e.f.Err.Error()
	stage = "chain"
	mailerrors.All(e.f.Err) // walks Unwrap and WrappedErrors
	errorKind(e.f.Err)      // errors.As: Unwrap and As
	return text
}

// notice is a mail decided on but not yet rendered.
type notice struct {
	kind         NoticeKind
	task         string
	fingerprint  string
	count        int           // failures this notice accounts for
	first, last  *failureEntry // samples: the first and last failure it covers
	firstAt      time.Time
	lastAt       time.Time
	failingSince time.Time // for still-failing and recovered notices
	streak       int       // failures since the task started failing (recovered)
	ids          []string  // spool entries to delete once the mail is accepted
	parts        []*notice // digest members
	serverDown   bool      // digest: made while the mail server could not be reached
}

// folder drives the storm-control state machine and hands the notices it
// decides on to emit.
type folder struct {
	m    *fold.Machine[*failureEntry]
	emit func(*notice)
}

func newFolder(window time.Duration, limit int, interval time.Duration, recovered bool, emit func(*notice)) *folder {
	m := fold.New[*failureEntry](fold.Rules{Window: window, Limit: limit, Interval: interval, Recovered: recovered})
	return &folder{m: m, emit: emit}
}

// fail takes one failure (or a weighted count of them) at now.
func (fo *folder) fail(e *failureEntry, now time.Time) {
	text := e.errorText()
	fo.out(fo.m.Fail(fold.Failure[*failureEntry]{
		Task: e.f.Task, Fingerprint: fingerprint(e.f.Task, errorKind(e.f.Err), text),
		At: e.at, Weight: e.weight, ID: e.id, Sample: e,
	}, now))
}

// succeed records that task succeeded at now: a failing task gets its
// counted failures sent and, when enabled, a recovered notice.
func (fo *folder) succeed(task string, at, now time.Time) { fo.out(fo.m.Succeed(task, at, now)) }

// advance ends the windows that are over and sends the digest when the
// rate limit allows one more mail.
func (fo *folder) advance(now time.Time) { fo.out(fo.m.Advance(now)) }

// flush sends everything counted and held, ignoring the rate limit for the
// one digest this may take (used when the notifier closes).
func (fo *folder) flush(now time.Time) { fo.out(fo.m.Flush(now)) }

// next returns when advance has something to do, or the zero time.
func (fo *folder) next() time.Time { return fo.m.Next() }

func (fo *folder) out(ns []fold.Notice[*failureEntry]) {
	for i := range ns {
		fo.emit(noticeOf(&ns[i]))
	}
}

// noticeOf turns the state machine's notice into one to render.
func noticeOf(n *fold.Notice[*failureEntry]) *notice {
	no := &notice{
		kind: NoticeKind(n.Kind), task: n.Task, fingerprint: n.Fingerprint, count: n.Count,
		first: n.First, last: n.Last, firstAt: n.FirstAt, lastAt: n.LastAt,
		failingSince: n.FailingSince, streak: n.Streak, ids: n.IDs,
	}
	if len(n.Parts) > 0 {
		no.parts = make([]*notice, len(n.Parts))
		for i := range n.Parts {
			no.parts[i] = noticeOf(&n.Parts[i])
		}
	}
	return no
}

// foldNotice is noticeOf's inverse: the state machine's notice for no.
func foldNotice(no *notice) fold.Notice[*failureEntry] {
	n := fold.Notice[*failureEntry]{
		Kind: fold.Kind(no.kind), Task: no.task, Fingerprint: no.fingerprint, Count: no.count,
		First: no.first, Last: no.last, FirstAt: no.firstAt, LastAt: no.lastAt,
		FailingSince: no.failingSince, Streak: no.streak, IDs: no.ids,
	}
	if len(no.parts) > 0 {
		n.Parts = make([]fold.Notice[*failureEntry], len(no.parts))
		for i, p := range no.parts {
			n.Parts[i] = foldNotice(p)
		}
	}
	return n
}

// digestOf folds notices into one digest by fold.DigestOf's rules. down
// says they were held back because the mail server could not take them,
// rather than by the rate limit.
func digestOf(notices []*notice, down bool) *notice {
	ns := make([]fold.Notice[*failureEntry], len(notices))
	for i, p := range notices {
		ns[i] = foldNotice(p)
	}
	d := fold.DigestOf(ns)
	no := noticeOf(&d)
	no.serverDown = down
	return no
}

// errorKind returns the mail error kind in err, "" when err holds no
// *mailerrors.Error (a task's own failure).
func errorKind(err error) mailerrors.Kind {
	var e *mailerrors.Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return ""
}

// fingerprint identifies "the same failure": see fold.Fingerprint.
func fingerprint(task string, kind mailerrors.Kind, text string) string {
	return fold.Fingerprint(task, string(kind), text)
}
