package taskmailtest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/mailaction"
	"github.com/taskmail/taskmail/taskmailtest"
)

// A test of a task that fails: the task runner under test wraps the task
// with a Notifier, and the test checks the notification mail the server
// received. In a test, use NewServer(t, ...) and t.Fatal instead of
// log.Fatal.
func Example_notification() {
	srv, err := taskmailtest.Start(taskmailtest.Config{Domains: []string{"example.org"}})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()

	sender, err := mailaction.NewSender(srv.SMTP(), srv.Options()...)
	if err != nil {
		log.Fatal(err)
	}
	defer sender.Close()
	n, err := mailaction.NewNotifier(sender, config.Notifier{To: []string{"oncall@example.org"}})
	if err != nil {
		log.Fatal(err)
	}

	// The code under test: a task that fails.
	importTask := n.Wrap("nightly-import", func(ctx context.Context) error {
		return errors.New("upstream answered 503")
	})
	_ = importTask(context.Background())

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil { // sends what is queued
		log.Fatal(err)
	}
	if err := srv.WaitMessages(ctx, 1); err != nil {
		log.Fatal(err)
	}
	got := srv.Messages()[0]
	msg, err := taskmailtest.ReadMessage(got)
	if err != nil {
		log.Fatal(err)
	}
	body, _ := io.ReadAll(msg.Body)
	fmt.Println("to:", got.To)
	fmt.Println("notice:", msg.Header.Get(mailaction.HeaderNotice))
	fmt.Println("task:", msg.Header.Get(mailaction.HeaderTask))
	fmt.Println("names the error:", strings.Contains(string(body), "upstream answered 503"))
	// Output:
	// to: [oncall@example.org]
	// notice: failed
	// task: nightly-import
	// names the error: true
}

// A relay denial: the server delivers only to its own domain unless the
// client logs in. The error says so by kind, and its hints point at the
// options that would change it; once logged in, the mail goes.
func Example_relayDenied() {
	srv, err := taskmailtest.Start(taskmailtest.Config{
		Domains:  []string{"example.org"},
		Users:    map[string]string{"robot@example.org": "s3cret"},
		StartTLS: true,
	})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	ctx := context.Background()
	msg := &mailaction.Message{To: []string{"partner@elsewhere.test"}, Subject: "report", Text: "attached\n"}

	_, err = mailaction.SendEmail(ctx, srv.SMTP(), msg, srv.Options()...)
	var me *mailerrors.Error
	if errors.As(err, &me) {
		pointsAtAuth := false
		for _, h := range me.Hints {
			pointsAtAuth = pointsAtAuth || strings.HasPrefix(h.Field, "Auth")
		}
		fmt.Println("relay denied:", errors.Is(err, mailerrors.ErrRelayDenied))
		fmt.Println("kind:", me.Kind, "code:", me.Code, me.Enhanced, "temporary:", me.Temporary)
		fmt.Println("a hint points at Auth:", pointsAtAuth)
	}

	cfg := srv.SMTP()
	cfg.Auth = config.Auth{Username: "robot@example.org", Password: "s3cret"}
	res, err := mailaction.SendEmail(ctx, cfg, msg, srv.Options()...)
	fmt.Println("logged in:", err, res.Accepted, srv.Messages()[0].AuthUser, srv.Messages()[0].TLS)
	// Output:
	// relay denied: true
	// kind: relay_denied code: 554 5.7.1 temporary: false
	// a hint points at Auth: true
	// logged in: <nil> [partner@elsewhere.test] robot@example.org true
}
