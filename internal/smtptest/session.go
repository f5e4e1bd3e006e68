package smtptest

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// backend gives go-smtp a session per connection (at its first EHLO).
type backend struct{ srv *Server }

func (b backend) NewSession(sc *smtp.Conn) (smtp.Session, error) {
	c, ok := sc.Conn().(*conn)
	if !ok {
		return nil, errors.New("smtptest: connection not accepted by this server")
	}
	s := &session{srv: b.srv, c: c, sc: sc}
	c.sess = s
	return s, nil
}

// session applies the server's policy to AUTH, MAIL, RCPT and DATA, with
// Postfix's wording, after the faults and rules for the stage.
type session struct {
	srv      *Server
	c        *conn
	sc       *smtp.Conn
	authUser string
	from     string
	to       []string
}

var (
	errNeedEHLO = &smtp.SMTPError{Code: 503, EnhancedCode: smtp.EnhancedCode{5, 5, 1}, Message: "Error: send HELO/EHLO first"}
	errNeedTLS  = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Must issue a STARTTLS command first"}
	errNeedAuth = &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	errNoAuth   = &smtp.SMTPError{Code: 503, EnhancedCode: smtp.EnhancedCode{5, 5, 1}, Message: "Error: authentication not enabled"}
	errBadMech  = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Error: authentication failed: Invalid authentication mechanism"}
	errAuthFail = &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Error: authentication failed: authentication failure"}
	errSizeMail = &smtp.SMTPError{Code: 552, EnhancedCode: smtp.EnhancedCode{5, 3, 4}, Message: "Message size exceeds fixed limit"}
	errSizeData = &smtp.SMTPError{Code: 552, EnhancedCode: smtp.EnhancedCode{5, 3, 4}, Message: "Error: message file too big"}
)

// fault carries out the first fault for stage, if any; a non-nil error
// means the connection is gone, or, with Fault421KeepOpen, is the 421
// that refuses the command while the session goes on.
func (s *session) fault(stage Stage) error {
	f, ok := s.srv.fault(stage)
	switch {
	case !ok:
		return nil
	case f.Kind == Fault421KeepOpen:
		return reply421.smtpError()
	case !s.c.inject(f):
		return errClosed
	}
	return nil
}

// rule looks for a rule for stage and arg. A 2xx rule accepts the command
// with the rule's reply; anything else refuses it, and a 421 closes the
// connection after the reply, as real servers do.
func (s *session) rule(stage Stage, arg string) (matched bool, err error) {
	r, ok := s.srv.rule(stage, arg)
	switch {
	case !ok:
		return false, nil
	case r.Code < 400:
		s.c.override = &r
		return true, nil
	case r.Code == 421:
		s.c.reply(r.String())
		s.c.Close()
		return true, errClosed
	default:
		return true, r.smtpError()
	}
}

func (s *session) tlsStarted() {
	s.authUser = ""
	s.Reset()
}

// authOffered reports whether AUTH may be used now: always over TLS, in
// plain text only when the server has no TLS to offer or AllowInsecureAuth.
func (s *session) authOffered() bool {
	cfg := &s.srv.cfg
	if s.c.isTLS {
		return true
	}
	if cfg.RequireTLS {
		return false
	}
	return !cfg.StartTLS || cfg.AllowInsecureAuth
}

// AuthMechanisms implements smtp.AuthSession; go-smtp lists them in EHLO.
func (s *session) AuthMechanisms() []string {
	if len(s.srv.cfg.Users) == 0 || !s.authOffered() {
		return nil
	}
	return s.srv.cfg.AuthMechs
}

// Auth implements smtp.AuthSession.
func (s *session) Auth(mech string) (sasl.Server, error) {
	cfg := &s.srv.cfg
	if s.c.needEHLO {
		return nil, errNeedEHLO
	}
	if !s.authOffered() {
		return nil, errNeedTLS
	}
	if err := s.fault(StageAuth); err != nil {
		return nil, err
	}
	if len(cfg.Users) == 0 {
		return nil, errNoAuth
	}
	check := func(username, password string) error {
		if matched, err := s.rule(StageAuth, username); matched {
			if err == nil {
				s.authUser = username
			}
			return err
		}
		want, ok := cfg.Users[username]
		if !ok || want != password {
			return errAuthFail
		}
		s.authUser = username
		return nil
	}
	if !slices.Contains(cfg.AuthMechs, strings.ToUpper(mech)) {
		return nil, errBadMech
	}
	switch strings.ToUpper(mech) {
	case "PLAIN":
		return sasl.NewPlainServer(func(identity, username, password string) error {
			if identity != "" && identity != username {
				return errAuthFail
			}
			return check(username, password)
		}), nil
	case "LOGIN":
		return &loginServer{check: check}, nil
	}
	return nil, errBadMech
}

// loginServer is the server side of AUTH LOGIN, which go-sasl implements
// only for clients. The prompts are Postfix's ("334 VXNlcm5hbWU6").
type loginServer struct {
	step     int
	username string
	check    func(username, password string) error
}

func (l *loginServer) Next(response []byte) ([]byte, bool, error) {
	switch l.step {
	case 0:
		l.step = 1
		if len(response) == 0 {
			return []byte("Username:"), false, nil
		}
		fallthrough // the initial response is the username
	case 1:
		l.username = string(response)
		l.step = 2
		return []byte("Password:"), false, nil
	case 2:
		l.step = 3
		return nil, true, l.check(l.username, string(response))
	}
	return nil, true, errAuthFail
}

// Mail implements smtp.Session.
func (s *session) Mail(from string, opts *smtp.MailOptions) error {
	cfg := &s.srv.cfg
	if s.c.needEHLO {
		return errNeedEHLO
	}
	if err := s.fault(StageMail); err != nil {
		return err
	}
	if matched, err := s.rule(StageMail, from); matched {
		if err == nil {
			s.from = from
		}
		return err
	}
	if cfg.RequireTLS && !s.c.isTLS {
		return errNeedTLS
	}
	if cfg.RequireAuth && s.authUser == "" {
		return errNeedAuth
	}
	if cfg.MaxSize > 0 && opts != nil && opts.Size > cfg.MaxSize {
		return errSizeMail
	}
	if cfg.SenderLogin && cfg.SenderRejectAtMail && s.authUser != "" && !owns(s.authUser, from) {
		return notOwned(from, s.authUser)
	}
	s.from = from
	return nil
}

// Rcpt implements smtp.Session. The checks come in Postfix's order: the
// sender's (delayed to RCPT), relaying, the mailbox table, then the
// greylisting policy service.
func (s *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	cfg := &s.srv.cfg
	if s.c.needEHLO {
		return errNeedEHLO
	}
	if err := s.fault(StageRcpt); err != nil {
		return err
	}
	if matched, err := s.rule(StageRcpt, to); matched {
		if err == nil {
			s.to = append(s.to, to)
		}
		return err
	}
	if cfg.SenderLogin && s.authUser != "" && !owns(s.authUser, s.from) {
		return notOwned(s.from, s.authUser)
	}
	local := s.local(to)
	if !local && s.authUser == "" {
		return replyf(554, "5.7.1", "<%s>: Relay access denied", to).smtpError()
	}
	if local && len(cfg.Mailboxes) > 0 && !slices.Contains(cfg.Mailboxes, strings.ToLower(to)) {
		return replyf(550, "5.1.1", "<%s>: Recipient address rejected: User unknown in virtual mailbox table", to).smtpError()
	}
	if cfg.Greylist > 0 && s.srv.greylisted(s.from, to) {
		return replyf(451, "4.7.1", "<%s>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/%s.html", to, domain(to)).smtpError()
	}
	s.to = append(s.to, to)
	return nil
}

// greylisted counts an attempt for (from, to) and reports whether it is
// one of the first Config.Greylist.
func (srv *Server) greylisted(from, to string) bool {
	key := [2]string{strings.ToLower(from), strings.ToLower(to)}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.greylist[key] >= srv.cfg.Greylist {
		return false
	}
	srv.greylist[key]++
	return true
}

func (s *session) local(addr string) bool {
	domains := s.srv.cfg.Domains
	return len(domains) == 0 || slices.Contains(domains, domain(addr))
}

func domain(addr string) string {
	i := strings.LastIndexByte(addr, '@')
	return strings.ToLower(addr[i+1:])
}

// owns reports whether user may send as from: the same address, or, for a
// user name without a domain, the same local part.
func owns(user, from string) bool {
	user, from = strings.ToLower(user), strings.ToLower(from)
	if user == from {
		return true
	}
	local, _, _ := strings.Cut(from, "@")
	return !strings.Contains(user, "@") && local == user
}

func notOwned(from, user string) error {
	return replyf(553, "5.7.1", "<%s>: Sender address rejected: not owned by user %s", from, user).smtpError()
}

// Data implements smtp.Session: it reads the whole message, then answers
// after the faults and rules of the data stage.
func (s *session) Data(r io.Reader) error {
	cfg := &s.srv.cfg
	var buf bytes.Buffer
	var body io.Reader = r
	if cfg.MaxSize > 0 {
		body = io.LimitReader(r, cfg.MaxSize+1) // go-smtp discards the rest
	}
	if _, err := io.Copy(&buf, body); err != nil {
		return err
	}
	if err := s.fault(StageData); err != nil {
		return err
	}
	msg := Received{
		From:     s.from,
		To:       append([]string(nil), s.to...),
		Data:     buf.Bytes(),
		Helo:     s.sc.Hostname(),
		AuthUser: s.authUser,
		TLS:      s.c.isTLS,
	}
	arg := s.from + " " + strings.Join(s.to, " ") + "\n" + buf.String()
	if r, ok := s.srv.rule(StageData, arg); ok {
		switch {
		case r.Code < 400:
			s.srv.deliver(msg)
			return r.smtpError() // go-smtp writes a 2xx "error" as the reply
		case r.Code == 421:
			s.c.reply(r.String())
			s.c.Close()
			return errClosed
		default:
			return r.smtpError()
		}
	}
	if cfg.MaxSize > 0 && int64(buf.Len()) > cfg.MaxSize {
		return errSizeData
	}
	id := s.srv.deliver(msg)
	return &smtp.SMTPError{Code: 250, EnhancedCode: smtp.EnhancedCode{2, 0, 0}, Message: "Ok: queued as " + id}
}

// Reset implements smtp.Session.
func (s *session) Reset() {
	s.from = ""
	s.to = nil
}

// Logout implements smtp.Session.
func (s *session) Logout() error { return nil }
