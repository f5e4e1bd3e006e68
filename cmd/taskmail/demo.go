package main

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// The demo's fixed names, so that its output is the same on every run (only
// the server's port changes).
const (
	demoDomain   = "example.org"
	demoUser     = "robot@example.org"
	demoPassword = "demo-password"
	demoLocal    = "oncall@example.org"
	demoRemote   = "partner@elsewhere.test"
	demoHelo     = "runner01.example.org"
)

// demoDate is the Date header of the demo's messages.
var demoDate = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

// demoHints is how many hints the demo shows per error without -v.
const demoHints = 3

// demo holds what the steps of "taskmail demo" share.
type demo struct {
	out     io.Writer
	srv     *smtptest.Server
	opts    []mailaction.Option
	verbose bool
	seen    int // messages of srv already shown
	cmds    int // commands of srv already shown
	steps   int // messages sent by step
}

// runDemo implements "taskmail demo": it starts an in-process SMTP server
// on 127.0.0.1 that behaves like a relay-protected Postfix (local domain
// example.org, STARTTLS, AUTH only over TLS, PIPELINING), and shows a
// message delivered, a relay denial as a typed error with its hints, the
// same message delivered once the first hint is followed, and an on-error
// notification. It returns 0 when every step went as expected, 1 otherwise,
// and 2 on a usage error.
func runDemo(ctx context.Context, e env) int {
	fs := e.flags("demo", "taskmail demo [-v]", `
Starts an SMTP server on 127.0.0.1 that behaves like a relay-protected server,
sends through it, and shows what it received and the typed errors with their
hints. Nothing leaves this machine.`)
	verbose := fs.Bool("v", false, "also show every hint, the commands the server read, and the library's log (on stderr)")
	if code, ok := e.parse(fs); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "taskmail demo: unexpected argument %q\n", fs.Arg(0))
		return 2
	}

	srv, err := smtptest.Start(smtptest.Config{
		Hostname: "mail." + demoDomain,
		Domains:  []string{demoDomain},
		Users:    map[string]string{demoUser: demoPassword},
		StartTLS: true,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "taskmail demo: starting the server: %v\n", err)
		return 1
	}
	defer srv.Close()

	// Everything here talks to 127.0.0.1 and takes milliseconds; the
	// deadline only keeps a broken step from hanging.
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()

	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	d := &demo{
		out: out,
		srv: srv,
		opts: []mailaction.Option{
			mailaction.WithLogger(logger),
			// The server's certificate is self-signed; trust it, and only it,
			// rather than turning verification off.
			mailaction.WithTLSConfig(&tls.Config{RootCAs: srv.CertPool()}),
		},
		verbose: *verbose,
	}

	fmt.Fprintf(out, "taskmail demo: a mail server for %s runs on %s. Like a real one, it delivers\n", demoDomain, srv.Addr())
	fmt.Fprintf(out, "to %s, relays to other domains only for users who log in, offers STARTTLS and\n", demoDomain)
	fmt.Fprintln(out, "PIPELINING, and accepts a login only over TLS.")
	fmt.Fprintln(out)

	cfg := config.SMTP{
		Host:     srv.Host(),
		Port:     srv.Port(),
		TLS:      config.TLSStartTLS,
		From:     "Build Robot <" + demoUser + ">",
		HeloName: demoHelo,
		Retry:    config.Retry{MaxAttempts: 1},
	}
	fmt.Fprintf(out, "Options: smtp.host %s, smtp.port %d, smtp.tls %s, smtp.from %s, smtp.auth not set.\n",
		cfg.Host, cfg.Port, cfg.TLS, cfg.From)
	fmt.Fprintln(out)

	ok := true
	ok = d.step(ctx, "1. To a local recipient, "+demoLocal+", without credentials", cfg, demoLocal, "") && ok
	ok = d.step(ctx, "2. To another domain, "+demoRemote+", without credentials", cfg, demoRemote, mailerrors.KindRelayDenied) && ok

	authed := cfg
	authed.Auth = config.Auth{Username: demoUser, Password: config.Secret(demoPassword)}
	if d.step(ctx, "3. Again to "+demoRemote+", with smtp.auth.username and password set, as the first hint says", authed, demoRemote, "") {
		fmt.Fprintln(out, "   The first hint was right: the server relays for a user who logged in.")
		fmt.Fprintln(out)
	} else {
		ok = false
	}
	ok = d.notifierStep(ctx, 4, authed) && ok

	if !ok {
		fmt.Fprintln(out, "\ntaskmail demo: a step did not go as expected (see above)")
		return 1
	}
	return 0
}

// step sends one message to rcpt and shows the outcome; want is the kind
// of error expected, "" for delivery. It reports whether it went as
// expected.
func (d *demo) step(ctx context.Context, title string, cfg config.SMTP, rcpt string, want mailerrors.Kind) bool {
	d.steps++
	fmt.Fprintln(d.out, title)
	msg := &mailaction.Message{
		To:        []string{rcpt},
		Subject:   "nightly build finished",
		Text:      "All 7 steps passed.",
		MessageID: fmt.Sprintf("demo-%d@%s", d.steps, demoDomain),
		Date:      demoDate,
	}
	res, err := mailaction.SendEmail(ctx, cfg, msg, d.opts...)
	if err == nil {
		fmt.Fprintf(d.out, "   delivered: %s\n", res.Response)
		d.showReceived()
	} else {
		for _, me := range mailerrors.All(err) {
			d.showError(me, err)
		}
	}
	d.showCommands()
	fmt.Fprintln(d.out)
	if got := mailerrors.KindOf(err); got != want {
		if want == "" {
			want = "delivery"
		}
		if got == "" {
			got = "delivery"
		}
		fmt.Fprintf(d.out, "   unexpected: %s, want %s\n\n", got, want)
		return false
	}
	return true
}

// showError prints a typed error field by field, with its hints.
func (d *demo) showError(me *mailerrors.Error, err error) {
	w := d.out
	fmt.Fprintf(w, "   refused:   %s\n", me.Error())
	fmt.Fprintf(w, "   kind:      %s\n", me.Kind)
	fmt.Fprintf(w, "   temporary: %t\n", me.Temporary)
	fmt.Fprintf(w, "   stage:     %s\n", me.Stage)
	fmt.Fprintf(w, "   code:      %d\n", me.Code)
	fmt.Fprintf(w, "   enhanced:  %s\n", me.Enhanced)
	fmt.Fprintf(w, "   text:      %s\n", me.Text)
	if me.Recipient != "" {
		fmt.Fprintf(w, "   recipient: %s\n", me.Recipient)
	}
	fmt.Fprintf(w, "   errors.Is(err, mailerrors.Err%s): %t\n", sentinelName(me.Kind), errors.Is(err, me.Kind.Sentinel()))
	fmt.Fprintln(w, "   hints, most likely first for the options used:")
	shown := me.Hints
	if !d.verbose && len(shown) > demoHints {
		shown = shown[:demoHints]
	}
	for i, h := range shown {
		fmt.Fprintf(w, "     %d. %s\n", i+1, h)
	}
	if rest := len(me.Hints) - len(shown); rest > 0 {
		fmt.Fprintf(w, "     (%d more with -v)\n", rest)
	}
}

// sentinelName returns the Go name of a kind's sentinel: relay_denied
// gives RelayDenied.
func sentinelName(k mailerrors.Kind) string {
	var b strings.Builder
	for _, part := range strings.Split(string(k), "_") {
		switch part {
		case "tls", "pop":
			b.WriteString(strings.ToUpper(part))
		case "":
		default:
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// showReceived prints the envelope and a few headers of the messages the
// server accepted since the last call.
func (d *demo) showReceived() {
	msgs := d.srv.Messages()
	for _, m := range msgs[min(d.seen, len(msgs)):] {
		login := m.AuthUser
		if login == "" {
			login = "none"
		}
		fmt.Fprintln(d.out, "   the server received:")
		fmt.Fprintf(d.out, "     EHLO %s, TLS %s, login %s\n", m.Helo, yesNo(m.TLS), login)
		fmt.Fprintf(d.out, "     MAIL FROM:<%s>\n", m.From)
		for _, to := range m.To {
			fmt.Fprintf(d.out, "     RCPT TO:<%s>\n", to)
		}
		parsed, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
		if err != nil {
			fmt.Fprintf(d.out, "     (message does not parse: %v)\n", err)
			continue
		}
		for _, h := range []string{"From", "To", "Subject", "Date", "Message-ID"} {
			if v := parsed.Header.Get(h); v != "" {
				fmt.Fprintf(d.out, "     %s: %s\n", h, v)
			}
		}
	}
	d.seen = len(msgs)
}

// showCommands prints, with -v, the commands the server read since the
// last call (the server offers PIPELINING and CHUNKING, so MAIL, RCPT and
// BDAT with the message went in one write).
func (d *demo) showCommands() {
	cmds := d.srv.Commands()
	if d.verbose {
		fmt.Fprintln(d.out, "   commands the server read:")
		for _, c := range cmds[min(d.cmds, len(cmds)):] {
			fmt.Fprintf(d.out, "     %s\n", c)
		}
	}
	d.cmds = len(cmds)
}

// notifierStep wraps a task that fails (it sends without credentials to
// another domain) with Notifier.Wrap, and shows the mail the on-call
// address receives.
func (d *demo) notifierStep(ctx context.Context, n int, cfg config.SMTP) bool {
	fmt.Fprintf(d.out, "%d. A task wrapped with Notifier.Wrap fails; the notifier mails %s\n", n, demoLocal)
	sender, err := mailaction.NewSender(cfg, d.opts...)
	if err != nil {
		fmt.Fprintf(d.out, "   unexpected: %v\n", err)
		return false
	}
	defer sender.Close()
	notifier, err := mailaction.NewNotifier(sender, config.Notifier{To: []string{demoLocal}},
		mailaction.WithHostname("runner01"), mailaction.WithTemplates(mailaction.Templates{NoHTML: true}))
	if err != nil {
		fmt.Fprintf(d.out, "   unexpected: %v\n", err)
		return false
	}

	unauthenticated := cfg
	unauthenticated.Auth = config.Auth{}
	task := notifier.Wrap("partner-report", func(ctx context.Context) error {
		_, err := mailaction.SendEmail(ctx, unauthenticated, &mailaction.Message{
			To: []string{demoRemote}, Subject: "weekly report", Text: "...",
			MessageID: "demo-report@" + demoDomain, Date: demoDate,
		}, d.opts...)
		return err
	})
	taskErr := task(ctx)
	fmt.Fprintf(d.out, "   the task returned its error unchanged (kind %s); Wrap passed it to Notify\n", mailerrors.KindOf(taskErr))

	closeCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := notifier.Close(closeCtx); err != nil {
		fmt.Fprintf(d.out, "   unexpected: notifier: %v\n", err)
		return false
	}
	msgs := d.srv.Messages()
	fresh := msgs[min(d.seen, len(msgs)):]
	d.seen = len(msgs)
	if len(fresh) != 1 {
		fmt.Fprintf(d.out, "   unexpected: the server received %d notification mails, want 1\n", len(fresh))
		return false
	}
	m := fresh[0]
	fmt.Fprintf(d.out, "   the server received, for %s:\n", strings.Join(m.To, ", "))
	parsed, err := mail.ReadMessage(strings.NewReader(string(m.Data)))
	if err != nil {
		fmt.Fprintf(d.out, "   unexpected: the notification does not parse: %v\n", err)
		return false
	}
	for _, h := range []string{"Subject", mailaction.HeaderNotice, mailaction.HeaderFailures, mailaction.HeaderTask} {
		fmt.Fprintf(d.out, "     %s: %s\n", h, parsed.Header.Get(h))
	}
	body, err := textBody(parsed)
	if err != nil {
		fmt.Fprintf(d.out, "   unexpected: the notification's body: %v\n", err)
		return false
	}
	fmt.Fprintln(d.out)
	for _, line := range demoBodyLines(body, d.verbose) {
		if line == "" {
			fmt.Fprintln(d.out)
			continue
		}
		fmt.Fprintf(d.out, "     %s\n", line)
	}
	d.showCommands()
	return mailerrors.KindOf(taskErr) == mailerrors.KindRelayDenied
}

// textBody returns the text/plain body of a message: the message's own
// body, or its first text/plain part. multipart.Reader undoes
// quoted-printable itself; a single-part body is shown as sent.
func textBody(m *mail.Message) (string, error) {
	mediaType, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mediaType, "multipart/") {
		b, rerr := io.ReadAll(m.Body)
		if strings.EqualFold(m.Header.Get("Content-Transfer-Encoding"), "quoted-printable") {
			b, rerr = io.ReadAll(quotedprintable.NewReader(strings.NewReader(string(b))))
		}
		return string(b), rerr
	}
	mr := multipart.NewReader(m.Body, params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return "", err
		}
		if strings.HasPrefix(p.Header.Get("Content-Type"), "text/plain") {
			b, err := io.ReadAll(p)
			return string(b), err
		}
	}
}

// demoBodyLines returns the lines of a notification body worth showing:
// without the times (they change on every run) and the signature and,
// unless verbose, with only the first hints.
func demoBodyLines(body string, verbose bool) []string {
	var lines []string
	hints := 0
	inHints := false
	for _, line := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		line = strings.TrimRight(line, " \t")
		if line == "--" {
			break // the signature
		}
		switch {
		case strings.HasPrefix(line, "Started:"), strings.HasPrefix(line, "Ended:"):
			continue
		case strings.HasPrefix(line, "What to try:"):
			inHints = true
		case inHints && strings.HasPrefix(line, "  - "):
			hints++
			if !verbose && hints > demoHints {
				continue
			}
		default:
			if inHints && !verbose && hints > demoHints {
				lines = append(lines, fmt.Sprintf("  (%d more)", hints-demoHints))
			}
			inHints = false
		}
		lines = append(lines, line)
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
