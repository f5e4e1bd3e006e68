package mailaction_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestBDATRefusedThenDropped: a server that refuses the BDAT chunk and
// then drops the connection did not take the message: the send fails
// with the refusal, is not "ambiguous" (MaybeDuplicated stays false) and
// is not sent again as if delivery were unknown.
func TestBDATRefusedThenDropped(t *testing.T) {
	large := simple("ops@example.org")
	large.Text = strings.Repeat("a line of the nightly report\n", 400) // over 3 KiB: BDAT after the envelope replies
	huge := simple("ops@example.org")
	huge.Text = strings.Repeat("a line of the nightly report\n", 200000) // about 6 MB: more than the socket buffers hold
	for _, size := range []struct {
		name string
		msg  *mailaction.Message
	}{{"small", simple("ops@example.org")}, {"large", large}, {"huge", huge}} {
		for _, read := range []struct {
			name    string
			payload bool // the server reads the chunk before it refuses it
		}{{"chunk read", true}, {"chunk unread", false}} {
			for _, refusal := range []struct {
				reply string
				code  int
			}{
				{"554 5.6.0 Message refused", 554},
				{"452 4.3.1 Insufficient system storage", 452},
			} {
				name := size.name + "/" + read.name + "/" + refusal.reply[:3]
				t.Run(name, func(t *testing.T) {
					cfg := rawSMTP(t, []string{"PIPELINING", "CHUNKING"}, func(c net.Conn, r *bufio.Reader) {
						if size.name != "small" {
							if !readLines(r, 2) {
								return
							}
							io.WriteString(c, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n")
							if _, ok := readBDAT(r, read.payload); !ok {
								return
							}
							io.WriteString(c, refusal.reply+"\r\n")
							return
						}
						if !readLines(r, 2) {
							return
						}
						if _, ok := readBDAT(r, read.payload); !ok {
							return
						}
						io.WriteString(c, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n"+refusal.reply+"\r\n")
					})
					cfg.Retry.MaxAttempts = 2
					sl := &sleeps{}
					ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
					defer cancel()
					res, err := mailaction.SendEmail(ctx, cfg, size.msg, sl.option())
					if err == nil {
						t.Fatal("SendEmail succeeded against a server that refused every chunk")
					}
					var me *mailerrors.Error
					if !errors.As(err, &me) {
						t.Fatalf("err = %v, not a *mailerrors.Error", err)
					}
					// A chunk larger than the socket buffers that the server
					// refuses unread fails the client's write: the refusal is
					// then not read (connection_failed), but nothing was
					// delivered all the same.
					writeFails := size.name == "huge" && !read.payload
					if !writeFails && (me.Code != refusal.code || errors.Is(err, mailerrors.ErrConnectionFailed)) {
						t.Errorf("err = %v (kind %s, code %d), want the refusal %q", err, me.Kind, me.Code, refusal.reply)
					}
					if res.MaybeDuplicated {
						t.Errorf("MaybeDuplicated after a refused chunk (attempts %d, err %v)", res.Attempts, err)
					}
				})
			}
		}
	}
}
