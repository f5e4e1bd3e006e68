package diagnose

import (
	"context"
	"crypto/tls"
	"net"
	"time"

	"github.com/wneessen/go-mail/smtp"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/oauthtoken"
	"github.com/taskmail/taskmail/internal/smtpauth"
	"github.com/taskmail/taskmail/internal/transport"
)

// Run diagnoses cfg step by step: the options, DNS, POP-before-SMTP, the
// TCP connection and greeting, EHLO and capabilities, TLS and the
// certificate, AUTH, and MAIL FROM / RCPT TO for opts.Rcpt and for a
// non-local address. It stops where later steps make no sense and lists those as skipped.
// Nothing is delivered unless opts.SendTest is set. Run never returns nil;
// cancelling ctx ends the diagnosis at the current step.
func Run(ctx context.Context, cfg config.SMTP, opts Options) *Report {
	s := &session{ctx: ctx, raw: cfg, cfg: cfg.WithDefaults(), opts: opts}
	s.rep = &Report{Server: s.cfg.Addr()}
	defer s.close()

	plan := []planned{
		{StepOptions, s.checkOptions},
		{StepDNS, s.checkDNS},
		{StepMX, s.checkMX},
	}
	direct := s.cfg.Delivery == config.DeliveryDirect
	if direct {
		// The server is the recipient domain's MX, found first.
		plan = []planned{
			{StepOptions, s.checkOptions},
			{StepMX, s.checkDirectMX},
			{StepDNS, s.checkDNS},
		}
	}
	if s.cfg.DKIM != nil {
		plan = append(plan, planned{StepDKIM, s.checkDKIM})
	}
	plan = append(plan,
		// POP-before-SMTP runs before the SMTP connection, as a sender
		// does it: servers read their list of POP clients when a session
		// starts (Postfix reopens a changed table only between sessions).
		planned{StepPOP, s.checkPOP},
	)
	if s.cfg.Auth.HasToken() && smtpauth.Wanted(s.cfg.Auth) {
		s.tokens = oauthtoken.New(s.cfg.Auth, s.opts.now)
		plan = append(plan, planned{StepOAuth, s.checkOAuth}) // oauth.go
	}
	plan = append(plan, planned{StepConnect, s.checkConnect})
	if s.cfg.TLS == config.TLSImplicit {
		plan = append(plan, planned{StepTLS, s.checkImplicitTLS})
	}
	plan = append(plan, planned{StepGreeting, s.checkGreeting}, planned{StepEHLO, s.checkEHLO})
	if s.cfg.TLS != config.TLSImplicit {
		plan = append(plan, planned{StepTLS, s.checkStartTLS})
	}
	plan = append(plan,
		planned{StepAuth, s.checkAuth},
		planned{StepMail, s.checkMail},
		planned{StepRcpt, s.checkRcpt},
	)
	if !direct {
		// An MX refuses to relay by design: the check means nothing there.
		plan = append(plan, planned{StepRelay, s.checkRelay})
	}
	plan = append(plan, planned{StepData, s.checkData})

	// The SMTP session up to MAIL FROM, which the relay check sets up
	// again when it was denied right after the POP3 login (retryRelay).
	for i, p := range plan {
		if p.name == StepConnect {
			for _, q := range plan[i:] {
				s.setup = append(s.setup, q)
				if q.name == StepMail {
					break
				}
			}
			break
		}
	}

	for i, p := range plan {
		if err := ctx.Err(); err != nil {
			s.record(Step{Name: p.name, Status: StatusFailed, Kind: mailerrors.KindTimeout,
				Detail: "diagnosis cancelled: " + err.Error()})
			s.skipRest(plan[i+1:], "not run: the diagnosis was cancelled")
			break
		}
		st := Step{Name: p.name, Status: StatusOK}
		start := s.opts.now()
		cont := p.run(&st)
		if s.relayNote != "" && st.Status == StatusOK {
			st.Detail += s.relayNote
			s.relayNote = ""
		}
		st.Duration = s.opts.now().Sub(start)
		s.record(st)
		if !cont {
			s.skipRest(plan[i+1:], "not run: the "+p.name+" step failed")
			break
		}
	}
	s.quit()

	s.rep.OK = len(s.rep.Failed()) == 0
	s.rep.Verdict = verdict(s.rep)
	return s.rep
}

// session is the state of one Run.
type session struct {
	ctx  context.Context
	raw  config.SMTP // the options as given
	cfg  config.SMTP // with defaults
	opts Options
	rep  *Report

	addrs     []string // the server's IP addresses
	conn      net.Conn // the connection the client uses (or will use)
	tap       *tapConn // records what the server says until TLS starts
	client    *smtp.Client
	stopWatch func() bool // stops the ctx watcher of conn

	tlsActive bool
	tlsState  *tls.ConnectionState
	certErr   error // the certificate check's finding, even when it was not enforced

	authOK       bool
	tokens       *oauthtoken.Source // OAuth2 access tokens; nil when none are used
	rcptAccepted bool
	popLast      time.Time
	popTook      time.Duration // how long the POP3 login took, without the pause after it

	setup        []planned // the SMTP steps from the connection to MAIL FROM
	relayRetried bool      // retryRelay ran
	relayNote    string    // what retryRelay did, for the step it helped
}

// record appends st to the report and tells Progress.
func (s *session) record(st Step) {
	s.rep.Steps = append(s.rep.Steps, st)
	if s.opts.Progress != nil {
		s.opts.Progress(st)
	}
}

// planned is a step Run intends to take.
type planned struct {
	name string
	run  func(*Step) bool // fills the step; false stops the diagnosis
}

// skipRest lists the steps not taken as skipped, with why.
func (s *session) skipRest(rest []planned, why string) {
	for _, q := range rest {
		s.record(Step{Name: q.name, Status: StatusSkipped, Detail: why})
	}
}

// hintOptions is what the hints need to know of the options.
func (s *session) hintOptions() mailerrors.Options {
	o := mailerrors.Options{
		Host:              s.cfg.Host,
		Port:              s.cfg.Port,
		TLSMode:           string(s.cfg.TLS),
		AuthConfigured:    s.cfg.Auth.Mechanism != config.AuthNone && s.cfg.Auth.Username != "",
		AuthMechanism:     string(s.cfg.Auth.Mechanism),
		Username:          s.cfg.Auth.Username,
		From:              s.cfg.From,
		Sender:            s.cfg.EnvelopeSender(),
		HeloName:          s.raw.HeloName,
		POPConfigured:     s.cfg.POPBeforeSMTP != nil,
		POPLastCheck:      s.popLast,
		AllowInsecureAuth: s.cfg.AllowInsecureAuth,
		Now:               s.opts.now(),
	}
	if s.cfg.POPBeforeSMTP != nil {
		o.POPWindow = s.cfg.POPBeforeSMTP.Window
	}
	o.AuthOffered = s.authOffer()
	return o
}

// authOffer is what the last EHLO said of AUTH, as the Sender tells it:
// offered; not offered, when no STARTTLS could still bring it; unknown
// before any EHLO.
func (s *session) authOffer() mailerrors.AuthOffer {
	if s.rep.Capabilities == nil {
		return mailerrors.AuthOfferUnknown
	}
	if _, ok := s.rep.Capabilities["AUTH"]; ok {
		return mailerrors.AuthOffered
	}
	if _, ok := s.rep.Capabilities["STARTTLS"]; s.tlsActive || !ok {
		return mailerrors.AuthNotOffered
	}
	return mailerrors.AuthOfferUnknown
}

// fail marks st failed with e's kind, the hints for the options used
// (after the extra ones, which are more specific), and the server's words.
func (s *session) fail(st *Step, e *mailerrors.Error, extra ...mailerrors.Hint) {
	s.flag(st, StatusFailed, e, extra...)
}

// failWith marks st failed with kind and only the given hints: for
// findings of the diagnosis itself, where the generic hints of the kind
// would mislead.
func (s *session) failWith(st *Step, kind mailerrors.Kind, hints ...mailerrors.Hint) {
	st.Status = StatusFailed
	st.Kind = kind
	st.Hints = append(st.Hints, hints...)
}

// judge marks st with status and the transport judgement of ev: the same
// kind, temporariness and hints a Sender with these options gives.
func (s *session) judge(st *Step, status Status, ev transport.Evidence) {
	if ev.Server == "" {
		ev.Server = s.cfg.Addr()
	}
	s.flag(st, status, transport.Judge(s.cfg, ev))
}

// flag is fail with another status, for warnings that carry a kind.
func (s *session) flag(st *Step, status Status, e *mailerrors.Error, extra ...mailerrors.Hint) {
	st.Status = status
	if e == nil {
		st.Hints = append(st.Hints, extra...)
		return
	}
	if e.Server == "" {
		e.Server = s.cfg.Addr()
	}
	if transport.Judged(e) {
		// Judged for these options already: the Sender gives these hints
		// in this order, and so must the doctor.
		st.Hints = append([]mailerrors.Hint(nil), e.Hints...)
	} else {
		e.Refine(s.hintOptions())
		st.Hints = mergeHints(append(append([]mailerrors.Hint(nil), extra...), st.Hints...), s.reorder(e.Kind, e.Hints))
	}
	st.Kind = e.Kind
	st.Temporary = e.Temporary
	cp := *e
	cp.Hints = st.Hints
	st.Error = &cp
	if st.ServerReply == "" && e.Code != 0 {
		st.ServerReply = replyText(e)
	}
	if st.Detail == "" {
		st.Detail = e.Error()
	}
}

// reorder moves to the front the hint the session's evidence points to,
// which the options alone cannot tell: for a refusal that authentication
// would lift, "turn on authentication" when the server offers AUTH on this
// connection, or "use STARTTLS" when it offers AUTH only after it.
func (s *session) reorder(kind mailerrors.Kind, hints []mailerrors.Hint) []mailerrors.Hint {
	if kind != mailerrors.KindAuthRequired && kind != mailerrors.KindRelayDenied {
		return hints
	}
	if s.cfg.Auth.Mechanism != config.AuthNone && s.cfg.Auth.Username != "" {
		return hints
	}
	if len(hints) > 0 && hints[0].Field == "POPBeforeSMTP" {
		return hints // the reply or the session already points to POP-before-SMTP
	}
	_, authOffered := s.rep.Capabilities["AUTH"]
	_, tlsOffered := s.rep.Capabilities["STARTTLS"]
	field := ""
	switch {
	case authOffered:
		field = "Auth.Username"
	case tlsOffered && !s.tlsActive:
		field = "TLS"
	default:
		return hints
	}
	for i, h := range hints {
		if h.Field == field {
			out := append([]mailerrors.Hint{h}, hints[:i]...)
			return append(out, hints[i+1:]...)
		}
	}
	return hints
}

// mergeHints returns a followed by the hints of b not already in a.
func mergeHints(a, b []mailerrors.Hint) []mailerrors.Hint {
	out := a
	for _, h := range b {
		dup := false
		for _, x := range a {
			if x.Text == h.Text {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, h)
		}
	}
	return out
}

// deadline bounds the next command by the command timeout, and by ctx's
// deadline when that comes first. Once ctx is done the deadline is in the
// past, so that no command outlives a cancelled diagnosis: the watcher set
// by useConn does the same when ctx ends later, and the second look at ctx
// covers a cancellation between the first look and SetDeadline.
func (s *session) deadline() { s.deadlineFor(s.cfg.CommandTimeout) }

// deadlineFor is deadline with timeout instead of the command timeout.
func (s *session) deadlineFor(timeout time.Duration) {
	if s.conn == nil {
		return
	}
	if s.ctx.Err() == nil {
		d := time.Now().Add(timeout)
		if cd, ok := s.ctx.Deadline(); ok && cd.Before(d) {
			d = cd
		}
		_ = s.conn.SetDeadline(d)
	}
	if s.ctx.Err() != nil {
		_ = s.conn.SetDeadline(time.Unix(1, 0))
	}
}

// quit ends the SMTP session with QUIT, whose outcome changes nothing in
// the diagnosis (RSET before it would add nothing: QUIT discards the
// transaction as well). When ctx is done it only closes the connection:
// a cancelled diagnosis waits for no server.
func (s *session) quit() {
	if s.client == nil {
		return
	}
	if s.ctx.Err() != nil {
		s.close()
		return
	}
	s.deadline()
	_ = s.client.Quit()
}

// close drops the connection; calling it again does nothing.
func (s *session) close() {
	if s.stopWatch != nil {
		s.stopWatch()
		s.stopWatch = nil
	}
	if s.client != nil {
		_ = s.client.Close()
	} else if s.conn != nil {
		_ = s.conn.Close()
	}
	s.client, s.conn = nil, nil
}
