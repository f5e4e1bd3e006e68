package diagnose

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/transport"
)

// checkDNS resolves the server's host name to its addresses.
func (s *session) checkDNS(st *Step) bool {
	host := s.cfg.Host
	if ip := net.ParseIP(strings.Trim(host, "[]")); ip != nil {
		s.addrs = []string{ip.String()}
		st.Detail = host + " is an address: nothing to look up"
		return true
	}
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout)
	defer cancel()
	addrs, err := s.opts.resolver().LookupHost(ctx, host)
	if err == nil && len(addrs) == 0 {
		err = &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
	}
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			st.Detail = fmt.Sprintf("%s does not exist in DNS", host)
		} else {
			st.Detail = fmt.Sprintf("looking up %s failed: %v", host, err)
		}
		s.judge(st, StatusFailed, transport.Evidence{Stage: mailerrors.StageConnect, Err: err})
		return false
	}
	s.addrs = addrs
	st.Detail = fmt.Sprintf("%s has %s: %s", host, plural(len(addrs), "address", "addresses"), strings.Join(addrs, ", "))
	return true
}

// checkMX looks up the MX records of the From domain and of the
// recipient's domain, and tells whether the recipient is local to this
// server. Reserved example domains (RFC 2606, RFC 6761) are not looked up.
// A problem here is a warning: the submission server does the delivery.
func (s *session) checkMX(st *Step) bool {
	var lines []string
	fromDomain := domainOf(s.cfg.EnvelopeSender())
	rcptDomain := domainOf(s.opts.Rcpt)
	if fromDomain == "" && rcptDomain == "" {
		st.Status = StatusSkipped
		st.Detail = "no sender or recipient domain to look up"
		return true
	}
	warn := func(text, hint, field string) {
		lines = append(lines, text)
		st.Status = StatusWarning
		if hint != "" {
			st.Hints = append(st.Hints, mailerrors.Hint{Text: hint, Field: field})
		}
	}
	if fromDomain != "" {
		mxs, note := s.lookupMX(fromDomain)
		switch {
		case note != "":
			lines = append(lines, fmt.Sprintf("sender domain %s: %s", fromDomain, note))
		case len(mxs) == 0:
			warn(fmt.Sprintf("sender domain %s has no MX record: bounces cannot reach it and some receivers refuse such senders", fromDomain),
				"Send from an address whose domain receives mail.", "From")
		default:
			lines = append(lines, fmt.Sprintf("sender domain %s: MX %s", fromDomain, formatMX(mxs)))
		}
	}
	if rcptDomain != "" {
		mxs, note := s.lookupMX(rcptDomain)
		switch {
		case note != "":
			lines = append(lines, fmt.Sprintf("recipient domain %s: %s", rcptDomain, note))
		case len(mxs) == 0:
			warn(fmt.Sprintf("recipient domain %s has no MX record: mail to it may not be deliverable", rcptDomain),
				"Check the recipient's address.", "")
		default:
			local := s.isLocal(mxs)
			s.rep.RecipientLocal = &local
			where := "handled by other servers: this server must relay it for you"
			if local {
				where = "handled by this server (local delivery)"
			}
			lines = append(lines, fmt.Sprintf("recipient domain %s: MX %s; %s", rcptDomain, formatMX(mxs), where))
		}
	}
	st.Detail = strings.Join(lines, "\n")
	return true
}

// lookupMX returns the MX records of domain, or a note saying why there are
// none to show (reserved domain, lookup error).
func (s *session) lookupMX(domain string) ([]*net.MX, string) {
	if reservedDomain(domain) {
		return nil, "reserved example domain, not looked up"
	}
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout)
	defer cancel()
	mxs, err := s.opts.resolver().LookupMX(ctx, domain)
	if err != nil {
		var dnsErr *net.DNSError
		if errors.As(err, &dnsErr) && dnsErr.IsNotFound {
			return nil, ""
		}
		return nil, "lookup failed: " + err.Error()
	}
	// A null MX (RFC 7505, "0 .") says the domain takes no mail.
	if len(mxs) == 1 && strings.TrimSuffix(mxs[0].Host, ".") == "" {
		return nil, ""
	}
	return mxs, ""
}

// isLocal reports whether one of mxs is the configured server: by name, or
// by one of its addresses.
func (s *session) isLocal(mxs []*net.MX) bool {
	host := strings.ToLower(strings.TrimSuffix(s.cfg.Host, "."))
	for _, mx := range mxs {
		name := strings.ToLower(strings.TrimSuffix(mx.Host, "."))
		if name == host {
			return true
		}
		var addrs []string
		if ip := net.ParseIP(name); ip != nil {
			addrs = []string{ip.String()}
		} else {
			ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout)
			addrs, _ = s.opts.resolver().LookupHost(ctx, name)
			cancel()
		}
		for _, a := range addrs {
			if slices.Contains(s.addrs, a) {
				return true
			}
		}
	}
	return false
}

func formatMX(mxs []*net.MX) string {
	parts := make([]string, len(mxs))
	for i, mx := range mxs {
		parts[i] = fmt.Sprintf("%s (%d)", strings.TrimSuffix(mx.Host, "."), mx.Pref)
	}
	return strings.Join(parts, ", ")
}

// domainOf returns the lower-cased domain of an address, or "".
func domainOf(addr string) string {
	addr = strings.Trim(strings.TrimSpace(addr), "<>")
	i := strings.LastIndexByte(addr, '@')
	if i < 0 || i == len(addr)-1 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(addr[i+1:], "."))
}

// reservedDomain reports whether d is reserved for documentation and
// examples (RFC 2606, RFC 6761): such names are never looked up.
func reservedDomain(d string) bool {
	d = strings.ToLower(strings.TrimSuffix(d, "."))
	for _, r := range []string{"example.com", "example.net", "example.org"} {
		if d == r || strings.HasSuffix(d, "."+r) {
			return true
		}
	}
	for _, tld := range []string{"example", "invalid", "localhost"} {
		if d == tld || strings.HasSuffix(d, "."+tld) {
			return true
		}
	}
	return false
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
