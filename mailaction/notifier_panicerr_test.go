package mailaction

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// derefError is an error type whose methods use their receiver, so that a
// typed nil of it (var e *derefError; return e) panics when asked.
type derefError struct{ msg string }

func (e *derefError) Error() string { return e.msg }

// unwrapPanics is an error whose Error works but whose Unwrap panics.
type unwrapPanics struct{ inner *derefError }

func (e unwrapPanics) Error() string { return "outer" }
func (e unwrapPanics) Unwrap() error { return fmt.Errorf("wrapped: %s", e.inner.msg) }

func TestNotifyErrorMethodPanics(t *testing.T) {
	var typedNil *derefError
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"typed nil", typedNil, "(error text unavailable: Error() panicked: "},
		{"unwrap", unwrapPanics{}, "outer (error details unavailable: its Unwrap or As method panicked: "},
	}
	for _, c := range cases {
		for _, spooled := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/spool=%v", c.name, spooled), func(t *testing.T) {
				m := &fakeMailer{}
				cfg := testNotifierConfig()
				if spooled {
					cfg.Spool = t.TempDir()
				}
				n := newTestNotifier(t, m, cfg)
				if err := n.Notify(context.Background(), Failure{Task: "nightly", Err: c.err}); err != nil {
					t.Fatalf("Notify: %v", err)
				}
				closeNotifier(t, n)
				msgs := m.messages()
				if len(msgs) != 1 {
					t.Fatalf("%d mails, want 1", len(msgs))
				}
				if !strings.Contains(msgs[0].Text, c.want) {
					t.Errorf("mail does not say the error text is unavailable (%q):\n%s", c.want, msgs[0].Text)
				}
				if st := n.Stats(); st.Accounted != 1 {
					t.Errorf("stats: %+v", st)
				}
				if spooled {
					assertSpoolEmpty(t, cfg.Spool)
				}
			})
		}
	}
}
