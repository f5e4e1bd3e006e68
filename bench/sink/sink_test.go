package sink

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/smtp"
	"net/textproto"
	"strings"
	"testing"
	"time"
)

func serve(t *testing.T) *Sink {
	t.Helper()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return s
}

func send(t *testing.T, s *Sink, useTLS bool, rcpts ...string) {
	t.Helper()
	c, err := smtp.Dial(s.SMTPAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if ok, _ := c.Extension("PIPELINING"); !ok {
		t.Error("PIPELINING not advertised")
	}
	if useTLS {
		roots := x509.NewCertPool()
		roots.AppendCertsFromPEM(s.CertPEM())
		if err := c.StartTLS(&tls.Config{RootCAs: roots, ServerName: "127.0.0.1"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Mail("from@bench.test"); err != nil {
		t.Fatal(err)
	}
	for _, r := range rcpts {
		if err := c.Rcpt(r); err != nil {
			t.Fatal(err)
		}
	}
	w, err := c.Data()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("Subject: x\r\n\r\nhello\r\n")); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}
}

func controlStats(t *testing.T, s *Sink) Stats {
	t.Helper()
	resp, err := http.Get("http://" + s.ControlAddr() + "/stats")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var st Stats
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestSinkCounts(t *testing.T) {
	s := serve(t)
	send(t, s, false, "r1@bench.test", "r2@bench.test")
	send(t, s, true, "r2@bench.test", "someone@bench.test")

	st := controlStats(t, s)
	want := Stats{Messages: 2, Recipients: 4, Conns: 2, Distinct: 2, Duplicates: 1, Unnumbered: 1}
	if st.Reads == 0 || st.Bytes == 0 {
		t.Errorf("reads %d, bytes %d: want both counted", st.Reads, st.Bytes)
	}
	st.Reads, st.Bytes, st.CPUNanos = 0, 0, 0
	if st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}

	resp, err := http.Post("http://"+s.ControlAddr()+"/reset", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if st := controlStats(t, s); st.Messages != 0 || st.Reads != 0 || st.Conns != 0 || st.Distinct != 0 || st.Duplicates != 0 {
		t.Errorf("after reset: %+v", st)
	}
	send(t, s, false, "r2@bench.test")
	if st := s.Stats(); st.Distinct != 1 || st.Duplicates != 0 {
		t.Errorf("after reset, r2 again: %+v", st)
	}
}

func TestSinkRefusesNonLoopback(t *testing.T) {
	for _, addr := range []string{"0.0.0.0:0", "192.0.2.1:25", ":25"} {
		if s, err := New(Options{SMTPAddr: addr}); err == nil {
			s.smtpLn.Close()
			s.ctlLn.Close()
			t.Errorf("New(%q) listened", addr)
		}
	}
}

func TestRecipientNumber(t *testing.T) {
	tests := []struct {
		addr string
		n    int
		ok   bool
	}{
		{"r0@bench.test", 0, true},
		{"r1999@x", 1999, true},
		{"r@x", 0, false},
		{"rx1@x", 0, false},
		{"q1@x", 0, false},
		{"r1", 0, false},
		{"r-1@x", 0, false},
	}
	for _, tt := range tests {
		n, ok := recipientNumber(tt.addr)
		if n != tt.n || ok != tt.ok {
			t.Errorf("recipientNumber(%q) = %d, %v; want %d, %v", tt.addr, n, ok, tt.n, tt.ok)
		}
	}
}

// TestSinkAnswersPipelinedCommandsTogether checks that the replies to a
// pipelined MAIL, RCPT and DATA come back in one write, as from a server
// that flushes only when its input is drained.
func TestSinkAnswersPipelinedCommandsTogether(t *testing.T) {
	s := serve(t)
	conn, err := net.Dial("tcp", s.SMTPAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	r := textproto.NewReader(bufio.NewReader(conn))
	if _, _, err := r.ReadResponse(220); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(conn, "EHLO client.test\r\n"); err != nil {
		t.Fatal(err)
	}
	if _, msg, err := r.ReadResponse(250); err != nil || !strings.Contains(msg, "PIPELINING") {
		t.Fatalf("EHLO: %q, %v", msg, err)
	}
	if _, err := io.WriteString(conn, "MAIL FROM:<a@bench.test>\r\nRCPT TO:<r7@bench.test>\r\nDATA\r\n"); err != nil {
		t.Fatal(err)
	}
	// One read: the three replies were written at once.
	buf := make([]byte, 4096)
	n, err := conn.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	got := string(buf[:n])
	if !strings.HasPrefix(got, "250 ") || strings.Count(got, "\r\n") != 3 || !strings.Contains(got, "\r\n354 ") {
		t.Fatalf("replies in the first read: %q", got)
	}
	if _, err := io.WriteString(conn, "Subject: x\r\n\r\nhi\r\n.\r\nQUIT\r\n"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := textproto.NewReader(bufio.NewReader(conn)).ReadResponse(250); err != nil {
		t.Fatal(err)
	}
	if st := s.Stats(); st.Messages != 1 || st.Distinct != 1 {
		t.Errorf("stats %+v", st)
	}
}
