package errors

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The matcher behind the rules of rules.go. It folds the reply text once
// (fold), finds every term of every group in one pass over it (an index of
// the terms by their first twelve bytes, or six or three for shorter terms,
// so the cost grows with the length of the reply, not with the number of
// terms),
// and then walks the rules in order, each a bit mask of the groups it
// needs. No allocation: the folded text lives in a stack buffer for replies
// up to 500 bytes or so.

// matcher is the compiled form of groups, plainRules and vagueRules.
type matcher struct {
	terms    []string   // folded terms, by id
	info     []termInfo // what find needs of each term, together
	termMask []gset     // the groups each term belongs to
	evidence []string   // "'term' in the text", by term id
	shown    []string   // the term as evidence quotes it, by term id
	// The terms by the hash of their first longerLen bytes, or of their
	// first keyLen when they are shorter, or of their first three when
	// they are shorter still: the terms of hash h (hashOf) are in
	// bucket h>>fineShift, entries[start[b]:start[b+1]]; a bit per
	// three-byte prefix of any term (prefix), then longer, long and short
	// with a bit per hash (or per bucket) of a term of that kind, spare
	// most positions of a reply a look at a bucket. Terms that share
	// their first bytes (or a hash) share a bucket, and the test of their
	// first eight bytes (indexEntry.head) tells them apart. Hashing six
	// bytes rather than three keeps most buckets small: "not " starts
	// dozens of terms, "not su" two; and twelve rather than six keeps the
	// terms that start with "message " (37) or "recipien" (29) apart.
	index indexTable
	// starts marks the bytes some term starts with (startsTerm) and the
	// digits (startsDigit): a position whose byte is neither (a space,
	// most punctuation, the inside of a UTF-8 sequence) cannot start a
	// match or an IP address and is not looked at further.
	starts    [256]uint8
	groupName []string
	plain     ruleList
	vague     ruleList
	subject   ruleList
	providers gset // the groups that name a provider (provider.go)

	inReplyMail, inReplyRcpt, inReplyData gset // "(in reply to … command)"

	senderGroup, mailboxGroup int      // the subjects whoseAddress weighs
	authBadGroup              int      // a login's trouble named apart ("not supported"): replyProvider's first look
	existGroup                int      // an address said not to exist (syntaxOfAddress)
	bare                      gset     // the groups of words that may be all a reply says (bareGroups)
	bareEvidence              []string // by term id: the evidence when a bare group's term is all a reply says
	addressFormGroup          int      // an address in the wrong form (whoseAddress)
	recipientGroup            int      // the recipient named as such (whoseAddress)
	// invalidTerms marks the terms that call an address invalid
	// without saying how (syntaxOfAddress).
	invalidTerms []bool // by term id + 1, as found.term holds them
	// ipGroup is present when the text holds an IP address literal (ipTerm
	// is the pseudo-term evidence quotes for it) or one of the group's
	// terms (an address as a link's "ip=" query): replies name the client
	// they refuse by its address ("554 Too much spam from 192.0.2.1"),
	// where a bounce names the server that answered by its host and
	// address followed by "said" (see ipv4Literal).
	ipGroup, ipTerm int
	// hostReputation are the groups that name the client's address
	// itself (a blocklist, reverse DNS, reputation), which no login
	// lifts (refineKind).
	hostReputation gset
	// guess weighs the words of a reply nothing else decided (guess.go).
	guess *guessModel
}

type compiledRule struct {
	kind  Kind
	mask  gset
	first int  // the group whose term is quoted first in the evidence
	other int  // the second group, -1 when the rule has one
	not   gset // groups that must be absent
	temp  bool
	only  codes // the replies it is for, by their codes
	// serverName: the rule is about the server's own name (rule).
	serverName bool
}

// words is the matcher, built once when the package is loaded.
var words = withGuess(compileMatcher(nil), guessModelFor)

// withGuess returns m with guess model g.
func withGuess(m *matcher, g *guessModel) *matcher {
	m.guess = g
	return m
}

// compileMatcher compiles the rules, leaving out the terms in skip (folded;
// only the generalisation test skips any).
func compileMatcher(skip map[string]bool) *matcher {
	m := &matcher{}
	names := make([]string, 0, len(groups)+len(providerGroups))
	for n := range groups {
		names = append(names, n)
	}
	for n := range providerGroups {
		names = append(names, n)
	}
	sort.Strings(names)
	if len(names) > maxGroups {
		panic("errors: more word groups than a gset holds")
	}
	m.groupName = names
	index := map[string]int{}
	for i, n := range names {
		index[n] = i
	}
	termID := map[string]int{}
	var buckets [tableSize][]uint16
	// addTerm adds folded term f to group gi; shown is how the evidence
	// quotes it.
	addTerm := func(gi int, f string, wordEnd bool, shown string) {
		key := f // the term's identity: f, and a space when it ends a word
		if wordEnd {
			key += " "
		}
		if skip[key] {
			return
		}
		id, ok := termID[key]
		if !ok {
			id = len(m.terms)
			termID[key] = id
			m.terms = append(m.terms, key)
			m.info = append(m.info, termInfo{term: f, wordEnd: wordEnd})
			m.starts[f[0]] |= startsTerm
			m.termMask = append(m.termMask, gset{})
			m.evidence = append(m.evidence, "'"+shown+"' in the text")
			m.shown = append(m.shown, shown)
			h, _ := hashOf(f)
			buckets[h>>fineShift] = append(buckets[h>>fineShift], uint16(id))
		}
		m.termMask[id] = m.termMask[id].with(gi)
	}
	for gi, n := range names {
		list, ok := groups[n]
		if !ok {
			list = providerGroups[n]
			m.providers = m.providers.with(gi)
		}
		for _, t := range list {
			f := string(fold(nil, t))
			// fold pads with a space at each end; a term is looked for at
			// word starts, so a leading space in rules.go only documents
			// that the term is a whole word. A trailing space says that the
			// term must end a word too: what follows it is not a letter or
			// digit ("full " matches "full.", "full)" and "full" at the end,
			// not "fully").
			f = f[1 : len(f)-1]
			wordEnd := t[len(t)-1] == ' '
			switch {
			case wordEnd && len(f) == 2:
				// Too short for the index: a two-letter word ("ip") is
				// looked for followed by each byte that ends a word in
				// practice, as three-byte terms.
				for i := 0; i < len(shortWordEnds); i++ {
					// After '.' or '/' a name may go on ("mx.example.com"):
					// what follows must end a word too.
					c := shortWordEnds[i]
					addTerm(gi, f+string(c), c == '.' || c == '/', f)
				}
			case len(f) < 3:
				panic("errors: word term shorter than 3 bytes: " + t)
			case strings.IndexByte(f, 0) >= 0:
				// find's exact tests of a term's first bytes need none.
				panic("errors: term with a zero byte: " + t)
			default:
				addTerm(gi, f, wordEnd, shownTerm(f))
				// A contraction is typed without its apostrophe as often
				// ("This user doesnt have a yahoo.com account", "couldnt
				// resolve host"): the term is looked for that way too.
				if bare := strings.ReplaceAll(f, "n't", "nt"); bare != f {
					addTerm(gi, bare, wordEnd, bare)
				}
			}
		}
	}
	for id := range m.info {
		m.info[id].groups = m.termMask[id]
	}
	for name, framed := range framedTerms {
		// The term as a prefix and as a whole word ("invalid " in a
		// group that needs the word to end) are two terms: frame both,
		// and their spellings without an apostrophe ("doesnt accept
		// email").
		found := false
		bare := strings.ReplaceAll(name, "n't", "nt")
		for _, key := range []string{name, name + " ", bare, bare + " "} {
			if id, ok := termID[key]; ok {
				m.info[id].framed = framed
				found = true
			}
		}
		if !found && len(skip) == 0 {
			panic("errors: framed term " + name + " is in no group")
		}
	}
	for name, group := range framedElsewhere {
		gi, ok := index[group]
		if !ok || framedTerms[name] == noFrame {
			panic("errors: framedElsewhere names no frame or group: " + name)
		}
		for _, key := range []string{name, name + " "} {
			if id, ok := termID[key]; ok {
				m.info[id].elsewhere = uint16(gi + 1)
			}
		}
	}
	m.index.build(&buckets, m.info)
	for c := range m.starts {
		if alnum(byte(c)) {
			m.starts[c] |= byteAlnum
		}
		if isDigit(byte(c)) || c == 'x' {
			m.starts[c] |= startsDigit // 'x' for a masked address (ipv4At)
		}
	}
	// group is the index of a group the rules or the code below name: a
	// name missing from rules.go would otherwise silently be group 0.
	group := func(name string) int {
		i, ok := index[name]
		if !ok {
			panic("errors: unknown word group " + name)
		}
		return i
	}
	compile := func(rs []rule) ruleList {
		out := make([]compiledRule, len(rs))
		for i, r := range rs {
			c := compiledRule{kind: r.kind, temp: r.temp, serverName: r.serverName, only: r.only, other: -1}
			for j, g := range r.groups {
				gi := group(g)
				c.mask = c.mask.with(gi)
				if j == 0 {
					c.first = gi
				} else {
					c.other = gi
				}
			}
			for _, g := range r.without {
				c.not = c.not.with(group(g))
			}
			out[i] = c
		}
		return newRuleList(out)
	}
	m.senderGroup, m.mailboxGroup = group("sender"), group("mailbox")
	m.authBadGroup = group("authbad")
	m.existGroup = group("saidnotexist")
	for _, g := range bareGroups {
		m.bare = m.bare.with(group(g))
	}
	// The evidence of the bare words of those groups, built once so that
	// deciding by them allocates nothing more (decide).
	m.bareEvidence = make([]string, len(m.terms))
	for id := range m.terms {
		if !m.termMask[id].and(m.bare).empty() {
			m.bareEvidence[id] = "'" + m.shown[id] + "' and no word of a cause: no cause named"
		}
	}
	m.addressFormGroup = group("addressform")
	m.recipientGroup = group("recipientword")
	m.invalidTerms = make([]bool, len(m.terms)+2) // and the IP pseudo-term, added below
	for _, w := range invalidWords {
		for _, key := range []string{w, w + " "} {
			if id, ok := termID[key]; ok {
				m.invalidTerms[id+1] = true
			}
		}
	}
	m.ipGroup, m.ipTerm = group("ipaddress"), len(m.terms)
	m.terms = append(m.terms, "")
	m.info = append(m.info, termInfo{})
	m.termMask = append(m.termMask, gset{}.with(m.ipGroup))
	m.evidence = append(m.evidence, "an IP address in the text")
	m.shown = append(m.shown, "an IP address")
	for _, g := range []string{"clientlisted", "listword", "reversedns", "reputation", "senderip"} {
		m.hostReputation = m.hostReputation.with(group(g))
	}
	m.inReplyMail = gset{}.with(group("inreply_mail"))
	m.inReplyRcpt = gset{}.with(group("inreply_rcpt"))
	m.inReplyData = gset{}.with(group("inreply_data"))
	m.plain = compile(plainRules)
	m.vague = compile(vagueRules)
	m.subject = compile(subjectRules)
	return m
}

// termInfo is what find needs of a term once its bucket entry matched and
// the entry does not say (indexEntry): its groups when it has several, its
// frame, and its bytes past the sixteenth.
type termInfo struct {
	groups  gset
	term    string
	wordEnd bool  // the term must end a word
	framed  frame // the frame in which the term names no cause (framedTerms)
	// elsewhere is, plus one, the group the term is found for in its
	// frame instead of its own (framedElsewhere); 0 for none.
	elsewhere uint16
}

// tableSize is the number of buckets of an indexTable. A term's hash has
// fineBits: the bit tests of the terms keyed by keyLen or longerLen bytes
// use them all (a bit set by some other term is rarer with eight times
// the bits); the bucket, and the tests of three-byte prefixes and short
// terms, the first tableBits.
const (
	tableBits = 13
	tableSize = 1 << tableBits
	fineBits  = 16
	fineShift = fineBits - tableBits
)

// indexTable holds terms by the hash of their first bytes.
type indexTable struct {
	start   [tableSize + 1]uint16
	entries []indexEntry
	// A bit per bucket that holds a term keyed by its first longerLen
	// bytes (longer), its first keyLen (long), or its first three (short):
	// a position that passes the prefix test costs three more bit tests,
	// each missing unless a term of its kind is there. Those of longer and
	// long have a bit per hash (fineSet) rather than per bucket: with a bit
	// per bucket, half of longer's were set, and half the positions that
	// looked at a bucket found no term of it there.
	longer, long fineSet
	short        bucketBits
	// prefix has a bit for the first three bytes of every term, whatever
	// its key: a word whose first three bytes start no term (a quarter of
	// the words that get this far over the table) costs one bit test.
	prefix bucketBits
}

// indexEntry is a term in its bucket, with its first sixteen bytes: most
// terms a bucket holds fail the test of the first eight, which then costs
// no look at the term itself, and many that pass it share those eight
// with others ("mailbox ", "message ") and fail the test of the next. It
// holds what find needs of the nine terms in ten that belong to one group
// and need no frame, so that find looks at termInfo only for the rest and
// for the bytes of a term past its sixteenth, and it is 24 bytes: the
// entries a reply's words look at are spread over the table, and fewer
// bytes are fewer of them to fetch.
type indexEntry struct {
	head, next uint64 // the term's bytes 0 to 7 and 8 to 15, zeros past its end
	id         uint16
	// run is, on the first entry of a run of terms with the same first
	// eight bytes, the number of entries in the run; 1 on the others (the
	// test that skips a run cannot fail there: they share the first's
	// eight bytes).
	run   uint16
	n     uint8 // the term's length
	group uint8 // the term's group, when flags has entryOneGroup
	flags uint8
	// masks is how many of the term's bytes head holds (up to eight, low
	// four bits) and next (high four), as indexes of byteMasks: worked
	// out once here rather than at each test, in a byte the entry's
	// 24 would otherwise leave as padding.
	masks uint8
}

// The flags of an indexEntry.
const (
	entryOneGroup  = 1 << iota // the term belongs to group only
	entryWordEnd               // the term must end a word (termInfo.wordEnd)
	entryFramed                // the term has a frame (termInfo.framed)
	entryElsewhere             // in its frame, the term names another group (termInfo.elsewhere)
)

// byteMasks[n] is the mask of the first n bytes of a little-endian
// uint64, for n up to 8.
// The array has sixteen for an index of four bits, which needs no bounds
// check; past eight they are unused.
var byteMasks = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// build fills x from the term ids of each bucket; info has their terms.
func (x *indexTable) build(buckets *[tableSize][]uint16, info []termInfo) {
	for h, b := range buckets {
		x.start[h] = uint16(len(x.entries))
		// The longer terms first: a group present through two terms at
		// the same position quotes the longer ("sender address", not
		// "sender").
		//
		// Terms of eight bytes or more that share their first eight sit
		// together (a run), each first entry of a run saying how long it
		// is, so that a failed test of the first eight bytes skips the
		// run ("authenticati" starts some forty terms of one bucket). Two runs cannot
		// both match at one position, so their order does not matter to
		// the longer-first rule; the shorter terms follow, longest first.
		b = slices.Clone(b)
		slices.SortStableFunc(b, func(p, q uint16) int {
			tp, tq := info[p].term, info[q].term
			switch {
			case len(tp) >= 8 && len(tq) >= 8:
				if c := strings.Compare(tp[:8], tq[:8]); c != 0 {
					return c
				}
			case len(tp) >= 8:
				return -1
			case len(tq) >= 8:
				return 1
			}
			return len(tq) - len(tp)
		})
		run := -1 // the first entry of the run the last entry is in
		for _, id := range b {
			term := info[id].term
			if len(term) > 255 {
				panic("errors: term longer than 255 bytes: " + term)
			}
			e := indexEntry{id: id, run: 1, n: uint8(len(term))}
			e.masks = uint8(min(len(term), 8) | max(min(len(term)-8, 8), 0)<<4)
			e.head = headOf(term)
			if len(term) > 8 {
				e.next = headOf(term[8:])
			}
			ti := &info[id]
			if g := ti.groups.lowest(); ti.groups == (gset{}).with(g) {
				e.group, e.flags = uint8(g), entryOneGroup
			}
			if ti.wordEnd {
				e.flags |= entryWordEnd
			}
			if ti.framed != noFrame {
				e.flags |= entryFramed
			}
			if ti.elsewhere != 0 {
				e.flags |= entryElsewhere
			}
			switch {
			case len(term) < 8:
				run = -1 // a shorter term is a run of its own
			case run >= 0 && x.entries[run].head == e.head:
				x.entries[run].run++
			default:
				run = len(x.entries)
			}
			x.entries = append(x.entries, e)
			x.prefix.set(hashHead(e.head, 3))
			switch fine, kind := hashOf(term); kind {
			case keyLonger:
				x.longer.set(fine)
			case keyLong:
				x.long.set(fine)
			default:
				x.short.set(fine)
			}
		}
	}
	x.start[tableSize] = uint16(len(x.entries))
}

// bucket returns the terms of the bucket of hash h.
func (x *indexTable) bucket(h int) []indexEntry {
	h >>= fineShift
	return x.entries[x.start[h]:x.start[h+1]]
}

// fineSet has a bit per hash of a term (fineBits): for the terms keyed
// by keyLen or longerLen bytes (98% of them; 85% by longerLen), whose
// bits would fill half of a bucketBits.
type fineSet [1 << fineBits / 64]uint64

// has reports whether b has hash h's bit; h is a hashHead or hashLonger.
func (b *fineSet) has(h int) bool { return b[uint(h)/64]&(1<<(uint(h)%64)) != 0 }

// set sets hash h's bit.
func (b *fineSet) set(h int) { b[uint(h)/64] |= 1 << (uint(h) % 64) }

// bucketBits has a bit per bucket of an indexTable: some 160 short terms,
// and the three-byte prefixes of all, set fewer than one bit in five.
type bucketBits [tableSize / 64]uint64

// has reports whether b has the bit of hash h's bucket; h is a hashHead.
func (b *bucketBits) has(h int) bool {
	h >>= fineShift
	return b[uint(h)/64]&(1<<(uint(h)%64)) != 0
}

// set sets the bit of hash h's bucket.
func (b *bucketBits) set(h int) { h >>= fineShift; b[uint(h)/64] |= 1 << (uint(h) % 64) }

// keyLen and longerLen are the numbers of first bytes that index a term at
// least that long.
const (
	keyLen    = 6
	longerLen = 12
)

// keyKind is how many of its first bytes index a term.
type keyKind uint8

const (
	keyShort  keyKind = iota // three
	keyLong                  // keyLen
	keyLonger                // longerLen
)

// hashOf returns the hash of folded term f (fineBits; its bucket is
// h>>fineShift), and how many of its first bytes are its key.
func hashOf(f string) (h int, kind keyKind) {
	head := headOf(f)
	switch {
	case len(f) >= longerLen:
		next := headOf(f[8:])
		return hashLonger(head, next), keyLonger
	case len(f) >= keyLen:
		return hashHead(head, keyLen), keyLong
	}
	return hashHead(head, 3), keyShort
}

// hashLonger returns the hash (fineBits) of the first longerLen bytes of a
// text whose first eight are x and next eight y (little-endian).
func hashLonger(x, y uint64) int {
	y &= 1<<(8*(longerLen-8)) - 1
	return int((x*0x9e3779b97f4a7c15 ^ y*0xc2b2ae3d27d4eb4f) >> (64 - fineBits))
}

// hashHead returns the hash (fineBits) of the first n bytes of x
// (little-endian).
func hashHead(x uint64, n int) int {
	x &= 1<<(8*n) - 1
	return int(x * 0x9e3779b97f4a7c15 >> (64 - fineBits))
}

// headOf returns the first eight bytes of s (little-endian, as head8 reads
// a text), zeros past its end.
func headOf(s string) (head uint64) {
	for k := 0; k < 8 && k < len(s); k++ {
		head |= uint64(s[k]) << (8 * k)
	}
	return head
}

// head8 returns the (up to) eight bytes of t at i, little-endian, with
// zeros past the end of t.
func head8(t []byte, i int) uint64 {
	if i+8 <= len(t) {
		return load8(t, i)
	}
	return headTail(t, i)
}

// headTail is head8 of the last (up to) seven bytes of t, apart so that
// head8 is small enough to inline.
func headTail(t []byte, i int) uint64 {
	var x uint64
	for k := len(t) - 1; k >= i; k-- {
		x = x<<8 | uint64(t[k])
	}
	return x
}

// found is what one scan of a reply found: the groups present and, for
// each, the first term that made it present.
type found struct {
	present gset
	term    [maxGroups]int16 // term id + 1; 0 when the group is absent
	// noAt is whether the text holds no '@', so that no term is in an
	// address (inAddress): about six replies in seven of the table, and
	// one look at the text (a vector search) spares a look around each
	// term found.
	noAt bool
	// exFrom and exTo bound the list of examples in parentheses the text
	// may hold (exampleSpan): no term in it is evidence.
	exFrom, exTo int
}

// unsaid reports whether the term at t[i] of folded text t names no
// cause: it follows a hedge (hedged), or it lies in the text's list of
// examples (exampleSpan).
func (f *found) unsaid(t []byte, i int) bool {
	return hedged(t, i) || i > f.exFrom && i < f.exTo
}

// scan finds the terms of every group in folded text t, and marks the IP
// group when t holds an IP address that is not the answering server's
// (ipv4Literal, ipv6Literal). A term is looked for only where a word
// starts (wordStart: not after an ASCII letter or digit, nor inside a word
// of another alphabet), so "quota" matches "over quota" and "quota." but
// not "aquota"; text in scripts written without spaces is looked at
// character by character.
func (m *matcher) scan(t []byte, f *found) {
	ip := false
	// afterWord is whether the byte before i is an ASCII letter or digit,
	// so that i starts no word (wordStart); the byte at i is looked up
	// once for that and for what it may start.
	afterWord := len(t) > 0 && alnum(t[0])
	f.noAt = bytes.IndexByte(t, '@') < 0
	f.exFrom, f.exTo = exampleSpan(t)
	for i := 1; i < len(t)-2; i++ {
		s := m.starts[t[i]]
		inWord := afterWord
		afterWord = s&byteAlnum != 0
		if inWord || s&(startsTerm|startsDigit) == 0 {
			continue
		}
		if s&startsDigit != 0 && !ip {
			ip = ipv4Literal(t, i)
		}
		if s&startsTerm == 0 {
			continue
		}
		// Away from the end of the text, sixteen bytes load directly
		// (head8 is too big to inline, and most words are there).
		var x, y uint64
		if i+16 <= len(t) {
			x, y = binary.LittleEndian.Uint64(t[i:]), binary.LittleEndian.Uint64(t[i+8:])
		} else {
			x, y = head8(t, i), head8(t, i+8)
		}
		h3 := hashHead(x, 3)
		if !m.index.prefix.has(h3) {
			continue
		}
		if alphabetLead(t[i]) && i >= 2 && alphabetLead(t[i-2]) {
			continue // inside a word of another alphabet (wordStart)
		}
		// The longer terms first: a group present at the same position
		// through both quotes the longer ("from: header", not "from:").
		if i+longerLen <= len(t) {
			if h := hashLonger(x, y); m.index.longer.has(h) {
				m.find(t, i, x, y, m.index.bucket(h), f)
			}
		}
		if i+keyLen <= len(t) {
			if h := hashHead(x, keyLen); m.index.long.has(h) {
				m.find(t, i, x, y, m.index.bucket(h), f)
			}
		}
		if m.index.short.has(h3) {
			m.find(t, i, x, y, m.index.bucket(h3), f)
		}
	}
	if ip || ipv6Literal(t) {
		f.present = f.present.with(m.ipGroup)
		f.term[m.ipGroup] = int16(m.ipTerm) + 1
	}
}

// ipv4Literal and ipv6Literal report whether folded text t holds an IP
// address (IPv4 at i, which starts a word; or IPv6 with "::" or written
// "ipv6:") that is not the answering server's: a bounce names the server
// that answered by its host name and address ("host
// mx.example.com[192.0.2.1] said:", Exim's "host mx.example.com
// [192.0.2.1]:"), not the client it refused. scan looks for IPv4 at each
// word that starts with a digit, on its way through the text.
func ipv4Literal(t []byte, i int) bool {
	if p := t[i-1]; p == '.' || p == ':' {
		return false
	}
	end := ipv4At(t, i)
	return end >= 0 && !serverAddress(t, i, end)
}

// ipv6Literal is ipv4Literal's IPv6 half, for the whole of t; most
// replies have neither "::" nor "ipv6:", and cost one walk over their
// colons (mayHoldIPv6).
func ipv6Literal(t []byte) bool {
	if !mayHoldIPv6(t) {
		return false
	}
	for i := 1; i < len(t); i++ {
		if c := t[i]; !hexDigit(c) && c != ':' && c != 'i' {
			continue
		}
		if p := t[i-1]; alnum(p) || p == '.' || p == ':' {
			continue
		}
		if end := ipv6At(t, i); end >= 0 && !serverAddress(t, i, end) {
			return true
		}
	}
	return false
}

// mayHoldIPv6 reports whether t has "::" or "ipv6:", in one pass over its
// colons (most replies have a few, if any).
func mayHoldIPv6(t []byte) bool {
	for j := 0; j < len(t); j++ {
		k := bytes.IndexByte(t[j:], ':')
		if k < 0 {
			return false
		}
		j += k
		if j+1 < len(t) && t[j+1] == ':' || j >= 4 && string(t[j-4:j]) == "ipv6" {
			return true
		}
	}
	return false
}

// startsTerm and startsDigit are the bits of matcher.starts, and
// byteAlnum marks the ASCII letters and digits (alnum), after which no
// term starts (wordStart): scan looks each byte up once.
const (
	startsTerm = 1 << iota
	startsDigit
	byteAlnum
)

// ipv4At returns the end of the IPv4 address at t[i], or -1: four numbers
// up to 255 (or up to three x's, a number masked) joined by dots, not part
// of a longer name or number.
func ipv4At(t []byte, i int) int {
	j := i
	for part := 0; part < 4; part++ {
		n, k := 0, j
		for k < len(t) && k-j < 3 && isDigit(t[k]) {
			n = n*10 + int(t[k]-'0')
			k++
		}
		if k == j {
			// A part masked with x's where the reply quoted it
			// ("The sender xxx.xxx.xxx.xxx is banned", "[x.xx.xx.xx]").
			for k < len(t) && k-j < 3 && t[k] == 'x' {
				k++
			}
			if k < len(t) && t[k] == 'x' {
				return -1
			}
		}
		if k == j || n > 255 || k < len(t) && isDigit(t[k]) {
			return -1
		}
		j = k
		if part < 3 {
			if j >= len(t) || t[j] != '.' {
				return -1
			}
			j++
		}
	}
	if j < len(t) && (alnum(t[j]) || t[j] == '.' && j+1 < len(t) && alnum(t[j+1])) {
		return -1
	}
	return j
}

// ipv6At returns the end of the IPv6 address at t[i], or -1: "ipv6:"
// followed by an address, or hexadecimal groups joined by colons with a
// "::" among them ("2001:db8::1").
func ipv6At(t []byte, i int) int {
	if len(t)-i > 5 && string(t[i:i+5]) == "ipv6:" {
		i += 5
	} else if !hexDigit(t[i]) && t[i] != ':' {
		return -1
	}
	j, colons, double, group := i, 0, false, 0
	for j < len(t) && (hexDigit(t[j]) || t[j] == ':' || t[j] == '.') {
		if t[j] == ':' || t[j] == '.' {
			group = 0
		} else if group++; group > 4 {
			return -1 // a group has four hex digits at most ("155302::1746872527" is a reference)
		}
		if t[j] == ':' {
			colons++
			if j > i && t[j-1] == ':' {
				double = true
			}
		}
		j++
	}
	for j > i && (t[j-1] == '.' || t[j-1] == ':' && !(j-2 >= i && t[j-2] == ':')) {
		j-- // a sentence's full stop or colon after the address
	}
	if colons < 2 || !double && colons < 7 || j < len(t) && alnum(t[j]) {
		return -1
	}
	return j
}

// hexDigit reports whether c is a lowercase hexadecimal digit.
func hexDigit(c byte) bool { return isDigit(c) || c-'a' < 6 }

// serverAddress reports whether the address at t[i:end] is the answering
// server's: in brackets after "host NAME" ("host mx.example.com[192.0.2.1]
// said:", "host mx.example.com [192.0.2.1]:"), after "connect to NAME" or
// Postfix's "relay=NAME" of the host it connected to ("connect to
// mx.example.com[192.0.2.1]:25", "relay=mx.example.com[192.0.2.1]:25"; a
// client written so, "RCPT from unknown[192.0.2.1]", is not), or in parentheses after
// Exchange's "Remote Server at NAME" ("… at mx.example.org (192.0.2.1)
// returned …"), or in either after Exim's "command, host: NAME" of the
// remote server it reports ("SMTP error from remote server for TEXT
// command, host: mx.example.com (192.0.2.1) reason: 550 …"); a "host:
// NAME" in other words may be the client's ("Spam received from host:
// NAME (192.0.2.1)"); or, in brackets after '<' and before " #", the
// server of Exchange's report of a reply (exchangeServer).
func serverAddress(t []byte, i, end int) bool {
	if i == 0 || end >= len(t) {
		return false
	}
	var prefixes []string
	switch {
	case t[i-1] == '[' && t[end] == ']':
		if exchangeServer(t, i, end) {
			return true
		}
		prefixes = bracketPrefixes
	case t[i-1] == '(' && t[end] == ')':
		prefixes = parenPrefixes
	default:
		return false
	}
	k := i - 1
	if k > 0 && t[k-1] == ' ' {
		k--
	}
	name := k
	for name > 0 && (alnum(t[name-1]) || t[name-1] == '.' || t[name-1] == '-') {
		name--
	}
	if name == k {
		return false
	}
	for _, prefix := range prefixes {
		if name >= len(prefix) && string(t[name-len(prefix):name]) == prefix {
			return true
		}
	}
	return bytes.HasSuffix(t[:name], eximHostPrefix)
}

// exchangeServer reports whether the address in brackets at t[i:end] is
// the server Exchange's report of a reply names before the status it
// gives, by address where it has no name: "<[192.0.2.1] #5.0.0 smtp;550
// …>", as "<mx.example.org #5.0.0 smtp;550 …>" (the server that answered,
// or the one that reported it): no client the reply refused.
func exchangeServer(t []byte, i, end int) bool {
	return i >= 2 && t[i-2] == '<' && end+5 < len(t) && t[end+1] == ' ' && t[end+2] == '#' &&
		isDigit(t[end+3]) && t[end+4] == '.' && isDigit(t[end+5])
}

// bracketPrefixes and parenPrefixes are the words before the name of a
// server whose address follows in brackets or in parentheses
// (serverAddress).
var (
	bracketPrefixes = []string{"host ", "connect to ", "relay="}
	parenPrefixes   = []string{"server at "}
)

// eximHostPrefix is the words before the remote server's name in Exim's
// report of a reply (serverAddress).
var eximHostPrefix = []byte("command, host: ")

// candidate returns the index of the first entry of b at or after k
// whose term's first sixteen bytes (or fewer, as long as it is) are those
// of x and y, the eight bytes of the text at a position and the eight
// after; -1 when there is none. A loop of its own, small enough for the
// registers: most entries fail its tests, the rest of their run (the same
// first eight bytes) with them.
func candidate(b []indexEntry, k int, x, y uint64) int {
	for k < len(b) {
		e := &b[k]
		if x&byteMasks[e.masks&15] != e.head {
			k += int(e.run)
			continue
		}
		if y&byteMasks[e.masks>>4] != e.next {
			k++
			continue
		}
		return k
	}
	return -1
}

// find marks the groups of the terms of bucket b that occur in t at i; x
// is head8(t, i) and y head8(t, i+8).
func (m *matcher) find(t []byte, i int, x, y uint64, b []indexEntry, f *found) {
	for k := candidate(b, 0, x, y); k >= 0; k = candidate(b, k+1, x, y) {
		e := &b[k]
		id := e.id
		one := e.flags&entryOneGroup != 0
		// have: the term's own groups are all present already. A term
		// that names another group in its frame is looked at still: its
		// frame may hold here where it did not before.
		var have bool
		var rest gset
		if one {
			have = f.present.has(int(e.group))
		} else {
			rest = m.info[id].groups.andNot(f.present)
			have = rest.empty()
		}
		if have && e.flags&entryElsewhere == 0 {
			continue
		}
		// The tests of the first sixteen bytes were exact (a term has no
		// zero byte, which head8 puts past the end of t): only a longer
		// term's rest remains to compare.
		n := int(e.n)
		if n > 16 {
			if term := m.info[id].term; n > len(t)-i || string(t[i+16:i+n]) != term[16:] {
				continue
			}
		}
		if e.flags&entryWordEnd != 0 && !wordEnds(t, i+n) {
			continue
		}
		if e.flags&entryFramed != 0 && m.info[id].framed.holds(t, i, i+n) {
			// The other group, as the plain search of the tests finds it
			// (wordStartInFrame): not right after a hedge.
			if g := int(m.info[id].elsewhere) - 1; g >= 0 && !f.present.has(g) && !f.unsaid(t, i) {
				f.term[g] = int16(id) + 1
				f.present = f.present.with(g)
			}
			continue
		}
		if have {
			continue
		}
		if f.unsaid(t, i) || !f.noAt && inAddress(t, i, i+n) {
			continue
		}
		if one {
			f.term[e.group] = int16(id) + 1
			f.present = f.present.with(int(e.group))
			continue
		}
		for g := range rest.all() {
			f.term[g] = int16(id) + 1
		}
		f.present = f.present.or(m.info[id].groups)
	}
}

// ruleList is a list of rules in their order of trust, with an index of
// them by one of their groups (the anchor): a rule can match only when its
// anchor is present, so first looks only at the rules of the groups a
// reply has (a few dozen of some two hundred).
type ruleList struct {
	rules []compiledRule
	// byAnchor[g] holds, in order, the positions in rules of the rules
	// whose anchor is group g.
	byAnchor [maxGroups][]uint16
}

// newRuleList indexes rs. A rule's anchor is the group of its mask that
// the fewest rules of rs name, which keeps the lists of common groups
// ("mailbox") short; any group of the mask would do for correctness.
func newRuleList(rs []compiledRule) ruleList {
	l := ruleList{rules: rs}
	uses := [maxGroups]int{}
	for _, r := range rs {
		for g := range r.mask.all() {
			uses[g]++
		}
	}
	for i, r := range rs {
		if r.mask.empty() {
			panic("errors: a rule names no group")
		}
		anchor := -1
		for g := range r.mask.all() {
			if anchor < 0 || uses[g] < uses[anchor] {
				anchor = g
			}
		}
		l.byAnchor[anchor] = append(l.byAnchor[anchor], uint16(i))
	}
	return l
}

// first returns the first rule of l whose groups are all present and
// whose codes allow the reply's (rule.only).
func first(l *ruleList, f *found, enh string, code int) *compiledRule {
	best := len(l.rules)
	for g := range f.present.all() {
		for _, i := range l.byAnchor[g] {
			if int(i) >= best {
				break
			}
			r := &l.rules[i]
			if r.mask.within(f.present) && r.not.and(f.present).empty() && r.only.allow(code, enh) {
				best = int(i)
				break
			}
		}
	}
	if best == len(l.rules) {
		return nil
	}
	return &l.rules[best]
}

// stageOf returns the stage a bounce's "(in reply to … command)" names,
// or "".
func (m *matcher) stageOf(f *found) Stage {
	switch {
	case !f.present.and(m.inReplyMail).empty():
		return StageMail
	case !f.present.and(m.inReplyRcpt).empty():
		return StageRcpt
	case !f.present.and(m.inReplyData).empty():
		return StageData
	}
	return ""
}

// evidenceOf sets ev to the words that made rule r match.
func (m *matcher) evidenceOf(r *compiledRule, f *found, ev *evidence) {
	a := f.term[r.first] - 1
	if r.other < 0 {
		ev.set(m.evidence[a])
		return
	}
	b := f.term[r.other] - 1
	if b == a {
		// Both groups present through one term, the first found for each
		// (a setting named and the advice at once: "No SMTP server
		// specified!"; mutt's "child exited 127"): quoted once.
		ev.set(m.evidence[a])
		return
	}
	ev.set("'", m.shown[a], "' and '", m.shown[b], "' in the text")
}

// framedTerms are terms that name no cause in a frame a mail program
// prints, with the test of what follows them that tells the frame:
// JavaMail's MailConnectException prints the timeout it was configured
// with ("Couldn't connect to host, port: smtp.example.com, 587; timeout
// -1;", -1 for none), which names no timeout that happened; PEAR's
// Net_SMTP says "Invalid response code received from server (code: 550,
// response: …)" of a reply it then quotes, whose own words decide; a
// URL's scheme ("Unable to connect to ssl://smtp.example.com:465") names
// the TLS a client asked for, not one that failed, and so does Dovecot's
// log field of a login over TLS ("…, TLS, session=<…>").
var framedTerms = withFrame(sessionIOTerms, frameReplyAfter, withFrame(phpMailerEmptyMessageTerms, frameNotLast, map[string]frame{
	"timeout":  frameSetting,
	"time-out": frameSetting,
	// "could not be reached", "cannot be reached": a destination's reach,
	// with which Exchange's bounces open whatever the cause ("The
	// following recipient(s) could not be reached: … Could not deliver the
	// message in the time limit specified."), not a limit reached.
	"reached": wordsBefore("be "),
	"invalid": frameAnswer,
	// A client's "Error sending data." names the session's write that
	// failed; data sent to anything named after it is another's
	// ("Error sending data to the print spooler").
	"error sending data": frameNotLast,
	// A URL's scheme ("ssl://smtp.example.com:465"), and Outlook's field
	// of the connection's settings in its frame of a server's reply
	// ("…, Port: 25, Secure(SSL): No, Server Error: 451, …"): no TLS that
	// failed.
	"ssl": addPhraseFrame(phraseFrame{before: [][]byte{[]byte("secure(")}, after: [][]byte{[]byte("://")}}),
	"tls": addPhraseFrame(phraseFrame{after: [][]byte{[]byte("://"), []byte(", session=")}}),
	// PHPMailer's debug output marks its lines "SERVER -> CLIENT:" and
	// "CLIENT -> SERVER:", which name no client refused.
	"client ": addPhraseFrame(phraseFrame{before: [][]byte{[]byte("server -> ")}, after: [][]byte{[]byte("-> server")}, within: len(" -> server")}),
	// A host left empty before its port ("Unable to connect to :587",
	// Symfony's "with host \":587\""): not when the colon starts an IPv6
	// address ("connect to ::1 port 25").
	"connect to :": hostAndPort,
	`host ":`:      hostAndPort,
	`host \":`:     hostAndPort,
	// ssmtp's "Cannot open" names its mail hub it could not connect to,
	// unless a file's path follows ("Cannot open /etc/ssmtp/ssmtp.conf").
	"sendmail: cannot open": beforePath,
	"ssmtp: cannot open":    beforePath,
	// mailutils' "Cannot open mailer: %s" names its mail program, and the
	// error after it the cause ("Connection refused"): not the server's
	// trouble that "cannot open" names alone.
	"cannot open": wordsAfter(" mailer:", 0),
	// A certificate not installed is TLS's, not a program missing.
	"not installed":     wordsBefore("certificate is ", "certificate was ", "certificate ", "certificates are ", "ca is ", "ca was ", "ca "),
	"nicht installiert": wordsBefore("zertifikat ist ", "zertifikat wurde ", "zertifikate sind ", "zertifikate wurden "),
	// PHPMailer's frame of whatever the server said: "SMTP server error:
	// DATA END command failed Detail: … Spam Rejected SMTP code: 550", or
	// of a connection it could not make.
	"server error": frameCommand,
	// curl's "MAIL failed: 530", "RCPT failed: 550": the command its code
	// answered, when the code follows; a program's "Sending mail failed:
	// unknown error" names no command.
	"mail failed:": frameNoCode,
	"rcpt failed:": frameNoCode,
	"data failed:": frameNoCode,
	// An account no longer valid is disabled, an address no longer valid
	// unknown: after "address", or an address written out (Yahoo's "dd
	// someone@example.com is no longer valid. [-20]"), the words name an
	// address that no longer exists (framedElsewhere).
	"no longer valid":    frameAddress,
	"is no longer valid": frameAddress,
	// A program's frame of an error of its own, named by where it
	// occurred ("Internal error occurred in admin/send-email: Connection
	// timeout"), names no server's trouble: the words after it decide.
	// A server's "Internal error occurred." is its own.
	"internal error": frameOccurredIn,
	// A domain that "does not accept email over IPv6" (Microsoft's
	// 5.7.510) takes mail, not over that way; a group that "does not
	// accept email to owners or managers" (Google Groups) takes mail,
	// not for them.
	"does not accept email":  acceptsNot,
	"doesn't accept email":   acceptsNot,
	"does not accept e-mail": acceptsNot,
	// Frames that are only words beside the term (wordsBefore,
	// wordsAfter).
	// The system's words for a missing file ("connect to
	// host[private/lmtp]: No such file or directory") name no directory of
	// users.
	"directory": wordsBefore("file or "),
	// A server that "may be busy" (Thunderbird's Chinese dialog of a
	// connection that failed: "伺服器可能正在忙碌中或暫時拒絕 SMTP 連線") is
	// a guess at why, not a busy server's reply.
	"忙碌": wordsBefore("可能正在"),
	// A host a domain's DNS lists as its mail exchanger ("No answer from
	// any hosts listed in MX") names no blocklist (listword); "MX" must
	// end its word ("listed in MXBL" is a list).
	"listed in": wordAfter(" mx"),
	// "The account or domain may not exist" (cPanel's Exim) is the
	// account's first (usergone's term).
	"domain may not exist": wordsBefore("account or "),
	// Postfix's queue frame ("delivery temporarily suspended: transport
	// is unavailable") holds the message for the reason after it, which
	// decides: no account suspended.
	"suspended": wordsBefore("delivery temporarily "),
	// The operating system's ENOSPC ("No space left on device") is a
	// disk of the server's, whatever file it was writing (a queue file,
	// Postfix's maildrop, a temporary directory): its trouble (busy,
	// framedElsewhere), not a recipient's full mailbox, even beside a
	// mailbox's code (X.2.2): the server chose the code, the words say
	// what ran out. Not "on the server" or "on disk", which a mailbox's
	// quota is said of too ("The mailbox … has no space left on disk").
	"no space left": addPhraseFrame(phraseFrame{after: [][]byte{[]byte(" on device"), []byte(" on the device")}, word: true}),
	// "Other mail system problem" is how Exchange and Cisco's gateways
	// name X.3.0, a status left undefined, before the reply they quote
	// ("5.3.0 - Other mail system problem 550-'5.7.0 Rejected … (spam)'"):
	// the reply says the cause, or the code decides.
	"system problem": wordsBefore("other mail "),
	// A field of a request named in quotes and said to be required (NHN
	// Cloud's "The 'senderAddress' is required.", Joi's '"to" is
	// required') is missing from the program's settings or data
	// (settingsmissing, framedElsewhere): no setting's name need be
	// known, and a term cannot start at the quote, which ends a word.
	"is required": frameQuoted,
	// A virus not found ("nie znaleziono wirusa") is no virus.
	"znaleziono wirus": wordsBefore("nie "),
	// A host named "mxs." in a bounce ("host mxs.mail.ru[…] said:") is
	// a host, not the word "MXs" ("has no valid MXs." is).
	"mxs": frameHostLabel,
	// A host written as Postfix writes one, its address in brackets
	// after its name, with "IP" holding the address's place ("connect to
	// domain[IP]:25: Connection refused"): the host's address, not a
	// client named.
	"ip]": frameHostAddress,
	// A "sender domain not authenticated" is a domain a sending service
	// has not verified, not a login to make, and so is "Please
	// authenticate your domain" (domainUnverified).
	"not authenticated":   domainUnverified,
	"please authenticate": domainUnverified,
	"authenticate":        domainUnverified,
	// Schannel's "The supplied message is incomplete." is a TLS record
	// cut short (tlsfailed's SEC_E_INCOMPLETE_MESSAGE), not a program's
	// mail message lacking its parts.
	"message is incomplete": wordsBefore("supplied "),
	// Windows' WSAEACCES on connecting ("An attempt was made to access a
	// socket in a way forbidden by its access permissions"): local
	// security software or a firewall, no policy of a server's (connfail's
	// term decides).
	"forbidden": wordsAfter(" by its access permissions", 0),
	// PHPMailer's frame "The following From address failed: …" names
	// the command that failed, not a sender refused: what follows it
	// decides ("Called Mail() without being connected", a server's reply).
	"from address": wordsAfter(" failed:", 0),
	// "receiver" names the recipient (mailbox), not software or a device
	// that receives ("SMTP receiver queue is full", "Mail receiver
	// daemon not found", "ADS-B receiver", "Webhook receiver returned
	// HTTP 500", an alert's receiver); before a domain or an
	// address, those words say what is wrong of it ("Receiver domain is
	// not registered", "The receiver email address is invalid").
	"receiver": addPhraseFrame(phraseFrame{before: [][]byte{[]byte("smtp "), []byte("mail "), []byte("email "), []byte("e-mail "), []byte("fax "),
		[]byte("radio "), []byte("gps "), []byte("ads-b "), []byte("usb "), []byte("dvb "), []byte("signal "),
		[]byte("webhook "), []byte("notification "), []byte("alert "), []byte("event ")},
		after: [][]byte{[]byte(" queue"), []byte(" daemon"), []byte(" host"), []byte(" server"), []byte(" service"), []byte(" process"),
			[]byte(" software"), []byte(" program"), []byte(" port"), []byte(" storage"), []byte(" disk"),
			[]byte(" domain"), []byte(" address"), []byte(" email address"), []byte(" e-mail address"), []byte(" mail address")}, word: true}),
	// Ansible's frame of every failure ("To see the full traceback, use
	// -vvv") names no mailbox full, nor does a program's full error
	// message, log or details written elsewhere ("Full error message has
	// been logged.", "see the full log"), nor a full list (of the file
	// types allowed: "see Docs for full list"), nor full access (of a
	// key: "create a new API key with full access"); but after a
	// mailbox's words it does, as a reply's next line folds to a space
	// ("mailbox full\r\nDetails: …").
	"full": addPhraseFrame(phraseFrame{after: [][]byte{[]byte(" traceback"), []byte(" stack trace"), []byte(" stacktrace"),
		[]byte(" error message"), []byte(" error messages"), []byte(" error log"), []byte(" error logs"), []byte(" error details"), []byte(" error text"),
		[]byte(" log"), []byte(" logs"), []byte(" details"), []byte(" output"), []byte(" list"), []byte(" lists"), []byte(" listing"), []byte(" access")}, word: true,
		notBefore: [][]byte{[]byte("mailbox "), []byte("inbox "), []byte("box "), []byte("is "), []byte("was "), []byte("storage "), []byte("quota "), []byte("disk "), []byte("account "),
			[]byte("almost "), []byte("now "), []byte("currently ")}}),
	// A program's advice to check one's settings after the cause it
	// names ("The recipient address is invalid. Please check your email
	// settings.") names no setting at fault (settingsAdvice).
	"email settings": settingsAdvice,
	"mail settings":  settingsAdvice,
	"smtp settings":  settingsAdvice,
	// A mailbox that "exceeds maxsize" is full, not a message too large.
	"exceeds maxsize": wordsBefore("mailbox "),
	// Gmail's link to its "Email sender guidelines" names no sender, nor
	// does PEAR Net_SMTP's frame "Failed to set sender: ADDRESS [SMTP: …
	// (code: 421, response: …)]", which names the command that failed,
	// as PHPMailer's "The following From address failed:" does: the
	// reply it quotes decides.
	"sender": addPhraseFrame(phraseFrame{after: [][]byte{[]byte(" guidelines")}, before: [][]byte{[]byte("failed to set ")}}),
	// A log line's field "relay=" (Postfix's next hop, "to=<…>,
	// relay=none, …, status=deferred (connect to …: Connection
	// refused)"; sendmail's and Courier's client, Haraka's flag) or
	// sendmail's "mailer=relay" (its hand-off to a smart host) names no
	// relay refused.
	"relay": addPhraseFrame(phraseFrame{before: [][]byte{[]byte("mailer=")}, after: [][]byte{[]byte("=")}, within: 1}),
	// A bounce's or a log's frame that names the command a reply answered
	// (Postfix's "(in reply to RCPT TO command)", Exim's "after RCPT
	// TO:<…>", go-mail's "sending SMTP RCPT TO command:") gives the stage,
	// not a recipient the reply is about; nor does a client's "all
	// recipients were rejected:" before the reply, or go-mail's
	// "affected recipient(s):" after it, nor Exchange's headline of every
	// bounce ("Delivery has failed to these recipients or groups:"): the
	// reply's own words decide.
	"rcpt":      rcptCommand,
	"rcpt ":     rcptCommand, // the same term with its space (recipientword's)
	"recipient": addPhraseFrame(phraseFrame{before: [][]byte{[]byte("affected "), []byte("failed to these ")}, after: [][]byte{[]byte("s were rejected:")}}),
	// A program's frame of a send that failed ("Failed to send mail: 530
	// Must use STARTTLS", "send failed: 530 TLS required"), or of the
	// command a reply answered ("Mail command failed: 553 …"), says
	// sending failed, not TLS or a login: the reply it frames decides
	// (sendFailed).
	"failed": frameSendFailed,
	"fail":   frameSendFailed,
	// A recipient who "should log in to enable receiving the mail" is
	// an account disabled until its owner logs in (mailbox_disabled's
	// "to enable receiving"), not a login the client must make.
	"should log in": wordsAfter(" enable receiving", 40),
	// A sender's domain not hosted is the sender's (sendingdenied), not a
	// recipient's domain the server does not relay to.
	"domain is not hosted": wordsBefore("sender "),
	"domain not hosted":    wordsBefore("sender "),
	// A recipient's address not verified is not the sender's.
	"email address not verified": wordsBefore("recipient "),
	// A message that "exceeds the domain size limit" is too large; the
	// storage of the whole domain is full when the limit itself "has been
	// exceeded".
	"the domain size limit": wordsBefore("exceeds ", "exceed ", "than ", "over "),
	"not hosted here":       wordsBefore("sender domain is ", "sender domain "),
	// An encryption gateway's "523 Encryption Needed: Invalid Unencrypted
	// Mail" refuses the message sent unencrypted, not a session without
	// TLS.
	"encryption needed": wordsAfter(": invalid unencrypted", 0),
	// SPF's "host 192.0.2.1 is not allowed to send mail from domain
	// example.org" (an IP or a host, then a domain or an address) is the
	// domain's policy; a server's "You are not allowed to send mail from
	// this address" (this, that or your address, domain or sender: of a
	// user who logged in) refuses the sender (sendingdenied's "not
	// allowed to send").
	"not allowed to send mail from": addPhraseFrame(phraseFrame{after: [][]byte{[]byte(" this"), []byte(" that"), []byte(" your")}, word: true}),
}))

// withFrame returns framed with each of terms framed by f: the terms of a
// catalogue whose words are common in their language (PHPMailer's
// empty-message translations, which count only as a reply's last words).
func withFrame(terms []string, f frame, framed map[string]frame) map[string]frame {
	for _, t := range terms {
		framed[t] = f
	}
	return framed
}

// quotedField reports whether a name in quotes ends right before the
// term at t[i] ("'senderAddress' is required", Joi's '"to" is
// required'), and opens its clause: at the start of the text, or after
// the whole word "the", "or" or "and" ("The 'receiverList' or
// 'receiver' is required.", not "sponsor 'acme'"), or a colon. Not a
// frame of words (wordsBefore): a closing quote follows the name it
// closes, so it starts no word. A name after other
// words ("configuration value 'tls_verify_hostname' is required",
// beside a certificate that failed) is not the request's field alone.
func quotedField(t []byte, i int) bool {
	if i < 4 || t[i-1] != ' ' || (t[i-2] != '\'' && t[i-2] != '"') || !alnum(t[i-3]) {
		return false
	}
	from := max(0, i-2-quotedFieldMax)
	k := bytes.LastIndexByte(t[from:i-2], t[i-2])
	if k < 0 {
		return false
	}
	k += from        // the opening quote
	return k == 1 || // fold pads the text with a space
		bytes.HasSuffix(t[:k], clauseColon) ||
		wordsEndAt(t, k, clauseThe) || wordsEndAt(t, k, clauseOr) || wordsEndAt(t, k, clauseAnd)
}

// quotedFieldMax is how long a field's name in quotes may be
// (quotedField); clauseThe, clauseOr and clauseAnd are the words before
// it that leave it first in its clause, and clauseColon what ends the
// words before it.
const quotedFieldMax = 64

var clauseThe, clauseOr, clauseAnd, clauseColon = []byte("the "), []byte("or "), []byte("and "), []byte(": ")

// recordBytes reports whether a term that starts at byte c starts with a
// byte no address holds: a control byte, a caret or a backslash (a TLS
// record's, raw, in caret notation or escaped: tlsfailed's), whatever '@'
// the record's random bytes hold after it.
func recordBytes(c byte) bool { return c < ' ' || c == '^' || c == '\\' }

// shownTerm is how evidence quotes folded term f: as it is, or with its
// control bytes escaped as Go writes them ("\x15\x03\x01", a TLS
// record's), which a person could not read or copy otherwise.
func shownTerm(f string) string {
	for i := 0; i < len(f); i++ {
		if f[i] < ' ' {
			q := strconv.QuoteToASCII(f)
			return q[1 : len(q)-1]
		}
	}
	return f
}

// framedElsewhere are framed terms that, in their frame, name another
// cause than their groups': the group they are then found for.
var framedElsewhere = map[string]string{
	"no longer valid":    "usergone",
	"is no longer valid": "usergone",
	"no space left":      "busy",
	"is required":        "settingsmissing",
}

// acceptsNot frames a domain's or a group's mail refused only over some
// way or to some people; hostAndPort frames a host left empty before its
// port (the colon that starts the port follows the term's own), and
// beforePath a file's path after a term; framedTerms gives each to
// several terms.
var (
	acceptsNot = addPhraseFrame(phraseFrame{after: [][]byte{[]byte(" over "), []byte(" to ")}})
	// domainUnverified frames a domain's authentication, named before
	// ("domain not authenticated", "authenticate" in it) or after
	// ("authenticate your domain").
	domainUnverified = addPhraseFrame(phraseFrame{
		before: [][]byte{[]byte("domain "), []byte("domain is "), []byte("domain not "), []byte("domain is not ")},
		after:  [][]byte{[]byte(" your domain")},
	})
	hostAndPort = wordsAfter(":", 0)
	beforePath  = wordsAfter(" /", 0)
)

// rcptCommand is the frame of "rcpt" named as the command a reply
// answered: after "in reply to " or "after ", or before "to command:"
// (within the bytes " to command:" takes, so that the term with its
// trailing space, "rcpt ", is held by it too).
var rcptCommand = addPhraseFrame(phraseFrame{before: [][]byte{[]byte("in reply to "), []byte("after ")}, after: [][]byte{[]byte("to command:")}, within: len(" to command:")})

// settingsAdvice is the frame of a program's advice to check one's
// settings ("Please check your email settings."): two words, as "Your
// email settings are incomplete" and "Could not verify SMTP settings"
// name the settings at fault.
var settingsAdvice = wordsBefore("check your ", "verify your ", "review your ", "update your ", "check the ", "check ", "see ")

// frame is the context around a term (what follows it, or for some what
// precedes it) in which the term names no cause.
type frame uint8

const (
	noFrame          frame = iota
	frameSetting           // a setting's value (settingValue), a cause guessed at (guessedAfter), or a field of a settings struct Go's encoding/json names (goField)
	frameAnswer            // the server's answer (ofTheAnswer)
	frameCommand           // a command that failed (PHPMailer's "server error: X command failed")
	frameSendFailed        // a program's send that failed (sendFailed)
	frameAddress           // an address, named or written out, right before (addressBefore)
	frameOccurredIn        // where a program's error occurred, before a colon (occurredIn)
	frameHostLabel         // the first label of a host name: a dot and a letter or digit after it
	frameHostAddress       // the bracketed address of the server named before it ("host NAME[IP]", serverAddress)
	frameNoCode            // no reply code right after it (codeAfter)
	frameNotLast           // words after it: it is not the reply's last (lastWords)
	frameQuoted            // a request's field in quotes right before it, first in its clause (quotedField)
	frameReplyAfter        // a reply's 4xx or 5xx code after the first ": " after it (replyAfter)
	// framePhrase and the frames after it are words beside the term,
	// phraseFrames[f-framePhrase].
	framePhrase
)

// phraseFrame is a frame of words right before a term (any of before),
// or after it (any of after), within the within bytes that follow it (at
// least the words' length: right after it), and ending a word there when
// word is set; with both, either holds it.
type phraseFrame struct {
	before [][]byte // held as bytes: converting a string on each test may allocate
	after  [][]byte
	within int
	word   bool
	// notBefore are words right before the term that keep the frame
	// from holding, whatever else it finds ("mailbox full details").
	// before's and notBefore's words are whole words (wordsEndAt).
	notBefore [][]byte
}

// phraseFrames are the frames of words framedTerms names, in the order
// wordsBefore and wordsAfter made them.
var phraseFrames []phraseFrame

// wordsBefore returns the frame of any of words right before a term.
func wordsBefore(words ...string) frame {
	p := phraseFrame{}
	for _, w := range words {
		p.before = append(p.before, []byte(w))
	}
	return addPhraseFrame(p)
}

// wordsAfter returns the frame of words after a term, starting within
// the within bytes that follow it (0: right after it).
func wordsAfter(words string, within int) frame {
	return addPhraseFrame(phraseFrame{after: [][]byte{[]byte(words)}, within: within})
}

// wordAfter returns the frame of a word right after a term, ending its
// word there (wordEnds): " mx" holds "listed in MX." but not "listed in
// MXBL".
func wordAfter(word string) frame {
	return addPhraseFrame(phraseFrame{after: [][]byte{[]byte(word)}, word: true})
}

func addPhraseFrame(p phraseFrame) frame {
	phraseFrames = append(phraseFrames, p)
	return framePhrase + frame(len(phraseFrames)-1)
}

// holds reports whether the term at t[i:j] of folded text t is in p.
func (p *phraseFrame) holds(t []byte, i, j int) bool {
	for _, w := range p.notBefore {
		if wordsEndAt(t, i, w) {
			return false
		}
	}
	for _, w := range p.after {
		if k := bytes.Index(t[j:min(len(t), j+max(p.within, len(w)))], w); k >= 0 && (!p.word || wordEnds(t, j+k+len(w))) {
			return true
		}
	}
	for _, w := range p.before {
		if wordsEndAt(t, i, w) {
			return true
		}
	}
	return false
}

// wordsEndAt reports whether words w end at t[i] and start a word there
// (wordStart): a frame's words before a term are whole words ("check "
// is not the end of "precheck ", nor "is " of "this ").
func wordsEndAt(t []byte, i int, w []byte) bool {
	k := i - len(w)
	return bytes.HasSuffix(t[:i], w) && (k == 0 || wordStart(t, k))
}

// holds reports whether the term at t[i:j] of folded text t is in frame
// f. A switch, not a func value: t is often a stack buffer, which a call
// through a func value would make escape.
func (f frame) holds(t []byte, i, j int) bool {
	switch f {
	case frameSetting:
		// JavaMail's frame: "…, 587; timeout -1;". "Timeout 300, closing
		// transmission channel" and "idle timeout 300" are timeouts.
		return i >= 2 && t[i-2] == ';' && t[i-1] == ' ' && settingValue(t, j) || guessedAfter(t, i) ||
			goField(t, i, j)
	case frameAnswer:
		return ofTheAnswer(t, j)
	case frameCommand:
		// and of a connection it could not make ("SMTP server error:
		// Failed to connect to server SMTP code: 110 Additional SMTP info:
		// Connection timed out"), whose system error decides.
		return len(t)-j >= 2 && t[j] == ':' && t[j+1] == ' ' &&
			(bytes.Contains(t[j:min(len(t), j+32)], []byte(" command failed")) || bytes.HasPrefix(t[j+2:], []byte("failed to connect to server")))
	case frameSendFailed:
		return sendFailed(t, i, j)
	case frameAddress:
		return addressBefore(t, i)
	case frameOccurredIn:
		return occurredIn(t, j)
	case frameHostLabel:
		return j+1 < len(t) && t[j] == '.' && alnum(t[j+1])
	case frameHostAddress:
		return serverAddress(t, i, j-1)
	case frameNoCode:
		return !codeAfter(t, j)
	case frameNotLast:
		return !lastWords(t, j)
	case frameQuoted:
		return quotedField(t, i)
	case frameReplyAfter:
		return replyAfter(t, j)
	}
	if f >= framePhrase {
		return phraseFrames[f-framePhrase].holds(t, i, j)
	}
	return false
}

// lastWords reports whether nothing but spaces and closing punctuation
// follows j in folded text t: the term ends the reply ("Mailer Error:
// Wiadomość jest pusta.", "メール本文が空です。").
func lastWords(t []byte, j int) bool {
	rest := t[j:]
	for len(rest) > 0 {
		switch {
		case closingPunct.has(rest[0]):
			rest = rest[1:]
		case bytes.HasPrefix(rest, []byte("。")), bytes.HasPrefix(rest, []byte("।")):
			rest = rest[3:]
		case bytes.HasPrefix(rest, []byte("۔")):
			rest = rest[2:]
		default:
			return false
		}
	}
	return true
}

// closingPunct are the ASCII bytes that may end a reply after its last
// words (lastWords).
var closingPunct = newByteSet(" .!\"')")

// codeAfter reports whether folded text t holds a reply code at j, after
// a space: curl's "MAIL failed: 530".
func codeAfter(t []byte, j int) bool {
	return len(t)-j >= 4 && t[j] == ' ' && isDigit(t[j+1]) && isDigit(t[j+2]) && isDigit(t[j+3]) && (len(t)-j == 4 || !isDigit(t[j+4]))
}

// replyAfter reports whether the first ": " in folded text t at or after
// j is followed by a reply's code of class 4 or 5 (codeAfter): a client's
// words for the session's read or write that failed (sessionIOTerms)
// before the reply the server did send ("Error getting response from SMTP
// server: 554 Transaction failed"), which names the cause; not a count
// (": 45 seconds elapsed", ": 5 retries exhausted").
func replyAfter(t []byte, j int) bool {
	k := bytes.Index(t[j:], clauseColon)
	if k < 0 {
		return false
	}
	k += j + 1 // the space before the code
	return codeAfter(t, k) && (t[k+1] == '4' || t[k+1] == '5')
}

// addressBefore reports whether folded text t names an address right
// before i, perhaps with "is " between: the word "address" ("Old address
// no longer valid"), or an address written out ("someone@example.com is
// no longer valid", "<someone@example.com> is …") that is not what
// something named before it is "for" or "of".
func addressBefore(t []byte, i int) bool {
	before := bytes.TrimSuffix(t[:i], []byte("is "))
	if bytes.HasSuffix(before, []byte("address ")) {
		return true
	}
	if len(before) == 0 || before[len(before)-1] != ' ' {
		return false
	}
	start := bytes.LastIndexByte(before[:len(before)-1], ' ') + 1
	word := before[start : len(before)-1]
	k := bytes.IndexByte(word, '@')
	// Not an address something else belongs to ("The password for
	// someone@example.com is no longer valid"): that is the subject.
	return k >= 0 && at(word, k) && !bytes.HasSuffix(before[:start], []byte(" for ")) && !bytes.HasSuffix(before[:start], []byte(" of "))
}

// ofTheAnswer reports whether folded text t names the server's answer at
// j, right after "invalid": the program could not read it.
func ofTheAnswer(t []byte, j int) bool {
	rest := t[j:]
	// JavaMail's SendFailedException says "Invalid Addresses" of the
	// reply it nests ("Invalid Addresses; nested exception is: …
	// SendFailedException: 550 …"), whose own words decide.
	for _, w := range [...]string{" response", " reply", " smtp status", " status code", " server response", " server reply", " smtp response", " smtp reply", " addresses; nested exception"} {
		if len(rest) >= len(w) && string(rest[:len(w)]) == w && wordEnds(t, j+len(w)) {
			return true
		}
	}
	return false
}

// sendFailed reports whether the "failed" at t[i:j] of folded text t (or
// the term "fail" at the start of that word) is a program's frame of the
// send itself: "failed to send mail" (email, e-mail, message, the
// message), "failed to send:", "send failed:" and "sending failed:" right
// before a colon, "failed to deliver" before a full stop or a colon
// ("Email failed to deliver. Status code: …"), or a client's frame of the
// command a reply answered, "X command failed:" before a failure's code
// ("Mail command failed: 553 …", failureCodeAfter). Not "TLS connection
// failed to send data", which is TLS's.
func sendFailed(t []byte, i, j int) bool {
	rest := t[j:]
	// The term "fail" (authbad's, badsender's) is the same word: its rest
	// starts at "ed". find passes j as i plus the term's length.
	if j-i == len("fail") {
		rest = bytes.TrimPrefix(rest, []byte("ed"))
	}
	// "Email failed to deliver. Status code: 500 5.5.6 …": the frame of
	// a status that follows.
	if after, ok := bytes.CutPrefix(rest, []byte(" to deliver")); ok {
		return len(after) > 0 && (after[0] == '.' || after[0] == ':')
	}
	if after, ok := bytes.CutPrefix(rest, []byte(" to send")); ok {
		if len(after) > 0 && after[0] == ':' {
			return true
		}
		for _, w := range [...]string{" mail", " email", " e-mail", " message", " the message"} {
			if bytes.HasPrefix(after, []byte(w)) {
				return true
			}
		}
		return false
	}
	// "Sending failed: 530 …", and a client's frame of the command a
	// reply answered ("Mail command failed: 553 …", nodemailer's).
	return len(rest) > 0 && rest[0] == ':' && (bytes.HasSuffix(t[:i], []byte("send ")) || bytes.HasSuffix(t[:i], []byte("sending ")) ||
		bytes.HasSuffix(t[:i], []byte(" command ")) && failureCodeAfter(t, len(t)-len(rest)+1))
}

// failureCodeAfter reports whether a failure's reply code (4xx or 5xx)
// follows at j in folded text t (codeAfter), with the reply's words after
// it, which the parser reads as the reply: not an AUTH exchange's 334,
// whose challenge names the login's failure, nor a bare code ("AUTH
// command failed: 535"), whose frame's words are all there is.
func failureCodeAfter(t []byte, j int) bool {
	return codeAfter(t, j) && (t[j+1] == '4' || t[j+1] == '5') &&
		len(t)-j > 5 && (t[j+4] == ' ' || t[j+4] == '-') && (alnum(t[j+5]) || t[j+5] == '<')
}

// goField reports whether t[i:j] is in the name of the field Go's
// encoding/json names ("Go struct field SMTPConfig.timeout of type
// time.Duration", "… Config.smtp_timeout of type int"): a setting of the
// wrong type, not a timeout.
func goField(t []byte, i, j int) bool {
	if !bytes.HasPrefix(t[j:], []byte(" of type ")) {
		return false
	}
	k := bytes.LastIndexByte(t[:i], ' ')
	return k >= 0 && bytes.HasSuffix(t[:k+1], []byte("go struct field "))
}

// settingValue reports whether folded text t holds a setting's value at j,
// right after its name: a space, a number (negative too), and then ';',
// ',', '.' or the end of the text. "timeout 30 seconds exceeded" is no
// setting.
func settingValue(t []byte, j int) bool {
	if j >= len(t) || t[j] != ' ' {
		return false
	}
	j++
	if j < len(t) && t[j] == '-' {
		j++
	}
	d := j
	for j < len(t) && isDigit(t[j]) {
		j++
	}
	if j == d {
		return false
	}
	// fold ends the text with a space.
	return j < len(t) && (t[j] == ';' || t[j] == ',' || t[j] == '.' || j == len(t)-1)
}

// exampleOpeners open a list of examples in parentheses, folded: RFC
// 5321's text for 550, copied into many programs' and hosts' messages,
// is "Requested action not taken: mailbox unavailable (e.g., mailbox not
// found, no access, or command rejected for policy reasons)", whose
// examples are what the reply might mean, not what it says.
var exampleOpeners = [...]string{"(e.g.", "(e.g ", "(eg.", "(eg ", "(for example", "(for instance"}

// exampleSpan returns the bounds of the first list of examples in
// parentheses in folded text t (from its '(' to its ')', or to the end of
// t when it is not closed) when it lists alternatives, or 0, 0 when t
// holds none.
func exampleSpan(t []byte) (from, to int) {
	for k := 0; ; k++ {
		o := bytes.IndexByte(t[k:], '(')
		if o < 0 {
			return 0, 0
		}
		k += o
		// Every opener goes on with 'e' or 'f'; most brackets do not
		// ("(in reply to RCPT TO command)").
		if k+1 < len(t) && t[k+1] != 'e' && t[k+1] != 'f' {
			continue
		}
		for _, w := range exampleOpeners {
			if len(t)-k >= len(w) && string(t[k:k+len(w)]) == w {
				end := bytes.IndexByte(t[k:], ')')
				if end < 0 {
					end = len(t) - k
				}
				// Alternatives ("not found, no access, or rejected for
				// policy reasons") name no cause; one example ("mailbox
				// unavailable (e.g., locked)") names the one meant.
				if !bytes.Contains(t[k:k+end], []byte(" or ")) {
					return 0, 0
				}
				return k, k + end
			}
		}
	}
}

// occurredIn reports whether folded text t names, at j, where a program's
// error occurred, and then what it was after a colon: "Internal error
// occurred in admin/send-email: Connection timeout". A server's "554
// 5.3.0 Internal error occurred in content filter" says no more, and is
// its own trouble.
func occurredIn(t []byte, j int) bool {
	rest, ok := bytes.CutPrefix(t[j:], []byte(" occurred in "))
	if !ok {
		return false
	}
	for k, c := range rest[:min(len(rest), 48)] {
		switch c {
		case ':':
			return k > 0
		case '.', ',', ';', '(':
			return false
		}
	}
	return false
}

// guessedAfter reports whether the term at t[i] of folded text t is a
// cause guessed at later in its clause, after "possibly due to a":
// Windows' WSAECONNABORTED ("An established connection was aborted by the
// software in your host machine, possibly due to a data transmission
// timeout or protocol error") says what happened, the connection aborted,
// and then guesses why. hedged looks only right before a term; this looks
// back over the clause, and only for the terms framed so: found once a
// reply for every term (a stretch like exampleSpan's), the search cost
// every reply about 350 instructions under cachegrind, 2.7% more, for the
// few that guess, and the timeout is the cause such a guess names that
// outranks what happened.
func guessedAfter(t []byte, i int) bool {
	// One search of the bytes before the term, which most texts with a
	// timeout fail, rather than a look at each byte for each hedge.
	from := max(0, i-48)
	k := bytes.LastIndex(t[from:i], guessHedge)
	if k < 0 {
		return false
	}
	k += from + len(guessHedge)
	// The article keeps a line break folded away from joining a guess to
	// the next line's words ("possibly due to load\ntimeout after DATA").
	if !bytes.HasPrefix(t[k:], []byte("a ")) && !bytes.HasPrefix(t[k:], []byte("an ")) && !bytes.HasPrefix(t[k:], []byte("the ")) {
		return false
	}
	return bytes.IndexAny(t[k:i], ".,;:()!?") < 0
}

// guessHedge opens a guess at a cause, before the noun phrase that names
// it.
var guessHedge = []byte("possibly due to ")

// hedges are the words that, just before a term, make it a guess rather
// than a statement: cPanel's sender verification says "The account or
// domain may not exist, they may be blacklisted, or missing the proper dns
// entries", which names no cause. So does the user's intention: MailKit's
// advice "If you intended to connect to SMTP on the SSL port, try
// connecting to port 465 instead" names no connection that failed (a
// server "not intended to relay mail" refuses). A hedged term is not
// evidence.
var hedges = [...]string{"may be ", "might be ", "could be ", "may ", "might ", "possibly ", "you intended to "}

// hedged reports whether the term at t[i] follows a hedge.
func hedged(t []byte, i int) bool {
	// Every hedge ends in "e ", "y ", "t " or "o ": most terms follow none.
	if i < 2 || t[i-1] != ' ' {
		return false
	}
	if c := t[i-2]; c != 'e' && c != 'y' && c != 't' && c != 'o' {
		return false
	}
	for _, h := range hedges {
		if i >= len(h) && string(t[i-len(h):i]) == h {
			return true
		}
	}
	return false
}

// inAddress reports whether t[i:j] lies in a mail address: the run of
// bytes around it, up to white space or the brackets and quotes that
// enclose an address, holds an '@'. An address is no evidence
// ("spammaster@example.com" names no spam, "<user@example.com>" no user);
// a URL is ("http://www.spamhaus.org/query/ip/…"), and so are words right
// after an enclosed address ("<user@example.com>...中继拒绝"), or after
// sendmail's "..." without a space ("user@example.com...User unknown"):
// no domain holds two dots in a row, so the look back stops there. A
// local part shortened for display may ("spamr...@example.com"), so the
// look ahead does not.
func inAddress(t []byte, i, j int) bool {
	if recordBytes(t[i]) {
		return false
	}
	// Looking forward, a link's query ends the run: the address a query
	// gives ("openspf.org/why.html?sender=someone@example.com") is not
	// the link's path.
	for k := j; k < len(t) && !addressEnd(t[k]) && t[k] != '?'; k++ {
		if t[k] == '@' && at(t, k) {
			return true
		}
	}
	for k := i - 1; k >= 0 && !addressEnd(t[k]) && !twoDots(t, k); k-- {
		if t[k] == '@' && at(t, k) {
			return true
		}
	}
	return false
}

// twoDots reports whether t[k] is a dot after another: looking back
// from a word, inAddress meets a run's last dot first.
func twoDots(t []byte, k int) bool {
	return t[k] == '.' && k > 0 && t[k-1] == '.'
}

// addressEnd reports whether c ends the run of bytes an address may be in:
// white space, the brackets, quotes and separators around addresses, and
// any byte outside ASCII (text in scripts without spaces runs up to an
// address: "收件人邮件地址（user@example.com）不存在").
func addressEnd(c byte) bool {
	switch c {
	case ' ', '<', '>', '(', ')', '[', ']', '"', ',', ';':
		return true
	}
	return c >= utf8.RuneSelf
}

// at reports whether the '@' at t[k] joins an address's local part and
// domain: a letter, digit or one of "._-+" before it, a letter or digit
// after ("required[@sm050105]" is no address).
func at(t []byte, k int) bool {
	if k == 0 || k+1 >= len(t) || !alnum(t[k+1]) {
		return false
	}
	c := t[k-1]
	return alnum(c) || c == '.' || c == '_' || c == '-' || c == '+'
}

// wordStart reports whether a term may start at t[i]: t[i-1] is not an
// ASCII letter or digit, nor, when t[i] leads a letter of another
// alphabet written with spaces (Greek, Cyrillic, Hebrew, Arabic:
// alphabetLead), the end of such a letter ("вирус" does not start in
// "антивирусный"). Scripts written without spaces (Chinese, Japanese)
// are looked at character by character. scan works it out inline
// (byteAlnum, looked up with the byte's other bits, then alphabetLead);
// the tests hold the index to this definition (TestIndexNeverHides).
func wordStart(t []byte, i int) bool {
	return !alnum(t[i-1]) && !(i >= 2 && alphabetLead(t[i]) && alphabetLead(t[i-2]))
}

// alphabetLead reports whether c leads a two-byte UTF-8 letter of an
// alphabet written with spaces between its words (U+00C0 to U+07FF: Latin
// letters with accents, Greek, Cyrillic, Armenian, Hebrew, Arabic). Two
// bytes before a letter's lead byte, such a lead says the letter before
// it was one too (a continuation byte is never one).
func alphabetLead(c byte) bool { return c >= 0xc3 && c <= 0xdf }

// wordEnds reports whether a word may end just before t[j]: t[j] is white
// space or punctuation. An '@' continues an address ("sender@example.com"
// is no "sender"), and so do '.' and '-' when a letter or digit follows;
// outside ASCII, what decides is whether the rune is a letter (fold
// removed the accents of Latin letters; "voll。" ends at the ideographic
// full stop).
func wordEnds(t []byte, j int) bool {
	if j >= len(t) {
		return true
	}
	c := t[j]
	switch {
	case alnum(c) || c == '@':
		return false
	case c == '.' || c == '-':
		return j+1 >= len(t) || !alnum(t[j+1])
	case c < utf8.RuneSelf:
		return true
	}
	r, _ := utf8.DecodeRune(t[j:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// alnum reports whether c is an ASCII letter (folded: lowercase) or digit.
func alnum(c byte) bool { return c-'a' < 26 || c-'0' < 10 }

// shortWordEnds are the bytes a two-letter word term is looked for before
// (see compileMatcher): white space and the punctuation replies use; not
// '=', which URLs put after their parameters ("?ip=192.0.2.1").
const shortWordEnds = " ,.;:()[]<>!?'\"/"

// bitIndex returns the index of the lowest set bit of x, which must not be 0.
func bitIndex(x uint64) int { return bits.TrailingZeros64(x) }

// fold appends to dst the folded form of s that the rules are matched
// against: a leading space, s lowercased with Latin accents removed (and
// a letter's UTF-8 read as Latin-1, "Ã¼", read as the letter),
// typographic apostrophes made ASCII (unaccent), the characters that
// change no word dropped (zero-width space, word joiner, byte-order mark,
// soft hyphen, and the marks of a text's direction) and every run of white
// space made one space, and a trailing space. It takes
// the text as a string (a reply's) or as bytes (the lines of a reply
// joined on the stack, which Classify folds before it builds the string).
func fold[T string | []byte](dst []byte, s T) []byte {
	dst = append(dst, ' ')
	space := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// A run of ASCII is written in place, without append's test of
			// the room left for each byte: it never grows when folded.
			if need := len(s) - i + 1; cap(dst)-len(dst) < need { // and the trailing space
				// One allocation, as append's growth would be (slices.Grow
				// takes two under the race detector).
				grown := make([]byte, len(dst), 2*cap(dst)+need)
				copy(grown, dst)
				dst = grown
			}
			out, n := dst[:cap(dst)], len(dst)
			for ; i < len(s) && s[i] < utf8.RuneSelf; i++ {
				// Eight bytes at once when they need no more than
				// lowercasing (foldWord): most of a reply's bytes.
				for i+8 <= len(s) {
					x, ok := foldWord(load8(s, i), space)
					if !ok {
						break
					}
					binary.LittleEndian.PutUint64(out[n:n+8], x)
					n += 8
					i += 8
					space = x>>56 == ' '
				}
				if i == len(s) || s[i] >= utf8.RuneSelf {
					break
				}
				c := asciiFold[s[i]]
				if c == ' ' {
					if space {
						continue
					}
					space = true
				} else {
					space = false
				}
				out[n] = c
				n++
			}
			dst = out[:n]
			continue
		}
		// A conversion that does not escape costs no allocation, and none
		// at all for a string.
		r, n := utf8.DecodeRuneInString(string(s[i:min(i+utf8.UTFMax, len(s))]))
		i += n
		if (r == 'Ã' || r == 'Â') && i+1 < len(s) && s[i] == 0xc2 && s[i+1]&0xc0 == 0x80 {
			// UTF-8 read as Latin-1 and written out again ("fÃ¼r" for
			// "für", a JVM or a console with the wrong charset): the two
			// letters are the two bytes of one, U+0080 to U+00FF, read
			// as it (every such second byte, 0x80 to 0xBF, is written
			// C2 xx). Ã and Â before any other letter stay ("NÃO").
			r = (r-0xc0)<<6 | rune(s[i+1]&0x3f)
			i += 2
		}
		switch r {
		case '\u200b', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u061c':
			// Characters that change no word (a zero-width space, a word
			// joiner, a byte-order mark, a soft hyphen, the left-to-right,
			// right-to-left and Arabic letter marks) fold to nothing: the
			// Khmer catalogues mark their word breaks with zero-width
			// spaces and Thunderbird's Arabic dialogs put a right-to-left
			// mark after "(SMTP)", and a user's copy of the message often
			// drops them.
			continue
		}
		r = unaccent(unicode.ToLower(r))
		if r == 'ß' {
			// As German writes it without the letter ("zu gross"), in
			// as many bytes.
			dst = append(dst, 's', 's')
			space = false
			continue
		}
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, r)
		}
		space = false
	}
	if !space {
		dst = append(dst, ' ')
	}
	return dst
}

// load8 returns the eight bytes of s at i, little-endian: of a text as a
// string (fold's) or as bytes (head8's).
func load8[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8] // one bounds check: the eight below need none
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// foldWord folds eight bytes x of text at once, as asciiFold would one by
// one, when that is only lowercasing: every byte ASCII, none a control
// character (tabs and line ends become spaces), no two spaces together,
// and no space first when the text before ended in one (spaceBefore).
// Otherwise it reports false, and fold takes the bytes one at a time.
func foldWord(x uint64, spaceBefore bool) (uint64, bool) {
	const ones, highs, lows uint64 = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	if x&highs != 0 || (x-0x20*ones)&^x&highs != 0 {
		return 0, false // a byte past ASCII, or one below ' '
	}
	// The spaces: a high bit for each byte of x that is ' ' (exact for
	// ASCII bytes, which cannot carry into their neighbours).
	y := x ^ 0x20*ones
	sp := ^((y&lows + lows) | y | lows)
	if sp&(sp<<8) != 0 || spaceBefore && sp&0x80 != 0 {
		return 0, false
	}
	// 'A' to 'Z': at least 'A' and not past 'Z'; adding 0x20 lowercases.
	upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
	return x | upper>>2, true
}

// asciiFold is fold's map of ASCII: letters to lowercase, white space to
// a space, the rest as it is.
var asciiFold = func() (m [utf8.RuneSelf]byte) {
	for c := range m {
		switch {
		case c == '\t' || c == '\r' || c == '\n':
			m[c] = ' '
		case 'A' <= c && c <= 'Z':
			m[c] = byte(c) + 'a' - 'A'
		default:
			m[c] = byte(c)
		}
	}
	return m
}()

// unaccent maps a lowercase Latin letter with a diacritic to its base
// letter, Cyrillic ё to е, and the typographic apostrophes (’ ‘) to the
// ASCII one, so that a term written "isn't" matches "isn’t" (each such
// term was written twice before); other runes are returned as they are.
func unaccent(r rune) rune {
	switch {
	case r == '’' || r == '‘':
		return '\''
	case r == '“' || r == '”' || r == '„':
		// Typographic double quotes, as pasted ("no “From” header").
		return '"'
	case r >= 0xe0 && r <= 0xff:
		return rune(latin1Base[r-0xe0])
	case r >= 0x100 && r <= 0x17f:
		if b := latinExtABase(r); b != 0 {
			return b
		}
	case r == 'ё':
		return 'е'
	case r == 'ș' || r == 'Ș':
		// Romanian's comma below (Latin Extended-B), typed as often as
		// the cedilla of ş and ţ (Latin Extended-A): one letter each.
		return 's'
	case r == 'ț' || r == 'Ț':
		return 't'
	}
	return r
}

// latin1Base are the base letters of U+00E0–U+00FF (à … ÿ); ÷ stays.
const latin1Base = "aaaaaaaceeeeiiiidnooooo/ouuuuyty"

// latinExtABase covers the letters of Latin Extended-A that European
// replies use (ą, č, ę, ł, ń, ő, ś, ş, š, ű, ź, ż, ž …).
func latinExtABase(r rune) rune {
	i := int(r - 0x100)
	if i < 0 || i >= len(latinExtA) {
		return 0
	}
	return rune(latinExtA[i])
}

// latinExtA are the base letters of U+0100–U+017F, in runs (Ā ā Ă ă Ą ą →
// six a's, Ć … č → eight c's, …).
var latinExtA = func() string {
	var b []byte
	for _, run := range []struct {
		c byte
		n int
	}{{'a', 6}, {'c', 8}, {'d', 4}, {'e', 10}, {'g', 8}, {'h', 4}, {'i', 12}, {'j', 2}, {'k', 3},
		{'l', 10}, {'n', 9}, {'o', 8}, {'r', 6}, {'s', 8}, {'t', 6}, {'u', 12}, {'w', 2}, {'y', 3}, {'z', 6}, {'s', 1}} {
		for j := 0; j < run.n; j++ {
			b = append(b, run.c)
		}
	}
	return string(b)
}()
