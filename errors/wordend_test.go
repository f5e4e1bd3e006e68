package errors

import "testing"

// TestWordEndTerms pins down what a trailing space in a term means: the
// term ends a word, whatever punctuation follows, and a longer word that
// starts with it does not count.
func TestWordEndTerms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "552 Mailbox full!", KindMailboxFull},
		{"", "552 Mailbox full)", KindMailboxFull},
		{"", "452 mailbox is full", KindMailboxFull},
		{"", "550 5.7.1 sender (user@example.org) refused", KindSenderRejected},
		// "fully" is not "full".
		{"", "550 Mailbox fully unknown", KindRecipientUnknown},
		// The client's IP refused in any words is a block; "ip" is two
		// letters, matched before a space or punctuation.
		{"", "554 5.7.1 Rejected because Bad IP here", KindBlocked},
		// HELO alone names the stage only; with a condition it is a block.
		{"", "421-4.7.0 Try again later, closing connection. (EHLO)", KindServiceUnavailable},
		{"", "550 HELO name rejected", KindBlocked},
	})
}
