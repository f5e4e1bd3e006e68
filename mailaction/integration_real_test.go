package mailaction_test

// Integration tests against the real Postfix and Dovecot that scripts/test
// starts on 127.0.0.1 (see scripts/mta/up.sh). Each asserts the typed
// error a caller gets for what Postfix really says, and its first hint.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"net/smtp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// relayTo is outside local.test: Postfix relays it only when allowed, and
// then discards it.
const relayTo = "someone@example.com"

// realConfig returns options for the server at addr: plain text unless
// mode says otherwise, quick to give up.
func realConfig(t *testing.T, addr string, mode config.TLSMode, from string) config.SMTP {
	t.Helper()
	host, port := realservers.HostPort(t, addr)
	return config.SMTP{
		Host:     host,
		Port:     port,
		TLS:      mode,
		From:     from,
		HeloName: "runner.local.test",
		Timeout:  20 * time.Second,
		Retry:    config.Retry{MaxAttempts: 3, InitialInterval: time.Second, MaxInterval: time.Minute},
	}
}

// withAuth adds u's credentials.
func withAuth(cfg config.SMTP, u realservers.User) config.SMTP {
	cfg.Auth = config.Auth{Username: u.Address, Password: config.Secret(u.Password)}
	return cfg
}

// realSend sends msg with the servers' CA trusted and waits recorded
// instead of slept.
func realSend(t *testing.T, s *realservers.Servers, cfg config.SMTP, msg *mailaction.Message, opts ...mailaction.Option) (*mailaction.Result, *sleeps, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	sl := &sleeps{}
	opts = append([]mailaction.Option{mailaction.WithTLSConfig(s.TLSConfig()), sl.option()}, opts...)
	res, err := mailaction.SendEmail(ctx, cfg, msg, opts...)
	if res == nil {
		t.Fatal("SendEmail returned a nil Result")
	}
	return res, sl, err
}

// realMessage is a small message with a subject unique to the test.
func realMessage(t *testing.T, to ...string) *mailaction.Message {
	return &mailaction.Message{
		To:      to,
		Subject: fmt.Sprintf("%s %d", t.Name(), time.Now().UnixNano()),
		Text:    "All tasks ran.\n",
	}
}

// want is what a test expects of the error.
type want struct {
	sentinel  error
	code      int
	enhanced  string
	stage     mailerrors.Stage
	recipient string
	textHas   string
	temporary bool
	hintField string // the first hint's Field
	hintHas   string // a piece of the first hint's Text, "" to skip
}

// checkError asserts that err holds exactly one *mailerrors.Error and that
// it is as w says, and returns it.
func checkError(t *testing.T, err error, w want) *mailerrors.Error {
	t.Helper()
	if err == nil {
		t.Fatalf("SendEmail succeeded, want %v", w.sentinel)
	}
	all := mailerrors.All(err)
	if len(all) != 1 {
		t.Fatalf("err holds %d *mailerrors.Error, want 1: %v", len(all), err)
	}
	e := all[0]
	if !errors.Is(err, w.sentinel) {
		t.Errorf("errors.Is(err, %v) = false; kind %q: %v", w.sentinel, e.Kind, err)
	}
	if e.Code != w.code || e.Enhanced != w.enhanced {
		t.Errorf("code %d %q, want %d %q (%v)", e.Code, e.Enhanced, w.code, w.enhanced, err)
	}
	if e.Stage != w.stage {
		t.Errorf("stage %q, want %q", e.Stage, w.stage)
	}
	if e.Recipient != w.recipient {
		t.Errorf("recipient %q, want %q", e.Recipient, w.recipient)
	}
	if !strings.Contains(e.Text, w.textHas) {
		t.Errorf("text %q, want it to contain %q", e.Text, w.textHas)
	}
	if e.Temporary != w.temporary {
		t.Errorf("temporary %v, want %v", e.Temporary, w.temporary)
	}
	if len(e.Hints) == 0 {
		t.Fatalf("no hints on %v", err)
	}
	if h := e.Hints[0]; h.Field != w.hintField || !strings.Contains(h.Text, w.hintHas) {
		t.Errorf("first hint %q (field %q), want field %q containing %q", h.Text, h.Field, w.hintField, w.hintHas)
	}
	return e
}

func TestRealRelayDeniedWithoutAuth(t *testing.T) {
	s := realservers.Get(t)
	cfg := realConfig(t, s.SMTPPlain, config.TLSNone, "robot@example.org")
	res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
	checkError(t, err, want{
		sentinel: mailerrors.ErrRelayDenied, code: 554, enhanced: "5.7.1", stage: mailerrors.StageRcpt,
		recipient: relayTo, textHas: "Relay access denied", hintField: "Auth.Username",
	})
	if res.Attempts != 1 || len(sl.all()) != 0 || len(res.Accepted) != 0 {
		t.Errorf("attempts %d, waits %v, accepted %v; want one attempt, no wait, nothing accepted", res.Attempts, sl.all(), res.Accepted)
	}
}

func TestRealRelayDeferredIsNotRetried(t *testing.T) {
	s := realservers.Get(t)
	cfg := realConfig(t, s.SMTPDefer, config.TLSNone, "robot@example.org")
	res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
	e := checkError(t, err, want{
		sentinel: mailerrors.ErrRelayDenied, code: 454, enhanced: "4.7.1", stage: mailerrors.StageRcpt,
		recipient: relayTo, textHas: "Relay access denied", hintField: "Auth.Username",
	})
	// 454 is a 4xx, but a relay denial does not go away by waiting:
	// Postfix's defer_unauth_destination only softens the reply, so the
	// error is not temporary and the send is not retried.
	if res.Attempts != 1 || len(sl.all()) != 0 {
		t.Errorf("attempts %d, waits %v; a deferred relay denial must not be retried (temporary=%v)", res.Attempts, sl.all(), e.Temporary)
	}
}

func TestRealAuthThenRelay(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	for _, tc := range []struct {
		name string
		cfg  func() config.SMTP
	}{
		{"STARTTLS", func() config.SMTP {
			return withAuth(realConfig(t, s.SMTPPlain, config.TLSStartTLS, alice.Address), alice)
		}},
		{"plain text allowed", func() config.SMTP {
			c := withAuth(realConfig(t, s.SMTPPlain, config.TLSNone, alice.Address), alice)
			c.AllowInsecureAuth = true
			return c
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, _, err := realSend(t, s, tc.cfg(), realMessage(t, relayTo))
			if err != nil {
				t.Fatalf("SendEmail: %v", err)
			}
			if len(res.Accepted) != 1 || res.Accepted[0] != relayTo || !strings.HasPrefix(res.Response, "2") {
				t.Fatalf("accepted %v, response %q", res.Accepted, res.Response)
			}
		})
	}
}

func TestRealWrongPassword(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	alice.Password = "wrong-" + alice.Password
	cfg := withAuth(realConfig(t, s.SMTPPlain, config.TLSStartTLS, alice.Address), alice)
	res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
	checkError(t, err, want{
		sentinel: mailerrors.ErrAuthFailed, code: 535, enhanced: "5.7.8", stage: mailerrors.StageAuth,
		textHas: "authentication failed", hintField: "Auth.Password",
	})
	if strings.Contains(err.Error(), alice.Password) {
		t.Fatalf("the error shows the password: %v", err)
	}
	if res.Attempts != 1 || len(sl.all()) != 0 {
		t.Errorf("attempts %d, waits %v; a refused password must not be retried", res.Attempts, sl.all())
	}
}

func TestRealUnknownLocalUser(t *testing.T) {
	s := realservers.Get(t)
	const nobody = "nobody@local.test"
	cfg := realConfig(t, s.SMTPPlain, config.TLSStartTLS, "robot@example.org")
	res, _, err := realSend(t, s, cfg, realMessage(t, nobody))
	checkError(t, err, want{
		sentinel: mailerrors.ErrRecipientUnknown, code: 550, enhanced: "5.1.1", stage: mailerrors.StageRcpt,
		recipient: nobody, textHas: "User unknown", hintField: "", hintHas: "typos",
	})
	if len(res.Rejected) != 1 || res.Rejected[0] != nobody {
		t.Errorf("rejected %v, want [%s]", res.Rejected, nobody)
	}
}

// bigMessage returns a message larger than limit octets.
func bigMessage(t *testing.T, limit int, to string) *mailaction.Message {
	m := realMessage(t, to)
	m.Text = strings.Repeat("0123456789 abcdefghijklmnopqrstuvwxyz 0123456789\n", limit/50+20)
	return m
}

// TestRealTooLargeAtMail: the port announces its 2048-octet limit in EHLO
// SIZE, and Postfix refuses a larger SIZE= at MAIL with 552 5.3.4. A
// sender may instead refuse before MAIL, having read the limit; either
// way the error is message_too_large at mail and never retried.
func TestRealTooLargeAtMail(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")

	// What Postfix says to a declared size over its limit, classified.
	reply := rawMailSize(t, s.SMTPSmall, 5*s.SmallLimit)
	if !strings.HasPrefix(reply, "552 5.3.4 ") {
		t.Fatalf("Postfix replied %q to MAIL SIZE=, want 552 5.3.4", reply)
	}
	if e := mailerrors.Classify(mailerrors.StageMail, reply); e.Kind != mailerrors.KindMessageTooLarge || e.Temporary {
		t.Errorf("Classify(%q) = %s (temporary %v), want a permanent message_too_large", reply, e.Kind, e.Temporary)
	}

	cfg := realConfig(t, s.SMTPSmall, config.TLSStartTLS, "robot@example.org")
	res, sl, err := realSend(t, s, cfg, bigMessage(t, s.SmallLimit, bob.Address))
	all := mailerrors.All(err)
	if len(all) != 1 {
		t.Fatalf("err = %v, want one error", err)
	}
	w := want{
		sentinel: mailerrors.ErrMessageTooLarge, code: 552, enhanced: "5.3.4", stage: mailerrors.StageMail,
		textHas: "size", hintHas: "smaller",
	}
	t.Logf("SendEmail: %v", err)
	if all[0].Code == 0 { // refused before MAIL, from the EHLO SIZE limit
		w.code, w.enhanced, w.textHas = 0, "", "SIZE"
	}
	checkError(t, err, w)
	if res.Attempts != 1 || len(sl.all()) != 0 {
		t.Errorf("attempts %d, waits %v; want no retry", res.Attempts, sl.all())
	}
}

// rawMailSize sends MAIL FROM with SIZE=size to addr and returns the reply.
func rawMailSize(t *testing.T, addr string, size int) string {
	t.Helper()
	c, err := smtp.Dial(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Hello("runner.local.test"); err != nil {
		t.Fatal(err)
	}
	id, err := c.Text.Cmd("MAIL FROM:<robot@example.org> SIZE=%d", size)
	if err != nil {
		t.Fatal(err)
	}
	c.Text.StartResponse(id)
	code, msg, err := c.Text.ReadResponse(0)
	c.Text.EndResponse(id)
	if err != nil && code == 0 {
		t.Fatal(err)
	}
	c.Quit()
	return fmt.Sprintf("%d %s", code, msg)
}

// TestRealTooLargeAfterData: this port announces no limit, so the message
// goes out and Postfix refuses it at the end of DATA.
func TestRealTooLargeAfterData(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	cfg := realConfig(t, s.SMTPSmallData, config.TLSStartTLS, "robot@example.org")
	res, sl, err := realSend(t, s, cfg, bigMessage(t, s.SmallLimit, bob.Address))
	checkError(t, err, want{
		sentinel: mailerrors.ErrMessageTooLarge, code: 552, enhanced: "5.3.4", stage: mailerrors.StageData,
		textHas: "message file too big", hintHas: "smaller",
	})
	if res.Attempts != 1 || len(sl.all()) != 0 {
		t.Errorf("attempts %d, waits %v; want no retry", res.Attempts, sl.all())
	}
}

func TestRealTLSRequired(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")

	// Without STARTTLS: refused at MAIL.
	cfg := realConfig(t, s.SMTPTLS, config.TLSNone, alice.Address)
	res, sl, err := realSend(t, s, cfg, realMessage(t, relayTo))
	checkError(t, err, want{
		sentinel: mailerrors.ErrTLSRequired, code: 530, enhanced: "5.7.0", stage: mailerrors.StageMail,
		textHas: "STARTTLS", hintField: "TLS",
	})
	if res.Attempts != 1 || len(sl.all()) != 0 {
		t.Errorf("attempts %d, waits %v; want no retry", res.Attempts, sl.all())
	}

	// The same send with STARTTLS and the login goes through.
	cfg = withAuth(realConfig(t, s.SMTPTLS, config.TLSStartTLS, alice.Address), alice)
	res, _, err = realSend(t, s, cfg, realMessage(t, relayTo))
	if err != nil {
		t.Fatalf("with STARTTLS: %v", err)
	}
	if len(res.Accepted) != 1 {
		t.Fatalf("with STARTTLS: accepted %v", res.Accepted)
	}
}

func TestRealImplicitTLS(t *testing.T) {
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	cfg := withAuth(realConfig(t, s.SMTPImplicit, config.TLSImplicit, alice.Address), alice)
	res, _, err := realSend(t, s, cfg, realMessage(t, relayTo))
	if err != nil {
		t.Fatalf("SendEmail over implicit TLS: %v", err)
	}
	if len(res.Accepted) != 1 || res.Attempts != 1 {
		t.Fatalf("accepted %v after %d attempts", res.Accepted, res.Attempts)
	}
}

func TestRealSenderNotOwned(t *testing.T) {
	s := realservers.Get(t)
	alice, bob := s.User(t, "alice"), s.User(t, "bob")
	cfg := withAuth(realConfig(t, s.SMTPPlain, config.TLSStartTLS, bob.Address), alice)
	_, _, err := realSend(t, s, cfg, realMessage(t, relayTo))
	// Postfix delays the sender check to RCPT (smtpd_delay_reject), so
	// the reply comes at RCPT, about the sender.
	checkError(t, err, want{
		sentinel: mailerrors.ErrSenderRejected, code: 553, enhanced: "5.7.1", stage: mailerrors.StageRcpt,
		recipient: relayTo, textHas: "not owned by user " + alice.Address, hintField: "Sender",
	})
}

// TestRealReadBack sends a local message through Postfix, reads it back
// from the mailbox over POP3 and compares its headers and body.
func TestRealReadBack(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	cfg := realConfig(t, s.SMTPPlain, config.TLSStartTLS, "Nightly Robot <robot@example.org>")
	msg := realMessage(t, bob.Address)
	msg.Text = "Line one.\nLine two, with a long word: supercalifragilistic.\n.A line that starts with a dot.\n"
	msg.Headers = map[string]string{"X-Taskmail-Test": "read-back"}
	res, _, err := realSend(t, s, cfg, msg)
	if err != nil {
		t.Fatalf("SendEmail: %v", err)
	}
	raw := s.Fetch(t, testctx.New(t), bob, msg.Subject)

	m, err := mail.ReadMessage(strings.NewReader(string(raw)))
	if err != nil {
		t.Fatalf("reading the delivered message: %v\n%s", err, raw)
	}
	h := m.Header
	dec := new(mime.WordDecoder)
	subject, _ := dec.DecodeHeader(h.Get("Subject"))
	for _, c := range []struct{ name, got, want string }{
		{"Subject", subject, msg.Subject},
		{"Message-ID", h.Get("Message-ID"), res.MessageID},
		{"X-Taskmail-Test", h.Get("X-Taskmail-Test"), "read-back"},
		{"Delivered-To", h.Get("Delivered-To"), bob.Address},
	} {
		if strings.Trim(c.got, "<>") != strings.Trim(c.want, "<>") {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if from, err := h.AddressList("From"); err != nil || len(from) != 1 || from[0].Address != "robot@example.org" || from[0].Name != "Nightly Robot" {
		t.Errorf("From = %v (%v)", from, err)
	}
	if to, err := h.AddressList("To"); err != nil || len(to) != 1 || to[0].Address != bob.Address {
		t.Errorf("To = %v (%v)", to, err)
	}
	if h.Get("Date") == "" || h.Get("Received") == "" {
		t.Errorf("Date %q, Received %q: want both", h.Get("Date"), h.Get("Received"))
	}
	if ct := h.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		t.Errorf("Content-Type = %q, want text/plain", ct)
	}
	var body io.Reader = m.Body
	if strings.EqualFold(h.Get("Content-Transfer-Encoding"), "quoted-printable") {
		body = quotedprintable.NewReader(body)
	}
	b, err := io.ReadAll(body)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.ReplaceAll(string(b), "\r\n", "\n")
	if strings.TrimRight(got, "\n") != strings.TrimRight(msg.Text, "\n") {
		t.Errorf("body = %q, want %q", got, msg.Text)
	}
}

// popLogins counts the POP-before-SMTP logins a Sender starts, from its
// debug log.
type popLogins struct {
	mu sync.Mutex
	n  int
}

func (p *popLogins) Enabled(context.Context, slog.Level) bool { return true }
func (p *popLogins) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "POP-before-SMTP login" {
		p.mu.Lock()
		p.n++
		p.mu.Unlock()
	}
	return nil
}
func (p *popLogins) WithAttrs([]slog.Attr) slog.Handler { return p }
func (p *popLogins) WithGroup(string) slog.Handler      { return p }
func (p *popLogins) count() int                         { p.mu.Lock(); defer p.mu.Unlock(); return p.n }

// realSleep records the waits a Sender asks for, and waits: the POP-
// before-SMTP tests need the pause after a POP3 login that gives the
// server time to update its relay list.
type realSleep struct{ sleeps }

func (r *realSleep) option() mailaction.Option {
	return mailaction.WithSleep(func(ctx context.Context, d time.Duration) error {
		r.sleep(ctx, d)
		tm := time.NewTimer(d)
		defer tm.Stop()
		select {
		case <-tm.C:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
}

// relayOpen reports whether the server at addr accepts relayTo at RCPT
// from src, without sending anything.
func relayOpen(t *testing.T, addr string, src net.IP) bool {
	t.Helper()
	conn, err := realservers.Dialer(src)(testctx.New(t), "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	host, _ := realservers.HostPort(t, addr)
	c, err := smtp.NewClient(conn, host)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Hello("runner.local.test"); err != nil {
		t.Fatal(err)
	}
	if err := c.Mail("robot@example.org"); err != nil {
		t.Fatal(err)
	}
	err = c.Rcpt(relayTo)
	c.Quit()
	return err == nil
}

// TestRealPOPBeforeSMTP: on the POP-before-SMTP port, relaying from this
// test's own client address opens only after a POP3 login from that
// address. The first send logs in, a second within the window does not,
// and once the server's window has closed (its TTL is shorter than ours),
// the relay denial makes the sender log in again and retry once.
func TestRealPOPBeforeSMTP(t *testing.T) {
	t.Parallel() // it waits for the server's relay window to close
	s := realservers.Get(t)
	alice := s.User(t, "alice")
	src := realservers.SourceAddr()
	t.Logf("client address %s", src)
	if relayOpen(t, s.SMTPPOPBSMTP, src) {
		t.Fatalf("relaying is open for %s before any POP3 login", src)
	}

	// Without POP-before-SMTP the send is refused.
	cfg := realConfig(t, s.SMTPPOPBSMTP, config.TLSStartTLS, "robot@example.org")
	dial := mailaction.WithDialer(realservers.Dialer(src))
	_, _, err := realSend(t, s, cfg, realMessage(t, relayTo), dial)
	checkError(t, err, want{
		sentinel: mailerrors.ErrRelayDenied, code: 554, enhanced: "5.7.1", stage: mailerrors.StageRcpt,
		recipient: relayTo, textHas: "Relay access denied", hintField: "Auth.Username",
	})

	popHost, popPort := realservers.HostPort(t, s.POP3)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{
		Host: popHost, Port: popPort, TLS: config.TLSStartTLS,
		Username: alice.Address, Password: config.Secret(alice.Password),
	}
	forgetPOPLogin(t, s.POP3, alice.Address) // an earlier run (-count) may have logged in
	logins := &popLogins{}
	logger := mailaction.WithLogger(slog.New(logins))

	sl := &realSleep{}
	// First send: a POP3 login, a pause for the server to update its
	// list, then relaying.
	res, _, err := realSend(t, s, cfg, realMessage(t, relayTo), dial, logger, sl.option())
	if err != nil {
		t.Fatalf("first send with POP-before-SMTP: %v", err)
	}
	if len(res.Accepted) != 1 || logins.count() != 1 || res.Attempts != 1 {
		t.Fatalf("accepted %v after %d POP logins and %d attempts; want one of each", res.Accepted, logins.count(), res.Attempts)
	}
	if n := waitPOPLogins(t, s, src, 1); n < 1 {
		t.Fatalf("Dovecot logged %d logins from %s", n, src)
	}

	// Second send within the window: no new login.
	before := logins.count()
	if _, _, err := realSend(t, s, cfg, realMessage(t, relayTo), dial, logger, sl.option()); err != nil {
		t.Fatalf("second send: %v", err)
	}
	if logins.count() != before {
		t.Fatalf("the second send within the window logged in again (%d -> %d)", before, logins.count())
	}

	// Let the server's relay window (TTL) close while ours is still open:
	// the send is denied, logs in again, and the one retry succeeds.
	waitRelayClosed(t, s, src)
	before = logins.count()
	res, _, err = realSend(t, s, cfg, realMessage(t, relayTo), dial, logger, sl.option())
	if err != nil {
		t.Fatalf("send after the server's window closed: %v", err)
	}
	if logins.count() != before+1 || res.Attempts != 2 {
		t.Fatalf("POP logins %d -> %d, attempts %d; want one forced login and one retry",
			before, logins.count(), res.Attempts)
	}
	if n := waitPOPLogins(t, s, src, 2); n != 2 {
		t.Errorf("Dovecot logged %d logins from %s, want 2", n, src)
	}
	t.Logf("waits: %v", sl.all())
}

// waitPOPLogins waits until Dovecot has logged at least n logins from src
// (it logs in the background) and returns the count.
func waitPOPLogins(t *testing.T, s *realservers.Servers, src net.IP, n int) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		got := s.POPLoginsFrom(t, src)
		if got >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitRelayClosed waits until the POP-before-SMTP port no longer relays
// for src: the server's TTL after the last login, plus the watcher's
// one-second sweep.
func waitRelayClosed(t *testing.T, s *realservers.Servers, src net.IP) {
	t.Helper()
	deadline := time.Now().Add(s.POPBeforeSMTPTTL + 15*time.Second)
	for relayOpen(t, s.SMTPPOPBSMTP, src) {
		if time.Now().After(deadline) {
			t.Fatalf("relaying for %s still open %s after the TTL", src, 15*time.Second)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// popUsers holds a lock for each POP3 server and user that the tests
// against the real servers log in as.
var popUsers sync.Map // "addr user" -> *sync.Mutex

// forgetPOPLogin makes the test the only one that logs in to the POP3
// server at addr as user until it ends, and drops what the process
// remembers of that login: the Sender keeps a POP-before-SMTP login per
// server and user for the relay window, so a parallel test's login as the
// same user would spare this one its own and change what it counts.
func forgetPOPLogin(t *testing.T, addr, user string) {
	t.Helper()
	mu, _ := popUsers.LoadOrStore(addr+" "+user, &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	t.Cleanup(mu.(*sync.Mutex).Unlock)
	mailaction.ForgetPOPLogin(addr, user)
}

// TestRealPOPBeforeSMTPDoesNotOpen: a POP3 login that succeeds but does
// not open relaying (this port ignores POP logins) leads to one forced
// login and one retry, and the error then says when the POP check ran and
// that it did not open relaying.
func TestRealPOPBeforeSMTPDoesNotOpen(t *testing.T) {
	t.Parallel()
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	src := realservers.SourceAddr()
	cfg := realConfig(t, s.SMTPPlain, config.TLSStartTLS, "robot@example.org")
	popHost, popPort := realservers.HostPort(t, s.POP3S)
	cfg.POPBeforeSMTP = &config.POPBeforeSMTP{
		Host: popHost, Port: popPort, TLS: config.TLSImplicit,
		Username: bob.Address, Password: config.Secret(bob.Password),
	}
	forgetPOPLogin(t, s.POP3S, bob.Address)
	logins := &popLogins{}
	sl := &realSleep{}
	res, _, err := realSend(t, s, cfg, realMessage(t, relayTo),
		mailaction.WithDialer(realservers.Dialer(src)), mailaction.WithLogger(slog.New(logins)), sl.option())
	e := checkError(t, err, want{
		sentinel: mailerrors.ErrRelayDenied, code: 554, enhanced: "5.7.1", stage: mailerrors.StageRcpt,
		recipient: relayTo, textHas: "Relay access denied", hintField: "Auth.Username",
	})
	if res.Attempts != 2 || logins.count() != 2 || len(sl.all()) != 2 {
		t.Errorf("attempts %d, POP logins %d, waits %v; want 2 attempts, 2 logins (first and forced), each followed by a pause",
			res.Attempts, logins.count(), sl.all())
	}
	var popHint *mailerrors.Hint
	for i := range e.Hints {
		if e.Hints[i].Field == "POPBeforeSMTP" {
			popHint = &e.Hints[i]
		}
	}
	if popHint == nil || !strings.Contains(popHint.Text, "did not open relaying") || !strings.Contains(popHint.Text, "ago") {
		t.Fatalf("hints %v: want one saying when the POP check ran and that it did not open relaying", e.Hints)
	}
	if n := waitPOPLogins(t, s, src, 2); n != 2 {
		t.Errorf("Dovecot logged %d logins from %s, want 2", n, src)
	}
}
