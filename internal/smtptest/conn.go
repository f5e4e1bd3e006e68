package smtptest

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// conn sits between the client's connection and go-smtp. go-smtp has no hook
// for the greeting, the EHLO reply, a command log or the wording of its own
// replies, so conn does those on the byte stream:
//
//   - Reads are handed to go-smtp one command line at a time. go-smtp only
//     reads again once it has answered everything it was given, so conn can
//     answer a command itself (a refused EHLO, STARTTLS) without putting
//     replies out of order, even when the client pipelines.
//   - Writes are one reply line each (go-smtp flushes after every line).
//     conn replaces the greeting, rewrites the EHLO capabilities, adds the
//     Latency before each reply, and gives go-smtp's own replies the wording
//     of Postfix.
//   - STARTTLS is done here, not by go-smtp, so that conn stays above TLS
//     and sees the commands in clear text on both sides of it. Implicit TLS
//     is likewise a tls.Conn under conn. go-smtp therefore never knows about
//     TLS; the session asks conn.
//
// Read, Write and the hooks run on go-smtp's goroutine for the connection;
// only Close comes from elsewhere.
type conn struct {
	srv    *Server
	raw    net.Conn
	closed chan struct{}
	once   sync.Once

	mu    sync.Mutex // guards under
	under net.Conn   // raw, or a tls.Conn over raw

	// The rest belongs to the session goroutine.
	sess       *session
	isTLS      bool
	greeted    bool
	refused    bool   // the greeting was a 4xx/5xx: answer 503 until QUIT
	needEHLO   bool   // STARTTLS done, no EHLO since
	replyStart bool   // the next line written starts a reply
	ehloReply  bool   // the lines being written answer EHLO
	authCont   bool   // the next line read is a SASL response
	override   *Reply // replaces the next 2xx reply (a 2xx rule)
	mode       int
	bdatLeft   int64
	lineStart  bool // in the message body, at the start of a line
	inbuf, out []byte
	readErr    error
}

const (
	modeCommand = iota
	modeBody
	modeBDAT
)

// maxCommandLine bounds how much conn buffers while waiting for a CRLF; a
// longer line is passed on so that go-smtp refuses it.
const maxCommandLine = 4096

func newConn(s *Server, raw net.Conn) *conn {
	c := &conn{srv: s, raw: raw, under: raw, closed: make(chan struct{}), replyStart: true}
	if s.cfg.Implicit {
		c.under = tls.Server(raw, s.tlsConfig)
		c.isTLS = true
	}
	return c
}

func (c *conn) current() net.Conn {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.under
}

// Close closes the connection; it is safe to call more than once and from
// any goroutine, and it wakes a stalled session.
func (c *conn) Close() error {
	c.once.Do(func() {
		close(c.closed)
		c.srv.forget(c)
	})
	// Closing the raw connection, not the tls.Conn, never blocks on a
	// close_notify write to a client that does not read.
	return c.raw.Close()
}

func (c *conn) isClosed() bool {
	select {
	case <-c.closed:
		return true
	default:
		return false
	}
}

func (c *conn) LocalAddr() net.Addr                { return c.raw.LocalAddr() }
func (c *conn) RemoteAddr() net.Addr               { return c.raw.RemoteAddr() }
func (c *conn) SetDeadline(t time.Time) error      { return c.current().SetDeadline(t) }
func (c *conn) SetReadDeadline(t time.Time) error  { return c.current().SetReadDeadline(t) }
func (c *conn) SetWriteDeadline(t time.Time) error { return c.current().SetWriteDeadline(t) }

// Read gives go-smtp the next command line, or a run of message body.
func (c *conn) Read(p []byte) (int, error) {
	for {
		if len(c.out) > 0 {
			n := copy(p, c.out)
			c.out = c.out[n:]
			return n, nil
		}
		if c.isClosed() {
			return 0, net.ErrClosed
		}
		if c.process() {
			continue
		}
		if c.readErr != nil {
			if len(c.inbuf) > 0 { // a last line without CRLF
				c.out, c.inbuf = append(c.out, c.inbuf...), c.inbuf[:0]
				continue
			}
			return 0, c.readErr
		}
		var buf [4096]byte
		n, err := c.current().Read(buf[:])
		c.inbuf = append(c.inbuf, buf[:n]...)
		if err != nil {
			if c.isClosed() {
				err = net.ErrClosed
			}
			c.readErr = err
		}
	}
}

// process moves what it can from inbuf to out, answering intercepted
// commands. It reports whether it made progress.
func (c *conn) process() bool {
	switch c.mode {
	case modeBDAT:
		if len(c.inbuf) == 0 {
			return false
		}
		n := min(int64(len(c.inbuf)), c.bdatLeft)
		c.out = append(c.out, c.inbuf[:n]...)
		c.inbuf = c.inbuf[n:]
		if c.bdatLeft -= n; c.bdatLeft == 0 {
			c.mode = modeCommand
		}
		return true
	case modeBody:
		progressed := false
		for len(c.inbuf) > 0 && c.mode == modeBody {
			i := bytes.IndexByte(c.inbuf, '\n')
			if i < 0 {
				if c.lineStart && bytes.HasPrefix([]byte(".\r\n"), c.inbuf) {
					return progressed // maybe the end of the body: wait for the rest
				}
				c.out = append(c.out, c.inbuf...)
				c.inbuf = c.inbuf[:0]
				c.lineStart = false
				return true
			}
			line := c.inbuf[:i+1]
			if c.lineStart && (string(line) == ".\r\n" || string(line) == ".\n") {
				c.mode = modeCommand
			}
			c.out = append(c.out, line...)
			c.inbuf = c.inbuf[i+1:]
			c.lineStart = true
			progressed = true
		}
		return progressed
	default:
		i := bytes.IndexByte(c.inbuf, '\n')
		if i < 0 {
			if len(c.inbuf) > maxCommandLine {
				c.out = append(c.out, c.inbuf...)
				c.inbuf = c.inbuf[:0]
				return true
			}
			return false
		}
		line := string(c.inbuf[:i+1])
		c.inbuf = c.inbuf[i+1:]
		c.command(line)
		return true
	}
}

// command logs one command line and either passes it to go-smtp or answers
// it here.
func (c *conn) command(line string) {
	if c.authCont { // a SASL response: never logged
		c.authCont = false
		c.out = append(c.out, line...)
		return
	}
	text := strings.TrimRight(line, "\r\n")
	verb, arg, _ := strings.Cut(text, " ")
	verb = strings.ToUpper(verb)
	c.srv.logCommand(verb, arg)

	if c.refused {
		if verb == "QUIT" {
			c.reply("221 2.0.0 Bye")
			c.Close()
			return
		}
		c.reply("503 5.5.0 Error: no SMTP service here")
		return
	}
	switch verb {
	case "EHLO", "HELO":
		if c.helo(arg) {
			return
		}
		c.needEHLO = false
		c.ehloReply = verb == "EHLO"
	case "STARTTLS":
		if c.srv.cfg.StartTLS && !c.srv.cfg.Implicit {
			c.startTLS()
			return
		}
	case "BDAT":
		if f := strings.Fields(arg); len(f) > 0 {
			if n, err := strconv.ParseUint(f[0], 10, 32); err == nil && n > 0 {
				c.mode, c.bdatLeft = modeBDAT, int64(n)
			}
		}
	}
	c.out = append(c.out, line...)
}

// helo applies the ehlo-stage faults and refusals; it reports whether it
// answered the command itself. go-smtp creates a session only at the first
// EHLO of a connection, so this cannot live in a session hook.
func (c *conn) helo(name string) bool {
	if f, ok := c.srv.fault(StageEHLO); ok {
		if f.Kind == Fault421KeepOpen {
			c.reply(reply421.String())
			return true
		}
		if !c.inject(f) {
			return true
		}
	}
	r, ok := c.srv.rule(StageEHLO, strings.TrimSpace(name))
	if !ok && c.srv.cfg.EHLOReject != nil {
		r, ok = *c.srv.cfg.EHLOReject, true
	}
	if !ok || r.Code < 400 {
		return false
	}
	c.reply(r.String())
	if r.Code == 421 {
		c.Close()
	}
	return true
}

// startTLS answers STARTTLS and runs the handshake over the raw connection.
func (c *conn) startTLS() {
	if c.isTLS {
		c.reply("554 5.5.1 Error: TLS already active")
		return
	}
	c.reply("220 2.0.0 Ready to start TLS")
	// Anything the client sent after STARTTLS in clear text must not be
	// taken as coming over TLS (RFC 3207, section 6).
	c.inbuf = c.inbuf[:0]
	tc := tls.Server(c.raw, c.srv.tlsConfig)
	_ = tc.SetDeadline(time.Now().Add(handshakeTimeout))
	if err := tc.Handshake(); err != nil {
		c.srv.logger.Debug("smtptest: STARTTLS handshake failed", "remote", c.raw.RemoteAddr().String(), "err", err)
		c.Close()
		return
	}
	_ = tc.SetDeadline(time.Time{})
	c.mu.Lock()
	c.under = tc
	c.mu.Unlock()
	c.isTLS = true
	c.needEHLO = true
	if c.sess != nil {
		c.sess.tlsStarted()
	}
}

// reply writes a reply of conn's own (not go-smtp's), after the Latency.
func (c *conn) reply(s string) {
	c.delay()
	_, _ = c.current().Write([]byte(s + "\r\n"))
	c.replyStart = true
}

func (c *conn) delay() {
	d := c.srv.cfg.Latency
	if d <= 0 {
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-c.closed:
	}
}

// Write takes go-smtp's replies, one line per call.
func (c *conn) Write(p []byte) (int, error) {
	if c.isClosed() {
		return 0, net.ErrClosed
	}
	var out []byte
	for _, line := range strings.SplitAfter(string(p), "\n") {
		if line == "" {
			continue
		}
		l, ok := c.rewrite(strings.TrimRight(line, "\r\n"))
		if !ok {
			return 0, net.ErrClosed
		}
		if l != "" {
			out = append(out, l...)
		}
	}
	if len(out) > 0 {
		if _, err := c.current().Write(out); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// rewrite returns what goes to the client in place of the reply line l
// (with CRLFs, "" to leave it out). It reports false when a greeting fault
// closed the connection.
func (c *conn) rewrite(l string) (string, bool) {
	if !c.greeted {
		c.greeted = true
		return c.greeting()
	}
	if len(l) < 3 {
		return l + "\r\n", true
	}
	final := len(l) == 3 || l[3] == ' '
	if c.replyStart {
		c.delay()
	}
	c.replyStart = final
	cfg := &c.srv.cfg
	switch {
	case c.ehloReply:
		if final {
			c.ehloReply = false
		}
		caps := strings.ToUpper(l[4:])
		switch {
		case strings.HasPrefix(caps, "HELLO "):
			l = fmt.Sprintf("250-%s", cfg.Hostname)
			if cfg.StartTLS && !c.isTLS {
				l += "\r\n250-STARTTLS"
			}
		case caps == "PIPELINING" && cfg.DisablePipelining:
			return "", true
		case caps == "SIZE" && cfg.MaxSize > 0:
			l = fmt.Sprintf("%s %d", l, cfg.MaxSize)
		}
		return l + "\r\n", true
	case strings.HasPrefix(l, "354"):
		c.mode, c.lineStart = modeBody, true
		l = "354 End data with <CR><LF>.<CR><LF>"
	case strings.HasPrefix(l, "334"):
		c.authCont = true
	case c.override != nil && l[0] == '2' && final:
		l = c.override.String()
		c.override = nil
	default:
		if r, ok := postfixWording(l); ok {
			l = r
		}
	}
	return l + "\r\n", true
}

// greeting replaces go-smtp's greeting and carries out the greeting-stage
// faults and rules. go-smtp writes the greeting before it reads anything,
// so its first Write is the place for them.
func (c *conn) greeting() (string, bool) {
	f, faulted := c.srv.fault(StageGreeting)
	if faulted && f.Kind != Fault421KeepOpen && !c.inject(f) {
		return "", false
	}
	c.delay()
	c.replyStart = true
	if faulted && f.Kind == Fault421KeepOpen {
		c.refused = true // like a refused greeting: 503 until QUIT
		return reply421.String() + "\r\n", true
	}
	if r, ok := c.srv.rule(StageGreeting, c.raw.RemoteAddr().String()); ok {
		if r.Code == 421 {
			_, _ = c.current().Write([]byte(r.String() + "\r\n"))
			c.Close()
			return "", false
		}
		if r.Code >= 400 {
			c.refused = true
		}
		return r.String() + "\r\n", true
	}
	return fmt.Sprintf("220 %s ESMTP smtptest\r\n", c.srv.cfg.Hostname), true
}

// postfixWording maps go-smtp's fixed replies to what Postfix says in the
// same place, so that clients under test meet the wording of a real server.
func postfixWording(l string) (string, bool) {
	for _, w := range wordings {
		if strings.HasPrefix(l, w[0]) {
			return w[1], true
		}
	}
	return "", false
}

var wordings = [][2]string{
	{"250 2.0.0 Roger, accepting mail from", "250 2.1.0 Ok"},
	{"250 2.0.0 I'll make sure", "250 2.1.5 Ok"},
	{"250 2.0.0 Session reset", "250 2.0.0 Ok"},
	{"250 2.0.0 I have successfully done nothing", "250 2.0.0 Ok"},
	{"235 2.0.0 Authentication succeeded", "235 2.7.0 Authentication successful"},
	{"502 5.5.1 Please introduce yourself first.", "503 5.5.1 Error: send HELO/EHLO first"},
	{"502 5.5.1 Missing MAIL FROM command.", "503 5.5.1 Error: need MAIL command"},
	{"502 5.5.1 Missing RCPT TO command.", "503 5.5.1 Error: need RCPT command"},
	{"503 5.5.1 Already authenticated", "503 5.5.1 Error: already authenticated"},
	{"501 5.5.2 Was expecting MAIL arg syntax", "501 5.1.7 Bad sender address syntax"},
	{"501 5.5.2 Was expecting RCPT arg syntax", "501 5.1.3 Bad recipient address syntax"},
	{"500 5.5.2 Syntax errors,", "500 5.5.2 Error: command not recognized"},
	{"501 5.5.2 Bad command", "500 5.5.2 Error: command not recognized"},
	{"501 5.0.0 Negotiation cancelled", "501 5.7.0 Authentication aborted"},
}
