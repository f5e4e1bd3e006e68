package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// invisibleRunes are the characters fold drops: they change no word, and
// copying text drops or adds them at will (the Khmer catalogues mark their
// word breaks with U+200B, Thunderbird's Arabic dialogs put U+200F after
// "(SMTP)"; a user's copy of the message often has neither).
var invisibleRunes = []string{"\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c"}

// catalogueMarks are those of invisibleRunes the catalogues' texts carry.
const catalogueMarks = "\u200b\u200e\u200f\u061c"

// TestFoldDropsInvisibleCharacters: a zero-width space, a word joiner, a
// byte-order mark, a soft hyphen and the marks of a text's direction fold
// to nothing, inside a word or between words, in ASCII text and outside
// it.
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

// TestInvisibleCharactersChangeNoKind: the catalogues' texts that carry a
// zero-width space (Evolution's, GLib's and KDE's Khmer) or a mark of
// direction (Thunderbird's, Evolution's and mail clients' Arabic) are
// read alike without them, as a user's copy of the message often is; a table row with invisible characters put inside its
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
			if strings.HasPrefix(line, "#") || !strings.ContainsAny(line, catalogueMarks) {
				continue
			}
			for _, field := range strings.Split(line, "\t") {
				if !strings.ContainsAny(field, catalogueMarks) {
					continue
				}
				n++
				plain := strings.Map(func(r rune) rune {
					if strings.ContainsRune(catalogueMarks, r) {
						return -1
					}
					return r
				}, field)
				if got, want := Classify("", plain).Kind, Classify("", field).Kind; got != want || got == KindUnknown {
					t.Errorf("%s: %q without its invisible characters is %s, with them %s", path, plain, got, want)
				}
			}
		}
		f.Close()
	}
	if n < 30 {
		t.Errorf("%d catalogue texts with a zero-width space or a mark of direction, want at least 30", n)
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

// TestParseDropsByteOrderMark: a byte-order mark before a reply, which a
// reply pasted from a file often has, hides neither its codes from Parse
// (and so from the explain command, which parses first) nor from
// ClassifyReply, and Lines hold the reply without it.
func TestParseDropsByteOrderMark(t *testing.T) {
	r, err := Parse("\ufeff452 4.2.2 Mailbox full")
	if err != nil || r.Code != 452 || r.Enhanced != "4.2.2" || len(r.Lines) != 1 || r.Lines[0] != "452 4.2.2 Mailbox full" {
		t.Errorf("Parse(BOM + \"452 4.2.2 Mailbox full\") = %+v, %v; want code 452, enhanced 4.2.2, the line without the mark", r, err)
	}
	if got := ClassifyReply("", r); got.Kind != KindMailboxFull || !got.Temporary {
		t.Errorf("ClassifyReply of the parsed reply = %s (temporary %v), want a temporary mailbox_full", got.Kind, got.Temporary)
	}
}
