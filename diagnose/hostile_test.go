package diagnose_test

import (
	"bufio"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/testctx"
)

// startHostile serves every connection with run, on loopback.
func startHostile(t *testing.T, run func(c net.Conn, r *bufio.Reader)) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				run(c, bufio.NewReader(c))
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

// floodConn writes chunk to c until the client goes away.
func floodConn(c net.Conn, chunk string) {
	b := []byte(strings.Repeat(chunk, 64*1024/len(chunk)+1))
	for {
		if _, err := c.Write(b); err != nil {
			return
		}
	}
}

// TestRunHostileRepliesBounded: the doctor reads a server's replies with
// the Sender's limits (4096 octets a line, 100 lines a reply), so a
// server that sends an endless greeting or EHLO reply ends the diagnosis
// at once with connection_failed, as a send would, instead of growing
// the doctor's memory until the timeout.
func TestRunHostileRepliesBounded(t *testing.T) {
	cases := []struct {
		name string
		step string
		run  func(c net.Conn, r *bufio.Reader)
	}{
		{"endless greeting line", "greeting", func(c net.Conn, r *bufio.Reader) {
			c.Write([]byte("220 "))
			floodConn(c, "x")
		}},
		{"endless greeting lines", "greeting", func(c net.Conn, r *bufio.Reader) {
			floodConn(c, "220-hostile\r\n")
		}},
		{"endless EHLO continuation lines", "ehlo", func(c net.Conn, r *bufio.Reader) {
			c.Write([]byte("220 hostile ESMTP\r\n"))
			r.ReadString('\n')
			floodConn(c, "250-AUTH PLAIN LOGIN\r\n")
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			port := startHostile(t, tc.run)
			opts, _ := testOptions(t, nil)
			cfg := config.SMTP{
				Host: "127.0.0.1", Port: port, TLS: config.TLSNone, From: "robot@example.org",
				HeloName: "runner01.example.org", Timeout: 5 * time.Second, CommandTimeout: 5 * time.Second,
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			r := diagnose.Run(testctx.New(t), cfg, opts)
			took := time.Since(start)
			runtime.ReadMemStats(&after)
			st := mustStep(t, r, tc.step)
			if r.OK || st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindConnectionFailed {
				t.Errorf("%s step: %s, kind %s; want failed, connection_failed: %+v", tc.step, st.Status, st.Kind, st)
			}
			if !strings.Contains(st.Detail+st.ServerReply, "limit") {
				t.Errorf("%s step does not say a limit was passed: %+v", tc.step, st)
			}
			grew := after.TotalAlloc - before.TotalAlloc
			t.Logf("ended after %v, %d KiB allocated", took, grew>>10)
			if took > 3*time.Second {
				t.Errorf("the diagnosis took %v: the reply was read until a timeout, not stopped at the limit", took)
			}
			if grew > 16<<20 {
				t.Errorf("allocated %d MiB while reading the reply, want at most 16", grew>>20)
			}
			if len(st.ServerReply) > 64<<10 {
				t.Errorf("the report holds %d KiB of the server's reply", len(st.ServerReply)>>10)
			}
		})
	}
}
