package diagnose

import (
	"errors"
	"net/textproto"
	"strconv"
	"strings"

	mailerrors "github.com/taskmail/taskmail/errors"
)

// serverReply returns the SMTP reply carried by err, in its wire form
// ("554 5.7.1 Relay access denied", continuation lines with "554-"), or ""
// when err holds no *textproto.Error. The code and text come from the value,
// not from err.Error().
func serverReply(err error) string {
	var te *textproto.Error
	if !errors.As(err, &te) {
		return ""
	}
	return wireReply(te.Code, te.Msg)
}

// wireReply formats a reply's code and its lines (joined by "\n", as
// net/textproto returns them) the way the server sent them.
func wireReply(code int, msg string) string {
	lines := strings.Split(msg, "\n")
	c := strconv.Itoa(code)
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		sep := "-"
		if i == len(lines)-1 {
			sep = " "
		}
		b.WriteString(strings.TrimRight(c+sep+l, " "))
	}
	return b.String()
}

// replyText formats a classified error's reply for display.
func replyText(e *mailerrors.Error) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(e.Code))
	if e.Enhanced != "" {
		b.WriteString(" " + e.Enhanced)
	}
	if e.Text != "" {
		b.WriteString(" " + e.Text)
	}
	return b.String()
}

// firstReplyCode returns the code of the first complete reply in raw
// (lines as a server sends them), and whether there was one.
func firstReplyCode(raw string) (int, bool) {
	for _, l := range strings.Split(raw, "\n") {
		l = strings.TrimRight(l, "\r")
		if len(l) < 3 {
			continue
		}
		code, err := strconv.Atoi(l[:3])
		if err != nil {
			return 0, false
		}
		if len(l) == 3 || l[3] == ' ' {
			return code, true
		}
	}
	return 0, false
}

// splitReplies splits raw server output into complete replies, each with
// its lines joined by "\n" and no trailing CR.
func splitReplies(raw string) []string {
	var out []string
	var cur []string
	for _, l := range strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n") {
		if l == "" {
			continue
		}
		cur = append(cur, l)
		if len(l) == 3 || (len(l) > 3 && l[3] == ' ') {
			out = append(out, strings.Join(cur, "\n"))
			cur = nil
		}
	}
	if len(cur) > 0 {
		out = append(out, strings.Join(cur, "\n"))
	}
	return out
}

// ehloKeywords parses an EHLO reply's extension lines into keyword ->
// parameters; the first line (the server's name) is not an extension.
func ehloKeywords(reply string) map[string]string {
	lines := strings.Split(reply, "\n")
	out := map[string]string{}
	for _, l := range lines[1:] {
		if len(l) < 4 {
			continue
		}
		k, v, _ := strings.Cut(strings.TrimSpace(l[4:]), " ")
		if k != "" {
			out[strings.ToUpper(k)] = v
		}
	}
	return out
}
