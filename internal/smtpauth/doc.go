// Package smtpauth chooses the SMTP AUTH mechanism a client uses and builds
// the client's implementation of it.
//
// A sender and the doctor that checks its options must authenticate the
// same way, or the doctor would test a login the sender never makes; both
// ask Wanted, Choose and New.
//
// With the mechanism set to auto, the choice is the strongest one the
// server offers that the credentials can use: SCRAM-SHA-256, then CRAM-MD5
// (challenge-response: the password never crosses the wire), then PLAIN,
// then LOGIN. XOAUTH2 is chosen only when asked for, or when a token and no
// password is set, since it needs a token rather than a password.
package smtpauth
