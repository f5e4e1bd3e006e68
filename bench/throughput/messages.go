package throughput

import (
	"fmt"
	"strings"
)

// The envelope and header addresses of every message.
const (
	fromAddr   = "bench@bench.test"
	heloName   = "bench.client.test"
	rcptDomain = "bench.test"
)

// message is one of the messages every row sends. Message i goes to
// r<i>@bench.test so the sink can tell which ones arrived.
type message struct {
	rcpt    string
	subject string
	body    string
	raw     []byte // RFC 5322 form with CRLF line ends, for the clients that take bytes
}

// newMessages returns the n small messages each row sends.
func newMessages(n int) []message {
	msgs := make([]message, n)
	for i := range msgs {
		m := &msgs[i]
		m.rcpt = fmt.Sprintf("r%d@%s", i, rcptDomain)
		m.subject = fmt.Sprintf("Nightly report %d", i)
		m.body = fmt.Sprintf("Task %d finished.\r\nDuration: 12.5s\r\nStatus: ok\r\n", i)
		var b strings.Builder
		fmt.Fprintf(&b, "From: <%s>\r\n", fromAddr)
		fmt.Fprintf(&b, "To: <%s>\r\n", m.rcpt)
		fmt.Fprintf(&b, "Subject: %s\r\n", m.subject)
		b.WriteString("Date: Mon, 23 Nov 2026 12:00:00 +0000\r\n")
		fmt.Fprintf(&b, "Message-ID: <%d.bench@%s>\r\n", i, rcptDomain)
		b.WriteString("MIME-Version: 1.0\r\n")
		b.WriteString("Content-Type: text/plain; charset=UTF-8\r\n")
		b.WriteString("Content-Transfer-Encoding: 7bit\r\n\r\n")
		b.WriteString(m.body)
		m.raw = []byte(b.String())
	}
	return msgs
}
