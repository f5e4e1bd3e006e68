// Command throughput builds and starts the SMTP sink (bench/cmd/sink) in a
// separate process on loopback, sends the same messages through taskmail's
// Sender and its peers, and prints one table per transport. It exits 1 when
// any row did not deliver every message exactly once; throughput targets
// are reported as PASS or MISS and do not change the exit code.
//
// Run it from the module root:
//
//	go run ./bench/cmd/throughput [-n 2000] [-count 3] [-transports plain,starttls] [-rows go-mail]
//
// On Linux with two or more CPUs it runs itself on CPU 0 and the sink on
// CPU 1 (with taskset), unless -pin=false; see pin.go.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/taskmail/taskmail/bench/throughput"
)

func main() { os.Exit(run()) }

func run() int {
	n := flag.Int("n", 2000, "messages per row")
	transports := flag.String("transports", "plain,starttls", "comma-separated `list` of plain, starttls")
	rows := flag.String("rows", "", "run only rows whose name contains this `text`")
	count := flag.Int("count", 3, "measured runs per row; the median is printed")
	warmup := flag.Int("warmup", 0, "unmeasured messages per row before measuring; default n/20, -1: none")
	pin := flag.Bool("pin", true, "run this program on CPU 0 and the sink on CPU 1 (Linux, 2+ CPUs, taskset)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the measured rows to `file`")
	flushEach := flag.Bool("flush-each-reply", false, "make the sink write each reply at once, as go-smtp does by itself, instead of holding replies until it reads again, as Postfix does")
	verbose := flag.Bool("v", false, "note every run on stderr")
	sinkBin := flag.String("sink", "", "sink program to run; default: build ./bench/cmd/sink")
	flag.Parse()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
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
	argv := append(p.sinkPrefix(), bin)
	if *flushEach {
		argv = append(argv, "-flush-each-reply")
	}
	s, err := throughput.StartSink(startCtx, argv, nil)
	cancel()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer s.Stop()

	cfg := throughput.Config{N: *n, Transports: trs, Rows: *rows, Count: *count, Warmup: *warmup, Note: p.note(), Out: os.Stdout}
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
	_, err = throughput.Run(ctx, s, cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}
