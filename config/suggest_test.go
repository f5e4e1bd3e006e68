package config

import (
	"strings"
	"testing"
)

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
		{"ssl", "tls"}, // by meaning
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

// TestSuggestByMeaning: a key that means an option of the same section,
// spelt nothing like it, suggests that option; a synonym of an option
// that is not in the section suggests nothing.
func TestSuggestByMeaning(t *testing.T) {
	auth := []string{"mechanism", "username", "password", "token"}
	smtp := []string{"host", "port", "tls", "tls_server_name", "ca_file", "insecure_skip_verify", "auth",
		"allow_insecure_auth", "from", "sender", "helo_name", "pop_before_smtp", "timeout", "command_timeout", "retry"}
	retry := []string{"max_attempts", "initial_interval", "max_interval", "max_elapsed", "greylist_delay"}
	for _, tc := range []struct {
		in      string
		options []string
		want    string
	}{
		{"user", auth, "username"},
		{"User", auth, "username"},
		{"login", auth, "username"},
		{"pass", auth, "password"},
		{"passwd", auth, "password"},
		{"method", auth, "mechanism"},
		{"server", smtp, "host"},
		{"hostname", smtp, "host"},
		{"ssl", smtp, "tls"},
		{"encryption", smtp, "tls"},
		{"starttls", smtp, "tls"},
		{"ca_cert", smtp, "ca_file"},
		{"skip_verify", smtp, "insecure_skip_verify"},
		{"ehlo", smtp, "helo_name"},
		{"return_path", smtp, "sender"},
		{"retries", retry, "max_attempts"},
		{"user", smtp, ""}, // no username in this section
		{"colour", smtp, ""},
	} {
		if got := suggest(tc.in, tc.options); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLoadSuggestsByMeaning(t *testing.T) {
	_, err := LoadBytes([]byte("smtp:\n  host: mail.example.org\n  from: robot@example.org\n  auth:\n    user: robot\n"), "taskmail.yaml")
	if err == nil || !strings.Contains(err.Error(), `smtp.auth.user`) || !strings.Contains(err.Error(), `did you mean "username"`) {
		t.Errorf("err = %v, want smtp.auth.user with did you mean \"username\"", err)
	}
}
