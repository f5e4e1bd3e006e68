package errors

import (
	"strings"
	"testing"
)

// TestThunderbirdDialogs: every dialog of Thunderbird's language packs
// that thunderbird.go has a term of (testdata/thunderbird.tsv: the
// dialog's key, its kind, the language, its text) is read as its kind,
// with the server's name filled in and, where the dialog quotes the
// server's reply, both with a reply of that cause and with none, so that
// the dialog's own words must decide.
func TestThunderbirdDialogs(t *testing.T) {
	replies := map[string]string{
		"smtpTooManyRecipients": "452 4.5.3 Error: too many recipients",
		"smtpPermSizeExceeded2": "552 5.3.4 Error: message file too big",
	}
	catalogue{
		path: "testdata/thunderbird.tsv", fields: 4,
		language: func(c []string) string { return c[2] },
		cases: func(t *testing.T, c []string) []kindCase {
			fill := func(reply string) string {
				return strings.NewReplacer("%1$S", "smtp.example.com", "%2$S", "someone@example.com", "%S", "smtp.example.com", "%s", reply).Replace(c[3])
			}
			cases := []kindCase{{"", fill(replies[c[0]]), Kind(c[1])}}
			if replies[c[0]] != "" {
				cases = append(cases, kindCase{"", fill(""), Kind(c[1])})
			}
			return cases
		},
		minLines: 620, minLangs: 60,
	}.check(t)
}
