package mailaction

import (
	"context"
	"errors"
	"net/textproto"
	"strconv"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/popbsmtp"
	"github.com/taskmail/taskmail/internal/transport"
)

// errSenderClosed is the cause of the error Send returns after Close.
var errSenderClosed = errors.New("the sender is closed")

// classify turns any failure met at stage into a *mailerrors.Error for
// server. When ctx is done the failure is almost certainly the connection
// being closed by the context's watcher, so the context's error is what is
// reported: kind timeout for a deadline, and errors.Is(err,
// context.Canceled) for a cancellation.
func classify(ctx context.Context, stage mailerrors.Stage, server string, err error) *mailerrors.Error {
	var e *mailerrors.Error
	if cerr := ctx.Err(); cerr != nil && !isReply(err) {
		if errors.Is(cerr, context.DeadlineExceeded) {
			e = mailerrors.New(mailerrors.KindTimeout, stage, cerr)
		} else {
			e = mailerrors.FromError(stage, cerr)
		}
	} else {
		e = mailerrors.FromError(stage, err)
	}
	if e.Stage == "" {
		e.Stage = stage
	}
	if e.Server == "" {
		// e may be an *Error found inside err, shared with others: fill
		// in a copy.
		cp := *e
		cp.Server = server
		e = &cp
	}
	return e
}

// isReply reports whether err carries an SMTP reply from the server.
func isReply(err error) bool {
	var te *textproto.Error
	return errors.As(err, &te)
}

// replyCode returns the reply code in err, 0 when it holds none.
func replyCode(err error) int {
	var te *textproto.Error
	if errors.As(err, &te) {
		return te.Code
	}
	return 0
}

// retryable reports whether a failure is worth another attempt, by the
// rule engines use too (mailerrors.Retryable).
func retryable(e *mailerrors.Error) bool {
	if e == nil {
		return false
	}
	ok, _ := mailerrors.Retryable(e)
	return ok
}

// messageError returns an *Error about the message itself (never sent), with
// one hint saying what to change.
func messageError(kind mailerrors.Kind, text, hint string, cause error) *mailerrors.Error {
	e := mailerrors.New(kind, "", cause)
	e.Stage = ""
	e.Text = text
	e.Temporary = false
	e.Hints = []mailerrors.Hint{{Text: hint}}
	return e
}

// hintOptions describes the options a send used, for the hints.
func hintOptions(cfg config.SMTP, sender string, popLast time.Time, now time.Time) mailerrors.Options {
	o := mailerrors.Options{
		Host:              cfg.Host,
		Port:              cfg.Port,
		TLSMode:           string(cfg.TLS),
		AuthConfigured:    cfg.Auth.Username != "" && cfg.Auth.Mechanism != config.AuthNone,
		AuthMechanism:     string(cfg.Auth.Mechanism),
		Username:          cfg.Auth.Username,
		From:              cfg.From,
		Sender:            sender,
		HeloName:          cfg.HeloName,
		POPConfigured:     cfg.POPBeforeSMTP != nil,
		POPLastCheck:      popLast,
		AllowInsecureAuth: cfg.AllowInsecureAuth,
		Now:               now,
	}
	if cfg.POPBeforeSMTP != nil {
		o.POPWindow = cfg.POPBeforeSMTP.Window
	}
	return o
}

// combine returns nil, the one error, or a *multierror.Error of several.
func combine(errs []*mailerrors.Error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	me := &multierror.Error{Errors: make([]error, len(errs))}
	for i, e := range errs {
		me.Errors[i] = e
	}
	me.ErrorFormat = listErrors
	return me
}

// listErrors formats a multierror as "N failures: a; b; c" on one line, so
// that it reads well in logs.
func listErrors(errs []error) string {
	b := make([]byte, 0, 64*len(errs))
	b = strconv.AppendInt(b, int64(len(errs)), 10)
	b = append(b, " failures: "...)
	for i, e := range errs {
		if i > 0 {
			b = append(b, "; "...)
		}
		b = append(b, e.Error()...)
	}
	return string(b)
}

// refineHints orders e's hints for the options a send used. An error of
// the transport judgement keeps its own hints, written for these options
// already (the doctor gives the same); any other is refined by
// mailerrors.Refine.
func refineHints(e *mailerrors.Error, o mailerrors.Options) {
	if transport.Judged(e) {
		return
	}
	e.Refine(o)
	if e.Kind == mailerrors.KindPOPFailed {
		e.Hints = append(popbsmtp.Hints(e.Err), e.Hints...) // the doctor leads with the same
	}
}
