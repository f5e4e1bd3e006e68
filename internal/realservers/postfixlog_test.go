package realservers

import "testing"

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
