package main

import mailerrors "github.com/taskmail/taskmail/errors"

// ErrorFields are the fields of a *mailerrors.Error that "send --json",
// "doctor --json" and "explain --json" all print: the one JSON shape of an
// error, built in one place (errorFieldsOf) so the commands name and fill
// them alike. hints is a list of strings (each hint's sentence, then
// "(option: X)" when an option changes it); hint_details has the same
// hints as objects, {"text": ..., "option": ...}. Send and doctor omit the
// codes and text when there are none (a connection that failed has no
// reply); explain prints them always. replyFields is the same list with
// explain's tags: Go ignores tags when converting between struct types,
// so replyFields(f) compiles only while the two lists hold the same
// fields, and TestErrorJSONNames checks the JSON names match.
type ErrorFields struct {
	Stage       string       `json:"stage,omitempty"`
	Code        int          `json:"code,omitempty"`
	Enhanced    string       `json:"enhanced,omitempty"`
	Kind        string       `json:"kind"`
	Temporary   bool         `json:"temporary"`
	Text        string       `json:"text,omitempty"`
	Hints       []string     `json:"hints"`
	HintDetails []hintDetail `json:"hint_details"`
}

// replyFields are ErrorFields as explain prints them: every field but the
// stage, even when empty.
type replyFields struct {
	Stage       string       `json:"stage,omitempty"`
	Code        int          `json:"code"`
	Enhanced    string       `json:"enhanced"`
	Kind        string       `json:"kind"`
	Temporary   bool         `json:"temporary"`
	Text        string       `json:"text"`
	Hints       []string     `json:"hints"`
	HintDetails []hintDetail `json:"hint_details"`
}

// hintDetail is one hint as an object: what to do, and the option that
// changes it ("" when none), as a config field path such as
// "Auth.Username".
type hintDetail struct {
	Text   string `json:"text"`
	Option string `json:"option"`
}

// errorFieldsOf returns me's fields as JSON prints them; Hints and
// HintDetails are never nil, so they print as lists.
func errorFieldsOf(me *mailerrors.Error) ErrorFields {
	f := ErrorFields{
		Stage:       string(me.Stage),
		Code:        me.Code,
		Enhanced:    me.Enhanced,
		Kind:        string(me.Kind),
		Temporary:   me.Temporary,
		Text:        me.Text,
		Hints:       make([]string, 0, len(me.Hints)),
		HintDetails: make([]hintDetail, 0, len(me.Hints)),
	}
	for _, h := range me.Hints {
		f.Hints = append(f.Hints, h.String())
		f.HintDetails = append(f.HintDetails, hintDetail{Text: h.Text, Option: h.Field})
	}
	return f
}

// The exit codes every command shares.
const (
	exitOK        = 0 // sent; a send would succeed; replies explained
	exitRefused   = 1 // the server (or the connection) refused for good: a send fails until something changes
	exitUsage     = 2 // bad usage, or options that cannot work (found before any connection)
	exitTemporary = 3 // a temporary failure only: trying again later may succeed
)

// exitCode is the exit code for the failures errs, nil or empty for none:
// usage/options first, then a permanent refusal, then temporary.
func exitCode(errs []*mailerrors.Error) int {
	code := exitOK
	for _, me := range errs {
		c := exitTemporary
		switch {
		case optionsError(me):
			c = exitUsage
		case !me.Temporary:
			c = exitRefused
		}
		code = worse(code, c)
	}
	return code
}

// optionsError reports whether me is about the options or the message
// themselves, found before any connection: nothing a server said.
func optionsError(me *mailerrors.Error) bool {
	return (me.Kind == mailerrors.KindInvalidConfig && (me.Stage == mailerrors.StageConfig || me.Stage == "")) ||
		(me.Kind == mailerrors.KindSyntaxError && me.Stage == "")
}

// worse returns the exit code that says more: usage over refused over
// temporary over ok.
func worse(a, b int) int {
	rank := map[int]int{exitOK: 0, exitTemporary: 1, exitRefused: 2, exitUsage: 3}
	if rank[b] > rank[a] {
		return b
	}
	return a
}
