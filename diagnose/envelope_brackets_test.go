package diagnose_test

import (
	"strings"
	"testing"

	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestDoctorEnvelopeInAngleBrackets: every MAIL FROM and RCPT TO the
// doctor writes (the envelope checks, the relay probe and the test
// message) puts the address in angle brackets, as RFC 5321 §4.1.1.2 and
// §4.1.1.3 require; the fake server's command log shows what it read.
func TestDoctorEnvelopeInAngleBrackets(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, _ := testOptions(t, srv)
	opts.Rcpt = "ops@example.org"
	opts.SendTest = true
	r := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	if !r.OK {
		dump(t, r)
		t.Fatalf("the doctor failed: %s", statuses(r))
	}
	want := map[string]bool{
		"MAIL FROM:<robot@example.org>": false,
		"RCPT TO:<ops@example.org>":     false,
	}
	var envelope []string
	for _, c := range srv.Commands() {
		if !strings.HasPrefix(c, "MAIL ") && !strings.HasPrefix(c, "RCPT ") {
			continue
		}
		envelope = append(envelope, c)
		verb, arg, _ := strings.Cut(c, ":")
		addr, _, _ := strings.Cut(arg, " ") // MAIL may add BODY=8BITMIME
		if !strings.HasPrefix(addr, "<") || !strings.HasSuffix(addr, ">") {
			t.Errorf("%s:%s: the address is not in angle brackets", verb, arg)
		}
		if _, ok := want[verb+":"+addr]; ok {
			want[verb+":"+addr] = true
		}
	}
	for c, seen := range want {
		if !seen {
			t.Errorf("the server never read %q; it read %q", c, envelope)
		}
	}
}
