package smtptest_test

import (
	"io"
	"net"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/smtptest"
	gomail "github.com/wneessen/go-mail/smtp"
)

// BenchmarkSession sends messages on one reused connection (MAIL, RCPT,
// DATA, RSET), to show what the fake itself costs a throughput test.
func BenchmarkSession(b *testing.B) {
	for _, bc := range []struct {
		name string
		cfg  smtptest.Config
	}{
		{"plain", smtptest.Config{}},
		{"latency=1ms", smtptest.Config{Latency: time.Millisecond}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			s := start(b, bc.cfg)
			conn, err := net.Dial("tcp", s.Addr())
			if err != nil {
				b.Fatal(err)
			}
			c, err := gomail.NewClient(conn, "localhost")
			if err != nil {
				b.Fatal(err)
			}
			defer c.Close()
			body := "Subject: bench\r\n\r\nhello\r\n"
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if err := c.Mail("robot@client.test"); err != nil {
					b.Fatal(err)
				}
				if err := c.Rcpt("alice@local.test"); err != nil {
					b.Fatal(err)
				}
				w, err := c.Data()
				if err != nil {
					b.Fatal(err)
				}
				_, _ = io.WriteString(w, body)
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
				if err := c.Reset(); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
			s.Reset() // keep memory flat between runs
		})
	}
}

// BenchmarkStartTLS is one full session per iteration over STARTTLS.
func BenchmarkStartTLS(b *testing.B) {
	s := start(b, smtptest.Config{StartTLS: true})
	for b.Loop() {
		mustSend(b, s, run{startTLS: true})
	}
}
