package mailaction

import (
	"bytes"
	"io"
	"net"
	"sync"
	"testing"
)

// proxy stands between a Sender and a fake server on loopback, so that a
// test can do what the fake cannot: drop every open connection at once
// from the server's side, or never answer QUIT.
type proxy struct {
	ln        net.Listener
	upstream  string
	stallQuit bool          // swallow QUIT and never answer it
	quitSeen  chan struct{} // closed when the first QUIT arrives

	mu    sync.Mutex
	conns []net.Conn
	once  sync.Once
}

// newProxy listens on loopback and forwards each connection to upstream.
func newProxy(t *testing.T, upstream string, stallQuit bool) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, upstream: upstream, stallQuit: stallQuit, quitSeen: make(chan struct{})}
	go p.serve()
	t.Cleanup(func() {
		ln.Close()
		p.killAll()
	})
	return p
}

func (p *proxy) port() int { return p.ln.Addr().(*net.TCPAddr).Port }

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		up, err := net.Dial("tcp", p.upstream)
		if err != nil {
			c.Close()
			continue
		}
		p.mu.Lock()
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		go func() { _, _ = io.Copy(c, up); c.Close() }()
		go p.forward(up, c)
	}
}

// forward copies the client's commands to the server, holding back QUIT
// when stallQuit is set.
func (p *proxy) forward(up, c net.Conn) {
	defer up.Close()
	buf := make([]byte, 32<<10)
	for {
		n, err := c.Read(buf)
		if n > 0 {
			chunk := buf[:n]
			if bytes.HasPrefix(bytes.ToUpper(chunk), []byte("QUIT")) {
				p.once.Do(func() { close(p.quitSeen) })
				if p.stallQuit {
					continue
				}
			}
			if _, werr := up.Write(chunk); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// killAll closes every connection, as a server that restarts does.
func (p *proxy) killAll() {
	p.mu.Lock()
	conns := p.conns
	p.conns = nil
	p.mu.Unlock()
	for _, c := range conns {
		c.Close()
	}
}
