package mailaction

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// noticeLog records a Notifier's observer calls.
type noticeLog struct {
	mu     sync.Mutex
	events []string
}

func (l *noticeLog) add(s string) {
	l.mu.Lock()
	l.events = append(l.events, s)
	l.mu.Unlock()
}

func (l *noticeLog) all() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.events...)
}

func (l *noticeLog) observer() *Observer {
	return &Observer{
		FailureReceived: func(i FailureInfo) { l.add(fmt.Sprintf("received %s overflowed=%v", i.Task, i.Overflowed)) },
		Spooled:         func(i SpoolInfo) { l.add(fmt.Sprintf("spooled %s err=%v", i.Task, i.Err != nil)) },
		Folded:          func(i NoticeInfo) { l.add(fmt.Sprintf("folded %s %s %d", i.Kind, i.Task, i.Failures)) },
		Mailed: func(i NoticeInfo) {
			l.add(fmt.Sprintf("mailed %s %s %d id=%v attempts=%d", i.Kind, i.Task, i.Failures, i.MessageID != "", i.Attempts))
		},
		Dropped: func(i NoticeInfo) {
			l.add(fmt.Sprintf("dropped %s %s %d %s", i.Kind, i.Task, i.Failures, mailerrors.KindOf(i.Err)))
		},
	}
}

func TestNotifierObserver(t *testing.T) {
	log := &noticeLog{}
	m := &fakeMailer{}
	cfg := testNotifierConfig()
	cfg.Spool = t.TempDir()
	n := newTestNotifier(t, m, cfg, WithObserver(log.observer()))
	for i := range 3 {
		if err := n.Notify(context.Background(), Failure{Task: "backup", Err: fmt.Errorf("disk full after %d bytes", i)}); err != nil {
			t.Fatal(err)
		}
	}
	closeNotifier(t, n)
	got := strings.Join(log.all(), "\n")
	for _, w := range []string{
		"spooled backup err=false",
		"received backup overflowed=false",
		"folded failed backup 1",
		"folded repeated backup 2",
		"mailed failed backup 1 id=true attempts=1",
		"mailed repeated backup 2 id=true attempts=1",
	} {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in:\n%s", w, got)
		}
	}
	if c := strings.Count(got, "received backup"); c != 3 {
		t.Errorf("received %d times, want 3", c)
	}
}

func TestNotifierObserverDropped(t *testing.T) {
	log := &noticeLog{}
	refused := &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Code: 554, Enhanced: "5.7.1", Temporary: false}
	m := &fakeMailer{failN: 1, failErr: refused}
	n := newTestNotifier(t, m, testNotifierConfig(), WithObserver(log.observer()))
	if err := n.Notify(context.Background(), Failure{Task: "etl", Err: errors.New("boom")}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Close(ctx); !errors.Is(err, ErrNotificationsRefused) {
		t.Fatalf("Close: %v", err)
	}
	if got := strings.Join(log.all(), "\n"); !strings.Contains(got, "dropped failed etl 1 relay_denied") || strings.Contains(got, "mailed") {
		t.Errorf("events:\n%s", got)
	}
}

// TestNotifierObserverLost: what Close gives up on (the mail server never
// answers) is Dropped once, with no kind or task and every failure not
// mailed, so that an observer counting Dropped's failures sees them all.
func TestNotifierObserverLost(t *testing.T) {
	log := &noticeLog{}
	m := &fakeMailer{blocked: make(chan struct{})} // never unblocked: no send ends
	n := newTestNotifier(t, m, testNotifierConfig(), WithObserver(log.observer()))
	for range 3 {
		if err := n.Notify(context.Background(), Failure{Task: "etl", Err: errors.New("boom")}); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if err := n.Close(ctx); err == nil {
		t.Fatal("Close gave up on nothing")
	}
	got := strings.Join(log.all(), "\n")
	if c := strings.Count(got, "dropped   3 "); c != 1 || strings.Contains(got, "mailed") {
		t.Errorf("want one Dropped for the 3 failures not mailed (no kind, no task), no Mailed; events:\n%s", got)
	}
}
