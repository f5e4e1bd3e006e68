package rawtest

import (
	"net"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// Serve listens on 127.0.0.1 and runs serve on every connection, in a
// goroutine of its own, closing the connection when serve returns. When
// the test ends the listener and every open connection are closed (so a
// serve blocked reading or writing returns) and Serve's goroutines are
// waited for. It returns the listener's address.
func Serve(t testing.TB, serve func(c net.Conn)) net.Addr {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		open  = map[net.Conn]bool{}
		ended bool
		wg    sync.WaitGroup
	)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			if ended {
				mu.Unlock()
				c.Close()
				return
			}
			open[c] = true
			wg.Add(1)
			mu.Unlock()
			go func() {
				defer wg.Done()
				defer func() {
					mu.Lock()
					delete(open, c)
					mu.Unlock()
					c.Close()
				}()
				serve(c)
			}()
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		mu.Lock()
		ended = true
		for c := range open {
			c.Close()
		}
		mu.Unlock()
		wg.Wait()
	})
	return ln.Addr()
}

// Silent is a serve function for Serve: it accepts and says nothing,
// reading until the client or the test's end closes the connection.
func Silent(c net.Conn) {
	var b [512]byte
	for {
		if _, err := c.Read(b[:]); err != nil {
			return
		}
	}
}

// Flood writes chunk to c again and again until a write fails (the
// client closed the connection).
func Flood(c net.Conn, chunk string) {
	b := []byte(strings.Repeat(chunk, 64*1024/len(chunk)+1))
	for {
		if _, err := c.Write(b); err != nil {
			return
		}
	}
}

// Allocated returns the bytes the process allocated on the heap while f
// ran (runtime.MemStats.TotalAlloc, after a GC): other goroutines' count
// too, so it is an upper bound, good for "at most N" checks.
func Allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
