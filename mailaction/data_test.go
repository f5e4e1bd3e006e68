package mailaction

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"mime/quotedprintable"
	"strings"
	"testing"
)

func TestStuffer(t *testing.T) {
	cases := []struct {
		in   []string // written in these pieces
		want string
	}{
		{[]string{""}, ".\r\n"},
		{[]string{"a\r\nb\r\n"}, "a\r\nb\r\n.\r\n"},
		{[]string{"a\nb"}, "a\r\nb\r\n.\r\n"},
		{[]string{".start\r\n.\r\nx\r\n"}, "..start\r\n..\r\nx\r\n.\r\n"},
		{[]string{"a\r", "\n.b\r\n"}, "a\r\n..b\r\n.\r\n"},
		{[]string{"a\r\n", ".", "b"}, "a\r\n..b\r\n.\r\n"},
		{[]string{"end\r"}, "end\r\n.\r\n"},
		{[]string{"mid.dot\n"}, "mid.dot\r\n.\r\n"},
	}
	for _, c := range cases {
		s := newStuffer(nil, true)
		for _, p := range c.in {
			if n, err := s.Write([]byte(p)); n != len(p) || err != nil {
				t.Fatalf("Write(%q) = %d, %v", p, n, err)
			}
		}
		if got := string(s.finish()); got != c.want {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStufferWithoutDots(t *testing.T) {
	s := newStuffer(nil, false)
	s.Write([]byte(".a\n.\nb"))
	if got, want := string(s.finish()), ".a\r\n.\r\nb\r\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func BenchmarkStuffer(b *testing.B) {
	msg := []byte("Subject: x\r\n\r\n" + string(make([]byte, 2000)) + "\r\n.\r\n")
	buf := make([]byte, 0, 4096)
	b.ReportAllocs()
	for b.Loop() {
		s := newStuffer(buf, true)
		s.Write(msg)
		buf = s.finish()
	}
}

// TestWriteQP checks that writeQP gives what mime/quotedprintable gives,
// on lines of every kind: plain, long, with "=", trailing spaces, CR, LF,
// CRLF, non-ASCII, and without a final line break.
func TestWriteQP(t *testing.T) {
	pieces := []string{"plain text", "=", " ", "\t", "\r", "\n", "\r\n", "é", "✗", ".", "x",
		strings.Repeat("a", 74), strings.Repeat("b", 75), strings.Repeat("c", 76), strings.Repeat("d", 200)}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		in := b.String()
		var want bytes.Buffer
		w := quotedprintable.NewWriter(&want)
		w.Write([]byte(in))
		w.Close()
		ref := newStuffer(nil, false)
		ref.Write(want.Bytes())
		got := newStuffer(nil, false)
		writeQP(&got, in)
		if g, w := string(got.finish()), string(ref.finish()); g != w {
			t.Fatalf("writeQP(%q)\n got %q\nwant %q", in, g, w)
		}
	}
}

// TestDotWriter checks that a payload stuffed on its way to the
// connection is what the stuffer with dots gives, however it is split
// into writes.
func TestDotWriter(t *testing.T) {
	payload := ".a\r\nb\r\n.\r\n..c\r\nd.e\r\n.\r\n"
	st := newStuffer(nil, true)
	st.Write([]byte(payload))
	want := string(st.finish())
	for split := range len(payload) + 1 {
		var out bytes.Buffer
		bw := bufio.NewWriter(&out)
		d := &dotWriter{w: bw, bol: true}
		for _, part := range []string{payload[:split], payload[split:]} {
			if n, err := d.Write([]byte(part)); n != len(part) || err != nil {
				t.Fatalf("Write(%q) = %d, %v", part, n, err)
			}
		}
		bw.WriteString(".\r\n")
		bw.Flush()
		if got := out.String(); got != want {
			t.Errorf("split at %d: got %q, want %q", split, got, want)
		}
	}
}
