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

// ClientLog returns the lines of Postfix's smtpd log about the client
// address ip ("127.64.3.9"), once they hold n ended sessions ("disconnect
// from ...[ip]" lines, which Postfix writes when a session ends, with the
// count of each command: "... rset=1 quit=1 commands=6"). A session that
// ends without QUIT has "lost connection after CMD from ...[ip]" before its
// disconnect line and no "quit=" count. It fails t when the n sessions do
// not appear before ctx ends or 30 seconds pass.
func (s *Servers) ClientLog(t testing.TB, ctx context.Context, ip string, n int) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	path := filepath.Join(s.MTADir, "pf", "postfix.log")
	for {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("reading Postfix's log: %v", err)
		}
		lines, ended := clientLines(b, ip)
		if ended >= n {
			return lines
		}
		select {
		case <-ctx.Done():
			t.Fatalf("Postfix's log %s has %d ended sessions from %s, want %d: %v\n%s", path, ended, ip, n, ctx.Err(), strings.Join(lines, "\n"))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// clientLines returns the smtpd lines about the client ip, and how many of
// them end a session.
func clientLines(log []byte, ip string) (lines []string, ended int) {
	tag := "[" + ip + "]"
	for _, line := range strings.Split(string(log), "\n") {
		if !strings.Contains(line, "/smtpd[") || !strings.Contains(line, tag) {
			continue
		}
		lines = append(lines, line)
		if strings.Contains(line, ": disconnect from ") {
			ended++
		}
	}
	return lines, ended
}

// RelayOpen reports whether the POP-before-SMTP access map lets ip relay
// now: whether the log watcher has it in the map (the text form next to
// the map Postfix reads, written just after it).
func (s *Servers) RelayOpen(t testing.TB, ip string) bool {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.MTADir, "pf", "etc", "popbsmtp"))
	if err != nil {
		t.Fatalf("reading the POP-before-SMTP map: %v", err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == ip {
			return true
		}
	}
	return false
}

// WaitRelayClosed waits until the POP-before-SMTP map no longer lets ip
// relay: the entry expires POPBeforeSMTPTTL after the address's last POP
// login. It fails t when that takes longer than the TTL plus 10 seconds,
// or ctx ends.
func (s *Servers) WaitRelayClosed(t testing.TB, ctx context.Context, ip string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, s.POPBeforeSMTPTTL+10*time.Second)
	defer cancel()
	for s.RelayOpen(t, ip) {
		select {
		case <-ctx.Done():
			t.Fatalf("the POP-before-SMTP map still lets %s relay: %v", ip, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}
