package errors

// The labelled table of real replies. Each row names, in its comment, where
// the wording comes from: a reply captured from a server on a test machine
// (real-servers.md in the project's shared reference), a vendor's
// documentation, the server's source, or a public report that quotes it.
// Rows marked "usual wording, not checked against a capture" give the
// product's commonly reported text without a capture or document at hand;
// they exercise the rules all the same.
// Addresses and IP addresses are replaced by documentation values
// (example.com, 192.0.2.0/24). The stage is the command the reply answered.

// row is one labelled reply.
type row struct {
	stage Stage
	reply string
	kind  Kind
	temp  bool
}

const (
	temp = true
	perm = false
)

var table = []row{
	// ---- Postfix: captured from Postfix 3.7.11 on a test machine (real-servers.md) ----
	{StageRcpt, "554 5.7.1 <someone@example.com>: Relay access denied", KindRelayDenied, perm},                                                   // Postfix 3.7 captured: reject_unauth_destination
	{StageRcpt, "454 4.7.1 <someone@example.com>: Relay access denied", KindRelayDenied, perm},                                                   // Postfix 3.7 captured: defer_unauth_destination (Debian default)
	{StageAuth, "535 5.7.8 Error: authentication failed: (reason unavailable)", KindAuthFailed, perm},                                            // Postfix 3.7 captured: wrong password via Dovecot SASL
	{StageAuth, "535 5.7.8 Error: authentication failed: Invalid authentication mechanism", KindAuthFailed, perm},                                // Postfix 3.7 captured: unsupported mechanism
	{StageRcpt, "550 5.1.1 <nobody@local.test>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown, perm},  // Postfix 3.7 captured
	{StageRcpt, "550 5.1.1 <nosuch@local2.test>: Recipient address rejected: User unknown in local recipient table", KindRecipientUnknown, perm}, // Postfix 3.7 captured
	{StageData, "552 5.3.4 Error: message file too big", KindMessageTooLarge, perm},                                                              // Postfix 3.7 captured: message_size_limit
	{StageMail, "552 5.3.4 Message size exceeds fixed limit", KindMessageTooLarge, perm},                                                         // Postfix 3.7 captured: MAIL FROM SIZE=
	{StageMail, "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired, perm},                                                          // Postfix 3.7 captured: smtpd_tls_security_level=encrypt
	{StageAuth, "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired, perm},                                                          // Postfix 3.7 captured: AUTH before STARTTLS
	{StageRcpt, "553 5.7.1 <bob@local.test>: Sender address rejected: not owned by user alice@local.test", KindSenderRejected, perm},             // Postfix 3.7 captured: reject_authenticated_sender_login_mismatch
	{StageRcpt, "553 5.7.1 <other@example.org>: Sender address rejected: not owned by user alice@local.test", KindSenderRejected, perm},          // Postfix 3.7 captured
	{StageRcpt, "553 5.7.1 <alice@local.test>: Sender address rejected: not logged in", KindSenderRejected, perm},                                // Postfix 3.7 captured: reject_sender_login_mismatch
	{StageMail, "553 5.7.1 <bob@local.test>: Sender address rejected: not owned by user alice@local.test", KindSenderRejected, perm},             // Postfix 3.7 captured: smtpd_delay_reject=no
	{StageMail, "553 5.7.1 <alice@local.test>: Sender address rejected: not logged in", KindSenderRejected, perm},                                // Postfix 3.7 captured: smtpd_delay_reject=no
	{StageRcpt, "554 5.7.1 <localhost[127.0.0.1]>: Client host rejected: Access denied", KindBlocked, perm},                                      // Postfix 3.7 captured: smtpd_client_restrictions=permit_sasl_authenticated,reject
	{StageRcpt, "503 5.5.1 Error: need MAIL command", KindSyntaxError, perm},                                                                     // Postfix 3.7 captured
	{StageMail, "500 5.5.2 Error: command not recognized", KindSyntaxError, perm},                                                                // Postfix 3.7 captured
	{StageMail, "501 5.1.7 Bad sender address syntax", KindSyntaxError, perm},                                                                    // Postfix 3.7 captured
	{StageRcpt, "501 5.1.3 Bad recipient address syntax", KindSyntaxError, perm},                                                                 // Postfix 3.7 captured
	{StageAuth, "503 5.5.1 Error: already authenticated", KindSyntaxError, perm},                                                                 // Postfix 3.7 captured: second AUTH
	{StageAuth, "503 5.5.1 Error: authentication not enabled", KindAuthFailed, perm},                                                             // Postfix: AUTH where smtpd_sasl_auth_enable=no (pastebin.com/p5hpxjsX)

	// ---- Postfix: documented and reported replies ----
	{StageRcpt, "554 <someone@example.com>: Recipient address rejected: Relay access denied", KindRelayDenied, perm},                                                          // Postfix 2.x wording, antionline.com thread
	{StageRcpt, "554 5.7.1 <david@example.net>: Relay access denied; from=<test@example.org> to=<david@example.net> proto=ESMTP helo=<example.org>", KindRelayDenied, perm},   // Postfix log line, pastebin.com/kdZs2AAp
	{StageRcpt, "454 4.7.1 <c@example.com>: Relay access denied", KindRelayDenied, perm},                                                                                      // Postfix defer, root-io/vmail#68
	{StageRcpt, "450 4.2.0 <a@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html", KindGreylisted, temp},           // Postfix + postgrey
	{StageRcpt, "450 4.7.1 <a@example.com>: Recipient address rejected: Greylisted for 300 seconds", KindGreylisted, temp},                                                    // Postfix + postgrey (newer wording)
	{StageRcpt, "451 4.7.1 Service unavailable - try again later", KindServiceUnavailable, temp},                                                                              // Postfix + policyd-weight defer
	{StageRcpt, "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1", KindBlocked, perm},      // Postfix reject_rbl_client
	{StageRcpt, "554 5.7.1 Service unavailable; Sender address [spam@example.com] blocked using dbl.spamhaus.org", KindBlocked, perm},                                         // Postfix reject_rhsbl_sender
	{StageRcpt, "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]", KindBlocked, temp},                                                                  // Postfix reject_unknown_client_hostname
	{StageRcpt, "550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]", KindBlocked, perm},                                                          // Postfix reject_unknown_reverse_client_hostname
	{StageRcpt, "450 4.7.1 <localhost>: Helo command rejected: Host not found", KindBlocked, temp},                                                                            // Postfix reject_unknown_helo_hostname
	{StageRcpt, "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname", KindBlocked, perm},                                                             // Postfix reject_non_fqdn_helo_hostname
	{StageRcpt, "501 5.5.2 <.example>: Helo command rejected: Invalid name", KindBlocked, perm},                                                                               // Postfix reject_invalid_helo_hostname
	{StageRcpt, "450 4.1.8 <a@nonexistent.example>: Sender address rejected: Domain not found", KindSenderRejected, temp},                                                     // Postfix reject_unknown_sender_domain
	{StageRcpt, "550 5.1.0 <a@example.com>: Sender address rejected: User unknown in local recipient table", KindSenderRejected, perm},                                        // Postfix reject_unlisted_sender
	{StageRcpt, "450 4.1.7 <a@example.com>: Sender address rejected: unverified address: host mx.example.com said: 550 5.1.1 User unknown", KindSenderRejected, temp},         // Postfix reject_unverified_sender
	{StageRcpt, "450 4.1.2 <a@nonexistent.example>: Recipient address rejected: Domain not found", KindDomainNotFound, temp},                                                  // Postfix reject_unknown_recipient_domain
	{StageRcpt, "450 4.1.1 <a@example.com>: Recipient address rejected: unverified address: Address verification in progress", KindRecipientUnknown, temp},                    // Postfix reject_unverified_recipient
	{StageRcpt, "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in relay recipient table", KindRecipientUnknown, perm},                                   // Postfix relay_recipient_maps
	{StageRcpt, "451 4.3.0 <a@example.com>: Temporary lookup failure", KindServiceUnavailable, temp},                                                                          // Postfix table lookup error
	{StageRcpt, "452 4.5.3 Error: too many recipients", KindRateLimited, temp},                                                                                                // Postfix smtpd_recipient_limit
	{StageMail, "452 4.3.1 Insufficient system storage", KindServiceUnavailable, temp},                                                                                        // Postfix queue_minfree
	{StageGreeting, "421 4.7.0 mx.example.com Error: too many connections from 192.0.2.1", KindRateLimited, temp},                                                             // Postfix anvil smtpd_client_connection_count_limit
	{StageMail, "450 4.7.1 Error: too much mail from 192.0.2.1", KindRateLimited, temp},                                                                                       // Postfix anvil smtpd_client_message_rate_limit (wording differs; see rate words)
	{StageRcpt, "550 5.1.1 <a@example.com>: Recipient address rejected: undeliverable address: host mx.example.com said: 550 5.1.1 user unknown", KindRecipientUnknown, perm}, // Postfix reject_unverified_recipient, permanent
	{StageRcpt, "554 5.7.1 <a@example.com>: Recipient address rejected: Access denied", KindRecipientUnknown, perm},                                                           // Postfix check_recipient_access REJECT
	{StageGreeting, "421 4.3.2 Service currently unavailable", KindServiceUnavailable, temp},                                                                                  // Postfix postscreen deep protocol tests
	{StageGreeting, "554 5.7.1 Service unavailable; client [192.0.2.1] blocked using b.barracudacentral.org", KindBlocked, perm},                                              // Postfix postscreen_dnsbl
	{StageData, "554 5.7.1 Rejected by milter: spam detected", KindPolicyRejected, perm},                                                                                      // Postfix milter reject
	{StageData, "451 4.7.1 Try again later", KindServiceUnavailable, temp},                                                                                                    // Postfix milter tempfail
	{StageRcpt, "550 5.7.1 <a@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.", KindPolicyRejected, perm},                       // Postfix policyd-spf (reject text)

	// ---- Zimbra (Postfix inside) ----
	{StageRcpt, "554 5.7.1 <user@example.org>: Relay access denied", KindRelayDenied, perm},                                              // Zimbra Collaboration MTA
	{StageRcpt, "550 5.1.1 <user@example.org>: Recipient address rejected: example.org", KindRecipientUnknown, perm},                     // Zimbra: unknown account (usual wording, not checked against a capture)
	{StageRcpt, "452 4.2.2 <user@example.org>: Recipient address rejected: Mailbox full", KindMailboxFull, temp},                         // Zimbra over quota (zimbraMtaRestriction) (usual wording, not checked against a capture)
	{StageRcpt, "550 5.7.1 <user@example.org>: Sender address rejected: Access denied", KindSenderRejected, perm},                        // Zimbra sender restriction (usual wording, not checked against a capture)
	{StageData, "552 5.2.2 Mailbox quota exceeded for user", KindMailboxFull, perm},                                                      // Zimbra LMTP over quota (usual wording, not checked against a capture)
	{StageAuth, "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed, perm},                                  // Zimbra SASL (usual wording, not checked against a capture)
	{StageGreeting, "421 4.7.0 mail.example.org Error: too many connections from 192.0.2.1", KindRateLimited, temp},                      // Zimbra anvil (usual wording, not checked against a capture)
	{StageMail, "553 5.7.1 <spoof@example.org>: Sender address rejected: not owned by user alice@example.org", KindSenderRejected, perm}, // Zimbra reject_sender_login_mismatch (usual wording, not checked against a capture)

	// ---- Exim ----
	{StageRcpt, "550 relay not permitted", KindRelayDenied, perm},                        // Exim 4.96 captured (Debian stock ACL)
	{StageRcpt, "550 Unrouteable address", KindRecipientUnknown, perm},                   // Exim 4.96 captured
	{StageAuth, "535 Incorrect authentication data", KindAuthFailed, perm},               // Exim 4.96 captured
	{StageData, "552 Message size exceeds maximum permitted", KindMessageTooLarge, perm}, // Exim 4.96 captured
	{StageMail, "552 Message size exceeds maximum permitted", KindMessageTooLarge, perm}, // Exim 4.96 captured: SIZE=
	{StageRcpt, "550-Please turn on SMTP Authentication in your mail client.\r\n550-host.example.net [192.0.2.1]:51234 is not permitted to relay through this server without\r\n550 authentication.", KindRelayDenied, perm}, // cPanel Exim ACL
	{StageRcpt, "550 relay not permitted!", KindRelayDenied, perm},                                                                                                     // Exim, postalserver/postal#647
	{StageRcpt, "451 Temporary local problem - please try later", KindServiceUnavailable, temp},                                                                        // Exim defer
	{StageRcpt, "550-Verification failed for <a@example.com>\r\n550-Unrouteable address\r\n550 Sender verify failed", KindSenderRejected, perm},                        // Exim verify = sender
	{StageRcpt, "451-192.0.2.1 is not yet authorized to deliver mail from\r\n451 <a@example.com> to <b@example.org>. Please try later.", KindServiceUnavailable, temp}, // Exim greylistd (no "greylist" word) (usual wording, not checked against a capture)
	{StageRcpt, "451 4.7.1 Greylisted, please try again later", KindGreylisted, temp},                                                                                  // Exim + greylistd/ACL
	{StageRcpt, "550 Administrative prohibition", KindPolicyRejected, perm},                                                                                            // Exim ACL deny default message (usual wording, not checked against a capture)
	{StageRcpt, "550-JunkMail rejected - host.example.net [192.0.2.1] is in an RBL: see\r\n550 http://www.spamhaus.org/query/bl?ip=192.0.2.1", KindBlocked, perm},      // Exim dnslists (Debian ACL)
	{StageData, "550 This message was classified as SPAM and may not be delivered", KindPolicyRejected, perm},                                                          // Exim + SpamAssassin ACL
	{StageData, "550 This message contains a virus (Eicar-Test-Signature) and has been rejected", KindPolicyRejected, perm},                                            // Exim + ClamAV ACL
	{StageRcpt, "550 Sender verify failed", KindSenderRejected, perm},                                                                                                  // Exim
	{StageGreeting, "421 Too many concurrent SMTP connections from this IP address; please try again later.", KindRateLimited, temp},                                   // Exim smtp_accept_max_per_host (usual wording, not checked against a capture)
	{StageMail, "550 Submission mode requires a configured senders_address_domain", KindSenderRejected, perm},                                                          // Exim (unusual) (usual wording, not checked against a capture)
	{StageRcpt, "550 Unknown user", KindRecipientUnknown, perm},                                                                                                        // Exim ACL (verify = recipient, custom message) (usual wording, not checked against a capture)
	{StageRcpt, "452 Too many recipients", KindRateLimited, temp},                                                                                                      // Exim recipients_max (usual wording, not checked against a capture)
	{StageEHLO, "550 Your HELO name is invalid", KindBlocked, perm},                                                                                                    // Exim HELO ACL (usual wording, not checked against a capture)
	{StageGreeting, "554 SMTP synchronization error", KindSyntaxError, perm},                                                                                           // Exim pipelining violation (usual wording, not checked against a capture)
	{StageRcpt, "550 Relay not permitted", KindRelayDenied, perm},                                                                                                      // Exim; gammadyne.com/relaying_denied.htm

	// ---- Sendmail ----
	{StageRcpt, "550 5.7.1 <john@example.com>... Relaying denied", KindRelayDenied, perm},                                                       // Sendmail; gammadyne.com/relaying_denied.htm
	{StageRcpt, "550 5.7.1 <a@example.com>... Relaying denied. IP name lookup failed [192.0.2.1]", KindRelayDenied, perm},                       // Sendmail proto.m4
	{StageRcpt, "550 5.7.1 <a@example.com>... Relaying denied. Proper authentication required.", KindRelayDenied, perm},                         // Sendmail proto.m4 (AUTH configured)
	{StageRcpt, "550 5.7.1 <a@example.com>... we do not relay <b@example.org>", KindRelayDenied, perm},                                          // Sendmail 8.8 anti-relay rulesets
	{StageRcpt, "550 5.1.1 <a@example.com>... User unknown", KindRecipientUnknown, perm},                                                        // Sendmail
	{StageMail, "553 5.1.8 <a@nonexistent.example>... Domain of sender address a@nonexistent.example does not exist", KindSenderRejected, perm}, // Sendmail
	{StageMail, "451 4.1.8 Domain of sender address a@example.com does not resolve", KindSenderRejected, temp},                                  // Sendmail
	{StageEHLO, "501 5.5.4 Invalid domain name", KindSyntaxError, perm},                                                                         // Sendmail HELO
	{StageData, "552 5.2.3 Message size exceeds maximum value", KindMessageTooLarge, perm},                                                      // Sendmail MaxMessageSize
	{StageRcpt, "550 5.7.1 <a@example.com>... Access denied", KindBlocked, perm},                                                                // Sendmail access db REJECT
	{StageGreeting, "554 5.7.1 Rejected 192.0.2.1 found in zen.spamhaus.org", KindBlocked, perm},                                                // Sendmail dnsbl FEATURE
	{StageRcpt, "451 4.7.1 Please try again later", KindServiceUnavailable, temp},                                                               // Sendmail milter-greylist (no greylist word)
	{StageRcpt, "451 4.7.1 Greylisting in action, please come back in 00:05:00", KindGreylisted, temp},                                          // Sendmail milter-greylist
	{StageRcpt, "452 4.5.3 Too many recipients", KindRateLimited, temp},                                                                         // Sendmail MaxRecipientsPerMessage
	{StageMail, "553 5.1.3 <a>... Hostname required", KindSyntaxError, perm},                                                                    // Sendmail
	{StageMail, "501 5.5.2 Syntax error in parameters scanning \"from\"", KindSyntaxError, perm},                                                // Sendmail
	{StageRcpt, "503 5.0.0 Need MAIL before RCPT", KindSyntaxError, perm},                                                                       // Sendmail
	{StageGreeting, "421 4.3.2 Connection rate limit exceeded.", KindRateLimited, temp},                                                         // Sendmail ratecontrol
	{StageGreeting, "421 4.3.2 Too many open connections.", KindRateLimited, temp},                                                              // Sendmail conncontrol
	{StageData, "554 5.7.1 Rejected by SpamAssassin", KindPolicyRejected, perm},                                                                 // Sendmail + spamass-milter
	{StageData, "550 5.7.0 Virus detected", KindPolicyRejected, perm},                                                                           // Sendmail + clamav-milter
	{StageAuth, "535 5.7.0 authentication failed", KindAuthFailed, perm},                                                                        // Sendmail AUTH
	{StageMail, "530 5.7.0 Authentication required", KindAuthRequired, perm},                                                                    // Sendmail AuthOptions=a / Mailpit captured
	{StageRcpt, "550 5.7.1 <a@example.com>... Relaying denied. Please use SMTP authentication", KindRelayDenied, perm},                          // Sendmail site-customised relay text (usual wording, not checked against a capture)
	{StageGreeting, "421 4.3.2 Service shutting down", KindServiceUnavailable, temp},                                                            // Sendmail

	// ---- qmail ----
	{StageRcpt, "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", KindRelayDenied, perm},                               // qmail-smtpd; gammadyne.com/relaying_denied.htm
	{StageRcpt, "553 sorry, that domain isn't in my list of allowed rcpthosts; no valid cert for gatewaying (#5.7.1)", KindRelayDenied, perm}, // qmail + TLS patch
	{StageRcpt, "553 sorry, relaying denied from your location [192.0.2.1] (#5.7.1)", KindRelayDenied, perm},                                  // qmail (netqmail, vpopmail)
	{StageRcpt, "550 sorry, no mailbox here by that name. (#5.1.1)", KindRecipientUnknown, perm},                                              // qmail chkuser / qmail-local
	{StageRcpt, "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)", KindRecipientUnknown, perm},                                     // qmail chkuser
	{StageMail, "553 sorry, your envelope sender domain must exist (#5.7.1)", KindSenderRejected, perm},                                       // qmail-smtpd with rejectnonexist patch
	{StageMail, "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)", KindSenderRejected, perm},                               // qmail badmailfrom
	{StageData, "552 sorry, that message size exceeds my databytes limit (#5.3.4)", KindMessageTooLarge, perm},                                // qmail databytes
	{StageGreeting, "451 qq temporary problem (#4.3.0)", KindServiceUnavailable, temp},                                                        // qmail-queue temporary
	{StageGreeting, "421 unable to read controls (#4.3.0)", KindServiceUnavailable, temp},                                                     // qmail-smtpd
	{StageRcpt, "553 sorry, this message is not deliverable. (#5.7.1)", KindPolicyRejected, perm},                                             // qmail simscan (usual wording, not checked against a capture)
	{StageData, "554 Your email was rejected because it contains a virus (#5.3.4)", KindPolicyRejected, perm},                                 // qmail simscan/qmail-scanner (usual wording, not checked against a capture)
	{StageRcpt, "550 5.7.1 Relaying denied; open relay test rejected", KindBlocked, perm},                                                     // qmail-based anti-relay (mentions open relay: blocked wins) (usual wording, not checked against a capture)
	{StageAuth, "535 authorization failed (#5.7.0)", KindAuthFailed, perm},                                                                    // qmail-smtpd auth patch
	{StageMail, "530 Authentication required (#5.7.1)", KindAuthRequired, perm},                                                               // qmail-smtpd auth patch (REQUIRE_AUTH)
	{StageRcpt, "451 DNS temporary failure (#4.3.0)", KindServiceUnavailable, temp},                                                           // qmail

	// ---- Microsoft Exchange Server (on-premises) ----
	{StageRcpt, "550 5.7.1 Unable to relay for someone@example.com", KindRelayDenied, perm},                                                          // Exchange 2003 / IIS SMTP
	{StageRcpt, "550 5.7.1 Unable to relay", KindRelayDenied, perm},                                                                                  // Exchange 2007+ receive connector; gammadyne.com
	{StageRcpt, "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", KindRelayDenied, perm},                                          // Exchange 2013+ NDR 5.7.54
	{StageRcpt, "550 5.7.54 Unable to relay recipient in non-accepted domain", KindRelayDenied, perm},                                                // Exchange 2019
	{StageMail, "530 5.7.1 Client was not authenticated", KindAuthRequired, perm},                                                                    // Exchange 2007+
	{StageMail, "530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM", KindAuthRequired, perm},                     // Exchange / Microsoft 365 5.7.57
	{StageMail, "550 5.7.1 Client does not have permissions to send as this sender", KindSenderRejected, perm},                                       // Exchange 2007+
	{StageData, "550 5.7.60 SMTP; Client does not have permissions to send as this sender", KindSenderRejected, perm},                                // Exchange 5.7.60
	{StageAuth, "535 5.7.3 Authentication unsuccessful", KindAuthFailed, perm},                                                                       // Exchange / [MS-SMTPNTLM] 2.2.1.4
	{StageAuth, "504 5.7.4 Unrecognized authentication type", KindAuthFailed, perm},                                                                  // Exchange
	{StageRcpt, "550 5.1.1 User unknown", KindRecipientUnknown, perm},                                                                                // Exchange recipient filter
	{StageRcpt, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", KindRecipientUnknown, perm},                 // Exchange 5.1.10
	{StageRcpt, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", KindRecipientUnknown, perm},                                                       // Exchange 2010
	{StageMail, "452 4.3.1 Insufficient system resources", KindServiceUnavailable, temp},                                                             // Exchange back pressure
	{StageGreeting, "421 4.3.2 Service not available, closing transmission channel", KindServiceUnavailable, temp},                                   // Exchange
	{StageData, "552 5.3.4 Message size exceeds fixed maximum message size", KindMessageTooLarge, perm},                                              // Exchange
	{StageData, "554 5.2.2 mailbox full;STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded", KindMailboxFull, perm}, // Exchange NDR 5.2.2
	{StageRcpt, "452 4.5.3 Too many recipients", KindRateLimited, temp},                                                                              // Exchange MaxRecipientsPerMessage
	{StageData, "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized", KindPolicyRejected, perm},                                                    // Exchange restricted distribution group
	{StageData, "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", KindPolicyRejected, perm},                                            // Exchange group requires authenticated senders
	{StageData, "554 5.6.0 Invalid content", KindPolicyRejected, perm},                                                                               // Exchange NDR 5.6.0
	{StageStartTLS, "454 4.7.0 Temporary authentication failure", KindTLSFailed, temp},                                                               // Exchange STARTTLS without certificate (4.7.0 at STARTTLS)
	{StageAuth, "454 4.7.0 Temporary authentication failure", KindAuthFailed, temp},                                                                  // Exchange / RFC 4954 454
	{StageRcpt, "550 5.7.1 Requested action not taken: message refused", KindPolicyRejected, perm},                                                   // Exchange transport rule reject
	{StageData, "550 5.7.1 Delivery not authorized, message refused", KindPolicyRejected, perm},                                                      // Exchange: sender not allowed to send to recipient
	{StageData, "554 5.4.14 Hop count exceeded - possible mail loop", KindServiceUnavailable, perm},                                                  // Exchange NDR 5.4.14
	{StageData, "550 5.4.6 Routing loop detected", KindServiceUnavailable, perm},                                                                     // Exchange NDR 5.4.6
	{StageData, "451 4.4.0 DNS query failed", KindDomainNotFound, temp},                                                                              // Exchange NDR 4.4.0
	{StageData, "550 5.4.310 DNS domain example.invalid does not exist", KindDomainNotFound, perm},                                                   // Exchange NDR 5.4.310
	{StageData, "451 4.4.316 Connection refused", KindConnectionFailed, temp},                                                                        // Exchange NDR 4.4.316
	{StageRcpt, "550 5.7.1 Unable to relay for a@example.org, please use authentication", KindRelayDenied, perm},                                     // Exchange custom connector text (usual wording, not checked against a capture)
	{StageGreeting, "421 4.4.5 Server busy, try again later.", KindRateLimited, temp},                                                                // Exchange / generic 4.4.5

	// ---- Microsoft 365 / Exchange Online ----
	{StageRcpt, "550 5.7.64 TenantAttribution; Relay Access Denied", KindRelayDenied, perm},                                                                                                          // Microsoft 365 NDR 5.7.64
	{StageRcpt, "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", KindRelayDenied, perm},                                                                                          // Microsoft 365 NDR 5.7.54
	{StageMail, "530 5.7.57 Client not authenticated to send mail. [BN8PR03CA0001.namprd03.prod.outlook.com]", KindAuthRequired, perm},                                                               // Microsoft 365 smtp.office365.com
	{StageAuth, "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.", KindAuthFailed, perm}, // Microsoft 365
	{StageAuth, "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.", KindAuthFailed, perm},                                                                                  // Microsoft 365
	{StageAuth, "535 5.7.139 Authentication unsuccessful, the user credentials were incorrect.", KindAuthFailed, perm},                                                                               // Microsoft 365
	{StageAuth, "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully.", KindAuthFailed, perm},                                            // Microsoft 365
	{StageAuth, "535 5.7.3 Authentication unsuccessful [SN4PR0601CA0001.namprd06.prod.outlook.com]", KindAuthFailed, perm},                                                                           // Microsoft 365
	{StageMail, "451 5.7.3 STARTTLS is required to send mail [SN6PR01CA0001.namprd01.prod.outlook.com]", KindTLSRequired, perm},                                                                      // Microsoft 365
	{StageData, "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception", KindSenderRejected, perm},         // Microsoft 365 NDR 5.2.0
	{StageRcpt, "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM10FT001.eop-nam10.prod.protection.outlook.com]", KindRecipientUnknown, perm},                              // Microsoft 365 directory-based edge blocking
	{StageRcpt, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient user@example.com not found by SMTP address lookup", KindRecipientUnknown, perm},                                                // Microsoft 365 NDR 5.1.10
	{StageData, "550 5.7.1 Your message can't be delivered because messages to user@example.com, group@example.com, require sender authentication", KindPolicyRejected, perm},                        // Microsoft 365 NDR 5.7.1 (group restriction wording)
	{StageData, "550 5.7.124 Sender not in allowed-senders list", KindPolicyRejected, perm},                                                                                                          // Microsoft 365 NDR 5.7.124
	{StageData, "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated", KindPolicyRejected, perm},         // Microsoft 365 NDR 5.7.133
	{StageGreeting, "550 5.7.606 Access denied, banned sending IP [192.0.2.1]", KindBlocked, perm},                                                                                                   // Microsoft 365 NDR 5.7.606-649
	{StageRcpt, "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.", KindBlocked, perm},                                                                             // Microsoft 365 NDR 5.7.708
	{StageRcpt, "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.", KindBlocked, perm},                                                                        // Microsoft 365 NDR 5.7.750
	{StageRcpt, "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714)", KindRateLimited, temp},                                                                                 // Microsoft 365 / Outlook.com 4.7.500-699
	{StageRcpt, "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation.", KindRateLimited, temp},                                                            // Microsoft 365 4.7.650
	{StageData, "550 5.7.501 Access denied, spam abuse detected.", KindPolicyRejected, perm},                                                                                                         // Microsoft 365 NDR 5.7.501
	{StageData, "550 5.7.509 Access denied, sending domain example.com does not pass DMARC verification and has a DMARC policy of reject.", KindPolicyRejected, perm},                                // Microsoft 365 NDR 5.7.509
	{StageData, "550 5.7.511 Access denied, banned sender", KindBlocked, perm},                                                                                                                       // Microsoft 365 NDR 5.7.511
	{StageData, "550 5.7.515 Access denied, sending domain example.com doesn't meet the required authentication level.", KindPolicyRejected, perm},                                                   // Microsoft 365 NDR 5.7.515 (2025)
	{StageData, "550 5.7.520 Access denied, Your organization does not allow external forwarding.", KindPolicyRejected, perm},                                                                        // Microsoft 365 NDR 5.7.520
	{StageMail, "550 5.1.8 Access denied, bad outbound sender", KindBlocked, perm},                                                                                                                   // Microsoft 365 NDR 5.1.8
	{StageData, "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients", KindRateLimited, perm},                                                       // Microsoft 365 NDR 5.1.90
	{StageData, "550 5.2.121 Recipient's hourly message receive limit from specific sender has been exceeded", KindRateLimited, perm},                                                                // Microsoft 365 NDR 5.2.121
	{StageData, "550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour", KindRateLimited, perm},                                                    // Microsoft 365 NDR 5.2.122
	{StageData, "550 5.2.2 STOREDRV.Deliver: mailbox full", KindMailboxFull, perm},                                                                                                                   // Microsoft 365 NDR 5.2.2
	{StageData, "554 5.6.211 Invalid MIME Content: Single text value size (32768) exceeded allowed maximum (32768) for the 'Subject' header", KindPolicyRejected, perm},                              // Microsoft 365 NDR 5.6.211
	{StageData, "550 5.7.23 The message was rejected because of Sender Policy Framework violation", KindPolicyRejected, perm},                                                                        // Microsoft 365 NDR 5.7.23
	{StageData, "550 5.7.25 The sending IP address does not have a PTR record", KindBlocked, perm},                                                                                                   // Microsoft 365 / RFC 7372 5.7.25
	{StageAuth, "432 4.7.12 A password transition is needed", KindAuthFailed, temp},                                                                                                                  // RFC 4954 432

	// ---- Outlook.com / Hotmail ----
	{StageRcpt, "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", KindBlocked, perm}, // Outlook.com S3150
	{StageRcpt, "550 SC-001 (BAY004-MC1F1) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list.", KindBlocked, perm},                                                                                      // Outlook.com SC-001
	{StageRcpt, "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BN1NAM02FT001.eop-nam02.prod.protection.outlook.com]", KindRecipientUnknown, perm},                                                                                                                             // Outlook.com unknown recipient
	{StageRcpt, "550 OU-001 (SNT004-MC1F1) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider.", KindBlocked, perm},                                                                                                                                       // Outlook.com OU-001 (sending IP blocked) (usual wording, not checked against a capture)
	{StageRcpt, "421 RP-001 (BAY004-MC1F1) Unfortunately, some messages from 192.0.2.1 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day.", KindServiceUnavailable, temp},                                                                             // Outlook.com RP-001
	{StageGreeting, "421 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://aka.ms/postmaster (S775)", KindRateLimited, temp},                                                                                       // Outlook.com S775
	{StageRcpt, "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130). [BN1NAM02FT001.eop-nam02.prod.protection.outlook.com]", KindBlocked, perm},                                    // Outlook.com / EOP AS3130
	{StageData, "550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8002)", KindBlocked, perm},                                                                                                          // Outlook.com S8002
	{StageAuth, "535 5.7.3 Authentication unsuccessful", KindAuthFailed, perm},                                                    // smtp-mail.outlook.com
	{StageRcpt, "550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)", KindPolicyRejected, perm}, // Outlook.com / EOP AS(4810)

	// ---- Gmail / Google Workspace (support.google.com/a/answer/3726730) ----
	{StageRcpt, "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550-5.1.1 double-checking the recipient's email address for typos or\r\n550-5.1.1 unnecessary spaces. For more information, go to\r\n550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si1234567qkb.123 - gsmtp", KindRecipientUnknown, perm}, // Gmail
	{StageRcpt, "550-5.2.1 The email account that you tried to reach is disabled.\r\n550 5.2.1 https://support.google.com/mail/?p=DisabledUser a1si123 - gsmtp", KindMailboxDisabled, perm},                                                                                                                                                               // Gmail
	{StageRcpt, "452-4.2.2 The email account that you tried to reach is over quota. Please direct\r\n452-4.2.2 the recipient to\r\n452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a1si123 - gsmtp", KindMailboxFull, temp},                                                                                                                   // Gmail
	{StageRcpt, "552-5.2.2 The email account that you tried to reach is over quota and inactive.\r\n552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm a1si123 - gsmtp", KindMailboxFull, perm},                                                                                                                                                   // Gmail
	{StageRcpt, "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\r\n450-4.2.1 prevents additional messages from being delivered. Please resend your\r\n450 4.2.1 message at a later point. a1si123 - gsmtp", KindRateLimited, temp},                                                                                         // Gmail
	{StageData, "552-5.2.3 Your message exceeded Google's message size limits. Please visit\r\n552 5.2.3  https://support.google.com/mail/?p=MaxSizeError a1si123 - gsmtp", KindMessageTooLarge, perm},                                                                                                                                                    // Gmail
	{StageMail, "530-5.7.0 Authentication Required. Learn more at\r\n530 5.7.0  https://support.google.com/mail/?p=WantAuthError a1si123 - gsmtp", KindAuthRequired, perm},                                                                                                                                                                                // smtp.gmail.com
	{StageMail, "530 5.7.0 Must issue a STARTTLS command first. a1si123 - gsmtp", KindTLSRequired, perm},                                                                                                                                                                                                                                                  // smtp.gmail.com
	{StageAuth, "535-5.7.8 Username and Password not accepted. For more information, go to\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1si123 - gsmtp", KindAuthFailed, perm},                                                                                                                                                        // smtp.gmail.com
	{StageAuth, "534-5.7.9 Application-specific password required. For more information, go to\r\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor a1si123 - gsmtp", KindAuthFailed, perm},                                                                                                                                               // smtp.gmail.com
	{StageAuth, "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1>\r\n534-5.7.14 Please log in via your web browser and\r\n534 5.7.14 then try again. a1si123 - gsmtp", KindAuthFailed, perm},                                                                                                                                               // smtp.gmail.com
	{StageAuth, "454 4.7.0 Too many login attempts, please try again later. a1si123 - gsmtp", KindAuthFailed, temp},                                                                                                                                                                                                                                       // smtp.gmail.com
	{StageAuth, "535 5.7.1 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials", KindAuthFailed, perm},                                                                                                                                                                                                    // smtp.gmail.com (5.7.1 variant)
	{StageGreeting, "421-4.7.0 Try again later, closing connection. (EHLO)\r\n421 4.7.0  https://support.google.com/a/answer/3221692 a1si123 - gsmtp", KindServiceUnavailable, temp},                                                                                                                                                                      // Gmail
	{StageData, "421-4.7.0 This message is suspicious due to the very low reputation of the sending IP\r\n421 4.7.0 address. a1si123 - gsmtp", KindBlocked, temp},                                                                                                                                                                                         // Gmail
	{StageData, "550-5.7.1 This message is likely unsolicited mail. To reduce the amount of spam sent\r\n550 5.7.1 to Gmail, this message has been blocked. a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                                                   // Gmail
	{StageData, "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail\r\n550-5.7.26 requires all senders to authenticate with either SPF or DKIM.\r\n550 5.7.26 a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                 // Gmail 5.7.26
	{StageData, "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n550 5.7.26 DMARC policy. a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                                                                                // Gmail 5.7.26 DMARC
	{StageData, "421-4.7.26 This mail has been rate limited because it is unauthenticated. Gmail\r\n421 4.7.26 requires all senders to authenticate with either SPF or DKIM. a1si123 - gsmtp", KindPolicyRejected, temp},                                                                                                                                  // Gmail 4.7.26
	{StageData, "550 5.7.25 The IP address sending this message does not have a PTR record setup. a1si123 - gsmtp", KindBlocked, perm},                                                                                                                                                                                                                    // Gmail 5.7.25
	{StageData, "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating\r\n421 4.7.28 from your IP address. a1si123 - gsmtp", KindRateLimited, temp},                                                                                                                                                                          // Gmail 4.7.28
	{StageData, "550-5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to send\r\n550 5.7.1 email directly to our servers. Please use the SMTP relay at your service provider instead.", KindBlocked, perm},                                                                                                                            // Gmail
	{StageData, "552-5.7.0 This message was blocked because its content presents a potential\r\n552 5.7.0 security issue. a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                                                                                     // Gmail
	{StageMail, "550 5.4.5 Daily user sending quota exceeded. a1si123 - gsmtp", KindRateLimited, perm},                                                                                                                                                                                                                                                    // Gmail sending limits
	{StageMail, "550 5.4.5 Daily sending quota exceeded. a1si123 - gsmtp", KindRateLimited, perm},                                                                                                                                                                                                                                                         // Google Workspace
	{StageRcpt, "452 4.5.3 Your message has too many recipients. a1si123 - gsmtp", KindRateLimited, temp},                                                                                                                                                                                                                                                 // Gmail
	{StageData, "451 4.3.0 Mail server temporarily rejected message. a1si123 - gsmtp", KindServiceUnavailable, temp},                                                                                                                                                                                                                                      // Gmail
	{StageGreeting, "421 4.3.0 Temporary System Problem. Try again later (10). a1si123 - gsmtp", KindServiceUnavailable, temp},                                                                                                                                                                                                                            // Gmail
	{StageRcpt, "550-5.7.0 Mail relay denied [192.0.2.1]. Invalid credentials for relay for one of\r\n550-5.7.0 the domains in: example.com (as obtained from HELO and MAIL FROM).\r\n550 5.7.0 Email is being sent from a domain or IP address which isn't registered in your Workspace account.", KindRelayDenied, perm},                                // Google Workspace SMTP relay
	{StageRcpt, "550 5.7.1 Invalid credentials for relay [192.0.2.1]. The IP address you've registered in your G Suite SMTP Relay service doesn't match domain of the account this email is being sent from.", KindRelayDenied, perm},                                                                                                                     // Google Workspace SMTP relay
	{StageData, "550-5.7.1 Unauthenticated email is not accepted from this domain. a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                                                                                                                            // Gmail
	{StageData, "552-5.7.0 Our system detected an illegal attachment on your message. a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                                                                                                                         // Gmail
	{StageData, "550 5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted. a1si123 - gsmtp", KindPolicyRejected, perm},                                                                                                                                                                                     // Gmail
	{StageRcpt, "550-5.1.1 The email account that you tried to reach does not exist.", KindRecipientUnknown, perm},                                                                                                                                                                                                                                        // Gmail (single line)
	{StageRcpt, "550 5.2.1 The email account that you tried to reach is inactive.", KindMailboxDisabled, perm},                                                                                                                                                                                                                                            // Gmail
	{StageData, "554 5.6.0 Message exceeded 50 hops, this may indicate a mail loop.", KindServiceUnavailable, perm},                                                                                                                                                                                                                                       // Gmail mail loop

	// ---- Yahoo / AOL (senders.yahooinc.com/smtp-error-codes) ----
	{StageGreeting, "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", KindRateLimited, temp}, // Yahoo TSS04
	{StageGreeting, "421 4.7.0 [TS01] Messages from 192.0.2.1 temporarily deferred due to user complaints - 4.16.55.1", KindServiceUnavailable, temp},                                                                 // Yahoo TS01
	{StageGreeting, "553 5.7.2 [TSS09] All messages from 192.0.2.1 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes", KindBlocked, perm},                      // Yahoo TSS09
	{StageGreeting, "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes", KindPolicyRejected, perm},                                                                   // Yahoo 5.7.9
	{StageGreeting, "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes", KindBlocked, perm},                     // Yahoo BL21
	{StageGreeting, "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL; see https://postmaster.yahooinc.com/error-codes", KindBlocked, perm},                                                // Yahoo BL23
	{StageRcpt, "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1234.mail.bf1.yahoo.com", KindRecipientUnknown, perm},                                                 // Yahoo
	{StageRcpt, "554 delivery error: dd Sorry your message to someone@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta1234.mail.gq1.yahoo.com", KindMailboxDisabled, perm},                     // Yahoo
	{StageRcpt, "552 1 Requested mail action aborted, mailbox not found", KindRecipientUnknown, perm},                                                                                                                 // Yahoo (legacy)
	{StageData, "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.", KindPolicyRejected, perm},                          // Yahoo 2024
	{StageMail, "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes", KindSenderRejected, temp},                                               // Yahoo
	{StageData, "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes", KindPolicyRejected, perm},                                                                          // Yahoo
	{StageGreeting, "421 4.7.0 [GL01] Message from 192.0.2.1 temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com/error-codes", KindServiceUnavailable, temp},                              // Yahoo GL01
	{StageMail, "553 From address not verified - see https://help.yahoo.com/kb/SLN3442.html", KindSenderRejected, perm},                                                                                               // smtp.mail.yahoo.com
	{StageAuth, "535 5.7.0 (#AUTH005) Too many bad auth attempts.", KindAuthFailed, perm},                                                                                                                             // smtp.mail.yahoo.com
	{StageMail, "554 Email rejected due to security policies - https://help.yahoo.com/kb/SLN3442.html", KindPolicyRejected, perm},                                                                                     // smtp.mail.yahoo.com
	{StageRcpt, "552 5.2.2 Mailbox size limit exceeded", KindMailboxFull, perm},                                                                                                                                       // AOL

	// ---- Amazon SES (docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html) ----
	{StageData, "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com", KindSenderRejected, perm}, // Amazon SES sandbox
	{StageMail, "530 Authentication required", KindAuthRequired, perm},                                                           // Amazon SES
	{StageAuth, "535 Authentication Credentials Invalid", KindAuthFailed, perm},                                                  // Amazon SES
	{StageMail, "530 Must issue a STARTTLS command first", KindTLSRequired, perm},                                                // Amazon SES
	{StageData, "454 Throttling failure: Maximum sending rate exceeded.", KindRateLimited, temp},                                 // Amazon SES
	{StageData, "454 Throttling failure: Daily message quota exceeded.", KindRateLimited, temp},                                  // Amazon SES
	{StageData, "554 Access denied: Sending suspended for this account.", KindBlocked, perm},                                     // Amazon SES
	{StageData, "554 Message rejected: Sending paused for this account.", KindBlocked, perm},                                     // Amazon SES
	{StageData, "421 Timeout waiting for data from client.", KindTimeout, temp},                                                  // Amazon SES
	{StageData, "554 Transaction failed: Missing final '@domain'", KindSyntaxError, perm},                                        // Amazon SES
	{StageMail, "501 Invalid MAIL FROM address provided", KindSyntaxError, perm},                                                 // Amazon SES
	{StageData, "554 Transaction failed: Message length is more than 10485760 bytes long: 11534336.", KindMessageTooLarge, perm}, // Amazon SES
	{StageData, "554 Transaction failed: Duplicate header 'Subject'.", KindPolicyRejected, perm},                                 // Amazon SES
	{StageData, "554 Message rejected: Address blacklisted.", KindBlocked, perm},                                                 // Amazon SES (suppression list, older wording)
	{StageData, "451 Temporary service failure", KindServiceUnavailable, temp},                                                   // Amazon SES
	{StageAuth, "454 Temporary authentication failure", KindAuthFailed, temp},                                                    // Amazon SES
	{StageData, "554 Transaction failed: Illegal address", KindSyntaxError, perm},                                                // Amazon SES

	// ---- MDaemon ----
	{StageRcpt, "550 5.7.1 Relay denied", KindRelayDenied, perm},                                  // MDaemon relay control (usual wording, not checked against a capture)
	{StageRcpt, "551 5.7.1 Unauthorized relay attempt", KindRelayDenied, perm},                    // MDaemon relay control (usual wording, not checked against a capture)
	{StageRcpt, "550 5.1.1 <a@example.com>... User unknown", KindRecipientUnknown, perm},          // MDaemon (usual wording, not checked against a capture)
	{StageRcpt, "451 Greylisting enabled, try again later", KindGreylisted, temp},                 // MDaemon greylisting (usual wording, not checked against a capture)
	{StageMail, "550 5.7.1 Authentication required", KindAuthRequired, perm},                      // MDaemon "require SMTP authentication" (usual wording, not checked against a capture)
	{StageMail, "552 Message size exceeds fixed maximum message size", KindMessageTooLarge, perm}, // MDaemon (usual wording, not checked against a capture)
	{StageRcpt, "452 4.2.2 Mailbox is full", KindMailboxFull, temp},                               // MDaemon quota (usual wording, not checked against a capture)
	{StageMail, "550 5.7.1 Sender address is not allowed", KindSenderRejected, perm},              // MDaemon sender blacklist (usual wording, not checked against a capture)
	{StageRcpt, "550 5.7.1 IP address blocked, contact postmaster", KindBlocked, perm},            // MDaemon IP screen (usual wording, not checked against a capture)
	{StageAuth, "535 5.7.8 Authentication failed", KindAuthFailed, perm},                          // MDaemon (usual wording, not checked against a capture)

	// ---- hMailServer (hmailserver.com/documentation, error messages) ----
	{StageRcpt, "550 Delivery is not allowed to this address.", KindRelayDenied, perm},                                                // hMailServer IP ranges
	{StageMail, "530 SMTP authentication is required.", KindAuthRequired, perm},                                                       // hMailServer documentation, error messages
	{StageRcpt, "550 Unknown user", KindRecipientUnknown, perm},                                                                       // hMailServer (usual wording, not checked against a capture)
	{StageRcpt, "451 Please try again later.", KindServiceUnavailable, temp},                                                          // hMailServer greylisting (no greylist word) (usual wording, not checked against a capture)
	{StageAuth, "535 Authentication failed. Restarting authentication process.", KindAuthFailed, perm},                                // hMailServer (usual wording, not checked against a capture)
	{StageRcpt, "550 Blocked", KindBlocked, perm},                                                                                     // hMailServer DNS blacklist (usual wording, not checked against a capture)
	{StageData, "552 Message size exceeds fixed maximum message size. Size: 30000 KB, Max size: 20000 KB", KindMessageTooLarge, perm}, // hMailServer (usual wording, not checked against a capture)
	{StageMail, "550 Sender address does not exist", KindSenderRejected, perm},                                                        // hMailServer (usual wording, not checked against a capture)
	{StageRcpt, "452 Mailbox is full.", KindMailboxFull, temp},                                                                        // hMailServer (usual wording, not checked against a capture)
	{StageGreeting, "421 Too many concurrent connections from your IP. Try again later.", KindRateLimited, temp},                      // hMailServer (usual wording, not checked against a capture)
	{StageMail, "530 5.7.0 A secure connection is required.", KindTLSRequired, perm},                                                  // hMailServer require SSL (usual wording, not checked against a capture)

	// ---- Courier ----
	{StageRcpt, "513 Relaying denied.", KindRelayDenied, perm},                                                                                  // Courier-MTA
	{StageRcpt, "550 User <a@example.com> unknown", KindRecipientUnknown, perm},                                                                 // Courier fail2ban filter
	{StageAuth, "535 Authentication failed.", KindAuthFailed, perm},                                                                             // Courier fail2ban filter
	{StageMail, "517-Domain does not exist: nonexistent.example.\r\n517 Domain does not exist: nonexistent.example.", KindDomainNotFound, perm}, // Courier (5xx non-standard code) (usual wording, not checked against a capture)
	{StageRcpt, "550 Mail rejected: Your mail server is in a blacklist", KindBlocked, perm},                                                     // Courier BLACKLISTS (usual wording, not checked against a capture)
	{StageData, "523 Message length exceeds administrative limit.", KindMessageTooLarge, perm},                                                  // Courier (usual wording, not checked against a capture)
	{StageRcpt, "432 Mail server busy, try again later.", KindRateLimited, temp},                                                                // Courier (4xx non-standard, server busy) (usual wording, not checked against a capture)

	// ---- HCL/Lotus Domino ----
	{StageRcpt, "554 Relay rejected for policy reasons.", KindRelayDenied, perm},                       // Domino inbound relay controls
	{StageRcpt, "550 Relay rejected for policy reasons.", KindRelayDenied, perm},                       // Domino (usual wording, not checked against a capture)
	{StageRcpt, "550 a@example.com... No such user", KindRecipientUnknown, perm},                       // Domino (usual wording, not checked against a capture)
	{StageMail, "550 Message rejected: Sender domain could not be verified", KindSenderRejected, perm}, // Domino verify sender domain (usual wording, not checked against a capture)
	{StageGreeting, "554 Mail from 192.0.2.1 rejected for policy reasons.", KindPolicyRejected, perm},  // Domino connection controls (usual wording, not checked against a capture)
	{StageGreeting, "550 Your host 192.0.2.1 is listed in a DNS blacklist", KindBlocked, perm},         // Domino DNSBL (usual wording, not checked against a capture)
	{StageData, "552 Message exceeds maximum message size", KindMessageTooLarge, perm},                 // Domino (usual wording, not checked against a capture)
	{StageRcpt, "552 Mailbox full", KindMailboxFull, perm},                                             // Domino (usual wording, not checked against a capture)
	{StageAuth, "535 Authentication failed", KindAuthFailed, perm},                                     // Domino (usual wording, not checked against a capture)

	// ---- Other servers and providers ----
	{StageRcpt, "550 Relaying denied", KindRelayDenied, perm},                                                          // gammadyne.com/relaying_denied.htm
	{StageRcpt, "550 Relaying not allowed", KindRelayDenied, perm},                                                     // gammadyne.com/relaying_denied.htm
	{StageRcpt, "553 SMTP Relaying Denied", KindRelayDenied, perm},                                                     // gammadyne.com; manage.dinsol.com KB
	{StageRcpt, "550 Relaying denied - please see http://support.gradwell.net/article.php?197", KindRelayDenied, perm}, // Gradwell KB
	{StageRcpt, "550 Mail Relay not allowed", KindRelayDenied, perm},                                                   // Gordano GMS KB Q0475
	{StageRcpt, "503 This mail server requires authentication when attempting to send to a non-local e-mail address. Please check your mail client settings or contact your administrator to verify that the domain or address is defined for this server.", KindRelayDenied, perm}, // MailEnable
	{StageRcpt, "550 Relay denied for <a@example.com>", KindRelayDenied, perm},                                                                  // mailcow-dockerized#2095
	{StageRcpt, "550 Relaying prohibited", KindRelayDenied, perm},                                                                               // sadomain.co.za KB
	{StageRcpt, "550 5.7.1 Relaying to <a@example.com> denied (authentication required)", KindRelayDenied, perm},                                // Kerio Connect (usual wording, not checked against a capture)
	{StageRcpt, "553 Relaying disallowed", KindRelayDenied, perm},                                                                               // Zoho Mail (usual wording, not checked against a capture)
	{StageRcpt, "550 not local host example.org, not a gateway", KindRelayDenied, perm},                                                         // Ipswitch IMail; Sisimai NoRelaying patterns
	{StageRcpt, "550 You are not allowed to relay through this machine", KindRelayDenied, perm},                                                 // Sisimai NoRelaying patterns
	{StageRcpt, "554 Insecure Mail Relay", KindRelayDenied, perm},                                                                               // Sisimai NoRelaying patterns
	{StageRcpt, "550 This system is not configured to relay mail from <a@example.com> to <b@example.org> for 192.0.2.1", KindRelayDenied, perm}, // Sisimai NoRelaying patterns
	{StageRcpt, "550 we don't handle mail for example.org", KindRelayDenied, perm},                                                              // Sisimai NoRelaying patterns
	{StageRcpt, "550 Specified domain is not allowed.", KindRelayDenied, perm},                                                                  // Sisimai NoRelaying patterns
	{StageRcpt, "550 I'm not an open relay, so get lost", KindRelayDenied, perm},                                                                // Sisimai NoRelaying patterns
	{StageRcpt, "550 Relaying mail to example.org is not allowed", KindRelayDenied, perm},                                                       // Sisimai NoRelaying patterns
	{StageRcpt, "550 5.7.1 Your IP is not permitted to relay through this server", KindRelayDenied, perm},                                       // aiosmtpd relay (public code)
	{StageRcpt, "550 Relais interdit !", KindRelayDenied, perm},                                                                                 // French-language server, public bounce-reason mapping
	{StageRcpt, "551 User not local; please try <a@example.org>", KindRelayDenied, perm},                                                        // RFC 5321 §3.4 551 wording
	{StageRcpt, "551 relay not permitted", KindRelayDenied, perm},                                                                               // Mailpit issue #219 discussion
	{StageRcpt, "550 Authentication is required for relay", KindRelayDenied, perm},                                                              // a1webhosts KB
	{StageRcpt, "553 sorry, you must check for new mail before sending (POP-before-SMTP)", KindRelayDenied, perm},                               // POP-before-SMTP hosting (register365 KB wording) (usual wording, not checked against a capture)
	{StageRcpt, "550 5.7.1 Relay access denied: you must check your mail before sending", KindRelayDenied, perm},                                // POP-before-SMTP provider variant (usual wording, not checked against a capture)
	{StageRcpt, "550 Invalid recipient: <someone@example.com>", KindRecipientUnknown, perm},                                                     // OpenSMTPD 6.8 captured (also its relay denial)
	{StageRcpt, "524 5.2.4 Mailing list expansion problem: <nobody@local.test>", KindRecipientUnknown, perm},                                    // OpenSMTPD 6.8 captured
	{StageData, "554 5.3.4 Message too big for system: Transaction failed, message too big", KindMessageTooLarge, perm},                         // OpenSMTPD 6.8 captured
	{StageAuth, "503 5.5.1 Invalid command: Command not allowed at this point.", KindSyntaxError, perm},                                         // OpenSMTPD 6.8 captured: AUTH without TLS (503 at AUTH)
	{StageGreeting, "500 5.5.1 Invalid command: Pipelining not supported", KindSyntaxError, perm},                                               // OpenSMTPD 6.8 captured
	{StageRcpt, "550 5.1.0 Requested action not taken: mailbox unavailable", KindRecipientUnknown, perm},                                        // Mailpit captured: smtp-allowed-recipients
	{StageRcpt, "452 4.5.3 Too many recipients", KindRateLimited, temp},                                                                         // Mailpit captured: smtp-max-recipients
	{StageAuth, "535 5.7.8 Authentication credentials invalid", KindAuthFailed, perm},                                                           // Mailpit captured
	{StageRcpt, "554 Chaos recipient error", KindPolicyRejected, perm},                                                                          // Mailpit chaos captured (no enhanced code; 554 at RCPT)
	{StageMail, "451 Chaos sender error", KindServiceUnavailable, temp},                                                                         // Mailpit chaos captured
	{StageAuth, "454 Chaos authentication error", KindAuthFailed, temp},                                                                         // Mailpit chaos captured
	{StageMail, "550 Sender address is not allowed.", KindSenderRejected, perm},                                                                 // docker-postfixrelay#46 (upstream reply)
	{StageMail, "550 5.7.1 Sender address not permitted", KindSenderRejected, perm},                                                             // aiosmtpd relay (public code)
	{StageRcpt, "550 5.7.1 Recipient address rejected: Access denied", KindRecipientUnknown, perm},                                              // Microsoft 365 DBEB short form
	{StageGreeting, "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.", KindBlocked, perm}, // Barracuda / Cisco IronPort (usual wording, not checked against a capture)
	{StageGreeting, "554 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer", KindBlocked, perm},                                                                                              // Cisco IronPort SenderBase (usual wording, not checked against a capture)
	{StageGreeting, "550 5.7.1 Mail from 192.0.2.1 refused by blackhole site zen.spamhaus.org", KindBlocked, perm},                                                                                                                                       // Proofpoint / generic DNSBL (usual wording, not checked against a capture)
	{StageGreeting, "554 5.7.1 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1", KindBlocked, perm},                                                                                                                           // Proofpoint (Sisimai Blocked patterns)
	{StageGreeting, "554 5.7.1 192.0.2.1 has been blocked by abuseat", KindBlocked, perm},                                                                                                                                                                // Barracuda CBL (usual wording, not checked against a capture)
	{StageGreeting, "550 5.7.1 We do not accept mail from dynamic IPs", KindBlocked, perm},                                                                                                                                                               // mail.ru (Sisimai Blocked patterns)
	{StageGreeting, "550 Please get a custom reverse DNS name from your ISP for your host", KindBlocked, perm},                                                                                                                                           // Sisimai Blocked patterns
	{StageGreeting, "421 Go away", KindBlocked, temp},                                                                                                                                                                                                    // Sisimai Blocked patterns
	{StageData, "550 5.7.1 Message rejected as spam by Content Filtering.", KindPolicyRejected, perm},                                                                                                                                                    // Exchange content filter
	{StageData, "554 5.7.1 The message was rejected because it contains prohibited virus or spam content", KindPolicyRejected, perm},                                                                                                                     // Mimecast-style reject (usual wording, not checked against a capture)
	{StageData, "550 5.7.1 Email rejected per DMARC policy for example.com", KindPolicyRejected, perm},                                                                                                                                                   // generic DMARC reject (usual wording, not checked against a capture)
	{StageData, "550 5.7.1 SPF check failed", KindPolicyRejected, perm},                                                                                                                                                                                  // generic SPF reject (usual wording, not checked against a capture)
	{StageData, "550 5.7.20 No passing DKIM signature found", KindPolicyRejected, perm},                                                                                                                                                                  // RFC 7372 X.7.20
	{StageRcpt, "550 5.2.1 Mailbox disabled, not accepting messages", KindMailboxDisabled, perm},                                                                                                                                                         // RFC 3463 X.2.1 wording
	{StageRcpt, "550 5.2.1 User account is inactive", KindMailboxDisabled, perm},                                                                                                                                                                         // generic (usual wording, not checked against a capture)
	{StageRcpt, "550 5.1.2 Host unknown", KindDomainNotFound, perm},                                                                                                                                                                                      // RFC 3463 X.1.2
	{StageRcpt, "550 5.1.2 <a@nonexistent.example>: Recipient address rejected: Domain not found", KindDomainNotFound, perm},                                                                                                                             // Postfix reject_unknown_recipient_domain (5xx)
	{StageRcpt, "556 5.1.10 Recipient address has null MX", KindDomainNotFound, perm},                                                                                                                                                                    // RFC 7505
	{StageMail, "550 5.7.27 Sender address has null MX", KindSenderRejected, perm},                                                                                                                                                                       // RFC 7505
	{StageGreeting, "521 5.3.2 mx.example.com does not accept mail", KindDomainNotFound, perm},                                                                                                                                                           // RFC 7504 521
	{StageRcpt, "550 5.1.6 Destination mailbox has moved, no forwarding address", KindRecipientUnknown, perm},                                                                                                                                            // RFC 3463 X.1.6
	{StageRcpt, "450 4.2.1 Mailbox temporarily disabled", KindMailboxDisabled, temp},                                                                                                                                                                     // RFC 3463 X.2.1 (temporary)

	// ---- RFC 3463 / RFC 5248 / RFC 4954 enhanced codes with their registry texts ----
	{StageRcpt, "550 5.1.1 Bad destination mailbox address", KindRecipientUnknown, perm},                        // RFC 3463 X.1.1
	{StageRcpt, "501 5.1.3 Bad destination mailbox address syntax", KindSyntaxError, perm},                      // RFC 3463 X.1.3
	{StageRcpt, "550 5.1.4 Destination mailbox address ambiguous", KindRecipientUnknown, perm},                  // RFC 3463 X.1.4
	{StageMail, "553 5.1.7 Bad sender's mailbox address", KindSenderRejected, perm},                             // RFC 3463 X.1.7 (registry title without "syntax")
	{StageMail, "553 5.1.8 Bad sender's system address", KindSenderRejected, perm},                              // RFC 3463 X.1.8
	{StageRcpt, "552 5.2.2 Mailbox full", KindMailboxFull, perm},                                                // RFC 3463 X.2.2
	{StageRcpt, "452 4.2.2 Mailbox full", KindMailboxFull, temp},                                                // RFC 3463 X.2.2 (temporary)
	{StageData, "552 5.2.3 Message length exceeds administrative limit", KindMessageTooLarge, perm},             // RFC 3463 X.2.3
	{StageData, "452 4.3.1 Mail system full", KindServiceUnavailable, temp},                                     // RFC 3463 X.3.1
	{StageGreeting, "421 4.3.2 System not accepting network messages", KindServiceUnavailable, temp},            // RFC 3463 X.3.2
	{StageData, "554 5.3.4 Message too big for system", KindMessageTooLarge, perm},                              // RFC 3463 X.3.4
	{StageData, "451 4.3.5 System incorrectly configured", KindServiceUnavailable, temp},                        // RFC 3463 X.3.5
	{StageData, "451 4.4.1 No answer from host", KindConnectionFailed, temp},                                    // RFC 3463 X.4.1
	{StageData, "451 4.4.2 Bad connection", KindConnectionFailed, temp},                                         // RFC 3463 X.4.2
	{StageData, "451 4.4.3 Directory server failure", KindServiceUnavailable, temp},                             // RFC 3463 X.4.3
	{StageData, "550 5.4.4 Unable to route", KindDomainNotFound, perm},                                          // RFC 3463 X.4.4
	{StageData, "451 4.4.5 Mail system congestion", KindRateLimited, temp},                                      // RFC 3463 X.4.5
	{StageData, "554 5.4.7 Delivery time expired", KindTimeout, perm},                                           // RFC 3463 X.4.7
	{StageMail, "500 5.5.1 Invalid command", KindSyntaxError, perm},                                             // RFC 3463 X.5.1
	{StageMail, "501 5.5.2 Syntax error", KindSyntaxError, perm},                                                // RFC 3463 X.5.2
	{StageRcpt, "452 4.5.3 Too many recipients", KindRateLimited, temp},                                         // RFC 3463 X.5.3
	{StageMail, "501 5.5.4 Invalid command arguments", KindSyntaxError, perm},                                   // RFC 3463 X.5.4
	{StageData, "554 5.6.1 Media not supported", KindPolicyRejected, perm},                                      // RFC 3463 X.6.1
	{StageRcpt, "550 5.7.1 Delivery not authorized, message refused", KindPolicyRejected, perm},                 // RFC 3463 X.7.1 registry text
	{StageData, "550 5.7.2 Mailing list expansion prohibited", KindPolicyRejected, perm},                        // RFC 3463 X.7.2
	{StageData, "554 5.7.4 Security features not supported", KindTLSFailed, perm},                               // RFC 3463 X.7.4
	{StageData, "554 5.7.5 Cryptographic failure", KindTLSFailed, perm},                                         // RFC 3463 X.7.5
	{StageAuth, "535 5.7.8 Authentication credentials invalid", KindAuthFailed, perm},                           // RFC 4954
	{StageAuth, "534 5.7.9 Authentication mechanism is too weak", KindAuthFailed, perm},                         // RFC 4954
	{StageAuth, "538 5.7.11 Encryption required for requested authentication mechanism", KindTLSRequired, perm}, // RFC 4954
	{StageMail, "530 5.7.0 Authentication required", KindAuthRequired, perm},                                    // RFC 4954
	{StageAuth, "454 4.7.0 Temporary authentication failure", KindAuthFailed, temp},                             // RFC 4954
	{StageMail, "523 5.7.10 Encryption Needed", KindTLSRequired, perm},                                          // RFC 5248 X.7.10
	{StageAuth, "525 5.7.13 User Account Disabled", KindAuthFailed, perm},                                       // RFC 5248 X.7.13 at AUTH
	{StageRcpt, "550 5.7.13 User Account Disabled", KindMailboxDisabled, perm},                                  // RFC 5248 X.7.13 at RCPT
	{StageRcpt, "550 5.7.17 Mailbox owner has changed", KindRecipientUnknown, perm},                             // RFC 6710 X.7.17
	{StageData, "550 5.7.23 SPF validation failed", KindPolicyRejected, perm},                                   // RFC 7372 X.7.23
	{StageData, "550 5.7.26 Multiple authentication checks failed", KindPolicyRejected, perm},                   // RFC 7372 X.7.26
	{StageData, "550 5.7.28 Mail flood detected", KindRateLimited, perm},                                        // RFC 8689-era registry X.7.28
	{StageStartTLS, "454 4.7.0 TLS not available due to local problem", KindTLSFailed, temp},                    // Postfix / RFC 3207 454
	{StageStartTLS, "454 TLS not available due to temporary reason", KindTLSFailed, temp},                       // RFC 3207 §4
	{StageStartTLS, "501 Syntax error (no parameters allowed)", KindSyntaxError, perm},                          // RFC 3207 §4
	{StageGreeting, "554 No SMTP service here", KindBlocked, perm},                                              // RFC 5321 §3.1 (554 greeting)
	{StageRcpt, "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown, perm},              // RFC 5321 §4.2.2 550 text
	{StageData, "552 Requested mail action aborted: exceeded storage allocation", KindMailboxFull, perm},        // RFC 5321 552 text
	{StageRcpt, "553 Requested action not taken: mailbox name not allowed", KindRecipientUnknown, perm},         // RFC 5321 553 text
	{StageData, "554 Transaction failed", KindServiceUnavailable, perm},                                         // RFC 5321 554 text
	{StageData, "451 Requested action aborted: local error in processing", KindServiceUnavailable, temp},        // RFC 5321 451 text
	{StageMail, "455 Server unable to accommodate parameters", KindServiceUnavailable, temp},                    // RFC 5321 455 text
	{StageMail, "555 MAIL FROM/RCPT TO parameters not recognized or not implemented", KindSyntaxError, perm},    // RFC 5321 555 text
	{StageRcpt, "450 Requested mail action not taken: mailbox unavailable", KindRecipientUnknown, temp},         // RFC 5321 450 text

	// ---- Codes and stage only: what is left when the words say nothing ----
	{StageRcpt, "550", KindRecipientUnknown, perm},            // bare 550 at RCPT: stage decides
	{StageMail, "550", KindSenderRejected, perm},              // bare 550 at MAIL
	{StageData, "554", KindPolicyRejected, perm},              // bare 554 at DATA
	{StageGreeting, "554", KindBlocked, perm},                 // bare 554 greeting
	{StageAuth, "535", KindAuthFailed, perm},                  // bare 535
	{StageMail, "530", KindAuthRequired, perm},                // bare 530
	{StageRcpt, "421", KindServiceUnavailable, temp},          // bare 421
	{StageRcpt, "452", KindRateLimited, temp},                 // bare 452 at RCPT (RFC 5321 §4.5.3.1.10)
	{StageRcpt, "550 5.7.1", KindPolicyRejected, perm},        // bare 5.7.1 at RCPT: not enough to say relay
	{StageGreeting, "550 5.7.1", KindBlocked, perm},           // bare 5.7.1 at the greeting
	{StageMail, "550 5.7.1", KindSenderRejected, perm},        // bare 5.7.1 at MAIL
	{StageAuth, "454 4.7.0", KindAuthFailed, temp},            // bare 454 4.7.0 at AUTH
	{StageRcpt, "454 4.7.1", KindPolicyRejected, temp},        // bare 454 4.7.1 at RCPT: 4.7.1 at RCPT is a refusal
	{StageRcpt, "551", KindRelayDenied, perm},                 // bare 551
	{StageData, "552", KindMessageTooLarge, perm},             // bare 552 at DATA
	{StageRcpt, "552", KindMailboxFull, perm},                 // bare 552 at RCPT
	{StageStartTLS, "454", KindTLSFailed, temp},               // bare 454 at STARTTLS
	{StageRcpt, "Relay access denied", KindRelayDenied, perm}, // words without a code (a log line)
	{StageRcpt, "host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)", KindRecipientUnknown, perm}, // Postfix bounce diagnostic
	{Stage(""), "554 5.7.1 <a@b.example>: Relay access denied", KindRelayDenied, perm},                                                                                                // no stage given (taskmail explain default)
	{Stage(""), "451 4.7.1 Greylisted, try again in 5 minutes", KindGreylisted, temp},                                                                                                 // no stage given

	// ---- Replies quoted in a public question on bounce meanings (serverfault.com/questions/758971) ----
	{StageRcpt, "550 we do not relay", KindRelayDenied, perm},                                                           // serverfault 758971
	{StageRcpt, "554 5.1.0 Sender denied", KindSenderRejected, perm},                                                    // serverfault 758971
	{StageRcpt, "550 Denied by policy", KindPolicyRejected, perm},                                                       // serverfault 758971
	{StageData, "554 5.4.6 Maximum forwarding loop count exceeded", KindServiceUnavailable, perm},                       // serverfault 758971
	{StageRcpt, "550 #5.1.0 Address rejected", KindRecipientUnknown, perm},                                              // serverfault 758971
	{StageRcpt, "550 5.7.1 Command not allowed", KindPolicyRejected, perm},                                              // serverfault 758971
	{StageRcpt, "554 5.7.1 Access denied", KindBlocked, perm},                                                           // serverfault 758971
	{StageRcpt, "550 5.7.1 routed address relaying denied #131", KindRelayDenied, perm},                                 // smtpf (Barricade MX) reply list
	{StageGreeting, "550 5.7.1 host mail.example.net [192.0.2.1] black listed #120", KindBlocked, perm},                 // smtpf reply list
	{StageMail, "550 5.7.1 sender <a@example.com> black listed #127", KindBlocked, perm},                                // smtpf reply list
	{StageGreeting, "450 4.7.1 host mail.example.net [192.0.2.1] temporary failure #853", KindServiceUnavailable, temp}, // smtpf reply list

	// ---- Replies that fit no kind ----
	{StageData, "250 2.0.0 Ok: queued as 49FCD9946BC", KindUnknown, perm}, // Postfix 3.7 captured: success is not a failure
	{StageQuit, "221 2.0.0 Bye", KindUnknown, perm},                       // Postfix QUIT
	{Stage(""), "550 Requested action not taken", KindUnknown, perm},      // RFC 5321 550 text, no stage given
	{Stage(""), "554 5.0.0 Undefined status", KindUnknown, perm},          // RFC 3463 X.0.0, no stage given

	// ---- POP3 (POP-before-SMTP) ----
	{StagePOP, "-ERR [AUTH] Authentication failed.", KindPOPFailed, perm},                 // Dovecot 2.3 captured (real-servers.md)
	{StagePOP, "-ERR [SYS/TEMP] Temporary authentication failure", KindPOPFailed, temp},   // RFC 3206 response code
	{StagePOP, "-ERR [IN-USE] Mailbox is locked by another session", KindPOPFailed, temp}, // RFC 2449 response code
	{StagePOP, "-ERR APOP not enabled.", KindPOPFailed, perm},                             // Dovecot 2.3 captured
}
