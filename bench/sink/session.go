package sink

import (
	"io"
	"net"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// session accepts every sender and recipient and discards the data.
type session struct {
	count *counters
	rcpts []string
}

func (s *Sink) newSession(*smtp.Conn) (smtp.Session, error) {
	return &session{count: &s.count}, nil
}

func (s *session) Reset()        { s.rcpts = s.rcpts[:0] }
func (s *session) Logout() error { return nil }

func (s *session) Mail(string, *smtp.MailOptions) error { return nil }

func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.rcpts = append(s.rcpts, to)
	return nil
}

func (s *session) Data(r io.Reader) error {
	n, err := io.Copy(io.Discard, r)
	if err != nil {
		return err
	}
	s.count.delivered(s.rcpts, n)
	return nil
}

// countingListener counts accepted connections and the reads on them that
// return data. A client that waits for each reply before it writes the
// next command causes one read per command, so reads per message is the
// number of round trips per message; a pipelining client causes fewer.
// The count is taken below TLS, so it is the same measure with STARTTLS.
type countingListener struct {
	net.Listener
	c     *counters
	batch bool
}

func (l *countingListener) Accept() (net.Conn, error) {
	conn, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	l.c.conns.Add(1)
	return &countingConn{Conn: conn, c: l.c, batch: l.batch}, nil
}

// closeFlushTimeout bounds the last write when a connection closes.
const closeFlushTimeout = 5 * time.Second

// countingConn counts reads and, when batch is set, holds replies back
// until the server is about to wait for input, then writes them at once.
// go-smtp writes each reply as soon as it is made; a server such as
// Postfix flushes only when its input buffer is empty, so a pipelined
// MAIL, RCPT, DATA gets its three replies in one segment. go-smtp reads
// the connection only when its own buffer is empty, so flushing before
// every Read is that rule. It is done here because go-smtp has no option
// for it.
type countingConn struct {
	net.Conn
	c     *counters
	batch bool

	mu   sync.Mutex
	wbuf []byte
}

func (c *countingConn) Read(p []byte) (int, error) {
	if err := c.flush(); err != nil {
		return 0, err
	}
	n, err := c.Conn.Read(p)
	if n > 0 {
		c.c.reads.Add(1)
	}
	return n, err
}

func (c *countingConn) Write(p []byte) (int, error) {
	if !c.batch {
		return c.Conn.Write(p)
	}
	c.mu.Lock()
	c.wbuf = append(c.wbuf, p...)
	c.mu.Unlock()
	return len(p), nil
}

func (c *countingConn) flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.wbuf) == 0 {
		return nil
	}
	_, err := c.Conn.Write(c.wbuf)
	c.wbuf = c.wbuf[:0]
	return err
}

// Close writes what is held back and closes. The write gets a deadline of
// its own: tls.Conn.Close sets the write deadline to now after its
// close_notify, which it expects to have been written already.
func (c *countingConn) Close() error {
	c.Conn.SetWriteDeadline(time.Now().Add(closeFlushTimeout))
	err := c.flush()
	if cerr := c.Conn.Close(); err == nil {
		err = cerr
	}
	return err
}
