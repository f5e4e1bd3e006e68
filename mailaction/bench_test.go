package mailaction_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"

	gomail "github.com/wneessen/go-mail"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// sink is a minimal SMTP server for benchmarks: it accepts everything,
// answers pipelined commands in one write, and allocates next to nothing,
// so that the allocations a benchmark reports are the client's.
type sink struct {
	ln       net.Listener
	messages atomic.Int64
	conns    atomic.Int64
	wg       sync.WaitGroup

	// refuse is how many more messages to refuse with 451 after their
	// data; keep makes the sink record every payload it reads (DATA
	// unstuffed), refused ones included.
	refuse   atomic.Int64
	keep     bool
	perConn  int // when set, the MAIL after this many messages on a connection gets 421 and the connection is closed
	mu       sync.Mutex
	payloads [][]byte
}

func startSink(tb testing.TB) *sink {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	s := &sink{ln: ln}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.conns.Add(1)
			s.wg.Add(1)
			go func() {
				defer s.wg.Done()
				s.serve(c)
			}()
		}
	}()
	tb.Cleanup(func() { ln.Close(); s.wg.Wait() })
	return s
}

func (s *sink) serve(c net.Conn) {
	defer c.Close()
	r := bufio.NewReaderSize(c, 64<<10)
	w := bufio.NewWriterSize(c, 16<<10)
	w.WriteString("220 sink ESMTP\r\n")
	w.Flush()
	inData := false
	var data []byte
	before := s.messages.Load()
	for {
		line, err := r.ReadSlice('\n')
		if err != nil {
			return
		}
		switch {
		case inData:
			if len(line) == 3 && line[0] == '.' {
				inData = false
				s.final(w, data)
				data = nil
			} else if s.keep {
				data = append(data, bytes.TrimPrefix(line, []byte("."))...)
			}
		case len(line) < 4:
			w.WriteString("500 5.5.2 what?\r\n")
		case bytes.EqualFold(line[:4], []byte("EHLO")):
			w.WriteString("250-sink\r\n250-PIPELINING\r\n250-CHUNKING\r\n250-8BITMIME\r\n250 SIZE 10485760\r\n")
		case bytes.EqualFold(line[:4], []byte("BDAT")):
			// "BDAT n LAST": read the chunk and take the message.
			f := bytes.Fields(line)
			n, err := strconv.Atoi(string(f[1]))
			if err != nil || len(f) != 3 {
				w.WriteString("501 5.5.4 bad BDAT\r\n")
				break
			}
			if s.keep {
				data = make([]byte, n)
				if _, err := io.ReadFull(r, data); err != nil {
					return
				}
			} else if _, err := r.Discard(n); err != nil {
				return
			}
			s.final(w, data)
			data = nil
		case bytes.EqualFold(line[:4], []byte("DATA")):
			inData = true
			w.WriteString("354 go ahead\r\n")
		case bytes.EqualFold(line[:4], []byte("QUIT")):
			w.WriteString("221 2.0.0 bye\r\n")
			w.Flush()
			return
		case s.perConn > 0 && bytes.EqualFold(line[:4], []byte("MAIL")) && s.messages.Load()-before >= int64(s.perConn):
			w.WriteString("421 4.7.0 too many messages in this connection\r\n")
			w.Flush()
			return
		default: // MAIL, RCPT, RSET, NOOP, HELO
			w.WriteString("250 2.0.0 ok\r\n")
		}
		if r.Buffered() == 0 {
			if w.Flush() != nil {
				return
			}
		}
	}
}

// final answers the end of a message's data, and records data when the
// sink keeps payloads.
func (s *sink) final(w *bufio.Writer, data []byte) {
	if s.keep {
		s.mu.Lock()
		s.payloads = append(s.payloads, data)
		s.mu.Unlock()
	}
	if s.refuse.Add(-1) >= 0 {
		w.WriteString("451 4.3.0 try again\r\n")
		return
	}
	s.messages.Add(1)
	w.WriteString("250 2.0.0 queued\r\n")
}

func (s *sink) port() int { return s.ln.Addr().(*net.TCPAddr).Port }

const benchBody = "The nightly backup finished in 4m12s.\nNo errors.\n"

// BenchmarkSend compares a Sender with go-mail on the same sink and the
// same small message, each building the message per send.
func BenchmarkSend(b *testing.B) {
	b.Run("taskmail-1conn", func(b *testing.B) { benchSender(b, 1, false) })
	b.Run("taskmail-pooled5", func(b *testing.B) { benchSender(b, 5, true) })
	b.Run("gomail-default", func(b *testing.B) { benchGoMail(b) })
	b.Run("gomail-nonoop-norset", func(b *testing.B) { benchGoMail(b, gomail.WithoutNoop(), gomail.WithoutRset()) })
}

func benchSender(b *testing.B, conns int, parallel bool) {
	sk := startSink(b)
	s, err := mailaction.NewSender(config.SMTP{
		Host: "127.0.0.1", Port: sk.port(), TLS: config.TLSNone, From: "robot@example.org",
		Pool: config.Pool{MaxConns: conns, MaxMessages: 1 << 30},
	})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	send := func() {
		_, err := s.Send(ctx, &mailaction.Message{To: []string{"ops@example.org"}, Subject: "backup done", Text: benchBody})
		if err != nil {
			b.Error(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	if parallel {
		b.SetParallelism(2) // 2*GOMAXPROCS goroutines share 5 connections
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				send()
			}
		})
	} else {
		for b.Loop() {
			send()
		}
	}
	b.StopTimer()
	report(b, sk)
}

func benchGoMail(b *testing.B, opts ...gomail.Option) {
	sk := startSink(b)
	opts = append([]gomail.Option{gomail.WithPort(sk.port()), gomail.WithTLSPolicy(gomail.NoTLS)}, opts...)
	c, err := gomail.NewClient("127.0.0.1", opts...)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	if err := c.DialWithContext(ctx); err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m := gomail.NewMsg()
		if err := m.From("robot@example.org"); err != nil {
			b.Fatal(err)
		}
		if err := m.To("ops@example.org"); err != nil {
			b.Fatal(err)
		}
		m.Subject("backup done")
		m.SetBodyString(gomail.TypeTextPlain, benchBody)
		if err := c.Send(m); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	report(b, sk)
}

func report(b *testing.B, sk *sink) {
	if sec := b.Elapsed().Seconds(); sec > 0 {
		b.ReportMetric(float64(b.N)/sec, "msgs/s")
	}
	if got := sk.messages.Load(); got != int64(b.N) {
		b.Errorf("sink got %d messages, want %d", got, b.N)
	}
	b.ReportMetric(float64(sk.conns.Load()), "conns")
}

// BenchmarkSendSize reports what one Send costs by message size, over
// BDAT and DATA, on one connection: B/op and allocs/op are the sending
// side's (the sink allocates next to nothing per message), and
// alloc-ratio is B/op over the message's size. A regression in the
// payload path (a copy of the message, a buffer not reused, a file read
// into memory) shows here.
func BenchmarkSendSize(b *testing.B) {
	for _, size := range []struct {
		name string
		n    int
		file bool // send the text as an attachment read from a file
	}{{"1KB", 1 << 10, false}, {"100KB", 100 << 10, false}, {"1MB", 1 << 20, false}, {"1MB-file", 1 << 20, true}} {
		text := largeText(size.n)
		for _, pa := range chunkedPaths {
			b.Run(size.name+"/"+pa.name, func(b *testing.B) {
				sk := startSink(b)
				cfg := benchConfig(sk.port())
				cfg.Pool.MaxMessages = 1 << 30
				s, err := mailaction.NewSender(cfg, pa.opts...)
				if err != nil {
					b.Fatal(err)
				}
				defer s.Close()
				ctx := context.Background()
				msg := &mailaction.Message{To: []string{"ops@example.org"}, Subject: "log", Text: text}
				if size.file {
					path := filepath.Join(b.TempDir(), "log.txt")
					if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
						b.Fatal(err)
					}
					msg.Text = "The log is attached.\n"
					msg.Attachments = []mailaction.Attachment{{Path: path}}
				}
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				for b.Loop() {
					if _, err := s.Send(ctx, msg); err != nil {
						b.Fatal(err)
					}
				}
				runtime.ReadMemStats(&after)
				b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(len(text)), "alloc-ratio")
				report(b, sk)
			})
		}
	}
}
