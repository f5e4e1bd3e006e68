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
	observer  *Observer // nil: none
	resolver  Resolver  // direct delivery's DNS; nil: net.DefaultResolver

	oneAttempt bool // WithoutRetries: the caller (an engine) owns retries
	noChunking bool // never use BDAT (tests of the DATA path)
}

func newOptions(opts []Option) *options {
	o := &options{
		logger: slog.New(warnHandler{}),
		now:    time.Now,
		sleep:  sleepContext,
		dial:   (&net.Dialer{}).DialContext,
	}
	for _, opt := range opts {
		opt(o)
	}
	return o
}

// WithLogger sets the logger. Without one, a Sender, SendEmail and a
// Notifier pass their warnings and errors (not their debug and info
// records) to slog.Default(), looked up at each record. To silence them,
// pass a logger with slog.DiscardHandler.
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

// WithoutRetries makes a Sender (or SendEmail) make one attempt and return:
// no backoff retries of temporary failures, whatever cfg.Retry says, and no
// resend after an attempt whose outcome is unknown (Retry.MaxAmbiguous).
// Use it where a workflow engine or job queue owns retries: the returned
// error says what the engine should do (mailerrors.Retryable gives
// whether and after how long; Result.RetryMessage gives the message for
// the next attempt, to the recipients that still need it, with the same
// Message-ID). The same through options alone: retry.max_attempts: 1 with
// retry.max_ambiguous: -1.
//
// One thing still happens within the attempt: with POP-before-SMTP, a
// relay denial is followed at once by a fresh POP3 login and one more try,
// since that repairs the attempt rather than waiting out a failure
// (Result.Attempts is then 2).
func WithoutRetries() Option { return func(o *options) { o.oneAttempt = true } }

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
