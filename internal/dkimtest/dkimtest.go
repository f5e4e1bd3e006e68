package dkimtest

import (
	"bytes"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/realservers"
)

// EnvOpenDKIM names the opendkim binary OpenDKIM runs.
const EnvOpenDKIM = "TASKMAIL_TEST_OPENDKIM"

// Key is a DKIM key pair and where its public half is published.
type Key struct {
	Domain, Selector string
	Signer           crypto.Signer
	File             string // the private key, PEM (PKCS#8), in a temporary folder
	TXT              string // the record at Name: v=DKIM1; k=...; p=...
}

// Name is the DNS name of k's TXT record.
func (k *Key) Name() string { return k.Selector + "._domainkey." + k.Domain }

// NewKey makes a key of the given algorithm ("ed25519", or "rsa" with
// bits) for selector._domainkey.domain.
func NewKey(t testing.TB, algo string, bits int, domain, selector string) *Key {
	t.Helper()
	var signer crypto.Signer
	var pub []byte
	var err error
	switch algo {
	case "ed25519":
		var pk ed25519.PublicKey
		var sk ed25519.PrivateKey
		pk, sk, err = ed25519.GenerateKey(rand.Reader)
		signer, pub = sk, pk
	case "rsa":
		var sk *rsa.PrivateKey
		if sk, err = rsa.GenerateKey(rand.Reader, bits); err == nil {
			signer = sk
			pub, err = x509.MarshalPKIXPublicKey(&sk.PublicKey)
		}
	default:
		t.Fatalf("dkimtest: unknown algorithm %q", algo)
	}
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(signer)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), selector+".pem")
	if err := os.WriteFile(file, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	return &Key{
		Domain: domain, Selector: selector, Signer: signer, File: file,
		TXT: fmt.Sprintf("v=DKIM1; k=%s; p=%s", algo, base64.StdEncoding.EncodeToString(pub)),
	}
}

// Options are DKIM options that sign with k and the given
// canonicalization ("" for the default).
func (k *Key) Options(canonicalization string) *config.DKIM {
	return &config.DKIM{Domain: k.Domain, Selector: k.Selector, PrivateKeyFile: k.File, Canonicalization: canonicalization}
}

// lookup answers TXT queries for the keys' names only.
func lookup(keys []*Key) func(string) ([]string, error) {
	return func(name string) ([]string, error) {
		for _, k := range keys {
			if strings.EqualFold(strings.TrimSuffix(name, "."), k.Name()) {
				return []string{k.TXT}, nil
			}
		}
		return nil, fmt.Errorf("dkimtest: no TXT record for %s", name)
	}
}

// Verify checks every DKIM signature of msg with go-msgauth, looking
// keys up among keys only, and returns the verifications.
func Verify(t testing.TB, msg []byte, keys ...*Key) []*dkim.Verification {
	t.Helper()
	vs, err := dkim.VerifyWithOptions(bytes.NewReader(msg), &dkim.VerifyOptions{LookupTXT: lookup(keys)})
	if err != nil {
		t.Fatalf("go-msgauth cannot read the message: %v", err)
	}
	return vs
}

// OpenDKIMPath returns the opendkim binary from EnvOpenDKIM. Without it
// t is skipped, or, when CI is set, failed.
func OpenDKIMPath(t testing.TB) string {
	t.Helper()
	p := realservers.Env(t, EnvOpenDKIM, "OpenDKIM not installed: run scripts/test (scripts/services/opendkim.sh)")
	return p
}

// OpenDKIM verifies msg with OpenDKIM (opendkim -t, in test mode: the
// public keys come from a file that holds keys, no DNS is asked) and
// returns the Authentication-Results it would add and its log, such as
// "verification (s=sel, d=example.org, 2048-bit key) succeeded".
func OpenDKIM(t testing.TB, msg []byte, keys ...*Key) (results, log string) {
	t.Helper()
	bin := OpenDKIMPath(t)
	dir := t.TempDir()
	var kb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&kb, "%s %s\n", k.Name(), k.TXT)
	}
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	keysFile := write("keys", kb.String())
	conf := write("opendkim.conf", "Syslog no\nMode v\nTestPublicKeys "+keysFile+"\n")
	msgFile := write("message.eml", string(msg))
	out, err := exec.Command(bin, "-x", conf, "-v", "-v", "-t", msgFile).CombinedOutput()
	if err != nil {
		t.Fatalf("opendkim -t: %v\n%s", err, out)
	}
	var res, lg []string
	for _, line := range strings.Split(string(out), "\n") {
		switch {
		case strings.Contains(line, "mlfi_"):
		case strings.HasPrefix(line, "### INSHEADER"), strings.HasPrefix(line, "\t"):
			res = append(res, strings.TrimSpace(line))
		case strings.Contains(line, "verification"):
			lg = append(lg, strings.TrimSpace(line))
		}
	}
	return strings.Join(res, " "), strings.Join(lg, "\n")
}
