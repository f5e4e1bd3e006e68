package throughput

import (
	"fmt"
	"io"
	"slices"
	"time"
)

// median returns the middle of xs (the upper one of two), and the least
// and the greatest.
func median(xs []float64) (mid, lo, hi float64) {
	if len(xs) == 0 {
		return 0, 0, 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2], s[0], s[len(s)-1]
}

// each returns f of every run.
func (r Result) each(f func(run) float64) []float64 {
	out := make([]float64, len(r.Runs))
	for i, m := range r.Runs {
		out[i] = f(m)
	}
	return out
}

// MsgsPerSec is the median throughput over the rounds, and the slowest
// and fastest round's.
func (r Result) MsgsPerSec() (mid, lo, hi float64) {
	return median(r.each(func(m run) float64 { return float64(r.N) / m.elapsed.Seconds() }))
}

// RatioOver is r's throughput over peer's, round by round (runs made in
// the same round, so a slow spell on the machine counts once), median,
// least and greatest.
func (r Result) RatioOver(peer Result) (mid, lo, hi float64, ok bool) {
	if len(r.Runs) == 0 || len(r.Runs) != len(peer.Runs) {
		return 0, 0, 0, false
	}
	ratios := make([]float64, len(r.Runs))
	for k := range r.Runs {
		ratios[k] = (float64(r.N) / r.Runs[k].elapsed.Seconds()) / (float64(peer.N) / peer.Runs[k].elapsed.Seconds())
	}
	mid, lo, hi = median(ratios)
	return mid, lo, hi, true
}

// perMsg is the median over the rounds of f per message.
func (r Result) perMsg(f func(run) float64) float64 {
	mid, _, _ := median(r.each(func(m run) float64 { return f(m) / float64(r.N) }))
	return mid
}

// CPUPerMsg is the client's median CPU time per message.
func (r Result) CPUPerMsg() time.Duration {
	return time.Duration(r.perMsg(func(m run) float64 { return float64(m.cpu) }))
}

// AllocsPerMsg is the median heap allocations per message.
func (r Result) AllocsPerMsg() float64 {
	return r.perMsg(func(m run) float64 { return float64(m.mallocs) })
}

// BytesPerMsg is the median of bytes allocated per message.
func (r Result) BytesPerMsg() float64 {
	return r.perMsg(func(m run) float64 { return float64(m.bytes) })
}

// TurnsPerMsg is the median round trips per message.
func (r Result) TurnsPerMsg() float64 {
	return r.perMsg(func(m run) float64 { return float64(m.turns) })
}

// inProc says whether allocations and round trips are the row's own.
func (r Result) inProc() bool { return len(r.Runs) > 0 && r.Runs[0].inProc }

func find(results []Result, receiver string, tr Transport, size, key string) (Result, bool) {
	for _, r := range results {
		if r.Receiver == receiver && r.Transport == tr && r.Size == size && r.Key == key {
			return r, true
		}
	}
	return Result{}, false
}

// printBlock writes the rows of one receiver and transport, by size.
func printBlock(out io.Writer, block []Result) {
	width := len("client")
	for _, r := range block {
		width = max(width, len(r.Row))
	}
	fmt.Fprintf(out, "  %-5s %-*s %21s %22s %8s %8s %11s %6s\n", "size", width, "client", "msgs/s [min-max]", "ratio [min-max]", "CPU µs", "allocs", "bytes", "RT")
	for _, r := range block {
		if r.Err != nil {
			fmt.Fprintf(out, "  %-5s %-*s FAILED: %v\n", r.Size, width, r.Row, r.Err)
			continue
		}
		mid, lo, hi := r.MsgsPerSec()
		ratio := "-"
		if peer, ok := find(block, r.Receiver, r.Transport, r.Size, r.Peer); ok && r.Peer != "" && peer.Err == nil {
			if m, l, h, ok := r.RatioOver(peer); ok {
				ratio = fmt.Sprintf("%.2fx [%.2f-%.2f]", m, l, h)
			}
		} else if r.Key == "gomail-1" || r.Key == "gomail-n" {
			ratio = "1"
		}
		allocs, bytes, rt := "-", "-", "-"
		if r.inProc() {
			allocs = fmt.Sprintf("%.0f", r.AllocsPerMsg())
			bytes = humanBytes(r.BytesPerMsg())
			rt = fmt.Sprintf("%.2f", r.TurnsPerMsg())
		}
		fmt.Fprintf(out, "  %-5s %-*s %21s %22s %8.0f %8s %11s %6s\n", r.Size, width, r.Row,
			fmt.Sprintf("%.0f [%.0f-%.0f]", mid, lo, hi), ratio, micros(r.CPUPerMsg()), allocs, bytes, rt)
	}
}

func humanBytes(b float64) string {
	switch {
	case b >= 1<<20:
		return fmt.Sprintf("%.2f MiB", b/(1<<20))
	case b >= 1<<10:
		return fmt.Sprintf("%.1f KiB", b/(1<<10))
	}
	return fmt.Sprintf("%.0f B", b)
}

func micros(d time.Duration) float64 { return float64(d) / float64(time.Microsecond) }

// printTargets writes the targets the Sender is held to, each PASS or
// MISS with the figure; they never fail the run, since timing on a
// shared machine is noisy.
func printTargets(out io.Writer, results []Result) {
	type target struct {
		desc     string
		receiver string
		size     string
		key      string
		check    func(r Result) (string, bool)
	}
	ratio := func(min float64, peerKey string) func(r Result) (string, bool) {
		return func(r Result) (string, bool) {
			peer, ok := find(results, r.Receiver, r.Transport, r.Size, peerKey)
			if !ok || peer.Err != nil {
				return "no peer", false
			}
			m, _, _, ok := r.RatioOver(peer)
			return fmt.Sprintf("%.2fx", m), ok && m >= min
		}
	}
	bytesAtMost := func(limit float64) func(r Result) (string, bool) {
		return func(r Result) (string, bool) {
			b := r.BytesPerMsg()
			return humanBytes(b), b <= limit
		}
	}
	targets := []target{
		{"1MB: Sender 1 conn >= 1.0x go-mail 1 conn", "smtp-sink", "1MB", "sender-1", ratio(1.0, "gomail-1")},
		{"1MB: Sender 1 conn >= 1.0x go-mail 1 conn", "postfix", "1MB", "sender-1", ratio(1.0, "gomail-1")},
		{"1MB: Sender allocates <= 1.2 MB per message", "", "1MB", "sender-1", bytesAtMost(1.2e6)},
		{"1KB: Sender pooled >= 2x go-mail on as many conns", "project sink", "1KB", "sender-n", ratio(2.0, "gomail-n")},
		{"1KB: Sender pooled >= 2x go-mail on as many conns", "smtp-sink", "1KB", "sender-n", ratio(2.0, "gomail-n")},
	}
	fmt.Fprintln(out, "\ntargets")
	// Every Sender row against its go-mail peer: the Sender is to be at
	// least as fast at every size on every receiver.
	below := 0
	for _, r := range results {
		if r.Err != nil || (r.Key != "sender-1" && r.Key != "sender-n") {
			continue
		}
		peer, ok := find(results, r.Receiver, r.Transport, r.Size, r.Peer)
		if !ok || peer.Err != nil {
			continue
		}
		if m, lo, hi, ok := r.RatioOver(peer); ok && m < 1 {
			below++
			fmt.Fprintf(out, "  below go-mail: %s, %s, %s, %s: %.2fx [%.2f-%.2f]\n", r.Receiver, r.Transport, r.Size, r.Row, m, lo, hi)
		}
	}
	verdict := "PASS"
	if below > 0 {
		verdict = "MISS"
	}
	fmt.Fprintf(out, "  %-52s %-13s %-9s %-10s %s\n", "Sender >= 1.0x go-mail on as many conns:", "every", "", fmt.Sprintf("%d below", below), verdict)
	for _, t := range targets {
		matched := false
		for _, r := range results {
			if r.Size != t.size || r.Key != t.key || (t.receiver != "" && r.Receiver != t.receiver) || r.Err != nil || len(r.Runs) == 0 {
				continue
			}
			matched = true
			got, ok := t.check(r)
			verdict := "MISS"
			if ok {
				verdict = "PASS"
			}
			fmt.Fprintf(out, "  %-52s %-13s %-9s %-10s %s\n", t.desc+":", r.Receiver, r.Transport, got, verdict)
		}
		if !matched {
			where := t.receiver
			if where == "" {
				where = "any receiver"
			}
			fmt.Fprintf(out, "  %-52s %-13s not measured\n", t.desc+":", where)
		}
	}
}
