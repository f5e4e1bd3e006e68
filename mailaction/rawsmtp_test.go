package mailaction_test

import (
	"bufio"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/rawtest"
)

// rawSMTP starts a scripted SMTP server: it greets, answers EHLO with
// ext (PIPELINING, CHUNKING, ...), then hands the connection to script,
// which speaks the rest. The connection closes when script returns.
func rawSMTP(t *testing.T, ext []string, script func(c net.Conn, r *bufio.Reader)) config.SMTP {
	t.Helper()
	addr := rawtest.Serve(t, func(c net.Conn) {
		r := bufio.NewReader(c)
		io.WriteString(c, "220 raw.test ESMTP\r\n")
		if _, err := r.ReadString('\n'); err != nil {
			return
		}
		var b strings.Builder
		b.WriteString("250-raw.test\r\n")
		for _, e := range ext {
			b.WriteString("250-" + e + "\r\n")
		}
		b.WriteString("250 8BITMIME\r\n")
		io.WriteString(c, b.String())
		script(c, r)
	})
	host, port, _ := net.SplitHostPort(addr.String())
	p, _ := strconv.Atoi(port)
	return config.SMTP{Host: host, Port: p, TLS: config.TLSNone, From: "Robot <robot@example.org>",
		Retry: config.Retry{MaxAttempts: 3}}
}

// readLines reads n command lines; it reports false when the connection
// ended first.
func readLines(r *bufio.Reader, n int) bool {
	for range n {
		if _, err := r.ReadString('\n'); err != nil {
			return false
		}
	}
	return true
}

// readBDAT reads a "BDAT size LAST" line and, when payload is set, the
// chunk; it returns the line.
func readBDAT(r *bufio.Reader, payload bool) (string, bool) {
	line, err := r.ReadString('\n')
	if err != nil || !strings.HasPrefix(strings.ToUpper(line), "BDAT ") {
		return line, false
	}
	if payload {
		f := strings.Fields(line)
		n, _ := strconv.ParseInt(f[1], 10, 64)
		if _, err := io.CopyN(io.Discard, r, n); err != nil {
			return line, false
		}
	}
	return line, true
}
