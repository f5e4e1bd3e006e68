package pop3test

import (
	"crypto/tls"

	"github.com/taskmail/taskmail/internal/testcert"
)

// newTLS makes a self-signed certificate for 127.0.0.1 and localhost, and
// returns the server's TLS configuration and a client configuration that
// trusts it.
func newTLS() (server, client *tls.Config, err error) {
	cert, pool, err := testcert.Loopback("pop3test")
	if err != nil {
		return nil, nil, err
	}
	return &tls.Config{Certificates: []tls.Certificate{cert}}, &tls.Config{RootCAs: pool}, nil
}
