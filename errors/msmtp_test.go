package errors

import (
	"strings"
	"testing"
)

// TestMsmtpTranslations: every translation of msmtp's catalogues that
// msmtp.go lists (testdata/msmtp.tsv: the English message, the language,
// the translation) is read as its English is, with the placeholders
// filled in as msmtp fills them (a host or an address, a port).
func TestMsmtpTranslations(t *testing.T) {
	catalogue{
		path: "testdata/msmtp.tsv", fields: 3,
		language: func(c []string) string { return c[1] },
		cases: func(t *testing.T, c []string) []kindCase {
			english, text := c[0], c[2]
			v := "mail.example.com"
			if strings.Contains(english, "address") {
				v = "someone@example.com"
			}
			fill := strings.NewReplacer("%s", v, "%d", "587")
			return []kindCase{{"", fill.Replace(text), Classify("", fill.Replace(english)).Kind}}
		},
		minLines: 100, minLangs: 8,
	}.check(t)
}
