package throughput

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/bench/sink"
)

// sinkEnv makes this test binary run as the sink (see TestMain), so the
// sink is a separate process without a build step.
const sinkEnv = "TASKMAIL_BENCH_RUN_SINK=1"

func TestMain(m *testing.M) {
	if os.Getenv("TASKMAIL_BENCH_RUN_SINK") == "1" {
		os.Exit(sink.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func startSink(t *testing.T) *Sink {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	s, err := StartSink(ctx, []string{os.Args[0]}, []string{sinkEnv})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop() })
	return s
}

// TestRunDeliversEveryMessage runs every row with a few messages over both
// transports and checks that the sink got each message exactly once.
func TestRunDeliversEveryMessage(t *testing.T) {
	s := startSink(t)
	var out bytes.Buffer
	results, err := Run(t.Context(), s, Config{N: 50, Warmup: -1, Out: &out})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	rows := 0
	for _, tr := range []Transport{Plain, StartTLS} {
		for _, r := range append(senderRows(), peerRows()...) {
			if tr == Plain && r.tlsOnly {
				continue
			}
			rows++
			res, ok := findResult(results, tr, r.key)
			if !ok {
				t.Errorf("%s %s: no result", tr, r.name)
				continue
			}
			if res.Err != nil || res.Sink.Distinct != 50 || res.Sink.Messages != 50 {
				t.Errorf("%s %s: err %v, sink %+v", tr, r.name, res.Err, res.Sink)
			}
		}
	}
	if len(results) != rows {
		t.Errorf("got %d results, want %d", len(results), rows)
	}
	if !strings.Contains(out.String(), "go-mail default, 1 conn") {
		t.Errorf("table lacks the go-mail row:\n%s", out.String())
	}
}

// TestRunReportsMissingMessages checks that a row which drops a message
// fails the run.
func TestRunReportsMissingMessages(t *testing.T) {
	s := startSink(t)
	lossy := row{name: "drops one", key: "lossy", run: func(ctx context.Context, e *env) error {
		short := *e
		short.msgs = e.msgs[1:]
		return rawRow(ctx, &short)
	}}
	e := &env{host: s.Host, port: s.Port, addr: s.Addr, msgs: newMessages(10)}
	res := measure(t.Context(), s, lossy, e, time.Minute)
	if res.Err == nil {
		t.Fatalf("a row that dropped a message passed: %+v", res.Sink)
	}
	if res.Sink.Distinct != 9 {
		t.Errorf("sink counted %d distinct messages, want 9", res.Sink.Distinct)
	}
}

func findResult(results []Result, tr Transport, key string) (Result, bool) {
	for _, r := range results {
		if r.Transport == tr && r.Key == key {
			return r, true
		}
	}
	return Result{}, false
}
