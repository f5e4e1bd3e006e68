package temporal_test

import (
	"errors"
	"fmt"
	"time"

	sdktemporal "go.temporal.io/sdk/temporal"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/integrations/temporal"
)

// What a workflow sees of a greylisting and of a relay denial.
func ExampleApplicationError() {
	grey := mailerrors.Classify(mailerrors.StageRcpt, "451 4.7.1 Greylisted, please try again later")
	grey.Wait = 5 * time.Minute // the Sender sets it from retry.greylist_delay
	relay := mailerrors.Classify(mailerrors.StageRcpt, "554 5.7.1 <someone@example.com>: Relay access denied")
	for _, err := range []error{grey, relay} {
		var ae *sdktemporal.ApplicationError
		errors.As(temporal.ApplicationError(err), &ae)
		var d temporal.ErrorDetails
		_ = ae.Details(&d)
		fmt.Printf("%s: non-retryable %v, next retry after %v, reply %d %s\n", ae.Type(), ae.NonRetryable(), ae.NextRetryDelay(), d.Code, d.Enhanced)
	}
	// Output:
	// greylisted: non-retryable false, next retry after 5m0s, reply 451 4.7.1
	// relay_denied: non-retryable true, next retry after 0s, reply 554 5.7.1
}
