package ehlo_test

import (
	"errors"
	"net"
	"testing"

	"github.com/taskmail/taskmail/internal/ehlo"
)

func host(name string, err error) func() (string, error) {
	return func() (string, error) { return name, err }
}

func TestName(t *testing.T) {
	v4 := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 40000}
	v6 := &net.TCPAddr{IP: net.IPv6loopback, Port: 40000}
	tests := []struct {
		name       string
		configured string
		local      net.Addr
		hostname   func() (string, error)
		want       string
	}{
		{"configured wins", "mail.example.org", v4, host("runner01.example.org", nil), "mail.example.org"},
		{"qualified hostname", "", v4, host("runner01.example.org", nil), "runner01.example.org"},
		{"trailing dot dropped", "", v4, host("runner01.example.org.", nil), "runner01.example.org"},
		{"short hostname: IPv4 literal", "", v4, host("vm", nil), "[127.0.0.1]"},
		{"short hostname: IPv6 literal", "", v6, host("vm", nil), "[IPv6:::1]"},
		{"hostname with dot only at end", "", v4, host("vm.", nil), "[127.0.0.1]"},
		{"hostname error", "", v4, host("runner01.example.org", errors.New("no name")), "[127.0.0.1]"},
		{"hostname with space", "", v4, host("bad host.example", nil), "[127.0.0.1]"},
		{"no address", "", nil, host("vm", nil), "localhost"},
		{"not TCP", "", &net.UnixAddr{Name: "/tmp/s", Net: "unix"}, host("", nil), "localhost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ehlo.Name(tt.configured, tt.local, tt.hostname); got != tt.want {
				t.Errorf("Name(%q, %v, ...) = %q, want %q", tt.configured, tt.local, got, tt.want)
			}
		})
	}
}

func TestNameDefaultsToOSHostname(t *testing.T) {
	// Whatever this machine is called, the answer is a qualified name or
	// the literal: never the bare short name.
	got := ehlo.Name("", &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1)}, nil)
	if got != "[127.0.0.1]" && ehlo.Qualified(got) != got {
		t.Errorf("Name with os.Hostname = %q: neither qualified nor the address literal", got)
	}
}

func TestAddressLiteralMappedIPv4(t *testing.T) {
	a := &net.TCPAddr{IP: net.ParseIP("::ffff:192.0.2.1")}
	if got := ehlo.AddressLiteral(a); got != "[192.0.2.1]" {
		t.Errorf("AddressLiteral(%v) = %q, want [192.0.2.1]", a, got)
	}
}
