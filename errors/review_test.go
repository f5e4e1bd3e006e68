package errors

import (
	"strings"
	"testing"
)

// TestConceptRulesPrecision holds ordinary replies that the concept rules
// (the client subject, a limit exceeded, whose list, a condition without a
// subject, HELO, log-in and TLS pairs, word ends) must not misread.
func TestConceptRulesPrecision(t *testing.T) {
	checkKinds(t, []kindCase{
		// A limit on recipients or on an account is a rate, not a quota.
		{StageRcpt, "452 Number of recipients exceeded", KindRateLimited},
		{"", "451 Account send limit reached", KindRateLimited},
		{"", "550 Your account has exceeded its daily message limit", KindRateLimited},
		{"", "550 RP:RCL 群发收件人数量超过了限额", KindRateLimited},
		{"", "552 Mailbox limit exceeded", KindMailboxFull},
		// A limit of hops is a loop, of a command's time a timeout.
		{"", "554 Hop limit exceeded", KindUnknown},
		{"", "421 Command timeout limit exceeded", KindTimeout},
		// Connecting to a server that refuses is a failed connection; the
		// remote server of an NDR is the recipient's.
		{"", "451 4.4.0 Error encountered while connecting to the remote server: connection refused", KindConnectionFailed},
		{"", "Remote Server returned '550 5.7.1 Message rejected due to content restrictions'", KindPolicyRejected},
		// A bare condition does not overrule an enhanced code's class.
		{"", "554 5.3.0 Unknown error", KindServiceUnavailable},
		{"", "550 5.7.1 Invalid request", KindPolicyRejected},
		// Chinese: a concurrency too large, an IP suspended, the sender.
		{"", "421 HL:ICC 该IP同时并发连接数过大，超过了网易的限制，被临时禁止连接", KindRateLimited},
		{"", "550 MI:IMF 发信人电子邮件地址不合规范", KindSenderRejected},
		// The sending server listed is the client's block, not the sender's.
		{"", "550 5.7.1 Mail from this sender is blocked because the sending server is listed in a blocklist", KindBlocked},
		{"", "550 5.7.1 Sender host is blacklisted", KindBlocked},
		// "(EHLO)" names the stage; an error with it is not a HELO block.
		{"", "421 4.7.0 Temporary error, please try again later. (EHLO)", KindServiceUnavailable},
		{"", "550 5.1.2 Domain disabled", KindDomainNotFound},
		{"", "554 5.7.1 TLS required but not offered by the sending server", KindTLSRequired},
		// A word ends at white space or punctuation, not inside an address,
		// and punctuation outside ASCII ends it too.
		{StageRcpt, "550 5.1.1 <sender@example.com>... User unknown", KindRecipientUnknown},
		{"", "552 Postfach voll。", KindMailboxFull},
		{"", "550 Bad IP, rejected", KindBlocked},
		{"", "554 5.7.1 Rejected because of bad IP.", KindBlocked},
		{"", "550 Domain in MAIL FROM has null MX record", KindSenderRejected},
	})
}

// TestAddressesAndOrder: words inside a mail address are no evidence;
// the message's content and message authentication decide before the
// client and before login words.
func TestAddressesAndOrder(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Your IP is filtered. Write to spammaster@example.org", KindBlocked},
		// SmarterMail's domain out of storage (a recipient's), and a
		// message's size beside an address.
		{"", "<user@example.com> Domain size limit exceeded", KindMailboxFull},
		{"", "<user@example.com> Message size limit exceeded", KindMessageTooLarge},
		{"", "550 The message has been rejected because the client submitted invalid content", KindPolicyRejected},
		{"", "550 5.7.1 Message rejected: SPF authentication failed", KindPolicyRejected},
		{"", "550 5.7.1 Unauthenticated email is not accepted from this domain: authentication error", KindPolicyRejected},
	})
}

// TestDomainAloneIsNoDeadDomain: a domain named with no condition is no
// evidence that it takes no mail; its MX named alone is.
func TestDomainAloneIsNoDeadDomain(t *testing.T) {
	if got := Classify("", "550 domain example.org: see our terms of service"); got.Kind == KindDomainNotFound {
		t.Errorf("Classify(a domain named alone) = %s (%s), want anything but domain_not_found", got.Kind, got.Evidence)
	}
	if got := Classify("", "All relevant MX records point to non-existent hosts"); got.Kind != KindDomainNotFound {
		t.Errorf("Classify(MX to non-existent hosts) = %s (%s), want domain_not_found", got.Kind, got.Evidence)
	}
}

// TestOrdinaryRepliesKeepTheirKinds: ordinary replies that terms added to
// the rules had turned wrong, each a term read out of its context: "use
// your ISP" after a relay denial, "not accepted" or "not enabled" said of
// outside senders, encrypted or password-protected attachments,
// suspicious content from an address, a guessed kind at MAIL FROM; a
// sending limit "authorized" or "permitted", "your domain administrator",
// a remaining quota of sending, the client's hostname lookup, a database,
// an attachment's format, a service disabled, X.5.3's too many
// recipients; X.5.6 outside AUTH, a stage read from the bounce, spam words
// inside longer words, a rate due to reputation, a message "still
// undelivered" for a stated cause, a mailbox's size, a message's storage
// limit, Chinese spam and rates, a blocked database, declined blocklist
// words; and, from a third review, "as" the conjunction after a relay
// denial, "the list" of anything, the server's own resolver, a user "not
// found on this domain", an account for this domain that is suspended or
// full, blocks "for 24 hours", connections and retries exceeded, MIME
// parsing errors, parameters "out of allowed range", headers "more than
// once in" a message, "im Auftrag" of a recipient, an incorrect reverse
// DNS, a mailbox's size against a message's, a HELO "fully qualified".
func TestOrdinaryRepliesKeepTheirKinds(t *testing.T) {
	checkKinds(t, []kindCase{
		{StageRcpt, "554 5.7.1 <b@example.org>: Relaying denied. Please use your ISP's SMTP server.", KindRelayDenied},
		// A user or address not found in a domain is the recipient's, in
		// any language; a sender's domain that is not local is the sender's.
		{"", "550 L'utilisateur n'existe pas sur le domaine example.com", KindRecipientUnknown},
		{"", "550 Cette adresse n'existe pas dans le domaine example.com", KindRecipientUnknown},
		{"", "550 Benutzer in der Domain example.com nicht gefunden", KindRecipientUnknown},
		{"", "550 Die Adresse wurde in der Domain nicht gefunden", KindRecipientUnknown},
		{"", "550 User does not exist in domain example.com", KindRecipientUnknown},
		{"", "550 User not found in domain example.com", KindRecipientUnknown},
		{"", "550 Address not found in the domain", KindRecipientUnknown},
		{"", "553 Sender domain is not a local domain", KindSenderRejected},
		{"", "552 User has no space on disk left", KindMailboxFull},
		{"", "550 We do not relay. Please use your ISPs SMTP server", KindRelayDenied},
		{"", "550 5.7.1 Messages from external domains are not accepted by this recipient", KindPolicyRejected},
		{"", "554 5.7.1 Encrypted attachments are not supported", KindPolicyRejected},
		{"", "550 5.7.1 Encrypted archives are not allowed; a virus scan is required", KindPolicyRejected},
		{"", "554 5.7.1 Suspicious attachment from 203.0.113.5", KindPolicyRejected},
		{"", "550 Message from 203.0.113.5 rejected as suspicious", KindPolicyRejected},
		{"", "554 5.7.1 Password protected zip files are not allowed", KindPolicyRejected},
		{"", "550 5.7.1 Message rejected: encrypted or password-protected attachments are prohibited", KindPolicyRejected},
		{"", "451 4.7.1 Hourly sending limit exceeded for authenticated user", KindRateLimited},
		{"", "550 5.4.5 You have exceeded the number of messages you are permitted to send per day", KindRateLimited},
		{"", "451 4.7.1 You are only authorized to send 500 messages per hour", KindRateLimited},
		{"", "554 5.6.0 Please send as plain text", KindPolicyRejected},
		{"", "550 User unknown. Please contact your domain administrator", KindRecipientUnknown},
		{"", "550 5.2.1 This mailbox has been disabled. Please ask your domain administrator", KindMailboxDisabled},
		{"", "550 5.7.1 Remaining quota: 0. Hourly sending limit reached", KindRateLimited},
		{"", "421 4.7.0 Hostname lookup failed, try again later", KindServiceUnavailable},
		{"", "451 4.3.0 Database connection error", KindServiceUnavailable},
		{"", "554 5.7.1 Attachment of unknown format rejected", KindPolicyRejected},
		{"", "421 4.3.2 Service disabled for this domain", KindServiceUnavailable},
		{"", "452 4.5.3 Invalid recipient", KindRecipientUnknown},
		{StageAuth, "500 5.5.6 Authentication Exchange line is too long", KindAuthFailed},
		{StageMail, "550 5.5.6 Requested action not taken", KindSyntaxError},
		{"", "552 5.2.2 Over quota (in reply to MAIL FROM command)", KindRateLimited},
		{"", "550 5.7.1 Ihre IP-Adresse 192.0.2.1 wurde als Spamquelle erkannt", KindBlocked},
		{"", "421 4.7.0 Throttled due to poor IP reputation", KindBlocked},
		{"", "Your message is still undelivered: connection refused by mx.example.com", KindConnectionFailed},
		{"", "552 5.2.2 Mailbox size violation", KindMailboxFull},
		{"", "552 Die Nachricht ist größer als die Speichergrenze für Anhänge", KindMessageTooLarge},
		{"", "550 您的郵件被判定為垃圾郵件", KindPolicyRejected},
		{"", "421 发送频率过快，服务器忙碌", KindRateLimited},
		{"", "550 5.7.1 Your IP 192.0.2.1 is in our blocked database", KindBlocked},
		{"", "Ваш IP-адрес 192.0.2.1 находится в черном списке", KindBlocked},
		// A third review, of this round's terms (7877b05..4221b4f).
		{"", "550 5.7.1 Relaying denied as per local policy", KindRelayDenied},
		{"", "550 Relaying denied as you are not authenticated", KindRelayDenied},
		{"", "553 5.7.1 Relaying not allowed as recipient domain is not local", KindRelayDenied},
		{"", "550 5.7.1 Relay denied as your IP is not in the allowed list", KindRelayDenied},
		{"", "554 5.7.1 Client host rejected: your IP is on the list of banned hosts", KindBlocked},
		{"", "421 4.7.0 Connection refused: your IP address is on the list of known spammers", KindBlocked},
		{"", "554 5.7.1 Connection refused: your host is not on the list of allowed hosts", KindBlocked},
		{"", "550 5.7.1 HELO rejected: your hostname is on the list of forged hosts", KindBlocked},
		{"", "554 5.7.1 Your IP was rejected due to this listing at uceprotect.net", KindBlocked},
		{"", "550 5.7.1 Sender address rejected: address is on the list of disallowed senders", KindSenderRejected},
		{"", "550 5.1.1 One or more recipients in the list were rejected: user unknown", KindRecipientUnknown},
		{"", "554 5.5.0 The listed recipients were rejected: no such user", KindRecipientUnknown},
		{"", "550 5.1.1 Address rejected: not in the list of valid addresses", KindRecipientUnknown},
		{"", "550 5.7.1 Command rejected: AUTH not allowed, see the list of supported mechanisms", KindAuthFailed},
		{"", "452 4.5.3 Recipients refused: the list of recipients exceeds 50", KindRateLimited},
		{"", "550 5.7.1 Absender abgelehnt: Sie stehen auf dieser Liste gesperrter Absender, Versand nicht gestattet", KindSenderRejected},
		{"", "451 4.3.0 Temporary local problem - please try later (name server error)", KindServiceUnavailable},
		{"", "451 4.3.0 Internal error during DNS lookup", KindServiceUnavailable},
		{"", "451 Temporary lookup failure: name resolution error in the local resolver", KindServiceUnavailable},
		{"", "451 4.3.0 Temporary failure in name resolution, try again later", KindServiceUnavailable},
		{"", "451 4.3.0 Error: database error during name server lookup", KindServiceUnavailable},
		{"", "451 4.3.0 Mailbox lookup failed: name server error", KindServiceUnavailable},
		{"", "451 4.3.0 Error resolving alias, try again later", KindServiceUnavailable},
		{"", "451 4.3.0 Failed resolving user address: LDAP error", KindServiceUnavailable},
		{"", "451 4.3.0 Error: internal error resolving virtual alias table", KindServiceUnavailable},
		{StageConnect, "dial tcp: lookup mail.example.com: name resolution failed", KindConnectionFailed},
		{"", "550 5.1.1 User could not be found on this domain", KindRecipientUnknown},
		{"", "550 5.1.1 Mailbox cannot be found for this domain", KindRecipientUnknown},
		{"", "550 5.1.1 Recipient mailbox couldn't be found on this domain", KindRecipientUnknown},
		{"", "550 5.4.1 Recipient address rejected: Access denied; user wasn't found in directory for domain example.com", KindRecipientUnknown},
		{"", "554 5.7.1 Your server's host name couldn't be found, rejected", KindBlocked},
		{"", "550 5.2.1 The email account for this domain has been suspended", KindMailboxDisabled},
		{"", "552 5.2.2 The mailbox account for this domain is over quota", KindMailboxFull},
		{"", "550 5.1.1 User does not have an account for this domain", KindRecipientUnknown},
		{"", "550 5.2.1 All accounts for this domain are disabled", KindMailboxDisabled},
		{"", "550 5.1.1 Recipient is not accepted here: user unknown", KindRecipientUnknown},
		{"", "554 5.7.1 Client host rejected: blocked for 24 hours", KindBlocked},
		{"", "421 4.7.1 Client host rejected: You are temporarily banned for 24 hours", KindBlocked},
		{"", "550 5.7.1 Your IP is not allowed to send mail (blocked for 24 hours)", KindBlocked},
		{"", "550 5.7.1 Go away. Spammer blocked for 24 hours", KindBlocked},
		{"", "554 5.7.1 Connections not accepted from your network for the day", KindBlocked},
		{"", "550 5.7.1 Mail from your network is refused: maximum number of complaints reached", KindBlocked},
		{"", "550 5.7.1 Sending denied: account locked for 24 hours", KindSenderRejected},
		{"", "451 4.4.1 No connections could be made, retry time exceeded", KindConnectionFailed},
		{"", "421 4.4.2 All connections refused; maximum retries exceeded", KindConnectionFailed},
		{"", "550 5.7.1 You are not authorized to send as this address over unauthenticated connections", KindSenderRejected},
		{"", "554 5.6.0 MIME parsing error", KindPolicyRejected},
		{"", "554 5.7.1 Message rejected: header parsing error", KindPolicyRejected},
		{"", "451 4.5.0 Error in processing, id=12345-01, mime_decode FAILED: parsing error", KindServiceUnavailable},
		{"", "451 4.3.0 Internal parameter error", KindServiceUnavailable},
		{"", "501 5.5.4 SIZE parameter out of allowed range", KindSyntaxError},
		{"", "552 5.3.4 Message size out of allowed range", KindMessageTooLarge},
		{"", "554 5.6.0 Subject header appears more than once in the message", KindPolicyRejected},
		{"", "501 5.5.4 BODY parameter specified more than once in MAIL FROM", KindSyntaxError},
		{"", "501 5.5.4 Recipient specified more than once in this transaction", KindSyntaxError},
		{"", "554 5.5.1 Error: number of recipients is zero", KindSyntaxError},
		{"", "550 5.1.1 Adresse introuvable dans la liste des destinataires", KindRecipientUnknown},
		{"", "550 5.7.1 Die Nachricht wurde im Auftrag des Empfängers abgelehnt", KindPolicyRejected},
		{"", "550 5.7.1 Nachricht im Auftrag von example.com wegen Spamverdacht abgewiesen", KindPolicyRejected},
		{"", "550 5.7.1 The sender's reverse DNS is incorrect", KindBlocked},
		{"", "550 5.7.1 PTR record of sender incorrect", KindBlocked},
		{"", "554 5.2.1 Mailbox disabled. Your message with attachment report.pdf was not delivered", KindMailboxDisabled},
		{"", "554 5.7.1 Message rejected: links to your site are not allowed", KindPolicyRejected},
		{"", "552 5.3.4 Message size exceeds maximum mailbox size", KindMessageTooLarge},
		{"", "550 5.7.1 Sender rejected: HELO hostname must be fully qualified", KindBlocked},
		{"", "500 5.5.1 Too many unrecognized commands from 192.0.2.1, goodbye", KindSyntaxError},
		{"", "450 4.7.1 DNS lookup of your hostname failed", KindBlocked},
		{"", "450 4.7.1 Temporary error resolving your hostname", KindBlocked},
		{"", "451 4.7.1 Name server failure looking up your address", KindBlocked},
		{"", "550 5.7.1 Your host name could not be found in DNS", KindBlocked},
		{"", "450 4.7.1 Client host name could not be found", KindBlocked},
		{"", "552 5.5.3 Message rejected: the list of recipients is too long", KindRateLimited},
		{"", "421 Too many bad passwords from 192.0.2.1", KindAuthFailed},
		{"", "535 5.7.8 Too many bad logins from 192.0.2.1", KindAuthFailed},
		{"", "550 5.1.2 The domain is not on the list of accepted domains, mail refused", KindRelayDenied},
		{"", "550 We believe you are attempting to send to a non-existent user", KindRecipientUnknown},
		{"", "421 4.7.0 mx.example.com [192.0.2.1] Too many invalid commands", KindSyntaxError},
		// A fourth review, of the terms added after the third (cda9c3c..).
		{"", "552 5.3.4 Error: message file too large", KindMessageTooLarge},
		{"", "552 5.2.3 Attached file too large", KindMessageTooLarge},
		{"", "SMTPUTF8 is required, but was not offered by host mx.example.com[192.0.2.1]", KindSyntaxError},
		{"", "550 5.7.1 DMARC policy violation: DKIM signing domain not aligned", KindPolicyRejected},
		{"", "550 5.7.1 Message must be DKIM signed; DKIM signing required for this domain", KindPolicyRejected},
		{"", "550 5.7.1 S/MIME signing error: message rejected", KindPolicyRejected},
		{"", "554 5.7.1 Message rejected: too many links", KindPolicyRejected},
		{"", "550 5.7.1 Ihr tägliches Versandlimit ist erschöpft", KindRateLimited},
		{"", "451 4.4.1 Maximale Zustellversuche erschöpft", KindTimeout},
		{"", "451 4.3.0 Ressourcen erschöpft, bitte später erneut versuchen", KindServiceUnavailable},
		{"", "421 4.4.2 Connection timed out during mail transaction", KindTimeout},
		{"", "452 4.3.1 Insufficient system storage during mail transaction", KindServiceUnavailable},
		{"", "452 4.5.3 Too many recipients within a transaction", KindRateLimited},
		{"", "451 4.3.0 No answer from antivirus daemon, try later", KindServiceUnavailable},
		{"", "451 4.4.0 Recipient verification: no answer from LDAP server", KindServiceUnavailable},
		{"", "550 The account is disabled. Connection from IP address 192.0.2.1", KindMailboxDisabled},
		{"", "550 Buzón deshabilitado. Su dirección IP 192.0.2.1 ha sido registrada", KindMailboxDisabled},
		{"", "550 5.6.7 Non-ASCII addresses not supported by relay host", KindSyntaxError},
		{"", "552 5.3.4 Message size not supported by relay host", KindMessageTooLarge},
		{"", "554 5.7.1 [RTR:GE] Email not accepted due to suspicious links in content", KindPolicyRejected},
		{"", "550 5.7.1 Your message was rejected for policy reasons. Contact your email client administrator", KindPolicyRejected},
		{"", "554 5.7.1 Message rejected for policy reasons (ip: 192.0.2.1)", KindPolicyRejected},
		{"", "550 5.1.0 Sender-ID mismatch: from address not allowed", KindSenderRejected},
		{"", "552 5.3.4 Attachment size exceeds content restriction limit", KindMessageTooLarge},
		{"", "550 5.7.1 Message rejected: lock file attachment not allowed", KindPolicyRejected},
	})
	checkNotKinds(t, KindSenderRejected, "a header's address other than the From is not the sender's",
		"554 5.7.1 Reply-To header address is invalid",
		"550 5.7.1 Rejected: To header address is on the blocklist")
	checkNotKinds(t, KindRateLimited, "greylisting's \"same IP\" is no rate",
		"451 4.7.1 Please try again later from the same IP address")
	checkNotKinds(t, KindAuthRequired, "the authorization is not a login's",
		"550 5.7.1 Delivery not authorized: authorization required to post to this list",
		"554 5.7.5 Permission denied: authorization required for this mailbox")
}

// TestGuessOverrulesOnlyAnotherKind: a guess that comes to the same kind
// once whose address it is has been weighed overrules nothing, and the
// evidence says what decided once.
func TestGuessOverrulesOnlyAnotherKind(t *testing.T) {
	e := Classify(StageMail, "550 5.4.4 Unable to route")
	if e.Kind != KindSenderRejected || strings.Contains(e.Evidence, "guessed") || strings.Count(e.Evidence, "at MAIL FROM") != 1 {
		t.Errorf("Classify(mail, 550 5.4.4 Unable to route) = %s (%s), want sender_rejected by its code, said once", e.Kind, e.Evidence)
	}
}

// TestReviewOfTheRoundsTerms holds the replies a review of the terms added
// in the round of sets QQ to XX wrote to provoke them: a term in another
// context (a sending quota called "cuota", a message's size called 용량, a
// path quoted in a policy refusal, encrypted attachments, a relay word next
// to a refused attachment, a database that does not respond) keeps the
// kind the rest of the reply gives.
func TestReviewOfTheRoundsTerms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 발신자 IP 평판이 낮아 거부되었습니다", KindBlocked},
		{"", "550 5.7.1 Ha superado la cuota diaria de envíos de su cuenta", KindRateLimited},
		{"", "451 4.7.1 Você excedeu sua cota diária de envio de mensagens", KindRateLimited},
		{"", "550 5.7.1 Sua cota de mensagens por hora foi atingida, tente mais tarde", KindRateLimited},
		{"", "452 4.5.3 Cuota de destinatarios por mensaje excedida", KindRateLimited},
		{"", "552 5.3.4 메일 용량이 너무 큽니다 (최대 20MB)", KindMessageTooLarge},
		{"", "552 5.3.4 첨부파일 용량 초과로 메일을 보낼 수 없습니다", KindMessageTooLarge},
		{"", "451 4.3.0 서버 큐가 가득 찼습니다. 잠시 후 다시 시도하세요", KindServiceUnavailable},
		{"", "550 5.7.1 Your account's sending is under suspension due to spam complaints", KindPolicyRejected},
		{"", "421 4.7.0 Delivery to this domain is under temporary suspension, try again later", KindServiceUnavailable},
		{"", "552 메일 용량이 너무 큽니다 (최대 20MB)", KindMessageTooLarge},
		{"", "552 첨부파일 용량이 제한을 초과했습니다", KindMessageTooLarge},
		{"", "451 서버 큐가 가득 찼습니다. 잠시 후 다시 시도하세요", KindServiceUnavailable},
		{"", "452 서버 디스크 용량이 부족합니다", KindServiceUnavailable},
		{"", "550 발신자 IP 평판이 낮아 거부되었습니다", KindBlocked},
		{"", "452 메일함에 메일이 너무 많습니다", KindMailboxFull},
		{"", "554 받는 사람 서버의 정책에 의해 메시지가 거부되었습니다", KindPolicyRejected},
		{"", "550 Ha superado la cuota diaria de envíos", KindRateLimited},
		{"", "550 Se ha excedido la cuota de mensajes por hora de su cuenta", KindRateLimited},
		{"", "452 Cuota de destinatarios excedida", KindRateLimited},
		{"", "550 Você excedeu sua cota diária de envio", KindRateLimited},
		{"", "451 Limite de envio atingido: sua cota de mensagens por hora acabou", KindRateLimited},
		{"", "451 4.7.1 Está enviando demasiado rápido, intente más tarde", KindRateLimited},
		{"", "451 Está enviando demasiado rápido, intente más tarde", KindRateLimited},
		{"", "421 Ha enviado demasiado correo en poco tiempo", KindRateLimited},
		{"", "550 Your account's sending is under suspension due to spam complaints", KindPolicyRejected},
		{"", "421 Delivery to this domain is under temporary suspension, try again later", KindServiceUnavailable},
		{"", "530 5.7.0 Must issue a STARTTLS command before relaying", KindTLSRequired},
		{"", "550 5.7.0 Relay requires STARTTLS", KindTLSRequired},
		{"", "530 5.7.0 Relaying requires a secure connection (TLS)", KindTLSRequired},
		{"", "550 5.7.1 Sender domain is not an accepted domain", KindSenderRejected},
		{"", "550 5.7.1 Sender address domain is not a local domain; not an accepted domain for this sender", KindSenderRejected},
		{"", "550 5.1.1 User unknown; mailbox is not hosted on this server", KindRecipientUnknown},
		{"", "550 5.7.1 This server does not forward mail to mailing lists", KindPolicyRejected},
		{"", "550 5.1.1 <bob@example.com>: non-local recipient verification failed: user unknown", KindRecipientUnknown},
		{"", "550 5.1.1 Non-local recipient: no such user here", KindRecipientUnknown},
		{"", "550 5.7.520 Reenvío automático a direcciones externas no permitido por la directiva de la organización", KindPolicyRejected},
		{"", "550 5.7.1 Reenvio automático para domínios externos não permitido", KindPolicyRejected},
		{"", "550 5.7.1 Forbidden: message relayed through an untrusted host", KindPolicyRejected},
		{"", "554 5.7.1 Attachment forbidden (.exe) in message to remote recipient", KindPolicyRejected},
		{"", "554 5.7.1 Rejected: Blocked by /etc/postfix/client_access", KindBlocked},
		{"", "554 5.7.1 The message contains an encrypted attachment which we are unable to open for scanning", KindPolicyRejected},
		{"", "554 5.7.1 Attachment could not be scanned: unable to read password-protected archive", KindPolicyRejected},
		{"", "421 4.7.0 Too many connections from your IP; cannot create new session", KindRateLimited},
		{"", "451 4.4.1 Could not open connection to remote host", KindConnectionFailed},
		{"", "451 4.4.2 Could not read response from remote server", KindConnectionFailed},
		{"", "554 5.6.0 Could not read message body: MIME parse error", KindPolicyRejected},
		{"", "550 5.7.1 Message rejected: unable to read attachment, file type not allowed", KindPolicyRejected},
		{"", "450 Limite de envio atingido. Aguarde o tempo limite de 1 hora antes de enviar novamente", KindRateLimited},
		{"", "451 4.3.0 Recipient lookup failed: database not responding", KindServiceUnavailable},
		{"", "454 4.7.0 Authentication server did not respond", KindServiceUnavailable},
		{"", "550 5.7.1 Nachricht abgelehnt: verschlüsselte Anhänge erforderlich keine Prüfung möglich", KindPolicyRejected},
		{"", "550 5.7.1 スパムと判定されたため受信を拒否しました (client 192.0.2.1)", KindPolicyRejected},
		{"", "550 5.7.1 迷惑メールと判定されたため拒否しました。送信元IPアドレス: 192.0.2.1", KindPolicyRejected},
		{"", "550 5.7.1 Сообщение отклонено как спам (client 192.0.2.1)", KindPolicyRejected},
		{"", "550 5.7.1 Письмо отклонено: обнаружен вирус. IP: 192.0.2.1", KindPolicyRejected},
		{"", "550 5.7.1 邮件被拒绝：内容含有垃圾信息，发件人IP 192.0.2.1", KindPolicyRejected},
		{"", "550 5.7.1 Verschlüsselte Anhänge sind nicht erlaubt, eine Virenprüfung ist erforderlich", KindPolicyRejected},
		{"", "552 El tamaño del contenido del mensaje excede el límite permitido", KindMessageTooLarge},
		{"", "552 O tamanho do conteúdo excede o limite permitido", KindMessageTooLarge},
		{"", "552 La dimensione del contenuto supera il limite consentito", KindMessageTooLarge},
		{"", "421 Servicio no disponible temporalmente; el contenido será reenviado más tarde", KindServiceUnavailable},
		{"", "550 5.7.1 Relay access denied. Please authenticate or send via your ISP's server", KindRelayDenied},
		{"", "550 5.7.1 Message rejected as spam; if you think this is an error contact us through your ISP", KindPolicyRejected},
		{"", "554 5.5.0 Erreur de synchronisation SMTP: commandes envoyées trop vite", KindSyntaxError},
		{"", "452 4.2.2 There is not enough space on disk for user bob (mailbox quota)", KindMailboxFull},
		{"", "554 발신 서버 IP가 스팸 블랙리스트에 등록되어 있습니다", KindBlocked},
		{"", "454 4.7.0 TLS 인증서 인증 실패", KindTLSFailed},
		{"", "451 4.3.0 연결 대기열이 가득 찼습니다", KindServiceUnavailable},
		{"", "421 연결 대기열이 가득 찼습니다", KindServiceUnavailable},
		{"", "550 5.7.1 Sender login mismatch: access denied", KindSenderRejected},
		// What the same review found right, kept so.
		{"", "421 Tempo limite de conexão excedido", KindTimeout},
		{"", "550 5.7.1 Please send mail through your ISP's mail server", KindBlocked},
		{"", "421 4.7.0 Vous envoyez des messages trop vite, réessayez plus tard", KindRateLimited},
		{"", "452 Espacio insuficiente en el disco del servidor, intente más tarde", KindServiceUnavailable},
		{"", "452 Espaço insuficiente em disco no servidor", KindServiceUnavailable},
		{"", "452 Stockage insuffisant sur le serveur", KindServiceUnavailable},
		{"", "421 Ha superado la cuota de conexiones simultáneas", KindRateLimited},
		{"", "450 Cuota de mensajes por minuto superada, inténtelo más tarde", KindRateLimited},
		{"", "550 일일 전송 용량을 초과했습니다", KindRateLimited},
		{"", "550 5.7.1 Message rejected: attachment name \"/tmp/invoice.exe\" is not allowed", KindPolicyRejected},
		{"", "554 5.7.1 Spam message rejected; details in /var/log/mail.log", KindPolicyRejected},
	})
}

// reviewPath holds the wordings reviews wrote around the terms of a round.
const reviewPath = "testdata/review_wordings.tsv"

// TestReviewWordings classifies the wordings of each review without a
// stage and fails when fewer are right than when the round closed: a new
// term that turns them wrong has to be narrowed, or the floor argued down.
// review-19's was, from 137 to 136, when the last-resort guess came to
// need three quarters of the weight (guessAloneShare): it had read
// "SuspiciousRemoteServerError" as a connection's, and the change was
// right for 10 more of 84 replies nobody here had seen.
func TestReviewWordings(t *testing.T) {
	floors := map[string]int{"review-1": 192, "review-2": 148, "review-3": 146, "review-4": 169, "review-5": 162, "review-6": 165, "review-7": 155, "review-8": 147, "review-9": 148, "review-10": 143, "review-11": 138, "review-12": 133, "review-13": 139, "review-14": 142, "review-15": 135, "review-16": 143, "review-17": 70, "review-18": 141, "review-19": 136, "review-20": 102, "review-21": 86, "review-22": 94, "review-23": 52, "review-24": 67, "review-26": 27, "review-27": 60, "review-28": 151, "review-29": 100, "review-30": 91, "review-31": 20, "review-32": 59}
	right, total := map[string]int{}, map[string]int{}
	for _, r := range mustReadTable(reviewPath) {
		total[r.srcKind]++
		if Classify("", r.reply).Kind == r.kind {
			right[r.srcKind]++
		}
	}
	for review, floor := range floors {
		t.Logf("%s: %d of %d right", review, right[review], total[review])
		if right[review] < floor {
			t.Errorf("%s: %d of %d right, fewer than %d", review, right[review], total[review], floor)
		}
	}
	if len(total) != len(floors) {
		t.Errorf("%s holds reviews %v, floors are set for %v", reviewPath, total, floors)
	}
}

// TestReviewFifteenNarrowing: review-15 wrote wordings around the terms
// of TestRoundZ139Families; these the terms as first written decided
// wrongly, each seen failing.
func TestReviewFifteenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// .NET's handshake sentence is "Authentication failed because the
		// remote party has closed the transport stream"; the stream
		// closed alone, or beside a server's reply, is not TLS's.
		{"", "Unable to read data from the transport connection: the remote party has closed the transport stream after DATA was sent", KindConnectionFailed},
		{"", "421 4.7.0 Too many connections from 203.0.113.4, try again later. The remote party has closed the transport stream.", KindRateLimited},
		{"", "554 5.7.1 Client host rejected: Access denied; the remote party has closed the transport stream", KindBlocked},
		{"", "535 5.7.3 Authentication unsuccessful; the remote party has closed the transport stream", KindAuthFailed},
		{"", "421 4.4.2 Connection timed out; the remote party has closed the transport stream", KindTimeout},
		// A domain without MX or SPF records is the sender's only when
		// nothing says it is the recipient's, the client's, the
		// message's or an SPF check's. (The same words of a recipient's
		// domain, and a HELO name's, were decided wrongly before this
		// round too, and are left as they were.)
		{"", "550 5.7.23 SPF validation failed: sending IP 203.0.113.8 is not designated by the MX and/or SPF records of example.com", KindPolicyRejected},
		{"", "550 5.7.1 Message rejected as spam: content mentions 'verify your MX and SPF settings' (phishing score 9.2)", KindPolicyRejected},
		{"", "550 5.7.1 Rejected by content filter: Subject 'Fix your MX and SPF now' matched phishing rule PHISH_DNS_ALERT", KindPolicyRejected},
		// A single-label domain, hyphenated.
		{"", "550 Requested action not taken: recipient domain is a single-label domain", KindDomainNotFound},
		// A login refused for a rate is the rate's; OpenCart's "not
		// accepted from server" is the login's.
		{"", "454 4.7.0 Too many login attempts, please try again later; login not accepted", KindRateLimited},
		{"", "421 4.7.0 Login not accepted: too many connections from your IP, slow down", KindRateLimited},
	})
}

// TestReviewSixteenNarrowing: review-16 wrote wordings around the terms
// of TestRoundZ146Families; these the terms as first written decided
// wrongly, each seen failing.
func TestReviewSixteenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// The size a message "was over": not a recipient list's or a
		// command line's.
		{"", "452 4.5.3 Recipient list over the maximum size (100 recipients per message)", KindRateLimited},
		{"", "500 5.5.2 Command line over the maximum size", KindSyntaxError},
		// Non-Latin character sets a recipient does not take, not
		// non-Latin characters in an address or a name.
		{"", "501 5.1.3 Bad recipient address syntax: non-latin characters not allowed", KindSyntaxError},
		{"", "550 5.1.1 Unknown user: no mailbox with this non-latin name exists", KindRecipientUnknown},
		{"", "550 5.1.2 Domain with non-latin characters not found (IDN lookup failed)", KindDomainNotFound},
		{"", "553 5.1.3 Non-latin characters in recipient address not supported", KindSyntaxError},
		{"", "553 5.1.7 Sender address contains non-latin characters; sender rejected", KindSenderRejected},
		{"", "553 5.6.7 Recipient address contains non-Latin characters and SMTPUTF8 was not requested", KindSyntaxError},
		// An address no longer valid beside an account expired or frozen:
		// the account's.
		{"", "550 5.2.1 Account expired: this address is no longer valid", KindMailboxDisabled},
		{"", "550 5.2.1 Account frozen: address no longer valid", KindMailboxDisabled},
		// "Spam rejected" for the client's address or its PTR: the
		// client's. PHPMailer's "SMTP server error: … command failed" is a
		// frame; the server's words after it decide.
		{"", "550 5.7.1 Spam rejected: sending from a dynamic IP address, use your ISP's SMTP server", KindBlocked},
		{"", "554 Spam rejected: client host has no PTR record", KindBlocked},
		{"", "451 4.3.0 Server error: please try again later", KindServiceUnavailable},
	})
}

// TestReviewSeventeenNarrowing: review-17 wrote wordings around the terms
// of TestKnownMissesReadAgain; these the terms as first written decided
// wrongly, each seen failing. "please login" and mailio's "password
// rejection" went: beside a disabled account, a quota or a blocked
// client they took the login's place (mailio's messages stay right by
// the guess); the others are narrowed to the wordings they were for.
func TestReviewSeventeenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.2.1 Account disabled after repeated password rejection", KindMailboxDisabled},
		{"", "550 5.2.1 Your account has been disabled. Please login to https://mail.example.com to unlock it", KindMailboxDisabled},
		{"", "550 5.7.1 Account suspended; please login to webmail and contact support to reactivate", KindMailboxDisabled},
		{"", "550 5.7.1 Daily sending quota exceeded. Please login to the web portal to view your limits", KindRateLimited},
		{"", "554 5.7.1 Client host 198.51.100.23 blocked after repeated authentication rejection", KindBlocked},
		// XMail's "TLS needed for this session", not a client's TLS that
		// the server did not offer or that timed out.
		{"", "TLS needed (smtp_tls_security_level=encrypt) but the server did not offer STARTTLS", KindTLSFailed},
		{"", "TLS needed: timed out waiting for the STARTTLS response after 60 seconds", KindTimeout},
	})
}
