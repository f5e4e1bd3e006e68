package mailaction_test

import (
	"context"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/realservers"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestRealSMTPUTF8: Postfix offers SMTPUTF8 (smtputf8_enable = yes), so
// a sender whose local part is not ASCII goes through, with an IDN
// converted to A-labels; bob gets the message with both in the headers
// and the envelope sender as Return-Path.
func TestRealSMTPUTF8(t *testing.T) {
	s := realservers.Get(t)
	bob := s.User(t, "bob")
	for _, tc := range []struct{ from, envelope string }{
		{"rôbot@example.org", "rôbot@example.org"},
		{"robot@bücher.example", "robot@xn--bcher-kva.example"},
	} {
		t.Run(tc.from, func(t *testing.T) {
			cfg := realConfig(t, s.SMTPPlain, config.TLSNone, tc.from)
			msg := realMessage(t, bob.Address)
			msg.Subject = "smtputf8 " + time.Now().Format(time.RFC3339Nano) // ASCII: found as it is in the raw message
			if _, _, err := realSend(t, s, cfg, msg); err != nil {
				t.Fatalf("SendEmail: %v", err)
			}
			ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
			defer cancel()
			got := s.Fetch(t, ctx, bob, msg.Subject)
			m, err := mail.ReadMessage(strings.NewReader(string(got)))
			if err != nil {
				t.Fatal(err)
			}
			if rp := m.Header.Get("Return-Path"); rp != "<"+tc.envelope+">" {
				t.Errorf("Return-Path %q, want <%s>", rp, tc.envelope)
			}
			from, err := m.Header.AddressList("From")
			if err != nil || len(from) != 1 || from[0].Address != tc.envelope {
				t.Errorf("From %q (%v), want %s", m.Header.Get("From"), err, tc.envelope)
			}
		})
	}
}
