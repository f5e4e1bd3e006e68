package mailaction

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/popbsmtp"
)

var zeroTime time.Time

// Send sends msg and reports what happened. It always returns a Result,
// also on failure (Attempts and Rejected say what was tried). msg is not
// modified; the Message-ID generated for it (when msg.MessageID is empty)
// is in Result.MessageID, the same across every retry of the call.
//
// The error is nil when every recipient got the message. Otherwise it is
// an *mailerrors.Error, or a *multierror.Error of them when several
// recipients were refused, each with the stage, the server's reply, the
// recipient and hints. Under the best-effort recipient policy (the
// default) the message still goes to the recipients the server accepted:
// Result.Accepted lists them and Result.Rejected the others. Under
// all-or-nothing nothing is delivered unless every recipient is accepted.
// If every recipient is refused, nothing is delivered.
//
// Temporary failures are retried with exponential backoff as cfg.Retry
// says, waiting at least GreylistDelay after greylisting; permanent ones
// are returned at once. In best-effort mode only the recipients that
// failed temporarily are tried again, so nobody gets the message twice
// once the server has replied 250 to its DATA (or BDAT). One case is
// ambiguous: the connection is lost after the whole message went out (the
// final dot of DATA, or the BDAT chunk with its commands), or the reply
// to it does not come within cfg.DataTimeout (10 minutes by default, as
// RFC 5321 §4.5.3.2.6 asks). The server may have taken the message, or
// not (§4.1.1.4, §6.1: it takes responsibility only with its reply);
// losing an alert is the worse outcome, so Send sends it again, but only
// cfg.Retry.MaxAmbiguous times (once by default; -1: never), whatever
// MaxAttempts says. A recipient may then get it twice, never more often
// from one call, and Result.MaybeDuplicated is set so that the caller can
// tell, also when Send gives up (the message may have been delivered:
// sending it again may make a duplicate). On Unix a pooled connection is
// reused only after a look at its socket finds it open; one that fails before
// anything of the message was written is replaced at once, and counts as
// no attempt.
//
// With POP-before-SMTP configured, Send runs the POP3 login when its
// window has passed, and after a relay denial runs it once more and
// retries once. A login that fails temporarily (the POP3 server down or
// slow) is retried like any temporary failure, with the same attempts and
// backoff; when the login after a relay denial keeps failing so, the
// denial is returned as temporary too, since it lasts only until the POP3
// server answers.
//
// ctx bounds the whole call, connection and waits included: when it ends
// Send returns at once with an error of kind timeout (deadline) or one
// for which errors.Is(err, context.Canceled) holds.
func (s *Sender) Send(ctx context.Context, msg *Message) (res *Result, err error) {
	start := s.o.now()
	res = &Result{Server: s.addr, AllOrNothing: s.cfg.RecipientPolicy == config.RecipientsAllOrNothing}
	if o := s.o.observer; o != nil && o.SendStart != nil {
		if c := o.SendStart(ctx, SendStartInfo{Server: s.addr}); c != nil {
			ctx = c
		}
	}
	defer func() {
		res.Duration = s.o.now().Sub(start)
		s.stats.sent(err)
		if o := s.o.observer; o != nil && o.SendDone != nil {
			o.SendDone(ctx, SendDoneInfo{Result: res, Err: err})
		}
	}()
	if s.closed.Load() {
		return res, closedError(s.addr)
	}
	p, e := s.prepare(msg)
	if e != nil {
		return res, e
	}
	defer p.release()
	res.MessageID = p.messageID

	var failed []*mailerrors.Error
	if s.cfg.Delivery == config.DeliveryDirect {
		res.Server = ""
		failed = s.deliverDirect(ctx, p, res)
	} else {
		failed = s.deliver(ctx, p, res)
	}
	for _, e := range failed {
		if e.Recipient != "" {
			res.Rejected = append(res.Rejected, e.Recipient)
		}
	}
	if len(failed) == 0 {
		s.o.logger.LogAttrs(ctx, slog.LevelDebug, "message sent",
			slog.String("message_id", res.MessageID), slog.String("server", s.addr),
			slog.Int("recipients", len(res.Accepted)), slog.Int("attempts", res.Attempts))
		return res, nil
	}
	return res, combine(failed)
}

// disposition is what to do about one failure.
type disposition int

const (
	final    disposition = iota // give up
	later                       // retry after a backoff wait
	afterPOP                    // retry at once after a fresh POP3 login
)

// deliver runs attempts until every recipient is delivered or given up,
// and returns the failures given up on, with their hints.
func (s *Sender) deliver(ctx context.Context, p *prepared, res *Result) []*mailerrors.Error {
	allOrNothing := s.cfg.RecipientPolicy == config.RecipientsAllOrNothing
	bo := s.newBackOff()
	start := s.o.now()
	pending := p.rcpts
	var failed []*mailerrors.Error
	var popLast time.Time
	popRetried := false
	ambiguous := 0                // attempts whose outcome is unknown
	var unknown *mailerrors.Error // the failure of the last attempt whose outcome is unknown
	// POP-before-SMTP: the next login is the forced one after a relay
	// denial; the failures that wait on it; why it last failed.
	forcePOP := false
	var popWaiting []*mailerrors.Error
	reloginErr := ""
	authOffered := mailerrors.AuthOfferUnknown

	refine := func(errs []*mailerrors.Error) []*mailerrors.Error {
		ho := hintOptions(s.cfg, p.sender, popLast, s.o.now())
		ho.AuthOffered, ho.POPReloginError, ho.POPServerWindow = authOffered, reloginErr, s.pop.serverWindow()
		for _, e := range errs {
			s.noteWait(e)
			if !errors.Is(e.Err, errSenderClosed) {
				refineHints(e, ho)
				refineOAuthHints(s.cfg, e) // oauth.go
				if e == unknown {
					e.Hints = append([]mailerrors.Hint{ambiguousHint}, e.Hints...)
				}
				if errors.Is(e.Err, errNoSMTPUTF8) {
					e.Hints = append([]mailerrors.Hint{smtputf8Hint}, e.Hints...)
				}
			}
		}
		return errs
	}
	dispose := func(e *mailerrors.Error) disposition {
		switch {
		case retryable(e):
			return later
		case e.Kind == mailerrors.KindRelayDenied && s.pop != nil && !popRetried:
			return afterPOP
		}
		return final
	}

	for {
		res.Attempts++
		if s.pop != nil {
			last, err := s.pop.Check(ctx, forcePOP)
			if err != nil {
				pe := popError(ctx, err)
				if forcePOP {
					reloginErr = popbsmtp.Cause(pe)
				}
				if retryable(pe) && ctx.Err() == nil {
					if d := bo.NextBackOff(); d != stopBackOff {
						s.o.logger.LogAttrs(ctx, slog.LevelWarn, "POP-before-SMTP login failed temporarily, will retry",
							slog.String("message_id", p.messageID), slog.String("pop_server", pe.Server),
							slog.Int("attempt", res.Attempts), slog.Duration("wait", d))
						if err := s.o.sleep(ctx, d); err != nil {
							return refine(append(append(failed, popWaiting...), withCause(ctx, []*mailerrors.Error{pe}, mailerrors.StagePOP, pe.Server, err)...))
						}
						continue
					}
				}
				for i, e := range popWaiting {
					// They last as long as the login fails.
					cp := *e
					cp.Temporary = cp.Temporary || pe.Temporary
					popWaiting[i] = &cp
				}
				return refine(append(append(failed, popWaiting...), pe))
			}
			popLast, forcePOP, popWaiting = last, false, nil
		}
		if err := s.rate.wait(ctx); err != nil {
			return refine(append(failed, classify(ctx, mailerrors.StageConnect, s.addr, err)))
		}
		tx := s.attempt(ctx, p, pending)
		s.stats.attempts.Add(1)
		if s.o.observer != nil {
			s.observeAttempt(ctx, res.Attempts, tx)
		}
		if tx.authOffered != mailerrors.AuthOfferUnknown {
			authOffered = tx.authOffered
		}
		if s.pop != nil {
			if len(tx.accepted) > 0 && !relayDeniedIn(tx) {
				s.pop.relayed(popLast)
			} else if relayDeniedIn(tx) {
				s.pop.denied(ctx, popLast, s.o.now())
			}
		}
		if tx.delivered {
			res.Accepted = append(res.Accepted, tx.accepted...)
			res.Response = tx.response
		}
		giveUpAmbiguous := false
		if tx.ambiguous {
			ambiguous++
			res.MaybeDuplicated = true
			giveUpAmbiguous = ambiguous > s.maxAmbiguous()
			s.o.logger.LogAttrs(ctx, slog.LevelWarn, "connection lost after the message was sent, before the server confirmed it; the server may have taken it",
				slog.String("message_id", p.messageID), slog.String("server", s.addr),
				slog.Bool("sending_again", !giveUpAmbiguous && retryable(tx.err)))
			unknown = tx.err
		}

		// Sort this attempt's failures.
		var retry []string
		var waits, gaveUp []*mailerrors.Error
		needPOP := false
		switch {
		case tx.err != nil:
			// Nobody got the message in this attempt.
			d := dispose(tx.err)
			if giveUpAmbiguous {
				// Sending again could deliver another copy: at most
				// MaxAmbiguous times.
				d = final
			}
			permRcpt := map[string]bool{}
			for _, r := range tx.rejected {
				if dispose(r) == final {
					permRcpt[r.Recipient] = true
				}
			}
			if d == final || (allOrNothing && len(permRcpt) > 0) {
				gaveUp = append(gaveUp, tx.err)
				gaveUp = append(gaveUp, tx.rejected...)
				break
			}
			for _, r := range tx.rejected {
				if permRcpt[r.Recipient] {
					gaveUp = append(gaveUp, r)
				}
			}
			for _, r := range pending {
				if !permRcpt[r] {
					retry = append(retry, r)
				}
			}
			if d == afterPOP {
				needPOP = true
			} else {
				waits = append(waits, tx.err)
			}
		case allOrNothing && len(tx.rejected) > 0:
			// Nothing was sent; retry all only if every refusal may pass.
			ok := true
			for _, r := range tx.rejected {
				switch dispose(r) {
				case final:
					ok = false
				case afterPOP:
					needPOP = true
				default:
					waits = append(waits, r)
				}
			}
			if !ok {
				gaveUp = append(gaveUp, tx.rejected...)
				waits, needPOP = nil, false
				break
			}
			retry = pending
		default:
			for _, r := range tx.rejected {
				switch dispose(r) {
				case final:
					gaveUp = append(gaveUp, r)
				case afterPOP:
					needPOP = true
					retry = append(retry, r.Recipient)
				default:
					waits = append(waits, r)
					retry = append(retry, r.Recipient)
				}
			}
		}
		failed = append(failed, gaveUp...)
		if len(retry) == 0 {
			return refine(failed)
		}
		// What is given up if no retry happens.
		pendingErrs := pendingErrors(tx, retry, allOrNothing)

		if needPOP {
			// The next attempt starts with the forced login.
			popRetried, forcePOP, popWaiting = true, true, pendingErrs
		}
		if len(waits) > 0 {
			d, ok := s.nextWait(bo, waits, start)
			if !ok {
				return refine(append(failed, pendingErrs...))
			}
			s.o.logger.LogAttrs(ctx, slog.LevelWarn, "temporary failure, will retry",
				slog.String("message_id", p.messageID), slog.String("kind", string(waits[0].Kind)),
				slog.String("stage", string(waits[0].Stage)), slog.Int("code", waits[0].Code),
				slog.Int("attempt", res.Attempts), slog.Duration("wait", d))
			if err := s.o.sleep(ctx, d); err != nil {
				return refine(append(failed, withCause(ctx, pendingErrs, waits[0].Stage, s.addr, err)...))
			}
		}
		if err := ctx.Err(); err != nil {
			return refine(append(failed, withCause(ctx, pendingErrs, mailerrors.StageConnect, s.addr, err)...))
		}
		pending = retry
	}
}

// ambiguousHint leads the hints of a send given up with its outcome
// unknown.
var ambiguousHint = mailerrors.Hint{
	Text:  "The connection was lost after the whole message was sent: the server may have delivered it. Check before sending it again (Result.MaybeDuplicated is set)",
	Field: "Retry.MaxAmbiguous",
}

// maxAmbiguous is how many times a message is sent again after an
// attempt whose outcome is unknown.
func (s *Sender) maxAmbiguous() int {
	if s.o.oneAttempt {
		return 0
	}
	return max(s.cfg.Retry.MaxAmbiguous, 0)
}

// pendingErrors returns the failures that stand for the recipients in
// retry, should no retry happen.
func pendingErrors(tx txResult, retry []string, allOrNothing bool) []*mailerrors.Error {
	if tx.err != nil {
		return []*mailerrors.Error{tx.err}
	}
	if allOrNothing {
		return tx.rejected
	}
	var out []*mailerrors.Error
	for _, r := range tx.rejected {
		for _, name := range retry {
			if r.Recipient == name {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// attempt runs one transaction for rcpts on a pooled connection. ctx
// owns the connection while it runs: when ctx ends, the connection is
// closed, so a stalled server cannot hold the call. A reused connection
// that turns out to be gone before the message was written to it is
// replaced by a fresh one, once, within the same attempt: a newly dialled
// one, not another pooled one, which may be gone as well.
func (s *Sender) attempt(ctx context.Context, p *prepared, rcpts []string) txResult {
	for try := 0; ; try++ {
		ses, reused, e := s.pool.get(ctx, try > 0)
		if e != nil {
			return txResult{err: e}
		}
		lastUsed := ses.lastUsed
		raw := ses.raw
		stop := context.AfterFunc(ctx, func() { raw.Close() })
		tx := s.transact(ctx, ses, p, rcpts)
		if !stop() {
			ses.close()
		}
		tx.authOffered = ses.authOffered
		if s.pop != nil && relayDeniedIn(tx) {
			// Servers read their POP-before-SMTP list when a connection
			// starts (Postfix: per smtpd process, between clients), so the
			// retry after a fresh POP login needs a fresh connection;
			// put ends this one with QUIT.
			ses.retire = true
		}
		s.pool.put(ses)
		if tx.stale && reused && try == 0 && ctx.Err() == nil {
			s.o.logger.LogAttrs(ctx, slog.LevelDebug, "pooled connection was gone; retrying on a fresh one",
				slog.String("server", s.addr), slog.String("kind", string(tx.err.Kind)))
			s.pool.dropIdle(lastUsed)
			continue
		}
		return tx
	}
}

// popError returns the POP checker's failure as an *Error of the
// caller's own, which it may refine: a copy when err holds one.
func popError(ctx context.Context, err error) *mailerrors.Error {
	var e *mailerrors.Error
	if errors.As(err, &e) {
		var re *pop3.ReplyError
		if errors.Is(ctx.Err(), context.DeadlineExceeded) && !errors.As(err, &re) {
			// The login was cut short by the caller's deadline, not
			// refused by the POP server: a timeout, as any other step
			// the deadline ends.
			te := mailerrors.New(mailerrors.KindTimeout, mailerrors.StagePOP, context.Cause(ctx))
			te.Server = e.Server
			return te
		}
		return errorCopy(e).(*mailerrors.Error)
	}
	if ctx.Err() != nil {
		return classify(ctx, mailerrors.StagePOP, "", err)
	}
	return mailerrors.New(mailerrors.KindPOPFailed, mailerrors.StagePOP, err)
}

// withCause returns errs, plus an error for cause (the context's end)
// unless one of errs already says so.
func withCause(ctx context.Context, errs []*mailerrors.Error, stage mailerrors.Stage, server string, cause error) []*mailerrors.Error {
	for _, e := range errs {
		if errors.Is(e, cause) {
			return errs
		}
	}
	return append(errs, classify(ctx, stage, server, cause))
}

// relayDeniedIn reports whether tx failed, in whole or for a recipient,
// with a relay denial.
func relayDeniedIn(tx txResult) bool {
	if tx.err != nil && tx.err.Kind == mailerrors.KindRelayDenied {
		return true
	}
	for _, e := range tx.rejected {
		if e.Kind == mailerrors.KindRelayDenied {
			return true
		}
	}
	return false
}
