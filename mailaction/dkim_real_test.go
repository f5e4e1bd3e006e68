package mailaction_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/dkimtest"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestRealDKIMVerifiedAfterDelivery: messages signed by taskmail, sent
// through the real Postfix (BDAT, which Postfix offers, and DATA), as
// delivered to bob's mailbox and read back over POP3, pass both
// go-msgauth's verifier and OpenDKIM's, for Ed25519 and RSA keys and
// both canonicalizations; the messages carry attachments, a line longer
// than 998 characters and a subject that is not ASCII.
func TestRealDKIMVerifiedAfterDelivery(t *testing.T) {
	s := realservers.Get(t)
	dkimtest.OpenDKIMPath(t)
	bob := s.User(t, "bob")
	keys := []*dkimtest.Key{
		dkimtest.NewKey(t, "ed25519", 0, "example.org", "ed2026"),
		dkimtest.NewKey(t, "rsa", 2048, "example.org", "rsa2026"),
	}
	for _, key := range keys {
		for _, canon := range []string{"relaxed/relaxed", "simple/simple"} {
			for _, pa := range chunkedPaths {
				t.Run(key.Selector+"/"+canon+"/"+pa.name, func(t *testing.T) {
					cfg := realConfig(t, s.SMTPPlain, config.TLSNone, "Robot <robot@example.org>")
					cfg.DKIM = key.Options(canon)
					msg := dkimMessage(t, bob.Address)
					marker := fmt.Sprintf("dkim-%s-%d", strings.ReplaceAll(t.Name(), "/", "-"), time.Now().UnixNano())
					msg.Headers = map[string]string{"X-Test-Marker": marker}
					if _, _, err := realSend(t, s, cfg, msg, pa.opts...); err != nil {
						t.Fatalf("SendEmail: %v", err)
					}
					ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
					defer cancel()
					got := s.Fetch(t, ctx, bob, marker)
					if !strings.Contains(string(got), "Received: ") {
						t.Fatalf("the message does not look delivered by Postfix:\n%.500s", got)
					}
					vs := dkimtest.Verify(t, got, key)
					if len(vs) != 1 || vs[0].Err != nil {
						t.Errorf("go-msgauth: %+v", vs)
					}
					res, log := dkimtest.OpenDKIM(t, got, key)
					if !strings.Contains(res, "dkim=pass") || !strings.Contains(log, "succeeded") {
						t.Errorf("OpenDKIM: %s\n%s", res, log)
					}
					if !strings.Contains(res, "header.s="+key.Selector) {
						t.Errorf("OpenDKIM checked another signature: %s", res)
					}
					// Both verifiers check: the delivered message with one
					// header signed changed fails both.
					bad := []byte(strings.Replace(string(got), "\r\nSubject: ", "\r\nSubject: X", 1))
					if string(bad) == string(got) {
						t.Fatal("no Subject line in the delivered message")
					}
					if vs := dkimtest.Verify(t, bad, key); len(vs) != 1 || vs[0].Err == nil {
						t.Errorf("go-msgauth passes a changed subject: %+v", vs)
					}
					if res, _ := dkimtest.OpenDKIM(t, bad, key); !strings.Contains(res, "dkim=fail") {
						t.Errorf("OpenDKIM passes a changed subject: %s", res)
					}
				})
			}
		}
	}
}
