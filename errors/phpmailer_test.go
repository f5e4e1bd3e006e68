package errors

import (
	"strings"
	"testing"
)

// TestPHPMailerMessages: every message of PHPMailer's language files that
// names a cause (testdata/phpmailer.tsv: the message's key, its kind, the
// language, its text) is read as its kind, as PHPMailer prints it: with no
// reply code, the sender's address after from_failed's text, and the
// entry of its Host setting after invalid_host's and invalid_hostentry's.
func TestPHPMailerMessages(t *testing.T) {
	catalogue{
		path: "testdata/phpmailer.tsv", fields: 4,
		language: func(c []string) string { return strings.TrimSuffix(c[2], "@6.6.3") },
		cases: func(t *testing.T, c []string) []kindCase {
			text := c[3]
			switch c[0] {
			case "from_failed":
				text += " someone@example.com"
			case "invalid_host", "invalid_hostentry":
				// The debug line prints the entry of its Host setting.
				text += " smtp.example.com:587"
			}
			return []kindCase{{"", text, Kind(c[1])}}
		},
		minLines: 400, minLangs: 55,
	}.check(t)
}
