package errors

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestEvolutionTranslations: every translation of Evolution's catalogues
// that evolution.go lists (testdata/evolution.tsv, as the catalogues have
// them: with the vague words before the colon, accents and full stops) is
// read as its English is, with no code, as Evolution prints it, and with
// the code Evolution printed it for.
func TestEvolutionTranslations(t *testing.T) {
	f, err := os.Open("testdata/evolution.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	codes := map[string]string{
		"Requested mail action aborted: exceeded storage allocation": "552",
		"Requested action not taken: insufficient system storage":    "452",
		"Requested action not taken: mailbox name not allowed":       "553",
		"Requested action not taken: mailbox unavailable":            "550",
		"Requested mail action not taken: mailbox unavailable":       "450",
		"Service not available, closing transmission channel":        "421",
		"Temporary authentication failure":                           "454",
		"Authentication mechanism is too weak":                       "534",
		"A password transition is needed":                            "432",
		"Encryption required for requested authentication mechanism": "538",
		"Authentication required":                                    "530",
		"Syntax error, command unrecognized":                         "500",
		"Syntax error in parameters or arguments":                    "501",
		"Command not implemented":                                    "502",
		"Command parameter not implemented":                          "504",
		"Bad sequence of commands":                                   "503",
		"Requested action aborted: error in processing":              "451",
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
			t.Fatalf("testdata/evolution.tsv: %q has %d fields, want 3", line, len(c))
		}
		english, lang, text := c[0], c[1], c[2]
		code, ok := codes[english]
		if !ok {
			t.Fatalf("testdata/evolution.tsv: no code for %q", english)
		}
		n++
		langs[lang] = true
		for _, reply := range []string{text, code + " " + text} {
			want := Classify("", code+" "+english).Kind
			if reply == text {
				want = Classify("", english).Kind
			}
			if got := Classify("", reply).Kind; got != want {
				t.Errorf("%s %q (%s) is %s, want %s as its English", lang, reply, english, got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 || len(langs) < 60 {
		t.Errorf("testdata/evolution.tsv has %d translations in %d languages, want the catalogues' (over 1,000 in over 60)", n, len(langs))
	}
}
