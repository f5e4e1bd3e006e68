package mailaction

import "sync"

// stuffer is an io.Writer that turns a message into its wire form: every
// line ends in CRLF, and with dots set a line starting with "." gets
// another "." (RFC 5321 §4.5.2) and finish adds the terminating ".\r\n" of
// DATA. Without dots it gives the payload of BDAT (RFC 3030), which is
// sent as it is.
//
// textproto.DotWriter does the dot-stuffing too, but it writes to the
// connection as it goes. Here the payload is built once per Send and
// kept, so that a retry, or a pooled connection, writes the same bytes in
// one call without encoding them again.
type stuffer struct {
	buf  []byte
	dots bool // dot-stuff, and terminate with ".\r\n"
	bol  bool // at the beginning of a line
	cr   bool // the last byte was a CR
}

func newStuffer(buf []byte, dots bool) stuffer {
	return stuffer{buf: buf[:0], dots: dots, bol: true}
}

// Write appends p in wire form.
func (s *stuffer) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if s.dots && s.bol && p[0] == '.' {
			s.buf = append(s.buf, '.')
		}
		// Copy the run up to the next line end in one append.
		i := 0
		for i < len(p) && p[i] != '\n' && p[i] != '\r' {
			i++
		}
		if i > 0 {
			s.buf = append(s.buf, p[:i]...)
			s.bol, s.cr = false, false
			p = p[i:]
			continue
		}
		switch p[0] {
		case '\r':
			s.buf = append(s.buf, '\r')
			s.cr, s.bol = true, false
		case '\n':
			if !s.cr {
				s.buf = append(s.buf, '\r')
			}
			s.buf = append(s.buf, '\n')
			s.cr, s.bol = false, true
		}
		p = p[1:]
	}
	return n, nil
}

// finish ends the last line and, with dots, adds the terminator; it
// returns the payload.
func (s *stuffer) finish() []byte {
	switch {
	case s.cr:
		s.buf = append(s.buf, '\n')
	case !s.bol:
		s.buf = append(s.buf, '\r', '\n')
	}
	if s.dots {
		s.buf = append(s.buf, '.', '\r', '\n')
	}
	return s.buf
}

// buffers recycles payload buffers across Sends; a burst of messages then
// allocates its payloads once.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

func getBuffer() *[]byte { return buffers.Get().(*[]byte) }

func putBuffer(b *[]byte) {
	if cap(*b) > 1<<20 {
		return // do not keep large attachments alive
	}
	*b = (*b)[:0]
	buffers.Put(b)
}
