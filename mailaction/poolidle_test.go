package mailaction

import (
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestPoolGetSkipsStaleIdle: get must not hand out a connection idle for
// idle_timeout or longer, even when the reaper has not retired it yet (a
// timer that fires late, a machine that was suspended): it dials a new
// one and closes the stale one. The reaper usually retires such a
// connection first, which is why this is tested on the pool itself, with
// a lastUsed set back by hand and an idle timeout the reaper cannot reach
// during the test.
func TestPoolGetSkipsStaleIdle(t *testing.T) {
	const idle = time.Hour
	for _, c := range []struct {
		name  string
		age   time.Duration // how long the connection has been idle
		reuse bool
	}{
		{"fresh", 0, true},
		{"just under idle_timeout", idle - time.Minute, true},
		{"at idle_timeout", idle, false},
		{"long past idle_timeout", 3 * idle, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := smtptest.StartT(t, smtptest.Config{})
			cfg := config.SMTP{Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org"}
			cfg.Pool.IdleTimeout = idle
			s, err := newSender(cfg, newOptions(nil), 1)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx := testctx.New(t)

			first, reused, e := s.pool.get(ctx, false)
			if e != nil || reused {
				t.Fatalf("first get: reused %v, %v", reused, e)
			}
			s.pool.put(first)
			s.pool.mu.Lock()
			first.lastUsed = time.Now().Add(-c.age)
			s.pool.mu.Unlock()

			got, reused, e := s.pool.get(ctx, false)
			if e != nil {
				t.Fatal(e)
			}
			defer s.pool.put(got)
			if reused != c.reuse || (got == first) != c.reuse {
				t.Fatalf("idle %v (idle_timeout %v): reused = %v, same connection = %v; want %v",
					c.age, idle, reused, got == first, c.reuse)
			}
			if want := map[bool]int{true: 1, false: 2}[c.reuse]; srv.Connections() != want {
				t.Errorf("%d connections, want %d", srv.Connections(), want)
			}
			if !c.reuse && !first.dead {
				t.Error("the stale connection was left open")
			}
		})
	}
}
