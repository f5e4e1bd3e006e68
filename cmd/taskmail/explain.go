package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// explanation is one explained reply, as --json prints it. Failure is
// false for a success reply (2xx, 3xx), whose kind is "" and hints empty;
// Evidence says what decided the kind.
type explanation struct {
	Reply string `json:"reply"`
	replyFields
	Note     string `json:"note,omitempty"`
	Failure  bool   `json:"failure"`
	Evidence string `json:"evidence"`
}

// stages are the values --stage accepts.
var stages = []mailerrors.Stage{
	mailerrors.StageConnect, mailerrors.StageGreeting, mailerrors.StageEHLO,
	mailerrors.StageStartTLS, mailerrors.StageAuth, mailerrors.StageMail,
	mailerrors.StageRcpt, mailerrors.StageData, mailerrors.StageQuit, mailerrors.StagePOP,
}

// runExplain implements "taskmail explain [--json] [--stage STAGE] [REPLY ...]":
// it classifies each reply and prints its kind, whether it is temporary,
// its codes and the hints. Replies come from the arguments, or from stdin,
// one per line, with "554-" continuation lines grouped into one reply.
// It returns 0, 1 when stdin cannot be read, or 2 on a usage error.
func runExplain(ctx context.Context, e env) int {
	fs := e.flags("explain", "taskmail explain [--json] [--stage STAGE] [REPLY ...]", `
Explains SMTP replies: the kind of failure, whether trying again later can help,
the codes, and what to change. With no REPLY, reads replies from stdin, one per
line; "554-..." continuation lines join the reply they continue.`)
	asJSON := fs.Bool("json", false, "print one JSON object per reply, one per line")
	stageName := fs.String("stage", "", "the SMTP command the reply answered: "+stageList()+` (default: none; the reply's own codes and words decide)`)
	if code, ok := e.parse(fs); !ok {
		return code
	}
	stage := mailerrors.Stage(strings.ToLower(*stageName))
	if stage != "" && !validStage(stage) {
		fmt.Fprintf(e.stderr, "taskmail explain: unknown stage %q (want one of %s)\n", *stageName, stageList())
		return 2
	}

	replies := fs.Args()
	if len(replies) == 0 {
		var err error
		replies, err = readReplies(ctx, e.stdin)
		if err != nil {
			fmt.Fprintf(e.stderr, "taskmail explain: reading stdin: %v\n", err)
			return 1
		}
		if len(replies) == 0 {
			fmt.Fprintln(e.stderr, "taskmail explain: no reply given (pass it as an argument or on stdin)")
			fs.Usage()
			return 2
		}
	}

	if !*asJSON {
		// A reply's words reach the terminal escaped (see termWriter).
		w := newTermWriter(e.stdout)
		defer w.Flush()
		e.stdout = w
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for i, reply := range replies {
		if err := ctx.Err(); err != nil {
			return 1
		}
		x := explain(stage, reply)
		if *asJSON {
			if err := enc.Encode(x); err != nil {
				fmt.Fprintf(e.stderr, "taskmail explain: %v\n", err)
				return 1
			}
			continue
		}
		if i > 0 {
			fmt.Fprintln(out)
		}
		printExplanation(out, x)
	}
	return 0
}

// explain classifies one reply.
func explain(stage mailerrors.Stage, reply string) explanation {
	r, perr := mailerrors.Parse(reply)
	e := mailerrors.ClassifyReply(stage, r)
	// A success reply is not a failure, unless it closed the session with
	// a cause (a 221 the classifier gave a kind).
	failure := !isSuccess(r.Code) || e.Kind != mailerrors.KindUnknown
	if !failure {
		// No kind, nothing to fix.
		e.Kind, e.Temporary, e.Hints = "", false, nil
	}
	x := explanation{
		Reply:       strings.Join(r.Lines, "\n"),
		replyFields: replyFields(errorFieldsOf(e)), // e.Stage is stage
		Failure:     failure,
		Evidence:    e.Evidence,
	}
	if x.Reply == "" {
		x.Reply = strings.TrimSpace(reply)
	}
	if perr != nil {
		x.Note = "no SMTP reply code found; classified by its words"
	}
	return x
}

// isSuccess reports whether code is a positive reply (2xx, or 3xx which
// asks for more): not a failure.
func isSuccess(code int) bool { return code >= 200 && code < 400 }

func printExplanation(w io.Writer, x explanation) {
	yesNo := map[bool]string{true: "yes", false: "no"}
	dash := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	code := "-"
	if x.Code != 0 {
		code = fmt.Sprint(x.Code)
	}
	fmt.Fprintf(w, "reply:     %s\n", strings.ReplaceAll(x.Reply, "\n", "\n           "))
	if x.Stage != "" {
		fmt.Fprintf(w, "stage:     %s\n", x.Stage)
	}
	if x.Failure {
		fmt.Fprintf(w, "kind:      %s\n", x.Kind)
	} else {
		fmt.Fprintf(w, "kind:      none: a success reply, not a failure\n")
	}
	fmt.Fprintf(w, "temporary: %s\n", yesNo[x.Temporary])
	fmt.Fprintf(w, "code:      %s\n", code)
	fmt.Fprintf(w, "enhanced:  %s\n", dash(x.Enhanced))
	fmt.Fprintf(w, "text:      %s\n", dash(x.Text))
	if x.Note != "" {
		fmt.Fprintf(w, "note:      %s\n", x.Note)
	}
	if x.Evidence != "" {
		fmt.Fprintf(w, "because:   %s\n", x.Evidence)
	}
	if len(x.Hints) == 0 {
		fmt.Fprintln(w, "hints:     none")
		return
	}
	fmt.Fprintln(w, "hints:")
	for i, h := range x.Hints {
		fmt.Fprintf(w, "  %d. %s\n", i+1, h)
	}
}

// readReplies reads replies from r, one per line. A line whose code is
// followed by "-" ("554-5.7.1 ...") starts or continues a multi-line reply,
// which the next line with the same code and a space ends; blank lines are
// skipped. It stops early when ctx is done.
func readReplies(ctx context.Context, r io.Reader) ([]string, error) {
	var replies, group []string
	flush := func() {
		if len(group) > 0 {
			replies = append(replies, strings.Join(group, "\n"))
			group = nil
		}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		code, cont := replyCode(line)
		if len(group) > 0 {
			if gc, _ := replyCode(group[0]); code == "" || code != gc {
				flush() // a line that does not continue the group
			}
		}
		group = append(group, line)
		if !cont {
			flush()
		}
	}
	flush()
	return replies, sc.Err()
}

// replyCode returns the three-digit code at the start of line and whether a
// hyphen follows it (a continuation line).
func replyCode(line string) (code string, continued bool) {
	if len(line) < 4 {
		return "", false
	}
	for i := 0; i < 3; i++ {
		if line[i] < '0' || line[i] > '9' {
			return "", false
		}
	}
	switch line[3] {
	case '-':
		return line[:3], true
	case ' ', '\t':
		return line[:3], false
	}
	return "", false
}

func validStage(s mailerrors.Stage) bool {
	for _, x := range stages {
		if x == s {
			return true
		}
	}
	return false
}

func stageList() string {
	names := make([]string, len(stages))
	for i, s := range stages {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}
