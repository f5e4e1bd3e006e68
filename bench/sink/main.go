package sink

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Main runs a sink as a program: it parses args, writes the certificate to
// -cert-out when given, prints one line
//
//	ready smtp=ADDR control=ADDR
//
// to stdout, and serves until stdin reaches end of file (the parent went
// away or closed it) or the process gets SIGINT or SIGTERM. It returns the
// exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("sink", flag.ContinueOnError)
	fs.SetOutput(stderr)
	smtpAddr := fs.String("listen", "127.0.0.1:0", "SMTP listen `address` (loopback only)")
	ctlAddr := fs.String("control", "127.0.0.1:0", "control endpoint listen `address` (loopback only)")
	certOut := fs.String("cert-out", "", "write the server certificate (its own CA) as PEM to this `file`")
	flushEach := fs.Bool("flush-each-reply", false, "write every reply at once instead of holding replies until the next read")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	s, err := New(Options{SMTPAddr: *smtpAddr, ControlAddr: *ctlAddr, ErrorLog: stderr, FlushEachReply: *flushEach})
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if *certOut != "" {
		if err := os.WriteFile(*certOut, s.CertPEM(), 0o600); err != nil {
			fmt.Fprintln(stderr, "sink:", err)
			return 1
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		io.Copy(io.Discard, stdin)
		cancel()
	}()
	fmt.Fprintf(stdout, "ready smtp=%s control=%s\n", s.SMTPAddr(), s.ControlAddr())
	if err := s.Serve(ctx); err != nil {
		fmt.Fprintln(stderr, "sink:", err)
		return 1
	}
	return 0
}
