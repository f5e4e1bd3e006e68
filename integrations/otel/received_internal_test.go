package taskmailotel

import (
	"context"
	"testing"

	sdkmetric "go.opentelemetry.io/otel/sdk/metric"
	"go.opentelemetry.io/otel/sdk/metric/metricdata"

	"github.com/taskmail/taskmail/mailaction"
)

// failureReceived runs inside every Notify: it must cost little, and its
// count must keep overflowed and accepted failures apart.
func TestFailureReceivedIsCheap(t *testing.T) {
	reader := sdkmetric.NewManualReader()
	o, err := New(Options{MeterProvider: sdkmetric.NewMeterProvider(sdkmetric.WithReader(reader))})
	if err != nil {
		t.Fatal(err)
	}
	o.failureReceived(mailaction.FailureInfo{Task: "etl", Overflowed: true})
	if n := testing.AllocsPerRun(100, func() { o.failureReceived(mailaction.FailureInfo{Task: "etl"}) }); n != 0 {
		t.Errorf("%v allocations per failure, want 0", n)
	}
	var rm metricdata.ResourceMetrics
	if err := reader.Collect(context.Background(), &rm); err != nil {
		t.Fatal(err)
	}
	got := map[bool]int64{}
	for _, sm := range rm.ScopeMetrics {
		for _, m := range sm.Metrics {
			if m.Name != "taskmail.notifier.failures" {
				continue
			}
			for _, p := range m.Data.(metricdata.Sum[int64]).DataPoints {
				v, _ := p.Attributes.Value("taskmail.overflowed")
				got[v.AsBool()] += p.Value
			}
		}
	}
	if got[true] != 1 || got[false] != 101 {
		t.Errorf("failures by overflowed: %v, want true 1, false 101", got)
	}
}
