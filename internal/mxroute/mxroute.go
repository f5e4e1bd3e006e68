package mxroute

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
)

// Resolver looks up MX records and host addresses; *net.Resolver
// satisfies it.
type Resolver interface {
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
	LookupHost(ctx context.Context, host string) ([]string, error)
}

// ErrNullMX is returned for a domain that publishes a null MX ("0 ."): it
// accepts no mail.
var ErrNullMX = errors.New("null MX record (RFC 7505): the domain accepts no mail")

// ErrNoMail is returned for a domain with neither an MX record nor an
// address: it receives no mail.
var ErrNoMail = errors.New("no MX record and no address: the domain receives no mail")

// LookupError is a lookup that got no answer (a timeout, a server
// failure), as opposed to an answer that the name does not exist: the
// domain may well take mail, later.
type LookupError struct {
	// Address is false for the MX lookup, true for the lookup of the
	// domain's own address after it had no MX.
	Address bool
	Err     error
}

func (e *LookupError) Error() string {
	if e.Address {
		return "address lookup: " + e.Err.Error()
	}
	return "MX lookup: " + e.Err.Error()
}

func (e *LookupError) Unwrap() error { return e.Err }

// Route is where mail for a domain goes.
type Route struct {
	// Hosts are the mail hosts in preference order, without the trailing
	// dot; records without a host name are left out.
	Hosts []string
	// MX are the records as the resolver returned them; nil when the
	// domain has none and its own address is its mail host (Implicit).
	MX       []*net.MX
	Implicit bool
}

// Lookup returns domain's route. Its error is ErrNullMX, ErrNoMail (with
// the DNS answer that said so, when there was one) or a *LookupError.
func Lookup(ctx context.Context, r Resolver, domain string) (Route, error) {
	mxs, err := r.LookupMX(ctx, domain)
	if err != nil && !NotFound(err) {
		return Route{}, &LookupError{Err: err}
	}
	if err == nil && len(mxs) > 0 {
		hosts := make([]string, 0, len(mxs))
		for _, mx := range mxs {
			if h := strings.TrimSuffix(mx.Host, "."); h != "" {
				hosts = append(hosts, h)
			}
		}
		if len(hosts) == 0 {
			// "0 ." alone is the null MX; a zone that publishes only
			// records without a host name names no mail host either.
			return Route{MX: mxs}, ErrNullMX
		}
		return Route{Hosts: hosts, MX: mxs}, nil
	}
	// No MX: the domain's own address is its implicit MX.
	addrs, aerr := r.LookupHost(ctx, domain)
	switch {
	case aerr == nil && len(addrs) > 0:
		return Route{Hosts: []string{domain}, Implicit: true}, nil
	case aerr != nil && !NotFound(aerr):
		return Route{}, &LookupError{Address: true, Err: aerr}
	}
	if aerr != nil {
		// Keep the DNS answer that said so, for errors.As.
		return Route{}, fmt.Errorf("%w: %w", ErrNoMail, aerr)
	}
	return Route{}, ErrNoMail
}

// Explain returns the sentence that says what err, an error of Lookup for
// domain, means for mail to it, so that a Sender's error and the doctor's
// step word it alike; "" for any other error. A *LookupError's sentence
// leaves its cause for the caller to add.
func Explain(domain string, err error) string {
	var le *LookupError
	switch {
	case errors.Is(err, ErrNullMX):
		return domain + " publishes a null MX record (RFC 7505): it accepts no mail"
	case errors.Is(err, ErrNoMail):
		return domain + " has no MX record and no address: it receives no mail"
	case errors.As(err, &le) && le.Address:
		return "looking up the address of " + domain + " (it has no MX record) failed"
	case errors.As(err, &le):
		return "looking up the MX records of " + domain + " failed"
	}
	return ""
}

// NotFound reports whether err is a DNS answer that the name does not
// exist (or has no records of the type asked).
func NotFound(err error) bool {
	var de *net.DNSError
	return errors.As(err, &de) && de.IsNotFound
}
