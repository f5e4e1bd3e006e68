package mailaction

import (
	"embed"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io"
	"slices"
	"strings"
	"sync"
	texttemplate "text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/hashicorp/go-multierror"

	mailerrors "github.com/taskmail/taskmail/errors"
)

//go:embed templates/*.tmpl
var defaultTemplateFS embed.FS

// Templates render a notification mail from a NotificationData. A nil field
// uses the default: the files in the package's templates folder. Templates
// may call the functions "when" (formats a time.Time) and "plural" (count,
// singular, plural).
type Templates struct {
	Subject *texttemplate.Template // one line: control characters and line breaks become spaces; cut at 250 bytes
	Text    *texttemplate.Template // the text/plain body
	HTML    *htmltemplate.Template // the text/html body
	NoHTML  bool                   // send text/plain only
}

// TemplateFuncs returns the functions the default templates use, for
// templates that replace them: "when" formats a time as
// "2006-01-02 15:04:05 MST", "plural" picks the singular or plural word for
// a count.
func TemplateFuncs() map[string]any {
	return map[string]any{
		"when": func(t time.Time) string {
			if t.IsZero() {
				return "(unknown)"
			}
			return t.Format("2006-01-02 15:04:05 MST")
		},
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
	}
}

// DefaultTemplates returns the templates used when none are given.
func DefaultTemplates() Templates {
	funcs := TemplateFuncs()
	return Templates{
		Subject: texttemplate.Must(texttemplate.New("subject.tmpl").Funcs(funcs).ParseFS(defaultTemplateFS, "templates/subject.tmpl")),
		Text:    texttemplate.Must(texttemplate.New("text.tmpl").Funcs(funcs).ParseFS(defaultTemplateFS, "templates/text.tmpl")),
		HTML:    htmltemplate.Must(htmltemplate.New("html.tmpl").Funcs(funcs).ParseFS(defaultTemplateFS, "templates/html.tmpl")),
	}
}

// withDefaults fills the nil templates with the defaults.
func (t Templates) withDefaults() Templates {
	if t.Subject != nil && t.Text != nil && (t.HTML != nil || t.NoHTML) {
		return t
	}
	d := sharedDefaults()
	if t.Subject == nil {
		t.Subject = d.Subject
	}
	if t.Text == nil {
		t.Text = d.Text
	}
	if t.HTML == nil && !t.NoHTML {
		t.HTML = d.HTML
	}
	return t
}

// NotificationData is what the templates render.
type NotificationData struct {
	Kind         NoticeKind
	Prefix       string        // config.Notifier.SubjectPrefix
	Task         string        // the task ("" for a digest)
	Count        int           // failures this mail accounts for (0 for recovered)
	First        time.Time     // when the first of them was notified
	Last         time.Time     // when the last of them was notified (recovered: when the task succeeded)
	FailingSince time.Time     // still-failing and recovered: when the task started failing
	Streak       int           // recovered: failures since the task started failing
	Failure      *FailureData  // the failure in detail (repeated: the last one); nil for recovered and digest
	Items        []DigestItem  // digest: the notices it holds, in order
	Omitted      int           // digest: items not listed
	TaskCount    int           // digest: distinct tasks
	Errors       error         // digest: the listed items as a *multierror.Error, one line each
	RateLimit    int           // digest: mails allowed per RateInterval
	RateInterval time.Duration // digest
	ServerDown   bool          // digest: made of mails the server could not take for a while, not held by the rate limit
	Host         string        // the host the notifier runs on
}

// FailureData is one failure, ready to show.
type FailureData struct {
	Task, Step   string
	Error        string   // the error's text
	Kind         string   // the mail error kind, "" when the error is not a mail error
	Temporary    bool     // mail errors: whether trying again may succeed
	Hints        []string // mail errors: what to try, most likely first
	Start, End   time.Time
	Duration     time.Duration // End - Start, when both are known
	Attempt      int
	Host         string
	Attributes   []Attribute // sorted by key
	LogExcerpt   string      // at most the last maxLogExcerpt bytes
	LogTruncated bool
}

// Attribute is one free-form key and value of a failure.
type Attribute struct{ Key, Value string }

// DigestItem is one notice folded into a digest.
type DigestItem struct {
	Kind        NoticeKind
	Task        string
	Count       int
	First, Last time.Time
	Error       string // the error text of the last failure
	ErrorKind   string // its mail error kind, if any
}

// maxLogExcerpt bounds the log excerpt shown in a mail; the end of a log is
// where a failure shows.
const maxLogExcerpt = 32 << 10

// MaxDigestItems bounds the items listed in one digest mail; the rest are
// counted in NotificationData.Omitted.
const MaxDigestItems = 200

func failureData(e *failureEntry) *FailureData {
	f := &e.f
	d := &FailureData{
		Task: f.Task, Step: f.Step, Error: e.errorText(),
		Start: f.Start, End: f.End, Attempt: f.Attempt, Host: f.Host,
		LogExcerpt: f.LogExcerpt,
	}
	if !f.Start.IsZero() && !f.End.IsZero() && f.End.After(f.Start) {
		d.Duration = f.End.Sub(f.Start).Round(time.Millisecond)
	}
	if mes := mailerrors.All(f.Err); len(mes) > 0 {
		d.Kind = string(mes[0].Kind)
		d.Temporary = mailerrors.IsTemporary(f.Err)
		for _, me := range mes {
			for _, h := range me.Hints {
				if s := h.String(); !slices.Contains(d.Hints, s) {
					d.Hints = append(d.Hints, s)
				}
			}
		}
	}
	d.Attributes = slices.Clone(e.attrs)
	slices.SortFunc(d.Attributes, func(a, b Attribute) int { return strings.Compare(a.Key, b.Key) })
	return d
}

// foldedError is one digest item as an error, for the digest's multierror.
type foldedError struct{ item *DigestItem }

func (e foldedError) Error() string {
	it, when := e.item, TemplateFuncs()["when"].(func(time.Time) string)
	if it.Kind == NoticeRecovered {
		return it.Task + ": fixed at " + when(it.Last)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %dx %s", it.Task, it.Count, it.Error)
	if it.ErrorKind != "" {
		fmt.Fprintf(&b, " [%s]", it.ErrorKind)
	}
	if it.Count > 1 {
		fmt.Fprintf(&b, " (first %s, last %s)", when(it.First), when(it.Last))
	} else {
		fmt.Fprintf(&b, " (%s)", when(it.Last))
	}
	return b.String()
}

func digestItem(n *notice) DigestItem {
	it := DigestItem{Kind: n.kind, Task: n.task, Count: n.count, First: n.firstAt, Last: n.lastAt}
	if n.last != nil {
		it.Error = n.last.errorText()
		it.ErrorKind = string(errorKind(n.last.f.Err))
	}
	return it
}

// notificationData turns a notice into what the templates render.
func (n *Notifier) notificationData(no *notice) *NotificationData {
	d := &NotificationData{
		Kind: no.kind, Prefix: n.cfg.SubjectPrefix, Task: no.task, Count: no.count,
		First: no.firstAt, Last: no.lastAt, FailingSince: no.failingSince, Streak: no.streak,
		Host: n.host,
	}
	if no.kind != NoticeRecovered && no.kind != NoticeDigest && no.last != nil {
		d.Failure = failureData(no.last)
	}
	if no.kind == NoticeDigest {
		d.RateLimit, d.RateInterval, d.ServerDown = n.cfg.RateLimit, n.cfg.RateInterval, no.serverDown
		tasks := make(map[string]struct{})
		for i, p := range no.parts {
			tasks[p.task] = struct{}{}
			if i >= MaxDigestItems {
				d.Omitted++
				continue
			}
			d.Items = append(d.Items, digestItem(p))
		}
		d.TaskCount = len(tasks)
		d.Errors = DigestErrors(d.Items)
	}
	return d
}

// DigestErrors is a digest's items as the error list its text shows, one
// "- " line each (a failure's count, error, kind and times, or when a task
// was fixed), or nil for none.
func DigestErrors(items []DigestItem) error {
	merr := &multierror.Error{ErrorFormat: digestFormat}
	for i := range items {
		merr.Errors = append(merr.Errors, foldedError{&items[i]})
	}
	return merr.ErrorOrNil()
}

// digestFormat lists a digest's failures one per line.
func digestFormat(errs []error) string {
	var b strings.Builder
	for i, e := range errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("- ")
		b.WriteString(e.Error())
	}
	return b.String()
}

// render builds the mail for a notice; a template that fails is logged
// and the default one used (NotificationMessage).
func (n *Notifier) render(no *notice) *Message {
	msg, err := NotificationMessage(n.cfg.To, n.cfg.Cc, n.tmpl, n.notificationData(no))
	if err != nil {
		n.log.Error("taskmail notifier: template failed; using the default", "error", err)
	}
	return &msg
}

// NotificationMessage builds the mail a Notifier sends for d, to and cc:
// the subject, text and HTML from t, where a nil or failing template
// falls back to the default one so that a broken override still delivers
// the failure; the X-Taskmail-* headers; high priority for a first
// failure. The subject and the task header are made one line without
// control characters, at most 250 and 200 bytes (the Sender refuses
// control characters in headers, so a task named with one would otherwise
// make a mail that can never be sent), and a log excerpt longer than 32
// KiB keeps its end. The error names the templates that failed; the
// message is complete either way. Engines that render notices themselves
// (the Temporal notifier workflow) call it to send the same mail.
func NotificationMessage(to, cc []string, t Templates, d *NotificationData) (Message, error) {
	if f := d.Failure; f != nil && len(f.LogExcerpt) > maxLogExcerpt {
		cut := len(f.LogExcerpt) - maxLogExcerpt
		if i := strings.IndexByte(f.LogExcerpt[cut:], '\n'); i >= 0 && i < 1024 {
			cut += i + 1
		}
		f.LogExcerpt, f.LogTruncated = f.LogExcerpt[cut:], true
	}
	t, def := t.withDefaults(), sharedDefaults()
	var errs []error
	run := func(name string, t, def executor) string {
		var b strings.Builder
		if err := t.Execute(&b, d); err != nil {
			errs = append(errs, fmt.Errorf("%s template: %w", name, err))
			b.Reset()
			_ = def.Execute(&b, d)
		}
		return b.String()
	}
	var html string
	if t.HTML != nil {
		html = run("HTML", t.HTML, def.HTML)
	}
	msg := Message{
		To:      to,
		Cc:      cc,
		Subject: headerSafe(run("subject", t.Subject, def.Subject), maxSubject),
		Text:    run("text", t.Text, def.Text),
		HTML:    html,
		Headers: map[string]string{
			HeaderNotice:   string(d.Kind),
			HeaderFailures: fmt.Sprint(d.Count),
		},
	}
	if d.Kind == NoticeFailed {
		msg.Priority = PriorityHigh
	}
	if d.Task != "" {
		msg.Headers[HeaderTask] = headerSafe(d.Task, maxHeaderValue)
	}
	return msg, errors.Join(errs...)
}

// The headers a notification mail carries, for filters and for counting.
const (
	HeaderNotice   = "X-Taskmail-Notice"   // the NoticeKind
	HeaderFailures = "X-Taskmail-Failures" // how many failures the mail accounts for
	HeaderTask     = "X-Taskmail-Task"     // the task, except in digests
)

// defaults returns the default templates, parsed once for the process.
func (n *Notifier) defaults() Templates { return sharedDefaults() }

// sharedDefaults holds the default templates every Notifier uses: parsed
// templates are safe for concurrent Execute, so one copy serves them all.
// DefaultTemplates still returns a fresh copy, which its caller may change.
var sharedDefaults = sync.OnceValue(DefaultTemplates)

// executor is a text or an HTML template.
type executor interface {
	Execute(w io.Writer, data any) error
}

// headerSafe makes s fit for a header the notifier sets from a task's
// name, step or error: one line of text without control characters
// (C0, DEL, C1, the Unicode line and paragraph separators: each becomes a
// space, runs of spaces one), valid UTF-8 (a bad byte becomes U+FFFD), at
// most max bytes (cut at a character, ending in "…"). The Sender refuses
// a NUL or line break in a header, so a task named with one would
// otherwise make a mail that can never be sent. Non-ASCII text is left to
// the Sender, which encodes it (RFC 2047) and folds the line.
func headerSafe(s string, max int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > max {
		const more = "…"
		// Cut at a rune boundary, so the value stays valid UTF-8.
		end := max - len(more)
		for end > 0 && !utf8.RuneStart(s[end]) {
			end--
		}
		s = strings.TrimRight(s[:end], " ") + more
	}
	return s
}

// maxHeaderValue bounds, in bytes, a header value taken from a task name.
const maxHeaderValue = 200

// maxSubject bounds, in bytes, a notification's Subject: enough for the
// prefix, the notice, a long task name and its step, and far under the
// 998 octets of a header line even once encoded.
const maxSubject = 250
