// Command sink is an SMTP server on loopback that accepts and discards mail
// and counts it, for throughput measurements. See package
// github.com/taskmail/taskmail/bench/sink.
package main

import (
	"os"

	"github.com/taskmail/taskmail/bench/sink"
)

func main() { os.Exit(sink.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }
