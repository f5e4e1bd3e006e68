package errors

import "testing"

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
}
