package errors

import (
	"bytes"
	"cmp"
	"strings"
	"testing"
)

// BenchmarkClassify classifies every reply of the labelled table; ns/op and
// allocs/op are per reply.
func BenchmarkClassify(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		r := table[n%len(table)]
		Classify(r.stage, r.reply)
		n++
	}
}

// BenchmarkParse parses every reply of the labelled table.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		Parse(table[n%len(table)].reply)
		n++
	}
}

// stackText is how long a reply can be and still be joined and folded in
// Classify's stack buffers (512 bytes, less the spaces folding adds).
const stackText = 500

// TestClassifyAllocations holds Classify to its budget of at most two
// allocations for every reply of the table that fits the stack buffers,
// whatever decides it and however long its evidence: the Error with its
// hints, and the evidence when it joins several parts; a longer reply may
// take two more. BenchmarkClassify's allocs/op is a mean
// rounded down, which hides replies over the budget.
func TestClassifyAllocations(t *testing.T) {
	over, longer := 0, 0
	for _, r := range table {
		budget := 2.0
		if len(r.reply) > stackText {
			budget = 4 // the joined and the folded text, past the stack buffers
			longer++
		}
		if n := testing.AllocsPerRun(2, func() { Classify(r.stage, r.reply) }); n > budget {
			over++
			if over <= 5 {
				t.Errorf("Classify(%s, %q) allocates %.0f times, want at most %.0f", r.stage, r.reply, n, budget)
			}
		}
	}
	t.Logf("%d of %d replies are longer than the stack buffers (%d bytes)", longer, len(table), stackText)
	if over > 5 {
		t.Errorf("%d more replies allocate more than twice", over-5)
	}
	// A carriage return inside a line is a space in the text: one copy.
	if n := testing.AllocsPerRun(10, func() { Classify("", "550 mailbox\runavailable") }); n > 2 {
		t.Errorf("a reply with a CR inside allocates %.0f times, want at most 2", n)
	}
	// Past the stack buffers (about 500 bytes), the joined and the folded
	// text each cost one more.
	long := "550-" + strings.Repeat("x", 300) + "\r\n550 " + strings.Repeat("y", 300)
	if n := testing.AllocsPerRun(10, func() { Classify("", long) }); n > 4 {
		t.Errorf("a reply of 600 bytes allocates %.0f times, want at most 4", n)
	}
}

// BenchmarkParseLongLines parses lines of about 100 KB built to make a
// reading of frames walk the line again for each candidate code (open
// tuples, quotes before closing punctuation, codes after colons and
// semicolons, Exim's "after …>:"); ns/op should grow with the length of
// the line, not with its square.
func BenchmarkParseLongLines(b *testing.B) {
	const n = 100 << 10
	lines := map[string]string{
		"tuples":      strings.Repeat("(550, b'x", n/9),
		"quotes":      strings.Repeat("'550 X ", n/14) + strings.Repeat(")", n/2),
		"colons":      strings.Repeat("failed: 550 X 5.1.1 ", n/20),
		"said":        strings.Repeat("a", n/2) + " 5.1.1 " + strings.Repeat("said: 550 X ", n/24),
		"exim":        strings.Repeat("x>: 450 a ", n/10),
		"dsn":         strings.Repeat("smtp; 550 x ", n/12),
		"client code": strings.Repeat("code", n/4),
	}
	for name, line := range lines {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(line)))
			for b.Loop() {
				Parse(line)
			}
		})
	}
}

// BenchmarkClassifyStages splits BenchmarkClassify's work into its steps,
// each run over every row of the table with what the steps before it
// made, to say where a reply's time goes: parse (the frame's stage and
// the reply's lines, parseJoin), fold (prepare), scan (the terms), decide
// (the rules, the codes and the guess) and error (the Error with its
// text, evidence, temporariness and hints: newReplyError, as Classify
// builds it). Each step alone finds the caches warmer than
// within Classify, so the sum is somewhat less than BenchmarkClassify.
func BenchmarkClassifyStages(b *testing.B) {
	type row struct {
		stage, frame Stage
		r            Reply
		joined       []byte
		code         int
		enh          string
		t            []byte
		f            found
		d            decision
		ev           evidence
	}
	rows := make([]row, len(table))
	for i, tr := range table {
		w := &rows[i]
		w.stage = tr.stage
		w.frame = frameStage(tr.stage, tr.reply)
		var buf [512]byte
		if strings.IndexByte(tr.reply, '\n') < 0 {
			w.r, _, _ = parseJoin(tr.reply, false, nil)
		} else {
			var joined []byte
			w.r, joined, _ = parseJoin(tr.reply, false, buf[:0])
			w.joined = bytes.Clone(joined)
		}
		var fbuf [512]byte
		var t []byte
		w.code, w.enh, t = prepare(w.r, w.joined, fbuf[:0])
		w.t = bytes.Clone(t)
		words.scan(w.t, &w.f)
		f := w.f
		w.d = words.decide(cmp.Or(w.stage, w.frame), w.code, w.enh, w.t, &f, &w.ev)
	}
	b.Run("parse", func(b *testing.B) {
		n := 0
		for b.Loop() {
			tr := table[n%len(table)]
			frameStage(tr.stage, tr.reply)
			if strings.IndexByte(tr.reply, '\n') < 0 {
				parseJoin(tr.reply, false, nil)
			} else {
				var buf [512]byte
				parseJoin(tr.reply, false, buf[:0])
			}
			n++
		}
	})
	b.Run("fold", func(b *testing.B) {
		n := 0
		for b.Loop() {
			w := &rows[n%len(rows)]
			var buf [512]byte
			prepare(w.r, w.joined, buf[:0])
			n++
		}
	})
	b.Run("scan", func(b *testing.B) {
		n := 0
		for b.Loop() {
			var f found
			words.scan(rows[n%len(rows)].t, &f)
			n++
		}
	})
	b.Run("decide", func(b *testing.B) {
		n := 0
		for b.Loop() {
			w := &rows[n%len(rows)]
			f := w.f
			var ev evidence
			words.decide(cmp.Or(w.stage, w.frame), w.code, w.enh, w.t, &f, &ev)
			n++
		}
	})
	b.Run("error", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			w := &rows[n%len(rows)]
			ev := w.ev
			words.newReplyError(w.d, w.stage, w.code, w.enh, w.t, &w.f, &ev, w.r.Text, w.joined)
			n++
		}
	})
}
