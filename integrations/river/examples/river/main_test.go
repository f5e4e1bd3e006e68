package main

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/realservers"
)

// The example against the test cluster: the job to example.org completes
// (on a second attempt when the server's one greylisting falls on it, not
// on the notifier's mail), the one to elsewhere.test is
// cancelled as relay_denied, and the FailureNotifier's mail about it
// reaches oncall@example.org.
func TestExample(t *testing.T) {
	u := realservers.Env(t, "TASKMAIL_TEST_POSTGRES_URL", "PostgreSQL not running: run scripts/test (scripts/services/postgres.sh)")
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	var out strings.Builder
	if err := run(ctx, options{Database: u, To: "ops@example.org"}, &out); err != nil {
		t.Fatalf("%v\noutput:\n%s", err, out.String())
	}
	got := out.String()
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
