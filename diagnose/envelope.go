package diagnose

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// errNoSession is the cause when the relay check's new session, after a
// denial right after the POP3 login, could not be set up.
var errNoSession = errors.New("the new SMTP session for the second relay check could not be set up")

// checkMail sends MAIL FROM with the envelope sender.
func (s *session) checkMail(st *Step) bool {
	sender := s.cfg.EnvelopeSender()
	s.deadline()
	if err := s.client.Mail(angle(sender)); err != nil {
		st.ServerReply = serverReply(err)
		st.Detail = fmt.Sprintf("MAIL FROM:<%s> refused", sender)
		s.fail(st, mailerrors.FromError(mailerrors.StageMail, err))
		return false
	}
	st.Detail = fmt.Sprintf("MAIL FROM:<%s> accepted", sender)
	return true
}

// checkRcpt tries RCPT TO with the recipient the user named.
func (s *session) checkRcpt(st *Step) bool {
	if s.opts.Rcpt == "" {
		st.Status = StatusSkipped
		st.Detail = "no recipient given (--rcpt): only the relay check below runs"
		return true
	}
	e := s.rcpt(st, s.opts.Rcpt)
	if e == nil {
		s.rcptAccepted = true
		st.Detail = fmt.Sprintf("RCPT TO:<%s> accepted", s.opts.Rcpt)
		if s.rep.RecipientLocal != nil && *s.rep.RecipientLocal {
			st.Detail += " (a local recipient of this server)"
		}
		return true
	}
	st.Detail = fmt.Sprintf("RCPT TO:<%s> refused", s.opts.Rcpt)
	s.flag(st, rcptStatus(e), e)
	return true
}

// checkRelay tries RCPT TO with an address in a reserved domain, which no
// server is the destination of: it tells "relay denied for non-local mail"
// from "everything refused".
func (s *session) checkRelay(st *Step) bool {
	probe := s.relayProbe()
	e := s.rcpt(st, probe)
	if e == nil {
		st.Detail = fmt.Sprintf("RCPT TO:<%s> accepted: the server relays mail to other domains for this session", probe)
		switch {
		case !s.authOK && !s.popLast.IsZero():
			st.Detail += ", opened by the POP-before-SMTP login"
		case !s.authOK:
			st.Detail += " without authentication (this machine's address is trusted, or the server is an open relay)"
		}
		return true
	}
	rcptStep, _ := s.rep.Step(StepRcpt)
	switch {
	case s.opts.Rcpt != "" && s.rcptAccepted:
		// The recipient that matters is accepted: a warning, for mail to
		// other recipients.
		st.Detail = fmt.Sprintf("RCPT TO:<%s> refused: mail to other domains is refused, but <%s> is accepted", probe, s.opts.Rcpt)
		s.flag(st, StatusWarning, e)
	case s.opts.Rcpt != "" && rcptStep.Kind == e.Kind:
		st.Detail = fmt.Sprintf("RCPT TO:<%s> refused too: the server refuses every recipient (%s), so the cause is the session, not the address", probe, e.Kind)
		s.flag(st, rcptStatus(e), e)
	case s.opts.Rcpt != "":
		st.Detail = fmt.Sprintf("RCPT TO:<%s> refused (%s)", probe, e.Kind)
		s.flag(st, rcptStatus(e), e)
	default:
		st.Detail = fmt.Sprintf("RCPT TO:<%s> refused: the server does not accept mail for other domains from this session", probe)
		s.flag(st, rcptStatus(e), e)
	}
	return true
}

// rcpt sends RCPT TO:<addr> and returns the classified refusal, or nil.
func (s *session) rcpt(st *Step, addr string) *mailerrors.Error {
	if s.client == nil { // retryRelay could not set a new session up
		e := mailerrors.New(mailerrors.KindConnectionFailed, mailerrors.StageRcpt, errNoSession)
		e.Recipient = addr
		return e
	}
	s.deadline()
	err := s.client.Rcpt(angle(addr))
	if err != nil && mailerrors.FromError(mailerrors.StageRcpt, err).Kind == mailerrors.KindRelayDenied && s.retryRelay() {
		s.deadline()
		err = s.client.Rcpt(angle(addr))
	}
	if err == nil {
		return nil
	}
	st.ServerReply = serverReply(err)
	e := mailerrors.FromError(mailerrors.StageRcpt, err)
	e.Recipient = addr
	return e
}

// angle returns addr as the path of MAIL FROM or RCPT TO: in angle
// brackets, as RFC 5321 §4.1.2 requires (go-mail's client writes its
// argument as given).
func angle(addr string) string {
	return "<" + addr + ">"
}

// rcptStatus is warning for a refusal that goes away by waiting
// (greylisting: a real send retries and succeeds), failed otherwise.
func rcptStatus(e *mailerrors.Error) Status {
	if e.Kind == mailerrors.KindGreylisted {
		return StatusWarning
	}
	return StatusFailed
}

// relayProbe returns an address in a reserved example domain that is
// neither the sender's nor the recipient's domain.
func (s *session) relayProbe() string {
	avoid := []string{domainOf(s.cfg.EnvelopeSender()), domainOf(s.opts.Rcpt), strings.ToLower(s.cfg.Host)}
	for _, d := range []string{"example.net", "example.org", "example.com"} {
		clash := false
		for _, a := range avoid {
			if a == d || strings.HasSuffix(a, "."+d) {
				clash = true
			}
		}
		if !clash {
			return "postmaster@" + d
		}
	}
	return "postmaster@relay-check.invalid"
}

// checkData sends a small test message to the recipient, only when asked.
// It starts a fresh transaction so that the relay probe gets nothing.
func (s *session) checkData(st *Step) bool {
	if !s.opts.SendTest {
		st.Status = StatusSkipped
		st.Detail = "nothing sent (a test message needs --send-test and --rcpt)"
		return true
	}
	if !s.rcptAccepted {
		st.Status = StatusSkipped
		st.Detail = "no test message: the recipient was refused"
		return true
	}
	if s.client == nil {
		st.Status = StatusSkipped
		st.Detail = "no test message: " + errNoSession.Error()
		return true
	}
	s.deadline()
	sender := s.cfg.EnvelopeSender()
	fail := func(stage mailerrors.Stage, what string, err error) bool {
		st.ServerReply = serverReply(err)
		st.Detail = what + " refused"
		s.fail(st, mailerrors.FromError(stage, err))
		return false
	}
	if err := s.client.Reset(); err != nil {
		return fail(mailerrors.StageMail, "RSET", err)
	}
	if err := s.client.Mail(angle(sender)); err != nil {
		return fail(mailerrors.StageMail, "MAIL FROM", err)
	}
	if err := s.client.Rcpt(angle(s.opts.Rcpt)); err != nil {
		return fail(mailerrors.StageRcpt, "RCPT TO", err)
	}
	w, err := s.client.Data()
	if err != nil {
		return fail(mailerrors.StageData, "DATA", err)
	}
	msg := s.testMessage()
	if _, err := w.Write(msg); err != nil {
		_ = w.Close()
		return fail(mailerrors.StageData, "the message", err)
	}
	if err := w.Close(); err != nil {
		return fail(mailerrors.StageData, "the message", err)
	}
	st.Detail = fmt.Sprintf("test message (%d bytes) accepted for <%s>", len(msg), s.opts.Rcpt)
	if r, ok := w.(interface{ ServerResponse() string }); ok && r.ServerResponse() != "" {
		st.ServerReply = "250 " + r.ServerResponse()
	}
	return true
}

// testMessage returns the test message, with CRLF line ends.
func (s *session) testMessage() []byte {
	var id [8]byte
	_, _ = rand.Read(id[:])
	from := s.cfg.From
	if from == "" {
		from = s.cfg.EnvelopeSender()
	}
	lines := []string{
		"From: " + from,
		"To: " + s.opts.Rcpt,
		"Subject: taskmail doctor test message",
		"Date: " + s.opts.now().Format("Mon, 02 Jan 2006 15:04:05 -0700"),
		"Message-ID: <" + hex.EncodeToString(id[:]) + ".doctor@" + domainOrLocal(from) + ">",
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=utf-8",
		"Auto-Submitted: auto-generated",
		"",
		"This message was sent by \"taskmail doctor --send-test\" to check that",
		"mail from " + from + " through " + s.cfg.Addr() + " reaches you.",
		"No reply is needed.",
		"",
	}
	return []byte(strings.Join(lines, "\r\n"))
}

func domainOrLocal(addr string) string {
	if d := domainOf(addr); d != "" {
		return d
	}
	return "localhost"
}
