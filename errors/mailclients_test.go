package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestMailClientMessages: every message of the four programs' catalogues
// that mailclients.go has a term of (testdata/mailclients.tsv) is read as
// its kind, with its placeholders filled in (a host, a port, an error).
func TestMailClientMessages(t *testing.T) {
	f, err := os.Open("testdata/mailclients.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fill := strings.NewReplacer("%s", "smtp.example.com", "%d", "25", `\n`, "\n")
	sc := bufio.NewScanner(f)
	n, langs := 0, map[string]bool{}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 5 {
			t.Fatalf("testdata/mailclients.tsv: %q has %d fields, want 5", line, len(c))
		}
		program, kind, lang, text := c[0], Kind(c[1]), c[2], c[4]
		n++
		langs[program+" "+lang] = true
		msg := fill.Replace(text)
		if got := Classify("", msg); got.Kind != kind {
			t.Errorf("%s %s: %q is %s (%s), want %s", program, lang, msg, got.Kind, got.Evidence, kind)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 900 || len(langs) < 90 {
		t.Errorf("testdata/mailclients.tsv has %d messages in %d catalogues, want the four programs' (over 900 in over 90)", n, len(langs))
	}
}
