// Package pop3test runs an in-process POP3 server on 127.0.0.1 for tests:
// USER/PASS, APOP, STLS, implicit TLS, CAPA, STAT, LIST, RETR, DELE, NOOP,
// RSET and QUIT, with a hook to replace any reply, drop the connection or
// hold a command. It records every successful login.
package pop3test
