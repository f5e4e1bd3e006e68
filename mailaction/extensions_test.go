package mailaction_test

import (
	"context"
	"net"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// TestPoolSwitchesTurnOffPipeliningAndChunking checks that the options
// for servers that advertise PIPELINING or CHUNKING but mishandle them
// change what goes on the wire, and that the message is delivered either way.
func TestPoolSwitchesTurnOffPipeliningAndChunking(t *testing.T) {
	type outcome struct {
		writes  int64
		bdat    bool
		dataCmd bool
	}
	send := func(t *testing.T, pool config.Pool) outcome {
		srv := smtptest.StartT(t, smtptest.Config{}) // offers PIPELINING and CHUNKING
		cfg := plain(srv)
		cfg.Pool = pool
		var writes atomic.Int64
		dial := mailaction.WithDialer(func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return countingConn{c, &writes}, nil
		})
		to := []string{"a@example.org", "b@example.org", "c@example.org"}
		res, err := mailaction.SendEmail(testctx.New(t), cfg, &mailaction.Message{To: to, Subject: "switches", Text: "body\n"}, dial)
		if err != nil {
			t.Fatalf("SendEmail: %v", err)
		}
		if !slices.Equal(res.Accepted, to) || len(srv.Messages()) != 1 {
			t.Fatalf("accepted %v, server received %d messages; want all of %v in one", res.Accepted, len(srv.Messages()), to)
		}
		var o outcome
		o.writes = writes.Load()
		for _, c := range srv.Commands() {
			u := strings.ToUpper(c)
			o.bdat = o.bdat || strings.HasPrefix(u, "BDAT")
			o.dataCmd = o.dataCmd || u == "DATA"
		}
		return o
	}

	def := send(t, config.Pool{})
	noChunk := send(t, config.Pool{NoChunking: true})
	noPipe := send(t, config.Pool{NoPipelining: true})

	if !def.bdat || def.dataCmd {
		t.Errorf("default: BDAT %v, DATA %v; want BDAT only (the server offers CHUNKING)", def.bdat, def.dataCmd)
	}
	if noChunk.bdat || !noChunk.dataCmd {
		t.Errorf("no_chunking: BDAT %v, DATA %v; want DATA only", noChunk.bdat, noChunk.dataCmd)
	}
	// MAIL + 3 RCPT + DATA one by one are at least 4 writes more than one
	// pipelined envelope.
	if noPipe.writes < noChunk.writes+4 {
		t.Errorf("no_pipelining made %d writes, pipelined DATA %d; want one write per command", noPipe.writes, noChunk.writes)
	}
}
