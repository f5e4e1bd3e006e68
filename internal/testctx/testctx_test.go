package testctx

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

func TestNewHasDeadlineWithinMax(t *testing.T) {
	before := time.Now()
	ctx := New(t)
	after := time.Now()
	end, ok := ctx.Deadline()
	if !ok {
		t.Fatal("the context has no deadline")
	}
	if end.After(after.Add(Max)) || !end.After(before) {
		t.Errorf("deadline %v after New, want within (0, %v]", end.Sub(after), Max)
	}
	if dl, ok := t.Deadline(); ok && !end.Before(dl) {
		t.Errorf("deadline %v is not before the binary's %v", end, dl)
	}
}

func TestNewEndsWithTheTest(t *testing.T) {
	var ctx context.Context
	t.Run("sub", func(t *testing.T) { ctx = New(t) })
	if !errors.Is(ctx.Err(), context.Canceled) {
		t.Errorf("after the test: ctx.Err() = %v, want context.Canceled", ctx.Err())
	}
}

// TestWatchdogReportsHungTest: a test still running Grace after its
// context ended is reported, by name.
func TestWatchdogReportsHungTest(t *testing.T) {
	reported := make(chan string, 1)
	var ctx context.Context
	t.Run("hung", func(t *testing.T) {
		ctx = newContext(t, 20*time.Millisecond, 20*time.Millisecond, func(msg string) { reported <- msg })
		<-ctx.Done() // the code under test honours ctx, the test does not finish:
		select {
		case msg := <-reported:
			if !strings.Contains(msg, "TestWatchdogReportsHungTest/hung") {
				t.Errorf("report %q does not name the test", msg)
			}
		case <-time.After(10 * time.Second):
			t.Error("a test hung past its deadline was not reported")
		}
	})
	if !errors.Is(ctx.Err(), context.DeadlineExceeded) {
		t.Errorf("ctx.Err() = %v, want context.DeadlineExceeded", ctx.Err())
	}
}

// TestWatchdogQuietForFinishedTest: a test that ends before its deadline
// is never reported.
func TestWatchdogQuietForFinishedTest(t *testing.T) {
	reported := make(chan string, 1)
	t.Run("quick", func(t *testing.T) {
		newContext(t, 20*time.Millisecond, 20*time.Millisecond, func(msg string) { reported <- msg })
	})
	select {
	case msg := <-reported:
		t.Errorf("a finished test was reported: %s", msg)
	case <-time.After(200 * time.Millisecond):
	}
}
