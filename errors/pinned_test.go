package errors_test

import (
	"context"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// The tests in this file pin behaviour that mutation testing found
// unpinned: a mutant of each of these lines passed every other test.

// TestBlockedLeadsWithHeloOnlyWhenUnset: a blocked client whose EHLO name
// was left to the default is told to set one first; one that set it is
// not told that first.
func TestBlockedLeadsWithHeloOnlyWhenUnset(t *testing.T) {
	first := func(o mailerrors.Options) string {
		hs := mailerrors.HintsFor(mailerrors.KindBlocked, &o)
		if len(hs) == 0 {
			t.Fatal("no hints")
		}
		return hs[0].Field
	}
	if f := first(mailerrors.Options{AuthConfigured: true}); f != "HeloName" {
		t.Errorf("EHLO name unset: first hint is for %q, want HeloName", f)
	}
	if f := first(mailerrors.Options{AuthConfigured: true, HeloName: "runner01.example.org"}); f == "HeloName" {
		t.Error("EHLO name set: the first hint still says to set it")
	}
}

// TestPOPHintWindow: the POP hint says the relay window had expired only
// when a window is known and the check ran longer than it ago; at exactly
// the window, or with no window known, it says something else.
func TestPOPHintWindow(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name    string
		ago     time.Duration
		window  time.Duration
		expired bool
	}{
		{"past the window", 16 * time.Minute, 15 * time.Minute, true},
		{"at the window", 15 * time.Minute, 15 * time.Minute, false},
		{"within the window", time.Minute, 15 * time.Minute, false},
		{"no window known", 16 * time.Minute, 0, false},
	} {
		o := mailerrors.Options{POPConfigured: true, POPLastCheck: now.Add(-c.ago), POPWindow: c.window, Now: now}
		var text string
		for _, h := range mailerrors.HintsFor(mailerrors.KindRelayDenied, &o) {
			if h.Field == "POPBeforeSMTP" {
				text = h.Text
			}
		}
		if text == "" {
			t.Fatalf("%s: no POP hint", c.name)
		}
		if got := strings.Contains(text, "expired"); got != c.expired {
			t.Errorf("%s: %q says expired: %v, want %v", c.name, text, got, c.expired)
		}
	}
}

// TestPOPFailedTemporaryByCause: a pop_failed error made from a plain
// cause is temporary when the cause is (a timeout), not otherwise.
func TestPOPFailedTemporaryByCause(t *testing.T) {
	if e := mailerrors.New(mailerrors.KindPOPFailed, mailerrors.StagePOP, context.DeadlineExceeded); !e.Temporary {
		t.Error("pop_failed from a timeout is not temporary")
	}
}

// TestParseLeadingNewline: an empty first line is skipped, as any empty
// line is.
func TestParseLeadingNewline(t *testing.T) {
	r, err := mailerrors.Parse("\n550 5.1.1 <a@example.org>: User unknown")
	if err != nil || r.Code != 550 || r.Enhanced != "5.1.1" {
		t.Errorf("Parse = %+v, %v; want 550 5.1.1", r, err)
	}
}

// TestParseBounds: reply codes 200 and 599 are codes, 199 and 600 are
// not; an enhanced code ends at white space (a tab too) and must have
// all three parts.
func TestParseBounds(t *testing.T) {
	for _, c := range []struct {
		reply    string
		code     int
		enhanced string
	}{
		{"200 2.0.0 Ok", 200, "2.0.0"},
		{"599 5.9.9 odd", 599, "5.9.9"},
		{"199 odd", 0, ""},
		{"600 odd", 0, ""},
		{"550 5.1.1\tUser unknown", 550, "5.1.1"},
		{"550 5.1.1x User unknown", 550, ""},
		{"550 5.123", 550, ""},
	} {
		r, _ := mailerrors.Parse(c.reply)
		if r.Code != c.code || r.Enhanced != c.enhanced {
			t.Errorf("Parse(%q) = code %d, enhanced %q; want %d, %q", c.reply, r.Code, r.Enhanced, c.code, c.enhanced)
		}
	}
}

// TestParsePreambleAndTrailingCode: a reply after a preamble ending in a
// space, a colon or a parenthesis is found, a code glued to a word is not;
// a qmail-style "(#5.1.1)" is the enhanced code even as the whole text.
func TestParsePreambleAndTrailingCode(t *testing.T) {
	for _, c := range []struct {
		reply    string
		code     int
		enhanced string
	}{
		{"host mx.example.org said:550 5.1.1 <a@example.org>: User unknown", 550, "5.1.1"},
		{"delivery failed (550 5.1.1 <a@example.org>: User unknown)", 550, "5.1.1"},
		{"host mx.example.org said: 550 5.1.1 <a@example.org>: User unknown", 550, "5.1.1"},
		{"error x550 5.1.1 in the text", 0, ""},
		{"550 (#5.1.1)", 550, "5.1.1"},
	} {
		r, _ := mailerrors.Parse(c.reply)
		if r.Code != c.code || r.Enhanced != c.enhanced {
			t.Errorf("Parse(%q) = code %d, enhanced %q; want %d, %q", c.reply, r.Code, r.Enhanced, c.code, c.enhanced)
		}
	}
}

// TestClassifyByEnhancedCode: multi-digit details (5.7.54, 5.7.26), the
// first of Microsoft's X.7.5xx throttling codes, and 5.7.13 meaning the
// account logging in at AUTH but a disabled mailbox elsewhere.
func TestClassifyByEnhancedCode(t *testing.T) {
	for _, c := range []struct {
		stage mailerrors.Stage
		reply string
		kind  mailerrors.Kind
	}{
		{mailerrors.StageRcpt, "550 5.7.54 zzz", mailerrors.KindRelayDenied},
		{mailerrors.StageData, "550 5.7.26 zzz", mailerrors.KindPolicyRejected},
		{mailerrors.StageRcpt, "451 4.7.500 zzz", mailerrors.KindRateLimited},
		{mailerrors.StageAuth, "535 5.7.13 zzz", mailerrors.KindAuthFailed},
		{mailerrors.StageRcpt, "550 5.7.13 zzz", mailerrors.KindMailboxDisabled},
	} {
		if e := mailerrors.Classify(c.stage, c.reply); e.Kind != c.kind {
			t.Errorf("Classify(%s, %q) = %s, want %s", c.stage, c.reply, e.Kind, c.kind)
		}
	}
}
