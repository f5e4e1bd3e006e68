package throughput

import (
	"bytes"
	"context"
	"os"
	"strings"
	"sync/atomic"
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

func projectSink(s *Sink) Receiver {
	return Receiver{Name: "project sink", Addr: s.Addr, Host: s.Host, Port: s.Port, StartTLS: true,
		CAFile: s.CertFile, Roots: s.Roots, Sink: s}
}

// smtpSource is Postfix's load generator, when installed.
func smtpSource() string {
	if _, err := os.Stat("/usr/sbin/smtp-source"); err == nil {
		return "/usr/sbin/smtp-source"
	}
	return ""
}

// TestRunDeliversEveryMessage runs every row with a few messages of each
// size over both transports and checks that the sink got each message.
func TestRunDeliversEveryMessage(t *testing.T) {
	s := startSink(t)
	var out bytes.Buffer
	sizes := []Size{{"1KB", 1 << 10, 6}, {"1MB", 1 << 20, 2}}
	results, err := Run(t.Context(), Config{Receivers: []Receiver{projectSink(s)}, Sizes: sizes, Count: 1,
		Conns: 2, SMTPSource: smtpSource(), Out: &out})
	if err != nil {
		t.Fatalf("Run: %v\n%s", err, out.String())
	}
	want := 0
	for _, tr := range []Transport{Plain, StartTLS} {
		for _, size := range sizes {
			for _, r := range rows(2, false) {
				if (r.plainOnly && tr == StartTLS) || (r.external && smtpSource() == "") {
					continue
				}
				want++
				res, ok := find(results, "project sink", tr, size.Name, r.key)
				if !ok {
					t.Errorf("%s %s %s: no result", tr, size.Name, r.name)
					continue
				}
				if res.Err != nil || len(res.Runs) != 1 {
					t.Errorf("%s %s %s: err %v, %d runs", tr, size.Name, r.name, res.Err, len(res.Runs))
				}
				if r.key == "sender-1" && res.TurnsPerMsg() < 1 {
					t.Errorf("%s %s: %.2f round trips per message, want at least 1", tr, size.Name, res.TurnsPerMsg())
				}
			}
		}
	}
	if len(results) != want {
		t.Errorf("got %d results, want %d", len(results), want)
	}
	for _, w := range []string{"go-mail, 1 conn", "Sender, pooled 2 conns", "targets"} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("output lacks %q:\n%s", w, out.String())
		}
	}
}

// TestRunReportsMissingMessages checks that a row which drops a message
// fails the run.
func TestRunReportsMissingMessages(t *testing.T) {
	s := startSink(t)
	lossy := row{name: "drops one", key: "lossy", run: func(ctx context.Context, e *env) error {
		short := *e
		short.msgs = e.msgs[1:]
		return netSMTPRow(ctx, &short)
	}}
	rc := projectSink(s)
	e := &env{rc: &rc, size: Size{"1KB", 1 << 10, 10}, body: newBody(1 << 10), msgs: newMessages(10), turns: new(atomic.Int64)}
	e.bodyCRLF = []byte(strings.ReplaceAll(e.body, "\n", "\r\n"))
	if _, err := measure(t.Context(), lossy, e, time.Minute); err == nil {
		t.Fatal("a row that dropped a message passed")
	}
	if st, err := s.Stats(t.Context()); err != nil || st.Distinct != 9 {
		t.Errorf("sink counted %+v (%v), want 9 distinct messages", st, err)
	}
}

// TestBody checks that the body has the asked length and needs neither
// quoted-printable escapes nor dot-stuffing, so every client sends the
// same bytes.
func TestBody(t *testing.T) {
	for _, n := range []int{1, 2, 64, 65, 66, 1 << 10, 100 << 10} {
		b := newBody(n)
		if len(b) != n {
			t.Errorf("newBody(%d) has %d bytes", n, len(b))
		}
		for _, l := range strings.Split(b, "\n") {
			if len(l) > 76 || strings.HasPrefix(l, ".") || strings.Contains(l, "=") {
				t.Errorf("newBody(%d) has line %q", n, l)
			}
		}
	}
}
