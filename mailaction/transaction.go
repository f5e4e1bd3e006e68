package mailaction

import (
	"bufio"
	"context"
	"errors"
	"strconv"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// txResult is what one mail transaction on one connection did.
type txResult struct {
	accepted       []string            // recipients the server accepted at RCPT
	rejected       []*mailerrors.Error // per-recipient refusals at RCPT
	err            *mailerrors.Error   // a failure of the whole transaction (MAIL, DATA, the connection)
	delivered      bool                // the server replied 250 to the end of data
	response       string              // that reply
	payloadWritten bool                // the whole payload was written and flushed (if err is set and no final reply came, delivery is unknown)
	replied        bool                // the server answered MAIL (with anything but 421)
	stale          bool                // a reused connection failed before the server could accept anything
	ambiguous      bool                // the whole payload went but no reply to it came: delivery unknown

	authOffered mailerrors.AuthOffer // whether the session's server offered AUTH, for the hints
}

// transact runs one mail transaction for rcpts on ses, in as few round
// trips as the server allows: one with PIPELINING and CHUNKING (and the
// best-effort policy), two with PIPELINING, 3+n command by command. It
// leaves ses ready for the next transaction, or marks it dead.
func (s *Sender) transact(ctx context.Context, ses *session, p *prepared, rcpts []string) txResult {
	if len(p.utf8) > 0 && !ses.smtputf8 {
		return txResult{err: noSMTPUTF8Error(ses.server, p.utf8)}
	}
	if ses.size > 0 && p.body.size > ses.size {
		e := mailerrors.New(mailerrors.KindMessageTooLarge, mailerrors.StageMail, nil)
		e.Server, e.Temporary = ses.server, false
		e.Text = "the message is " + strconv.FormatInt(p.body.size, 10) + " bytes; the server accepts at most " +
			strconv.FormatInt(ses.size, 10) + " (SIZE), so it was not sent"
		return txResult{err: e}
	}
	var tx txResult
	switch {
	case ses.pipelining && ses.chunking && s.cfg.RecipientPolicy != config.RecipientsAllOrNothing && p.body.size > oneWriteLimit:
		tx = s.transactChunkedAfterEnvelope(ctx, ses, p, rcpts)
	case ses.pipelining && ses.chunking && s.cfg.RecipientPolicy != config.RecipientsAllOrNothing:
		tx = s.transactChunked(ctx, ses, p, rcpts)
	case ses.pipelining:
		tx = s.transactPipelined(ctx, ses, p, rcpts)
	default:
		tx = s.transactStepwise(ctx, ses, p, rcpts)
	}
	ses.messages++
	// The whole message went (with BDAT, together with the commands) and
	// the connection failed before any reply said what became of it.
	tx.ambiguous = tx.err != nil && tx.payloadWritten && tx.err.Code == 0
	return tx
}

// wantData reports whether the payload should follow, given the RCPT
// outcome.
func (s *Sender) wantData(tx *txResult) bool {
	if len(tx.accepted) == 0 {
		return false
	}
	return len(tx.rejected) == 0 || s.cfg.RecipientPolicy != config.RecipientsAllOrNothing
}

// transactStepwise runs MAIL, RCPT..., DATA one command at a time through
// go-mail's client, for servers without PIPELINING.
func (s *Sender) transactStepwise(ctx context.Context, ses *session, p *prepared, rcpts []string) txResult {
	var tx txResult
	c := ses.client
	ses.deadline(s.cfg.CommandTimeout)
	if err := c.Mail("<" + p.sender + ">"); err != nil {
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageMail, "", err)
		return tx
	}
	tx.replied = true
	for _, r := range rcpts {
		ses.deadline(s.cfg.CommandTimeout)
		if err := c.Rcpt("<" + r + ">"); err != nil {
			if connEnded(err) {
				tx.err = s.txError(ctx, ses, &tx, mailerrors.StageRcpt, r, err)
				return tx
			}
			tx.rejected = append(tx.rejected, classify(ctx, mailerrors.StageRcpt, ses.server, err))
			tx.rejected[len(tx.rejected)-1].Recipient = r
			continue
		}
		tx.accepted = append(tx.accepted, r)
	}
	if !s.wantData(&tx) {
		s.reset(ses)
		return tx
	}
	// DATA goes through the textproto connection, not go-mail's Data: its
	// DotWriter would add a second terminator before the next command,
	// and the payload is dot-stuffed already.
	ses.deadline(s.cfg.CommandTimeout)
	if err := ses.cmd(354, "DATA"); err != nil {
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageData, "", err)
		if !ses.dead {
			s.reset(ses)
		}
		return tx
	}
	s.sendPayload(ctx, ses, p, &tx)
	return tx
}

// transactPipelined sends MAIL, every RCPT and DATA in one write and reads
// the replies in order (RFC 2920), mapping each to its command; then the
// payload, and reads the final reply: two round trips per message.
//
// go-mail's client has no pipelining, so the commands are written to its
// textproto connection directly, with the parameters its Mail would add.
func (s *Sender) transactPipelined(ctx context.Context, ses *session, p *prepared, rcpts []string) txResult {
	var tx txResult
	w := ses.writeEnvelope(p, rcpts)
	w.WriteString("DATA\r\n")
	ses.deadline(s.cfg.CommandTimeout)
	if err := w.Flush(); err != nil {
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageMail, "", err)
		return tx
	}
	mailErr, ok := s.readEnvelope(ctx, ses, &tx, rcpts)
	if !ok {
		return tx
	}
	_, _, dataErr := ses.client.Text.ReadResponse(354)
	if mailErr != nil {
		// A server that takes DATA after refusing MAIL is left: without
		// the final dot nothing is delivered.
		s.mailRefused(ctx, ses, &tx, mailErr, dataErr == nil || connEnded(dataErr))
		return tx
	}
	if connEnded(dataErr) {
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageData, "", dataErr)
		return tx
	}
	if !s.wantData(&tx) {
		if dataErr == nil {
			// DATA was accepted, but the message must not go: drop the
			// connection before the final dot, so the server discards
			// the transaction (RFC 5321 §4.1.1.4).
			ses.close()
		} else {
			s.reset(ses)
		}
		return tx
	}
	if dataErr != nil {
		tx.err = classify(ctx, mailerrors.StageData, ses.server, dataErr)
		s.reset(ses)
		return tx
	}
	s.sendPayload(ctx, ses, p, &tx)
	return tx
}

// transactChunked sends MAIL, every RCPT, "BDAT size LAST" and the
// payload in one write (RFC 3030 with RFC 2920), then reads the replies in
// order: one round trip per message. The server reads and drops the chunk
// when it has no recipient for it, so the message goes to the accepted
// recipients only, which is the best-effort policy; all-or-nothing uses
// DATA, which can still be held back once the RCPT replies are in.
func (s *Sender) transactChunked(ctx context.Context, ses *session, p *prepared, rcpts []string) txResult {
	var tx txResult
	w := ses.writeEnvelope(p, rcpts)
	if !s.writeLastChunk(ctx, ses, w, p, &tx, mailerrors.StageMail) {
		return tx
	}
	// The replies to this write end with the final reply to the message,
	// and a server may hold them all until it has taken the message (one
	// flush of its output): they are waited for DataTimeout, as the reply
	// to the final dot is (RFC 5321 §4.5.3.2.6), not CommandTimeout.
	ses.deadline(s.cfg.DataTimeout)
	mailErr, ok := s.readEnvelope(ctx, ses, &tx, rcpts)
	if !ok {
		return tx
	}
	code, msg, bdatErr := ses.client.Text.ReadResponse(250)
	switch {
	case mailErr != nil:
		s.mailRefused(ctx, ses, &tx, mailErr, connEnded(bdatErr))
	case connEnded(bdatErr):
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageData, "", bdatErr)
	case bdatErr != nil:
		if len(tx.accepted) > 0 {
			tx.err = classify(ctx, mailerrors.StageData, ses.server, bdatErr)
		}
		// else: refused for want of recipients; their replies say why.
		s.reset(ses)
	case len(tx.accepted) > 0:
		tx.delivered = true
		tx.response = strconv.Itoa(code) + " " + msg
	}
	return tx
}

// writeEnvelope buffers MAIL FROM, with the parameters go-mail's Mail
// would add, and one RCPT TO per recipient; it returns the writer.
func (ses *session) writeEnvelope(p *prepared, rcpts []string) *bufio.Writer {
	w := ses.client.Text.W
	w.WriteString("MAIL FROM:<")
	w.WriteString(p.sender)
	w.WriteByte('>')
	w.WriteString(ses.mailParams)
	w.WriteString("\r\n")
	for _, r := range rcpts {
		w.WriteString("RCPT TO:<")
		w.WriteString(r)
		w.WriteString(">\r\n")
	}
	return w
}

// readEnvelope reads the replies to a pipelined MAIL and RCPTs, filling
// tx.accepted and tx.rejected. It returns MAIL's refusal, if any (the
// RCPT replies then count for nothing), and false when the connection
// failed, with tx.err set.
func (s *Sender) readEnvelope(ctx context.Context, ses *session, tx *txResult, rcpts []string) (mailErr error, ok bool) {
	rd := &ses.client.Text.Reader
	_, _, mailErr = rd.ReadResponse(250)
	if connEnded(mailErr) {
		tx.err = s.txError(ctx, ses, tx, mailerrors.StageMail, "", mailErr)
		return nil, false
	}
	tx.replied = true
	for _, r := range rcpts {
		_, _, err := rd.ReadResponse(25)
		switch {
		case connEnded(err):
			if mailErr != nil {
				s.mailRefused(ctx, ses, tx, mailErr, true)
				return nil, false
			}
			tx.err = s.txError(ctx, ses, tx, mailerrors.StageRcpt, r, err)
			return nil, false
		case mailErr != nil:
			// Refused because MAIL was: the MAIL reply says why.
		case err != nil:
			e := classify(ctx, mailerrors.StageRcpt, ses.server, err)
			e.Recipient = r
			tx.rejected = append(tx.rejected, e)
		default:
			tx.accepted = append(tx.accepted, r)
		}
	}
	return mailErr, true
}

// mailRefused sets tx.err to MAIL's refusal: it is why nothing went, even
// when the connection ended (or the server said 421) while the replies to
// the pipelined commands after it were read. drop closes the connection.
func (s *Sender) mailRefused(ctx context.Context, ses *session, tx *txResult, mailErr error, drop bool) {
	if drop {
		ses.close()
	}
	tx.err = classify(ctx, mailerrors.StageMail, ses.server, mailErr)
	tx.accepted, tx.rejected = nil, nil
}

// connEnded reports whether err ends the connection: a failure that is
// not a reply, or a 421 reply (RFC 5321 §3.8).
func connEnded(err error) bool {
	return err != nil && (!isReply(err) || replyCode(err) == 421)
}

// sendPayload writes the DATA payload after a 354 and reads the final
// reply.
func (s *Sender) sendPayload(ctx context.Context, ses *session, p *prepared, tx *txResult) {
	w := ses.client.Text.W
	ses.deadline(s.cfg.CommandTimeout)
	// Stuffed on the way: no dot-stuffed copy of the message is made.
	err := p.body.writeTo(&dotWriter{w: w, bol: true})
	if err == nil {
		_, err = w.WriteString(".\r\n")
	}
	if err == nil {
		err = w.Flush()
	}
	if e := payloadSourceError(ses, err); e != nil {
		tx.err = e
		return
	}
	if err != nil {
		// The final dot did not go: the server cannot have taken the
		// message.
		tx.err = s.txError(ctx, ses, tx, mailerrors.StageData, "", err)
		return
	}
	tx.payloadWritten = true
	ses.deadline(s.cfg.DataTimeout)
	code, msg, err := ses.client.Text.ReadResponse(250)
	if err != nil {
		tx.err = s.txError(ctx, ses, tx, mailerrors.StageData, "", err)
		return
	}
	tx.delivered = true
	tx.response = strconv.Itoa(code) + " " + msg
}

// reset ends an open transaction with RSET; a connection that fails it is
// dropped.
func (s *Sender) reset(ses *session) {
	if ses.dead {
		return
	}
	ses.deadline(s.cfg.CommandTimeout)
	if err := ses.cmd(250, "RSET"); err != nil {
		ses.close()
	}
}

// cmd sends one command line and reads its reply.
func (ses *session) cmd(expect int, line string) error {
	t := ses.client.Text
	id, err := t.Cmd("%s", line)
	if err != nil {
		return err
	}
	t.StartResponse(id)
	defer t.EndResponse(id)
	_, _, err = t.ReadResponse(expect)
	return err
}

// txError classifies a failure of the whole transaction. A failure that
// is not a reply leaves the connection in an unknown state: it is dropped.
func (s *Sender) txError(ctx context.Context, ses *session, tx *txResult, stage mailerrors.Stage, rcpt string, err error) *mailerrors.Error {
	e := classify(ctx, stage, ses.server, err)
	if rcpt != "" {
		e.Recipient = rcpt
	}
	if !isReply(err) {
		ses.close()
	} else if replyCode(err) == 421 {
		// 421: the server is closing the connection (RFC 5321 §3.8).
		ses.close()
	}
	tx.err = e
	tx.markStale(ses)
	return e
}

// markStale flags a failure that a fresh connection may not have: the
// connection was lost, or the server said 421, before the whole payload
// went. Once it went (with BDAT, together with the commands) the server
// may have taken the message, so the failure is an attempt of its own,
// whose outcome is unknown, and never silently replaced.
func (tx *txResult) markStale(ses *session) {
	if tx.err == nil || tx.payloadWritten {
		return
	}
	if tx.err.Code == 421 || (tx.err.Code == 0 && ses.dead && tx.err.Kind != mailerrors.KindTimeout) {
		tx.stale = true
	}
}

// payloadSourceError returns, when err is a failure to read an attachment
// while the payload was being written, an error of kind invalid_config
// for it, and drops the connection, which holds part of a message.
func payloadSourceError(ses *session, err error) *mailerrors.Error {
	var se *sourceError
	if !errors.As(err, &se) {
		return nil
	}
	ses.close()
	e := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageData, err)
	e.Server, e.Text, e.Temporary = ses.server, err.Error()+"; nothing was delivered", false
	e.Hints = []mailerrors.Hint{{Text: "Keep an attachment's file unchanged until Send returns"}}
	return e
}
