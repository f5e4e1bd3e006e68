package mailaction

import (
	"testing"

	"github.com/taskmail/taskmail/config"
)

func TestPickMechanism(t *testing.T) {
	pw := config.Auth{Username: "u", Password: "p"}
	token := config.Auth{Username: "u", Token: "t"}
	for _, c := range []struct {
		offered []string
		auth    config.Auth
		want    config.AuthMechanism
	}{
		{[]string{"PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "XOAUTH2"}, pw, config.AuthSCRAMSHA256},
		{[]string{"LOGIN", "PLAIN", "CRAM-MD5"}, pw, config.AuthCRAMMD5},
		{[]string{"LOGIN", "PLAIN"}, pw, config.AuthPlain},
		{[]string{"LOGIN"}, pw, config.AuthLogin},
		{[]string{"XOAUTH2"}, pw, ""},
		{[]string{"PLAIN", "XOAUTH2"}, token, config.AuthXOAUTH2},
		{[]string{"PLAIN"}, token, ""},
		{nil, pw, ""},
	} {
		if got := pickMechanism(c.offered, c.auth); got != c.want {
			t.Errorf("pickMechanism(%v) = %q, want %q", c.offered, got, c.want)
		}
	}
}
