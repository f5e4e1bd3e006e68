package throughput

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"os"
	"runtime"
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

// Receiver is an SMTP server the rows send to.
type Receiver struct {
	Name     string         // short name: "project sink", "smtp-sink", "postfix"
	About    string         // one line on what it is and offers
	Addr     string         // host:port
	Host     string         // host part of Addr
	Port     int            // port part of Addr
	StartTLS bool           // it offers STARTTLS
	CAFile   string         // PEM file that verifies its certificate
	Roots    *x509.CertPool // the same, loaded
	Sink     *Sink          // the project's sink, which counts what it gets; nil for others
	Share    float64        // part of each size's N sent to it (a slow receiver gets fewer); 0: all
}

// Config says what Run measures.
type Config struct {
	Receivers  []Receiver
	Sizes      []Size        // default: DefaultSizes
	Transports []Transport   // default: Plain, StartTLS
	Conns      int           // connections of the pooled Sender and of parallel go-mail; 0: 5
	Rows       string        // run only rows whose name contains this (case-insensitive); "": all
	Quick      bool          // leave out net/smtp and smtp-source
	Count      int           // measured rounds; 0: 5
	RowTimeout time.Duration // bound on one run of one row; 0: 3m
	SMTPSource string        // path of Postfix's smtp-source; "": that row is left out
	Pin        []string      // command prefix for smtp-source, pinning it as this process is
	Note       string        // lines for the heading, such as how the processes sit on CPUs
	Out        io.Writer     // where the tables go; nil: discarded
	Log        io.Writer     // where each run is noted as it ends; nil: discarded
}

// DefaultSizes are the bodies measured: small, medium and large.
var DefaultSizes = []Size{{"1KB", 1 << 10, 600}, {"100KB", 100 << 10, 150}, {"1MB", 1 << 20, 30}}

// QuickSizes are DefaultSizes with fewer messages.
var QuickSizes = []Size{{"1KB", 1 << 10, 200}, {"100KB", 100 << 10, 30}, {"1MB", 1 << 20, 10}}

// run is one measured run of one row.
type run struct {
	elapsed time.Duration
	cpu     time.Duration // the client's CPU time
	mallocs uint64        // heap allocations in this process
	bytes   uint64        // bytes allocated in this process
	turns   int64         // round trips seen by the client
	inProc  bool          // the client ran in this process (allocations and round trips are its own)
}

// Result is one measured row.
type Result struct {
	Receiver  string
	Transport Transport
	Size      string
	Row       string
	Key       string // stable name used by the targets and ratios
	Peer      string // key of the row it is compared with; "" for none
	N         int
	Runs      []run // in the order of the rounds
	Err       error
}

// row is one client configuration.
type row struct {
	name      string
	key       string
	peer      string // the go-mail row with as many connections
	plainOnly bool
	external  bool // a separate program: smtp-source
	run       func(ctx context.Context, e *env) error
}

// env is what a row's client needs.
type env struct {
	rc           *Receiver
	tls          bool
	tlsConf      *tls.Config
	size         Size
	body         string
	bodyCRLF     []byte
	msgs         []message
	turns        *atomic.Int64
	smtpSource   string
	clientPrefix []string
	extCPU       time.Duration // CPU time of the external client of the last run
}

// rows are the clients, with conns connections where pooled.
func rows(conns int, quick bool) []row {
	n := fmt.Sprint(conns)
	r := []row{
		{name: "Sender, 1 conn", key: "sender-1", peer: "gomail-1", run: senderRow(1, false)},
		{name: "go-mail, 1 conn", key: "gomail-1", run: goMailRow(1)},
		{name: "Sender, pooled " + n + " conns", key: "sender-n", peer: "gomail-n", run: senderRow(conns, false)},
		{name: "go-mail, " + n + " parallel conns", key: "gomail-n", run: goMailRow(conns)},
	}
	if !quick {
		r = append(r,
			row{name: "Sender, 1 conn, DATA", key: "sender-1-data", peer: "gomail-1", run: senderRow(1, true)},
			row{name: "net/smtp, 1 conn", key: "netsmtp", peer: "gomail-1", run: netSMTPRow},
			row{name: "smtp-source, 1 session", key: "smtp-source", peer: "gomail-1", plainOnly: true, external: true,
				run: func(ctx context.Context, e *env) error {
					cpu, err := smtpSourceRow(ctx, e)
					e.extCPU = cpu
					return err
				}})
	}
	return r
}

// Run measures every row for every receiver, transport and size, and
// writes the tables to cfg.Out. The error is non-nil when any row failed
// (a send failed, or the project's sink is missing or repeating a
// message); the results are returned either way.
func Run(ctx context.Context, cfg Config) ([]Result, error) {
	if len(cfg.Sizes) == 0 {
		cfg.Sizes = DefaultSizes
	}
	if len(cfg.Transports) == 0 {
		cfg.Transports = []Transport{Plain, StartTLS}
	}
	if cfg.Conns <= 0 {
		cfg.Conns = 5
	}
	if cfg.Count <= 0 {
		cfg.Count = 5
	}
	if cfg.RowTimeout <= 0 {
		cfg.RowTimeout = 3 * time.Minute
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	all := rows(cfg.Conns, cfg.Quick)
	var selected []row
	for _, r := range all {
		if r.external && cfg.SMTPSource == "" {
			continue
		}
		if cfg.Rows != "" && !strings.Contains(strings.ToLower(r.name), strings.ToLower(cfg.Rows)) {
			continue
		}
		selected = append(selected, r)
	}

	fmt.Fprintf(cfg.Out, "taskmail bench, %s; %s %s/%s, %d CPUs%s, GOMAXPROCS %d\n",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), cpuModel(), runtime.GOMAXPROCS(0))
	if cfg.Note != "" {
		fmt.Fprintln(cfg.Out, cfg.Note)
	}
	var sizes []string
	for _, s := range cfg.Sizes {
		sizes = append(sizes, fmt.Sprintf("%s body: %d msgs", s.Name, s.N))
	}
	fmt.Fprintf(cfg.Out, "%s per row and round (1 recipient each); rounds: %d, rows interleaved in each\n", strings.Join(sizes, ", "), cfg.Count)
	for _, rc := range cfg.Receivers {
		if rc.Share > 0 {
			fmt.Fprintf(cfg.Out, "%s gets %.0f%% of those messages (at least 5): it is the slowest receiver\n", rc.Name, 100*rc.Share)
		}
	}
	if la := loadAverage(); la != "" {
		fmt.Fprintf(cfg.Out, "load average at start: %s\n", la)
	}
	fmt.Fprint(cfg.Out, legend)

	var results []Result
	var failed int
	for i := range cfg.Receivers {
		rc := &cfg.Receivers[i]
		for _, tr := range cfg.Transports {
			fmt.Fprintf(cfg.Out, "\n== %s, %s: %s\n", rc.Name, tr, rc.About)
			if tr == StartTLS && !rc.StartTLS {
				fmt.Fprintf(cfg.Out, "   not measured: %s offers no STARTTLS\n", rc.Name)
				continue
			}
			var block []Result
			for _, size := range cfg.Sizes {
				if rc.Share > 0 {
					size.N = max(5, int(float64(size.N)*rc.Share))
				}
				e := &env{
					rc: rc, tls: tr == StartTLS, size: size,
					tlsConf:    &tls.Config{RootCAs: rc.Roots, ServerName: rc.Host, MinVersion: tls.VersionTLS12},
					body:       newBody(size.Bytes),
					msgs:       newMessages(size.N),
					turns:      new(atomic.Int64),
					smtpSource: cfg.SMTPSource, clientPrefix: cfg.Pin,
				}
				e.bodyCRLF = []byte(strings.ReplaceAll(e.body, "\n", "\r\n"))
				var rs []row
				for _, r := range selected {
					if !(r.plainOnly && e.tls) {
						rs = append(rs, r)
					}
				}
				res := measureRows(ctx, rs, e, cfg)
				for j := range res {
					res[j].Receiver, res[j].Transport, res[j].Size = rc.Name, tr, size.Name
					if res[j].Err != nil {
						failed++
					}
				}
				block = append(block, res...)
			}
			printBlock(cfg.Out, block)
			results = append(results, block...)
		}
	}
	if la := loadAverage(); la != "" {
		fmt.Fprintf(cfg.Out, "\nload average at end: %s\n", la)
	}
	printTargets(cfg.Out, results)
	if failed > 0 {
		return results, fmt.Errorf("throughput: %d rows failed", failed)
	}
	return results, nil
}

// cpuModel is " (model name)" from /proc/cpuinfo, or "" where there is
// none.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return " (" + strings.Join(strings.Fields(v), " ") + ")"
		}
	}
	return ""
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

const legend = `msgs/s: median of the rounds [slowest-fastest]. ratio: msgs/s over the go-mail row with as
many connections (pooled: go-mail on as many parallel connections; every other row: go-mail on 1),
taken in the same round, median [min-max] over the rounds. "DATA": the Sender with CHUNKING turned
off. CPU: the client's CPU time per message (user+system, the Go runtime included). allocs, bytes:
heap allocations per message in the sending process. RT: round trips per message seen by the
client (a read after a write), connection set-up included. smtp-source is a separate program: its
allocations and round trips are not seen from here. The Sender and go-mail build every message
(MIME, Message-ID, Date) inside the measured loop; net/smtp writes a header block and the body.
`

// measureRows warms every row up with a few messages, then measures the
// rows cfg.Count times in turn, so that a burst of load elsewhere on the
// machine does not fall on one row's every run.
func measureRows(ctx context.Context, rows []row, e *env, cfg Config) []Result {
	results := make([]Result, len(rows))
	for i, r := range rows {
		results[i] = Result{Row: r.name, Key: r.key, Peer: r.peer, N: len(e.msgs)}
	}
	warm := *e
	warm.msgs = e.msgs[:max(1, len(e.msgs)/10)]
	for i, r := range rows {
		if _, err := measure(ctx, r, &warm, cfg.RowTimeout); err != nil {
			results[i].Err = fmt.Errorf("warm-up: %w", err)
		}
	}
	for range cfg.Count {
		for i, r := range rows {
			if results[i].Err != nil {
				continue
			}
			m, err := measure(ctx, r, e, cfg.RowTimeout)
			fmt.Fprintf(cfg.Log, "%-12s %-8s %-5s %-28s %8.1f msgs/s err=%v\n", e.rc.Name, map[bool]string{false: "plain", true: "starttls"}[e.tls],
				e.size.Name, r.name, float64(len(e.msgs))/m.elapsed.Seconds(), err)
			if err != nil {
				results[i].Err = err
				continue
			}
			results[i].Runs = append(results[i].Runs, m)
		}
	}
	return results
}

// measure runs one row once and checks that every message arrived: with
// the project's sink, each exactly once by its counts; with other
// receivers, by every send having been accepted.
func measure(ctx context.Context, r row, e *env, timeout time.Duration) (run, error) {
	var m run
	sk := e.rc.Sink
	if sk != nil {
		if err := sk.Reset(ctx); err != nil {
			return m, err
		}
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	e.turns.Store(0)
	e.extCPU = 0

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := sink.CPUTime()
	start := time.Now()
	err := r.run(ctx, e)
	m.elapsed = time.Since(start)
	m.cpu = sink.CPUTime() - cpu
	runtime.ReadMemStats(&after)
	m.mallocs = after.Mallocs - before.Mallocs
	m.bytes = after.TotalAlloc - before.TotalAlloc
	m.turns = e.turns.Load()
	m.inProc = !r.external
	if r.external {
		m.cpu = e.extCPU
	}
	if err != nil {
		return m, err
	}
	if sk == nil {
		return m, nil
	}
	st, err := sk.Stats(context.WithoutCancel(ctx))
	n := int64(len(e.msgs))
	switch {
	case err != nil:
		return m, err
	case r.external && st.Messages != n:
		return m, fmt.Errorf("sink received %d messages of %d", st.Messages, n)
	case !r.external && (st.Distinct != n || st.Messages != n || st.Duplicates != 0):
		return m, fmt.Errorf("sink received %d messages for %d of %d recipients (%d repeated)",
			st.Messages, st.Distinct, n, st.Duplicates)
	}
	return m, nil
}

// runWorkers runs k workers, each with its own client from open, that
// take indexes below n from a shared counter until all are done. It
// returns the first error; the other workers stop at their next message.
func runWorkers(ctx context.Context, n, k int, open func(ctx context.Context) (send func(int) error, close func() error, err error)) error {
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
				if i >= n {
					break
				}
				if err := send(i); err != nil {
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
		first = ctx.Err()
	}
	return first
}
