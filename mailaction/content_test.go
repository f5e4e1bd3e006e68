package mailaction_test

import (
	"bytes"
	"encoding/base64"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

func TestSendEmailContent(t *testing.T) {
	for _, pa := range paths {
		t.Run(pa.name, func(t *testing.T) { testContent(t, pa) })
	}
}

func testContent(t *testing.T, pa path) {
	srv := smtptest.StartT(t, smtptest.Config{DisablePipelining: pa.disablePipelining})
	dir := t.TempDir()
	path := filepath.Join(dir, "report.csv")
	if err := os.WriteFile(path, []byte("task,status\nbuild,ok\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	date := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	msg := &mailaction.Message{
		To:        []string{"Ops <ops@example.org>"},
		Cc:        []string{"lead@example.org"},
		Bcc:       []string{"audit@example.org", "OPS@example.org"},
		ReplyTo:   "noreply@example.org",
		Subject:   "Nightly: 3 tasks failed ✗",
		Text:      "Three tasks failed.\n.\nA line with a lone dot above.\n",
		HTML:      "<p>Three tasks failed.</p>",
		Headers:   map[string]string{"X-Task-Run": "run-42"},
		Priority:  mailaction.PriorityHigh,
		MessageID: "<run-42@runner.example.org>",
		Date:      date,
		Attachments: []mailaction.Attachment{
			{Name: "log.txt", Data: []byte("line 1\nline 2\n")},
			{Path: path},
			{Name: "stdin.bin", Reader: strings.NewReader("\x00\x01binary"), ContentType: "application/x-test"},
		},
	}
	res, err := mailaction.SendEmail(testctx.New(t), plain(srv), msg, pa.opts...)
	if err != nil {
		t.Fatalf("SendEmail: %v", err)
	}
	if res.Attempts != 1 || res.MessageID != "run-42@runner.example.org" || !strings.HasPrefix(res.Response, "250 ") {
		t.Errorf("Result = %+v", res)
	}
	wantRcpts := []string{"ops@example.org", "lead@example.org", "audit@example.org"}
	if !slices.Equal(res.Accepted, wantRcpts) {
		t.Errorf("Accepted = %v, want %v (Bcc in the envelope, duplicates once)", res.Accepted, wantRcpts)
	}

	got := srv.Messages()
	if len(got) != 1 {
		t.Fatalf("server got %d messages, want 1", len(got))
	}
	rcv := got[0]
	if rcv.From != "robot@example.org" || !slices.Equal(rcv.To, wantRcpts) {
		t.Errorf("envelope = %s -> %v", rcv.From, rcv.To)
	}
	m, err := mail.ReadMessage(bytes.NewReader(rcv.Data))
	if err != nil {
		t.Fatalf("ReadMessage: %v\n%s", err, rcv.Data)
	}
	h := m.Header
	dec := new(mime.WordDecoder)
	subject, _ := dec.DecodeHeader(h.Get("Subject"))
	for _, c := range []struct{ name, got, want string }{
		{"From", h.Get("From"), `"Robot" <robot@example.org>`},
		{"To", h.Get("To"), `"Ops" <ops@example.org>`},
		{"Cc", h.Get("Cc"), "<lead@example.org>"},
		{"Reply-To", h.Get("Reply-To"), "<noreply@example.org>"},
		{"Subject", subject, msg.Subject},
		{"Message-ID", h.Get("Message-ID"), "<run-42@runner.example.org>"},
		{"Date", h.Get("Date"), date.Format(time.RFC1123Z)},
		{"X-Task-Run", h.Get("X-Task-Run"), "run-42"},
		{"Importance", strings.ToLower(h.Get("Importance")), "high"},
		{"Bcc", h.Get("Bcc"), ""},
	} {
		if c.got != c.want {
			t.Errorf("header %s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if bytes.Contains(rcv.Data, []byte("audit@example.org")) {
		t.Error("a Bcc address is in the message")
	}

	// multipart/mixed: [multipart/alternative: text, html], attachments.
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || mt != "multipart/mixed" {
		t.Fatalf("Content-Type = %q (%v)", h.Get("Content-Type"), err)
	}
	parts := readParts(t, m.Body, params["boundary"])
	if len(parts) != 4 {
		t.Fatalf("got %d top-level parts, want 4", len(parts))
	}
	amt, aparams, _ := mime.ParseMediaType(parts[0].header.Get("Content-Type"))
	if amt != "multipart/alternative" {
		t.Fatalf("first part is %q, want multipart/alternative", amt)
	}
	alt := readParts(t, bytes.NewReader(parts[0].body), aparams["boundary"])
	if len(alt) != 2 || !strings.HasPrefix(alt[0].header.Get("Content-Type"), "text/plain") ||
		!strings.HasPrefix(alt[1].header.Get("Content-Type"), "text/html") {
		t.Fatalf("alternative parts: %+v", alt)
	}
	if string(alt[0].body) != msg.Text {
		t.Errorf("text body = %q, want %q (dot-stuffing undone)", alt[0].body, msg.Text)
	}
	for i, want := range []struct{ name, ctype, body string }{
		{"log.txt", "text/plain", "line 1\nline 2\n"},
		{"report.csv", "text/csv", "task,status\nbuild,ok\n"},
		{"stdin.bin", "application/x-test", "\x00\x01binary"},
	} {
		p := parts[i+1]
		if p.fileName != want.name || !strings.HasPrefix(p.header.Get("Content-Type"), want.ctype) || string(p.body) != want.body {
			t.Errorf("attachment %d = %q %q %q, want %+v", i, p.fileName, p.header.Get("Content-Type"), p.body, want)
		}
	}
}

type part struct {
	header   mail.Header
	fileName string
	body     []byte
}

// readParts reads the parts of a multipart body, decoding their transfer
// encoding.
func readParts(t *testing.T, r io.Reader, boundary string) []part {
	t.Helper()
	mr := multipart.NewReader(r, boundary)
	var out []part
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("NextPart: %v", err)
		}
		var b []byte
		switch strings.ToLower(p.Header.Get("Content-Transfer-Encoding")) {
		case "base64":
			b, err = io.ReadAll(base64.NewDecoder(base64.StdEncoding, p))
		case "quoted-printable":
			b, err = io.ReadAll(quotedprintable.NewReader(p))
			b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		default:
			b, err = io.ReadAll(p)
			b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
		}
		if err != nil {
			t.Fatalf("reading part: %v", err)
		}
		out = append(out, part{header: mail.Header(p.Header), fileName: p.FileName(), body: b})
	}
}

func TestHeaderInjectionRefused(t *testing.T) {
	cases := map[string]*mailaction.Message{
		"subject": {To: []string{"ops@example.org"}, Subject: "hi\r\nBcc: victim@example.net"},
		"to":      {To: []string{"ops@example.org\nBcc: victim@example.net"}},
		"bcc":     {To: []string{"ops@example.org"}, Bcc: []string{"a@example.org\r"}},
		"from":    {From: "robot@example.org\r\nX-Evil: 1", To: []string{"ops@example.org"}},
		"replyto": {To: []string{"ops@example.org"}, ReplyTo: "a@example.org\n"},
		"header":  {To: []string{"ops@example.org"}, Headers: map[string]string{"X-Run": "1\r\nBcc: victim@example.net"}},
		"hname":   {To: []string{"ops@example.org"}, Headers: map[string]string{"X-Run\r\nBcc": "x"}},
		"attname": {To: []string{"ops@example.org"}, Attachments: []mailaction.Attachment{{Name: "a\r\n.txt", Data: []byte("x")}}},
	}
	for name, msg := range cases {
		t.Run(name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{})
			res, err := mailaction.SendEmail(testctx.New(t), plain(srv), msg)
			if !errors.Is(err, mailerrors.ErrSyntaxError) {
				t.Fatalf("err = %v, want syntax_error", err)
			}
			var me *mailerrors.Error
			if !errors.As(err, &me) || !strings.Contains(me.Text, "line break") || len(me.Hints) == 0 {
				t.Errorf("error %#v does not say what is wrong", me)
			}
			if res.Attempts != 0 || srv.Connections() != 0 || srv.CommandCount("MAIL") != 0 {
				t.Errorf("something was sent: attempts %d, connections %d", res.Attempts, srv.Connections())
			}
		})
	}
}

func TestMessageErrors(t *testing.T) {
	cases := []struct {
		name string
		msg  *mailaction.Message
		kind error
	}{
		{"no recipients", &mailaction.Message{Subject: "x"}, mailerrors.ErrSyntaxError},
		{"bad address", &mailaction.Message{To: []string{"not an address"}}, mailerrors.ErrSyntaxError},
		{"reserved header", &mailaction.Message{To: []string{"a@example.org"}, Headers: map[string]string{"subject": "x"}}, mailerrors.ErrSyntaxError},
		{"missing file", &mailaction.Message{To: []string{"a@example.org"}, Attachments: []mailaction.Attachment{{Path: "/nonexistent/x.pdf"}}}, mailerrors.ErrInvalidConfig},
		{"empty attachment", &mailaction.Message{To: []string{"a@example.org"}, Attachments: []mailaction.Attachment{{Name: "x"}}}, mailerrors.ErrSyntaxError},
		{"nil", nil, mailerrors.ErrSyntaxError},
	}
	srv := smtptest.StartT(t, smtptest.Config{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := mailaction.SendEmail(testctx.New(t), plain(srv), c.msg)
			if !errors.Is(err, c.kind) {
				t.Errorf("err = %v, want %v", err, c.kind)
			}
		})
	}
	if srv.Connections() != 0 {
		t.Errorf("%d connections for messages that cannot be sent", srv.Connections())
	}
}

// TestEnvelope: the envelope sender is separate from the header From, and
// the EHLO name is the configured one.
func TestEnvelope(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	cfg := plain(srv)
	cfg.Sender = "bounces@example.org"
	cfg.HeloName = "runner01.example.org"
	if _, err := mailaction.SendEmail(testctx.New(t), cfg, simple("ops@example.org")); err != nil {
		t.Fatal(err)
	}
	// A message's own From changes the header, not an explicit Sender.
	msg := simple("ops@example.org")
	msg.From = "Alerts <alerts@example.org>"
	if _, err := mailaction.SendEmail(testctx.New(t), cfg, msg); err != nil {
		t.Fatal(err)
	}
	// Without an explicit Sender, MAIL FROM follows the message's From.
	cfg.Sender = ""
	if _, err := mailaction.SendEmail(testctx.New(t), cfg, msg); err != nil {
		t.Fatal(err)
	}
	got := srv.Messages()
	if len(got) != 3 {
		t.Fatalf("got %d messages", len(got))
	}
	for i, want := range []struct{ envelope, from string }{
		{"bounces@example.org", `"Robot" <robot@example.org>`},
		{"bounces@example.org", `"Alerts" <alerts@example.org>`},
		{"alerts@example.org", `"Alerts" <alerts@example.org>`},
	} {
		m, err := mail.ReadMessage(bytes.NewReader(got[i].Data))
		if err != nil {
			t.Fatal(err)
		}
		if got[i].From != want.envelope || m.Header.Get("From") != want.from || got[i].Helo != "runner01.example.org" {
			t.Errorf("message %d: MAIL FROM %s, From %s, EHLO %s; want %+v", i, got[i].From, m.Header.Get("From"), got[i].Helo, want)
		}
	}
}
