// Package realservers tells integration tests where the real Postfix and
// Dovecot are: scripts/test starts them on 127.0.0.1 and exports their
// addresses in TASKMAIL_TEST_* environment variables (see scripts/mta/up.sh
// for the ports, users and policies).
//
// Get skips the test with one line when the variables are absent, so that
// `go test ./...` works on a machine without the servers; when the CI
// environment variable is set, a missing server fails the test instead.
package realservers
