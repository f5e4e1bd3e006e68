// Package pop3 is a small POP3 client (RFC 1939, RFC 2449 CAPA, RFC 2595
// STLS, RFC 8314 POP3S), just enough for POP-before-SMTP and for reading a
// delivered message back in tests: USER/PASS, APOP when the greeting offers
// a timestamp, STLS, implicit TLS, CAPA, STAT, LIST, RETR, DELE and QUIT.
//
// Login runs the whole POP-before-SMTP session (connect, STLS or implicit
// TLS, the refusal to send a password in clear text, APOP or USER/PASS,
// STAT, QUIT), so that a sender and the doctor that checks its options log
// in the same way.
//
// There is no maintained Go POP3 client on the module proxy, hence this
// small one, written with net, crypto/tls and net/textproto.
//
// Every method takes a context.Context that governs its I/O: the context's
// deadline becomes the connection's deadline, and a cancelled context
// interrupts a blocked read or write. After a network failure or a
// cancellation the Client is unusable and every further call returns the
// same error; a -ERR reply leaves it usable.
//
// Every error is a *errors.Error (package github.com/taskmail/taskmail/errors)
// of kind pop_failed at stage pop. Its Text holds the server's words from a
// -ERR reply, and it wraps the cause: a *ReplyError for a -ERR reply, or the
// network, TLS or context error, so that errors.Is(err, context.Canceled) or
// errors.Is(err, syscall.ECONNREFUSED) still work. Passwords never appear in
// errors.
package pop3
