package main

import (
	"fmt"
	"io"
	"unicode/utf8"
)

// termWriter escapes what a terminal would act on instead of print: the
// C0 control characters but newline and tab, DEL, the C1 controls (U+0080
// to U+009F, among them CSI) and bytes that are not UTF-8. A server's
// reply holding "\x1b[31m" or "\x1b]0;title\x07" then shows as those
// words instead of recolouring the terminal or retitling its window.
// Human output goes through it; JSON output does not (it stays exact, and
// JSON escapes control characters itself).
//
// A UTF-8 sequence cut between two writes is held until the next one;
// Flush writes what is held.
type termWriter struct {
	w    io.Writer
	held []byte
}

func newTermWriter(w io.Writer) *termWriter { return &termWriter{w: w} }

// Write escapes p and writes it. It reports len(p) on success.
func (t *termWriter) Write(p []byte) (int, error) {
	b := append(t.held, p...)
	t.held = nil
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				out = fmt.Appendf(out, `\x%02x`, c)
			} else {
				out = append(out, c)
			}
			i++
			continue
		}
		if !utf8.FullRune(b[i:]) && len(b)-i < utf8.UTFMax {
			t.held = append(t.held, b[i:]...) // the rest comes with the next write
			break
		}
		r, size := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			out = fmt.Appendf(out, `\x%02x`, c)
		case r >= 0x80 && r <= 0x9f:
			out = fmt.Appendf(out, `\u%04x`, r)
		default:
			out = append(out, b[i:i+size]...)
		}
		i += size
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes, escaped, what a cut UTF-8 sequence left held.
func (t *termWriter) Flush() error {
	if len(t.held) == 0 {
		return nil
	}
	out := make([]byte, 0, 4*len(t.held))
	for _, c := range t.held {
		out = fmt.Appendf(out, `\x%02x`, c)
	}
	t.held = nil
	_, err := t.w.Write(out)
	return err
}
