package errors

import (
	"slices"
	"strings"
	"testing"
)

// FuzzParse checks that Parse never panics and keeps its invariants.
func FuzzParse(f *testing.F) {
	for _, r := range table {
		f.Add(r.reply)
	}
	f.Add("")
	f.Add("550-\r\n550 ")
	f.Add("5.7.1")
	f.Add("(550, b'5.1.1 x')")
	f.Add("x: 5.1.1 y")
	f.Add("550 5.7.1234 x")
	f.Add(`Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }), source: "5.1.1 x\n" }`)
	f.Add("Could not connect to SMTP host: h, port: 25, response: 554")
	f.Add("Negative SMTP reply: 553")
	f.Add("reply: 55")
	f.Add("Reply: 550-x reply: 4")
	f.Fuzz(func(t *testing.T, reply string) {
		r, err := Parse(reply)
		if r.Code != 0 && (r.Code < 200 || r.Code > 599) {
			t.Fatalf("Parse(%q).Code = %d", reply, r.Code)
		}
		if (err == nil) != (r.Code != 0) {
			t.Fatalf("Parse(%q): code %d with error %v", reply, r.Code, err)
		}
		if r.Enhanced != "" && enhancedLen(r.Enhanced) != len(r.Enhanced) {
			t.Fatalf("Parse(%q).Enhanced = %q", reply, r.Enhanced)
		}
		if strings.ContainsAny(r.Text, "\r\n") {
			t.Fatalf("Parse(%q).Text = %q has a line break", reply, r.Text)
		}
		if len(r.Text) > len(reply) {
			t.Fatalf("Parse(%q).Text is longer than the input", reply)
		}
	})
}

var fuzzStages = []Stage{"", StageConnect, StageGreeting, StageEHLO, StageStartTLS, StageAuth, StageMail, StageRcpt, StageData, StageQuit, StagePOP, StageConfig}

// FuzzClassify checks that Classify never panics and that its result keeps
// the package's invariants.
func FuzzClassify(f *testing.F) {
	for _, r := range table {
		f.Add(uint8(slices.Index(fuzzStages, r.stage)), r.reply)
	}
	f.Fuzz(func(t *testing.T, stage uint8, reply string) {
		st := fuzzStages[int(stage)%len(fuzzStages)]
		e := Classify(st, reply)
		if e == nil {
			t.Fatal("Classify returned nil")
		}
		if e.Code != 0 && (e.Code < 200 || e.Code > 599) {
			t.Fatalf("Classify(%q).Code = %d", reply, e.Code)
		}
		if !slices.Contains(Kinds, e.Kind) {
			t.Fatalf("Classify(%q).Kind = %q, not in Kinds", reply, e.Kind)
		}
		// With a basic code its class decides; without one, the enhanced
		// code's class; without either, or with 221 (which closes the
		// session), the rule (see Classify).
		switch {
		case e.Kind == KindPOPFailed || neverTemporary[e.Kind] || e.Code == closingCode:
		case e.Code != 0:
			if e.Temporary != temporaryFor(e.Kind, e.Code) {
				t.Fatalf("Classify(%s, %q): %s code %d temporary=%v, rules say %v", st, reply, e.Kind, e.Code, e.Temporary, temporaryFor(e.Kind, e.Code))
			}
		case e.Enhanced != "":
			if e.Temporary != (e.Enhanced[0] == '4') {
				t.Fatalf("Classify(%s, %q): %s enhanced %s temporary=%v", st, reply, e.Kind, e.Enhanced, e.Temporary)
			}
		}
		if neverTemporary[e.Kind] && e.Temporary {
			t.Fatalf("Classify(%q): %s is temporary", reply, e.Kind)
		}
		msg := e.Error()
		if msg == "" || strings.ContainsAny(msg, "\r\n") {
			t.Fatalf("Classify(%q).Error() = %q", reply, msg)
		}
		if len(e.Hints) == 0 {
			t.Fatalf("Classify(%q) has no hints", reply)
		}
	})
}

// TestClassifyTruncatedReplies: a reply cut off right after a code (a
// log line truncated, a reply quoted in part) is still classified, not a
// panic: each frame that reads a code must not look past the text's end.
// Every reply of the table is cut after each run of three digits.
func TestClassifyTruncatedReplies(t *testing.T) {
	failures := 0
	for _, r := range table {
		for k := 3; k <= len(r.reply); k++ {
			if !isDigit(r.reply[k-1]) || !isDigit(r.reply[k-2]) || !isDigit(r.reply[k-3]) {
				continue
			}
			cut := r.reply[:k]
			func() {
				defer func() {
					if p := recover(); p != nil {
						if failures++; failures <= 5 {
							t.Errorf("Classify(%q) panics: %v", cut, p)
						}
					}
				}()
				Classify(r.stage, cut)
				Classify("", cut)
			}()
		}
	}
	if failures > 5 {
		t.Errorf("%d more truncated replies panic", failures-5)
	}
}
