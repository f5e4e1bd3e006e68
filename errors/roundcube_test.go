package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestRoundcubeMessages: every message of Roundcube's localisation that
// roundcube.go has a term of (testdata/roundcube.tsv) is read as its kind,
// with the code Roundcube prints for it and the size limit filled in.
func TestRoundcubeMessages(t *testing.T) {
	f, err := os.Open("testdata/roundcube.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	codes := map[string]string{"smtpconnerror": "-1", "smtpautherror": "535", "smtpsizeerror": "552", "smtprecipientserror": "501"}
	sc := bufio.NewScanner(f)
	n, langs := 0, map[string]bool{}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			t.Fatalf("testdata/roundcube.tsv: %q has %d fields, want 4", line, len(c))
		}
		key, kind, lang, text := c[0], Kind(c[1]), c[2], c[3]
		n++
		langs[lang] = true
		msg := strings.NewReplacer("$code", codes[key], "$limit", "25 MB").Replace(text)
		if got := Classify("", msg); got.Kind != kind {
			t.Errorf("%s %s: %q is %s (%s), want %s", lang, key, msg, got.Kind, got.Evidence, kind)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 200 || len(langs) < 60 {
		t.Errorf("testdata/roundcube.tsv has %d messages in %d languages, want the localisation's (over 200 in over 60)", n, len(langs))
	}
}
