// Package errors is taskmail's error taxonomy: it turns SMTP and POP3
// replies and network failures into a typed *Error with a stable Kind,
// tells whether the failure is temporary, and attaches remediation hints
// that take the options actually used into account.
//
// Import it under another name so it does not shadow the standard library:
//
//	import mailerrors "github.com/taskmail/taskmail/errors"
//
//	if errors.Is(err, mailerrors.ErrRelayDenied) { ... }
//
// Sentinels (ErrRelayDenied, ErrAuthRequired, …) match through fmt.Errorf
// wrapping and through go-multierror values. The package imports nothing
// else of taskmail's.
//
// # Kinds
//
// Kinds are stable strings, used in JSON output and metrics:
//
//	kind                 typical reply                                         temporary
//	relay_denied         554 5.7.1 Relay access denied; 550 5.7.54             no, even as 4xx
//	auth_required        530 5.7.0 Authentication required                     no, even as 4xx
//	auth_failed          535 5.7.8 Authentication credentials invalid          by code (454 4.7.0: yes)
//	tls_required         530 5.7.0 Must issue a STARTTLS command first         no, even as 4xx
//	sender_rejected      553 5.7.1 Sender address rejected: not owned by user  by code
//	recipient_unknown    550 5.1.1 User unknown                                by code
//	mailbox_full         452 4.2.2 / 552 5.2.2 over quota                      by code
//	mailbox_disabled     550 5.2.1 account disabled                            by code
//	message_too_large    552 5.3.4 message size exceeds limit                  by code
//	rate_limited         421 4.7.0 too many connections; 452 4.5.3             by code, else yes
//	greylisted           451 4.7.1 greylisted, try again later                 by code, else yes
//	blocked              554 5.7.1 client host blocked using a DNSBL           by code
//	policy_rejected      550 5.7.1 message rejected as spam; 5.7.26 DMARC      by code
//	domain_not_found     550 5.1.2 host unknown; 5.4.4                         by code
//	syntax_error         501 5.1.3 bad address syntax                          by code
//	service_unavailable  421 4.3.2 shutting down; 451 4.3.0 local error        by code, else yes
//	connection_failed    dial refused, DNS failure, connection reset           yes
//	timeout              no reply in time; deadline exceeded                   yes (canceled: no)
//	tls_failed           handshake failed, certificate not trusted             by code, else no
//	pop_failed           POP-before-SMTP login or connection failed            by cause
//	invalid_config       options that cannot work                              no
//	unknown              a reply that fits none of the above                   by code
//
// "By code" means 4xx is temporary and 5xx is not. relay_denied,
// auth_required and tls_required are never temporary: they depend on how
// the client is set up, not on time, and servers do send them as 4xx
// (Postfix's defer_unauth_destination answers "454 4.7.1 <x>: Relay access
// denied"; retrying it only delays the report).
//
// # Classification
//
// Classify reads, in order of trust: plain words that name a cause,
// whatever the codes say ("over quota", "relay access denied", "account
// disabled"; a subject such as mailbox or sender found with a condition
// such as full, disabled or unknown); an enhanced status code (RFC 3463)
// that is specific (5.1.1, 5.7.8, 5.7.54); vague words ("rejected", "access
// denied"); a less specific enhanced code (a bare 5.7.1 is sent for relay
// denial, spam rejection and blocklisting alike); the basic code; and the
// stage the reply answered; and last, a guess from the reply's words
// weighed against the labelled replies of the tests (guess.go), which its
// evidence names as a guess: when nothing decided, a kind with half the
// weight; over the basic code or the stage alone (not before MAIL FROM or
// at AUTH), one with nine tenths. The word groups and rules are data in rules.go,
// compiled once into one index (match.go), so a reply is searched in one
// pass whatever the number of words. Text is folded first: Unicode
// lowercase, Latin accents removed. Every result says what decided in
// Error.Evidence. Replies that name a large provider get that provider's
// documented fix as their first hint (provider.go).
//
// A context.Canceled cause (FromError) is a timeout that is not temporary:
// the caller gave up, and a retry loop must not start again on its own.
//
// # Hints
//
// Every kind has hints, kept in one table in hints.go. Classify attaches
// the generic order; Refine reorders them for the options a send used: a
// relay denial without credentials leads with turning on authentication,
// with credentials it leads with the sender address, and with
// POP-before-SMTP configured it says when the POP3 check last ran. Hints
// never contain secrets.
package errors
