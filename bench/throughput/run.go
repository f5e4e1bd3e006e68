package throughput

import (
	"cmp"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/taskmail/taskmail/bench/sink"
)

// Transport is how a row's connections are secured.
type Transport string

// The transports a table is printed for.
const (
	Plain    Transport = "plain"
	StartTLS Transport = "starttls"
)

// Config says what Run measures.
type Config struct {
	N          int           // messages per row; 0: 2000
	Transports []Transport   // default: Plain, StartTLS
	Rows       string        // run only rows whose name contains this (case-insensitive); "": all
	Warmup     int           // messages each row sends, unmeasured, before it is measured; 0: N/20, <0: none
	Count      int           // measured runs per row, the median is reported; 0: 1
	RowTimeout time.Duration // bound on one run of one row; 0: 2m
	Note       string        // a line for the heading, such as how the processes sit on CPUs
	Out        io.Writer     // where the table goes; nil: discarded
	Log        io.Writer     // where each run is noted as it ends; nil: discarded
}

// Result is one measured row.
type Result struct {
	Transport Transport
	Row       string
	Key       string          // stable name used by the targets
	N         int             // messages sent
	Elapsed   time.Duration   // wall time for all N, dial to close
	Mallocs   uint64          // heap allocations in this process during the row
	CPU       time.Duration   // CPU time this process used during the row
	Sink      sink.Stats      // what the sink received
	Runs      []time.Duration // elapsed time of every measured run, in the order they ran
	Err       error           // a send failed, or a message is missing or repeated
}

// MsgsPerSec is the row's throughput.
func (r Result) MsgsPerSec() float64 { return float64(r.N) / r.Elapsed.Seconds() }

// AllocsPerMsg is heap allocations per message.
func (r Result) AllocsPerMsg() float64 { return float64(r.Mallocs) / float64(r.N) }

// Range is the slowest and the fastest run's msgs/s.
func (r Result) Range() (slowest, fastest float64) {
	if len(r.Runs) == 0 {
		return r.MsgsPerSec(), r.MsgsPerSec()
	}
	lo, hi := slices.Max(r.Runs), slices.Min(r.Runs)
	return float64(r.N) / lo.Seconds(), float64(r.N) / hi.Seconds()
}

// SpeedupOver is how many times faster r is than base: the median, over
// the repetitions, of the ratio between runs made in the same round, so
// that a slow spell on the machine that falls on one round counts once.
func (r Result) SpeedupOver(base Result) float64 {
	if len(r.Runs) == 0 || len(r.Runs) != len(base.Runs) {
		return r.MsgsPerSec() / base.MsgsPerSec()
	}
	ratios := make([]float64, len(r.Runs))
	for k := range r.Runs {
		ratios[k] = (float64(r.N) / r.Runs[k].Seconds()) / (float64(base.N) / base.Runs[k].Seconds())
	}
	slices.Sort(ratios)
	return ratios[len(ratios)/2]
}

// ClientCPUPerMsg is this process's CPU time per message.
func (r Result) ClientCPUPerMsg() time.Duration { return r.CPU / time.Duration(r.N) }

// SinkCPUPerMsg is the sink's CPU time per message.
func (r Result) SinkCPUPerMsg() time.Duration {
	return time.Duration(r.Sink.CPUNanos) / time.Duration(r.N)
}

// ReadsPerMsg is the sink's socket reads per message, about the round trips.
func (r Result) ReadsPerMsg() float64 { return float64(r.Sink.Reads) / float64(r.N) }

// env is what a row's client needs.
type env struct {
	host      string
	port      int
	addr      string
	tls       bool
	transport Transport
	tlsConf   *tls.Config
	certFile  string
	msgs      []message
}

// row is one client configuration.
type row struct {
	name    string
	key     string
	tlsOnly bool
	once    bool // measure in the first round only: slow and steady
	run     func(ctx context.Context, e *env) error
}

// Run measures every row for every transport against s and writes the
// tables to cfg.Out. The error is non-nil when any row failed to deliver
// every message exactly once; the results are returned either way.
func Run(ctx context.Context, s *Sink, cfg Config) ([]Result, error) {
	if cfg.N <= 0 {
		cfg.N = 2000
	}
	if len(cfg.Transports) == 0 {
		cfg.Transports = []Transport{Plain, StartTLS}
	}
	if cfg.RowTimeout <= 0 {
		cfg.RowTimeout = 2 * time.Minute
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.Warmup == 0 {
		cfg.Warmup = cfg.N / 20
	}
	cfg.Count = max(cfg.Count, 1)
	msgs := newMessages(cfg.N)
	rows := append(senderRows(), peerRows()...)

	fmt.Fprintf(cfg.Out, "%d messages per row (median of %d runs after %d unmeasured; new conn per message: 1 run), 1 recipient each;\n", cfg.N, cfg.Count, max(cfg.Warmup, 0))
	fmt.Fprintf(cfg.Out, "sink in a separate process on %s; %s %s/%s, GOMAXPROCS %d\n",
		s.Addr, runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0))
	if cfg.Note != "" {
		fmt.Fprintln(cfg.Out, cfg.Note)
	}
	if la := loadAverage(); la != "" {
		fmt.Fprintf(cfg.Out, "load average at start: %s\n", la)
	}
	fmt.Fprint(cfg.Out, legend)

	var all []Result
	var failed int
	for _, tr := range cfg.Transports {
		e := &env{
			host: s.Host, port: s.Port, addr: s.Addr, tls: tr == StartTLS, transport: tr,
			tlsConf:  &tls.Config{RootCAs: s.Roots, ServerName: s.Host, MinVersion: tls.VersionTLS12},
			certFile: s.CertFile, msgs: msgs,
		}
		var selected []row
		for _, r := range rows {
			if r.tlsOnly && tr != StartTLS {
				continue
			}
			if cfg.Rows != "" && !strings.Contains(strings.ToLower(r.name), strings.ToLower(cfg.Rows)) {
				continue
			}
			selected = append(selected, r)
		}
		results := measureRows(ctx, s, selected, e, cfg)
		for i := range results {
			results[i].Transport = tr
			if results[i].Err != nil {
				failed++
			}
		}
		printTable(cfg.Out, tr, results)
		all = append(all, results...)
	}
	if la := loadAverage(); la != "" {
		fmt.Fprintf(cfg.Out, "\nload average at end: %s\n", la)
	}
	if failed > 0 {
		return all, fmt.Errorf("throughput: %d rows did not deliver every message exactly once", failed)
	}
	return all, nil
}

// loadAverage is the first three fields of /proc/loadavg, or "" where
// there is none. Other work on the machine shows in the timings; the load
// says how much there was.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

const legend = `msgs/s: median run; runs: slowest-fastest msgs/s; vs go-mail: median over rounds of the
speed-up on go-mail default measured in the same round; allocs/msg: heap allocations in the sending
process; reads/msg: socket reads with data at the sink, about the round trips per message;
CPU µs/msg c+s: CPU time of the sending process and of the sink per message (includes the runtime's
spinning while it waits); delivered: distinct messages the sink received (any missing fails the run).
The Sender and go-mail build each message (MIME headers, Message-ID, Date) inside the measured loop;
net/smtp and the raw client send bytes built before the run.
`

// measureRows warms every row up, then measures the rows cfg.Count times
// in turn (a row marked once only in the first round), so that a burst of
// load elsewhere on the machine does not fall on one row's every run, and
// returns for each row the run with the median time, or its first failed
// run.
func measureRows(ctx context.Context, s *Sink, rows []row, e *env, cfg Config) []Result {
	results := make([]Result, len(rows))
	runs := make([][]Result, len(rows))
	failed := make([]bool, len(rows))
	if cfg.Warmup > 0 {
		w := *e
		w.msgs = e.msgs[:min(cfg.Warmup, len(e.msgs))]
		for i, r := range rows {
			if res := measure(ctx, s, r, &w, cfg.RowTimeout); res.Err != nil {
				res.N = len(e.msgs)
				res.Err = fmt.Errorf("warm-up: %w", res.Err)
				results[i], failed[i] = res, true
			}
		}
	}
	for round := range cfg.Count {
		for i, r := range rows {
			if failed[i] || (r.once && round > 0) {
				continue
			}
			res := measure(ctx, s, r, e, cfg.RowTimeout)
			fmt.Fprintf(cfg.Log, "%-8s %-48s %8.0f msgs/s %6.0f allocs/msg %5.1f reads/msg err=%v\n",
				e.transport, r.name, res.MsgsPerSec(), res.AllocsPerMsg(), res.ReadsPerMsg(), res.Err)
			if res.Err != nil {
				results[i], failed[i] = res, true
				continue
			}
			runs[i] = append(runs[i], res)
		}
	}
	for i := range rows {
		if failed[i] {
			continue
		}
		var elapsed []time.Duration
		for _, r := range runs[i] {
			elapsed = append(elapsed, r.Elapsed)
		}
		slices.SortFunc(runs[i], func(a, b Result) int { return cmp.Compare(a.Elapsed, b.Elapsed) })
		results[i] = runs[i][len(runs[i])/2]
		results[i].Runs = elapsed
	}
	return results
}

// measure runs one row and checks with the sink that every message arrived
// exactly once.
func measure(ctx context.Context, s *Sink, r row, e *env, timeout time.Duration) Result {
	res := Result{Row: r.name, Key: r.key, N: len(e.msgs)}
	if err := s.Reset(ctx); err != nil {
		res.Err = err
		return res
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := sink.CPUTime()
	start := time.Now()
	err := r.run(ctx, e)
	res.Elapsed = time.Since(start)
	res.CPU = sink.CPUTime() - cpu
	runtime.ReadMemStats(&after)
	res.Mallocs = after.Mallocs - before.Mallocs

	st, serr := s.Stats(context.WithoutCancel(ctx))
	res.Sink = st
	switch n := int64(len(e.msgs)); {
	case serr != nil:
		res.Err = serr
	case st.Distinct != n || st.Messages != n || st.Duplicates != 0:
		res.Err = fmt.Errorf("sink received %d messages for %d of %d recipients (%d repeated)",
			st.Messages, st.Distinct, n, st.Duplicates)
		if err != nil {
			res.Err = fmt.Errorf("%w; first send error: %w", res.Err, err)
		}
	case err != nil:
		res.Err = err
	}
	return res
}

// parallel runs k workers, each with its own client from open, that take
// message indexes from a shared counter until all are sent. It returns the
// first error; the other workers stop at their next message.
func parallel(ctx context.Context, e *env, k int, open func(ctx context.Context) (send func(*message) error, close func() error, err error)) error {
	var next atomic.Int64
	var once sync.Once
	var first error
	fail := func(err error) { once.Do(func() { first = err }) }
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range k {
		wg.Add(1)
		go func() {
			defer wg.Done()
			send, closeFn, err := open(ctx)
			if err != nil {
				fail(err)
				cancel()
				return
			}
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(e.msgs) {
					break
				}
				if err := send(&e.msgs[i]); err != nil {
					fail(fmt.Errorf("message %d: %w", i, err))
					cancel()
					break
				}
			}
			if err := closeFn(); err != nil {
				fail(err)
			}
		}()
	}
	wg.Wait()
	if first == nil {
		// No worker failed, so only the caller's context can have ended.
		first = ctx.Err()
	}
	return first
}
