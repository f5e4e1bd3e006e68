package errors

import (
	"regexp"
	"strings"
	"testing"
)

func TestClassifyTable(t *testing.T) {
	for i, r := range table {
		e := Classify(r.stage, r.reply)
		if e.Kind != r.kind || e.Temporary != r.temp {
			t.Errorf("row %d: Classify(%q, %q) = %s temporary=%v, want %s temporary=%v",
				i, r.stage, r.reply, e.Kind, e.Temporary, r.kind, r.temp)
		}
	}
}

// relayWording reduces a relay-denial reply to its wording: lowercase
// text without codes, addresses, bracketed hosts and trailing punctuation.
var (
	reAngle   = regexp.MustCompile(`<[^>]*>`)
	reBracket = regexp.MustCompile(`\[[^\]]*\]`)
	reSpace   = regexp.MustCompile(`\s+`)
)

func relayWording(reply string) string {
	r, _ := Parse(reply)
	s := strings.ToLower(r.Text)
	s = reAngle.ReplaceAllString(s, "")
	s = reBracket.ReplaceAllString(s, "")
	s = reSpace.ReplaceAllString(s, " ")
	return strings.Trim(s, " .!:;,")
}

func TestTableSize(t *testing.T) {
	const minRows, minRelayWordings = 300, 30
	if len(table) < minRows {
		t.Errorf("table has %d rows, want at least %d", len(table), minRows)
	}
	wordings := map[string]bool{}
	kinds := map[Kind]int{}
	for _, r := range table {
		kinds[r.kind]++
		if r.kind == KindRelayDenied {
			wordings[relayWording(r.reply)] = true
		}
	}
	if len(wordings) < minRelayWordings {
		t.Errorf("table has %d distinct relay-denial wordings, want at least %d", len(wordings), minRelayWordings)
	}
	t.Logf("%d rows, %d distinct relay-denial wordings, %d kinds", len(table), len(wordings), len(kinds))
}

// TestPairFilterNeverHides checks the byte-pair prefilter against a plain
// search: it may only skip rules that cannot match.
func TestPairFilterNeverHides(t *testing.T) {
	naive := func(rules []wordRule, lower []byte) Kind {
	next:
		for _, r := range rules {
			for _, term := range r.terms {
				if !strings.Contains(string(lower), string(term)) {
					continue next
				}
			}
			return r.kind
		}
		return ""
	}
	for _, r := range table {
		p, _ := Parse(r.reply)
		lower := appendLower(nil, p.Text)
		var pairs pairSet
		pairs.addPairs(lower)
		for _, rules := range [][]wordRule{strongWords, words} {
			if got, want := matchWords(rules, lower, &pairs), naive(rules, lower); got != want {
				t.Errorf("%q: filtered match %q, plain search %q", r.reply, got, want)
			}
		}
	}
}

func TestRulePhrasesAreLowercaseAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, rules := range [][]wordRule{strongWords, words} {
		for _, r := range rules {
			var key []string
			for _, term := range r.terms {
				if strings.ToLower(string(term)) != string(term) || len(term) < 3 {
					t.Errorf("phrase %q: must be lowercase and at least 3 bytes", term)
				}
				key = append(key, string(term))
			}
			k := strings.Join(key, " & ")
			if seen[k] {
				t.Errorf("phrase %q appears twice", k)
			}
			seen[k] = true
		}
	}
}
