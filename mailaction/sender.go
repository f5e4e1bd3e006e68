package mailaction

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"strconv"
	"sync/atomic"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/oauthtoken"
	"github.com/taskmail/taskmail/internal/tlsconf"
)

// Sender sends messages through one SMTP server, reusing its connections
// across sends. It is safe for concurrent use; create one per server and
// share it. Close it when done.
type Sender struct {
	cfg       config.SMTP // with defaults filled in
	senderSet bool        // cfg.Sender was set explicitly (not defaulted from From)
	o         *options
	addr      string
	tlsConfig *tls.Config
	hostname  string // qualified host name for EHLO, "" when unknown
	pool      *pool
	rate      *sendRate
	pop       *popChecker
	tokens    *oauthtoken.Source // OAuth2 access tokens; nil when none are used
	dkim      *dkimSigner        // nil: messages are not signed
	closed    atomic.Bool
	stats     *senderCounts // shared with direct delivery's per-MX Senders
}

// NewSender checks cfg and returns a Sender for it. It does not connect:
// the first Send does. A cfg that cannot work comes back as an *Error of
// kind invalid_config wrapping config.Validate's list of problems, so
// errors.Is(err, mailerrors.ErrInvalidConfig) holds and
// config.FieldErrors(err) lists them.
func NewSender(cfg config.SMTP, opts ...Option) (*Sender, error) {
	o := newOptions(opts)
	return newSender(cfg, o, 0)
}

// newSender is NewSender with the pool size forced to maxConns when it is
// positive.
func newSender(cfg config.SMTP, o *options, maxConns int) (*Sender, error) {
	// A nil hook means the default one.
	d := newOptions(nil)
	if o.logger == nil {
		o.logger = d.logger
	}
	if o.now == nil {
		o.now = d.now
	}
	if o.sleep == nil {
		o.sleep = d.sleep
	}
	if o.dial == nil {
		o.dial = d.dial
	}
	senderSet := cfg.Sender != ""
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageConfig, err)
		e.Temporary = false
		return nil, e.Refine(hintOptions(cfg, cfg.Sender, zeroTime, o.now()))
	}
	tc, err := buildTLSConfig(cfg, o.tlsConfig)
	if err != nil {
		e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageConfig, err)
		e.Text, e.Temporary = err.Error(), false
		e.Hints = []mailerrors.Hint{{Text: "Point CAFile at a readable PEM file of CA certificates", Field: "CAFile"}}
		return nil, e
	}
	var signer *dkimSigner
	if cfg.DKIM != nil {
		if signer, err = newDKIMSigner(cfg.DKIM); err != nil {
			e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageConfig, err)
			e.Text, e.Temporary = "cannot load the DKIM key: "+err.Error(), false
			e.Hints = []mailerrors.Hint{{Text: "Point DKIM.PrivateKeyFile at a PEM private key, RSA of at least 2048 bits or Ed25519", Field: "DKIM.PrivateKeyFile"}}
			return nil, e
		}
	}
	if maxConns > 0 {
		cfg.Pool.MaxConns = maxConns
	}
	addr := cfg.Addr()
	if cfg.Delivery == config.DeliveryDirect {
		// No one server: each recipient domain's MX, on this port.
		addr = "(recipient MX):" + strconv.Itoa(cfg.Port)
	}
	s := &Sender{
		cfg:       cfg,
		senderSet: senderSet,
		o:         o,
		addr:      addr,
		tlsConfig: tc,
		hostname:  qualifiedHostname(),
		dkim:      signer,
		stats:     &senderCounts{},
	}
	s.pool = newPool(s, max(cfg.Pool.MaxConns, 1), max(cfg.Pool.MaxMessages, 1), cfg.Pool.IdleTimeout)
	s.rate = newSendRate(cfg.Pool.RateLimit, cfg.Pool.RateInterval, o)
	if cfg.POPBeforeSMTP != nil {
		s.pop = newPOPChecker(cfg, o)
	}
	s.tokens = oauthtoken.New(cfg.Auth, o.now)
	return s, nil
}

// SendEmail sends one message on a connection of its own, closed after.
// To send more than one message, use a Sender: it reuses connections.
// See Sender.Send for what it returns. The connection's QUIT is waited
// for only while ctx lasts; after that it goes on in the background.
func SendEmail(ctx context.Context, cfg config.SMTP, msg *Message, opts ...Option) (*Result, error) {
	s, err := newSender(cfg, newOptions(opts), 1)
	if err != nil {
		return &Result{}, err
	}
	defer func() {
		closed := make(chan struct{})
		go func() {
			defer close(closed)
			_ = s.Close()
		}()
		select {
		case <-closed:
		case <-ctx.Done():
		}
	}()
	return s.Send(ctx, msg)
}

// Close ends the Sender's idle connections with QUIT and makes later Sends
// fail. Sends in progress finish; their connections close when they do.
// Close waits for the servers' replies to QUIT, up to 5 seconds when a
// server does not answer.
func (s *Sender) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.pool.close()
	return nil
}

// buildTLSConfig returns the TLS configuration for the server: base (or
// an empty one), with the server name, the extra CAs of CAFile and
// InsecureSkipVerify from cfg, and at least TLS 1.2 (see tlsconf.SMTP).
func buildTLSConfig(cfg config.SMTP, base *tls.Config) (*tls.Config, error) {
	c, err := tlsconf.SMTP(cfg, base)
	return c, caFileError(cfg, err)
}

// caFileError names the CAFile option in an error of tlsconf.
func caFileError(cfg config.SMTP, err error) error {
	if errors.Is(err, tlsconf.ErrNoCertificate) {
		return fmt.Errorf("CAFile %s holds %w", cfg.CAFile, tlsconf.ErrNoCertificate)
	}
	return err
}
