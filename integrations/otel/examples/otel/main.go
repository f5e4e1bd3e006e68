// Command otel shows taskmail's metrics through a Prometheus exporter: it
// starts a fake SMTP server in the process (taskmailtest), sends a few
// mails through a Sender and a Notifier observed by taskmailotel (some
// delivered, one relay-denied, one to an unknown user; each new pair of
// sender and recipient is greylisted once), then serves /metrics on 127.0.0.1.
//
//	go run ./examples/otel            # serve until interrupted; curl the printed URL
//	go run ./examples/otel -once      # print the taskmail_ lines of /metrics and exit
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	otelprom "go.opentelemetry.io/otel/exporters/prometheus"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"

	"github.com/taskmail/taskmail/config"
	taskmailotel "github.com/taskmail/taskmail/integrations/otel"
	"github.com/taskmail/taskmail/mailaction"
	"github.com/taskmail/taskmail/taskmailtest"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:9464", "address for /metrics (loopback)")
	once := flag.Bool("once", false, "print the taskmail_ lines of /metrics after the demo and exit")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Stdout, *listen, *once); err != nil {
		log.Fatal(err)
	}
}

// run does the demo, serves /metrics and, with once, prints its taskmail_
// lines and returns.
func run(ctx context.Context, w io.Writer, listen string, once bool) error {
	reg := prometheus.NewRegistry()
	exp, err := otelprom.New(otelprom.WithRegisterer(reg), otelprom.WithoutScopeInfo(), otelprom.WithoutTargetInfo())
	if err != nil {
		return err
	}
	mp := sdkmetric.NewMeterProvider(sdkmetric.WithReader(exp))
	defer mp.Shutdown(context.Background())
	obs, err := taskmailotel.New(taskmailotel.Options{MeterProvider: mp})
	if err != nil {
		return err
	}
	if err := demo(ctx, obs); err != nil {
		return err
	}

	ln, err := net.Listen("tcp", listen)
	if err != nil {
		return err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go hs.Serve(ln)
	defer hs.Close()
	url := "http://" + ln.Addr().String() + "/metrics"
	if !once {
		fmt.Fprintln(w, "metrics at", url)
		<-ctx.Done()
		return nil
	}
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "taskmail_") {
			fmt.Fprintln(w, sc.Text())
		}
	}
	return sc.Err()
}

// demo sends through an observed Sender and Notifier to an in-process
// server.
func demo(ctx context.Context, obs *taskmailotel.Observer) error {
	srv, err := taskmailtest.Start(taskmailtest.Config{
		Domains: []string{"example.org"}, Mailboxes: []string{"alice@example.org", "bob@example.org", "oncall@example.org"},
		Greylist: 1,
	})
	if err != nil {
		return err
	}
	defer srv.Close()
	sender, err := mailaction.NewSender(srv.SMTP(), append(srv.Options(), mailaction.WithObserver(obs.Observer()))...)
	if err != nil {
		return err
	}
	defer sender.Close()
	obs.WatchSender(sender)

	for _, to := range [][]string{
		{"alice@example.org"},                       // greylisted (a new sender and recipient), then delivered
		{"bob@example.org"},                         // the same
		{"alice@example.org", "nobody@example.org"}, // one unknown user
		{"partner@elsewhere.test"},                  // relay denied: not logged in
	} {
		_, err := sender.Send(ctx, &mailaction.Message{To: to, Subject: "report", Text: "see attached\n"})
		if err != nil {
			fmt.Fprintln(os.Stderr, "demo send:", err)
		}
	}

	spool, err := os.MkdirTemp("", "taskmail-otel-demo")
	if err != nil {
		return err
	}
	defer os.RemoveAll(spool)
	n, err := mailaction.NewNotifier(sender, config.Notifier{To: []string{"oncall@example.org"}, Spool: spool},
		mailaction.WithObserver(obs.Observer()))
	if err != nil {
		return err
	}
	obs.WatchNotifier(n)
	for i := range 5 {
		_ = n.Notify(ctx, mailaction.Failure{Task: "nightly-import", Err: fmt.Errorf("row %d: upstream answered 503", i)})
	}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := n.Close(cctx); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}
