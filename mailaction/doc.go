// Package mailaction sends email: a Message built from plain fields, sent
// through one SMTP server described by a config.SMTP, with every failure
// returned as a typed *errors.Error (see package errors) that says what
// the server said, at which step, and what to change.
//
// SendEmail sends one message on a connection of its own. A Sender sends
// many: it is safe for concurrent use and keeps a small pool of
// connections (Pool.MaxConns, default 5), each retired after
// Pool.MaxMessages messages or Pool.IdleTimeout idle, and it sends no
// command that adds nothing (no NOOP before a message, no RSET after a
// delivered one). When the server offers PIPELINING (RFC 2920), MAIL FROM,
// every RCPT TO and DATA go in one write; when it also offers CHUNKING
// (RFC 3030), MAIL FROM, every RCPT TO, BDAT and a message of up to 3 KiB
// go in one write: one round trip per message; a larger message follows
// the replies to MAIL and RCPT, as with DATA, but without dot-stuffing.
// The message is encoded once per Send and written to the connection as
// it is, never copied for DATA; an attachment read from a file is
// streamed. Each reply is still mapped to its command, so a refused
// recipient comes back as its own error.
// Pool.RateLimit caps messages per Pool.RateInterval for providers that
// throttle.
//
// The options say how to connect: TLS mode (STARTTLS required by
// default; opportunistic, implicit or none when asked), certificate
// checks, AUTH (auto picks the strongest mechanism the server offers, and
// credentials never go over a connection without TLS unless
// AllowInsecureAuth says so), the EHLO name, and an envelope sender
// separate from the From header.
//
// With config.DKIM set, every message is signed (RFC 6376; RSA or
// Ed25519) once per Send, before the first attempt. With Delivery direct
// there is no relay: each recipient domain's MX hosts are looked up
// (WithResolver) and the message goes to the first that answers, on port
// 25, without AUTH; Result.MX says which took it.
//
// Temporary failures (4xx replies, lost connections, timeouts) are
// retried with exponential backoff as config.Retry says, at least
// GreylistDelay after greylisting; relay, auth and TLS refusals and other
// permanent failures are returned at once. Result.Attempts says how many
// attempts were made. Under the best-effort recipient policy only the
// recipients that failed temporarily are retried: nobody gets a message
// twice once the server has confirmed it. The one exception is a
// connection lost after the whole message went out and before the
// server's reply: RFC 5321 leaves delivery unknown then, and the message
// is sent again (see Sender.Send).
//
// A failure before the mail transaction (DNS, connect, TLS and the
// certificate, the greeting, EHLO, STARTTLS or AUTH not offered) gets the
// same judgement the doctor (package diagnose) gives: the same kind and
// hints, from its real cause. Mistakes in the options (a host name that
// does not exist, a TLS mode that does not match the port, a certificate
// from an unknown authority, AUTH offered only after STARTTLS with TLS
// off) are permanent and returned after one attempt, with the fix first.
// A greeting that never comes is followed by one TLS handshake on a fresh
// connection to tell a port that expects implicit TLS.
//
// A message with a line break in a header value or an address (header
// injection) is refused with kind syntax_error before anything is sent;
// so is an address that does not parse. A missing attachment file is
// kind invalid_config.
//
// The context bounds the whole call: dialling, every command, and the
// waits between attempts.
//
// A Notifier mails the failures of tasks: Notify returns at once and the
// mail goes out in the background through a Mailer (a Sender); Wrap wraps
// a task so that its error or panic goes to Notify and its success to
// Succeeded. It does not flood: repeats of the same failure within
// FoldWindow become one "still failing (N more times)" mail, at most
// RateLimit mails go out per RateInterval with the rest in one digest,
// and a task that recovers gets one "fixed" mail. Without a spool folder,
// failures not yet mailed live in memory only and are lost if the process
// dies; with one (config.Notifier.Spool) each is on disk before Notify
// returns (concurrent calls share one fsync) and is marked done only once
// the server accepted a mail covering it, so delivery is at least once
// and a restarted process sends what was left.
package mailaction
