package mailaction

import (
	"context"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// BenchmarkNotifyConcurrent measures Notify under 1,000 concurrent
// callers (RunParallel with its parallelism set so that 1,000 goroutines
// call it), without and with a spool. ns/op is the wall time divided by
// the calls (the cost per call at that load); p50-µs and p99-µs are the
// latency of one call as its caller sees it (with a spool, at least one
// fsync: the batch the call joined).
func BenchmarkNotifyConcurrent(b *testing.B) {
	benchNotifiers(b, func(b *testing.B, n *Notifier) {
		const callers = 1000
		procs := runtime.GOMAXPROCS(0)
		b.SetParallelism((callers + procs - 1) / procs)
		var mu sync.Mutex
		var lat []time.Duration
		b.RunParallel(func(pb *testing.PB) {
			local := make([]time.Duration, 0, 256)
			f := Failure{Task: "bench", Step: "run", Attributes: map[string]string{"run": "42"}}
			ctx := context.Background()
			for i := 0; pb.Next(); i++ {
				f.Err = benchErrs[i%len(benchErrs)]
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
		slices.Sort(lat)
		if len(lat) > 0 {
			b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "p99-µs")
		}
	})
}
