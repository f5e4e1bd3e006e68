package errors_test

import (
	"testing"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// TestClassifyFallbacks covers the replies no word rule knows ("zzz"):
// the kind then comes from the basic code, the class of the enhanced
// code, or the stage alone; codes outside 200-599 count as no code; 2xx
// and 3xx replies are never failures, whatever their words. Mutation
// testing found each of these unpinned by the reply table.
func TestClassifyFallbacks(t *testing.T) {
	cases := []struct {
		stage mailerrors.Stage
		reply mailerrors.Reply
		kind  mailerrors.Kind
		code  int
		temp  bool
	}{
		// By the basic code's class and the stage.
		{mailerrors.StageMail, mailerrors.Reply{Code: 599, Text: "zzz"}, mailerrors.KindSenderRejected, 599, false},
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 599, Text: "zzz"}, mailerrors.KindRecipientUnknown, 599, false},
		{mailerrors.StageData, mailerrors.Reply{Code: 599, Text: "zzz"}, mailerrors.KindPolicyRejected, 599, false},
		{mailerrors.StageEHLO, mailerrors.Reply{Code: 599, Text: "zzz"}, mailerrors.KindBlocked, 599, false},
		// A reply on connecting (the greeting) is the server refusing the
		// client, as at EHLO: the connection itself did not fail.
		{mailerrors.StageConnect, mailerrors.Reply{Code: 554, Text: "zzz"}, mailerrors.KindBlocked, 554, false},
		{mailerrors.StageConnect, mailerrors.Reply{Code: 459, Text: "zzz"}, mailerrors.KindServiceUnavailable, 459, true},
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 459, Text: "zzz"}, mailerrors.KindServiceUnavailable, 459, true},
		// Codes outside 200-599 are no code at all: words without a code
		// at a known stage are taken for a refusal there.
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 600, Text: "zzz"}, mailerrors.KindRecipientUnknown, 0, false},
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 199, Text: "zzz"}, mailerrors.KindRecipientUnknown, 0, false},
		{mailerrors.StageMail, mailerrors.Reply{Code: 600, Text: "zzz"}, mailerrors.KindSenderRejected, 0, false},
		{"", mailerrors.Reply{Code: 600, Text: "zzz"}, mailerrors.KindUnknown, 0, false},
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 200, Text: "zzz"}, mailerrors.KindUnknown, 200, false},
		// Only an enhanced code: its class stands in for the basic code.
		{mailerrors.StageRcpt, mailerrors.Reply{Enhanced: "5.9.9", Text: "zzz"}, mailerrors.KindRecipientUnknown, 0, false},
		{mailerrors.StageMail, mailerrors.Reply{Enhanced: "4.9.9", Text: "zzz"}, mailerrors.KindServiceUnavailable, 0, true},
		// Neither: the stage decides where it can.
		{mailerrors.StageConnect, mailerrors.Reply{Text: "zzz"}, mailerrors.KindConnectionFailed, 0, true},
		{mailerrors.StageStartTLS, mailerrors.Reply{Text: "zzz"}, mailerrors.KindTLSFailed, 0, false},
		{mailerrors.StageAuth, mailerrors.Reply{Text: "zzz"}, mailerrors.KindAuthFailed, 0, false},
		{mailerrors.StageConfig, mailerrors.Reply{Text: "zzz"}, mailerrors.KindInvalidConfig, 0, false},
		{mailerrors.StageRcpt, mailerrors.Reply{Text: "zzz"}, mailerrors.KindRecipientUnknown, 0, false},
		{"", mailerrors.Reply{Text: "zzz"}, mailerrors.KindUnknown, 0, false},
		// A success or an intermediate reply is no failure, whatever it says.
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 250, Text: "relay access denied"}, mailerrors.KindUnknown, 250, false},
		{mailerrors.StageData, mailerrors.Reply{Code: 354, Text: "relay access denied"}, mailerrors.KindUnknown, 354, false},
		// Words are matched without regard to case, Z included.
		{mailerrors.StageRcpt, mailerrors.Reply{Code: 554, Text: "RELAYING NOT AUTHORIZED"}, mailerrors.KindRelayDenied, 554, false},
	}
	for _, c := range cases {
		e := mailerrors.ClassifyReply(c.stage, c.reply)
		if e.Kind != c.kind || e.Code != c.code || e.Temporary != c.temp {
			t.Errorf("ClassifyReply(%s, %+v) = %s, code %d, temporary %v; want %s, code %d, temporary %v",
				c.stage, c.reply, e.Kind, e.Code, e.Temporary, c.kind, c.code, c.temp)
		}
	}
}
