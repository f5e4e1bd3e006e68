package throughput

import (
	"context"
	"errors"
	"fmt"
	"net/smtp"
	"os/exec"
	"strconv"
	"time"

	"github.com/wneessen/go-mail"
)

func goMailOptions(e *env) []mail.Option {
	opts := []mail.Option{mail.WithPort(e.rc.Port), mail.WithHELO(heloName), mail.WithDialContextFunc(countingDialer(e.turns))}
	if e.tls {
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory), mail.WithTLSConfig(e.tlsConf))
	} else {
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	}
	return opts
}

// goMailMsg builds the message the way a go-mail user does, inside the
// measured loop, as taskmail's Sender builds its own.
func goMailMsg(e *env, m *message) (*mail.Msg, error) {
	msg := mail.NewMsg()
	if err := msg.From(fromAddr); err != nil {
		return nil, err
	}
	if err := msg.To(m.rcpt); err != nil {
		return nil, err
	}
	msg.Subject(m.subject)
	msg.SetBodyString(mail.TypeTextPlain, e.body)
	return msg, nil
}

// goMailRow dials k go-mail clients with default options once
// (DialWithContext) and sends every message with Send on one of them.
func goMailRow(k int) func(context.Context, *env) error {
	return func(ctx context.Context, e *env) error {
		return parallel(ctx, e, k, func(ctx context.Context) (func(*message) error, func() error, error) {
			c, err := mail.NewClient(e.rc.Host, goMailOptions(e)...)
			if err != nil {
				return nil, nil, err
			}
			if err := c.DialWithContext(ctx); err != nil {
				return nil, nil, err
			}
			send := func(m *message) error {
				msg, err := goMailMsg(e, m)
				if err != nil {
					return err
				}
				return c.Send(msg)
			}
			return send, c.Close, nil
		})
	}
}

// netSMTPRow sends every message on one net/smtp connection, writing a
// header block and the body as they are (net/smtp takes bytes and
// dot-stuffs them).
func netSMTPRow(ctx context.Context, e *env) error {
	return parallel(ctx, e, 1, func(ctx context.Context) (func(*message) error, func() error, error) {
		conn, err := countingDialer(e.turns)(ctx, "tcp", e.rc.Addr)
		if err != nil {
			return nil, nil, err
		}
		c, err := smtp.NewClient(conn, e.rc.Host)
		if err != nil {
			conn.Close()
			return nil, nil, err
		}
		if err := c.Hello(heloName); err != nil {
			c.Close()
			return nil, nil, err
		}
		if e.tls {
			if err := c.StartTLS(e.tlsConf); err != nil {
				c.Close()
				return nil, nil, err
			}
		}
		send := func(m *message) error {
			if err := c.Mail(fromAddr); err != nil {
				return err
			}
			if err := c.Rcpt(m.rcpt); err != nil {
				return err
			}
			w, err := c.Data()
			if err != nil {
				return err
			}
			fmt.Fprintf(w, "From: <%s>\r\nTo: <%s>\r\nSubject: %s\r\nDate: %s\r\nMIME-Version: 1.0\r\n"+
				"Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 7bit\r\n\r\n",
				fromAddr, m.rcpt, m.subject, time.Now().Format(time.RFC1123Z))
			if _, err := w.Write(e.bodyCRLF); err != nil {
				return err
			}
			return w.Close()
		}
		return send, c.Quit, nil
	})
}

// smtpSourceRow runs Postfix's smtp-source: one session, every message
// over it (-d), no pipelining. Its CPU time is the child's; allocations
// and round trips are not seen from here.
func smtpSourceRow(ctx context.Context, e *env) (time.Duration, error) {
	if e.smtpSource == "" {
		return 0, errors.New("smtp-source not found")
	}
	argv := append(append([]string(nil), e.clientPrefix...), e.smtpSource,
		"-s", "1", "-d", "-m", strconv.Itoa(len(e.msgs)), "-l", strconv.Itoa(e.size.Bytes),
		"-f", fromAddr, "-t", "r0@"+rcptDomain, "-M", heloName, "-S", "Nightly report", e.rc.Addr)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	out, err := cmd.CombinedOutput()
	var cpu time.Duration
	if cmd.ProcessState != nil {
		cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	if err != nil {
		return cpu, fmt.Errorf("smtp-source: %w: %s", err, out)
	}
	return cpu, nil
}

// parallel runs k workers, each with its own client from open, that take
// message indexes from a shared counter until all are sent. It returns the
// first error; the other workers stop at their next message.
func parallel(ctx context.Context, e *env, k int, open func(ctx context.Context) (send func(*message) error, close func() error, err error)) error {
	return runWorkers(ctx, len(e.msgs), k, func(ctx context.Context) (func(int) error, func() error, error) {
		send, closeFn, err := open(ctx)
		if err != nil {
			return nil, nil, err
		}
		return func(i int) error { return send(&e.msgs[i]) }, closeFn, nil
	})
}
