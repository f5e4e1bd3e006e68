package errors

import "testing"

// TestConceptPairs covers wordings that are in no table, decided by a
// subject and a condition found apart in the text.
func TestConceptPairs(t *testing.T) {
	for _, c := range []struct {
		reply string
		want  Kind
	}{
		// "exceeded" alone names no quota: a limit exceeded is a rate.
		{"550 Sendegrenze überschritten", KindRateLimited},
		{"550 Превышено ограничение на количество писем", KindRateLimited},
		{"550 Das Postfach ist voll", KindMailboxFull},
		// A protocol error keeps its code.
		{"501 5.5.4 HOLDFOR parameter exceeds maximum", KindSyntaxError},
		// The client named by its IP, refused in other words.
		{"554 Your IP address is not welcome here", KindBlocked},
		{"550 Connection from this client not welcome", KindBlocked},
		// Log in first, TLS failing, in words the phrase lists lack.
		{"550 Please send AUTH before MAIL", KindAuthRequired},
		{"454 TLS handshake with the client failed", KindTLSFailed},
	} {
		if got := Classify("", c.reply); got.Kind != c.want {
			t.Errorf("Classify(%q) = %s (%s), want %s", c.reply, got.Kind, got.Evidence, c.want)
		}
	}
}
