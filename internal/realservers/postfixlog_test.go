package realservers

import (
	"strings"
	"testing"
)

func TestSASLMethodFromLog(t *testing.T) {
	log := []byte(`Nov 23 12:40:01 mx postfix/smtpd[101]: 4F3A21C0B2: client=unknown[127.0.0.1], sasl_method=PLAIN, sasl_username=alice@local.test
Nov 23 12:40:01 mx postfix/cleanup[102]: 4F3A21C0B2: message-id=<old@local.test>
Nov 23 12:40:02 mx postfix/smtpd[101]: 4F3A21C0B2: client=unknown[127.0.0.1], sasl_method=SCRAM-SHA-256, sasl_username=alice@local.test
Nov 23 12:40:02 mx postfix/cleanup[102]: 4F3A21C0B2: message-id=<reused@local.test>
Nov 23 12:40:03 mx postfix/smtpd[103]: 5A0B11C0C3: client=unknown[127.0.0.1]
Nov 23 12:40:03 mx postfix/cleanup[104]: 5A0B11C0C3: message-id=<anonymous@local.test>
Nov 23 12:40:04 mx postfix/smtpd[105]: 6B1C22D1D4: client=unknown[127.0.0.1], sasl_method=CRAM-MD5, sasl_username=bob@local.test
`)
	for _, c := range []struct {
		id, method string
		ok         bool
	}{
		{"<old@local.test>", "PLAIN", true},
		{"reused@local.test", "SCRAM-SHA-256", true},
		{"<anonymous@local.test>", "", true},
		{"<not-yet@local.test>", "", false}, // smtpd line only, or nothing at all
	} {
		method, ok := saslMethod(log, c.id)
		if method != c.method || ok != c.ok {
			t.Errorf("saslMethod(%q) = %q, %v; want %q, %v", c.id, method, ok, c.method, c.ok)
		}
	}
}

func TestClientLines(t *testing.T) {
	log := []byte(`Dec 02 18:39:14 mx postfix/smtpd[1]: connect from unknown[127.64.1.2]
Dec 02 18:39:14 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from unknown[127.64.1.2]: 554 5.7.1 <x@example.org>: Relay access denied
Dec 02 18:39:14 mx postfix/smtpd[2]: connect from unknown[127.64.1.20]
Dec 02 18:39:15 mx postfix/smtpd[1]: lost connection after RSET from unknown[127.64.1.2]
Dec 02 18:39:15 mx postfix/smtpd[1]: disconnect from unknown[127.64.1.2] ehlo=1 mail=1 rcpt=0/1 rset=1 commands=3/4
Dec 02 18:39:15 mx postfix/cleanup[3]: something about [127.64.1.2]
Dec 02 18:39:16 mx postfix/smtpd[2]: disconnect from unknown[127.64.1.20] ehlo=1 quit=1 commands=2
`)
	lines, ended := clientLines(log, "127.64.1.2")
	if len(lines) != 4 || ended != 1 || !strings.Contains(lines[2], "lost connection after RSET") {
		t.Fatalf("clientLines = %d lines, %d ended:\n%s", len(lines), ended, strings.Join(lines, "\n"))
	}
}
