package pop3_test

import (
	"bufio"
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/taskmail/taskmail/internal/pop3"
	"github.com/taskmail/taskmail/internal/rawtest"
	"github.com/taskmail/taskmail/internal/replylimit"
	"github.com/taskmail/taskmail/internal/testctx"
)

// hostile is a POP3 server that runs script on every connection, for at
// most 30 s.
func hostile(t *testing.T, script func(c net.Conn, r *bufio.Reader)) string {
	t.Helper()
	return rawtest.Serve(t, func(c net.Conn) {
		_ = c.SetDeadline(time.Now().Add(30 * time.Second))
		script(c, bufio.NewReader(c))
	}).String()
}

// greetThen greets, then answers every command with +OK until cmd, whose
// reply starts with first and then floods with chunk.
func greetThen(cmd, first, chunk string) func(c net.Conn, r *bufio.Reader) {
	return func(c net.Conn, r *bufio.Reader) {
		c.Write([]byte("+OK hostile\r\n"))
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			if strings.HasPrefix(strings.ToUpper(line), cmd) {
				c.Write([]byte(first))
				rawtest.Flood(c, chunk)
				return
			}
			c.Write([]byte("+OK\r\n"))
		}
	}
}

// TestPOPReplySizeBounded: endless lines or endless multi-line replies
// from a POP3 server (before or after STLS) end the session with a clear
// error instead of growing memory until the deadline.
func TestPOPReplySizeBounded(t *testing.T) {
	cases := []struct {
		name   string
		script func(c net.Conn, r *bufio.Reader)
		run    func(ctx context.Context, c *pop3.Client) error
	}{
		{"endless greeting", func(c net.Conn, r *bufio.Reader) { c.Write([]byte("+OK ")); rawtest.Flood(c, "x") }, nil},
		{"endless CAPA lines", greetThen("CAPA", "+OK\r\n", "X-CAP yes\r\n"), func(ctx context.Context, c *pop3.Client) error {
			_, err := c.Capabilities(ctx)
			return err
		}},
		{"endless STLS line", greetThen("STLS", "+OK ", "y"), func(ctx context.Context, c *pop3.Client) error {
			return c.StartTLS(ctx, nil)
		}},
		{"endless PASS line", greetThen("PASS", "-ERR ", "z"), func(ctx context.Context, c *pop3.Client) error {
			return c.UserPass(ctx, "u", "p")
		}},
		{"endless LIST", greetThen("LIST", "+OK\r\n", "1 100\r\n"), func(ctx context.Context, c *pop3.Client) error {
			_, err := c.List(ctx)
			return err
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			addr := hostile(t, tc.script)
			ctx, cancel := context.WithTimeout(testctx.New(t), 15*time.Second)
			defer cancel()
			var err error
			grew := rawtest.Allocated(func() {
				var c *pop3.Client
				if c, err = pop3.Dial(ctx, addr); err == nil {
					defer c.Close()
					err = tc.run(ctx, c)
				}
			})
			if err == nil {
				t.Fatal("no error")
			}
			if ctx.Err() != nil {
				t.Fatalf("the reply was read until the deadline: %v", err)
			}
			var le *replylimit.LimitError
			if !errors.As(err, &le) {
				t.Errorf("err = %v, want one saying a limit was passed", err)
			}
			t.Logf("%d KiB allocated: %v", grew>>10, err)
			if grew > 16<<20 {
				t.Errorf("allocated %d MiB while reading, want at most 16", grew>>20)
			}
		})
	}
}

// TestPOPCutOffLine: a status line without its line end is not a reply.
func TestPOPCutOffLine(t *testing.T) {
	addr := hostile(t, func(c net.Conn, r *bufio.Reader) {
		c.Write([]byte("+OK hostile\r\n"))
		r.ReadString('\n')
		c.Write([]byte("+OK 2 3"))
	})
	ctx, cancel := context.WithTimeout(testctx.New(t), 10*time.Second)
	defer cancel()
	c, err := pop3.Dial(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	n, size, err := c.Stat(ctx)
	if err == nil {
		t.Fatalf("STAT gave %d %d from a cut-off line", n, size)
	}
	if !errors.Is(err, replylimit.ErrCutOff) {
		t.Errorf("err = %v, want ErrCutOff", err)
	}
}
