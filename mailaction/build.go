package mailaction

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"net/mail"
	"strconv"
	"strings"
	"unicode/utf8"

	gomail "github.com/wneessen/go-mail"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// prepared is a message ready for the wire: its envelope and its
// payload, built once per Send and reused as is by every attempt, so that
// a retried message is byte for byte the one first tried (same
// Message-ID, same Date, same MIME boundaries).
type prepared struct {
	sender    string   // envelope MAIL FROM, an RFC 5321 Mailbox (see parseMailbox)
	rcpts     []string // envelope RCPT TO, RFC 5321 Mailboxes, without duplicates
	utf8      []string // the addresses whose local part is not ASCII: they need SMTPUTF8
	body      *payload // the message with CRLF line ends: the BDAT payload; DATA stuffs it as it goes
	messageID string   // without angle brackets
}

// release returns the payload's buffer to the pool. p must not be used
// after.
func (p *prepared) release() {
	if p.body != nil {
		p.body.release()
		p.body = nil
	}
}

// reservedHeaders are set from Message fields; Message.Headers may not
// set them, so that no header is sent twice and the envelope and the
// headers cannot disagree.
var reservedHeaders = map[string]string{
	"from": "From", "to": "To", "cc": "Cc", "bcc": "Bcc", "reply-to": "ReplyTo",
	"subject": "Subject", "date": "Date", "message-id": "MessageID",
	"mime-version": "", "content-type": "", "content-transfer-encoding": "",
}

// prepare validates msg and builds its envelope and payload. Every problem
// is reported before anything is sent, as an *Error of kind syntax_error
// (a bad address, a header holding a line break, a bad header name) or
// invalid_config (no From anywhere, an attachment that cannot be read).
func (s *Sender) prepare(msg *Message) (*prepared, *mailerrors.Error) {
	if msg == nil {
		return nil, messageError(mailerrors.KindSyntaxError, "no message to send", "Pass a non-nil *Message", nil)
	}
	if e := checkLineBreaks(msg); e != nil {
		return nil, e
	}

	from := msg.From
	if from == "" {
		from = s.cfg.From
	}
	if from == "" {
		return nil, messageError(mailerrors.KindInvalidConfig, "no From address",
			"Set From in the options or in the message", nil)
	}
	p := &prepared{}
	fromAddr, fromMB, e := parseAddress("From", from)
	if e != nil {
		return nil, e
	}
	p.needs(fromMB)
	// EnvelopeSender is the bare address of Sender (explicit, or defaulted
	// from From); MAIL FROM takes no display name.
	if !s.senderSet && msg.From != "" {
		// No explicit envelope sender: MAIL FROM follows the header From
		// the message actually carries.
		p.sender = fromMB.envelope
	} else {
		bare := s.cfg.EnvelopeSender()
		mb, err := parseMailbox(bare)
		if err != nil {
			return nil, envelopeError("Sender", bare, err)
		}
		p.needs(mb)
		p.sender = mb.envelope
	}

	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	m.FromMailAddress(fromAddr)

	to, e := s.parseList(p, "To", msg.To)
	if e != nil {
		return nil, e
	}
	cc, e := s.parseList(p, "Cc", msg.Cc)
	if e != nil {
		return nil, e
	}
	bcc, e := s.parseList(p, "Bcc", msg.Bcc)
	if e != nil {
		return nil, e
	}
	if len(to) > 0 {
		m.ToMailAddress(headerAddresses(to)...)
	}
	if len(cc) > 0 {
		m.CcMailAddress(headerAddresses(cc)...)
	}
	// Bcc goes into the envelope only, never into the headers.
	p.rcpts = envelopeRecipients(to, cc, bcc)
	if len(msg.Recipients) > 0 {
		only, e := onlyRecipients(p.rcpts, msg.Recipients)
		if e != nil {
			return nil, e
		}
		p.rcpts = only
	}
	if len(p.rcpts) == 0 {
		return nil, messageError(mailerrors.KindSyntaxError, "the message has no recipients",
			"Set at least one address in To, Cc or Bcc", nil)
	}

	if msg.ReplyTo != "" {
		rt, mb, e := parseAddress("ReplyTo", msg.ReplyTo)
		if e != nil {
			return nil, e
		}
		p.needs(mb)
		m.ReplyToMailAddress(rt)
	}
	m.Subject(foldableHeader(msg.Subject))

	p.messageID = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(msg.MessageID), "<"), ">")
	switch {
	case p.messageID == "" && msg.IdempotencyKey != "":
		p.messageID = keyedMessageID(msg.IdempotencyKey, domainOf(fromAddr.Address))
	case p.messageID == "":
		p.messageID = newMessageID(domainOf(fromAddr.Address))
	case strings.ContainsAny(p.messageID, " <>\t") || !strings.Contains(p.messageID, "@"):
		return nil, messageError(mailerrors.KindSyntaxError, "MessageID "+strconv.Quote(msg.MessageID)+" is not a message id",
			"Set MessageID to the form local@domain, or leave it empty to have one generated", nil)
	}
	m.SetMessageIDWithValue(p.messageID)
	date := msg.Date
	if date.IsZero() {
		date = s.o.now()
	}
	m.SetDateWithValue(date)

	switch msg.Priority {
	case PriorityHigh:
		m.SetImportance(gomail.ImportanceHigh)
	case PriorityLow:
		m.SetImportance(gomail.ImportanceLow)
	}
	for k, v := range msg.Headers {
		if e := checkHeaderName(k); e != nil {
			return nil, e
		}
		m.SetGenHeader(gomail.Header(k), foldableHeader(v))
	}

	body, e := buildPayload(m, msg)
	if e != nil {
		return nil, e
	}
	if s.dkim != nil {
		if e := s.dkim.sign(body); e != nil {
			body.release()
			return nil, e
		}
	}
	p.body = body
	return p, nil
}

// listEntry is one parsed recipient: for the header and for the envelope.
type listEntry struct {
	addr *mail.Address
	mb   mailbox
}

// parseList parses the addresses of one recipient field.
func (s *Sender) parseList(p *prepared, field string, list []string) ([]listEntry, *mailerrors.Error) {
	if len(list) == 0 {
		return nil, nil
	}
	out := make([]listEntry, 0, len(list))
	for i, v := range list {
		a, mb, e := parseAddress(field+"["+strconv.Itoa(i)+"]", v)
		if e != nil {
			return nil, e
		}
		p.needs(mb)
		out = append(out, listEntry{a, mb})
	}
	return out, nil
}

// needs records that mb is in the message, for the SMTPUTF8 check.
func (p *prepared) needs(mb mailbox) {
	if mb.utf8 {
		p.utf8 = append(p.utf8, mb.header)
	}
}

// headerAddresses returns the header forms of l.
func headerAddresses(l []listEntry) []*mail.Address {
	out := make([]*mail.Address, len(l))
	for i, e := range l {
		out[i] = e.addr
	}
	return out
}

// envelopeRecipients returns the envelope forms of to, cc and bcc, each
// once (compared without regard to case), in that order.
func envelopeRecipients(lists ...[]listEntry) []string {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]string, 0, n)
	for _, l := range lists {
	next:
		for _, a := range l {
			for _, seen := range out {
				if strings.EqualFold(seen, a.mb.envelope) {
					continue next
				}
			}
			out = append(out, a.mb.envelope)
		}
	}
	return out
}

// checkLineBreaks refuses a message with a CR, LF or NUL in any header
// value or address: such a value could add headers or recipients of its
// own (header injection). Bodies may hold any line breaks.
func checkLineBreaks(msg *Message) *mailerrors.Error {
	check := func(field, v string) *mailerrors.Error {
		if strings.ContainsAny(v, "\r\n\x00") {
			return messageError(mailerrors.KindSyntaxError,
				"header injection refused: "+field+" contains a line break (CR or LF); nothing was sent",
				"Remove line breaks from "+field+": header values and addresses must be one line", nil)
		}
		return nil
	}
	lists := [...]struct {
		name string
		vals []string
	}{{"To", msg.To}, {"Cc", msg.Cc}, {"Bcc", msg.Bcc}, {"Recipients", msg.Recipients}}
	for _, l := range lists {
		for i, v := range l.vals {
			if e := check(l.name+"["+strconv.Itoa(i)+"]", v); e != nil {
				return e
			}
		}
	}
	for _, f := range [...]struct{ name, val string }{
		{"From", msg.From}, {"ReplyTo", msg.ReplyTo}, {"Subject", msg.Subject}, {"MessageID", msg.MessageID},
	} {
		if e := check(f.name, f.val); e != nil {
			return e
		}
	}
	for k, v := range msg.Headers {
		if e := check("header name "+strconv.Quote(k), k); e != nil {
			return e
		}
		if e := check("Headers["+strconv.Quote(k)+"]", v); e != nil {
			return e
		}
	}
	for i, a := range msg.Attachments {
		if e := check("Attachments["+strconv.Itoa(i)+"].Name", a.Name); e != nil {
			return e
		}
		if e := check("Attachments["+strconv.Itoa(i)+"].ContentType", a.ContentType); e != nil {
			return e
		}
	}
	return nil
}

// checkHeaderName refuses a header name that is not an RFC 5322 field
// name, or one that a Message field sets.
func checkHeaderName(k string) *mailerrors.Error {
	if k == "" {
		return messageError(mailerrors.KindSyntaxError, "empty header name in Headers", "Remove the empty key from Headers", nil)
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c <= ' ' || c > '~' || c == ':' {
			return messageError(mailerrors.KindSyntaxError, "header name "+strconv.Quote(k)+" is not valid",
				"Use a header name of printable ASCII without spaces or colons", nil)
		}
	}
	if field, ok := reservedHeaders[strings.ToLower(k)]; ok {
		hint := "Remove " + k + " from Headers: taskmail sets it"
		if field != "" {
			hint = "Set " + k + " with Message." + field + " instead of Headers"
		}
		return messageError(mailerrors.KindSyntaxError, "header "+k+" cannot be set through Headers", hint, nil)
	}
	return nil
}

// addressError reports an address that does not parse.
func addressError(field, value string, err error) *mailerrors.Error {
	return messageError(mailerrors.KindSyntaxError, field+" "+strconv.Quote(value)+" is not an email address",
		"Write "+field+" as local@domain or \"Name <local@domain>\"", err)
}

// newMessageID returns a random message id in the sender's domain.
// go-mail's SetMessageID uses the local host name, which on a task runner
// is often a container id that says nothing and may not be unique.
func newMessageID(domain string) string {
	var r [16]byte
	_, _ = rand.Read(r[:]) // crypto/rand.Read never fails
	return messageIDOf(r, domain)
}

// keyedMessageID returns the message id for an idempotency key: the first
// 128 bits of its SHA-256, in hex, in the sender's domain. The same key
// and domain always give the same id; the key cannot be read back from it.
func keyedMessageID(key, domain string) string {
	sum := sha256.Sum256([]byte(key))
	return messageIDOf([16]byte(sum[:16]), domain)
}

// messageIDOf returns id, in hex, @ domain.
func messageIDOf(id [16]byte, domain string) string {
	b := make([]byte, 0, 2*len(id)+1+len(domain))
	b = hex.AppendEncode(b, id[:])
	b = append(b, '@')
	b = append(b, domain...)
	return string(b)
}

// onlyRecipients returns the envelope recipients of all that are in only
// (Message.Recipients), in the order of all; an address of only that is
// not among them is an error.
func onlyRecipients(all, only []string) ([]string, *mailerrors.Error) {
	keep := make([]bool, len(all))
	for i, v := range only {
		_, mb, e := parseAddress("Recipients["+strconv.Itoa(i)+"]", v)
		if e != nil {
			return nil, e
		}
		found := false
		for j, a := range all {
			if strings.EqualFold(a, mb.envelope) {
				keep[j], found = true, true
			}
		}
		if !found {
			return nil, messageError(mailerrors.KindSyntaxError, "Recipients["+strconv.Itoa(i)+"] "+strconv.Quote(v)+" is not in To, Cc or Bcc",
				"List in Recipients only addresses of To, Cc or Bcc", nil)
		}
	}
	out := make([]string, 0, len(only))
	for j, a := range all {
		if keep[j] {
			out = append(out, a)
		}
	}
	return out, nil
}

// domainOf returns the domain of a bare address, "localhost" when it has
// none.
func domainOf(addr string) string {
	if i := strings.LastIndexByte(addr, '@'); i >= 0 && i < len(addr)-1 {
		return addr[i+1:]
	}
	return "localhost"
}

// maxHeaderWord is the longest run without a space that a header value may
// hold as is. go-mail folds header lines at spaces only (and encodes
// non-ASCII text as RFC 2047 encoded-words, which it can fold between), so
// a longer run would make a line over the 998 octets RFC 5322 §2.1.1
// allows.
const maxHeaderWord = 900

// foldableHeader returns v unchanged, or, when it holds a run of printable
// ASCII too long to fold (see maxHeaderWord), v as a row of RFC 2047
// encoded-words separated by spaces, where the header can be folded. A
// reader decodes it back to v exactly: the spaces between encoded-words
// are not part of the text.
func foldableHeader(v string) string {
	run := 0
	long := false
	for i := 0; i < len(v) && !long; i++ {
		if v[i] == ' ' || v[i] == '\t' {
			run = 0
		} else if run++; run > maxHeaderWord {
			long = true
		}
	}
	if !long {
		return v
	}
	// Base64 encoded-words of at most 45 bytes of text: 60 characters of
	// Base64 and 12 of "=?UTF-8?B?" and "?=", under the 75 RFC 2047 allows.
	// Each holds whole characters, as RFC 2047 §5 requires.
	const chunk = 45
	var b strings.Builder
	for len(v) > 0 {
		n := min(chunk, len(v))
		for n < len(v) && n > 0 && !utf8.RuneStart(v[n]) {
			n--
		}
		if n == 0 {
			n = min(chunk, len(v))
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("=?UTF-8?B?")
		b.WriteString(base64.StdEncoding.EncodeToString([]byte(v[:n])))
		b.WriteString("?=")
		v = v[n:]
	}
	return b.String()
}
