package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
)

// doctorUsageLine and doctorUsage open "taskmail doctor -h".
const (
	doctorUsageLine = "taskmail doctor [--config FILE] [--rcpt ADDRESS] [--json] [--send-test] [--timeout DURATION]"
	doctorUsage     = `
Without --config the options come from the TASKMAIL_SMTP_... environment
variables alone. Checks the configured server step by step (options, DNS, connection,
EHLO, TLS, POP-before-SMTP, AUTH, MAIL FROM and RCPT TO), prints what each
step saw and what to change, and ends with the most likely cause and the one
change to make. Nothing is sent unless --send-test is given. The exit code
is 0 only when a send would succeed.
`
)

// runDoctor runs "taskmail doctor". Exit codes: 0 a send would succeed, 1
// it would not, 2 bad usage or an unreadable configuration file.
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
	if *path == "" && file.SMTP.Host == "" {
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
		cfg := file.SMTP.WithDefaults()
		fmt.Fprintf(e.stdout, "taskmail doctor: %s (tls %s)\n", cfg.Addr(), cfg.TLS)
		opts.Progress = func(s diagnose.Step) { _ = diagnose.WriteStep(e.stdout, s) }
	}
	report := diagnose.Run(ctx, file.SMTP, opts)
	if *asJSON {
		if err := writeJSON(e.stdout, report); err != nil {
			fmt.Fprintf(e.stderr, "taskmail doctor: %v\n", err)
			return 1
		}
	} else {
		fmt.Fprintln(e.stdout)
		_ = diagnose.WriteVerdict(e.stdout, report)
	}
	if !report.OK {
		return 1
	}
	return 0
}

func writeJSON(w io.Writer, r *diagnose.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}
