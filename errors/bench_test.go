package errors

import (
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
