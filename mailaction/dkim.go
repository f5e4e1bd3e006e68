package mailaction

import (
	"bytes"
	"errors"
	"fmt"
	"slices"

	"github.com/emersion/go-msgauth/dkim"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// dkimSigner signs payloads with the DKIM options of a Sender.
//
// go-mail (which writes the headers) has a DKIM signer since v0.8.0, but
// it signs a message held whole in memory (Sign(headers, body []byte)):
// a payload streams its attachments from their files and never holds them
// (see payload), so go-mail's signer would need the whole message
// buffered. go-msgauth's dkim.Signer is an io.Writer that hashes the body
// as it is written, so the payload is written to it once and the
// signature prepended, with attachments still read from disk as they go.
type dkimSigner struct {
	opts dkim.SignOptions
}

// newDKIMSigner loads d's key. d has passed config's Validate.
func newDKIMSigner(d *config.DKIM) (*dkimSigner, error) {
	key, err := d.LoadKey()
	if err != nil {
		return nil, err
	}
	h, b, ok := d.CanonicalizationModes()
	if !ok {
		return nil, fmt.Errorf("unknown DKIM canonicalization %q", d.Canonicalization)
	}
	return &dkimSigner{opts: dkim.SignOptions{
		Domain:                 d.Domain,
		Selector:               d.Selector,
		Signer:                 key,
		HeaderCanonicalization: dkim.Canonicalization(h),
		BodyCanonicalization:   dkim.Canonicalization(b),
		HeaderKeys:             d.SignedHeaders(),
	}}, nil
}

// sign computes p's DKIM-Signature field and puts it first in p. The
// payload's bytes do not change after (a retry sends the same signed
// message).
func (d *dkimSigner) sign(p *payload) *mailerrors.Error {
	unfoldFirstLines(p)
	opts := d.opts
	s, err := dkim.NewSigner(&opts)
	if err == nil {
		if err = p.writeTo(s); err != nil {
			_ = s.Close()
		} else {
			err = s.Close()
		}
	}
	if err != nil {
		var se *sourceError
		if errors.As(err, &se) {
			return messageError(mailerrors.KindInvalidConfig, se.Error(), "Check the attachment's Path", err)
		}
		e := messageError(mailerrors.KindInvalidConfig, "cannot sign the message with DKIM: "+err.Error(),
			"Check the DKIM options", err)
		e.Hints[0].Field = "DKIM"
		return e
	}
	sig := s.Signature()
	p.lit = slices.Insert(p.lit, 0, []byte(sig)...)
	for i := range p.atts {
		p.atts[i].at += len(sig)
	}
	p.size += int64(len(sig))
	return nil
}

// unfoldFirstLines joins a header field whose value starts on the next
// line ("Subject:" CRLF " =?UTF-8?q?...", as go-mail folds a long encoded
// subject) into one first line ("Subject: =?UTF-8?q?..."): the same field
// (RFC 5322 unfolding only drops the CRLF), but verifiers that see the
// headers through the milter protocol, OpenDKIM among them, lose the
// CRLF after the colon and fail a simple-canonicalized signature over it.
func unfoldFirstLines(p *payload) {
	end := bytes.Index(p.lit, []byte("\r\n\r\n"))
	if end < 0 {
		return
	}
	head := p.lit[:end+2]
	if !bytes.Contains(head, []byte(":\r\n ")) && !bytes.Contains(head, []byte(":\r\n\t")) {
		return
	}
	out := make([]byte, 0, len(p.lit))
	lines := bytes.SplitAfter(head, []byte("\r\n"))
	for i, line := range lines {
		body := bytes.TrimSuffix(line, []byte("\r\n"))
		folded := i+1 < len(lines) && len(lines[i+1]) > 0 && (lines[i+1][0] == ' ' || lines[i+1][0] == '\t')
		if folded && len(body) > 0 && body[0] != ' ' && body[0] != '\t' && bytes.IndexByte(body, ':') == len(body)-1 {
			out = append(out, body...) // the CRLF goes; the next line's space stays
			continue
		}
		out = append(out, line...)
	}
	removed := len(head) - len(out)
	out = append(out, p.lit[end+2:]...)
	p.lit = out // the pooled buffer keeps its own backing array
	for i := range p.atts {
		p.atts[i].at -= removed
	}
	p.size -= int64(removed)
}
