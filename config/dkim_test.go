package config

import (
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeKey writes key as PEM (PKCS#8) under dir and returns the path and
// the PEM text.
func writeKey(t *testing.T, dir, name string, key any) (string, string) {
	t.Helper()
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	text := string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, text
}

func TestDKIMValidate(t *testing.T) {
	dir := t.TempDir()
	_, edKey, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	small, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	big, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	edFile, edText := writeKey(t, dir, "ed.pem", edKey)
	smallFile, smallText := writeKey(t, dir, "small.pem", small)
	// PKCS#1, the form openssl genrsa writes
	bigFile := filepath.Join(dir, "big.pem")
	if err := os.WriteFile(bigFile, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(big)}), 0o600); err != nil {
		t.Fatal(err)
	}
	notKey := filepath.Join(dir, "cert.pem")
	if err := os.WriteFile(notKey, []byte("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ok := DKIM{Domain: "example.org", Selector: "s2026", PrivateKeyFile: edFile}
	for _, tc := range []struct {
		name   string
		change func(*DKIM)
		want   []string // fields with problems
		fixHas string   // in the first problem's fix
	}{
		{"ed25519 file", func(*DKIM) {}, nil, ""},
		{"rsa 2048 pkcs1", func(d *DKIM) { d.PrivateKeyFile = bigFile }, nil, ""},
		{"ed25519 inline", func(d *DKIM) { d.PrivateKeyFile, d.PrivateKey = "", Secret(edText) }, nil, ""},
		{"canonicalization simple/relaxed", func(d *DKIM) { d.Canonicalization = "simple/relaxed" }, nil, ""},
		{"canonicalization one word", func(d *DKIM) { d.Canonicalization = "Simple" }, nil, ""},
		{"headers with from", func(d *DKIM) { d.Headers = []string{"from", "Subject"} }, nil, ""},
		{"nothing", func(d *DKIM) { *d = DKIM{} }, []string{"DKIM.Domain", "DKIM.Selector", "DKIM.PrivateKeyFile"}, "the domain whose DNS"},
		{"rsa 1024 file", func(d *DKIM) { d.PrivateKeyFile = smallFile }, []string{"DKIM.PrivateKeyFile"}, "2048-bit"},
		{"rsa 1024 inline", func(d *DKIM) { d.PrivateKeyFile, d.PrivateKey = "", Secret(smallText) }, []string{"DKIM.PrivateKey"}, "2048-bit"},
		{"missing file", func(d *DKIM) { d.PrivateKeyFile = filepath.Join(dir, "none.pem") }, []string{"DKIM.PrivateKeyFile"}, "readable PEM"},
		{"not a key", func(d *DKIM) { d.PrivateKeyFile = notKey }, []string{"DKIM.PrivateKeyFile"}, "RSA of at least 2048 bits or Ed25519"},
		{"both keys", func(d *DKIM) { d.PrivateKey = Secret(edText) }, []string{"DKIM.PrivateKey"}, "only one"},
		{"placeholder", func(d *DKIM) { d.PrivateKeyFile, d.PrivateKey = "", Secret(redacted) }, []string{"DKIM.PrivateKey"}, "real value"},
		{"bad domain", func(d *DKIM) { d.Domain = "exa mple.org" }, []string{"DKIM.Domain"}, "example.org"},
		{"bad selector", func(d *DKIM) { d.Selector = "s_1 x" }, []string{"DKIM.Selector"}, "letters"},
		{"headers without from", func(d *DKIM) { d.Headers = []string{"Subject", "To"} }, []string{"DKIM.Headers"}, "add From"},
		{"bad canonicalization", func(d *DKIM) { d.Canonicalization = "relaxed/loose" }, []string{"DKIM.Canonicalization"}, "relaxed/relaxed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := validSMTP()
			d := ok
			tc.change(&d)
			s.DKIM = &d
			err := s.Validate()
			got := fields(t, err)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("problems in %q, want %q (%v)", got, tc.want, err)
			}
			if len(tc.want) > 0 {
				fe := FieldErrors(err)[0]
				if !strings.Contains(fe.Fix, tc.fixHas) {
					t.Errorf("fix %q lacks %q", fe.Fix, tc.fixHas)
				}
				if !strings.HasPrefix(fe.Key, "smtp.dkim.") {
					t.Errorf("key %q not under smtp.dkim", fe.Key)
				}
				if strings.Contains(err.Error(), "PRIVATE KEY") || strings.Contains(err.Error(), "MII") {
					t.Errorf("the error shows key material: %v", err)
				}
			}
		})
	}
}

func TestDKIMLoadKeyErrors(t *testing.T) {
	if _, err := (DKIM{}).LoadKey(); !errors.Is(err, ErrDKIMNoKey) {
		t.Errorf("no key: %v", err)
	}
	small, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	_, text := writeKey(t, t.TempDir(), "k.pem", small)
	if _, err := (DKIM{PrivateKey: Secret(text)}).LoadKey(); !errors.Is(err, ErrDKIMKeyTooSmall) || !strings.Contains(err.Error(), "1024") {
		t.Errorf("small key: %v", err)
	}
}

func TestDKIMCanonicalizationModes(t *testing.T) {
	for in, want := range map[string][3]string{
		"":               {"relaxed", "relaxed", "ok"},
		"simple":         {"simple", "simple", "ok"},
		"relaxed/simple": {"relaxed", "simple", "ok"},
		"SIMPLE/relaxed": {"simple", "relaxed", "ok"},
		"simple/":        {"simple", "relaxed", "ok"},
		"nofws":          {"nofws", "nofws", ""},
	} {
		h, b, ok := DKIM{Canonicalization: in}.CanonicalizationModes()
		okS := ""
		if ok {
			okS = "ok"
		}
		if [3]string{h, b, okS} != want {
			t.Errorf("%q: %s/%s %v, want %v", in, h, b, ok, want)
		}
	}
}

func TestDKIMFromEnv(t *testing.T) {
	env := map[string]string{
		"TASKMAIL_SMTP_DKIM_DOMAIN":   "example.org",
		"TASKMAIL_SMTP_DKIM_SELECTOR": "s1",
		"TASKMAIL_SMTP_DKIM_HEADERS":  "From, Subject",
	}
	var f File
	if err := ApplyEnv(&f, func(k string) (string, bool) { v, ok := env[k]; return v, ok }); err != nil {
		t.Fatal(err)
	}
	if f.SMTP.DKIM == nil || f.SMTP.DKIM.Selector != "s1" || !slices.Equal(f.SMTP.DKIM.Headers, []string{"From", "Subject"}) {
		t.Errorf("DKIM from the environment: %+v", f.SMTP.DKIM)
	}
}
