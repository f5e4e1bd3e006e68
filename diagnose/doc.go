// Package diagnose checks an SMTP server and a configuration step by step,
// the way a support page's troubleshooting list does by hand, and says for
// each step what it saw and what to change. It is the library behind
// "taskmail doctor".
//
// Run walks these steps, stopping where later ones make no sense:
//
//  1. options: config.SMTP.Validate findings, and port/TLS combinations
//     that usually fail or are unsafe (port 25, insecure_skip_verify);
//  2. dns and mx: the server's addresses; the MX records of the sender's
//     and the recipient's domains, and whether the recipient is local to
//     this server (reserved example domains are never looked up);
//  3. pop: the POP-before-SMTP login, when configured; it runs before the
//     SMTP session, as a sender does it (the same sequence, rules and pause
//     after the login), because servers read their list of POP clients
//     when a session starts; options that forbid the login are not tried;
//  4. connect and greeting: each address in turn; a 421 or 554 greeting is
//     reported with its kind;
//  5. ehlo: the configured name (when refused, it is retried with this
//     machine's name to show whether the name is the cause), and the
//     capabilities: STARTTLS, AUTH, SIZE, PIPELINING, 8BITMIME, SMTPUTF8,
//     ENHANCEDSTATUSCODES;
//  6. tls: STARTTLS or implicit TLS (then right after connecting); the
//     certificate's chain, names and dates, with a plain message for a
//     self-signed or wrong-name one;
//  7. auth: the configured mechanism; when the server offers AUTH and none
//     is configured, a warning says so first; the password is never sent
//     over an unencrypted connection unless allow_insecure_auth says so;
//  8. mail, rcpt and relay: MAIL FROM the envelope sender, RCPT TO the
//     given recipient and to an address in a reserved non-local domain, to
//     tell "relay denied for non-local mail" from "everything refused";
//     a relay denial right after the POP-before-SMTP login is checked once
//     more on a new session after a short wait, before it is judged;
//     then QUIT. With Options.SendTest a data step sends a small
//     test message to the recipient; otherwise nothing is delivered.
//
// Each failed or warning step carries a Kind from the error taxonomy and
// hints ordered for the options actually used. The DNS, connect,
// greeting, TLS and AUTH steps ask the same judgement of transport
// failures as a Sender does (internal/transport), so a step's kind,
// Temporary and first hint are what a send with the same options would
// return (Step.Error holds that error). After a greeting that never comes
// the greeting step tries one TLS handshake on a fresh connection, as a
// Sender does, to tell a port that expects implicit TLS. The Report's
// Verdict names
// the most likely cause and the one change to make, and Report.OK tells
// whether a send would succeed.
//
// A Report marshals to JSON with snake_case field names (name, status,
// duration_ns, detail, server_reply, kind, hints; verdict with step, kind,
// cause, change, field; ok). Those names are stable.
//
// Run sends DNS queries through Options.Resolver and connects through
// Options.Dialer, so tests can keep every packet on the machine.
package diagnose
