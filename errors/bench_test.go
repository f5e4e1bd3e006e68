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

// TestClassifyAllocations holds Classify to its budget of at most two
// allocations for every reply of the table, whatever decides it and
// however long its evidence: the Error with its hints, and the evidence
// when it joins several parts. BenchmarkClassify's allocs/op is a mean
// rounded down, which hides replies over the budget.
func TestClassifyAllocations(t *testing.T) {
	over := 0
	for _, r := range table {
		if n := testing.AllocsPerRun(2, func() { Classify(r.stage, r.reply) }); n > 2 {
			over++
			if over <= 5 {
				t.Errorf("Classify(%s, %q) allocates %.0f times, want at most 2", r.stage, r.reply, n)
			}
		}
	}
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
