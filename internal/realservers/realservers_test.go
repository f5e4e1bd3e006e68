package realservers_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/realservers"
)

func TestGetReadsTheEnvironment(t *testing.T) {
	ca := writeCA(t)
	env := map[string]string{
		realservers.EnvSMTPPlain:     "127.0.0.1:1025",
		realservers.EnvSMTPSmall:     "127.0.0.1:1026",
		realservers.EnvSmallLimit:    "2048",
		realservers.EnvSMTPSmallData: "127.0.0.1:1029",
		realservers.EnvSMTPDefer:     "127.0.0.1:1027",
		realservers.EnvSMTPPOPBSMTP:  "127.0.0.1:1028",
		realservers.EnvSMTPPOPNoAuth: "127.0.0.1:1030",
		realservers.EnvSMTPTLS:       "127.0.0.1:1087",
		realservers.EnvSMTPImplicit:  "127.0.0.1:1065",
		realservers.EnvPOP3:          "127.0.0.1:1010",
		realservers.EnvPOP3S:         "127.0.0.1:1095",
		realservers.EnvCA:            ca,
		realservers.EnvUsers:         "alice@local.test:a-pw,bob@local.test:b:pw",
		realservers.EnvPOPBSMTPTTL:   "6s",
		realservers.EnvMTADir:        t.TempDir(),
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
	s := realservers.Get(t)
	if s.SMTPPlain != "127.0.0.1:1025" || s.SMTPSmallData != "127.0.0.1:1029" || s.POP3S != "127.0.0.1:1095" || s.SMTPPOPNoAuth != "127.0.0.1:1030" ||
		s.SmallLimit != 2048 || s.POPBeforeSMTPTTL != 6*time.Second {
		t.Fatalf("Get = %+v", s)
	}
	if b := s.User(t, "bob"); b.Address != "bob@local.test" || b.Password != "b:pw" {
		t.Fatalf("bob = %+v", b)
	}
	if s.Roots == nil || s.TLSConfig().RootCAs != s.Roots {
		t.Fatal("no CA pool")
	}
	if h, p := realservers.HostPort(t, s.POP3); h != "127.0.0.1" || p != 1010 {
		t.Fatalf("HostPort = %s, %d", h, p)
	}
}

func TestSourceAddr(t *testing.T) {
	seen := map[string]bool{}
	for range 100 {
		ip := realservers.SourceAddr().To4()
		if ip == nil || ip[0] != 127 || ip[1] < 64 || ip[1] > 127 || ip[3] == 0 || ip[3] == 255 {
			t.Fatalf("SourceAddr = %v, want 127.64-127.x.1-254", ip)
		}
		seen[ip.String()] = true
	}
	if len(seen) < 90 {
		t.Fatalf("only %d different addresses in 100", len(seen))
	}
}

// writeCA writes a self-signed CA certificate and returns its path.
func writeCA(t *testing.T) string {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
