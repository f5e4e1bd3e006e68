package diagnose_test

import (
	"context"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
)

// BenchmarkRun measures a whole diagnosis against the in-process server:
// plain text, and STARTTLS with AUTH.
func BenchmarkRun(b *testing.B) {
	b.Run("plain", func(b *testing.B) {
		srv := smtptest.StartT(b, smtptest.Config{})
		cfg := plainConfig(srv)
		opts, _ := testOptions(b, srv)
		opts.Rcpt = "ops@example.org"
		for b.Loop() {
			if r := diagnose.Run(context.Background(), cfg, opts); !r.OK {
				b.Fatal("not OK")
			}
		}
	})
	b.Run("starttls+auth", func(b *testing.B) {
		srv := smtptest.StartT(b, smtptest.Config{StartTLS: true, Users: map[string]string{"robot@example.org": "pw"}})
		cfg := plainConfig(srv)
		cfg.TLS = config.TLSStartTLS
		cfg.Auth = config.Auth{Username: "robot@example.org", Password: "pw"}
		opts, _ := testOptions(b, srv)
		for b.Loop() {
			if r := diagnose.Run(context.Background(), cfg, opts); !r.OK {
				b.Fatal("not OK")
			}
		}
	})
}
