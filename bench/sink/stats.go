package sink

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Stats are the counts a sink reports on its control channel.
type Stats struct {
	Messages   int64 `json:"messages"`   // messages whose DATA completed
	Recipients int64 `json:"recipients"` // recipients of those messages
	Bytes      int64 `json:"bytes"`      // message bytes received after DATA
	Conns      int64 `json:"conns"`      // connections accepted
	Reads      int64 `json:"reads"`      // socket reads that returned data: about one per client flush
	Distinct   int64 `json:"distinct"`   // distinct r<N> recipient numbers delivered
	Duplicates int64 `json:"duplicates"` // deliveries of an r<N> already delivered
	Unnumbered int64 `json:"unnumbered"` // recipients not of the form r<N>@domain
	CPUNanos   int64 `json:"cpu_ns"`     // CPU time the sink process used, user and system
}

// counters holds the live counts. The hot ones are atomics so that
// concurrent sessions do not serialise on a lock; the per-recipient record
// takes a mutex, once per message.
type counters struct {
	messages, recipients, bytes, conns, reads atomic.Int64

	mu         sync.Mutex
	seen       []uint32 // seen[N]: deliveries to r<N>
	distinct   int64
	duplicates int64
	unnumbered int64
	cpuBase    time.Duration // CPUTime at the last reset
}

// delivered records one message whose DATA completed.
func (c *counters) delivered(rcpts []string, n int64) {
	c.messages.Add(1)
	c.recipients.Add(int64(len(rcpts)))
	c.bytes.Add(n)
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, r := range rcpts {
		i, ok := recipientNumber(r)
		if !ok {
			c.unnumbered++
			continue
		}
		for i >= len(c.seen) {
			c.seen = append(c.seen, make([]uint32, len(c.seen)+1024)...)
		}
		c.seen[i]++
		if c.seen[i] == 1 {
			c.distinct++
		} else {
			c.duplicates++
		}
	}
}

func (c *counters) snapshot() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{
		Messages:   c.messages.Load(),
		Recipients: c.recipients.Load(),
		Bytes:      c.bytes.Load(),
		Conns:      c.conns.Load(),
		Reads:      c.reads.Load(),
		Distinct:   c.distinct,
		Duplicates: c.duplicates,
		Unnumbered: c.unnumbered,
		CPUNanos:   int64(CPUTime() - c.cpuBase),
	}
}

func (c *counters) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.messages.Store(0)
	c.recipients.Store(0)
	c.bytes.Store(0)
	c.conns.Store(0)
	c.reads.Store(0)
	clear(c.seen)
	c.distinct, c.duplicates, c.unnumbered = 0, 0, 0
	c.cpuBase = CPUTime()
}

// recipientNumber returns N for an address r<N>@domain.
func recipientNumber(addr string) (int, bool) {
	local, _, ok := strings.Cut(addr, "@")
	if !ok || len(local) < 2 || local[0] != 'r' {
		return 0, false
	}
	n, err := strconv.Atoi(local[1:])
	if err != nil || n < 0 || n > 1<<24 {
		return 0, false
	}
	return n, true
}
