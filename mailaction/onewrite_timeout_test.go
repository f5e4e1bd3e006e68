package mailaction_test

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"testing"
	"time"

	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestOneWriteRepliesWaitDataTimeout: with PIPELINING and CHUNKING a
// small message goes with MAIL, RCPT and "BDAT size LAST" in one write,
// so the replies to that write include the final reply to the message.
// A server that answers all of them only once it has taken the message,
// later than CommandTimeout but within DataTimeout, has delivered it: the
// send succeeds, once, and is not taken for a lost connection.
func TestOneWriteRepliesWaitDataTimeout(t *testing.T) {
	cfg := rawSMTP(t, []string{"PIPELINING", "CHUNKING"}, func(c net.Conn, r *bufio.Reader) {
		if !readLines(r, 2) {
			return
		}
		if _, ok := readBDAT(r, true); !ok {
			return
		}
		time.Sleep(600 * time.Millisecond) // taking the message in
		io.WriteString(c, "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.0.0 Ok: queued as 4FxYz\r\n")
		if line, err := r.ReadString('\n'); err == nil && len(line) >= 4 && line[:4] == "QUIT" {
			io.WriteString(c, "221 2.0.0 Bye\r\n")
		}
	})
	cfg.Retry.MaxAttempts = 1
	cfg.CommandTimeout = 200 * time.Millisecond
	cfg.DataTimeout = 10 * time.Second
	ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
	defer cancel()
	res, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"))
	if err != nil {
		t.Fatalf("SendEmail: %v", err)
	}
	if res.Attempts != 1 || res.MaybeDuplicated || res.Response != "250 2.0.0 Ok: queued as 4FxYz" {
		t.Errorf("attempts %d, MaybeDuplicated %v, response %q", res.Attempts, res.MaybeDuplicated, res.Response)
	}
}

// TestOneWriteRepliesBoundedByDataTimeout: the wait for the replies to
// the one write still ends, after DataTimeout, with a timeout; the whole
// message went, so delivery is unknown (MaybeDuplicated).
func TestOneWriteRepliesBoundedByDataTimeout(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageRcpt, Kind: smtptest.FaultStall}}})
	cfg := plain(srv)
	cfg.Retry.MaxAttempts = 1
	cfg.CommandTimeout = 100 * time.Millisecond
	cfg.DataTimeout = 400 * time.Millisecond
	ctx, cancel := context.WithTimeout(testctx.New(t), 20*time.Second)
	defer cancel()
	start := time.Now()
	res, err := mailaction.SendEmail(ctx, cfg, simple("ops@example.org"))
	took := time.Since(start)
	if !errors.Is(err, mailerrors.ErrTimeout) || !res.MaybeDuplicated {
		t.Fatalf("err = %v, MaybeDuplicated %v; want a timeout with delivery unknown", err, res.MaybeDuplicated)
	}
	if took < 400*time.Millisecond || took > 10*time.Second {
		t.Errorf("the send took %s; want DataTimeout (400ms), not CommandTimeout (100ms) or the context's 20s", took)
	}
}
