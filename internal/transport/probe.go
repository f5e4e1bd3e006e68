package transport

import (
	"context"
	"crypto/tls"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// DialFunc dials a network connection, like net.Dialer.DialContext.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// probeLimit bounds the probe: a server that speaks TLS answers a
// ClientHello at once.
const probeLimit = 5 * time.Second

// SpeaksTLS reports whether the server at addr completes a TLS handshake
// on a fresh connection within timeout (at most 5 seconds), ctx allowing.
// It is the cheap check, made only after a greeting that never came, of
// whether the port expects TLS from the first byte. The certificate is not
// checked and nothing is sent after the handshake: the question is only
// whether the server speaks TLS.
func SpeaksTLS(ctx context.Context, dial DialFunc, addr, serverName string, timeout time.Duration) bool {
	if timeout <= 0 || timeout > probeLimit {
		timeout = probeLimit
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	conn, err := dial(ctx, "tcp", addr)
	if err != nil {
		return false
	}
	defer conn.Close()
	if d, ok := ctx.Deadline(); ok {
		_ = conn.SetDeadline(d)
	}
	tc := tls.Client(conn, &tls.Config{ServerName: serverName, InsecureSkipVerify: true, MinVersion: tls.VersionTLS10}) //nolint:gosec // nothing is sent: only whether the server speaks TLS
	return tc.HandshakeContext(ctx) == nil
}

// Recorder is a net.Conn that keeps the first bytes read from it, so that
// a failed greeting can be judged by what the server actually sent (see
// Evidence.Greeting). It costs one copy of at most 8 bytes.
type Recorder struct {
	net.Conn
	full  atomic.Bool // the first bytes are kept: reads go straight through
	mu    sync.Mutex
	first []byte
}

// NewRecorder returns a Recorder reading from conn.
func NewRecorder(conn net.Conn) *Recorder { return &Recorder{Conn: conn} }

// Read reads from the connection, keeping the first bytes.
func (r *Recorder) Read(p []byte) (int, error) {
	n, err := r.Conn.Read(p)
	if n > 0 && !r.full.Load() {
		r.mu.Lock()
		if len(r.first) < 8 {
			r.first = append(r.first, p[:min(n, 8-len(r.first))]...)
		}
		r.full.Store(len(r.first) == 8)
		r.mu.Unlock()
	}
	return n, err
}

// First returns a copy of the first bytes read (up to 8).
func (r *Recorder) First() []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]byte(nil), r.first...)
}
