package errors

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var updateGuessModel = flag.Bool("update", false, "rewrite guess_model.txt from the labelled replies")

// labelled returns every labelled reply of the tables and its kind.
func labelled(rows ...[]row) ([]string, []Kind) {
	var replies []string
	var kinds []Kind
	for _, rs := range rows {
		for _, r := range rs {
			replies = append(replies, r.reply)
			kinds = append(kinds, r.kind)
		}
	}
	return replies, kinds
}

// TestGuessModel checks that guess_model.txt is the model of the labelled
// replies as they are now (run with -update to rewrite it).
func TestGuessModel(t *testing.T) {
	replies, kinds := labelled(table)
	want := buildGuessModel(replies, kinds)
	if *updateGuessModel {
		if err := os.WriteFile("guess_model.txt", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if guessModelText != want {
		t.Fatalf("guess_model.txt is not the model of the labelled replies: run go test ./errors -run TestGuessModel -update")
	}
}

// TestGuessIsTheLastResort: the rules decide first; a reply they leave
// undecided is guessed from its words and says so; a code alone, or words
// no labelled reply holds, stay unknown; guessing allocates no more than
// the evidence.
func TestGuessIsTheLastResort(t *testing.T) {
	if e := Classify("", "550 5.1.1 User unknown"); strings.HasPrefix(e.Evidence, "a guess") {
		t.Errorf("a rule's decision was taken for a guess: %s", e.Evidence)
	}
	// "Closed" alone names no cause a rule trusts; the labelled replies
	// that hold it are closed accounts.
	e := Classify("", "550 Closed")
	if e.Kind != KindMailboxDisabled || !strings.HasPrefix(e.Evidence, "a guess from the words") || !strings.Contains(e.Evidence, "'closed'") {
		t.Errorf("550 Closed = %s (%s), want a guess of mailbox_disabled naming 'closed'", e.Kind, e.Evidence)
	}
	for _, reply := range []string{"550 Command Rejected", "550 xyzzy plugh", "550"} {
		if e := Classify("", reply); e.Kind != KindUnknown {
			t.Errorf("%q = %s (%s), want unknown", reply, e.Kind, e.Evidence)
		}
	}
	if n := testing.AllocsPerRun(100, func() { Classify("", "550 Closed") }); n > 2 {
		t.Errorf("a guessed Classify allocates %.0f times, want at most 2", n)
	}
}

// TestGuessOverABasicCode: a basic code alone says little (552 is sent for
// a full mailbox and a message too large alike); words that weigh clearly
// for one kind overrule it, and say so. A code with no telling words
// keeps its kind.
func TestGuessOverABasicCode(t *testing.T) {
	e := Classify("", "552 Mailbox limit exeeded for this email address")
	if e.Kind != KindMailboxFull || !strings.Contains(e.Evidence, "over basic code 552") {
		t.Errorf("552 with a mailbox's limit = %s (%s), want mailbox_full guessed over the code", e.Kind, e.Evidence)
	}
	if e := Classify(StageRcpt, "550 Error: listed as abusive by MagicSpam"); e.Kind != KindBlocked {
		t.Errorf("a 5xx at RCPT naming a listing = %s (%s), want blocked guessed over the stage", e.Kind, e.Evidence)
	}
	if e := Classify("", "552 xyzzy"); e.Kind != KindMessageTooLarge {
		t.Errorf("552 xyzzy = %s (%s), want message_too_large by its code", e.Kind, e.Evidence)
	}
}
