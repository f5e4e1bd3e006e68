package smtptest

import (
	"crypto/tls"
	"crypto/x509"
	"time"

	"github.com/taskmail/taskmail/internal/testcert"
)

// newCertificate makes a self-signed certificate for 127.0.0.1, ::1 and
// localhost (or, for the defects, one a client must refuse) and a pool that
// trusts it.
func newCertificate(problem CertProblem) (tls.Certificate, *x509.CertPool, error) {
	tmpl := testcert.Template("smtptest")
	switch problem {
	case CertWrongName:
		tmpl.IPAddresses = nil
		tmpl.DNSNames = []string{"wrong.smtptest.test"}
		tmpl.Subject.CommonName = "wrong.smtptest.test"
	case CertExpired:
		tmpl.NotBefore = tmpl.NotBefore.Add(-48 * time.Hour)
		tmpl.NotAfter = tmpl.NotBefore.Add(24 * time.Hour)
	}
	cert, err := testcert.SelfSigned(&tmpl)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	trusted := cert.Leaf
	if problem == CertUntrusted {
		other := tmpl
		other.Subject.CommonName = "other smtptest"
		o, err := testcert.SelfSigned(&other)
		if err != nil {
			return tls.Certificate{}, nil, err
		}
		trusted = o.Leaf
	}
	pool := x509.NewCertPool()
	pool.AddCert(trusted)
	return cert, pool, nil
}
