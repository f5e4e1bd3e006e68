package smtptest_test

import (
	"encoding/base64"
	"testing"

	"github.com/taskmail/taskmail/internal/smtptest"
)

// TestFault421KeepOpen: at every stage after the greeting, the fault
// refuses the command with 421 and the same connection goes on: the
// command is then accepted (Times: 1) and a message goes through, on one
// connection.
func TestFault421KeepOpen(t *testing.T) {
	plain := "AUTH PLAIN " + base64.StdEncoding.EncodeToString([]byte("\x00bob\x00secret-b"))
	// The commands of one session and the code each gets without a fault.
	session := []struct {
		stage smtptest.Stage
		cmd   string
		code  int
	}{
		{smtptest.StageEHLO, "EHLO client.test", 250},
		{smtptest.StageAuth, plain, 235},
		{smtptest.StageMail, "MAIL FROM:<bob@example.org>", 250},
		{smtptest.StageRcpt, "RCPT TO:<ops@example.org>", 250},
		{"", "DATA", 354},
		{smtptest.StageData, "Subject: t\r\n\r\nhello\r\n.", 250},
	}
	for _, stage := range []smtptest.Stage{smtptest.StageEHLO, smtptest.StageAuth, smtptest.StageMail, smtptest.StageRcpt, smtptest.StageData} {
		t.Run(string(stage), func(t *testing.T) {
			s := smtptest.StartT(t, smtptest.Config{Users: users, Faults: []smtptest.Fault{{Stage: stage, Kind: smtptest.Fault421KeepOpen, Times: 1}}})
			c, _ := dialText(t, s)
			for _, step := range session {
				if step.stage == stage {
					if code, msg := c.cmd("%s", step.cmd); code != 421 || msg != "4.3.2 Service shutting down" {
						t.Fatalf("%s: %d %q, want 421 4.3.2 Service shutting down", step.cmd, code, msg)
					}
					if stage == smtptest.StageData {
						// The transaction is over: start it again.
						for _, again := range session[2:5] {
							if code, msg := c.cmd("%s", again.cmd); code != again.code {
								t.Fatalf("after the 421, %s: %d %q", again.cmd, code, msg)
							}
						}
					}
				}
				if code, msg := c.cmd("%s", step.cmd); code != step.code {
					t.Fatalf("%s: %d %q, want %d", step.cmd, code, msg, step.code)
				}
			}
			if code, _ := c.cmd("QUIT"); code != 221 {
				t.Errorf("QUIT: %d", code)
			}
			if n := len(s.Messages()); n != 1 {
				t.Errorf("%d messages, want 1", n)
			}
			if n := s.Connections(); n != 1 {
				t.Errorf("%d connections, want 1: the 421 left the connection open", n)
			}
		})
	}
}

// TestFault421KeepOpenGreeting: a 421 greeting that leaves the connection
// open gets 503 for every command, as a refused greeting does, until QUIT.
func TestFault421KeepOpenGreeting(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageGreeting, Kind: smtptest.Fault421KeepOpen, Times: 1}}})
	c, greeting := dialText(t, s)
	if greeting != "4.3.2 Service shutting down" {
		t.Errorf("greeting %q", greeting)
	}
	if code, msg := c.cmd("EHLO client.test"); code != 503 {
		t.Errorf("EHLO: %d %q, want 503", code, msg)
	}
	if code, _ := c.cmd("QUIT"); code != 221 {
		t.Errorf("QUIT: %d", code)
	}
	mustSend(t, s, run{}) // Times: 1
}
