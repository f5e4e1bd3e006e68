package fold

import (
	"sort"
	"time"
)

// Kind says what a notice is about.
type Kind string

// The kinds of notice.
const (
	Failed       Kind = "failed"        // a task that was not failing failed
	StillFailing Kind = "still-failing" // a failing task failed in a new way
	Repeated     Kind = "repeated"      // the same failure again, folded: Count times between FirstAt and LastAt
	Recovered    Kind = "recovered"     // a failing task succeeded again
	Digest       Kind = "digest"        // notices held back by the rate limit, in one
)

// Rules are the folding and rate-limit settings.
type Rules struct {
	Window    time.Duration // how long repeats of a failure are counted before they make one Repeated notice
	Limit     int           // at most this many notices in any Interval; not positive: no limit
	Interval  time.Duration // the rate limit's interval
	Recovered bool          // whether a failing task that succeeds makes a Recovered notice
}

// Failure is one failure (or a weighted count of failures) as the machine
// sees it. S is the caller's sample of it (the error, the host, ...): the
// machine keeps the first and last sample of each fold group and hands them
// back in notices, and never looks into them.
type Failure[S any] struct {
	Task        string    // the failing task: failures are grouped by it
	Fingerprint string    // what makes two failures "the same": see Fingerprint
	At          time.Time // when it happened (or was reported)
	Weight      int       // the failures it stands for; 0 counts as 1
	ID          string    // the caller's handle on it (a spool entry), "" for none; notices list the IDs they cover
	Sample      S
}

// Notice is a notification decided on.
type Notice[S any] struct {
	Kind         Kind
	Task         string    // "" for a Digest
	Fingerprint  string    // "" for Recovered and Digest
	Count        int       // failures it accounts for (a Digest: the sum of its parts)
	First, Last  S         // samples of the first and last failure it covers (zero for Recovered and Digest)
	FirstAt      time.Time // when the first failure it covers happened (Recovered: when the task succeeded)
	LastAt       time.Time
	FailingSince time.Time   // StillFailing, Recovered, Failed: when the task started failing
	Streak       int         // Recovered: failures since the task started failing
	IDs          []string    // the IDs of the failures it covers
	Parts        []Notice[S] // a Digest's notices
}

// group counts the failures of one fingerprint within a window.
type group[S any] struct {
	fp              string
	task            string
	windowEnd       time.Time
	closed          bool // removed from the map; skipped when its window ends
	count           int
	first, last     S
	firstAt, lastAt time.Time
	ids             []string
}

func (g *group[S]) add(f *Failure[S], w int) {
	if g.count == 0 {
		g.first, g.firstAt = f.Sample, f.At
	}
	g.count += w
	g.last, g.lastAt = f.Sample, f.At
	if f.ID != "" {
		g.ids = append(g.ids, f.ID)
	}
}

// take returns the group's counted failures as a Repeated notice and starts
// counting again.
func (g *group[S]) take() Notice[S] {
	n := Notice[S]{
		Kind: Repeated, Task: g.task, Fingerprint: g.fp, Count: g.count,
		First: g.first, Last: g.last, FirstAt: g.firstAt, LastAt: g.lastAt, IDs: g.ids,
	}
	var zero S
	g.count, g.first, g.last, g.ids = 0, zero, zero, nil
	return n
}

// streak is a task that is failing.
type streak[S any] struct {
	task     string
	since    time.Time
	failures int
	groups   []*group[S]
	forgetAt time.Time // when its last group closed, plus ForgetAfter; zero while it has groups
}

// quiet is a task waiting to be forgotten at at.
type quiet[S any] struct {
	st *streak[S]
	at time.Time
}

// ForgetAfter is how long a failing task is remembered once it has no open
// fold groups (nothing failed for a whole window): six windows, at least an
// hour, so that a task failing now and then stays "still failing" rather
// than "failed" each time.
func ForgetAfter(window time.Duration) time.Duration {
	return max(6*window, time.Hour)
}

// Machine is the storm-control state. It is not safe for concurrent use:
// one loop (or one workflow) owns it. The times given to its methods must
// not go backwards.
type Machine[S any] struct {
	rules   Rules
	groups  map[string]*group[S]
	windows []*group[S] // open groups, by windowEnd (all windows are the same length); head at windowsHead
	head    int
	tasks   map[string]*streak[S]
	quiet   []quiet[S] // by at (times are now plus the same duration, now non-decreasing)
	limiter SlidingWindow
	held    []Notice[S] // over the rate limit, waiting for the digest
	out     []Notice[S]
}

// New returns a Machine with no state.
func New[S any](r Rules) *Machine[S] {
	return &Machine[S]{
		rules:   r,
		groups:  make(map[string]*group[S]),
		tasks:   make(map[string]*streak[S]),
		limiter: SlidingWindow{Limit: r.Limit, Interval: r.Interval},
	}
}

// Rules returns the rules the machine runs by.
func (m *Machine[S]) Rules() Rules { return m.rules }

// Tasks returns how many tasks the machine remembers as failing.
func (m *Machine[S]) Tasks() int { return len(m.tasks) }

// Held returns how many notices wait for the digest.
func (m *Machine[S]) Held() int { return len(m.held) }

// Fail takes one failure (or a weighted count of them) at now and returns
// the notices to send now (nil when it was folded or held back).
func (m *Machine[S]) Fail(f Failure[S], now time.Time) []Notice[S] {
	m.out = nil
	w := max(f.Weight, 1)
	st := m.tasks[f.Task]
	kind := StillFailing
	if st == nil {
		st = &streak[S]{task: f.Task, since: f.At}
		m.tasks[f.Task] = st
		kind = Failed
	}
	st.failures += w
	if g := m.groups[f.Fingerprint]; g != nil {
		g.add(&f, w)
		return nil
	}
	g := &group[S]{fp: f.Fingerprint, task: f.Task, windowEnd: now.Add(m.rules.Window)}
	m.groups[f.Fingerprint] = g
	m.windows = append(m.windows, g)
	st.groups = append(st.groups, g)
	st.forgetAt = time.Time{}
	n := Notice[S]{
		Kind: kind, Task: f.Task, Fingerprint: f.Fingerprint, Count: w,
		First: f.Sample, Last: f.Sample, FirstAt: f.At, LastAt: f.At, FailingSince: st.since,
	}
	if f.ID != "" {
		n.IDs = []string{f.ID}
	}
	m.send(n, now)
	return m.out
}

// Succeed records that task succeeded at at (now is the current time): a
// failing task gets its counted failures sent and, when Rules.Recovered is
// set, a Recovered notice.
func (m *Machine[S]) Succeed(task string, at, now time.Time) []Notice[S] {
	m.out = nil
	st := m.tasks[task]
	if st == nil {
		return nil
	}
	delete(m.tasks, task)
	for _, g := range st.groups {
		if g.closed {
			continue
		}
		if g.count > 0 {
			m.send(g.take(), now)
		}
		g.closed = true
		delete(m.groups, g.fp)
	}
	if m.rules.Recovered {
		m.send(Notice[S]{Kind: Recovered, Task: task, FailingSince: st.since, Streak: st.failures, FirstAt: at, LastAt: at}, now)
	}
	return m.out
}

// send passes n through the rate limit: it goes out now, or is held for the
// digest.
func (m *Machine[S]) send(n Notice[S], now time.Time) {
	if len(m.held) == 0 && m.limiter.Allow(now) {
		m.limiter.Take(now)
		m.out = append(m.out, n)
		return
	}
	m.held = append(m.held, n)
}

func (m *Machine[S]) peek() *group[S] {
	if m.head == len(m.windows) {
		return nil
	}
	return m.windows[m.head]
}

func (m *Machine[S]) pop() *group[S] {
	g := m.peek()
	if g == nil {
		return nil
	}
	m.windows[m.head] = nil
	m.head++
	if m.head == len(m.windows) {
		m.windows, m.head = m.windows[:0], 0
	} else if m.head > 1024 && m.head > len(m.windows)/2 {
		n := copy(m.windows, m.windows[m.head:])
		clear(m.windows[n:])
		m.windows, m.head = m.windows[:n], 0
	}
	return g
}

// Advance ends the windows that are over at now, forgets the tasks quiet
// for long enough, and sends the digest when the rate limit allows one more
// notice. It returns the notices to send now.
func (m *Machine[S]) Advance(now time.Time) []Notice[S] {
	m.out = nil
	for {
		g := m.peek()
		if g == nil || g.windowEnd.After(now) {
			break
		}
		m.pop()
		if g.closed {
			continue
		}
		if g.count == 0 {
			g.closed = true
			delete(m.groups, g.fp)
			if st := m.tasks[g.task]; st != nil {
				st.groups = removeGroup(st.groups, g)
				if len(st.groups) == 0 {
					st.forgetAt = now.Add(ForgetAfter(m.rules.Window))
					m.quiet = append(m.quiet, quiet[S]{st, st.forgetAt})
				}
			}
			continue
		}
		m.send(g.take(), now)
		g.windowEnd = now.Add(m.rules.Window)
		m.windows = append(m.windows, g)
	}
	m.forget(now)
	if len(m.held) > 0 && m.limiter.Allow(now) {
		m.limiter.Take(now)
		m.releaseHeld()
	}
	return m.out
}

// forget drops the tasks that have been quiet for ForgetAfter. A task that
// failed again since it was queued here (its forgetAt changed), or that
// succeeded (it is gone or replaced), is left alone.
func (m *Machine[S]) forget(now time.Time) {
	i := 0
	for ; i < len(m.quiet) && !m.quiet[i].at.After(now); i++ {
		q := m.quiet[i]
		if m.tasks[q.st.task] == q.st && len(q.st.groups) == 0 && q.st.forgetAt.Equal(q.at) {
			delete(m.tasks, q.st.task)
		}
	}
	if i > 0 {
		n := copy(m.quiet, m.quiet[i:])
		clear(m.quiet[n:])
		m.quiet = m.quiet[:n]
	}
}

// Flush sends everything counted and held, beyond the rate limit for the
// one digest this may take (for a notifier that stops). It returns the
// notices to send.
func (m *Machine[S]) Flush(now time.Time) []Notice[S] {
	m.out = nil
	for g := m.pop(); g != nil; g = m.pop() {
		if !g.closed && g.count > 0 {
			m.send(g.take(), now)
		}
	}
	if len(m.held) > 0 {
		m.limiter.Take(now)
		m.releaseHeld()
	}
	return m.out
}

func (m *Machine[S]) releaseHeld() {
	held := m.held
	m.held = nil
	if len(held) == 1 {
		m.out = append(m.out, held[0])
		return
	}
	m.out = append(m.out, DigestOf(held))
}

// DigestOf folds notices (digests among them are flattened) into one
// Digest. It returns the zero Notice when notices is empty.
func DigestOf[S any](notices []Notice[S]) Notice[S] {
	var parts []Notice[S]
	for _, p := range notices {
		if p.Kind == Digest {
			parts = append(parts, p.Parts...)
		} else {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return Notice[S]{}
	}
	d := Notice[S]{Kind: Digest, Parts: parts, FirstAt: parts[0].FirstAt, LastAt: parts[0].LastAt}
	for _, p := range parts {
		d.Count += p.Count
		d.IDs = append(d.IDs, p.IDs...)
		if p.FirstAt.Before(d.FirstAt) {
			d.FirstAt = p.FirstAt
		}
		if p.LastAt.After(d.LastAt) {
			d.LastAt = p.LastAt
		}
	}
	return d
}

// Next returns when Advance has something to do, or the zero time when
// nothing is due until the next failure or success.
func (m *Machine[S]) Next() time.Time {
	var t time.Time
	if g := m.peek(); g != nil {
		t = g.windowEnd
	}
	if len(m.quiet) > 0 && (t.IsZero() || m.quiet[0].at.Before(t)) {
		t = m.quiet[0].at
	}
	if len(m.held) > 0 {
		if r := m.limiter.Next(); t.IsZero() || r.Before(t) {
			t = r
		}
	}
	return t
}

func removeGroup[S any](gs []*group[S], g *group[S]) []*group[S] {
	for i, x := range gs {
		if x == g {
			return append(gs[:i], gs[i+1:]...)
		}
	}
	return gs
}

// State is a Machine's state as plain data, for a machine that must be
// carried over (a workflow's continue-as-new) or stored. Restore(Snapshot())
// behaves as the machine it was taken from.
type State[S any] struct {
	Groups []GroupState[S] // open fold groups, in the order their windows end
	Tasks  []TaskState     // failing tasks, by name
	Quiet  []QuietState    // tasks waiting to be forgotten, by time
	Sent   []time.Time     // the rate limit's last notices, oldest first
	Held   []Notice[S]     // notices waiting for the digest
}

// GroupState is one open fold group.
type GroupState[S any] struct {
	Fingerprint, Task string
	WindowEnd         time.Time
	Count             int
	First, Last       S
	FirstAt, LastAt   time.Time
	IDs               []string
}

// TaskState is one failing task.
type TaskState struct {
	Task     string
	Since    time.Time
	Failures int
	Groups   []string  // fingerprints of its open groups
	ForgetAt time.Time // zero while it has open groups
}

// QuietState is a task to forget at At.
type QuietState struct {
	Task string
	At   time.Time
}

// Snapshot returns the machine's state. The machine stays usable.
func (m *Machine[S]) Snapshot() State[S] {
	var s State[S]
	for _, g := range m.windows[m.head:] {
		if g.closed {
			continue
		}
		s.Groups = append(s.Groups, GroupState[S]{
			Fingerprint: g.fp, Task: g.task, WindowEnd: g.windowEnd, Count: g.count,
			First: g.first, Last: g.last, FirstAt: g.firstAt, LastAt: g.lastAt, IDs: append([]string(nil), g.ids...),
		})
	}
	names := make([]string, 0, len(m.tasks))
	for name := range m.tasks {
		names = append(names, name)
	}
	sort.Strings(names) // map order is random; the state must not be
	for _, name := range names {
		st := m.tasks[name]
		ts := TaskState{Task: name, Since: st.since, Failures: st.failures, ForgetAt: st.forgetAt}
		for _, g := range st.groups {
			ts.Groups = append(ts.Groups, g.fp)
		}
		s.Tasks = append(s.Tasks, ts)
	}
	for _, q := range m.quiet {
		// Only entries forget would act on: the task's current streak.
		if m.tasks[q.st.task] == q.st {
			s.Quiet = append(s.Quiet, QuietState{Task: q.st.task, At: q.at})
		}
	}
	s.Sent = m.limiter.times()
	s.Held = append([]Notice[S](nil), m.held...)
	return s
}

// Restore returns a machine with rules r in state s.
func Restore[S any](r Rules, s State[S]) *Machine[S] {
	m := New[S](r)
	for _, gs := range s.Groups {
		g := &group[S]{
			fp: gs.Fingerprint, task: gs.Task, windowEnd: gs.WindowEnd, count: gs.Count,
			first: gs.First, last: gs.Last, firstAt: gs.FirstAt, lastAt: gs.LastAt, ids: gs.IDs,
		}
		m.groups[g.fp] = g
		m.windows = append(m.windows, g)
	}
	for _, ts := range s.Tasks {
		st := &streak[S]{task: ts.Task, since: ts.Since, failures: ts.Failures, forgetAt: ts.ForgetAt}
		for _, fp := range ts.Groups {
			if g := m.groups[fp]; g != nil {
				st.groups = append(st.groups, g)
			}
		}
		m.tasks[ts.Task] = st
	}
	for _, q := range s.Quiet {
		if st := m.tasks[q.Task]; st != nil {
			m.quiet = append(m.quiet, quiet[S]{st, q.At})
		}
	}
	for _, t := range s.Sent {
		m.limiter.Take(t)
	}
	m.held = s.Held
	return m
}
