package diagnose_test

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
)

// fakeResolver answers from maps, so that no DNS query leaves the
// machine: a name in neither map does not exist, and a name in failHost
// gets a server failure (no answer) for its address.
type fakeResolver struct {
	t        testing.TB
	hosts    map[string][]string
	mx       map[string][]*net.MX
	failHost map[string]bool

	mu      sync.Mutex
	queries []string
}

func (r *fakeResolver) LookupHost(_ context.Context, host string) ([]string, error) {
	r.mu.Lock()
	r.queries = append(r.queries, "A "+host)
	r.mu.Unlock()
	if r.failHost[host] {
		return nil, &net.DNSError{Err: "server misbehaving", Name: host, IsTemporary: true}
	}
	if a, ok := r.hosts[host]; ok {
		return a, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
}

func (r *fakeResolver) LookupMX(_ context.Context, name string) ([]*net.MX, error) {
	r.mu.Lock()
	r.queries = append(r.queries, "MX "+name)
	r.mu.Unlock()
	if m, ok := r.mx[name]; ok {
		return m, nil
	}
	return nil, &net.DNSError{Err: "no such host", Name: name, IsNotFound: true}
}

// loopbackDialer refuses every address outside 127.0.0.0/8 and ::1.
type loopbackDialer struct{ t testing.TB }

func (d loopbackDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		d.t.Errorf("dial to %s: tests only dial loopback", addr)
		return nil, fmt.Errorf("test dialer: %s is not loopback", addr)
	}
	return (&net.Dialer{}).DialContext(ctx, network, addr)
}

// plainConfig returns options for srv in plain text, without auth.
func plainConfig(srv *smtptest.Server) config.SMTP {
	return config.SMTP{
		Host:           srv.Host(),
		Port:           srv.Port(),
		TLS:            config.TLSNone,
		From:           "robot@example.org",
		HeloName:       "runner01.example.org",
		Timeout:        10 * time.Second,
		CommandTimeout: 20 * time.Second,
	}
}

// testOptions returns Options that keep every packet on the machine.
func testOptions(t testing.TB, srv *smtptest.Server) (diagnose.Options, *fakeResolver) {
	r := &fakeResolver{t: t, hosts: map[string][]string{}, mx: map[string][]*net.MX{}}
	o := diagnose.Options{
		Resolver: r,
		Dialer:   loopbackDialer{t},
		Hostname: "runner01.test",
	}
	if srv != nil {
		o.TLSConfig = srv.TLSConfig()
		o.TLSConfig.ServerName = ""
	}
	return o, r
}

// statuses returns "name=status" for each step, for readable failures.
func statuses(r *diagnose.Report) string {
	var b []string
	for _, s := range r.Steps {
		b = append(b, s.Name+"="+string(s.Status))
	}
	return strings.Join(b, " ")
}

// mustStep returns the step or fails the test.
func mustStep(t testing.TB, r *diagnose.Report, name string) diagnose.Step {
	t.Helper()
	s, ok := r.Step(name)
	if !ok {
		t.Fatalf("no %s step in report: %s", name, statuses(r))
	}
	return s
}

// dump logs the report as text, to read when a test fails.
func dump(t testing.TB, r *diagnose.Report) {
	t.Helper()
	var b strings.Builder
	_ = r.WriteText(&b)
	t.Log("\n" + b.String())
}
