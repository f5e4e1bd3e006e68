// Package throughput measures how fast SMTP clients hand small messages to
// a server: taskmail's Sender next to go-mail, net/smtp and a raw client
// that pipelines MAIL/RCPT/DATA (RFC 2920) or MAIL/RCPT/BDAT with the
// message (RFC 3030), all against the same sink in a separate process on
// loopback, with the same messages, in one run.
//
// Run prints one table per transport (plain text and STARTTLS) with
// messages per second, the ratio to go-mail with its default options,
// allocations per message in this process, and the sink's socket reads per
// message (about the number of round trips). Every row must deliver every
// message exactly once: the sink counts what it received by recipient, and
// a row that loses or repeats a message fails the run. The throughput
// targets are reported as PASS or MISS and never fail the run, since timing
// on a shared machine is noisy.
//
// The scripts/bench program runs it through bench/cmd/throughput.
package throughput
