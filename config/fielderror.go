package config

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/go-multierror"
)

// A FieldError is one problem with one option, as Validate reports it.
// It never holds a secret's value.
type FieldError struct {
	// Key is the option's path in the configuration file, such as
	// "smtp.port" or "smtp.pop_before_smtp.username"; its environment form
	// is EnvName(Key).
	Key string
	// Field is the Go field path within the struct that was validated, such
	// as "Port", "Auth.Username", "POPBeforeSMTP.Username" or "To[1]": the
	// path that remediation hints name.
	Field string
	// Value is the offending value as text, or "" when it is empty or a
	// secret.
	Value string
	// Problem says what is wrong, as a phrase ("not an email address").
	Problem string
	// Fix says what to do, as an imperative sentence.
	Fix string
}

// Error returns one line: the key, the Go field, the value, the problem
// and the fix, as in
//
//	smtp.from (From) = "robot": not an email address; write an address such as robot@example.org
func (e *FieldError) Error() string {
	var b strings.Builder
	switch {
	case e.Key != "" && e.Field != "":
		b.WriteString(e.Key + " (" + e.Field + ")")
	case e.Key != "":
		b.WriteString(e.Key)
	default:
		b.WriteString(e.Field)
	}
	if e.Value != "" {
		b.WriteString(" = " + strconv.Quote(e.Value))
	}
	b.WriteString(": " + e.Problem)
	if e.Fix != "" {
		b.WriteString("; " + e.Fix)
	}
	return b.String()
}

// FieldErrors returns every *FieldError in err, which may be a single
// *FieldError, a *multierror.Error of them as Validate returns, or either
// wrapped with %w. It returns nil when there are none.
func FieldErrors(err error) []*FieldError {
	var out []*FieldError
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if fe, ok := err.(*FieldError); ok {
			out = append(out, fe)
			return
		}
		if me, ok := err.(*multierror.Error); ok {
			for _, e := range me.Errors {
				walk(e)
			}
			return
		}
		if m, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range m.Unwrap() {
				walk(e)
			}
			return
		}
		walk(errors.Unwrap(err))
	}
	walk(err)
	return out
}

// problems collects errors and turns them into one *multierror.Error whose
// message lists them all, one per line.
type problems struct {
	what   string // for a list: "the options", "taskmail.yaml", "the environment"
	prefix string // for a single problem: "config: " or "config: taskmail.yaml: "
	errs   []error
}

func (p *problems) add(err error) { p.errs = append(p.errs, err) }

// err returns nil when nothing was added, else a *multierror.Error.
func (p *problems) err() error {
	if len(p.errs) == 0 {
		return nil
	}
	me := &multierror.Error{Errors: p.errs}
	me.ErrorFormat = listFormat(p.what, p.prefix)
	return me
}

// listFormat returns a multierror.ErrorFormatFunc that writes one problem
// on one line, prefix first, and several as a list:
//
//	config: 2 problems in the options:
//	  - smtp.host (Host): ...
//	  - smtp.from (From): ...
func listFormat(what, prefix string) multierror.ErrorFormatFunc {
	return func(errs []error) string {
		if len(errs) == 1 {
			return prefix + errs[0].Error()
		}
		var b strings.Builder
		fmt.Fprintf(&b, "config: %d problems in %s:", len(errs), what)
		for _, e := range errs {
			b.WriteString("\n  - " + e.Error())
		}
		return b.String()
	}
}
