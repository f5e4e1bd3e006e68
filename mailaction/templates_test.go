package mailaction

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	texttemplate "text/template"
	"time"
	"unicode/utf8"

	mailerrors "github.com/taskmail/taskmail/errors"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files in testdata/notifier")

// goldenNotices are one notice of each kind, with fixed times.
func goldenNotices() map[string]*notice {
	t0 := time.Date(2026, 11, 23, 3, 14, 0, 0, time.UTC)
	relay := &failureEntry{f: Failure{
		Task: "nightly-report", Step: "mail-results",
		Err: &mailerrors.Error{Kind: mailerrors.KindRelayDenied, Code: 554, Enhanced: "5.7.1", Text: "<boss@example.com>: Relay access denied",
			Stage: mailerrors.StageRcpt, Server: "mail.example.org:587", Recipient: "boss@example.com",
			Hints: []mailerrors.Hint{{Text: "Turn on authentication", Field: "Auth.Username"}, {Text: "Ask the mail administrator to allow relaying from this host"}}},
		Start: t0.Add(-90 * time.Second), End: t0, Attempt: 3, Host: "runner01",
		LogExcerpt: "generating report...\nsending to boss@example.com\nerror: relay denied",
	}, attrs: []Attribute{{"run_id", "4711"}, {"commit", "9fceb02"}, {"url", "https://ci.example.org/runs/4711?a=1&b=<2>"}}, at: t0, weight: 1}
	plain := &failureEntry{f: Failure{Task: "backup", Err: errors.New("exit status 2"), Start: t0.Add(-time.Hour), End: t0.Add(-time.Minute), Host: "db01"},
		at: t0.Add(-time.Minute), weight: 1}
	later := &failureEntry{f: Failure{Task: "backup", Err: errors.New("exit status 3"), End: t0.Add(9 * time.Minute), Host: "db01"},
		at: t0.Add(9 * time.Minute), weight: 1}
	return map[string]*notice{
		"failed":        {kind: NoticeFailed, task: "nightly-report", count: 1, first: relay, last: relay, firstAt: t0, lastAt: t0, failingSince: t0},
		"still-failing": {kind: NoticeStillFailing, task: "backup", count: 1, first: plain, last: plain, firstAt: plain.at, lastAt: plain.at, failingSince: t0.Add(-2 * time.Hour)},
		"repeated":      {kind: NoticeRepeated, task: "backup", count: 41, first: plain, last: later, firstAt: plain.at, lastAt: later.at},
		"recovered":     {kind: NoticeRecovered, task: "backup", firstAt: t0.Add(time.Hour), lastAt: t0.Add(time.Hour), failingSince: t0.Add(-2 * time.Hour), streak: 43},
		"digest": {kind: NoticeDigest, count: 44, firstAt: t0.Add(-time.Minute), lastAt: t0.Add(time.Hour), parts: []*notice{
			{kind: NoticeFailed, task: "nightly-report", count: 1, last: relay, firstAt: t0, lastAt: t0},
			{kind: NoticeRepeated, task: "backup", count: 41, last: later, firstAt: plain.at, lastAt: later.at},
			{kind: NoticeStillFailing, task: "<script>", count: 2, last: plain, firstAt: plain.at, lastAt: plain.at.Add(time.Second)},
			{kind: NoticeRecovered, task: "sync", firstAt: t0.Add(time.Hour), lastAt: t0.Add(time.Hour)},
		}},
	}
}

func TestNotifierTemplatesGolden(t *testing.T) {
	n := newTestNotifier(t, &fakeMailer{}, testNotifierConfig())
	for name, no := range goldenNotices() {
		t.Run(name, func(t *testing.T) {
			msg := n.render(no)
			if strings.ContainsAny(msg.Subject, "\r\n") {
				t.Errorf("subject spans lines: %q", msg.Subject)
			}
			got := "Subject: " + msg.Subject + "\n" + HeaderNotice + ": " + msg.Headers[HeaderNotice] +
				"\n" + HeaderFailures + ": " + msg.Headers[HeaderFailures] +
				"\n\n--- text ---\n" + msg.Text + "\n--- html ---\n" + msg.HTML
			path := filepath.Join("testdata", "notifier", name+".golden")
			if *updateGolden {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestNotifierTemplatesGolden -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file; got:\n%s", path, got)
			}
		})
	}
}

func TestNotifierTemplatesEscapeHTML(t *testing.T) {
	n := newTestNotifier(t, &fakeMailer{}, testNotifierConfig())
	msg := n.render(goldenNotices()["digest"])
	if strings.Contains(msg.HTML, "<script>") || !strings.Contains(msg.HTML, "&lt;script&gt;") {
		t.Errorf("task name not escaped in HTML:\n%s", msg.HTML)
	}
}

func TestNotifierTemplatesOverride(t *testing.T) {
	subject := texttemplate.Must(texttemplate.New("s").Parse("{{.Kind}} {{.Task}} x{{.Count}}"))
	text := texttemplate.Must(texttemplate.New("t").Funcs(TemplateFuncs()).Parse("{{.Task}} at {{when .Last}}{{with .Failure}}: {{.Error}}{{end}}"))
	n := newTestNotifier(t, &fakeMailer{}, testNotifierConfig(), WithTemplates(Templates{Subject: subject, Text: text, NoHTML: true}))
	msg := n.render(goldenNotices()["failed"])
	if msg.Subject != "failed nightly-report x1" {
		t.Errorf("subject %q", msg.Subject)
	}
	if want := "nightly-report at 2026-11-23 03:14:00 UTC: relay_denied at rcpt"; !strings.HasPrefix(msg.Text, want) {
		t.Errorf("text %q, want prefix %q", msg.Text, want)
	}
	if msg.HTML != "" {
		t.Errorf("NoHTML: got HTML %q", msg.HTML)
	}
	// A template that fails at run time falls back to the default.
	broken := texttemplate.Must(texttemplate.New("b").Parse("{{.NoSuchField}}"))
	n2 := newTestNotifier(t, &fakeMailer{}, testNotifierConfig(), WithTemplates(Templates{Subject: broken}))
	if msg := n2.render(goldenNotices()["failed"]); msg.Subject != "[taskmail] FAILED: nightly-report at mail-results" {
		t.Errorf("fallback subject %q", msg.Subject)
	}
}

func TestHeaderSafeKeepsRunes(t *testing.T) {
	for _, s := range []string{strings.Repeat("é", 150), "x" + strings.Repeat("€", 100), strings.Repeat("a", 300)} {
		got := headerSafe(s, maxHeaderValue)
		if !utf8.ValidString(got) || len(got) > 200 || len(got) < 197 {
			t.Errorf("headerSafe: %d bytes, valid UTF-8 %v", len(got), utf8.ValidString(got))
		}
	}
	if got := headerSafe("a \n b", maxHeaderValue); got != "a b" {
		t.Errorf("headerSafe: %q", got)
	}
}

func TestDefaultTemplatesParsedOnce(t *testing.T) {
	n1 := newTestNotifier(t, &fakeMailer{}, testNotifierConfig())
	n2 := newTestNotifier(t, &fakeMailer{}, testNotifierConfig())
	if n1.tmpl.Subject != n2.tmpl.Subject || n1.tmpl.HTML != n2.tmpl.HTML || n1.defaults().Text != n2.defaults().Text {
		t.Error("the default templates are parsed again for each notifier")
	}
}

// TestNotificationMessageReportsFailedTemplates: a template that fails is
// named in the error and the default one renders instead; NoHTML leaves
// the HTML out.
func TestNotificationMessageReportsFailedTemplates(t *testing.T) {
	broken := texttemplate.Must(texttemplate.New("s").Parse("{{.NoSuchField}}"))
	d := &NotificationData{Kind: NoticeFailed, Task: "nightly", Count: 1, Failure: &FailureData{Task: "nightly", Error: "exit 1"}}
	msg, err := NotificationMessage([]string{"ops@example.org"}, nil, Templates{Subject: broken, NoHTML: true}, d)
	if err == nil || !strings.Contains(err.Error(), "subject template") {
		t.Errorf("err %v, want the subject template named", err)
	}
	if !strings.Contains(msg.Subject, "nightly") || msg.HTML != "" || msg.Text == "" {
		t.Errorf("subject %q, HTML %d bytes, text %d bytes: want the default subject, no HTML, a text body", msg.Subject, len(msg.HTML), len(msg.Text))
	}
	if msg.Priority != PriorityHigh || msg.Headers[HeaderTask] != "nightly" {
		t.Errorf("priority %v, task header %q", msg.Priority, msg.Headers[HeaderTask])
	}
}
