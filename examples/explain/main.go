// Command explain classifies SMTP replies with errors.Classify and prints
// each one's kind, whether it is temporary, and the hints, most likely
// first for the options given (-auth, -tls).
//
// It reads one reply per line from stdin, or explains the replies given
// as arguments; with neither, it explains a few common ones:
//
//	echo '554 5.7.1 <a@b.example>: Relay access denied' | go run ./examples/explain
//	go run ./examples/explain -auth -stage rcpt '550 5.7.1 Relaying denied'
//	go run ./examples/explain
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// samples are explained when no reply is given.
var samples = []string{
	"554 5.7.1 <partner@elsewhere.test>: Relay access denied",
	"451 4.7.1 <oncall@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html",
	"535 5.7.8 Error: authentication failed: authentication failure",
	"550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
}

func main() {
	stage := flag.String("stage", "", "the command the reply answered (mail, rcpt, data, auth, ...); default: none, the codes and words decide")
	auth := flag.Bool("auth", false, "credentials were set on the send that got the reply")
	tlsMode := flag.String("tls", "starttls", "TLS mode of that send: starttls, starttls-opportunistic, implicit, none")
	flag.Parse()
	log.SetFlags(0)

	replies := flag.Args()
	if len(replies) == 0 {
		if fi, err := os.Stdin.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			replies = samples // nothing piped in
		} else {
			// One reply per line. Multi-line replies ("554-...") are
			// explained line by line here; taskmail explain joins them.
			sc := bufio.NewScanner(os.Stdin)
			for sc.Scan() {
				if line := strings.TrimSpace(sc.Text()); line != "" {
					replies = append(replies, line)
				}
			}
			if err := sc.Err(); err != nil {
				log.Fatal(err)
			}
			if len(replies) == 0 {
				log.Fatal("explain: no reply on stdin")
			}
		}
	}

	// The options of the send that got the reply reorder the hints: a relay
	// denial without credentials leads with "turn on SMTP authentication",
	// with credentials with the sender address.
	opts := mailerrors.Options{AuthConfigured: *auth, TLSMode: *tlsMode}
	for i, reply := range replies {
		if i > 0 {
			fmt.Println()
		}
		e := mailerrors.Classify(mailerrors.Stage(*stage), reply).Refine(opts)
		fmt.Println(reply)
		fmt.Printf("  kind %s, temporary %t", e.Kind, e.Temporary)
		if e.Code != 0 {
			fmt.Printf(", code %d", e.Code)
		}
		if e.Enhanced != "" {
			fmt.Printf(", enhanced %s", e.Enhanced)
		}
		fmt.Println()
		for j, h := range e.Hints {
			fmt.Printf("  %d. %s\n", j+1, h)
		}
	}
}
