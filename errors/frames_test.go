package errors

import (
	"regexp"
	"strings"
	"testing"
)

// replyFrame is a frame programs print around a server's reply, written
// with CODE and WORDS where the reply's code and words go, and the stage
// it names ("" for none).
type replyFrame struct {
	template string
	stage    Stage
}

// around returns the frame around a reply's code and words. The code
// goes in first: three digits, it cannot make a "WORDS" of its own.
func (f replyFrame) around(code, words string) string {
	return strings.Replace(strings.Replace(f.template, "CODE", code, 1), "WORDS", words, 1)
}

// clientFrames are the words automation tools, mail libraries and scripts
// print before a server's reply when a send fails; they name no stage.
var clientFrames = []replyFrame{
	{"Failed to send email: CODE WORDS", ""},
	{"Unable to send mail: CODE WORDS", ""},
	{"Error: Mail send failed: CODE WORDS", ""},
	{"Sending failed: CODE WORDS", ""},
	{"Mail delivery failed: CODE WORDS", ""},
	{"Error: CODE WORDS", ""},
	{"SMTPException: CODE WORDS", ""},
	{"javax.mail.SendFailedException: CODE WORDS", ""},
	{"Message could not be sent. Mailer Error: CODE WORDS", ""},
}

// commandFrames are the frames of a bounce, a log or a library that name
// the command a reply answered, with the stage that command is.
var commandFrames = []replyFrame{
	{"host mx.example.com[192.0.2.1] said: CODE WORDS (in reply to RCPT TO command)", StageRcpt},
	{"SMTP error from remote mail server after RCPT TO:<someone@example.com>: CODE WORDS", StageRcpt},
	{"smtplib.SMTPRecipientsRefused: {'someone@example.com': (CODE, b'WORDS')}", StageRcpt},
	{"Error: Can't send mail - all recipients were rejected: CODE WORDS", StageRcpt},
	{"sending SMTP RCPT TO command: CODE WORDS, affected recipient(s): someone@example.com", StageRcpt},
	{"host mx.example.com[192.0.2.1] said: CODE WORDS (in reply to MAIL FROM command)", StageMail},
	{"smtplib.SMTPSenderRefused: (CODE, b'WORDS', 'someone@example.com')", StageMail},
	{"sending SMTP MAIL FROM command: CODE WORDS", StageMail},
	{"host mx.example.com[192.0.2.1] said: CODE WORDS (in reply to end of DATA command)", StageData},
	{"SMTP error from remote mail server after end of data: CODE WORDS", StageData},
	{"smtplib.SMTPDataError: (CODE, b'WORDS')", StageData},
	{"closing SMTP DATA writer: CODE WORDS, affected message ID: <1@example.com>", StageData},
}

// TestCommandFramedRepliesReadAtTheirStage: a server's reply inside a
// frame that names the command it answered (Postfix's "(in reply to RCPT
// TO command)", Exim's "after RCPT TO:<…>:", smtplib's exceptions,
// nodemailer's "all recipients were rejected:", go-mail's "sending SMTP
// RCPT TO command:") gets the kind the bare reply gets at that command's
// stage: the frame gives the stage, and its words ("RCPT", "recipients")
// name no recipient the reply is about; at least as often as
// commandFramedFloor says in each frame. (Exim's "after
// MAIL FROM:<…> SIZE=…:" is left out: many of the table's replies are a
// recipient's words that no MAIL FROM would answer; TestEximFrameGivesTheStage
// holds it.)
func TestCommandFramedRepliesReadAtTheirStage(t *testing.T) {
	checkFramedReplies(t, commandFrames, commandFramedFloor)
}

// checkFramedReplies classifies every single-line server reply of the
// table labelled without a stage inside each of frames, and fails when in
// any frame a smaller share than floor read as they do bare at the frame's
// stage; with -v it logs each frame's share and a few replies that differ.
func checkFramedReplies(t *testing.T, frames []replyFrame, floor float64) {
	t.Helper()
	serverReply := regexp.MustCompile(`^([245]\d\d)[ -](.*)$`)
	type bareReply struct {
		code, words string
		kind        map[Stage]Kind // bare, at each stage the frames name
	}
	var bare []bareReply
	for _, r := range table {
		// No quote either: smtplib's frames quote the reply's words.
		if m := serverReply.FindStringSubmatch(r.reply); m != nil && r.stage == "" && !strings.ContainsAny(r.reply, "\r\n'") && len(r.reply) <= 200 {
			b := bareReply{m[1], m[2], map[Stage]Kind{}}
			for _, f := range frames {
				if _, ok := b.kind[f.stage]; !ok {
					b.kind[f.stage] = Classify(f.stage, r.reply).Kind
				}
			}
			bare = append(bare, b)
		}
	}
	if len(bare) < 3000 {
		t.Fatalf("only %d single-line server replies without a stage in the table", len(bare))
	}
	for _, f := range frames {
		same, shown := 0, 0
		for _, b := range bare {
			in := f.around(b.code, b.words)
			if e := Classify("", in); e.Kind == b.kind[f.stage] {
				same++
			} else if testing.Verbose() && shown < 3 {
				shown++
				t.Logf("%q: %s framed, %s bare at %q (%s)", in, e.Kind, b.kind[f.stage], f.stage, e.Evidence)
			}
		}
		share := float64(same) / float64(len(bare))
		t.Logf("%-90q %d of %d read as bare at %q (%.1f%%)", f.template, same, len(bare), f.stage, 100*share)
		if share < floor {
			t.Errorf("in %q, %d of %d replies (%.1f%%) read as they do bare at %q, want at least %.1f%%", f.template, same, len(bare), 100*share, f.stage, 100*floor)
		}
	}
}

// commandFramedFloor is the least share of replies in a frame that names
// a command that must read as they do bare at that command's stage: 97.7%
// to 100% do today. Before the frames' words were held to naming no
// recipient (972797c), Postfix's RCPT TO frame gave 96.8% and
// nodemailer's 95.2%; on 798ef5e, before go-mail's commands gave their
// stage, its MAIL FROM frame gave 75.2% and its RCPT TO frame 95.5%.
const commandFramedFloor = 0.965

// TestRcptFrameNamesNoRecipient: the words of a frame that names the RCPT
// TO command are no subject of the reply it frames: "expired" beside
// "(in reply to RCPT TO command)" is no account expired, "invalid" beside
// "after RCPT TO:" no address invalid.
func TestRcptFrameNamesNoRecipient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "host mx.example.com[192.0.2.1] said: 421 4.7.0 Connection expired, try reconnecting. (in reply to RCPT TO command)", KindTimeout},
		{"", "host mx.example.com[192.0.2.1] said: 550 5.5.6 Invalid message content (in reply to RCPT TO command)", KindPolicyRejected},
		{"", "SMTP error from remote mail server after RCPT TO:<someone@example.com>: 552 MessageWall: MIME/REJECT: Invalid structure", KindPolicyRejected},
		{"", "Error: Can't send mail - all recipients were rejected: 550 4.4.7 QUEUE.Expired; message expired", KindTimeout},
		// nodemailer's frame ends as a client's does: the code after it
		// is read, in lower case too.
		{"", "Error: Can't send mail - all recipients were rejected: 500 sequence error", KindSyntaxError},
		// Its frame gives the rcpt stage, as the recipient it no longer
		// names gave the subject (a review found this taken).
		{"", "Error: Can't send mail - all recipients were rejected: 550 rejected", KindRecipientUnknown},
		// What the frames must not hide.
		{"", "host mx.example.com[192.0.2.1] said: 550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)", KindRecipientUnknown},
		{"", "550 Invalid RCPT TO address provided", KindSyntaxError},
		{"", "Sending to all recipients failed", KindRecipientUnknown},
	})
}

// TestFramedRepliesReadAsBare: a server's reply read inside a program's
// frame ("Failed to send email: 503 You already said HELO") gets the kind
// the bare reply gets, at least as often as framedAgreementFloor says in
// each frame; what still differs is mostly the frame's own words weighed
// by the guess.
func TestFramedRepliesReadAsBare(t *testing.T) {
	checkFramedReplies(t, clientFrames, framedAgreementFloor)
}

// framedAgreementFloor is the least share of framed replies that must read
// as they do bare, in each frame: 98.5% to 99.6% do today; before the
// frames of the send itself were read (8b54909), "Failed to send email:"
// gave 96.5% and "Unable to send mail:" 97.6%.
const framedAgreementFloor = 0.98

// TestEximFrameGivesTheStage: Exim's bounce names the command the reply
// answered ("SMTP error from remote mail server after MAIL FROM:<…>
// SIZE=1234: 550 …"), and the parser leaves that frame out of the reply's
// text: the stage comes from it as it does from Postfix's "(in reply to
// MAIL FROM command)".
func TestEximFrameGivesTheStage(t *testing.T) {
	checkKinds(t, []kindCase{
		// A quota at MAIL FROM is the sender's (a rate), at RCPT TO the
		// recipient's (a full mailbox).
		{"", "SMTP error from remote mail server after MAIL FROM:<someone@example.com> SIZE=1234: 550 5.7.1 Email quota exceeded.", KindRateLimited},
		{"", "SMTP error from remote mail server after pipelined MAIL FROM:<someone@example.com>: 550 Requested action not taken", KindSenderRejected},
		{"", "SMTP error from remote mail server after end of data: 550 Requested action not taken", KindPolicyRejected},
		{"", "SMTP error from remote mail server after initial connection: 554 Requested action not taken", KindBlocked},
		// SIZE after the address, and no enhanced code: the code is read
		// still.
		{"", "SMTP error from remote mail server after MAIL FROM:<someone@example.com> SIZE=1234: 550 Requested action not taken", KindSenderRejected},
		// What it must keep.
		{"", "SMTP error from remote mail server after RCPT TO:<someone@example.com>: 550 5.7.1 Email quota exceeded.", KindMailboxFull},
		{"", "SMTP error from remote mailer after RCPT TO:<someone@example.com>: 550 Requested action not taken", KindRecipientUnknown},
		{"", "SMTP error from remote mail server after initial connection: 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "SMTP error from remote mail server after RCPT TO:<someone@example.com>: 554 5.7.1 <someone@example.com>: Relay access denied", KindRelayDenied},
	})
}

// TestGoMailFrameGivesTheStage: go-mail's SendError names the command the
// reply answered ("sending SMTP MAIL FROM command: 550 …", "closing SMTP
// DATA writer: 554 …"), and the code after it is read; its "affected
// recipient(s):" names no recipient the reply is about.
func TestGoMailFrameGivesTheStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "sending SMTP MAIL FROM command: 550 5.7.1 Email quota exceeded.", KindRateLimited},
		{"", "sending SMTP MAIL FROM command: 554 5.0.0 Undefined status", KindSenderRejected},
		{"", "sending SMTP RCPT TO command: 550 4.4.7 QUEUE.Expired; message expired, affected recipient(s): someone@example.com", KindTimeout},
		{"", "closing SMTP DATA writer: 554 5.0.0 Undefined status, affected message ID: <1@example.com>", KindPolicyRejected},
		// What it must keep.
		{"", "sending SMTP RCPT TO command: 550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in local recipient table, affected recipient(s): someone@example.com", KindRecipientUnknown},
		{"", "sending SMTP RCPT TO command: 554 5.7.1 <someone@example.com>: Relay access denied, affected recipient(s): someone@example.com", KindRelayDenied},
		{"", "SMTP RCPT command failed", KindRecipientUnknown},
		// An "SMTP" before the frame's (a server's "ESMTP") hides it not.
		{"", "mx.example.com ESMTP: sending SMTP MAIL FROM command: 550 5.7.1 Email quota exceeded.", KindRateLimited},
	})
}

// TestJavaMailGreetingFrame: JavaMail's "Could not connect to SMTP host:
// …, response: N" gives both the code (Parse) and the greeting stage
// (frameStage), and only it: the same words after another beginning give
// neither, so that no decision is said to be at a greeting whose code was
// never read.
func TestJavaMailGreetingFrame(t *testing.T) {
	for _, c := range []struct {
		reply string
		code  int
		stage Stage
	}{
		{"javax.mail.MessagingException: Could not connect to SMTP host: mx.example.com, port: 25, response: 554", 554, StageGreeting},
		{"Could not connect to SMTP host: a, port: 25, response: -1\nCould not connect to SMTP host: b, port: 25, response: 421", 421, StageGreeting},
		{"Could not connect to SMTP host: mx.example.com, port: 25, response: -1", 0, ""},
		{"Error talking to SMTP host: mx.example.com, port: 25, response: 550", 0, ""},
	} {
		r, _ := Parse(c.reply)
		if s := frameStage("", r.Lines...); r.Code != c.code || s != c.stage {
			t.Errorf("%q: code %d, stage %q; want %d, %q", c.reply, r.Code, s, c.code, c.stage)
		}
	}
}
