package realservers

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// SASLMethod returns the SASL mechanism ("PLAIN", "CRAM-MD5", ...) Postfix
// logged for the client that handed it the message with the Message-ID
// messageID (with or without its angle brackets), or "" when that client
// did not log in. Postfix writes its log in the background, so this waits
// for the message's lines; it fails t when they do not appear before ctx
// ends or 30 seconds pass.
func (s *Servers) SASLMethod(t testing.TB, ctx context.Context, messageID string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	path := filepath.Join(s.MTADir, "pf", "postfix.log")
	for {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading Postfix's log: %v", err)
		}
		if method, ok := saslMethod(b, messageID); ok {
			return method
		}
		select {
		case <-ctx.Done():
			t.Fatalf("Postfix's log %s has no message-id=<%s>: %v", path, strings.Trim(messageID, "<>"), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// saslMethod finds, in Postfix's log, the queue ID cleanup gave the message
// with the Message-ID id, and returns the sasl_method field of the smtpd
// line that opened that queue file ("QID: client=..., sasl_method=...").
// ok is false while the log holds no such pair of lines yet. Queue IDs are
// reused over time, so the smtpd line taken is the last one for the queue
// ID before cleanup's line.
func saslMethod(log []byte, id string) (method string, ok bool) {
	id = strings.Trim(id, "<>")
	clients := map[string]string{} // queue ID -> the fields after "client="
	for _, line := range strings.Split(string(log), "\n") {
		// "Nov 23 12:40:01 mx postfix/smtpd[123]: 4F3A21C0B2: client=..."
		_, rest, found := strings.Cut(line, "]: ")
		if !found {
			continue
		}
		qid, text, found := strings.Cut(rest, ": ")
		if !found {
			continue
		}
		switch {
		case strings.Contains(line, "/smtpd[") && strings.HasPrefix(text, "client="):
			clients[qid] = text
		case strings.Contains(line, "/cleanup[") && strings.HasPrefix(text, "message-id="):
			if strings.Trim(strings.TrimPrefix(text, "message-id="), "<>") != id {
				continue
			}
			fields, seen := clients[qid]
			if !seen {
				continue
			}
			for _, f := range strings.Split(fields, ", ") {
				if v, isMethod := strings.CutPrefix(f, "sasl_method="); isMethod {
					method = v
				}
			}
			ok = true
		}
	}
	return method, ok
}
