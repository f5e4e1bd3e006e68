// Command taskmail sends mail, explains a server's reply, and diagnoses a
// server and a configuration. Run "taskmail help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/taskmail/taskmail/config"
)

// env is what a subcommand gets: its arguments and the process's streams,
// so that tests can run commands without a process.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

type command struct {
	name, usage string
	run         func(ctx context.Context, e env) int
}

func commands() []command {
	return []command{
		{"send", "send a message through the configured server", runSend},
		{"explain", "explain an SMTP reply: its kind, whether it is temporary, and what to change", runExplain},
		{"doctor", "diagnose a server and a configuration step by step", runDoctor},
		{"demo", "send through an embedded relay-protected server and show a typed error", runDemo},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run dispatches to a subcommand and returns the exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, env{args: args[1:], stdin: stdin, stdout: stdout, stderr: stderr})
		}
	}
	fmt.Fprintf(stderr, "taskmail: unknown command %q\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: taskmail COMMAND [options]")
	fmt.Fprintln(w)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.usage)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'taskmail COMMAND -h' for a command's options.")
}

// flags returns the flag set of a subcommand; its -h prints the usage line,
// the description and the options to e.stderr.
func (e env) flags(name, usageLine, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintln(e.stderr, "usage: "+usageLine)
		fmt.Fprintln(e.stderr)
		fmt.Fprintln(e.stderr, strings.TrimSpace(description))
		fmt.Fprintln(e.stderr)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses e.args into fs. When ok is false the command returns code:
// 0 after -h, 2 after a usage error (already reported by fs).
func (e env) parse(fs *flag.FlagSet) (code int, ok bool) {
	if err := fs.Parse(e.args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	return 0, true
}

// loadConfig reads the options from the file at path with the TASKMAIL_*
// variables over it, or from the variables alone when path is "".
func loadConfig(path string) (*config.File, error) {
	if path == "" {
		return config.FromEnv()
	}
	return config.Load(path)
}
