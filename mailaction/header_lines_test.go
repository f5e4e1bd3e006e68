package mailaction

import (
	"bytes"
	"context"
	"errors"
	"mime"
	"net/mail"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// headerLines returns the raw header lines of a received message (folded
// lines separately), and the message parsed.
func headerLines(t *testing.T, data []byte) ([]string, *mail.Message) {
	t.Helper()
	head, _, ok := bytes.Cut(data, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("no end of headers in:\n%s", data)
	}
	m, err := mail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("received message does not parse: %v", err)
	}
	return strings.Split(string(head), "\r\n"), m
}

func decodeHeader(t *testing.T, v string) string {
	t.Helper()
	s, err := new(mime.WordDecoder).DecodeHeader(v)
	if err != nil {
		t.Fatalf("header %q does not decode: %v", v, err)
	}
	return s
}

// RFC 5322 §2.1.1: a line is at most 998 octets. A Subject or header made
// of one long word (nowhere to fold) must still go out in lines under it,
// and read back the same.
func TestSendFoldsLongHeaderWords(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	s, err := NewSender(loopbackSMTP(srv.Port()), WithSleep(noWait))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	subject := "report " + strings.Repeat("x", 3000) + " done"
	long := strings.Repeat("y", 2000)
	ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
	defer cancel()
	msg := &Message{To: []string{"a@example.org"}, Subject: subject, Text: "hi\n", Headers: map[string]string{"X-Long": long}}
	if _, err := s.Send(ctx, msg); err != nil {
		t.Fatal(err)
	}
	got := srv.Messages()
	if len(got) != 1 {
		t.Fatalf("%d messages", len(got))
	}
	lines, m := headerLines(t, got[0].Data)
	for _, l := range lines {
		if len(l) > 998 {
			t.Errorf("header line of %d octets: %.60s...", len(l), l)
		}
	}
	if d := decodeHeader(t, m.Header.Get("Subject")); d != subject {
		t.Errorf("Subject reads back as %d bytes %.40q..., want the %d sent", len(d), d, len(subject))
	}
	if d := decodeHeader(t, m.Header.Get("X-Long")); d != long {
		t.Errorf("X-Long reads back as %.40q..., want the value sent", d)
	}
}

// A task name or step holding control characters (NUL, ESC, ...), or
// very long, or not ASCII, still makes a mail the server takes: every
// value the notifier puts in a header is cleaned, capped and encoded.
func TestNotifierHeadersFromHostileTaskNames(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	sender, err := NewSender(loopbackSMTP(srv.Port()), WithSleep(noWait))
	if err != nil {
		t.Fatal(err)
	}
	defer sender.Close()
	n := newTestNotifier(t, sender, testNotifierConfig())
	tasks := []struct{ task, step string }{
		{"nightly\x00backup", "step\x01one"},
		{"esc\x1b[31mred\x7f\u0085\u2028x", "tab\there"},
		{strings.Repeat("t", 5000), strings.Repeat("s", 3000)},
		{"Nächtliche Sicherung — 日本語", "schritt ü"},
		{"bad utf-8 \xff\xfe", ""},
	}
	for _, tc := range tasks {
		if err := n.Notify(testctx.New(t), Failure{Task: tc.task, Step: tc.step, Err: errors.New("exit status 1")}); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
	defer cancel()
	if err := srv.WaitMessages(ctx, len(tasks)); err != nil {
		t.Fatalf("%d of %d notifications received (stats %+v): %v", len(srv.Messages()), len(tasks), n.Stats(), err)
	}
	closeNotifier(t, n)
	if st := n.Stats(); st.SendErrors != 0 || st.Dead != 0 {
		t.Errorf("stats: %+v", st)
	}
	for _, r := range srv.Messages() {
		lines, m := headerLines(t, r.Data)
		for _, l := range lines {
			if len(l) > 998 {
				t.Errorf("header line of %d octets: %.60s...", len(l), l)
			}
			for _, c := range []byte(l) {
				if c < ' ' && c != '\t' || c >= 0x7f {
					t.Errorf("raw header line holds byte %#x: %q", c, l)
					break
				}
			}
		}
		for _, h := range []string{"Subject", HeaderTask} {
			v := decodeHeader(t, m.Header.Get(h))
			if strings.ContainsFunc(v, func(r rune) bool { return unicode.IsControl(r) || r == '\u2028' }) {
				t.Errorf("%s holds a control character: %q", h, v)
			}
			if len(v) > 300 {
				t.Errorf("%s is %d bytes long; want it capped", h, len(v))
			}
		}
	}
	// The readable names arrive readable.
	found := false
	for _, r := range srv.Messages() {
		_, m := headerLines(t, r.Data)
		if decodeHeader(t, m.Header.Get(HeaderTask)) == "Nächtliche Sicherung — 日本語" {
			found = true
			if s := decodeHeader(t, m.Header.Get("Subject")); s != "[taskmail] FAILED: Nächtliche Sicherung — 日本語 at schritt ü" {
				t.Errorf("Subject %q", s)
			}
		}
	}
	if !found {
		t.Error("no mail with the non-ASCII task name intact")
	}
}
