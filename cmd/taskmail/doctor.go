package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
)

// doctorUsageLine and doctorUsage open "taskmail doctor -h".
const (
	doctorUsageLine = "taskmail doctor [--config FILE] [--rcpt ADDRESS] [--json] [--send-test] [--timeout DURATION]"
	doctorUsage     = `
Without --config the options come from the TASKMAIL_SMTP_... environment
variables alone. Checks the configured server step by step (options, DNS, connection,
EHLO, TLS, POP-before-SMTP, AUTH, MAIL FROM and RCPT TO), prints what each
step saw and what to change, and ends with the most likely cause and the one
change to make. Nothing is sent unless --send-test is given. Exit status: 0 a
send would succeed, 1 it would fail, 2 usage or an unreadable configuration,
3 it would fail for a reason that may pass (trying again later may succeed).
`
)

// runDoctor runs "taskmail doctor". Exit codes: 0 a send would succeed, 1
// it would not, 2 bad usage or an unreadable configuration file, 3 it would
// fail now for a reason that may pass (the step that fails is temporary).
func runDoctor(ctx context.Context, e env) int {
	return doctor(ctx, e, diagnose.Options{})
}

// doctor is runDoctor with the diagnosis's hooks (resolver, dialer, TLS
// roots) settable, for tests.
func doctor(ctx context.Context, e env, opts diagnose.Options) int {
	fs := e.flags("doctor", doctorUsageLine, doctorUsage)
	path := fs.String("config", "", "the taskmail configuration `file` (YAML); TASKMAIL_SMTP_... variables override it")
	rcpt := fs.String("rcpt", "", "a recipient `address` to try with RCPT TO (and to send the test message to)")
	asJSON := fs.Bool("json", false, "print the whole report as one JSON document")
	sendTest := fs.Bool("send-test", false, "send a small test message to --rcpt")
	timeout := fs.Duration("timeout", 0, "wait at most this `long` for a connection and for each reply (default: the file's timeout and command_timeout)")
	if code, ok := e.parse(fs); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(e.stderr, "taskmail doctor: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	file, err := loadConfig(*path)
	if err != nil {
		fmt.Fprintf(e.stderr, "taskmail doctor: %v\n", err)
		return 2
	}
	if *path == "" && file.SMTP.Host == "" && file.SMTP.Delivery != config.DeliveryDirect {
		fmt.Fprintf(e.stderr, "taskmail doctor: no options: give --config FILE, or set %s and the other TASKMAIL_SMTP_... variables\n",
			config.EnvName("smtp.host"))
		fs.Usage()
		return 2
	}

	if *timeout > 0 {
		file.SMTP.Timeout = *timeout
		file.SMTP.CommandTimeout = *timeout
	}
	opts.Rcpt = *rcpt
	opts.SendTest = *sendTest
	if !*asJSON {
		// A server's words reach the terminal escaped (see termWriter).
		out := newTermWriter(e.stdout)
		defer out.Flush()
		e.stdout = out
		cfg := file.SMTP.WithDefaults()
		fmt.Fprintf(e.stdout, "taskmail doctor: %s (tls %s)\n", cfg.Addr(), cfg.TLS)
		opts.Progress = func(s diagnose.Step) { _ = diagnose.WriteStep(e.stdout, s) }
	}
	report := diagnose.Run(ctx, file.SMTP, opts)
	if *asJSON {
		if err := writeJSON(e.stdout, report); err != nil {
			fmt.Fprintf(e.stderr, "taskmail doctor: %v\n", err)
			return exitRefused
		}
	} else {
		fmt.Fprintln(e.stdout)
		_ = diagnose.WriteVerdict(e.stdout, report)
	}
	return doctorExit(report)
}

// doctorExit is the exit code of a report: 0 when a send would succeed,
// else 3 when the step that decides the verdict failed temporarily, 1
// otherwise.
func doctorExit(r *diagnose.Report) int {
	if r.OK {
		return exitOK
	}
	if st, ok := r.Step(r.Verdict.Step); ok && st.Temporary {
		return exitTemporary
	}
	return exitRefused
}

// doctorJSON is what "doctor --json" prints: the report, with each step's
// failure or warning in the one JSON shape of an error (kind, temporary,
// hints as strings, hint_details as objects, and the codes and text of a
// reply when there was one), as send and explain print it.
type doctorJSON struct {
	Server         string            `json:"server"`
	Address        string            `json:"address,omitempty"`
	Steps          []stepJSON        `json:"steps"`
	Capabilities   map[string]string `json:"capabilities,omitempty"`
	TLS            *diagnose.TLSInfo `json:"tls,omitempty"`
	RecipientLocal *bool             `json:"recipient_local,omitempty"`
	Verdict        verdictJSON       `json:"verdict"`
	OK             bool              `json:"ok"`
}

// stepJSON is one step: what it saw, then its error's fields when it
// failed or warned with a kind or hints.
type stepJSON struct {
	Name        string        `json:"name"`
	Status      string        `json:"status"`
	Duration    time.Duration `json:"duration_ns"`
	Detail      string        `json:"detail"`
	ServerReply string        `json:"server_reply,omitempty"`
	*ErrorFields
}

// verdictJSON is the report's verdict, with whether its failure is
// temporary.
type verdictJSON struct {
	Step      string `json:"step,omitempty"`
	Kind      string `json:"kind,omitempty"`
	Temporary bool   `json:"temporary"`
	Cause     string `json:"cause"`
	Change    string `json:"change,omitempty"`
	Field     string `json:"field,omitempty"`
}

func toDoctorJSON(r *diagnose.Report) doctorJSON {
	out := doctorJSON{
		Server: r.Server, Address: r.Address, Capabilities: r.Capabilities, TLS: r.TLS,
		RecipientLocal: r.RecipientLocal, OK: r.OK, Steps: make([]stepJSON, 0, len(r.Steps)),
		Verdict: verdictJSON{Step: r.Verdict.Step, Kind: string(r.Verdict.Kind), Cause: r.Verdict.Cause,
			Change: r.Verdict.Change, Field: r.Verdict.Field},
	}
	if st, ok := r.Step(r.Verdict.Step); ok {
		out.Verdict.Temporary = st.Temporary
	}
	for _, st := range r.Steps {
		sj := stepJSON{Name: st.Name, Status: string(st.Status), Duration: st.Duration, Detail: st.Detail, ServerReply: st.ServerReply}
		if st.Kind != "" || len(st.Hints) > 0 {
			me := st.Error
			if me == nil {
				me = &mailerrors.Error{Kind: st.Kind, Temporary: st.Temporary, Hints: st.Hints}
			}
			cp := *me
			cp.Kind, cp.Temporary, cp.Hints = st.Kind, st.Temporary, st.Hints
			f := errorFieldsOf(&cp)
			sj.ErrorFields = &f
		}
		out.Steps = append(out.Steps, sj)
	}
	return out
}

func writeJSON(w io.Writer, r *diagnose.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(toDoctorJSON(r))
}
