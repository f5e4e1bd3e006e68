package river_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/riverqueue/river/rivertype"

	taskriver "github.com/taskmail/taskmail/integrations/river"
)

func TestArgsSummary(t *testing.T) {
	long := strings.Repeat("x", 100)
	for _, tc := range []struct {
		name, args, want string
	}{
		{"sorted keys", `{"b":2,"a":"one"}`, `{"a":"one","b":2}`},
		{"secrets left out", `{"user":"bob","password":"hunter2","api_token":"t0k","AuthHeader":"Bearer x"}`,
			`{"AuthHeader":"[redacted]","api_token":"[redacted]","password":"[redacted]","user":"bob"}`},
		{"long string cut", `{"text":"` + long + `"}`, `{"text":"` + strings.Repeat("x", 57) + `..."}`},
		{"long object sized", `{"list":[` + strings.Repeat(`1,`, 40) + `1]}`, `{"list":"(83 bytes)"}`},
		{"not an object", `[1,2]`, `(arguments are not a JSON object)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := taskriver.ArgsSummary(&rivertype.JobRow{EncodedArgs: []byte(tc.args)})
			if got != tc.want {
				t.Errorf("ArgsSummary(%s) = %s, want %s", tc.args, got, tc.want)
			}
		})
	}
	big := `{`
	for i := range 50 {
		big += `"k` + strings.Repeat("a", i) + `":1,`
	}
	big += `"z":1}`
	if got := taskriver.ArgsSummary(&rivertype.JobRow{EncodedArgs: []byte(big)}); len(got) > 300 {
		t.Errorf("summary of %d bytes, want at most 300", len(got))
	}
}

func TestSendEmailArgsHoldNoSecrets(t *testing.T) {
	// The job row is the args' JSON: it must have no field for a server,
	// a login or a password; those stay with the worker's Sender.
	var names []string
	for _, typ := range []reflect.Type{reflect.TypeFor[taskriver.SendEmailArgs](), reflect.TypeFor[taskriver.Attachment]()} {
		for f := range typ.Fields() {
			names = append(names, strings.ToLower(f.Name+" "+f.Tag.Get("json")))
		}
	}
	for _, n := range names {
		for _, bad := range []string{"password", "secret", "token", "username", "host", "port", "auth", "smtp"} {
			if strings.Contains(n, bad) {
				t.Errorf("job args field %q looks like configuration or a secret (%s)", n, bad)
			}
		}
	}
	if len(names) < 10 {
		t.Fatalf("only %d fields found", len(names))
	}
}
