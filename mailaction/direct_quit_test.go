package mailaction_test

import (
	"bufio"
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/mailaction"
)

// quitStaller accepts mail and never answers QUIT.
func quitStaller(t *testing.T) string {
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
				r := bufio.NewReader(c)
				c.Write([]byte("220 mx ESMTP\r\n"))
				inData := false
				for {
					l, err := r.ReadString('\n')
					if err != nil {
						return
					}
					if inData {
						if l == ".\r\n" {
							inData = false
							c.Write([]byte("250 2.0.0 queued\r\n"))
						}
						continue
					}
					u := strings.ToUpper(l)
					switch {
					case strings.HasPrefix(u, "EHLO"):
						c.Write([]byte("250 mx\r\n"))
					case strings.HasPrefix(u, "DATA"):
						inData = true
						c.Write([]byte("354 go\r\n"))
					case strings.HasPrefix(u, "QUIT"):
						time.Sleep(time.Minute)
						return
					default:
						c.Write([]byte("250 ok\r\n"))
					}
				}
			}()
		}
	}()
	return ln.Addr().String()
}

func TestDirectCloseBlocksOnQuit(t *testing.T) {
	addr := quitStaller(t)
	dnsSrv := dnstest.Start(t, "a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1")
	dial := func(ctx context.Context, network, _ string) (net.Conn, error) {
		return (&net.Dialer{}).DialContext(ctx, network, addr)
	}
	for _, direct := range []bool{false, true} {
		cfg := config.SMTP{Host: "127.0.0.1", Port: 25, TLS: config.TLSNone, From: "robot@example.org", HeloName: "runner01.example.org"}
		if direct {
			cfg = config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
		}
		s, err := mailaction.NewSender(cfg, mailaction.WithDialer(dial), mailaction.WithResolver(dnsSrv.Resolver()))
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		t0 := time.Now()
		_, err = s.Send(ctx, simple("x@a.example"))
		took := time.Since(t0)
		cancel()
		t.Logf("direct=%v err=%v Send took %v", direct, err, took.Round(time.Millisecond))
		if took > 2*time.Second {
			t.Errorf("direct=%v: Send took %v with a 1s context: it waited for the MX's QUIT reply", direct, took)
		}
	}
}
