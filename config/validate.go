package config

import (
	"errors"
	"fmt"
	"net"
	"net/mail"
	"net/url"
	"os"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Validate reports every problem with s at once: nil when there is none,
// else a *multierror.Error (github.com/hashicorp/go-multierror) of
// *FieldError, each naming the option (its file key and Go field) and the
// fix. Its message lists them one per line:
//
//	config: 2 problems in the options:
//	  - smtp.host (Host): missing; set it to the server's name, such as mail.example.org
//	  - smtp.from (From): not an email address (got "robot"); ...
//
// Zero fields are checked as the defaults they stand for (see
// WithDefaults). Validate checks values only; it makes no connection. It
// reads the file system only to check that CAFile exists and that the
// DKIM private key loads.
func (s SMTP) Validate() error {
	c := checker{p: problems{what: "the options", prefix: "config: "}}
	s.check(c.sub("smtp", ""))
	return c.p.err()
}

// Validate reports every problem with n at once, like SMTP.Validate: no
// recipients, recipients that are not addresses, negative durations and
// limits, a Spool that is not a folder.
func (n Notifier) Validate() error {
	c := checker{p: problems{what: "the options", prefix: "config: "}}
	n.check(c.sub("notifier", ""))
	return c.p.err()
}

// Validate reports every problem with f at once: those of f.SMTP, and
// those of f.Notifier when the notifier section is set at all (a file for
// sending only needs no notifier). Field paths are relative to the section
// (Port, To[0]); keys are full (smtp.port, notifier.to[0]).
func (f File) Validate() error {
	c := checker{p: problems{what: "the options", prefix: "config: "}}
	f.SMTP.check(c.sub("smtp", ""))
	if !reflect.ValueOf(f.Notifier).IsZero() {
		f.Notifier.check(c.sub("notifier", ""))
	}
	return c.p.err()
}

// checker adds FieldErrors under a key and field prefix.
type checker struct {
	key, field string
	p          problems
	parent     *checker
}

// sub returns a checker for a nested struct, sharing the problem list.
func (c *checker) sub(key, field string) *checker {
	return &checker{key: join(c.key, key, "."), field: join(c.field, field, "."), parent: c.root()}
}

func (c *checker) root() *checker {
	if c.parent != nil {
		return c.parent
	}
	return c
}

// k returns the full file key of a relative key, for use in fixes.
func (c *checker) k(key string) string { return join(c.key, key, ".") }

// fail records a problem with the option at the relative key and field.
// value must never be a secret.
func (c *checker) fail(key, field, value, problem, fix string) {
	c.root().p.add(&FieldError{
		Key:     c.k(key),
		Field:   join(c.field, field, "."),
		Value:   value,
		Problem: problem,
		Fix:     fix,
	})
}

func join(a, b, sep string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + sep + b
}

func (s SMTP) check(c *checker) {
	tls := s.TLS.orDefault()

	direct := s.Delivery == DeliveryDirect
	switch s.Delivery {
	case "", DeliveryRelay, DeliveryDirect:
	default:
		c.fail("delivery", "Delivery", string(s.Delivery), "unknown delivery",
			"use relay (through host) or direct (to each recipient domain's MX)"+didYouMean(string(s.Delivery), []string{string(DeliveryRelay), string(DeliveryDirect)}))
	}
	switch {
	case s.Host == "" && !direct:
		c.fail("host", "Host", "", "missing", "set it to the server's name, such as mail.example.org")
	case s.Host != "":
		c.host("host", "Host", s.Host)
	}
	if direct {
		s.checkDirect(c)
	}
	c.tlsMode("tls", "TLS", s.TLS)
	c.port("port", "Port", s.Port, s.TLS, PortSubmissions, []int{PortSubmission, PortSMTP}, PortSubmission)
	if s.TLSServerName != "" && !validHostname(s.TLSServerName, false) && net.ParseIP(s.TLSServerName) == nil {
		c.fail("tls_server_name", "TLSServerName", s.TLSServerName, "not a host name",
			"set it to the name on the server's certificate, such as mail.example.org")
	}
	if s.CAFile != "" {
		if fi, err := os.Stat(s.CAFile); err != nil {
			c.fail("ca_file", "CAFile", s.CAFile, "cannot be read: "+errText(err),
				"point it at a PEM file of CA certificates, or leave it out to use the system's")
		} else if fi.IsDir() {
			c.fail("ca_file", "CAFile", s.CAFile, "is a folder, not a file",
				"point it at a PEM file of CA certificates")
		}
	}

	s.checkAuth(c, tls)

	if s.From == "" {
		c.fail("from", "From", "", "missing", "set it to the address mail comes from, such as robot@example.org")
	} else if _, err := mail.ParseAddress(s.From); err != nil {
		c.fail("from", "From", s.From, "not an email address",
			`write an address such as robot@example.org or "Robot <robot@example.org>"`)
	}
	if s.Sender != "" {
		if _, err := mail.ParseAddress(s.Sender); err != nil {
			c.fail("sender", "Sender", s.Sender, "not an email address",
				"write the envelope sender as an address such as bounces@example.org, or leave it out to use from")
		}
	}
	if s.HeloName != "" {
		if problem, fix := checkHelo(s.HeloName); problem != "" {
			c.fail("helo_name", "HeloName", s.HeloName, problem, fix)
		}
	}

	if p := s.POPBeforeSMTP; p != nil {
		p.check(c.sub("pop_before_smtp", "POPBeforeSMTP"), s.AllowInsecureAuth)
	}
	if d := s.DKIM; d != nil {
		d.check(c.sub("dkim", "DKIM"))
	}

	c.duration("timeout", "Timeout", s.Timeout)
	c.duration("command_timeout", "CommandTimeout", s.CommandTimeout)
	c.duration("data_timeout", "DataTimeout", s.DataTimeout)

	r := c.sub("retry", "Retry")
	if s.Retry.MaxAttempts < 0 {
		r.fail("max_attempts", "MaxAttempts", strconv.Itoa(s.Retry.MaxAttempts), "negative",
			fmt.Sprintf("set 1 for no retry, or leave it out for %d attempts", DefaultMaxAttempts))
	}
	if s.Retry.MaxAmbiguous < -1 {
		r.fail("max_ambiguous", "MaxAmbiguous", strconv.Itoa(s.Retry.MaxAmbiguous), "below -1",
			fmt.Sprintf("set -1 never to send a message again after a send whose outcome is unknown, or leave it out for %d", DefaultMaxAmbiguous))
	}
	r.duration("initial_interval", "InitialInterval", s.Retry.InitialInterval)
	r.duration("max_interval", "MaxInterval", s.Retry.MaxInterval)
	r.duration("max_elapsed", "MaxElapsed", s.Retry.MaxElapsed)
	r.duration("greylist_delay", "GreylistDelay", s.Retry.GreylistDelay)
	if s.Retry.InitialInterval > 0 && s.Retry.MaxInterval > 0 && s.Retry.InitialInterval > s.Retry.MaxInterval {
		r.fail("initial_interval", "InitialInterval", s.Retry.InitialInterval.String(),
			"longer than max_interval ("+s.Retry.MaxInterval.String()+")",
			"make "+r.k("initial_interval")+" shorter than "+r.k("max_interval"))
	}

	if !s.RecipientPolicy.Valid() {
		c.fail("recipient_policy", "RecipientPolicy", string(s.RecipientPolicy), "unknown recipient policy",
			"use best-effort or all-or-nothing"+didYouMean(string(s.RecipientPolicy), []string{string(RecipientsBestEffort), string(RecipientsAllOrNothing)}))
	}

	pl := c.sub("pool", "Pool")
	pl.count("max_conns", "MaxConns", s.Pool.MaxConns)
	pl.count("max_messages", "MaxMessages", s.Pool.MaxMessages)
	pl.count("rate_limit", "RateLimit", s.Pool.RateLimit)
	pl.duration("idle_timeout", "IdleTimeout", s.Pool.IdleTimeout)
	pl.duration("rate_interval", "RateInterval", s.Pool.RateInterval)
}

// checkDirect reports the options that direct delivery cannot use.
func (s SMTP) checkDirect(c *checker) {
	if s.Port != 0 && s.Port != PortSMTP {
		c.fail("port", "Port", strconv.Itoa(s.Port), "not 25, the port MX servers take mail on",
			"leave "+c.k("port")+" out with "+c.k("delivery")+" direct")
	}
	if s.TLS == TLSImplicit {
		c.fail("tls", "TLS", string(s.TLS), "MX servers speak STARTTLS on port 25, not implicit TLS",
			"leave "+c.k("tls")+" out (STARTTLS when offered), or set starttls to require it")
	}
	if s.Auth.Username != "" || s.Auth.Password.IsSet() || s.Auth.Token.IsSet() {
		c.fail("auth.username", "Auth.Username", s.Auth.Username, "set, but direct delivery sends no AUTH (an MX takes mail for its own domains without it)",
			"remove "+c.k("auth")+", or set "+c.k("delivery")+" to relay to log in to a submission server")
	}
	if s.POPBeforeSMTP != nil {
		c.fail("pop_before_smtp", "POPBeforeSMTP", "", "set, but direct delivery logs in nowhere",
			"remove "+c.k("pop_before_smtp")+", or set "+c.k("delivery")+" to relay")
	}
	if s.RecipientPolicy == RecipientsAllOrNothing {
		// Each recipient domain's MX is a transaction of its own: one
		// domain's MX may have taken the message before another refuses.
		c.fail("recipient_policy", "RecipientPolicy", string(s.RecipientPolicy), "cannot hold with direct delivery, where each recipient domain's MX takes its copy on its own",
			"leave "+c.k("recipient_policy")+" out (best-effort), send one message per domain, or set "+c.k("delivery")+" to relay")
	}
}

func (s SMTP) checkAuth(c *checker, tls TLSMode) {
	a := s.Auth
	ac := c.sub("auth", "Auth")
	if !a.Mechanism.Valid() {
		ac.fail("mechanism", "Mechanism", string(a.Mechanism), "unknown mechanism",
			"use one of "+strings.Join(mechanisms, ", ")+didYouMean(string(a.Mechanism), mechanisms))
		return
	}
	ac.placeholder("password", "Password", a.Password)
	ac.placeholder("token", "Token", a.Token)

	mech := a.Mechanism
	if mech == "" {
		mech = AuthNone
		if a.Username != "" {
			mech = AuthAuto
		}
	}
	a.checkOAuth2(ac, mech) // oauth2.go
	secret := a.Password.IsSet() || a.HasToken()
	if a.Username == "" {
		switch {
		case mech != AuthNone && mech != AuthAuto:
			ac.fail("username", "Username", "", "mechanism "+string(mech)+" needs a username",
				"set "+ac.k("username")+" to the account to log in as, or set "+ac.k("mechanism")+" to none")
		case secret && a.Mechanism != AuthNone:
			ac.fail("username", "Username", "", "a password or token is set but no username",
				"set "+ac.k("username")+" to the account to log in as")
		}
		return
	}
	if mech == AuthNone {
		return
	}
	switch mech {
	case AuthXOAUTH2, AuthOAuthBearer:
		if !a.HasToken() {
			ac.fail("token", "Token", "", "mechanism "+string(mech)+" needs OAuth2 access tokens",
				"set "+ac.k("oauth2")+" (a flow that refreshes them), a TokenSource in code, or "+ac.k("token")+" (or "+EnvName(ac.k("token"))+"), or choose another mechanism")
		}
	case AuthAuto:
		if !secret {
			ac.fail("password", "Password", "", "a username is set but no password or token",
				"set "+ac.k("password")+" (or "+EnvName(ac.k("password"))+"), or remove "+ac.k("username")+" to send without logging in")
		}
	default:
		if !a.Password.IsSet() {
			ac.fail("password", "Password", "", "mechanism "+string(mech)+" needs a password",
				"set "+ac.k("password")+" (or "+EnvName(ac.k("password"))+")")
		}
	}
	if (tls == TLSNone || tls == TLSStartTLSOpportunistic) && !s.AllowInsecureAuth {
		c.fail("tls", "TLS", string(tls), "credentials could be sent in plain text",
			"set "+c.k("tls")+" to starttls or implicit; only on a network you trust, set "+c.k("allow_insecure_auth")+": true")
	}
}

var mechanisms = []string{
	string(AuthAuto), string(AuthPlain), string(AuthLogin), string(AuthCRAMMD5),
	string(AuthXOAUTH2), string(AuthOAuthBearer), string(AuthSCRAMSHA256), string(AuthNone),
}

var tlsModes = []string{string(TLSStartTLS), string(TLSStartTLSOpportunistic), string(TLSImplicit), string(TLSNone)}

func (p POPBeforeSMTP) check(c *checker, allowInsecureAuth bool) {
	if p.Host != "" {
		c.host("host", "Host", p.Host)
	}
	c.tlsMode("tls", "TLS", p.TLS)
	c.port("port", "Port", p.Port, p.TLS, PortPOP3S, []int{PortPOP3}, PortPOP3)
	if p.Username == "" {
		c.fail("username", "Username", "", "missing",
			"set it to the mailbox to log in to, or remove "+c.key+" if the server does not need POP-before-SMTP")
	}
	if !p.Password.IsSet() {
		c.fail("password", "Password", "", "missing", "set "+c.k("password")+" (or "+EnvName(c.k("password"))+")")
	}
	c.placeholder("password", "Password", p.Password)
	if tls := p.TLS.orDefault(); (tls == TLSNone || tls == TLSStartTLSOpportunistic) && !allowInsecureAuth && !p.AllowInsecureAPOP {
		c.fail("tls", "TLS", string(tls), "the POP3 login could go over an unencrypted connection",
			"set "+c.k("tls")+" to starttls (STLS) or implicit; for a server that offers APOP but no TLS, set "+
				c.k("allow_insecure_apop")+": true (the password then crosses only as an MD5 digest); "+
				"only on a network you trust, smtp.allow_insecure_auth: true lets the password itself go in clear")
	}
	c.duration("window", "Window", p.Window)
	c.duration("timeout", "Timeout", p.Timeout)
}

func (n Notifier) check(c *checker) {
	if len(n.To) == 0 {
		c.fail("to", "To", "", "no recipients", "list the addresses to notify, such as [oncall@example.org]")
	}
	c.addresses("to", "To", n.To)
	c.addresses("cc", "Cc", n.Cc)
	if n.Spool != "" {
		if fi, err := os.Stat(n.Spool); err == nil && !fi.IsDir() {
			c.fail("spool", "Spool", n.Spool, "is a file, not a folder",
				"point it at a folder (it is created when missing), or leave it out to keep failures in memory")
		}
	}
	c.duration("fold_window", "FoldWindow", n.FoldWindow)
	c.duration("rate_interval", "RateInterval", n.RateInterval)
	c.count("rate_limit", "RateLimit", n.RateLimit)
	c.count("queue_size", "QueueSize", n.QueueSize)
}

func (c *checker) addresses(key, field string, list []string) {
	for i, a := range list {
		if _, err := mail.ParseAddress(a); err != nil {
			c.fail(fmt.Sprintf("%s[%d]", key, i), fmt.Sprintf("%s[%d]", field, i), a, "not an email address",
				"write an address such as oncall@example.org")
		}
	}
}

// host checks a server host name: no scheme, no port, no brackets, a valid
// name or IP address.
func (c *checker) host(key, field, h string) {
	fail := func(problem, fix string) { c.fail(key, field, h, problem, fix) }
	if strings.TrimSpace(h) != h {
		fail("has spaces around it", "remove the spaces")
		return
	}
	if strings.Contains(h, "://") {
		fix := "write only the host name, such as mail.example.org; " + c.k("tls") + " chooses TLS"
		if u, err := url.Parse(h); err == nil && u.Hostname() != "" {
			fix = "write only the host name, " + u.Hostname() + "; " + c.k("tls") + " chooses TLS"
			if u.Port() != "" {
				fix += " and " + c.k("port") + " the port"
			}
		}
		fail("has a URL scheme", fix)
		return
	}
	if host, port, err := net.SplitHostPort(h); err == nil {
		fail("has a port in it", "write the host alone ("+host+") and the port in "+c.k("port")+" ("+port+")")
		return
	}
	if strings.HasPrefix(h, "[") {
		fail("an IPv6 address in brackets", "write the address without brackets, such as 2001:db8::1")
		return
	}
	if net.ParseIP(h) == nil && !validHostname(h, false) {
		fail("not a host name", "write the server's name, such as mail.example.org, or its IP address")
	}
}

func (c *checker) tlsMode(key, field string, m TLSMode) {
	if !m.Valid() {
		c.fail(key, field, string(m), "unknown TLS mode",
			"use one of starttls, starttls-opportunistic, implicit, none"+didYouMean(string(m), tlsModes))
	}
}

// port checks a port's range and that it matches the TLS mode: tlsPort
// speaks TLS from the first byte, plainPorts expect STARTTLS or plain text.
func (c *checker) port(key, field string, port int, mode TLSMode, tlsPort int, plainPorts []int, starttlsPort int) {
	if port < 0 || port > 65535 {
		c.fail(key, field, strconv.Itoa(port), "out of range",
			"set a port between 1 and 65535, or leave it out for the TLS mode's default")
		return
	}
	if !mode.Valid() {
		return // reported by tlsMode
	}
	m := mode.orDefault()
	p := strconv.Itoa(port)
	switch {
	case port == tlsPort && m != TLSImplicit:
		c.fail(key, field, p, fmt.Sprintf("port %d expects TLS from the first byte (implicit TLS), but %s is %s", port, c.k("tls"), m),
			fmt.Sprintf("set %s to implicit, or %s to %d", c.k("tls"), c.k(key), starttlsPort))
	case m == TLSImplicit && containsInt(plainPorts, port):
		c.fail(key, field, p, fmt.Sprintf("port %d expects STARTTLS or plain text, but %s is implicit", port, c.k("tls")),
			fmt.Sprintf("set %s to starttls, or %s to %d", c.k("tls"), c.k(key), tlsPort))
	}
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func (c *checker) duration(key, field string, d time.Duration) {
	if d < 0 {
		c.fail(key, field, d.String(), "negative duration",
			"use a positive duration such as 30s or 15m, or leave it out for the default")
	}
}

func (c *checker) count(key, field string, n int) {
	if n < 0 {
		c.fail(key, field, strconv.Itoa(n), "negative", "use a positive number, or leave it out for the default")
	}
}

// placeholder reports a secret whose value is the redaction placeholder:
// a file written from a redacted dump and loaded back.
func (c *checker) placeholder(key, field string, s Secret) {
	if s.Reveal() == redacted {
		c.fail(key, field, "", "holds the placeholder "+redacted+", not a real secret",
			"set the real value (a dump of the options never shows it)")
	}
}

// checkHelo checks an EHLO name (RFC 5321 section 4.1.1.1): a fully
// qualified domain name or an address literal.
func checkHelo(h string) (problem, fix string) {
	const fixAny = "use this machine's fully qualified name, such as runner01.example.org, or an address literal such as [192.0.2.1]"
	if strings.HasPrefix(h, "[") || strings.HasSuffix(h, "]") {
		if validAddressLiteral(h) {
			return "", ""
		}
		return "not a valid address literal", "write [192.0.2.1] for IPv4 or [IPv6:2001:db8::1] for IPv6"
	}
	if ip := net.ParseIP(h); ip != nil {
		lit := "[" + h + "]"
		if ip.To4() == nil {
			lit = "[IPv6:" + h + "]"
		}
		return "an IP address must be written as an address literal", "write " + lit
	}
	if !validHostname(h, true) {
		return "not a fully qualified domain name", fixAny
	}
	return "", ""
}

// validAddressLiteral reports whether s is "[IPv4]" or "[IPv6:addr]".
func validAddressLiteral(s string) bool {
	if len(s) < 3 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	inner := s[1 : len(s)-1]
	if len(inner) > 5 && strings.EqualFold(inner[:5], "IPv6:") {
		ip := net.ParseIP(inner[5:])
		return ip != nil && strings.Contains(inner[5:], ":")
	}
	ip := net.ParseIP(inner)
	return ip != nil && ip.To4() != nil && !strings.Contains(inner, ":")
}

// validHostname reports whether s is a DNS host name: labels of letters,
// digits and hyphens, 1 to 63 long, not starting or ending with a hyphen,
// 253 in all. With fqdn it must have at least two labels and a top-level
// label that is not all digits, and underscores are refused; without, an
// underscore is tolerated (some internal names have one) and one label
// (localhost, mailhog) is enough.
func validHostname(s string, fqdn bool) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	labels := strings.Split(s, ".")
	if fqdn && len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
			return false
		}
		for i := 0; i < len(l); i++ {
			ch := l[i]
			switch {
			case 'a' <= ch && ch <= 'z', 'A' <= ch && ch <= 'Z', '0' <= ch && ch <= '9', ch == '-':
			case ch == '_' && !fqdn:
			default:
				return false
			}
		}
	}
	if fqdn {
		tld := labels[len(labels)-1]
		if strings.Trim(tld, "0123456789") == "" {
			return false
		}
	}
	return true
}

// errText describes a file error without repeating the path.
func errText(err error) string {
	switch {
	case os.IsNotExist(err):
		return "no such file"
	case os.IsPermission(err):
		return "permission denied"
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
