package pop3

import (
	"context"
	"crypto/tls"
	"net"
)

// Dialer connects to POP3 servers. The zero value dials plain TCP with a
// net.Dialer.
type Dialer struct {
	// DialContext makes the TCP connection, for example from a chosen
	// source address; nil means a net.Dialer.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)

	// TLSConfig is used for implicit TLS (and is what callers usually pass
	// to StartTLS). nil, or an empty ServerName, means the server's host.
	TLSConfig *tls.Config

	// ImplicitTLS starts TLS before the greeting (POP3S, port 995).
	ImplicitTLS bool
}

// Dial connects to addr ("host:port"), completes the TLS handshake when
// ImplicitTLS is set, and reads the greeting. ctx governs all of it.
func (d *Dialer) Dial(ctx context.Context, addr string) (*Client, error) {
	dial := d.DialContext
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	conn, err := dial(ctx, "tcp", addr)
	if err != nil {
		return nil, wrapError(addr, err)
	}
	if d.ImplicitTLS {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			host = addr
		}
		tc := tls.Client(conn, tlsConfigFor(d.TLSConfig, host))
		if err := tc.HandshakeContext(ctx); err != nil {
			conn.Close()
			return nil, wrapError(addr, err)
		}
		conn = tc
	}
	return NewClient(ctx, conn, addr)
}

// Dial connects to addr in plain text and reads the greeting.
func Dial(ctx context.Context, addr string) (*Client, error) {
	return (&Dialer{}).Dial(ctx, addr)
}

// tlsConfigFor returns a copy of c (or a new config) whose ServerName is
// host when c does not name one.
func tlsConfigFor(c *tls.Config, host string) *tls.Config {
	if c == nil {
		c = &tls.Config{}
	} else {
		c = c.Clone()
	}
	if c.ServerName == "" {
		c.ServerName = host
	}
	return c
}
