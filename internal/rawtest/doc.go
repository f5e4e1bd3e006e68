// Package rawtest is for tests of what a client does with a server that
// misbehaves below the protocol: one that floods, stays silent, or sends
// bytes of another protocol. Serve runs a function on every connection to
// a listener on 127.0.0.1; Flood writes until the client goes away;
// Allocated measures what a call allocated. Servers that speak SMTP or
// POP3 properly are internal/smtptest and internal/pop3/pop3test.
package rawtest
