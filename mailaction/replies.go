package mailaction

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/textproto"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/replylimit"
	"github.com/taskmail/taskmail/internal/transport"
)

// replyLimits are the limits on a server's replies, the doctor's too.
var replyLimits = replylimit.SMTP

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
// unchecked, within replylimit.StartTLSBudget.
func (c *replyConn) beforeStartTLS() { c.rr.r.RawAfterReply(replylimit.StartTLSBudget) }

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
	e.Hints = transport.ReplyLimitHints()
	return e
}

// Ensure replyReader is an io.Reader (bufio wraps it).
var _ io.Reader = replyReader{}
