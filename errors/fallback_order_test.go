package errors

import "testing"

// TestDecisionsForUnseenWordings pins the decisions that make replies
// with unfamiliar wording come out right without a rule for their words:
// each reply below is real (from the held-out set F of
// testdata/replies.tsv) and was classified wrongly, mostly "unknown",
// before the decision it names existed.
func TestDecisionsForUnseenWordings(t *testing.T) {
	tests := []struct {
		stage Stage
		reply string
		want  Kind
		why   string
	}{
		// The subject decides when no known condition goes with it.
		{"", "550 5.7.0 From address is not one of your addresses", KindSenderRejected, "subject: the sender"},
		// The class of an enhanced code nobody listed: X.7 is policy.
		{"", "550 5.7.29 ARC validation failed.", KindPolicyRejected, "class X.7"},
		// A hedged condition is not evidence: the last line decides.
		{"rcpt", "550-Verification failed for <tyhyow@example.co.in>\r\n550-The mail server could not deliver mail to tyhyow@example.co.in. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\r\n550 Sender verify failed", KindSenderRejected, "hedge"},
		// At AUTH a refusal is about the login.
		{"auth", "550 5.7.1 Your account is not authorized to use this service.", KindAuthFailed, "stage AUTH"},
	}
	for _, tt := range tests {
		e := Classify(tt.stage, tt.reply)
		if e.Kind != tt.want {
			t.Errorf("Classify(%q, %.60q) = %s (%s), want %s (%s)", tt.stage, tt.reply, e.Kind, e.Evidence, tt.want, tt.why)
		}
	}
	// A basic code alone, with no stage, is not a guess.
	if e := Classify("", "550 Command Rejected"); e.Kind != KindUnknown {
		t.Errorf("550 with no stage and no cause = %s (%s), want unknown", e.Kind, e.Evidence)
	}
}

// TestStageAndTemporaryCodeDecide pins two decisions no row of the table
// needs yet (taking either out left every table row right): a quota in
// answer to MAIL FROM is the sender's sending limit, and a temporary X.2.1
// with no words that say more is a rate ("not now"), not a disabled
// mailbox. The evidence says that the stage decided.
func TestStageAndTemporaryCodeDecide(t *testing.T) {
	for _, c := range []struct {
		stage    Stage
		reply    string
		kind     Kind
		evidence string
	}{
		{StageMail, "552 5.2.2 Over quota", KindRateLimited, "'over quota' in the text, at MAIL FROM (the sender's quota)"},
		{StageRcpt, "552 5.2.2 Over quota", KindMailboxFull, "'over quota' in the text"},
		{StageAuth, "550 5.7.1 Your account is not authorized to use this service.", KindAuthFailed, "'not authorized' in the text, at AUTH (the login)"},
		{StageRcpt, "450 4.2.1 <a@example.com>", KindRateLimited, "enhanced code 4.2.1"},
		{StageRcpt, "550 5.2.1 <a@example.com>", KindMailboxDisabled, "enhanced code 5.2.1"},
	} {
		e := Classify(c.stage, c.reply)
		if e.Kind != c.kind || e.Evidence != c.evidence {
			t.Errorf("Classify(%s, %q) = %s (%s), want %s (%s)", c.stage, c.reply, e.Kind, e.Evidence, c.kind, c.evidence)
		}
	}
}
