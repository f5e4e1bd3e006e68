package errors_test

import (
	"errors"
	"fmt"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

func ExampleClassify() {
	e := mailerrors.Classify(mailerrors.StageRcpt, "554 5.7.1 <a@b.example>: Relay access denied")
	fmt.Println(e.Kind, e.Code, e.Enhanced, e.Temporary)
	fmt.Println(e)
	fmt.Println(e.Hints[0])
	// Output:
	// relay_denied 554 5.7.1 false
	// relay_denied at rcpt: 554 5.7.1 <a@b.example>: Relay access denied
	// Turn on SMTP authentication: set a username and password this server accepts (option: Auth.Username)
}

func ExampleClassify_deferredRelay() {
	// Postfix's defer_unauth_destination sends a relay denial as 4xx.
	// Waiting does not help, so it is not temporary.
	e := mailerrors.Classify(mailerrors.StageRcpt, "454 4.7.1 <a@b.example>: Relay access denied")
	fmt.Println(e.Kind, e.Temporary)
	// Output: relay_denied false
}

func ExampleClassify_words() {
	// A bare 5.7.1 is used for relay denial, spam and blocklisting alike:
	// the words decide.
	for _, reply := range []string{
		"550 5.7.1 Unable to relay",
		"550 5.7.1 Message rejected as spam by Content Filtering.",
		"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
	} {
		fmt.Println(mailerrors.Classify(mailerrors.StageRcpt, reply).Kind)
	}
	// Output:
	// relay_denied
	// policy_rejected
	// blocked
}

func Example_errorsIs() {
	var err error = mailerrors.Classify(mailerrors.StageRcpt, "451 4.7.1 Greylisted, try again in 5 minutes")
	err = fmt.Errorf("send report: %w", err)

	fmt.Println(errors.Is(err, mailerrors.ErrGreylisted))
	fmt.Println(errors.Is(err, mailerrors.ErrRelayDenied))
	fmt.Println(mailerrors.IsTemporary(err), mailerrors.KindOf(err))
	// Output:
	// true
	// false
	// true greylisted
}

func ExampleError_Refine() {
	e := mailerrors.Classify(mailerrors.StageRcpt, "554 5.7.1 <a@b.example>: Relay access denied")
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	e.Refine(mailerrors.Options{
		AuthConfigured: true,
		Sender:         "robot@example.org",
		POPConfigured:  true,
		POPLastCheck:   now.Add(-3 * time.Minute),
		POPWindow:      15 * time.Minute,
		Now:            now,
	})
	for _, h := range e.Hints[:3] {
		fmt.Println(h)
	}
	// Output:
	// Send as a user of this server: the From/Sender must be an address this server lets you send as (option: Sender)
	// Check that authentication took place: the server relays only for authenticated sessions (option: Auth.Mechanism)
	// The POP3 check ran 3m0s ago (11:57:00 UTC) but did not open relaying: the server may not support POP-before-SMTP, may tie it to another address or user, or may update its list late (option: POPBeforeSMTP)
}

func ExampleFromError() {
	err := fmt.Errorf("dial: %w", mailerrors.Classify(mailerrors.StageConnect, "Connection refused"))
	e := mailerrors.FromError(mailerrors.StageConnect, err)
	fmt.Println(e.Kind, e.Temporary)
	// Output: connection_failed true
}
