package throughput

import (
	"context"
	"net"
	"net/smtp"

	"github.com/wneessen/go-mail"
)

// peerRows are the clients taskmail is compared with.
func peerRows() []row {
	return []row{
		{name: "go-mail default, 1 conn", key: keyGoMailDefault, run: goMailRow(1)},
		{name: "go-mail WithoutNoop+WithoutRset, 1 conn", key: "gomail-nonoop", run: goMailRow(1, mail.WithoutNoop(), mail.WithoutRset())},
		{name: "go-mail default, 5 parallel conns", key: "gomail-5", run: goMailRow(5)},
		{name: "go-mail default, new conn per message", key: keyGoMailDial, tlsOnly: true, once: true, run: goMailDialEach},
		{name: "net/smtp, 1 conn", key: "netsmtp", run: netSMTPRow},
		{name: "raw pipelined DATA, 1 conn (ceiling)", key: "raw", run: rawRow},
		{name: "raw pipelined BDAT, 1 conn (ceiling)", key: "raw-bdat", run: rawRows(1, true)},
		{name: "raw pipelined BDAT, 5 conns (ceiling)", key: "raw-bdat-5", run: rawRows(5, true)},
	}
}

func goMailOptions(e *env, extra ...mail.Option) []mail.Option {
	opts := []mail.Option{mail.WithPort(e.port), mail.WithHELO(heloName)}
	if e.tls {
		opts = append(opts, mail.WithTLSPolicy(mail.TLSMandatory), mail.WithTLSConfig(e.tlsConf))
	} else {
		opts = append(opts, mail.WithTLSPolicy(mail.NoTLS))
	}
	return append(opts, extra...)
}

// goMailMsg builds the message the way a go-mail user does, inside the
// measured loop, as taskmail's Sender builds its own.
func goMailMsg(m *message) (*mail.Msg, error) {
	msg := mail.NewMsg()
	if err := msg.From(fromAddr); err != nil {
		return nil, err
	}
	if err := msg.To(m.rcpt); err != nil {
		return nil, err
	}
	msg.Subject(m.subject)
	msg.SetBodyString(mail.TypeTextPlain, m.body)
	return msg, nil
}

// goMailRow dials k go-mail clients once (DialWithContext) and sends every
// message with Send on one of them.
func goMailRow(k int, extra ...mail.Option) func(context.Context, *env) error {
	return func(ctx context.Context, e *env) error {
		return parallel(ctx, e, k, func(ctx context.Context) (func(*message) error, func() error, error) {
			c, err := mail.NewClient(e.host, goMailOptions(e, extra...)...)
			if err != nil {
				return nil, nil, err
			}
			if err := c.DialWithContext(ctx); err != nil {
				return nil, nil, err
			}
			send := func(m *message) error {
				msg, err := goMailMsg(m)
				if err != nil {
					return err
				}
				return c.Send(msg)
			}
			return send, c.Close, nil
		})
	}
}

// goMailDialEach sends every message on a new connection (DialAndSend).
func goMailDialEach(ctx context.Context, e *env) error {
	c, err := mail.NewClient(e.host, goMailOptions(e)...)
	if err != nil {
		return err
	}
	return parallel(ctx, e, 1, func(ctx context.Context) (func(*message) error, func() error, error) {
		send := func(m *message) error {
			msg, err := goMailMsg(m)
			if err != nil {
				return err
			}
			return c.DialAndSendWithContext(ctx, msg)
		}
		return send, func() error { return nil }, nil
	})
}

// netSMTPRow sends every message on one net/smtp connection. net/smtp
// takes the message as bytes, so it sends the pre-built form.
func netSMTPRow(ctx context.Context, e *env) error {
	return parallel(ctx, e, 1, func(ctx context.Context) (func(*message) error, func() error, error) {
		var d net.Dialer
		conn, err := d.DialContext(ctx, "tcp", e.addr)
		if err != nil {
			return nil, nil, err
		}
		c, err := smtp.NewClient(conn, e.host)
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
			if _, err := w.Write(m.raw); err != nil {
				return err
			}
			return w.Close()
		}
		return send, c.Quit, nil
	})
}
