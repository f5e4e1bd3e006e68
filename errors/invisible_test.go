package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// invisibleRunes are the characters fold drops: they change no word, and
// copying text drops or adds them at will (Khmer, Lao, Burmese and Thai
// mark their word breaks with U+200B; a pasted Khmer message rarely keeps
// them).
var invisibleRunes = []string{"\u200b", "\u2060", "\ufeff", "\u00ad"}

// TestFoldDropsInvisibleCharacters: a zero-width space, a word joiner, a
// byte-order mark and a soft hyphen fold to nothing, inside a word or
// between words, in ASCII text and outside it.
func TestFoldDropsInvisibleCharacters(t *testing.T) {
	for _, r := range invisibleRunes {
		for _, c := range []struct{ in, want string }{
			{"mail" + r + "box full", " mailbox full "},
			{r + "Relay access denied", " relay access denied "},
			{"Relay access denied" + r, " relay access denied "},
			{"relay " + r + " denied", " relay denied "},
			{"មិន" + r + "មាន", " មិនមាន "},
		} {
			if got := string(fold(nil, c.in)); got != c.want {
				t.Errorf("fold(%q) = %q, want %q", c.in, got, c.want)
			}
		}
	}
}

// TestInvisibleCharactersChangeNoKind: the catalogues' lines that carry a
// zero-width space (Evolution's Khmer, Lao and Burmese, GLib's, a mail
// client's) are read alike without it, as a user's copy of the message
// often has them; a table row with invisible characters put inside its
// words folds as the row does (the words the rules read; the frames
// around a reply are read before folding, and none of their words has
// been seen with one); and a row with a byte-order mark before it, as a
// reply pasted from a file often has, is read as the row is.
func TestInvisibleCharactersChangeNoKind(t *testing.T) {
	n := 0
	for _, path := range []string{"testdata/evolution.tsv", "testdata/evolution_transport.tsv", "testdata/mailclients.tsv", "testdata/thunderbird.tsv", "testdata/roundcube.tsv"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			if strings.HasPrefix(line, "#") || !strings.Contains(line, "\u200b") {
				continue
			}
			for _, field := range strings.Split(line, "\t") {
				if !strings.Contains(field, "\u200b") {
					continue
				}
				n++
				plain := strings.ReplaceAll(field, "\u200b", "")
				if got, want := Classify("", plain).Kind, Classify("", field).Kind; got != want || got == KindUnknown {
					t.Errorf("%s: %q without its zero-width spaces is %s, with them %s", path, plain, got, want)
				}
			}
		}
		f.Close()
	}
	if n < 20 {
		t.Errorf("%d catalogue texts with a zero-width space, want at least 20", n)
	}
	rows := allRows()
	for i := 0; i < len(rows); i += 37 {
		r := rows[i]
		want := Classify(r.stage, r.reply).Kind
		if got := Classify(r.stage, "\ufeff"+r.reply).Kind; got != want {
			t.Errorf("%s:%d: %q after a byte-order mark is %s, want %s", tablePath, r.line, r.reply, got, want)
		}
		folded := string(fold(nil, r.reply))
		for _, inv := range invisibleRunes {
			words := strings.Split(r.reply, " ")
			for j, w := range words {
				if rs := []rune(w); len(rs) > 3 {
					words[j] = inv + string(rs[:2]) + inv + string(rs[2:])
				}
			}
			s := strings.Join(words, " ")
			if got := string(fold(nil, s)); got != folded {
				t.Errorf("%s:%d: %q folds to %q, want %q as without %U", tablePath, r.line, s, got, folded, []rune(inv)[0])
			}
		}
	}
}
