package mailaction_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/mailaction"
)

// printMailer stands in for a *mailaction.Sender: it prints the subject
// and failure count of each mail.
type printMailer struct{}

func (printMailer) Send(ctx context.Context, msg *mailaction.Message) (*mailaction.Result, error) {
	fmt.Printf("%s [failures: %s]\n", msg.Subject, msg.Headers[mailaction.HeaderFailures])
	return &mailaction.Result{Accepted: msg.To}, nil
}

// A storm of the same failure becomes two mails: the first failure at
// once, then one that says how many more there were. In real use the
// Mailer is a *mailaction.Sender and cfg.Spool names a folder, so that no
// failure is lost if the process dies.
func ExampleNotifier() {
	cfg := config.Notifier{
		To:         []string{"oncall@example.org"},
		FoldWindow: 10 * time.Minute,
	}
	n, err := mailaction.NewNotifier(printMailer{}, cfg)
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	for i := range 50 {
		// Only the number differs: the same failure, folded.
		_ = n.Notify(ctx, mailaction.Failure{
			Task: "nightly-import", Step: "load",
			Err: fmt.Errorf("row %d: connection reset by peer", 1000+i),
		})
	}
	_ = n.Succeeded(ctx, "nightly-import")
	closeCtx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := n.Close(closeCtx); err != nil {
		log.Fatal(err)
	}
	// Output:
	// [taskmail] FAILED: nightly-import at load [failures: 1]
	// [taskmail] Still failing: nightly-import (49 more times) at load [failures: 49]
	// [taskmail] Fixed: nightly-import [failures: 0]
}

// Wrap reports a task's errors and panics for it, and its successes.
func ExampleNotifier_Wrap() {
	n, err := mailaction.NewNotifier(printMailer{}, config.Notifier{To: []string{"oncall@example.org"}})
	if err != nil {
		log.Fatal(err)
	}
	sync := n.Wrap("sync-users", func(ctx context.Context) error {
		return errors.New("LDAP server unreachable")
	})
	err = sync(context.Background())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_ = n.Close(ctx) // mails what is pending
	fmt.Println("task returned:", err)
	// Output:
	// [taskmail] FAILED: sync-users [failures: 1]
	// task returned: LDAP server unreachable
}
