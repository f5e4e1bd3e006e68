package errors

import (
	"strings"
	"testing"
)

// invisibleRunes are the characters fold drops: they change no word, and
// copying text drops or adds them at will (the Khmer catalogues mark their
// word breaks with U+200B, Thunderbird's Arabic dialogs put U+200F after
// "(SMTP)"; a user's copy of the message often has neither).
var invisibleRunes = []string{"\u200b", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f", "\u061c"}

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

// TestInvisibleCharactersChangeNoKind: a table row with invisible
// characters put inside its words folds as the row does (the words the
// rules read; the frames around a reply are read before folding, and none
// of their words has been seen with one), and a row with a byte-order mark
// before it, as a reply pasted from a file often has, is read as the row
// is. (The catalogues' texts that carry such characters, the Khmer ones'
// zero-width spaces and the Arabic ones' marks of direction, are read
// without them too: catalogue.check.)
func TestInvisibleCharactersChangeNoKind(t *testing.T) {
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
