package oauthtest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// Client is an application the server knows.
type Client struct {
	ID, Secret   string
	Username     string // the mailbox its tokens are for
	RefreshToken string // "" when it may not use the refresh-token flow
}

// Server is the authorization server. Its zero value is not usable: call
// New.
type Server struct {
	// TTL is the lifetime of the tokens issued, as expires_in says; the
	// introspection endpoint calls a token inactive after it (by Now).
	TTL time.Duration
	// Now is the clock of expiry; time.Now when nil.
	Now func() time.Time
	// RotateRefresh makes each refresh give a new refresh token and
	// forget the old one, as some providers do.
	RotateRefresh bool

	token *httptest.Server

	mu          sync.Mutex
	clients     map[string]*Client // by ID
	tokens      map[string]issued
	revokeAll   bool
	fetches     int
	introspects int
	lastGrant   string
	lastScopes  string
	introspect  *http.Server
}

type issued struct {
	username string
	expiry   time.Time
	revoked  bool
}

// New starts the token endpoint on 127.0.0.1 for the clients.
func New(clients ...Client) *Server {
	s := &Server{TTL: time.Hour, clients: map[string]*Client{}, tokens: map[string]issued{}}
	for i := range clients {
		c := clients[i]
		s.clients[c.ID] = &c
	}
	s.token = httptest.NewServer(http.HandlerFunc(s.serveToken))
	return s
}

// TokenURL is the token endpoint.
func (s *Server) TokenURL() string { return s.token.URL + "/token" }

// Close stops both endpoints.
func (s *Server) Close() {
	s.token.Close()
	s.mu.Lock()
	hs := s.introspect
	s.mu.Unlock()
	if hs != nil {
		hs.Close() // the listener and every connection
	}
}

func (s *Server) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

// Fetches returns how many tokens were asked for (good requests or not).
func (s *Server) Fetches() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fetches
}

// Introspections returns how many times a token was looked up.
func (s *Server) Introspections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.introspects
}

// LastRequest returns the grant type and scope of the last token request.
func (s *Server) LastRequest() (grant, scope string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastGrant, s.lastScopes
}

// Issued returns the tokens issued so far, for tests that look for them
// where they must not be.
func (s *Server) Issued() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for t := range s.tokens {
		out = append(out, t)
	}
	return out
}

// RevokeAll makes every token, issued or to be issued, inactive: the
// server then refuses each one, as after an administrator revoked the
// application's access.
func (s *Server) RevokeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.revokeAll = true
}

// RevokeIssued makes the tokens issued so far inactive; new ones are good.
func (s *Server) RevokeIssued() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for t, is := range s.tokens {
		is.revoked = true
		s.tokens[t] = is
	}
}

func (s *Server) serveToken(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.ParseForm() != nil {
		oauthError(w, http.StatusBadRequest, "invalid_request", "POST a form")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fetches++
	id, secret, basic := r.BasicAuth()
	if !basic {
		id, secret = r.PostForm.Get("client_id"), r.PostForm.Get("client_secret")
	}
	grant := r.PostForm.Get("grant_type")
	s.lastGrant, s.lastScopes = grant, r.PostForm.Get("scope")
	c, ok := s.clients[id]
	if !ok || (c.Secret != "" && c.Secret != secret) {
		oauthError(w, http.StatusUnauthorized, "invalid_client", "unknown client or wrong secret")
		return
	}
	resp := map[string]any{"token_type": "Bearer", "expires_in": int(s.TTL / time.Second)}
	switch grant {
	case "client_credentials":
		if c.Secret == "" {
			oauthError(w, http.StatusBadRequest, "unauthorized_client", "a public client cannot use client credentials")
			return
		}
	case "refresh_token":
		if c.RefreshToken == "" || r.PostForm.Get("refresh_token") != c.RefreshToken {
			oauthError(w, http.StatusBadRequest, "invalid_grant", "the refresh token is expired or revoked")
			return
		}
		if s.RotateRefresh {
			c.RefreshToken = "rt-" + random()
			resp["refresh_token"] = c.RefreshToken
		}
	default:
		oauthError(w, http.StatusBadRequest, "unsupported_grant_type", grant)
		return
	}
	tok := "at-" + random()
	s.tokens[tok] = issued{username: c.Username, expiry: s.now().Add(s.TTL)}
	resp["access_token"] = tok
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_ = json.NewEncoder(w).Encode(resp)
}

func oauthError(w http.ResponseWriter, status int, code, desc string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": code, "error_description": desc})
}

// ServeIntrospection serves the introspection endpoint (POST /introspect,
// form token=...) on l until Close.
// Connections are not kept alive: Dovecot keeps one open otherwise, and
// would go on asking a server of an earlier test on it.
func (s *Server) ServeIntrospection(l net.Listener) {
	hs := &http.Server{Handler: http.HandlerFunc(s.serveIntrospection), ReadHeaderTimeout: 10 * time.Second}
	hs.SetKeepAlivesEnabled(false)
	s.mu.Lock()
	s.introspect = hs
	s.mu.Unlock()
	go func() { _ = hs.Serve(l) }()
}

func (s *Server) serveIntrospection(w http.ResponseWriter, r *http.Request) {
	_ = r.ParseForm()
	tok := r.Form.Get("token")
	s.mu.Lock()
	s.introspects++
	is, ok := s.tokens[tok]
	active := ok && !is.revoked && !s.revokeAll && s.now().Before(is.expiry)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	if !active {
		_ = json.NewEncoder(w).Encode(map[string]any{"active": false})
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"active": true, "username": is.username, "exp": is.expiry.Unix()})
}

func random() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
