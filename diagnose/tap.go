package diagnose

import (
	"bytes"
	"net"
	"sync"
)

// tapConn records what the server says while recording is on, so that the
// report can show the greeting and the EHLO reply exactly as sent: the SMTP
// client keeps neither.
type tapConn struct {
	net.Conn
	mu  sync.Mutex
	on  bool
	buf bytes.Buffer
}

func newTap(c net.Conn) *tapConn { return &tapConn{Conn: c, on: true} }

func (t *tapConn) Read(p []byte) (int, error) {
	n, err := t.Conn.Read(p)
	t.mu.Lock()
	if t.on && n > 0 {
		t.buf.Write(p[:n])
	}
	t.mu.Unlock()
	return n, err
}

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
