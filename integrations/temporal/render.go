package temporal

import (
	"slices"
	"strings"
	"time"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/fold"
	"github.com/taskmail/taskmail/mailaction"
)

// render builds the mail for a notice with mailaction.NotificationMessage,
// the function mailaction.Notifier sends its mails with (the same default
// templates, subject, headers and bounds). Executing the templates is
// deterministic, so the workflow renders its mails itself and the
// SendEmail activity only sends.
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
		for i := range n.Parts {
			p := &n.Parts[i]
			tasks[p.Task] = true
			if i >= mailaction.MaxDigestItems {
				d.Omitted++
				continue
			}
			d.Items = append(d.Items, mailaction.DigestItem{Kind: mailaction.NoticeKind(p.Kind), Task: p.Task,
				Count: p.Count, First: p.FirstAt, Last: p.LastAt, Error: p.Last.Error, ErrorKind: p.Last.Kind})
		}
		d.TaskCount = len(tasks)
		d.Errors = mailaction.DigestErrors(d.Items)
	}
	// The default templates do not fail; there is no error to report.
	msg, _ := mailaction.NotificationMessage(cfg.To, cfg.Cc, mailaction.Templates{}, d)
	msg.MessageID = messageID
	return msg
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
