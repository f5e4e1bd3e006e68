// Package errors is taskmail's error taxonomy: it turns SMTP and POP3
// replies and network failures into a typed *Error with a stable Kind,
// tells whether the failure is temporary, and attaches remediation hints
// that take the options actually used into account.
//
// Import it under another name so it does not shadow the standard library:
//
//	import mailerrors "github.com/taskmail/taskmail/errors"
//
//	if errors.Is(err, mailerrors.ErrRelayDenied) { ... }
//
// Sentinels (ErrRelayDenied, ErrAuthRequired, …) match through fmt.Errorf
// wrapping and through go-multierror values. The package imports nothing
// else of taskmail's.
package errors
