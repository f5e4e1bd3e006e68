package diagnose

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// WriteStep writes one step as text: a status line, then the detail, the
// server's reply and the hints, indented. It is what "taskmail doctor"
// prints as each step finishes.
func WriteStep(w io.Writer, s Step) error {
	var b strings.Builder
	detail := strings.Split(s.Detail, "\n")
	status := strings.ToUpper(string(s.Status))
	if s.Status == StatusOK {
		status = "ok"
	}
	fmt.Fprintf(&b, "%-8s %-8s %s", status, s.Name, detail[0])
	if s.Status != StatusSkipped {
		fmt.Fprintf(&b, " (%s)", roundDuration(s.Duration))
	}
	b.WriteByte('\n')
	const indent = "                  "
	for _, l := range detail[1:] {
		b.WriteString(indent + l + "\n")
	}
	if s.ServerReply != "" && s.Status != StatusOK {
		for _, l := range strings.Split(s.ServerReply, "\n") {
			b.WriteString(indent + "server: " + l + "\n")
		}
	}
	if s.Kind != "" && s.Status != StatusOK {
		b.WriteString(indent + "kind: " + string(s.Kind) + "\n")
	}
	for _, h := range s.Hints {
		b.WriteString(indent + "hint: " + h.String() + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteVerdict writes the report's last line: whether a send would
// succeed, the most likely cause and the one change to make.
func WriteVerdict(w io.Writer, r *Report) error {
	v := r.Verdict
	result := "FAIL"
	if r.OK {
		result = "OK"
	}
	line := result + ": " + v.Cause
	if v.Kind != "" && !r.OK {
		line = result + " (" + string(v.Kind) + "): " + v.Cause
	}
	if v.Change != "" {
		line += " -> " + v.Change
		if v.Field != "" {
			line += " (option: " + v.Field + ")"
		}
	}
	_, err := fmt.Fprintln(w, line)
	return err
}

// WriteText writes the whole report as text: each step, a blank line, and
// the verdict.
func (r *Report) WriteText(w io.Writer) error {
	for _, s := range r.Steps {
		if err := WriteStep(w, s); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintln(w); err != nil {
		return err
	}
	return WriteVerdict(w, r)
}

// roundDuration rounds d for display: to the millisecond above one, to the
// microsecond below.
func roundDuration(d time.Duration) time.Duration {
	if d >= time.Millisecond {
		return d.Round(time.Millisecond)
	}
	return d.Round(time.Microsecond)
}
