package mailaction_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestPipelinedMailRefusedThenClosed: a server that refuses a pipelined
// MAIL FROM and then closes the connection, without replying to the
// RCPTs, fails the send with the MAIL refusal (its kind and code), not
// with a connection_failed from reading the RCPT replies.
func TestPipelinedMailRefusedThenClosed(t *testing.T) {
	for _, p := range []struct {
		name    string
		ext     []string
		replies string // what the server says before it closes
	}{
		{"pipelined", []string{"PIPELINING"}, ""},
		{"bdat", []string{"PIPELINING", "CHUNKING"}, ""},
		{"pipelined/rcpt answered", []string{"PIPELINING"}, "503 5.5.1 Error: need MAIL command\r\n"},
		{"bdat/rcpt answered", []string{"PIPELINING", "CHUNKING"}, "503 5.5.1 Error: need MAIL command\r\n"},
	} {
		t.Run(p.name, func(t *testing.T) {
			cfg := rawSMTP(t, p.ext, func(c net.Conn, r *bufio.Reader) {
				if _, err := r.ReadString('\n'); err != nil { // MAIL FROM
					return
				}
				io.WriteString(c, "553 5.7.1 <robot@example.org>: Sender address rejected\r\n"+p.replies)
			})
			cfg.Retry.MaxAttempts = 1
			ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
			defer cancel()
			_, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"))
			var me *mailerrors.Error
			if !errors.As(err, &me) {
				t.Fatalf("err = %v, want a *mailerrors.Error", err)
			}
			if !errors.Is(err, mailerrors.ErrSenderRejected) || me.Code != 553 || me.Stage != mailerrors.StageMail {
				t.Errorf("err = %v (kind %s, stage %s, code %d), want sender_rejected at mail with code 553", err, me.Kind, me.Stage, me.Code)
			}
		})
	}
}
