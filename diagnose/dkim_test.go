package diagnose_test

import (
	"fmt"
	"net"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/dkimtest"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// txtRecord is k's record in zone-file form, split into strings of at
// most 255 bytes as DNS requires (an RSA key needs two).
func txtRecord(name, txt string) string {
	var parts []string
	for len(txt) > 200 {
		parts = append(parts, `"`+txt[:200]+`"`)
		txt = txt[200:]
	}
	parts = append(parts, `"`+txt+`"`)
	return fmt.Sprintf("%s. 300 IN TXT %s", name, strings.Join(parts, " "))
}

// TestDoctorDKIM: the dkim step loads the key and compares it with the
// TXT record an in-process DNS server publishes at the selector.
func TestDoctorDKIM(t *testing.T) {
	ed := dkimtest.NewKey(t, "ed25519", 0, "example.org", "ed")
	rsaKey := dkimtest.NewKey(t, "rsa", 2048, "example.org", "rsa")
	other := dkimtest.NewKey(t, "ed25519", 0, "example.org", "other")
	small := dkimtest.NewKey(t, "rsa", 1024, "example.org", "small")
	srv := smtptest.StartT(t, smtptest.Config{})
	dnsSrv := dnstest.Start(t,
		txtRecord(ed.Name(), ed.TXT),
		txtRecord(rsaKey.Name(), rsaKey.TXT),
		txtRecord("other._domainkey.example.org", ed.TXT), // ed's key, not other's
		"revoked._domainkey.example.org. 300 IN TXT \"v=DKIM1; p=\"",
	)
	for _, tc := range []struct {
		name     string
		key      *dkimtest.Key
		selector string // "" for the key's
		resolver *net.Resolver
		status   diagnose.Status
		kind     mailerrors.Kind
		has      string
		hintHas  string
	}{
		{"ed25519 published", ed, "", dnsSrv.Resolver(), diagnose.StatusOK, "", "the TXT record at ed._domainkey.example.org publishes this key", ""},
		{"rsa published in two strings", rsaKey, "", dnsSrv.Resolver(), diagnose.StatusOK, "", "2048-bit RSA key", ""},
		{"no record", ed, "missing", dnsSrv.Resolver(), diagnose.StatusWarning, mailerrors.KindPolicyRejected, "no TXT record at missing._domainkey.example.org", "Publish this TXT record at missing._domainkey.example.org: " + ed.TXT},
		{"another key", other, "", dnsSrv.Resolver(), diagnose.StatusWarning, mailerrors.KindPolicyRejected, "publishes another key", other.TXT},
		{"revoked", ed, "revoked", dnsSrv.Resolver(), diagnose.StatusWarning, mailerrors.KindPolicyRejected, "revoked", ed.TXT},
		{"dns unreachable", ed, "", dnstest.ResolverAt(closedPort(t)), diagnose.StatusOK, "", "was not checked", ""},
		{"small rsa key", small, "", dnsSrv.Resolver(), diagnose.StatusFailed, mailerrors.KindInvalidConfig, "RSA key smaller than 2048 bits", "Ed25519"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := plainConfig(srv)
			cfg.DKIM = tc.key.Options("")
			if tc.selector != "" {
				cfg.DKIM.Selector = tc.selector
			}
			opts, _ := testOptions(t, srv)
			opts.Resolver = tc.resolver
			rep := diagnose.Run(testctx.New(t), cfg, opts)
			st := mustStep(t, rep, diagnose.StepDKIM)
			if st.Status != tc.status || st.Kind != tc.kind || !strings.Contains(st.Detail, tc.has) {
				dump(t, rep)
				t.Fatalf("dkim step %s %s %q; want %s %s with %q", st.Status, st.Kind, st.Detail, tc.status, tc.kind, tc.has)
			}
			if tc.hintHas != "" && (len(st.Hints) == 0 || !strings.Contains(st.Hints[0].Text, tc.hintHas)) {
				t.Errorf("hints %+v lack %q", st.Hints, tc.hintHas)
			}
			if strings.Contains(st.Detail, "PRIVATE KEY") {
				t.Errorf("the detail shows the private key")
			}
		})
	}
	if q := dnsSrv.Queries(); len(q) == 0 || !strings.HasPrefix(q[0], "TXT ") {
		t.Errorf("queries %q: the DNS server was not asked", q)
	}
}

// TestDoctorNoDKIMStep: without DKIM options there is no dkim step.
func TestDoctorNoDKIMStep(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, _ := testOptions(t, srv)
	rep := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	if _, ok := rep.Step(diagnose.StepDKIM); ok {
		t.Errorf("a dkim step without DKIM options: %s", statuses(rep))
	}
}

// closedPort returns a loopback address where nothing listens.
func closedPort(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}
