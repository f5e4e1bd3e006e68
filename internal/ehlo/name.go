package ehlo

import (
	"net"
	"os"
	"strings"
)

// Name returns the EHLO name: configured when it is set, else the name
// hostname returns when it is fully qualified (see Qualified), else the
// address literal of local (see AddressLiteral), else "localhost".
// hostname nil means os.Hostname.
func Name(configured string, local net.Addr, hostname func() (string, error)) string {
	if configured != "" {
		return configured
	}
	if hostname == nil {
		hostname = os.Hostname
	}
	if h, err := hostname(); err == nil {
		if q := Qualified(h); q != "" {
			return q
		}
	}
	if lit := AddressLiteral(local); lit != "" {
		return lit
	}
	return "localhost"
}

// Qualified returns host without a trailing dot when it is a fully
// qualified name fit for EHLO (it has a dot inside it and no space or line
// break), else "".
func Qualified(host string) string {
	if !strings.Contains(strings.Trim(host, "."), ".") || strings.ContainsAny(host, " \t\r\n") {
		return ""
	}
	return strings.TrimSuffix(host, ".")
}

// AddressLiteral returns the IP address of addr as an EHLO address literal:
// "[192.0.2.1]" for IPv4 (and IPv4-mapped IPv6), "[IPv6:2001:db8::1]" for
// IPv6 (RFC 5321 section 4.1.3). It returns "" when addr is not a TCP
// address with an IP.
func AddressLiteral(addr net.Addr) string {
	a, ok := addr.(*net.TCPAddr)
	if !ok || a == nil || a.IP == nil {
		return ""
	}
	if ip4 := a.IP.To4(); ip4 != nil {
		return "[" + ip4.String() + "]"
	}
	return "[IPv6:" + a.IP.String() + "]"
}
