package errors

import "testing"

// TestWordsBeforeCodes checks the order of trust on the labelled table:
// for every row where the plain words and an enhanced code point to
// different kinds, it counts which of the two the label agrees with. Words
// come first in Classify because they are right far more often; the test
// fails if that stops being so.
func TestWordsBeforeCodes(t *testing.T) {
	wordsRight, codeRight := 0, 0
	for _, r := range table {
		p, _ := parse(r.reply, false)
		enh := p.Enhanced
		if enhancedLen(enh) != len(enh) {
			enh = ""
		}
		var f found
		words.scan(fold(nil, p.Text), &f)
		w := first(&words.plain, &f, enh, p.Code)
		if w == nil || enh == "" {
			continue
		}
		stage := r.stage
		if stage == "" {
			stage = words.stageOf(&f)
		}
		k := bySpecificEnhanced(stage, enh, &evidence{})
		if k == "" {
			k = byFallbackEnhanced(stage, enh, &evidence{})
		}
		if k == "" || k == w.kind {
			continue
		}
		switch r.kind {
		case w.kind:
			wordsRight++
		case k:
			codeRight++
		}
	}
	t.Logf("words and enhanced code disagree: the words are right %d times, the code %d", wordsRight, codeRight)
	if wordsRight <= 5*codeRight {
		t.Errorf("words right %d times, the enhanced code %d: words no longer clearly deserve more trust", wordsRight, codeRight)
	}
}
