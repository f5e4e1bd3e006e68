package pop3_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"strings"
	"syscall"
	"testing"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/pop3/pop3test"
	"github.com/taskmail/taskmail/internal/testctx"
)

const (
	user     = "alice@example.test"
	password = "s3cret-pass"
)

var msg1 = "From: a@example.test\r\nSubject: one\r\n\r\nhello\r\n.hidden line\r\n..two dots\r\n"

func newServer(t *testing.T, cfg pop3test.Config) *pop3test.Server {
	t.Helper()
	if cfg.Users == nil {
		cfg.Users = map[string]string{user: password}
	}
	if cfg.Mailboxes == nil {
		cfg.Mailboxes = map[string][]string{user: {msg1, "Subject: two\r\n\r\nbody\r\n"}}
	}
	return pop3test.NewServer(t, cfg)
}

func dial(t *testing.T, s *pop3test.Server) *pop3.Client {
	t.Helper()
	c, err := pop3.Dial(testctx.New(t), s.Addr)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// popError asserts that err is a pop_failed *mailerrors.Error and returns it.
func popError(t *testing.T, err error) *mailerrors.Error {
	t.Helper()
	if err == nil {
		t.Fatal("got no error")
	}
	var e *mailerrors.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %T %v is not a *mailerrors.Error", err, err)
	}
	if !errors.Is(err, mailerrors.ErrPOPFailed) || e.Kind != mailerrors.KindPOPFailed || e.Stage != mailerrors.StagePOP {
		t.Fatalf("kind %q stage %q, want pop_failed at pop", e.Kind, e.Stage)
	}
	if strings.Contains(err.Error(), password) {
		t.Fatalf("error shows the password: %v", err)
	}
	return e
}

func TestSessionUserPass(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	ctx := testctx.New(t)
	c := dial(t, s)
	if c.APOPOffered() {
		t.Error("APOPOffered without a timestamp in the greeting")
	}
	if err := c.Auth(ctx, user, password); err != nil {
		t.Fatalf("Auth: %v", err)
	}
	n, size, err := c.Stat(ctx)
	if err != nil || n != 2 || size != int64(len(msg1)+len("Subject: two\r\n\r\nbody\r\n")) {
		t.Fatalf("Stat = %d, %d, %v", n, size, err)
	}
	list, err := c.List(ctx)
	if err != nil || len(list) != 2 || list[0] != (pop3.MessageInfo{Number: 1, Size: int64(len(msg1))}) {
		t.Fatalf("List = %v, %v", list, err)
	}
	got, err := c.Retr(ctx, 1)
	if err != nil {
		t.Fatalf("Retr: %v", err)
	}
	if string(got) != msg1 {
		t.Fatalf("Retr = %q, want %q (dot-stuffing undone)", got, msg1)
	}
	if err := c.Dele(ctx, 1); err != nil {
		t.Fatalf("Dele: %v", err)
	}
	if err := c.Quit(ctx); err != nil {
		t.Fatalf("Quit: %v", err)
	}
	if box := s.Mailbox(user); len(box) != 1 {
		t.Fatalf("after DELE and QUIT the mailbox has %d messages, want 1", len(box))
	}
	logins := s.Logins()
	if len(logins) != 1 || logins[0].Method != "USER" {
		t.Fatalf("logins = %+v, want one USER login", logins)
	}
	if err := c.Noop(ctx); err == nil {
		t.Fatal("Noop after Quit succeeded")
	}
}

func TestAPOPWhenOffered(t *testing.T) {
	s := newServer(t, pop3test.Config{APOP: true})
	c := dial(t, s)
	if !c.APOPOffered() {
		t.Fatalf("APOPOffered = false for greeting %q", c.Greeting())
	}
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatalf("Auth: %v", err)
	}
	if l := s.Logins(); len(l) != 1 || l[0].Method != "APOP" {
		t.Fatalf("logins = %+v, want one APOP login", l)
	}
}

func TestAPOPWrongPassword(t *testing.T) {
	s := newServer(t, pop3test.Config{APOP: true})
	c := dial(t, s)
	e := popError(t, c.APOP(testctx.New(t), user, "wrong"))
	if e.Text != "[AUTH] Authentication failed." || e.Temporary {
		t.Fatalf("Text %q Temporary %v", e.Text, e.Temporary)
	}
	var re *pop3.ReplyError
	if !errors.As(e, &re) || re.Command != "APOP" || re.Code != "AUTH" {
		t.Fatalf("cause = %#v", e.Err)
	}
}

func TestAPOPNotOffered(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	c := dial(t, s)
	e := popError(t, c.APOP(testctx.New(t), user, password))
	if !errors.Is(e, pop3.ErrAPOPNotOffered) {
		t.Fatalf("cause = %v, want ErrAPOPNotOffered", e.Err)
	}
}

func TestWrongPassword(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	c := dial(t, s)
	err := c.Auth(testctx.New(t), user, "not-"+password)
	e := popError(t, err)
	if e.Text != "[AUTH] Authentication failed." {
		t.Errorf("Text = %q", e.Text)
	}
	if e.Temporary {
		t.Error("a wrong password is temporary")
	}
	if e.Server != s.Addr {
		t.Errorf("Server = %q, want %q", e.Server, s.Addr)
	}
	var re *pop3.ReplyError
	if !errors.As(err, &re) || re.Command != "PASS" || re.Code != "AUTH" {
		t.Fatalf("cause = %#v, want a PASS ReplyError with code AUTH", e.Err)
	}
	if strings.Contains(err.Error(), "not-"+password) {
		t.Fatalf("error shows the password: %v", err)
	}
	// A -ERR leaves the session usable.
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatalf("second Auth: %v", err)
	}
}

func TestTemporaryERR(t *testing.T) {
	s := newServer(t, pop3test.Config{Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "STAT" {
			return "-ERR [SYS/TEMP] Mailbox busy, try later", true
		}
		return "", false
	}})
	c := dial(t, s)
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatal(err)
	}
	_, _, err := c.Stat(testctx.New(t))
	e := popError(t, err)
	if !e.Temporary || e.Text != "[SYS/TEMP] Mailbox busy, try later" {
		t.Fatalf("Temporary %v Text %q", e.Temporary, e.Text)
	}
	if err := c.Noop(testctx.New(t)); err != nil {
		t.Fatalf("Noop after -ERR: %v", err)
	}
}

func TestDropMidSession(t *testing.T) {
	s := newServer(t, pop3test.Config{Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "PASS" {
			return pop3test.Drop, true
		}
		return "", false
	}})
	c := dial(t, s)
	err := c.Auth(testctx.New(t), user, password)
	e := popError(t, err)
	if !errors.Is(err, io.ErrUnexpectedEOF) || !e.Temporary {
		t.Fatalf("err = %v (temporary %v), want a temporary unexpected EOF", err, e.Temporary)
	}
	// The session is unusable: every later call returns the same error.
	if err2 := c.Noop(testctx.New(t)); err2 != err {
		t.Fatalf("Noop after a drop = %v, want %v", err2, err)
	}
}

func TestConnectionRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	_, err = pop3.Dial(testctx.New(t), addr)
	e := popError(t, err)
	if !errors.Is(err, syscall.ECONNREFUSED) || !e.Temporary || e.Server != addr {
		t.Fatalf("err = %v (temporary %v, server %q)", err, e.Temporary, e.Server)
	}
}

func TestGreetingERR(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Write([]byte("-ERR [SYS/TEMP] too many connections\r\n"))
		c.Close()
	}()
	_, err = pop3.Dial(testctx.New(t), ln.Addr().String())
	e := popError(t, err)
	if e.Text != "[SYS/TEMP] too many connections" || !e.Temporary {
		t.Fatalf("Text %q Temporary %v", e.Text, e.Temporary)
	}
}

// holdSTAT returns a config whose STAT waits until release is closed.
func holdSTAT(release <-chan struct{}, arrived chan<- struct{}) pop3test.Config {
	return pop3test.Config{Hook: func(c pop3test.Command) (string, bool) {
		if c.Name == "STAT" {
			arrived <- struct{}{}
			<-release
			return pop3test.Drop, true
		}
		return "", false
	}}
}

func TestCancelInterruptsRead(t *testing.T) {
	release, arrived := make(chan struct{}), make(chan struct{}, 1)
	defer close(release)
	s := newServer(t, holdSTAT(release, arrived))
	c := dial(t, s)
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(testctx.New(t))
	go func() { <-arrived; cancel() }()
	_, _, err := c.Stat(ctx)
	e := popError(t, err)
	if !errors.Is(err, context.Canceled) || e.Temporary {
		t.Fatalf("err = %v (temporary %v), want context.Canceled, not temporary", err, e.Temporary)
	}
}

func TestDeadlineInterruptsRead(t *testing.T) {
	release, arrived := make(chan struct{}), make(chan struct{}, 1)
	defer close(release)
	s := newServer(t, holdSTAT(release, arrived))
	c := dial(t, s)
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), 50e6) // 50ms; STAT is held until the end of the test
	defer cancel()
	_, _, err := c.Stat(ctx)
	e := popError(t, err)
	if !errors.Is(err, context.DeadlineExceeded) || !e.Temporary {
		t.Fatalf("err = %v (temporary %v), want a temporary context.DeadlineExceeded", err, e.Temporary)
	}
}

func TestCancelledBeforeDial(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	ctx, cancel := context.WithCancel(testctx.New(t))
	cancel()
	_, err := pop3.Dial(ctx, s.Addr)
	popError(t, err)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestSTLS(t *testing.T) {
	s := newServer(t, pop3test.Config{STLS: true, APOP: true})
	ctx := testctx.New(t)
	c := dial(t, s)
	caps, err := c.Capabilities(ctx)
	if err != nil || !caps.Has("stls") || !caps.Has("USER") {
		t.Fatalf("Capabilities = %v, %v", caps, err)
	}
	if _, ok := c.TLSConnectionState(); ok {
		t.Fatal("TLS before STLS")
	}
	if err := c.StartTLS(ctx, s.ClientTLSConfig()); err != nil {
		t.Fatalf("StartTLS: %v", err)
	}
	if st, ok := c.TLSConnectionState(); !ok || !st.HandshakeComplete {
		t.Fatal("no TLS after STLS")
	}
	caps, err = c.Capabilities(ctx)
	if err != nil || caps.Has("STLS") {
		t.Fatalf("Capabilities after STLS = %v, %v", caps, err)
	}
	// Over TLS, Auth uses USER/PASS even though APOP is offered.
	if err := c.Auth(ctx, user, password); err != nil {
		t.Fatalf("Auth: %v", err)
	}
	if l := s.Logins(); len(l) != 1 || l[0].Method != "USER" || !l[0].TLS {
		t.Fatalf("logins = %+v, want one USER login over TLS", l)
	}
	if err := c.Quit(ctx); err != nil {
		t.Fatalf("Quit: %v", err)
	}
}

func TestSTLSRefused(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	c := dial(t, s)
	e := popError(t, c.StartTLS(testctx.New(t), s.ClientTLSConfig()))
	if !errors.Is(e, pop3.ErrTLSNotOffered) || e.Text != "STLS not available" || e.Temporary {
		t.Fatalf("err = %v (Text %q, temporary %v)", e, e.Text, e.Temporary)
	}
}

func TestImplicitTLS(t *testing.T) {
	s := newServer(t, pop3test.Config{Implicit: true})
	d := &pop3.Dialer{ImplicitTLS: true, TLSConfig: s.ClientTLSConfig()}
	c, err := d.Dial(testctx.New(t), s.Addr)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if _, ok := c.TLSConnectionState(); !ok {
		t.Fatal("no TLS")
	}
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatalf("Auth: %v", err)
	}
	if err := c.StartTLS(testctx.New(t), nil); err == nil {
		t.Fatal("StartTLS on a TLS session succeeded")
	}
}

func TestUntrustedCertificate(t *testing.T) {
	s := newServer(t, pop3test.Config{Implicit: true})
	d := &pop3.Dialer{ImplicitTLS: true, TLSConfig: &tls.Config{}}
	_, err := d.Dial(testctx.New(t), s.Addr)
	e := popError(t, err)
	var verr *tls.CertificateVerificationError
	if !errors.As(err, &verr) || e.Temporary {
		t.Fatalf("err = %v (temporary %v), want a permanent certificate error", err, e.Temporary)
	}
}

func TestDialerSourceAddress(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	src := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 9)}
	d := &pop3.Dialer{DialContext: (&net.Dialer{LocalAddr: src}).DialContext}
	c, err := d.Dial(testctx.New(t), s.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatal(err)
	}
	if l := s.Logins(); len(l) != 1 || !strings.HasPrefix(l[0].Remote, "127.0.0.9:") {
		t.Fatalf("logins = %+v, want one from 127.0.0.9", l)
	}
}

func TestLineBreakInArgument(t *testing.T) {
	s := newServer(t, pop3test.Config{})
	c := dial(t, s)
	err := c.Auth(testctx.New(t), user, password+"\r\nDELE 1")
	popError(t, err)
	if !errors.Is(err, pop3.ErrProtocol) {
		t.Fatalf("err = %v, want ErrProtocol", err)
	}
	if len(s.Logins()) != 0 {
		t.Fatal("the server saw a login")
	}
}

func TestRetrCRLF(t *testing.T) {
	raw := "Subject: x\r\n\r\n.\r\n..\r\nend\r\n"
	s := newServer(t, pop3test.Config{Mailboxes: map[string][]string{user: {raw}}})
	c := dial(t, s)
	if err := c.Auth(testctx.New(t), user, password); err != nil {
		t.Fatal(err)
	}
	got, err := c.Retr(testctx.New(t), 1)
	if err != nil || !bytes.Equal(got, []byte(raw)) {
		t.Fatalf("Retr = %q, %v; want %q", got, err, raw)
	}
	e := popError(t, func() error { _, err := c.Retr(testctx.New(t), 7); return err }())
	if e.Text != "There's no message 7." {
		t.Fatalf("Text = %q", e.Text)
	}
}

func TestNotPOP3(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		c.Write([]byte("220 mx.example.test ESMTP\r\n"))
		c.Close()
	}()
	_, err = pop3.Dial(testctx.New(t), ln.Addr().String())
	e := popError(t, err)
	if !errors.Is(err, pop3.ErrProtocol) || e.Temporary {
		t.Fatalf("err = %v (temporary %v), want a permanent ErrProtocol", err, e.Temporary)
	}
}
