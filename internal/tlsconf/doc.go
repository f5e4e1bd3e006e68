// Package tlsconf builds the TLS client configuration for the SMTP server
// and the POP-before-SMTP server from config.SMTP.
//
// A sender and the doctor that checks its options must trust the same
// certificates and expect the same names, or the doctor would pass a server
// the sender refuses; both ask SMTP and POP.
//
// The configuration starts from a caller's base (its RootCAs, client
// certificates and the like are kept), names the server (TLSServerName, else
// Host), adds the certificates of CAFile to the trusted ones (the base's
// RootCAs, else the system's), honours InsecureSkipVerify, and asks for at
// least TLS 1.2 unless the base says otherwise.
package tlsconf
