package mailaction

import (
	"bufio"
	"bytes"
	"sync"
)

// stuffer is an io.Writer that appends a message to buf with every line
// ending in CRLF. With dots set a line starting with "." gets another "."
// (RFC 5321 §4.5.2) and finish adds the terminating ".\r\n" of DATA.
// Without dots it gives the payload of BDAT (RFC 3030), which is sent as
// it is.
//
// The Sender builds a message once, without dots, into a pooled buffer;
// DATA then stuffs it on the way to the connection (dotWriter), so that no
// dot-stuffed copy is ever held.
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

// WriteString appends s in wire form, without converting it to a byte
// slice first.
func (s *stuffer) WriteString(str string) (int, error) {
	var chunk [512]byte
	n := len(str)
	for len(str) > 0 {
		k := copy(chunk[:], str)
		s.Write(chunk[:k])
		str = str[k:]
	}
	return n, nil
}

// line appends s, which holds no CR or LF, and a CRLF; the stuffer must
// be at the beginning of a line and without dots.
func (s *stuffer) line(str string) {
	s.buf = append(s.buf, str...)
	s.buf = append(s.buf, '\r', '\n')
	s.bol, s.cr = true, false
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

// dotWriter dot-stuffs a payload whose lines already end in CRLF (what a
// stuffer without dots made) on its way to w: a line starting with "."
// gets another "." (RFC 5321 §4.5.2). It copies nothing; the terminating
// ".\r\n" is the caller's to write.
type dotWriter struct {
	w   *bufio.Writer
	bol bool // at the beginning of a line
}

// Write writes p to w, stuffed.
func (d *dotWriter) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 {
		if d.bol && p[0] == '.' {
			if err := d.w.WriteByte('.'); err != nil {
				return n - len(p), err
			}
		}
		i := bytes.IndexByte(p, '\n')
		if i < 0 {
			_, err := d.w.Write(p)
			d.bol = false
			if err != nil {
				return n - len(p), err
			}
			break
		}
		if _, err := d.w.Write(p[:i+1]); err != nil {
			return n - len(p), err
		}
		d.bol = true
		p = p[i+1:]
	}
	return n, nil
}

// maxPooledBuffer is the largest payload buffer kept for reuse. Larger
// ones (rare: a message over 4 MiB of text) are left to the collector,
// so that one big message does not keep its memory for ever.
const maxPooledBuffer = 4 << 20

// buffers recycles payload buffers across Sends; a burst of messages then
// allocates its payloads once.
var buffers = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// getBuffer returns an empty buffer of at least size bytes of capacity.
func getBuffer(size int) *[]byte {
	b := buffers.Get().(*[]byte)
	if cap(*b) < size {
		*b = make([]byte, 0, size)
	}
	return b
}

func putBuffer(b *[]byte) {
	if cap(*b) > maxPooledBuffer {
		return
	}
	*b = (*b)[:0]
	buffers.Put(b)
}
