package diagnose

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/wneessen/go-mail/smtp"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/transport"
)

// checkConnect opens a TCP connection to each address in turn and keeps
// the first that answers.
func (s *session) checkConnect(st *Step) bool {
	port := strconv.Itoa(s.cfg.Port)
	var tries []string
	var lastErr error
	for _, a := range s.addrs {
		addr := net.JoinHostPort(a, port)
		conn, err := s.dial(addr)
		if err != nil {
			tries = append(tries, fmt.Sprintf("%s: %s", addr, dialProblem(err)))
			lastErr = err
			if s.ctx.Err() != nil {
				break
			}
			continue
		}
		s.useConn(conn)
		s.rep.Address = addr
		st.Detail = "connected to " + addr
		if len(tries) > 0 {
			st.Status = StatusWarning
			st.Kind = mailerrors.KindConnectionFailed
			st.Detail += fmt.Sprintf(" after %s failed:\n%s", plural(len(tries), "address", "addresses"), strings.Join(tries, "\n"))
			st.Hints = []mailerrors.Hint{{Text: "Some of the server's addresses do not answer: each send may wait for them to time out; tell the server's operator."}}
		}
		return true
	}
	st.Detail = fmt.Sprintf("nothing answers on port %s of %s\n%s", port, s.cfg.Host, strings.Join(tries, "\n"))
	s.judge(st, StatusFailed, transport.Evidence{Stage: mailerrors.StageConnect, Err: lastErr})
	return false
}

// dial connects to addr within the connect timeout.
func (s *session) dial(addr string) (net.Conn, error) {
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout)
	defer cancel()
	return s.opts.dialer().DialContext(ctx, "tcp", addr)
}

// useConn makes conn the session's connection, closing the previous one,
// and ends any blocked read or write on it when the context is cancelled.
func (s *session) useConn(conn net.Conn) {
	if s.stopWatch != nil {
		s.stopWatch()
	}
	if s.client != nil {
		_ = s.client.Close()
		s.client = nil
	} else if s.conn != nil {
		_ = s.conn.Close()
	}
	s.conn = conn
	s.tap = nil
	s.tlsActive = false
	s.stopWatch = context.AfterFunc(s.ctx, func() { _ = conn.SetDeadline(time.Unix(1, 0)) })
}

// checkGreeting reads the server's 220 greeting. When the server says
// nothing within the connect timeout, one TLS handshake on a fresh
// connection tells whether the port expects implicit TLS, as a Sender
// does after the same failure.
func (s *session) checkGreeting(st *Step) bool {
	c, reply, err := s.greet()
	st.ServerReply = reply
	if err != nil {
		ev := transport.Evidence{Stage: mailerrors.StageGreeting, Err: err, TLSActive: s.tlsActive, Greeting: []byte(reply[:min(len(reply), 8)])}
		if r := serverReply(err); r != "" {
			st.ServerReply = r
			st.Detail = "the server refused the session in its greeting"
		} else if isTimeout(err) {
			st.Detail = fmt.Sprintf("no greeting within %s: the server said nothing", s.cfg.Timeout)
		} else {
			st.Detail = "no greeting: " + dialProblem(err)
		}
		if !s.tlsActive && len(ev.Greeting) == 0 && isTimeout(err) && s.ctx.Err() == nil {
			ev.SpeaksTLS = transport.SpeaksTLS(s.ctx, s.opts.dialer().DialContext, s.rep.Address, s.cfg.Host, s.cfg.Timeout)
			if ev.SpeaksTLS {
				st.Detail += "; a TLS handshake on a new connection succeeds: the port speaks TLS from the first byte"
			}
		}
		s.judge(st, StatusFailed, ev)
		return false
	}
	s.client = c
	st.Detail = "the server greets: " + firstLineText(reply)
	return true
}

// greet starts the SMTP client on the session's connection, recording the
// greeting. The greeting has the connect timeout, as for a Sender.
func (s *session) greet() (*smtp.Client, string, error) {
	s.tap = newTap(s.conn)
	s.deadlineFor(s.cfg.Timeout)
	c, err := smtp.NewClient(s.tap, s.cfg.Host)
	reply := strings.TrimRight(strings.ReplaceAll(s.tap.take(), "\r\n", "\n"), "\n")
	return c, reply, err
}

// firstLineText returns the text of a reply's first line, without its code.
func firstLineText(reply string) string {
	line, _, _ := strings.Cut(reply, "\n")
	if len(line) > 4 {
		return line[4:]
	}
	return line
}

// dialProblem says in a few words why a connection attempt failed.
func dialProblem(err error) string {
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused (nothing listens on that port)"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset by the server"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "no route to the host"
	case isTimeout(err):
		return "timed out (a firewall may drop the packets)"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the server closed the connection"
	}
	return err.Error()
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return true
	}
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
