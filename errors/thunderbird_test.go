package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestThunderbirdDialogs: every dialog of Thunderbird's language packs
// that thunderbird.go has a term of (testdata/thunderbird.tsv) is read as
// its kind, with the server's name filled in and, where the dialog quotes
// the server's reply, a reply of that cause.
func TestThunderbirdDialogs(t *testing.T) {
	f, err := os.Open("testdata/thunderbird.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	replies := map[string]string{
		"smtpTooManyRecipients": "452 4.5.3 Error: too many recipients",
		"smtpPermSizeExceeded2": "552 5.3.4 Error: message file too big",
	}
	sc := bufio.NewScanner(f)
	n, langs := 0, map[string]bool{}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 4 {
			t.Fatalf("testdata/thunderbird.tsv: %q has %d fields, want 4", line, len(c))
		}
		key, kind, lang, text := c[0], Kind(c[1]), c[2], c[3]
		n++
		langs[lang] = true
		dialog := strings.NewReplacer("%1$S", "smtp.example.com", "%2$S", "someone@example.com", "%S", "smtp.example.com", "%s", replies[key]).Replace(text)
		if got := Classify("", dialog); got.Kind != kind {
			t.Errorf("%s %s: %q is %s (%s), want %s", lang, key, dialog, got.Kind, got.Evidence, kind)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 550 || len(langs) < 60 {
		t.Errorf("testdata/thunderbird.tsv has %d dialogs in %d languages, want the packs' (over 550 in over 60)", n, len(langs))
	}
}
