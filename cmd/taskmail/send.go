package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/mailaction"
)

// listFlag is a flag that may be repeated; each value may also hold a
// comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

// sendOutput is what "send --json" prints: one object.
type sendOutput struct {
	OK         bool        `json:"ok"`
	MessageID  string      `json:"message_id,omitempty"`
	Server     string      `json:"server,omitempty"`
	Accepted   []string    `json:"accepted"`
	Rejected   []string    `json:"rejected"`
	Attempts   int         `json:"attempts"`
	DurationMS int64       `json:"duration_ms"`
	Response   string      `json:"response,omitempty"`
	Errors     []errorJSON `json:"errors,omitempty"`
}

// errorJSON is one *mailerrors.Error as JSON: the fields explain prints
// too, then where it happened and the whole message.
type errorJSON struct {
	ErrorFields
	Recipient string `json:"recipient,omitempty"`
	Server    string `json:"server,omitempty"`
	Error     string `json:"error"`
}

// runSend implements "taskmail send": it sends one message through the
// configured server and prints the result, or the typed errors with their
// hints. It returns 0 when every recipient got the message, 1 when the
// server (or the connection) refused some or all of it for good, 2 for a
// usage error, options that cannot work, or a message that cannot be
// built, and 3 when every failure was temporary (trying again later may
// succeed).
func runSend(ctx context.Context, e env) int {
	fs := e.flags("send", "taskmail send [--config FILE] --to ADDR [--cc ADDR] [--subject S] [--body TEXT | --body-file FILE] [--html-file FILE] [--attach FILE]... [--json]", `
Sends one message through the configured server. Exit status: 0 sent to every
recipient, 1 refused in part or in whole, 2 usage or configuration error,
3 a temporary failure only (trying again later may succeed).`)
	var to, cc, bcc, attach listFlag
	cfgPath := fs.String("config", "", "configuration file (YAML); TASKMAIL_* variables override it (default: the environment only)")
	fs.Var(&to, "to", "recipient; repeat or separate with commas")
	fs.Var(&cc, "cc", "copy recipient; repeat or separate with commas")
	fs.Var(&bcc, "bcc", "blind copy recipient (not shown in the message); repeat or separate with commas")
	from := fs.String("from", "", "header From (default: smtp.from of the configuration)")
	subject := fs.String("subject", "", "subject")
	body := fs.String("body", "", "text body")
	bodyFile := fs.String("body-file", "", `read the text body from this file ("-": stdin)`)
	htmlFile := fs.String("html-file", "", "read an HTML body from this file (with a text body: both, as alternatives)")
	fs.Var(&attach, "attach", "attach this file; repeat for more")
	asJSON := fs.Bool("json", false, "print the result as one JSON object")
	verbose := fs.Bool("v", false, "log each step (retries, connections) to stderr")
	if code, ok := e.parse(fs); !ok {
		return code
	}
	usageErr := func(format string, args ...any) int {
		fmt.Fprintf(e.stderr, "taskmail send: "+format+"\n", args...)
		fmt.Fprintln(e.stderr, "Run 'taskmail send -h' for the options.")
		return 2
	}
	switch {
	case fs.NArg() > 0:
		return usageErr("unexpected argument %q", fs.Arg(0))
	case len(to)+len(cc)+len(bcc) == 0:
		return usageErr("no recipient: give --to, --cc or --bcc")
	case *body != "" && *bodyFile != "":
		return usageErr("give --body or --body-file, not both")
	}

	msg := &mailaction.Message{From: *from, To: to, Cc: cc, Bcc: bcc, Subject: *subject, Text: *body}
	if *bodyFile != "" {
		b, err := readFileOrStdin(*bodyFile, e.stdin)
		if err != nil {
			return usageErr("--body-file: %v", err)
		}
		msg.Text = string(b)
	}
	if *htmlFile != "" {
		b, err := os.ReadFile(*htmlFile)
		if err != nil {
			return usageErr("--html-file: %v", err)
		}
		msg.HTML = string(b)
	}
	for _, path := range attach {
		msg.Attachments = append(msg.Attachments, mailaction.Attachment{Path: path})
	}

	f, err := loadConfig(*cfgPath)
	if err != nil {
		ce := mailerrors.New(mailerrors.KindInvalidConfig, mailerrors.StageConfig, err)
		ce.Temporary = false
		return printSendResult(e, *asJSON, &mailaction.Result{}, ce)
	}

	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	res, err := mailaction.SendEmail(ctx, f.SMTP, msg, mailaction.WithLogger(logger))
	return printSendResult(e, *asJSON, res, err)
}

// readFileOrStdin reads path, or stdin for "-".
func readFileOrStdin(path string, stdin io.Reader) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	return os.ReadFile(path)
}

// printSendResult prints the result and the errors, and returns the exit
// status.
func printSendResult(e env, asJSON bool, res *mailaction.Result, err error) int {
	if res == nil {
		res = &mailaction.Result{}
	}
	errs := mailerrors.All(err)
	if err != nil && len(errs) == 0 {
		// Not expected: every failure is an *Error. Show it as it is.
		errs = []*mailerrors.Error{{Kind: mailerrors.KindUnknown, Err: err}}
	}
	status := exitCode(errs)

	if asJSON {
		out := sendOutput{
			OK:         err == nil,
			MessageID:  res.MessageID,
			Server:     res.Server,
			Accepted:   nonNil(res.Accepted),
			Rejected:   nonNil(res.Rejected),
			Attempts:   res.Attempts,
			DurationMS: res.Duration.Milliseconds(),
			Response:   res.Response,
		}
		for _, me := range errs {
			out.Errors = append(out.Errors, toJSON(me))
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		if werr := enc.Encode(out); werr != nil {
			fmt.Fprintf(e.stderr, "taskmail send: %v\n", werr)
			return worse(status, exitRefused)
		}
		return status
	}

	// A server's words reach the terminal escaped (see termWriter).
	stdout, stderr := newTermWriter(e.stdout), newTermWriter(e.stderr)
	defer stdout.Flush()
	defer stderr.Flush()
	e.stdout, e.stderr = stdout, stderr
	if len(res.Accepted) > 0 {
		fmt.Fprintf(e.stdout, "sent %s to %s via %s (%s, %s)\n", res.MessageID, strings.Join(res.Accepted, ", "),
			res.Server, plural(res.Attempts, "attempt"), res.Duration.Round(time.Millisecond))
		if res.Response != "" {
			fmt.Fprintf(e.stdout, "server: %s\n", res.Response)
		}
	}
	if len(res.Rejected) > 0 {
		fmt.Fprintf(e.stderr, "not sent to %s\n", strings.Join(res.Rejected, ", "))
	}
	for i, me := range errs {
		if i > 0 {
			fmt.Fprintln(e.stderr)
		}
		printError(e.stderr, me, res.Attempts)
	}
	return status
}

// printError prints one error: the line of its Error (for options that
// cannot work, each problem Validate found on a line of its own), its kind,
// whether it is temporary, and its hints.
func printError(w io.Writer, me *mailerrors.Error, attempts int) {
	if fes := config.FieldErrors(me.Err); me.Kind == mailerrors.KindInvalidConfig && len(fes) > 0 {
		fmt.Fprintf(w, "taskmail send: the options cannot work (%s):\n", plural(len(fes), "problem"))
		for _, fe := range fes {
			fmt.Fprintf(w, "  - %s\n", fe.Error())
		}
	} else {
		fmt.Fprintf(w, "taskmail send: %s\n", me.Error())
	}
	temp := "no: a retry will not help until something changes"
	if me.Temporary {
		temp = "yes: trying again later may succeed"
	}
	fmt.Fprintf(w, "  kind:      %s\n", me.Kind)
	fmt.Fprintf(w, "  temporary: %s\n", temp)
	if attempts > 1 {
		fmt.Fprintf(w, "  attempts:  %d\n", attempts)
	}
	if len(me.Hints) > 0 {
		fmt.Fprintln(w, "  what to do:")
		for _, h := range me.Hints {
			fmt.Fprintf(w, "    - %s\n", h.String())
		}
	}
}

func toJSON(me *mailerrors.Error) errorJSON {
	return errorJSON{ErrorFields: errorFieldsOf(me), Recipient: me.Recipient, Server: me.Server, Error: me.Error()}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
