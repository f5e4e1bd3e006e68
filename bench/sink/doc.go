// Package sink is an SMTP server that accepts and discards mail and counts
// what it received, for throughput measurements.
//
// It runs in its own process (see bench/cmd/sink) on a loopback address so
// that the clients being measured do not share a Go runtime, a garbage
// collector or an allocation count with the server. It speaks SMTP through
// github.com/emersion/go-smtp, which advertises PIPELINING and 8BITMIME and
// reads commands through a buffered reader, so pipelined clients (RFC 2920)
// are served as such; it offers STARTTLS with a certificate it generates at
// start and writes to a file for the client.
//
// A small HTTP endpoint on loopback is its control channel: GET /stats
// returns the counts as JSON, POST /reset sets them to zero between
// measurements.
//
// Each message's recipients are expected to be of the form r<N>@<domain>;
// the sink records which N it delivered, so a client can tell a missing
// message from a duplicated one.
package sink
