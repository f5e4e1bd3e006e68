package mailaction

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/fold"
)

func TestNormalizeError(t *testing.T) {
	tests := []struct{ a, b string }{
		{"read 1024 bytes from file 7", "read 99 bytes from file 3"},
		{"job 6f1c2e0a-3b4d-4c5e-8f90-1a2b3c4d5e6f failed", "job 00000000-aaaa-4bbb-8ccc-dddddddddddd failed"},
		{"dial tcp 10.0.0.7:25: connection refused", "dial tcp 192.168.1.20:587: connection refused"},
		{"dial tcp [2001:db8::1]:25: connection refused", "dial tcp [fe80::1]:25: connection refused"},
		{"550 5.1.1 <bob@example.org>: User unknown", "550 5.1.1 <alice.smith@mail.example.com>: User unknown"},
		{"container 3f9a8b7c6d5e4f3a exited", "container 0123456789abcdef exited"},
		{"pointer 0xc000123456 is nil", "pointer 0xdeadbeef is nil"},
	}
	for _, tt := range tests {
		if na, nb := fold.Normalize(tt.a), fold.Normalize(tt.b); na != nb {
			t.Errorf("not the same failure:\n %q -> %q\n %q -> %q", tt.a, na, tt.b, nb)
		}
	}
	different := [][2]string{
		{"disk full", "permission denied"},
		{"550 5.1.1 User unknown", "552 5.2.2 Mailbox full"},
	}
	for _, d := range different {
		if fold.Normalize(d[0]) == fold.Normalize(d[1]) {
			t.Errorf("%q and %q should differ", d[0], d[1])
		}
	}
	long := strings.Repeat("x", 10000)
	if got := len(fold.Normalize(long)); got > fold.MaxNormalized {
		t.Errorf("normalized length %d > %d", got, fold.MaxNormalized)
	}
}

func TestFingerprintUsesTaskAndKind(t *testing.T) {
	relay := &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Text: "denied"}
	auth := &mailerrors.Error{Kind: mailerrors.KindAuthFailed, Text: "denied"}
	fp := func(task string, err error) string { return fingerprint(task, errorKind(err), err.Error()) }
	if fp("a", relay) == fp("b", relay) {
		t.Error("tasks not told apart")
	}
	if fp("a", relay) == fp("a", auth) {
		t.Error("kinds not told apart")
	}
	if fp("a", fmt.Errorf("job 1841 at 10.0.0.7:25: %w", relay)) != fp("a", fmt.Errorf("job 1842 at 10.0.0.9:25: %w", relay)) {
		t.Error("same failure with other numbers and addresses, different fingerprints")
	}
}

// foldHarness drives a folder with a hand-moved clock.
type foldHarness struct {
	fo  *folder
	now time.Time
	out []*notice
}

func newFoldHarness(window time.Duration, limit int, interval time.Duration) *foldHarness {
	h := &foldHarness{now: time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)}
	h.fo = newFolder(window, limit, interval, true, func(n *notice) { h.out = append(h.out, n) })
	return h
}

func (h *foldHarness) fail(task, text string) {
	h.fo.fail(&failureEntry{f: Failure{Task: task, Err: errors.New(text)}, at: h.now, weight: 1}, h.now)
}

func (h *foldHarness) tick(d time.Duration) {
	h.now = h.now.Add(d)
	h.fo.advance(h.now)
}

func (h *foldHarness) summary() string {
	var s []string
	for _, n := range h.out {
		s = append(s, fmt.Sprintf("%s:%s:%d", n.kind, n.task, n.count))
	}
	return strings.Join(s, " ")
}

func TestFolderWindows(t *testing.T) {
	h := newFoldHarness(10*time.Minute, 100, time.Hour)
	h.fail("a", "error 1")
	for range 5 {
		h.tick(time.Minute)
		h.fail("a", "error 2")
	}
	if got := h.summary(); got != "failed:a:1" {
		t.Fatalf("within the window: %s", got)
	}
	h.tick(5 * time.Minute) // 10m after the first
	if got := h.summary(); got != "failed:a:1 repeated:a:5" {
		t.Fatalf("window over: %s", got)
	}
	r := h.out[1]
	if !r.firstAt.Equal(h.now.Add(-9*time.Minute)) || !r.lastAt.Equal(h.now.Add(-5*time.Minute)) {
		t.Errorf("repeated first %v last %v", r.firstAt, r.lastAt)
	}
	// The group stays open for another window; a quiet window closes it.
	h.tick(time.Minute)
	h.fail("a", "error 3")
	h.tick(10 * time.Minute)
	h.tick(10 * time.Minute)
	h.fail("a", "error 4")
	if got := h.summary(); got != "failed:a:1 repeated:a:5 repeated:a:1 still-failing:a:1" {
		t.Fatalf("later: %s", got)
	}
}

func TestFolderRateLimitAndDigest(t *testing.T) {
	h := newFoldHarness(time.Minute, 3, time.Hour)
	for i := range 10 {
		h.fail(fmt.Sprintf("t%d", i), "boom")
		h.tick(time.Second)
	}
	if got := h.summary(); got != "failed:t0:1 failed:t1:1 failed:t2:1" {
		t.Fatalf("first mails: %s", got)
	}
	// Nothing more until an hour after the first mail; then one digest.
	h.tick(59*time.Minute - 10*time.Second) // 0:59:00
	if len(h.out) != 3 {
		t.Fatalf("over the limit: %s", h.summary())
	}
	h.tick(time.Minute) // 1:00:00
	if got := h.summary(); got != "failed:t0:1 failed:t1:1 failed:t2:1 digest::7" {
		t.Fatalf("after the interval: %s", got)
	}
	if got := len(h.out[3].parts); got != 7 {
		t.Errorf("digest parts: %d", got)
	}
}

func TestRateLimiterSlidingWindow(t *testing.T) {
	r := fold.SlidingWindow{Limit: 2, Interval: time.Minute}
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var sent []time.Time
	for s := 0; s < 600; s++ {
		now := t0.Add(time.Duration(s) * time.Second)
		if r.Allow(now) {
			r.Take(now)
			sent = append(sent, now)
		}
	}
	for i := 2; i < len(sent); i++ {
		if sent[i].Sub(sent[i-2]) < time.Minute {
			t.Fatalf("3 mails within a minute: %v %v %v", sent[i-2], sent[i-1], sent[i])
		}
	}
	if len(sent) != 20 {
		t.Errorf("sent %d in 10 minutes, want 20", len(sent))
	}
}

func TestNormalizeErrorOutput(t *testing.T) {
	tests := []struct{ in, want string }{
		{"dial tcp 10.0.0.7:25: connection refused", "dial tcp <addr>: connection refused"},
		{"550 5.1.1 <bob@example.org>: User unknown", "N N.N.N <<email>>: User unknown"},
		{"job 6f1c2e0a-3b4d-4c5e-8f90-1a2b3c4d5e6f failed after 3 tries.", "job <uuid> failed after N tries."},
		{"dial tcp [2001:db8::1]:25: i/o timeout", "dial tcp <addr>: i/o timeout"},
		{"nil pointer at 0xc000123456", "nil pointer at <hex>"},
		{"image 9fceb02d0ae5 not found", "image <hex> not found"},
		{"exit status 137 on host-12", "exit status N on host-N"},
		{"deadline exceeded", "deadline exceeded"},
		{"  padded 1  ", "padded N"},
	}
	for _, tt := range tests {
		if got := fold.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkNormalizeError(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		fold.Normalize("query 17: dial tcp 10.1.2.3:5432: connection refused (job 6f1c2e0a-3b4d-4c5e-8f90-1a2b3c4d5e6f)")
	}
}

func TestFolderForgetsQuietTasks(t *testing.T) {
	h := newFoldHarness(10*time.Minute, 100, time.Hour)
	for i := range 100 {
		h.fail(fmt.Sprintf("t%d", i), "boom")
	}
	h.fail("a", "boom")
	h.tick(10 * time.Minute) // the windows end empty: the groups close
	if h.fo.m.Tasks() != 101 {
		t.Fatalf("%d tasks remembered right after their groups closed, want 101", h.fo.m.Tasks())
	}
	h.tick(fold.ForgetAfter(10*time.Minute) - time.Second)
	if h.fo.m.Tasks() != 101 {
		t.Fatalf("%d tasks remembered before forgetAfter, want 101", h.fo.m.Tasks())
	}
	h.tick(time.Second)
	if h.fo.m.Tasks() != 0 || len(h.fo.m.Snapshot().Groups) != 0 {
		t.Fatalf("after forgetAfter: %d tasks, %d groups remembered", h.fo.m.Tasks(), len(h.fo.m.Snapshot().Groups))
	}
	h.out = nil
	h.fail("a", "boom")
	if got := h.summary(); got != "failed:a:1" {
		t.Fatalf("a forgotten task failing again: %s", got)
	}
}

func TestFolderKeepsTasksFailingAgain(t *testing.T) {
	h := newFoldHarness(10*time.Minute, 100, time.Hour)
	h.fail("a", "boom")
	h.tick(10 * time.Minute) // closes the group
	h.tick(fold.ForgetAfter(10*time.Minute) - time.Minute)
	h.fail("a", "other") // fails again before it is forgotten
	h.tick(time.Minute)  // the first forget time passes
	h.tick(10 * time.Minute)
	h.out = nil
	h.fail("a", "third")
	if got := h.summary(); got != "still-failing:a:1" {
		t.Fatalf("a task that kept failing: %s", got)
	}
}
