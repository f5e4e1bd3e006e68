package errors

import (
	"slices"
	"testing"
)

// TestGsetEveryWord checks the set operations on groups in each of the
// four words, at both ends of each: a rule's groups may be any of them.
func TestGsetEveryWord(t *testing.T) {
	for _, i := range []int{0, 1, 63, 64, 65, 127, 128, 129, 190, 191, 192, 193, maxGroups - 1} {
		s := gset{}.with(i)
		if !s.has(i) || s.empty() || s.lowest() != i {
			t.Errorf("gset{}.with(%d): has %v, empty %v, lowest %d", i, s.has(i), s.empty(), s.lowest())
		}
		if got := slices.Collect(s.all()); !slices.Equal(got, []int{i}) {
			t.Errorf("gset{}.with(%d).all() = %v", i, got)
		}
		for _, j := range []int{0, 63, 64, 127, 128, 191, 192, maxGroups - 1} {
			o := gset{}.with(j)
			both := s.or(o)
			if !both.has(i) || !both.has(j) || !s.within(both) || !o.within(both) {
				t.Errorf("%d or %d = %v", i, j, both)
			}
			if got := both.andNot(o); got.has(j) || got.has(i) != (i != j) {
				t.Errorf("(%d or %d) andNot %d = %v", i, j, j, got)
			}
			if got := s.and(o); got.empty() != (i != j) {
				t.Errorf("%d and %d = %v", i, j, got)
			}
			if s.within(o) != (i == j) {
				t.Errorf("%d within %d = %v", i, j, s.within(o))
			}
			if lo := both.lowest(); lo != min(i, j) {
				t.Errorf("(%d or %d).lowest() = %d", i, j, lo)
			}
			if got, want := slices.Collect(both.all()), slices.Compact([]int{min(i, j), max(i, j)}); !slices.Equal(got, want) {
				t.Errorf("(%d or %d).all() = %v, want %v", i, j, got, want)
			}
		}
	}
}
