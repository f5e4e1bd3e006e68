// Command throughput measures taskmail's Sender next to go-mail, net/smtp
// and Postfix's smtp-source against up to three receivers: the project's
// sink (bench/cmd/sink, which it builds and starts), and, when their
// addresses are given, Postfix's smtp-sink and a real Postfix. It prints
// one table per receiver and transport, by message size, and exits 1 when
// any row failed to deliver every message; the throughput targets are
// reported as PASS or MISS and do not change the exit code.
//
// scripts/bench starts smtp-sink and a private Postfix and runs it:
//
//	scripts/bench [-quick] [-pin] [-count 5] [-conns 5] [-rows Sender] [-sizes 1KB,1MB]
//
// With -pin on Linux with two or more CPUs it runs itself (and
// smtp-source) on CPU 0 and the project's sink on CPU 1 (with taskset);
// see pin.go. Unpinned is the default.
package main

import (
	"bytes"
	"context"
	"crypto/x509"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/taskmail/taskmail/bench/throughput"
)

func main() { os.Exit(run()) }

func run() int {
	quick := flag.Bool("quick", false, "fewer messages, 3 rounds, and only the Sender and go-mail rows (a few minutes)")
	count := flag.Int("count", 0, "measured rounds; default 5 (3 with -quick)")
	conns := flag.Int("conns", 5, "connections of the pooled Sender and of parallel go-mail")
	transports := flag.String("transports", "plain,starttls", "comma-separated `list` of plain, starttls")
	sizes := flag.String("sizes", "", "comma-separated `list` of 1KB, 100KB, 1MB; default all")
	rows := flag.String("rows", "", "run only rows whose name contains this `text`")
	pin := flag.Bool("pin", false, "run this program on CPU 0 and the project's sink on CPU 1 (Linux, 2+ CPUs, taskset)")
	smtpSink := flag.String("smtp-sink", "", "`address` of a running Postfix smtp-sink to measure against")
	postfix := flag.String("postfix", "", "`address` of a running Postfix (discard transport) to measure against")
	postfixShare := flag.Float64("postfix-share", 1.0/3, "part of each size's messages sent to Postfix, which writes each to disk and is the slowest")
	postfixCA := flag.String("postfix-ca", "", "PEM `file` that verifies the Postfix certificate (enables its STARTTLS rows)")
	smtpSource := flag.String("smtp-source", "/usr/sbin/smtp-source", "path of Postfix's smtp-source; \"\": leave that row out")
	only := flag.String("receivers", "", "comma-separated `list` of the receivers to measure against (project-sink, smtp-sink, postfix); default all given")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the measured rows to `file`")
	verbose := flag.Bool("v", false, "note every run on stderr")
	sinkBin := flag.String("sink", "", "sink program to run; default: build ./bench/cmd/sink")
	readme := flag.String("readme", "", "after a run that was not interrupted, put its output (failed rows marked) in this `file` between the lines "+beginMark+" and "+endMark)
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	var trs []throughput.Transport
	for _, t := range strings.Split(*transports, ",") {
		switch tr := throughput.Transport(strings.TrimSpace(t)); tr {
		case throughput.Plain, throughput.StartTLS:
			trs = append(trs, tr)
		default:
			fmt.Fprintf(os.Stderr, "throughput: unknown transport %q\n", t)
			return 2
		}
	}
	all := throughput.DefaultSizes
	if *quick {
		all = throughput.QuickSizes
		if *count == 0 {
			*count = 3
		}
	}
	var sz []throughput.Size
	for _, s := range all {
		if *sizes == "" || strings.Contains(","+strings.ToUpper(*sizes)+",", ","+strings.ToUpper(s.Name)+",") {
			sz = append(sz, s)
		}
	}
	if len(sz) == 0 {
		fmt.Fprintf(os.Stderr, "throughput: no size in %q (1KB, 100KB, 1MB)\n", *sizes)
		return 2
	}
	if *smtpSource != "" {
		if _, err := os.Stat(*smtpSource); err != nil {
			fmt.Fprintf(os.Stderr, "throughput: %v; the smtp-source row is left out\n", err)
			*smtpSource = ""
		}
	}

	p := pinning{}
	if *pin {
		var restart bool
		if p, restart = pinned(); restart {
			return rerunPinned(ctx)
		}
	}

	bin := *sinkBin
	if bin == "" {
		dir, err := os.MkdirTemp("", "taskmail-bench-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "throughput:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		bin = filepath.Join(dir, "sink")
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/taskmail/taskmail/bench/cmd/sink")
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "throughput: building the sink:", err)
			return 1
		}
	}
	startCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	s, err := throughput.StartSink(startCtx, append(p.sinkPrefix(), bin), nil)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Stop()

	receivers := []throughput.Receiver{{
		Name: "project sink", About: "go-smtp in a separate process; PIPELINING, CHUNKING, STARTTLS; replies held until it reads, as Postfix does",
		Addr: s.Addr, Host: s.Host, Port: s.Port, StartTLS: true, CAFile: s.CertFile, Roots: s.Roots, Sink: s,
	}}
	want := func(name string) bool {
		return *only == "" || strings.Contains(","+*only+",", ","+strings.ReplaceAll(name, " ", "-")+",")
	}
	if !want("project sink") {
		receivers = nil
	}
	if want("smtp-sink") && *smtpSink != "" {
		rc, err := receiver("smtp-sink", "Postfix's smtp-sink; PIPELINING, no CHUNKING, no STARTTLS", *smtpSink, "")
		if err != nil {
			fmt.Fprintln(os.Stderr, "throughput:", err)
			return 1
		}
		receivers = append(receivers, rc)
	}
	if want("postfix") && *postfix != "" {
		rc, err := receiver("postfix", "a private Postfix on loopback, every message to the discard transport; PIPELINING, CHUNKING, STARTTLS", *postfix, *postfixCA)
		if err != nil {
			fmt.Fprintln(os.Stderr, "throughput:", err)
			return 1
		}
		rc.Share = *postfixShare
		receivers = append(receivers, rc)
	}

	cfg := throughput.Config{
		Receivers: receivers, Sizes: sz, Transports: trs, Conns: *conns, Rows: *rows, Quick: *quick, Count: *count,
		SMTPSource: *smtpSource, Pin: p.clientPrefix(), Note: p.note(), Out: os.Stdout,
	}
	var out bytes.Buffer
	if *readme != "" {
		cfg.Out = io.MultiWriter(os.Stdout, &out)
	}
	if *verbose {
		cfg.Log = os.Stderr
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "throughput:", err)
			return 1
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "throughput:", err)
			return 1
		}
		defer pprof.StopCPUProfile()
	}
	_, runErr := throughput.Run(ctx, cfg)
	if *readme != "" && ctx.Err() == nil {
		// A failed row is in the output as such: the tables go in as they are.
		if err := replaceBetween(*readme, out.String()); err != nil {
			fmt.Fprintln(os.Stderr, "throughput:", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "throughput: wrote the tables into %s\n", *readme)
	}
	if runErr != nil {
		fmt.Fprintln(os.Stderr, runErr)
		return 1
	}
	return 0
}

// The lines between which -readme puts the output.
const (
	beginMark = "<!-- bench output: begin -->"
	endMark   = "<!-- bench output: end -->"
)

// replaceBetween puts text, as a code block, between the marks in file.
func replaceBetween(file, text string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	s := string(b)
	i, j := strings.Index(s, beginMark), strings.Index(s, endMark)
	if i < 0 || j < i {
		return fmt.Errorf("%s has no %q ... %q section", file, beginMark, endMark)
	}
	s = s[:i+len(beginMark)] + "\n```\n" + strings.TrimRight(text, "\n") + "\n```\n" + s[j:]
	return os.WriteFile(file, []byte(s), 0o644)
}

// receiver describes a server at addr; with caFile set it is used for
// STARTTLS, verified by that file.
func receiver(name, about, addr, caFile string) (throughput.Receiver, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return throughput.Receiver{}, fmt.Errorf("%s address: %w", name, err)
	}
	rc := throughput.Receiver{Name: name, About: about, Addr: addr, Host: host}
	if rc.Port, err = strconv.Atoi(port); err != nil {
		return rc, fmt.Errorf("%s port: %w", name, err)
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return rc, err
		}
		rc.Roots = x509.NewCertPool()
		if !rc.Roots.AppendCertsFromPEM(pem) {
			return rc, fmt.Errorf("%s: %s holds no PEM certificate", name, caFile)
		}
		rc.StartTLS, rc.CAFile = true, caFile
	}
	return rc, nil
}
