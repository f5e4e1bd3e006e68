package errors_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

func TestDefaultGreylistDelayMatchesConfig(t *testing.T) {
	if mailerrors.DefaultGreylistDelay != config.DefaultGreylistDelay {
		t.Fatalf("errors.DefaultGreylistDelay = %v, config.DefaultGreylistDelay = %v", mailerrors.DefaultGreylistDelay, config.DefaultGreylistDelay)
	}
}

func TestRetryAfter(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  *mailerrors.Error
		want time.Duration
	}{
		{"nil", nil, 0},
		{"greylisted, no delay set", &mailerrors.Error{Kind: mailerrors.KindGreylisted, Code: 451, Temporary: true, Text: "Greylisted, try again later"}, 5 * time.Minute},
		{"greylisted, delay from the options", &mailerrors.Error{Kind: mailerrors.KindGreylisted, Code: 451, Temporary: true, Wait: 30 * time.Second}, 30 * time.Second},
		{"greylisted, server asks longer", &mailerrors.Error{Kind: mailerrors.KindGreylisted, Code: 451, Temporary: true, Wait: 30 * time.Second, Text: "Greylisted for 300 seconds"}, 300 * time.Second},
		{"greylisted, server asks shorter", &mailerrors.Error{Kind: mailerrors.KindGreylisted, Code: 451, Temporary: true, Wait: time.Minute, Text: "Greylisted, please try again in 10 s"}, time.Minute},
		{"rate limit in seconds", &mailerrors.Error{Kind: mailerrors.KindRateLimited, Code: 421, Temporary: true, Text: "Too many messages, try again in 30 seconds"}, 30 * time.Second},
		{"rate limit in minutes", &mailerrors.Error{Kind: mailerrors.KindRateLimited, Code: 450, Temporary: true, Text: "Rate limit exceeded. Please retry after 5 min"}, 5 * time.Minute},
		{"rate limit in hours", &mailerrors.Error{Kind: mailerrors.KindRateLimited, Code: 421, Temporary: true, Text: "Daily quota reached; wait 2 hours"}, 2 * time.Hour},
		{"rate limit, no wait named", &mailerrors.Error{Kind: mailerrors.KindRateLimited, Code: 421, Temporary: true, Text: "Too many connections, try again later"}, 0},
		{"number without unit", &mailerrors.Error{Kind: mailerrors.KindRateLimited, Code: 452, Temporary: true, Text: "Too many recipients in 1 message"}, 0},
		{"two waits: the longer", &mailerrors.Error{Kind: mailerrors.KindServiceUnavailable, Code: 421, Temporary: true, Text: "busy, retry in 10 seconds, or for bulk wait 3 minutes"}, 3 * time.Minute},
		{"capped", &mailerrors.Error{Kind: mailerrors.KindRateLimited, Code: 421, Temporary: true, Text: "try again in 9999999 hours"}, mailerrors.MaxServerWait},
		{"permanent: no wait helps", &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Code: 554, Temporary: false, Text: "Relay access denied, try again in 5 minutes"}, 0},
		{"temporary, nothing known", &mailerrors.Error{Kind: mailerrors.KindConnectionFailed, Temporary: true}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.err.RetryAfter(); got != tc.want {
				t.Errorf("RetryAfter() = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestRetryAfterFromClassifiedReply(t *testing.T) {
	e := mailerrors.Classify(mailerrors.StageRcpt, "450 4.7.1 Rate limit exceeded, try again in 90 seconds")
	if !e.Temporary {
		t.Fatalf("%v: not temporary", e)
	}
	if got := e.RetryAfter(); got != 90*time.Second {
		t.Errorf("RetryAfter() = %v, want 1m30s (kind %s)", got, e.Kind)
	}
}

func multi(errs ...error) error {
	return &multierror.Error{Errors: errs}
}

func TestRetryable(t *testing.T) {
	grey := func(rcpt string, wait time.Duration) *mailerrors.Error {
		return &mailerrors.Error{Kind: mailerrors.KindGreylisted, Stage: mailerrors.StageRcpt, Code: 451, Enhanced: "4.7.1", Recipient: rcpt, Temporary: true, Wait: wait}
	}
	rate := func(rcpt, text string) *mailerrors.Error {
		return &mailerrors.Error{Kind: mailerrors.KindRateLimited, Stage: mailerrors.StageRcpt, Code: 450, Recipient: rcpt, Temporary: true, Text: text}
	}
	unknown := func(rcpt string) *mailerrors.Error {
		return &mailerrors.Error{Kind: mailerrors.KindRecipientUnknown, Stage: mailerrors.StageRcpt, Code: 550, Enhanced: "5.1.1", Recipient: rcpt}
	}
	for _, tc := range []struct {
		name string
		err  error
		ok   bool
		wait time.Duration
	}{
		{"nil", nil, false, 0},
		{"not taskmail's", errors.New("boom"), false, 0},
		{"greylisted", grey("a@example.org", time.Minute), true, time.Minute},
		{"wrapped", fmt.Errorf("step 3: %w", grey("a@example.org", time.Minute)), true, time.Minute},
		{"connection failed", &mailerrors.Error{Kind: mailerrors.KindConnectionFailed, Stage: mailerrors.StageConnect, Temporary: true}, true, 0},
		{"permanent", unknown("a@example.org"), false, 0},
		{"relay denied as 454", &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Stage: mailerrors.StageRcpt, Code: 454, Recipient: "a@elsewhere.test", Temporary: true}, false, 0},
		{"4xx refusal of EHLO", &mailerrors.Error{Kind: mailerrors.KindUnknown, Stage: mailerrors.StageEHLO, Code: 450, Temporary: true}, false, 0},
		{"one recipient permanent, one temporary", multi(unknown("a@example.org"), grey("b@example.org", time.Minute)), true, time.Minute},
		{"largest wait", multi(grey("a@example.org", time.Minute), rate("b@example.org", "try again in 2 minutes"), rate("c@example.org", "slow down")), true, 2 * time.Minute},
		{"every recipient permanent", multi(unknown("a@example.org"), unknown("b@example.org")), false, 0},
		{"whole message refused for good", multi(grey("a@example.org", time.Minute),
			&mailerrors.Error{Kind: mailerrors.KindPolicyRejected, Stage: mailerrors.StageData, Code: 554, Enhanced: "5.7.1"}), false, 0},
		{"joined", errors.Join(unknown("a@example.org"), rate("b@example.org", "try again in 45 s")), true, 45 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok, wait := mailerrors.Retryable(tc.err)
			if ok != tc.ok || wait != tc.wait {
				t.Errorf("Retryable = %v, %v; want %v, %v", ok, wait, tc.ok, tc.wait)
			}
		})
	}
}

// Retryable answers for any error taskmail returns: here a multierror of
// one recipient refused for good and one greylisted, as a Sender returns
// them.
func ExampleRetryable() {
	gone := mailerrors.Classify(mailerrors.StageRcpt, "550 5.1.1 <gone@example.org>: User unknown")
	gone.Recipient = "gone@example.org"
	later := mailerrors.Classify(mailerrors.StageRcpt, "451 4.7.1 Greylisted, try again in 300 seconds")
	later.Recipient = "ops@example.org"

	ok, wait := mailerrors.Retryable(multi(gone, later))
	fmt.Println(ok, wait)

	ok, wait = mailerrors.Retryable(gone)
	fmt.Println(ok, wait)
	// Output:
	// true 5m0s
	// false 0s
}
