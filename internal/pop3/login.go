package pop3

import (
	"context"
	"crypto/tls"
	"errors"
	"log/slog"
	"net"
	"time"

	"github.com/taskmail/taskmail/config"
)

// ErrPlainText is returned by Login when the session is not encrypted and
// the options allow no login over it: neither APOP (AllowAPOP, when the
// server offers it) nor the password in clear text (AllowPlainText).
var ErrPlainText = errors.New("the POP3 login would go over an unencrypted connection, which the options do not allow")

// LoginStep names the step of a Login session that failed.
type LoginStep string

// The steps of a Login session, in order.
const (
	StepConnect   LoginStep = "connect"    // TCP connection, implicit TLS, greeting
	StepSTLS      LoginStep = "stls"       // CAPA and STLS
	StepPlainText LoginStep = "plain_text" // the refusal to send the password in clear text
	StepAuth      LoginStep = "auth"       // APOP, or USER and PASS
	StepStat      LoginStep = "stat"       // STAT
)

// LoginOptions is what Login needs to know.
type LoginOptions struct {
	// Addr is the server, "host:port".
	Addr string
	// DialContext makes the TCP connection; nil means a net.Dialer.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)
	// TLSConfig is used for implicit TLS and STLS.
	TLSConfig *tls.Config
	// TLS is how the session is secured: implicit (TLS from the first
	// byte), starttls (STLS, which must succeed), starttls-opportunistic
	// (STLS when CAPA lists it) or none.
	TLS config.TLSMode
	// Username and Password are the mailbox login.
	Username, Password string
	// AllowPlainText lets the login go over an unencrypted session: with
	// APOP when the server offers it, else with the password in clear text.
	AllowPlainText bool
	// AllowAPOP lets the login use APOP over an unencrypted session, when
	// the server offers it; the password itself is never sent.
	AllowAPOP bool
	// Timeout bounds the whole session when positive.
	Timeout time.Duration
	// Logger, when set, is told at debug level of a failed QUIT.
	Logger *slog.Logger
}

// Login runs one POP3 login session: connect, secure the session as
// o.TLS asks, log in (APOP when the greeting offers it, else USER and
// PASS), STAT, QUIT. It is what POP-before-SMTP needs: the successful
// login is what opens the server's relay window, so a failed QUIT after it
// is not an error. On failure it returns the step that failed with the
// error: the Client's (see the package documentation), or ErrPlainText.
//
// Over an unencrypted session it logs in only as the options allow: with
// APOP when the server offers it and AllowAPOP or AllowPlainText is set,
// else with USER and PASS when AllowPlainText is set; otherwise it sends
// nothing and returns ErrPlainText. With
// starttls-opportunistic, a -ERR reply to CAPA means no STLS; a network
// failure ends the session.
func Login(ctx context.Context, o LoginOptions) (LoginStep, error) {
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	d := &Dialer{DialContext: o.DialContext, TLSConfig: o.TLSConfig, ImplicitTLS: o.TLS == config.TLSImplicit}
	c, err := d.Dial(ctx, o.Addr)
	if err != nil {
		return StepConnect, err
	}
	defer c.Close()

	switch o.TLS {
	case config.TLSStartTLS:
		if err := c.StartTLS(ctx, o.TLSConfig); err != nil {
			return StepSTLS, err
		}
	case config.TLSStartTLSOpportunistic:
		caps, err := c.Capabilities(ctx)
		if err != nil && !errors.As(err, new(*ReplyError)) {
			return StepSTLS, err
		}
		if caps.Has("STLS") {
			if err := c.StartTLS(ctx, o.TLSConfig); err != nil {
				return StepSTLS, err
			}
		}
	}
	_, secure := c.TLSConnectionState()
	switch {
	case secure:
		err = c.UserPass(ctx, o.Username, o.Password)
	case c.APOPOffered() && (o.AllowAPOP || o.AllowPlainText):
		err = c.APOP(ctx, o.Username, o.Password)
	case o.AllowPlainText:
		err = c.UserPass(ctx, o.Username, o.Password)
	default:
		return StepPlainText, ErrPlainText
	}
	if err != nil {
		return StepAuth, err
	}
	if _, _, err := c.Stat(ctx); err != nil {
		return StepStat, err
	}
	if err := c.Quit(ctx); err != nil && o.Logger != nil {
		o.Logger.LogAttrs(ctx, slog.LevelDebug, "POP3 QUIT failed after a successful login", slog.String("error", err.Error()))
	}
	return "", nil
}
