package diagnose

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// checkDirectMX, for direct delivery, finds the MX the recipient's mail
// goes to, as a Sender does (preference order; the domain's own address
// when it has no MX; none for a null MX), and aims the rest of the
// diagnosis at the first one on port 25. A Sender would go on to the next
// MX when this one does not answer; the diagnosis checks the first.
func (s *session) checkDirectMX(st *Step) bool {
	if s.opts.Rcpt == "" {
		st.Detail = "direct delivery goes to the recipient domain's MX: name a recipient to check it"
		s.failWith(st, mailerrors.KindInvalidConfig, mailerrors.Hint{Text: "Name a recipient (--rcpt) whose domain's MX to check."})
		return false
	}
	domain := strings.ToLower(domainOf(s.opts.Rcpt))
	ctx, cancel := context.WithTimeout(s.ctx, s.cfg.Timeout)
	defer cancel()
	mxs, err := s.opts.resolver().LookupMX(ctx, domain)
	var hosts []string
	switch {
	case err == nil && len(mxs) == 1 && strings.TrimSuffix(mxs[0].Host, ".") == "":
		st.Detail = domain + " publishes a null MX record (RFC 7505): it accepts no mail"
		s.failWith(st, mailerrors.KindDomainNotFound, mailerrors.Hint{Text: "Check the recipient's address: its domain takes no mail."})
		return false
	case err == nil && len(mxs) > 0:
		for _, mx := range mxs {
			hosts = append(hosts, strings.TrimSuffix(mx.Host, "."))
		}
		st.Detail = fmt.Sprintf("recipient domain %s: MX %s; checking %s, port %d", domain, formatMX(mxs), hosts[0], s.cfg.Port)
	case err != nil && !isNotFound(err):
		st.Detail = fmt.Sprintf("looking up the MX records of %s failed: %v", domain, err)
		s.failWith(st, mailerrors.KindConnectionFailed, mailerrors.Hint{Text: "Check this machine's DNS resolver."})
		st.Temporary = true
		return false
	default:
		addrs, aerr := s.opts.resolver().LookupHost(ctx, domain)
		if aerr != nil && !isNotFound(aerr) {
			st.Detail = fmt.Sprintf("looking up the address of %s (it has no MX record) failed: %v", domain, aerr)
			s.failWith(st, mailerrors.KindConnectionFailed, mailerrors.Hint{Text: "Check this machine's DNS resolver."})
			st.Temporary = true
			return false
		}
		if len(addrs) == 0 {
			st.Detail = domain + " has no MX record and no address: it receives no mail"
			s.failWith(st, mailerrors.KindDomainNotFound, mailerrors.Hint{Text: "Check the recipient's address: its domain takes no mail."})
			return false
		}
		hosts = []string{domain}
		st.Detail = fmt.Sprintf("recipient domain %s has no MX record: its address is its mail server; checking %s, port %d", domain, domain, s.cfg.Port)
	}
	s.cfg.Host, s.cfg.TLSServerName = hosts[0], hosts[0]
	s.rep.Server = s.cfg.Addr()
	if s.cfg.TLS == config.TLSStartTLSOpportunistic {
		st.Detail += "\nSTARTTLS when the MX offers it, certificate not required to verify (tls: starttls requires it)"
	}
	st.Detail += "\nport 25 is often blocked by ISPs and clouds; without SPF, DKIM and a PTR record for this host, mail usually lands in spam"
	return true
}

func isNotFound(err error) bool {
	var dnsErr *net.DNSError
	return errors.As(err, &dnsErr) && dnsErr.IsNotFound
}
