package config

import "testing"

func TestDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"host", "host", 0},
		{"hots", "host", 1},
		{"hst", "host", 1},
		{"hostt", "host", 1},
		{"kitten", "sitting", 3},
		{"", "abc", 3},
		{"héllo", "hello", 1},
	} {
		if got := distance(tc.a, tc.b); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := distance(tc.b, tc.a); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"host", "port", "tls", "helo_name", "pop_before_smtp", "from", "sender"}
	for _, tc := range []struct{ in, want string }{
		{"hots", "host"},
		{"Host", "host"},
		{"prot", "port"},
		{"helo-name", "helo_name"},
		{"heloname", "helo_name"},
		{"pop_before_smpt", "pop_before_smtp"},
		{"ssl", ""},
		{"x", ""},
		{"relay", ""},
		{"senders", "sender"},
	} {
		if got := suggest(tc.in, keys); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if suggest("a", nil) != "" {
		t.Error("suggestion from nothing")
	}
}
