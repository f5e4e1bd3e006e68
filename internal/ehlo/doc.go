// Package ehlo chooses the name a client gives in EHLO.
//
// A sender and the doctor that checks its options must greet a server with
// the same name, or the doctor would test a session the sender never has;
// both ask Name.
//
// The choice, in order: the configured name; else this machine's host name
// when it is fully qualified (has a dot in it); else the address literal of
// the local end of the connection ("[192.0.2.1]", "[IPv6:2001:db8::1]",
// RFC 5321 section 4.1.3), which servers that insist on a qualified name
// accept where a bare "localhost" would be refused (RFC 5321 section
// 4.1.4); else "localhost".
package ehlo
