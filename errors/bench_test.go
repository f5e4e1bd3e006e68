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
