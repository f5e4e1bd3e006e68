package diagnose

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// StepDKIM checks the DKIM options: that the key loads and, when DNS
// answers, that the selector's TXT record publishes its public half. It
// runs only when the options set DKIM.
const StepDKIM = "dkim"

// TXTResolver is a Resolver that can also look up TXT records (the DKIM
// check needs them). *net.Resolver is one; a Resolver without LookupTXT
// leaves the record unchecked, with a note.
type TXTResolver interface {
	LookupTXT(ctx context.Context, name string) ([]string, error)
}

// checkDKIM loads the DKIM key and compares it with the published record.
// A record that is missing or holds another key is a warning: the send
// still goes, but receivers see a signature that fails (dkim=fail or
// permerror), as good as none.
func (s *session) checkDKIM(st *Step) bool {
	d := s.cfg.DKIM
	keyHint := mailerrors.Hint{Text: "Point dkim.private_key_file at a PEM private key, RSA of at least 2048 bits or Ed25519.", Field: "DKIM.PrivateKeyFile"}
	key, err := d.LoadKey()
	if err != nil {
		st.Detail = "the DKIM key cannot be used: " + err.Error()
		s.failWith(st, mailerrors.KindInvalidConfig, keyHint)
		return true
	}
	record, algo, err := dkimRecord(key.Public())
	if err != nil {
		st.Detail = "the DKIM key cannot be used: " + err.Error()
		s.failWith(st, mailerrors.KindInvalidConfig, keyHint)
		return true
	}
	name := d.Selector + "._domainkey." + d.Domain
	h, b, _ := d.CanonicalizationModes()
	summary := fmt.Sprintf("signing as d=%s s=%s with a %s key, c=%s/%s", d.Domain, d.Selector, algo, h, b)
	publish := mailerrors.Hint{Text: fmt.Sprintf("Publish this TXT record at %s: %s", name, record), Field: "DKIM.Selector"}

	r, ok := s.opts.resolver().(TXTResolver)
	if !ok {
		st.Detail = summary + "\nthe TXT record at " + name + " was not checked: the resolver cannot look up TXT records"
		return true
	}
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout)
	defer cancel()
	txts, err := r.LookupTXT(ctx, name)
	var dnsErr *net.DNSError
	switch {
	case err != nil && errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		st.Detail = fmt.Sprintf("no TXT record at %s: receivers cannot verify the signature\n%s", name, summary)
		st.Status, st.Kind = StatusWarning, mailerrors.KindPolicyRejected
		st.Hints = append(st.Hints, publish)
		return true
	case err != nil:
		st.Detail = fmt.Sprintf("%s\nDNS did not answer (%v): the TXT record at %s was not checked", summary, err, name)
		return true
	}
	published, found := publishedKey(txts)
	switch {
	case !found:
		st.Detail = fmt.Sprintf("the TXT records at %s hold no DKIM key (p=): receivers cannot verify the signature\n%s", name, summary)
	case published == "":
		st.Detail = fmt.Sprintf("the key at %s is revoked (empty p=)\n%s", name, summary)
	case published != record[strings.Index(record, "p=")+2:]:
		st.Detail = fmt.Sprintf("the TXT record at %s publishes another key: receivers will fail the signature\n%s", name, summary)
	default:
		st.Detail = fmt.Sprintf("%s\nthe TXT record at %s publishes this key", summary, name)
		return true
	}
	st.Status, st.Kind = StatusWarning, mailerrors.KindPolicyRejected
	st.Hints = append(st.Hints, publish)
	return true
}

// dkimRecord returns the TXT record that publishes pub (RFC 6376 section
// 3.6.1, RFC 8463) and the key's description.
func dkimRecord(pub crypto.PublicKey) (record, algo string, err error) {
	switch k := pub.(type) {
	case ed25519.PublicKey:
		return "v=DKIM1; k=ed25519; p=" + base64.StdEncoding.EncodeToString(k), "Ed25519", nil
	case *rsa.PublicKey:
		der, err := x509.MarshalPKIXPublicKey(k)
		if err != nil {
			return "", "", err
		}
		return "v=DKIM1; k=rsa; p=" + base64.StdEncoding.EncodeToString(der), fmt.Sprintf("%d-bit RSA", k.N.BitLen()), nil
	}
	return "", "", fmt.Errorf("unsupported key type %T", pub)
}

// publishedKey returns the p= tag of the first DKIM key record among
// txts (a record may come in several strings, joined as they are), with
// whitespace removed, and whether there was one.
func publishedKey(txts []string) (string, bool) {
	for _, t := range txts {
		for tag := range strings.SplitSeq(t, ";") {
			k, v, ok := strings.Cut(tag, "=")
			if ok && strings.TrimSpace(k) == "p" {
				return string(bytes.Join(bytes.Fields([]byte(v)), nil)), true
			}
		}
	}
	return "", false
}
