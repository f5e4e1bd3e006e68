package config

import "strings"

// suggest returns the option closest to s, or "" when none is close enough
// to be a likely typo. Options are compared ignoring case, with '-' and '_'
// treated alike.
func suggest(s string, options []string) string {
	norm := func(s string) string { return strings.ReplaceAll(strings.ToLower(s), "-", "_") }
	n := norm(s)
	best, bestDist := "", -1
	for _, o := range options {
		d := distance(n, norm(o))
		if bestDist < 0 || d < bestDist {
			best, bestDist = o, d
		}
	}
	// Allow one edit for short words, two for longer ones, and no more than
	// a third of the word: beyond that the "suggestion" is noise.
	limit := 2
	if len(n) <= 4 {
		limit = 1
	}
	if bestDist < 0 || bestDist > limit || bestDist*3 > len(n)+1 {
		return ""
	}
	return best
}

// didYouMean returns `; did you mean "x"?` for the closest option, or "".
func didYouMean(s string, options []string) string {
	if o := suggest(s, options); o != "" {
		return `; did you mean "` + o + `"?`
	}
	return ""
}

// distance is the Levenshtein edit distance between a and b, counting an
// adjacent transposition as one edit (optimal string alignment). Twenty
// lines do not warrant a dependency.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// Three rows: two back, one back, current.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
