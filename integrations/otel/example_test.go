package taskmailotel_test

import (
	"context"
	"fmt"
	"log"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	taskmailotel "github.com/taskmail/taskmail/integrations/otel"
	"github.com/taskmail/taskmail/mailaction"
	"github.com/taskmail/taskmail/taskmailtest"
)

// A Sender observed by taskmailotel: one span per send, and the sends
// counted. Real programs pass their own providers (or none: the global
// ones), with an exporter such as OTLP or Prometheus.
func Example() {
	spans := tracetest.NewSpanRecorder()
	reader := sdkmetric.NewManualReader()
	obs, err := taskmailotel.New(taskmailotel.Options{
		TracerProvider: sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(spans)),
		MeterProvider:  sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader)),
	})
	if err != nil {
		log.Fatal(err)
	}

	srv, err := taskmailtest.Start(taskmailtest.Config{Domains: []string{"example.org"}})
	if err != nil {
		log.Fatal(err)
	}
	defer srv.Close()
	sender, err := mailaction.NewSender(srv.SMTP(), mailaction.WithObserver(obs.Observer()))
	if err != nil {
		log.Fatal(err)
	}
	defer sender.Close()
	obs.WatchSender(sender)
	_, _ = sender.Send(context.Background(), &mailaction.Message{To: []string{"alice@example.org"}, Subject: "hi", Text: "hello\n"})

	for _, s := range spans.Ended() {
		fmt.Println("span:", s.Name(), "events:", len(s.Events()))
	}
	var rm metricdata.ResourceMetrics
	if err := reader.Collect(context.Background(), &rm); err != nil {
		log.Fatal(err)
	}
	for _, m := range rm.ScopeMetrics[0].Metrics {
		if sum, ok := m.Data.(metricdata.Sum[int64]); ok && m.Name == "taskmail.sends" {
			fmt.Println(m.Name, sum.DataPoints[0].Value)
		}
	}
	// Output:
	// span: taskmail.send events: 4
	// taskmail.sends 1
}
