package errors

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Reply
		err  bool
	}{
		{"one line", "554 5.7.1 <a@b.example>: Relay access denied",
			Reply{554, "5.7.1", "<a@b.example>: Relay access denied", []string{"554 5.7.1 <a@b.example>: Relay access denied"}}, false},
		{"CRLF", "530 5.7.0 Must issue a STARTTLS command first\r\n",
			Reply{530, "5.7.0", "Must issue a STARTTLS command first", []string{"530 5.7.0 Must issue a STARTTLS command first"}}, false},
		{"no enhanced code", "550 relay not permitted",
			Reply{550, "", "relay not permitted", []string{"550 relay not permitted"}}, false},
		{"multi-line, enhanced on each line", "550-5.1.1 The email account\r\n550-5.1.1 does not exist.\r\n550 5.1.1 Learn more",
			Reply{550, "5.1.1", "The email account does not exist. Learn more",
				[]string{"550-5.1.1 The email account", "550-5.1.1 does not exist.", "550 5.1.1 Learn more"}}, false},
		{"continuation without enhanced", "550-Please turn on SMTP Authentication\n550 authentication.",
			Reply{550, "", "Please turn on SMTP Authentication authentication.",
				[]string{"550-Please turn on SMTP Authentication", "550 authentication."}}, false},
		{"continuation line without its code", "550-first\nsecond\n550 third",
			Reply{550, "", "first second third", []string{"550-first", "second", "550 third"}}, false},
		{"code only", "421", Reply{421, "", "", []string{"421"}}, false},
		// A server's line in sendmail's transcript, as a bounce quotes it:
		// its code is read without an enhanced code after it as with one,
		// on the first line or after the client's, and the marker is not
		// the reply's text on any line.
		{"a transcript's server line", "<<< 503 No recipients specified",
			Reply{503, "", "No recipients specified", []string{"<<< 503 No recipients specified"}}, false},
		{"a transcript's server line with an enhanced code", "<<< 550 5.1.1 User unknown",
			Reply{550, "5.1.1", "User unknown", []string{"<<< 550 5.1.1 User unknown"}}, false},
		{"a transcript's command the server took, left out of the text", ">>> MAIL From:<a@example.com>\r\n<<< 250 2.1.0 Sender ok\r\n>>> RCPT To:<b@example.org>\r\n<<< 550 5.1.1 User unknown",
			Reply{550, "5.1.1", ">>> RCPT To:<b@example.org> User unknown", []string{">>> MAIL From:<a@example.com>", "<<< 250 2.1.0 Sender ok", ">>> RCPT To:<b@example.org>", "<<< 550 5.1.1 User unknown"}}, false},
		{"a pipeline's commands stay in the text", ">>> MAIL From:<a@example.com>\n>>> RCPT To:<b@example.org>\n>>> DATA\n<<< 250 2.1.0 Sender ok\n<<< 550 5.7.1 Relaying denied",
			Reply{550, "5.7.1", ">>> MAIL From:<a@example.com> >>> RCPT To:<b@example.org> >>> DATA Relaying denied", []string{">>> MAIL From:<a@example.com>", ">>> RCPT To:<b@example.org>", ">>> DATA", "<<< 250 2.1.0 Sender ok", "<<< 550 5.7.1 Relaying denied"}}, false},
		{"a transcript's server line after the client's", ">>> RCPT To:<a@example.com>\r\n<<< 550 Unknown user a@example.com",
			Reply{550, "", ">>> RCPT To:<a@example.com> Unknown user a@example.com", []string{">>> RCPT To:<a@example.com>", "<<< 550 Unknown user a@example.com"}}, false},
		{"a transcript's server lines of one reply", "<<< 550-5.7.1 This message is not\r\n<<< 550 5.7.1 RFC 5322 compliant",
			Reply{550, "5.7.1", "This message is not RFC 5322 compliant", []string{"<<< 550-5.7.1 This message is not", "<<< 550 5.7.1 RFC 5322 compliant"}}, false},
		// A code a client names after "reply:" (async-smtp's), alone or
		// before the server's words; not a port after another colon, nor
		// an address's "noreply:", nor a success.
		{"a code alone after reply:", "Failed to send some messages - Negative SMTP reply: 553",
			Reply{553, "", "Failed to send some messages - Negative SMTP reply: 553", []string{"Failed to send some messages - Negative SMTP reply: 553"}}, false},
		{"a code after reply: before words", "Negative SMTP reply: 553 (sender address rejected)",
			Reply{553, "", "Negative SMTP reply: 553 (sender address rejected)", []string{"Negative SMTP reply: 553 (sender address rejected)"}}, false},
		{"a port after a colon", "Could not connect to mail.example.com port: 554",
			Reply{0, "", "Could not connect to mail.example.com port: 554", []string{"Could not connect to mail.example.com port: 554"}}, true},
		{"an address's noreply:", "From noreply: 550",
			Reply{0, "", "From noreply: 550", []string{"From noreply: 550"}}, true},
		{"a success after reply:", "Last reply: 250.",
			Reply{0, "", "Last reply: 250.", []string{"Last reply: 250."}}, true},
		// Two libraries' frames that give the code without the reply's
		// usual form: JavaMail's refused greeting (its words are
		// JavaMail's), lettre's code in parts with the server's words in
		// its source or message, as a Rust string.
		{"JavaMail's refused greeting", "javax.mail.MessagingException: Could not connect to SMTP host: mx.example.com, port: 25, response: 421",
			Reply{421, "", "", []string{"javax.mail.MessagingException: Could not connect to SMTP host: mx.example.com, port: 25, response: 421"}}, false},
		{"JavaMail with no answer", "Could not connect to SMTP host: mx.example.com, port: 25, response: -1",
			Reply{0, "", "Could not connect to SMTP host: mx.example.com, port: 25, response: -1", []string{"Could not connect to SMTP host: mx.example.com, port: 25, response: -1"}}, true},
		{"lettre's source", `Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }), source: "5.1.1 <a@example.com>: \"User\" unknown\n5.1.1 try again" }`,
			Reply{550, "5.1.1", `<a@example.com>: "User" unknown try again`, []string{`Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }), source: "5.1.1 <a@example.com>: \"User\" unknown\n5.1.1 try again" }`}}, false},
		{"lettre's message", `Transient(Response { code: Code { severity: TransientNegativeCompletion, category: Connections, detail: One }, message: ["4.4.2 Error:", "timeout exceeded"] })`,
			Reply{421, "4.4.2", "Error: timeout exceeded", []string{`Transient(Response { code: Code { severity: TransientNegativeCompletion, category: Connections, detail: One }, message: ["4.4.2 Error:", "timeout exceeded"] })`}}, false},
		{"lettre's code alone", "Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five })",
			Reply{535, "", "", []string{"Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five })"}}, false},
		{"code and enhanced only", "550 5.7.1", Reply{550, "5.7.1", "", []string{"550 5.7.1"}}, false},
		{"qmail trailing enhanced", "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
			Reply{553, "5.7.1", "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
				[]string{"553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"}}, false},
		{"qmail trailing enhanced before a last line of dots", "553-sorry, your envelope sender is in my badmailfrom list (#5.7.1)\r\n553 .",
			Reply{553, "5.7.1", "sorry, your envelope sender is in my badmailfrom list (#5.7.1) .",
				[]string{"553-sorry, your envelope sender is in my badmailfrom list (#5.7.1)", "553 ."}}, false},
		{"bounce preamble", "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown",
			Reply{550, "5.1.1", "<a@example.com>: User unknown",
				[]string{"host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: User unknown"}}, false},
		{"number in text is not a code", "we saw 550 messages today",
			Reply{0, "", "we saw 550 messages today", []string{"we saw 550 messages today"}}, true},
		{"enhanced without basic code", "5.7.1 Relay access denied",
			Reply{0, "5.7.1", "Relay access denied", []string{"5.7.1 Relay access denied"}}, true},
		{"code out of range", "650 nope", Reply{0, "", "650 nope", []string{"650 nope"}}, true},
		{"code glued to text", "550abc", Reply{0, "", "550abc", []string{"550abc"}}, true},
		{"bad enhanced class", "550 3.1.1 x", Reply{550, "", "3.1.1 x", []string{"550 3.1.1 x"}}, false},
		{"enhanced part too long", "550 5.1111.1 x", Reply{550, "", "5.1111.1 x", []string{"550 5.1111.1 x"}}, false},
		{"empty", "", Reply{}, true},
		{"blank lines", "\r\n \n", Reply{}, true},
		{"tab separator", "550\tno", Reply{550, "", "no", []string{"550\tno"}}, false},
		// How client libraries print a reply they were given.
		{"python smtplib tuple", "smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 <a@example.com>... Rejected')}",
			Reply{550, "5.1.1", "<a@example.com>... Rejected", []string{"smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 <a@example.com>... Rejected')}"}}, false},
		{"lettre's error with its code", "permanent error (535): 5.7.8 Username and Password not accepted",
			Reply{535, "5.7.8", "Username and Password not accepted", []string{"permanent error (535): 5.7.8 Username and Password not accepted"}}, false},
		{"lettre's error with its code alone", "permanent error (535)",
			Reply{535, "", "", []string{"permanent error (535)"}}, false},
		{"lettre's transient error", "transient error (454): 4.7.0 Temporary authentication failure",
			Reply{454, "4.7.0", "Temporary authentication failure", []string{"transient error (454): 4.7.0 Temporary authentication failure"}}, false},
		{"python tuple with the sender after", "smtplib.SMTPSenderRefused: (553, b'5.1.8 Domain of sender address does not exist', 'a@example.com')",
			Reply{553, "5.1.8", "Domain of sender address does not exist", []string{"smtplib.SMTPSenderRefused: (553, b'5.1.8 Domain of sender address does not exist', 'a@example.com')"}}, false},
		{"python tuple, text in double quotes", "(452, b\"4.2.2 The user's mailbox is over quota\")",
			Reply{452, "4.2.2", "The user's mailbox is over quota", []string{"(452, b\"4.2.2 The user's mailbox is over quota\")"}}, false},
		{"python tuple, str not bytes", "(421, '4.7.0 Try again later, closing connection.')",
			Reply{421, "4.7.0", "Try again later, closing connection.", []string{"(421, '4.7.0 Try again later, closing connection.')"}}, false},
		{"nodemailer's greeting it could not use", "Invalid greeting. response=421 Service not available, closing transmission channel: 421 Service not available, closing transmission channel",
			Reply{421, "", "Invalid greeting. response=421 Service not available, closing transmission channel: 421 Service not available, closing transmission channel", []string{"Invalid greeting. response=421 Service not available, closing transmission channel: 421 Service not available, closing transmission channel"}}, false},
		// Cisco's (IronPort's) mail log: its own status, then the
		// remote server's code and lines as a tuple of a code and a list.
		{"cisco's bounce log", "Bounced: DCID 8413 MID 19 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table'])",
			Reply{550, "5.1.1", "<bob@example.org>: Recipient address rejected: User unknown in local recipient table", []string{"Bounced: DCID 8413 MID 19 to RID 0 - 5.1.0 - Unknown address error ('550', ['5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table'])"}}, false},
		{"cisco's log, lines of the reply in the list", "Delayed: DCID 5 MID 7 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.7.500 Server busy.', 'Please try again later.'])",
			Reply{451, "4.7.500", "Server busy. Please try again later.", []string{"Delayed: DCID 5 MID 7 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.7.500 Server busy.', 'Please try again later.'])"}}, false},
		{"cisco's log, no lines", "Bounced: DCID 1 MID 2 to RID 0 - 5.3.0 - Other mail system problem ('554', [])",
			Reply{554, "", "Bounced: DCID 1 MID 2 to RID 0 - 5.3.0 - Other mail system problem ('554', [])", []string{"Bounced: DCID 1 MID 2 to RID 0 - 5.3.0 - Other mail system problem ('554', [])"}}, false},
		{"cisco's log, a list's end inside a line", "Delayed: DCID 1 MID 2 to RID 0 - 4.1.0 - Unknown address error ('451', ['4.7.1 Service temporarily unavailable (policy [rbl])'])",
			Reply{451, "4.7.1", "Service temporarily unavailable (policy [rbl])", []string{"Delayed: DCID 1 MID 2 to RID 0 - 4.1.0 - Unknown address error ('451', ['4.7.1 Service temporarily unavailable (policy [rbl])'])"}}, false},
		{"cisco's log, a quote escaped", `Bounced: DCID 1 MID 2 to RID 0 - 5.7.0 - Message blocked ('550', ['5.7.1 Sender\'s IP is on a "block list"'])`,
			Reply{550, "5.7.1", `Sender's IP is on a "block list"`, []string{`Bounced: DCID 1 MID 2 to RID 0 - 5.7.0 - Message blocked ('550', ['5.7.1 Sender\'s IP is on a "block list"'])`}}, false},
		{"cisco's log, each line's enhanced code", "Delayed: DCID 1 MID 2 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.7.500 Server busy.', '4.7.500 Please try again later.'])",
			Reply{451, "4.7.500", "Server busy. Please try again later.", []string{"Delayed: DCID 1 MID 2 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.7.500 Server busy.', '4.7.500 Please try again later.'])"}}, false},
		{"a size after response= is no reply", "response=250 bytes",
			Reply{0, "", "response=250 bytes", []string{"response=250 bytes"}}, true},
		{"an HTTP status after response= is no reply", "Request failed, response=502 Bad Gateway",
			Reply{0, "", "Request failed, response=502 Bad Gateway", []string{"Request failed, response=502 Bad Gateway"}}, true},
		{"a tuple of other numbers is no reply", "(550, 12)", Reply{0, "", "(550, 12)", []string{"(550, 12)"}}, true},
		{".NET: enhanced code after the preamble", "Mailbox unavailable. The server response was: 5.7.1 Unable to relay",
			Reply{0, "5.7.1", "Unable to relay", []string{"Mailbox unavailable. The server response was: 5.7.1 Unable to relay"}}, true},
		{"a version after a colon is no enhanced code", "Exim: 4.94.2 said: 550 no",
			Reply{550, "", "Exim: 4.94.2 said: 550 no", []string{"Exim: 4.94.2 said: 550 no"}}, false},
		{"PHPMailer's layout: its enhanced code read, the line whole", "SMTP server error: RCPT TO command failed Detail: Mailbox full SMTP code: 452 Additional SMTP info: 4.2.2",
			Reply{452, "4.2.2", "SMTP server error: RCPT TO command failed Detail: Mailbox full SMTP code: 452 Additional SMTP info: 4.2.2",
				[]string{"SMTP server error: RCPT TO command failed Detail: Mailbox full SMTP code: 452 Additional SMTP info: 4.2.2"}}, false},
		{"quoted", "\"550 5.1.1 Rejected\"", Reply{550, "5.1.1", "Rejected", []string{"\"550 5.1.1 Rejected\""}}, false},
		{"quoted, several lines", "\"550-5.7.1 first\r\n550 5.7.1 second\"",
			Reply{550, "5.7.1", "first second\"", []string{"\"550-5.7.1 first", "550 5.7.1 second\""}}, false},
		{"a quote before a code at the end", "x\"550", Reply{0, "", "x\"550", []string{"x\"550"}}, true},
		{"a failure code after a colon", "SMTP ERROR: RCPT TO command failed: 550 No such user here",
			Reply{550, "", "SMTP ERROR: RCPT TO command failed: 550 No such user here", []string{"SMTP ERROR: RCPT TO command failed: 550 No such user here"}}, false},
		{"a number after a colon that is no failure", "timeout: 300 seconds",
			Reply{0, "", "timeout: 300 seconds", []string{"timeout: 300 seconds"}}, true},
		{"a count after a colon", "messages today: 550 of them",
			Reply{0, "", "messages today: 550 of them", []string{"messages today: 550 of them"}}, true},
		{"Symfony's code without a message", ".ERROR: Expected response code \"250\" but got code \"501\"",
			Reply{501, "", ".ERROR: Expected response code \"250\" but got code \"501\"", []string{".ERROR: Expected response code \"250\" but got code \"501\""}}, false},
		{"Swift Mailer's code and message", "Expected response code 250 but got code \"530\", with message \"530 5.7.0 Must issue a STARTTLS command first.\"",
			Reply{530, "5.7.0", "Must issue a STARTTLS command first.", []string{"Expected response code 250 but got code \"530\", with message \"530 5.7.0 Must issue a STARTTLS command first.\""}}, false},
		{"PEAR's code and response", "Failed to add recipient: @localhost [SMTP: Invalid response code received from server (code: 501, response: : no local part)]",
			Reply{501, "", "Failed to add recipient: @localhost [SMTP: Invalid response code received from server (code: 501, response: : no local part)]", []string{"Failed to add recipient: @localhost [SMTP: Invalid response code received from server (code: 501, response: : no local part)]"}}, false},
		{"quoted in single quotes", "Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary'",
			Reply{550, "5.2.0", "RESOLVER.ADR.BadPrimary", []string{"Remote Server returned '550 5.2.0 RESOLVER.ADR.BadPrimary'"}}, false},
		{"a code on a later line than a client's words", "Message delivery failed\n534-5.7.14 <https://accounts.google.com/signin>",
			Reply{534, "5.7.14", "Message delivery failed <https://accounts.google.com/signin>", []string{"Message delivery failed", "534-5.7.14 <https://accounts.google.com/signin>"}}, false},
		{"a later line's code with words only", "Sending failed\n535 Denied",
			Reply{535, "", "Sending failed Denied", []string{"Sending failed", "535 Denied"}}, false},
		{"a later line's count is no code", "Could not send all messages\n421 of 1000 messages failed",
			Reply{0, "", "Could not send all messages 421 of 1000 messages failed", []string{"Could not send all messages", "421 of 1000 messages failed"}}, true},
		{"a later line's HTTP status is no code", "Error from Varnish\n503 Backend fetch failed",
			Reply{0, "", "Error from Varnish 503 Backend fetch failed", []string{"Error from Varnish", "503 Backend fetch failed"}}, true},
		{"a structured log's error value", `level=error msg="send failed" err="535 Denied"`,
			Reply{535, "", "Denied", []string{`level=error msg="send failed" err="535 Denied"`}}, false},
		{"a structured log's HTTP status is no code", `level=error error="502 BadGateway"`,
			Reply{0, "", `level=error error="502 BadGateway"`, []string{`level=error error="502 BadGateway"`}}, true},
		{"a key that only ends in err= is no error value", `cmd failed stderr="554 lines"`,
			Reply{0, "", `cmd failed stderr="554 lines"`, []string{`cmd failed stderr="554 lines"`}}, true},
		{"Swift Mailer's transcript of successes, cut to its error", "Unable to connect with TLS encryption Log data: ++ Starting Swift_SmtpTransport << 220 mx.example ESMTP >> STARTTLS << 220 2.0.0 Ready to start TLS !! Unable to connect with TLS encryption (code: 0)",
			Reply{0, "", "Unable to connect with TLS encryption Log data: ++ Starting Swift_SmtpTransport Unable to connect with TLS encryption (code: 0)", []string{"Unable to connect with TLS encryption Log data: ++ Starting Swift_SmtpTransport << 220 mx.example ESMTP >> STARTTLS << 220 2.0.0 Ready to start TLS !! Unable to connect with TLS encryption (code: 0)"}}, true},
		{"a transcript cut to its error keeps no success's enhanced code", "Log data: << 220 mx ESMTP >> STARTTLS !! Expected response code 220 but got code \"250\", with message \"250 2.0.0 Ok\"",
			Reply{0, "", "Log data: Expected response code 220 but got code \"250\", with message \"250 2.0.0 Ok\"", []string{"Log data: << 220 mx ESMTP >> STARTTLS !! Expected response code 220 but got code \"250\", with message \"250 2.0.0 Ok\""}}, true},
		{"a success with no transcript's error stays a success", "Status: << 250 2.1.5 Ok",
			Reply{250, "2.1.5", "Ok", []string{"Status: << 250 2.1.5 Ok"}}, false},
		// Exim's log of a callout keeps the words that name the address
		// it checked (calloutResponse); an enhanced code of another class
		// than the reply's is not taken.
		{"exim's callout log", "sender verify fail for <a@example.org>: response to \"RCPT TO:<a@example.org>\" from mx.example.org [192.0.2.1] was: 550 5.1.1 User unknown",
			Reply{550, "5.1.1", "sender verify fail for <a@example.org>: response to \"RCPT TO:<a@example.org>\" from mx.example.org [192.0.2.1] was: 550 5.1.1 User unknown", []string{"sender verify fail for <a@example.org>: response to \"RCPT TO:<a@example.org>\" from mx.example.org [192.0.2.1] was: 550 5.1.1 User unknown"}}, false},
		{"exim's callout log, an enhanced code of another class", "sender verify fail for <a@example.org>: response to \"RCPT TO:<a@example.org>\" from mx.example.org [192.0.2.1] was: 550 4.1.1 User unknown",
			Reply{550, "", "sender verify fail for <a@example.org>: response to \"RCPT TO:<a@example.org>\" from mx.example.org [192.0.2.1] was: 550 4.1.1 User unknown", []string{"sender verify fail for <a@example.org>: response to \"RCPT TO:<a@example.org>\" from mx.example.org [192.0.2.1] was: 550 4.1.1 User unknown"}}, false},
		// An HTTP status before an API's error name is no reply code
		// (apiStatus); a product's name after a 4xx is no API's.
		{"an API's HTTP status and error name", "400 InvalidToAddress The specified toAddress is wrongly formed.",
			Reply{0, "", "400 InvalidToAddress The specified toAddress is wrongly formed.", []string{"400 InvalidToAddress The specified toAddress is wrongly formed."}}, true},
		{"a product's name after a 4xx", "422 iCloud mailbox does not exist",
			Reply{422, "", "iCloud mailbox does not exist", []string{"422 iCloud mailbox does not exist"}}, false},
		// A program that names the error by its code at the start of the
		// line (errorNamedReply): a colon, a dash or a parenthesis after
		// the code; not an HTTP status, nor a count.
		{"an error named by its code, a colon", "Error 550: You have reached the maximum number of messages per session.",
			Reply{550, "", "You have reached the maximum number of messages per session.", []string{"Error 550: You have reached the maximum number of messages per session."}}, false},
		{"an error named by its code, after SMTP", "SMTP ERROR 450 <a@example.com>: Helo command rejected: Host not found.",
			Reply{450, "", "<a@example.com>: Helo command rejected: Host not found.", []string{"SMTP ERROR 450 <a@example.com>: Helo command rejected: Host not found."}}, false},
		{"an error named by its code, a dash and an enhanced code", "Error 550 - 5.7.1 Relaying not allowed",
			Reply{550, "5.7.1", "Relaying not allowed", []string{"Error 550 - 5.7.1 Relaying not allowed"}}, false},
		{"an error named by its code, a parenthesis", "Error 550 (too many emails per second)",
			Reply{550, "", "(too many emails per second)", []string{"Error 550 (too many emails per second)"}}, false},
		{"an error named by an HTTP status", "Error 400: Bad request",
			Reply{0, "", "Error 400: Bad request", []string{"Error 400: Bad request"}}, true},
		{"an error named by an HTTP server's status", "Error 503: Service Unavailable",
			Reply{0, "", "Error 503: Service Unavailable", []string{"Error 503: Service Unavailable"}}, true},
		{"an error that counts", "Error 500 messages per hour exceeded",
			Reply{0, "", "Error 500 messages per hour exceeded", []string{"Error 500 messages per hour exceeded"}}, true},
		// A DSN's diagnostic without the space after "smtp;".
		{"a DSN's diagnostic without the space", "smtp;451 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#451 [#]",
			Reply{451, "", "smtp;451 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#451 [#]", []string{"smtp;451 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#451 [#]"}}, false},
		// Google's list of its replies, as pages copy it: the code, the
		// enhanced code in quotes, the words (listedReply).
		{"a listed reply", "421, \"4.7.0\", IP not in whitelist for RCPT domain, closing connection.",
			Reply{421, "4.7.0", "IP not in whitelist for RCPT domain, closing connection.", []string{"421, \"4.7.0\", IP not in whitelist for RCPT domain, closing connection."}}, false},
		{"a listed reply in typographic quotes", "454, “4.5.0”, SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.",
			Reply{454, "4.5.0", "SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.", []string{"454, “4.5.0”, SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207."}}, false},
		{"a listed reply, its words quoted", "550, \"5.7.26\", \"Unauthenticated email is not accepted\"",
			Reply{550, "5.7.26", "\"Unauthenticated email is not accepted\"", []string{"550, \"5.7.26\", \"Unauthenticated email is not accepted\""}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.in)
			if (err != nil) != tt.err {
				t.Fatalf("Parse(%q) error = %v, want error %v", tt.in, err, tt.err)
			}
			if err != nil && !errors.Is(err, ErrMalformedReply) {
				t.Errorf("Parse(%q) error %v does not match ErrMalformedReply", tt.in, err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Parse(%q) = %#v, want %#v", tt.in, got, tt.want)
			}
		})
	}
}

// TestClassifyFramedReplies: the codes of a reply a client library printed
// decide as they do in the bare reply, when its words name no cause.
func TestClassifyFramedReplies(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'5.1.1 <a@example.com>... Rejected')}", KindRecipientUnknown, false},
		{"smtplib.SMTPDataError: (452, b'4.2.2 Rejected')", KindMailboxFull, true},
		{"Mailbox unavailable. The server response was: 5.2.2 Rejected", KindMailboxFull, false},
		{"Remote Server returned '421 4.7.0 Rejected'", KindServiceUnavailable, true},
		// JavaMail's exception names the code the server sent after it
		// (the words after it here are a Chinese provider's, mis-decoded).
		{"javax.mail.AuthenticationFailedException: 535 Error: ÇëÊ¹ÓÃÊÚÈ¨ÂëµÇÂ¼¡£ÏêÇéÇë¿´", KindAuthFailed, false},
		{"com.sun.mail.smtp.SMTPSendFailedException: 451 Error: queue file write error", KindServiceUnavailable, true},
		// Cisco's (IronPort's) mail log: the tuple's code decides whether
		// it will pass, and its lines, or Cisco's words, the kind.
		{"Bounced: DCID 1 MID 2 to RID 0 - 5.3.0 - Other mail system problem ('554', [])", KindUnknown, false},
		{"Delayed: DCID 51749 MID 2627789 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.7.500 Server busy. Please try again later from [192.0.2.1].'])", KindServiceUnavailable, true},
		// Cisco's "000" is no reply: its words decide, a timeout
		// (temporary, as the kind is without a code).
		{"Bounced: DCID 1 MID 2 to RID 0 - 5.4.7 - Delivery expired (message too old) ('000', [])", KindTimeout, true},
		{"Bounced: DCID 3 MID 4 to RID 0 - 5.1.0 - Unknown address error ('550', [])", KindRecipientUnknown, false},
		// Its words alone would make these permanent: the tuple's 4xx
		// code says they will pass.
		{"Delayed: DCID 3 MID 4 to RID 0 - 4.1.0 - Unknown address error ('451', [])", KindRecipientUnknown, true},
		{"Delayed: DCID 1 MID 2 to RID 0 - 4.1.0 - Unknown address error ('451', ['4.7.1 Service temporarily unavailable (policy [rbl])'])", KindBlocked, true},
	})
}

// TestFramesKeepTheCause: reading a reply's frame must not lose the words
// that name its cause, nor take a number, a port, an HTTP status, a
// version, a file name or a quoted success for the reply (cases that once
// went wrong).
func TestFramesKeepTheCause(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// PHPMailer: "Detail: WORDS SMTP code: N Additional SMTP info: E".
		{"SMTP server error: RCPT TO command failed Detail: Mailbox full SMTP code: 452 Additional SMTP info: 4.2.2", KindMailboxFull, true},
		{"SMTP server error: MAIL FROM command failed Detail: Access denied - Invalid HELO name (See RFC2821 4.1.3) SMTP code: 550 Additional SMTP info: 5.7.1", KindBlocked, false},
		{"SMTP server error: RCPT TO command failed Detail: Relay access denied SMTP code: 554 Additional SMTP info: 5.7.1", KindRelayDenied, false},
		// Text after a client's words starts in upper case; a bounce's
		// reply may not.
		{"Sending quota error: 500 messages per hour exceeded", KindRateLimited, true},
		// HTTP statuses in nginx's and others' words.
		{"Request failed: 503 Service Temporarily Unavailable", KindServiceUnavailable, true},
		{"HTTP request failed: 504 Gateway Time-out", KindTimeout, true},
		{"Webhook response: 500 Server Error", KindServiceUnavailable, true},
		// An address or a version before a reply is no enhanced code.
		{"host mx[5.6.7.8] said: 452 Mailbox full", KindMailboxFull, true},
		// Numbers after a colon that are no reply code.
		{"Failed to connect to server port: 587 Connection timed out", KindTimeout, true},
		{"Quota: 500 Megabytes exceeded", KindMailboxFull, false},
		// A success quoted beside a failure does not make it a success.
		{"RCPT TO rejected with 550 User unknown; server greeting was \"220 mx.example.com ESMTP\"", KindRecipientUnknown, false},
		// A file name and a size in quotes are no replies.
		{"Cannot open '500-errors.log'", KindServiceUnavailable, true},
		{"Attachment too large: \"550 KB\"", KindMessageTooLarge, false},
		// A server's reply that names a connection it could not open to
		// its own backend is the server's trouble.
		{"451 4.3.0 Temporary lookup failure: unable to connect to LDAP server", KindServiceUnavailable, true},
		{"451 4.3.0 Could not connect to database", KindServiceUnavailable, true},
		// HTTP statuses after a colon or in quotes are no SMTP replies.
		{"Request failed: 502 Bad Gateway", KindUnknown, false},
		{"API error: 503 Service Unavailable", KindServiceUnavailable, true},
		{"HTTP error: 504 Gateway Timeout", KindTimeout, true},
		// Swift Mailer keeps the reply's CRLF before its closing quote.
		{"Expected response code 250 but got code \"550\", with message \"550 5.1.1 Rejected\r\n\"", KindRecipientUnknown, false},
		// A blank line after a quoted file name is no second line of a reply.
		{"Cannot open \"550-archive.zip\"\n\n", KindServiceUnavailable, true},
		// A DSN's and Exim's words before a code without an enhanced one.
		{"Diagnostic-Code: smtp; 450 Requested mail action not taken: mailbox unavailable", KindServiceUnavailable, true},
		{"SMTP error from remote mail server after RCPT TO:<a@example.com>: 450 Requested mail action not taken: mailbox unavailable", KindServiceUnavailable, true},
		{"host mx.example.com said: 550 sorry, no mailbox here by that name (#5.1.1)", KindRecipientUnknown, false},
		// A success read before a failure on the same line does not win.
		{"MAIL FROM accepted: 250 2.1.0 Ok, RCPT TO failed: 550 5.1.1 User unknown", KindRecipientUnknown, false},
	})
}

// TestSendFrameKeepsTheCode: a program's frame of the send itself
// ("Failed to send email:", "Unable to send mail:") stands before the
// server's reply as "…Exception:" or "error:" do, and the reply's code
// is read after it, in lower case too unless what follows the number is
// a count of things ("send failed: 500 messages …"); after the general
// words ("error:", "failed:") the reply must start in upper case ("error:
// 500 msgs/day" stays a count). A case with no kind is about the code
// alone: what the words of a count decide is other tests' concern.
func TestSendFrameKeepsTheCode(t *testing.T) {
	for _, c := range []struct {
		in   string
		code int
		kind Kind
	}{
		{"Failed to send email: 503 You already said HELO", 503, KindSyntaxError},
		{"Failed to send email: 450 Rspamd scan error", 450, KindServiceUnavailable},
		{"Unable to send mail: 502 Unsupported command", 502, KindSyntaxError},
		{"Error sending message: 555 Missing envelope", 555, KindSyntaxError},
		{"Sending failed: 503 only RSET accepted now", 503, KindSyntaxError},
		{"sending SMTP RCPT TO command: 550 user unknown", 550, KindRecipientUnknown},
		// Exim's MAIL FROM with its SIZE parameter before the reply.
		{"SMTP error from remote mail server after MAIL FROM:<someone@example.com> SIZE=1234: 550 Sender rejected", 550, KindSenderRejected},
		// What must stay as it was.
		{"error: 500 messages per hour exceeded", 0, KindRateLimited},
		{"Sending quota error: 500 messages per hour exceeded", 0, KindRateLimited},
		{"Request failed: 502 Bad Gateway", 0, KindUnknown},
		// After the general words ("error:", "failed:") a reply must start
		// in upper case: counts in other words and languages follow them
		// in lower case (a review found these read as replies).
		{"error: 500 msgs/day", 0, ""},
		{"failed: 500 destinatarios por mensaje", 0, ""},
		{"Failed to send email: 552 5.2.2 Mailbox full", 552, KindMailboxFull},
	} {
		r, _ := Parse(c.in)
		e := Classify("", c.in)
		if r.Code != c.code || c.kind != "" && e.Kind != c.kind {
			t.Errorf("%q: code %d, kind %s (%s); want code %d, kind %s", c.in, r.Code, e.Kind, e.Evidence, c.code, c.kind)
		}
	}
}

// TestParseLogFields reads sendmail's log field of the reply ("stat=550
// 5.1.1 …") as the reply alone, after a comma or a space, with its
// enhanced code of the same class after a space or a hyphen; not a field
// whose name only ends in "stat", nor an enhanced code of another class.
// nodemailer's "response=" field, whose reply it repeats after a colon,
// is read from the reply it repeats.
func TestParseLogFields(t *testing.T) {
	checkParsed(t, []parsedCase{
		{"to=<someone@example.com>, delay=00:00:01, mailer=esmtp, dsn=5.1.1, stat=550 5.1.1 <someone@example.com>... No such mailbox here", 550, "5.1.1", "<someone@example.com>... No such mailbox here"},
		{"relay: PermFail for someone@example.com, delay=0s, stat=550 Invalid recipient", 550, "", "Invalid recipient"},
		{"stat=550-5.1.1 <someone@example.com>... User unknown", 550, "5.1.1", "<someone@example.com>... User unknown"},
		{"stat=550 5.1.1 http://support.google.com/mail/bin/answer.py?answer=6596 gf9si1561564wib.42 - gsmtp", 550, "5.1.1", "http://support.google.com/mail/bin/answer.py?answer=6596 gf9si1561564wib.42 - gsmtp"},
		{"Could not reset session state. response=503 5.5.1 Bad sequence of commands: 503 5.5.1 Bad sequence of commands", 503, "5.5.1", "Bad sequence of commands"},
		// No code: a field whose name only ends in "stat", an enhanced
		// code of another class, a colon for the field's "=".
		{"xstat=550 5.1.1 <someone@example.com>... User unknown", 0, "", "xstat=550 5.1.1 <someone@example.com>... User unknown"},
		{"stat=550 4.2.1 try later", 0, "", "stat=550 4.2.1 try later"},
		{"stat: 550 sorry, no mailbox here by that name", 0, "", "stat: 550 sorry, no mailbox here by that name"},
	})
}

// parsedCase is what Parse reads from a reply: its code, enhanced code
// and text.
type parsedCase struct {
	in   string
	code int
	enh  string
	text string
}

// checkParsed holds Parse to each case's code, enhanced code and text.
func checkParsed(t *testing.T, cases []parsedCase) {
	t.Helper()
	for _, c := range cases {
		r, _ := Parse(c.in)
		if r.Code != c.code || r.Enhanced != c.enh || r.Text != c.text {
			t.Errorf("Parse(%q) = %d %q %q, want %d %q %q", c.in, r.Code, r.Enhanced, r.Text, c.code, c.enh, c.text)
		}
	}
}

// TestDotnetWordsNameTheCode reads the reply code from the words .NET's
// SmtpException writes for it before "The server response was: ", as .NET
// drops the code from the reply it quotes; "Mailbox unavailable." names
// none, as .NET writes it for 450 and 550 alike, nor "Syntax error,
// command unrecognized.", which it writes for 500 and every code it does
// not list (Microsoft 365's 432).
func TestDotnetWordsNameTheCode(t *testing.T) {
	checkParsed(t, []parsedCase{
		{"Transaction failed. The server response was: 5.7.1 Relay access denied", 554, "5.7.1", "Relay access denied"},
		{"Insufficient system storage. The server response was: Mailbox full", 452, "", "Mailbox full"},
		{"Syntax error, command unrecognized. The server response was: 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded", 0, "4.3.2", "STOREDRV.ClientSubmit; sender thread limit exceeded"},
		{"The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required. Learn more at", 530, "5.7.0", "Authentication Required. Learn more at"},
		{"Mailbox unavailable. The server response was: 5.7.1 Unable to relay", 0, "5.7.1", "Unable to relay"},
		{"Could not send. The server response was: Error458 block", 0, "", "Error458 block"},
		// .NET's words start a word: a program's own longer word names
		// no code.
		{"SMTPTransaction failed. The server response was: 5.7.1 Relay access denied", 0, "5.7.1", "Relay access denied"},
	})
	// A server's refusal that .NET quotes is the server's, not a check of
	// the program's settings (which are read only without a code).
	for _, in := range []string{
		"Transaction failed. The server response was: no recipients specified",
		"Transaction failed. The server response was: No sender address",
	} {
		if e := Classify("", in); e.Kind == KindInvalidConfig {
			t.Errorf("Classify(%q) = %s (%s), want a server's refusal", in, e.Kind, e.Evidence)
		}
	}
	for _, in := range []string{
		"Insufficient system storage. The server response was: Mailbox full",
		"Syntax error, command unrecognized. The server response was: 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded",
	} {
		if e := Classify("", in); !e.Temporary {
			t.Errorf("Classify(%q) = %s (%s), permanent, want temporary", in, e.Kind, e.Evidence)
		}
	}
	// Each of .NET's wordings names its code, and the table's replies that
	// .NET wrote hold them as .NET writes them: 11 of the 13 are there.
	seen := map[int]bool{}
	for _, s := range dotnetStatus {
		if r, _ := Parse(s.words + " The server response was: Requested action not taken"); r.Code != s.code {
			t.Errorf("%q names code %d, want %d", s.words, r.Code, s.code)
		}
		for _, row := range table {
			if strings.Contains(row.reply, s.words+" The server response was: ") {
				seen[s.code] = true
			}
		}
	}
	if len(seen) < 11 {
		t.Errorf("the table holds %d of .NET's wordings as .NET writes them, want 11", len(seen))
	}
}

// A reading of the round from 3990af4: .NET's words name the code on a
// later line too, a sendmail field that holds an HTTP status is no SMTP
// reply, and a command's frame before a bare code leaves the login's
// failure to its words.
func TestRoundFrom3990af4Reading(t *testing.T) {
	checkParsed(t, []parsedCase{
		{"Unhandled exception.\r\nSystem.Net.Mail.SmtpException: Transaction failed. The server response was: no recipients specified", 554, "", "no recipients specified"},
		{"2023-07-10 05:11:31 ERROR Failed to send notification\r\nSystem.Net.Mail.SmtpException: Insufficient system storage. The server response was: Mailbox full", 452, "", "Mailbox full"},
		{"upstream stat=503 Service Unavailable", 0, "", "upstream stat=503 Service Unavailable"},
		{"stat=500 Internal Server Error", 0, "", "stat=500 Internal Server Error"},
		// Not .NET's: the marker's "was:" follows other words.
		{"Transaction failed. The server response follows. SMTP server response was: 5.7.1 Relay access denied", 0, "5.7.1", "Relay access denied"},
	})
	checkKinds(t, []kindCase{
		{"", "AUTH command failed: 535", KindAuthFailed},
		{"", "SMTP ERROR: AUTH command failed: 535", KindAuthFailed},
		{"", "SMTP Error: Authentication is required. Please check your mail configuration.", KindAuthRequired},
		{"", "Recipient domain has no valid MX, check your mail configuration", KindDomainNotFound},
	})
}
