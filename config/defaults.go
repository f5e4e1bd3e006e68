package config

import (
	"net"
	"net/mail"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Well-known ports that a zero Port stands for, by TLS mode.
const (
	PortSubmission  = 587 // SMTP submission with STARTTLS (RFC 6409)
	PortSubmissions = 465 // SMTP submission over implicit TLS (RFC 8314)
	PortSMTP        = 25  // SMTP relay, plain text
	PortPOP3        = 110 // POP3, plain or STLS
	PortPOP3S       = 995 // POP3 over implicit TLS
)

// More defaults that a zero field stands for.
const (
	DefaultMaxConns             = 5
	DefaultMaxMessages          = DefaultPoolMaxMessages
	DefaultIdleTimeout          = 30 * time.Second
	DefaultRateInterval         = time.Second
	DefaultSubjectPrefix        = "[taskmail]"
	DefaultFoldWindow           = 10 * time.Minute
	DefaultNotifierRateLimit    = 10
	DefaultNotifierRateInterval = time.Hour
	DefaultQueueSize            = 10000
)

// DefaultPoolMaxMessages is how many messages a pooled connection carries
// before it is retired when Pool.MaxMessages is zero. It is large because
// the server decides: Postfix's smtpd has no per-connection limit, and
// Postfix's own client reuses a connection with no count limit
// (smtp_connection_reuse_count_limit = 0); a server that takes fewer says
// so with 421 or by closing, and the Sender then goes on, on a fresh
// connection, without an error for the caller. A redial every 100
// messages, the former default, cost a new TLS handshake and EHLO for
// nothing on servers that allow more.
const DefaultPoolMaxMessages = 1000

// Valid reports whether m is one of the TLS modes (the empty mode counts:
// it means TLSStartTLS).
func (m TLSMode) Valid() bool {
	switch m {
	case "", TLSStartTLS, TLSStartTLSOpportunistic, TLSImplicit, TLSNone:
		return true
	}
	return false
}

// orDefault returns m, or TLSStartTLS when m is empty.
func (m TLSMode) orDefault() TLSMode {
	if m == "" {
		return TLSStartTLS
	}
	return m
}

// smtpPort returns the SMTP port for the mode, 0 for an unknown mode.
func (m TLSMode) smtpPort() int {
	switch m.orDefault() {
	case TLSStartTLS, TLSStartTLSOpportunistic:
		return PortSubmission
	case TLSImplicit:
		return PortSubmissions
	case TLSNone:
		return PortSMTP
	}
	return 0
}

// popPort returns the POP3 port for the mode, 0 for an unknown mode.
func (m TLSMode) popPort() int {
	switch m.orDefault() {
	case TLSImplicit:
		return PortPOP3S
	case TLSStartTLS, TLSStartTLSOpportunistic, TLSNone:
		return PortPOP3
	}
	return 0
}

// Valid reports whether a is one of the mechanisms (the empty mechanism
// counts: it means AuthAuto or AuthNone).
func (a AuthMechanism) Valid() bool {
	switch a {
	case "", AuthAuto, AuthPlain, AuthLogin, AuthCRAMMD5, AuthXOAUTH2, AuthOAuthBearer, AuthSCRAMSHA256, AuthNone:
		return true
	}
	return false
}

// Valid reports whether p is one of the policies (the empty policy counts:
// it means RecipientsBestEffort).
func (p RecipientPolicy) Valid() bool {
	switch p {
	case "", RecipientsBestEffort, RecipientsAllOrNothing:
		return true
	}
	return false
}

// WithDefaults returns a copy of s with every zero field that has a default
// filled in: TLS starttls; Port by TLS mode (587 for starttls and
// starttls-opportunistic, 465 for implicit, 25 for none); TLSServerName the
// Host; Auth.Mechanism auto when a username is set, none otherwise; Sender
// the address in From; the timeouts, retry policy, recipient policy and pool
// settings from the Default constants; and, when POPBeforeSMTP is set, its
// Host (the SMTP host), TLS (starttls, that is STLS), Port (995 for implicit,
// 110 otherwise), Window (15m) and Timeout (30s). HeloName stays empty: the sender then
// uses the machine's name. Fields with an unknown value are left for
// Validate to report. The copy shares nothing with s.
func (s SMTP) WithDefaults() SMTP {
	d := s
	if d.Delivery == DeliveryDirect {
		// MX servers take mail on port 25; STARTTLS when they offer it,
		// unless tls says to require it (RFC 7435 opportunistic security).
		if d.TLS == "" {
			d.TLS = TLSStartTLSOpportunistic
		}
		if d.Port == 0 {
			d.Port = PortSMTP
		}
	}
	d.TLS = d.TLS.orDefault()
	if d.Port == 0 {
		d.Port = d.TLS.smtpPort()
	}
	if d.TLSServerName == "" {
		d.TLSServerName = d.Host
	}
	if d.Auth.Mechanism == "" {
		if d.Auth.Username != "" {
			d.Auth.Mechanism = AuthAuto
		} else {
			d.Auth.Mechanism = AuthNone
		}
	}
	d.Auth.copyOAuth2()
	if d.Sender == "" {
		d.Sender = bareAddress(d.From)
	}
	if s.POPBeforeSMTP != nil {
		p := *s.POPBeforeSMTP // copy: never alias the caller's struct
		if p.Host == "" {
			p.Host = d.Host
		}
		p.TLS = p.TLS.orDefault()
		if p.Port == 0 {
			p.Port = p.TLS.popPort()
		}
		if p.Window == 0 {
			p.Window = DefaultPOPWindow
		}
		setDefault(&p.Timeout, DefaultPOPTimeout)
		d.POPBeforeSMTP = &p
	}
	if s.DKIM != nil {
		k := *s.DKIM // copy: never alias the caller's struct
		k.Headers = append([]string(nil), k.Headers...)
		d.DKIM = &k
	}
	setDefault(&d.Timeout, DefaultTimeout)
	setDefault(&d.CommandTimeout, DefaultCommandTimeout)
	setDefault(&d.DataTimeout, DefaultDataTimeout)
	setDefault(&d.Retry.MaxAmbiguous, DefaultMaxAmbiguous)
	setDefault(&d.Retry.MaxAttempts, DefaultMaxAttempts)
	setDefault(&d.Retry.InitialInterval, DefaultInitialInterval)
	setDefault(&d.Retry.MaxInterval, DefaultMaxInterval)
	setDefault(&d.Retry.MaxElapsed, DefaultMaxElapsed)
	setDefault(&d.Retry.GreylistDelay, DefaultGreylistDelay)
	setDefault(&d.RecipientPolicy, RecipientsBestEffort)
	setDefault(&d.Pool.MaxConns, DefaultMaxConns)
	setDefault(&d.Pool.MaxMessages, DefaultMaxMessages)
	setDefault(&d.Pool.IdleTimeout, DefaultIdleTimeout)
	setDefault(&d.Pool.RateInterval, DefaultRateInterval)
	return d
}

// setDefault sets *p to v when *p is the zero value.
func setDefault[T comparable](p *T, v T) {
	var zero T
	if *p == zero {
		*p = v
	}
}

// EnvelopeSender returns the bare address for MAIL FROM: Sender's, or
// From's when Sender is empty ("Robot <robot@example.org>" gives
// "robot@example.org"). A value that does not parse is returned as it is;
// Validate reports it.
func (s SMTP) EnvelopeSender() string {
	if s.Sender != "" {
		return bareAddress(s.Sender)
	}
	return bareAddress(s.From)
}

// Addr returns the server's "host:port", with the port by TLS mode when
// Port is zero and IPv6 addresses in brackets ("[2001:db8::1]:587").
func (s SMTP) Addr() string {
	port := s.Port
	if port == 0 {
		port = s.TLS.smtpPort()
	}
	return net.JoinHostPort(s.Host, strconv.Itoa(port))
}

// Addr returns the POP3 server's "host:port", with the port by TLS mode when
// Port is zero. Call it on the result of SMTP.WithDefaults, which fills an
// empty Host with the SMTP host.
func (p POPBeforeSMTP) Addr() string {
	port := p.Port
	if port == 0 {
		port = p.TLS.popPort()
	}
	return net.JoinHostPort(p.Host, strconv.Itoa(port))
}

// bareAddress returns the addr-spec of an address such as
// "Name <a@example.org>", or s unchanged when it does not parse.
func bareAddress(s string) string {
	a, err := mail.ParseAddress(s)
	if err != nil {
		return strings.TrimSpace(s)
	}
	return a.Address
}

// WithDefaults returns a copy of n with every zero field that has a default
// filled in: SubjectPrefix "[taskmail]", FoldWindow 10m, RateLimit 10 per
// RateInterval 1h, Recovered true, QueueSize 10000. The copy shares nothing
// with n.
func (n Notifier) WithDefaults() Notifier {
	d := n
	d.To = slices.Clone(n.To)
	d.Cc = slices.Clone(n.Cc)
	setDefault(&d.SubjectPrefix, DefaultSubjectPrefix)
	setDefault(&d.FoldWindow, DefaultFoldWindow)
	setDefault(&d.RateLimit, DefaultNotifierRateLimit)
	setDefault(&d.RateInterval, DefaultNotifierRateInterval)
	setDefault(&d.QueueSize, DefaultQueueSize)
	recovered := n.RecoveredEnabled()
	d.Recovered = &recovered
	return d
}

// RecoveredEnabled reports whether the notifier sends a "recovered" mail
// when a failing task succeeds again: Recovered, or true when it is nil.
func (n Notifier) RecoveredEnabled() bool {
	return n.Recovered == nil || *n.Recovered
}

// WithDefaults returns a copy of f with the defaults of both sections
// filled in.
func (f File) WithDefaults() File {
	return File{SMTP: f.SMTP.WithDefaults(), Notifier: f.Notifier.WithDefaults()}
}
