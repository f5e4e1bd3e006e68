package errors

import (
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrMalformedReply is wrapped by the error Parse returns when its input
// holds no SMTP reply code. Match it with errors.Is.
var ErrMalformedReply = errors.New("taskmail: malformed SMTP reply")

// Reply is a parsed SMTP reply.
type Reply struct {
	Code     int      // basic code, e.g. 554; 0 if none could be read
	Enhanced string   // enhanced status code, e.g. "5.7.1"; "" if absent
	Text     string   // the lines' text without the codes that start them, joined by " " (see Parse)
	Lines    []string // the raw lines (without a byte-order mark before the first)
}

// Parse splits a raw reply (one or several lines, "554-..." continuation
// lines allowed) into code, enhanced code and text.
//
// Parse is tolerant: a byte-order mark before the reply (one pasted from a
// file often has one) is dropped, lines may end in CRLF or LF, continuation
// lines may lack their code, the enhanced code (RFC 3463) may repeat on
// every line, and text before the code on the first line ("host mx said:
// 550 5.1.1 …", as in a bounce) is skipped when an enhanced code confirms
// where the reply starts. The frames client libraries and logs print around
// a reply are read through: Python's smtplib tuple "(550, b'5.1.1 …')",
// Cisco's mail log's "('550', ['5.1.1 …'])" (the reply's lines in a list), a
// failure reply in quotes ("returned '550 5.2.0 …'"), .NET's "The server
// response was: 5.7.1 …" (an enhanced code after a colon, no basic code),
// and the code Symfony, Swift Mailer and PEAR name in words ('but got code
// "501"', "(code: 501, …)") when they quote no reply. A failure code after
// a client's or a bounce's words ("RCPT TO command failed: 550 …", "said:
// 550 …", "smtp; 450 …") and PHPMailer's "SMTP code: 452 Additional SMTP
// info: 4.2.2" are read too, but then the line stays whole in Text: the
// words before the code may name the cause. A qmail-style "(#5.7.1)" at the
// end of the text is read as the enhanced code when none leads the
// text. Codes outside 200–599 are not reply codes, and neither are an
// HTTP status ("502 Bad Gateway") or a port or size after a colon.
// A failure code that starts a later line is the reply's when no line
// before held a code ("Message delivery failed\n534-5.7.14 …"), and one
// quoted as a structured log's error value is read too ('error="535
// Denied"').
// Two libraries' frames give a code without a reply around it: JavaMail's
// "Could not connect to SMTP host: H, port: P, response: 421" (the code
// of the greeting that refused; Text is empty, the words being
// JavaMail's), and the Rust library lettre's debug form, whose "Code {
// severity: PermanentNegativeCompletion, category: Unspecified3, detail:
// Five }" is 535 and whose source or message, when printed, is the Text.
//
// When no reply code can be read, Parse returns an error wrapping
// ErrMalformedReply together with what it could read (the text, and an
// enhanced code when the text starts with one), so that the words can still
// be classified.
func Parse(reply string) (Reply, error) {
	return parse(reply, true)
}

// parse is Parse; lines says whether to fill Reply.Lines, which Classify
// does not need (it saves an allocation per reply).
func parse(reply string, lines bool) (Reply, error) {
	// Joined on the stack, then copied once into Reply.Text.
	var buf [512]byte
	r, joined, err := parseJoin(reply, lines, buf[:0])
	if joined != nil {
		r.Text = string(joined)
	}
	return r, err
}

// parseJoin is parse, except that the text of a reply of several lines is
// joined into join's room (appended to join) and returned as joined, with
// Reply.Text left empty: Classify folds it from there and builds the
// string together with the evidence, in one allocation. joined is nil when
// Reply.Text holds the text (a part of reply, or a copy of it when a line
// holds a CR).
func parseJoin(reply string, lines bool, join []byte) (r Reply, joined []byte, err error) {
	// A byte-order mark before a reply (one pasted from a file often has
	// one) would hide its code; fold drops it, and the other characters
	// that change no word, from the words wherever they are.
	reply = strings.TrimPrefix(reply, "\ufeff")
	first := true
	start := len(join)
	single := "" // the text when there is exactly one non-empty line
	last := ""   // the last line's text that is more than dots and spaces
	n := 0
	afterClient := false // the line before was a transcript's command (">>> ")
	for rest := reply; rest != ""; {
		var line string
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, ""
		}
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		if lines {
			r.Lines = append(r.Lines, line)
		}
		// sendmail's transcript of the session in a bounce: a server's
		// success ("<<< 250 2.1.0 … Sender ok", each line of "<<<
		// 250-…", the greeting) and the client's command it answered
		// (">>> MAIL From:<…>") are no cause and stay out of the text,
		// unless nothing follows them; the command refused and its reply
		// stay, and so do the commands of a pipeline (">>> MAIL …",
		// ">>> RCPT …", ">>> DATA" before their replies), which the
		// replies after them do not answer one by one.
		client := strings.HasPrefix(line, ">>> ")
		if transcriptSuccess(line, rest) || client && !afterClient && transcriptSuccess(nextLine(rest)) {
			afterClient = client
			continue
		}
		afterClient = client
		// A server's line in sendmail's transcript of the session, as a
		// bounce quotes it ("<<< 503 No recipients specified", after the
		// client's ">>> RCPT TO:<…>"): the reply's line, first or later,
		// with or without an enhanced code after its code.
		body := strings.TrimPrefix(line, "<<< ")
		var code int
		var after string
		var ok, whole bool
		if first {
			var enh string
			code, after, enh, ok, whole = openReply(body, rest)
			if ok && code < 400 {
				// Only successes on the line: it may be a transcript
				// whose error comes after them (swiftTranscript), or a
				// client's failure that quotes the last reply it got
				// (clientFailedBefore). Here, not in openReply, whose
				// loop over the line is the hot part of reading a reply.
				if cut, found := swiftTranscript(body); found {
					code, ok, body, enh = 0, false, cut, ""
				} else if clientFailedBefore(body[:len(body)-len(after)]) {
					code, ok, enh = 0, false, ""
				}
			}
			switch {
			case enh != "":
				r.Enhanced = enh
			case !ok || whole:
				var dotnet int
				r.Enhanced, after, dotnet = enhancedAfterColon(body)
				if !ok {
					r.Code = dotnet
					body = after
				}
			}
		} else {
			if r.Code == 0 && r.Enhanced == "" {
				if m, i := dotnetResponse(body); i >= 0 {
					// .NET's words broken over lines before "The server
					// response was:": they are .NET's, and the server's
					// words after it are the text, as on one line
					// (enhancedAfterColon), when it has words ("… was:
					// 552" alone leaves .NET's, which name the code).
					if enh, rest := enhancedAt(body, i); replyWords(strings.TrimSpace(rest)) {
						join, n, single, last = join[:start], 0, "", ""
						r.Code = dotnetCode(body[:m])
						r.Enhanced, body = enh, rest
					}
				}
			}
			code, after, ok = splitCode(body)
			if !ok && r.Code == 0 && r.Enhanced == "" {
				code, after, ok = nestedExceptionReply(body)
			}
		}
		if ok {
			// A later line's failure code is the reply's when no line
			// before it held a code: the lines before are a client's
			// own words ("Message delivery failed\n534-5.7.14 <…>").
			// A number no code was read for stays in the text ("421 of
			// 1000 messages failed").
			if first || r.Code == 0 && r.Enhanced == "" && laterLineCode(code, after) {
				r.Code = code
			}
			if r.Code != 0 || r.Enhanced != "" {
				body = after
			}
		}
		enh, after := splitEnhanced(body)
		if enh != "" {
			if r.Enhanced == "" {
				r.Enhanced = enh
			}
			body = after
		}
		first = false
		body = strings.TrimSpace(body)
		if body == "" {
			continue
		}
		n++
		if spaceDot.trimRight(body) != "" {
			last = body
		}
		switch n {
		case 1:
			single = body
		case 2:
			join = append(join, single...)
			fallthrough
		default:
			join = append(join, ' ')
			join = append(join, body...)
		}
	}
	if n > 1 {
		joined = join
		for i, c := range joined {
			if c == '\r' {
				joined[i] = ' '
			}
		}
	} else {
		r.Text = single
		if strings.ContainsRune(r.Text, '\r') {
			r.Text = strings.ReplaceAll(r.Text, "\r", " ")
		}
	}
	if r.Enhanced == "" {
		// At the end of the text, whose trailing spaces and dots
		// trailingEnhanced passes over: on the last line that has more, which
		// joined text does not need. A CR there is inside the line (its
		// ends were trimmed), where no code can be read anyway.
		r.Enhanced = trailingEnhanced(last)
	}
	if r.Code == 0 && r.Enhanced == "" {
		// JavaMail's frame of a greeting that refused the connection
		// holds only its code: the words are JavaMail's, none the
		// server's. lettre's debug form of a reply gives the code in
		// parts, and the server's words when it prints them.
		if c := javaMailGreeting(reply); c != 0 {
			return Reply{Code: c, Lines: r.Lines}, nil, nil
		}
		if c, msg := lettreCode(reply); c != 0 {
			enh, text := splitEnhanced(msg)
			if enh != "" && strings.Contains(text, " "+enh+" ") {
				// Its lines joined repeat the enhanced code.
				text = strings.ReplaceAll(text, " "+enh+" ", " ")
			}
			return Reply{Code: c, Enhanced: enh, Text: strings.TrimSpace(text), Lines: r.Lines}, nil, nil
		}
	}
	switch {
	case r.Code != 0:
		return r, joined, nil
	case first:
		return r, joined, errEmptyReply
	default:
		return r, joined, errMissingCode
	}
}

// nestedExceptionReply reads the server's reply a Java exception holds
// on a later line of its own, as JavaMail prints the exception nested in
// a SendFailedException ("  nested exception is:\n\tcom.sun.mail.smtp.
// SMTPAddressFailedException: 501 5.1.3 Invalid address", or after
// "Caused by: " in a stack trace): the line's first word, after its
// indentation, is the name of a mail library's class (a package
// ".mail." such as com.sun.mail's and jakarta.mail's, an SMTP exception,
// a MessagingException) ending in "Exception:", and a failure code
// follows it; another class's number is a port or an index
// ("java.lang.IllegalArgumentException: 553 is not a valid port"), and
// "mail" inside a word names no mail library ("HotmailAddressException").
// Only when no line before held a code (parseJoin), so that the lines
// before stay the client's words.
func nestedExceptionReply(line string) (code int, rest string, ok bool) {
	line = strings.TrimPrefix(strings.TrimLeft(line, " \t"), "Caused by: ")
	i := strings.Index(line, "Exception: ")
	if i < 0 || strings.IndexByte(line[:i], ' ') >= 0 {
		return 0, "", false
	}
	if class := line[:i]; !strings.Contains(class, ".mail.") && !containsFold(class, "smtp") && !strings.HasSuffix(class, "Messaging") {
		return 0, "", false
	}
	return splitCode(line[i+len("Exception: "):])
}

// errMissingCode is returned for input with text but no reply code. It is
// built once: Parse of junk should not cost an allocation for the error.
var (
	errMissingCode = &parseError{"no reply code"}
	errEmptyReply  = &parseError{"empty reply"}
)

type parseError struct{ msg string }

func (e *parseError) Error() string { return ErrMalformedReply.Error() + ": " + e.msg }
func (e *parseError) Unwrap() error { return ErrMalformedReply }

// splitCode reads a three-digit reply code (200–599) followed by a space, a
// hyphen, a tab or the end of the line.
func splitCode(s string) (code int, rest string, ok bool) {
	if len(s) < 3 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) {
		return 0, s, false
	}
	if len(s) > 3 && s[3] != ' ' && s[3] != '-' && s[3] != '\t' {
		return 0, s, false
	}
	code = int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
	if code < 200 || code > 599 {
		return 0, s, false
	}
	if len(s) > 3 {
		return code, s[4:], true
	}
	return code, "", true
}

// splitEnhanced reads an RFC 3463 enhanced status code (class 2, 4 or 5,
// then subject and detail of one to three digits) at the start of s,
// followed by white space or the end of s.
func splitEnhanced(s string) (enh, rest string) {
	t := spaceTab.trimLeft(s)
	t = strings.TrimPrefix(t, "#") // "550 #5.1.0 Address rejected", qmail's "#5.1.1"
	n := enhancedLen(t)
	if n == 0 || (n < len(t) && t[n] != ' ' && t[n] != '\t') {
		return "", s
	}
	return t[:n], t[n:]
}

// enhancedLen returns the length of the enhanced status code at the start
// of s, or 0 when s does not start with one.
func enhancedLen[T string | []byte](s T) int {
	if len(s) < 5 || (s[0] != '2' && s[0] != '4' && s[0] != '5') || s[1] != '.' {
		return 0
	}
	i := 2
	for part := 0; part < 2; part++ {
		j := i
		for j < len(s) && j-i < 4 && isDigit(s[j]) {
			j++
		}
		if j == i || j-i > 3 {
			return 0
		}
		i = j
		if part == 0 {
			if i >= len(s) || s[i] != '.' {
				return 0
			}
			i++
		}
	}
	return i
}

// trailingEnhanced reads qmail's "(#5.7.1)" at the end of text.
func trailingEnhanced(text string) string {
	t := spaceDot.trimRight(text)
	if !strings.HasSuffix(t, ")") {
		return ""
	}
	i := strings.LastIndex(t, "(#")
	if i < 0 {
		return ""
	}
	code := t[i+2 : len(t)-1]
	if enhancedLen(code) != len(code) {
		return ""
	}
	return code
}

// openReply reads the code of the reply on the first line, after any
// text before it, or inside the frame a client library or a log printed
// around it: Python's smtplib shows a reply as a tuple, "(550, b'5.1.1
// <a@example.com>... Rejected')", and a log may quote it, "Remote Server
// returned '550 5.2.0 RESOLVER.ADR.BadPrimary'". rest is the reply after
// its code, without the closing quote and what follows; whole says that
// the code was read where the words before it may name the cause
// ("Detail: Mailbox full SMTP code: 452 …"), so rest is the whole line,
// and enh is an enhanced code found with it. next is what follows the
// line in the reply. A failure (4xx or 5xx) is preferred: a success
// read first ("MAIL FROM accepted: 250 2.1.0 Ok, RCPT TO failed: 550 …")
// is kept only when no failure follows, and the frames of quotes and
// tuples are read only around one. One pass over the line: a code can
// only start at a digit that follows a space, a colon, a semicolon, a
// parenthesis or a quote; how the line ends, and where its first enhanced
// code stands, are worked out once; a tuple left open ends the look for
// tuples.
func openReply(line, next string) (code int, rest, enh string, ok, whole bool) {
	if code, rest, ok = splitCode(line); ok {
		if apiStatus(code, rest) {
			return 0, line, "", false, false
		}
		return code, rest, "", true, false
	}
	if code, ok = commandFailed(line); ok {
		return code, line, "", true, true // the words before it name the command (rules.go)
	}
	if len(line) > 5 && strings.EqualFold(line[:5], "smtp ") {
		// A reply named by its protocol ("SMTP 421 (Server Temporarily
		// Not Available)", as a hosting company's knowledge base lists
		// them).
		if code, rest, ok = splitCode(line[5:]); ok && failureCode(code) {
			return code, rest, "", true, false
		}
	}
	if code, enh, rest, ok := listedReply(line); ok {
		return code, rest, enh, true, false
	}
	if enh, rest := splitEnhanced(line); enh != "" && registeredSubject(enh) && enhancedKey(enh) != 0 &&
		!(len(rest) > 1 && isDigit(rest[1])) {
		// A line that starts with its own enhanced code ("4.1.7 <…>:
		// Sender address rejected: undeliverable address: host … said:
		// 550 5.1.1 …") is the reply: what it quotes is the reason it
		// gives, not the reply itself. Not a date ("5.3.24 10:15 …"), nor
		// a code that says nothing more than its class ("5.0.0 <…>: host
		// … said: 550 5.2.1 …"), whose quoted reply says more.
		return 0, rest, enh, false, false
	}
	l := lineShape{line: line, firstEnh: -2, afterAt: -2}
	succ, succRest := 0, ""
	tuples := true
	for i := 1; i+3 <= len(line); i++ {
		if !isDigit(line[i]) {
			continue
		}
		switch c := line[i-1]; c {
		case '"', '\'':
			if c == '\'' && i >= 2 && line[i-2] == '(' {
				if code, rest, none, found := ciscoReply(line, i); found {
					return code, rest, "", true, none // an empty list: the whole line is the text
				}
			}
			if code, rest, ok = quotedReply(&l, i, c, next); ok {
				return code, rest, "", true, false
			}
		case '=':
			if code, ok = failedWithCode(&l, i); ok {
				if sendmailStat(line[:i-1]) {
					// sendmail's field holds the reply alone: the fields
					// before it are the log's.
					_, rest, _ = splitCode(line[i:])
					return code, rest, "", true, false
				}
				return code, line, "", true, true
			}
		case '(':
			if code, rest, ok = lettreReply(line, i); ok {
				return code, rest, "", true, false
			}
			if tuples {
				var open bool
				if code, rest, ok, open = pythonReply(line[i:]); ok {
					return code, rest, "", true, false
				}
				tuples = !open
			}
			fallthrough
		case ' ', ':', ';':
			if code, enh, ok := flattenedReply(line, i); ok {
				return code, line, enh, true, true
			}
			if calloutResponse(line[:i]) {
				if code, rest, ok = splitCode(line[i:]); ok && failureCode(code) {
					return code, line, sameClassEnhanced(rest, line[i]), true, true
				}
			}
			if code, rest, ok = prefacedReply(line, i); ok {
				if code >= 400 {
					return code, rest, "", true, false
				}
				if succ == 0 {
					succ, succRest = code, rest
				}
				continue
			}
			if code, ok = failedWithCode(&l, i); ok {
				return code, line, "", true, true
			}
		}
	}
	// After the line's frames: a reply quoted later on the line ("Error
	// 550: host mx.example.com said: 452 4.2.2 …") is the server's.
	if code, rest, ok = errorNamedReply(line); ok {
		return code, rest, "", true, false
	}
	if succ != 0 {
		return succ, succRest, "", true, false
	}
	if code, enh, ok = clientCode(line); ok {
		return code, line, enh, true, true
	}
	if code, ok = lastReplyCode(line); ok {
		return code, line, "", true, true
	}
	return 0, line, "", false, false
}

// transcriptSuccess reports whether line is a server's success in
// sendmail's transcript ("<<< 250 2.1.0 Sender ok", "<<< 250-PIPELINING")
// and rest, the lines after it, holds more than white space.
func transcriptSuccess(line, rest string) bool {
	body, ok := strings.CutPrefix(line, "<<< ")
	if !ok || strings.TrimSpace(rest) == "" {
		return false
	}
	code, _, ok := splitCode(body)
	return ok && code < 400 // splitCode reads codes from 200
}

// nextLine returns the first line of rest with words, without its line
// end, and the lines after it, as parseJoin's loop reads them; that loop
// splits its lines inline, since a call for each line costs Classify
// some 50 instructions a reply (scripts/classify-instructions).
func nextLine(rest string) (line, after string) {
	for rest != "" {
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			line, rest = rest, ""
		}
		if line = strings.TrimRight(line, "\r"); strings.TrimSpace(line) != "" {
			return line, rest
		}
	}
	return "", ""
}

// clientFailedBefore reports whether s, the words before a success reply
// (2xx or 3xx) on a line, are a client's failure that quotes the last
// reply it got ("Failed to connect to SMTP server! Server's response: 221
// 2.0.0 Service closing transmission channel", "Authentication failed.
// Server said: 250 2.0.0 OK"): the reply is not what failed, and the line
// is the client's words, as it is when no enhanced code follows the code.
// The words open with a clause of failure (it starts "Failed", "Failure",
// "Could not", "Couldn't", "Unable" or "Cannot", or ends "failed", "error"
// or "exception": "SMTP Error:", "System.Net.Mail.SmtpException:") and end
// with the colon before the reply, with no comma or semicolon: not a log's
// fields ("to=<bounce-errors@…>, relay=failover-mx…, status=sent (250 …"),
// a transcript's command ("RCPT TO:<error-reports@…> 250 …"), nor a
// clause that goes on ("Could not verify recipient, sending anyway: 250
// …", "Failover to backup relay succeeded: 250 …").
func clientFailedBefore(s string) bool {
	s = strings.TrimRight(s, " 0123456789") // the reply's code
	if !strings.HasSuffix(s, ":") || strings.ContainsAny(s, ",;") {
		return false
	}
	clause := s[:clauseEnd(s)]
	for _, w := range [...]string{"failed", "failure", "could not", "couldn't", "unable", "cannot"} {
		if hasPrefixFold(clause, w) && (len(clause) == len(w) || clause[len(w)] == ' ') {
			return true
		}
	}
	// The clause's last word, whole ("SMTP Error", not "Terror"; an
	// exception's name may run on from another word: "SmtpException"),
	// not said to be none ("No error", "without error").
	var end int
	switch {
	case hasWordSuffixFold(clause, "failed"), hasWordSuffixFold(clause, "error"):
		end = strings.LastIndexByte(clause, ' ') + 1
	case hasSuffixFold(clause, "exception"):
		end = len(clause) - len("exception")
	default:
		return false
	}
	before := strings.TrimRight(clause[:end], " ")
	return !hasWordSuffixFold(before, "no") && !hasWordSuffixFold(before, "without")
}

// clauseEnd returns the index in s of the end of its first clause: a
// stop, a colon or an exclamation mark before a space, a colon or the end
// of s (clientFailedBefore's s ends with a colon); len(s) when there is
// none.
func clauseEnd(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c == '.' || c == ':' || c == '!') && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == ':') {
			return i
		}
	}
	return len(s)
}

// calloutResponse reports whether s, the words before a code, end as
// Exim's log of a callout does ("sender verify fail for <a@example.com>:
// response to "RCPT TO:<a@example.com>" from mx.example.com [192.0.2.1]
// was: "), the quoted command and all: the reply that follows is about
// the address it checked, which the words before it name, and they stay
// in the text. Not any other response "was: " ("HTTP response to POST …
// was: 502 Bad Gateway").
func calloutResponse(s string) bool {
	return hasSuffixFold(s, " was: ") && (containsFold(s, `response to "rcpt to:`) || containsFold(s, `response to "mail from:`))
}

// swiftTranscript cuts Swift Mailer's transcript out of a line that holds
// one ("Unable to connect with TLS encryption Log data: ++ Starting
// Swift_SmtpTransport << 220 … >> STARTTLS << 220 2.0.0 Ready to start TLS
// !! Unable to connect with TLS encryption"): the server's lines ("<<")
// went well, their capabilities are no cause, and the client's own error,
// marked "!!", is the failure. It keeps the words before the first
// server line ("<<") and those after the last "!!". parseJoin asks only
// for a first line whose codes were all successes.
func swiftTranscript(line string) (string, bool) {
	i := strings.Index(line, " << ")
	j := strings.LastIndex(line, " !! ")
	if i < 0 || j < i {
		return "", false
	}
	return line[:i] + " " + line[j+4:], true
}

// lastReplyCode reads a failure code a client names after "reply:" when
// no other frame held one (async-smtp's "Negative SMTP reply: 553", as
// Delta Chat prints it, alone or before the server's words), where
// "reply" starts a word ("noreply: 550" is an address's); of several,
// the last. A bare number after any other colon may be a port ("port:
// 554") and is not read. It runs for every line with no code, so it
// looks for the colon, which the runtime finds many bytes at a time (a
// search for "eply: " cost 1.5% of Classify, this 0.5%).
func lastReplyCode(line string) (code int, ok bool) {
	for k := 0; ; {
		j := strings.IndexByte(line[k:], ':')
		if j < 0 {
			return code, ok
		}
		j += k
		k = j + 1
		if !hasSuffixFold(line[:j], "reply") || j >= 6 && line[j-6]|0x20-'a' < 26 {
			continue
		}
		s := line[k:]
		if len(s) < 4 || s[0] != ' ' {
			continue
		}
		s = s[1:]
		if len(s) > 3 && !strings.ContainsRune(" \t\r,-.);", rune(s[3])) {
			continue
		}
		if c, _, found := splitCode(s[:3]); found && failureCode(c) {
			code, ok = c, true
		}
	}
}

// lineShape is what openReply works out once about a line, so that each
// candidate code costs no walk over the line again.
type lineShape struct {
	line string
	// end is the line without its closing punctuation, lastSpace the last
	// space before its closing quote; set when first needed (ended).
	end       string
	lastSpace int
	ended     bool
	// firstEnh is where the line's first enhanced code that stands as a
	// word starts: -1 for none, -2 until looked for; afterAt is where the
	// line's first "after " stands, likewise.
	firstEnh, afterAt int
}

func (l *lineShape) ending() {
	if l.ended {
		return
	}
	l.ended = true
	l.end = lineEnd.trimRight(l.line)
	l.lastSpace = -1
	if l.end != "" {
		l.lastSpace = spaceTab.lastIndex(spaceTab.trimRight(l.end[:len(l.end)-1]))
	}
}

// afterBefore reports whether "after " stands before i (Exim's "SMTP
// error from remote mail server after RCPT TO:<…>").
func (l *lineShape) afterBefore(i int) bool {
	if l.afterAt == -2 {
		l.afterAt = strings.Index(l.line, "after ")
	}
	return l.afterAt >= 0 && l.afterAt < i
}

// enhancedBefore reports whether an enhanced code stands before i.
func (l *lineShape) enhancedBefore(i int) bool {
	if l.firstEnh == -2 {
		l.firstEnh = firstEnhanced(l.line)
	}
	return l.firstEnh >= 0 && l.firstEnh < i
}

// failedWithCode reads a failure code at l.line[i] that follows the words
// a client or a bounce prints before one ("RCPT TO command failed: 550 No
// such user here", PHPMailer's "SMTP code: 452", "said: 550 …", a DSN's
// "smtp; 450 …", Exim's "after RCPT TO:<a@example.com>: 450 …"), with
// words after it, when no enhanced code came first on the line (a bounce
// that quotes the next server's reply, "Failed; 5.2.2 … said: 443 …", has
// its own). Only the codes of RFC 5321 and its extensions count, and not
// an HTTP status ("Request failed: 502 Bad Gateway"), so that a port, a
// size or a status ("port: 587", "Quota: 500 Megabytes") is not taken for
// one. The words before the code stay in the text: they may be the cause.
func failedWithCode(l *lineShape, i int) (code int, ok bool) {
	line := l.line
	// sendmail's log field of the reply ("…, dsn=5.1.1, stat=550 5.1.1 …").
	stat := line[i-1] == '=' && sendmailStat(line[:i-1])
	var before string
	switch {
	case i >= 2 && line[i-1] == ' ' && (line[i-2] == ':' || line[i-2] == ';'):
		before = line[:i-2]
	case line[i-1] == ';' && hasSuffixFold(line[:i-1], "smtp"):
		// A DSN's diagnostic written without the space (Mimecast's
		// "smtp;451 Invalid Recipient - https://…").
		before = line[:i-1]
	case line[i-1] == '=' && (hasSuffixFold(line[:i-1], "response") || stat):
		// nodemailer's "Invalid greeting. response=421 …", the reply it
		// could not use; sendmail's log field of the reply ("…, dsn=5.1.1,
		// stat=550 5.1.1 …").
		before = line[:i-1]
	default:
		return 0, false
	}
	code, rest, ok := splitCode(line[i:])
	// PHPMailer's "… SMTP code: 421" ends its line when the server sent
	// no enhanced code: the words before it are the reply.
	phpEnd := ok && spaceDot.trimRight(rest) == "" && hasSuffixFold(before, "smtp code")
	// sendmail's log field of the reply ("stat=550 5.1.1 …") may start its
	// words with an enhanced code of the same class (not nodemailer's
	// "response=", whose reply it repeats after a colon, where it is read
	// whole).
	fieldEnh := ok && stat && len(rest) > 0 && rest[0] == line[i] && firstEnhanced(rest) == 0
	if !ok || !failureCode(code) || !replyWords(rest) && !phpEnd && !fieldEnh {
		return 0, false
	}
	if phpEnd {
		return code, !l.enhancedBefore(i)
	}
	// A bounce's words, after which a server's reply may start in lower
	// case (qmail's "said: 550 sorry, no mailbox here by that name").
	bounce := false
	switch {
	case line[i-1] == ';':
		bounce = true // "smtp;550 …", checked above
	case line[i-2] == ';':
		if !hasSuffixFold(before, "smtp") {
			return 0, false
		}
		bounce = true
	case strings.HasSuffix(withoutSize(before), ">") && l.afterBefore(i):
		bounce = true // Exim: "… after RCPT TO:<a@example.com>: 450 …", "… after MAIL FROM:<a@example.com> SIZE=1234: 550 …"
	case hasSuffixFold(before, "said") || hasSuffixFold(before, "data") || stat:
		bounce = true
	default:
		// A client's words before a code (JavaMail's "…FailedException:
		// 535 Error: …" too), and a program's frame of the send itself
		// ("Failed to send email: 553 User ambiguous", "Unable to send
		// mail: 550 …", "Sending failed: 503 …", nodemailer's "all
		// recipients were rejected:", go-mail's "sending SMTP RCPT TO
		// command:"), after which a reply may start in lower case.
		sendFrame := endsWithWord(before, "send email", "send mail", "send e-mail", "send message", "sending email", "sending mail",
			"sending message", "send failed", "sending failed", "were rejected", "command", "writer")
		client := sendFrame || endsWithWord(before, "failed", "code", "error", "response", "returned", "replied", "reply", "exception") ||
			slices.ContainsFunc(sessionIOTerms, func(w string) bool { return containsFold(before, w) })
		// A client's words are followed by the server's in upper case
		// ("error: 500 messages per hour exceeded", "error: 500 msgs/day"
		// are counts), or after the send's own frame in lower case too,
		// unless what follows the number is a count of things.
		if !client || rest[0]-'a' < 26 && (!sendFrame || countedAfter(rest)) {
			return 0, false
		}
	}
	// A log's field holds an HTTP status as readily as a reply
	// ("upstream stat=503 Service Unavailable").
	if (!bounce || line[i-1] == '=') && httpStatus(code, rest, before) {
		return 0, false
	}
	return code, !l.enhancedBefore(i)
}

// errorNamedReply reads the reply of a line that starts by naming the
// error by its code, as programs and help pages print one ("Error 550:
// Relay is not permitted", "SMTP Error 530: Must Issue a STARTTLS Command
// First", "Error 550 - Requested action not taken: mailbox unavailable",
// "Error 550 (too many emails per second)"): the code after "error " (or
// "smtp error "), a colon, a dash or a space after it, then the words.
// Only the codes of RFC 5321 and its extensions count, and neither an
// HTTP status ("Error 400: Bad request", "Error 503: Service
// Unavailable") nor a count ("Error 500 messages per hour exceeded").
// Without it the words still named the cause, but the code's class, which
// says whether the failure is temporary, was lost.
func errorNamedReply(line string) (code int, rest string, ok bool) {
	s := line
	if len(s) > 5 && strings.EqualFold(s[:5], "smtp ") {
		s = s[5:]
	}
	if len(s) < 10 || !strings.EqualFold(s[:6], "error ") {
		return 0, line, false
	}
	if code, _, ok = splitCode(s[6:9]); !ok {
		return 0, line, false
	}
	// counted: the words follow the code after a space alone, where
	// they may be what the number counts ("Error 500 messages per hour
	// exceeded"); after a colon or a dash they are a reply's ("Error 421:
	// Connections from your IP are temporarily limited").
	counted := false
	switch s[9] {
	case ':':
		rest = spaceTab.trimLeft(s[10:])
	case '-':
		rest = s[10:] // "Error 550-Relay not permitted"
	case ' ':
		rest, counted = s[10:], true
		for _, sep := range [...]string{"- ", "– ", "— ", ": "} {
			if strings.HasPrefix(rest, sep) {
				rest, counted = rest[len(sep):], false
				break
			}
		}
	default:
		return 0, line, false
	}
	if !failureCode(code) || !strings.ContainsFunc(rest, unicode.IsLetter) || counted && countedAfter(rest) || httpStatus(code, rest, "") {
		return 0, line, false
	}
	// HTTP's statuses after "Error" outnumber SMTP's replies where the
	// two share a code: 500 to 504 and the 52x of Cloudflare's pages
	// ("Error 503 Service Not Available", "Error 500 (Server Error)!!1",
	// "Error 523: Origin is unreachable") are read here only after "SMTP
	// Error" (before an enhanced code of their class, the line's frames
	// read them: "Error 503 5.5.1 Bad sequence of commands"); HTTP's 421
	// and 451 not by their names.
	if (httpServerCode(code) || code/10 == 52) && len(s) == len(line) {
		return 0, line, false
	}
	for _, name := range [...]string{"misdirected request", "unavailable for legal reasons"} {
		if hasPrefixFold(rest, name) {
			return 0, line, false
		}
	}
	return code, rest, true
}

// listedReply reads a reply as Google's list of its SMTP replies writes
// one, and the pages that copy the list: the code, a comma, the enhanced
// code in quotes (straight or typographic), a comma, the words ("421,
// "4.7.0", IP not in whitelist for RCPT domain, closing connection."). The
// code's class says whether the failure is temporary.
func listedReply(line string) (code int, enh, rest string, ok bool) {
	// A space after the comma that follows the code, as Google writes
	// the list: a CSV row that starts with a number and a quoted field
	// is no reply ("452,"5.1.1","a@example.com","User unknown"").
	if len(line) < 12 || line[3] != ',' || line[4] != ' ' {
		return 0, "", line, false
	}
	if code, _, ok = splitCode(line[:3]); !ok {
		return 0, "", line, false
	}
	s := spaceTab.trimLeft(line[4:])
	var closing string
	switch {
	case strings.HasPrefix(s, `"`):
		s, closing = s[1:], `"`
	case strings.HasPrefix(s, "“"):
		s, closing = s[len("“"):], "”"
	default:
		return 0, "", line, false
	}
	// The enhanced code of the code's class, as every line of the list
	// has it.
	n := enhancedLen(s)
	if n == 0 || s[0] != line[0] || !failureCode(code) || !strings.HasPrefix(s[n:], closing) || !registeredSubject(s[:n]) {
		return 0, "", line, false
	}
	enh, rest = s[:n], s[n+len(closing):]
	rest = spaceTab.trimLeft(strings.TrimPrefix(rest, ","))
	// Then words, in quotes or not: not more numbers ("421, "4.1.2", 17,
	// 0.5, 3").
	if !replyWords(rest) && !strings.HasPrefix(rest, `"`) && !strings.HasPrefix(rest, "“") {
		return 0, "", line, false
	}
	return code, enh, rest, true
}

// sendmailStat reports whether s ends with sendmail's log field name
// "stat", alone or after a space or a comma (not "xstat").
func sendmailStat(s string) bool {
	if !hasSuffixFold(s, "stat") {
		return false
	}
	return len(s) == 4 || s[len(s)-5] == ' ' || s[len(s)-5] == ','
}

// countedAfter reports whether s, the words after a number, start with
// what a count counts, a plural ("500 messages per hour exceeded", "550
// recipients per message"), or the "of" of a share ("421 of 1000 messages
// failed"): then the number is no reply code. A reply's own words are
// singular ("550 user unknown", "550 mailbox unavailable").
func countedAfter(s string) bool {
	end := 0
	for end < len(s) && (s[end]|0x20-'a' < 26 || s[end] == '-') {
		end++
	}
	for _, w := range [...]string{"messages", "mails", "emails", "e-mails", "recipients", "rcpts", "connections", "requests", "bytes", "kb", "mb", "megabytes",
		"seconds", "secs", "minutes", "mins", "hours", "days", "attempts", "logins", "users", "addresses", "times", "items", "per", "of"} {
		if strings.EqualFold(s[:end], w) {
			return true
		}
	}
	return false
}

// withoutSize returns s without the " SIZE=1234" that Exim writes after
// the address of MAIL FROM, when s ends with one.
func withoutSize(s string) string {
	j := len(s)
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	if j < len(s) && hasSuffixFold(s[:j], " size=") {
		return s[:j-len(" size=")]
	}
	return s
}

// endsWithWord reports whether s ends with one of the ASCII words, in any
// case (hasSuffixFold).
func endsWithWord(s string, words ...string) bool {
	for _, w := range words {
		if hasSuffixFold(s, w) {
			return true
		}
	}
	return false
}

// httpServerCode reports whether code is one SMTP shares with HTTP's
// server errors (500–504), whose words may be an HTTP status's ("502 Bad
// Gateway", "503 Backend fetch failed").
func httpServerCode(code int) bool { return code >= 500 && code <= 504 }

// hasSuffixFold reports whether s ends with ASCII word w, in any case.
func hasSuffixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w)
}

// hasPrefixFold reports whether s starts with w, ignoring case.
func hasPrefixFold(s, w string) bool {
	return len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
}

// httpStatus reports whether code and the words after it are an HTTP
// status line ("502 Bad Gateway", nginx's "504 Gateway Time-out"), or
// the words before it name HTTP or a request: task runners print their
// HTTP APIs' errors as they print SMTP's.
func httpStatus(code int, rest, before string) bool {
	if !httpServerCode(code) {
		return false
	}
	for _, reason := range [...]string{"internal server error", "server error", "not implemented", "bad gateway",
		"service unavailable", "service temporarily unavailable", "gateway timeout", "gateway time-out"} {
		if hasPrefixFold(rest, reason) {
			return true
		}
	}
	for _, w := range [...]string{"http", "request", "webhook", "api "} {
		if containsFold(before, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains ASCII word w (lower case), in
// any case.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// apiStatus reports whether code, at the start of a line before rest, is
// an HTTP status before an API's error name rather than an SMTP reply: a
// 4xx that RFC 5321 does not define (400, 403, 404, 429) followed by a
// name in camel case, a capital first and two more after small letters,
// of letters, digits and dots only ("400 InvalidToAddress The specified
// toAddress is wrongly formed.", "404 InvalidReceiver.NotFound …", as
// Alibaba Cloud's DirectMail writes its errors; "429 TooManyRequests").
// Not a product's name ("iCloud", "hMailServer", "McAfee"). Such a line
// has no reply code: its words decide.
func apiStatus(code int, rest string) bool {
	if code/100 != 4 || failureCode(code) || rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return false
	}
	humps, lower := 0, false
	for i := 1; i < len(rest); i++ {
		switch c := rest[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			if lower {
				humps++
			}
			lower = false
		case c == '.' || c >= '0' && c <= '9':
		case c == ' ' || c == ':':
			return humps >= 2
		default:
			return false
		}
	}
	return humps >= 2
}

// failureCode reports whether code is one of the failure replies RFC 5321
// and its extensions define (RFC 3207, 4954, 7504).
func failureCode(code int) bool {
	switch code {
	case 421, 432, 450, 451, 452, 454, 455, 500, 501, 502, 503, 504, 521, 523, 530, 534, 535, 538,
		550, 551, 552, 553, 554, 555, 556:
		return true
	}
	return false
}

// prefacedReply reads a reply that starts at line[i], after text such as
// "host mx.example said: " (a bounce's): an enhanced code of the same
// class must confirm it, so that a number in ordinary text is not taken
// for a code.
func prefacedReply(line string, i int) (code int, rest string, ok bool) {
	code, rest, ok = splitCode(line[i:])
	if !ok {
		return 0, line, false
	}
	if sameClassEnhanced(rest, line[i]) != "" {
		return code, rest, true
	}
	return 0, line, false
}

// sameClassEnhanced returns the enhanced code rest starts with when its
// class is the reply code's (class, the code's first digit), or "": an
// enhanced code of another class is not the reply's.
func sameClassEnhanced(rest string, class byte) string {
	if enh, _ := splitEnhanced(rest); enh != "" && enh[0] == class {
		return enh
	}
	return ""
}

// flattenedReply reads a continuation line's code and enhanced code at
// line[i], right after a word: a reply of several lines flattened into
// one whose first code was lost or follows other words ("… PTR records
// and 550-5.7.1 authentication.", "Server replied 452-4.2.2 The email
// account …"). The code is the reply's, and the whole line its text: the
// words before the code are the reply's too (a bounce's words that
// preface a reply end in a colon, prefacedReply). The codes inside the
// text are dropped before matching (dropContinuations).
func flattenedReply(line string, i int) (code int, enh string, ok bool) {
	if i < 2 || line[i-1] != ' ' {
		return 0, "", false
	}
	if c := line[i-2]; !alnum(c|0x20) && c < utf8.RuneSelf {
		return 0, "", false
	}
	// With no code of the reply's yet, only a hyphen and an enhanced code
	// of the same class make a continuation line's code.
	n := continuationLen(line[i:], 0)
	if n == 0 {
		return 0, "", false
	}
	if code, _, _ = splitCode(line[i:]); !failureCode(code) {
		return 0, "", false
	}
	return code, line[i+4 : i+n], true
}

// clientCode reads the code a client library names in words when it
// quotes no failure reply of its own: Symfony's and Swift Mailer's
// 'Expected response code "250" but got code "501"', PEAR's "(code: 501,
// response: …)", "Expected smtp code 250, got 552". A success got where
// another was expected ("got code "235"") is the code the server sent: no
// failure of the server's. enh is the enhanced code of Swift Mailer's ',
// with message "550 5.1.1 …', whose closing quote may stand on the next
// line (it keeps the reply's CRLF). The line stays the text.
func clientCode(line string) (code int, enh string, ok bool) {
	for k := 0; ; {
		j := strings.Index(line[k:], "code")
		if j < 0 {
			return 0, "", false
		}
		j += k
		k = j + 4
		// Each case wants words before "code" (j > 0), which the test of
		// PEAR's "(code:" below reads.
		var s string
		switch {
		case strings.HasPrefix(line[k:], " ") && j >= 4 && line[j-4:j] == "got ":
			s = strings.TrimPrefix(line[k+1:], `"`)
		case strings.HasPrefix(line[k:], ": ") && j >= 1 && line[j-1] == '(':
			s = line[k+2:]
		case j >= 5 && line[j-5:j] == "smtp " && len(line) >= k+10 && line[k] == ' ' && line[k+4:k+10] == ", got ":
			// "Expected smtp code 250, got 552": the code got, after the
			// one expected (not an HTTP "status code 200, got 503").
			if _, _, ok := splitCode(line[k+1 : k+4]); !ok {
				continue
			}
			s = line[k+10:]
		default:
			continue
		}
		if len(s) < 3 {
			continue
		}
		if code, _, ok = splitCode(s[:3]); !ok || len(s) > 3 && isDigit(s[3]) {
			continue
		}
		if code < 400 && line[j-1] == '(' && strings.HasSuffix(line[:j-1], "failed ") {
			// PEAR's Net_SMTP puts the last reply it got after a step that
			// failed ("STARTTLS failed (code: 220, response: Ready to
			// start TLS)"): a success, after which the client failed. The
			// words decide.
			continue
		}
		if m := strings.Index(s, `with message "`); m >= 0 {
			if c, after, ok := splitCode(s[m+len(`with message "`):]); ok && c == code {
				enh, _ = splitEnhanced(after)
			}
		}
		return code, enh, true
	}
}

// lettreReply reads the frame Rust's lettre prints around a reply,
// "permanent error (535): 5.7.8 …" or "transient error (454): …": the
// failure code in parentheses at line[i], after those words, and the text
// after it. Other words before "error (500)" (an HTTP API's "Server error
// (500)") name no SMTP reply.
func lettreReply(line string, i int) (code int, rest string, ok bool) {
	before := line[:i-1]
	if len(line) <= i+3 || !strings.HasSuffix(before, "permanent error ") && !strings.HasSuffix(before, "transient error ") || line[i+3] != ')' {
		return 0, line, false
	}
	if code, _, ok = splitCode(line[i : i+3]); !ok || !failureCode(code) {
		return 0, line, false
	}
	return code, strings.TrimPrefix(line[i+4:], ": "), true
}

// ciscoReply reads the reply Cisco's (IronPort's) mail log quotes after
// its own status ("Bounced: DCID 1 MID 2 to RID 0 - 5.1.0 - Unknown
// address error ('550', ['5.1.1 <a@example.com>: User unknown'])"), i at
// the code after "('": the code, and the reply's lines in the list joined
// by spaces, each later line without the enhanced code it repeats. none
// says that the list is empty ("('554', [])"): the log quotes no words,
// and rest is then the whole line, whose words before the tuple (Cisco's)
// may name the cause. A code outside 400-599 ("('000', [])", no reply)
// is none. A reply of one line (most) is a part of the line, with no
// copy; several lines, or a quote escaped inside one, cost one.
func ciscoReply(line string, i int) (code int, rest string, none, ok bool) {
	s := line[i:]
	code, _, ok = splitCode(s[:min(len(s), 3)])
	if !ok || !failureCode(code) || !strings.HasPrefix(s[3:], "', [") {
		return 0, "", false, false
	}
	body := s[len("NNN', ["):]
	if strings.HasPrefix(body, "])") {
		return code, line, true, true
	}
	first, body, ok := pythonString(body)
	if !ok {
		return 0, "", false, false
	}
	if strings.HasPrefix(body, "])") {
		return code, first, false, true
	}
	firstEnh, _ := splitEnhanced(first)
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(first)
	for strings.HasPrefix(body, ", ") {
		var item string
		if item, body, ok = pythonString(body[2:]); !ok {
			return 0, "", false, false
		}
		if e, after := splitEnhanced(item); e != "" && e == firstEnh {
			item = strings.TrimPrefix(after, " ")
		}
		b.WriteByte(' ')
		b.WriteString(item)
	}
	if !strings.HasPrefix(body, "])") {
		return 0, "", false, false
	}
	return code, b.String(), false, true
}

// pythonString reads the Python string literal s starts with, in the
// quote it does not hold or with that quote escaped ('Sender\'s IP …'):
// its text, escapes undone (a copy only then), and what follows its
// closing quote. A "])" inside it is its text, not the end of a list.
func pythonString(s string) (text, rest string, ok bool) {
	if s == "" || s[0] != '\'' && s[0] != '"' {
		return "", s, false
	}
	q, escaped := s[0], false
	for j := 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			escaped = true
			j++
		case q:
			text = s[1:j]
			if escaped {
				text = pythonUnescape.Replace(text)
			}
			return text, s[j+1:], true
		}
	}
	return "", s, false
}

// pythonUnescape undoes the escapes Python's repr writes in a string
// that holds both quotes.
var pythonUnescape = strings.NewReplacer(`\'`, `'`, `\"`, `"`, `\\`, `\`)

// pythonReply reads "550, b'text')" (the repr of smtplib's (code, message)
// tuple, which may hold a third item, the address): the code, and the text
// up to its closing quote. open says that a tuple opened and no quote
// closed it before the end of the line.
func pythonReply(s string) (code int, rest string, ok, open bool) {
	code, after, ok := splitCode(s[:min(len(s), 3)])
	if !ok || code < 400 || !strings.HasPrefix(s[3:], ",") {
		return 0, s, false, false
	}
	// Python writes ", "; logs that format the tuple themselves may not
	// ("(451,b'4.3.0 …')").
	after = strings.TrimPrefix(strings.TrimPrefix(s[4:], " "), "b")
	if after == "" || (after[0] != '\'' && after[0] != '"') {
		return 0, s, false, false
	}
	q := after[0]
	after = after[1:]
	// Python quotes the text with the quote it does not hold, so its
	// closing quote is the first that a ")" or a ", " follows.
	for j := 0; j < len(after); j++ {
		if after[j] == q && (strings.HasPrefix(after[j+1:], ")") || strings.HasPrefix(after[j+1:], ", ")) {
			return code, after[:j], true, false
		}
	}
	return 0, s, false, true
}

// quotedReply reads a failure reply that starts at l.line[i], after a
// quote q that closes it at the end of the line (only closing punctuation
// after it), or on a later line when the reply goes on ("550-…" and a line
// follows): the code must be the first thing inside, and an enhanced code
// or words must follow it ("550 KB" in quotes is a size,
// '500-errors.log' a file, "502 Bad Gateway" an HTTP status).
func quotedReply(l *lineShape, i int, q byte, next string) (code int, rest string, ok bool) {
	s := l.line[i:]
	code, after, ok := splitCode(s)
	if !ok || code < 400 {
		return 0, s, false
	}
	if len(s) > 3 && s[3] == '-' {
		if strings.TrimSpace(next) != "" {
			return code, after, true // a reply of several lines: the quote closes on its last
		}
		return 0, s, false
	}
	l.ending()
	if len(l.end) <= i+4 || l.end[len(l.end)-1] != q {
		return 0, s, false
	}
	inside := l.end[i+4 : len(l.end)-1]
	if enh, _ := splitEnhanced(inside); enh == "" && (!replyWords(inside) || l.lastSpace <= i+4 && !errorValue(l.line[:i-1], code) || httpStatus(code, inside, "")) {
		return 0, s, false
	}
	return code, inside, true
}

// laterLineCode reports whether code, at the start of a line after lines
// that held none, is a reply's code, rest being the words after it: an
// enhanced code of its class confirms it; without one, a failure code
// other than 500–504 (whose words may be an HTTP status's: "503 Backend
// fetch failed", "502 Proxy Error") that no count follows ("421 of 1000
// messages failed").
func laterLineCode(code int, rest string) bool {
	if !failureCode(code) {
		return false
	}
	if enh, _ := splitEnhanced(rest); enh != "" {
		return int(enh[0]-'0') == code/100
	}
	return !httpServerCode(code) && replyWords(rest) && !countedAfter(rest)
}

// errorValue reports whether before, the text before a quote, ends with
// the key of a structured log's error value (logfmt's error="…" or
// err="…", as Go programs log, at the start or after a space): the
// quoted failure reply is the error, even of one word ("535 Denied"),
// unless its code may be an HTTP status's (500–504).
func errorValue(before string, code int) bool {
	if !failureCode(code) || httpServerCode(code) {
		return false
	}
	for _, key := range [...]string{"error=", "err="} {
		if strings.HasSuffix(before, key) && (len(before) == len(key) || before[len(before)-len(key)-1] == ' ') {
			return true
		}
	}
	return false
}

// enhancedAfterColon reads an enhanced status code that follows ": " on a
// line whose reply code, if any, was read where words before it may name
// the cause: PHPMailer's "… SMTP code: 550 Additional SMTP info: 5.7.1",
// .NET's "Mailbox unavailable. The server response was: 5.7.1 Unable to
// relay". Only a subject RFC 3463 defines (0 to 7), followed by a space
// or the end, counts, so that most versions ("Exim: 4.94.2") are not
// taken for a code (one such as "Version: 5.1.2 installed" still is).
// The line is returned whole, except after .NET's "server response was:
// " (or "is: "): .NET writes the words before it from the code ("Mailbox
// unavailable." for any 550), not from the server's reply, which follows
// with or without an enhanced code ("… The server response was: Error458
// block"); after .NET's marker, dotnet is the code .NET's words before
// it name (dotnetCode).
func enhancedAfterColon(line string) (enh, rest string, dotnet int) {
	if m, i := dotnetResponse(line); i >= 0 {
		enh, rest = enhancedAt(line, i)
		return enh, rest, dotnetCode(line[:m])
	}
	for k := 0; ; {
		j := strings.IndexByte(line[k:], ':')
		if j < 0 {
			return "", line, 0
		}
		i := k + j + 2 // past ": "
		k = i - 1
		if i+5 > len(line) || line[i-1] != ' ' {
			continue
		}
		if enh, _ := splitEnhanced(line[i:]); enh != "" && registeredSubject(enh) {
			return enh, line, 0
		}
	}
}

// dotnetResponse returns where .NET's "server response was: " starts in
// line (marker) and where the server's reply after it starts (reply), or
// -1 and -1: one search for both
// wordings, .NET Framework's older "The server response is: 5.7.57 …" as
// well as "was: ". A marker followed by no letter or digit counts for
// nothing: nothing after it, or only the closing quote or stop of a
// program that wraps .NET's message ("… The server response was: '").
func dotnetResponse(line string) (marker, reply int) {
	const dotnet = "server response "
	for k := 0; ; {
		j := strings.Index(line[k:], dotnet)
		if j < 0 {
			return -1, -1
		}
		marker = k + j
		k = marker + len(dotnet)
		i := -1
		switch {
		case strings.HasPrefix(line[k:], "was: "):
			i = k + len("was: ")
		case strings.HasPrefix(line[k:], "is: "):
			i = k + len("is: ")
		}
		if i >= 0 {
			if strings.IndexFunc(line[i:], letterOrDigit) < 0 {
				return -1, -1
			}
			return marker, i
		}
	}
}

// dotnetStatus are the words .NET's SmtpException writes before "The
// server response was: " for each SmtpStatusCode, with the code: the
// server's reply follows without it. Not "Mailbox unavailable.", which
// .NET writes for 450 (MailboxBusy) and 550 alike, nor "Syntax error,
// command unrecognized.", which it writes for 500 and for every code its
// list lacks (Microsoft 365's "432 4.3.2 STOREDRV.ClientSubmit; sender
// thread limit exceeded").
var dotnetStatus = [...]struct {
	words string
	code  int
}{
	{"Service not available, closing transmission channel.", 421},
	{"Error in processing.", 451},
	{"Insufficient system storage.", 452},
	{"Client does not have permission to submit mail to this server.", 454},
	{"Syntax error in parameters or arguments.", 501},
	{"Command not implemented.", 502},
	{"Bad sequence of commands.", 503},
	{"Command parameter not implemented.", 504},
	{"The SMTP server requires a secure connection or the client was not authenticated.", 530},
	{"User not local; please try a different path.", 551},
	{"Exceeded storage allocation.", 552},
	{"Mailbox name not allowed.", 553},
	{"Transaction failed.", 554},
}

// dotnetCode returns the reply code .NET's words name in before, the text
// up to its "server response was: " (dotnetResponse's marker), or 0: .NET
// drops the code from the reply it quotes, and its words for the code,
// where they name one code, are all that is left of it.
func dotnetCode(before string) int {
	before = strings.TrimRight(before, " ")
	if !hasWordSuffixFold(before, "the") {
		return 0
	}
	before = strings.TrimRight(before[:len(before)-len("the")], " ")
	for _, s := range dotnetStatus {
		if hasWordSuffixFold(before, s.words) {
			return s.code
		}
	}
	return 0
}

// hasWordSuffixFold reports whether s ends with ASCII words w, in any
// case, starting a word ("Transaction failed." but not "MyTransaction
// failed.").
func hasWordSuffixFold(s, w string) bool {
	k := len(s) - len(w)
	return hasSuffixFold(s, w) && (k == 0 || !alnum(s[k-1]|0x20)) // alnum reads lower case
}

// enhancedAt returns the enhanced code that starts line[i:], if one of a
// subject RFC 3463 defines, and the text after it, else "" and line[i:].
func enhancedAt(line string, i int) (enh, rest string) {
	after := line[i:]
	if enh, rest := splitEnhanced(after); enh != "" && registeredSubject(enh) {
		return enh, rest
	}
	return "", after
}

// replyWords reports whether s, the text after a code, reads as a reply's:
// it starts with a letter, an address in angle brackets, or a qmail-style
// "#" code; a count ("550 of them") is told by the words before it.
func replyWords(s string) bool {
	return s != "" && (s[0]|0x20-'a' < 26 || s[0] == '<' || s[0] == '#')
}

// firstEnhanced returns where the first enhanced status code of s that
// stands as a word starts (a subject RFC 3463 defines, 0 to 7; a space, a
// tab, a ';' or the end after it; not the part of an IP address such as
// "5.6.7.8" nor a version such as "4.94.2"), or -1.
func firstEnhanced(s string) int {
	for j := 0; j+5 <= len(s); j++ {
		if j > 0 && (isDigit(s[j-1]) || s[j-1] == '.') {
			continue
		}
		if n := enhancedLen(s[j:]); n > 0 && registeredSubject(s[j:j+n]) && (j+n == len(s) || s[j+n] == ' ' || s[j+n] == ';' || s[j+n] == '\t') {
			return j
		}
	}
	return -1
}

// registeredSubject reports whether enhanced code enh has a subject RFC
// 3463 defines (one digit, 0 to 7): a version such as "4.94.2" has none.
func registeredSubject(enh string) bool {
	k := enhancedKey(enh)
	return k >= 0 && k/1000 <= 7 && enh[3] == '.'
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c-'0' < 10 }

// commandFailed reads curl's report of a command the server refused,
// "MAIL failed: 530", "RCPT failed: 553" (after any words, as R's curl
// writes it: "Error in curl_fetch_memory(…) : RCPT failed: 553"): the code
// that ends the line.
func commandFailed(line string) (code int, ok bool) {
	t := spaceDotTab.trimRight(line)
	const failed = " failed: "
	if len(t) < len("MAIL")+len(failed)+3 || !strings.HasSuffix(t[:len(t)-3], failed) {
		return 0, false
	}
	code, _, ok = splitCode(t[len(t)-3:])
	if !ok || code < 400 {
		return 0, false
	}
	head := t[:len(t)-3-len(failed)]
	if i := commandHead.lastIndex(head); i >= 0 {
		head = head[i+1:]
	}
	for _, cmd := range [...]string{"MAIL", "RCPT", "DATA", "AUTH", "EHLO", "HELO", "STARTTLS"} {
		if strings.EqualFold(head, cmd) {
			return code, true
		}
	}
	return 0, false
}

// byteSet is a set of ASCII bytes, built once: strings.TrimRight and
// strings.LastIndexAny build theirs on every call with a cutset of more
// than one byte, which Classify would pay for on every reply.
type byteSet [4]uint64

// The sets the parser trims and splits lines by.
var (
	spaceTab    = newByteSet(" \t")
	spaceDot    = newByteSet(" .")
	spaceDotTab = newByteSet(" .\t")
	lineEnd     = newByteSet(" .,;)]}") // what may follow a line's last word
	commandHead = newByteSet(" :(\t")   // what may precede curl's command name
)

// newByteSet returns the set of the bytes of chars, which must be ASCII.
func newByteSet(chars string) (b byteSet) {
	for i := 0; i < len(chars); i++ {
		b[chars[i]/64] |= 1 << (chars[i] % 64)
	}
	return b
}

// has reports whether c is in b.
func (b *byteSet) has(c byte) bool { return b[c/64]&(1<<(c%64)) != 0 }

// trimLeft returns s without the bytes of b it starts with.
func (b *byteSet) trimLeft(s string) string {
	for len(s) > 0 && b.has(s[0]) {
		s = s[1:]
	}
	return s
}

// trimRight returns s without the bytes of b it ends with.
func (b *byteSet) trimRight(s string) string {
	for len(s) > 0 && b.has(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}

// lastIndex returns the index of the last byte of s in b, or -1.
func (b *byteSet) lastIndex(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if b.has(s[i]) {
			return i
		}
	}
	return -1
}

// javaMailConnect starts JavaMail's frame of a connection whose greeting
// refused it, before "SMTP host: …" (javaMailGreeting; exceptionStage
// reads the same frame's stage).
const javaMailConnect = "Could not connect to "

// javaMailGreeting returns the code of the greeting that JavaMail's
// "Could not connect to SMTP host: HOST, port: PORT, response: CODE"
// reports when the server answered the connection with a refusal, or 0
// (greetingCode). Every such frame of the reply is looked at.
func javaMailGreeting(reply string) int {
	const frame = javaMailConnect + "SMTP"
	for {
		i := strings.Index(reply, frame)
		if i < 0 {
			return 0
		}
		reply = reply[i+len(frame):]
		if c := greetingCode(reply); c != 0 {
			return c
		}
	}
}

// greetingCode reads the rest of JavaMail's frame after "Could not
// connect to SMTP": " host: HOST, port: PORT, response: CODE". It returns
// CODE when it is a failure (4xx or 5xx; JavaMail's -1 means no answer at
// all) and ends its line, or 0. A code with words after it is a reply the
// parser reads as such.
func greetingCode(s string) int {
	if !strings.HasPrefix(s, " host: ") {
		return 0
	}
	if j := strings.IndexAny(s, "\r\n"); j >= 0 {
		s = s[:j]
	}
	const response = ", response: "
	i := strings.LastIndex(s, response)
	if i < 0 {
		return 0
	}
	c := strings.TrimRight(s[i+len(response):], " ")
	if code, _, ok := splitCode(c); ok && len(c) == 3 && code >= 400 {
		return code
	}
	return 0
}

// lettreCode returns the failure reply code (4xx or 5xx) that the Rust
// library lettre prints in its parts in an error's debug form ("Code {
// severity: PermanentNegativeCompletion, category: Unspecified3, detail:
// Five }" is 535), and the reply's words when it prints them too: its
// Response's message ("message: [\"4.4.2 …\", …]", the lines joined) or
// its Error's source ("source: \"5.1.1 …\""), unescaped, line breaks as
// spaces. 0 when there is none; the pretty-printed form ({:#?}), a field
// a line, is not read.
func lettreCode(reply string) (int, string) {
	const head = "Code { severity: "
	i := strings.Index(reply, head)
	if i < 0 {
		return 0, ""
	}
	sev, rest, ok1 := strings.Cut(reply[i+len(head):], ", category: ")
	cat, rest, ok2 := strings.Cut(rest, ", detail: ")
	det, rest, ok3 := strings.Cut(rest, " }")
	if !ok1 || !ok2 || !ok3 {
		return 0, ""
	}
	s := slices.Index(lettreSeverities, sev)
	c := slices.Index(lettreCategories, cat)
	d := slices.Index(lettreDetails, det)
	if s < 0 || c < 0 || d < 0 {
		return 0, ""
	}
	var msg string
	if m, ok := strings.CutPrefix(rest, ", message: ["); ok {
		for strings.HasPrefix(m, `"`) {
			var part string
			part, m = rustString(m[1:])
			if msg == "" {
				msg = part
			} else {
				msg += " " + part
			}
			m = strings.TrimPrefix(m, ", ")
		}
	} else if _, m, ok := strings.Cut(rest, `source: "`); ok {
		msg, _ = rustString(m)
	}
	return (4+s)*100 + c*10 + d, msg
}

// lettre's names of a reply code's three digits (its Severity, Category
// and Detail), from 4 (and 0) up: the failures' severities only.
var (
	lettreSeverities = []string{"TransientNegativeCompletion", "PermanentNegativeCompletion"}
	lettreCategories = []string{"Syntax", "Information", "Connections", "Unspecified3", "Unspecified4", "MailSystem"}
	lettreDetails    = []string{"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"}
)

// rustString reads the Rust string literal that s starts with, after its
// opening quote: its text unescaped, with its line breaks (escaped or
// not) and tabs as spaces and runs of spaces as one, and what follows its
// closing quote. A literal with nothing to change is returned as a part of
// s, without allocating.
func rustString(s string) (text, rest string) {
	end := strings.IndexByte(s, '"')
	if end < 0 {
		end = len(s)
	}
	if !strings.ContainsAny(s[:end], "\\\n\r\t") && !strings.Contains(s[:end], "  ") {
		return s[:end], s[min(end+1, len(s)):]
	}
	var b strings.Builder
	b.Grow(len(s))
	spaced := true // no space leads the text, nor follows another
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			return b.String(), s[i+1:]
		case c == '\\' && i+1 < len(s):
			i++
			if c = s[i]; c == 'n' || c == 'r' || c == 't' {
				c = ' '
			}
		case c == '\n' || c == '\r' || c == '\t':
			c = ' '
		}
		if c != ' ' || !spaced {
			b.WriteByte(c)
		}
		spaced = c == ' '
	}
	return b.String(), ""
}
