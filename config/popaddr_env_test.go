package config

import (
	"testing"
)

// TestPOPAddrKeepsExplicitPort: an explicit POP3 port is used as it is;
// only a zero port comes from the TLS mode. Mutation testing found the
// explicit case unpinned.
func TestPOPAddrKeepsExplicitPort(t *testing.T) {
	for _, c := range []struct {
		p    POPBeforeSMTP
		want string
	}{
		{POPBeforeSMTP{Host: "pop.example.org", Port: 1110, TLS: TLSImplicit}, "pop.example.org:1110"},
		{POPBeforeSMTP{Host: "pop.example.org", Port: 1110, TLS: TLSNone}, "pop.example.org:1110"},
		{POPBeforeSMTP{Host: "pop.example.org", TLS: TLSImplicit}, "pop.example.org:995"},
	} {
		if got := c.p.Addr(); got != c.want {
			t.Errorf("%+v.Addr() = %q, want %q", c.p, got, c.want)
		}
	}
}

// TestApplyEnvSetsPointerField: a pointer option (notifier.recovered, a
// *bool whose nil means the default) is set from its variable, and a bad
// value leaves it nil and is reported. Mutation testing found the good
// case unpinned.
func TestApplyEnvSetsPointerField(t *testing.T) {
	for _, c := range []struct {
		value string
		want  *bool
		bad   bool
	}{
		{"false", new(false), false},
		{"true", new(true), false},
		{"maybe", nil, true},
	} {
		var f File
		env := map[string]string{"TASKMAIL_NOTIFIER_RECOVERED": c.value}
		err := ApplyEnv(&f, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
		if (err != nil) != c.bad {
			t.Errorf("%q: err = %v, want an error: %v", c.value, err, c.bad)
		}
		got := f.Notifier.Recovered
		if (got == nil) != (c.want == nil) || (got != nil && *got != *c.want) {
			t.Errorf("%q: Recovered = %v, want %v", c.value, deref(got), deref(c.want))
		}
	}
}

func deref(b *bool) any {
	if b == nil {
		return nil
	}
	return *b
}
