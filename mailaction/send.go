package mailaction

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
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
// final dot of DATA, or the BDAT chunk) but before the reply.
// Following RFC 5321 (§4.1.1.4, §6.1: the server takes responsibility
// only with its reply) Send counts the message as not delivered and
// retries it, so in that case a recipient may get it twice; losing an
// alert is the worse outcome.
//
// With POP-before-SMTP configured, Send runs the POP3 login when its
// window has passed, and after a relay denial runs it once more and
// retries once.
//
// ctx bounds the whole call, connection and waits included: when it ends
// Send returns at once with an error of kind timeout (deadline) or one
// for which errors.Is(err, context.Canceled) holds.
func (s *Sender) Send(ctx context.Context, msg *Message) (res *Result, err error) {
	start := s.o.now()
	res = &Result{Server: s.addr}
	defer func() { res.Duration = s.o.now().Sub(start) }()
	if s.closed.Load() {
		return res, closedError(s.addr)
	}
	p, e := s.prepare(msg)
	if e != nil {
		return res, e
	}
	defer p.release()
	res.MessageID = p.messageID

	failed := s.deliver(ctx, p, res)
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
	pending := p.rcpts
	var failed []*mailerrors.Error
	var popLast time.Time
	popRetried := false

	refine := func(errs []*mailerrors.Error) []*mailerrors.Error {
		ho := hintOptions(s.cfg, p.sender, popLast, s.o.now())
		for _, e := range errs {
			if !errors.Is(e.Err, errSenderClosed) {
				refineHints(e, ho)
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
		if s.pop != nil {
			last, err := s.pop.Check(ctx, false)
			if err != nil {
				return refine(append(failed, popError(ctx, err)))
			}
			popLast = last
		}
		if err := s.rate.wait(ctx); err != nil {
			return refine(append(failed, classify(ctx, mailerrors.StageConnect, s.addr, err)))
		}
		res.Attempts++
		tx := s.attempt(ctx, p, pending)
		if tx.delivered {
			res.Accepted = append(res.Accepted, tx.accepted...)
			res.Response = tx.response
		}
		if tx.err != nil && tx.payloadWritten && tx.replied && tx.err.Code == 0 {
			s.o.logger.LogAttrs(ctx, slog.LevelWarn, "connection lost after the message was sent, before the server confirmed it; it counts as not delivered",
				slog.String("message_id", p.messageID), slog.String("server", s.addr))
		}

		// Sort this attempt's failures.
		var retry []string
		var waits, gaveUp []*mailerrors.Error
		needPOP := false
		switch {
		case tx.err != nil:
			// Nobody got the message in this attempt.
			d := dispose(tx.err)
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
			popRetried = true
			last, err := s.pop.Check(ctx, true)
			if err != nil {
				return refine(append(append(failed, pendingErrs...), popError(ctx, err)))
			}
			popLast = last
		}
		if len(waits) > 0 {
			d := bo.NextBackOff()
			if d == stopBackOff {
				return refine(append(failed, pendingErrs...))
			}
			if greylisted(waits) && d < s.cfg.Retry.GreylistDelay {
				d = s.cfg.Retry.GreylistDelay
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
// that turns out to be gone before anything was accepted is replaced by a
// fresh one, once, within the same attempt: a newly dialled one, not
// another pooled one, which may be gone as well.
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
		if s.pop != nil && relayDeniedIn(tx) {
			// Servers read their POP-before-SMTP list when a connection
			// starts (Postfix: per smtpd process, between clients), so the
			// retry after a fresh POP login needs a fresh connection;
			// put ends this one with QUIT.
			ses.dead = true
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

// greylisted reports whether any failure is a greylisting.
func greylisted(errs []*mailerrors.Error) bool {
	for _, e := range errs {
		if e.Kind == mailerrors.KindGreylisted {
			return true
		}
	}
	return false
}

// popError returns the POP checker's failure as an *Error of the
// caller's own, which it may refine: a copy when err holds one.
func popError(ctx context.Context, err error) *mailerrors.Error {
	var e *mailerrors.Error
	if errors.As(err, &e) {
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
