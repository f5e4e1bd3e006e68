package mailaction_test

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
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

// deniedMailer stands in for a *mailaction.Sender whose server refuses to
// relay for it.
type deniedMailer struct{}

func (deniedMailer) Send(ctx context.Context, msg *mailaction.Message) (*mailaction.Result, error) {
	return &mailaction.Result{Rejected: msg.To}, &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Stage: mailerrors.StageRcpt,
		Code: 554, Enhanced: "5.7.1", Text: "Relay access denied", Recipient: msg.To[0]}
}

// A notifier that cannot deliver says so: the error handler sees each
// failed mail; one refused permanently is not tried again, and Close
// reports it.
func ExampleWithErrorHandler() {
	n, err := mailaction.NewNotifier(deniedMailer{}, config.Notifier{To: []string{"oncall@example.org"}},
		mailaction.WithErrorHandler(func(e *mailaction.NotificationError) {
			fmt.Printf("%s mail for %s: %s, dead=%v\n", e.Notice, e.Task, e.Err.Kind, e.Dead)
		}))
	if err != nil {
		log.Fatal(err)
	}
	_ = n.Notify(context.Background(), mailaction.Failure{Task: "nightly-import", Err: errors.New("exit status 1")})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	err = n.Close(ctx)
	fmt.Println(errors.Is(err, mailaction.ErrNotificationsRefused), errors.Is(err, mailerrors.ErrRelayDenied), n.Stats().Dead)
	// Output:
	// failed mail for nightly-import: relay_denied, dead=true
	// true true 1
}
