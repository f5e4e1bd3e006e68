package diagnose

import (
	"bytes"
	"net"
	"sync"

	"github.com/taskmail/taskmail/internal/replylimit"
)

// tapConn records what the server says while recording is on, so that the
// report can show the greeting and the EHLO reply exactly as sent: the SMTP
// client keeps neither. It reads through the Sender's reply limits
// (replylimit.SMTP), so a hostile server cannot grow the doctor's memory
// either, and what it records is bounded by them.
type tapConn struct {
	net.Conn
	lr  *replylimit.Reader
	mu  sync.Mutex
	on  bool
	buf bytes.Buffer
}

func newTap(c net.Conn) *tapConn {
	t := &tapConn{Conn: c, on: true}
	// The recording is of the bytes as they came (a TLS record where the
	// greeting belongs shows as such), below the limits, which stop
	// reading once a reply passes them.
	t.lr = replylimit.NewReader(rawTap{t}, replylimit.SMTP)
	return t
}

// rawTap reads the connection for the limits' reader, recording.
type rawTap struct{ t *tapConn }

func (r rawTap) Read(p []byte) (int, error) {
	t := r.t
	n, err := t.Conn.Read(p)
	t.mu.Lock()
	if t.on && n > 0 {
		t.buf.Write(p[:n])
	}
	t.mu.Unlock()
	return n, err
}

func (t *tapConn) Read(p []byte) (int, error) { return t.lr.Read(p) }

// take returns what was recorded since the last take.
func (t *tapConn) take() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.buf.String()
	t.buf.Reset()
	return s
}

// stop ends the recording, before TLS starts on top of the connection.
func (t *tapConn) stop() {
	t.mu.Lock()
	t.on = false
	t.buf.Reset()
	t.mu.Unlock()
}

// beforeStartTLS lets the TLS handshake after the STARTTLS reply through
// unchecked, within replylimit.StartTLSBudget.
func (t *tapConn) beforeStartTLS() { t.lr.RawAfterReply(replylimit.StartTLSBudget) }

// afterStartTLS ends the raw budget: what comes now is TLS records,
// whose replies the client reads through limitedReplies.
func (t *tapConn) afterStartTLS() { t.lr.SetRawBudget(-1) }
