// Package replylimit bounds what a client reads from a server: it hands
// on only whole lines, each at most Limits.MaxLine octets, and at most
// Limits.MaxLines lines per reply. A reader above it (bufio,
// net/textproto) then never grows without bound, whatever the server
// sends, and never takes a line cut off by a closed connection or a
// deadline for a complete one.
package replylimit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Limits says what a reply may hold.
type Limits struct {
	// MaxLine is the most octets one line may have, its line end
	// included. RFC 5321 §4.5.3.1.5 sets 512 for an SMTP reply line and
	// RFC 2449 the same for a POP3 response; real servers stay within
	// it, so a few times that is generous.
	MaxLine int

	// MaxLines is the most lines one reply may have; 0: no limit.
	MaxLines int

	// Final reports whether line (without its line end) is the last of
	// its reply. nil: every line is a reply of its own.
	Final func(line []byte) bool
}

// SMTP are the limits on an SMTP server's replies that the Sender and
// the doctor both read with. RFC 5321 §4.5.3.1.5 allows 512 octets for a
// reply line; servers keep well within it, and a few times that leaves
// room for the odd long text. No real EHLO reply or multi-line refusal
// comes near 100 lines. Without limits an endless line or endless
// continuation lines, which anyone on the path can send before TLS
// starts, grow the client's memory until the command times out (hundreds
// of MiB in seconds).
var SMTP = Limits{MaxLine: 4096, MaxLines: 100, Final: SMTPFinal}

// StartTLSBudget bounds what may come between the STARTTLS reply and the
// end of the EHLO after it: the TLS handshake (certificate chain
// included) and that EHLO reply (see Reader.RawAfterReply).
const StartTLSBudget = 1 << 20

// SMTPFinal reports whether an SMTP reply line is the reply's last: one
// that is not "ddd-..." (RFC 5321 §4.2.1).
func SMTPFinal(line []byte) bool { return len(line) < 4 || line[3] != '-' }

// The failures Read reports. Each is sticky: Read keeps returning it.
var (
	// ErrLineTooLong: a line went past Limits.MaxLine.
	ErrLineTooLong = errors.New("the server sent a reply line longer than the limit")
	// ErrTooManyLines: a reply went past Limits.MaxLines.
	ErrTooManyLines = errors.New("the server sent a reply of more lines than the limit")
	// ErrCutOff: the source ended (closed, reset, past its deadline) in
	// the middle of a line. The error also wraps the source's own error.
	ErrCutOff = errors.New("the connection ended in the middle of a reply line")
	// ErrReplyTooLong: a reply went past a limit of octets its reader set.
	ErrReplyTooLong = errors.New("the server sent a reply longer than the limit")
	// ErrRawTooLong: more than the budget of RawAfterReply passed.
	ErrRawTooLong = errors.New("the server sent more than the limit while TLS was being started")
)

// LimitError is the error for a reply over a limit: Err is ErrLineTooLong
// or ErrTooManyLines.
type LimitError struct {
	Err   error
	Limit int
}

func (e *LimitError) Error() string {
	unit := " octets"
	if e.Err == ErrTooManyLines {
		unit = " lines"
	}
	return e.Err.Error() + " (" + strconv.Itoa(e.Limit) + unit + "); the connection was closed"
}

func (e *LimitError) Unwrap() error { return e.Err }

// Reader hands on the bytes of src a whole line at a time, checking each
// against its Limits. It is not safe for concurrent use.
type Reader struct {
	src   io.Reader
	lim   Limits
	buf   []byte // buf[off:ready]: whole lines to hand on; buf[ready:]: a partial line
	off   int
	ready int
	lines int // lines of the current reply so far
	err   error

	raw       bool  // hand bytes on as they come (after RawAfterReply)
	rawAfter  bool  // turn raw at the end of the next reply
	rawBudget int64 // with raw: octets still allowed; <0: no limit
	rawLimit  int   // the budget first given, for the error
}

// NewReader returns a Reader of src with the limits lim. lim.MaxLine must
// be positive.
func NewReader(src io.Reader, lim Limits) *Reader {
	return &Reader{src: src, lim: lim, buf: make([]byte, 0, 2*lim.MaxLine), rawBudget: -1}
}

// SetLimits changes the limits from the next line on (a command whose
// reply may hold longer or more lines). MaxLine may not grow past the
// first one's.
func (r *Reader) SetLimits(lim Limits) {
	if lim.MaxLine > cap(r.buf)/2 {
		lim.MaxLine = cap(r.buf) / 2
	}
	r.lim = lim
}

// RawAfterReply makes the Reader hand bytes on unchecked once the reply
// being read ends, at most budget of them (budget < 0: any number), until
// SetRawBudget says otherwise. It is for STARTTLS: after its reply the
// TLS handshake runs over this Reader, and a Reader above TLS checks the
// replies.
func (r *Reader) RawAfterReply(budget int64) {
	r.rawAfter = true
	r.SetRawBudget(budget)
}

// SetRawBudget sets how many more octets may pass unchecked; < 0: any.
func (r *Reader) SetRawBudget(budget int64) {
	r.rawBudget = budget
	if budget >= 0 {
		r.rawLimit = int(budget)
	}
}

// Buffered returns how many octets were read from src but not yet handed
// on: the part of a line still waiting for its line end included.
func (r *Reader) Buffered() int { return len(r.buf) - r.off }

// Read implements io.Reader.
func (r *Reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for {
		if r.off < r.ready {
			n := copy(p, r.buf[r.off:r.ready])
			r.off += n
			return n, nil
		}
		if r.err != nil {
			return 0, r.err
		}
		if r.raw {
			return r.readRaw(p)
		}
		// Keep the partial line, at the front.
		r.buf = r.buf[:copy(r.buf, r.buf[r.ready:])]
		r.off, r.ready = 0, 0
		start := len(r.buf)
		n, err := r.src.Read(r.buf[start:cap(r.buf)])
		r.buf = r.buf[:start+n]
		r.scan(start)
		if r.err != nil {
			continue // hand on the lines before the failure first
		}
		if err != nil {
			if partial := len(r.buf) - r.ready; partial > 0 && !r.raw {
				r.err = fmt.Errorf("%w (%d octets without a line end): %w", ErrCutOff, partial, err)
				r.buf = r.buf[:r.ready]
			} else {
				r.err = err
			}
		}
	}
}

// scan checks the lines completed in buf[from:], moving ready past them.
func (r *Reader) scan(from int) {
	for {
		i := bytes.IndexByte(r.buf[from:], '\n')
		if i < 0 {
			break
		}
		end := from + i + 1
		if end-r.ready > r.lim.MaxLine {
			r.fail(ErrLineTooLong, r.lim.MaxLine)
			return
		}
		line := bytes.TrimSuffix(r.buf[r.ready:end-1], []byte("\r"))
		r.lines++
		final := r.lim.Final == nil || r.lim.Final(line)
		if !final && r.lim.MaxLines > 0 && r.lines >= r.lim.MaxLines {
			r.fail(ErrTooManyLines, r.lim.MaxLines)
			return
		}
		r.ready, from = end, end
		if final {
			r.lines = 0
			if r.rawAfter {
				// What follows is not lines: hand it all on.
				r.raw, r.rawAfter = true, false
				extra := len(r.buf) - end
				if r.rawBudget >= 0 && int64(extra) > r.rawBudget {
					r.buf = r.buf[:end+int(r.rawBudget)]
					r.rawBudget = 0
				} else if r.rawBudget > 0 {
					r.rawBudget -= int64(extra)
				}
				r.ready = len(r.buf)
				return
			}
		}
	}
	if len(r.buf)-r.ready > r.lim.MaxLine {
		r.fail(ErrLineTooLong, r.lim.MaxLine)
	}
}

func (r *Reader) fail(err error, limit int) {
	r.err = &LimitError{Err: err, Limit: limit}
	r.buf = r.buf[:r.ready]
}

// readRaw reads src straight into p, within the raw budget.
func (r *Reader) readRaw(p []byte) (int, error) {
	if r.rawBudget == 0 {
		r.err = &LimitError{Err: ErrRawTooLong, Limit: r.rawLimit}
		return 0, r.err
	}
	if r.rawBudget > 0 && int64(len(p)) > r.rawBudget {
		p = p[:r.rawBudget]
	}
	n, err := r.src.Read(p)
	if r.rawBudget > 0 {
		r.rawBudget -= int64(n)
	}
	return n, err
}
