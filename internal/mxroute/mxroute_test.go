package mxroute

import (
	"context"
	"errors"
	"net"
	"slices"
	"strings"
	"testing"
)

// fake answers from maps; a name in neither map does not exist, a name in
// fail gets a server failure.
type fake struct {
	mx   map[string][]*net.MX
	host map[string][]string
	fail map[string]bool
}

func (f fake) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	if f.fail["mx:"+name] {
		return nil, &net.DNSError{Err: "server misbehaving", Name: name, IsTemporary: true}
	}
	if m, ok := f.mx[name]; ok {
		return m, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

func (f fake) LookupHost(_ context.Context, name string) ([]string, error) {
	if f.fail["a:"+name] {
		return nil, &net.DNSError{Err: "server misbehaving", Name: name, IsTemporary: true}
	}
	if a, ok := f.host[name]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

func TestLookup(t *testing.T) {
	r := fake{
		mx: map[string][]*net.MX{
			"example.net":   {{Host: "mx1.example.net.", Pref: 10}, {Host: "mx2.example.net.", Pref: 20}},
			"broken.test":   {{Host: "", Pref: 5}, {Host: "mx.broken.test.", Pref: 10}},
			"null.test":     {{Host: ".", Pref: 0}},
			"allempty.test": {{Host: "", Pref: 0}, {Host: ".", Pref: 1}},
		},
		host: map[string][]string{"implicit.test": {"192.0.2.7"}},
		fail: map[string]bool{"mx:servfail.test": true, "a:afail.test": true},
	}
	for _, c := range []struct {
		domain   string
		hosts    []string
		implicit bool
		err      error
		address  bool // a *LookupError of the address lookup
	}{
		{domain: "example.net", hosts: []string{"mx1.example.net", "mx2.example.net"}},
		{domain: "broken.test", hosts: []string{"mx.broken.test"}},
		{domain: "implicit.test", hosts: []string{"implicit.test"}, implicit: true},
		{domain: "null.test", err: ErrNullMX},
		{domain: "allempty.test", err: ErrNullMX},
		{domain: "nothing.test", err: ErrNoMail},
		{domain: "servfail.test", err: &LookupError{}},
		{domain: "afail.test", err: &LookupError{}, address: true},
	} {
		route, err := Lookup(context.Background(), r, c.domain)
		var le *LookupError
		switch {
		case c.err == nil && err != nil:
			t.Errorf("%s: %v", c.domain, err)
		case c.err != nil && errors.As(c.err, new(*LookupError)):
			if !errors.As(err, &le) || le.Address != c.address {
				t.Errorf("%s: err %v, want a LookupError (address %v)", c.domain, err, c.address)
			} else if !NotFound(err) && !errors.As(err, new(*net.DNSError)) {
				t.Errorf("%s: %v does not unwrap to the DNS error", c.domain, err)
			}
		case c.err != nil && !errors.Is(err, c.err):
			t.Errorf("%s: err %v, want %v", c.domain, err, c.err)
		case errors.Is(c.err, ErrNoMail) && !NotFound(err):
			t.Errorf("%s: err %v does not hold the DNS answer", c.domain, err)
		}
		if !slices.Equal(route.Hosts, c.hosts) || route.Implicit != c.implicit {
			t.Errorf("%s: hosts %q implicit %v, want %q %v", c.domain, route.Hosts, route.Implicit, c.hosts, c.implicit)
		}
		if x := Explain(c.domain, err); (x == "") != (err == nil) || (x != "" && !strings.Contains(x, c.domain)) {
			t.Errorf("%s: Explain(%v) = %q", c.domain, err, x)
		}
	}
}
