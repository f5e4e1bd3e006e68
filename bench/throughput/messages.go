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

// Size is one message size the bench measures: a text body of Bytes
// bytes, N messages per row.
type Size struct {
	Name  string // "1KB"
	Bytes int    // body length
	N     int    // messages per row
}

// message is one of the messages every row sends. Message i goes to
// r<i>@bench.test so the project's sink can tell which ones arrived.
type message struct {
	rcpt    string
	subject string
}

// newMessages returns the envelope and subject of n messages.
func newMessages(n int) []message {
	msgs := make([]message, n)
	for i := range msgs {
		msgs[i] = message{rcpt: fmt.Sprintf("r%d@%s", i, rcptDomain), subject: fmt.Sprintf("Nightly report %d", i)}
	}
	return msgs
}

// newBody returns a text body of n bytes (at least one line) in lines of
// 64 characters ending in LF: ASCII without "=" and no line over 76
// characters, so its quoted-printable form is the text itself, and no
// line starting with a dot. Every client sends the same body: the Sender
// and go-mail encode it as quoted-printable, net/smtp sends it as it is.
func newBody(n int) string {
	const line = "Task finished: duration 12.5s, status ok, output in the log 0123\n"
	var b strings.Builder
	b.Grow(n + len(line))
	for b.Len() < n {
		b.WriteString(line[:min(len(line)-1, n-b.Len()-1)])
		b.WriteByte('\n')
	}
	return b.String()
}
