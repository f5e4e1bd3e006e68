package dnstest

import (
	"context"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/miekg/dns"
)

// Server is a DNS server answering from its records: a name with records
// of another type gets an empty answer (NODATA), an unknown name NXDOMAIN.
type Server struct {
	Addr string // host:port, UDP and TCP

	mu      sync.Mutex
	records map[string][]dns.RR // by lower-case FQDN
	queries []string            // "TYPE name", in order
}

// Start starts a server holding records, written in zone-file form
// ("example.org. 300 IN MX 10 mx1.example.org."), and stops it when t
// ends.
func Start(t testing.TB, records ...string) *Server {
	t.Helper()
	s := &Server{records: map[string][]dns.RR{}}
	for _, r := range records {
		s.Add(t, r)
	}
	// UDP and TCP on one port, as resolvers expect: the UDP port the
	// kernel picks may be taken for TCP by another test, so pick again.
	var pc net.PacketConn
	var ln net.Listener
	for try := 0; ; try++ {
		var err error
		if pc, err = net.ListenPacket("udp", "127.0.0.1:0"); err != nil {
			t.Fatal(err)
		}
		if ln, err = net.Listen("tcp", pc.LocalAddr().String()); err == nil {
			break
		}
		pc.Close()
		if try == 20 {
			t.Fatalf("dnstest: no port free for both UDP and TCP: %v", err)
		}
	}
	s.Addr = pc.LocalAddr().String()
	udp := &dns.Server{PacketConn: pc, Handler: s}
	tcp := &dns.Server{Listener: ln, Handler: s}
	go func() { _ = udp.ActivateAndServe() }()
	go func() { _ = tcp.ActivateAndServe() }()
	t.Cleanup(func() {
		_ = udp.Shutdown()
		_ = tcp.Shutdown()
	})
	return s
}

// Add adds one record in zone-file form.
func (s *Server) Add(t testing.TB, record string) {
	t.Helper()
	rr, err := dns.NewRR(record)
	if err != nil {
		t.Fatalf("dnstest: record %q: %v", record, err)
	}
	name := strings.ToLower(rr.Header().Name)
	s.mu.Lock()
	s.records[name] = append(s.records[name], rr)
	s.mu.Unlock()
}

// Queries returns the queries received, as "TYPE name".
func (s *Server) Queries() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.queries...)
}

// ServeDNS answers one query.
func (s *Server) ServeDNS(w dns.ResponseWriter, req *dns.Msg) {
	m := new(dns.Msg)
	m.SetReply(req)
	m.Authoritative = true
	s.mu.Lock()
	for _, q := range req.Question {
		name := strings.ToLower(q.Name)
		s.queries = append(s.queries, dns.TypeToString[q.Qtype]+" "+name)
		rrs, ok := s.records[name]
		if !ok {
			m.Rcode = dns.RcodeNameError
			continue
		}
		for _, rr := range rrs {
			if rr.Header().Rrtype == q.Qtype {
				m.Answer = append(m.Answer, dns.Copy(rr))
			}
		}
	}
	s.mu.Unlock()
	_ = w.WriteMsg(m)
}

// Resolver returns a resolver that sends every query to s.
func (s *Server) Resolver() *net.Resolver {
	return ResolverAt(s.Addr)
}

// ResolverAt returns a resolver that sends every query to addr, which
// may be a port where nothing listens (to test an unreachable DNS).
func ResolverAt(addr string) *net.Resolver {
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			d := net.Dialer{Timeout: 2 * time.Second}
			return d.DialContext(ctx, network, addr)
		},
	}
}
