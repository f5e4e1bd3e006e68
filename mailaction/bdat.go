package mailaction

import (
	"bufio"
	"context"
	"strconv"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// oneWriteLimit is the largest payload sent in the same write as MAIL,
// RCPT and BDAT. A server reads its input in buffers (Postfix: 4 KiB);
// when a chunk runs past one, it flushes the replies to MAIL and RCPT
// before it has read the rest, and, with Nagle's algorithm on, as
// Postfix's smtpd has it, then holds its reply to BDAT until the client
// acknowledges those: up to the client's delayed ACK (40 ms on Linux)
// per message once the client has nothing left to send. A 100 KB message
// to Postfix took 42 ms that way against 8 ms over DATA. A larger message
// waits for the envelope replies instead (transactChunkedAfterEnvelope).
const oneWriteLimit = 3 << 10

// transactChunkedAfterEnvelope sends MAIL and every RCPT in one write and
// reads their replies, then "BDAT size LAST" with the payload, and reads
// the final reply: two round trips, as with DATA, without dot-stuffing,
// and nothing of the payload goes when no recipient was accepted.
func (s *Sender) transactChunkedAfterEnvelope(ctx context.Context, ses *session, p *prepared, rcpts []string) txResult {
	var tx txResult
	w := ses.writeEnvelope(p, rcpts)
	ses.deadline(s.cfg.CommandTimeout)
	if err := w.Flush(); err != nil {
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageMail, "", err)
		return tx
	}
	mailErr, ok := s.readEnvelope(ctx, ses, &tx, rcpts)
	if !ok {
		return tx
	}
	if mailErr != nil {
		tx.err = classify(ctx, mailerrors.StageMail, ses.server, mailErr)
		tx.accepted, tx.rejected = nil, nil
		s.reset(ses)
		return tx
	}
	if !s.wantData(&tx) {
		s.reset(ses)
		return tx
	}
	if !s.writeLastChunk(ctx, ses, w, p, &tx, mailerrors.StageData) {
		return tx
	}
	ses.deadline(s.cfg.DataTimeout)
	code, msg, err := ses.client.Text.ReadResponse(250)
	if err != nil {
		tx.err = s.txError(ctx, ses, &tx, mailerrors.StageData, "", err)
		if !ses.dead {
			// A refused last chunk ends the transaction; RSET makes sure
			// (RFC 3030 §2).
			s.reset(ses)
		}
		return tx
	}
	tx.delivered = true
	tx.response = strconv.Itoa(code) + " " + msg
	return tx
}

// writeLastChunk writes "BDAT size LAST" and the whole payload after what
// w already holds, and flushes. On failure it sets tx.err, as a failure at
// stage, and returns false; on success it sets tx.payloadWritten.
func (s *Sender) writeLastChunk(ctx context.Context, ses *session, w *bufio.Writer, p *prepared, tx *txResult, stage mailerrors.Stage) bool {
	var num [20]byte
	w.WriteString("BDAT ")
	w.Write(strconv.AppendInt(num[:0], p.body.size, 10))
	w.WriteString(" LAST\r\n")
	ses.deadline(s.cfg.CommandTimeout)
	// One chunk of the exact size, streamed through the connection's
	// buffer (RFC 3030 allows a chunk of any size).
	err := p.body.writeTo(w)
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		if e := payloadSourceError(ses, err); e != nil {
			tx.err = e
		} else {
			tx.err = s.txError(ctx, ses, tx, stage, "", err)
		}
		return false
	}
	tx.payloadWritten = true
	return true
}
