package smtptest

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"math/big"
	"net"
	"time"
)

// newCertificate makes a self-signed ECDSA P-256 certificate for 127.0.0.1,
// ::1 and localhost (or, for the defects, one a client must refuse) and a
// pool that trusts it. A P-256 key takes well under a millisecond, so every
// server gets its own.
func newCertificate(problem CertProblem) (tls.Certificate, *x509.CertPool, error) {
	now := time.Now()
	tmpl := x509.Certificate{
		Subject:               pkix.Name{CommonName: "smtptest", Organization: []string{"smtptest"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
	}
	switch problem {
	case CertWrongName:
		tmpl.IPAddresses = nil
		tmpl.DNSNames = []string{"wrong.smtptest.test"}
		tmpl.Subject.CommonName = "wrong.smtptest.test"
	case CertExpired:
		tmpl.NotBefore = now.Add(-48 * time.Hour)
		tmpl.NotAfter = now.Add(-24 * time.Hour)
	}
	cert, leaf, err := selfSigned(&tmpl)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	trusted := leaf
	if problem == CertUntrusted {
		other := tmpl
		other.Subject.CommonName = "other smtptest"
		if _, trusted, err = selfSigned(&other); err != nil {
			return tls.Certificate{}, nil, err
		}
	}
	pool := x509.NewCertPool()
	pool.AddCert(trusted)
	return cert, pool, nil
}

func selfSigned(tmpl *x509.Certificate) (tls.Certificate, *x509.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("smtptest: generate key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("smtptest: serial number: %w", err)
	}
	t := *tmpl
	t.SerialNumber = serial
	der, err := x509.CreateCertificate(rand.Reader, &t, &t, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("smtptest: create certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("smtptest: parse certificate: %w", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, leaf, nil
}
