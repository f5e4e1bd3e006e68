package temporal_test

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/hashicorp/go-multierror"
	sdktemporal "go.temporal.io/sdk/temporal"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/integrations/temporal"
	"github.com/taskmail/taskmail/mailaction"
)

func TestApplicationError(t *testing.T) {
	relay := mailerrors.Classify(mailerrors.StageRcpt, "554 5.7.1 <a@example.com>: Relay access denied")
	relay.Recipient = "a@example.com"
	relay.Hints = []mailerrors.Hint{{Text: "Turn on SMTP authentication", Field: "Auth.Username"}}
	grey := mailerrors.Classify(mailerrors.StageRcpt, "451 4.7.1 <b@example.org>: Recipient address rejected: Greylisted")
	grey.Recipient = "b@example.org"
	grey.Wait = 90 * time.Second
	limited := mailerrors.Classify(mailerrors.StageMail, "421 4.7.0 Too many connections, try again in 10 minutes")

	tests := []struct {
		name         string
		err          error
		kind         string
		nonRetryable bool
		delay        time.Duration
		details      int
	}{
		{"relay denied", fmt.Errorf("send: %w", relay), "relay_denied", true, 0, 1},
		{"greylisted", grey, "greylisted", false, 90 * time.Second, 1},
		{"server-given wait", limited, "rate_limited", false, 10 * time.Minute, 1},
		// One recipient refused for good, one greylisted: a retry (to the
		// second only) can help, and the Type names the temporary one.
		{"mixed", multierror.Append(relay, grey), "greylisted", false, 90 * time.Second, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ae *sdktemporal.ApplicationError
			if !errors.As(temporal.ApplicationError(tt.err), &ae) {
				t.Fatalf("not an ApplicationError")
			}
			if ae.Type() != tt.kind || ae.NonRetryable() != tt.nonRetryable || ae.NextRetryDelay() != tt.delay {
				t.Fatalf("type %q non-retryable %v delay %v; want %q %v %v", ae.Type(), ae.NonRetryable(), ae.NextRetryDelay(), tt.kind, tt.nonRetryable, tt.delay)
			}
			ds := make([]temporal.ErrorDetails, tt.details)
			ptrs := make([]any, len(ds))
			for i := range ds {
				ptrs[i] = &ds[i]
			}
			if err := ae.Details(ptrs...); err != nil {
				t.Fatalf("details: %v", err)
			}
			if ds[0].Kind != tt.kind || ds[0].Code == 0 || ds[0].Text == "" || ds[0].Stage == "" {
				t.Errorf("first details %+v", ds[0])
			}
			if tt.kind == "relay_denied" && (len(ds[0].Hints) != 1 || ds[0].Hints[0].Field != "Auth.Username" || ds[0].Recipient != "a@example.com") {
				t.Errorf("hints or recipient lost: %+v", ds[0])
			}
		})
	}
	if temporal.ApplicationError(nil) != nil {
		t.Error("nil error mapped to non-nil")
	}
	plain := errors.New("context canceled")
	if got := temporal.ApplicationError(plain); got != plain {
		t.Errorf("an error that holds no mail error should pass unchanged, got %v", got)
	}
}

// A failure is temporary in the notification only when every mail error
// in it is, as mailaction's own notifications say (mailerrors.IsTemporary),
// whatever order the errors come in; hints are listed once.
func TestNewFailureInfoTemporary(t *testing.T) {
	relay := mailerrors.Classify(mailerrors.StageRcpt, "554 5.7.1 <a@example.com>: Relay access denied")
	relay.Hints = []mailerrors.Hint{{Text: "Turn on SMTP authentication", Field: "Auth.Username"}}
	grey := mailerrors.Classify(mailerrors.StageRcpt, "451 4.7.1 <b@example.org>: Recipient address rejected: Greylisted")
	grey.Hints = relay.Hints
	for _, tt := range []struct {
		name string
		err  error
		temp bool
	}{
		{"greylisted", grey, true},
		{"relay denied", relay, false},
		{"greylisted then relay denied", multierror.Append(grey, relay), false},
		{"relay denied then greylisted", multierror.Append(relay, grey), false},
	} {
		fi := temporal.NewFailureInfo(mailaction.Failure{Task: "t", Err: tt.err})
		if fi.Temporary != tt.temp || fi.Temporary != mailerrors.IsTemporary(tt.err) {
			t.Errorf("%s: Temporary %v, want %v", tt.name, fi.Temporary, tt.temp)
		}
		if len(fi.Hints) != 1 {
			t.Errorf("%s: hints %q, want the one hint once", tt.name, fi.Hints)
		}
	}
}
