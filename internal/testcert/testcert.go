// Package testcert makes the throwaway certificates of taskmail's test
// servers (smtptest, pop3test, the bench sink): self-signed ECDSA P-256
// certificates for 127.0.0.1, ::1 and localhost that are their own CA, so a
// client trusts one by adding it to a pool. A P-256 key takes well under a
// millisecond, so every server makes its own.
package testcert

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"time"
)

// Template returns the template of a loopback server certificate named name,
// valid from an hour ago for a day; callers may change it before SelfSigned.
func Template(name string) x509.Certificate {
	now := time.Now()
	return x509.Certificate{
		Subject:               pkix.Name{CommonName: name, Organization: []string{name}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		DNSNames:              []string{"localhost"},
	}
}

// SelfSigned signs tmpl with a new key (and a random serial number) and
// returns the certificate with its Leaf set.
func SelfSigned(tmpl *x509.Certificate) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("testcert: generate key: %w", err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("testcert: serial number: %w", err)
	}
	t := *tmpl
	t.SerialNumber = serial
	der, err := x509.CreateCertificate(rand.Reader, &t, &t, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("testcert: create certificate: %w", err)
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("testcert: parse certificate: %w", err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, nil
}

// Loopback returns a self-signed certificate named name for 127.0.0.1, ::1
// and localhost, and a pool that trusts it.
func Loopback(name string) (tls.Certificate, *x509.CertPool, error) {
	tmpl := Template(name)
	cert, err := SelfSigned(&tmpl)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert.Leaf)
	return cert, pool, nil
}

// PEM returns cert's leaf in PEM form, for a client's trust store on disk.
func PEM(cert tls.Certificate) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: cert.Leaf.Raw})
}
