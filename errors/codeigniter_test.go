package errors

import (
	"strings"
	"testing"
)

// TestCodeIgniterMessages: every message of CodeIgniter 4's language
// files that names a cause (testdata/codeigniter.tsv: the message's key,
// its kind, the language, its text) is read as its kind, as CodeIgniter
// prints it: with no reply code, and the server's reply its "{0}" stands
// for left out.
func TestCodeIgniterMessages(t *testing.T) {
	catalogue{
		path: "testdata/codeigniter.tsv", fields: 4,
		language: func(c []string) string { return c[2] },
		cases: func(t *testing.T, c []string) []kindCase {
			return []kindCase{{"", strings.TrimSpace(strings.ReplaceAll(c[3], "{0}", "")), Kind(c[1])}}
		},
		minLines: 250, minLangs: 36,
	}.check(t)
}
