package errors

import (
	"bufio"
	"os"
	"strings"
	"sync"
	"testing"
)

// catalogue is a mail program's own messages as testdata holds them (one
// a line, tab-separated, "#" lines comments), the replies each line makes
// and the kinds Classify must give them, and how many lines and languages
// the catalogue must keep (so that losing a file's lines fails a test).
type catalogue struct {
	path     string
	fields   int
	language func(c []string) string // the line's catalogue and language
	cases    func(t *testing.T, c []string) []kindCase
	minLines int
	minLangs int
}

// rulesOnly is the package's rules without the word model (guess.go),
// compiled once for the catalogue tests.
var rulesOnly = sync.OnceValue(func() *matcher { return withGuess(compileMatcher(nil), parseGuessModel("")) })

// checkTermsRead reports every case the rules alone, without the word
// model, give another kind: cases that are there for a term must be read
// by one. A case only the word model read would come and go as the model
// is retrained on the table, and would not notice its term removed.
func checkTermsRead(t *testing.T, cases []kindCase) {
	t.Helper()
	m := rulesOnly()
	for _, c := range cases {
		if got := classifyBy(m, c.stage, c.reply); got.Kind != c.want {
			t.Errorf("without the word model, Classify(%q, %q) = %s (%s), want %s: no term reads it", c.stage, c.reply, got.Kind, got.Evidence, c.want)
		}
	}
}

// withoutInvisible removes the characters fold drops (invisibleRunes).
var withoutInvisible = func() *strings.Replacer {
	var pairs []string
	for _, r := range invisibleRunes {
		pairs = append(pairs, r, "")
	}
	return strings.NewReplacer(pairs...)
}()

// check classifies every line's replies, and each again without the
// characters that change no word where it carries any: each must be its
// kind, and no line of a catalogue is there to be unknown (each list of
// terms is of messages that name a cause).
func (cat catalogue) check(t *testing.T) {
	t.Helper()
	f, err := os.Open(cat.path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cases []kindCase
	lines, langs := 0, map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != cat.fields {
			t.Fatalf("%s: %q has %d fields, want %d", cat.path, line, len(c), cat.fields)
		}
		lines++
		langs[cat.language(c)] = true
		for _, k := range cat.cases(t, c) {
			if k.want == KindUnknown {
				t.Errorf("%s: %q names no cause; it has no place in the catalogue's lines", cat.path, k.reply)
			}
			cases = append(cases, k)
			// A user's copy of the message often drops the characters
			// that change no word which the catalogue's text carries (the
			// Khmer catalogues' zero-width spaces, the Arabic ones' marks
			// of direction): it is read alike without them.
			if plain := withoutInvisible.Replace(k.reply); plain != k.reply {
				k.reply = plain
				cases = append(cases, k)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	checkKinds(t, cases)
	// A catalogue's lines are there for its terms.
	checkTermsRead(t, cases)
	if lines < cat.minLines || len(langs) < cat.minLangs {
		t.Errorf("%s has %d lines in %d languages, want the catalogue's (at least %d in %d)", cat.path, lines, len(langs), cat.minLines, cat.minLangs)
	}
}
