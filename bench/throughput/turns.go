package throughput

import (
	"context"
	"net"
	"sync/atomic"
)

// turnConn counts round trips on a connection: a read that follows a
// write is the client waiting for the server's answer to what it sent.
// A pipelining client writes several commands and then reads several
// replies, which counts once; a client that waits for every reply counts
// once per command. It sits below TLS, so handshakes count as well (on a
// reused connection they are spread over its messages).
type turnConn struct {
	net.Conn
	turns *atomic.Int64
	wrote atomic.Bool
}

func (c *turnConn) Write(p []byte) (int, error) {
	c.wrote.Store(true)
	return c.Conn.Write(p)
}

func (c *turnConn) Read(p []byte) (int, error) {
	if c.wrote.Swap(false) {
		c.turns.Add(1)
	}
	return c.Conn.Read(p)
}

// countingDialer dials TCP and counts the round trips of every
// connection it makes in turns.
func countingDialer(turns *atomic.Int64) func(ctx context.Context, network, addr string) (net.Conn, error) {
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		var d net.Dialer
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, err
		}
		return &turnConn{Conn: c, turns: turns}, nil
	}
}
