package throughput

import (
	"fmt"
	"io"
	"time"
)

// The keys of taskmail's rows, which the targets refer to.
const (
	keySender1    = "sender-1"
	keySenderPool = "sender-pool"

	keyGoMailDefault = "gomail-default"
	keyGoMailDial    = "gomail-dial"
)

// A target is a ratio a row must reach against go-mail's default row.
type target struct {
	desc  string
	key   string
	check func(r, base Result) (got string, ok bool)
}

var targets = []target{
	{"Sender, 1 connection >= 1.5x go-mail default", keySender1, speedup(1.5)},
	{"Sender, pooled >= 4x go-mail default", keySenderPool, speedup(4)},
	{"Sender, 1 connection allocs/msg <= go-mail default", keySender1, fewerAllocs},
	{"Sender, pooled allocs/msg <= go-mail default", keySenderPool, fewerAllocs},
}

func speedup(min float64) func(r, base Result) (string, bool) {
	return func(r, base Result) (string, bool) {
		x := r.SpeedupOver(base)
		return fmt.Sprintf("%.2fx", x), x >= min
	}
}

func fewerAllocs(r, base Result) (string, bool) {
	return fmt.Sprintf("%.0f vs %.0f", r.AllocsPerMsg(), base.AllocsPerMsg()), r.AllocsPerMsg() <= base.AllocsPerMsg()
}

// printTable writes one transport's rows and its targets.
func printTable(out io.Writer, tr Transport, results []Result) {
	var base *Result
	for i := range results {
		if results[i].Key == keyGoMailDefault && results[i].Err == nil {
			base = &results[i]
		}
	}
	fmt.Fprintf(out, "\n%s\n", tr)
	width := len("client")
	for _, r := range results {
		width = max(width, len(r.Row))
	}
	fmt.Fprintf(out, "  %-*s %8s %13s %10s %10s %9s %15s %10s\n", width, "client", "msgs/s", "runs", "vs go-mail", "allocs/msg", "reads/msg", "CPU µs/msg c+s", "delivered")
	for _, r := range results {
		ratio := "-"
		if base != nil && r.Elapsed > 0 {
			ratio = fmt.Sprintf("%.2fx", r.SpeedupOver(*base))
		}
		delivered := fmt.Sprintf("%d/%d", r.Sink.Distinct, r.N)
		if r.Err != nil {
			delivered += " FAIL"
		}
		lo, hi := r.Range()
		spread := fmt.Sprintf("%.0f-%.0f", lo, hi)
		cpu := fmt.Sprintf("%.0f+%.0f", micros(r.ClientCPUPerMsg()), micros(r.SinkCPUPerMsg()))
		fmt.Fprintf(out, "  %-*s %8.0f %13s %10s %10.0f %9.1f %15s %10s\n",
			width, r.Row, r.MsgsPerSec(), spread, ratio, r.AllocsPerMsg(), r.ReadsPerMsg(), cpu, delivered)
	}
	if dial, ok := find(results, keyGoMailDial); ok && base != nil && dial.Err == nil {
		fmt.Fprintf(out, "  reusing one connection is %.1fx faster than a new connection per message (go-mail default)\n",
			1/dial.SpeedupOver(*base))
	}
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(out, "FAIL %s: %v\n", r.Row, r.Err)
		}
	}
	if base == nil {
		return
	}
	for _, t := range targets {
		r, ok := find(results, t.key)
		switch {
		case !ok:
			fmt.Fprintf(out, "  target %-52s not measured\n", t.desc+":")
		case r.Err != nil:
			fmt.Fprintf(out, "  target %-52s no result\n", t.desc+":")
		default:
			got, pass := t.check(r, *base)
			verdict := "MISS"
			if pass {
				verdict = "PASS"
			}
			fmt.Fprintf(out, "  target %-52s %-12s %s\n", t.desc+":", got, verdict)
		}
	}
}

func micros(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

func find(results []Result, key string) (Result, bool) {
	for _, r := range results {
		if r.Key == key {
			return r, true
		}
	}
	return Result{}, false
}
