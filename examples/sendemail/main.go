// Command sendemail sends one message with mailaction.SendEmail and, when
// the server refuses it, prints the typed error and what to change.
//
// The options come from a YAML file (-config) or from TASKMAIL_*
// environment variables. With neither, it starts an SMTP server in the
// process that relays only for example.org, so that it runs anywhere:
//
//	go run ./examples/sendemail                               # delivered
//	go run ./examples/sendemail -to someone@elsewhere.test    # relay_denied, with hints
//	go run ./examples/sendemail -config taskmail.yaml -to you@example.org
package main

import (
	"context"
	"crypto/tls"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strings"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

func main() {
	cfgPath := flag.String("config", "", "YAML configuration file; TASKMAIL_* variables override it")
	to := flag.String("to", "oncall@example.org", "recipient")
	subject := flag.String("subject", "hello from taskmail", "subject")
	body := flag.String("body", "This message was sent by examples/sendemail.", "text body")
	demo := flag.Bool("demo", false, "send through an SMTP server started in this process (the default when neither -config nor TASKMAIL_SMTP_HOST is given)")
	flag.Parse()
	log.SetFlags(0)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var cfg config.SMTP
	var opts []mailaction.Option
	if *demo || (*cfgPath == "" && os.Getenv("TASKMAIL_SMTP_HOST") == "") {
		srv, err := smtptest.Start(smtptest.Config{
			Hostname: "mail.example.org",
			Domains:  []string{"example.org"}, // relays for nobody else
			StartTLS: true,
		})
		if err != nil {
			log.Fatal(err)
		}
		defer srv.Close()
		fmt.Printf("demo server on %s: delivers to example.org, relays for nobody\n", srv.Addr())
		cfg = config.SMTP{Host: srv.Host(), Port: srv.Port(), From: "Robot <robot@example.org>"}
		// Trust the server's self-signed certificate rather than turning
		// verification off.
		opts = append(opts, mailaction.WithTLSConfig(&tls.Config{RootCAs: srv.CertPool()}))
	} else {
		var f *config.File
		var err error
		if *cfgPath != "" {
			f, err = config.Load(*cfgPath) // the file, then the environment over it
		} else {
			f, err = config.FromEnv()
		}
		if err != nil {
			log.Fatal(err) // names the key and line of each problem
		}
		cfg = f.SMTP
	}

	// SendEmail validates cfg itself: options that cannot work come back as
	// an error of kind invalid_config listing every problem.
	res, err := mailaction.SendEmail(ctx, cfg, &mailaction.Message{
		To:      []string{*to},
		Subject: *subject,
		Text:    *body,
	}, opts...)
	if err == nil {
		fmt.Printf("sent %s to %s via %s: %s\n", res.MessageID, strings.Join(res.Accepted, ", "), res.Server, res.Response)
		return
	}

	// Every failure is a *mailerrors.Error, or a multierror of them when
	// several recipients were refused.
	for _, e := range mailerrors.All(err) {
		if fes := config.FieldErrors(e); len(fes) > 0 {
			fmt.Println("the options cannot work:")
			for _, fe := range fes {
				fmt.Println("  -", fe)
			}
			continue
		}
		fmt.Println(e.Error())
		fmt.Printf("  kind %s, temporary %t, stage %s", e.Kind, e.Temporary, e.Stage)
		if e.Code != 0 {
			fmt.Printf(", reply %d %s %s", e.Code, e.Enhanced, e.Text)
		}
		fmt.Println()
		for i, h := range e.Hints {
			fmt.Printf("  %d. %s\n", i+1, h)
		}
	}
	os.Exit(1)
}
