package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func TestDemoMetrics(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), &out, "127.0.0.1:0", true); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, w := range []string{
		`taskmail_sends_total{error_type="relay_denied",taskmail_outcome="failed",taskmail_temporary="false"} 1`,
		`taskmail_sends_total{error_type="recipient_unknown",taskmail_outcome="failed",taskmail_temporary="false"} 1`,
		`taskmail_recipients_total{error_type="greylisted",taskmail_recipient_outcome="refused"} `,
		`taskmail_notifier_mails_total{taskmail_notice_kind="failed"} 1`,
		`taskmail_notifier_folded_total 4`,
		`taskmail_notifier_spool_size 0`,
		`taskmail_send_duration_seconds_count{`,
		`taskmail_client_connection_count{server_address="127.0.0.1",server_port="`,
	} {
		if !strings.Contains(got, w) {
			t.Errorf("no %q in /metrics:\n%s", w, got)
		}
	}
}
