package pop3

import (
	"bufio"
	"context"
	"crypto/md5"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/taskmail/taskmail/internal/replylimit"
)

// The limits on what the server sends. RFC 2449 §4 allows 512 octets for
// a response line; a few times that leaves room for long texts, and a
// message line may reach RFC 5322's 998. Without limits an endless line
// or an endless multi-line reply, which anyone on the path can send
// before STLS, grows memory until the deadline.
const (
	maxLine      = 4096     // octets of one line, CRLF included
	maxCapaLines = 100      // lines of a CAPA reply
	maxListLines = 10000    // lines of a LIST reply (messages in a maildrop; only tests list them)
	maxRetrBytes = 64 << 20 // octets of a RETR reply
)

// Client is one POP3 session. It is not safe for concurrent use.
type Client struct {
	raw    net.Conn           // the TCP connection: deadlines are set on it
	conn   net.Conn           // raw, or a *tls.Conn over it
	lr     *replylimit.Reader // whole lines of at most maxLine octets
	r      *bufio.Reader
	text   *textproto.Reader
	w      *bufio.Writer
	server string // host:port, for errors
	host   string // for the TLS server name

	greeting  string
	timestamp string // the APOP challenge from the greeting, "" when none
	isTLS     bool

	err error // set once the session is unusable
}

// apopTimestamp finds the RFC 1939 APOP challenge in a greeting: a msg-id
// such as <1896.697170952@dbc.mtview.ca.us>.
var apopTimestamp = regexp.MustCompile(`<[^<>\s@]+@[^<>\s]+>`)

// NewClient starts a session over conn, already connected to server
// ("host:port"), and reads the greeting. A *tls.Conn counts as TLS (POP3S).
// On failure it closes conn.
func NewClient(ctx context.Context, conn net.Conn, server string) (*Client, error) {
	host, _, err := net.SplitHostPort(server)
	if err != nil {
		host = server
	}
	c := &Client{raw: conn, server: server, host: host}
	_, c.isTLS = conn.(*tls.Conn)
	c.setConn(conn)
	err = c.with(ctx, func() error {
		g, err := c.readStatus("")
		if err != nil {
			return err
		}
		c.greeting = g
		c.timestamp = apopTimestamp.FindString(g)
		return nil
	})
	if err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

func (c *Client) setConn(conn net.Conn) {
	c.conn = conn
	c.lr = replylimit.NewReader(conn, replylimit.Limits{MaxLine: maxLine})
	c.r = bufio.NewReader(c.lr)
	c.text = textproto.NewReader(c.r)
	c.w = bufio.NewWriter(conn)
}

// Greeting returns the text of the server's +OK greeting.
func (c *Client) Greeting() string { return c.greeting }

// APOPOffered reports whether the greeting carried an APOP timestamp.
func (c *Client) APOPOffered() bool { return c.timestamp != "" }

// TLSConnectionState returns the TLS state of the session; ok is false
// when the session is not (yet) encrypted.
func (c *Client) TLSConnectionState() (state tls.ConnectionState, ok bool) {
	tc, ok := c.conn.(*tls.Conn)
	if !ok {
		return tls.ConnectionState{}, false
	}
	return tc.ConnectionState(), true
}

// with runs f, one exchange with the server, under ctx: ctx's deadline is
// the connection's deadline, and cancelling ctx interrupts f's blocked
// reads and writes by moving the deadline into the past. Any failure but a
// -ERR reply leaves the session unusable.
func (c *Client) with(ctx context.Context, f func() error) error {
	if c.err != nil {
		return c.err
	}
	if ctx.Err() != nil {
		return wrapError(c.server, context.Cause(ctx))
	}
	raw := c.raw
	deadline, _ := ctx.Deadline() // zero (no deadline) when ctx has none
	if err := raw.SetDeadline(deadline); err != nil {
		c.err = wrapError(c.server, err)
		return c.err
	}
	interrupted := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		raw.SetDeadline(time.Unix(1, 0))
		close(interrupted)
	})
	err := f()
	if !stop() {
		<-interrupted // the deadline moved: the next call sets it again
	}
	if err == nil {
		return nil
	}
	var re *ReplyError
	if errors.As(err, &re) {
		return wrapError(c.server, err)
	}
	switch {
	case ctx.Err() != nil:
		err = fmt.Errorf("%w (%w)", context.Cause(ctx), err)
	case !deadline.IsZero() && errors.Is(err, os.ErrDeadlineExceeded):
		// The connection's deadline is ctx's, and it can pass a moment
		// before ctx says so.
		err = fmt.Errorf("%w (%w)", context.DeadlineExceeded, err)
	}
	c.err = wrapError(c.server, err)
	return c.err
}

// cmd sends one command line and reads the status line of the reply,
// returning the text after "+OK". Arguments may not hold CR or LF.
func (c *Client) cmd(command string, args ...string) (string, error) {
	line := command
	for _, a := range args {
		if strings.ContainsAny(a, "\r\n") {
			// The argument is not shown: it may be a password.
			return "", fmt.Errorf("%w: %s: an argument holds a line break", ErrProtocol, command)
		}
		line += " " + a
	}
	c.w.WriteString(line)
	c.w.WriteString("\r\n")
	if err := c.w.Flush(); err != nil {
		return "", err
	}
	return c.readStatus(command)
}

// readStatus reads a status line: "+OK text" gives text, "-ERR text" a
// *ReplyError. command names what was sent, "" for the greeting.
func (c *Client) readStatus(command string) (string, error) {
	line, err := c.text.ReadLine()
	if err != nil {
		if errors.Is(err, io.EOF) && !errors.Is(err, replylimit.ErrCutOff) {
			err = io.ErrUnexpectedEOF
		}
		if command == "" {
			return "", fmt.Errorf("pop3: reading the greeting: %w", err)
		}
		return "", fmt.Errorf("pop3: %s: %w", command, err)
	}
	switch {
	case line == "+OK" || strings.HasPrefix(line, "+OK "):
		return strings.TrimPrefix(strings.TrimPrefix(line, "+OK"), " "), nil
	case line == "-ERR" || strings.HasPrefix(line, "-ERR "):
		return "", newReplyError(command, strings.TrimPrefix(strings.TrimPrefix(line, "-ERR"), " "))
	}
	if len(line) > 80 {
		line = line[:80] + "..."
	}
	if command == "" {
		command = "greeting"
	}
	return "", fmt.Errorf("%w: %s: the reply is neither +OK nor -ERR: %q", ErrProtocol, command, line)
}

// readLines reads the body of a multi-line reply up to the line ".",
// removing the dot-stuffing. Each line comes without its CRLF. A reply of
// more than maxLines lines, or maxBytes octets, fails with a
// *replylimit.LimitError (0: no limit).
func (c *Client) readLines(command string, maxLines, maxBytes int) ([]string, error) {
	var lines []string
	size := 0
	for {
		if maxLines > 0 && len(lines) >= maxLines {
			return nil, fmt.Errorf("pop3: %s: %w", command, &replylimit.LimitError{Err: replylimit.ErrTooManyLines, Limit: maxLines})
		}
		line, err := c.text.ReadLine()
		if err != nil {
			if errors.Is(err, io.EOF) && !errors.Is(err, replylimit.ErrCutOff) {
				err = io.ErrUnexpectedEOF
			}
			return nil, fmt.Errorf("pop3: %s: %w", command, err)
		}
		if line == "." {
			return lines, nil
		}
		if size += len(line) + 2; maxBytes > 0 && size > maxBytes {
			return nil, fmt.Errorf("pop3: %s: %w", command, &replylimit.LimitError{Err: replylimit.ErrReplyTooLong, Limit: maxBytes})
		}
		lines = append(lines, strings.TrimPrefix(line, "."))
	}
}

// Capabilities are the server's CAPA lines: upper-cased name to arguments
// ("SASL" to ["PLAIN", "LOGIN"]).
type Capabilities map[string][]string

// Has reports whether the server announced the capability name.
func (c Capabilities) Has(name string) bool {
	_, ok := c[strings.ToUpper(name)]
	return ok
}

// Capabilities sends CAPA. What a server announces may change after STLS
// and after login, so it is asked every time.
func (c *Client) Capabilities(ctx context.Context) (Capabilities, error) {
	caps := Capabilities{}
	err := c.with(ctx, func() error {
		if _, err := c.cmd("CAPA"); err != nil {
			return err
		}
		lines, err := c.readLines("CAPA", maxCapaLines, 0)
		if err != nil {
			return err
		}
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) > 0 {
				caps[strings.ToUpper(f[0])] = f[1:]
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return caps, nil
}

// StartTLS sends STLS and secures the session. config may be nil; an empty
// ServerName is the server's host. A -ERR reply wraps ErrTLSNotOffered.
func (c *Client) StartTLS(ctx context.Context, config *tls.Config) error {
	if c.isTLS {
		return wrapError(c.server, fmt.Errorf("%w: STLS: the session already uses TLS", ErrProtocol))
	}
	return c.with(ctx, func() error {
		if _, err := c.cmd("STLS"); err != nil {
			var re *ReplyError
			if errors.As(err, &re) {
				return fmt.Errorf("%w: %w", ErrTLSNotOffered, err)
			}
			return err
		}
		if c.r.Buffered() > 0 || c.lr.Buffered() > 0 {
			// Bytes sent before the handshake would be read as if they
			// came over TLS (a command injection); refuse them.
			return fmt.Errorf("%w: STLS: the server sent data before the TLS handshake", ErrProtocol)
		}
		tc := tls.Client(c.raw, tlsConfigFor(config, c.host))
		if err := tc.HandshakeContext(ctx); err != nil {
			return err
		}
		c.setConn(tc)
		c.isTLS = true
		return nil
	})
}

// ErrTLSNotOffered is wrapped by the error of StartTLS when the server
// answers STLS with -ERR.
var ErrTLSNotOffered = errors.New("pop3: the server refused STLS")

// ErrAPOPNotOffered is wrapped by the error of APOP when the greeting held
// no timestamp.
var ErrAPOPNotOffered = errors.New("pop3: the server did not offer APOP")

// Auth logs in as user: with APOP when the greeting offered it and the
// session is not encrypted (so that the password does not cross the wire),
// otherwise with USER and PASS.
func (c *Client) Auth(ctx context.Context, user, password string) error {
	if c.timestamp != "" && !c.isTLS {
		return c.APOP(ctx, user, password)
	}
	return c.UserPass(ctx, user, password)
}

// UserPass logs in with USER and PASS.
func (c *Client) UserPass(ctx context.Context, user, password string) error {
	return c.with(ctx, func() error {
		if _, err := c.cmd("USER", user); err != nil {
			return err
		}
		_, err := c.cmd("PASS", password)
		return err
	})
}

// APOP logs in with APOP: the password is sent only as the MD5 digest of
// the greeting's timestamp and the password (RFC 1939 §7 defines APOP with
// MD5; there is no other choice).
func (c *Client) APOP(ctx context.Context, user, password string) error {
	if c.timestamp == "" {
		return wrapError(c.server, ErrAPOPNotOffered)
	}
	sum := md5.Sum([]byte(c.timestamp + password))
	return c.with(ctx, func() error {
		_, err := c.cmd("APOP", user, hex.EncodeToString(sum[:]))
		return err
	})
}

// Stat returns the number of messages in the mailbox and their total size
// in octets.
func (c *Client) Stat(ctx context.Context) (count int, size int64, err error) {
	err = c.with(ctx, func() error {
		text, err := c.cmd("STAT")
		if err != nil {
			return err
		}
		f := strings.Fields(text)
		if len(f) < 2 {
			return fmt.Errorf("%w: STAT: reply %q", ErrProtocol, text)
		}
		count, err = strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("%w: STAT: reply %q", ErrProtocol, text)
		}
		size, err = strconv.ParseInt(f[1], 10, 64)
		if err != nil {
			return fmt.Errorf("%w: STAT: reply %q", ErrProtocol, text)
		}
		return nil
	})
	return count, size, err
}

// MessageInfo is one line of a LIST reply.
type MessageInfo struct {
	Number int   // message number, from 1, valid for this session
	Size   int64 // size in octets
}

// List returns the number and size of every message not marked deleted.
func (c *Client) List(ctx context.Context) ([]MessageInfo, error) {
	var list []MessageInfo
	err := c.with(ctx, func() error {
		if _, err := c.cmd("LIST"); err != nil {
			return err
		}
		lines, err := c.readLines("LIST", maxListLines, 0)
		if err != nil {
			return err
		}
		for _, l := range lines {
			f := strings.Fields(l)
			if len(f) < 2 {
				return fmt.Errorf("%w: LIST: line %q", ErrProtocol, l)
			}
			n, err1 := strconv.Atoi(f[0])
			size, err2 := strconv.ParseInt(f[1], 10, 64)
			if err1 != nil || err2 != nil {
				return fmt.Errorf("%w: LIST: line %q", ErrProtocol, l)
			}
			list = append(list, MessageInfo{Number: n, Size: size})
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return list, nil
}

// Retr returns message n as the server holds it: header, blank line and
// body, each line ending in CRLF, dot-stuffing removed.
func (c *Client) Retr(ctx context.Context, n int) ([]byte, error) {
	var msg []byte
	err := c.with(ctx, func() error {
		if _, err := c.cmd("RETR", strconv.Itoa(n)); err != nil {
			return err
		}
		lines, err := c.readLines("RETR", 0, maxRetrBytes)
		if err != nil {
			return err
		}
		for _, l := range lines {
			msg = append(msg, l...)
			msg = append(msg, '\r', '\n')
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return msg, nil
}

// Dele marks message n deleted; the server removes it at Quit.
func (c *Client) Dele(ctx context.Context, n int) error {
	return c.with(ctx, func() error {
		_, err := c.cmd("DELE", strconv.Itoa(n))
		return err
	})
}

// Noop does nothing but ask the server for +OK.
func (c *Client) Noop(ctx context.Context) error {
	return c.with(ctx, func() error {
		_, err := c.cmd("NOOP")
		return err
	})
}

// Quit ends the session (the server then removes the messages marked
// deleted) and closes the connection. On an unusable session it only
// closes the connection and returns the earlier error.
func (c *Client) Quit(ctx context.Context) error {
	if c.err != nil {
		c.conn.Close()
		return c.err
	}
	err := c.with(ctx, func() error {
		_, err := c.cmd("QUIT")
		return err
	})
	if cerr := c.conn.Close(); err == nil && cerr != nil && !errors.Is(cerr, net.ErrClosed) {
		err = wrapError(c.server, cerr)
	}
	if c.err == nil {
		c.err = wrapError(c.server, net.ErrClosed)
	}
	return err
}

// Close closes the connection without QUIT, so that messages marked
// deleted stay.
func (c *Client) Close() error {
	if c.err == nil {
		c.err = wrapError(c.server, net.ErrClosed)
	}
	return c.conn.Close()
}
