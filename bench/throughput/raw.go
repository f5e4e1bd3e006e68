package throughput

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"net"
	"net/textproto"
	"strconv"
	"strings"
)

// rawRow is a client that pipelines (RFC 2920) on one connection: it
// sends MAIL, RCPT and DATA in one write and reads the three replies
// together, then sends the message and its end in one write; two round
// trips per message. It is written by hand because no client library at
// hand pipelines; it does only what this measurement needs (one
// recipient, messages without leading dots).
func rawRow(ctx context.Context, e *env) error { return rawRows(1, false)(ctx, e) }

// rawRows is the raw client on k connections at once; with chunking it
// sends MAIL, RCPT, "BDAT n LAST" and the message in one write (CHUNKING,
// RFC 3030), one round trip per message, the fewest SMTP allows.
func rawRows(k int, chunking bool) func(context.Context, *env) error {
	return func(ctx context.Context, e *env) error {
		return parallel(ctx, e, k, func(ctx context.Context) (func(*message) error, func() error, error) {
			c, err := dialRaw(ctx, e, chunking)
			if err != nil {
				return nil, nil, err
			}
			if chunking {
				return c.sendChunked, c.quit, nil
			}
			return c.send, c.quit, nil
		})
	}
}

type rawClient struct {
	conn net.Conn
	r    *textproto.Reader
	w    *bufio.Writer
}

func dialRaw(ctx context.Context, e *env, chunking bool) (*rawClient, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", e.addr)
	if err != nil {
		return nil, err
	}
	c := &rawClient{}
	c.setConn(conn)
	if _, _, err := c.r.ReadResponse(220); err != nil {
		conn.Close()
		return nil, err
	}
	ext, err := c.ehlo()
	if err == nil && e.tls {
		if err = c.cmd(220, "STARTTLS"); err == nil {
			tc := tls.Client(conn, e.tlsConf)
			if err = tc.HandshakeContext(ctx); err == nil {
				c.setConn(tc)
				ext, err = c.ehlo()
			}
		}
	}
	if err == nil && !strings.Contains(ext, "\nPIPELINING") {
		err = errors.New("server does not advertise PIPELINING")
	}
	if err == nil && chunking && !strings.Contains(ext, "\nCHUNKING") {
		err = errors.New("server does not advertise CHUNKING")
	}
	if err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

func (c *rawClient) setConn(conn net.Conn) {
	c.conn = conn
	c.r = textproto.NewReader(bufio.NewReader(conn))
	c.w = bufio.NewWriter(conn)
}

func (c *rawClient) cmd(code int, line string) error {
	c.w.WriteString(line)
	c.w.WriteString("\r\n")
	if err := c.w.Flush(); err != nil {
		return err
	}
	_, _, err := c.r.ReadResponse(code)
	return err
}

// ehlo returns the extension lines, each after a newline.
func (c *rawClient) ehlo() (string, error) {
	c.w.WriteString("EHLO " + heloName + "\r\n")
	if err := c.w.Flush(); err != nil {
		return "", err
	}
	_, msg, err := c.r.ReadResponse(250)
	return "\n" + msg, err
}

func (c *rawClient) send(m *message) error {
	if bytes.HasPrefix(m.raw, []byte(".")) || bytes.Contains(m.raw, []byte("\n.")) {
		return errors.New("raw client: message needs dot-stuffing")
	}
	c.w.WriteString("MAIL FROM:<" + fromAddr + ">\r\nRCPT TO:<")
	c.w.WriteString(m.rcpt)
	c.w.WriteString(">\r\nDATA\r\n")
	if err := c.w.Flush(); err != nil {
		return err
	}
	// Read all three replies before acting on any, as RFC 2920 asks.
	_, _, err1 := c.r.ReadResponse(250)
	_, _, err2 := c.r.ReadResponse(250)
	_, _, err3 := c.r.ReadResponse(354)
	if err := errors.Join(err1, err2, err3); err != nil {
		return err
	}
	c.w.Write(m.raw)
	c.w.WriteString(".\r\n")
	if err := c.w.Flush(); err != nil {
		return err
	}
	_, _, err := c.r.ReadResponse(250)
	return err
}

// sendChunked sends the whole transaction in one write and reads the three
// replies.
func (c *rawClient) sendChunked(m *message) error {
	c.w.WriteString("MAIL FROM:<" + fromAddr + ">\r\nRCPT TO:<")
	c.w.WriteString(m.rcpt)
	c.w.WriteString(">\r\nBDAT ")
	c.w.WriteString(strconv.Itoa(len(m.raw)))
	c.w.WriteString(" LAST\r\n")
	c.w.Write(m.raw)
	if err := c.w.Flush(); err != nil {
		return err
	}
	_, _, err1 := c.r.ReadResponse(250)
	_, _, err2 := c.r.ReadResponse(250)
	_, _, err3 := c.r.ReadResponse(250)
	return errors.Join(err1, err2, err3)
}

func (c *rawClient) quit() error {
	err := c.cmd(221, "QUIT")
	if cerr := c.conn.Close(); err == nil {
		err = cerr
	}
	return err
}
