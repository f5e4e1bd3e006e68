package errors

import (
	"strings"
	"testing"
)

// TestMailClientMessages: every message of the ten programs' catalogues,
// and of the C library's network errors they print after their own,
// that mailclients.go or glibc.go has a term of (testdata/mailclients.tsv: the
// program, the kind, the language, the English message, the message) is
// read as its kind, with its placeholders filled in (a host, a port).
func TestMailClientMessages(t *testing.T) {
	fill := strings.NewReplacer("%s", "smtp.example.com", "%d", "25", `\n`, "\n")
	catalogue{
		path: "testdata/mailclients.tsv", fields: 5,
		language: func(c []string) string { return c[0] + " " + c[2] },
		cases: func(t *testing.T, c []string) []kindCase {
			return []kindCase{{"", fill.Replace(c[4]), Kind(c[1])}}
		},
		minLines: 2500, minLangs: 330,
	}.check(t)
}
