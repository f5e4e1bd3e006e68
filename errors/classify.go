package errors

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Classify returns the *Error for reply received at stage. It never
// returns nil.
//
// It decides the kind from, in order of trust:
//
//  1. plain words that name a cause ("over quota", "relay access denied",
//     "account disabled", "rate limited due to IP reputation", in any of
//     the wordings and languages of rules.go): a subject (mailbox, sender,
//     domain, client, message) and a condition (full, disabled, unknown,
//     listed, too many, …) found together decide, whatever the codes say;
//
//  2. a specific enhanced status code (5.1.1, 5.2.2, 5.7.8, 5.7.54 …);
//
//  3. vague words ("rejected", "access denied", "try again later"); when
//     a message refused, a transaction failed or a delivery deferred is
//     all a reply says ("550 Message rejected", with no word but codes,
//     ids and host names), they name no cause: the basic code decides,
//     then the stage, else the kind is unknown;
//
//  4. a less specific enhanced code (5.7.1 is sent for relay denial, spam
//     and blocklisting alike);
//
//  5. the basic code, then the stage (a 5xx at MAIL FROM is about the
//     sender, at RCPT about the recipient, on connecting or at EHLO
//     about the client: blocked; words without a code on connecting are
//     the dialer's: connection_failed);
//
//  6. with no stage, what the reply is about (subjectRules: a relay, the
//     sender, a mailbox or user, an MX) when no known condition goes
//     with it ("553 host denies the sender"), then the class of the
//     enhanced code (X.1 addressing, X.3/X.4 the mail system and routing,
//     X.5 protocol, X.6 content, X.7 security and policy).
//
//  7. last, a guess: when none of these decided, the words of the reply
//     (and its codes) are weighed against the labelled replies of the tests
//     (guess.go), and a kind with at least three quarters of the weight
//     that a word of the text speaks for is named; its evidence says it is
//     a guess and quotes the word of the text that tells most. Without a
//     stage or at MAIL FROM, RCPT TO and DATA, a guess also overrules the
//     weakest decisions when it names another kind: with nine tenths of the
//     weight, a registered enhanced code of step 2 or the basic code or
//     stage of step 5; with half, the subject alone of step 6. Whose
//     address it is then follows the stage as for a rule. Below those
//     shares, the rules' decision stands: unknown when nothing decided
//     ("550 Command rejected", words no labelled reply holds). The rules
//     come first because they can be read and argued with.
//
// A term right after a hedge ("may be blacklisted", "might not exist") is
// not evidence, nor is a term in a frame a mail program prints around a
// reply (framedTerms: JavaMail's "; timeout -1;", the "Invalid response
// code received from server" that PEAR's Net_SMTP puts before the reply it
// quotes). A queue named alone (a "Queue-ID:", "removed from the mail
// queue") names no cause; a queue that could not take the message does.
//
// An enhanced code or a stage that names the sender (X.1.7, X.1.8, MAIL
// FROM) makes "unknown", "does not exist" or "disabled" words the
// sender's: sender_rejected; a quota at MAIL FROM is the sender's too
// (rate_limited). At AUTH, or with AUTH's own codes 525 and 535 when no
// stage is given, a refusal is about the login (auth_failed); on
// connecting, before any sender, a refused sender is the client
// (blocked). An address called invalid with a code of syntax is a
// syntax_error; storage run out with X.3.1 and no mailbox named is the
// server's (service_unavailable). A temporary X.2.1 ("450 4.2.1 …
// receiving mail too quickly") is a rate. With no stage given, the command
// a bounce says the reply answered ("in reply to RCPT TO command") or the
// exception a client library printed before it (smtplib's
// SMTPSenderRefused, SMTPRecipientsRefused, SMTPDataError) stands for it.
//
// Temporary follows the basic code (4xx) where there is one, else the
// enhanced code's class, except for relay_denied, auth_required and
// tls_required, which waiting never fixes; without a code it follows the
// rule or the kind ("unable to authenticate at present" is a temporary
// auth_failed). Evidence says what decided.
//
// A reply Parse cannot read (no code) is classified by its words and stage.
// At StagePOP every reply is pop_failed, temporary when the server says so
// ("-ERR [SYS/TEMP]", "[IN-USE]"). A 2xx or 3xx reply is not a failure: its
// kind is unknown and its Evidence says so; but a 221, which closes the
// session, with words that name a cause ("221 Too many bad commands") is
// that failure, temporary as the rule or its kind says.
//
// The result carries the generic hints of its kind, led by the provider's
// documented fix when the reply names a large provider (provider.go); call
// Refine with the options actually used to order them for this send.
func Classify(stage Stage, reply string) *Error {
	return classifyBy(words, stage, reply)
}

// classifyBy is Classify with matcher m (a test's, without the word model).
func classifyBy(m *matcher, stage Stage, reply string) *Error {
	frame := frameStage(stage, reply)
	// The lines of a reply of several are joined on the stack (up to 512
	// bytes); the text is built with the evidence (classifyWith). A reply
	// of one line needs no room (nor its clearing).
	if strings.IndexByte(reply, '\n') < 0 {
		r, _, _ := parseJoin(reply, false, nil)
		return classifyWith(m, stage, frame, r, nil)
	}
	var buf [512]byte
	r, joined, _ := parseJoin(reply, false, buf[:0])
	return classifyWith(m, stage, frame, r, joined)
}

// frameStage returns the stage the frame around a reply names, which
// stands for the stage in the decision when the caller gave none (see
// classifyWith); lines are the reply's lines, or the whole reply as one:
// the exception may stand on any of them (a traceback's last).
func frameStage(stage Stage, lines ...string) Stage {
	if stage != "" {
		return ""
	}
	for _, l := range lines {
		if s := exceptionStage(l); s != "" {
			return s
		}
	}
	return ""
}

// exceptionStage returns the stage that the frame a client library or a
// bounce printed before the reply names, or "": the exception (Python's
// smtplib: SMTPSenderRefused at MAIL FROM, SMTPRecipientsRefused at RCPT
// TO, SMTPDataError at DATA), the command go-mail's SendError names
// ("sending SMTP RCPT TO command: 550 …") or the command Exim's bounce
// says the reply answered ("SMTP error from remote mail server after MAIL
// FROM:<a@example.com> SIZE=1234: 550 …"). They are read here, from the
// reply's lines, because the parser leaves the words before a code out of
// the reply's text when an enhanced code follows it; a frame after the
// reply (Postfix's "(in reply to RCPT TO command)") is the matcher's
// (stageOf), and so is nodemailer's (the inreply_rcpt group says why).
// Every "SMTP" of the line is looked at: a server's "ESMTP" may come
// before the frame.
func exceptionStage(reply string) Stage {
	for {
		i := strings.Index(reply, "SMTP")
		if i < 0 {
			return ""
		}
		before := reply[:i]
		reply = reply[i+len("SMTP"):]
		if strings.HasSuffix(before, javaMailConnect) && greetingCode(reply) != 0 {
			return StageGreeting // JavaMail's refused greeting (javaMailGreeting)
		}
		if s := stageAfterSMTP(reply); s != "" {
			return s
		}
	}
}

// stageAfterSMTP returns the stage the words right after an "SMTP" name
// (exceptionStage), or "".
func stageAfterSMTP(name string) Stage {
	if s := stageByPrefix(name, smtpFrames); s != "" {
		return s
	}
	for _, frame := range [...]string{" error from remote mail server after ", " error from remote mailer after "} {
		if cmd, ok := strings.CutPrefix(name, frame); ok {
			return stageByPrefix(strings.TrimPrefix(cmd, "pipelined "), eximCommands)
		}
	}
	return ""
}

// stagePrefix is the stage a frame's words name when they start with
// prefix.
type stagePrefix struct {
	prefix string
	stage  Stage
}

// smtpFrames are the words right after "SMTP" that name a stage:
// smtplib's exceptions (SMTPSenderRefused, …) and go-mail's SendError
// ("sending SMTP RCPT TO command: 550 …, affected recipient(s): …",
// "closing SMTP DATA writer: 554 …").
var smtpFrames = []stagePrefix{
	{"SenderRefused", StageMail}, {"RecipientsRefused", StageRcpt}, {"DataError", StageData},
	{" MAIL FROM command", StageMail}, {" RCPT TO command", StageRcpt}, {" DATA command", StageData}, {" DATA writer", StageData},
}

// eximCommands are the commands Exim names after "SMTP error from remote
// mail server after " (pipelined or not), in its own spelling, and its
// "initial connection" (the greeting); another (a data block) names none.
var eximCommands = []stagePrefix{
	{"initial connection", StageGreeting}, {"EHLO ", StageEHLO}, {"HELO ", StageEHLO},
	{"MAIL FROM:", StageMail}, {"RCPT TO:", StageRcpt}, {"end of data", StageData}, {"DATA", StageData},
}

// stageByPrefix returns the stage of the first of ps whose prefix s
// starts with, or "".
func stageByPrefix(s string, ps []stagePrefix) Stage {
	for _, p := range ps {
		if strings.HasPrefix(s, p.prefix) {
			return p.stage
		}
	}
	return ""
}

// withHints is an *Error and room for its hints (a kind's generic hints
// and a provider's), allocated together; withFewHints is the same for the
// kinds with few hints, which are most (a smaller object costs less to
// allocate and to clear).
type (
	withHints struct {
		e Error
		h [maxKindHints + 1]Hint
	}
	withFewHints struct {
		e Error
		h [4]Hint
	}
)

// maxKindHints is the most generic hints a kind has (relay_denied's);
// TestHintsFitWithTheError keeps it so.
const maxKindHints = 8

// newError returns a new Error and room for n hints allocated with it.
func newError(n int) (*Error, []Hint) {
	if n <= len(withFewHints{}.h) {
		x := &withFewHints{}
		return &x.e, x.h[:0]
	}
	x := &withHints{}
	return &x.e, x.h[:0]
}

// ClassifyReply is Classify for an already parsed reply.
func ClassifyReply(stage Stage, r Reply) *Error {
	return classifyWith(words, stage, frameStage(stage, r.Lines...), r, nil)
}

// classifyWith is ClassifyReply with the rules of m (the generalisation
// test builds matchers that leave some words out). When joined is not nil
// it is the reply's text (parseJoin), and the Error's Text is built from it.
// frame is the stage the frame around the reply names (exceptionStage),
// which stands for a stage the caller did not give in the decision only,
// as a bounce's "(in reply to … command)" does (decide).
func classifyWith(m *matcher, stage, frame Stage, r Reply, joined []byte) *Error {
	// Fold into a stack buffer: most replies fit, and the matcher then
	// searches it without allocating.
	var buf [512]byte
	code, enh, t := prepare(r, joined, buf[:0])
	var f found
	m.scan(t, &f)
	var ev evidence
	decideAt := stage
	if decideAt == "" {
		decideAt = frame
	}
	d := m.decide(decideAt, code, enh, t, &f, &ev)
	return m.newReplyError(d, stage, code, enh, t, &f, &ev, r.Text, joined)
}

// newReplyError builds the Error of decision d about a reply of code code,
// enhanced code enh and folded text t whose scan found f: its text (the
// reply's text, or joined when it is not nil) and evidence, its
// temporariness and its hints, the provider's documented fix first.
func (m *matcher) newReplyError(d decision, stage Stage, code int, enh string, t []byte, f *found, ev *evidence, text string, joined []byte) *Error {
	kf := factOf(d.kind)
	generic := kf.hints
	serverName := d.rule != nil && d.rule.serverName
	if serverName {
		generic = serverNameHints
	}
	e, hs := newError(len(generic) + 1)
	e.Kind, e.Code, e.Enhanced, e.Stage = d.kind, code, enh, stage
	e.Text, e.Evidence = joinText(joined, text, ev)
	switch {
	case d.kind == KindPOPFailed && code == 0:
		e.Temporary = popTemporary(e.Text)
	case code == 0 && enh != "" && !kf.never:
		e.Temporary = enh[0] == '4'
	case code == 0 && serverName:
		e.Temporary = false // no waiting makes the name exist
	case code == 0 && d.temp:
		e.Temporary = !kf.never
	case code == closingCode:
		// Neither 221 nor the class of its enhanced code (2.0.0, 5.0.0)
		// says whether the cause will pass: the rule or the kind does.
		e.Temporary = !kf.never && (d.temp || kf.temporary)
	default:
		e.Temporary = kf.temporaryAt(code)
	}
	// The provider's documented fix first, in the room allocated with e.
	p := noProvider
	if d.kind != KindPOPFailed {
		p = m.replyProvider(f, enh, d.kind, t)
	}
	e.Hints = withProviderHint(hs, p, d.kind, enh, t, generic)
	return e
}

// New returns an *Error of kind at stage wrapping cause, with the kind's
// default temporariness and generic hints. A pop_failed error is temporary
// when its cause is (a refused connection or a timeout, not a wrong
// password).
func New(kind Kind, stage Stage, cause error) *Error {
	e := &Error{Kind: kind, Stage: stage, Err: cause}
	if kind == KindPOPFailed && cause != nil {
		e.Temporary = causeTemporary(cause)
	} else {
		e.Temporary = factOf(kind).temporaryAt(0)
	}
	e.Hints = HintsFor(kind, nil)
	return e
}

// kindFact is what classifyWith needs of a kind: its generic hints and
// whether it is never, or by default, temporary (temporaryFor).
type kindFact struct {
	hints            []Hint
	never, temporary bool
}

// temporaryAt says whether a failure of the kind with reply code code is
// worth trying again later: never for the kinds that depend on how the
// client is set up (neverTemporary), by the code's class (4xx yes,
// 2xx/3xx/5xx no) when there is a code, else by the kind.
func (kf kindFact) temporaryAt(code int) bool {
	switch {
	case kf.never:
		return false
	case code != 0:
		return code/100 == 4
	}
	return kf.temporary
}

// factOf returns the facts of kind; a kind none of the tables names has
// unknown's.
func factOf(kind Kind) kindFact {
	if kf, ok := kindFacts[kind]; ok {
		return kf
	}
	return kindFacts[KindUnknown]
}

// kindFacts holds the facts of every kind that has hints or a
// temporariness of its own (a kind without hints gets unknown's), built
// once so that a reply costs one lookup of its kind.
var kindFacts = func() map[Kind]kindFact {
	m := make(map[Kind]kindFact, len(hints))
	add := func(k Kind) {
		hs, ok := hints[k]
		if !ok {
			hs = hints[KindUnknown]
		}
		m[k] = kindFact{hints: hs, never: neverTemporary[k], temporary: temporaryKinds[k]}
	}
	for k := range hints {
		add(k)
	}
	for k := range neverTemporary {
		add(k)
	}
	for k := range temporaryKinds {
		add(k)
	}
	return m
}()

// decision is what decide found: the kind and whether the rule that
// matched makes the failure temporary when there is no code. What decided
// is written to the evidence the caller passed (it stays in the caller's
// frame: a pointer to it here would move it to the heap).
type decision struct {
	kind Kind
	temp bool
	rule *compiledRule // the word rule that decided, nil when a code or the stage did
	// weighShare is the share of the weight a guess needs to overrule
	// the decision (decide), 0 when none may: set for the weakest
	// decisions, a registered enhanced code, the basic code or the stage,
	// and the subject alone.
	weighShare float64
}

// prepare returns what Classify reads of r: the code when it is one of
// 200-599 (else 0), the enhanced code when it is well formed (else ""), and
// the folded text (of joined when it is not nil, else of r.Text), appended
// to dst.
func prepare(r Reply, joined, dst []byte) (code int, enh string, t []byte) {
	code = r.Code
	if code < 200 || code > 599 {
		code = 0
	}
	enh = r.Enhanced
	if enhancedLen(enh) != len(enh) {
		enh = ""
	}
	if joined != nil {
		t = fold(dst, joined)
	} else {
		t = fold(dst, r.Text)
	}
	if code == 0 {
		qmailSpaces(t) // whose report hides its code among underscores
	}
	return code, enh, dropContinuations(t, code)
}

// qmailSpaces gives back their spaces to the words of qmail-send's log of
// a delivery ("deferral: Connected_to_192.0.2.1_but_sender_was_rejected./
// Remote_host_said:_421_…"), which writes the spaces of qmail-remote's
// report as underscores (and its line breaks as slashes), so that the
// words of the reply it quotes are read; folded text t is changed in
// place. The report starts the line or follows its status ("deferral:",
// "failure:"), so an underscore is looked for in the first 32 bytes
// only, which costs less than a search of every reply's whole text; then
// one of qmail-remote's own phrases tells such a line from a name or an
// identifier with underscores.
func qmailSpaces(t []byte) {
	if bytes.IndexByte(t[:min(len(t), 32)], '_') < 0 {
		return
	}
	if !containsAnyOf(t, qmailPhrases) {
		return
	}
	for i, c := range t {
		if c == '_' {
			t[i] = ' '
		}
	}
}

// containsAnyOf reports whether folded text t holds any of phrases: a
// search of the whole text, for the few replies a narrow case reaches
// (qmail's underscored report, a program's check of an address), where a
// group of terms would cost every reply's scan a group (the budget of 256
// is full).
func containsAnyOf(t []byte, phrases []string) bool {
	for _, p := range phrases {
		if containsFolded(t, p) {
			return true
		}
	}
	return false
}

// qmailPhrases are qmail-remote's phrases as qmail-send logs them, folded.
var qmailPhrases = []string{"_host_said:_", "_does_not_like_", "connected_to_", "giving_up_on_"}

// dropContinuations removes from folded text t the codes of continuation
// lines that a reply of several lines flattened into one carries inside
// its text ("… is not authorized to 550-5.7.1 send email directly …", as
// logs and pastes join them): a failure code and a hyphen before an
// enhanced code of its class, and the reply's own code before a hyphen
// and a word or before an enhanced code of its class. They are not words,
// and they split the words a rule reads. t is changed in place.
func dropContinuations(t []byte, code int) []byte {
	start := firstContinuation(t, code)
	if start < 0 {
		return t
	}
	w := start
	for r := start; r < len(t); {
		if t[r] == ' ' {
			if n := continuationLen(t[r+1:], code); n > 0 {
				// The space after the code stays to be read next: another
				// code may follow (a continuation line with no words). A
				// word right after the code's hyphen, or the end of the
				// text, keeps the space before it.
				r += 1 + n
				if r == len(t) || t[r] != ' ' {
					t[w] = ' '
					w++
				}
				continue
			}
		}
		t[w] = t[r]
		w, r = w+1, r+1
	}
	return t[:w]
}

// firstContinuation returns where the first continuation code in t
// starts (the space before it), or -1. Most replies have none: it looks
// only at the hyphens and at the reply's own code in t, which the
// runtime finds many bytes at a time.
func firstContinuation(t []byte, code int) int {
	first := -1
	for k := 0; ; {
		i := bytes.IndexByte(t[k:], '-')
		if i < 0 {
			break
		}
		i += k
		if i >= 4 && t[i-4] == ' ' && continuationLen(t[i-3:], code) > 0 {
			first = i - 4
			break
		}
		k = i + 1
	}
	if code == 0 {
		return first
	}
	// The code and a space, then the space before it: a search that
	// starts with a space would stop at every word.
	own := [4]byte{byte('0' + code/100), byte('0' + code/10%10), byte('0' + code%10), ' '}
	end := len(t)
	if first >= 0 {
		end = first
	}
	for k := 1; k < end; {
		i := bytes.Index(t[k:end], own[:])
		if i < 0 {
			return first
		}
		i += k
		if t[i-1] == ' ' && continuationLen(t[i:], code) > 0 {
			return i - 1
		}
		k = i + 1
	}
	return first
}

// continuationLen returns the length of the continuation code that s
// starts with, or 0: a failure code and a hyphen before an enhanced code
// of its class, or the reply's own code (code) before a hyphen and a word
// or before an enhanced code of its class. dropContinuations reads folded
// text with it, flattenedReply a reply's line.
func continuationLen[T string | []byte](s T, code int) int {
	if len(s) < 4 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) {
		return 0
	}
	c := int(s[0]-'0')*100 + int(s[1]-'0')*10 + int(s[2]-'0')
	if c < 400 || c > 599 || s[3] != '-' && s[3] != ' ' {
		return 0
	}
	n := enhancedLen(s[4:])
	if n > 0 && (len(s) == 4+n || s[4+n] == ' ') {
		if s[4] == s[0] && (s[3] == '-' || c == code) {
			return 4 + n
		}
		return 0
	}
	if s[3] == '-' && c == code && len(s) > 4 && s[4]-'a' < 26 {
		return 4
	}
	return 0
}

// joinText returns the text of a reply (joined when it is not nil, else
// text) and evidence ev as strings, built in one allocation at most: a
// reply of one line is a part of the reply, and evidence of one part a
// constant.
func joinText(joined []byte, text string, ev *evidence) (string, string) {
	if joined == nil {
		return text, ev.String()
	}
	s := joinParts(joined, ev.part[:ev.n])
	return s[:len(joined)], s[len(joined):]
}

// decide returns the kind of a reply whose folded text is t, and writes
// what decided it to ev; see Classify for the order of trust.
func (m *matcher) decide(stage Stage, code int, enh string, t []byte, f *found, ev *evidence) decision {
	if stage == "" {
		// A bounce's diagnostic line often says which command the reply
		// answered: "(in reply to RCPT TO command)". That stage counts
		// for every step below, as a stage given by the caller does. So
		// do AUTH's own codes: 535 (RFC 4954) and 525 (the registry of RFC
		// 5248) are sent only in answer to AUTH ("525 5.7.13 User Account
		// Disabled"), unless the reply names a recipient, which no login
		// is ("525 5.7.13 Disabled recipient address").
		stage = m.stageOf(f)
		if stage == "" && (code == 525 || code == 535) && !f.present.has(m.recipientGroup) {
			stage = StageAuth
		}
		// A reply that starts "-ERR" with no code is a POP3 server's (RFC
		// 1939): no SMTP server says it, so it answered the POP check
		// before sending ("-ERR Logon failure: unknown user name or bad
		// password."), also as a transcript quotes it ("< -ERR [AUTH]
		// Invalid password or username"), after the server's greeting and
		// the client's USER and PASS as often as first: in a transcript
		// that starts with a quoted line (a search through every reply
		// without a code cost 1% of Classify).
		if stage == "" && code == 0 && (bytes.HasPrefix(t, popError) || bytes.HasPrefix(t, quotedLine) && bytes.Contains(t, popErrorQuoted)) {
			stage = StagePOP
		}
	}
	d := m.byRules(stage, code, enh, t, f, ev)
	// Only a bare group's own rule (of that group alone) names nothing: a
	// rule that paired it with a condition ("no mailbox") names a cause,
	// however vague the condition's own words.
	if d.rule != nil && d.rule.other < 0 && m.bare.has(d.rule.first) && (enh == "" || enhancedKey(enh) == 0) && onlyWords(t, m.terms[f.term[d.rule.first]-1]) {
		term := f.term[d.rule.first] - 1
		// "550 Message rejected" or "554 Transaction failed" and nothing
		// more (an enhanced code of no detail, X.0.0, says nothing either)
		// names no cause: a basic code that names one decides ("530 Email
		// Rejected", "451 Transaction failed"), then the stage as for any
		// reply that names none, else nothing does. A guess would only
		// repeat what such words went with in the table; two people
		// labelling replies blind, each sure, called them unknown alike.
		// "Deferred" and nothing more names no cause, but says the
		// delivery will be tried again: without a code, it is read as a
		// 4xx at its stage, and temporary.
		deferred := m.terms[term] == "deferred"
		c := code
		if c == 0 {
			c = 500
			if deferred {
				c = 450
			}
		}
		d = decision{kind: byCode(stage, code)}
		switch {
		case d.kind != "":
			ev.set(codeEvidence(code, stage))
		case stage != "":
			d.kind = byStage(stage, c)
			ev.set(stageEvidence(c, stage))
		}
		if d.kind == "" {
			d.kind = KindUnknown
			ev.set(m.bareEvidence[term])
		}
		// Temporariness of a decision counts only without a code
		// (newReplyError); with one, the code's class says it.
		d.temp = deferred
	}
	switch {
	case ev.is(nothingEvidence) && !onlyVague(t) && !saysUnknown(t):
		// Last resort: the words weighed against the labelled replies
		// (guess.go), when there is a word of a cause to weigh (not "550
		// Requested action not taken": vagueWords), and the reply does
		// not say that its cause is unknown ("Unknown error in PHP's
		// mail() function": whatever else it names is where it failed,
		// not why). Whose address it is follows the stage and codes as
		// for a rule's decision.
		if k, w := m.guess.guess(t, code, enh, guessAloneShare); k != "" {
			ev.set("no rule matched; guessed from the words (most telling: '", w, "')")
			d = m.whoseAddress(decision{kind: k}, stage, code, enh, f, ev)
		}
	case d.weighShare > 0 && (stage == "" || stage == StageMail || stage == StageRcpt || stage == StageData):
		// A basic code or a stage says little ("421" is sent for a busy
		// server, a block and a rate alike; a 5xx at RCPT TO for an
		// unknown user, a relay denial and a block), a registered
		// enhanced code or the subject alone not much more: on replies
		// nobody here had seen, words that weigh clearly for one kind
		// were right more often (guess.go). Before the session has a
		// sender, and at AUTH, the stage says enough (a greeting refuses
		// no mailbox; AUTH's codes are the login's). Whose address a
		// guessed kind is about follows the stage, as for a rule's
		// decision.
		d = m.overrule(d, d.weighShare, stage, code, enh, t, f, ev)
	}
	// What the stage makes of the kind, whatever decided it.
	switch {
	case stage == StageAuth && (d.kind == KindMailboxDisabled || d.kind == KindRecipientUnknown || d.kind == KindDomainNotFound ||
		d.kind == KindPolicyRejected || d.kind == KindSenderRejected):
		// At AUTH the account concerned is the one logging in, and no
		// message or envelope exists yet to refuse: "550 5.7.1 Your
		// account is not authorized to use this service" is a login that
		// failed.
		d.kind = KindAuthFailed
		ev.add(", at AUTH (the login)")
	case (stage == StageAuth || stage == "") && d.kind == KindSyntaxError && enhancedKey(enh) == 5006:
		// X.5.6 is RFC 4954's "authentication exchange line is too long":
		// sent in answer to AUTH, a login that failed. (Microsoft's "550
		// 5.5.6 Invalid message content" is decided by its words.)
		d.kind = KindAuthFailed
		ev.add(", with AUTH's code ", enh, " (the login)")
	case (stage == StageConnect || stage == StageGreeting) && d.kind == KindSenderRejected:
		// On connecting there is no sender to refuse: "554 Refused. Your
		// domain name is blacklisted" refuses the client.
		d.kind = KindBlocked
		ev.add(", on connecting (the client)")
	case d.kind == KindMailboxFull && enhancedKey(enh) == 3001 && !f.present.has(m.mailboxGroup):
		// Storage that ran out, with no mailbox named and the code of a
		// full mail system ("452 4.3.1 insufficient storage space, try
		// again later"): the server's own disk, not the recipient's quota.
		d.kind = KindServiceUnavailable
		d.temp = true
		ev.add(", with enhanced code ", enh, " (the mail system)")
	case d.kind == KindMailboxFull && enhancedKey(enh) == 3004 && !f.present.has(m.mailboxGroup):
		// Storage exceeded, with no mailbox named and the code of a
		// message too big ("552 5.3.4 Requested mail action aborted:
		// exceeded storage allocation", RFC 5321's words for 552): the
		// message's size, not the recipient's quota.
		d.kind = KindMessageTooLarge
		ev.add(", with enhanced code ", enh, " (the message's size)")
	case d.kind == KindServiceUnavailable && (code == 450 || code == 451 || code == 0 && strings.HasPrefix(enh, "4")) && enhancedKey(enh) == 7001 && m.tryLater(d, t, f):
		// "451 4.7.1 Try again later" and nothing more: a refusal for now
		// on grounds of policy that names no cause, as greylisting sends
		// it (rspamd's greylisting, "Try again later" as a soft reject with
		// 4.7.1; milter-gris); a server in trouble says so ("451 4.7.1
		// Service unavailable - try again later"), and sendmail's own
		// tempfail for a milter is 4.3.2. A pasted line may carry the
		// enhanced code without the basic one ("4.7.1 Try again later").
		d.kind = KindGreylisted
		ev.add(", with enhanced code ", enh, " and nothing more (greylisting)")
	case stage == StageMail && d.kind == KindMailboxFull:
		// At MAIL FROM no recipient is known yet: a quota there ("552
		// 5.2.2 Over quota") is the sender's sending limit.
		d.kind = KindRateLimited
		ev.add(", at MAIL FROM (the sender's quota)")
	case stage == StageStartTLS && (d.kind == KindAuthFailed || d.kind == KindAuthRequired):
		// Exchange answers a STARTTLS it cannot serve with "454 4.7.0
		// Temporary authentication failure".
		d.kind = KindTLSFailed
	}
	return d
}

// overrule returns the kind guessed from the words of folded text t, with
// at least share of the weight, in place of decision d, when it is another
// kind once whose address it is has been weighed as for a rule's decision
// (a guess of domain_not_found at MAIL FROM is the sender's, and does not
// overrule a sender_rejected); else d.
func (m *matcher) overrule(d decision, share float64, stage Stage, code int, enh string, t []byte, f *found, ev *evidence) decision {
	k, w := m.guess.guess(t, code, enh, share)
	if k == "" {
		return d
	}
	var whose evidence
	g := m.whoseAddress(decision{kind: k}, stage, code, enh, f, &whose)
	if g.kind == d.kind {
		return d
	}
	ev.prepend("guessed from the words (most telling: '", w, "'), over ")
	ev.add(whose.part[:whose.n]...)
	return g
}

// byRules applies the rules of rules.go in their order of trust to the
// terms f found in folded text t, and writes what decided to ev.
func (m *matcher) byRules(stage Stage, code int, enh string, t []byte, f *found, ev *evidence) decision {
	if stage == StagePOP {
		ev.set("a reply to the POP3 check")
		return decision{kind: KindPOPFailed}
	}
	if code/100 == 2 || code/100 == 3 {
		// A 221 closes the session: sent before the client's QUIT with
		// words a rule reads ("221 Too many bad commands. Bye!"), it is
		// that failure. A goodbye names nothing a rule reads.
		if code == closingCode {
			r := first(&m.plain, f, enh, code)
			if r == nil {
				r = first(&m.vague, f, enh, code)
			}
			if r != nil {
				m.evidenceOf(r, f, ev)
				ev.add(", in a 221 that closed the session")
				return decision{kind: r.kind, temp: r.temp, rule: r}
			}
		}
		ev.set(successEvidence)
		return decision{kind: KindUnknown}
	}
	if r := first(&m.plain, f, enh, code); r != nil {
		m.evidenceOf(r, f, ev)
		if why := m.syntaxOfAddress(r, stage, code, enh, t, f); why != "" {
			ev.add(why)
			return decision{kind: KindSyntaxError, rule: r}
		}
		return m.whoseAddress(decision{kind: r.kind, temp: r.temp, rule: r}, stage, code, enh, f, ev)
	}
	if code == 530 && enhancedKey(enh)/1000 == 5 {
		// RFC 4954's 530 asks for a login; an enhanced code of the
		// protocol's class beside it says no more (Gmail's "530-5.5.1
		// Authentication Required"), so the basic code decides.
		enh = ""
	}
	if k := bySpecificEnhanced(stage, enh, ev); k != "" {
		// A provider's own codes (Microsoft's 5.7.54, 5.7.5xx, 4.7.8xx)
		// name one cause its documentation explains; the registered ones
		// are broader, and a guess sure enough overrules them (decide).
		d := decision{kind: k}
		if registered(enhancedKey(enh)) {
			d.weighShare = guessSureShare
		}
		return d
	}
	if r := first(&m.vague, f, enh, code); r != nil {
		m.evidenceOf(r, f, ev)
		d := decision{kind: r.kind, temp: r.temp, rule: r}
		if stage == StageMail && d.kind == KindBlocked {
			// "Access denied" in answer to MAIL FROM refuses the sender.
			d.kind = KindSenderRejected
			ev.add(", at MAIL FROM (the sender)")
		}
		return m.whoseAddress(d, stage, code, enh, f, ev)
	}
	if k := byFallbackEnhanced(stage, enh, ev); k != "" {
		return decision{kind: k}
	}
	if k := byCode(stage, code); k != "" {
		ev.set(codeEvidence(code, stage))
		return decision{kind: k, weighShare: guessSureShare}
	}
	if stage != "" || code != 0 || enh != "" {
		c := code
		switch {
		case c == 0 && enh != "":
			c = int(enh[0]-'0') * 100
		case c == 0 && stage == StageConnect:
			// Words without a code on connecting are the dialer's, not
			// the server's: the connection failed (byStage).
		case c == 0:
			c = 500 // words without a code at a known stage: a refusal
		}
		if k := byStage(stage, c); k != "" {
			ev.set(stageEvidence(c, stage))
			return decision{kind: k, weighShare: guessSureShare}
		}
	}
	// Neither words nor codes nor the stage decided: what the reply is
	// about (a relay, the sender, a mailbox, an MX) decides, then the
	// class of its enhanced code. Most wordings nobody has seen end here.
	if d, ok := m.bySubject(stage, code, enh, f, ev); ok {
		d.weighShare = guessMinShare
		return d
	}
	if k := byEnhancedClass(stage, enh, ev); k != "" {
		return decision{kind: k}
	}
	ev.set(nothingEvidence)
	return decision{kind: KindUnknown}
}

// popError is how a POP3 server's failure starts, folded (decide), and
// popErrorQuoted how a transcript quotes it, the server's line marked "<"
// (quotedLine, as a transcript's first line starts).
var (
	popError       = []byte(" -err ")
	popErrorQuoted = []byte(" < -err ")
	quotedLine     = popErrorQuoted[:3]
)

// nothingEvidence is the evidence when nothing decided.
const nothingEvidence = "nothing in the reply names a cause"

// bySubject applies subjectRules: the subject a reply names decides when
// nothing more specific did. The stage or code says whose address it is.
func (m *matcher) bySubject(stage Stage, code int, enh string, f *found, ev *evidence) (decision, bool) {
	r := first(&m.subject, f, enh, code)
	if r == nil {
		return decision{}, false
	}
	if r.kind == KindRecipientUnknown && enhancedKey(enh)/1000 == 7 {
		// A mailbox named with a code of security or policy ("554 5.7.1
		// This message has been rejected by the recipient"): the code
		// says what happened to it, the subject only whose it was.
		return decision{}, false
	}
	m.evidenceOf(r, f, ev)
	return m.whoseAddress(decision{kind: r.kind, rule: r}, stage, code, enh, f, ev), true
}

// whoseAddress makes a decision about an address the sender's when the
// enhanced code (X.1.7, X.1.8, X.7.27), the stage (MAIL FROM) or the words say it
// is: the words say what is wrong, the code, the stage or the sender named
// without any recipient ("Domain in MAIL FROM has null MX record") whose
// address it is. An address in the wrong form stays a syntax error when a
// code of syntax (syntaxCode) says so, whatever the stage.
func (m *matcher) whoseAddress(d decision, stage Stage, code int, enh string, f *found, ev *evidence) decision {
	switch d.kind {
	case KindSyntaxError:
		// An address in the wrong form in answer to MAIL FROM is the
		// sender's ("fully qualified email address required"), unless a
		// code of syntax says it is the form that is wrong ("501 <admin>:
		// sender address must contain a domain": the address to write
		// whole, not another sender to use).
		if stage == StageMail && d.rule != nil && d.rule.first == m.addressFormGroup && !syntaxCode.allow(code, enh) {
			d.kind = KindSenderRejected
			ev.add(", at MAIL FROM (the sender)")
		}
	case KindRecipientUnknown, KindDomainNotFound, KindMailboxDisabled:
		named := f.present.has(m.recipientGroup) && !f.present.has(m.senderGroup)
		if k := enhancedKey(enh); (k == 1007 || k == 1008 || k == 7027) && !named {
			// A sender's code (X.7.27 is RFC 7505's sender domain with a
			// null MX), unless the words name the recipient as such
			// ("Recipient address rejected: Domain not found").
			d.kind = KindSenderRejected
			ev.add(", of the sender (enhanced code ", enh, ")")
		} else if stage == StageMail {
			d.kind = KindSenderRejected
			ev.add(", at MAIL FROM (the sender)")
		} else if f.present.has(m.senderGroup) && !f.present.has(m.recipientGroup) {
			d.kind = KindSenderRejected
			ev.add(", of the sender (", m.evidence[f.term[m.senderGroup]-1], ")")
		}
	}
	return d
}

// tryLater reports whether decision d was made by a term that asks to
// try again later and folded text t says nothing else but vague words
// ("451 4.7.1 Please try again later").
func (m *matcher) tryLater(d decision, t []byte, f *found) bool {
	if d.rule == nil || f.term[d.rule.first] <= 0 {
		return false
	}
	switch term := m.terms[f.term[d.rule.first]-1]; term {
	case "try again later", "try later":
		return onlyWords(t, term)
	}
	return false
}

// invalidWords call an address invalid without saying whether it is
// malformed or does not exist; a code of syntax, or RFC 5321's 553 with no
// enhanced code, says which (syntaxOfAddress).
var invalidWords = []string{"invalid", "not valid", "not a valid", "is not a valid", "invalide", "ungultig", "invalido"}

// syntaxOfAddress reports why rule r, which found an address (of a
// recipient, a sender or a domain) invalid, did so in a reply whose code
// is one of syntax, as the evidence's last part, or "" when it did not:
// an enhanced code of protocol syntax (X.5.1, X.5.2, X.5.4) or of
// destination address syntax (X.1.3, whatever the basic code: "553 5.1.3
// recipient address is invalid"), or the basic code 501 or 555 (syntax
// error in parameters) with no enhanced code or one of the sender's
// address (X.1.7, X.1.8). "501 5.5.4 Invalid TO: Missing domain" is a
// malformed command, "550 5.1.1 Invalid recipient" and "501 5.1.1 Invalid
// recipient" an address that does not exist. With X.1.3 the words may
// still say why the address is invalid: "553 5.1.3 Invalid recipient -
// this address doesn't exist" is an address that does not exist, "553
// 5.1.3 Sender address invalid: domain … does not resolve" the sender's
// (saidnotexist).
//
// RFC 5321's 553 ("mailbox name not allowed (e.g., mailbox syntax
// incorrect)") with no enhanced code is one of syntax for a recipient's
// address named as one ("553 <…> Invalid email address."), not for a user
// or a recipient ("553 Invalid recipient …", "553 invalid addressee", who
// is not there) nor an IP address, and only with no stage or at RCPT TO:
// at MAIL FROM the table's readers took it for the sender's ("553 Invalid
// address specified"), and at AUTH the address is the login's.
func (m *matcher) syntaxOfAddress(r *compiledRule, stage Stage, code int, enh string, t []byte, f *found) string {
	switch r.kind {
	case KindRecipientUnknown, KindSenderRejected, KindDomainNotFound:
	default:
		return ""
	}
	if r.other < 0 || !m.invalidTerms[f.term[r.other]] {
		return ""
	}
	switch k := enhancedKey(enh); {
	case syntaxEnhanced(k), k == 1003 && !f.present.has(m.existGroup):
		return syntaxCodeEvidence
	case k >= 0 && k != 1007 && k != 1008:
		return ""
	}
	switch {
	case syntaxBasic(code):
		return syntaxCodeEvidence
	case code == 0 && enh == "" && stage == "" && r.kind == KindRecipientUnknown && m.programCheckOfForm(r, t, f):
		return programCheckEvidence
	case code != 553 || enh != "" || stage != "" && stage != StageRcpt || r.kind != KindRecipientUnknown ||
		f.present.has(m.recipientGroup) || f.present.has(m.ipGroup):
		return ""
	}
	if t := m.terms[f.term[r.first]-1]; (t == "address" || strings.HasSuffix(t, " address")) && !strings.HasSuffix(t, "ip address") {
		return mailboxName553Evidence
	}
	return ""
}

// programCheckOfForm reports whether rule r, which found an email address
// called invalid in folded text t with no code, found a program's own
// check of an address it was given, in a form's words ("Invalid E-Mail
// Address", "The email address is invalid"): its form, as both readers of
// two rounds labelled it. Not a server's bare "Invalid address" (the
// table's unknown recipient), nor the address of a recipient named as
// one, said not to exist, or reported in a bounce's words ("Hard bounce
// - Invalid email address", "Permanent failure: invalid email address",
// "… (no mailbox here by that name)": bounceContext, read with
// containsAnyOf).
func (m *matcher) programCheckOfForm(r *compiledRule, t []byte, f *found) bool {
	if first := m.terms[f.term[r.first]-1]; first != "email address" && first != "e-mail address" {
		return false
	}
	return !f.present.has(m.recipientGroup) && !f.present.has(m.existGroup) && !containsAnyOf(t, bounceContext)
}

// bounceContext are the words, folded, of a bounce or a mailbox's state
// beside an email address called invalid, which make it a recipient's
// that is not there rather than a program's check of its form.
var bounceContext = []string{"bounce", "permanent failure", "mailbox", "unavailable", "undeliverable", "delivery", "no longer"}

// The evidence's last part when syntaxOfAddress finds an address's form
// at fault.
const (
	syntaxCodeEvidence     = ", with a code of syntax"
	mailboxName553Evidence = ", with 553 (mailbox name not allowed)"
	programCheckEvidence   = ", with no code (a program's check of its form)"
)

// syntaxBasic reports whether basic code code says a command's parameters
// were wrong (RFC 5321's 501; 555, MAIL or RCPT parameters).
func syntaxBasic(code int) bool { return code == 501 || code == 555 }

// syntaxEnhanced reports whether enhanced code key k (enhancedKey) is one
// of protocol syntax: X.5.1 invalid command, X.5.2 syntax error, X.5.4
// invalid command arguments (RFC 3463).
func syntaxEnhanced(k int) bool { return k == 5001 || k == 5002 || k == 5004 }

// closingCode is the reply that closes the session (RFC 5321's 221).
const closingCode = 221

// successEvidence is the evidence of a 2xx or 3xx reply.
const successEvidence = "a success reply (2xx/3xx): not a failure"

// popTemporary reads the RFC 2449/3206 response codes of a POP3 "-ERR"
// reply: [SYS/TEMP] and [IN-USE] are worth retrying, [AUTH] and
// [SYS/PERM] are not, whatever words follow; without one, the words that
// say a wait will do are (temporarily, try again or later, too many
// connections, busy).
func popTemporary(text string) bool {
	// Bytes, not a string: converting a text longer than 32 bytes to a
	// string would allocate.
	var buf [256]byte
	lower := appendLower(buf[:0], text)
	if bytes.Contains(lower, []byte("[auth]")) || bytes.Contains(lower, []byte("[sys/perm]")) {
		return false
	}
	return bytes.Contains(lower, []byte("[sys/temp]")) || bytes.Contains(lower, []byte("[in-use]")) ||
		bytes.Contains(lower, []byte("temporar")) || bytes.Contains(lower, []byte("try again")) ||
		// Too many connections or a busy server (VPOP3's "-ERR Too many
		// connections from your address", Gordano's "-ERR Busy - please
		// try later") pass with a wait.
		bytes.Contains(lower, []byte("try later")) || bytes.Contains(lower, []byte("too many connections")) ||
		bytes.Contains(lower, []byte("busy"))
}

// appendLower appends the ASCII-lowercase form of s to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// onlyWords reports whether the words of folded text t are those of term
// alone: outside its occurrences, t holds no word (hasWord), only codes,
// queue ids, host names, spaces and punctuation ("550 Mail rejected (id
// 7F3A21C04B)", "550 Message rejected by mx2.example.net", "554-Transaction
// failed\r\n554 Transaction failed").
func onlyWords(t []byte, term string) bool {
	start, found := 0, false
	for i := 0; i+len(term) <= len(t); {
		if string(t[i:i+len(term)]) != term {
			i++
			continue
		}
		if hasWord(t[start:i]) {
			return false
		}
		found = true
		i += len(term)
		start = i
	}
	return found && !hasWord(t[start:])
}

// hasWord reports whether UTF-8 text b holds a word that names something:
// a run of letters, digits and inner '.', '-', '_' or '=' with a letter,
// no digit and no inner '.' or '=' in it (not a code, a queue id or a host
// name), other than a vague word (vagueWords).
func hasWord(b []byte) bool {
	word, _ := wordsOf(b)
	return word
}

// wordsOf reports whether UTF-8 text b holds a word that names something
// (hasWord) and, if not, whether it holds a vague word.
func wordsOf(b []byte) (word, vague bool) {
	for i := 0; i < len(b); {
		// A mail address or a URL names no one's cause: passed over as
		// the guess passes over them (nextWord).
		if j := addressAt(b, i); j >= 0 {
			i = j
			continue
		}
		// Nor does a bounce's "(in reply to … command)": it names the
		// stage, which decide reads from it (stageOf).
		if b[i] == '(' {
			if j := inReplyFrame(b[i:]); j > 0 {
				i += j
				continue
			}
		}
		// Nor does Postfix's bounce preamble name its host as a cause
		// ("This is the mail system at host mail.example.org.").
		if b[i] == 't' {
			if j := mailSystemFrame(b[i:]); j > 0 {
				i += j
				continue
			}
		}
		// Skip to the start of a token.
		if r, n := utf8.DecodeRune(b[i:]); !letterOrDigit(r) {
			i += n
			continue
		}
		// The token: letters, digits, and joiners followed by either.
		end, letter, digit, dot := i, false, false, false
	token:
		for end < len(b) {
			r, n := utf8.DecodeRune(b[end:])
			switch {
			case unicode.IsLetter(r):
				letter = true
			case unicode.IsDigit(r):
				digit = true
			case r == '.' || r == '-' || r == '_' || r == '=':
				if next, _ := utf8.DecodeRune(b[end+n:]); !letterOrDigit(next) {
					break token // a joiner that ends the text or joins nothing
				}
				dot = dot || r == '.' || r == '='
			default:
				break token
			}
			end += n
		}
		if letter && !digit && !dot {
			// string(b[i:end]) in each index expression: bound to a
			// variable, the conversion would allocate.
			// "Invalid" of the server's answer is as vague (answerInvalid).
			if !vagueWords[string(b[i:end])] && !(unknownWords[string(b[i:end])] && beforeErrorOrReason(b[end:])) && !answerInvalid(b, i, end) {
				return true, vague
			}
			vague = true
		}
		i = end
	}
	return false, vague
}

// mailSystemFrame returns the length of Postfix's "this is the mail
// system at host NAME" (bounce(8)'s first line) that folded text b starts
// with, the host's name included, or 0.
func mailSystemFrame(b []byte) int {
	const frame = "this is the mail system at host "
	if len(b) < len(frame) || string(b[:len(frame)]) != frame {
		return 0
	}
	end := bytes.IndexByte(b[len(frame):], ' ')
	if end < 0 {
		return len(b)
	}
	return len(frame) + end
}

// inReplyFrame returns the length of the bounce's "(in reply to …
// command)" that folded text b starts with, or 0.
func inReplyFrame(b []byte) int {
	const open = "(in reply to "
	if len(b) < len(open) || string(b[:len(open)]) != open {
		return 0
	}
	return bytes.IndexByte(b, ')') + 1
}

// unknownWords say, before "error" or "reason", that the cause is not
// known ("unknown error", "for unspecified reasons"): then they name no
// cause either.
var unknownWords = setOf("unknown", "unspecified", "unbekannter")

// saysUnknown reports whether folded text t says that its cause is not
// known: one of unknownWords, not after a letter or digit ("(unknown
// error)"), before "error" or "reason".
func saysUnknown(t []byte) bool {
	for w := range unknownWords {
		for i := 0; ; {
			k := bytes.Index(t[i:], []byte(w))
			if k < 0 {
				break
			}
			i += k
			if (i == 0 || !alnum(t[i-1])) && beforeErrorOrReason(t[i+len(w):]) {
				return true
			}
			i += len(w)
		}
	}
	return false
}

// beforeErrorOrReason reports whether the next word of UTF-8 text b is
// "error" or "reason" (or their plurals, or German "Fehler").
func beforeErrorOrReason(b []byte) bool {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '-') {
		b = b[1:]
	}
	end := 0
	for end < len(b) && b[end] >= 'a' && b[end] <= 'z' {
		end++
	}
	switch string(b[:end]) {
	case "error", "errors", "reason", "reasons", "fehler":
		return true
	}
	return false
}

// onlyVague reports whether folded text t holds vague words (vagueWords)
// and no other word: "550 Requested action not taken", not "550 5.1.1
// RESOLVER.ADR.ExRecipNotFound", whose words the guess may weigh.
func onlyVague(t []byte) bool {
	word, vague := wordsOf(t)
	return vague && !word
}

// letterOrDigit reports whether r is a letter or a digit, in any script.
func letterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
