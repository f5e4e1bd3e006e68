package errors

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/textproto"
	"os"
	"strings"
	"syscall"
)

// FromError classifies any error met at stage: a *textproto.Error (read code
// and message from the value, never from Error()), a net.Error, a timeout or
// context deadline, a TLS/x509 failure, io.EOF/connection reset, or an
// *Error (returned as is; when its Stage is empty, a copy with Stage filled
// in, so that an *Error shared between callers is never modified). It returns nil for a
// nil err. The result wraps err.
//
// The kinds it gives:
//   - a *textproto.Error anywhere in the chain (what net/smtp and go-mail's
//     smtp package return for a server's reply): Classify of its code and
//     message;
//   - an error with ErrorCode() and EnhancedStatusCode() methods (go-mail's
//     *SendError), when it carries a code: classified by those codes;
//   - context.DeadlineExceeded, os.ErrDeadlineExceeded or a net.Error whose
//     Timeout() is true: timeout, temporary;
//   - context.Canceled: timeout, NOT temporary. The caller gave up; trying
//     again is its decision, not a retry loop's. errors.Is(err,
//     context.Canceled) still holds through Unwrap;
//   - TLS record, alert and certificate errors (tls.RecordHeaderError,
//     tls.AlertError, *tls.CertificateVerificationError, the x509 errors,
//     and the "remote error"/"local error" *net.OpError crypto/tls returns
//     for alerts): tls_failed;
//   - a DNS failure, a refused, reset or aborted connection, a broken pipe,
//     an unreachable network, io.EOF or a closed connection: connection_failed
//     (the server's name not resolving is connection_failed too: it is the
//     server we could not reach, not a recipient's domain);
//   - anything else: by stage (connect: connection_failed, starttls:
//     tls_failed, config: invalid_config), else unknown.
//
// At StagePOP the kind is always pop_failed, temporary when the cause is.
func FromError(stage Stage, err error) *Error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) && e != nil {
		if e.Stage == "" {
			// e belongs to err's owner, who may share it: fill the stage
			// in a copy.
			cp := *e
			cp.Stage = stage
			return &cp
		}
		return e
	}
	var tp *textproto.Error
	if errors.As(err, &tp) && tp != nil {
		out := ClassifyReply(stage, replyFromTextproto(tp.Code, tp.Msg))
		out.Err = err
		return out
	}
	var coded interface {
		ErrorCode() int
		EnhancedStatusCode() string
	}
	if errors.As(err, &coded) && coded != nil && coded.ErrorCode() != 0 {
		out := ClassifyReply(stage, Reply{Code: coded.ErrorCode(), Enhanced: coded.EnhancedStatusCode()})
		out.Err = err
		return out
	}
	kind, temp := causeKind(err)
	switch {
	case stage == StagePOP:
		kind = KindPOPFailed
	case kind == "":
		switch stage {
		case StageConnect:
			kind, temp = KindConnectionFailed, true
		case StageStartTLS:
			kind = KindTLSFailed
		case StageConfig:
			kind = KindInvalidConfig
		default:
			kind = KindUnknown
		}
	}
	return &Error{Kind: kind, Stage: stage, Temporary: temp, Err: err, Hints: HintsFor(kind, nil)}
}

// replyFromTextproto rebuilds a Reply from a textproto.Error's fields:
// textproto joins the text of a multi-line reply with "\n", each line
// still starting with the enhanced code when the server sends one.
func replyFromTextproto(code int, msg string) Reply {
	r, _ := parse(msg, false)
	r.Code = code
	if strings.TrimSpace(msg) == "" {
		r.Text = ""
	}
	return r
}

// causeKind classifies a non-reply error by its type. It returns "" when
// the type says nothing.
func causeKind(err error) (Kind, bool) {
	if errors.Is(err, context.Canceled) {
		return KindTimeout, false
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return KindTimeout, true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne != nil && ne.Timeout() {
		return KindTimeout, true
	}
	if isTLSError(err) {
		return KindTLSFailed, false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return KindConnectionFailed, true
	}
	for _, target := range connErrors {
		if errors.Is(err, target) {
			return KindConnectionFailed, true
		}
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return KindConnectionFailed, true
	}
	return "", false
}

// causeTemporary says whether retrying may get past err: a temporary *Error
// in it, or a cause causeKind calls temporary.
func causeTemporary(err error) bool {
	if len(All(err)) > 0 {
		return IsTemporary(err)
	}
	_, temp := causeKind(err)
	return temp
}

// connErrors are the errors of a connection that failed or broke.
var connErrors = []error{
	syscall.ECONNREFUSED, syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE,
	syscall.EHOSTUNREACH, syscall.ENETUNREACH, syscall.ENETDOWN, syscall.ETIMEDOUT,
	io.EOF, io.ErrUnexpectedEOF, net.ErrClosed,
}

// isTLSError reports whether err comes from a TLS handshake or certificate
// check.
func isTLSError(err error) bool {
	var (
		rhe tls.RecordHeaderError
		ae  tls.AlertError
		cve *tls.CertificateVerificationError
		ech *tls.ECHRejectionError
		ua  x509.UnknownAuthorityError
		he  x509.HostnameError
		ci  x509.CertificateInvalidError
		sre x509.SystemRootsError
		ia  x509.InsecureAlgorithmError
		cv  x509.ConstraintViolationError
		uce x509.UnhandledCriticalExtension
		op  *net.OpError
	)
	switch {
	case errors.As(err, &rhe), errors.As(err, &ae), errors.As(err, &cve), errors.As(err, &ech),
		errors.As(err, &ua), errors.As(err, &he), errors.As(err, &ci), errors.As(err, &sre),
		errors.As(err, &ia), errors.As(err, &cv), errors.As(err, &uce):
		return true
	case errors.As(err, &op):
		// crypto/tls reports alerts as *net.OpError with these Ops.
		return op.Op == "remote error" || op.Op == "local error"
	}
	return false
}
