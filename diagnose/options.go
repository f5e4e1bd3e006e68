package diagnose

import (
	"context"
	"crypto/tls"
	"net"
	"os"
	"time"
)

// Resolver looks up host addresses and MX records. *net.Resolver satisfies
// it; tests pass a fake so that no DNS query leaves the machine.
type Resolver interface {
	LookupHost(ctx context.Context, host string) ([]string, error)
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
}

// Dialer dials TCP connections. *net.Dialer satisfies it.
type Dialer interface {
	DialContext(ctx context.Context, network, addr string) (net.Conn, error)
}

// Options are Run's behaviour hooks and the doctor's own settings. The zero
// value diagnoses with the system resolver, a net.Dialer and the system's
// trusted certificates, and sends nothing.
type Options struct {
	// Rcpt is a recipient to try with RCPT TO (and to send to with
	// SendTest). Without it only the relay check with a reserved,
	// non-local address runs.
	Rcpt string
	// SendTest sends a small test message to Rcpt. Without it the session
	// ends with QUIT before DATA: nothing is delivered.
	SendTest bool
	// Resolver does the DNS lookups; nil: net.DefaultResolver.
	Resolver Resolver
	// Dialer dials the server; nil: a net.Dialer.
	Dialer Dialer
	// TLSConfig is the base TLS configuration, for example RootCAs for a
	// private CA. ServerName, CAFile and InsecureSkipVerify from the
	// options still apply; nil: the system's roots.
	TLSConfig *tls.Config
	// Progress, when set, is called with each step as it finishes (from
	// Run's goroutine), so that a command can print the diagnosis as it
	// runs.
	Progress func(Step)
	// Now is the clock for step durations, certificate dates and the test
	// message's Date; nil: time.Now.
	Now func() time.Time
	// Hostname is this machine's name; "": os.Hostname. When the options
	// set no EHLO name, EHLO uses what a Sender would: this name if it is
	// fully qualified, else the address literal of the connection. When
	// the first EHLO is refused, it is retried with this name, if fully
	// qualified, to show whether the name is the cause.
	Hostname string
}

func (o *Options) now() time.Time {
	if o.Now != nil {
		return o.Now()
	}
	return time.Now()
}

func (o *Options) resolver() Resolver {
	if o.Resolver != nil {
		return o.Resolver
	}
	return net.DefaultResolver
}

func (o *Options) dialer() Dialer {
	if o.Dialer != nil {
		return o.Dialer
	}
	return &net.Dialer{}
}

// hostname returns Hostname, or os.Hostname when it is not set.
func (o *Options) hostname() (string, error) {
	if o.Hostname != "" {
		return o.Hostname, nil
	}
	return os.Hostname()
}
