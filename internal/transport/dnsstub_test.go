package transport_test

import (
	"context"
	"net"
	"testing"
)

// DNS response codes the stub answers with.
const (
	rcodeServFail = 2
	rcodeNXDomain = 3
)

// dnsStub is an in-process DNS server on 127.0.0.1 that answers every
// query with one response code and no records, so that Go's own resolver
// produces the *net.DNSError a real NXDOMAIN or SERVFAIL gives, and no
// query leaves the machine.
type dnsStub struct {
	pc    net.PacketConn
	rcode byte
}

func startDNSStub(t *testing.T, rcode byte) *dnsStub {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &dnsStub{pc: pc, rcode: rcode}
	t.Cleanup(func() { pc.Close() })
	go s.serve()
	return s
}

func (s *dnsStub) serve() {
	buf := make([]byte, 1500)
	for {
		n, from, err := s.pc.ReadFrom(buf)
		if err != nil {
			return
		}
		if resp := s.answer(buf[:n]); resp != nil {
			_, _ = s.pc.WriteTo(resp, from)
		}
	}
}

// answer builds the response to query q: its ID and question, QR and RA
// set, RD copied, the stub's response code, no records.
func (s *dnsStub) answer(q []byte) []byte {
	if len(q) < 12 || q[4] != 0 || q[5] != 1 {
		return nil
	}
	i := 12
	for i < len(q) && q[i] != 0 {
		i += int(q[i]) + 1
	}
	end := i + 1 + 4 // the root label, QTYPE, QCLASS
	if end > len(q) {
		return nil
	}
	resp := append([]byte(nil), q[:end]...)
	resp[2] = 0x80 | q[2]&0x79 // QR, the opcode and RD of the query
	resp[3] = 0x80 | s.rcode   // RA, rcode
	resp[6], resp[7] = 0, 0    // ANCOUNT
	resp[8], resp[9] = 0, 0    // NSCOUNT
	resp[10], resp[11] = 0, 0  // ARCOUNT
	return resp
}

// resolver returns a Go resolver that asks only the stub.
func (s *dnsStub) resolver() *net.Resolver {
	addr := s.pc.LocalAddr().String()
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
			var d net.Dialer
			return d.DialContext(ctx, "udp", addr)
		},
	}
}

// dialer returns a dial function that resolves names through the stub.
func (s *dnsStub) dialer() func(ctx context.Context, network, addr string) (net.Conn, error) {
	return (&net.Dialer{Resolver: s.resolver()}).DialContext
}

func TestDNSStubGivesTheResolversOwnErrors(t *testing.T) {
	for _, tc := range []struct {
		rcode               byte
		notFound, temporary bool
	}{
		{rcodeNXDomain, true, false},
		{rcodeServFail, false, true},
	} {
		s := startDNSStub(t, tc.rcode)
		_, err := s.resolver().LookupHost(t.Context(), "mail.exmaple.test")
		de, ok := err.(*net.DNSError)
		if !ok {
			t.Fatalf("rcode %d: LookupHost error %T %v, want *net.DNSError", tc.rcode, err, err)
		}
		if de.IsNotFound != tc.notFound || de.IsTemporary != tc.temporary {
			t.Errorf("rcode %d: IsNotFound=%v IsTemporary=%v, want %v %v", tc.rcode, de.IsNotFound, de.IsTemporary, tc.notFound, tc.temporary)
		}
	}
}
