package diagnose_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/taskmail/taskmail/diagnose"
	"github.com/taskmail/taskmail/internal/smtptest"
	"github.com/taskmail/taskmail/internal/testctx"
)

func TestReportJSON(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.org"}})
	opts, _ := testOptions(t, srv)
	r := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Server  string           `json:"server"`
		Address string           `json:"address"`
		Steps   []map[string]any `json:"steps"`
		Verdict map[string]any   `json:"verdict"`
		OK      *bool            `json:"ok"`
		Caps    map[string]any   `json:"capabilities"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Server != srv.Addr() || doc.Address != srv.Addr() || doc.OK == nil || *doc.OK || doc.Caps["PIPELINING"] == nil {
		t.Errorf("report JSON: %s", data)
	}
	relay := doc.Steps[len(doc.Steps)-2]
	for _, k := range []string{"name", "status", "duration_ns", "detail", "server_reply", "kind", "hints"} {
		if _, ok := relay[k]; !ok {
			t.Errorf("relay step has no %q: %v", k, relay)
		}
	}
	hints, _ := relay["hints"].([]any)
	// The fake server offers no AUTH: POP-before-SMTP leads.
	if h, _ := hints[0].(map[string]any); h["text"] == "" || h["field"] != "POPBeforeSMTP" {
		t.Errorf("first hint = %v", hints[0])
	}
	for _, k := range []string{"step", "kind", "cause", "change", "field"} {
		if _, ok := doc.Verdict[k]; !ok {
			t.Errorf("verdict has no %q: %v", k, doc.Verdict)
		}
	}
	// A skipped step leaves out what it has not got.
	if _, ok := doc.Steps[len(doc.Steps)-1]["kind"]; ok {
		t.Errorf("skipped data step has a kind: %v", doc.Steps[len(doc.Steps)-1])
	}
}

func TestProgressSeesEveryStepInOrder(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{})
	opts, _ := testOptions(t, srv)
	var seen []string
	opts.Progress = func(s diagnose.Step) { seen = append(seen, s.Name) }
	r := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	var names []string
	for _, s := range r.Steps {
		names = append(names, s.Name)
	}
	if !slices.Equal(seen, names) {
		t.Errorf("Progress saw %v, report has %v", seen, names)
	}
	want := "options dns mx pop connect greeting ehlo tls auth mail rcpt relay data"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("steps %q, want %q", got, want)
	}
}

func TestWriteTextEndsWithVerdict(t *testing.T) {
	srv := smtptest.StartT(t, smtptest.Config{Domains: []string{"example.org"}, Users: map[string]string{"u": "p"}})
	opts, _ := testOptions(t, srv)
	r := diagnose.Run(testctx.New(t), plainConfig(srv), opts)
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "FAIL (relay_denied): ") || !strings.Contains(last, "(option: Auth.Username)") {
		t.Errorf("last line %q", last)
	}
}
