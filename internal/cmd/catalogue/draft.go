package main

import (
	"fmt"
	"io"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// term is a drafted term and where it comes from ("neomutt de, mutt de").
type term struct {
	kind, text string
	from       []string
}

// placeholder matches printf's and Qt's placeholders (%s, %zu, %1$s, %1),
// and the breaks between a message's parts: sentences, colons, new lines
// and what parentheses or quotes hold.
var (
	placeholder = regexp.MustCompile(`%[0-9]*\$?[-+ #0-9.]*[a-zA-Z]+|%[0-9]|\{[0-9]+\}`)
	enclosed    = regexp.MustCompile(`\([^)]*\)|（[^）]*）|"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」`)
	breaks      = regexp.MustCompile(`[.!?;:。！？：；、，,]\s|[.!?。！？：；]$|[\n\t|]|[。！？：；]`)
)

// parts returns the lower-cased parts of a message between its
// placeholders, sentences and parentheses, trimmed of spaces and
// punctuation, in their order.
func parts(msg string) []string {
	msg = placeholder.ReplaceAllString(msg, "\x00")
	msg = enclosed.ReplaceAllString(msg, "\x00")
	msg = breaks.ReplaceAllString(msg, "\x00")
	var out []string
	for _, p := range strings.Split(msg, "\x00") {
		p = strings.TrimFunc(strings.ToLower(p), func(r rune) bool {
			return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '\''
		})
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// longEnough reports whether part p can tell a message from others: twelve
// bytes, which is also four characters of the scripts written without
// spaces (Han, kana and Thai take three bytes each in UTF-8).
func longEnough(p string) bool { return len(p) >= 12 }

// maxTerm is the longest term the matcher indexes, in bytes.
const maxTerm = 255

// draft returns each row's term: the longest of its parts that no chosen
// message of the program of another kind holds in that language, and that
// is long enough and no longer than maxTerm; a row without one has no
// term. Terms of one kind and text are one, with every row's program and
// language.
func draft(rows []row) []term {
	byText := map[[2]string]*term{}
	var order [][2]string
	lower := make([]string, len(rows)) // each row's text, lower-cased once
	for i, r := range rows {
		lower[i] = strings.ToLower(r.text)
	}
	for i, r := range rows {
		best := ""
		for _, p := range parts(r.text) {
			if utf8.RuneCountInString(p) <= utf8.RuneCountInString(best) || !longEnough(p) || len(p) > maxTerm {
				continue
			}
			shared := false
			for j, o := range rows {
				if j != i && o.program == r.program && o.lang == r.lang && o.kind != r.kind && strings.Contains(lower[j], p) {
					shared = true
					break
				}
			}
			if !shared {
				best = p
			}
		}
		if best == "" {
			continue
		}
		k := [2]string{r.kind, best}
		t, ok := byText[k]
		if !ok {
			t = &term{kind: r.kind, text: best}
			byText[k] = t
			order = append(order, k)
		}
		from := r.program + " " + r.lang
		if len(t.from) == 0 || t.from[len(t.from)-1] != from {
			t.from = append(t.from, from)
		}
	}
	out := make([]term, 0, len(order))
	for _, k := range order {
		out = append(out, *byText[k])
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].kind < out[j].kind })
	return out
}

// printDraft writes the terms as lines of Go lists, a list per kind.
func printDraft(w io.Writer, terms []term) {
	kind := ""
	for _, t := range terms {
		if t.kind != kind {
			if kind != "" {
				fmt.Fprintln(w)
			}
			kind = t.kind
			fmt.Fprintf(w, "// %s\n", kind)
		}
		fmt.Fprintf(w, "\t%q, // %s\n", t.text, strings.Join(t.from, ", "))
	}
}
