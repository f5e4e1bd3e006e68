package errors

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// The labelled table of real replies lives in testdata/replies.tsv, one
// reply a line: the kind of source it comes from (an MTA's source or
// documentation, a provider's postmaster page, an ESP's bounce
// documentation, Sisimai's published reason patterns, a public issue or
// forum thread, an RFC), the stage, the expected kind and temporariness,
// the reply as a Go string literal, and where the wording comes from. Rows
// whose source says "usual wording, not checked against a capture" give a
// product's commonly reported text without a capture or document at hand;
// they exercise the rules all the same.

// row is one labelled reply.
type row struct {
	stage   Stage
	reply   string
	kind    Kind
	temp    bool
	srcKind string // the kind of source, e.g. "postfix", "google", "sisimai"
	source  string // where the wording comes from
	line    int    // line number in the file
}

// tablePath is the labelled table.
const tablePath = "testdata/replies.tsv"

// table is the labelled table, read once.
var table = mustReadTable(tablePath)

// allRows returns every labelled row.
func allRows() []row { return table }

func mustReadTable(path string) []row {
	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 6 {
			panic(path + ":" + strconv.Itoa(n) + ": want 6 tab-separated columns, got " + strconv.Itoa(len(cols)))
		}
		reply, err := strconv.Unquote(cols[4])
		if err != nil {
			panic(path + ":" + strconv.Itoa(n) + ": reply is not a Go string literal: " + err.Error())
		}
		stage := Stage(cols[1])
		if cols[1] == "-" {
			stage = ""
		}
		if cols[3] != "temp" && cols[3] != "perm" {
			panic(path + ":" + strconv.Itoa(n) + ": temporary must be temp or perm")
		}
		rows = append(rows, row{
			stage: stage, reply: reply, kind: Kind(cols[2]), temp: cols[3] == "temp",
			srcKind: cols[0], source: cols[5], line: n,
		})
	}
	if err := sc.Err(); err != nil {
		panic(err)
	}
	return rows
}

// kindCase is a reply, the stage it answered ("" for none) and the kind
// Classify must give it.
type kindCase struct {
	stage Stage
	reply string
	want  Kind
}

// decidedBy is a reply, the kind it must get, and the term whose
// presence must decide it (quoted as the evidence quotes it): a case that
// fails when the term is removed, even where a guess or a code would
// otherwise name the same kind.
type decidedBy struct {
	reply string
	want  Kind
	term  string
}

// checkDecidedBy fails for each case that Classify, without a stage,
// gives another kind or decides by other words.
func checkDecidedBy(t *testing.T, cases []decidedBy) {
	t.Helper()
	for _, c := range cases {
		e := Classify("", c.reply)
		if e.Kind != c.want || !strings.Contains(e.Evidence, "'"+c.term+"'") {
			t.Errorf("Classify(%q) = %s (%s), want %s because of '%s'", c.reply, e.Kind, e.Evidence, c.want, c.term)
		}
	}
}

// checkNotKinds fails for each reply that Classify, without a stage, takes
// for kind; why says what the reply is instead.
func checkNotKinds(t *testing.T, kind Kind, why string, replies ...string) {
	t.Helper()
	for _, reply := range replies {
		if got := Classify("", reply); got.Kind == kind {
			t.Errorf("Classify(%q) = %s (%s): %s", reply, got.Kind, got.Evidence, why)
		}
	}
}

// kindTempCase is a reply and the kind and temporariness Classify, without
// a stage, must give it.
type kindTempCase struct {
	reply string
	want  Kind
	temp  bool
}

// checkKindsTemporary reports every case Classify, without a stage, gives
// another kind or temporariness, with the evidence it went by.
func checkKindsTemporary(t *testing.T, cases []kindTempCase) {
	t.Helper()
	for _, c := range cases {
		if e := Classify("", c.reply); e.Kind != c.want || e.Temporary != c.temp {
			t.Errorf("Classify(%q) = %s temporary=%v (%s), want %s temporary=%v", c.reply, e.Kind, e.Temporary, e.Evidence, c.want, c.temp)
		}
	}
}

// checkKinds reports every case Classify gives another kind, with the
// evidence it went by.
func checkKinds(t *testing.T, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		if got := Classify(c.stage, c.reply); got.Kind != c.want {
			t.Errorf("Classify(%q, %q) = %s (%s), want %s", c.stage, c.reply, got.Kind, got.Evidence, c.want)
		}
	}
}
