package temporal

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/fold"
	"github.com/taskmail/taskmail/mailaction"
)

// The templates are parsed once; executing them is deterministic, so the
// workflow renders its mails itself and the SendEmail activity only sends.
var templates = sync.OnceValue(mailaction.DefaultTemplates)

// maxDigestItems bounds the items listed in one digest mail, as
// mailaction.Notifier does.
const maxDigestItems = 200

// render builds the mail for a notice, in the form mailaction.Notifier
// gives it (the same templates, subject and X-Taskmail-* headers).
func render(cfg config.Notifier, n *fold.Notice[FailureInfo], messageID, host string) mailaction.Message {
	d := &mailaction.NotificationData{
		Kind: mailaction.NoticeKind(n.Kind), Prefix: cfg.SubjectPrefix, Task: n.Task, Count: n.Count,
		First: n.FirstAt, Last: n.LastAt, FailingSince: n.FailingSince, Streak: n.Streak, Host: host,
	}
	if n.Kind != fold.Recovered && n.Kind != fold.Digest {
		d.Failure = failureData(&n.Last)
	}
	if n.Kind == fold.Digest {
		d.RateLimit, d.RateInterval = cfg.RateLimit, cfg.RateInterval
		tasks := map[string]bool{}
		var lines digestLines
		for i := range n.Parts {
			p := &n.Parts[i]
			tasks[p.Task] = true
			if i >= maxDigestItems {
				d.Omitted++
				continue
			}
			it := mailaction.DigestItem{Kind: mailaction.NoticeKind(p.Kind), Task: p.Task, Count: p.Count, First: p.FirstAt, Last: p.LastAt,
				Error: p.Last.Error, ErrorKind: p.Last.Kind}
			d.Items = append(d.Items, it)
			lines = append(lines, digestLine(it))
		}
		d.TaskCount = len(tasks)
		if len(lines) > 0 {
			d.Errors = lines
		}
	}
	t := templates()
	subject := execute(t.Subject, d)
	subject = strings.Join(strings.Fields(subject), " ")
	msg := mailaction.Message{
		To: cfg.To, Cc: cfg.Cc, Subject: subject, Text: execute(t.Text, d), HTML: execute(t.HTML, d),
		MessageID: messageID,
		Headers: map[string]string{
			mailaction.HeaderNotice:   string(n.Kind),
			mailaction.HeaderFailures: fmt.Sprint(n.Count),
		},
	}
	if n.Kind == fold.Failed {
		msg.Priority = mailaction.PriorityHigh
	}
	if n.Task != "" {
		msg.Headers[mailaction.HeaderTask] = strings.Join(strings.Fields(n.Task), " ")
	}
	return msg
}

// executor is a text or HTML template.
type executor interface {
	Execute(w io.Writer, data any) error
}

func execute(t executor, d *mailaction.NotificationData) string {
	var b strings.Builder
	if err := t.Execute(&b, d); err != nil {
		return "(template failed: " + err.Error() + ")"
	}
	return b.String()
}

func failureData(fi *FailureInfo) *mailaction.FailureData {
	d := &mailaction.FailureData{
		Task: fi.Task, Step: fi.Step, Error: fi.Error, Kind: fi.Kind, Temporary: fi.Temporary, Hints: fi.Hints,
		Start: fi.Start, End: fi.End, Attempt: fi.Attempt, Host: fi.Host, LogExcerpt: fi.LogExcerpt,
	}
	if !fi.Start.IsZero() && fi.End.After(fi.Start) {
		d.Duration = fi.End.Sub(fi.Start).Round(time.Millisecond)
	}
	for k, v := range fi.Attributes {
		d.Attributes = append(d.Attributes, mailaction.Attribute{Key: k, Value: v})
	}
	slices.SortFunc(d.Attributes, func(a, b mailaction.Attribute) int { return strings.Compare(a.Key, b.Key) })
	return d
}

// digestLines is a digest's items as the error list its text shows, one
// "- " line each.
type digestLines []string

func (l digestLines) Error() string { return "- " + strings.Join(l, "\n- ") }

func digestLine(it mailaction.DigestItem) string {
	when := func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 MST") }
	if it.Kind == mailaction.NoticeRecovered {
		return it.Task + ": fixed at " + when(it.Last)
	}
	s := fmt.Sprintf("%s: %dx %s", it.Task, it.Count, it.Error)
	if it.ErrorKind != "" {
		s += " [" + it.ErrorKind + "]"
	}
	if it.Count > 1 {
		return s + fmt.Sprintf(" (first %s, last %s)", when(it.First), when(it.Last))
	}
	return s + " (" + when(it.Last) + ")"
}
