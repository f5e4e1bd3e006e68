package taskmailtest_test

import (
	"context"
	"errors"
	"testing"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/mailaction"
	"github.com/taskmail/taskmail/taskmailtest"
)

func TestSMTPReachesEachKindOfServer(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  taskmailtest.Config
		tls  bool
	}{
		{"plain", taskmailtest.Config{}, false},
		{"starttls", taskmailtest.Config{StartTLS: true, RequireTLS: true}, true},
		{"implicit", taskmailtest.Config{Implicit: true}, true},
		{"greylisted once", taskmailtest.Config{Greylist: 1}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := taskmailtest.NewServer(t, tc.cfg)
			msg := &mailaction.Message{To: []string{"alice@example.org"}, Subject: "hi", Text: "hello\n"}
			if _, err := mailaction.SendEmail(context.Background(), srv.SMTP(), msg, srv.Options()...); err != nil {
				t.Fatal(err)
			}
			got := srv.Messages()
			if len(got) != 1 || got[0].TLS != tc.tls || got[0].To[0] != "alice@example.org" {
				t.Fatalf("received %+v", got)
			}
			m, err := taskmailtest.ReadMessage(got[0])
			if err != nil {
				t.Fatalf("ReadMessage: %v", err)
			}
			if s := m.Header.Get("Subject"); s != "hi" {
				t.Fatalf("subject %q, want hi", s)
			}
		})
	}
}

func TestScriptedReplyAndFault(t *testing.T) {
	srv := taskmailtest.NewServer(t, taskmailtest.Config{
		Rules: []taskmailtest.Rule{{Stage: taskmailtest.StageRcpt, Match: "full@",
			Reply: taskmailtest.Reply{Code: 552, Enhanced: "5.2.2", Text: "Mailbox full"}}},
	})
	ctx := context.Background()
	msg := &mailaction.Message{To: []string{"full@example.org"}, Subject: "hi", Text: "hello\n"}
	if _, err := mailaction.SendEmail(ctx, srv.SMTP(), msg, srv.Options()...); !errors.Is(err, mailerrors.ErrMailboxFull) {
		t.Fatalf("scripted 552: %v", err)
	}
	srv.SetRules()
	srv.SetFaults(taskmailtest.Fault{Stage: taskmailtest.StageMail, Kind: taskmailtest.Fault421})
	cfg := srv.SMTP()
	cfg.Retry.MaxAttempts = 1
	_, err := mailaction.SendEmail(ctx, cfg, msg, srv.Options()...)
	var me *mailerrors.Error
	if !errors.As(err, &me) || me.Code != 421 || !me.Temporary {
		t.Fatalf("421 fault: %v", err)
	}
	if len(srv.Messages()) != 0 {
		t.Fatal("a refused message was delivered")
	}
}
