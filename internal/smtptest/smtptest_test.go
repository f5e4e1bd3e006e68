package smtptest_test

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net"
	netsmtp "net/smtp"
	"net/textproto"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	gomail "github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// ioDeadline bounds every test connection, so that a server bug fails a
// test instead of hanging it. Nothing asserts on time.
const ioDeadline = 20 * time.Second

func start(t testing.TB, cfg smtptest.Config) *smtptest.Server {
	t.Helper()
	s, err := smtptest.Start(cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// run is one client session, driven with go-mail's smtp.Client.
type run struct {
	helo     string
	startTLS bool
	implicit bool
	mech     string // "PLAIN" (default when user is set), "LOGIN", "CRAM-MD5"
	user     string
	pass     string
	from     string
	to       []string
	body     string
}

// send runs r against s and returns the stage of the first failure and its
// error, or "" and nil.
func send(t testing.TB, s *smtptest.Server, r run) (smtptest.Stage, error) {
	t.Helper()
	raw, err := net.DialTimeout("tcp", s.Addr(), ioDeadline)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	_ = raw.SetDeadline(time.Now().Add(ioDeadline))
	var conn net.Conn = raw
	if r.implicit {
		conn = tls.Client(raw, &tls.Config{RootCAs: s.CertPool(), ServerName: "localhost"})
	}
	c, err := gomail.NewClient(conn, "localhost")
	if err != nil {
		_ = raw.Close()
		return smtptest.StageGreeting, err
	}
	defer c.Close()
	helo := r.helo
	if helo == "" {
		helo = "client.test"
	}
	if err := c.Hello(helo); err != nil {
		return smtptest.StageEHLO, err
	}
	if r.startTLS {
		if err := c.StartTLS(&tls.Config{RootCAs: s.CertPool(), ServerName: "localhost"}); err != nil {
			return "starttls", err
		}
	}
	if r.user != "" {
		var a gomail.Auth
		switch r.mech {
		case "", "PLAIN":
			a = gomail.PlainAuth("", r.user, r.pass, "localhost", false)
		case "LOGIN":
			a = gomail.LoginAuth(r.user, r.pass, "localhost", false)
		case "CRAM-MD5":
			a = gomail.CRAMMD5Auth(r.user, r.pass)
		}
		if err := c.Auth(a); err != nil {
			return smtptest.StageAuth, err
		}
	}
	from := r.from
	if from == "" {
		from = "robot@client.test"
	}
	if err := c.Mail(from); err != nil {
		return smtptest.StageMail, err
	}
	to := r.to
	if to == nil {
		to = []string{"alice@local.test"}
	}
	for _, rcpt := range to {
		if err := c.Rcpt(rcpt); err != nil {
			return smtptest.StageRcpt, err
		}
	}
	w, err := c.Data()
	if err != nil {
		return "data-command", err
	}
	body := r.body
	if body == "" {
		body = "Subject: test\r\n\r\nhello\r\n"
	}
	if _, err := io.WriteString(w, body); err != nil {
		return smtptest.StageData, err
	}
	if err := w.Close(); err != nil {
		return smtptest.StageData, err
	}
	if err := c.Quit(); err != nil {
		return "quit", err
	}
	return "", nil
}

// reply reads code and text from the *textproto.Error in err.
func reply(t testing.TB, err error) (int, string) {
	t.Helper()
	var te *textproto.Error
	if !errors.As(err, &te) {
		t.Fatalf("error %v (%T) holds no *textproto.Error", err, err)
	}
	return te.Code, te.Msg
}

func mustSend(t testing.TB, s *smtptest.Server, r run) {
	t.Helper()
	if stage, err := send(t, s, r); err != nil {
		t.Fatalf("send failed at %s: %v", stage, err)
	}
}

var (
	users = map[string]string{"alice@local.test": "secret-a", "bob": "secret-b"}
	local = []string{"local.test"}
)

func TestDeliversAndRecords(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	mustSend(t, s, run{helo: "runner01.test", from: "a@client.test", to: []string{"x@anywhere.test", "y@else.test"}, body: "Subject: hi\r\n\r\n.dot\r\nbody\r\n"})
	msgs := s.Messages()
	if len(msgs) != 1 {
		t.Fatalf("got %d messages, want 1", len(msgs))
	}
	m := msgs[0]
	if m.From != "a@client.test" || !slices.Equal(m.To, []string{"x@anywhere.test", "y@else.test"}) || m.Helo != "runner01.test" || m.TLS || m.AuthUser != "" {
		t.Errorf("got %+v", m)
	}
	if got, want := string(m.Data), "Subject: hi\r\n\r\n.dot\r\nbody\r\n"; got != want {
		t.Errorf("data %q, want %q", got, want)
	}
	if s.Connections() != 1 {
		t.Errorf("Connections() = %d, want 1", s.Connections())
	}
	// go-mail writes the addresses without angle brackets.
	want := []string{"EHLO runner01.test", "MAIL FROM:a@client.test BODY=8BITMIME", "RCPT TO:x@anywhere.test", "RCPT TO:y@else.test", "DATA", "QUIT"}
	if got := s.Commands(); !slices.Equal(got, want) {
		t.Errorf("Commands() = %q, want %q", got, want)
	}
	if n := s.CommandCount("rcpt"); n != 2 {
		t.Errorf("CommandCount(rcpt) = %d, want 2", n)
	}
	// Messages returns a copy.
	msgs[0].To[0] = "changed"
	if s.Messages()[0].To[0] != "x@anywhere.test" {
		t.Error("Messages shares its slices with the server")
	}
}

// textConn is a raw client for what go-mail cannot send (SIZE=, pipelined
// batches) or hides (the exact wording of 2xx replies).
type textConn struct {
	t  testing.TB
	c  net.Conn
	tp *textproto.Conn
}

func dialText(t testing.TB, s *smtptest.Server) (*textConn, string) {
	t.Helper()
	c, err := net.DialTimeout("tcp", s.Addr(), ioDeadline)
	if err != nil {
		t.Fatal(err)
	}
	_ = c.SetDeadline(time.Now().Add(ioDeadline))
	tc := &textConn{t: t, c: c, tp: textproto.NewConn(c)}
	t.Cleanup(func() { _ = tc.tp.Close() })
	_, msg := tc.read()
	return tc, msg
}

func (tc *textConn) read() (int, string) {
	tc.t.Helper()
	code, msg, err := tc.tp.ReadResponse(0)
	if err != nil {
		tc.t.Fatalf("read reply: %v", err)
	}
	return code, msg
}

func (tc *textConn) cmd(format string, args ...any) (int, string) {
	tc.t.Helper()
	if err := tc.tp.PrintfLine(format, args...); err != nil {
		tc.t.Fatalf("write: %v", err)
	}
	return tc.read()
}

func TestGreetingAndEHLO(t *testing.T) {
	for _, tc := range []struct {
		name    string
		cfg     smtptest.Config
		want    []string
		notWant []string
	}{
		{"default", smtptest.Config{}, []string{"PIPELINING", "8BITMIME", "ENHANCEDSTATUSCODES", "SIZE"}, []string{"STARTTLS", "SMTPUTF8", "REQUIRETLS"}},
		{"size", smtptest.Config{MaxSize: 2048}, []string{"SIZE 2048"}, nil},
		{"no pipelining", smtptest.Config{DisablePipelining: true}, []string{"8BITMIME"}, []string{"PIPELINING"}},
		{"auth in plain text without TLS", smtptest.Config{Users: users}, []string{"AUTH PLAIN LOGIN"}, nil},
		{"auth mechs", smtptest.Config{Users: users, AuthMechs: []string{"login"}}, []string{"AUTH LOGIN"}, nil},
		{"starttls hides auth", smtptest.Config{Users: users, StartTLS: true}, []string{"STARTTLS"}, []string{"AUTH PLAIN LOGIN"}},
		{"starttls insecure auth", smtptest.Config{Users: users, StartTLS: true, AllowInsecureAuth: true}, []string{"STARTTLS", "AUTH PLAIN LOGIN"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := smtptest.StartT(t, tc.cfg)
			c, greeting := dialText(t, s)
			if greeting != "mx.smtptest.test ESMTP smtptest" {
				t.Errorf("greeting %q", greeting)
			}
			code, msg := c.cmd("EHLO client.test")
			lines := strings.Split(msg, "\n")
			if code != 250 || lines[0] != "mx.smtptest.test" {
				t.Fatalf("EHLO: %d %q", code, msg)
			}
			for _, w := range tc.want {
				if !slices.Contains(lines[1:], w) {
					t.Errorf("EHLO lacks %q: %q", w, lines)
				}
			}
			for _, w := range tc.notWant {
				if slices.Contains(lines[1:], w) {
					t.Errorf("EHLO has %q: %q", w, lines)
				}
			}
		})
	}
}

func TestHostname(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Hostname: "mx.local.test"})
	c, greeting := dialText(t, s)
	if greeting != "mx.local.test ESMTP smtptest" {
		t.Errorf("greeting %q", greeting)
	}
	if _, msg := c.cmd("EHLO x.test"); !strings.HasPrefix(msg, "mx.local.test\n") {
		t.Errorf("EHLO %q", msg)
	}
}

// TestPolicy drives every refusal the configuration can produce through
// go-mail and reads the exact reply from the *textproto.Error.
func TestPolicy(t *testing.T) {
	for _, tc := range []struct {
		name      string
		cfg       smtptest.Config
		run       run
		wantStage smtptest.Stage
		wantCode  int
		wantMsg   string
	}{
		{
			name: "local recipient without auth",
			cfg:  smtptest.Config{Domains: local},
			run:  run{to: []string{"alice@LOCAL.test"}},
		},
		{
			name:      "relay denied",
			cfg:       smtptest.Config{Domains: local},
			run:       run{to: []string{"alice@local.test", "someone@example.com"}},
			wantStage: smtptest.StageRcpt, wantCode: 554, wantMsg: "5.7.1 <someone@example.com>: Relay access denied",
		},
		{
			name: "relay after auth",
			cfg:  smtptest.Config{Domains: local, Users: users},
			run:  run{user: "alice@local.test", pass: "secret-a", from: "alice@local.test", to: []string{"someone@example.com"}},
		},
		{
			name: "auth login",
			cfg:  smtptest.Config{Domains: local, Users: users},
			run:  run{mech: "LOGIN", user: "bob", pass: "secret-b", to: []string{"someone@example.com"}},
		},
		{
			name:      "wrong password plain",
			cfg:       smtptest.Config{Users: users},
			run:       run{user: "alice@local.test", pass: "wrong"},
			wantStage: smtptest.StageAuth, wantCode: 535, wantMsg: "5.7.8 Error: authentication failed: authentication failure",
		},
		{
			name:      "wrong password login",
			cfg:       smtptest.Config{Users: users},
			run:       run{mech: "LOGIN", user: "bob", pass: "wrong"},
			wantStage: smtptest.StageAuth, wantCode: 535, wantMsg: "5.7.8 Error: authentication failed: authentication failure",
		},
		{
			name:      "unknown user",
			cfg:       smtptest.Config{Users: users},
			run:       run{user: "mallory", pass: "secret-a"},
			wantStage: smtptest.StageAuth, wantCode: 535, wantMsg: "5.7.8 Error: authentication failed: authentication failure",
		},
		{
			name:      "unsupported mechanism",
			cfg:       smtptest.Config{Users: users},
			run:       run{mech: "CRAM-MD5", user: "bob", pass: "secret-b"},
			wantStage: smtptest.StageAuth, wantCode: 535, wantMsg: "5.7.8 Error: authentication failed: Invalid authentication mechanism",
		},
		{
			name:      "mechanism not offered",
			cfg:       smtptest.Config{Users: users, AuthMechs: []string{"LOGIN"}},
			run:       run{user: "bob", pass: "secret-b"},
			wantStage: smtptest.StageAuth, wantCode: 535, wantMsg: "5.7.8 Error: authentication failed: Invalid authentication mechanism",
		},
		{
			name:      "auth not enabled",
			cfg:       smtptest.Config{},
			run:       run{user: "bob", pass: "secret-b"},
			wantStage: smtptest.StageAuth, wantCode: 503, wantMsg: "5.5.1 Error: authentication not enabled",
		},
		{
			name:      "require auth",
			cfg:       smtptest.Config{RequireAuth: true, Users: users},
			run:       run{},
			wantStage: smtptest.StageMail, wantCode: 530, wantMsg: "5.7.0 Authentication required",
		},
		{
			name: "require auth satisfied",
			cfg:  smtptest.Config{RequireAuth: true, Users: users},
			run:  run{user: "bob", pass: "secret-b"},
		},
		{
			name:      "require TLS at MAIL",
			cfg:       smtptest.Config{StartTLS: true, RequireTLS: true},
			run:       run{},
			wantStage: smtptest.StageMail, wantCode: 530, wantMsg: "5.7.0 Must issue a STARTTLS command first",
		},
		{
			name:      "auth before STARTTLS",
			cfg:       smtptest.Config{StartTLS: true, Users: users},
			run:       run{user: "bob", pass: "secret-b"},
			wantStage: smtptest.StageAuth, wantCode: 530, wantMsg: "5.7.0 Must issue a STARTTLS command first",
		},
		{
			name: "auth before STARTTLS allowed",
			cfg:  smtptest.Config{StartTLS: true, Users: users, AllowInsecureAuth: true},
			run:  run{user: "bob", pass: "secret-b"},
		},
		{
			name: "STARTTLS then auth",
			cfg:  smtptest.Config{StartTLS: true, RequireTLS: true, RequireAuth: true, Users: users, Domains: local},
			run:  run{startTLS: true, user: "alice@local.test", pass: "secret-a", from: "alice@local.test", to: []string{"x@example.com"}},
		},
		{
			name: "implicit TLS",
			cfg:  smtptest.Config{Implicit: true, RequireTLS: true, Users: users},
			run:  run{implicit: true, user: "bob", pass: "secret-b"},
		},
		{
			name:      "sender login mismatch at RCPT",
			cfg:       smtptest.Config{SenderLogin: true, Users: users, Domains: local},
			run:       run{user: "alice@local.test", pass: "secret-a", from: "bob@local.test"},
			wantStage: smtptest.StageRcpt, wantCode: 553, wantMsg: "5.7.1 <bob@local.test>: Sender address rejected: not owned by user alice@local.test",
		},
		{
			name:      "sender login mismatch at MAIL",
			cfg:       smtptest.Config{SenderLogin: true, SenderRejectAtMail: true, Users: users},
			run:       run{user: "alice@local.test", pass: "secret-a", from: "other@example.org"},
			wantStage: smtptest.StageMail, wantCode: 553, wantMsg: "5.7.1 <other@example.org>: Sender address rejected: not owned by user alice@local.test",
		},
		{
			name: "sender login: bare user name owns its local part",
			cfg:  smtptest.Config{SenderLogin: true, Users: users},
			run:  run{user: "bob", pass: "secret-b", from: "Bob@local.test"},
		},
		{
			name: "sender login ignores unauthenticated senders",
			cfg:  smtptest.Config{SenderLogin: true, Users: users, Domains: local},
			run:  run{from: "bob@local.test"},
		},
		{
			name:      "unknown mailbox",
			cfg:       smtptest.Config{Domains: local, Mailboxes: []string{"alice@local.test"}},
			run:       run{to: []string{"alice@local.test", "nobody@local.test"}},
			wantStage: smtptest.StageRcpt, wantCode: 550, wantMsg: "5.1.1 <nobody@local.test>: Recipient address rejected: User unknown in virtual mailbox table",
		},
		{
			name:      "message too large",
			cfg:       smtptest.Config{MaxSize: 100},
			run:       run{body: "Subject: big\r\n\r\n" + strings.Repeat("0123456789\r\n", 20)},
			wantStage: smtptest.StageData, wantCode: 552, wantMsg: "5.3.4 Error: message file too big",
		},
		{
			name: "message at the limit",
			cfg:  smtptest.Config{MaxSize: 100},
			run:  run{body: strings.Repeat("x", 98) + "\r\n"},
		},
		{
			name:      "EHLO refused",
			cfg:       smtptest.Config{EHLOReject: &smtptest.Reply{Code: 501, Enhanced: "5.5.4", Text: "Syntax: HELO hostname"}},
			run:       run{},
			wantStage: smtptest.StageEHLO, wantCode: 501, wantMsg: "5.5.4 Syntax: HELO hostname",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := smtptest.StartT(t, tc.cfg)
			stage, err := send(t, s, tc.run)
			if tc.wantCode == 0 {
				if err != nil {
					t.Fatalf("failed at %s: %v", stage, err)
				}
				if n := len(s.Messages()); n != 1 {
					t.Fatalf("%d messages received, want 1", n)
				}
				m := s.Messages()[0]
				if m.TLS != (tc.run.startTLS || tc.run.implicit) || m.AuthUser != tc.run.user {
					t.Errorf("received TLS=%v AuthUser=%q", m.TLS, m.AuthUser)
				}
				return
			}
			if stage != tc.wantStage {
				t.Fatalf("failed at %q (%v), want %q", stage, err, tc.wantStage)
			}
			code, msg := reply(t, err)
			if code != tc.wantCode || msg != tc.wantMsg {
				t.Errorf("got %d %q, want %d %q", code, msg, tc.wantCode, tc.wantMsg)
			}
			if n := len(s.Messages()); n != 0 {
				t.Errorf("%d messages received, want none", n)
			}
		})
	}
}

func TestSizeAtMail(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{MaxSize: 2048})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	if code, msg := c.cmd("MAIL FROM:<a@client.test> SIZE=100000"); code != 552 || msg != "5.3.4 Message size exceeds fixed limit" {
		t.Errorf("got %d %q", code, msg)
	}
	if code, _ := c.cmd("MAIL FROM:<a@client.test> SIZE=2048"); code != 250 {
		t.Errorf("SIZE at the limit: %d", code)
	}
}

func TestGreylist(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Greylist: 2})
	r := run{from: "robot@client.test", to: []string{"alice@local.test"}}
	for i := range 2 {
		stage, err := send(t, s, r)
		if stage != smtptest.StageRcpt {
			t.Fatalf("attempt %d: stage %q, err %v", i+1, stage, err)
		}
		code, msg := reply(t, err)
		if code != 451 || msg != "4.7.1 <alice@local.test>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/local.test.html" {
			t.Errorf("attempt %d: %d %q", i+1, code, msg)
		}
	}
	// Another sender has its own count.
	if stage, _ := send(t, s, run{from: "other@client.test"}); stage != smtptest.StageRcpt {
		t.Errorf("new (sender, recipient) pair not greylisted")
	}
	mustSend(t, s, r)
	s.Reset()
	if stage, _ := send(t, s, r); stage != smtptest.StageRcpt {
		t.Errorf("Reset kept the greylist")
	}
}

func TestRules(t *testing.T) {
	relay := smtptest.Reply{Code: 550, Enhanced: "5.7.54", Text: "SMTP; Unable to relay recipient in non-accepted domain"}
	for _, tc := range []struct {
		name      string
		rules     []smtptest.Rule
		run       run
		wantStage smtptest.Stage
		wantCode  int
		wantMsg   string
	}{
		{"greeting", []smtptest.Rule{{Stage: smtptest.StageGreeting, Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "No SMTP service here"}}}, run{},
			smtptest.StageGreeting, 554, "5.7.1 No SMTP service here"},
		{"greeting 421", []smtptest.Rule{{Stage: smtptest.StageGreeting, Reply: smtptest.Reply{Code: 421, Enhanced: "4.7.0", Text: "Too many connections"}}}, run{},
			smtptest.StageGreeting, 421, "4.7.0 Too many connections"},
		{"ehlo match", []smtptest.Rule{{Stage: smtptest.StageEHLO, Match: "bad", Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "<bad.test>: Helo command rejected: Host not found"}}}, run{helo: "bad.test"},
			smtptest.StageEHLO, 550, "5.7.1 <bad.test>: Helo command rejected: Host not found"},
		{"ehlo no match", []smtptest.Rule{{Stage: smtptest.StageEHLO, Match: "bad", Reply: smtptest.Reply{Code: 550, Text: "no"}}}, run{helo: "good.test"},
			"", 0, ""},
		{"auth", []smtptest.Rule{{Stage: smtptest.StageAuth, Reply: smtptest.Reply{Code: 454, Enhanced: "4.7.0", Text: "Temporary authentication failure"}}}, run{user: "bob", pass: "secret-b"},
			smtptest.StageAuth, 454, "4.7.0 Temporary authentication failure"},
		{"mail", []smtptest.Rule{{Stage: smtptest.StageMail, Match: "@client.test", Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.26", Text: "Unauthenticated email from client.test is not accepted due to domain's DMARC policy"}}}, run{},
			smtptest.StageMail, 550, "5.7.26 Unauthenticated email from client.test is not accepted due to domain's DMARC policy"},
		{"rcpt match", []smtptest.Rule{{Stage: smtptest.StageRcpt, Match: "example.com", Reply: relay}}, run{to: []string{"a@local.test", "b@EXAMPLE.com"}},
			smtptest.StageRcpt, 550, "5.7.54 SMTP; Unable to relay recipient in non-accepted domain"},
		{"rcpt no enhanced code", []smtptest.Rule{{Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 550, Text: "relay not permitted"}}}, run{},
			smtptest.StageRcpt, 550, "relay not permitted"},
		{"rcpt full mailbox", []smtptest.Rule{{Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 452, Enhanced: "4.2.2", Text: "<alice@local.test>: Recipient address rejected: Mailbox full"}}}, run{},
			smtptest.StageRcpt, 452, "4.2.2 <alice@local.test>: Recipient address rejected: Mailbox full"},
		{"data", []smtptest.Rule{{Stage: smtptest.StageData, Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "Message rejected as spam"}}}, run{},
			smtptest.StageData, 550, "5.7.1 Message rejected as spam"},
		{"data matches the message", []smtptest.Rule{{Stage: smtptest.StageData, Match: "viagra", Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "spam"}}}, run{body: "Subject: VIAGRA\r\n\r\nx\r\n"},
			smtptest.StageData, 554, "5.7.1 spam"},
		{"multi-line", []smtptest.Rule{{Stage: smtptest.StageMail, Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "Service unavailable;\nClient host blocked using zen.spamhaus.org"}}}, run{},
			smtptest.StageMail, 554, "Service unavailable;\n5.7.1 Client host blocked using zen.spamhaus.org"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := smtptest.StartT(t, smtptest.Config{Rules: tc.rules, Users: users})
			stage, err := send(t, s, tc.run)
			if tc.wantCode == 0 {
				if err != nil {
					t.Fatalf("failed at %s: %v", stage, err)
				}
				return
			}
			if stage != tc.wantStage {
				t.Fatalf("failed at %q (%v), want %q", stage, err, tc.wantStage)
			}
			code, msg := reply(t, err)
			if code != tc.wantCode || msg != tc.wantMsg {
				t.Errorf("got %d %q, want %d %q", code, msg, tc.wantCode, tc.wantMsg)
			}
		})
	}
}

func TestRuleTimes(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{
		{Stage: smtptest.StageRcpt, Times: 2, Reply: smtptest.Reply{Code: 450, Enhanced: "4.2.0", Text: "try later"}},
	}})
	for i := range 2 {
		if stage, err := send(t, s, run{}); stage != smtptest.StageRcpt {
			t.Fatalf("attempt %d: %q %v", i+1, stage, err)
		}
	}
	mustSend(t, s, run{})
	s.Reset()
	if stage, _ := send(t, s, run{}); stage != smtptest.StageRcpt {
		t.Error("Reset did not restart the rule's count")
	}
	s.SetRules()
	mustSend(t, s, run{})
	s.SetRules(smtptest.Rule{Stage: smtptest.StageMail, Reply: smtptest.Reply{Code: 421, Enhanced: "4.7.0", Text: "Too many messages"}})
	stage, err := send(t, s, run{})
	if code, _ := reply(t, err); stage != smtptest.StageMail || code != 421 {
		t.Errorf("SetRules: %q %d", stage, code)
	}
}

// Rules with a 2xx reply accept the command with the rule's words.
func TestRuleAccepts(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Domains: local, Rules: []smtptest.Rule{
		{Stage: smtptest.StageRcpt, Match: "example.com", Reply: smtptest.Reply{Code: 250, Enhanced: "2.1.5", Text: "Recipient ok, relaying"}},
		{Stage: smtptest.StageData, Reply: smtptest.Reply{Code: 250, Enhanced: "2.0.0", Text: "Ok: queued as 12345"}},
	}})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	c.cmd("MAIL FROM:<a@client.test>")
	if code, msg := c.cmd("RCPT TO:<x@example.com>"); code != 250 || msg != "2.1.5 Recipient ok, relaying" {
		t.Errorf("RCPT: %d %q", code, msg)
	}
	c.cmd("DATA")
	if code, msg := c.cmd("Subject: x\r\n\r\nbody\r\n."); code != 250 || msg != "2.0.0 Ok: queued as 12345" {
		t.Errorf("DATA: %d %q", code, msg)
	}
	if len(s.Messages()) != 1 {
		t.Errorf("got %d messages", len(s.Messages()))
	}
}

func TestFaults(t *testing.T) {
	stages := []smtptest.Stage{smtptest.StageGreeting, smtptest.StageEHLO, smtptest.StageAuth, smtptest.StageMail, smtptest.StageRcpt, smtptest.StageData}
	for _, stage := range stages {
		for _, kind := range []smtptest.FaultKind{smtptest.FaultDrop, smtptest.Fault421} {
			t.Run(fmt.Sprintf("%s/%d", stage, kind), func(t *testing.T) {
				s := smtptest.StartT(t, smtptest.Config{Users: users, Faults: []smtptest.Fault{{Stage: stage, Kind: kind, Times: 1}}})
				r := run{user: "bob", pass: "secret-b"}
				got, err := send(t, s, r)
				if got != stage {
					t.Fatalf("failed at %q (%v), want %q", got, err, stage)
				}
				var te *textproto.Error
				switch kind {
				case smtptest.FaultDrop:
					if errors.As(err, &te) {
						t.Errorf("drop gave a reply: %v", err)
					}
				case smtptest.Fault421:
					if code, msg := reply(t, err); code != 421 || msg != "4.3.2 Service shutting down" {
						t.Errorf("got %d %q", code, msg)
					}
				}
				if len(s.Messages()) != 0 {
					t.Error("message delivered despite the fault")
				}
				// Times: 1, so the next session goes through.
				mustSend(t, s, r)
			})
		}
	}
}

func TestStallWithDelay(t *testing.T) {
	for _, stage := range []smtptest.Stage{smtptest.StageGreeting, smtptest.StageEHLO, smtptest.StageAuth, smtptest.StageMail, smtptest.StageRcpt, smtptest.StageData} {
		t.Run(string(stage), func(t *testing.T) {
			s := smtptest.StartT(t, smtptest.Config{Users: users, Faults: []smtptest.Fault{{Stage: stage, Kind: smtptest.FaultStall, Delay: 5 * time.Millisecond}}})
			mustSend(t, s, run{user: "bob", pass: "secret-b"})
		})
	}
}

// waitFor polls cond until it holds; the deadline only keeps a broken server
// from hanging the test.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(testctx.New(t), ioDeadline)
	defer cancel()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("gave up waiting for %s", what)
		case <-time.After(time.Millisecond):
		}
	}
}

// A stall without Delay lasts until Close, which ends the session.
func TestStallUntilClose(t *testing.T) {
	for _, tc := range []struct {
		stage smtptest.Stage
		verb  string
	}{{smtptest.StageMail, "MAIL"}, {smtptest.StageRcpt, "RCPT"}, {smtptest.StageData, "DATA"}, {smtptest.StageEHLO, "EHLO"}} {
		t.Run(string(tc.stage), func(t *testing.T) {
			s, err := smtptest.Start(smtptest.Config{Faults: []smtptest.Fault{{Stage: tc.stage, Kind: smtptest.FaultStall}}})
			if err != nil {
				t.Fatal(err)
			}
			type result struct {
				stage smtptest.Stage
				err   error
			}
			done := make(chan result, 1)
			go func() {
				stage, err := send(t, s, run{})
				done <- result{stage, err}
			}()
			waitFor(t, tc.verb, func() bool { return s.CommandCount(tc.verb) > 0 })
			select {
			case r := <-done:
				t.Fatalf("session ended before Close: %q %v", r.stage, r.err)
			default:
			}
			if err := s.Close(); err != nil {
				t.Errorf("Close: %v", err)
			}
			r := <-done
			if r.stage != tc.stage || r.err == nil {
				t.Errorf("got %q %v, want an error at %q", r.stage, r.err, tc.stage)
			}
		})
	}
}

func TestStallAtGreetingUntilClose(t *testing.T) {
	s, err := smtptest.Start(smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageGreeting, Kind: smtptest.FaultStall}}})
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", s.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(ioDeadline))
	waitFor(t, "the connection", func() bool { return s.Connections() == 1 })
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	n, err := c.Read(make([]byte, 100))
	if n != 0 || err == nil {
		t.Errorf("read %d bytes, %v; want nothing and an error", n, err)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Error("connection still open after Close")
	}
}

func TestCloseEndsIdleSessions(t *testing.T) {
	s, err := smtptest.Start(smtptest.Config{})
	if err != nil {
		t.Fatal(err)
	}
	var conns []*textConn
	for range 3 {
		c, _ := dialText(t, s)
		c.cmd("EHLO client.test")
		conns = append(conns, c)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for i, c := range conns {
		if _, _, err := c.tp.ReadResponse(0); err == nil {
			t.Errorf("connection %d: still answering after Close", i)
		}
	}
	if _, err := net.Dial("tcp", s.Addr()); err == nil {
		t.Error("still accepting after Close")
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestStartTLSCommands(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{StartTLS: true, Users: users})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	if code, msg := c.cmd("STARTTLS"); code != 220 || msg != "2.0.0 Ready to start TLS" {
		t.Fatalf("STARTTLS: %d %q", code, msg)
	}
	tc := tls.Client(c.c, &tls.Config{RootCAs: s.CertPool(), ServerName: "localhost"})
	if err := tc.Handshake(); err != nil {
		t.Fatal(err)
	}
	tp := textproto.NewConn(tc)
	c2 := &textConn{t: t, c: tc, tp: tp}
	if code, msg := c2.cmd("MAIL FROM:<a@client.test>"); code != 503 || msg != "5.5.1 Error: send HELO/EHLO first" {
		t.Errorf("MAIL before EHLO after STARTTLS: %d %q", code, msg)
	}
	_, msg := c2.cmd("EHLO client.test")
	if !strings.Contains(msg, "\nAUTH PLAIN LOGIN") || strings.Contains(msg, "STARTTLS") {
		t.Errorf("EHLO after TLS: %q", msg)
	}
	if code, msg := c2.cmd("STARTTLS"); code != 554 || msg != "5.5.1 Error: TLS already active" {
		t.Errorf("second STARTTLS: %d %q", code, msg)
	}
	plain := base64.StdEncoding.EncodeToString([]byte("\x00bob\x00secret-b"))
	if code, msg := c2.cmd("AUTH PLAIN %s", plain); code != 235 || msg != "2.7.0 Authentication successful" {
		t.Errorf("AUTH: %d %q", code, msg)
	}
	if code, msg := c2.cmd("AUTH PLAIN %s", plain); code != 503 || msg != "5.5.1 Error: already authenticated" {
		t.Errorf("second AUTH: %d %q", code, msg)
	}
	for _, cmd := range s.Commands() {
		if strings.Contains(cmd, plain) || strings.Contains(cmd, "secret") {
			t.Errorf("credentials in the command log: %q", cmd)
		}
	}
	if n := s.CommandCount("AUTH"); n != 2 {
		t.Errorf("CommandCount(AUTH) = %d", n)
	}
	if !slices.Contains(s.Commands(), "AUTH PLAIN [redacted]") {
		t.Errorf("Commands() = %q", s.Commands())
	}
}

func TestAuthLoginPrompts(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Users: users})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	if code, msg := c.cmd("AUTH LOGIN"); code != 334 || msg != "VXNlcm5hbWU6" {
		t.Errorf("AUTH LOGIN: %d %q", code, msg)
	}
	if code, msg := c.cmd("%s", base64.StdEncoding.EncodeToString([]byte("bob"))); code != 334 || msg != "UGFzc3dvcmQ6" {
		t.Errorf("username: %d %q", code, msg)
	}
	if code, _ := c.cmd("%s", base64.StdEncoding.EncodeToString([]byte("secret-b"))); code != 235 {
		t.Errorf("password: %d", code)
	}
	if got, want := s.Commands(), []string{"EHLO client.test", "AUTH LOGIN"}; !slices.Equal(got, want) {
		t.Errorf("Commands() = %q, want %q (SASL responses left out)", got, want)
	}
}

func TestProtocolErrors(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	c, _ := dialText(t, s)
	for _, tc := range []struct {
		cmd  string
		code int
		msg  string
	}{
		{"MAIL FROM:<a@client.test>", 503, "5.5.1 Error: send HELO/EHLO first"},
		{"EHLO client.test", 250, ""},
		{"RCPT TO:<a@local.test>", 503, "5.5.1 Error: need MAIL command"},
		{"MAIL FROM:<a@client.test>", 250, "2.1.0 Ok"},
		{"DATA", 503, "5.5.1 Error: need RCPT command"},
		{"RCPT TO:<a@local.test>", 250, "2.1.5 Ok"},
		{"NOOP", 250, "2.0.0 Ok"},
		{"RSET", 250, "2.0.0 Ok"},
		{"XYZZY", 500, "5.5.2 Error: command not recognized"},
	} {
		code, msg := c.cmd("%s", tc.cmd)
		if code != tc.code || (tc.msg != "" && msg != tc.msg) {
			t.Errorf("%s: got %d %q, want %d %q", tc.cmd, code, msg, tc.code, tc.msg)
		}
	}
	if s.CommandCount("NOOP") != 1 || s.CommandCount("RSET") != 1 {
		t.Errorf("NOOP %d RSET %d", s.CommandCount("NOOP"), s.CommandCount("RSET"))
	}
}

// go-smtp reads commands one after the other from a buffer, so a client
// that pipelines (RFC 2920) gets its replies in order, including the ones
// smtptest writes itself.
func TestPipelining(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Domains: local, Rules: []smtptest.Rule{
		{Stage: smtptest.StageEHLO, Match: "refused", Reply: smtptest.Reply{Code: 550, Enhanced: "5.7.1", Text: "go away"}},
	}})
	c, _ := dialText(t, s)
	batch := "EHLO refused.test\r\nEHLO client.test\r\nMAIL FROM:<a@client.test>\r\nRCPT TO:<b@local.test>\r\nRCPT TO:<c@example.com>\r\nRCPT TO:<d@local.test>\r\nDATA\r\n"
	if _, err := io.WriteString(c.c, batch); err != nil {
		t.Fatal(err)
	}
	want := []int{550, 250, 250, 250, 554, 250, 354}
	for i, w := range want {
		if code, msg := c.read(); code != w {
			t.Errorf("reply %d: %d %q, want %d", i, code, msg, w)
		}
	}
	if _, err := io.WriteString(c.c, "Subject: p\r\n\r\nRCPT TO:<not-a-command@example.com>\r\n..\r\n.\r\nNOOP\r\nQUIT\r\n"); err != nil {
		t.Fatal(err)
	}
	for i, w := range []int{250, 250, 221} {
		if code, msg := c.read(); code != w {
			t.Errorf("reply %d: %d %q, want %d", i, code, msg, w)
		}
	}
	m := s.Messages()
	if len(m) != 1 || !slices.Equal(m[0].To, []string{"b@local.test", "d@local.test"}) || string(m[0].Data) != "Subject: p\r\n\r\nRCPT TO:<not-a-command@example.com>\r\n.\r\n" {
		t.Errorf("got %+v", m)
	}
	if n := s.CommandCount("RCPT"); n != 3 {
		t.Errorf("CommandCount(RCPT) = %d; the body must not count", n)
	}
}

func TestNetSMTP(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{StartTLS: true, RequireTLS: true, Users: users, Domains: local})
	c, err := netsmtp.Dial(s.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Hello("client.test"); err != nil {
		t.Fatal(err)
	}
	if ok, _ := c.Extension("STARTTLS"); !ok {
		t.Fatal("no STARTTLS")
	}
	if err := c.StartTLS(&tls.Config{RootCAs: s.CertPool(), ServerName: "localhost"}); err != nil {
		t.Fatal(err)
	}
	if err := c.Auth(netsmtp.PlainAuth("", "alice@local.test", "secret-a", s.Host())); err != nil {
		t.Fatal(err)
	}
	if err := c.Mail("alice@local.test"); err != nil {
		t.Fatal(err)
	}
	if err := c.Rcpt("someone@example.com"); err != nil {
		t.Fatal(err)
	}
	w, err := c.Data()
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.WriteString(w, "Subject: x\r\n\r\ny\r\n")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}
	m := s.Messages()
	if len(m) != 1 || !m[0].TLS || m[0].AuthUser != "alice@local.test" || m[0].Helo != "client.test" {
		t.Errorf("got %+v", m)
	}
}

func TestBadCertificate(t *testing.T) {
	for _, tc := range []struct {
		problem smtptest.CertProblem
		check   func(error) bool
	}{
		{smtptest.CertWrongName, func(err error) bool { var e x509.HostnameError; return errors.As(err, &e) }},
		{smtptest.CertExpired, func(err error) bool {
			var e x509.CertificateInvalidError
			return errors.As(err, &e) && e.Reason == x509.Expired
		}},
		{smtptest.CertUntrusted, func(err error) bool { var e x509.UnknownAuthorityError; return errors.As(err, &e) }},
	} {
		t.Run(fmt.Sprint(tc.problem), func(t *testing.T) {
			s := smtptest.StartT(t, smtptest.Config{StartTLS: true, BadCertificate: tc.problem})
			stage, err := send(t, s, run{startTLS: true})
			if stage != "starttls" || !tc.check(err) {
				t.Errorf("got %q %v (%T)", stage, err, err)
			}
		})
	}
	s := smtptest.StartT(t, smtptest.Config{Implicit: true})
	if _, err := send(t, s, run{implicit: true}); err != nil {
		t.Errorf("good certificate refused: %v", err)
	}
	if _, err := tls.Dial("tcp", s.Addr(), &tls.Config{RootCAs: s.CertPool(), ServerName: "127.0.0.1"}); err != nil {
		t.Errorf("certificate not valid for 127.0.0.1: %v", err)
	}
}

func TestLatency(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Latency: time.Millisecond, StartTLS: true})
	mustSend(t, s, run{startTLS: true})
}

func TestConcurrentSessions(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Domains: local, Greylist: 1})
	const n = 20
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Go(func() {
			r := run{from: fmt.Sprintf("sender%d@client.test", i)}
			if _, err := send(t, s, r); err == nil {
				errs <- errors.New("first attempt not greylisted")
				return
			}
			if stage, err := send(t, s, r); err != nil {
				errs <- fmt.Errorf("second attempt failed at %s: %w", stage, err)
			}
		})
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), ioDeadline)
	defer cancel()
	if err := s.WaitMessages(ctx, n); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got := s.Connections(); got != 2*n {
		t.Errorf("Connections() = %d, want %d", got, 2*n)
	}
}

func TestWaitMessages(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	ctx, cancel := context.WithCancel(testctx.New(t))
	cancel()
	if err := s.WaitMessages(ctx, 1); !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
	if err := s.WaitMessages(ctx, 0); err != nil {
		t.Errorf("n=0: %v", err)
	}
	go func() { _ = s.Close() }()
	if err := s.WaitMessages(testctx.New(t), 1); !errors.Is(err, smtptest.ErrServerClosed) {
		t.Errorf("got %v, want ErrServerClosed", err)
	}
}

func TestStartErrors(t *testing.T) {
	for _, cfg := range []smtptest.Config{
		{StartTLS: true, Implicit: true},
		{AuthMechs: []string{"CRAM-MD5"}},
	} {
		if s, err := smtptest.Start(cfg); err == nil {
			s.Close()
			t.Errorf("Start(%+v) succeeded", cfg)
		}
	}
}

// A line that arrives in pieces is still one command.
func TestSplitWrites(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	c, _ := dialText(t, s)
	w := bufio.NewWriter(c.c)
	for _, part := range []string{"EH", "LO cli", "ent.test\r", "\n"} {
		_, _ = w.WriteString(part)
		_ = w.Flush()
	}
	if code, _ := c.read(); code != 250 {
		t.Errorf("EHLO in pieces: %d", code)
	}
	if got := s.Commands(); !slices.Equal(got, []string{"EHLO client.test"}) {
		t.Errorf("Commands() = %q", got)
	}
}

// After a 4xx/5xx greeting the server answers 503 to everything but QUIT.
func TestRefusedGreeting(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageGreeting, Times: 1,
		Reply: smtptest.Reply{Code: 554, Enhanced: "5.7.1", Text: "<unknown[127.0.0.1]>: Client host rejected: Access denied"}}}})
	c, greeting := dialText(t, s)
	if greeting != "5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied" {
		t.Errorf("greeting %q", greeting)
	}
	if code, msg := c.cmd("EHLO client.test"); code != 503 || msg != "5.5.0 Error: no SMTP service here" {
		t.Errorf("EHLO: %d %q", code, msg)
	}
	if code, _ := c.cmd("QUIT"); code != 221 {
		t.Errorf("QUIT: %d", code)
	}
	mustSend(t, s, run{}) // Times: 1
}

// BDAT (CHUNKING) chunks pass through untouched, even when they look like
// commands or end in the middle of a line.
func TestBDAT(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	c.cmd("MAIL FROM:<a@client.test>")
	c.cmd("RCPT TO:<b@local.test>")
	part1, part2 := "Subject: x\r\n\r\nQUIT\r\n.\r\nab", "cd\r\n"
	if _, err := fmt.Fprintf(c.c, "BDAT %d\r\n%s", len(part1), part1); err != nil {
		t.Fatal(err)
	}
	if code, msg := c.read(); code != 250 {
		t.Fatalf("BDAT: %d %q", code, msg)
	}
	if code, msg := c.cmd("BDAT %d LAST\r\n%s", len(part2), strings.TrimSuffix(part2, "\r\n")); code != 250 {
		t.Fatalf("BDAT LAST: %d %q", code, msg)
	}
	if m := s.Messages(); len(m) != 1 || string(m[0].Data) != part1+part2 {
		t.Errorf("got %+v", m)
	}
	if got := s.CommandCount("QUIT"); got != 0 {
		t.Errorf("chunk content counted as a command")
	}
}

// The end of the message may arrive in pieces.
func TestBodyInPieces(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	c.cmd("MAIL FROM:<a@client.test>")
	c.cmd("RCPT TO:<b@local.test>")
	c.cmd("DATA")
	for _, part := range []string{"Subject: x\r\n\r\nline without end", " yet\r\n", ".", "\r", "\nNOOP\r\n"} {
		if _, err := io.WriteString(c.c, part); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Millisecond) // let the server read each piece on its own (no assertion on time)
	}
	if code, msg := c.read(); code != 250 || !strings.HasPrefix(msg, "2.0.0 Ok: queued as ") {
		t.Errorf("end of data: %d %q", code, msg)
	}
	if code, _ := c.read(); code != 250 {
		t.Errorf("NOOP: %d", code)
	}
	if m := s.Messages(); len(m) != 1 || string(m[0].Data) != "Subject: x\r\n\r\nline without end yet\r\n" {
		t.Errorf("got %+v", m)
	}
}

func TestLongCommandLine(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	if code, _ := c.cmd("MAIL FROM:<%s@client.test>", strings.Repeat("a", 5000)); code != 500 {
		t.Errorf("got %d, want 500", code)
	}
}

func TestAuthLoginInitialResponse(t *testing.T) {
	s := smtptest.StartT(t, smtptest.Config{Users: users})
	c, _ := dialText(t, s)
	c.cmd("EHLO client.test")
	if code, msg := c.cmd("AUTH LOGIN %s", base64.StdEncoding.EncodeToString([]byte("bob"))); code != 334 || msg != "UGFzc3dvcmQ6" {
		t.Errorf("AUTH LOGIN with username: %d %q", code, msg)
	}
	if code, _ := c.cmd("%s", base64.StdEncoding.EncodeToString([]byte("secret-b"))); code != 235 {
		t.Errorf("password: %d", code)
	}
	if code, msg := c.cmd("AUTH LOGIN"); code != 503 {
		t.Errorf("second AUTH: %d %q", code, msg)
	}
	if code, _ := c.cmd("AUTH PLAIN"); code != 503 {
		t.Errorf("AUTH PLAIN after success: %d", code)
	}
}
