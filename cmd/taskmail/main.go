// Command taskmail sends mail, explains a server's reply, and diagnoses a
// server and a configuration. Run "taskmail help" for the commands.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
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
