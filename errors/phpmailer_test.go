package errors

import (
	"strings"
	"testing"
)

// TestPHPMailerMessages: every message of PHPMailer's language files that
// names a cause (testdata/phpmailer.tsv: the message's key, its kind, the
// language, its text) is read as its kind, as PHPMailer prints it: with no
// reply code, and the sender's address after from_failed's text.
func TestPHPMailerMessages(t *testing.T) {
	catalogue{
		path: "testdata/phpmailer.tsv", fields: 4,
		language: func(c []string) string { return strings.TrimSuffix(c[2], "@6.6.3") },
		cases: func(t *testing.T, c []string) []kindCase {
			text := c[3]
			if c[0] == "from_failed" {
				text += " someone@example.com"
			}
			return []kindCase{{"", text, Kind(c[1])}}
		},
		minLines: 300, minLangs: 55,
	}.check(t)
}
