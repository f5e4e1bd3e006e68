package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestMsmtpTranslations: every translation of msmtp's catalogues that
// msmtp.go lists (testdata/msmtp.tsv) is read as its English is, with
// the placeholders filled in as msmtp fills them (a host, a port, an
// error, an address).
func TestMsmtpTranslations(t *testing.T) {
	f, err := os.Open("testdata/msmtp.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fill := func(english, s string) string {
		v := "mail.example.com"
		if strings.Contains(english, "address") {
			v = "someone@example.com"
		}
		return strings.NewReplacer("%s", v, "%d", "587").Replace(s)
	}
	sc := bufio.NewScanner(f)
	n, langs := 0, map[string]bool{}
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 3 {
			t.Fatalf("testdata/msmtp.tsv: %q has %d fields, want 3", line, len(c))
		}
		english, lang, text := c[0], c[1], c[2]
		n++
		langs[lang] = true
		want := Classify("", fill(english, english)).Kind
		if want == KindUnknown {
			t.Errorf("msmtp's %q names no cause in English; it has no place in testdata/msmtp.tsv", english)
		}
		if got := Classify("", fill(english, text)).Kind; got != want {
			t.Errorf("%s %q (%s) is %s, want %s as its English", lang, fill(english, text), english, got, want)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 100 || len(langs) < 8 {
		t.Errorf("testdata/msmtp.tsv has %d translations in %d languages, want the catalogues' (over 100 in 8)", n, len(langs))
	}
}
