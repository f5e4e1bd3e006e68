package config

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/oauth2"
)

// The structs that hold a Secret, directly or not, print through these
// Format methods.
var (
	_ fmt.Formatter = Auth{}
	_ fmt.Formatter = POPBeforeSMTP{}
	_ fmt.Formatter = OAuth2{}
	_ fmt.Formatter = SMTP{}
	_ fmt.Formatter = File{}
)

// Format prints a as fmt would print the struct, with its secrets
// redacted. Without it, a *Auth printed with a verb that does not suit a
// pointer (%s, %d) inside another struct would print its fields with their
// methods switched off, secrets included: fmt's error path ignores
// Formatter and Stringer.
func (a Auth) Format(f fmt.State, verb rune) {
	type fields Auth // the same fields, without this method
	if a.TokenSource != nil {
		// A source may hold its last token (oauth2.ReuseTokenSource
		// does): print only that there is one.
		a.TokenSource = shownTokenSource{}
	}
	formatFields(f, verb, fields(a), "config.fields", "config.Auth")
}

// Format prints p as fmt would print the struct, with its secrets
// redacted; see Auth.Format for why.
func (p POPBeforeSMTP) Format(f fmt.State, verb rune) {
	type fields POPBeforeSMTP // the same fields, without this method
	formatFields(f, verb, fields(p), "config.fields", "config.POPBeforeSMTP")
}

// Format prints s as fmt would print the struct, with its secrets
// redacted; see Auth.Format for why.
func (s SMTP) Format(f fmt.State, verb rune) {
	type fields SMTP // the same fields, without this method
	formatFields(f, verb, fields(s), "config.fields", "config.SMTP")
}

// Format prints f as fmt would print the struct, with its secrets
// redacted; see Auth.Format for why.
func (f File) Format(st fmt.State, verb rune) {
	type fields File // the same fields, without this method
	formatFields(st, verb, fields(f), "config.fields", "config.File")
}

// formatFields prints v, a method-less copy of a struct, with the
// directive in f, naming the struct's real type for %#v. Its Secret
// fields keep their own Format and print redacted.
func formatFields(f fmt.State, verb rune, v any, alias, name string) {
	s := fmt.Sprintf(fmt.FormatString(f, verb), v)
	if verb == 'v' && f.Flag('#') {
		s = strings.Replace(s, alias, name, 1)
	}
	io.WriteString(f, s)
}

// shownTokenSource stands in for a TokenSource when Auth prints.
type shownTokenSource struct{}

func (shownTokenSource) Token() (*oauth2.Token, error) { return nil, errNotASource }

// Format prints "[redacted]" for every verb.
func (shownTokenSource) Format(f fmt.State, verb rune) { io.WriteString(f, redacted) }

var errNotASource = errors.New("config: a printed TokenSource stands-in gives no tokens")
