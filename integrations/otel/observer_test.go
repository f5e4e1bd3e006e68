package taskmailotel_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/taskmail/taskmail/config"
	mailerrors "github.com/taskmail/taskmail/errors"
	taskmailotel "github.com/taskmail/taskmail/integrations/otel"
	"github.com/taskmail/taskmail/mailaction"
	"github.com/taskmail/taskmail/taskmailtest"
)

type harness struct {
	spans  *tracetest.SpanRecorder
	reader *sdkmetric.ManualReader
	obs    *taskmailotel.Observer
}

func newHarness(t *testing.T, opts taskmailotel.Options) *harness {
	t.Helper()
	h := &harness{spans: tracetest.NewSpanRecorder(), reader: sdkmetric.NewManualReader()}
	opts.TracerProvider = sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(h.spans))
	opts.MeterProvider = sdkmetric.NewMeterProvider(sdkmetric.WithReader(h.reader))
	obs, err := taskmailotel.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h.obs = obs
	return h
}

// points returns each data point of the metrics collected now, as
// "name{k=v,...} value" (sorted attributes), histograms by their count.
func (h *harness) points(t *testing.T) map[string]float64 {
	t.Helper()
	var rm metricdata.ResourceMetrics
	if err := h.reader.Collect(context.Background(), &rm); err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	key := func(name string, set attribute.Set) string {
		var kv []string
		for _, a := range set.ToSlice() {
			if a.Key == "server.address" || a.Key == "server.port" {
				continue // the test server's throughout
			}
			kv = append(kv, string(a.Key)+"="+a.Value.Emit())
		}
		return name + "{" + strings.Join(kv, ",") + "}"
	}
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			switch d := m.Data.(type) {
			case metricdata.Sum[int64]:
				for _, p := range d.DataPoints {
					out[key(m.Name, p.Attributes)] += float64(p.Value)
				}
			case metricdata.Gauge[int64]:
				for _, p := range d.DataPoints {
					out[key(m.Name, p.Attributes)] += float64(p.Value)
				}
			case metricdata.Histogram[float64]:
				for _, p := range d.DataPoints {
					out[key(m.Name, p.Attributes)] += float64(p.Count)
				}
			}
		}
	}
	return out
}

func want(t *testing.T, got map[string]float64, w map[string]float64) {
	t.Helper()
	for k, v := range w {
		if got[k] != v {
			var all []string
			for k, v := range got {
				all = append(all, fmt.Sprintf("%s %v", k, v))
			}
			t.Errorf("%s = %v, want %v; have:\n%s", k, got[k], v, strings.Join(all, "\n"))
		}
	}
}

func TestSendSpanAndMetrics(t *testing.T) {
	h := newHarness(t, taskmailotel.Options{})
	srv := taskmailtest.NewServer(t, taskmailtest.Config{
		StartTLS: true, Domains: []string{"local.test"},
		Users: map[string]string{"robot@local.test": "s3cret-pw"},
	})
	cfg := srv.SMTP()
	s, err := mailaction.NewSender(cfg, append(srv.Options(), mailaction.WithObserver(h.obs.Observer()))...)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	h.obs.WatchSender(s)
	ctx := context.Background()
	msg := &mailaction.Message{To: []string{"alice@local.test", "secretname@remote.test"}, Subject: "s", Text: "t\n"}
	if _, err := s.Send(ctx, msg); !errors.Is(err, mailerrors.ErrRelayDenied) {
		t.Fatalf("Send: %v", err)
	}
	if _, err := s.Send(ctx, &mailaction.Message{To: []string{"bob@local.test"}, Subject: "s", Text: "t\n"}); err != nil {
		t.Fatal(err)
	}

	spans := h.spans.Ended()
	if len(spans) != 2 {
		t.Fatalf("%d spans, want 2", len(spans))
	}
	sp := spans[0]
	if sp.Name() != "taskmail.send" || sp.Status().Code != codes.Error || sp.Status().Description != "relay_denied" {
		t.Errorf("span %s status %v", sp.Name(), sp.Status())
	}
	attrs := map[attribute.Key]attribute.Value{}
	for _, a := range sp.Attributes() {
		attrs[a.Key] = a.Value
	}
	if attrs["error.type"].AsString() != "relay_denied" || attrs["smtp.reply.code"].AsInt64() != 554 ||
		attrs["smtp.reply.enhanced"].AsString() != "5.7.1" || attrs["taskmail.recipients.accepted"].AsInt64() != 1 ||
		attrs["server.address"].AsString() != "127.0.0.1" {
		t.Errorf("span attributes: %v", sp.Attributes())
	}
	var names []string
	var dump strings.Builder
	for _, ev := range sp.Events() {
		names = append(names, ev.Name)
		for _, a := range ev.Attributes {
			fmt.Fprintf(&dump, "%s %s=%s\n", ev.Name, a.Key, a.Value.Emit())
		}
	}
	if got, w := strings.Join(names, " "), "connect tls rcpt rcpt data attempt"; got != w {
		t.Errorf("events %q, want %q", got, w)
	}
	for _, w := range []string{"rcpt smtp.recipient.domain=remote.test", "rcpt error.type=relay_denied", "tls tls.protocol.version=1.3"} {
		if !strings.Contains(dump.String(), w) {
			t.Errorf("no %q in events:\n%s", w, dump.String())
		}
	}
	if strings.Contains(dump.String(), "secretname") || strings.Contains(dump.String(), "alice") {
		t.Errorf("a local part in the events without RecordAddresses:\n%s", dump.String())
	}
	if spans[1].Status().Code == codes.Error {
		t.Errorf("delivered send has status %v", spans[1].Status())
	}

	want(t, h.points(t), map[string]float64{
		"taskmail.sends{error.type=relay_denied,taskmail.outcome=failed,taskmail.temporary=false}": 1,
		"taskmail.sends{taskmail.outcome=delivered}":                                               1,
		"taskmail.send.failures{error.type=relay_denied,taskmail.temporary=false}":                 1,
		"taskmail.recipients{taskmail.recipient.outcome=accepted}":                                 2,
		"taskmail.recipients{error.type=relay_denied,taskmail.recipient.outcome=refused}":          1,
		"taskmail.send.attempts{taskmail.outcome=delivered}":                                       2,
		"taskmail.send.duration{error.type=relay_denied,taskmail.outcome=failed}":                  1,
		"taskmail.send.duration{taskmail.outcome=delivered}":                                       1,
		"taskmail.client.connection.count{taskmail.client.connection.state=idle}":                  1,
		"taskmail.client.connection.count{taskmail.client.connection.state=used}":                  0,
	})
}

func TestRecordAddresses(t *testing.T) {
	h := newHarness(t, taskmailotel.Options{RecordAddresses: true})
	srv := taskmailtest.NewServer(t, taskmailtest.Config{})
	_, err := mailaction.SendEmail(context.Background(), srv.SMTP(),
		&mailaction.Message{To: []string{"alice@local.test"}, Subject: "s", Text: "t\n"},
		mailaction.WithObserver(h.obs.Observer()))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, ev := range h.spans.Ended()[0].Events() {
		for _, a := range ev.Attributes {
			found = found || a.Key == "smtp.recipient" && a.Value.AsString() == "alice@local.test"
		}
	}
	if !found {
		t.Error("RecordAddresses: no smtp.recipient on the rcpt event")
	}
}

func TestNotifierMetrics(t *testing.T) {
	h := newHarness(t, taskmailotel.Options{})
	srv := taskmailtest.NewServer(t, taskmailtest.Config{})
	s, err := mailaction.NewSender(srv.SMTP(), mailaction.WithObserver(h.obs.Observer()))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := mailaction.NewNotifier(s, config.Notifier{To: []string{"oncall@local.test"}, Spool: t.TempDir(), FoldWindow: time.Hour},
		mailaction.WithObserver(h.obs.Observer()))
	if err != nil {
		t.Fatal(err)
	}
	h.obs.WatchNotifier(n)
	for i := range 5 {
		if err := n.Notify(context.Background(), mailaction.Failure{Task: "etl", Err: fmt.Errorf("row %d bad", i)}); err != nil {
			t.Fatal(err)
		}
	}
	got := h.points(t)
	if _, ok := got["taskmail.notifier.queue.size{}"]; !ok {
		t.Errorf("no queue gauge: %v", got)
	}
	if got["taskmail.notifier.spool.size{}"] < 1 {
		t.Errorf("spool gauge %v before the mails went, want >= 1", got["taskmail.notifier.spool.size{}"])
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	want(t, h.points(t), map[string]float64{
		"taskmail.notifier.failures{taskmail.overflowed=false}":  5,
		"taskmail.notifier.mails{taskmail.notice.kind=failed}":   1,
		"taskmail.notifier.mails{taskmail.notice.kind=repeated}": 1,
		"taskmail.notifier.folded{}":                             4,
		"taskmail.notifier.spool.size{}":                         0,
		"taskmail.sends{taskmail.outcome=delivered}":             2,
	})
}

func TestAuthEventWithoutSecrets(t *testing.T) {
	h := newHarness(t, taskmailotel.Options{RecordAddresses: true})
	srv := taskmailtest.NewServer(t, taskmailtest.Config{
		StartTLS: true, Domains: []string{"local.test"},
		Users: map[string]string{"robot@local.test": "s3cret-pw"},
	})
	cfg := srv.SMTP()
	cfg.Auth = config.Auth{Username: "robot@local.test", Password: "s3cret-pw"}
	_, err := mailaction.SendEmail(context.Background(), cfg,
		&mailaction.Message{To: []string{"partner@remote.test"}, Subject: "s", Text: "t\n"},
		append(srv.Options(), mailaction.WithObserver(h.obs.Observer()))...)
	if err != nil {
		t.Fatal(err)
	}
	var dump strings.Builder
	sp := h.spans.Ended()[0]
	for _, a := range sp.Attributes() {
		fmt.Fprintf(&dump, "span %s=%s\n", a.Key, a.Value.Emit())
	}
	for _, ev := range sp.Events() {
		for _, a := range ev.Attributes {
			fmt.Fprintf(&dump, "%s %s=%s\n", ev.Name, a.Key, a.Value.Emit())
		}
	}
	if !strings.Contains(dump.String(), "auth taskmail.auth.mechanism=PLAIN") {
		t.Errorf("no auth event with its mechanism:\n%s", dump.String())
	}
	if strings.Contains(dump.String(), "s3cret") {
		t.Errorf("the password in the span:\n%s", dump.String())
	}
}
