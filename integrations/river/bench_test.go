package river_test

import (
	"context"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/taskmail/taskmail/config"
	taskriver "github.com/taskmail/taskmail/integrations/river"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/mailaction"
)

// benchWorkers is how many sends run at once, through River (its queue's
// MaxWorkers) and through the plain Sender alike.
const benchWorkers = 10

func benchSender(b *testing.B, srv *smtptest.Server) *mailaction.Sender {
	s, err := mailaction.NewSender(config.SMTP{
		Host: srv.Host(), Port: srv.Port(), TLS: config.TLSNone, From: "robot@example.org",
		Pool: config.Pool{MaxConns: benchWorkers},
	}, mailaction.WithoutRetries())
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	return s
}

// BenchmarkSend compares SendEmail jobs through River (insert, fetch,
// work, complete, on the test PostgreSQL) with the same sends through a
// plain Sender, both with benchWorkers sends at once to the same
// in-process server. It reports messages per second; run several rounds
// (-count) and compare river/plain within the same run.
func BenchmarkSend(b *testing.B) {
	msg := func(i int) taskriver.SendEmailArgs {
		return taskriver.SendEmailArgs{To: []string{"ops@example.org"}, Subject: "bench " + strconv.Itoa(i), Text: "All tasks ran.\n"}
	}
	b.Run("plain", func(b *testing.B) {
		srv := smtptest.StartT(b, smtptest.Config{})
		s := benchSender(b, srv)
		var next atomic.Int64
		var wg sync.WaitGroup
		b.ResetTimer()
		for range benchWorkers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					i := next.Add(1)
					if i > int64(b.N) {
						return
					}
					if _, err := s.Send(context.Background(), msg(int(i)).Message()); err != nil {
						b.Error(err)
						return
					}
				}
			}()
		}
		wg.Wait()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
	b.Run("river", func(b *testing.B) {
		db := newDatabase(b)
		srv := smtptest.StartT(b, smtptest.Config{})
		workers := river.NewWorkers()
		river.AddWorker(workers, taskriver.NewSendEmailWorker(benchSender(b, srv)))
		cfg := db.clientConfig(workers, nil)
		cfg.Queues = map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: benchWorkers}}
		c := db.start(b, cfg)
		events, cancel := c.SubscribeConfig(&river.SubscribeConfig{Kinds: []river.EventKind{river.EventKindJobCompleted, river.EventKindJobFailed, river.EventKindJobCancelled}, ChanSize: b.N + 100})
		defer cancel()
		params := make([]river.InsertManyParams, b.N)
		for i := range params {
			params[i] = river.InsertManyParams{Args: msg(i)}
		}
		b.ResetTimer()
		if _, err := c.InsertMany(context.Background(), params); err != nil {
			b.Fatal(err)
		}
		timeout := time.After(5 * time.Minute)
		for done := 0; done < b.N; done++ {
			select {
			case ev := <-events:
				if ev.Kind != river.EventKindJobCompleted {
					b.Fatalf("job %d: %s: %v", ev.Job.ID, ev.Kind, ev.Job.Errors)
				}
			case <-timeout:
				b.Fatalf("%d of %d jobs done in 5 minutes", done, b.N)
			}
		}
		b.StopTimer()
		if n := len(srv.Messages()); n != b.N {
			b.Fatalf("server got %d messages, want %d", n, b.N)
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "msgs/s")
	})
}
