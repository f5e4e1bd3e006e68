package taskmailtest

import (
	"bytes"
	"crypto/tls"
	"net/mail"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// The types of the server's description. They are the ones of the
// implementation the project's own tests use, so both behave the same.
type (
	// Config describes the server; the zero value accepts any mail, in
	// plain text, without AUTH.
	Config = smtptest.Config
	// Rule replaces the server's reply to the commands of a Stage that
	// match.
	Rule = smtptest.Rule
	// Reply is a scripted reply: code, enhanced code, text.
	Reply = smtptest.Reply
	// Stage names the command a Rule or Fault applies to.
	Stage = smtptest.Stage
	// Fault breaks the connection at a Stage.
	Fault = smtptest.Fault
	// FaultKind says how a Fault breaks the connection.
	FaultKind = smtptest.FaultKind
	// CertProblem makes the server's certificate one a client must refuse.
	CertProblem = smtptest.CertProblem
	// Received is a message the server accepted: envelope, data, EHLO
	// name, AUTH identity, whether TLS was on.
	Received = smtptest.Received
	// TB is the part of testing.TB that NewServer needs.
	TB = smtptest.TB
)

// The stages.
const (
	StageGreeting = smtptest.StageGreeting
	StageEHLO     = smtptest.StageEHLO
	StageAuth     = smtptest.StageAuth
	StageMail     = smtptest.StageMail
	StageRcpt     = smtptest.StageRcpt
	StageData     = smtptest.StageData // the reply to the message's final "."
)

// The faults.
const (
	FaultDrop        = smtptest.FaultDrop        // close the connection without a reply
	FaultStall       = smtptest.FaultStall       // say nothing for Fault.Delay (0: until Close)
	Fault421         = smtptest.Fault421         // "421 4.3.2 Service shutting down", then close
	Fault421KeepOpen = smtptest.Fault421KeepOpen // the same 421, connection left open
)

// The certificate problems.
const (
	CertOK        = smtptest.CertOK
	CertWrongName = smtptest.CertWrongName
	CertExpired   = smtptest.CertExpired
	CertUntrusted = smtptest.CertUntrusted
)

// ErrServerClosed is returned by WaitMessages when the server is closed
// before the messages arrive.
var ErrServerClosed = smtptest.ErrServerClosed

// Server is a running fake server. Besides SMTP and Options, it has the
// methods of the server it wraps: Addr, Host, Port, CertPool, TLSConfig,
// Messages, WaitMessages, Connections, Commands, CommandCount, SetRules,
// SetFaults, Reset and Close. They are safe for concurrent use.
type Server struct {
	*smtptest.Server
	cfg Config
}

// Start starts a server on 127.0.0.1:0. Close it when done.
func Start(cfg Config) (*Server, error) {
	s, err := smtptest.Start(cfg)
	if err != nil {
		return nil, err
	}
	return &Server{Server: s, cfg: cfg}, nil
}

// NewServer starts a server for a test, fails the test at once if it
// cannot, and closes it when the test ends.
func NewServer(t TB, cfg Config) *Server {
	t.Helper()
	s, err := Start(cfg)
	if err != nil {
		t.Fatalf("taskmailtest: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// SMTP returns options that reach the server: its address, the TLS mode it
// speaks (implicit, STARTTLS, or none), a From in a domain of its own when
// it has Domains, short timeouts, and retries that do not wait long (a
// greylisted recipient is tried again after a second). Add Auth and change
// what the test needs.
func (s *Server) SMTP() config.SMTP {
	c := config.SMTP{
		Host:           s.Host(),
		Port:           s.Port(),
		TLS:            config.TLSNone,
		From:           "robot@client.test",
		Timeout:        5 * time.Second,
		CommandTimeout: 5 * time.Second,
		DataTimeout:    5 * time.Second,
		Retry: config.Retry{MaxAttempts: 3, InitialInterval: 10 * time.Millisecond,
			MaxInterval: 100 * time.Millisecond, GreylistDelay: time.Second},
	}
	switch {
	case s.cfg.Implicit:
		c.TLS = config.TLSImplicit
	case s.cfg.StartTLS:
		c.TLS = config.TLSStartTLS
	}
	if len(s.cfg.Domains) > 0 {
		c.From = "robot@" + s.cfg.Domains[0]
	}
	return c
}

// Options returns the Sender options that make it trust the server's
// certificate; pass them to mailaction.NewSender or SendEmail.
func (s *Server) Options() []mailaction.Option {
	return []mailaction.Option{mailaction.WithTLSConfig(&tls.Config{RootCAs: s.CertPool()})}
}

// ReadMessage parses what the server received into headers and body.
func ReadMessage(r Received) (*mail.Message, error) {
	return mail.ReadMessage(bytes.NewReader(r.Data))
}
