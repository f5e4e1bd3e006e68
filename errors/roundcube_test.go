package errors

import (
	"strings"
	"testing"
)

// TestRoundcubeMessages: every message of Roundcube's localisation that
// roundcube.go has a term of (testdata/roundcube.tsv: the message's key,
// its kind, the language, its text) is read as its kind, with the code
// Roundcube prints for it and the size limit filled in.
func TestRoundcubeMessages(t *testing.T) {
	codes := map[string]string{"smtpconnerror": "-1", "smtpautherror": "535", "smtpsizeerror": "552", "smtprecipientserror": "501"}
	catalogue{
		path: "testdata/roundcube.tsv", fields: 4,
		language: func(c []string) string { return c[2] },
		cases: func(t *testing.T, c []string) []kindCase {
			fill := strings.NewReplacer("$code", codes[c[0]], "$limit", "25 MB", "$sec", "30")
			return []kindCase{{"", fill.Replace(c[3]), Kind(c[1])}}
		},
		minLines: 200, minLangs: 60,
	}.check(t)
}
