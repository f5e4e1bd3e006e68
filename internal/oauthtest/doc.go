// Package oauthtest is a small OAuth2 authorization server for tests: a
// token endpoint (RFC 6749: client credentials and refresh tokens) and an
// introspection endpoint (RFC 7662) that Dovecot's oauth2 passdb asks, both
// on 127.0.0.1. It issues short-lived random tokens, counts the requests
// for them, and can expire or revoke them on the test's word.
package oauthtest
