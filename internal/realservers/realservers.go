package realservers

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The environment variables scripts/test sets.
const (
	EnvSMTPPlain     = "TASKMAIL_TEST_SMTP_PLAIN"           // relay policy; AUTH in plain text allowed; STARTTLS offered
	EnvSMTPSmall     = "TASKMAIL_TEST_SMTP_SMALL"           // as plain, with a small message size limit
	EnvSmallLimit    = "TASKMAIL_TEST_SMTP_SMALL_LIMIT"     // that limit, in octets
	EnvSMTPSmallData = "TASKMAIL_TEST_SMTP_SMALL_DATA"      // the same limit, enforced after DATA only (EHLO announces none)
	EnvSMTPDefer     = "TASKMAIL_TEST_SMTP_DEFER"           // as plain, relay denial is 454 4.7.1 (defer_unauth_destination)
	EnvSMTPTempFail  = "TASKMAIL_TEST_SMTP_TEMPFAIL"        // as plain, every RCPT deferred (450 4.7.1)
	EnvSMTPPOPBSMTP  = "TASKMAIL_TEST_SMTP_POPBSMTP"        // as plain, and a POP3 login opens relaying for its client address
	EnvSMTPPOPNoAuth = "TASKMAIL_TEST_SMTP_POPBSMTP_NOAUTH" // as POPBSMTP, but the server offers no AUTH at all
	EnvSMTPTLS       = "TASKMAIL_TEST_SMTP_TLS"             // submission: STARTTLS required, then AUTH required
	EnvSMTPImplicit  = "TASKMAIL_TEST_SMTP_IMPLICIT"        // submissions: implicit TLS, AUTH required
	EnvPOP3          = "TASKMAIL_TEST_POP3"                 // POP3, STLS and APOP offered
	EnvPOP3S         = "TASKMAIL_TEST_POP3S"                // POP3 over implicit TLS
	EnvCA            = "TASKMAIL_TEST_CA"                   // PEM file of the CA that issued the servers' certificate
	EnvUsers         = "TASKMAIL_TEST_USERS"                // "alice@local.test:password,bob@local.test:password,..."
	EnvPOPBSMTPTTL   = "TASKMAIL_TEST_POPBSMTP_TTL"         // how long a POP login opens relaying ("10s"): the server's window, short for tests but longer than the doctor's second relay check
	EnvMTADir        = "TASKMAIL_TEST_MTA_DIR"              // the servers' folder: configuration and logs
)

// SkipMessage is the one line a test skips with when the servers are not
// running.
const SkipMessage = "real servers not running: run scripts/test"

// User is a mailbox on the servers: its address is also its SMTP AUTH and
// POP3 login.
type User struct {
	Address  string
	Password string
}

// Servers are the addresses ("127.0.0.1:port") of the running servers.
type Servers struct {
	SMTPPlain        string
	SMTPSmall        string
	SmallLimit       int
	SMTPSmallData    string
	SMTPDefer        string
	SMTPTempFail     string // "" when the servers were started by an older scripts/mta/up.sh
	SMTPPOPBSMTP     string
	SMTPPOPNoAuth    string // POP-before-SMTP relaying, no AUTH offered
	SMTPTLS          string
	SMTPImplicit     string
	POP3             string
	POP3S            string
	CAFile           string
	Roots            *x509.CertPool // holds the CA in CAFile
	Users            []User
	POPBeforeSMTPTTL time.Duration
	MTADir           string // configuration and logs (dc/dovecot.log, pf/postfix.log)
}

// InCI reports whether the CI environment variable is set (and not "false"
// or "0").
func InCI() bool {
	v := strings.TrimSpace(os.Getenv("CI"))
	return v != "" && v != "false" && v != "0"
}

// Env returns the environment variable name that scripts/test sets for a
// server it started. When it is not set, the server is not running: Env
// skips t with message, or, when CI is set, fails it, so that a missing
// server never passes for a skipped test in CI.
func Env(t testing.TB, name, message string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		if InCI() {
			t.Fatalf("%s (%s is not set, and CI is set)", message, name)
		}
		t.Skip(message)
	}
	return v
}

// Get returns the servers. Without them it skips t with SkipMessage, or,
// when CI is set, fails it. A half-set environment always fails.
func Get(t testing.TB) *Servers {
	t.Helper()
	Env(t, EnvSMTPPlain, SkipMessage)
	var missing []string
	get := func(name string) string {
		v := os.Getenv(name)
		if v == "" {
			missing = append(missing, name)
		}
		return v
	}
	s := &Servers{
		SMTPPlain:     get(EnvSMTPPlain),
		SMTPSmall:     get(EnvSMTPSmall),
		SMTPSmallData: get(EnvSMTPSmallData),
		SMTPDefer:     get(EnvSMTPDefer),
		SMTPTempFail:  os.Getenv(EnvSMTPTempFail),
		SMTPPOPBSMTP:  get(EnvSMTPPOPBSMTP),
		SMTPPOPNoAuth: get(EnvSMTPPOPNoAuth),
		SMTPTLS:       get(EnvSMTPTLS),
		SMTPImplicit:  get(EnvSMTPImplicit),
		POP3:          get(EnvPOP3),
		POP3S:         get(EnvPOP3S),
		CAFile:        get(EnvCA),
		MTADir:        get(EnvMTADir),
	}
	limit, users, ttl := get(EnvSmallLimit), get(EnvUsers), get(EnvPOPBSMTPTTL)
	if len(missing) > 0 {
		t.Fatalf("real servers half configured: %s not set; run scripts/test", strings.Join(missing, ", "))
	}
	var err error
	if s.SmallLimit, err = strconv.Atoi(limit); err != nil {
		t.Fatalf("%s=%q: %v", EnvSmallLimit, limit, err)
	}
	if s.POPBeforeSMTPTTL, err = time.ParseDuration(ttl); err != nil {
		t.Fatalf("%s=%q: %v", EnvPOPBSMTPTTL, ttl, err)
	}
	for _, u := range strings.Split(users, ",") {
		addr, pw, ok := strings.Cut(u, ":")
		if !ok {
			t.Fatalf("%s: entry %q is not address:password", EnvUsers, addr)
		}
		s.Users = append(s.Users, User{Address: addr, Password: pw})
	}
	pem, err := os.ReadFile(s.CAFile)
	if err != nil {
		t.Fatalf("%s: %v", EnvCA, err)
	}
	s.Roots = x509.NewCertPool()
	if !s.Roots.AppendCertsFromPEM(pem) {
		t.Fatalf("%s: no certificate in %s", EnvCA, s.CAFile)
	}
	return s
}

// User returns the user whose address starts with name + "@" ("alice").
func (s *Servers) User(t testing.TB, name string) User {
	t.Helper()
	for _, u := range s.Users {
		if strings.HasPrefix(u.Address, name+"@") {
			return u
		}
	}
	t.Fatalf("no test user %q in %s", name, EnvUsers)
	return User{}
}

// TLSConfig returns a TLS configuration that trusts the servers'
// certificate.
func (s *Servers) TLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.Roots}
}

// HostPort splits a server address into host and numeric port.
func HostPort(t testing.TB, addr string) (string, int) {
	t.Helper()
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		t.Fatalf("address %q: %v", addr, err)
	}
	p, err := strconv.Atoi(port)
	if err != nil {
		t.Fatalf("address %q: %v", addr, err)
	}
	return host, p
}

// SourceAddr returns a loopback address of the form 127.x.y.z (x from 64
// to 127), random for each call, for a test that needs a client address of
// its own: a POP-before-SMTP login opens relaying for its client address,
// so a test that uses its own address is not affected by other tests'
// logins, and does not affect them. On Linux all of 127.0.0.0/8 reaches
// the loopback interface without any setup.
func SourceAddr() net.IP {
	return net.IPv4(127, byte(64+rand.IntN(64)), byte(rand.IntN(256)), byte(1+rand.IntN(254)))
}

// Dialer returns a dial function whose connections come from src (port
// chosen by the system), for mailaction.WithDialer and pop3.Dialer.
func Dialer(src net.IP) func(ctx context.Context, network, addr string) (net.Conn, error) {
	d := &net.Dialer{LocalAddr: &net.TCPAddr{IP: src}, Timeout: 10 * time.Second}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := d.DialContext(ctx, network, addr)
		if err != nil {
			return nil, fmt.Errorf("dial %s from %s: %w", addr, src, err)
		}
		return c, nil
	}
}
