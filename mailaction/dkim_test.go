package mailaction_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/dkimtest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// dkimMessage is a message that exercises what canonicalization touches:
// a subject that is not ASCII (encoded words), a line longer than SMTP's
// 998 characters (quoted-printable soft breaks), trailing spaces and
// empty lines at the end, and attachments from memory and from a file.
func dkimMessage(t *testing.T, to string) *mailaction.Message {
	t.Helper()
	path := filepath.Join(t.TempDir(), "report.csv")
	var csv bytes.Buffer
	for i := range 2000 {
		csv.WriteString("row,")
		csv.WriteString(strings.Repeat("x", i%70))
		csv.WriteString("\n")
	}
	if err := os.WriteFile(path, csv.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	bin := make([]byte, 5000)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	return &mailaction.Message{
		To:      []string{to},
		Subject: "Nächtlicher Bericht — ✓ fertig " + strings.Repeat("ü", 40) + " " + t.Name(),
		Text:    "Grüße.\n" + strings.Repeat("a long line ", 200) + "\nspaces at the end   \n\n\n",
		Attachments: []mailaction.Attachment{
			{Name: "blob.bin", Data: bin},
			{Path: path},
		},
	}
}

// TestDKIMSigned: a Sender with DKIM options signs every message, on the
// BDAT and on the DATA path, with Ed25519 and RSA keys and each
// canonicalization, and go-msgauth's verifier passes what the server
// received.
func TestDKIMSigned(t *testing.T) {
	keys := []*dkimtest.Key{
		dkimtest.NewKey(t, "ed25519", 0, "example.org", "ed"),
		dkimtest.NewKey(t, "rsa", 2048, "example.org", "rsa"),
	}
	for _, key := range keys {
		for _, canon := range []string{"", "simple/simple", "relaxed/simple", "simple/relaxed"} {
			for _, pa := range chunkedPaths {
				t.Run(key.Selector+"/"+canon+"/"+pa.name, func(t *testing.T) {
					srv := smtptest.StartT(t, smtptest.Config{})
					cfg := plain(srv)
					cfg.DKIM = key.Options(canon)
					ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
					defer cancel()
					if _, err := mailaction.SendEmail(ctx, cfg, dkimMessage(t, "bob@example.net"), pa.opts...); err != nil {
						t.Fatal(err)
					}
					if bdat := srv.CommandCount("BDAT"); (bdat > 0) != (pa.name == "bdat") {
						t.Fatalf("path %s: %d BDAT commands", pa.name, bdat)
					}
					msgs := srv.Messages()
					if len(msgs) != 1 {
						t.Fatalf("%d messages", len(msgs))
					}
					data := msgs[0].Data
					if !bytes.HasPrefix(data, []byte("DKIM-Signature:")) {
						t.Fatalf("the message does not start with DKIM-Signature:\n%.300s", data)
					}
					// A field whose value would start on the next line is
					// joined: OpenDKIM (through the milter protocol) loses
					// that line break and fails simple canonicalization.
					if !bytes.Contains(data, []byte("\r\nSubject: =?UTF-8?q?N=C3=A4chtlicher")) {
						t.Errorf("Subject does not start on its first line:\n%.1200s", data)
					}
					vs := dkimtest.Verify(t, data, key)
					if len(vs) != 1 || vs[0].Err != nil || vs[0].Domain != "example.org" {
						t.Fatalf("verifications %+v", vs)
					}
					want := canon
					if want == "" {
						want = "relaxed/relaxed"
					}
					if !bytes.Contains(data[:600], []byte("c="+want+";")) {
						t.Errorf("signature without c=%s:\n%.600s", want, data)
					}
					// The verifier does check: a changed body fails.
					bad := bytes.Replace(data, []byte("Gr=C3=BC=C3=9Fe"), []byte("Gr=C3=BC=C3=9Fa"), 1)
					if bytes.Equal(bad, data) {
						t.Fatal("test message lacks the greeting")
					}
					if vs := dkimtest.Verify(t, bad, key); len(vs) != 1 || vs[0].Err == nil {
						t.Errorf("a changed body still verifies: %+v", vs)
					}
				})
			}
		}
	}
}

// TestDKIMNotifierSigned: the Notifier's mails go through its Sender and
// so are signed too.
func TestDKIMNotifierSigned(t *testing.T) {
	key := dkimtest.NewKey(t, "ed25519", 0, "example.org", "notify")
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.DKIM = key.Options("")
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := mailaction.NewNotifier(s, config.Notifier{To: []string{"oncall@example.org"}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	if err := n.Notify(ctx, mailaction.Failure{Task: "nightly-backup", Err: errors.New("disk full: ünicode")}); err != nil {
		t.Fatal(err)
	}
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	msgs := srv.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	if vs := dkimtest.Verify(t, msgs[0].Data, key); len(vs) != 1 || vs[0].Err != nil {
		t.Fatalf("verifications %+v", vs)
	}
}

// TestDKIMBadKeyRefused: options whose key cannot sign are refused when
// the Sender is made, naming the field, before anything is sent.
func TestDKIMBadKeyRefused(t *testing.T) {
	small := dkimtest.NewKey(t, "rsa", 1024, "example.org", "small")
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.DKIM = small.Options("")
	_, err := mailaction.NewSender(cfg)
	if !errors.Is(err, mailerrors.ErrInvalidConfig) {
		t.Fatalf("err %v, want invalid_config", err)
	}
	fes := config.FieldErrors(err)
	if len(fes) != 1 || fes[0].Field != "DKIM.PrivateKeyFile" || !strings.Contains(fes[0].Problem, "1024") {
		t.Errorf("field errors %v", fes)
	}
	if srv.Connections() != 0 {
		t.Errorf("%d connections made", srv.Connections())
	}
}
