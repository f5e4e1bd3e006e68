package mailaction

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/mxroute"
)

// Resolver looks up the MX records of recipient domains and the addresses
// of their MX hosts, for direct delivery. *net.Resolver satisfies it; the
// default is net.DefaultResolver.
type Resolver interface {
	LookupMX(ctx context.Context, name string) ([]*net.MX, error)
	LookupHost(ctx context.Context, host string) ([]string, error)
}

// WithResolver sets the resolver direct delivery (config.DeliveryDirect)
// asks for MX records and addresses.
func WithResolver(r Resolver) Option { return func(o *options) { o.resolver = r } }

// Direct delivery (config.DeliveryDirect): recipients are grouped by
// domain, and each domain's copy goes to the first of its MX hosts, in
// preference order, that answers: a host that cannot be reached, or that
// refuses every recipient for now (4xx), hands over to the next (RFC 5321
// section 5.1). An answer, acceptance or permanent refusal, ends the
// search; temporary failures are retried as Retry says, from the first MX
// again. Each try is a one-connection relay Sender aimed at one MX
// address: the same sessions, pipelining, BDAT and error judgement as
// relay delivery, without AUTH, and with the payload prepared (and DKIM
// signed) once for all domains.
//
// TODO: MTA-STS (RFC 8461): fetch the domain's policy and, in enforce
// mode, require TLS with a certificate valid for an MX the policy lists.
// Until then TLS is opportunistic by default (tls: starttls requires it,
// certificates checked against the MX host name).

// domainGroup is the recipients of one domain.
type domainGroup struct {
	domain string // lower case, A-labels as in the envelope
	rcpts  []string
}

// groupByDomain groups rcpts by domain, in the order domains first appear.
func groupByDomain(rcpts []string) []domainGroup {
	var out []domainGroup
	idx := map[string]int{}
	for _, r := range rcpts {
		d := strings.ToLower(domainOf(r))
		i, ok := idx[d]
		if !ok {
			i = len(out)
			idx[d] = i
			out = append(out, domainGroup{domain: d})
		}
		out[i].rcpts = append(out[i].rcpts, r)
	}
	return out
}

// deliverDirect delivers p to each recipient domain's MX and returns the
// failures given up on.
func (s *Sender) deliverDirect(ctx context.Context, p *prepared, res *Result) []*mailerrors.Error {
	var failed []*mailerrors.Error
	start := s.o.now()
	for _, g := range groupByDomain(p.rcpts) {
		failed = append(failed, s.deliverDomain(ctx, p, g, res, start)...)
	}
	return failed
}

// deliverDomain delivers p to g's recipients through g's MX hosts. start
// is when the send began: Retry.MaxElapsed counts from it.
func (s *Sender) deliverDomain(ctx context.Context, p *prepared, g domainGroup, res *Result, start time.Time) []*mailerrors.Error {
	bo := s.newBackOff()
	pending := g.rcpts
	var failed []*mailerrors.Error
	ambiguous := 0
	for {
		res.Attempts++
		hosts, e := s.mxHosts(ctx, g.domain)
		var waits []*mailerrors.Error // temporary failures of pending recipients
		if e != nil {
			errs := forRecipients(e, pending)
			if !e.Temporary {
				return append(failed, errs...)
			}
			waits = errs
		} else {
			var gaveUp []*mailerrors.Error
			var unsure bool
			pending, gaveUp, waits, unsure = s.tryMXs(ctx, p, g.domain, hosts, pending, res)
			failed = append(failed, gaveUp...)
			if unsure {
				// The MX may have taken the message: send it again at
				// most Retry.MaxAmbiguous times, as relay delivery does.
				ambiguous++
				if ambiguous > s.maxAmbiguous() {
					return append(failed, waits...)
				}
			}
		}
		if len(pending) == 0 {
			return failed
		}
		if len(waits) == 0 {
			// no MX host left to try (every MX record was empty)
			return append(failed, forRecipients(domainNotFound(g.domain, g.domain+" lists no usable MX host", nil), pending)...)
		}
		d, ok := s.nextWait(bo, waits, start)
		if !ok {
			return append(failed, waits...)
		}
		s.o.logger.LogAttrs(ctx, slog.LevelWarn, "temporary failure delivering to the recipient domain's MX, will retry",
			slog.String("message_id", p.messageID), slog.String("domain", g.domain),
			slog.String("kind", string(waits[0].Kind)), slog.String("server", waits[0].Server),
			slog.Int("attempt", res.Attempts), slog.Duration("wait", d))
		if err := s.o.sleep(ctx, d); err != nil {
			return append(failed, withCause(ctx, waits, waits[0].Stage, waits[0].Server, err)...)
		}
	}
}

// tryMXs offers the message to g's MX hosts in turn until one answers,
// and returns the recipients still to retry with their failures, the
// failures given up on, and whether the MX that answered may have taken
// the message without saying so.
func (s *Sender) tryMXs(ctx context.Context, p *prepared, domain string, hosts []string, rcpts []string, res *Result) (retry []string, gaveUp, waits []*mailerrors.Error, unsure bool) {
	for _, host := range hosts {
		addrs, e := s.mxAddrs(ctx, host)
		if e != nil {
			waits = forRecipients(e, rcpts)
			continue
		}
		for _, addr := range addrs {
			if err := ctx.Err(); err != nil {
				return rcpts, nil, forRecipients(classify(ctx, mailerrors.StageConnect, mxServer(host, s.cfg.Port), err), rcpts), false
			}
			errs, sub, ok := s.tryMX(ctx, p, host, addr, rcpts, res.Attempts)
			if !ok {
				waits = errs
				continue
			}
			// This MX answered: what it accepted is delivered, what it
			// refused for good is given up, the rest waits for a retry.
			if len(sub.Accepted) > 0 {
				res.Accepted = append(res.Accepted, sub.Accepted...)
				res.Response = sub.Response
				res.Server = sub.Server
				if res.MX == nil {
					res.MX = map[string]string{}
				}
				res.MX[domain] = sub.Server
			}
			res.MaybeDuplicated = res.MaybeDuplicated || sub.MaybeDuplicated
			var temp []*mailerrors.Error
			for _, e := range errs {
				if retryable(e) {
					temp = append(temp, e)
					retry = append(retry, e.Recipient)
				} else {
					gaveUp = append(gaveUp, e)
				}
			}
			return retry, gaveUp, temp, sub.MaybeDuplicated
		}
	}
	return rcpts, nil, waits, false
}

// tryMX sends p to rcpts through the MX host at addr, and returns the
// failures, the result, and whether the MX answered (false when it could
// not be reached or refused every recipient for now, so that the next MX
// is tried).
func (s *Sender) tryMX(ctx context.Context, p *prepared, host, addr string, rcpts []string, attempt int) ([]*mailerrors.Error, *Result, bool) {
	server := mxServer(host, s.cfg.Port)
	sub := s.mxSender(host, addr)
	// Close says QUIT and waits for the reply: not on the caller's time,
	// as a relay Sender's pool does not (an MX that never answers QUIT
	// would hold Send for quitTimeout per domain).
	defer func() { go sub.Close() }()
	q := *p // the same payload; only the recipients differ
	q.rcpts = rcpts
	// deliver counts its one attempt on from here, so that an observer
	// sees this send's attempt number, not the MX try's.
	sres := &Result{Server: server, Attempts: attempt - 1}
	var errs []*mailerrors.Error
	for _, e := range sub.deliver(ctx, &q, sres) {
		if e.Recipient == "" {
			// a failure of the whole session: each recipient's
			errs = append(errs, forRecipients(e, pendingOf(rcpts, sres.Accepted))...)
		} else {
			errs = append(errs, e)
		}
	}
	for _, e := range errs {
		if e.Kind == mailerrors.KindRelayDenied {
			e.Hints = append([]mailerrors.Hint{{
				Text: fmt.Sprintf("This MX (%s) is not the recipient's: it refused to relay to %s. Check the domain's MX records (dig MX %s)",
					server, domainOf(e.Recipient), domainOf(e.Recipient)),
				Field: "Delivery",
			}}, e.Hints...)
		}
	}
	// After an attempt whose outcome is unknown the MX may hold the
	// message: the next MX would only deliver another copy now.
	if len(sres.Accepted) == 0 && len(errs) > 0 && !sres.MaybeDuplicated &&
		!slices.ContainsFunc(errs, func(e *mailerrors.Error) bool { return !retryable(e) }) {
		s.o.logger.LogAttrs(ctx, slog.LevelDebug, "MX did not take the message for now; trying the next",
			slog.String("server", server), slog.String("address", addr), slog.String("kind", string(errs[0].Kind)))
		return errs, sres, false
	}
	return errs, sres, true
}

// mxSender returns a one-connection relay Sender aimed at the MX host at
// addr: s's settings without AUTH, POP-before-SMTP or DKIM (the payload
// is signed already), one attempt (the next MX is the retry), and s's
// TLS configuration named for host. It is built from s, which was
// checked and whose CAFile was read when it was made, not through
// newSender, which would do both again on every MX try. Its attempts
// count in s's Stats and wait for s's rate limit, as a relay attempt's
// do.
func (s *Sender) mxSender(host, addr string) *Sender {
	cfg := s.cfg
	cfg.Delivery, cfg.Host, cfg.TLSServerName = config.DeliveryRelay, host, host
	cfg.Auth, cfg.POPBeforeSMTP, cfg.DKIM = config.Auth{}, nil, nil
	cfg.Retry.MaxAttempts, cfg.Pool.MaxConns = 1, 1
	tc := s.tlsConfig.Clone()
	tc.ServerName = host
	if cfg.TLS == config.TLSStartTLSOpportunistic {
		// Opportunistic TLS (RFC 7435) encrypts without authenticating:
		// MX certificates are often self-signed or for another name, and
		// refusing them would only make the mail go in plain text.
		cfg.InsecureSkipVerify, tc.InsecureSkipVerify = true, true
	}
	o := *s.o
	dial := s.o.dial
	target := net.JoinHostPort(addr, strconv.Itoa(s.cfg.Port))
	o.dial = func(ctx context.Context, network, _ string) (net.Conn, error) {
		return dial(ctx, network, target)
	}
	sub := &Sender{
		cfg:       cfg,
		senderSet: s.senderSet,
		o:         &o,
		addr:      cfg.Addr(),
		tlsConfig: tc,
		hostname:  s.hostname,
		rate:      s.rate,
		stats:     s.stats,
	}
	sub.pool = newPool(sub, 1, max(cfg.Pool.MaxMessages, 1), cfg.Pool.IdleTimeout)
	return sub
}

// mxServer is the host:port an MX is named by in results and errors.
func mxServer(host string, port int) string {
	return net.JoinHostPort(host, strconv.Itoa(port))
}

// mxHosts returns domain's MX hosts in preference order (net.Resolver
// sorts them, shuffling equal preferences), or the domain itself when it
// has no MX records but has an address (RFC 5321 section 5.1). A null MX
// (RFC 7505), or a domain with neither, is domain_not_found, permanent;
// a DNS failure is connection_failed, temporary.
func (s *Sender) mxHosts(ctx context.Context, domain string) ([]string, *mailerrors.Error) {
	lctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	route, err := mxroute.Lookup(lctx, s.resolver(), domain)
	var le *mxroute.LookupError
	switch {
	case err == nil:
		return route.Hosts, nil
	case errors.Is(err, mxroute.ErrNullMX):
		return nil, domainNotFound(domain, mxroute.Explain(domain, err), nil)
	case errors.As(err, &le):
		return nil, dnsError(ctx, domain, mxroute.Explain(domain, err), le.Err)
	}
	return nil, domainNotFound(domain, mxroute.Explain(domain, err), err) // ErrNoMail
}

// mxAddrs returns an MX host's addresses.
func (s *Sender) mxAddrs(ctx context.Context, host string) ([]string, *mailerrors.Error) {
	if ip := net.ParseIP(host); ip != nil {
		return []string{ip.String()}, nil
	}
	lctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	addrs, err := s.resolver().LookupHost(lctx, host)
	if err == nil && len(addrs) == 0 {
		err = &net.DNSError{Err: "no addresses", Name: host, IsNotFound: true}
	}
	if err != nil {
		e := dnsError(ctx, host, "looking up the address of the MX host "+host+" failed", err)
		e.Server = mxServer(host, s.cfg.Port)
		// A missing MX host may be a passing mistake of the domain's
		// DNS: the next MX, or a later try, may work.
		e.Kind, e.Temporary = mailerrors.KindConnectionFailed, true
		return nil, e
	}
	return addrs, nil
}

func (s *Sender) resolver() Resolver {
	if s.o.resolver != nil {
		return s.o.resolver
	}
	return net.DefaultResolver
}

// domainNotFound is the permanent failure of a domain that takes no mail.
func domainNotFound(domain, text string, cause error) *mailerrors.Error {
	if cause == nil {
		cause = errors.New(text)
	}
	e := mailerrors.New(mailerrors.KindDomainNotFound, mailerrors.StageConnect, cause)
	e.Text, e.Temporary, e.Server = text, false, domain
	e.Hints = []mailerrors.Hint{{Text: "Check the recipient's address: its domain " + domain + " takes no mail"}}
	return e
}

// dnsError is a DNS failure: temporary, the answer may come later.
func dnsError(ctx context.Context, name, text string, err error) *mailerrors.Error {
	e := classify(ctx, mailerrors.StageConnect, name, err)
	if e.Kind != mailerrors.KindTimeout {
		e.Kind = mailerrors.KindConnectionFailed
	}
	e.Text, e.Temporary = text+": "+err.Error(), true
	e.Hints = []mailerrors.Hint{{Text: "Check this machine's DNS resolver; the lookup is tried again as Retry says", Field: "Retry"}}
	return e
}

// pendingOf returns the recipients of rcpts not in accepted.
func pendingOf(rcpts, accepted []string) []string {
	var out []string
	for _, r := range rcpts {
		if !slices.Contains(accepted, r) {
			out = append(out, r)
		}
	}
	return out
}

// forRecipients returns a copy of e for each recipient.
func forRecipients(e *mailerrors.Error, rcpts []string) []*mailerrors.Error {
	out := make([]*mailerrors.Error, 0, len(rcpts))
	for _, r := range rcpts {
		cp := *e
		cp.Recipient = r
		cp.Hints = append([]mailerrors.Hint(nil), e.Hints...)
		out = append(out, &cp)
	}
	return out
}
