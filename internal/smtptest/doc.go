// Package smtptest runs an SMTP server in the same process, on
// 127.0.0.1:0, that behaves like a relay-protected Postfix: it speaks the
// real protocol (it is built on github.com/emersion/go-smtp), answers with
// Postfix's wording, and can be told to refuse, fail or stall at any stage.
// The tests of the sending code, the notifier and the doctor use it, and so
// does `taskmail demo`; it does not import package testing.
//
//	srv, err := smtptest.Start(smtptest.Config{Domains: []string{"local.test"}})
//	...
//	defer srv.Close()
//	// send to srv.Addr(), then look at srv.Messages() or the error's reply
//
// # Policy
//
// The zero Config accepts any mail in plain text. Each field adds one of the
// checks of a real server, with the reply Postfix gives:
//
//	Domains      554 5.7.1 <rcpt>: Relay access denied            (RCPT, outside Domains, no AUTH)
//	Mailboxes    550 5.1.1 <rcpt>: Recipient address rejected: User unknown in virtual mailbox table
//	Users        535 5.7.8 Error: authentication failed: authentication failure
//	             535 5.7.8 Error: authentication failed: Invalid authentication mechanism
//	RequireAuth  530 5.7.0 Authentication required                (MAIL)
//	RequireTLS   530 5.7.0 Must issue a STARTTLS command first    (MAIL, AUTH)
//	SenderLogin  553 5.7.1 <from>: Sender address rejected: not owned by user <user>
//	             (at RCPT, as with Postfix's default smtpd_delay_reject; at MAIL with SenderRejectAtMail)
//	MaxSize      552 5.3.4 Message size exceeds fixed limit       (MAIL ... SIZE=n)
//	             552 5.3.4 Error: message file too big            (after the message)
//	Greylist     451 4.7.1 <rcpt>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/<domain>.html
//
// At RCPT the checks run in Postfix's order: sender ownership, relaying,
// the mailbox table, then greylisting (a policy service). Greylisting counts
// attempts per (sender, recipient).
//
// AUTH offers PLAIN and LOGIN (AuthMechs narrows that). When the server
// offers STARTTLS, AUTH is offered and accepted only after it, as with
// Postfix's smtpd_tls_auth_only = yes; AllowInsecureAuth lifts that. A
// server without TLS offers AUTH in plain text, like Postfix's default.
//
// go-smtp's own replies to protocol errors are reworded to Postfix's
// ("503 5.5.1 Error: need MAIL command", "250 2.1.5 Ok", "235 2.7.0
// Authentication successful", ...), so that code under test meets what a
// real server says.
//
// # Rules and faults
//
// A Rule replaces the reply at a stage. Match is a case-insensitive
// substring of: the client's address ("127.0.0.1:port") at the greeting, the
// EHLO or HELO name, the AUTH user name, the MAIL FROM address, the RCPT TO address,
// and at data the sender, the recipients and the message text. A 2xx rule
// accepts the command with the rule's words; a 4xx or 5xx refuses it; a 421
// also closes the connection. A 4xx/5xx greeting leaves the client talking
// to a server that answers every command with 503 until QUIT. Rules at
// EHLO only refuse (a 2xx EHLO rule is ignored). Times limits how many
// matching commands a rule answers; SetRules and SetFaults replace them
// while the server runs, and Reset restarts the counts.
//
// A Fault breaks the connection at a stage: FaultDrop closes it without a
// reply, Fault421 says "421 4.3.2 Service shutting down" and closes it,
// FaultStall says nothing for Delay and then goes on normally (Delay 0:
// until Close). Fault421KeepOpen says the same 421 but keeps the
// connection open and goes on answering (after a 421 greeting, 503 to
// every command until QUIT), for tests that a client does not reuse a
// connection after a 421. At the data stage a fault happens after the
// whole message was read, in place of the reply to its final ".". EHLO
// rules and faults apply to HELO as well, and to the EHLO that follows
// STARTTLS.
//
// The failures a sending client has to survive map onto them like this:
//
//	drop after the greeting     Fault{Stage: StageEHLO, Kind: FaultDrop}
//	drop after DATA             Fault{Stage: StageData, Kind: FaultDrop}
//	421 in mid-session          Fault{Stage: StageRcpt, Kind: Fault421}
//	421, connection left open   Fault{Stage: StageRcpt, Kind: Fault421KeepOpen}
//	no reply (timeout)          Fault{Stage: StageMail, Kind: FaultStall}
//	greylisted, then accepted   Config{Greylist: 1}
//	too many connections        Rule{Stage: StageGreeting, Reply: Reply{421, "4.7.0", "Too many connections"}}
//
// # TLS
//
// Start makes a self-signed ECDSA P-256 certificate for 127.0.0.1, ::1 and
// localhost; CertPool (or TLSConfig) trusts it. StartTLS offers STARTTLS,
// Implicit speaks TLS from the first byte. BadCertificate serves one a
// client must refuse: for another name, expired, or not the one CertPool
// trusts.
//
// # How it is built
//
// go-smtp runs the sessions; a session type applies the policy at AUTH,
// MAIL, RCPT and DATA. go-smtp has no hook for the greeting, the EHLO reply
// or its own wording, and a command log needs the commands in clear text,
// so each connection is wrapped in a net.Conn that sits between the client
// and go-smtp, above TLS: it hands go-smtp one command line per Read, logs
// it, answers some itself (refused EHLO, STARTTLS), and rewrites go-smtp's
// reply lines on the way out (greeting, capabilities, wording, Latency).
// It does STARTTLS and implicit TLS itself for that reason, so go-smtp
// believes every connection is plain text and the session asks the wrapper
// whether TLS is on.
//
// Pipelining (RFC 2920) works: go-smtp advertises PIPELINING and reads the
// commands one after the other from a buffer, and the wrapper only hands it
// the next line once it has answered the ones before, so replies come back
// in order even when the wrapper writes some of them itself.
// DisablePipelining leaves PIPELINING out of EHLO (the server still copes
// with a client that pipelines anyway). REQUIRETLS is not offered, and
// SMTPUTF8 only with Config.SMTPUTF8. CHUNKING is advertised by go-smtp and BDAT works, though the
// clients under test do not use it.
//
// Latency is added before every reply, including the greeting, one per
// reply however many lines it has. Commands and CommandCount give the
// commands the server read (AUTH data redacted, SASL responses and message
// bodies left out), so that tests can count round trips such as NOOP and
// RSET.
//
// Close closes the listener and every connection, stalled ones included,
// and returns without waiting for clients.
package smtptest
