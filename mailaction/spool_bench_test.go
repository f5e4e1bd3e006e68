package mailaction

import (
	"context"
	"errors"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
)

// BenchmarkNotifyConcurrent measures Notify under 1,000 concurrent
// callers (RunParallel with its parallelism set so that 1,000 goroutines
// call it), without and with a spool. ns/op is the wall time divided by
// the calls (the cost per call at that load); p50-µs and p99-µs are the
// latency of one call as its caller sees it (with a spool, at least one
// fsync: the batch the call joined).
func BenchmarkNotifyConcurrent(b *testing.B) {
	for _, spooled := range []bool{false, true} {
		name := "memory"
		if spooled {
			name = "spool"
		}
		b.Run(name, func(b *testing.B) {
			cfg := config.Notifier{To: []string{"oncall@example.org"}}
			if spooled {
				cfg.Spool = b.TempDir()
			}
			n, err := NewNotifier(&discardMailer{}, cfg, WithHostname("bench"))
			if err != nil {
				b.Fatal(err)
			}
			const callers = 1000
			procs := runtime.GOMAXPROCS(0)
			b.SetParallelism((callers + procs - 1) / procs)
			errs := []error{errors.New("exit status 1"), errors.New("exit status 2"), errors.New("timeout after 30s")}
			var mu sync.Mutex
			var lat []time.Duration
			b.ReportAllocs()
			b.ResetTimer()
			b.RunParallel(func(pb *testing.PB) {
				local := make([]time.Duration, 0, 256)
				f := Failure{Task: "bench", Step: "run", Attributes: map[string]string{"run": "42"}}
				ctx := context.Background()
				for i := 0; pb.Next(); i++ {
					f.Err = errs[i%len(errs)]
					t0 := time.Now()
					if err := n.Notify(ctx, f); err != nil {
						b.Error(err)
						return
					}
					local = append(local, time.Since(t0))
				}
				mu.Lock()
				lat = append(lat, local...)
				mu.Unlock()
			})
			b.StopTimer()
			slices.Sort(lat)
			if len(lat) > 0 {
				b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
				b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			if err := n.Close(ctx); err != nil {
				b.Fatal(err)
			}
			if st := n.Stats(); st.Accounted != st.Notified {
				b.Fatalf("accounted %d of %d failures", st.Accounted, st.Notified)
			}
		})
	}
}
