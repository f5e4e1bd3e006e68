package diagnose

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/mxroute"
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
	route, err := mxroute.Lookup(ctx, s.opts.resolver(), domain)
	var le *mxroute.LookupError
	switch {
	case errors.As(err, &le):
		st.Detail = fmt.Sprintf("%s: %v", mxroute.Explain(domain, err), le.Err)
		s.failWith(st, mailerrors.KindConnectionFailed, mailerrors.Hint{Text: "Check this machine's DNS resolver."})
		st.Temporary = true
		return false
	case err != nil: // a null MX, or no MX and no address
		st.Detail = mxroute.Explain(domain, err)
		s.failWith(st, mailerrors.KindDomainNotFound, mailerrors.Hint{Text: "Check the recipient's address: its domain takes no mail."})
		return false
	case route.Implicit:
		st.Detail = fmt.Sprintf("recipient domain %s has no MX record: its address is its mail server; checking %s, port %d", domain, domain, s.cfg.Port)
	default:
		st.Detail = fmt.Sprintf("recipient domain %s: MX %s; checking %s, port %d", domain, formatMX(route.MX), route.Hosts[0], s.cfg.Port)
	}
	hosts := route.Hosts
	s.cfg.Host, s.cfg.TLSServerName = hosts[0], hosts[0]
	s.rep.Server = s.cfg.Addr()
	if s.cfg.TLS == config.TLSStartTLSOpportunistic {
		st.Detail += "\nSTARTTLS when the MX offers it, certificate not required to verify (tls: starttls requires it)"
	}
	st.Detail += "\nport 25 is often blocked by ISPs and clouds; without SPF, DKIM and a PTR record for this host, mail usually lands in spam"
	return true
}
