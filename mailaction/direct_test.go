package mailaction_test

import (
	"bufio"
	"context"
	"errors"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	"github.com/taskmail/taskmail/internal/dkimtest"
	"github.com/taskmail/taskmail/internal/dnstest"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
	"github.com/taskmail/taskmail/mailaction"
)

// mxNet stands for the network between taskmail and the MX hosts: an
// in-process DNS server names them, and a dialer takes each MX address
// in ports ("127.0.0.2:25") to the server listening for it; any other
// address is down.
type mxNet struct {
	dns   *dnstest.Server
	ports map[string]string
	mu    sync.Mutex
	dials []string // every address taskmail dialed, in order
}

func newMXNet(t *testing.T, ports map[string]string, records ...string) *mxNet {
	return &mxNet{dns: dnstest.Start(t, records...), ports: ports}
}

// oneMX is a network where a.example's one MX, mx.a.example at
// 127.0.0.1, is the server at addr.
func oneMX(t *testing.T, addr string) *mxNet {
	return newMXNet(t, map[string]string{"127.0.0.1:25": addr},
		"a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1")
}

// twoDomains is a network where a.example's MX is a and b.example's is b.
func twoDomains(t *testing.T, a, b *smtptest.Server) *mxNet {
	return newMXNet(t, map[string]string{"127.0.0.1:25": a.Addr(), "127.0.0.2:25": b.Addr()},
		"a.example. 300 IN MX 10 mx.a.example.", "mx.a.example. 300 IN A 127.0.0.1",
		"b.example. 300 IN MX 10 mx.b.example.", "mx.b.example. 300 IN A 127.0.0.2")
}

func (n *mxNet) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	n.dials = append(n.dials, addr)
	to, ok := n.ports[addr]
	n.mu.Unlock()
	if !ok {
		return nil, &net.OpError{Op: "dial", Net: network, Err: errors.New("connection refused")}
	}
	var d net.Dialer
	return d.DialContext(ctx, network, to)
}

func (n *mxNet) dialed() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.dials...)
}

// options returns the options that send through n, then extra.
func (n *mxNet) options(extra ...mailaction.Option) []mailaction.Option {
	return append([]mailaction.Option{mailaction.WithDialer(n.dial), mailaction.WithResolver(n.dns.Resolver())}, extra...)
}

// TestDirectGroupsByDomain: recipients of two domains get one send each,
// to their own MX, with the envelope holding that domain's recipients
// only, the same signed message (same Message-ID) for both, and the
// Result naming the MX that took each.
func TestDirectGroupsByDomain(t *testing.T) {
	a := smtptest.StartT(t, smtptest.Config{})
	b := smtptest.StartT(t, smtptest.Config{})
	n := twoDomains(t, a, b)
	key := dkimtest.NewKey(t, "ed25519", 0, "example.org", "direct")
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org", DKIM: key.Options("")}
	msg := &mailaction.Message{
		To:      []string{"x@a.example", "y@b.example"},
		Cc:      []string{"z@A.example"},
		Bcc:     []string{"w@b.example"},
		Subject: "two domains",
		Text:    "hello\n",
	}
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	res, err := mailaction.SendEmail(ctx, cfg, msg, n.options()...)
	if err != nil {
		t.Fatal(err)
	}
	if res.MX["a.example"] != "mx.a.example:25" || res.MX["b.example"] != "mx.b.example:25" {
		t.Errorf("MX %v", res.MX)
	}
	if len(res.Accepted) != 4 {
		t.Errorf("accepted %q", res.Accepted)
	}
	for _, tc := range []struct {
		srv   *smtptest.Server
		rcpts []string
	}{{a, []string{"x@a.example", "z@A.example"}}, {b, []string{"y@b.example", "w@b.example"}}} {
		msgs := tc.srv.Messages()
		if len(msgs) != 1 {
			t.Fatalf("%d messages", len(msgs))
		}
		if !slices.Equal(msgs[0].To, tc.rcpts) {
			t.Errorf("envelope %q, want %q", msgs[0].To, tc.rcpts)
		}
		if msgs[0].Helo != "runner01.example.org" || msgs[0].AuthUser != "" {
			t.Errorf("EHLO %q, AUTH %q", msgs[0].Helo, msgs[0].AuthUser)
		}
		if vs := dkimtest.Verify(t, msgs[0].Data, key); len(vs) != 1 || vs[0].Err != nil {
			t.Errorf("DKIM: %+v", vs)
		}
		if !bytesContains(msgs[0].Data, "<"+res.MessageID+">") {
			t.Errorf("Message-ID %s not in the copy", res.MessageID)
		}
	}
}

func bytesContains(b []byte, s string) bool { return strings.Contains(string(b), s) }

// TestDirectAmbiguousNotSentToNextMX: when an MX drops the connection
// after the whole message went, it may hold the message; the next MX is
// not tried at once (that could deliver a second copy), and the message
// is sent again at most Retry.MaxAmbiguous times, as with relay delivery.
func TestDirectAmbiguousNotSentToNextMX(t *testing.T) {
	drop := smtptest.StartT(t, smtptest.Config{Faults: []smtptest.Fault{{Stage: smtptest.StageData, Kind: smtptest.FaultDrop}}})
	good := smtptest.StartT(t, smtptest.Config{})
	n := newMXNet(t, map[string]string{"127.0.0.1:25": drop.Addr(), "127.0.0.2:25": good.Addr()},
		"a.example. 300 IN MX 10 mx1.a.example.", "mx1.a.example. 300 IN A 127.0.0.1",
		"a.example. 300 IN MX 20 mx2.a.example.", "mx2.a.example. 300 IN A 127.0.0.2",
	)
	sl := &sleeps{}
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Retry: config.Retry{MaxAttempts: 5, InitialInterval: time.Second, MaxInterval: time.Minute}}
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	res, err := mailaction.SendEmail(ctx, cfg, simple("x@a.example"), n.options(sl.option())...)
	if err == nil {
		t.Fatal("no error")
	}
	if !res.MaybeDuplicated {
		t.Error("MaybeDuplicated not set")
	}
	if good.Connections() != 0 {
		t.Errorf("the next MX got %d connections: a second copy may have been delivered", good.Connections())
	}
	if res.Attempts != 2 || len(sl.all()) != 1 {
		t.Errorf("attempts %d, sleeps %v; want 2 (one resend, Retry.MaxAmbiguous 1)", res.Attempts, sl.all())
	}
}

// TestDirectWithoutRetries: with retries off, a greylisting MX ends the
// send after one attempt, without sleeping, retryable, with the message
// to send again.
func TestDirectWithoutRetries(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 1})
	n := oneMX(t, srv.Addr())
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	msg := simple("x@a.example")
	res, err := mailaction.SendEmail(testctx.New(t), cfg, msg, n.options(sl.option(), mailaction.WithoutRetries())...)
	ok, wait := mailerrors.Retryable(err)
	t.Logf("err=%v attempts=%d sleeps=%v retryable=%v wait=%v", err, res.Attempts, sl.all(), ok, wait)
	if res.Attempts != 1 || len(sl.all()) != 0 {
		t.Errorf("attempts %d, sleeps %v; want 1 attempt, no sleep", res.Attempts, sl.all())
	}
	if !ok || res.RetryMessage(msg, err) == nil {
		t.Errorf("retryable %v, RetryMessage %v; want retryable with a message to send again", ok, res.RetryMessage(msg, err))
	}
}

// TestDirectAllOrNothing: all-or-nothing cannot hold across recipient
// domains, each MX taking its copy on its own: the config is refused
// before any MX is reached.
func TestDirectAllOrNothing(t *testing.T) {
	a := smtptest.StartT(t, smtptest.Config{})
	b := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{{Stage: smtptest.StageRcpt, Reply: smtptest.Reply{Code: 550, Enhanced: "5.1.1", Text: "no such user"}}}})
	n := twoDomains(t, a, b)
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		RecipientPolicy: config.RecipientsAllOrNothing}
	_, err := mailaction.SendEmail(testctx.New(t), cfg, simple("x@a.example", "y@b.example"), n.options()...)
	if !errors.Is(err, mailerrors.ErrInvalidConfig) {
		t.Fatalf("err = %v, want invalid_config: all-or-nothing cannot hold across recipient domains", err)
	}
	named := false
	for _, fe := range config.FieldErrors(err) {
		named = named || fe.Field == "RecipientPolicy"
	}
	if !named {
		t.Errorf("the error does not name RecipientPolicy: %v", err)
	}
	if d := n.dialed(); len(d) != 0 {
		t.Errorf("dialed %q; want no MX reached", d)
	}
}

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

// TestDirectSendDoesNotWaitForQuit: an MX that never answers QUIT holds
// a direct Send no longer than a relay server holds a relay Send (whose
// pool keeps the connection): the MX try's QUIT is not on the caller's
// time.
func TestDirectSendDoesNotWaitForQuit(t *testing.T) {
	n := oneMX(t, quitStaller(t))
	for _, direct := range []bool{false, true} {
		cfg := config.SMTP{Host: "127.0.0.1", Port: 25, TLS: config.TLSNone, From: "robot@example.org", HeloName: "runner01.example.org"}
		if direct {
			cfg = config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
		}
		s, err := mailaction.NewSender(cfg, n.options()...)
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

// TestDirectStatsAndObserver: an MX try counts in the Sender's Stats as
// a relay attempt does, and the observer sees the MX's name.
func TestDirectStatsAndObserver(t *testing.T) {
	n := oneMX(t, smtptest.StartT(t, smtptest.Config{}).Addr())
	var mu sync.Mutex
	var connects []string
	obs := &mailaction.Observer{
		Connected: func(_ context.Context, i mailaction.ConnectInfo) {
			mu.Lock()
			connects = append(connects, i.Server)
			mu.Unlock()
		},
	}
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	s, err := mailaction.NewSender(cfg, n.options(mailaction.WithObserver(obs))...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx, cancel := context.WithTimeout(testctx.New(t), time.Minute)
	defer cancel()
	res, err := s.Send(ctx, simple("x@a.example"))
	if err != nil {
		t.Fatal(err)
	}
	st := s.Stats()
	t.Logf("res.Attempts=%d Stats=%+v connects=%v", res.Attempts, st, connects)
	if st.Attempts != int64(res.Attempts) || st.Dials != 1 || st.Delivered != 1 {
		t.Errorf("Stats.Attempts=%d Dials=%d Delivered=%d, want %d, 1, 1", st.Attempts, st.Dials, st.Delivered, res.Attempts)
	}
	mu.Lock()
	defer mu.Unlock()
	if strings.Join(connects, " ") != "mx.a.example:25" {
		t.Errorf("observer saw connections to %q, want mx.a.example:25", connects)
	}
}

// TestDirectServerWaitBeyondMaxElapsed: relay gives up at once when the
// server's wait passes MaxElapsed (TestSenderHonoursServerWait); direct
// delivery does too.
func TestDirectServerWaitBeyondMaxElapsed(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Rules: []smtptest.Rule{
		{Stage: smtptest.StageRcpt, Times: 1, Reply: smtptest.Reply{Code: 450, Enhanced: "4.7.1", Text: "Rate limit exceeded, try again in 2 hours"}},
	}})
	n := oneMX(t, srv.Addr())
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Retry: config.Retry{MaxElapsed: 30 * time.Minute}}
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("x@a.example"), n.options(sl.option(), fixedClock())...)
	t.Logf("err=%v attempts=%d sleeps=%v", err, res.Attempts, sl.all())
	if err == nil || len(sl.all()) != 0 {
		t.Errorf("direct slept %v past MaxElapsed 30m and retried; relay gives up at once", sl.all())
	}
}

// TestDirectRateLimit: MX tries wait for Pool.RateLimit (1 transaction
// per hour here) as relay attempts do.
func TestDirectRateLimit(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	n := oneMX(t, srv.Addr())
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Pool: config.Pool{RateLimit: 1, RateInterval: time.Hour}}
	s, err := mailaction.NewSender(cfg, n.options(sl.option(), fixedClock())...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := 0; i < 3; i++ {
		if _, err := s.Send(testctx.New(t), simple("x@a.example")); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("messages=%d sleeps=%v", len(srv.Messages()), sl.all())
	if len(sl.all()) == 0 {
		t.Errorf("3 sends with RateLimit 1/h went out without waiting")
	}
}

// TestDirectObserverAttemptNumbers: under direct retries the observer
// numbers attempts as Result.Attempts does.
func TestDirectObserverAttemptNumbers(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Greylist: 2})
	n := oneMX(t, srv.Addr())
	var mu sync.Mutex
	var nums []int
	obs := &mailaction.Observer{AttemptDone: func(_ context.Context, i mailaction.AttemptInfo) {
		mu.Lock()
		nums = append(nums, i.Attempt)
		mu.Unlock()
	}}
	var sl sleeps
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org",
		Retry: config.Retry{MaxAttempts: 5}}
	res, err := mailaction.SendEmail(testctx.New(t), cfg, simple("x@a.example"), n.options(sl.option(), mailaction.WithObserver(obs))...)
	t.Logf("err=%v res.Attempts=%d observer attempts=%v", err, res.Attempts, nums)
	if len(nums) != res.Attempts || nums[len(nums)-1] != res.Attempts {
		t.Errorf("AttemptDone numbers %v, Result.Attempts %d", nums, res.Attempts)
	}
}

// TestDirectSenderNamesItsServer: a direct Sender has no one server; its
// Stats, its printed form and its logs say it goes to the recipients' MX
// on the port, not an empty host (":25").
func TestDirectSenderNamesItsServer(t *testing.T) {
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	s, err := mailaction.NewSender(cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for what, got := range map[string]string{"Stats().Server": s.Stats().Server, "String()": s.String()} {
		if strings.Contains(got, "=:25") || got == ":25" || !strings.Contains(got, "(recipient MX):25") {
			t.Errorf("%s = %q, want it to name (recipient MX):25", what, got)
		}
	}
}

// TestDirectNoMailKeepsTheDNSAnswer: a domain with neither MX nor address
// is domain_not_found, permanent, and its error still holds the DNS
// answer that said so (errors.As finds the *net.DNSError).
func TestDirectNoMailKeepsTheDNSAnswer(t *testing.T) {
	n := oneMX(t, smtptest.StartT(t, smtptest.Config{}).Addr())
	cfg := config.SMTP{Delivery: config.DeliveryDirect, From: "robot@example.org", HeloName: "runner01.example.org"}
	s, err := mailaction.NewSender(cfg, n.options(mailaction.WithoutRetries())...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Send(testctx.New(t), simple("x@nothing.example"))
	var me *mailerrors.Error
	var de *net.DNSError
	if !errors.As(err, &me) || me.Kind != mailerrors.KindDomainNotFound || me.Temporary {
		t.Fatalf("err %v, want domain_not_found, permanent", err)
	}
	if !errors.As(err, &de) || !de.IsNotFound {
		t.Errorf("err %v does not hold the DNS answer (*net.DNSError, not found)", err)
	}
}
