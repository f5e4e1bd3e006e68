// Package transport gives the one judgement of a failed connection to an
// SMTP server: a DNS lookup, a TCP connect, implicit TLS or STARTTLS, the
// certificate, the greeting, EHLO, and whether the server offers what the
// options need (STARTTLS, AUTH and a mechanism). The Sender (mailaction)
// asks it when a send fails at those stages and the doctor (diagnose) asks
// it for every step, so that both give the same kind, the same
// temporariness and the same hints, in the same order, for the same
// failure.
//
// Judge reads the real cause (a *net.DNSError and its IsNotFound, a refused
// connection, the x509 error behind a refused certificate, an SMTP greeting
// where a TLS handshake was expected, a TLS record where a greeting was
// expected, a greeting that never came from a port that speaks TLS), not
// the words of an error string. A mistake in the options that no waiting
// fixes (a host name that does not exist, TLS mode and port that do not
// match, an unknown certificate authority, AUTH not offered) is permanent;
// a refused connection or a DNS server in trouble is temporary.
package transport
