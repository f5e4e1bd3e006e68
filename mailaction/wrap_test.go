package mailaction

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestWrapNotifiesAndRepanics(t *testing.T) {
	m := &fakeMailer{}
	m.block()
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n := newTestNotifier(t, m, cfg)
	fn := n.Wrap("import", func(ctx context.Context) error { panic("index out of range") })
	func() {
		defer func() {
			if r := recover(); r != "index out of range" {
				t.Fatalf("recovered %v, want the original panic value", r)
			}
			// The failure is on disk before the panic goes on.
			if got := spoolFiles(t, cfg.Spool); got != 1 {
				t.Fatalf("%d files in the spool after the panic, want 1", got)
			}
		}()
		_ = fn(context.Background())
		t.Fatal("Wrap swallowed the panic")
	}()
	m.release()
	closeNotifier(t, n)
	msgs := m.messages()
	if len(msgs) != 1 || !strings.Contains(msgs[0].Text, "panic: index out of range") || !strings.Contains(msgs[0].Text, "wrap_test.go") {
		t.Fatalf("mails: %d\n%s", len(msgs), msgs[0].Text)
	}
}

func TestWrapErrorsAndSuccess(t *testing.T) {
	m := &fakeMailer{}
	n := newTestNotifier(t, m, testNotifierConfig())
	errBoom := errors.New("boom")
	calls := 0
	fn := n.Wrap("sync", func(ctx context.Context) error {
		calls++
		if calls <= 2 {
			return errBoom
		}
		return nil
	})
	for i := 0; i < 3; i++ {
		err := fn(context.Background())
		if (i < 2) != errors.Is(err, errBoom) {
			t.Fatalf("call %d returned %v", i, err)
		}
	}
	closeNotifier(t, n)
	msgs := m.messages()
	if got, want := strings.Join(kinds(msgs), " "), "failed:1 repeated:1 recovered:0"; got != want {
		t.Fatalf("mails: %s, want %s", got, want)
	}
	if !strings.Contains(msgs[1].Text, "Attempt:   2") {
		t.Errorf("second failure should be attempt 2:\n%s", msgs[1].Text)
	}
}

func TestWrapPanicWithError(t *testing.T) {
	n := newTestNotifier(t, &fakeMailer{}, testNotifierConfig())
	errInner := errors.New("inner")
	defer func() {
		r := recover()
		if r != errInner {
			t.Fatalf("recovered %v", r)
		}
		pe := &PanicError{Value: r}
		if !errors.Is(pe, errInner) {
			t.Error("PanicError does not unwrap to the error it holds")
		}
	}()
	_ = n.Wrap("x", func(context.Context) error { panic(errInner) })(context.Background())
}
