package diagnose

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/replylimit"
	"github.com/taskmail/taskmail/internal/tlsconf"
	"github.com/taskmail/taskmail/internal/transport"
)

// expirySoon is how close to its end a long-lived certificate's validity
// draws a warning.
const expirySoon = 14 * 24 * time.Hour

// expiryWarning returns how close to its end c's validity draws a warning:
// 14 days, or a third of its lifetime for short-lived certificates (which
// are renewed every few days and would otherwise always warn).
func expiryWarning(c *Certificate) time.Duration {
	return min(expirySoon, c.NotAfter.Sub(c.NotBefore)/3)
}

func (s *session) isImplicit() bool { return s.cfg.TLS == config.TLSImplicit }

// checkImplicitTLS starts TLS on the fresh connection, before the greeting.
func (s *session) checkImplicitTLS(st *Step) bool {
	if err := s.handshake(); err != nil {
		s.tlsFailed(st, err)
		return false
	}
	return s.describeTLS(st, "implicit")
}

// checkStartTLS upgrades the session with STARTTLS, as the TLS mode asks.
func (s *session) checkStartTLS(st *Step) bool {
	offered, _ := s.client.Extension("STARTTLS")
	switch {
	case s.cfg.TLS == config.TLSNone:
		st.Detail = "plain text, as configured (tls: none)"
		if offered {
			st.Status = StatusWarning
			st.Detail = "the server offers STARTTLS, but tls is none: mail (and any password) crosses the network in plain text"
			st.Hints = []mailerrors.Hint{{Text: "Set tls to starttls.", Field: "TLS"}}
		}
		return true
	case !offered && s.cfg.TLS == config.TLSStartTLSOpportunistic:
		st.Status = StatusWarning
		st.Detail = "the server does not offer STARTTLS: mail goes in plain text (tls: starttls-opportunistic)"
		st.Hints = []mailerrors.Hint{{Text: "Use a port where the server offers TLS (587 with starttls, or 465 with implicit).", Field: "Port"}}
		return true
	case !offered:
		st.Detail = "the server does not offer STARTTLS, and tls is starttls (required)"
		s.judge(st, StatusFailed, transport.Evidence{Stage: mailerrors.StageStartTLS, Err: transport.ErrNoSTARTTLS})
		return false
	}
	s.deadline()
	cfg, err := s.tlsConfig()
	if err == nil {
		s.tap.beforeStartTLS()
		err = s.client.StartTLS(cfg)
		s.tap.afterStartTLS()
	}
	if err != nil {
		s.tlsFailed(st, err)
		return false
	}
	// The replies now come over TLS, through a reader net/smtp made
	// itself: they get the same limits.
	s.client.Text.Reader.R = bufio.NewReader(replylimit.NewReader(s.client.Text.Reader.R, replylimit.SMTP))
	s.tlsActive = true
	if state, ok := s.client.TLSConnectionState(); ok {
		s.tlsState = &state
	}
	// Capabilities often change after STARTTLS: AUTH is commonly offered
	// only on an encrypted connection. The client cannot list them all, so
	// the watched ones are asked for by name.
	caps := map[string]string{}
	for _, k := range watchedExtensions[1:] { // not STARTTLS: done
		if ok, v := s.client.Extension(k); ok {
			caps[k] = v
		}
	}
	s.rep.Capabilities = caps
	if !s.describeTLS(st, "starttls") {
		return false
	}
	st.Detail += "\nafter STARTTLS, " + strings.ReplaceAll(capabilityLines(caps, true), "\n", "; ")
	return true
}

// handshake starts implicit TLS on the session's connection.
func (s *session) handshake() error {
	cfg, err := s.tlsConfig()
	if err != nil {
		return err
	}
	tc := tls.Client(s.conn, cfg)
	s.deadline()
	if err := tc.HandshakeContext(s.ctx); err != nil {
		return err
	}
	state := tc.ConnectionState()
	s.tlsState = &state
	s.conn = tc
	s.tlsActive = true
	return nil
}

// tlsConfig returns the configuration for this server: the one the
// Sender uses (tlsconf.SMTP), except that certificates are checked by
// verifyCertificate rather than by crypto/tls, so that the report can
// describe a certificate even when it is refused; the check is as strict,
// and a failure still ends the handshake.
func (s *session) tlsConfig() (*tls.Config, error) {
	cfg, err := tlsconf.SMTP(s.cfg, s.opts.TLSConfig)
	if err != nil {
		return nil, caFileError(s.cfg, err)
	}
	roots, name := cfg.RootCAs, cfg.ServerName // nil roots: the system's
	cfg.InsecureSkipVerify = true              // verification is done below, by hand
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		err := verifyCertificate(cs, roots, name, s.opts.now())
		s.certErr = err
		s.tlsState = &cs
		if err != nil && !s.cfg.InsecureSkipVerify {
			return err
		}
		return nil
	}
	return cfg, nil
}

// caFileError names the ca_file option in an error of tlsconf.
func caFileError(c config.SMTP, err error) error {
	if errors.Is(err, tlsconf.ErrNoCertificate) {
		return fmt.Errorf("ca_file %s holds %w", c.CAFile, tlsconf.ErrNoCertificate)
	}
	return fmt.Errorf("reading ca_file: %w", err)
}

// verifyCertificate checks the chain, the name and the dates, like
// crypto/tls does when InsecureSkipVerify is off.
func verifyCertificate(cs tls.ConnectionState, roots *x509.CertPool, name string, now time.Time) error {
	if len(cs.PeerCertificates) == 0 {
		return errors.New("the server sent no certificate")
	}
	inter := x509.NewCertPool()
	for _, c := range cs.PeerCertificates[1:] {
		inter.AddCert(c)
	}
	_, err := cs.PeerCertificates[0].Verify(x509.VerifyOptions{
		Roots:         roots,
		Intermediates: inter,
		DNSName:       name,
		CurrentTime:   now,
	})
	return err
}

// describeTLS fills st and the report with the TLS session and the
// certificate. It warns on an unverified certificate (accepted because
// insecure_skip_verify is set) and on one that expires soon.
func (s *session) describeTLS(st *Step, mode string) bool {
	info := &TLSInfo{Mode: mode, ServerName: s.cfg.TLSServerName}
	s.rep.TLS = info
	if s.tlsState == nil {
		st.Detail = mode + ": TLS started"
		return true
	}
	info.Version = tls.VersionName(s.tlsState.Version)
	info.CipherSuite = tls.CipherSuiteName(s.tlsState.CipherSuite)
	info.Certificate = s.certificate()
	cert := info.Certificate
	st.Detail = fmt.Sprintf("%s: %s, %s", mode, info.Version, info.CipherSuite)
	if cert == nil {
		return true
	}
	st.Detail += "\n" + certLine(cert, s.opts.now())
	left := cert.NotAfter.Sub(s.opts.now())
	switch {
	case !cert.Verified:
		st.Status = StatusWarning
		st.Kind = mailerrors.KindTLSFailed
		st.Detail = "the certificate is not trusted (" + cert.Problem + "), accepted only because insecure_skip_verify is set\n" + st.Detail
		st.Hints = s.certHints()
	case left < expiryWarning(cert):
		st.Status = StatusWarning
		st.Kind = mailerrors.KindTLSFailed
		st.Detail = fmt.Sprintf("the server's certificate expires soon (%s)\n%s", days(left), st.Detail)
		st.Hints = []mailerrors.Hint{{Text: "Tell the server's operator that its certificate is about to expire."}}
	}
	return true
}

// tlsFailed reports a failed TLS start: a refused STARTTLS, a failed
// handshake, or a certificate that does not check out. The kind and hints
// are the transport judgement's, as for a Sender: implicit TLS fails at
// the connect stage, STARTTLS at its own.
func (s *session) tlsFailed(st *Step, err error) {
	stage := mailerrors.StageStartTLS
	if s.isImplicit() {
		stage = mailerrors.StageConnect
	}
	switch r := serverReply(err); {
	case r != "" && s.certErr == nil:
		st.ServerReply = r
		st.Detail = "the server refused STARTTLS"
	case s.certErr != nil:
		cert := s.certificate()
		st.Detail = "the server's certificate is not trusted: " + cert.Problem + "\n" + certLine(cert, s.opts.now())
		err = s.certErr
	default:
		st.Detail = "the TLS handshake failed: " + err.Error()
	}
	s.judge(st, StatusFailed, transport.Evidence{Stage: stage, Err: err})
}

// certHints returns what to change for the certificate problem found,
// most specific first: the transport judgement's hints.
func (s *session) certHints() []mailerrors.Hint {
	if s.certErr == nil {
		return nil
	}
	return transport.Judge(s.cfg, transport.Evidence{Stage: mailerrors.StageStartTLS, Err: s.certErr, Server: s.cfg.Addr()}).Hints
}

// certificate describes the leaf certificate of the last TLS session.
func (s *session) certificate() *Certificate {
	if s.tlsState == nil || len(s.tlsState.PeerCertificates) == 0 {
		return &Certificate{Problem: problemText(s.certErr)}
	}
	leaf := s.tlsState.PeerCertificates[0]
	c := &Certificate{
		Subject:     leaf.Subject.String(),
		Issuer:      leaf.Issuer.String(),
		DNSNames:    leaf.DNSNames,
		NotBefore:   leaf.NotBefore,
		NotAfter:    leaf.NotAfter,
		SelfSigned:  isSelfSigned(leaf),
		ChainLength: len(s.tlsState.PeerCertificates),
		Verified:    s.certErr == nil,
		Problem:     problemText(s.certErr),
	}
	for _, ip := range leaf.IPAddresses {
		c.IPAddresses = append(c.IPAddresses, ip.String())
	}
	return c
}

func isSelfSigned(c *x509.Certificate) bool {
	return c.Subject.String() == c.Issuer.String() && c.CheckSignatureFrom(c) == nil
}

// problemText says in words what is wrong with a certificate.
func problemText(err error) string {
	if err == nil {
		return ""
	}
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	switch {
	case errors.As(err, &ua):
		switch {
		case ua.Cert != nil && isSelfSigned(ua.Cert):
			return "it is self-signed, and not in the trusted certificates"
		case ua.Cert != nil:
			return fmt.Sprintf("it is signed by %s, which this machine does not trust (or the server did not send the intermediate certificates)", ua.Cert.Issuer)
		}
		return "it is signed by an authority this machine does not trust"
	case errors.As(err, &he):
		names := append([]string(nil), he.Certificate.DNSNames...)
		for _, ip := range he.Certificate.IPAddresses {
			names = append(names, ip.String())
		}
		if len(names) == 0 && he.Certificate.Subject.CommonName != "" {
			names = []string{he.Certificate.Subject.CommonName}
		}
		return fmt.Sprintf("it is for %s, not for %s", orNone(strings.Join(names, ", ")), he.Host)
	case errors.As(err, &ci) && ci.Reason == x509.Expired:
		return "it has expired, or is not valid yet: " + ci.Detail
	}
	return err.Error()
}

// certLine is one line about a certificate: whom it is for, who issued it,
// until when.
func certLine(c *Certificate, now time.Time) string {
	if c.Subject == "" && c.Issuer == "" {
		return "no certificate"
	}
	names := append(append([]string(nil), c.DNSNames...), c.IPAddresses...)
	issuer := "issued by " + c.Issuer
	if c.SelfSigned {
		issuer = "self-signed"
	}
	return fmt.Sprintf("certificate %s for %s, %s, valid until %s (%s)",
		c.Subject, orNone(strings.Join(names, ", ")), issuer,
		c.NotAfter.UTC().Format("2006-01-02"), days(c.NotAfter.Sub(now)))
}

func days(d time.Duration) string {
	n := int(d.Hours() / 24)
	switch {
	case d < 0:
		return "expired"
	case n == 1:
		return "1 day left"
	}
	return fmt.Sprintf("%d days left", n)
}
