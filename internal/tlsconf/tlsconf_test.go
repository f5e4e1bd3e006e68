package tlsconf_test

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/testcert"
	"github.com/taskmail/taskmail/internal/tlsconf"
)

// caFile writes the PEM of a fresh loopback certificate to a file and
// returns its path and the certificate.
func caFile(t *testing.T) (string, *x509.Certificate) {
	t.Helper()
	cert, _, err := testcert.Loopback("mail.example.org")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(path, testcert.PEM(cert), 0o600); err != nil {
		t.Fatal(err)
	}
	leaf, err := x509.ParseCertificate(cert.Certificate[0])
	if err != nil {
		t.Fatal(err)
	}
	return path, leaf
}

func trusts(pool *x509.CertPool, c *x509.Certificate) bool {
	_, err := c.Verify(x509.VerifyOptions{Roots: pool})
	return err == nil
}

func TestRootCAs(t *testing.T) {
	path, leaf := caFile(t)
	base := x509.NewCertPool()
	pool, err := tlsconf.RootCAs(base, path)
	if err != nil {
		t.Fatal(err)
	}
	if !trusts(pool, leaf) {
		t.Error("the CA file's certificate is not trusted")
	}
	if trusts(base, leaf) {
		t.Error("the base pool was changed")
	}
	if pool, err := tlsconf.RootCAs(base, ""); pool != base || err != nil {
		t.Errorf("no CA file: got %p, %v; want the base pool", pool, err)
	}
	if pool, err := tlsconf.RootCAs(nil, ""); pool != nil || err != nil {
		t.Errorf("no CA file, no base: got %v, %v; want nil (the system's)", pool, err)
	}
}

func TestRootCAsErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := tlsconf.RootCAs(nil, filepath.Join(dir, "missing.pem")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: err = %v, want fs.ErrNotExist", err)
	}
	empty := filepath.Join(dir, "empty.pem")
	if err := os.WriteFile(empty, []byte("not a certificate\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := tlsconf.RootCAs(nil, empty); !errors.Is(err, tlsconf.ErrNoCertificate) {
		t.Errorf("no PEM: err = %v, want ErrNoCertificate", err)
	}
	if _, err := tlsconf.SMTP(config.SMTP{Host: "h", CAFile: empty}, nil); !errors.Is(err, tlsconf.ErrNoCertificate) {
		t.Errorf("SMTP with no PEM: err = %v, want ErrNoCertificate", err)
	}
}

func TestSMTP(t *testing.T) {
	path, leaf := caFile(t)
	base := &tls.Config{MinVersion: tls.VersionTLS13, NextProtos: []string{"x"}}
	c, err := tlsconf.SMTP(config.SMTP{Host: "10.0.0.1", TLSServerName: "mail.example.org", CAFile: path}, base)
	if err != nil {
		t.Fatal(err)
	}
	if c == base || c.ServerName != "mail.example.org" || c.MinVersion != tls.VersionTLS13 || len(c.NextProtos) != 1 || c.InsecureSkipVerify {
		t.Errorf("got %+v", c)
	}
	if !trusts(c.RootCAs, leaf) {
		t.Error("the CA file's certificate is not trusted")
	}
	if base.RootCAs != nil || base.ServerName != "" {
		t.Error("the base configuration was changed")
	}

	c, err = tlsconf.SMTP(config.SMTP{Host: "mail.example.org", InsecureSkipVerify: true}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.ServerName != "mail.example.org" || c.MinVersion != tls.VersionTLS12 || !c.InsecureSkipVerify || c.RootCAs != nil {
		t.Errorf("got %+v", c)
	}
}

func TestPOP(t *testing.T) {
	path, leaf := caFile(t)
	for _, c := range []struct {
		smtpHost, serverName, popHost string
		want                          string
	}{
		{"mail.example.org", "", "pop.example.org", "pop.example.org"},
		{"mail.example.org", "mx.example.org", "pop.example.org", "pop.example.org"},
		{"10.0.0.1", "mail.example.org", "10.0.0.1", "mail.example.org"},
		{"10.0.0.1", "", "10.0.0.1", "10.0.0.1"},
	} {
		cfg := config.SMTP{Host: c.smtpHost, TLSServerName: c.serverName, CAFile: path, InsecureSkipVerify: true,
			POPBeforeSMTP: &config.POPBeforeSMTP{Host: c.popHost}}
		got, err := tlsconf.POP(cfg, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got.ServerName != c.want {
			t.Errorf("SMTP %s (%q), POP %s: ServerName %q, want %q", c.smtpHost, c.serverName, c.popHost, got.ServerName, c.want)
		}
		// The SMTP server's InsecureSkipVerify is not the POP server's.
		if got.InsecureSkipVerify {
			t.Errorf("POP %s: InsecureSkipVerify taken from the SMTP settings", c.popHost)
		}
		if !trusts(got.RootCAs, leaf) {
			t.Error("the CA file's certificate is not trusted for POP")
		}
	}
	cfg := config.SMTP{Host: "h", POPBeforeSMTP: &config.POPBeforeSMTP{Host: "p", InsecureSkipVerify: true}}
	if got, err := tlsconf.POP(cfg, nil); err != nil || !got.InsecureSkipVerify {
		t.Errorf("POP InsecureSkipVerify: got %v, %v", got.InsecureSkipVerify, err)
	}
}
