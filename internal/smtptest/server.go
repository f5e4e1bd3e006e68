package smtptest

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

const (
	defaultHostname  = "mx.smtptest.test"
	handshakeTimeout = 10 * time.Second
	// A test client that forgets its connection holds a goroutine until
	// this runs out or the server is closed.
	readTimeout  = 5 * time.Minute
	writeTimeout = time.Minute
)

// ErrServerClosed is returned by WaitMessages when the server is closed
// before the messages arrive.
var ErrServerClosed = errors.New("smtptest: server closed")

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct {
	cfg       Config
	ln        net.Listener
	smtp      *smtp.Server
	tlsConfig *tls.Config
	pool      *x509.CertPool
	logger    *slog.Logger
	done      chan struct{}
	serveDone chan struct{}
	closeOnce sync.Once
	closeErr  error

	mu        sync.Mutex
	rules     []Rule
	ruleUsed  []int
	faults    []Fault
	faultUsed []int
	messages  []Received
	commands  []string
	counts    map[string]int
	greylist  map[[2]string]int
	conns     map[*conn]struct{}
	nconns    int
	queued    int
	changed   chan struct{} // closed and replaced when a message arrives
}

// Start starts a server on 127.0.0.1:0.
func Start(cfg Config) (*Server, error) {
	if cfg.Hostname == "" {
		cfg.Hostname = defaultHostname
	}
	// The server keeps its own copies: a caller may reuse what it passed.
	cfg.Users = maps.Clone(cfg.Users)
	cfg.AuthMechs = slices.Clone(cfg.AuthMechs)
	if cfg.EHLOReject != nil {
		r := *cfg.EHLOReject
		cfg.EHLOReject = &r
	}
	if len(cfg.AuthMechs) == 0 {
		cfg.AuthMechs = []string{"PLAIN", "LOGIN"}
	}
	for i, m := range cfg.AuthMechs {
		cfg.AuthMechs[i] = strings.ToUpper(m)
		if cfg.AuthMechs[i] != "PLAIN" && cfg.AuthMechs[i] != "LOGIN" {
			return nil, fmt.Errorf("smtptest: AUTH mechanism %q is not implemented (PLAIN, LOGIN)", m)
		}
	}
	cfg.Domains = lowerAll(cfg.Domains)
	cfg.Mailboxes = lowerAll(cfg.Mailboxes)
	if cfg.StartTLS && cfg.Implicit {
		return nil, errors.New("smtptest: StartTLS and Implicit are exclusive")
	}
	s := &Server{
		cfg:       cfg,
		logger:    cfg.Logger,
		done:      make(chan struct{}),
		serveDone: make(chan struct{}),
		counts:    map[string]int{},
		greylist:  map[[2]string]int{},
		conns:     map[*conn]struct{}{},
		changed:   make(chan struct{}),
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	s.SetRules(cfg.Rules...)
	s.SetFaults(cfg.Faults...)

	cert, pool, err := newCertificate(cfg.BadCertificate)
	if err != nil {
		return nil, err
	}
	s.pool = pool
	s.tlsConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("smtptest: listen: %w", err)
	}
	s.ln = ln

	srv := smtp.NewServer(backend{s})
	srv.Domain = cfg.Hostname
	srv.ReadTimeout = readTimeout
	srv.WriteTimeout = writeTimeout
	// conn does TLS itself and the session decides when AUTH is allowed, so
	// go-smtp must neither offer STARTTLS (TLSConfig stays nil) nor refuse
	// AUTH on a connection it believes to be plain text.
	srv.AllowInsecureAuth = true
	srv.EnableSMTPUTF8 = cfg.SMTPUTF8
	srv.EnableREQUIRETLS = false
	srv.ErrorLog = errorLog{s.logger}
	s.smtp = srv

	go func() {
		defer close(s.serveDone)
		_ = srv.Serve(listener{ln, s})
	}()
	return s, nil
}

func lowerAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, v := range ss {
		out[i] = strings.ToLower(strings.TrimSpace(v))
	}
	return out
}

// listener wraps each accepted connection in a conn.
type listener struct {
	net.Listener
	srv *Server
}

func (l listener) Accept() (net.Conn, error) {
	raw, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	c := newConn(l.srv, raw)
	l.srv.mu.Lock()
	l.srv.nconns++
	l.srv.conns[c] = struct{}{}
	l.srv.mu.Unlock()
	select {
	case <-l.srv.done:
		c.Close()
	default:
	}
	return c, nil
}

func (s *Server) forget(c *conn) {
	s.mu.Lock()
	delete(s.conns, c)
	s.mu.Unlock()
}

// errorLog sends go-smtp's internal errors to the logger at debug level.
type errorLog struct{ l *slog.Logger }

func (e errorLog) Printf(format string, v ...any) { e.l.Debug(fmt.Sprintf(format, v...)) }
func (e errorLog) Println(v ...any)               { e.l.Debug(strings.TrimSpace(fmt.Sprintln(v...))) }

// Addr returns "127.0.0.1:port".
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Host returns "127.0.0.1".
func (s *Server) Host() string { return "127.0.0.1" }

// Port returns the port.
func (s *Server) Port() int { return s.ln.Addr().(*net.TCPAddr).Port }

// CertPool returns a pool that trusts the server's certificate (or, with
// CertUntrusted, another one).
func (s *Server) CertPool() *x509.CertPool { return s.pool }

// TLSConfig returns a client configuration that trusts the server's
// certificate and expects the name "localhost".
func (s *Server) TLSConfig() *tls.Config {
	return &tls.Config{RootCAs: s.pool, ServerName: "localhost", MinVersion: tls.VersionTLS12}
}

// Messages returns a copy of what was received so far.
func (s *Server) Messages() []Received {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Received, len(s.messages))
	for i, m := range s.messages {
		m.To = append([]string(nil), m.To...)
		m.Data = append([]byte(nil), m.Data...)
		out[i] = m
	}
	return out
}

// WaitMessages waits until at least n messages have been received, ctx is
// done (its error is returned) or the server is closed (ErrServerClosed).
func (s *Server) WaitMessages(ctx context.Context, n int) error {
	for {
		s.mu.Lock()
		got, ch := len(s.messages), s.changed
		s.mu.Unlock()
		if got >= n {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("smtptest: %d of %d messages: %w", got, n, ctx.Err())
		case <-s.done:
			return ErrServerClosed
		}
	}
}

// Connections returns how many connections were accepted so far.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.nconns
}

// Commands returns the commands received so far on every connection, in the
// order the server read them, as "VERB argument" with the verb in upper
// case. AUTH keeps only its mechanism ("AUTH PLAIN [redacted]"); SASL
// responses and message bodies are not commands and are left out.
func (s *Server) Commands() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.commands...)
}

// CommandCount returns how many commands with this verb (any case) were
// received, e.g. CommandCount("NOOP").
func (s *Server) CommandCount(verb string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[strings.ToUpper(verb)]
}

// Reset forgets the messages, commands and greylist entries received so far
// and restarts the Times counts of rules and faults. Connections() is kept.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = nil
	s.commands = nil
	s.counts = map[string]int{}
	s.greylist = map[[2]string]int{}
	s.ruleUsed = make([]int, len(s.rules))
	s.faultUsed = make([]int, len(s.faults))
}

func (s *Server) logCommand(verb, arg string) {
	cmd := verb
	if verb == "AUTH" {
		mech, rest, _ := strings.Cut(arg, " ")
		cmd += " " + strings.ToUpper(mech)
		if rest != "" {
			cmd += " [redacted]"
		}
	} else if arg != "" {
		cmd += " " + arg
	}
	s.mu.Lock()
	s.commands = append(s.commands, cmd)
	s.counts[verb]++
	s.mu.Unlock()
}

func (s *Server) deliver(m Received) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.messages = append(s.messages, m)
	s.queued++
	close(s.changed)
	s.changed = make(chan struct{})
	// A Postfix-like queue id: 11 upper-case hex digits.
	return fmt.Sprintf("%X", 0xA0000000000+s.queued)
}

// Close stops the server and ends every session, stalled ones included. It
// does not wait for clients to say QUIT.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		close(s.done)
		s.closeErr = s.smtp.Close()
		if errors.Is(s.closeErr, net.ErrClosed) {
			s.closeErr = nil
		}
		// go-smtp closes only the listeners its Serve has registered; if
		// Serve has not started yet, this makes it return at once.
		_ = s.ln.Close()
		s.mu.Lock()
		conns := make([]*conn, 0, len(s.conns))
		for c := range s.conns {
			conns = append(conns, c)
		}
		s.mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
		<-s.serveDone
	})
	return s.closeErr
}

// TB is the part of testing.TB that StartT needs; *testing.T and
// *testing.B satisfy it. (The package does not import testing, so that the
// demo can use it.)
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
	Cleanup(func())
}

// StartT starts a server for a test or benchmark, fails it at once if the
// server cannot start, and closes the server when the test ends.
func StartT(t TB, cfg Config) *Server {
	t.Helper()
	srv, err := Start(cfg)
	if err != nil {
		t.Fatalf("smtptest.Start: %v", err)
	}
	t.Cleanup(func() { srv.Close() })
	return srv
}
