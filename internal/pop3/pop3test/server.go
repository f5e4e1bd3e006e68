package pop3test

import (
	"bufio"
	"crypto/md5"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// Drop, returned by a Hook, closes the connection without a reply.
const Drop = "\x00drop"

// Command is a command the server received, as a Hook sees it.
type Command struct {
	Name   string   // upper-cased: "USER", "PASS", "STAT", …
	Args   []string // the arguments
	User   string   // the USER or APOP name given so far in the session
	Remote string   // the client's address, "ip:port"
}

// Config describes the server. The zero value accepts no login.
type Config struct {
	Users     map[string]string   // user name to password
	APOP      bool                // offer APOP: put a timestamp in the greeting
	STLS      bool                // offer STLS
	Implicit  bool                // TLS from the first byte (POP3S)
	Mailboxes map[string][]string // user name to messages, each a full message with CRLF line ends

	// Hook, when set, sees every command first. When it returns ok, its
	// reply line ("-ERR [SYS/TEMP] try later", "+OK") is sent instead of
	// the normal one (Drop closes the connection). It may block, to hold a
	// command in flight.
	Hook func(c Command) (reply string, ok bool)
}

// Login is a successful login.
type Login struct {
	User   string
	Method string // "USER" or "APOP"
	Remote string // the client's address, "ip:port"
	TLS    bool
}

// Server is a running fake POP3 server.
type Server struct {
	// Addr is where it listens, "127.0.0.1:port".
	Addr string

	cfg       Config
	ln        net.Listener
	serverTLS *tls.Config
	clientTLS *tls.Config

	mu     sync.Mutex
	logins []Login
	boxes  map[string][]string
	conns  map[net.Conn]struct{}
	closed bool
	wg     sync.WaitGroup
}

// NewServer starts a server with cfg; t's cleanup stops it.
func NewServer(t testing.TB, cfg Config) *Server {
	t.Helper()
	serverTLS, clientTLS, err := newTLS()
	if err != nil {
		t.Fatalf("pop3test: certificate: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("pop3test: listen: %v", err)
	}
	s := &Server{
		Addr:      ln.Addr().String(),
		cfg:       cfg,
		ln:        ln,
		serverTLS: serverTLS,
		clientTLS: clientTLS,
		boxes:     map[string][]string{},
		conns:     map[net.Conn]struct{}{},
	}
	for u, msgs := range cfg.Mailboxes {
		s.boxes[u] = append([]string(nil), msgs...)
	}
	s.wg.Add(1)
	go s.serve()
	t.Cleanup(s.Close)
	return s
}

// ClientTLSConfig returns a TLS configuration that trusts the server's
// certificate (issued for 127.0.0.1 and localhost).
func (s *Server) ClientTLSConfig() *tls.Config { return s.clientTLS.Clone() }

// Logins returns the successful logins so far.
func (s *Server) Logins() []Login {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Login(nil), s.logins...)
}

// Mailbox returns the messages user has now.
func (s *Server) Mailbox(user string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.boxes[user]...)
}

// Close stops the server and closes every connection.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	for c := range s.conns {
		c.Close()
	}
	s.mu.Unlock()
	s.ln.Close()
	s.wg.Wait()
}

func (s *Server) serve() {
	defer s.wg.Done()
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			c.Close()
			return
		}
		s.conns[c] = struct{}{}
		s.wg.Add(1)
		s.mu.Unlock()
		go func() {
			defer s.wg.Done()
			s.session(c)
			s.mu.Lock()
			delete(s.conns, c)
			s.mu.Unlock()
		}()
	}
}

// session is one client's conversation.
type session struct {
	s         *Server
	conn      net.Conn
	r         *bufio.Reader
	w         *bufio.Writer
	remote    string
	isTLS     bool
	timestamp string
	user      string
	authed    bool
	box       []string
	deleted   map[int]bool
}

func (s *Server) session(c net.Conn) {
	defer c.Close()
	ss := &session{s: s, conn: c, remote: c.RemoteAddr().String(), deleted: map[int]bool{}}
	if s.cfg.Implicit {
		c = tls.Server(c, s.serverTLS)
		ss.conn = c
		ss.isTLS = true
	}
	ss.r = bufio.NewReader(c)
	ss.w = bufio.NewWriter(c)
	greeting := "+OK pop3test ready"
	if s.cfg.APOP {
		ss.timestamp = fmt.Sprintf("<%d.%d@pop3test.local>", os.Getpid(), time.Now().UnixNano())
		greeting += " " + ss.timestamp
	}
	if !ss.reply(greeting) {
		return
	}
	for {
		line, err := ss.r.ReadString('\n')
		if err != nil {
			return
		}
		f := strings.Fields(strings.TrimRight(line, "\r\n"))
		if len(f) == 0 {
			if !ss.reply("-ERR empty command") {
				return
			}
			continue
		}
		cmd := Command{Name: strings.ToUpper(f[0]), Args: f[1:], User: ss.user, Remote: ss.remote}
		if h := s.cfg.Hook; h != nil {
			if r, ok := h(cmd); ok {
				if r == Drop || !ss.reply(r) {
					return
				}
				continue
			}
		}
		if !ss.handle(cmd) {
			return
		}
	}
}

// reply writes one line; false means the session is over.
func (ss *session) reply(lines ...string) bool {
	for _, l := range lines {
		ss.w.WriteString(l)
		ss.w.WriteString("\r\n")
	}
	return ss.w.Flush() == nil
}

// handle runs one command; false ends the session.
func (ss *session) handle(c Command) bool {
	s := ss.s
	switch c.Name {
	case "CAPA":
		lines := []string{"+OK capability list follows", "USER", "UIDL", "RESP-CODES", "AUTH-RESP-CODE"}
		if s.cfg.STLS && !ss.isTLS && !ss.authed {
			lines = append(lines, "STLS")
		}
		return ss.reply(append(lines, ".")...)
	case "STLS":
		if !s.cfg.STLS || ss.isTLS || ss.authed {
			return ss.reply("-ERR STLS not available")
		}
		if !ss.reply("+OK Begin TLS negotiation now.") {
			return false
		}
		tc := tls.Server(ss.conn, s.serverTLS)
		if err := tc.Handshake(); err != nil {
			return false
		}
		ss.conn, ss.isTLS = tc, true
		ss.r, ss.w = bufio.NewReader(tc), bufio.NewWriter(tc)
		return true
	case "USER":
		if ss.authed || len(c.Args) != 1 {
			return ss.reply("-ERR bad USER")
		}
		ss.user = c.Args[0]
		return ss.reply("+OK")
	case "PASS":
		if ss.authed || ss.user == "" || len(c.Args) != 1 {
			return ss.reply("-ERR bad PASS")
		}
		pw, ok := s.cfg.Users[ss.user]
		if !ok || pw != c.Args[0] {
			return ss.reply("-ERR [AUTH] Authentication failed.")
		}
		return ss.login("USER")
	case "APOP":
		if ss.authed || ss.timestamp == "" || len(c.Args) != 2 {
			return ss.reply("-ERR APOP not enabled.")
		}
		ss.user = c.Args[0]
		pw, ok := s.cfg.Users[ss.user]
		sum := md5.Sum([]byte(ss.timestamp + pw))
		if !ok || hex.EncodeToString(sum[:]) != strings.ToLower(c.Args[1]) {
			return ss.reply("-ERR [AUTH] Authentication failed.")
		}
		return ss.login("APOP")
	case "QUIT":
		if ss.authed {
			s.mu.Lock()
			var keep []string
			for i, m := range s.boxes[ss.user] {
				if !ss.deleted[i+1] {
					keep = append(keep, m)
				}
			}
			s.boxes[ss.user] = keep
			s.mu.Unlock()
		}
		ss.reply("+OK Logging out.")
		return false
	case "NOOP":
		return ss.reply("+OK")
	}
	if !ss.authed {
		return ss.reply("-ERR Unknown command or not logged in.")
	}
	switch c.Name {
	case "STAT":
		n, size := 0, 0
		for i, m := range ss.box {
			if !ss.deleted[i+1] {
				n++
				size += len(m)
			}
		}
		return ss.reply(fmt.Sprintf("+OK %d %d", n, size))
	case "LIST":
		lines := []string{"+OK scan listing follows"}
		for i, m := range ss.box {
			if !ss.deleted[i+1] {
				lines = append(lines, fmt.Sprintf("%d %d", i+1, len(m)))
			}
		}
		return ss.reply(append(lines, ".")...)
	case "RETR", "DELE":
		n, ok := ss.number(c.Args)
		if !ok {
			return ss.reply("-ERR There's no message " + strings.Join(c.Args, " ") + ".")
		}
		if c.Name == "DELE" {
			ss.deleted[n] = true
			return ss.reply("+OK Marked to be deleted.")
		}
		m := ss.box[n-1]
		lines := []string{fmt.Sprintf("+OK %d octets", len(m))}
		for _, l := range strings.Split(strings.TrimSuffix(m, "\r\n"), "\r\n") {
			if strings.HasPrefix(l, ".") {
				l = "." + l
			}
			lines = append(lines, l)
		}
		return ss.reply(append(lines, ".")...)
	case "RSET":
		ss.deleted = map[int]bool{}
		return ss.reply("+OK")
	}
	return ss.reply("-ERR Unknown command: " + c.Name)
}

func (ss *session) login(method string) bool {
	s := ss.s
	s.mu.Lock()
	s.logins = append(s.logins, Login{User: ss.user, Method: method, Remote: ss.remote, TLS: ss.isTLS})
	ss.box = append([]string(nil), s.boxes[ss.user]...)
	s.mu.Unlock()
	ss.authed = true
	return ss.reply("+OK Logged in.")
}

// number parses a message number argument that names a message not
// deleted.
func (ss *session) number(args []string) (int, bool) {
	if len(args) != 1 {
		return 0, false
	}
	n, err := strconv.Atoi(args[0])
	if err != nil || n < 1 || n > len(ss.box) || ss.deleted[n] {
		return 0, false
	}
	return n, true
}
