package sink

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"time"

	"github.com/taskmail/taskmail/internal/testcert"

	"github.com/emersion/go-smtp"
)

// Options configure a Sink.
type Options struct {
	SMTPAddr    string // listen address for SMTP; default 127.0.0.1:0
	ControlAddr string // listen address for the control endpoint; default 127.0.0.1:0
	Domain      string // name in the greeting; default sink.bench.test
	ErrorLog    io.Writer

	// FlushEachReply writes every reply as soon as it is made, as go-smtp
	// does by itself. By default replies are held until the server is
	// about to wait for input, as Postfix does, so that the replies to
	// pipelined commands travel together.
	FlushEachReply bool
}

// Sink is a running SMTP sink and its control endpoint.
type Sink struct {
	smtp    *smtp.Server
	control *http.Server
	smtpLn  net.Listener
	ctlLn   net.Listener
	certPEM []byte
	batch   bool
	count   counters
}

// New listens on loopback and returns a Sink ready to Serve. Non-loopback
// addresses are refused: the sink is for measuring on one machine.
func New(opts Options) (*Sink, error) {
	if opts.SMTPAddr == "" {
		opts.SMTPAddr = "127.0.0.1:0"
	}
	if opts.ControlAddr == "" {
		opts.ControlAddr = "127.0.0.1:0"
	}
	if opts.Domain == "" {
		opts.Domain = "sink.bench.test"
	}
	if opts.ErrorLog == nil {
		opts.ErrorLog = io.Discard
	}
	for _, a := range []string{opts.SMTPAddr, opts.ControlAddr} {
		if err := checkLoopback(a); err != nil {
			return nil, err
		}
	}
	cert, _, err := testcert.Loopback("taskmail bench sink")
	if err != nil {
		return nil, fmt.Errorf("sink: certificate: %w", err)
	}
	s := &Sink{certPEM: testcert.PEM(cert), batch: !opts.FlushEachReply}

	srv := smtp.NewServer(smtp.BackendFunc(s.newSession))
	srv.Domain = opts.Domain
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	srv.MaxMessageBytes = 10 << 20
	srv.MaxRecipients = 1000
	srv.ReadTimeout = time.Minute
	srv.WriteTimeout = time.Minute
	srv.ErrorLog = log.New(opts.ErrorLog, "sink: ", log.LstdFlags)
	s.smtp = srv

	mux := http.NewServeMux()
	mux.HandleFunc("GET /stats", s.handleStats)
	mux.HandleFunc("POST /reset", s.handleReset)
	s.control = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}

	if s.smtpLn, err = net.Listen("tcp", opts.SMTPAddr); err != nil {
		return nil, fmt.Errorf("sink: %w", err)
	}
	if s.ctlLn, err = net.Listen("tcp", opts.ControlAddr); err != nil {
		s.smtpLn.Close()
		return nil, fmt.Errorf("sink: %w", err)
	}
	return s, nil
}

// SMTPAddr is the address the SMTP server listens on.
func (s *Sink) SMTPAddr() string { return s.smtpLn.Addr().String() }

// ControlAddr is the address of the control endpoint.
func (s *Sink) ControlAddr() string { return s.ctlLn.Addr().String() }

// CertPEM is the server certificate, which is its own CA, PEM encoded.
func (s *Sink) CertPEM() []byte { return s.certPEM }

// Stats returns the current counts.
func (s *Sink) Stats() Stats { return s.count.snapshot() }

// Reset sets every count to zero.
func (s *Sink) Reset() { s.count.reset() }

// Serve serves SMTP and the control endpoint until ctx is done, then closes
// both and returns.
func (s *Sink) Serve(ctx context.Context) error {
	errc := make(chan error, 2)
	go func() { errc <- s.smtp.Serve(&countingListener{Listener: s.smtpLn, c: &s.count, batch: s.batch}) }()
	go func() { errc <- s.control.Serve(s.ctlLn) }()
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	s.control.Close()
	s.smtp.Close()
	if errors.Is(err, smtp.ErrServerClosed) || errors.Is(err, http.ErrServerClosed) {
		err = nil
	}
	return err
}

func (s *Sink) handleStats(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(s.Stats())
}

func (s *Sink) handleReset(w http.ResponseWriter, _ *http.Request) {
	s.Reset()
	w.WriteHeader(http.StatusNoContent)
}

func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("sink: address %q: %w", addr, err)
	}
	ip := net.ParseIP(host)
	if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return fmt.Errorf("sink: address %q is not a loopback address", addr)
	}
	return nil
}
