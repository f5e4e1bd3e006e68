package mailaction_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// largeText is a text body of about n bytes in lines of 64 characters,
// some starting with a dot, which DATA must stuff.
func largeText(n int) string {
	var b strings.Builder
	b.Grow(n + 64)
	for i := 0; b.Len() < n; i++ {
		if i%50 == 0 {
			b.WriteString(".dotted line of the nightly log, stuffed on the way out.......\n")
			continue
		}
		b.WriteString("a line of the nightly log, 64 characters long, with no dots..\n")
	}
	return b.String()
}

// chunkedPaths are the two ways a payload goes: BDAT (the sink offers
// CHUNKING) and DATA.
var chunkedPaths = []struct {
	name string
	opts []mailaction.Option
}{
	{"bdat", nil},
	{"data", []mailaction.Option{mailaction.WithoutChunking()}},
}

func benchConfig(port int) config.SMTP {
	return config.SMTP{
		Host: "127.0.0.1", Port: port, TLS: config.TLSNone, From: "robot@example.org",
		Pool:  config.Pool{MaxConns: 1},
		Retry: config.Retry{MaxAttempts: 3, InitialInterval: time.Millisecond, MaxInterval: time.Millisecond},
	}
}

// bytesPerSend returns the bytes this process allocated per Send of msg,
// after a warm-up, averaged over a few sends.
func bytesPerSend(t *testing.T, s *mailaction.Sender, msg *mailaction.Message) float64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	for range 2 {
		if _, err := s.Send(ctx, msg); err != nil {
			t.Fatal(err)
		}
	}
	const sends = 6
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range sends {
		if _, err := s.Send(ctx, msg); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / sends
}

// TestLargeMessageAllocation: a 1 MB message is written to the
// connection as it is built, not copied again for DATA, so a Send
// allocates at most 1.2 times the message's size.
func TestLargeMessageAllocation(t *testing.T) {
	text := largeText(1 << 20)
	for _, pa := range chunkedPaths {
		t.Run(pa.name, func(t *testing.T) {
			sk := startSink(t)
			s, err := mailaction.NewSender(benchConfig(sk.port()), pa.opts...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			msg := &mailaction.Message{To: []string{"ops@example.org"}, Subject: "log", Text: text}
			got := bytesPerSend(t, s, msg)
			t.Logf("%.0f bytes allocated per message", got)
			if limit := 1.2 * float64(len(text)); got > limit {
				t.Errorf("allocated %.0f bytes per %d-byte message, want at most %.0f", got, len(text), limit)
			}
		})
	}
}

// TestFileAttachmentStreams: an attachment read from a file goes from
// the disk to the connection, so a Send allocates a small part of its
// size.
func TestFileAttachmentStreams(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dump.bin")
	content := bytes.Repeat([]byte("binary\x00\x01\x02 data "), (1<<20)/16)
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, pa := range chunkedPaths {
		t.Run(pa.name, func(t *testing.T) {
			sk := startSink(t)
			s, err := mailaction.NewSender(benchConfig(sk.port()), pa.opts...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			msg := &mailaction.Message{To: []string{"ops@example.org"}, Subject: "dump", Text: "Attached.\n",
				Attachments: []mailaction.Attachment{{Path: path}}}
			got := bytesPerSend(t, s, msg)
			t.Logf("%.0f bytes allocated per message", got)
			size := float64(len(content)) * 4 / 3 // base64
			if limit := 0.3 * size; got > limit {
				t.Errorf("allocated %.0f bytes per message of %.0f bytes, want at most %.0f", got, size, limit)
			}
		})
	}
}

// TestRetrySendsTheSameBytes: a message refused with 451 after its data
// is sent again byte for byte, attachments from files and readers
// included, over BDAT and DATA.
func TestRetrySendsTheSameBytes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.csv")
	if err := os.WriteFile(path, bytes.Repeat([]byte("task,status\nbuild,ok\n"), 5000), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, pa := range chunkedPaths {
		t.Run(pa.name, func(t *testing.T) {
			sk := startSink(t)
			sk.keep = true
			sk.refuse.Store(1)
			s, err := mailaction.NewSender(benchConfig(sk.port()), pa.opts...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			msg := &mailaction.Message{
				To: []string{"ops@example.org"}, Subject: "report", Text: largeText(200 << 10), HTML: "<p>report</p>",
				Attachments: []mailaction.Attachment{
					{Path: path},
					{Name: "log.txt", Data: []byte(largeText(100 << 10))},
					{Name: "in.bin", Reader: bytes.NewReader([]byte("\x00\x01 binary")), Inline: true},
				},
			}
			ctx, cancel := context.WithTimeout(testctx.New(t), 30*time.Second)
			defer cancel()
			res, err := s.Send(ctx, msg)
			if err != nil || res.Attempts != 2 {
				t.Fatalf("Send: %v, %+v; want delivered on the second attempt", err, res)
			}
			sk.mu.Lock()
			defer sk.mu.Unlock()
			if len(sk.payloads) != 2 {
				t.Fatalf("sink read %d payloads, want 2", len(sk.payloads))
			}
			if !bytes.Equal(sk.payloads[0], sk.payloads[1]) {
				t.Errorf("the retry sent other bytes (%d and %d bytes)", len(sk.payloads[0]), len(sk.payloads[1]))
			}
		})
	}
}

// TestAttachmentFileChanged: a file that changes size between two
// attempts fails the Send with invalid_config, and the half-written
// message is not delivered.
func TestAttachmentFileChanged(t *testing.T) {
	for _, pa := range chunkedPaths {
		t.Run(pa.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "report.csv")
			if err := os.WriteFile(path, bytes.Repeat([]byte("task,status\n"), 20000), 0o600); err != nil {
				t.Fatal(err)
			}
			sk := startSink(t)
			sk.refuse.Store(1)
			grow := func(ctx context.Context, d time.Duration) error {
				f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					return err
				}
				defer f.Close()
				_, err = f.WriteString("one more line\n")
				return err
			}
			s, err := mailaction.NewSender(benchConfig(sk.port()), append(pa.opts, mailaction.WithSleep(grow))...)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx, cancel := context.WithTimeout(testctx.New(t), 30*time.Second)
			defer cancel()
			msg := &mailaction.Message{To: []string{"ops@example.org"}, Text: "report\n", Attachments: []mailaction.Attachment{{Path: path}}}
			res, err := s.Send(ctx, msg)
			if !errors.Is(err, mailerrors.ErrInvalidConfig) || res.Attempts != 2 {
				t.Fatalf("Send: %v (attempts %d), want invalid_config on the second attempt", err, res.Attempts)
			}
			if got := sk.messages.Load(); got != 0 {
				t.Errorf("sink delivered %d messages, want none", got)
			}
		})
	}
}

// TestLargeMessageWaitsForRecipients: over BDAT a message larger than
// what a server reads at once is sent only after the replies to MAIL and
// RCPT (a server that flushes those replies mid-chunk, as Postfix does,
// would otherwise hold its last reply for the client's delayed ACK), and
// so not at all when every recipient is refused. A small message still
// goes in one write with its commands.
func TestLargeMessageWaitsForRecipients(t *testing.T) {
	for _, c := range []struct {
		name  string
		text  string
		bdats int
	}{{"small", "short report\n", 1}, {"large", largeText(100 << 10), 0}} {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{})
			srv.SetRules(smtptest.Rule{Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "User unknown"}})
			s, err := mailaction.NewSender(plain(srv))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx, cancel := context.WithTimeout(testctx.New(t), 30*time.Second)
			defer cancel()
			_, err = s.Send(ctx, &mailaction.Message{To: []string{"nobody@example.org"}, Text: c.text})
			if !errors.Is(err, mailerrors.ErrRecipientUnknown) {
				t.Fatalf("Send: %v, want recipient_unknown", err)
			}
			if got := srv.CommandCount("BDAT"); got != c.bdats {
				t.Errorf("server got %d BDAT commands, want %d", got, c.bdats)
			}
		})
	}
}
