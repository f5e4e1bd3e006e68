package throughput

import (
	"bufio"
	"context"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/taskmail/taskmail/bench/sink"
)

// Sink is a sink process started by StartSink, and how to reach it.
type Sink struct {
	Addr     string         // SMTP host:port
	Host     string         // host part of Addr
	Port     int            // port part of Addr
	CertFile string         // PEM file with the sink's certificate, its own CA
	Roots    *x509.CertPool // a pool holding that certificate

	control string
	http    *http.Client
	cmd     *exec.Cmd
	stdin   io.WriteCloser
	waitc   chan error
	dir     string
}

// StartSink starts argv (a sink program, see bench/cmd/sink) with env
// added to this process's environment, and waits until it is ready. The
// sink stops when Stop closes its standard input.
func StartSink(ctx context.Context, argv []string, env []string) (*Sink, error) {
	if len(argv) == 0 {
		return nil, errors.New("throughput: no sink command")
	}
	dir, err := os.MkdirTemp("", "taskmail-sink-")
	if err != nil {
		return nil, err
	}
	s := &Sink{CertFile: filepath.Join(dir, "sink.pem"), dir: dir}
	args := append(append([]string(nil), argv[1:]...), "-cert-out", s.CertFile)
	// Not CommandContext: the sink must outlive the start-up context; Stop
	// ends it.
	s.cmd = exec.Command(argv[0], args...)
	s.cmd.Env = append(os.Environ(), env...)
	s.cmd.Stderr = os.Stderr
	if s.stdin, err = s.cmd.StdinPipe(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	stdout, err := s.cmd.StdoutPipe()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	if err := s.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("throughput: start sink: %w", err)
	}
	s.waitc = make(chan error, 1)
	linec := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(stdout).ReadString('\n')
		linec <- line
		io.Copy(io.Discard, stdout)
		s.waitc <- s.cmd.Wait()
	}()
	var line string
	select {
	case line = <-linec:
	case <-ctx.Done():
		s.Stop()
		return nil, ctx.Err()
	}
	if err := s.parseReady(line); err != nil {
		s.Stop()
		return nil, err
	}
	pem, err := os.ReadFile(s.CertFile)
	if err != nil {
		s.Stop()
		return nil, err
	}
	s.Roots = x509.NewCertPool()
	if !s.Roots.AppendCertsFromPEM(pem) {
		s.Stop()
		return nil, errors.New("throughput: sink certificate is not PEM")
	}
	// Loopback only, and never through a proxy from the environment.
	s.http = &http.Client{Transport: &http.Transport{Proxy: nil}, Timeout: 10 * time.Second}
	return s, nil
}

func (s *Sink) parseReady(line string) error {
	f := strings.Fields(line)
	if len(f) != 3 || f[0] != "ready" {
		return fmt.Errorf("throughput: sink did not start (said %q)", strings.TrimSpace(line))
	}
	smtpAddr, ok1 := strings.CutPrefix(f[1], "smtp=")
	ctl, ok2 := strings.CutPrefix(f[2], "control=")
	if !ok1 || !ok2 {
		return fmt.Errorf("throughput: sink said %q", strings.TrimSpace(line))
	}
	host, port, err := net.SplitHostPort(smtpAddr)
	if err != nil {
		return fmt.Errorf("throughput: sink address: %w", err)
	}
	if s.Port, err = strconv.Atoi(port); err != nil {
		return fmt.Errorf("throughput: sink port: %w", err)
	}
	s.Addr, s.Host, s.control = smtpAddr, host, ctl
	return nil
}

// Stats returns the sink's counts.
func (s *Sink) Stats(ctx context.Context) (sink.Stats, error) {
	var st sink.Stats
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+s.control+"/stats", nil)
	if err != nil {
		return st, err
	}
	resp, err := s.http.Do(req)
	if err != nil {
		return st, fmt.Errorf("throughput: sink stats: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return st, fmt.Errorf("throughput: sink stats: %s", resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return st, fmt.Errorf("throughput: sink stats: %w", err)
	}
	return st, nil
}

// Reset sets the sink's counts to zero.
func (s *Sink) Reset(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+s.control+"/reset", nil)
	if err != nil {
		return err
	}
	resp, err := s.http.Do(req)
	if err != nil {
		return fmt.Errorf("throughput: sink reset: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent {
		return fmt.Errorf("throughput: sink reset: %s", resp.Status)
	}
	return nil
}

// Stop ends the sink process and removes its files.
func (s *Sink) Stop() error {
	defer os.RemoveAll(s.dir)
	s.stdin.Close()
	select {
	case err := <-s.waitc:
		return err
	case <-time.After(5 * time.Second):
		s.cmd.Process.Kill()
		return <-s.waitc
	}
}
