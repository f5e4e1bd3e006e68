package mailaction

import (
	"context"
	"crypto/tls"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/ehlo"
	"github.com/taskmail/taskmail/internal/smtpauth"
	"github.com/taskmail/taskmail/internal/transport"
)

// session is one SMTP connection, greeted, secured and authenticated,
// ready for mail transactions. A session is used by one goroutine at a
// time (the pool hands it out).
type session struct {
	raw    net.Conn     // the dialled connection: deadlines set here also bind TLS
	reply  *replyConn   // what client reads replies through: whole lines, within limits
	client *smtp.Client // go-mail's client over raw (or over TLS on raw)
	server string       // host:port

	tls        bool
	pipelining bool   // the server advertised PIPELINING (RFC 2920)
	chunking   bool   // the server advertised CHUNKING (RFC 3030)
	mailParams string // " BODY=8BITMIME", " SMTPUTF8": what go-mail's Mail adds
	smtputf8   bool   // the server offers SMTPUTF8 (RFC 6531)
	size       int64  // the server's SIZE limit, 0 when none

	messages int       // transactions run on this connection
	lastUsed time.Time // when it went back to the pool
	dead     bool      // must not be reused

	authOffered mailerrors.AuthOffer // whether the server offered AUTH, for the hints
	authMech    string               // the AUTH mechanism chosen, for an observer
	retire      bool                 // alive, but not to be reused: put ends it with QUIT
	oauth       oauthLogin           // the OAuth2 login's outcome, when one was tried
}

// errNoStartTLS, errAuthUnencrypted, errNoAuth, errNoMechanism and
// errMechanismNotOffered are the causes of errors that come from the
// options, not from a reply: the transport judgement's findings.
var (
	errNoStartTLS          = transport.ErrNoSTARTTLS
	errAuthUnencrypted     = transport.ErrAuthUnencrypted
	errNoAuth              = transport.ErrNoAuth
	errNoMechanism         = transport.ErrNoMechanism
	errMechanismNotOffered = transport.ErrMechanismNotOffered
)

// dial connects, reads the greeting, says EHLO, starts TLS as the TLS mode
// says, and authenticates. The connect timeout covers the dial, the TLS
// handshake of implicit TLS and the greeting; the command timeout each
// command after. ctx bounds all of it.
func (s *Sender) dial(ctx context.Context) (*session, *mailerrors.Error) {
	if s.tokens == nil {
		ses, e := s.dialOnce(ctx)
		if e != nil {
			return nil, e
		}
		return ses, nil
	}
	return s.dialOAuth(ctx) // oauth.go
}

// dialOnce is one dial; on a failure the session, when it got as far as
// AUTH, says how an OAuth2 login went (it is closed).
func (s *Sender) dialOnce(ctx context.Context) (*session, *mailerrors.Error) {
	cctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()

	t0 := time.Now()
	raw, err := s.o.dial(cctx, "tcp", s.addr)
	s.stats.dials.Add(1)
	if err != nil {
		e := s.connectError(ctx, s.judge(ctx, transport.Evidence{Stage: mailerrors.StageConnect, Err: err}))
		s.observeConnect(ctx, t0, e)
		return nil, e
	}
	s.observeConnect(ctx, t0, nil)
	// Until the session is ready, ctx owns the connection: when it ends, a
	// stalled read or write returns at once.
	stop := context.AfterFunc(ctx, func() { raw.Close() })
	ses, e := s.setup(ctx, cctx, raw)
	if !stop() && e == nil {
		// ctx ended just as setup finished: the connection is closed.
		e = classify(ctx, mailerrors.StageEHLO, s.addr, net.ErrClosed)
	}
	if e != nil {
		raw.Close()
		return ses, s.connectError(ctx, e)
	}
	return ses, nil
}

// connectError says so when the connect timeout, not the caller's
// context, ran out.
func (s *Sender) connectError(ctx context.Context, e *mailerrors.Error) *mailerrors.Error {
	if e.Kind == mailerrors.KindTimeout && ctx.Err() == nil && e.Code == 0 && e.Text == "" &&
		(e.Stage == mailerrors.StageConnect || e.Stage == mailerrors.StageGreeting) {
		e.Text = "no answer within the connect timeout (" + s.cfg.Timeout.String() + ")"
	}
	return e
}

// setup runs the session's start on raw.
// The connect timeout (cctx and a deadline) covers the TLS handshake of
// implicit TLS and the greeting.
func (s *Sender) setup(ctx, cctx context.Context, raw net.Conn) (*session, *mailerrors.Error) {
	ses := &session{raw: raw, server: s.addr}
	_ = raw.SetDeadline(time.Now().Add(s.cfg.Timeout))
	conn := raw
	var rec *transport.Recorder
	if s.cfg.TLS == config.TLSImplicit {
		tc := tls.Client(raw, s.tlsConfig)
		if err := tc.HandshakeContext(cctx); err != nil {
			e := s.judge(ctx, transport.Evidence{Stage: mailerrors.StageConnect, Err: err})
			s.observeTLS(ctx, true, 0, e)
			return nil, e
		}
		if s.o.observer != nil {
			s.observeTLS(ctx, true, tc.ConnectionState().Version, nil)
		}
		conn, ses.tls = tc, true
	} else {
		// What the server sends first tells a port that speaks TLS from
		// the first byte, should the greeting fail.
		rec = transport.NewRecorder(raw)
		conn = rec
	}
	ses.reply = newReplyConn(conn)
	c, err := smtp.NewClient(ses.reply, s.cfg.Host)
	if err != nil {
		return nil, s.greetingError(ctx, rec, err)
	}
	ses.client = c

	ses.deadline(s.cfg.CommandTimeout)
	if err := c.Hello(s.heloName(raw)); err != nil {
		return nil, s.judge(ctx, transport.Evidence{Stage: mailerrors.StageEHLO, Err: err})
	}

	switch s.cfg.TLS {
	case config.TLSStartTLS, config.TLSStartTLSOpportunistic:
		ok, _ := c.Extension("STARTTLS")
		if !ok {
			if s.cfg.TLS == config.TLSStartTLS {
				return nil, s.judge(ctx, transport.Evidence{Stage: mailerrors.StageStartTLS, Err: errNoStartTLS})
			}
			break
		}
		ses.reply.beforeStartTLS()
		if err := c.StartTLS(s.tlsConfig); err != nil {
			e := s.judge(ctx, transport.Evidence{Stage: mailerrors.StageStartTLS, Err: err})
			s.observeTLS(ctx, false, 0, e)
			return nil, e
		}
		if s.o.observer != nil {
			st, _ := c.TLSConnectionState()
			s.observeTLS(ctx, false, st.Version, nil)
		}
		ses.reply.afterStartTLS(c.Text)
		ses.tls = true
	}

	ses.authOffered = authOffer(c, ses.tls)
	e := s.authenticate(ctx, ses)
	if s.o.observer != nil && smtpauth.Wanted(s.cfg.Auth) {
		s.observeAuth(ctx, ses.authMech, e)
	}
	if e != nil {
		return ses, e // ses.oauth tells a refused OAuth2 token (see dial)
	}

	if ok, _ := c.Extension("PIPELINING"); ok && !s.cfg.Pool.NoPipelining {
		ses.pipelining = true
	}
	if ok, _ := c.Extension("CHUNKING"); ok && !s.o.noChunking && !s.cfg.Pool.NoChunking {
		ses.chunking = true
	}
	if ok, _ := c.Extension("8BITMIME"); ok {
		ses.mailParams += " BODY=8BITMIME"
	}
	if ok, _ := c.Extension("SMTPUTF8"); ok {
		ses.mailParams += " SMTPUTF8"
		ses.smtputf8 = true
	}
	if ok, v := c.Extension("SIZE"); ok {
		ses.size, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
	}
	return ses, nil
}

// judge returns the transport judgement of ev for the Sender's options.
// When ctx (the caller's, not the connect timeout's) is done the failure
// is the caller's doing: classify says so.
func (s *Sender) judge(ctx context.Context, ev transport.Evidence) *mailerrors.Error {
	if ctx.Err() != nil {
		return classify(ctx, ev.Stage, s.addr, ev.Err)
	}
	ev.Server = s.addr
	return transport.Judge(s.cfg, ev)
}

// greetingError judges a greeting that failed. When the server said
// nothing at all within the connect timeout, one TLS handshake on a fresh
// connection tells whether the port expects implicit TLS: a mistake in the
// options, which is then reported at once instead of retried. The probe
// runs only here, after a failure, never on the way to a good session.
func (s *Sender) greetingError(ctx context.Context, rec *transport.Recorder, err error) *mailerrors.Error {
	ev := transport.Evidence{Stage: mailerrors.StageGreeting, Err: err}
	if rec != nil {
		ev.Greeting = rec.First()
	}
	if ctx.Err() == nil && rec != nil && len(ev.Greeting) == 0 && transport.IsTimeout(err) {
		ev.SpeaksTLS = transport.SpeaksTLS(ctx, transport.DialFunc(s.o.dial), s.addr, s.tlsConfig.ServerName, s.cfg.Timeout)
	}
	return s.judge(ctx, ev)
}

// deadline gives the next exchange d to complete.
func (ses *session) deadline(d time.Duration) {
	_ = ses.raw.SetDeadline(time.Now().Add(d))
}

// quit ends the session politely: QUIT, then close. It waits at most
// timeout for the server's reply.
func (ses *session) quit(timeout time.Duration) {
	if !ses.dead {
		ses.deadline(timeout)
		_ = ses.client.Quit()
	}
	ses.close()
}

// close drops the connection.
func (ses *session) close() {
	ses.dead = true
	_ = ses.raw.Close()
}

// heloName is the EHLO name: the configured HeloName, else this machine's
// name when it is fully qualified, else the address literal of the local
// end of the connection (RFC 5321 §4.1.4), which servers that insist on a
// qualified name accept where "localhost" would be refused. The doctor
// makes the same choice through the same function.
func (s *Sender) heloName(raw net.Conn) string {
	return ehlo.Name(s.cfg.HeloName, raw.LocalAddr(), func() (string, error) { return s.hostname, nil })
}

// qualifiedHostname returns the machine's name when it has a dot in it,
// else "".
func qualifiedHostname() string {
	h, err := os.Hostname()
	if err != nil || !strings.Contains(strings.Trim(h, "."), ".") || strings.ContainsAny(h, " \r\n") {
		return ""
	}
	return strings.TrimSuffix(h, ".")
}

// authOffer is what the session's last EHLO says of AUTH, for the hints:
// offered; not offered, when no STARTTLS could still bring it (the session
// is encrypted, or the server offers no STARTTLS); unknown otherwise.
func authOffer(c *smtp.Client, encrypted bool) mailerrors.AuthOffer {
	if ok, _ := c.Extension("AUTH"); ok {
		return mailerrors.AuthOffered
	}
	if ok, _ := c.Extension("STARTTLS"); encrypted || !ok {
		return mailerrors.AuthNotOffered
	}
	return mailerrors.AuthOfferUnknown
}
