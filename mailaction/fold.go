package mailaction

import (
	"errors"
	"fmt"
	"strings"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// Storm control. One goroutine (the notifier's loop) owns every value in
// this file; nothing here is safe for concurrent use on its own.
//
// A failure becomes a mail at once when its fingerprint (task, error kind,
// normalised error text) is new. Further failures with that fingerprint are
// counted in its fold group until the group's window ends; the group then
// becomes one "repeated" mail saying how many there were and when the first
// and last happened, and its window starts again. A window that ends with
// nothing counted closes the group. Every notice then goes through the rate
// limiter; a notice over the limit waits in the digest, which is sent as one
// mail when the limit allows another.
//
// A task stays "failing" (its next new failure is "still failing", its
// next success "recovered") while it has open groups, and for
// forgetAfter(window) after its last group closed. Then it is forgotten, so
// that the memory kept does not grow with every task that ever failed: its
// next failure is "failed" again, and a success sends no recovered mail.

// NoticeKind says what a notification mail is about.
type NoticeKind string

// The kinds of notification mail.
const (
	NoticeFailed       NoticeKind = "failed"        // a task that was not failing failed
	NoticeStillFailing NoticeKind = "still-failing" // a failing task failed in a new way
	NoticeRepeated     NoticeKind = "repeated"      // the same failure again, folded: Count times between First and Last
	NoticeRecovered    NoticeKind = "recovered"     // a failing task succeeded again
	NoticeDigest       NoticeKind = "digest"        // notices held back (by the rate limit, or while the server could not be reached), in one mail
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

// foldGroup counts the failures of one fingerprint within a window.
type foldGroup struct {
	fp        string
	task      string
	windowEnd time.Time
	closed    bool // removed from the map; skipped when its window ends
	count     int
	first     *failureEntry
	last      *failureEntry
	firstAt   time.Time
	lastAt    time.Time
	ids       []string
}

func (g *foldGroup) add(e *failureEntry) {
	if g.count == 0 {
		g.first, g.firstAt = e, e.at
	}
	g.count += e.weight
	g.last, g.lastAt = e, e.at
	if e.id != "" {
		g.ids = append(g.ids, e.id)
	}
}

// take returns the group's counted failures as a repeated notice and
// starts counting again.
func (g *foldGroup) take() *notice {
	n := &notice{
		kind: NoticeRepeated, task: g.task, fingerprint: g.fp, count: g.count,
		first: g.first, last: g.last, firstAt: g.firstAt, lastAt: g.lastAt, ids: g.ids,
	}
	g.count, g.first, g.last, g.ids = 0, nil, nil, nil
	return n
}

// taskStreak is a task that is failing.
type taskStreak struct {
	task     string
	since    time.Time
	failures int
	groups   []*foldGroup
	forgetAt time.Time // when its last group closed, plus forgetAfter; zero while it has groups
}

// forgetAfter is how long a failing task is remembered once it has no
// open fold groups (nothing failed for a whole window): six windows, at
// least an hour, so that a task failing now and then stays "still failing"
// rather than "failed" each time.
func forgetAfter(window time.Duration) time.Duration {
	return max(6*window, time.Hour)
}

// quietTask is a task waiting to be forgotten at its streak's forgetAt.
type quietTask struct {
	st *taskStreak
	at time.Time
}

// folder holds the storm-control state.
type folder struct {
	window    time.Duration
	recovered bool
	groups    map[string]*foldGroup
	windows   groupQueue // open groups, by windowEnd (all windows are the same length)
	tasks     map[string]*taskStreak
	quiet     []quietTask // by at (times are now plus the same duration, now non-decreasing)
	limiter   slidingWindow
	held      []*notice // over the rate limit, waiting for the digest
	emit      func(*notice)
}

func newFolder(window time.Duration, limit int, interval time.Duration, recovered bool, emit func(*notice)) *folder {
	return &folder{
		window:    window,
		recovered: recovered,
		groups:    make(map[string]*foldGroup),
		tasks:     make(map[string]*taskStreak),
		limiter:   slidingWindow{limit: limit, interval: interval},
		emit:      emit,
	}
}

// fail takes one failure (or a weighted count of them) at now.
func (fo *folder) fail(e *failureEntry, now time.Time) {
	text := e.errorText()
	fp := fingerprint(e.f.Task, errorKind(e.f.Err), text)
	st := fo.tasks[e.f.Task]
	kind := NoticeStillFailing
	if st == nil {
		st = &taskStreak{task: e.f.Task, since: e.at}
		fo.tasks[e.f.Task] = st
		kind = NoticeFailed
	}
	st.failures += e.weight
	if g := fo.groups[fp]; g != nil {
		g.add(e)
		return
	}
	g := &foldGroup{fp: fp, task: e.f.Task, windowEnd: now.Add(fo.window)}
	fo.groups[fp] = g
	fo.windows.push(g)
	st.groups = append(st.groups, g)
	st.forgetAt = time.Time{}
	n := &notice{
		kind: kind, task: e.f.Task, fingerprint: fp, count: e.weight,
		first: e, last: e, firstAt: e.at, lastAt: e.at, failingSince: st.since,
	}
	if e.id != "" {
		n.ids = []string{e.id}
	}
	fo.send(n, now)
}

// succeed records that task succeeded at now: a failing task gets its
// counted failures sent and, when enabled, a recovered notice.
func (fo *folder) succeed(task string, at, now time.Time) {
	st := fo.tasks[task]
	if st == nil {
		return
	}
	delete(fo.tasks, task)
	for _, g := range st.groups {
		if g.closed {
			continue
		}
		if g.count > 0 {
			fo.send(g.take(), now)
		}
		g.closed = true
		delete(fo.groups, g.fp)
	}
	if fo.recovered {
		fo.send(&notice{kind: NoticeRecovered, task: task, failingSince: st.since, streak: st.failures, firstAt: at, lastAt: at}, now)
	}
}

// send passes n through the rate limiter: it is emitted now, or held for
// the digest.
func (fo *folder) send(n *notice, now time.Time) {
	if len(fo.held) == 0 && fo.limiter.allow(now) {
		fo.limiter.take(now)
		fo.emit(n)
		return
	}
	fo.held = append(fo.held, n)
}

// advance ends the windows that are over and sends the digest when the
// rate limit allows one more mail.
func (fo *folder) advance(now time.Time) {
	for {
		g := fo.windows.peek()
		if g == nil || g.windowEnd.After(now) {
			break
		}
		fo.windows.pop()
		if g.closed {
			continue
		}
		if g.count == 0 {
			g.closed = true
			delete(fo.groups, g.fp)
			if st := fo.tasks[g.task]; st != nil {
				st.groups = removeGroup(st.groups, g)
				if len(st.groups) == 0 {
					st.forgetAt = now.Add(forgetAfter(fo.window))
					fo.quiet = append(fo.quiet, quietTask{st, st.forgetAt})
				}
			}
			continue
		}
		fo.send(g.take(), now)
		g.windowEnd = now.Add(fo.window)
		fo.windows.push(g)
	}
	fo.forget(now)
	if len(fo.held) > 0 && fo.limiter.allow(now) {
		fo.limiter.take(now)
		fo.releaseHeld()
	}
}

// forget drops the tasks that have been quiet for forgetAfter. A task that
// failed again since it was queued here (its forgetAt changed), or that
// succeeded (it is gone or replaced), is left alone.
func (fo *folder) forget(now time.Time) {
	i := 0
	for ; i < len(fo.quiet) && !fo.quiet[i].at.After(now); i++ {
		q := fo.quiet[i]
		if fo.tasks[q.st.task] == q.st && len(q.st.groups) == 0 && q.st.forgetAt.Equal(q.at) {
			delete(fo.tasks, q.st.task)
		}
	}
	if i > 0 {
		n := copy(fo.quiet, fo.quiet[i:])
		clear(fo.quiet[n:])
		fo.quiet = fo.quiet[:n]
	}
}

// flush sends everything counted and held, ignoring the rate limit for the
// one digest this may take (used when the notifier closes).
func (fo *folder) flush(now time.Time) {
	for g := fo.windows.pop(); g != nil; g = fo.windows.pop() {
		if !g.closed && g.count > 0 {
			fo.send(g.take(), now)
		}
	}
	if len(fo.held) > 0 {
		fo.limiter.take(now)
		fo.releaseHeld()
	}
}

func (fo *folder) releaseHeld() {
	held := fo.held
	fo.held = nil
	if len(held) == 1 {
		fo.emit(held[0])
		return
	}
	fo.emit(digestOf(held, false))
}

// digestOf folds notices (digests among them are flattened) into one
// digest. down says they were held back because the mail server could not
// take them, rather than by the rate limit.
func digestOf(notices []*notice, down bool) *notice {
	var parts []*notice
	for _, p := range notices {
		if p.kind == NoticeDigest {
			parts = append(parts, p.parts...)
		} else {
			parts = append(parts, p)
		}
	}
	d := &notice{kind: NoticeDigest, parts: parts, serverDown: down, firstAt: parts[0].firstAt, lastAt: parts[0].lastAt}
	for _, p := range parts {
		d.count += p.count
		d.ids = append(d.ids, p.ids...)
		if p.firstAt.Before(d.firstAt) {
			d.firstAt = p.firstAt
		}
		if p.lastAt.After(d.lastAt) {
			d.lastAt = p.lastAt
		}
	}
	return d
}

// next returns when advance has something to do, or the zero time.
func (fo *folder) next() time.Time {
	var t time.Time
	if g := fo.windows.peek(); g != nil {
		t = g.windowEnd
	}
	if len(fo.quiet) > 0 && (t.IsZero() || fo.quiet[0].at.Before(t)) {
		t = fo.quiet[0].at
	}
	if len(fo.held) > 0 {
		if r := fo.limiter.next(); t.IsZero() || r.Before(t) {
			t = r
		}
	}
	return t
}

func removeGroup(gs []*foldGroup, g *foldGroup) []*foldGroup {
	for i, x := range gs {
		if x == g {
			return append(gs[:i], gs[i+1:]...)
		}
	}
	return gs
}

// groupQueue is a FIFO of fold groups. Windows all have the same length and
// start at the loop's (non-decreasing) now, so FIFO order is deadline order.
type groupQueue struct {
	items []*foldGroup
	head  int
}

func (q *groupQueue) push(g *foldGroup) { q.items = append(q.items, g) }

func (q *groupQueue) peek() *foldGroup {
	if q.head == len(q.items) {
		return nil
	}
	return q.items[q.head]
}

func (q *groupQueue) pop() *foldGroup {
	g := q.peek()
	if g == nil {
		return nil
	}
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 1024 && q.head > len(q.items)/2 {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return g
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

// fingerprint identifies "the same failure": the task, the error kind and
// the error text with its variable parts (numbers, ids, addresses)
// replaced.
func fingerprint(task string, kind mailerrors.Kind, text string) string {
	return task + "\x1f" + string(kind) + "\x1f" + normalizeError(text)
}

// maxNormalized bounds the part of an error text that counts for the
// fingerprint, so that a huge text does not make a huge key.
const maxNormalized = 512

// normalizeError replaces the parts of an error text that change from one
// occurrence of a failure to the next: UUIDs become <uuid>, email addresses
// <email>, IP addresses (with or without a port) <addr>, hex ids (0x...,
// or a run of hex digits mixing digits and letters) <hex>, and any other
// run of digits N.
//
// It is written by hand rather than as a chain of regular expressions
// because it runs once per failure in a storm: one pass over the text is
// some twenty times cheaper than seven regexp replacements.
func normalizeError(text string) string {
	if len(text) > 4*maxNormalized {
		text = text[:4*maxNormalized]
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); {
		if !isTokenByte(text[i]) {
			b = append(b, text[i])
			i++
			continue
		}
		j := i
		for j < len(text) && isTokenByte(text[j]) {
			j++
		}
		b = appendToken(b, text[i:j])
		i = j
	}
	if len(b) > maxNormalized {
		b = b[:maxNormalized]
	}
	return strings.TrimSpace(string(b))
}

// isTokenByte reports whether c can be part of a word, number, address or
// id.
func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '@' || c == ':' ||
		c == '[' || c == ']' || c >= 0x80
}

// appendToken appends tok, normalised, to b. Punctuation at its end (the
// colon of "10.0.0.1:25:", the full stop of a sentence) is kept as is.
func appendToken(b []byte, tok string) []byte {
	end := len(tok)
	for end > 0 && strings.IndexByte(".:-_", tok[end-1]) >= 0 {
		end--
	}
	core, tail := tok[:end], tok[end:]
	switch {
	case core == "":
	case isEmail(core):
		b = append(b, "<email>"...)
	case isUUID(core):
		b = append(b, "<uuid>"...)
	case isAddr(core):
		b = append(b, "<addr>"...)
	case isHexID(core):
		b = append(b, "<hex>"...)
	default:
		b = appendDigitless(b, core)
	}
	return append(b, tail...)
}

// appendDigitless appends s with each run of digits replaced by N.
func appendDigitless(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			if i == 0 || !isDigit(s[i-1]) {
				b = append(b, 'N')
			}
			continue
		}
		b = append(b, s[i])
	}
	return b
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func isEmail(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && at < len(s)-1 && strings.IndexByte(s[at+1:], '@') < 0 && strings.IndexByte(s[at+1:], '.') > 0
}

// isUUID reports whether s is 8-4-4-4-12 hex digits.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				return false
			}
		} else if !isHex(s[i]) {
			return false
		}
	}
	return true
}

// isAddr reports whether s is an IPv4 or IPv6 address, bracketed or not,
// with or without a port.
func isAddr(s string) bool {
	if host, port, ok := strings.Cut(s, "]:"); ok && strings.HasPrefix(host, "[") {
		return allDigits(port) && isIPv6(host[1:])
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		return isIPv6(s[1 : len(s)-1])
	}
	if strings.Count(s, ":") <= 1 {
		host, port, hasPort := strings.Cut(s, ":")
		return isIPv4(host) && (!hasPort || allDigits(port))
	}
	return isIPv6(s)
}

func isIPv4(s string) bool {
	parts := 0
	for p := range strings.SplitSeq(s, ".") {
		if len(p) == 0 || len(p) > 3 || !allDigits(p) {
			return false
		}
		parts++
	}
	return parts == 4
}

// isIPv6 is loose on purpose: hex groups and at least two colons (a time
// such as 12:30:45 counts too, which is as variable).
func isIPv6(s string) bool {
	if strings.Count(s, ":") < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != ':' && c != '.' && !isHex(c) {
			return false
		}
	}
	return true
}

// isHexID reports whether s is 0x followed by hex digits, or at least six
// hex digits mixing digits and letters (a commit, a container id).
func isHexID(s string) bool {
	if len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		return allHex(s[2:])
	}
	if len(s) < 6 || !allHex(s) {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	return digits > 0 && digits < len(s)
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func allHex(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHex(s[i]) {
			return false
		}
	}
	return s != ""
}
