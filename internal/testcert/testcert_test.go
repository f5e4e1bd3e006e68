package testcert

import (
	"crypto/x509"
	"encoding/pem"
	"testing"
	"time"
)

func TestLoopbackIsTrustedForLoopbackNamesOnly(t *testing.T) {
	cert, pool, err := Loopback("testcert")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"127.0.0.1", "::1", "localhost"} {
		if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: name, Roots: pool}); err != nil {
			t.Errorf("verify for %s: %v", name, err)
		}
	}
	if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: "mail.example.org", Roots: pool}); err == nil {
		t.Error("the certificate verified for mail.example.org")
	}
	if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: "localhost", Roots: x509.NewCertPool()}); err == nil {
		t.Error("the certificate verified without being trusted")
	}
}

func TestSelfSignedKeepsTemplateChanges(t *testing.T) {
	tmpl := Template("expired")
	tmpl.NotAfter = time.Now().Add(-time.Hour)
	cert, err := SelfSigned(&tmpl)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert.Leaf)
	if _, err := cert.Leaf.Verify(x509.VerifyOptions{DNSName: "localhost", Roots: pool}); err == nil {
		t.Error("an expired certificate verified")
	}
	b, _ := pem.Decode(PEM(cert))
	if b == nil || b.Type != "CERTIFICATE" || string(b.Bytes) != string(cert.Leaf.Raw) {
		t.Error("PEM does not hold the leaf")
	}
}
