package config

import (
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"strings"
)

// DKIM holds the settings that sign every message with DKIM (RFC 6376):
// the signing domain, the selector under which the public key is published
// (selector._domainkey.domain TXT) and the private key, RSA of at least
// 2048 bits or Ed25519 (RFC 8463).
type DKIM struct {
	Domain         string `yaml:"domain" json:"domain"`                     // the signing domain (d=); required, usually From's domain
	Selector       string `yaml:"selector" json:"selector"`                 // the key's selector (s=); required
	PrivateKeyFile string `yaml:"private_key_file" json:"private_key_file"` // PEM file of the private key (PKCS#1, PKCS#8); or
	PrivateKey     Secret `yaml:"private_key" json:"private_key"`           // the PEM text itself; never printed or logged
	// Headers are the header fields signed (h=); empty: DefaultDKIMHeaders.
	// From must be among them.
	Headers []string `yaml:"headers" json:"headers"`
	// Canonicalization is header/body: relaxed/relaxed (default),
	// relaxed/simple, simple/relaxed or simple/simple; one word stands for
	// both.
	Canonicalization string `yaml:"canonicalization" json:"canonicalization"`
}

// DefaultDKIMHeaders are the header fields signed when DKIM.Headers is
// empty: those RFC 6376 section 5.4.1 recommends that taskmail writes.
var DefaultDKIMHeaders = []string{
	"From", "To", "Cc", "Subject", "Date", "Message-ID", "Reply-To",
	"MIME-Version", "Content-Type", "Content-Transfer-Encoding",
}

// MinDKIMRSABits is the smallest RSA key DKIM signing accepts: RFC 8301
// makes 1024 the floor, and the large receivers refuse anything below 2048.
const MinDKIMRSABits = 2048

// The DKIM canonicalization algorithms.
const (
	DKIMSimple  = "simple"
	DKIMRelaxed = "relaxed"
)

// Errors of DKIM.LoadKey, matched with errors.Is.
var (
	ErrDKIMNoKey       = errors.New("no DKIM private key: set private_key_file or private_key")
	ErrDKIMKeyNotPEM   = errors.New("no PEM private key found")
	ErrDKIMKeyType     = errors.New("the key is neither RSA nor Ed25519")
	ErrDKIMKeyTooSmall = fmt.Errorf("RSA key smaller than %d bits", MinDKIMRSABits)
)

// CanonicalizationModes returns the header and body canonicalization that
// d.Canonicalization names, relaxed for an empty part, and ok false when a
// part is neither simple nor relaxed.
func (d DKIM) CanonicalizationModes() (header, body string, ok bool) {
	c := strings.ToLower(strings.TrimSpace(d.Canonicalization))
	h, b, two := strings.Cut(c, "/")
	if !two {
		b = h
	}
	h, b = orRelaxed(h), orRelaxed(b)
	valid := func(s string) bool { return s == DKIMSimple || s == DKIMRelaxed }
	return h, b, valid(h) && valid(b)
}

func orRelaxed(s string) string {
	if s == "" {
		return DKIMRelaxed
	}
	return s
}

// SignedHeaders returns d.Headers, or DefaultDKIMHeaders when empty.
func (d DKIM) SignedHeaders() []string {
	if len(d.Headers) == 0 {
		return append([]string(nil), DefaultDKIMHeaders...)
	}
	return append([]string(nil), d.Headers...)
}

// LoadKey reads and parses the private key from PrivateKey, or else from
// the file at PrivateKeyFile. It refuses RSA keys under MinDKIMRSABits
// and keys of other types. Its errors never hold the key.
func (d DKIM) LoadKey() (crypto.Signer, error) {
	var data []byte
	switch {
	case d.PrivateKey.IsSet():
		data = []byte(d.PrivateKey.Reveal())
	case d.PrivateKeyFile != "":
		b, err := os.ReadFile(d.PrivateKeyFile)
		if err != nil {
			return nil, err
		}
		data = b
	default:
		return nil, ErrDKIMNoKey
	}
	return parseDKIMKey(data)
}

// parseDKIMKey parses the first PEM private key in data.
func parseDKIMKey(data []byte) (crypto.Signer, error) {
	var block *pem.Block
	for {
		block, data = pem.Decode(data)
		if block == nil {
			return nil, ErrDKIMKeyNotPEM
		}
		if strings.HasSuffix(block.Type, "PRIVATE KEY") {
			break
		}
	}
	var key any
	var err error
	switch block.Type {
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("%w (PEM block %q)", ErrDKIMKeyType, block.Type)
	}
	if err != nil {
		// x509's errors describe the structure, never the key's bytes.
		return nil, fmt.Errorf("%w: %w", ErrDKIMKeyNotPEM, err)
	}
	switch k := key.(type) {
	case *rsa.PrivateKey:
		if n := k.N.BitLen(); n < MinDKIMRSABits {
			return nil, fmt.Errorf("%w (it has %d)", ErrDKIMKeyTooSmall, n)
		}
		return k, nil
	case ed25519.PrivateKey:
		return k, nil
	}
	return nil, fmt.Errorf("%w (%T)", ErrDKIMKeyType, key)
}

// check reports the problems of d.
func (d DKIM) check(c *checker) {
	if d.Domain == "" {
		c.fail("domain", "Domain", "", "missing",
			"set it to the domain whose DNS publishes the key, usually the domain of from, such as example.org")
	} else if !validHostname(d.Domain, false) {
		c.fail("domain", "Domain", d.Domain, "not a domain name", "write a domain such as example.org")
	}
	if d.Selector == "" {
		c.fail("selector", "Selector", "", "missing",
			"set it to the selector the key is published under (selector._domainkey.domain TXT), such as taskmail2026")
	} else if !validHostname(d.Selector, false) {
		c.fail("selector", "Selector", d.Selector, "not a DNS label",
			"use letters, digits and hyphens, such as taskmail2026")
	}
	c.placeholder("private_key", "PrivateKey", d.PrivateKey)
	switch {
	case d.PrivateKey.IsSet() && d.PrivateKeyFile != "":
		c.fail("private_key", "PrivateKey", "", "set together with private_key_file",
			"set only one of "+c.k("private_key")+" and "+c.k("private_key_file"))
	case !d.PrivateKey.IsSet() && d.PrivateKeyFile == "":
		c.fail("private_key_file", "PrivateKeyFile", "", "missing",
			"point it at the PEM file of the private key (openssl genpkey -algorithm ed25519, or -algorithm RSA -pkeyopt rsa_keygen_bits:2048), or set "+c.k("private_key"))
	case d.PrivateKey.Reveal() == redacted:
		// reported above
	default:
		key, field, value := "private_key_file", "PrivateKeyFile", d.PrivateKeyFile
		if d.PrivateKey.IsSet() {
			key, field, value = "private_key", "PrivateKey", "" // never show a secret
		}
		if _, err := d.LoadKey(); err != nil {
			fix := "give a PEM private key (PKCS#1 or PKCS#8), RSA of at least 2048 bits or Ed25519"
			switch {
			case errors.Is(err, ErrDKIMKeyTooSmall):
				fix = "generate a 2048-bit key (openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048) and publish its public key under a new selector"
			case errors.Is(err, os.ErrNotExist), errors.Is(err, os.ErrPermission):
				fix = "point it at a readable PEM file of the private key"
			}
			c.fail(key, field, value, "cannot be used: "+errText(err), fix)
		}
	}
	if len(d.Headers) > 0 {
		from := false
		for _, h := range d.Headers {
			if strings.EqualFold(strings.TrimSpace(h), "From") {
				from = true
			}
		}
		if !from {
			c.fail("headers", "Headers", strings.Join(d.Headers, ","), "does not include From",
				"add From (RFC 6376 requires it), or leave it out for the default list")
		}
	}
	if _, _, ok := d.CanonicalizationModes(); !ok {
		c.fail("canonicalization", "Canonicalization", d.Canonicalization, "unknown canonicalization",
			"use relaxed/relaxed, relaxed/simple, simple/relaxed or simple/simple")
	}
}
