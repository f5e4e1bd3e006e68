package errors

import (
	"regexp"
	"strings"
	"testing"
)

// clientFrames are the words automation tools, mail libraries and scripts
// print before a server's reply when a send fails.
var clientFrames = []string{
	"Failed to send email: ",
	"Unable to send mail: ",
	"Error: Mail send failed: ",
	"Sending failed: ",
	"Mail delivery failed: ",
	"Error: ",
	"SMTPException: ",
	"javax.mail.SendFailedException: ",
	"Message could not be sent. Mailer Error: ",
}

// TestFramedRepliesReadAsBare: a server's reply read inside a program's
// frame ("Failed to send email: 503 You already said HELO") gets the kind
// the bare reply gets. For every single-line server reply of the table
// labelled without a stage, in each frame, the kinds must agree at least
// as often as framedAgreementFloor says; what still differs is logged (the
// frame's own words weighed by the guess, mostly).
func TestFramedRepliesReadAsBare(t *testing.T) {
	serverReply := regexp.MustCompile(`^[245]\d\d[ -]`)
	var bare []row
	for _, r := range table {
		if r.stage == "" && serverReply.MatchString(r.reply) && !strings.ContainsAny(r.reply, "\r\n") && len(r.reply) <= 200 {
			bare = append(bare, r)
		}
	}
	if len(bare) < 3000 {
		t.Fatalf("only %d single-line server replies without a stage in the table", len(bare))
	}
	kinds := make([]Kind, len(bare))
	for i, r := range bare {
		kinds[i] = Classify("", r.reply).Kind
	}
	for _, frame := range clientFrames {
		same, shown := 0, 0
		for i, r := range bare {
			if e := Classify("", frame+r.reply); e.Kind == kinds[i] {
				same++
			} else if testing.Verbose() && shown < 3 {
				shown++
				t.Logf("%q: %s framed, %s bare (%s)", frame+r.reply, e.Kind, kinds[i], e.Evidence)
			}
		}
		share := float64(same) / float64(len(bare))
		t.Logf("%-45q %d of %d read as bare (%.1f%%)", frame, same, len(bare), 100*share)
		if share < framedAgreementFloor {
			t.Errorf("in the frame %q, %d of %d replies (%.1f%%) read as they do bare, want at least %.1f%%", frame, same, len(bare), 100*share, 100*framedAgreementFloor)
		}
	}
}

// framedAgreementFloor is the least share of framed replies that must read
// as they do bare, in each frame: 98.6% to 99.8% do today; before the
// frames of the send itself were read (8b54909), "Failed to send email:"
// gave 96.5% and "Unable to send mail:" 97.6%.
const framedAgreementFloor = 0.98
