package diagnose_test

import (
	"bufio"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/diagnose"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/testctx"
)

// TestRunHostileRepliesBounded: the doctor reads a server's replies with
// the Sender's limits (4096 octets a line, 100 lines a reply), so a
// server that sends an endless greeting or EHLO reply ends the diagnosis
// at once with connection_failed, as a send would, instead of growing
// the doctor's memory until the timeout.
func TestRunHostileRepliesBounded(t *testing.T) {
	cases := []struct {
		name string
		step string
		run  func(c net.Conn)
	}{
		{"endless greeting line", "greeting", func(c net.Conn) {
			c.Write([]byte("220 "))
			rawtest.Flood(c, "x")
		}},
		{"endless greeting lines", "greeting", func(c net.Conn) {
			rawtest.Flood(c, "220-hostile\r\n")
		}},
		{"endless EHLO continuation lines", "ehlo", func(c net.Conn) {
			c.Write([]byte("220 hostile ESMTP\r\n"))
			bufio.NewReader(c).ReadString('\n')
			rawtest.Flood(c, "250-AUTH PLAIN LOGIN\r\n")
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			addr := rawtest.Serve(t, tc.run).(*net.TCPAddr)
			opts, _ := testOptions(t, nil)
			cfg := config.SMTP{
				Host: "127.0.0.1", Port: addr.Port, TLS: config.TLSNone, From: "robot@example.org",
				HeloName: "runner01.example.org", Timeout: 5 * time.Second, CommandTimeout: 5 * time.Second,
			}
			var r *diagnose.Report
			start := time.Now()
			grew := rawtest.Allocated(func() { r = diagnose.Run(testctx.New(t), cfg, opts) })
			took := time.Since(start)
			st := mustStep(t, r, tc.step)
			if r.OK || st.Status != diagnose.StatusFailed || st.Kind != mailerrors.KindConnectionFailed {
				t.Errorf("%s step: %s, kind %s; want failed, connection_failed: %+v", tc.step, st.Status, st.Kind, st)
			}
			if !strings.Contains(st.Detail+st.ServerReply, "limit") {
				t.Errorf("%s step does not say a limit was passed: %+v", tc.step, st)
			}
			t.Logf("ended after %v, %d KiB allocated", took, grew>>10)
			// Without the limits the doctor reads until the 5 s timeout,
			// growing by hundreds of MiB.
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
