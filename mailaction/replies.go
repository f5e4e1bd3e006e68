package mailaction

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/textproto"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/replylimit"
)

// The limits on a server's replies. RFC 5321 §4.5.3.1.5 allows 512
// octets for a reply line; servers keep well within it, and a few times
// that leaves room for the odd long text. No real EHLO reply or
// multi-line refusal comes near 100 lines. Without limits an endless
// line or endless continuation lines, which anyone on the path can send
// before TLS starts, grow the client's memory until the command times
// out (hundreds of MiB in seconds).
const (
	maxReplyLine  = 4096
	maxReplyLines = 100
	// startTLSBudget bounds what may come between the STARTTLS reply and
	// the end of the EHLO after it: the TLS handshake (certificate chain
	// included) and that EHLO reply, which go-mail reads itself.
	startTLSBudget = 1 << 20
)

var replyLimits = replylimit.Limits{MaxLine: maxReplyLine, MaxLines: maxReplyLines, Final: replylimit.SMTPFinal}

// replyReader hands go-mail's textproto reader whole reply lines only,
// within the limits: a line cut off by a closed connection or a deadline
// is not taken for a complete reply, and an over-long reply ends the
// connection instead of filling memory.
type replyReader struct{ r *replylimit.Reader }

func (rr replyReader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	return n, replyError(err)
}

// replyConn is the connection go-mail's client is made with: conn, read
// through a replyReader.
type replyConn struct {
	net.Conn
	rr replyReader
}

func newReplyConn(conn net.Conn) *replyConn {
	return &replyConn{Conn: conn, rr: replyReader{replylimit.NewReader(conn, replyLimits)}}
}

func (c *replyConn) Read(p []byte) (int, error) { return c.rr.Read(p) }

// beforeStartTLS lets the TLS handshake after the STARTTLS reply through
// unchecked, within startTLSBudget.
func (c *replyConn) beforeStartTLS() { c.rr.r.RawAfterReply(startTLSBudget) }

// afterStartTLS checks the replies that now come over TLS: go-mail made a
// new textproto reader over its TLS connection, which reads through c.
func (c *replyConn) afterStartTLS(text *textproto.Conn) {
	c.rr.r.SetRawBudget(-1)
	text.Reader.R = bufio.NewReader(replyReader{replylimit.NewReader(text.Reader.R, replyLimits)})
}

// replyError turns a reply over the limits into an error of kind
// connection_failed, not temporary: such a server will not behave better
// in a minute. The stage is filled in by classify.
func replyError(err error) error {
	var le *replylimit.LimitError
	if !errors.As(err, &le) {
		return err
	}
	e := mailerrors.New(mailerrors.KindConnectionFailed, "", err)
	e.Stage = ""
	e.Temporary = false
	e.Text = le.Error()
	e.Hints = []mailerrors.Hint{
		{Text: "The server sent a reply far beyond what SMTP allows: check that Host and Port point at an SMTP server, and that nothing on the path rewrites the connection", Field: "Host"},
	}
	return e
}

// Ensure replyReader is an io.Reader (bufio wraps it).
var _ io.Reader = replyReader{}
