package errors

import "strings"

// evidence is what decided a reply's kind, kept as the parts it is made
// of while the decision is taken (a rule's words or a code, then what the
// address or the stage made of them) and joined once, when the Error is
// built. One evidence lives in classifyWith's frame and the steps of the
// decision write to it, so that Classify costs at most two allocations
// whatever decided: the Error with its hints, and the text and evidence
// when either is made of more than one part. (A reply longer than the
// stack buffers, about 500 bytes, costs up to two more: its joined and
// its folded text.)
type evidence struct {
	part [maxEvidenceParts]string
	n    int
}

// maxEvidenceParts bounds the parts of an evidence. The longest decision
// needs eleven: a guess over a decision (three), two words ("'a' and 'b'
// in the text": five parts), whose address it is (three).
const maxEvidenceParts = 12

// set makes e the parts.
func (e *evidence) set(parts ...string) {
	e.n = 0
	e.add(parts...)
}

// add appends parts to e.
func (e *evidence) add(parts ...string) {
	e.room(len(parts))
	e.n += copy(e.part[e.n:], parts)
}

// prepend puts parts before those of e.
func (e *evidence) prepend(parts ...string) {
	e.room(len(parts))
	copy(e.part[len(parts):], e.part[:e.n])
	copy(e.part[:], parts)
	e.n += len(parts)
}

// room panics unless n more parts fit: a decision with more parts than
// maxEvidenceParts is a bug of the rules, not of the reply.
func (e *evidence) room(n int) {
	if e.n+n > len(e.part) {
		panic("errors: evidence of more than maxEvidenceParts parts")
	}
}

// is reports whether e is exactly s.
func (e *evidence) is(s string) bool { return e.n == 1 && e.part[0] == s }

// String joins the parts: no allocation for one part, one for more.
func (e *evidence) String() string {
	if e.n == 1 {
		return e.part[0]
	}
	return joinParts(nil, e.part[:e.n])
}

// joinParts returns prefix followed by parts in one string, built in one
// allocation ("" and none when they are empty).
func joinParts(prefix []byte, parts []string) string {
	size := len(prefix)
	for _, p := range parts {
		size += len(p)
	}
	if size == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(size)
	b.Write(prefix)
	for _, p := range parts {
		b.WriteString(p)
	}
	return b.String()
}
