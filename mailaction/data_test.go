package mailaction

import "testing"

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
