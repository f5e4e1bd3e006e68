package mailaction

import (
	"context"
	"crypto/tls"
	"log/slog"
	"net"
	"time"
)

// DialContextFunc dials a network connection, like net.Dialer.DialContext.
type DialContextFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// Option changes how a Sender, SendEmail or a Notifier behaves. Options are
// behaviour hooks (logger, clock, dialer); what to send and where lives in
// config.SMTP.
type Option func(*options)

type options struct {
	logger    *slog.Logger
	now       func() time.Time
	sleep     func(ctx context.Context, d time.Duration) error
	dial      DialContextFunc
	tlsConfig *tls.Config
	resolver  Resolver // direct delivery's DNS; nil: net.DefaultResolver

	noChunking bool // never use BDAT (tests of the DATA path)
}

func newOptions(opts []Option) *options {
	o := &options{
		logger: slog.New(slog.DiscardHandler),
		now:    time.Now,
		sleep:  sleepContext,
		dial:   (&net.Dialer{}).DialContext,
	}
	for _, opt := range opts {
		opt(o)
	}
	return o
}

// WithLogger sets the logger. A Sender's default discards; a Notifier's
// default passes its warnings and errors to slog.Default().
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.logger = l } }

// WithClock sets the clock used for Date headers, POP windows and retry
// bookkeeping; the default is time.Now.
func WithClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

// WithSleep sets how retries wait; the default sleeps and returns early with
// ctx.Err() when ctx is done. Tests pass a function that records the delay.
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(o *options) { o.sleep = sleep }
}

// WithDialer sets how TCP connections (SMTP and POP3) are dialled, for
// example to bind a source address; the default is a net.Dialer.
func WithDialer(dial DialContextFunc) Option { return func(o *options) { o.dial = dial } }

// WithTLSConfig sets the base TLS configuration (for example RootCAs for a
// private CA). ServerName and InsecureSkipVerify from config.SMTP still apply.
func WithTLSConfig(c *tls.Config) Option { return func(o *options) { o.tlsConfig = c } }

func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
