package pop3

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// ReplyError is a -ERR reply from the server.
type ReplyError struct {
	Command string // the command that got the reply ("PASS", "STAT"), never its arguments
	Code    string // the RFC 2449 response code in brackets ("AUTH", "IN-USE", "SYS/TEMP"), "" when absent
	Text    string // the server's words after "-ERR", response code included
}

// Error returns "pop3: COMMAND: -ERR text".
func (e *ReplyError) Error() string {
	if e.Command == "" {
		return "pop3: -ERR " + e.Text
	}
	return "pop3: " + e.Command + ": -ERR " + e.Text
}

// Temporary reports whether the response code says that trying again later
// may succeed (SYS/TEMP, IN-USE, LOGIN-DELAY).
func (e *ReplyError) Temporary() bool {
	switch strings.ToUpper(e.Code) {
	case "SYS/TEMP", "IN-USE", "LOGIN-DELAY":
		return true
	}
	return false
}

// ErrProtocol is wrapped by errors for replies that are neither +OK nor
// -ERR, or are otherwise malformed.
var ErrProtocol = errors.New("pop3: protocol error")

// newReplyError parses the text after "-ERR".
func newReplyError(command, text string) *ReplyError {
	e := &ReplyError{Command: command, Text: text}
	if strings.HasPrefix(text, "[") {
		if i := strings.IndexByte(text, ']'); i > 0 {
			e.Code = text[1:i]
		}
	}
	return e
}

// wrapError returns the *mailerrors.Error for cause, met talking to server.
func wrapError(server string, cause error) *mailerrors.Error {
	var me *mailerrors.Error
	if errors.As(cause, &me) {
		return me
	}
	e := &mailerrors.Error{
		Kind:      mailerrors.KindPOPFailed,
		Stage:     mailerrors.StagePOP,
		Server:    server,
		Temporary: temporary(cause),
		Err:       cause,
	}
	var re *ReplyError
	if errors.As(cause, &re) {
		e.Text = re.Text
	}
	return e
}

// temporary decides whether a failure may go away by itself: a -ERR by its
// response code (a plain -ERR, such as a wrong password, is permanent);
// certificate problems, protocol errors and missing STLS or APOP are
// permanent; other network failures and timeouts are temporary. A
// cancelled context is not.
func temporary(cause error) bool {
	var re *ReplyError
	if errors.As(cause, &re) {
		return re.Temporary()
	}
	if errors.Is(cause, context.Canceled) {
		return false
	}
	var (
		verr *tls.CertificateVerificationError
		herr x509.HostnameError
		uerr x509.UnknownAuthorityError
		cerr x509.CertificateInvalidError
		rerr tls.RecordHeaderError
	)
	if errors.As(cause, &verr) || errors.As(cause, &herr) || errors.As(cause, &uerr) ||
		errors.As(cause, &cerr) || errors.As(cause, &rerr) {
		return false
	}
	// A reply that is not POP3 usually means the wrong port (an SMTP or
	// IMAP server answered); waiting does not change that, nor a server
	// without STLS or APOP.
	if errors.Is(cause, ErrTLSNotOffered) || errors.Is(cause, ErrAPOPNotOffered) || errors.Is(cause, ErrProtocol) {
		return false
	}
	return true
}
