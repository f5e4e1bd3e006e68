package main

import (
	"flag"
	"io"
	"os"
	"regexp"
	"testing"

	"github.com/taskmail/taskmail/internal/realservers"
)

// The example against the test cluster: the job to example.org completes
// (on a second attempt when the server's one greylisting falls on it, not
// on the notifier's mail), the one to elsewhere.test is
// cancelled as relay_denied, and the FailureNotifier's mail about it
// reaches oncall@example.org.
func TestExample(t *testing.T) {
	u := os.Getenv("TASKMAIL_TEST_POSTGRES_URL")
	if u == "" {
		if realservers.InCI() {
			t.Fatal("PostgreSQL not running (TASKMAIL_TEST_POSTGRES_URL not set, and CI is set): run scripts/test")
		}
		t.Skip("PostgreSQL not running: run scripts/test (scripts/services/postgres.sh)")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout := os.Stdout
	os.Stdout = w
	os.Args = []string{"river", "-database", u}
	flag.CommandLine = flag.NewFlagSet("river", flag.ExitOnError) // main defines its flags again
	out := make(chan []byte)
	go func() { b, _ := io.ReadAll(r); out <- b }()
	main()
	os.Stdout = stdout
	w.Close()
	got := string(<-out)
	t.Log(got)
	for _, want := range []string{
		`(?m)^job \d+: completed after [12] attempt\(s\)$`,
		`(?m)^job \d+: cancelled after 1 attempt\(s\): .*relay_denied`,
		`(?m)^received for \[ops@example.org\]: nightly report$`,
		`(?m)^received for \[oncall@example.org\]: .*FAILED`,
	} {
		if !regexp.MustCompile(want).MatchString(got) {
			t.Errorf("output lacks %s", want)
		}
	}
}
