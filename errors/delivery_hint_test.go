package errors

import (
	"strings"
	"testing"
)

// TestRelayDeniedNamesDirectDelivery: the relay-denied hint to deliver
// to the recipient's MX names the option that does it (smtp.delivery).
func TestRelayDeniedNamesDirectDelivery(t *testing.T) {
	e := Classify(StageRcpt, "554 5.7.1 <ops@example.net>: Relay access denied")
	for _, h := range e.Hints {
		if strings.Contains(h.Text, "MX server directly") {
			if h.Field != "Delivery" {
				t.Errorf("hint %q names %q, want Delivery", h.Text, h.Field)
			}
			return
		}
	}
	t.Fatalf("no direct-delivery hint among %+v", e.Hints)
}
