package errors

import (
	"bytes"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestClassifyTable(t *testing.T) {
	for _, r := range table {
		e := Classify(r.stage, r.reply)
		if e.Kind != r.kind || e.Temporary != r.temp {
			t.Errorf("%s:%d: Classify(%q, %q) = %s temporary=%v (%s), want %s temporary=%v",
				tablePath, r.line, r.stage, r.reply, e.Kind, e.Temporary, e.Evidence, r.kind, r.temp)
		}
	}
}

// relayWording reduces a relay-denial reply to its wording: lowercase
// text without codes, addresses, bracketed hosts and trailing punctuation.
var (
	reAngle   = regexp.MustCompile(`<[^>]*>`)
	reBracket = regexp.MustCompile(`\[[^\]]*\]`)
	reSpace   = regexp.MustCompile(`\s+`)
)

func relayWording(reply string) string {
	r, _ := Parse(reply)
	s := strings.ToLower(r.Text)
	s = reAngle.ReplaceAllString(s, "")
	s = reBracket.ReplaceAllString(s, "")
	s = reSpace.ReplaceAllString(s, " ")
	return strings.Trim(s, " .!:;,")
}

func TestTableSize(t *testing.T) {
	const minRows, minRelayWordings = 300, 30
	if len(table) < minRows {
		t.Errorf("table has %d rows, want at least %d", len(table), minRows)
	}
	wordings := map[string]bool{}
	kinds := map[Kind]int{}
	for _, r := range table {
		kinds[r.kind]++
		if r.kind == KindRelayDenied {
			wordings[relayWording(r.reply)] = true
		}
	}
	if len(wordings) < minRelayWordings {
		t.Errorf("table has %d distinct relay-denial wordings, want at least %d", len(wordings), minRelayWordings)
	}
	t.Logf("%d rows, %d distinct relay-denial wordings, %d kinds", len(table), len(wordings), len(kinds))
}

// TestIndexNeverHides checks the matcher's index of terms against a plain
// search of every term: the index may only skip terms that do not occur.
func TestIndexNeverHides(t *testing.T) {
	terms := make([][]byte, len(words.info))
	for id, ti := range words.info {
		terms[id] = []byte(ti.term)
	}
	for _, r := range allRows() {
		p, _ := Parse(r.reply)
		text := fold(nil, p.Text)
		var f found
		words.scan(text, &f)
		var want gset
		for id, ti := range words.info {
			if id == words.ipTerm {
				continue // no term: ipLiteral finds it (TestIPLiteral), not the index
			}
			if wordStartContains(text, terms[id], ti.wordEnd, ti.framed) {
				want = want.or(words.termMask[id])
			}
			if ti.elsewhere != 0 && wordStartInFrame(text, terms[id], ti.wordEnd, ti.framed) {
				want = want.with(int(ti.elsewhere) - 1) // the group the term names in its frame
			}
		}
		// The IP group is also set by ipLiteral, which TestIPLiteral checks;
		// here it is expected from the literal or from the group's terms.
		if ipLiteral(text) {
			want = want.with(words.ipGroup)
		}
		if got := f.present; got != want {
			t.Errorf("%q: index found groups %x, plain search %x", r.reply, got, want)
		}
	}
}

// TestEveryTermIsIndexed holds the index to every term, not only those
// the table's rows hold (TestIndexNeverHides): each term alone, as a text
// of its own, is found with all its groups, whatever key and bit tests
// lead to it. A term with a frame is held to it too unless the plain
// search (wordStartContains) finds its frame holds alone, which no term's
// does today; TestIndexNeverHides holds frames in the table's replies.
func TestEveryTermIsIndexed(t *testing.T) {
	for id, ti := range words.info {
		if id == words.ipTerm {
			continue
		}
		text := []byte(" " + ti.term + " ")
		if ti.framed != noFrame && !wordStartContains(text, []byte(ti.term), ti.wordEnd, ti.framed) {
			t.Logf("term %q alone is in its frame", ti.term)
			continue
		}
		var f found
		words.scan(text, &f)
		if want := words.termMask[id]; f.present.and(want) != want {
			t.Errorf("term %q alone: index found groups %x, want %x among them", ti.term, f.present, want)
		}
	}
}

// wordStartContains is the plain search the index must agree with: term
// occurs in text at a word start, not right after a hedge, nor as a
// term in a frame where it names no cause (framedTerms). It looks at
// every place the term occurs (bytes.Index, from the second byte on),
// whatever the index would have skipped.
func wordStartContains(text, term []byte, wordEnd bool, framed frame) bool {
	return wordStartWhere(text, term, wordEnd, func(i, j int) bool {
		return !inAddress(text, i, j) && !framed.holds(text, i, j)
	})
}

// wordStartInFrame is wordStartContains for the places where term is in
// its frame: where a term of framedElsewhere names its other group.
func wordStartInFrame(text, term []byte, wordEnd bool, framed frame) bool {
	return wordStartWhere(text, term, wordEnd, func(i, j int) bool { return framed.holds(text, i, j) })
}

// wordStartWhere reports whether term occurs in text at a word start,
// where it says a cause (not right after a hedge nor in a list of
// examples: found.unsaid, as scan sets it up), ending a word when wordEnd
// is set, at a place text[i:j] where also holds.
func wordStartWhere(text, term []byte, wordEnd bool, also func(i, j int) bool) bool {
	var f found
	f.exFrom, f.exTo = exampleSpan(text)
	for from := 1; from+len(term) <= len(text); {
		k := bytes.Index(text[from:], term)
		if k < 0 {
			return false
		}
		i := from + k
		if wordStart(text, i) && !f.unsaid(text, i) && (!wordEnd || wordEnds(text, i+len(term))) && also(i, i+len(term)) {
			return true
		}
		from = i + 1
	}
	return false
}

func TestRuleTermsAreFoldedAndUnique(t *testing.T) {
	for name, list := range groups {
		seen := map[string]bool{}
		for _, term := range list {
			f := string(fold(nil, term))
			if strings.TrimSpace(f) != strings.TrimSpace(term) {
				t.Errorf("group %s: term %q must be written folded (lowercase, no accents, no characters that change no word): %q", name, term, strings.TrimSpace(f))
			}
			if len(term) < 3 {
				t.Errorf("group %s: term %q shorter than 3 bytes", name, term)
			}
			if seen[term] {
				t.Errorf("group %s: term %q appears twice", name, term)
			}
			seen[term] = true
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Boîte du destinataire PLEINE": " boite du destinataire pleine ",
		"Empfänger  unbekannt\r\n":     " empfanger unbekannt ",
		"Почтовый ЯЩИК переполнен":     " почтовый ящик переполнен ",
		"Ñandú Ação":                   " nandu acao ",
		"宛先が存在しません":                    " 宛先が存在しません ",
		"":                             " ",
		"Łódź Świętokrzyskie":          " lodz swietokrzyskie ",
		// Typographic apostrophes are the ASCII one, as the rules write
		// it ("isn't", "l'autenticacio").
		"Account isn’t local; l‘hôte": " account isn't local; l'hote ",
	} {
		if got := string(fold(nil, in)); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestConceptEvidence checks that a subject and a condition found apart in
// a reply decide together, and that the evidence quotes both, for wordings
// the table's rows do not spell out.
func TestConceptEvidence(t *testing.T) {
	for _, c := range []struct {
		reply    string
		kind     Kind
		evidence string
	}{
		// TLS and "required", in Italian, Spanish and French.
		{"421 4.7.0 Crittografia TLS richiesta per il dominio RCPT.", KindTLSRequired, "'crittografia' and 'richiest' in the text"},
		{"530 Se requiere cifrado TLS", KindTLSRequired, "'cifrado' and 'requier' in the text"},
		{"530 5.7.0 Chiffrement TLS requis", KindTLSRequired, "'tls requis' in the text"},
		// A URL on a blocklist is content; the client on a blocklist is a block.
		{"550 A link in this message is listed on a URI blocklist", KindPolicyRejected, ""},
		{"550 Your IP 192.0.2.1 is listed on a blocklist", KindBlocked, ""},
		// The recipient, named without the usual keyword.
		{"550 No such mail drop defined", KindRecipientUnknown, "'mail drop' and 'no such' in the text"},
		{"550 invalid userid", KindRecipientUnknown, ""},
		{"550 user was not found in LDAP server", KindRecipientUnknown, ""},
		// Two terms of a group start at the same word: the longer, which
		// says more, is quoted.
		{"552 5.2.2 Mailbox quota exceeded for user", KindMailboxFull, "'mailbox' and 'quota exceeded' in the text"},
		{"550 5.7.1 Messages missing a valid address in From: header", KindSenderRejected, "'from: header' and 'missing' in the text"},
		{"421 4.7.0 Rate limited, try again later", KindRateLimited, "'rate limited' in the text"},
		{"550 5.1.0 Sender address is blacklisted", KindSenderRejected, "'sender address' and 'blacklisted' in the text"},
		// The client refused sending something of the message: not a block.
		{"554 5.7.1 The client is not allowed to send large attachments", KindSenderRejected, ""},
	} {
		e := Classify(StageRcpt, c.reply)
		if e.Kind != c.kind {
			t.Errorf("Classify(%q) = %s (%s), want %s", c.reply, e.Kind, e.Evidence, c.kind)
			continue
		}
		if c.evidence != "" && e.Evidence != c.evidence {
			t.Errorf("Classify(%q) evidence = %q, want %q", c.reply, e.Evidence, c.evidence)
		}
	}
}

// TestClassifyMatchesClassifyReply: Classify joins the lines of a reply on
// the stack and builds its text with the evidence; what it returns must be
// what ClassifyReply returns for the parsed reply.
func TestClassifyMatchesClassifyReply(t *testing.T) {
	multi := 0
	for _, r := range table {
		p, _ := Parse(r.reply)
		if len(p.Lines) > 1 {
			multi++
		}
		a, b := Classify(r.stage, r.reply), ClassifyReply(r.stage, p)
		if a.Text != b.Text || a.Evidence != b.Evidence || a.Kind != b.Kind || a.Enhanced != b.Enhanced ||
			a.Temporary != b.Temporary || !slices.Equal(a.Hints, b.Hints) {
			t.Errorf("Classify(%s, %q) = %+v\nClassifyReply gives %+v", r.stage, r.reply, a, b)
		}
	}
	if multi < 20 {
		t.Errorf("the table has %d replies of several lines; the test needs some", multi)
	}
}

// TestFoldEightBytesAtOnce holds fold, which folds eight ASCII bytes at
// once where it can, to the folding it promises, over texts made of the
// bytes that decide: letters of both cases, spaces, tabs and line ends,
// punctuation, control bytes and some UTF-8.
func TestFoldEightBytesAtOnce(t *testing.T) {
	// The folding fold promises, built another way: each rune lowercased
	// and unaccented, then the words joined by one space (the pieces
	// below hold no white space but ' ', tabs and line ends).
	want := func(s string) string {
		words := strings.Fields(strings.Map(func(r rune) rune { return unaccent(unicode.ToLower(r)) }, s))
		if len(words) == 0 {
			return " "
		}
		return " " + strings.Join(words, " ") + " "
	}
	pieces := []string{"a", "Z", "m", "Q", " ", "  ", "\t", "\r\n", "@", "[", "`", "{", "5", ".", "é", "Ü", "中", "\x00", "\x7f", "\x1f"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(40); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, w := string(fold(nil, s)), want(s); got != w {
			t.Fatalf("fold(%q) = %q, want %q", s, got, w)
		}
		if got, w := string(fold(nil, []byte(s))), want(s); got != w {
			t.Fatalf("fold([]byte(%q)) = %q, want %q", s, got, w)
		}
	}
}

// ipLiteral is what scan finds of IP addresses in t, on its own, for the
// tests: scan tries ipv4Literal at each word that starts with a digit (or
// an x, a masked address) as it passes (a pass of its own would cost a
// second walk over the text).
func ipLiteral(t []byte) bool {
	for i := 1; i < len(t); i++ {
		if (isDigit(t[i]) || t[i] == 'x') && wordStart(t, i) && ipv4Literal(t, i) {
			return true
		}
	}
	return ipv6Literal(t)
}

// TestRunSkipFindsWhatAFullWalkFinds holds find's skip over a run of terms
// that share their first eight bytes to what testing every term of the
// bucket finds: the same groups, through the same terms, for every reply
// of the tables and for every term followed by a space.
func TestRunSkipFindsWhatAFullWalkFinds(t *testing.T) {
	full := *words
	full.index.entries = slices.Clone(words.index.entries)
	runs := 0
	for k := range full.index.entries {
		if full.index.entries[k].run > 1 {
			runs++
		}
		full.index.entries[k].run = 1
	}
	if runs < 100 {
		t.Fatalf("the index has %d runs of terms; the test needs some", runs)
	}
	texts := []string{}
	for _, r := range append(slices.Clone(table), mustReadTable(knownMissesPath)...) {
		texts = append(texts, r.reply)
	}
	for _, term := range words.terms {
		texts = append(texts, "550 "+term+" x")
	}
	for _, text := range texts {
		var buf [512]byte
		r, _ := Parse(text)
		_, _, folded := prepare(r, nil, buf[:0])
		var a, b found
		words.scan(folded, &a)
		full.scan(folded, &b)
		if a != b {
			t.Errorf("scan(%q) with runs skipped finds %v, testing every term %v", text, a.present, b.present)
		}
	}
}

// TestFrameOnAnyLine: the exception a client library prints before a reply
// names its stage on whatever line it stands (a traceback's last), for
// ClassifyReply as for Classify.
func TestFrameOnAnyLine(t *testing.T) {
	reply := "Traceback (most recent call last):\nsmtplib.SMTPSenderRefused: (550, b'5.7.1 Access denied', 'a@example.com')"
	p, _ := Parse(reply)
	for name, e := range map[string]*Error{"Classify": Classify("", reply), "ClassifyReply": ClassifyReply("", p)} {
		if e.Kind != KindSenderRejected {
			t.Errorf("%s(%q) = %s (%s), want %s: the exception names MAIL FROM", name, reply, e.Kind, e.Evidence, KindSenderRejected)
		}
	}
}

// TestDropContinuations pins down which codes inside a flattened reply's
// text are taken for continuation lines' and dropped before matching.
func TestDropContinuations(t *testing.T) {
	for _, c := range []struct {
		text string
		code int
		want string
	}{
		{" not authorized to 550-5.7.1 send email ", 550, " not authorized to send email "},
		{" not authorized to 550-5.7.1 send email ", 0, " not authorized to send email "},
		{" rate 421-4.7.28 limited. 421 4.7.28 review ", 421, " rate limited. review "},
		{" the account may not exist 550-they may be ", 550, " the account may not exist they may be "},
		{" ends with 550-5.7.1", 550, " ends with "},
		// Not a continuation: a count, another reply's code without a
		// hyphen, a hyphen with no code of this reply, an enhanced code
		// alone, a success.
		{" message of 550 bytes ", 550, " message of 550 bytes "},
		{" said: 554 5.7.1 rejected ", 550, " said: 554 5.7.1 rejected "},
		{" part 550-the rest ", 0, " part 550-the rest "},
		{" code 5.7.1 here ", 550, " code 5.7.1 here "},
		{" then 250-2.0.0 ok ", 0, " then 250-2.0.0 ok "},
		{" a 550-2.0.0 b ", 550, " a 550-2.0.0 b "},
		{" ranges 450-499 ", 450, " ranges 450-499 "},
		{" x 550-5.7.1x y ", 550, " x 550-5.7.1x y "},
		// Continuation lines with no words: every code goes.
		{" a 550-5.7.26 550-5.7.26 b ", 550, " a b "},
	} {
		if got := string(dropContinuations([]byte(c.text), c.code)); got != c.want {
			t.Errorf("dropContinuations(%q, %d) = %q, want %q", c.text, c.code, got, c.want)
		}
	}
}
