package transport

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strconv"
	"strings"
	"syscall"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/replylimit"
)

// Findings of the options against what the server offers, for
// Evidence.Err: the caller found them itself, no Go error stands behind
// them.
var (
	ErrNoSTARTTLS          = errors.New("the server does not offer STARTTLS")
	ErrAuthUnencrypted     = errors.New("refusing to send credentials over an unencrypted connection")
	ErrNoAuth              = errors.New("the server does not offer AUTH")
	ErrNoMechanism         = errors.New("the server offers no AUTH mechanism taskmail supports")
	ErrMechanismNotOffered = errors.New("the server does not offer the configured AUTH mechanism")
)

// Evidence is what a caller saw of a session that failed before the mail
// transaction.
type Evidence struct {
	Stage  mailerrors.Stage // connect (DNS, TCP, implicit TLS), greeting, ehlo, starttls or auth
	Err    error            // the failure: a Go error, a server's reply, or one of the Err findings
	Server string           // host:port

	// Greeting holds the first bytes the server sent, when it sent any
	// before a failed greeting: a TLS record there means the port speaks
	// TLS first.
	Greeting []byte
	// SpeaksTLS is set when, after a greeting that never came, a TLS
	// handshake on a fresh connection succeeded (see SpeaksTLS).
	SpeaksTLS bool
	// TLSActive is set when the connection was encrypted at the failure.
	TLSActive bool
	// STARTTLSOffered is set when the server's EHLO offered STARTTLS.
	STARTTLSOffered bool
	// AuthParams are the parameters of EHLO's AUTH line (the mechanisms),
	// for the mechanism findings.
	AuthParams string
	// Mechanism is the mechanism the options asked for, for
	// ErrMechanismNotOffered.
	Mechanism string
}

// judged marks the cause of an *Error whose hints Judge wrote for the
// options used: Refine's generic order must not replace them.
type judged struct{ err error }

func (j *judged) Error() string { return j.err.Error() }
func (j *judged) Unwrap() error { return j.err }

// Judged reports whether e came from Judge with hints of its own, which
// the caller keeps as they are instead of calling Refine.
func Judged(e *mailerrors.Error) bool {
	if e == nil {
		return false
	}
	var j *judged
	return errors.As(e.Err, &j)
}

// Judge returns the *Error for what ev saw, for the options cfg (with
// defaults filled in). Its kind, temporariness and hints are the same
// whoever asks. It returns nil when ev.Err is nil.
//
// A server's reply (a *textproto.Error) is classified by errors.FromError
// and left for Refine, like any reply; every other failure gets its kind
// and hints here, and Judged reports true for it.
func Judge(cfg config.SMTP, ev Evidence) *mailerrors.Error {
	if ev.Err == nil {
		return nil
	}
	var tp *textproto.Error
	if errors.As(ev.Err, &tp) {
		e := mailerrors.FromError(ev.Stage, ev.Err)
		if e.Server == "" {
			cp := *e
			cp.Server = ev.Server
			e = &cp
		}
		return e
	}
	j := judge{cfg: cfg, ev: ev}
	kind, temp, text, hints := j.decide()
	e := mailerrors.FromError(ev.Stage, ev.Err)
	out := &mailerrors.Error{
		Kind:      e.Kind,
		Stage:     ev.Stage,
		Server:    ev.Server,
		Temporary: e.Temporary,
		Text:      text,
		Hints:     hints,
		Err:       &judged{ev.Err},
	}
	if kind != "" {
		out.Kind, out.Temporary = kind, temp
	}
	if len(out.Hints) == 0 {
		out.Hints = mailerrors.HintsFor(out.Kind, nil)
	}
	return out
}

// ReplyLimitHints are the hints for a reply over replylimit.SMTP's
// limits.
func ReplyLimitHints() []mailerrors.Hint {
	return []mailerrors.Hint{
		{Text: "The server sent a reply far beyond what SMTP allows: check that Host and Port point at an SMTP server, and that nothing on the path rewrites the connection", Field: "Host"},
	}
}

// judge holds what decide reads.
type judge struct {
	cfg config.SMTP
	ev  Evidence
}

// addr is host:port as the options name it.
func (j judge) addr() string {
	if j.ev.Server != "" {
		return j.ev.Server
	}
	return net.JoinHostPort(j.cfg.Host, strconv.Itoa(j.cfg.Port))
}

// decide returns the kind ("" to keep errors.FromError's), whether it is
// temporary, the text to show when no reply says it, and the hints.
func (j judge) decide() (mailerrors.Kind, bool, string, []mailerrors.Hint) {
	err := j.ev.Err
	var le *replylimit.LimitError
	switch {
	case errors.As(err, &le):
		// Not temporary: such a server will not behave better in a minute.
		return mailerrors.KindConnectionFailed, false, le.Error(), ReplyLimitHints()
	case errors.Is(err, ErrNoSTARTTLS):
		return mailerrors.KindTLSRequired, false, err.Error(), j.noSTARTTLS()
	case errors.Is(err, ErrAuthUnencrypted):
		return mailerrors.KindTLSRequired, false, err.Error() + " (the connection is not using TLS)", j.authUnencrypted()
	case errors.Is(err, ErrNoAuth):
		return j.noAuth()
	case errors.Is(err, ErrNoMechanism) && j.cfg.Auth.UsesOAuth2():
		return mailerrors.KindInvalidConfig, false, err.Error() + " (offered: " + j.ev.AuthParams + ")", []mailerrors.Hint{
			{Text: fmt.Sprintf("The server offers AUTH %s but neither XOAUTH2 nor OAUTHBEARER, which an OAuth2 token needs: use the provider's submission host (smtp.office365.com, smtp.gmail.com) or a password", j.ev.AuthParams), Field: "Host"},
		}
	case errors.Is(err, ErrNoMechanism):
		return mailerrors.KindInvalidConfig, false, err.Error() + " (offered: " + j.ev.AuthParams + ")", []mailerrors.Hint{
			{Text: fmt.Sprintf("The server offers AUTH %s, none of which taskmail speaks: ask its administrator for PLAIN or LOGIN over TLS", j.ev.AuthParams), Field: "Auth.Mechanism"},
		}
	case errors.Is(err, ErrMechanismNotOffered):
		return mailerrors.KindInvalidConfig, false,
			err.Error() + ": " + strings.ToUpper(j.ev.Mechanism) + " (offered: " + j.ev.AuthParams + ")", []mailerrors.Hint{
				{Text: fmt.Sprintf("Set auth.mechanism to auto, or to one the server offers (%s)", strings.ToLower(strings.Join(strings.Fields(j.ev.AuthParams), ", "))), Field: "Auth.Mechanism"},
			}
	}
	if k, temp, h := j.dns(); k != "" {
		return k, temp, "", h
	}
	if k, h := j.tls(); k != "" {
		return k, false, "", h
	}
	if j.ev.Stage == mailerrors.StageGreeting {
		if k, temp, text, h := j.greeting(); k != "" {
			return k, temp, text, h
		}
	}
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return mailerrors.KindConnectionFailed, true, "", []mailerrors.Hint{
			{Text: fmt.Sprintf("Nothing listens on %s: check the port (587 for starttls, 465 for implicit TLS) and that the server runs", j.addr()), Field: "Port"},
		}
	case j.ev.Stage == mailerrors.StageConnect && isTimeout(err) && j.cfg.TLS == config.TLSImplicit && !isDialError(err):
		// Connected, but the handshake got no answer.
		return mailerrors.KindTimeout, true, "", []mailerrors.Hint{
			{Text: fmt.Sprintf("The server on port %d accepted the connection but did not answer the TLS handshake within %s: check that it offers implicit TLS there (465), or set tls to starttls", j.cfg.Port, j.cfg.Timeout), Field: "TLS"},
			{Text: "Raise the timeout for a slow or distant server", Field: "Timeout"},
		}
	case j.ev.Stage == mailerrors.StageConnect && isTimeout(err):
		return mailerrors.KindTimeout, true, "", []mailerrors.Hint{
			{Text: fmt.Sprintf("Nothing answers on %s within %s: a firewall may drop the packets (port 25 often is); check the host and port, or try the submission port 587 or 465", j.addr(), j.cfg.Timeout), Field: "Port"},
			{Text: "Raise the timeout for a slow or distant server", Field: "Timeout"},
		}
	}
	return "", false, "", nil
}

// dns judges a failed lookup of the server's name.
func (j judge) dns() (mailerrors.Kind, bool, []mailerrors.Hint) {
	var de *net.DNSError
	if !errors.As(j.ev.Err, &de) {
		return "", false, nil
	}
	name := de.Name
	if name == "" {
		name = j.cfg.Host
	}
	if de.IsNotFound {
		// The server's own name, not a recipient's domain: the connection
		// failed (the table of kinds: a DNS failure when dialling), and no
		// waiting makes the name exist.
		return mailerrors.KindConnectionFailed, false, []mailerrors.Hint{
			{Text: fmt.Sprintf("Check the host name: DNS has no address for %s (is it spelt right?)", name), Field: "Host"},
			{Text: "If the name is right, check that this machine uses the DNS servers that know it (an internal name needs the internal DNS)", Field: ""},
		}
	}
	return mailerrors.KindConnectionFailed, true, []mailerrors.Hint{
		{Text: fmt.Sprintf("Looking up %s in DNS failed (%s): check this machine's DNS servers; trying again later may work", name, de.Err), Field: ""},
		{Text: "Check the host name", Field: "Host"},
	}
}

// tls judges a failed TLS handshake or certificate check.
func (j judge) tls() (mailerrors.Kind, []mailerrors.Hint) {
	err := j.ev.Err
	var (
		ua x509.UnknownAuthorityError
		he x509.HostnameError
		ci x509.CertificateInvalidError
		rh tls.RecordHeaderError
	)
	switch {
	case errors.As(err, &ua):
		h := []mailerrors.Hint{{Text: "Add the server's CA certificate (or its self-signed certificate) to ca_file", Field: "CAFile"}}
		if ua.Cert != nil && selfSigned(ua.Cert) {
			h = append(h, mailerrors.Hint{Text: "Or ask the server's administrator for a certificate from a public CA"})
		} else {
			h = append(h, mailerrors.Hint{Text: "Or ask the server's administrator to send the full certificate chain (the intermediate certificates too)"})
		}
		return mailerrors.KindTLSFailed, h
	case errors.As(err, &he):
		names := certNames(he.Certificate)
		return mailerrors.KindTLSFailed, []mailerrors.Hint{
			{Text: fmt.Sprintf("Connect by a name on the certificate: it is for %s, not for %s; set host (or tls_server_name) to one of its names", names, he.Host), Field: "TLSServerName"},
			{Text: fmt.Sprintf("If %s is the right name, ask the server's administrator for a certificate that includes it", he.Host)},
		}
	case errors.As(err, &ci) && ci.Reason == x509.Expired:
		return mailerrors.KindTLSFailed, []mailerrors.Hint{
			{Text: "The server's certificate has expired (or is not valid yet): tell the server's administrator; check this machine's clock too"},
		}
	case errors.As(err, &rh):
		if looksLikeSMTP(rh.RecordHeader[:]) {
			return mailerrors.KindTLSFailed, []mailerrors.Hint{
				{Text: fmt.Sprintf("Port %d speaks plain SMTP first (it greeted with %q) and does not start with TLS: set tls to starttls", j.cfg.Port, printable(rh.RecordHeader[:])), Field: "TLS"},
				{Text: "Or use the server's implicit-TLS port (usually 465) with tls implicit", Field: "Port"},
			}
		}
		return mailerrors.KindTLSFailed, []mailerrors.Hint{
			{Text: fmt.Sprintf("The server on port %d did not answer with TLS: check that it offers implicit TLS there, or set tls to starttls", j.cfg.Port), Field: "TLS"},
		}
	}
	if k, _ := kindOf(err); k == mailerrors.KindTLSFailed {
		return mailerrors.KindTLSFailed, nil
	}
	return "", nil
}

// greeting judges a greeting that failed without a reply.
func (j judge) greeting() (mailerrors.Kind, bool, string, []mailerrors.Hint) {
	implicitHint := mailerrors.Hint{
		Text:  fmt.Sprintf("Port %d speaks TLS from the first byte (as port 465 does): set tls to implicit", j.cfg.Port),
		Field: "TLS",
	}
	switch {
	case j.cfg.TLS != config.TLSImplicit && (isTLSRecord(j.ev.Greeting) || j.ev.SpeaksTLS):
		return mailerrors.KindTLSFailed, false, "the server sent no SMTP greeting: it expects TLS from the first byte",
			[]mailerrors.Hint{implicitHint, {Text: "Or use the server's STARTTLS port (usually 587) with tls starttls", Field: "Port"}}
	case isTimeout(j.ev.Err):
		return mailerrors.KindTimeout, true, "", []mailerrors.Hint{
			{Text: fmt.Sprintf("The server accepted the connection but sent no greeting within %s: it may be overloaded, or something between holds the connection; try again later or raise the timeout", j.cfg.Timeout), Field: "Timeout"},
		}
	case errors.Is(j.ev.Err, io.EOF) || errors.Is(j.ev.Err, io.ErrUnexpectedEOF) || errors.Is(j.ev.Err, syscall.ECONNRESET):
		return mailerrors.KindConnectionFailed, true, "", []mailerrors.Hint{
			{Text: "The server closed the connection before greeting: it may refuse this address, be overloaded, or limit connections; try again later", Field: ""},
			{Text: "Check the host and port", Field: "Port"},
		}
	}
	return "", false, "", nil
}

// noSTARTTLS: tls starttls, and EHLO offers no STARTTLS.
func (j judge) noSTARTTLS() []mailerrors.Hint {
	var h []mailerrors.Hint
	if j.cfg.Port == config.PortSubmission {
		h = append(h, mailerrors.Hint{Text: "The server does not offer STARTTLS on port 587: ask its administrator to enable it, or use port 465 with tls implicit", Field: "TLS"})
	} else {
		h = append(h, mailerrors.Hint{Text: fmt.Sprintf("The server does not offer STARTTLS on port %d: use its submission port, 587 with tls starttls or 465 with tls implicit", j.cfg.Port), Field: "Port"})
	}
	return append(h, mailerrors.Hint{Text: "Only on a network you trust: set tls to starttls-opportunistic (or none)", Field: "TLS"})
}

// authUnencrypted: credentials are set, the connection is plain text, and
// allow_insecure_auth is not.
func (j judge) authUnencrypted() []mailerrors.Hint {
	var h []mailerrors.Hint
	if j.ev.STARTTLSOffered {
		h = append(h, mailerrors.Hint{Text: "The server offers STARTTLS: set tls to starttls, so that the credentials go encrypted", Field: "TLS"})
	} else {
		h = append(h, mailerrors.Hint{Text: "Encrypt the connection: set tls to starttls (port 587) or implicit (port 465)", Field: "TLS"})
	}
	return append(h, mailerrors.Hint{Text: "Only on a network you trust: set allow_insecure_auth to send the credentials in clear text", Field: "AllowInsecureAuth"})
}

// noAuth: credentials are set and EHLO offers no AUTH.
func (j judge) noAuth() (mailerrors.Kind, bool, string, []mailerrors.Hint) {
	text := ErrNoAuth.Error() + " on this connection"
	if !j.ev.TLSActive && j.ev.STARTTLSOffered {
		return mailerrors.KindTLSRequired, false, text + " (it offers STARTTLS)", []mailerrors.Hint{
			{Text: "The server offers AUTH only after STARTTLS: set tls to starttls", Field: "TLS"},
		}
	}
	var h []mailerrors.Hint
	if j.cfg.Port == config.PortSubmission || j.cfg.Port == config.PortSubmissions {
		h = append(h, mailerrors.Hint{Text: fmt.Sprintf("The server offers no AUTH on port %d: ask its administrator to enable SMTP AUTH there", j.cfg.Port), Field: "Auth.Username"})
	} else {
		h = append(h, mailerrors.Hint{Text: fmt.Sprintf("The server offers no AUTH on port %d: use its submission port (587 with tls starttls, or 465 with tls implicit)", j.cfg.Port), Field: "Port"})
	}
	h = append(h, mailerrors.Hint{Text: "Or remove the credentials, if the server relays for this host without them", Field: "Auth.Username"})
	return mailerrors.KindInvalidConfig, false, text, h
}

// kindOf is the kind errors.FromError gives a bare cause.
func kindOf(err error) (mailerrors.Kind, bool) {
	e := mailerrors.FromError(mailerrors.StageConnect, err)
	return e.Kind, e.Temporary
}

// looksLikeSMTP reports whether b starts like an SMTP reply ("220 ", "421-").
func looksLikeSMTP(b []byte) bool {
	if len(b) < 4 {
		return false
	}
	for _, c := range b[:3] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return b[3] == ' ' || b[3] == '-'
}

// isTLSRecord reports whether b starts with a TLS record header: a
// handshake or alert record of TLS 1.0 to 1.3.
func isTLSRecord(b []byte) bool {
	return len(b) >= 2 && (b[0] == 0x15 || b[0] == 0x16) && b[1] == 0x03
}

// printable returns b with anything but printable ASCII as '.'.
func printable(b []byte) string {
	out := make([]byte, len(b))
	for i, c := range b {
		if c < 0x20 || c > 0x7e {
			c = '.'
		}
		out[i] = c
	}
	return string(out)
}

func selfSigned(c *x509.Certificate) bool {
	return c.Subject.String() == c.Issuer.String() && c.CheckSignatureFrom(c) == nil
}

// certNames lists the names a certificate is valid for.
func certNames(c *x509.Certificate) string {
	if c == nil {
		return "no name"
	}
	names := append([]string(nil), c.DNSNames...)
	for _, ip := range c.IPAddresses {
		names = append(names, ip.String())
	}
	if len(names) == 0 && c.Subject.CommonName != "" {
		names = []string{c.Subject.CommonName}
	}
	if len(names) == 0 {
		return "no name"
	}
	return strings.Join(names, ", ")
}

// isDialError reports whether err came from dialling (not from what ran on
// the connection after).
func isDialError(err error) bool {
	var op *net.OpError
	return errors.As(err, &op) && op.Op == "dial"
}

// IsTimeout reports whether err is a timeout (a deadline, a net.Error
// whose Timeout is true).
func IsTimeout(err error) bool { return isTimeout(err) }

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
