package mailaction_test

import (
	"testing"

	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestEnvelopeSenderBare: MAIL FROM carries the bare address whichever
// way the sender is given: cfg.Sender (with a display name), else the
// message's From, else cfg.From.
func TestEnvelopeSenderBare(t *testing.T) {
	cases := []struct {
		name, sender, cfgFrom, msgFrom, want string
	}{
		{"explicit sender with a name", "Bounces <bounces@example.org>", "Robot <robot@example.org>", "", "bounces@example.org"},
		{"explicit sender wins over the message's From", "Bounces <bounces@example.org>", "Robot <robot@example.org>", "Alerts <alerts@example.org>", "bounces@example.org"},
		{"message From", "", "Robot <robot@example.org>", "Alerts <alerts@example.org>", "alerts@example.org"},
		{"configured From", "", "Robot <robot@example.org>", "", "robot@example.org"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{})
			cfg := plain(srv)
			cfg.Sender, cfg.From = c.sender, c.cfgFrom
			msg := simple("ops@example.org")
			msg.From = c.msgFrom
			if _, err := mailaction.SendEmail(testctx.New(t), cfg, msg); err != nil {
				t.Fatal(err)
			}
			got := srv.Messages()
			if len(got) != 1 || got[0].From != c.want {
				t.Fatalf("messages %+v, want MAIL FROM:<%s>", got, c.want)
			}
		})
	}
}
