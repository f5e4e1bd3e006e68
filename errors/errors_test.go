package errors

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/hashicorp/go-multierror"
)

func TestIsThroughWrappingAndMultierror(t *testing.T) {
	relay := Classify(StageRcpt, "554 5.7.1 <a@b.example>: Relay access denied")
	grey := Classify(StageRcpt, "451 4.7.1 Greylisted, try again later")
	wrapped := fmt.Errorf("send to a@b.example: %w", relay)
	if !errors.Is(wrapped, ErrRelayDenied) {
		t.Error("errors.Is through fmt.Errorf %w failed")
	}
	if errors.Is(wrapped, ErrGreylisted) {
		t.Error("relay denial matched ErrGreylisted")
	}
	var merr *multierror.Error
	merr = multierror.Append(merr, grey, wrapped)
	if !errors.Is(merr, ErrRelayDenied) || !errors.Is(merr, ErrGreylisted) {
		t.Error("errors.Is through go-multierror failed")
	}
	if IsTemporary(merr) {
		t.Error("IsTemporary(greylisted + relay denied) = true, want false")
	}
	if !IsTemporary(fmt.Errorf("x: %w", grey)) {
		t.Error("IsTemporary(greylisted) = false")
	}
	if got := All(merr); len(got) != 2 {
		t.Errorf("All(multierror) returned %d errors, want 2", len(got))
	}
	if KindOf(wrapped) != KindRelayDenied {
		t.Errorf("KindOf = %s", KindOf(wrapped))
	}
}

func TestErrorIsOneLine(t *testing.T) {
	e := Classify(StageRcpt, "550-5.1.1 first line\r\n550 5.1.1 second line")
	e.Recipient = "a@b.example\r\nX-Injected: yes"
	e.Server = "mx.example:25"
	msg := e.Error()
	if strings.ContainsAny(msg, "\r\n") {
		t.Errorf("Error() has a line break: %q", msg)
	}
	want := "recipient_unknown at rcpt on mx.example:25 for <a@b.example  X-Injected: yes>: 550 5.1.1 first line second line"
	if msg != want {
		t.Errorf("Error() = %q, want %q", msg, want)
	}
	cause := New(KindConnectionFailed, StageConnect, errors.New("dial\ntcp: refused"))
	if strings.ContainsAny(cause.Error(), "\r\n") {
		t.Errorf("Error() of a cause with a newline: %q", cause.Error())
	}
}

func TestTemporaryRules(t *testing.T) {
	tests := []struct {
		reply string
		stage Stage
		kind  Kind
		temp  bool
	}{
		{"454 4.7.1 <a@b.example>: Relay access denied", StageRcpt, KindRelayDenied, false},
		{"451 5.7.3 STARTTLS is required to send mail", StageMail, KindTLSRequired, false},
		{"454 4.7.0 Temporary authentication failure", StageAuth, KindAuthFailed, true},
		{"452 4.2.2 Mailbox full", StageRcpt, KindMailboxFull, true},
		{"552 5.2.2 Mailbox full", StageRcpt, KindMailboxFull, false},
		{"Greylisted, come back later", StageRcpt, KindGreylisted, true},
		{"Mailbox full", StageRcpt, KindMailboxFull, false},
	}
	for _, tt := range tests {
		e := Classify(tt.stage, tt.reply)
		if e.Kind != tt.kind || e.Temporary != tt.temp {
			t.Errorf("Classify(%s, %q) = %s temporary=%v, want %s temporary=%v", tt.stage, tt.reply, e.Kind, e.Temporary, tt.kind, tt.temp)
		}
	}
}

func TestNew(t *testing.T) {
	e := New(KindInvalidConfig, StageConfig, errors.New("smtp.host: missing"))
	if e.Kind != KindInvalidConfig || e.Temporary || len(e.Hints) == 0 || !errors.Is(e, ErrInvalidConfig) {
		t.Errorf("New = %+v", e)
	}
	if !New(KindTimeout, StageData, nil).Temporary {
		t.Error("New(timeout) not temporary")
	}
	pop := New(KindPOPFailed, StagePOP, Classify(StageConnect, "Connection refused"))
	if !pop.Temporary {
		t.Error("New(pop_failed, refused) not temporary")
	}
	if New(KindPOPFailed, StagePOP, errors.New("-ERR [AUTH] Authentication failed.")).Temporary {
		t.Error("New(pop_failed, auth) temporary")
	}
}

func TestClassifyNeverNil(t *testing.T) {
	for _, in := range []string{"", "\n", "junk", "999 x", "250 2.0.0 Ok"} {
		e := Classify(StageRcpt, in)
		if e == nil || e.Error() == "" {
			t.Errorf("Classify(%q) = %v", in, e)
		}
	}
	if k := Classify(StageData, "250 2.0.0 Ok: queued as 123").Kind; k != KindUnknown {
		t.Errorf("a success reply classified as %s", k)
	}
}
