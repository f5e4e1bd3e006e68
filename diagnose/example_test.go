package diagnose_test

import (
	"context"
	"fmt"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
)

// A server that offers AUTH and relays only for authenticated users, and
// options without credentials: the relay check fails, and the verdict
// names the option to set.
func Example() {
	srv, err := smtptest.Start(smtptest.Config{
		Domains: []string{"example.org"},
		Users:   map[string]string{"robot@example.org": "secret"},
	})
	if err != nil {
		panic(err)
	}
	defer srv.Close()

	cfg := config.SMTP{
		Host:     srv.Host(), // an address: no DNS lookup
		Port:     srv.Port(),
		TLS:      config.TLSNone,
		From:     "robot@example.org", // a reserved domain: no MX lookup
		HeloName: "runner01.example.org",
	}
	report := diagnose.Run(context.Background(), cfg, diagnose.Options{})
	for _, s := range report.Steps {
		fmt.Printf("%-8s %s\n", s.Name, s.Status)
	}
	fmt.Println("ok:", report.OK)
	fmt.Println("cause:", report.Verdict.Kind, "at", report.Verdict.Step)
	fmt.Println("option to change:", report.Verdict.Field)
	// Output:
	// options  ok
	// dns      ok
	// mx       ok
	// pop      skipped
	// connect  ok
	// greeting ok
	// ehlo     ok
	// tls      ok
	// auth     warning
	// mail     ok
	// rcpt     skipped
	// relay    failed
	// data     skipped
	// ok: false
	// cause: relay_denied at relay
	// option to change: Auth.Username
}
