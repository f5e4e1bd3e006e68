package tlsconf

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"

	"github.com/taskmail/taskmail/config"
)

// ErrNoCertificate is the cause when a CA file holds no PEM certificate.
var ErrNoCertificate = errors.New("no PEM certificate")

// RootCAs returns the certificates to trust: base (nil: the system's) with
// those of the PEM file caFile added. With caFile "" it returns base as it
// is, nil included. base is not changed. An unreadable file comes back as
// the error of os.ReadFile; one without a certificate as an error wrapping
// ErrNoCertificate.
func RootCAs(base *x509.CertPool, caFile string) (*x509.CertPool, error) {
	if caFile == "" {
		return base, nil
	}
	pem, err := os.ReadFile(caFile)
	if err != nil {
		return nil, err
	}
	pool := base
	if pool == nil {
		if pool, err = x509.SystemCertPool(); err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
	} else {
		pool = pool.Clone()
	}
	if !pool.AppendCertsFromPEM(pem) {
		return nil, fmt.Errorf("%w in %s", ErrNoCertificate, caFile)
	}
	return pool, nil
}

// Client returns a copy of base (nil: an empty configuration) for a server
// named serverName, trusting the certificates of RootCAs(base.RootCAs,
// caFile), with InsecureSkipVerify set when insecure is, and MinVersion
// TLS 1.2 when base sets none.
func Client(base *tls.Config, serverName, caFile string, insecure bool) (*tls.Config, error) {
	c := &tls.Config{}
	if base != nil {
		c = base.Clone()
	}
	roots, err := RootCAs(c.RootCAs, caFile)
	if err != nil {
		return nil, err
	}
	c.RootCAs = roots
	c.ServerName = serverName
	if insecure {
		c.InsecureSkipVerify = true
	}
	if c.MinVersion == 0 {
		c.MinVersion = tls.VersionTLS12
	}
	return c, nil
}

// SMTP returns the configuration for the SMTP server of cfg: named
// TLSServerName, else Host, trusting CAFile too, with cfg's
// InsecureSkipVerify. See Client.
func SMTP(cfg config.SMTP, base *tls.Config) (*tls.Config, error) {
	name := cfg.TLSServerName
	if name == "" {
		name = cfg.Host
	}
	return Client(base, name, cfg.CAFile, cfg.InsecureSkipVerify)
}

// POP returns the configuration for the POP-before-SMTP server of cfg
// (which must be set): the SMTP server's trusted certificates (base and
// CAFile), named for the POP host, with the POP server's own
// InsecureSkipVerify. When the POP host is the SMTP host, TLSServerName
// names it too: it is the same machine, known by the same certificate.
func POP(cfg config.SMTP, base *tls.Config) (*tls.Config, error) {
	p := cfg.POPBeforeSMTP
	name := p.Host
	if p.Host == cfg.Host && cfg.TLSServerName != "" {
		name = cfg.TLSServerName
	}
	return Client(base, name, cfg.CAFile, p.InsecureSkipVerify)
}
