package temporal

import (
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/taskmail/taskmail/config"
	"github.com/taskmail/taskmail/fold"
	"github.com/taskmail/taskmail/mailaction"
)

// TestRenderHeaderSafe: the workflow's notification mail is the
// mailaction Notifier's: a task name with a NUL, a line break or 3,000
// bytes still gives a one-line Subject and X-Taskmail-Task that the Sender
// accepts (it refuses control characters in headers), cut to the
// Notifier's bounds.
func TestRenderHeaderSafe(t *testing.T) {
	at := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, task := range []string{"nightly\x00build", "nightly\r\nBcc: x@example.org", strings.Repeat("long-task-name ", 200)} {
		n := &fold.Notice[FailureInfo]{Kind: fold.Failed, Task: task, Count: 1, FirstAt: at, LastAt: at,
			Last: FailureInfo{Task: task, Error: "exit status 1"}}
		msg := render(config.Notifier{To: []string{"ops@example.org"}}, n, "<id@localhost>", "worker-1")
		for name, v := range map[string]string{"Subject": msg.Subject, mailaction.HeaderTask: msg.Headers[mailaction.HeaderTask]} {
			if strings.IndexFunc(v, unicode.IsControl) >= 0 {
				t.Errorf("task %.20q: %s %q holds a control character", task, name, v)
			}
			if len(v) > 250 {
				t.Errorf("task %.20q: %s is %d bytes", task, name, len(v))
			}
		}
	}
}
