package main

import mailerrors "github.com/taskmail/taskmail/errors"

// errorFields are the fields of a *mailerrors.Error that "send --json" and
// "explain --json" both print, built in one place (errorFieldsOf) so the
// two commands name and fill them alike. Send omits the codes and text when
// there are none (a connection that failed has no reply); explain prints
// them always. replyFields is the same list with explain's tags: Go ignores
// tags when converting between struct types, so replyFields(f) compiles
// only while the two lists hold the same fields, and TestErrorJSONNames
// checks the JSON names match.
type errorFields struct {
	Stage     string   `json:"stage,omitempty"`
	Code      int      `json:"code,omitempty"`
	Enhanced  string   `json:"enhanced,omitempty"`
	Kind      string   `json:"kind"`
	Temporary bool     `json:"temporary"`
	Text      string   `json:"text,omitempty"`
	Hints     []string `json:"hints"`
}

// replyFields are errorFields as explain prints them: every field but the
// stage, even when empty.
type replyFields struct {
	Stage     string   `json:"stage,omitempty"`
	Code      int      `json:"code"`
	Enhanced  string   `json:"enhanced"`
	Kind      string   `json:"kind"`
	Temporary bool     `json:"temporary"`
	Text      string   `json:"text"`
	Hints     []string `json:"hints"`
}

// errorFieldsOf returns me's fields as JSON prints them; Hints is never
// nil, so it prints as a list.
func errorFieldsOf(me *mailerrors.Error) errorFields {
	f := errorFields{
		Stage:     string(me.Stage),
		Code:      me.Code,
		Enhanced:  me.Enhanced,
		Kind:      string(me.Kind),
		Temporary: me.Temporary,
		Text:      me.Text,
		Hints:     make([]string, 0, len(me.Hints)),
	}
	for _, h := range me.Hints {
		f.Hints = append(f.Hints, h.String())
	}
	return f
}
