package errors

import "iter"

// gset is a set of word groups, one bit per group: four words hold the
// 256 groups the rules may name (maxGroups). It is a value type; the methods
// cost a few instructions and do not allocate.
type gset [4]uint64

// maxGroups is the number of groups a gset can hold. The rules name all
// 256: a new group needs two of the same kind and place merged (as
// membersonly holds a list's refusal of its poster), or a gset of five
// words.
const maxGroups = 256

// with returns s with group i added.
func (s gset) with(i int) gset {
	s[i>>6] |= 1 << (i & 63)
	return s
}

// has reports whether group i is in s.
func (s gset) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }

// or returns the union of s and o.
func (s gset) or(o gset) gset { return gset{s[0] | o[0], s[1] | o[1], s[2] | o[2], s[3] | o[3]} }

// and returns the groups in both s and o.
func (s gset) and(o gset) gset { return gset{s[0] & o[0], s[1] & o[1], s[2] & o[2], s[3] & o[3]} }

// andNot returns the groups of s that are not in o.
func (s gset) andNot(o gset) gset {
	return gset{s[0] &^ o[0], s[1] &^ o[1], s[2] &^ o[2], s[3] &^ o[3]}
}

// empty reports whether s holds no group.
func (s gset) empty() bool { return s[0]|s[1]|s[2]|s[3] == 0 }

// within reports whether every group of s is in o.
func (s gset) within(o gset) bool { return s[0]&^o[0]|s[1]&^o[1]|s[2]&^o[2]|s[3]&^o[3] == 0 }

// lowest returns the lowest group in s; s must not be empty.
func (s gset) lowest() int {
	if s[0] != 0 {
		return bitIndex(s[0])
	}
	if s[1] != 0 {
		return 64 + bitIndex(s[1])
	}
	if s[2] != 0 {
		return 128 + bitIndex(s[2])
	}
	return 192 + bitIndex(s[3])
}

// all yields the groups of s, lowest first.
func (s gset) all() iter.Seq[int] {
	return func(yield func(int) bool) {
		for w := range s {
			for x := s[w]; x != 0; x &= x - 1 {
				if !yield(w*64 + bitIndex(x)) {
					return
				}
			}
		}
	}
}
