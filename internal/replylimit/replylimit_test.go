package replylimit

import (
	"bufio"
	"errors"
	"io"
	"net/textproto"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
)

var smtp = Limits{MaxLine: 64, MaxLines: 4, Final: SMTPFinal}

// endless repeats s for ever.
type endless struct {
	s   string
	off int
	n   int64 // octets read
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.s[e.off]
		e.off = (e.off + 1) % len(e.s)
	}
	e.n += int64(len(p))
	return len(p), nil
}

func TestReplies(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // replies textproto reads, "code msg"
		err      error    // what the read after them fails with
	}{
		{"whole replies", "220 hi\r\n250-a\r\n250-b\r\n250 c\r\n", []string{"220 hi", "250 a\nb\nc"}, io.EOF},
		{"bare LF", "220 hi\n", []string{"220 hi"}, io.EOF},
		{"four lines", "250-a\r\n250-b\r\n250-c\r\n250 d\r\n", []string{"250 a\nb\nc\nd"}, io.EOF},
		{"five lines", "250-a\r\n250-b\r\n250-c\r\n250-d\r\n250 e\r\n", nil, ErrTooManyLines},
		{"long line", "220 " + strings.Repeat("x", 61) + "\r\n", nil, ErrLineTooLong},
		{"longest line", "220 " + strings.Repeat("x", 58) + "\r\n", []string{"220 " + strings.Repeat("x", 58)}, io.EOF},
		{"cut off", "220 hi\r\n250 2.0.0 Ok: queu", []string{"220 hi"}, ErrCutOff},
		{"cut off code", "25", nil, ErrCutOff},
		{"cut off after CR", "250 ok\r", nil, ErrCutOff},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, half := range []bool{false, true} {
				var src io.Reader = strings.NewReader(tc.in)
				if half {
					src = iotest.OneByteReader(src)
				}
				tp := textproto.NewReader(bufio.NewReader(NewReader(src, smtp)))
				for _, w := range tc.want {
					code, msg, err := tp.ReadResponse(0)
					if err != nil {
						t.Fatalf("reading %q: %v", w, err)
					}
					if got := strings.TrimSpace(strings.Join([]string{itoa(code), msg}, " ")); got != w {
						t.Fatalf("reply %q, want %q", got, w)
					}
				}
				_, _, err := tp.ReadResponse(0)
				if !errors.Is(err, tc.err) {
					t.Fatalf("after the replies: %v, want %v", err, tc.err)
				}
			}
		})
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestEndlessStaysBounded: an endless line or endless continuation lines
// fail after reading at most about the limits, not what the server sends.
func TestEndlessStaysBounded(t *testing.T) {
	for _, s := range []string{"x", "250-xxxxxxxx\r\n"} {
		src := &endless{s: s}
		tp := textproto.NewReader(bufio.NewReader(NewReader(src, smtp)))
		_, _, err := tp.ReadResponse(250)
		var le *LimitError
		if !errors.As(err, &le) {
			t.Fatalf("%q for ever: %v, want a *LimitError", s, err)
		}
		if src.n > 4*int64(smtp.MaxLine) {
			t.Errorf("%q for ever: read %d octets, want at most %d", s, src.n, 4*smtp.MaxLine)
		}
	}
}

// TestCutOffKeepsCause: a line cut off by a deadline still says timeout.
func TestCutOffKeepsCause(t *testing.T) {
	src := io.MultiReader(strings.NewReader("25"), iotest.ErrReader(os.ErrDeadlineExceeded))
	_, _, err := textproto.NewReader(bufio.NewReader(NewReader(src, smtp))).ReadResponse(250)
	if !errors.Is(err, ErrCutOff) || !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatalf("err = %v, want ErrCutOff wrapping the deadline", err)
	}
}

// TestRawAfterReply: after the reply, bytes pass as they are, within the
// budget.
func TestRawAfterReply(t *testing.T) {
	r := NewReader(strings.NewReader("220 go ahead\r\n\x16\x03\x01 no lines here"+strings.Repeat("y", 1000)), smtp)
	r.RawAfterReply(20)
	br := bufio.NewReader(r)
	line, err := br.ReadString('\n')
	if err != nil || line != "220 go ahead\r\n" {
		t.Fatalf("reply %q, %v", line, err)
	}
	rest, err := io.ReadAll(br)
	var le *LimitError
	if !errors.As(err, &le) || !errors.Is(err, ErrRawTooLong) {
		t.Fatalf("err = %v, want ErrRawTooLong", err)
	}
	if !strings.HasPrefix(string(rest), "\x16\x03\x01 no lines") || len(rest) > 20+len("\x16\x03\x01 no lines here") {
		t.Fatalf("raw bytes %q", rest)
	}
}
