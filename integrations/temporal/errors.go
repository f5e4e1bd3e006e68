package temporal

import (
	"time"

	sdktemporal "go.temporal.io/sdk/temporal"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// ErrorDetails is a mail error as plain data: the details of the
// ApplicationError that SendEmail returns, one per *mailerrors.Error (the
// one its Type names first). A workflow reads the first with
// appErr.Details(&d).
type ErrorDetails struct {
	Kind       string            `json:"kind"`
	Code       int               `json:"code,omitempty"`
	Enhanced   string            `json:"enhanced,omitempty"`
	Text       string            `json:"text,omitempty"`
	Stage      string            `json:"stage,omitempty"`
	Recipient  string            `json:"recipient,omitempty"`
	Server     string            `json:"server,omitempty"`
	Temporary  bool              `json:"temporary"`
	RetryAfter time.Duration     `json:"retry_after,omitempty"`
	Hints      []mailerrors.Hint `json:"hints,omitempty"`
}

func detailsOf(e *mailerrors.Error) ErrorDetails {
	return ErrorDetails{
		Kind: string(e.Kind), Code: e.Code, Enhanced: e.Enhanced, Text: e.Text, Stage: string(e.Stage),
		Recipient: e.Recipient, Server: e.Server, Temporary: e.Temporary, RetryAfter: e.RetryAfter(), Hints: e.Hints,
	}
}

// ApplicationError turns an error taskmail returned into the error an
// activity returns: a temporal.ApplicationError whose Type is the mail
// error kind, NonRetryable when no attempt can help
// (mailerrors.Retryable), NextRetryDelay the least useful wait, and an
// ErrorDetails per mail error as details: first the one its Type names
// (a temporary one when the send is retryable). Its message is err's
// text, which names no secret. An error that holds no mail error (a
// cancelled context) is returned as it is. nil stays nil.
func ApplicationError(err error) error {
	if err == nil {
		return nil
	}
	all := mailerrors.All(err)
	if len(all) == 0 {
		return err
	}
	ok, wait := mailerrors.Retryable(err)
	first := 0
	if ok {
		for i, e := range all {
			if e.Temporary {
				first = i
				break
			}
		}
	}
	details := []any{detailsOf(all[first])}
	for i, e := range all {
		if i != first {
			details = append(details, detailsOf(e))
		}
	}
	return sdktemporal.NewApplicationErrorWithOptions(err.Error(), string(all[first].Kind), sdktemporal.ApplicationErrorOptions{
		NonRetryable:   !ok,
		NextRetryDelay: wait,
		Details:        details,
	})
}
