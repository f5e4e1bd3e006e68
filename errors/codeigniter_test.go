package errors

import (
	"strings"
	"testing"
)

// TestCodeIgniterMessages: the messages of seven keys of CodeIgniter 4's
// language files that name a cause (testdata/codeigniter.tsv: the
// message's key, its kind, the language, its text) are read as their
// kinds, as CodeIgniter prints them: with no reply code, and the server's
// reply its "{0}" stands for left out (TestRoundFromA893cecReview has the
// login's failure with a reply after it).
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
