// Package taskmailtest runs a fake SMTP server for the tests of code that
// sends mail with taskmail, as net/http/httptest does for HTTP. The server
// listens on 127.0.0.1:0 in the test's own process and behaves like a
// relay-protected Postfix: mail to its local Domains is delivered, mail to
// other domains gets "554 5.7.1 <rcpt>: Relay access denied" unless the
// client logged in, and it answers with Postfix's wording, so that the
// errors, kinds and hints your code sees are the ones a real server would
// give.
//
//	srv := taskmailtest.NewServer(t, taskmailtest.Config{Domains: []string{"example.org"}})
//	sender, err := mailaction.NewSender(srv.SMTP(), srv.Options()...)
//	// ... run the code under test with sender ...
//	for _, m := range srv.Messages() { ... m.From, m.To, m.AuthUser, taskmailtest.ReadMessage(m) ... }
//
// # What it can do
//
// Config turns on a real server's checks one at a time: Domains and
// Mailboxes (relaying, unknown users), Users (AUTH PLAIN and LOGIN),
// RequireAuth, StartTLS and RequireTLS (with a throwaway certificate that
// srv.Options trusts), Implicit TLS, SenderLogin (the From must be the
// logged-in user), MaxSize and Greylist. Rules replace the reply at a
// stage, for every command or those matching an address; Faults break the
// connection (FaultDrop, Fault421, FaultStall). SetRules and SetFaults
// change them while the server runs.
//
// What the server received: Messages (envelope, raw data, EHLO name, AUTH
// identity, TLS), ReadMessage for the headers and body of one, WaitMessages
// to wait for mail sent in the background (a Notifier's), Commands and
// CommandCount for the commands it read (AUTH data redacted).
//
// The server is the one taskmail's own tests run against; its behaviour is
// described in full in the doc of its Config's fields and of Rule and
// Fault.
package taskmailtest
