package main

import (
	"reflect"
	"strings"
	"testing"
)

// TestErrorJSONNames checks that send and explain print a mail error's
// fields under the same names, in the same order.
func TestErrorJSONNames(t *testing.T) {
	names := func(v any) []string {
		var out []string
		typ := reflect.TypeOf(v)
		for i := 0; i < typ.NumField(); i++ {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
			out = append(out, name)
		}
		return out
	}
	send, explain := names(ErrorFields{}), names(replyFields{})
	if !reflect.DeepEqual(send, explain) {
		t.Errorf("send --json prints %v, explain --json prints %v", send, explain)
	}
	for _, n := range send {
		if n == "" || n == "-" {
			t.Errorf("a field without a JSON name in %v", send)
		}
	}
}
