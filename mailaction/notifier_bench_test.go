package mailaction

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
)

// discardMailer accepts every message at once.
type discardMailer struct{ n atomic.Int64 }

func (d *discardMailer) Send(ctx context.Context, msg *Message) (*Result, error) {
	d.n.Add(1)
	return &Result{Accepted: msg.To}, nil
}

// benchNotifiers runs body on a notifier with a Mailer that accepts at
// once and the default storm control, in memory ("memory") and with a
// spool ("spool"), then closes it and checks every failure was accounted
// for.
func benchNotifiers(b *testing.B, body func(b *testing.B, n *Notifier)) {
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
			// The queue-full warnings would go to slog.Default, between
			// the benchmark's name and its figures, which benchstat then
			// cannot read.
			n, err := NewNotifier(&discardMailer{}, cfg, WithHostname("bench"), WithLogger(slog.New(slog.DiscardHandler)))
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			b.ResetTimer()
			body(b, n)
			b.StopTimer()
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

// benchErrs are the task errors the Notify benchmarks cycle through.
var benchErrs = []error{errors.New("exit status 1"), errors.New("exit status 2"), errors.New("timeout after 30s")}

// BenchmarkNotify measures what a task pays for one Notify call: with the
// default storm control and a Mailer that accepts at once, without and
// with a spool (one Notify at a time: one write and one fsync per call).
func BenchmarkNotify(b *testing.B) {
	benchNotifiers(b, func(b *testing.B, n *Notifier) {
		f := Failure{Task: "bench", Step: "run", Attributes: map[string]string{"run": "42"}}
		ctx := context.Background()
		for i := 0; b.Loop(); i++ {
			f.Err = benchErrs[i%len(benchErrs)]
			if err := n.Notify(ctx, f); err != nil {
				b.Fatal(err)
			}
		}
		st := n.Stats()
		b.ReportMetric(float64(st.Overflowed)/float64(max(st.Notified, 1)), "queue-full-frac")
	})
}

// BenchmarkNotifyStorm notifies 100,000 failures from 1,000 goroutines
// with the default storm control, through a real Sender to an smtptest
// server, then closes the notifier; and 20,000 with a spool. It
// reports the mails the server received, the failures they account for
// (must be all of them), how many found the queue full, the peak heap and
// process memory, the wall time per Notify under that load and the time
// until everything was mailed.
func BenchmarkNotifyStorm(b *testing.B) {
	for _, bc := range []struct {
		name             string
		goroutines, each int
		spooled          bool
	}{
		{"memory-100k", 1000, 100, false},
		// Every failure is fsynced before its Notify returns; concurrent
		// calls share the fsync (the spool's group commit).
		{"spool-20k", 1000, 20, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				benchStorm(b, bc.goroutines, bc.each, bc.spooled)
			}
		})
	}
}

func benchStorm(b *testing.B, goroutines, each int, spooled bool) {
	total := goroutines * each
	srv := smtptest.StartT(b, smtptest.Config{})
	quiet := WithLogger(slog.New(slog.DiscardHandler)) // see benchNotifiers
	sender, err := NewSender(loopbackSMTP(srv.Port()), quiet)
	if err != nil {
		b.Fatal(err)
	}
	defer sender.Close()
	cfg := config.Notifier{To: []string{"oncall@example.org"}}
	if spooled {
		cfg.Spool = b.TempDir()
	}
	n, err := NewNotifier(sender, cfg, WithHostname("bench"), quiet)
	if err != nil {
		b.Fatal(err)
	}
	peak := sampleMemory()
	start := time.Now()
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			task := fmt.Sprintf("task-%02d", g%50)
			for i := range each {
				err := n.Notify(context.Background(), Failure{
					Task: task, Step: "load",
					Err: fmt.Errorf("query %d: dial tcp 10.1.%d.%d:5432: connection refused", i, g%256, i%256),
				})
				if err != nil {
					b.Error(err)
				}
			}
		})
	}
	wg.Wait()
	notifyTime := time.Since(start)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	err = n.Close(ctx)
	cancel()
	flushed := time.Since(start)
	heap, sys := peak()
	if err != nil {
		b.Fatal(err)
	}
	received := srv.Messages()
	accounted := receivedFailures(b, received)
	st := n.Stats()
	if accounted != total || st.Accounted != int64(total) {
		b.Fatalf("mails account for %d failures (stats %+v), want %d", accounted, st, total)
	}
	if spooled && spoolFiles(b, cfg.Spool) != 0 {
		b.Fatal("failures left in the spool")
	}
	b.ReportMetric(float64(len(received)), "mails")
	b.ReportMetric(float64(accounted), "failures-accounted")
	b.ReportMetric(float64(st.Overflowed), "queue-full")
	b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MB")
	b.ReportMetric(float64(sys)/(1<<20), "peak-sys-MB")
	b.ReportMetric(float64(notifyTime.Nanoseconds())/float64(total), "ns/notify")
	b.ReportMetric(flushed.Seconds(), "s-to-flush")
	if spooled {
		b.ReportMetric(float64(n.SpoolStats().Batches), "spool-batches")
	}
}

// sampleMemory samples HeapInuse and Sys until the returned function is
// called, which returns their high-water marks.
func sampleMemory() func() (heap, sys uint64) {
	stop := make(chan struct{})
	done := make(chan struct{})
	var heap, sys uint64
	read := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap, sys = max(heap, ms.HeapInuse), max(sys, ms.Sys)
	}
	go func() {
		defer close(done)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			read()
			select {
			case <-stop:
				read()
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		return heap, sys
	}
}
