package rawtest_test

import (
	"io"
	"net"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/rawtest"
)

// A Silent server holds the connection open without a byte until the
// client closes it; a Flood ends when the client does.
func TestServeSilentAndFlood(t *testing.T) {
	silent := rawtest.Serve(t, rawtest.Silent)
	c, err := net.Dial("tcp", silent.String())
	if err != nil {
		t.Fatal(err)
	}
	_ = c.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
	if n, err := c.Read(make([]byte, 1)); n != 0 || err == nil || !err.(net.Error).Timeout() {
		t.Errorf("silent server: read %d, %v; want a timeout", n, err)
	}
	c.Close()

	done := make(chan struct{})
	flood := rawtest.Serve(t, func(c net.Conn) { rawtest.Flood(c, "x"); close(done) })
	c, err = net.Dial("tcp", flood.String())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyN(io.Discard, c, 1<<20); err != nil {
		t.Fatalf("read 1 MiB of the flood: %v", err)
	}
	c.Close()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Flood still writing 10s after the client closed")
	}
}

// The test's end closes connections a serve function still holds.
func TestServeClosesAtCleanup(t *testing.T) {
	var addr net.Addr
	t.Run("inner", func(t *testing.T) { addr = rawtest.Serve(t, rawtest.Silent) })
	if c, err := net.DialTimeout("tcp", addr.String(), time.Second); err == nil {
		c.Close()
		t.Error("the listener still accepts after its test ended")
	}
}

func TestAllocated(t *testing.T) {
	var keep []byte
	n := rawtest.Allocated(func() { keep = make([]byte, 4<<20) })
	if n < 4<<20 {
		t.Errorf("Allocated = %d, want at least 4 MiB", n)
	}
	_ = keep
}
