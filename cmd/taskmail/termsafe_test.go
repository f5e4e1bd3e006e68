package main

import (
	"bytes"
	"testing"
)

func TestTermWriter(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text\n\tindented\n", "plain text\n\tindented\n"},
		{"\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"title\x1b]0;owned\x07", `title\x1b]0;owned\x07`},
		{"cr\rdel\x7f", `cr\x0ddel\x7f`},
		{"c1 csi \u009b31m", `c1 csi \u009b31m`},
		{"not utf-8 \xff", `not utf-8 \xff`},
		{"grüße, 日本", "grüße, 日本"},
	} {
		var b bytes.Buffer
		w := newTermWriter(&b)
		// Byte by byte: a sequence cut between writes is still judged whole.
		for i := 0; i < len(tc.in); i++ {
			if n, err := w.Write([]byte{tc.in[i]}); n != 1 || err != nil {
				t.Fatalf("Write = %d, %v", n, err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if b.String() != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, b.String(), tc.want)
		}
	}
	var b bytes.Buffer
	w := newTermWriter(&b)
	_, _ = w.Write([]byte("cut \xe6\x97"))
	_ = w.Flush()
	if b.String() != `cut \xe6\x97` {
		t.Errorf("a cut sequence at the end: %q", b.String())
	}
}
