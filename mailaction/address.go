package mailaction

import (
	"errors"
	"net"
	"net/mail"
	"strconv"
	"strings"
	"unicode/utf8"

	// golang.org/x/net is in the core module for idna alone: a domain
	// in Unicode (an IDN) must go on the wire as A-labels ("xn--..."),
	// and the standard library has no IDNA mapping.
	"golang.org/x/net/idna"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// mailbox is one address in the forms the wire needs.
type mailbox struct {
	envelope string // for MAIL FROM and RCPT TO: RFC 5321 Mailbox, local part quoted when it must be, domain in A-labels
	header   string // for the headers: the local part as net/mail gives it (unquoted) and the A-label domain; mail.Address.String quotes it
	utf8     bool   // the local part is not ASCII: only a server offering SMTPUTF8 may take it
}

// The reasons an address cannot go into an envelope.
var (
	errLocalPartEmpty   = errors.New("the local part (before the @) is empty")
	errLocalPartBracket = errors.New("the local part holds < or >, which would end the address in MAIL FROM or RCPT TO")
	errLocalPartControl = errors.New("the local part holds a control character (CR, LF, NUL, TAB or another), which no SMTP mailbox may hold")
	errLocalPartUTF8    = errors.New("the local part is not valid UTF-8")
	errNoDomain         = errors.New("the address has no domain")
	errDomain           = errors.New("the domain is not a host name or an address literal")
)

// parseMailbox turns a bare address as net/mail returns it (local part
// unquoted, so `"a b"@example.org` comes as `a b@example.org`) into the
// forms the envelope and the headers need. It refuses, before anything is
// sent, a local part that could change the command it is written into
// (angle brackets, line breaks) or that no RFC 5321 Mailbox can hold
// (control characters), and a domain that is not a host name (converted
// to A-labels when it is an IDN) or an IP address literal.
func parseMailbox(addr string) (mailbox, error) {
	local, domain, err := splitAddress(addr)
	if err != nil {
		return mailbox{}, err
	}
	var mb mailbox
	if local == "" {
		return mb, errLocalPartEmpty
	}
	if !utf8.ValidString(local) {
		return mb, errLocalPartUTF8
	}
	for _, r := range local {
		switch {
		case r == '<' || r == '>':
			return mb, errLocalPartBracket
		case r < ' ' || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return mb, errLocalPartControl
		case r >= utf8.RuneSelf:
			mb.utf8 = true
		}
	}
	domain, err = asciiDomain(domain)
	if err != nil {
		return mb, err
	}
	mb.envelope = quoteLocal(local) + "@" + domain
	mb.header = local + "@" + domain
	return mb, nil
}

// splitAddress splits a bare address at the @ before its domain. The
// local part may hold @ itself (it was quoted); the domain may not,
// except inside an address literal, which is taken whole.
func splitAddress(addr string) (local, domain string, err error) {
	at := strings.LastIndexByte(addr, '@')
	if strings.HasSuffix(addr, "]") {
		at = strings.LastIndex(addr, "@[")
	}
	if at < 0 || at == len(addr)-1 {
		return "", "", errNoDomain
	}
	return addr[:at], addr[at+1:], nil
}

// asciiDomain returns domain as it may go on the wire: a host name of
// letters, digits and hyphens (an IDN converted to A-labels), or an IPv4
// or IPv6 address literal (RFC 5321 §4.1.3).
func asciiDomain(domain string) (string, error) {
	if strings.HasPrefix(domain, "[") {
		lit := strings.TrimSuffix(strings.TrimPrefix(domain, "["), "]")
		if v6, ok := strings.CutPrefix(lit, "IPv6:"); ok {
			if ip := net.ParseIP(v6); ip != nil && ip.To4() == nil {
				return domain, nil
			}
		} else if ip := net.ParseIP(lit); ip != nil && ip.To4() != nil && !strings.Contains(lit, ":") {
			return domain, nil
		}
		return "", errDomain
	}
	ascii := true
	for i := 0; i < len(domain); i++ {
		if domain[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		a, err := idna.Lookup.ToASCII(domain)
		if err != nil {
			return "", errors.Join(errDomain, err)
		}
		domain = a
	}
	// A host name: labels of letters, digits and hyphens (RFC 5321
	// §4.1.2 Domain). ASCII domains are kept as written (case included),
	// so that what the caller reads back in Result is what it gave.
	for _, label := range strings.Split(strings.TrimSuffix(domain, "."), ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return "", errDomain
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
				return "", errDomain
			}
		}
	}
	return domain, nil
}

// quoteLocal returns local as an RFC 5321 Local-part: as it is when it is
// a Dot-string, else a Quoted-string with " and \ escaped. local holds
// no control character (parseMailbox refused those).
func quoteLocal(local string) string {
	if isDotString(local) {
		return local
	}
	var b strings.Builder
	b.Grow(len(local) + 4)
	b.WriteByte('"')
	for i := 0; i < len(local); i++ {
		if c := local[i]; c == '"' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(local[i])
	}
	b.WriteByte('"')
	return b.String()
}

// isDotString reports whether s is atoms of atext joined by single dots
// (RFC 5321 Dot-string; RFC 6531 lets atext hold any non-ASCII character).
func isDotString(s string) bool {
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.':
		case strings.IndexByte("!#$%&'*+-/=?^_`{|}~", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// parseAddress parses one address given in field, as the headers and the
// envelope need it: the parsed address with its domain in A-labels, and
// its envelope form. Every failure is a syntax_error naming the field.
func parseAddress(field, value string) (*mail.Address, mailbox, *mailerrors.Error) {
	a, err := mail.ParseAddress(value)
	if err != nil {
		return nil, mailbox{}, addressError(field, value, err)
	}
	mb, err := parseMailbox(a.Address)
	if err != nil {
		return nil, mailbox{}, envelopeError(field, value, err)
	}
	return &mail.Address{Name: a.Name, Address: mb.header}, mb, nil
}

// errNoSMTPUTF8 is the cause when a message needs SMTPUTF8 and the
// server does not offer it.
var errNoSMTPUTF8 = errors.New("the server does not offer SMTPUTF8")

// noSMTPUTF8Error refuses, before MAIL, a message with addresses whose
// local part is not ASCII, for a server without SMTPUTF8: it would take
// the raw UTF-8 for something else, or mangle it. Sending again does not
// help.
func noSMTPUTF8Error(server string, addrs []string) *mailerrors.Error {
	e := mailerrors.New(mailerrors.KindSyntaxError, mailerrors.StageMail, errNoSMTPUTF8)
	e.Server, e.Temporary = server, false
	e.Text = errNoSMTPUTF8.Error() + " (RFC 6531), so an address whose local part is not ASCII cannot be sent: " +
		strings.Join(addrs, ", ") + "; nothing was sent"
	return e
}

// smtputf8Hint leads the hints of noSMTPUTF8Error.
var smtputf8Hint = mailerrors.Hint{
	Text: "Use an ASCII address (the part before the @ in plain letters, digits and . _ + -), or send through a server that offers SMTPUTF8",
}

// envelopeError reports an address that parses but cannot be written
// into an SMTP envelope.
func envelopeError(field, value string, err error) *mailerrors.Error {
	hint := "Write " + field + " as local@domain with a local part of letters, digits and . _ + - (quoted local parts may also hold spaces)"
	if errors.Is(err, errLocalPartBracket) || errors.Is(err, errLocalPartControl) {
		return messageError(mailerrors.KindSyntaxError,
			"envelope injection refused: "+field+" "+strconv.Quote(value)+" cannot be sent: "+err.Error()+"; nothing was sent",
			hint, err)
	}
	return messageError(mailerrors.KindSyntaxError,
		field+" "+strconv.Quote(value)+" cannot be sent: "+err.Error(), hint, err)
}
