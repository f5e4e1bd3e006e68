package mailaction_test

import (
	"context"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// sendMany sends n small messages one after the other through a Sender
// with the default pool options (and retries without a long wait: a
// server's 421 may count as an attempt of its own).
func sendMany(t *testing.T, sk *sink, n int) {
	t.Helper()
	s, err := mailaction.NewSender(config.SMTP{Host: "127.0.0.1", Port: sk.port(), TLS: config.TLSNone, From: "robot@example.org",
		Retry: config.Retry{MaxAttempts: 3, InitialInterval: time.Millisecond, MaxInterval: time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(t.Context(), time.Minute)
	defer cancel()
	for i := range n {
		if _, err := s.Send(ctx, &mailaction.Message{To: []string{"ops@example.org"}, Subject: "report", Text: "ok\n"}); err != nil {
			t.Fatalf("message %d: %v", i, err)
		}
	}
	if got := sk.messages.Load(); got != int64(n) {
		t.Fatalf("sink got %d messages, want %d", got, n)
	}
}

// TestDefaultPoolKeepsConnection: with the default options a connection
// is not redialled every 100 messages; a server that allows more gets
// them all on one connection.
func TestDefaultPoolKeepsConnection(t *testing.T) {
	sk := startSink(t)
	sendMany(t, sk, 250)
	if got := sk.conns.Load(); got != 1 {
		t.Errorf("250 messages took %d connections, want 1", got)
	}
}

// TestPoolFollowsServerLimit: a server that takes fewer messages per
// connection says so (421 and close) and the Sender goes on, on a fresh
// connection, with no error for the caller.
func TestPoolFollowsServerLimit(t *testing.T) {
	sk := startSink(t)
	sk.perConn = 40
	sendMany(t, sk, 100)
	if got := sk.conns.Load(); got != 3 {
		t.Errorf("100 messages at 40 per connection took %d connections, want 3", got)
	}
}
