package smtptest

import (
	"crypto/x509"
	"time"
)

// Reply is a scripted server reply.
type Reply struct {
	Code     int    // e.g. 554
	Enhanced string // e.g. "5.7.1"
	Text     string // e.g. "<a@b.example>: Relay access denied"
}

// Stage names the command a Rule or Fault applies to.
type Stage string

// The stages a rule or fault can be attached to.
const (
	StageGreeting Stage = "greeting"
	StageEHLO     Stage = "ehlo"
	StageAuth     Stage = "auth"
	StageMail     Stage = "mail"
	StageRcpt     Stage = "rcpt"
	StageData     Stage = "data" // the reply after the message's final "."
)

// Rule replaces the server's normal reply to a command.
type Rule struct {
	Stage Stage
	Match string // substring of the command's argument (an address); "" matches every command at Stage
	Reply Reply
	Times int // how many matching commands get this reply; 0: all
}

// FaultKind is an injected failure.
type FaultKind int

// The faults.
const (
	FaultDrop  FaultKind = iota + 1 // close the connection without a reply
	FaultStall                      // say nothing for Fault.Delay (0: until Close)
	Fault421                        // reply "421 4.3.2 Service shutting down" and close
)

// Fault injects a failure at a stage.
type Fault struct {
	Stage Stage
	Kind  FaultKind
	Delay time.Duration
	Times int // how many times; 0: always
}

// Config describes the fake server. The zero value accepts any mail, plain
// text, no auth.
type Config struct {
	Hostname    string            // greeting and EHLO name; default "mx.smtptest.test"
	Domains     []string          // local domains; when set, other recipients need AUTH or get "554 5.7.1 <rcpt>: Relay access denied"
	Users       map[string]string // username -> password for AUTH PLAIN and LOGIN
	StartTLS    bool              // offer STARTTLS with a generated certificate for 127.0.0.1/localhost
	RequireTLS  bool              // "530 5.7.0 Must issue a STARTTLS command first" before STARTTLS
	Implicit    bool              // TLS from the first byte
	RequireAuth bool              // "530 5.7.0 Authentication required" at MAIL without AUTH
	SenderLogin bool              // authenticated users may only send as themselves: 553 5.7.1 ... not owned by user
	MaxSize     int64             // SIZE limit; 0: none
	Greylist    int               // the first N attempts per (sender, recipient) get 451 4.7.1 greylisted
	Rules       []Rule
	Faults      []Fault
	Latency     time.Duration // added before every reply (a slow or distant server)
}

// Received is a message the server accepted.
type Received struct {
	From     string
	To       []string
	Data     []byte
	Helo     string
	AuthUser string
	TLS      bool
}

// Server is a running fake. Its methods are safe for concurrent use.
type Server struct{ _ int }

// Start starts a server on 127.0.0.1:0.
func Start(cfg Config) (*Server, error) { panic("unimplemented") }

// Addr returns "127.0.0.1:port".
func (s *Server) Addr() string { panic("unimplemented") }

// Host returns "127.0.0.1".
func (s *Server) Host() string { panic("unimplemented") }

// Port returns the port.
func (s *Server) Port() int { panic("unimplemented") }

// CertPool returns a pool that trusts the server's certificate.
func (s *Server) CertPool() *x509.CertPool { panic("unimplemented") }

// Messages returns a copy of what was received so far.
func (s *Server) Messages() []Received { panic("unimplemented") }

// Connections returns how many connections were accepted so far.
func (s *Server) Connections() int { panic("unimplemented") }

// Close stops the server and ends every session.
func (s *Server) Close() error { panic("unimplemented") }
