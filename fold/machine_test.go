package fold_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/fold"
)

var t0 = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

// sample is what a caller keeps of a failure: plain data, as a durable
// notifier keeps it.
type sample struct {
	Text string
	N    int
}

func summary(ns []fold.Notice[sample]) string {
	var s []string
	for _, n := range ns {
		s = append(s, fmt.Sprintf("%s:%s:%d", n.Kind, n.Task, n.Count))
	}
	return strings.Join(s, " ")
}

func fail(task, text string, at time.Time) fold.Failure[sample] {
	return fold.Failure[sample]{Task: task, Fingerprint: fold.Fingerprint(task, "", text), At: at, Sample: sample{Text: text}}
}

func TestWindowsRepeatsAndRecovery(t *testing.T) {
	m := fold.New[sample](fold.Rules{Window: 10 * time.Minute, Limit: 100, Interval: time.Hour, Recovered: true})
	now := t0
	var out []fold.Notice[sample]
	out = append(out, m.Fail(fail("a", "error 1", now), now)...)
	for range 5 {
		now = now.Add(time.Minute)
		out = append(out, m.Advance(now)...)
		out = append(out, m.Fail(fail("a", "error 2", now), now)...)
	}
	if got := summary(out); got != "failed:a:1" {
		t.Fatalf("within the window: %s", got)
	}
	if want := t0.Add(10 * time.Minute); !m.Next().Equal(want) {
		t.Fatalf("Next = %v, want the window's end %v", m.Next(), want)
	}
	now = now.Add(5 * time.Minute)
	out = append(out, m.Advance(now)...)
	if got := summary(out); got != "failed:a:1 repeated:a:5" {
		t.Fatalf("window over: %s", got)
	}
	if r := out[1]; !r.FirstAt.Equal(t0.Add(time.Minute)) || !r.LastAt.Equal(t0.Add(5*time.Minute)) || r.First.Text != "error 2" {
		t.Errorf("repeated: first %v last %v sample %+v", r.FirstAt, r.LastAt, r.First)
	}
	out = append(out, m.Fail(fail("a", "other", now), now)...)
	out = append(out, m.Fail(fail("a", "other", now), now)...)
	out = append(out, m.Succeed("a", now, now)...)
	if got := summary(out); got != "failed:a:1 repeated:a:5 still-failing:a:1 repeated:a:1 recovered:a:0" {
		t.Fatalf("after success: %s", got)
	}
	if r := out[len(out)-1]; r.Streak != 8 || !r.FailingSince.Equal(t0) {
		t.Errorf("recovered: streak %d since %v, want 8 since %v", r.Streak, r.FailingSince, t0)
	}
}

func TestRateLimitHoldsNoticesForOneDigest(t *testing.T) {
	m := fold.New[sample](fold.Rules{Window: time.Minute, Limit: 3, Interval: time.Hour})
	now := t0
	var out []fold.Notice[sample]
	for i := range 10 {
		out = append(out, m.Fail(fail(fmt.Sprintf("t%d", i), "boom", now), now)...)
		now = now.Add(time.Second)
		out = append(out, m.Advance(now)...)
	}
	if got := summary(out); got != "failed:t0:1 failed:t1:1 failed:t2:1" {
		t.Fatalf("first notices: %s", got)
	}
	if m.Held() != 7 || !m.Next().Equal(t0.Add(time.Minute)) {
		t.Fatalf("held %d, next %v", m.Held(), m.Next())
	}
	now = t0.Add(time.Hour)
	out = append(out, m.Advance(now)...)
	if got := summary(out); got != "failed:t0:1 failed:t1:1 failed:t2:1 digest::7" {
		t.Fatalf("after the interval: %s", got)
	}
	if d := out[3]; len(d.Parts) != 7 || d.Parts[0].Task != "t3" {
		t.Errorf("digest parts: %s", summary(d.Parts))
	}
}

// A machine restored from a snapshot, after a JSON round trip (as a
// workflow's continue-as-new carries it), decides exactly what the machine
// it was taken from decides, and every failure is accounted for once.
func TestSnapshotRestoreIsTheSameMachine(t *testing.T) {
	rules := fold.Rules{Window: 5 * time.Minute, Limit: 4, Interval: 10 * time.Minute, Recovered: true}
	rng := rand.New(rand.NewPCG(1, 2))
	a := fold.New[sample](rules)
	b := fold.New[sample](rules)
	now := t0
	var outA, outB []fold.Notice[sample]
	total := 0
	for i := range 5000 {
		now = now.Add(time.Duration(rng.IntN(40)) * time.Second)
		if i%97 == 0 { // carry b over, through JSON
			raw, err := json.Marshal(b.Snapshot())
			if err != nil {
				t.Fatal(err)
			}
			var s fold.State[sample]
			if err := json.Unmarshal(raw, &s); err != nil {
				t.Fatal(err)
			}
			b = fold.Restore(rules, s)
		}
		outA = append(outA, a.Advance(now)...)
		outB = append(outB, b.Advance(now)...)
		task := fmt.Sprintf("task%d", rng.IntN(8))
		switch rng.IntN(10) {
		case 0:
			outA = append(outA, a.Succeed(task, now, now)...)
			outB = append(outB, b.Succeed(task, now, now)...)
		default:
			f := fail(task, fmt.Sprintf("error kind %c at %d", 'a'+rune(rng.IntN(3)), i), now)
			f.Sample.N = i
			f.Weight = 1 + rng.IntN(3)
			f.ID = fmt.Sprint(i)
			total += f.Weight
			outA = append(outA, a.Fail(f, now)...)
			outB = append(outB, b.Fail(f, now)...)
		}
	}
	outA = append(outA, a.Flush(now)...)
	outB = append(outB, b.Flush(now)...)
	if !reflect.DeepEqual(normalize(outA), normalize(outB)) {
		t.Fatalf("restored machine differs: %d notices vs %d", len(outA), len(outB))
	}
	counted, ids := 0, map[string]int{}
	for _, n := range outA {
		parts := []fold.Notice[sample]{n}
		if n.Kind == fold.Digest {
			parts = n.Parts
		}
		sum := 0
		for _, p := range parts {
			counted += p.Count
			sum += p.Count
			for _, id := range p.IDs {
				ids[id]++
			}
		}
		if sum != n.Count {
			t.Errorf("%s notice counts %d, its parts %d", n.Kind, n.Count, sum)
		}
	}
	if counted != total {
		t.Errorf("notices account for %d failures, %d failed", counted, total)
	}
	for id, c := range ids {
		if c != 1 {
			t.Errorf("failure %s in %d notices", id, c)
		}
	}
	if len(outA) < 100 {
		t.Errorf("only %d notices: the sequence does not exercise the rules", len(outA))
	}
}

// normalize drops what a JSON round trip changes but does not matter
// (monotonic clock readings, nil against empty slices).
func normalize(ns []fold.Notice[sample]) string {
	raw, _ := json.Marshal(ns)
	return string(raw)
}

func Example() {
	m := fold.New[string](fold.Rules{Window: 10 * time.Minute, Limit: 10, Interval: time.Hour, Recovered: true})
	start := time.Date(2026, 1, 1, 9, 0, 0, 0, time.UTC)
	show := func(ns []fold.Notice[string]) {
		for _, n := range ns {
			fmt.Printf("%s %s: %d failure(s), last: %s\n", n.Kind, n.Task, n.Count, n.Last)
		}
	}
	for i := range 4 {
		at := start.Add(time.Duration(i) * time.Minute)
		text := fmt.Sprintf("dial tcp 10.0.0.%d:5432: connection refused", i)
		show(m.Fail(fold.Failure[string]{Task: "backup", Fingerprint: fold.Fingerprint("backup", "", text), At: at, Sample: text}, at))
	}
	show(m.Advance(m.Next())) // the fold window ends
	show(m.Succeed("backup", start.Add(20*time.Minute), start.Add(20*time.Minute)))
	// Output:
	// failed backup: 1 failure(s), last: dial tcp 10.0.0.0:5432: connection refused
	// repeated backup: 3 failure(s), last: dial tcp 10.0.0.3:5432: connection refused
	// recovered backup: 0 failure(s), last:
}
