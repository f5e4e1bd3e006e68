package errors

import (
	"slices"
	"strings"
	"testing"
)

// TestConceptPairs covers wordings that are in no table, decided by a
// subject and a condition found apart in the text.
func TestConceptPairs(t *testing.T) {
	checkKinds(t, []kindCase{
		// "exceeded" alone names no quota: a limit exceeded is a rate.
		{"", "550 Sendegrenze überschritten", KindRateLimited},
		{"", "550 Превышено ограничение на количество писем", KindRateLimited},
		{"", "550 Das Postfach ist voll", KindMailboxFull},
		// A protocol error keeps its code.
		{"", "501 5.5.4 HOLDFOR parameter exceeds maximum", KindSyntaxError},
		// The client named by its IP, refused in other words.
		{"", "554 Your IP address is not welcome here", KindBlocked},
		{"", "550 Connection from this client not welcome", KindBlocked},
		// Log in first, TLS failing, in words the phrase lists lack.
		{"", "550 Please send AUTH before MAIL", KindAuthRequired},
		{"", "454 TLS handshake with the client failed", KindTLSFailed},
	})
}

// TestChineseWordings covers the common kinds in Chinese, the language of
// the largest mail services after English ones; each wording pairs a
// subject and a condition of rules.go.
func TestChineseWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 收件人不存在", KindRecipientUnknown},
		{"", "552 收件人邮箱已满", KindMailboxFull},
		{"", "550 用户已被冻结", KindMailboxDisabled},
		{"", "553 不允许转发", KindRelayDenied},
		{"", "554 被识别为垃圾邮件", KindPolicyRejected},
		{"", "550 您的IP在黑名单中", KindBlocked},
		{"", "451 发送过于频繁，请稍后再试", KindRateLimited},
		{"", "535 认证失败", KindAuthFailed},
		{"", "550 发件人需要认证", KindAuthRequired},
		{"", "550 域名不存在", KindDomainNotFound},
		{"", "552 邮件过大", KindMessageTooLarge},
	})
}

// TestKoreanWordings covers the common kinds in Korean, the language of
// large mail services (Naver, Daum, Kakao) that the groups did not read
// at all; each wording pairs a subject and a condition of rules.go.
func TestKoreanWordings(t *testing.T) {
	// The replies whose code would decide alone (535, 530, 552) are
	// given without it, so that the words decide.
	checkKinds(t, []kindCase{
		{"", "550 존재하지 않는 사용자입니다", KindRecipientUnknown},
		{"", "550 받는 사람의 메일 주소가 존재하지 않습니다", KindRecipientUnknown},
		{"", "550 수신자를 찾을 수 없습니다", KindRecipientUnknown},
		{"", "552 받는 사람의 메일함 용량이 초과되었습니다", KindMailboxFull},
		{"", "552 메일함이 가득 찼습니다", KindMailboxFull},
		{"", "550 휴면 계정입니다", KindMailboxDisabled},
		{"", "550 사용이 정지된 계정입니다", KindMailboxDisabled},
		{"", "554 릴레이가 허용되지 않습니다", KindRelayDenied},
		{"", "인증에 실패했습니다", KindAuthFailed},
		{"", "아이디 또는 비밀번호가 올바르지 않습니다", KindAuthFailed},
		{"", "인증이 필요합니다", KindAuthRequired},
		{"", "554 귀하의 IP가 차단되었습니다", KindBlocked},
		{"", "554 스팸으로 분류되어 거부되었습니다", KindPolicyRejected},
		{"", "451 너무 많은 메일을 발송했습니다", KindRateLimited},
		{"", "메일 크기가 제한을 초과했습니다", KindMessageTooLarge},
		{"", "550 도메인이 존재하지 않습니다", KindDomainNotFound},
		{"", "553 보내는 사람 주소가 거부되었습니다", KindSenderRejected},
	})
}

// TestRemoteSystemDidNotRespond: a bounce that says the receiving system
// did not respond, in any of the usual words, is a failed connection, not
// a recipient refused.
func TestRemoteSystemDidNotRespond(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Despite repeated attempts to contact the recipient's email system it did not respond.", KindConnectionFailed},
		{"", "The remote server is not responding", KindConnectionFailed},
		{"", "No response from remote host", KindConnectionFailed},
		{"", "Could not connect to the remote server", KindConnectionFailed},
	})
}

// TestDutchAndPolishWordings covers two more European languages whose
// replies reach senders often, by the same concept groups.
func TestDutchAndPolishWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Ontvanger bestaat niet", KindRecipientUnknown},
		{"", "552 Postvak van de gebruiker is vol", KindMailboxFull},
		{"", "550 Skrzynka odbiorcy jest pełna", KindMailboxFull},
		{"", "550 Użytkownik nieznany", KindRecipientUnknown},
		{"", "550 Konto zawieszone", KindMailboxDisabled},
		{"", "554 Doorsturen (relay) geweigerd", KindRelayDenied},
		{"", "552 Bericht te groot", KindMessageTooLarge},
		{"", "451 Zbyt wiele wiadomości, spróbuj później", KindRateLimited},
	})
}

// TestSubjectDecidesWhose covers conditions whose kind depends on the
// subject named with them: a list, a domain that takes no mail, a TLS or
// login requirement that failed.
func TestSubjectDecidesWhose(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 sender <a@example.org> is blacklisted here", KindSenderRejected},
		{"", "554 Your IP is on our blacklist", KindBlocked},
		{"", "550 Listed in our local blocklist", KindBlocked},
		{"", "554 blocked using zen.spamhaus.org; from=<a@example.org>", KindBlocked},
		{"", "450 cannot resolve the sender's domain", KindSenderRejected},
		{"", "450 cannot resolve the domain", KindDomainNotFound},
		{"", "454 STARTTLS required but the handshake failed", KindTLSFailed},
		{"", "550 login mechanism not supported", KindAuthFailed},
	})
}

// TestIssueWordings covers two families the classification issue names
// that the rules missed: an invalid From is the sender's, and mail that
// bypasses the provider's relay is a block of the client, not a relay
// denial.
func TestIssueWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 invalid From", KindSenderRejected},
		{"", "553 From: header missing", KindSenderRejected},
		{"", "550 bypassing the provider's relay not allowed", KindBlocked},
	})
}

// TestRelayInOtherWords: relaying refused is named by mail to addresses
// elsewhere as much as by the word "relay", in any language.
func TestRelayInOtherWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Sending to external recipients is not allowed", KindRelayDenied},
		{"", "550 Mail to non-local addresses is denied", KindRelayDenied},
		{"", "550 Inoltro rifiutato", KindRelayDenied},
		{"", "554 Reenvío a dominios externos: retransmisión denegada", KindRelayDenied},
		// A destination the client may not send to, a recipient not taken
		// here, a domain the server keeps no accounts for.
		{"rcpt", "550 Destination not authorized for this client", KindRelayDenied},
		{"", "554 Recipient rejected: no authorized destination for your network", KindRelayDenied},
		{"", "550 Mail for this recipient is not accepted here", KindRelayDenied},
		{"", "550 5.7.1 Sorry, we have no accounts for this domain", KindRelayDenied},
		{"", "553 5.7.1 UUCP addressing is not supported", KindRelayDenied},
		// Not accepted here, of a sender or a message: not a relay.
		{"", "550 Email from that domain is not accepted here.", KindSenderRejected},
		{"", "550 Messages without To: fields are not accepted here", KindPolicyRejected},
	})
}

// TestRelayDeniedInMoreWords covers relay denials that name the refusal
// in words the relay group lacked: a domain the server does not host or
// accept, relaying that needs a login first (relay_denied, whose hints
// lead with the login), relaying forbidden, a server that does not
// forward mail.
func TestRelayDeniedInMoreWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 This server requires you to authenticate before relaying", KindRelayDenied},
		{"", "530 5.7.1 Relaying requires authentication", KindRelayDenied},
		{"", "550 SMTP relay is only available to authenticated users", KindRelayDenied},
		{"", "550 Relaying is forbidden", KindRelayDenied},
		{"", "550 Recipient domain is not a local domain", KindRelayDenied},
		{"", "550 Non-local recipients are not accepted from unauthenticated clients", KindRelayDenied},
		{"", "550 This MX is not configured for example.com", KindRelayDenied},
		{"", "550 5.7.1 Your domain is not configured to use this MX host", KindRelayDenied},
		// Not relaying.
		{"", "550 Message not accepted here: spam", KindPolicyRejected},
		// Relaying through the ISP's server asked for: the client is
		// refused for not using it (blocked), as "use your ISP's server" is.
		{"", "554 Please relay through your ISP's mail server", KindBlocked},
		// Recipients over a limit are a rate, not a size.
		{"", "452 4.5.3 Number of recipients exceeds the limit", KindRateLimited},
		{"", "530 5.7.0 Authentication required", KindAuthRequired},
	})
}

// TestDomainLookupFailures: a lookup of the recipient's domain in the DNS
// that failed is the domain's failure, as RFC 3463's X.4.3 and X.4.4 say,
// however it is worded. A lookup of the client's name or HELO, of SPF or
// DMARC, and a server's lookup in its own tables (Postfix's "Temporary
// lookup failure", a recipient's address) keep their kinds.
func TestDomainLookupFailures(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 Temporary failure of domain lookup", KindDomainNotFound},
		{"", "450 Domain lookup for example.org failed, try again later", KindDomainNotFound},
		{"", "451 DNS lookup failed for example.org", KindDomainNotFound},
		{"", "421 Domain resolution error, please retry", KindDomainNotFound},
		{"", "Name server failure resolving example.org", KindDomainNotFound},
		// Not the recipient's domain.
		{"", "451 4.3.0 <a@example.com>: Temporary lookup failure", KindServiceUnavailable},
		{"", "451 temporary ldap lookup failure, try again later", KindServiceUnavailable},
		{"rcpt", "450 4.1.1 <user@example.com>: Recipient address rejected: unverified address: Recipient address lookup failed", KindRecipientUnknown},
		{"", "417 DNS lookup on HELO mail.example.com failed.  Try again later.", KindBlocked},
		{"", "access denied. IP name lookup failed", KindBlocked},
		{"", "450 4.4.0 Temporary DMARC DNS lookup error", KindPolicyRejected},
		{"", "550 5.2.12 RESOLVER.RST.SendSizeLimit.Org; message too large for this organization", KindMessageTooLarge},
	})
}

// TestCountsExceeded: connections or attempts counted against a limit
// ("connections 31 exceed 30/60s", "not more than once per 5 minutes")
// are a rate, as messages and recipients counted are; too many
// connections "from your network" too, not a block of the network.
func TestCountsExceeded(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 Open connections exceed the allowed number", KindRateLimited},
		{"", "421 Too many connections from your network, slow down", KindRateLimited},
		{"", "421 4.7.0 Number of concurrent connections reached", KindRateLimited},
		{"", "450 4.7.1 Please do not retry more than once per 10 minutes", KindRateLimited},
		{"", "451 Try again, but not more than once every minute", KindRateLimited},
		// A mailbox's or a message's size exceeded is not a rate.
		{"", "552 5.2.2 Mailbox size exceeded", KindMailboxFull},
		{"", "552 5.3.4 Message size exceeds fixed limit", KindMessageTooLarge},
	})
}

// TestRepliesQuotedByApplications covers families of replies pasted in the
// issues of applications that send mail: relaying refused "as" an address
// and a wrong sender header are the sender's; a sending identity the
// provider's permissions leave out is too; bare CR or LF and a bad
// parameter are syntax, whatever the code; messages counted per hour are
// a rate.
func TestRepliesQuotedByApplications(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 Relaying disallowed as billing@example.com", KindSenderRejected},
		{"", "553 5.7.1 Relaying disallowed as <noreply@example.com>", KindSenderRejected},
		{"", "550 5.7.1 Relaying disallowed as per local policy", KindRelayDenied},
		{"", "550 Incorrect sender header, check your From", KindSenderRejected},
		{"", "554 Access denied: User arn:aws:iam::1:user/smtp is not authorized to perform ses:SendEmail on resource arn:aws:ses:eu-west-1:1:identity/example.com", KindSenderRejected},
		{"", "552 5.2.0 Message contains bare CR", KindSyntaxError},
		{"", "550 5.6.0 Bare LF in message body", KindSyntaxError},
		{"", "400 ERR.PARAM", KindSyntaxError},
		{"", "501 Parameter error in MAIL FROM", KindSyntaxError},
		{"", "554 Your account is new and limited to 50 messages / hour", KindRateLimited},
		{"", "421 Limited to 200 messages/day", KindRateLimited},
		// Amazon SES's suppression list is its policy, not a blocklist.
		{"", "554 Message rejected: Address blacklisted.", KindPolicyRejected},
		{"", "550 Recipient address is on the account-level suppression list", KindPolicyRejected},
		{"", "5.7.1 IP address blacklisted by recipient", KindBlocked},
		// Relaying refused, with no address it is refused as: a relay.
		{"", "553 Relaying disallowed", KindRelayDenied},
	})
}

// TestFamiliesOfSetBB covers the families a sample of whole sources (set
// BB: Courier's, Sendmail's and qmail's source, bounce-parser corpora,
// provider pages, pastes) missed, in wordings of their own.
func TestFamiliesOfSetBB(t *testing.T) {
	checkKinds(t, []kindCase{
		// Exim's "Unrouteable address" is a domain no router could route,
		// as the issue ("domains that are unroutable") and Sisimai say.
		{"", "550 Unrouteable address", KindDomainNotFound},
		{"rcpt", "550 unroutable address", KindDomainNotFound},
		{"rcpt", "550-Verification failed for <a@example.com>\r\n550-Unrouteable address\r\n550 Sender verify failed", KindSenderRejected},
		// A domain that "couldn't be found" is not found, whatever follows.
		{"", "Delivery failed because the domain example.org couldn't be found. Check for typos and try again.", KindDomainNotFound},
		{"", "email address could not be found", KindRecipientUnknown},
		// Stray or bare line ends, a line that does not parse: syntax.
		{"", "451 stray CR in message", KindSyntaxError},
		{"", "550 line parse error", KindSyntaxError},
		// A login's type or mechanism named invalid is a refused login.
		{"auth", "504 auth type invalid", KindAuthFailed},
		{"", "504 5.5.4 Authentication mechanism invalid", KindAuthFailed},
		// A sender address that lacks its domain, named the sender's.
		{"", "553 Fully qualified domain name required for sender address", KindSenderRejected},
		{"rcpt", "553 5.5.4 <user>... Domain name required", KindSyntaxError},
		// Sending more than allowed, even when the words say the client
		// may not send: a rate; "to many" as often misspelt.
		{"", "550 You sent too many messages today, you are not allowed to send more until tomorrow", KindRateLimited},
		{"", "450 4.2.1 You sent to many mails in the last 10 minutes", KindRateLimited},
		{"", "451 out of allow RCPT numbers", KindRateLimited},
		// Sending on another's behalf, in German.
		{"", "Sie besitzen nicht die Berechtigung, im Auftrag dieses Benutzers zu senden.", KindSenderRejected},
		// A recipient that takes no mail with attachments: the content.
		{"", "The recipient is not accepting mail with attachments", KindPolicyRejected},
		{"", "550 The recipient is not accepting mail", KindMailboxDisabled},
	})
}

// TestFamiliesOfSetDD covers the families a sample of less-quoted mail
// servers' source (set DD: qpsmtpd, Sendmail, magma, Bongo, Synchronet,
// qmail-ldap, Citadel, XMail, Mailman's translations) missed, in wordings
// of their own.
func TestFamiliesOfSetDD(t *testing.T) {
	checkKinds(t, []kindCase{
		// A mailing list that refuses a post, in any language, is policy;
		// so is a moderator's refusal.
		{"", "Es ist Ihnen nicht erlaubt, an diese Liste zu schreiben.", KindPolicyRejected},
		{"", "Vous n'êtes pas autorisé à écrire sur cette liste.", KindPolicyRejected},
		{"", "No está permitido enviar mensajes a esta lista.", KindPolicyRejected},
		{"", "Отправка в этот список рассылки запрещена.", KindPolicyRejected},
		{"", "このメーリングリストへの投稿は制限されています.", KindPolicyRejected},
		{"", "Posting to this mailing list is restricted to its members", KindPolicyRejected},
		{"", "Your post was rejected by the list moderator", KindPolicyRejected},
		// Too many recipients, in other words and languages: a rate.
		{"", "Die Anzahl der Empfänger ist zu groß.", KindRateLimited},
		{"", "La liste des destinataires est trop longue.", KindRateLimited},
		{"", "宛先アドレス数が多すぎます.", KindRateLimited},
		// A message too long, in Japanese.
		{"", "メールが長すぎます.", KindMessageTooLarge},
		// A HELO that lies about the client: blocked.
		{"ehlo", "I don't believe you are mail.example.org", KindBlocked},
		{"", "501 You are not localhost", KindBlocked},
		// qpsmtpd's greylisting says only that the mail is denied for now.
		{"", "451 This mail is temporarily denied", KindGreylisted},
		// The sender's domain checked through its MX ("return MX").
		{"", "451 Temporary failure at return MX check (#4.3.0)", KindSenderRejected},
		// The client's site blocked for spam.
		{"", "554 Your site has been blocked for sending spam", KindBlocked},
		// Commands out of order or refused in numbers: syntax.
		{"", "503 Please provide a HELO first", KindSyntaxError},
		{"", "503 RCPT rejected - provide a MAIL FROM first", KindSyntaxError},
		{"", "421 Too many bad commands, closing connection", KindSyntaxError},
	})
}

// TestFamiliesOfSetEE covers the families a sample of providers' and ESPs'
// documentation (set EE) missed, in wordings of their own.
func TestFamiliesOfSetEE(t *testing.T) {
	checkKinds(t, []kindCase{
		// Sender ID is SPF's sibling: a check of the message, policy.
		{"", "550 5.7.1 Message rejected: Sender ID check failed", KindPolicyRejected},
		// The client's IP address, named in another language, blocked.
		{"", "550 Indirizzo IP bloccato per abuso", KindBlocked},
		{"", "554 Adresse IP bloquée temporairement", KindBlocked},
		{"", "550 Ihre IP-Adresse ist gesperrt", KindBlocked},
		// No answer from the host: the connection failed.
		{"", "No answer from host mx.example.org", KindConnectionFailed},
		// AOL's documented codes for blocked clients.
		{"", "554 RLY:B2", KindBlocked},
		{"", "554 RTR:BL", KindBlocked},
		// The From header's address the login may not send from.
		{"", "550 5.7.1 Not allowed to send from this header address", KindSenderRejected},
	})
}

// TestFamiliesOfSetFF covers the families a sample of replies pasted in
// forums and mailing lists (set FF) missed, in wordings of their own.
func TestFamiliesOfSetFF(t *testing.T) {
	checkKinds(t, []kindCase{
		// Refused "for policy reasons" with a block of the client's IP
		// named: blocked; without it, policy.
		{"", "550 Mail rejected for policy reasons. A block has been placed against your IP address", KindBlocked},
		{"", "550 Mail rejected for policy reasons: we do not accept mail from dynamic IPs", KindBlocked},
		{"", "550 5.7.1 Message rejected for policy reasons", KindPolicyRejected},
		// TLS asked for and not offered by the other side failed.
		{"", "TLS is required, but was not offered by host mx.example.org", KindTLSFailed},
		{"", "530 5.7.0 TLS is required", KindTLSRequired},
		// vger's "nosuchuser".
		{"", "554 5.0.0 unresolvable address: <list@example.org>; nosuchuser", KindRecipientUnknown},
	})
}

// TestFamiliesOfSetsGGAndHH covers the families a sample of replies in
// other languages (set GG) and one of other bounce parsers' fixtures (set
// HH) missed, in wordings of their own.
func TestFamiliesOfSetsGGAndHH(t *testing.T) {
	checkKinds(t, []kindCase{
		// A German determiner tells no kind: the address decides.
		{"", "Diese Adresse existiert nicht mehr.", KindRecipientUnknown},
		// A mailbox's capacity exhausted, in German.
		{"", "Die Kapazität des Postfaches ist erschöpft.", KindMailboxFull},
		// Delivery time expired, in Spanish.
		{"", "Plazo de entrega vencido", KindTimeout},
		// Hotmail's SC- and DY- codes refuse the client.
		{"", "550 SC-002 Mail rejected", KindBlocked},
		{"", "550 DY-001 Mail rejected", KindBlocked},
		// A mailbox file that cannot grow (EFBIG) is a full mailbox.
		{"", "cannot append message to mailbox /var/mail/user: File too large", KindMailboxFull},
		{"", "552 5.3.4 Message too large", KindMessageTooLarge},
		// Mail to remote domains "not supported" is relaying refused.
		{"", "550 Mail to remote domains is not supported here", KindRelayDenied},
		// No connection could be made.
		{"", "451 Could not connect to the destination server", KindConnectionFailed},
		// A product named as a footer or as a content filter is neither a
		// blocklist nor the cause.
		{"", "550 5.1.1 No such user. Protected by Barracuda", KindRecipientUnknown},
		{"", "554 Message refused: content restrictions (Cloudmark)", KindPolicyRejected},
		{"", "554 Refused. Your IP address is listed in the RBL at b.barracudacentral.org", KindBlocked},
	})
}

// TestLocalDeliveryTrouble: a mailbox file the server cannot lock, open
// or use as it is (its owner, mode or kind wrong) and a delivery
// configuration that does not expand are the receiving server's own
// trouble, not the mailbox's state (set II, Exim's and Postfix's local
// delivery).
func TestLocalDeliveryTrouble(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "failed to lock mailbox /var/mail/bob (lock file)", KindServiceUnavailable},
		{"", "mailbox /var/mail/bob has wrong uid (1002 != 1000)", KindServiceUnavailable},
		{"", "mailbox /var/mail/bob has the wrong mode 664 (600 expected)", KindServiceUnavailable},
		{"", "destination /var/mail/bob is not a regular file", KindServiceUnavailable},
		{"", "failed to expand \"$home/Maildir\" for the local_delivery transport: unknown variable name \"home2\"", KindServiceUnavailable},
		// The mailbox's own state keeps its kind.
		{"", "mailbox /var/mail/bob is full", KindMailboxFull},
		{"", "550 5.1.1 mailbox does not exist", KindRecipientUnknown},
	})
}

// TestServerTroubleInGeneralTerms: the receiving server's own trouble is
// told by what only such trouble says, whatever the server and its
// wording: a file system path, the system's words for an error that a
// call returned ("Permission denied", "No such file or directory",
// "Input/output error"), a file, directory or process it could not
// create, open, read, write or run. A mailbox or user named with them is
// where the server failed, not a recipient that does not exist; a full
// mailbox, an unknown user, a lost connection or a login keep their kinds.
func TestServerTroubleInGeneralTerms(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "maildir delivery failed: create maildir file /var/vmail/example.com/bob/tmp/1700000000.P1.mx: Permission denied", KindServiceUnavailable},
		{"", "Error: user bob: Initialization failed: Namespace '': mkdir(/home/bob/Maildir) failed: Permission denied (euid=1000(bob) egid=1000(bob))", KindServiceUnavailable},
		{"", "procmail: Couldn't create \"/var/mail/bob\"", KindServiceUnavailable},
		{"", "451 4.0.0 /etc/mail/sendmail.cf: line 0: cannot open: No such file or directory", KindServiceUnavailable},
		{"", "Unable to chdir to maildir. (#4.2.1)", KindServiceUnavailable},
		{"", "unable to open mailbox /var/mail/bob: Input/output error", KindServiceUnavailable},
		{"", "Could not write message to disk", KindServiceUnavailable},
		{"", "Failed to fork delivery process", KindServiceUnavailable},
		{"", "mailbox file /var/mail/bob: Read-only file system", KindServiceUnavailable},
		// Their kinds stay.
		{"", "552 5.2.2 /var/mail/bob: quota exceeded", KindMailboxFull},
		{"", "550 5.1.1 /home/bob/Maildir: no such user here", KindRecipientUnknown},
		{"", "451 4.4.1 Could not open connection to mx.example.com: Connection refused", KindConnectionFailed},
		{"", "535 5.7.8 Error: authentication failed: could not read password file", KindAuthFailed},
		{"", "554 5.6.0 Could not read message: header syntax error", KindSyntaxError},
	})
}

// TestCommonKindsInOtherLanguages covers the usual wording of each common
// kind in French, German, Spanish, Portuguese, Italian, Japanese and
// Russian where a word of the language was missing from its group: a
// quota, a suspended account, relaying, greylisting, an encrypted
// connection required, a timeout, a message too large, a domain that does
// not exist.
func TestCommonKindsInOtherLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "552 Cuota excedida", KindMailboxFull},
		{"", "552 Cota excedida", KindMailboxFull},
		{"", "550 La cuenta ha sido suspendida", KindMailboxDisabled},
		{"", "550 A conta está suspensa", KindMailboxDisabled},
		{"", "550 Le compte est suspendu", KindMailboxDisabled},
		{"", "554 Weiterleitung nicht gestattet", KindRelayDenied},
		{"", "552 El mensaje es demasiado grande", KindMessageTooLarge},
		{"", "451 Demasiados mensajes, inténtelo más tarde", KindRateLimited},
		{"", "550 Le domaine n'existe pas", KindDomainNotFound},
		{"", "550 Die Domain wurde nicht gefunden", KindDomainNotFound},
		{"", "451 Graue Liste: bitte später erneut versuchen", KindGreylisted},
		{"", "451 Lista grigia, riprovare più tardi", KindGreylisted},
		{"", "451 グレーリスティング中です。しばらくしてから再送してください", KindGreylisted},
		{"", "530 Une connexion chiffrée est requise", KindTLSRequired},
		{"", "530 Verschlüsselte Verbindung erforderlich", KindTLSRequired},
		{"", "530 Se requiere una conexión cifrada", KindTLSRequired},
		{"", "530 É necessária uma conexão criptografada", KindTLSRequired},
		{"", "530 È richiesta una connessione cifrata", KindTLSRequired},
		{"", "421 Délai d'attente dépassé", KindTimeout},
		{"", "421 Tiempo de espera agotado", KindTimeout},
		{"", "421 Tempo limite esgotado", KindTimeout},
		{"", "421 Tempo scaduto", KindTimeout},
		{"", "421 タイムアウトしました", KindTimeout},
		{"", "421 Время ожидания истекло", KindTimeout},
		{"", "452 Espace de stockage insuffisant dans la boîte du destinataire", KindMailboxFull},
		{"", "452 Espacio insuficiente en el buzón", KindMailboxFull},
		{"", "550 Account disabilitato", KindMailboxDisabled},
		{"", "550 Relayen nicht erlaubt", KindRelayDenied},
		{"", "550 No se permite el reenvío", KindRelayDenied},
		{"", "554 IPアドレスが拒否されました", KindBlocked},
		{"", "554 Contenido no permitido", KindPolicyRejected},
		{"", "554 Conteúdo bloqueado", KindPolicyRejected},
		{"", "554 Contenuto non consentito", KindPolicyRejected},
		{"", "451 Vous envoyez trop vite", KindRateLimited},
		{"", "451 Слишком частая отправка", KindRateLimited},
		{"", "550 Dominio sconosciuto", KindDomainNotFound},
		{"", "550 ドメインが見つかりません", KindDomainNotFound},
		{"", "550 Неизвестный домен", KindDomainNotFound},
		// Their neighbours keep their kinds.
		{"", "550 L'adresse du destinataire n'existe pas", KindRecipientUnknown},
		{"", "451 Cuota de envío superada", KindRateLimited},
		{"", "530 Authentification requise", KindAuthRequired},
	})
}

// TestRecipientNotFoundInADomain: a recipient or mailbox that is not found
// "in" or "for" a domain is the recipient's failure; the domain that is
// not found keeps its kind.
func TestRecipientNotFoundInADomain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Recipient not found in domain example.com", KindRecipientUnknown},
		{"", "550 Mailbox not found for domain example.com", KindRecipientUnknown},
		{"", "550 Recipient domain does not exist", KindDomainNotFound},
		{"", "550 The domain example.com was not found", KindDomainNotFound},
		{"", "mail domain mentioned in email address is unknown", KindDomainNotFound},
	})
}

// TestFamiliesOfSetMM covers the families a sample of less common mail
// servers' source in Debian (set MM: nullmailer, Cyrus's LMTP, Postfix's
// postscreen, OpenDKIM, mlmmj) missed, in wordings of their own.
func TestFamiliesOfSetMM(t *testing.T) {
	checkKinds(t, []kindCase{
		// The server's own DKIM signing failed: its trouble, not a policy.
		{"", "451 4.3.0 DKIM signing failed, try again later", KindServiceUnavailable},
		{"", "550 5.7.20 No passing DKIM signatures found", KindPolicyRejected},
		// A command out of its place in a mail transaction, or too long.
		{"", "503 5.5.1 STARTTLS not permitted during a mail transaction", KindSyntaxError},
		{"", "500 5.5.2 Command too long", KindSyntaxError},
		// A connection that failed.
		{"", "Connection failed to mx.example.org", KindConnectionFailed},
		// A list's post refused to a non-subscriber: the poster is refused,
		// as in ezmlm-idx's "only subscribers may post".
		{"", "Your message could not be delivered to the list because you are not a list subscriber", KindSenderRejected},
	})
}

// TestFamiliesOfSetLL covers the families a sample of policy daemons' and
// filters' source in Debian (set LL: amavisd-new, postfwd, MIMEDefang,
// rspamd, milter-greylist, Courier's filters) missed, in wordings of
// their own.
func TestFamiliesOfSetLL(t *testing.T) {
	checkKinds(t, []kindCase{
		// A scanner or filter that failed is the server's trouble.
		{"", "451 4.6.0 Virus scanner malfunction", KindServiceUnavailable},
		{"", "Problem running virus-scanner, try again later", KindServiceUnavailable},
		{"", "432 Mail filters temporarily unavailable.", KindServiceUnavailable},
		// AUTH within a mail transaction is out of sequence.
		{"", "503 5.5.1 Error: AUTH not allowed within a transaction", KindSyntaxError},
		{"", "535 5.7.8 Error: authentication failed: not allowed", KindAuthFailed},
	})
}

// TestFamiliesOfSetPP covers the families a sample of the big servers'
// delivery agents and routers (set PP: Postfix's virtual and pipe, Exim's
// routers and transports, Sendmail's alias and recipient code, Dovecot's
// LDA) missed, in wordings of their own.
func TestFamiliesOfSetPP(t *testing.T) {
	checkKinds(t, []kindCase{
		// A router or transport of the server's own that failed.
		{"", "lookuphost router: command returned non-zero code 2", KindServiceUnavailable},
		{"", "Child process of local_pipe transport returned 75 from command: /usr/bin/maildrop", KindServiceUnavailable},
		{"", "error in dnslookup router: transport missing", KindServiceUnavailable},
		// A quota the server is still calculating is its trouble; a full
		// mailbox stays full.
		{"", "451 4.3.0 Internal quota calculation error", KindServiceUnavailable},
		{"", "552 5.2.2 Quota exceeded", KindMailboxFull},
		// Mail to programs or files refused: the server's policy.
		{"", "550 Cannot mail directly to programs", KindPolicyRejected},
		// An MX pointing back at the server itself: the domain's records
		// lead nowhere (domain_not_found since this round; TestRoundMXLoops).
		{"", "lowest numbered MX record points to local host", KindDomainNotFound},
		// A message larger than the server's maximum, whatever the code.
		{"", "554 5.2.2 Message is larger than the maximum size allowed", KindMessageTooLarge},
	})
}

// TestFamiliesOfSetsQQToVV covers families that the sealed samples of
// security gateways, commercial servers, pasted bounces and servers in
// other languages (sets QQ, RR, SS, VV) missed, in wordings of their own:
// a connection that failed or was dropped, a host that is down, the
// server's own disk or I/O, a recipient domain that cannot be found.
func TestFamiliesOfSetsQQToVV(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.4.0 Connection failed, try again later", KindConnectionFailed},
		{"", "The connection was dropped by the remote host", KindConnectionFailed},
		{"", "451 4.4.0 Host is down", KindConnectionFailed},
		{"", "452 Not enough space on disk to store the message", KindServiceUnavailable},
		{"", "451 I/O error while writing the spool file", KindServiceUnavailable},
		{"", "550 The mail server for the recipient's domain could not be found", KindDomainNotFound},
		// A login refused, a sender refused for want of one, a relay
		// that POP-before-SMTP would open.
		{"", "Authentication denied", KindAuthFailed},
		{"", "553 5.7.1 <user@example.com>: Sender address rejected: not logged in", KindAuthRequired},
		{"", "Perhaps you have not logged into the pop/imap server in the last 30 minutes or do not have SMTP Authentication turned on in your email client.", KindRelayDenied},
		// Their neighbours keep their kinds.
		{"", "552 Not enough space in the recipient's mailbox", KindMailboxFull},
		{"", "550 Relay access denied, authentication denied", KindRelayDenied},
		{"", "550 Recipient cannot be found", KindRecipientUnknown},
	})
}

// TestRecipientNamedOverASenderCode: a reply that names the recipient as
// such ("Recipient address rejected: Domain not found") is about the
// recipient even with a sender's enhanced code (X.1.8, set OO's mailin);
// the sender named, or neither, keeps the code's reading.
func TestRecipientNamedOverASenderCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "450 4.1.8 <user@example.org>: Recipient address rejected: Domain not found", KindDomainNotFound},
		{"", "450 4.1.8 <user@example.org>: Sender address rejected: Domain not found", KindSenderRejected},
		{"", "553 5.1.8 Domain not found", KindSenderRejected},
	})
}

// TestMessageRefusedInOtherLanguages: "message refused" is read in any
// language: with a code of policy a policy refusal, said alone no cause
// (TestBlindLabellersAgreed).
func TestMessageRefusedInOtherLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 5.7.1 Wiadomość została odrzucona", KindPolicyRejected},
		{"", "550 5.7.1 Mensaje rechazado", KindPolicyRejected},
		{"", "554 5.7.1 Nachricht abgelehnt", KindPolicyRejected},
		{"", "554 Wiadomość została odrzucona", KindUnknown},
		{"", "550 Mensaje rechazado", KindUnknown},
		{"", "554 Nachricht abgelehnt", KindUnknown},
	})
}

// TestIPAddressNamesTheClient covers the client named only by its address:
// refused, or sending spam, it is blocked; the server a bounce quotes
// ("host …[192.0.2.1] said:"), a connection to an address, and a message
// called spam keep their kinds.
func TestIPAddressNamesTheClient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 Too much spam from 192.0.2.1", KindBlocked},
		{"", "550 192.0.2.7 rejected, see https://postmaster.example.net/", KindBlocked},
		{"", "554 [192.0.2.1] denied by local rules", KindBlocked},
		{"", "554 5.7.1 Spam from 192.0.2.9 not accepted", KindBlocked},
		// Another subject, the message, or the answering server: not the client.
		{"", "host mx.example.net[192.0.2.1] said: 550 5.1.1 <user@example.net>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "connect to mx.example.net[192.0.2.1]:25: Connection refused", KindConnectionFailed},
		{"", "550 5.7.1 [192.0.2.1] Our system has detected that this message is likely spam", KindPolicyRejected},
		{"", "550 Sender <user@example.com> from 192.0.2.1 rejected: unverified address", KindSenderRejected},
	})
}

// TestRecipientRejectedForAReason covers Postfix's "Recipient address
// rejected: REASON": the reason decides, not the words around it; with
// no reason the recipient is refused.
func TestRecipientRejectedForAReason(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "450 4.7.1 <user@example.com>: Recipient address rejected: Service is unavailable, try again later", KindServiceUnavailable},
		{"", "421 4.7.1 <user@example.com>: Recipient address rejected: no reverse name for 192.0.2.1", KindBlocked},
		{"", "450 4.7.1 <user@example.com>: Recipient address rejected: client has no PTR record", KindBlocked},
		{"", "550 5.7.1 <user@example.com>: Recipient address rejected: Greylisted", KindGreylisted},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected [client 192.0.2.1]", KindRecipientUnknown},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected", KindRecipientUnknown},
	})
}

// TestTLSMandatory covers TLS said to be mandatory or to need a minimum
// version (required), and a minimum not met (failed).
func TestTLSMandatory(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "530 5.7.0 Encryption is mandatory on this server", KindTLSRequired},
		{"", "530 TLS ist obligatorisch", KindTLSRequired},
		{"", "530 5.7.0 TLS minimum version: TLSv1.3", KindTLSRequired},
		{"", "454 4.7.0 TLS policy not met", KindTLSFailed},
	})
}

// TestIPLiteral covers what counts as an IP address: four numbers of up to
// three digits (or of x's, masked) joined by dots, not part of a longer
// name or number, and not the server a bounce quotes.
func TestIPLiteral(t *testing.T) {
	for text, want := range map[string]bool{
		" from 192.0.2.1 ":                       true,
		" [192.0.2.1]: ":                         true,
		" /192.0.2.1 is restricted ":             true,
		" ?ip=192.0.2.10 ":                       true,
		" version 192.0.2.1a ":                   false,
		" 1.2.3 ":                                false,
		" 1.2.3.4.5 ":                            false,
		" 1234.2.3.4 ":                           false,
		" host mx.example.net[192.0.2.1] said: ": false,
		" host mx.example.net [192.0.2.1]: 554 ": false,
		" 5.7.1 192.0.2.1 ":                      true,
		" 1.2 10.0.0.1 ":                         true,
		" 999.1.1.1 ":                            false,
		" from 2001:db8::1 ":                     true,
		" [ipv6:2001:db8:0:0:0:0:0:1] ":          true,
		" at 10:30:00 ":                          false,
		" unknown[192.0.2.1]: 554 ":              true,
		" remote server at mx.example.org (198.51.100.7) returned ": false,
		" from mx.example.org (198.51.100.7) ":                      true,
		" ec2-192-0-2-229.compute.amazonaws.com ":                   false,
		// Exchange's NDR names the server that answered, by name or
		// by address, before the code it quotes: "<mx.example.org
		// #5.0.0 smtp;550 …>".
		" returned '554 5.0.0 <[192.0.2.1] #5.0.0 smtp; 550 ": false,
		" <[192.0.2.1] #5.0.0 ":                               false,
		" <[192.0.2.1]> ":                                     true,
		" [192.0.2.1] #5.0.0 ":                                true,
		// Masked with x's, as replies are quoted.
		" the sender xxx.xxx.xxx.xxx is banned ":   true,
		" [x.xx.xx.xx] our system ":                true,
		" from 192.0.2.x ":                         true,
		" host mx.example.net[xx.xx.xx.xx] said: ": false,
		" xxxx.x.x.x ":                             false,
		" x.509 ":                                  false,
		" x.x.x ":                                  false,
		" 192.0.2.xxxx ":                           false,
		" x.x.x.x.x ":                              false,
		" 1x.2.3.4 ":                               false,
	} {
		if got := ipLiteral([]byte(text)); got != want {
			t.Errorf("ipLiteral(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWordsAfterAnEnclosedAddress: an address ends at its brackets, so the
// words written right after it ("<user@example.com>...Relay denied") are
// evidence.
func TestWordsAfterAnEnclosedAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 <user@example.com>...中继拒绝", KindRelayDenied},
		{"", "550 <user@example.com>...Relaying denied", KindRelayDenied},
		{"", "550 Relaying denied<user@example.com>", KindRelayDenied},
		{"", "552 <user@example.com>:mailbox full", KindMailboxFull},
		// Inside the address, still no evidence.
		{"", "550 <spam-full@example.com>... Recipient rejected", KindRecipientUnknown},
	})
}

// TestTurkishAndCzechWordings covers the common kinds in Turkish and
// Czech, as Microsoft's and other localized servers word them.
func TestTurkishAndCzechWordings(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Posta geçişi reddedildi", KindRelayDenied},
		{"", "550 Günlük gönderim sınırı aşıldı", KindRateLimited},
		{"", "552 Posta kutusu dolu", KindMailboxFull},
		{"", "550 Alıcı bulunamadı", KindRecipientUnknown},
		{"", "550 Přenos byl odepřen", KindRelayDenied},
		{"", "550 Schránka příjemce je plná", KindMailboxFull},
		{"", "550 Uživatel neexistuje", KindRecipientUnknown},
		{"", "451 Překročen limit odeslaných zpráv", KindRateLimited},
		{"", "550 Doorsturen geweigerd", KindRelayDenied},
		{"", "451 4.4.2 超时，正在断开连接。", KindTimeout},
	})
}

// TestSmallerFamiliesOfSetL covers families first seen in set L, each in
// wordings of its own: qmail's rcpthosts spelt with a hyphen, mail refused
// without TLS, a From that must match the login, a spam sender, and a
// first-time sender deferred (greylisting).
func TestSmallerFamiliesOfSetL(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 sorry, that domain isn't in my list of allowed rcpt-hosts (#5.7.1)", KindRelayDenied},
		{"", "530 Sending mail without TLS is not permitted", KindTLSRequired},
		{"", "550 5.7.1 The From address must match the authenticated user", KindSenderRejected},
		{"", "553 User is not allowed to send on behalf of this address", KindSenderRejected},
		{"", "550 Known spam sender, go away", KindBlocked},
		{"", "450 4.7.1 First time sender, please retry in a few minutes", KindGreylisted},
	})
}

// TestFamiliesOfSetsMAndN covers families first seen in sets M and N, in
// wordings of their own.
func TestFamiliesOfSetsMAndN(t *testing.T) {
	checkKinds(t, []kindCase{
		// Text in a script without spaces runs up to an address.
		{"", "收件人地址（user@example.com）不存在。", KindRecipientUnknown},
		{"", "Команда не распознана сервером", KindSyntaxError},
		{"", "Ошибка: в авторизации отказано", KindAuthFailed},
		{"", "all hosts for example.org have been failing for a long time", KindConnectionFailed},
		{"", "451 4.7.5 STARTTLS not advertised by the remote host", KindTLSFailed},
		{"", "530 Recipient requires encrypted transmission", KindTLSRequired},
		{"", "451 Server accepts mail only over TLS", KindTLSRequired},
		{"", "550 Relaying through this host requires authentication", KindRelayDenied},
		{"", "553 Sorry, that domain isn't in my list of allowed hosts", KindRelayDenied},
		{"", "550 Mail relay is not enabled for this client", KindRelayDenied},
		{"", "550 Recipients outside your domain are not allowed", KindRelayDenied},
		{"", "550 Denied: sender host on our spam list", KindBlocked},
		{"", "554 Client 192.0.2.1 rejected: too much spam", KindBlocked},
		{"", "550 You must log in to send mail here", KindAuthRequired},
		// A list for its subscribers only refuses the sender (both readers
		// of round Z198's samples said so; it was policy until then).
		{"", "Sorry, only subscribers may post to this list", KindSenderRejected},
		{"", "550 Message has bare newline characters", KindSyntaxError},
	})
}

// TestSenderRejectedForAReason: Postfix's "Sender address rejected:
// REASON" with a rate or the server's own trouble as the reason is that.
func TestSenderRejectedForAReason(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "450 4.7.1 <user@example.com>: Sender address rejected: too many messages per hour", KindRateLimited},
		{"", "451 4.3.0 <user@example.com>: Sender address rejected: configuration problem, try later", KindServiceUnavailable},
		{"", "553 5.7.1 <user@example.com>: Sender address rejected: not owned by user", KindSenderRejected},
	})
}

// TestWhoseAddressWithoutAStage covers replies read without the command
// they answered, as a pasted reply is: a sender named with an address
// ("MAIL FROM address") is still the sender's unless a recipient is named.
func TestWhoseAddressWithoutAStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 For MAIL FROM address <a@example.com> the lookup reports a DNS error with the domain", KindSenderRejected},
		{"", "550 Sender address <a@example.com>: domain does not exist", KindSenderRejected},
		{"", "550 Recipient address <b@example.net>: domain does not exist", KindDomainNotFound},
	})
}

// TestAuthCodesWithoutAStage covers AUTH's own reply codes (RFC 4954)
// read without a stage: the account they name is the one logging in.
func TestAuthCodesWithoutAStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "525 5.7.13 User Account Disabled", KindAuthFailed},
		{"", "535 5.7.8 Mailbox does not exist", KindAuthFailed},
		{"rcpt", "535 5.7.8 Mailbox does not exist", KindRecipientUnknown},
		{"", "550 5.7.13 Mailbox disabled", KindMailboxDisabled},
	})
}

// TestProviderCodes covers the short codes NetEase answers with in place
// of words, including ones no table row has.
func TestProviderCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 HL:ITC", KindRateLimited},
		{"", "550 RP:TRC", KindRateLimited},
		{"", "550 MI:NHD", KindSyntaxError},
		{"", "550 MI:IMF", KindSenderRejected},
		{"", "550 MI:DMA", KindPolicyRejected},
		{"", "550 RP:FRL", KindRelayDenied},
		{"", "554 HL:IHU", KindBlocked},
	})
}

// TestInvalidAddressWithACodeOfSyntax covers an address called invalid in
// a reply whose code is one of syntax: a malformed command, whatever
// address it names; with another code the address does not exist.
func TestInvalidAddressWithACodeOfSyntax(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "501 5.5.4 Invalid recipient: missing local part", KindSyntaxError},
		{"", "501 Invalid sender <a@b@example.com>", KindSyntaxError},
		{"", "555 5.5.4 Invalid address in RCPT TO", KindSyntaxError},
		{"", "550 5.1.1 Invalid recipient <a@example.com>", KindRecipientUnknown},
		{"", "550 Invalid recipient <a@example.com>", KindRecipientUnknown},
		{"", "501 5.1.1 Invalid recipient <a@example.com>", KindRecipientUnknown},
	})
}

// TestServerBusy covers a busy server: its own load, whatever the code;
// Microsoft's 4.7.500 "Server busy. Please try again later from [IP]"
// too, as nine collectors and readers of samples called it (two table
// rows had called it a rate).
func TestServerBusy(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.4.5 Server busy, try again later.", KindServiceUnavailable},
		{"", "421 4.3.2 Server is busy, please try again", KindServiceUnavailable},
		{"", "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714)", KindServiceUnavailable},
		{"", "421 4.7.0 Unexpected volume, try again later", KindRateLimited},
	})
}

// TestBlocklistsQuotasAndSpamInOtherLanguages covers the words of set W's
// families in sentences of their own: a blocklist, a sending quota, mail
// called spam, throttling, a mailbox's storage limit, a busy server.
func TestBlocklistsQuotasAndSpamInOtherLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 Ihre IP-Adresse 192.0.2.1 steht auf unserer Sperrliste", KindBlocked},
		{"", "550 Votre serveur figure sur notre liste noire", KindBlocked},
		{"", "550 Votre message a été classé comme spam", KindPolicyRejected},
		{"", "452 Il mittente ha superato la quota di invio giornaliera", KindRateLimited},
		{"", "451 Der Absender wurde gedrosselt", KindRateLimited},
		{"", "552 Die Speichergrenze des Postfachs ist erreicht", KindMailboxFull},
		{"", "421 伺服器忙碌中", KindServiceUnavailable},
	})
}

// TestClientNamedAsYou covers the client named as "you", "your mailer" or
// a range of addresses, refused for what it sends: a block of the client,
// even when the words name spam ("Your mailer has been reported as sending
// unsolicited email"), where spam named with the message is its content.
func TestClientNamedAsYou(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Your mailer (mail.example.com) has been reported as sending unsolicited email and has been blocked", KindBlocked},
		{"", "550 5.7.1 Our system has detected an unusual amount of unsolicited email originating from your address", KindBlocked},
		{"", "550 You are banned by local policy", KindBlocked},
		{"", "421 4.7.0 Connection refused, you have been sending spam", KindBlocked},
		{"", "421 You are sending too much spam; try again later", KindBlocked},
		{"", "550 You are blocked from sending mail to this server", KindBlocked},
		{"", "554 Mail from this netblock is not accepted", KindBlocked},
		// The message named: its content.
		{"", "550 Your message was blocked because it looks like spam", KindPolicyRejected},
		{"", "550 This message has been blocked because it contains a URL listed as spam", KindPolicyRejected},
		// "You" with a sending rate, a relay or an address to send as.
		{"", "452 You are sending too many messages, slow down", KindRateLimited},
		{"", "550 You are not allowed to relay through this server", KindRelayDenied},
		{"", "553 You are not allowed to send as user@example.com", KindSenderRejected},
	})
}

// TestReverseDNSWordOrder covers reverse DNS named in the other order
// ("no DNS reverse for 192.0.2.1"), which left the reply to the guess: a
// rule's words decide it now, and the evidence quotes them.
func TestReverseDNSWordOrder(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"554 cmg1.fe.forpsi.com bizsmtp 0bcW1i00G0jifNx01bcmHa no DNS reverse for 192.0.2.1", KindBlocked, "dns reverse"},
		{"554 No reverse record for 192.0.2.1", KindBlocked, "reverse record"},
	})
}

// TestSendingQuotaAndInfectedClient covers a quota of the sending side
// (traffic, outgoing mail), a rate where a mailbox's quota is full; and a
// listed client said to be infected, a block, where a virus in the message
// is content however the client is named.
func TestSendingQuotaAndInfectedClient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "smtp traffic quota has been exceeded", KindRateLimited},
		{"", "550 5.7.1 Outgoing mail quota exceeded", KindRateLimited},
		{"", "552 5.2.2 You have exceeded your mailbox quota", KindMailboxFull},
		{"", "552 5.3.4 You have exceeded your maximum message size of 20480000 bytes", KindMessageTooLarge},
		{"", "552 5.2.2 Mailbox quota exceeded", KindMailboxFull},
		{"", "552 Quota exceeded for user@example.com", KindMailboxFull},
		{"", "452 4.2.2 The email account that you tried to reach is over quota", KindMailboxFull},
		{"", "Your IP is blacklisted because your machine is infected with a virus", KindBlocked},
		{"", "192.0.2.1 is blacklisted because your machine is infected with a virus", KindBlocked},
		{"", "550 5.7.1 Mail from your IP contains a virus", KindPolicyRejected},
		{"", "550 Malware detected in mail received from your server [192.0.2.44]", KindPolicyRejected},
		{"", "554 5.7.0 Virus found: Win.Test.EICAR_HDB-1 (client=[203.0.113.5], sender=<a@example.com>)", KindPolicyRejected},
		{"", "550 Your message is infected with a virus", KindPolicyRejected},
		{"", "554 Virus found in message from 192.0.2.1", KindPolicyRejected},
	})
}

// TestRelayHostTimeoutAndDisallowedClient covers a relay host that did
// not answer in time (a timeout, though "for relay" is in the text), where
// a refusal to relay that also names a timeout stays a relay denial; and
// "disallowed", which refuses a command, a file or an address as often as
// a client.
func TestRelayHostTimeoutAndDisallowedClient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 Local server timeout waiting for relay host response", KindTimeout},
		{"", "421 Timeout while waiting for relay server", KindTimeout},
		{"", "550 Not permitted for relay", KindRelayDenied},
		{"", "554 5.7.1 Relay access denied", KindRelayDenied},
		{"", "554 5.7.1 <bob@example.org>: Relay access denied - SMTP AUTH session timed out", KindRelayDenied},
		{"", "retry timeout exceeded; last error: 550 relay not permitted", KindRelayDenied},
		{"", "The following message was undeliverable.\r\n5.4.7 - Delivery expired (message too old) 'timeout'\r\n(last error: 550 5.7.1 Unable to relay)", KindRelayDenied},
		{"", "503 5.5.1 Error: command disallowed before HELO/EHLO (client 198.51.100.3)", KindSyntaxError},
		{"", "550 5.7.1 Client 198.51.100.3: file extension .scr disallowed", KindPolicyRejected},
	})
}

// TestRemovalLinkIsNoContent covers a listed client whose reply links the
// page to ask for removal: the link is not in the message, so the list is
// the client's, where a URL the message contains is its content.
func TestRemovalLinkIsNoContent(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Host 192.0.2.1 is listed at psbl.surriel.com as a spam source. Mail from this IP has been limited. For removal follow this link", KindBlocked},
		{"", "550 Host 192.0.2.1 is listed at psbl.surriel.com. For removal follow this link", KindBlocked},
		{"", "550 Message contains a link listed on a URI blocklist", KindPolicyRejected},
		{"", "554 5.7.1 Your message contains a URL that is blacklisted (sent from 192.0.2.1)", KindPolicyRejected},
	})
}

// TestTooManyErrorsOfTheClient covers a server that gives up on a client
// that made too many errors: the client's commands (syntax_error), not a
// rate it can slow down under, unless the reply says it is now listed.
func TestTooManyErrorsOfTheClient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 Too many errors; goodbye", KindSyntaxError},
		{"", "421 Too many protocol errors, closing", KindSyntaxError},
		{"", "554 5.7.0 Too many erroneous commands, closing connection", KindSyntaxError},
		{"", "421 4.5.1 Too many errors, you have been temporarily blacklisted", KindBlocked},
		{"", "too many errors from your ip", KindBlocked},
		{"", "452 Too many recipients", KindRateLimited},
		{"", "421 Too many connections", KindRateLimited},
	})
}

// An address called invalid is vague: it may be malformed or may not
// exist. X.1.3 is specific (bad destination mailbox address syntax), so
// with it the address is malformed whatever the basic code; with X.1.1,
// or 550 and no enhanced code, it is a recipient that does not exist.
func TestInvalidAddressWithAddressSyntaxCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 5.1.3 The recipient address is invalid", KindSyntaxError},
		{"", "550 5.1.3 Invalid destination address", KindSyntaxError},
		{"rcpt", "550 5.1.3 Destination address is not valid", KindSyntaxError},
		{"", "550 5.1.1 The recipient address is invalid", KindRecipientUnknown},
		{"", "550 Invalid recipient address", KindRecipientUnknown},
		{"", "550 5.1.3 Mailbox full", KindMailboxFull},
	})
}

// qmail's rcpthosts refusal in other spellings: the list "of rcpt host"
// singular or misspelt around is still a relay refusal, and the words
// decide it (not a guess). A list of RCPT commands or addresses is not,
// nor a bad host in a RCPT.
func TestListOfRcptHostsAnySpelling(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"553 receipient not in my list of rcpt host...", KindRelayDenied, "of rcpt host"},
		{"553 sorry, recipient not in my list of rcpt host", KindRelayDenied, "of rcpt host"},
	})
	if e := Classify("", "550 5.1.2 Bad rcpt host example.org: not found"); e.Kind == KindRelayDenied {
		t.Errorf("a bad host in a RCPT is %s (%s), not a relay refusal", e.Kind, e.Evidence)
	}
	checkKinds(t, []kindCase{
		{"", "550 5.1.1 rcpt: no such user here", KindRecipientUnknown},
		{"", "452 4.5.3 Too many recipients: your list of RCPT addresses exceeds the 100-recipient limit per message", KindRateLimited},
		{"", "550 5.1.1 One or more addresses in your list of rcpt were rejected: <old.user@example.org> user unknown", KindRecipientUnknown},
	})
}

// The client refused as "we do not accept connections from your IP": a
// refusal in the form "do not accept" is a block of the client, whatever
// the enhanced code (5.3.2 is a system not accepting network messages).
func TestDoNotAcceptTheClient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 5.3.2 Sorry, we do not accept connections from your IP", KindBlocked},
		{"", "550 We don't accept mail from your mail server", KindBlocked},
		{"", "554 This server does not accept connections from your network", KindBlocked},
		{"", "421 4.3.2 System not accepting network messages", KindServiceUnavailable},
		// What the client does not accept, and a size, are not a block.
		{"", "550 5.7.1 Client does not accept bounces", KindPolicyRejected},
		{"", "552 We do not accept messages larger than 10MB from your server", KindMessageTooLarge},
	})
	checkDecidedBy(t, []decidedBy{
		{"554 5.3.2 Sorry, we do not accept connections from your IP", KindBlocked, "not accept connections"},
		{"550 We don't accept mail from your mail server", KindBlocked, "don't accept mail from"},
		{"554 We do not accept email from your IP address", KindBlocked, "not accept email from"},
		{"550 Sorry, we do not accept messages from your server", KindBlocked, "not accept messages from"},
	})
}

// NetEase (163.com, 126.com) answers "550 User has no permission" when SMTP
// is not enabled for the account that logged in: its help page says to
// turn the service on and log in with the client authorisation code.
func TestNetEaseUserHasNoPermission(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 User has no permission", KindAuthFailed},
		{"mail", "550 User has no permission", KindAuthFailed},
		{"", "550 User has no permission,smtp13,EcCowABnNmm8Q2FlPq5BAA--.12345S2 1700000000", KindAuthFailed},
		// The phrase inside a sentence that says what is not permitted.
		{"", "553 5.7.1 Sender address rejected: user has no permission to send as <ceo@example.com>", KindSenderRejected},
		{"", "552 5.3.4 Message size exceeds 10 MB; user has no permission to send messages this large", KindMessageTooLarge},
		{"", "550 5.7.1 User has no permission to relay", KindRelayDenied},
		{"", "550 5.1.1 User unknown", KindRecipientUnknown},
	})
}

// 1&1, GMX and Web.de say "Reject due to policy restrictions" beside the
// RFC's default "mailbox unavailable": the policy is the cause, not the
// mailbox; "(IP based)" makes it the client's.
func TestPolicyRestrictionsOverMailboxUnavailable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550-Requested action not taken: mailbox unavailable\r\n550-Reject due to policy restrictions.\r\n550 For explanation visit http://postmaster.1and1.com/en/error-messages?ip=192.0.2.1&c=poli", KindPolicyRejected},
		{"rcpt", "550 Requested action not taken: mailbox unavailable. Reject due to policy restrictions", KindPolicyRejected},
		{"", "550 <user@example.com>: Reject due to policy restrictions (IP based)", KindBlocked},
		{"", "552 5.3.4 Message size exceeds the maximum allowed due to policy restrictions (limit 20 MB)", KindMessageTooLarge},
		{"", "550 5.2.1 This account is suspended due to policy restrictions and cannot receive mail", KindMailboxDisabled},
		{"", "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown},
		// A message rejected, the client named as sending spam: a block.
		{"", "550 5.7.1 Message rejected, your mail server is sending spam", KindBlocked},
	})
}

// Mimecast's "Blocked Senders" policy lists the sender's address: a
// refused sender, even when the policy is said to be header based.
func TestBlockedSendersList(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Rejected by header based manually Blocked Senders: user@example.com - https://community.mimecast.com/docs/DOC-1369#550", KindSenderRejected},
		{"", "550 5.7.1 Your address is on the recipient's blocked senders list", KindSenderRejected},
		{"", "550 5.7.1 Your address is on the recipient's Blocked Sender List", KindSenderRejected},
		{"", "550 5.7.1 Message rejected: header contains a blocked URL", KindPolicyRejected},
	})
}

// Hotmail's DY-001 says it "does not relay dynamically-assigned IP
// ranges": the client's kind of address is refused (blocked), whatever
// "relay" the reply says; a plain refusal to relay stays one.
func TestDynamicRangesAreNotARelayRefusal(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 DY-001 (BAY0-MC1-F3) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider. You can tell them that Hotmail does not relay dynamically-assigned IP ranges.", KindBlocked},
		{"", "554 5.7.1 Client host rejected: dynamically assigned IP, please relay via your provider's smarthost", KindBlocked},
		{"", "550 5.7.1 We do not relay for example.org", KindRelayDenied},
		// The kind of address beside a cause stated more plainly.
		{"", "530 5.7.0 Authentication required: clients on dynamically-assigned addresses must log in with SMTP AUTH before sending", KindAuthRequired},
		{"", "530 5.7.0 Must issue a STARTTLS command first (required for clients on dynamically-assigned addresses)", KindTLSRequired},
		{"", "554 5.7.1 <user@example.com>: Relay access denied (static or dynamically assigned, unauthenticated clients may not relay)", KindRelayDenied},
	})
	checkDecidedBy(t, []decidedBy{
		{"550 DY-001 Hotmail does not relay dynamically-assigned IP ranges.", KindBlocked, "relay dynamically"},
		{"550 5.7.1 Mail from a dynamically assigned IP address is not accepted here", KindBlocked, "dynamically assigned"},
	})
}

// The errors of the sending program's own socket, as Node.js and
// nodemailer print them (a task runner pastes them as the reply).
func TestSocketErrorsOfTheClient(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"ECONNREFUSED 127.0.0.1:25", KindConnectionFailed, "econnrefused"},
		{"Error: connect ECONNREFUSED 192.0.2.1:587", KindConnectionFailed, "econnrefused"},
		{"Error: connect EHOSTUNREACH 192.0.2.1:465", KindConnectionFailed, "ehostunreach"},
		{"Error: connect ENETUNREACH 2001:db8::25:25", KindConnectionFailed, "enetunreach"},
		{"Error: read ECONNRESET", KindConnectionFailed, "econnreset"},
		{"Error: socket ECONNABORTED", KindConnectionFailed, "econnaborted"},
		{"Error: write EPIPE", KindConnectionFailed, "epipe"},
		{"Error: connect ETIMEDOUT 192.0.2.1:25", KindTimeout, "etimedout"},
		{"Greeting never received", KindTimeout, "greeting never received"},
	})
}

// A sending domain the service has not set up is the sender's domain
// refused ("550 5.7.1 Unconfigured Sending Domain <example.org>").
func TestUnconfiguredSendingDomain(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"550 5.7.1 Unconfigured Sending Domain <example.org>", KindSenderRejected, "unconfigured"},
	})
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Relay not configured for sender domain example.com", KindRelayDenied},
	})
}

// "Invalid" explained in the same reply with X.1.3: an address said not
// to exist is unknown, a sender's domain that does not resolve is the
// sender's. With a code of protocol syntax the words do not overrule it.
func TestInvalidExplainedBesideTheSyntaxCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 5.1.3 Invalid recipient - this address doesn't exist, please check it and try again", KindRecipientUnknown},
		{"", "550 5.1.3 Invalid recipient: mailbox bob@example.com does not exist on this server", KindRecipientUnknown},
		{"", "553 5.1.3 Sender address invalid: domain of sender address info@example.local does not resolve", KindSenderRejected},
		{"", "553 5.1.3 Invalid recipient: nonexistent mailbox", KindRecipientUnknown},
		{"", "553 5.1.3 Invalid recipient address", KindSyntaxError},
		{"", "501 5.1.7 Invalid address: unknown character", KindSyntaxError},
	})
}

// "Should" asks for a login as "must" does.
func TestShouldAuthenticate(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"575 <user@example.com> sender should authenticate", KindAuthRequired, "should authenticate"},
		{"550 Clients should log in before sending mail", KindAuthRequired, "should log in"},
	})
}

// 1&1, GMX and Web.de check the sender's domain on MAIL FROM: "Invalid
// DNS MX or A/AAAA resource record" is that domain's DNS, not the
// recipient's (their PTR refusal is the client's, blocked).
func TestNemesisSenderDomainDNS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550-Requested action not taken: mailbox unavailable\r\n550 invalid DNS MX or A/AAAA resource record", KindSenderRejected},
		{"", "550 <user@example.com>: Invalid DNS MX or A/AAAA resource record", KindSenderRejected},
		{"", "554-web.de (mxweb012) Nemesis ESMTP Service not available\r\n554-No SMTP service\r\n554 invalid DNS PTR resource record, IP=192.0.2.1", KindBlocked},
	})
}

// Postfix's "Host not found, try again" is the resolver's TRY_AGAIN: the
// domain's lookup failed for now, worth retrying.
func TestDomainLookupToTryAgainIsTemporary(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again", KindDomainNotFound, true},
		{"delivery temporarily suspended: Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again", KindDomainNotFound, true},
		{"Host or domain name not found. Name service error for name=example.com type=A: Host not found", KindDomainNotFound, false},
	})
}

// Zoho's own words: "MailPolicy violation" refuses the message (with
// 5.2.3, the code of a message too large), "Unusual sending activity" the
// account's rate of sending (with 5.4.6, a routing loop's code).
func TestZohoPolicyAndSendingActivity(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 5.2.3 MailPolicy violation Error delivering to mailboxes", KindPolicyRejected},
		{"", "550 5.4.6 Unusual sending activity detected.", KindRateLimited},
		{"", "421 4.7.28 Gmail has detected an unusual rate of mail originating from your IP address.", KindBlocked},
	})
}

// A command sent before the previous one completed is out of sequence,
// whatever the code (453 is not a code of syntax).
func TestCommandBeforeThePreviousCompleted(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"453 Command received prior to completion of previous command sequence", KindSyntaxError, "prior to completion of previous"},
		{"550 Command received before the previous command completed", KindSyntaxError, "before the previous command"},
	})
}

// Filters and policy daemons in their own words: a spam scanner that
// failed or timed out is the server's trouble; a link to SPF's "why"
// page is an SPF refusal; a hostname that looks like a dynamic pool is
// the client's.
func TestScannersSPFLinksAndDynamicPools(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "450 spamd scan error", KindServiceUnavailable},
		{"", "450 Rspamd scan timeout", KindServiceUnavailable},
		{"", "451 4.7.1 Spam scan failed, please try again later", KindServiceUnavailable},
		{"", "550 Please see http://www.openspf.org/Why?s=mfrom;id=user%40example.com;ip=192.0.2.1;r=mx.example.org", KindPolicyRejected},
		{"", "554 5.7.1 Connecting hostname 1-2-0-192.dyn.example.net looks like a dynamic pool address", KindBlocked},
		{"", "550 5.7.1 Message rejected: spam score too high", KindPolicyRejected},
		// A scan that failed on the message is the message's.
		{"", "554 5.7.0 Message rejected: attachment scan failed (password-protected archive)", KindPolicyRejected},
	})
	checkDecidedBy(t, []decidedBy{
		{"450 spamd scan error", KindServiceUnavailable, "spamd scan"},
		{"451 Virus scan timed out", KindServiceUnavailable, "scan timed out"},
		{"550 Please see http://www.openspf.org/Why?s=helo;id=postmaster%40mail.example.net", KindPolicyRejected, "openspf.org/why"},
	})
}

// A protocol error and a bad argument are syntax, about HELO too.
func TestProtocolErrorAndBadArgument(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"550 Bad argument to HELO", KindSyntaxError, "bad argument"},
		{"550 Protocol error: `MAIL' not allowed in a group of commands", KindSyntaxError, "protocol error:"},
	})
	checkKinds(t, []kindCase{
		{"", "501 5.5.4 Bad argument", KindSyntaxError},
		{"", "550 5.7.1 Bad HELO: your hostname is not fully qualified", KindBlocked},
		// A protocol error of the connection or of TLS is not a command's.
		{"", "421 4.4.2 Connection dropped: protocol error", KindConnectionFailed},
		{"", "454 4.7.0 TLS protocol error, closing connection", KindTLSFailed},
		// The login backend refusing is a login that failed.
		{"", "535 5.7.8 Error: authentication server rejected credentials", KindAuthFailed},
	})
}

// "Does not accept mail" is a domain or host that takes no mail (a null
// MX, RFC 7504's 521), not a user or recipient that refuses it, nor mail
// refused from the client.
func TestAcceptsNoMailIsTheDomains(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "556 5.1.10 <user@example.com>: Recipient address rejected: Domain example.com does not accept mail (nullMX)", KindDomainNotFound},
		{"", "521 5.3.2 mx.example.com does not accept mail", KindDomainNotFound},
		{"", "553 5.1.2 Recipient domain does not accept mail.", KindDomainNotFound},
		{"", "550 This recipient does not accept mail from your server", KindBlocked},
		{"", "550 5.2.1 The user does not accept mail", KindMailboxDisabled},
		{"", "550 5.2.1 This mailbox does not accept mail", KindMailboxDisabled},
	})
}

// A client library's own words for a connection it could not open: the
// server never answered, whatever "client" or an address the message
// names (PHP's stream_socket_client(), the address it dialled).
func TestClientCouldNotConnect(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting", KindConnectionFailed},
		{"", "SMTP Error: Could not connect to SMTP host.", KindConnectionFailed},
		{"", "No connection could be made because the target machine actively refused it 192.0.2.1:587", KindConnectionFailed},
		{"", "Connection could not be established with host \"mail.example.com:25\": stream_socket_client(): Unable to connect to mail.example.com:25 (Connection refused)", KindConnectionFailed},
		// The server's name not found is the domain's, as the Sender judges
		// it when it cannot resolve Options.Host.
		{"", "Connection could not be established with host smtp.example.com :stream_socket_client(): php_network_getaddresses: getaddrinfo failed: Name or service not known", KindConnectionFailed},
		{"", "Expected response code 220 but got an empty response", KindConnectionFailed},
		{"", "SugarPHPMailer encountered an error: SMTP connect() failed.", KindConnectionFailed},
		{"", "SMTP connect() failed. SMTP server error: QUIT command failed", KindConnectionFailed},
		{"", "email_send_failed: network error: Resource temporarily unavailable (os error 11)", KindConnectionFailed},
		{"", "Could not connect to the SMTP server: outbound port 25 is blocked on your computer (antivirus or firewall)", KindConnectionFailed},
		{"", "Failed to connect to mail.example.com:587: Network is unreachable", KindConnectionFailed},
		{"", "Cannot connect to smtp.example.com on port 465", KindConnectionFailed},
		{"", "Unable to connect to the content server (Connection refused)", KindConnectionFailed},
		// A server that could not reach its content scanner: its own
		// trouble, not the message's content.
		{"", "451 4.3.0 Unable to connect to the content server", KindServiceUnavailable},
		// A connection that timed out is a timeout, however it is worded,
		// Windows' WSAETIMEDOUT too (two readers, each sure, named it so).
		{"", "A connection attempt failed because the connected party did not properly respond after a period of time", KindTimeout},
		{"", "Could not connect to SMTP host: mail.example.com, port: 25; nested exception is: java.net.ConnectException: Connection timed out", KindTimeout},
		{"", "Falha ao conectar ao servidor SMTP: Conexão recusada (111)", KindConnectionFailed},
		{"", "No se pudo conectar con el servidor SMTP", KindConnectionFailed},
		{"", "Impossible de se connecter au serveur SMTP", KindConnectionFailed},
		{"", "Verbindung zum SMTP-Server fehlgeschlagen: Verbindung abgelehnt", KindConnectionFailed},
		// A server that answers and refuses the client is a block.
		{"", "554 5.7.1 Connection refused: your host is not on the list of allowed hosts", KindBlocked},
		{"", "554 Connection refused. This IP address is listed on the Spamhaus Block List (SBL).", KindBlocked},
	})
}

// Client libraries' words for a login that failed, a request timed out, a
// key refused, a message parsed in vain.
func TestClientLibraryWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP Error: Could not authenticate.", KindAuthFailed},
		{"", "535 Authentication failed: Invalid API key", KindAuthFailed},
		{"", "Authentication failed: the API key is invalid", KindAuthFailed},
		{"", "Net::ReadTimeout with #<Socket:(closed)>", KindTimeout},
		{"", "Net::OpenTimeout: execution expired", KindTimeout},
		{"", "TimeoutError: [Errno 110] Operation timed out", KindTimeout},
		{"", "java.net.SocketTimeoutException: Read timed out", KindTimeout},
		{"", "553 Parse error at ':' of the address", KindSyntaxError},
		{"", "550 5.7.7 Failed to parse message.", KindSyntaxError},
		{"", "501 Unable to parse the address", KindSyntaxError},
		{"", "AUTH command used when not advertised", KindSyntaxError},
		{"", "554 5.2.0 STOREDRV.Submission.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded", KindMessageTooLarge},
		{"", "550 previously hard-bounced", KindRecipientUnknown},
		{"", "550 Address previously bounced", KindRecipientUnknown},
		{"", "554 5.2.0 STOREDRV.Submission.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent exception", KindMessageTooLarge},
	})
}

// Mail refused as unauthenticated from a range or an address is a block of
// that client; refused as unauthenticated under the domain's DMARC policy,
// the message's.
func TestUnauthenticatedMailFromAClient(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Unauthenticated mail not allowed from this range", KindBlocked},
		{"", "554 5.7.1 Rejected: unauthenticated e-mail from /192.0.2.1 is restricted. Contact the postmaster for details.", KindBlocked},
		{"", "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy", KindPolicyRejected},
		{"", "550 5.7.1 Unauthenticated email is not accepted from this domain", KindPolicyRejected},
	})
}

// Exim's "retry time not reached" defers a message whose hosts failed
// before; after a long failure period it gives up, the hosts' connections
// having failed (TestRoundZ122Families).
func TestRetryTimeNotReached(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "R=smarthost T=remote_smtp defer (-53): retry time not reached for any host for 'example.com'", KindServiceUnavailable},
		{"", "retry time not reached", KindServiceUnavailable},
		{"", "Retry time not reached for any host after a long failure period", KindConnectionFailed},
	})
}

// Exim's "All RCPT commands were rejected with this error: REASON … Valid
// RCPT command must precede DATA": the reason decides, not the sequence
// that followed from it.
func TestAllRecipientsRejectedWithThisError(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "503-All RCPT commands were rejected with this error:\r\n503-Sender verify failed\r\n503 Valid RCPT command must precede DATA", KindSenderRejected},
		{"", "503-All RCPT commands were rejected with this error:\r\n503-relay not permitted\r\n503 Valid RCPT command must precede DATA", KindRelayDenied},
		{"", "503 5.5.1 Valid RCPT command must precede DATA", KindSyntaxError},
	})
}

// A client said to be infected (a bot sending spam) is blocked; a message
// that carries a virus is refused for its content.
func TestInfectedClientIsBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 Your PC is infected with a trojan and has been blocked. Please clean it and request delisting", KindBlocked},
		{"", "550 5.7.1 Your computer is infected with a virus that sends spam. Access denied", KindBlocked},
		{"", "421 4.7.1 Connection refused: your machine appears to be infected (botnet activity)", KindBlocked},
		{"", "554 5.7.1 IP 192.0.2.55 is infected with malware; mail from it is refused", KindBlocked},
		{"", "554 Message is infected by virus", KindPolicyRejected},
		{"", "552 Virus infected message rejected. IB705", KindPolicyRejected},
		{"", "554 5.7.0 Reject, id=11025-07 - INFECTED: Eicar-Test-Signature", KindPolicyRejected},
	})
}

// A sending limit or quota in other languages is a rate.
func TestSendingLimitInOtherLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Sie haben Ihr tägliches Versandkontingent überschritten", KindRateLimited},
		{"", "550 Вы превысили лимит отправки писем", KindRateLimited},
		{"", "550 Ha superado el límite de envío diario", KindRateLimited},
		{"", "550 Vous avez dépassé la limite d'envoi quotidienne", KindRateLimited},
		{"", "550 Hai superato il limite di invio giornaliero", KindRateLimited},
		{"", "550 Você excedeu o limite de envio diário", KindRateLimited},
	})
}

// A dynamically assigned address in any words is the client's kind of
// address; a server shutting down or in maintenance is unavailable
// whomever it turns away; bad commands counted are the client's syntax.
func TestDynamicAddressesMaintenanceAndBadCommands(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.1 Connection refused: dynamically-assigned address space, not a mail server", KindBlocked},
		{"", "553 5.7.1 We do not relay mail from dynamically assigned addresses", KindBlocked},
		{"", "550 5.7.1 Mail from dynamically assigned IP space is not accepted", KindBlocked},
		{"", "421 4.3.2 System shutting down for maintenance; we do not accept connections from clients at this time, try again later", KindServiceUnavailable},
		{"", "421 Server under maintenance, please try again later", KindServiceUnavailable},
		{"", "421 4.7.0 You have exceeded your allowed number of bad commands", KindSyntaxError},
	})
}

// A sender blocked for a while for sending too fast is a rate.
func TestSenderBlockedForItsRate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 4.7.1 Too many messages per minute; sender temporarily added to blocked senders for 1 hour due to sending rate", KindRateLimited},
		{"", "550 5.7.1 Sender blocked: too many messages sent in the last hour", KindRateLimited},
		{"", "554 5.7.1 Sender address blocked", KindSenderRejected},
	})
}

// A dynamic range named beside a rate or a connection the client could
// not open is said to explain them, not to block.
func TestDynamicRangeBesideARateOrAConnect(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 Too many connections from dynamically-assigned range 203.0.113.0/24; limit is 5 concurrent sessions", KindRateLimited},
		{"", "connect ECONNREFUSED 203.0.113.25:25 - your ISP blocks outbound port 25 on dynamically-assigned addresses", KindConnectionFailed},
		{"", "550 5.7.1 Mail from dynamic IPs is not accepted", KindBlocked},
	})
}

// A sender that does not conform with the login is the sender's; an IP
// address not authorised is the client's.
func TestSenderNotTheLoginAndUnauthorisedIP(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "436 \"MAIL FROM\" doesn't conform with authentication (Auth Account:a@example.com|Mail Account:b@example.com)", KindSenderRejected},
		{"", "440 mail from account doesn't conform with authentication", KindSenderRejected},
		{"", "525 5.7.1 Unauthorized IP address", KindBlocked},
		{"", "550 5.7.1 Your IP address is not authorized to send through this server", KindBlocked},
		{"", "535 5.7.8 Authentication failed", KindAuthFailed},
	})
}

// Postfix's "delivery temporarily suspended: REASON" defers mail to a
// destination: the reason decides, not "suspended" beside "RCPT".
func TestDeliveryTemporarilySuspended(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "delivery temporarily suspended: lost connection with 192.0.2.1[192.0.2.1] while sending RCPT TO", KindConnectionFailed},
		{"", "delivery temporarily suspended: connect to mx.example.com[192.0.2.1]:25: Connection timed out", KindTimeout},
		{"", "550 5.2.1 Mailbox suspended", KindMailboxDisabled},
		// An account its user deleted is gone for good.
		{"", "Recipient address rejected: Account deleted by user (in reply to RCPT TO command)", KindMailboxDisabled},
		{"", "550 This mailbox has been deleted", KindMailboxDisabled},
		{"", "554 5.7.1 Your message was deleted: it contains a virus", KindPolicyRejected},
		{"", "554 5.7.1 <user@example.com>: Recipient address rejected: account suspended", KindMailboxDisabled},
	})
}

// "Service unavailable" or "Connection refused" said with 5.7.x, a
// permanent refusal on grounds of policy, is a server turning the client
// away (Postfix's reject_rbl_client says "554 5.7.1 Service unavailable;
// Client host … blocked"), not its own trouble or a failed connect.
func TestServiceUnavailableWithAPolicyCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Service unavailable", KindBlocked},
		{"", "550 5.7.1 Connection refused", KindBlocked},
		{"", "521 5.7.1 Service unavailable LPN007_102", KindBlocked},
		{"", "554 5.0.0 Service unavailable", KindServiceUnavailable},
		{"", "421 4.7.0 Service unavailable, try again later", KindServiceUnavailable},
		{"", "451 4.7.1 Service unavailable - try again later", KindServiceUnavailable},
		{"", "Connection refused", KindConnectionFailed},
	})
}

// Sender ID's purported responsible address (PRA) failing is message
// authentication, as SPF's is.
func TestSenderIDPRA(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Sender ID (PRA) Not Permitted", KindPolicyRejected},
		{"", "Mailbox unavailable: The server response was: 5.7.1 Sender ID (PRA) Not Permitted", KindPolicyRejected},
	})
}

// "Does not allow … to relay" refuses relaying as "denied" does.
func TestDoesNotAllowToRelay(t *testing.T) {
	checkKinds(t, []kindCase{
		{"rcpt", "554 Smtp Relay Service Does Not Allow Your Ip Address To Relay Mail To user@example.com", KindRelayDenied},
		{"", "550 This server doesn't allow relaying for unauthenticated users", KindRelayDenied},
		{"", "553 No ARPA mail through this machine: see your system administration", KindRelayDenied},
	})
}

// The login's backend down is the server's trouble.
func TestAuthBackendDown(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 4.3.0 Could not authenticate: authentication backend unavailable, try again later", KindServiceUnavailable},
		{"", "454 4.7.0 Authentication backend is unavailable", KindServiceUnavailable},
		{"", "535 5.7.8 Could not authenticate: invalid credentials", KindAuthFailed},
	})
}

// Terms of this round kept to what they mean: a message deleted by a
// user's filter is no deleted account, a sender's domain that could not
// be authenticated is no failed login, a DNS answer that could not be
// parsed is the server's trouble, a mailbox disabled for maintenance is
// disabled.
func TestRoundTermsKeptNarrow(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Message deleted by user filter", KindPolicyRejected},
		{"", "451 4.7.1 Could not authenticate sender domain, try again later", KindServiceUnavailable},
		{"", "451 4.4.3 Unable to parse DNS response", KindServiceUnavailable},
		{"", "550 5.2.1 Mailbox disabled for maintenance", KindMailboxDisabled},
	})
	checkDecidedBy(t, []decidedBy{
		{"554 5.2.0 STOREDRV.Submission.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded", KindMessageTooLarge, "messagesubmissionexceeded"},
		{"AUTH command used when not advertised", KindSyntaxError, "used when not advertised"},
		{"SMTP Error: Could not authenticate.", KindAuthFailed, "could not authenticate"},
	})
}

// An open relay refused is a relay denied; a client said to be an open
// relay is blocked.
func TestOpenRelayRefused(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "RLY-OPN: Open relay not permitted", KindRelayDenied},
		{"", "554 5.7.1 Open relaying not allowed for example.org", KindRelayDenied},
		{"", "550 Open relay denied", KindRelayDenied},
		{"", "554 Your server is an open relay, see http://relays.example.org", KindBlocked},
		{"", "550 Rejected: 192.0.2.1 is listed as an open relay", KindBlocked},
	})
}

// A quota of the mail one sends, counted in messages, is a rate; a quota
// that the message would exceed in what is left is the mailbox's.
func TestQuotaOfSentMailAndRemainingQuota(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Message count quota exceeded", KindRateLimited},
		{"", "452 4.5.3 Recipient count quota exceeded for this hour", KindRateLimited},
		{"", "554 5.7.1 <user@example.com>: Recipient address rejected: You have exceeded your Outmail quota.", KindRateLimited},
		{"", "Your IP address has been restricted due to heavy usage.", KindRateLimited},
		{"", "Message size exceeds remaining quota", KindMailboxFull},
		{"", "552 Message would exceed the remaining storage quota of the mailbox", KindMailboxFull},
		{"", "552 5.2.2 Mailbox quota exceeded", KindMailboxFull},
		{"", "552 5.3.4 Message size exceeds fixed maximum message size", KindMessageTooLarge},
	})
}

// Mail for an account the server does not take is that mailbox's
// trouble; mail for a domain (or a user) it does not serve is relaying.
func TestMailForAnAccount(t *testing.T) {
	checkKinds(t, []kindCase{
		// A user not served here: the table's sources read it as a relay's
		// refusal.
		{"", "550 Requested action was not taken because this server doesn't handle mail for that user", KindRelayDenied},
		{"", "550 This account is not accepting mail", KindMailboxDisabled},
		{"", "Not accepting mail for this account : resource limit exceeded for user class", KindMailboxDisabled},
		{"", "550 we don't handle mail for example.org", KindRelayDenied},
		{"", "550 5.7.1 Not accepting mail for example.net", KindRelayDenied},
	})
}

// sendmail's subject line "Returned mail: REASON" is a frame: the reason
// decides, not a sender named by it.
func TestReturnedMailIsAFrame(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Returned mail: User unknown", KindRecipientUnknown},
		{"", "Returned mail: Host unknown (Name server: example.invalid: host not found)", KindDomainNotFound},
		{"", "returned mail not accepted here", KindSenderRejected},
	})
}

// A client's words for a connection lost or never made, and a server's
// own report that it could not connect, given with a code of the network
// and routing class (X.4.X).
func TestConnectionWordsOfClientsAndRelays(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.", KindConnectionFailed},
		{"", "[Errno 99] Cannot assign requested address", KindConnectionFailed},
		{"", "smtp.error : Unable to open SMTP connection to: smtp.example.net 80", KindConnectionFailed},
		{"", "451 4.4.0 Primary target IP address responded with: \"421 4.2.1 Unable to connect.\" Attempted failover to alternate host, but that did not succeed.", KindConnectionFailed},
		{"", "451 4.4.1 Unable to connect to mx.example.com: connection refused", KindConnectionFailed},
		// The server's own backend, with a code of another class.
		{"", "451 4.3.0 Unable to connect to the content server", KindServiceUnavailable},
		{"", "451 4.4.0 Primary target IP address responded with: \"454 4.7.0 Temporary authentication failure.\" Attempted failover to alternate host, but that did not succeed.", KindAuthFailed},
	})
}

// Attachments named by their type, a message larger than a limit, a
// login refused, connection slots used up, a forged sender.
func TestTypesSizesLoginsSlotsAndForgedSenders(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Disallowed Attach Type", KindPolicyRejected},
		{"", "554 5.7.1 Message cannot be accepted, 'blocked file type \"*.exe\"'", KindPolicyRejected},
		{"", "net 006: Your e-mail message is larger than the destination mail system is able to accept.", KindMessageTooLarge},
		{"", "550 5.7.1 Authentication refused", KindAuthFailed},
		{"", "421 mail.example.com out of connection slots", KindServiceUnavailable},
		{"", "5.7.1 forged sender address", KindSenderRejected},
		{"", "Forged IPs not accepted here", KindBlocked},
	})
}

// AOL's DYN codes name a dynamic client address; beside a rate word the
// rate decides, as for any dynamic range.
func TestAOLDynamicCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.2.1 : (DYN:T1) https://postmaster.info.aol.com/errors/421dynt1.html", KindBlocked},
		{"", "421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html (throttled)", KindRateLimited},
	})
}

// "Try … again later" with no cause is the server's trouble; decoding
// errors are syntax; Postfix's "Server configuration error" behind any
// "X rejected:" is the server's own; an IP in a link's query names the
// client.
func TestLaterDecodingConfigurationAndLinkedIPs(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "This message could not be sent. Try sending the message again later, or contact your network administrator.", KindServiceUnavailable},
		{"", "501: Error decoding Username parameter.", KindSyntaxError},
		{"", "501 5.5.2 Cannot decode response", KindSyntaxError},
		{"", "451 4.3.5 <host.example.org[192.0.2.1]>: Client host rejected: Server configuration error", KindServiceUnavailable},
		{"", "451 4.3.5 <user@example.com>: Sender address rejected: Server configuration error", KindServiceUnavailable},
		{"", "550 5.7.1 Refused. See http://www.abuse.net/sbl.phtml?IP=X.X.X.X", KindBlocked},
	})
}

// Microsoft's 5.1.8 "bad outbound sender" and its NDR's "you weren't
// recognized as a valid sender" block the sending account, not the
// client's address (5.7.511 "banned sender" is the address, with a
// delisting): the sender is refused.
func TestAccountBlockedFromSending(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.1.8 Access denied, bad outbound sender AS(42004)", KindSenderRejected},
		{"", "Your message couldn't be delivered because you weren't recognized as a valid sender. The most common reason for this is that your email address is suspected of sending spam and it's no longer allowed to send email.", KindSenderRejected},
		{"", "550 5.7.511 Access denied, banned sender[192.0.2.1]. To request removal from this list please forward this message to delist@messaging.microsoft.com.", KindBlocked},
	})
}

// "Address rejected" with no sender named is the recipient's address (the
// reply to RCPT TO that quotes it); a sender's address is named so.
func TestAddressRejectedIsTheRecipients(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 #5.1.0 Address rejected", KindRecipientUnknown},
		{"", "OUT ERR 550 #5.1.0 Address rejected user@example.com", KindRecipientUnknown},
		{"", "553 5.1.0 Sender address rejected", KindSenderRejected},
		{"", "554 Sender IP address rejected: Access Denied", KindBlocked},
	})
}

// Lookups of the recipient's domain that did not complete, or found no
// usable MX; a relay with no server left to try; the receiving server's
// own local delivery failing; a login refused over a channel not yet
// encrypted.
func TestLookupsRoutesLocalDeliveryAndUnsecureChannels(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "R=dnslookup defer (-1): host lookup did not complete", KindDomainNotFound},
		{"", "missing MX, or all MXs point to missing A records, and defer requested", KindDomainNotFound},
		{"", "Fatal error in gethostbyname", KindDomainNotFound},
		{"", "No SMTP servers were available for example.com. Tried mx1.example.com, mx2.example.com", KindConnectionFailed},
		{"", "Network error on destination MXs", KindConnectionFailed},
		{"", "550 Internal delivery error", KindServiceUnavailable},
		{"", "local delivery failed", KindServiceUnavailable},
		{"", "550 Dovecot-LDA delivery failed", KindServiceUnavailable},
		{"", "System I/O error. Administrator, check server log for details.", KindServiceUnavailable},
		{"", "Retry time not yet reached", KindServiceUnavailable},
		{"", "Refuse to AUTH over unsecure channel", KindTLSRequired},
		// A full mailbox met while writing stays full.
		{"", "error writing message: Disk quota exceeded", KindMailboxFull},
	})
}

// A mailbox said to be blocked is disabled; an address whose format is
// wrong is syntax; a client's words for an empty reply or a failed
// connect (Chinese too); a connection dropped for inactivity is a
// timeout; a lookup error is the server's;
// iRedAPD's greylisting says "Intentional policy rejection".
func TestBlockedMailboxesFormatsEmptyRepliesAndInactivity(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.2.1 Mailbox is blocked", KindMailboxDisabled},
		{"", "The format of the email address isn't correct.", KindSyntaxError},
		{"", "server sent empty reply", KindConnectionFailed},
		{"", "连接服务器失败", KindConnectionFailed},
		{"", "421 4.4.2 Connection dropped due to inactivity", KindTimeout},
		{"", "user lookup error", KindServiceUnavailable},
		{"", "451 4.7.1 <user@example.com>: Recipient address rejected: Intentional policy rejection, please try again later", KindGreylisted},
		// Blocked clients and failed handshakes stay so.
		{"", "554 5.7.1 Your IP is blocked", KindBlocked},
		{"", "454 4.7.0 TLS handshake failed", KindTLSFailed},
	})
}

// Wordings a review wrote beside this round's new terms, each right
// before the terms and turned by them as first written; the terms are
// narrowed so that the plainer cause wins again.
func TestNewTermsKeptNarrow(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.1.1 <bob@example.com>: No such user; we cannot deliver mail for that account", KindRecipientUnknown},
		{"", "550 This server doesn't handle mail for that account (example.org is not a local domain)", KindRelayDenied},
		{"", "554 5.7.1 <spam@bad.example>: Sender address rejected: Intentional policy rejection: sender address is blacklisted", KindSenderRejected},
		{"", "550 5.7.1 Intentional policy rejection: message contains a forbidden attachment (.exe)", KindPolicyRejected},
		{"", "554 5.7.1 Intentional policy rejection: client IP 203.0.113.50 is blacklisted", KindBlocked},
		{"", "535 5.7.8 Authentication failed: invalid credentials (unencrypted channel)", KindAuthFailed},
		{"", "550 5.7.1 Message rejected by filter (dyn:content score 9.1, threshold 5)", KindPolicyRejected},
		{"", "552 5.2.2 Mailbox message count quota exceeded", KindMailboxFull},
		{"", "452 4.2.2 Mailbox over quota due to heavy usage", KindMailboxFull},
		{"", "421 Server temporarily unavailable due to heavy usage, please try again later", KindServiceUnavailable},
		{"", "550 5.1.1 The format of the address is correct, but no mailbox by that name exists here", KindRecipientUnknown},
		{"", "554 5.7.1 Unable to decode attachment: encrypted archives are not allowed", KindPolicyRejected},
		{"", "450 4.1.8 <alice@nodomain.example>: Sender address rejected: Domain not found (DNS lookup error)", KindSenderRejected},
		{"", "451 4.3.0 Mailbox file has wrong file type (not a regular file)", KindServiceUnavailable},
		{"", "550 5.1.1 User unknown; if this is a local configuration error please contact postmaster@example.com", KindRecipientUnknown},
		{"", "550 5.2.1 Local delivery failed: account disabled", KindMailboxDisabled},
		{"", "mx.example.org [192.0.2.10]: Connection refused; retry time not yet reached for this host", KindConnectionFailed},
		{"", "554 Your server 198.51.100.4 appears to be an open relay; mail from an open relay is not accepted", KindBlocked},
		{"", "554 5.7.1 We do not act as an open relay", KindRelayDenied},
		{"", "550 5.1.1 <bob@example.com>: no such user here (this is not an open relay)", KindRecipientUnknown},
		// And wordings a reading of the change found turned.
		{"", "554 5.7.1 <192.0.2.1>: Client address rejected: Access denied", KindBlocked},
		{"", "550 5.7.1 Return address rejected", KindSenderRejected},
		{"", "421 4.7.0 Too much mail for this account, slow down", KindRateLimited},
		{"", "550 5.7.1 Relaying denied: we do not relay mail for this account", KindRelayDenied},
		{"", "553 5.7.1 You are not authorized to send mail for this account", KindSenderRejected},
		{"", "554 5.4.7 Delivery expired (unable to connect to mx.example.com)", KindTimeout},
		{"", "451 4.4.3 Directory server failure: could not connect to LDAP", KindServiceUnavailable},
		{"", "451 4.4.5 Too many connections to this host; unable to connect, try later", KindRateLimited},
		{"", "552 Mailbox full: quota exceeded (message count quota)", KindMailboxFull},
		{"", "421 4.3.2 Service temporarily unavailable due to heavy usage, please try again later", KindServiceUnavailable},
		{"", "550 5.1.1 User unknown. Please check the format of the address and try again", KindRecipientUnknown},
		{"", "451 DNS lookup error for example.com, try again later", KindDomainNotFound},
		{"", "550 5.2.1 Disabled due to inactivity", KindMailboxDisabled},
		{"", "AUTH LOGIN: connection refused", KindConnectionFailed},
		{"", "550 5.7.1 Mail from open relay not accepted", KindBlocked},
		{"", "421 4.4.5 Max connection slots reached for your host", KindRateLimited},
		{"", "550 5.7.1 No reverse DNS for 192.0.2.1; unable to connect back", KindBlocked},
		{"", "552 Message is larger than the remaining storage", KindMailboxFull},
		{"", "x509: error decoding certificate", KindTLSFailed},
		{"", "550 Recipient rejected, check spelling and send again later", KindRecipientUnknown},
		{"", "550 5.2.0 Mailbox /var/mail/user has wrong file type", KindServiceUnavailable},
		{"", "lookup defer for mx_domains", KindServiceUnavailable},
	})
}

// Each term the round added decides a plain wording of its own (not the
// guess, which learnt from the same rows), and Exim's incomplete lookup
// is deferred, not final.
func TestNewTermsDecide(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"RLY-OPN: Open relay not permitted", KindRelayDenied, "open relay not permitted"},
		{"Your IP address has been restricted due to heavy usage.", KindRateLimited, "heavy usage"},
		{"Message count quota exceeded", KindRateLimited, "count quota"},
		{"You have exceeded your Outmail quota.", KindRateLimited, "outmail quota"},
		{"Message size exceeds remaining quota", KindMailboxFull, "remaining quota"},
		{"Not accepting mail for this account", KindMailboxDisabled, "accepting mail for this account"},
		{"returned mail not accepted here", KindSenderRejected, "returned mail not"},
		{"An existing connection was forcibly closed by the remote host", KindConnectionFailed, "forcibly closed"},
		{"[Errno 99] Cannot assign requested address", KindConnectionFailed, "cannot assign requested address"},
		{"Unable to open SMTP connection to smtp.example.net", KindConnectionFailed, "open smtp connection"},
		{"server sent empty reply", KindConnectionFailed, "empty reply"},
		{"连接服务器失败", KindConnectionFailed, "连接服务器失败"},
		{"Disallowed Attach Type", KindPolicyRejected, "attach type"},
		{"net 006: Your e-mail message is larger than the destination mail system is able to accept.", KindMessageTooLarge, "message is larger than"},
		{"550 5.7.1 Authentication refused", KindAuthFailed, "authentication refused"},
		{"421 mail.example.com out of connection slots", KindServiceUnavailable, "out of connection slots"},
		{"5.7.1 forged sender address", KindSenderRejected, "forged"},
		{"421 4.2.1 : (DYN:T1) https://postmaster.info.aol.com/errors/421dynt1.html", KindBlocked, "(dyn:t"},
		{"This message could not be sent. Try sending the message again later.", KindServiceUnavailable, "message again later"},
		{"501: Error decoding Username parameter.", KindSyntaxError, "error decoding"},
		{"451 4.3.5 Client host rejected: Server configuration error", KindServiceUnavailable, "server configuration error"},
		{"550 5.7.1 Refused. See http://www.abuse.net/sbl.phtml?IP=X.X.X.X", KindBlocked, "an IP address"},
		{"550 #5.1.0 Address rejected", KindRecipientUnknown, "address rejected"},
		{"missing MX, or all MXs point to missing A records", KindDomainNotFound, "missing mx"},
		{"Fatal error in gethostbyname", KindDomainNotFound, "fatal error in gethostbyname"},
		{"Network error on destination MXs", KindConnectionFailed, "network error"},
		{"550 Internal delivery error", KindServiceUnavailable, "internal delivery error"},
		{"local delivery failed", KindServiceUnavailable, "local delivery failed"},
		{"System I/O error.", KindServiceUnavailable, "system i/o error"},
		{"Retry time not yet reached", KindServiceUnavailable, "retry time not yet reached"},
		{"Refuse to AUTH over unsecure channel", KindTLSRequired, "over unsecure channel"},
		{"550 5.2.1 Mailbox is blocked", KindMailboxDisabled, "mailbox is blocked"},
		{"The format of the email address isn't correct.", KindSyntaxError, "format of the email address isn"},
		{"421 4.4.2 Connection dropped due to inactivity", KindTimeout, "dropped due to inactivity"},
		{"user lookup error", KindServiceUnavailable, "user lookup error"},
		{"550 5.1.8 Access denied, bad outbound sender", KindSenderRejected, "bad outbound sender"},
		{"you weren't recognized as a valid sender", KindSenderRejected, "recognized as a valid sender"},
	})
	if e := Classify("", "R=dnslookup defer (-1): host lookup did not complete"); e.Kind != KindDomainNotFound || !e.Temporary {
		t.Errorf("Exim's incomplete lookup = %s temporary=%v (%s), want a temporary domain_not_found", e.Kind, e.Temporary, e.Evidence)
	}
}

// A mailbox or account blocked for sending is the sender's own account
// refused (as Microsoft's 5.1.8), not a recipient's mailbox disabled.
func TestMailboxBlockedForSending(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Your mailbox is blocked for sending, contact support", KindSenderRejected},
		{"", "550 5.2.1 Mailbox is blocked", KindMailboxDisabled},
		{"", "554 Your mailer has been blocked for sending unsolicited bulk email", KindBlocked},
		{"", "550 5.7.1 This account has been blocked from sending due to exceeding the daily limit", KindRateLimited},
	})
}

// Judgements that two labellers, each reading the replies blind, made the
// same way and were sure of: a message "rejected" with nothing more names
// no cause (a code or a stage that names one still decides); Exchange's
// RESOLVER.RST.AuthRequired asks the sender to authenticate; a client told
// to request removal from a list is listed; a policy engine's own error is
// the server's trouble; a SASL mechanism that failed in the client is a
// failed login.
func TestBlindLabellersAgreed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Message rejected", KindUnknown},
		{"", "Message rejected.", KindUnknown},
		{"", "550 - message rejected", KindUnknown},
		{"", "550 Message Rejected", KindUnknown},
		{"", "Сообщение отклонено.", KindUnknown},
		// A cause beside the words, a code or a stage that names one, decide.
		{"", "530 Email Rejected", KindAuthRequired},
		{"", "554 Message refused by the scanner", KindPolicyRejected},
		{"data", "550 Message rejected", KindPolicyRejected},
		{"", "Message rejected. See https://support.google.com/mail/answer/69585 for more information.", KindPolicyRejected},
		{"", "550 2f1360f5227ac95-29a5c Mail rejected", KindUnknown},
		{"", "451 4.3.0 Mail server temporarily rejected message.", KindServiceUnavailable},
		{"", "550 5.7.1 Message rejected", KindPolicyRejected},
		{"", "550 Message rejected due to content restrictions", KindPolicyRejected},
		{"", "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: user@example.com", KindSenderRejected},
		{"", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", KindAuthRequired},
		{"", "550 You are not permitted to send mail. Please visit http://www.verizon.net/whitelist to request removal.", KindBlocked},
		{"", "451 System policy engine error", KindServiceUnavailable},
		{"", "GNU SASL: GSSAPI error in client while negotiating security context in gss_init_sec_context() in SASL library.  This is most likely due insufficient credentials or malicious interactions.", KindAuthFailed},
	})
}

// A count of recipients exceeded is a rate; "IPs" blocked are the client's;
// an address a library finds against RFC 2822's addr-spec is the
// program's settings or data (it was bad syntax until the round scored
// with a0a20b2, whose readers, as those of seven known misses, read it
// so, as Go's net/mail errors already were);
// congestion is the server's; a connection closed unexpectedly failed; an
// invalid RCPT TO is an unknown recipient; RFC 5321's text for 553
// ("mailbox name not allowed") is left to the enhanced code or the stage.
func TestCountsCongestionAddressSpecsAndClosedConnections(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"554 Transaction failed: Recipient count exceeds 50.", KindRateLimited, false},
		{"550 Dynamic/zombied/spam IPs blocked.  Write blockedbyearthlink at", KindBlocked, false},
		{"Address in mailbox given [contact@] does not comply with RFC 2822, 3.6.2.", KindInvalidConfig, false},
		{"Email \"errors\" does not comply with addr-spec of RFC 2822.", KindInvalidConfig, false},
		{"Connection unexpectedly closed", KindConnectionFailed, true},
		{"Invalid rcptto [@sm070102] at DATA State(Connection IP address:x.x.x.x) ANTISPAM_BAT[01201311R116c, rsid06449]: invaddr reject", KindRecipientUnknown, false},
		{"553 5.1.3 Mailbox name not allowed", KindSyntaxError, false},
		// What they must not take.
		{"550 5.1.1 User unknown; your IPs are fine", KindRecipientUnknown, false},
		{"SMTPServerDisconnected: Connection unexpectedly closed: timed out", KindTimeout, true},
		{"451 4.4.5 Mail system congestion", KindRateLimited, true},
		{"554 5.6.0 From: header does not comply with addr-spec of RFC 5322", KindPolicyRejected, false},
	})
	checkKinds(t, []kindCase{
		// RFC 5321's 553 text names the address's form ("e.g., mailbox
		// syntax incorrect"), at RCPT as anywhere.
		{"rcpt", "553 Requested action not taken: mailbox name not allowed", KindSyntaxError},
		// Its temporariness is the code's when it has one; this final
		// notice has none (the table has it as its poster called it).
		{"", "The recipient could not be processed due to congestion in the message transfer service", KindServiceUnavailable},
	})
}

// From the known misses that a second labeller, reading them blind, was
// sure of and labelled as the table does.

// A bounce's list of the recipients it could not reach names no cause; a
// cause beside it still decides.
func TestListsOfRecipientsAreFrames(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Delivery to the following recipients failed.", KindUnknown},
		{"", "Delivery to the following recipients failed permanently.", KindUnknown},
		{"", "Did not reach the following recipient: user@example.com", KindUnknown},
		{"", "Unable to deliver message to the following address(es).", KindUnknown},
		{"", "Error en la entrega a los siguientes destinatarios", KindUnknown},
		{"", "Delivery to the following recipient failed permanently:\r\n\r\n     user@example.com\r\n\r\nTechnical details of permanent failure:\r\n550 5.1.1 The email account that you tried to reach does not exist.", KindRecipientUnknown},
		{"", "Delivery to the following recipients failed.\r\n\r\n       user@example.com\r\n\r\nMailbox full", KindMailboxFull},
		{"", "Unable to deliver message to the following address(es).\r\n\r\n<user@example.com>:\r\n192.0.2.1 does not like recipient.\r\nRemote host said: 554 delivery error: dd This user doesn't have a example.com account", KindRecipientUnknown},
		// A code or a stage still decides: the list is a frame.
		{"rcpt", "550 The following recipients were rejected: user@example.com", KindRecipientUnknown},
		{"", "452 Delivery to the following recipients has been delayed", KindServiceUnavailable},
	})
}

// Sizes: mail data that is too much, a message longer than a stated count
// of bytes, a size limit said of messages rather than of a mailbox.
func TestSizesOfMessagesNotOfMailboxes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"data", "552 Error: Too much mail data", KindMessageTooLarge},
		{"data", "552 4.3.1 Too much mail data", KindMessageTooLarge},
		{"data", "554 Message rejected: Stream is more than 10485760 bytes long.", KindMessageTooLarge},
		{"rcpt", "552 OUTBOUND SIZE LIMIT EXCEEDED - THIS ACCOUNT MAY ONLY SEND MESSAGES UP TO 10485760 BYTES IN LENGTH", KindMessageTooLarge},
		{"data", "552 DATA FAILED - INBOUND SIZE LIMIT EXCEEDED - THE MAILBOXES INDICATED MAY ONLY RECIEVE MESSAGES UP TO 10485760 BYTES IN LENGTH", KindMessageTooLarge},
		// A mailbox's size is its quota.
		{"", "552 5.2.2 Mailbox size limit exceeded: mailbox is 52428800 bytes long", KindMailboxFull},
		{"", "452 4.2.2 Over quota: 1048576 bytes in length", KindMailboxFull},
		{"", "550 Too much mail from your server", KindRateLimited},
	})
}

// Counts against a limit a server keeps: recipients, sessions, or
// messages in a time ("100 messages per 1 hour").
func TestCountsAgainstLimits(t *testing.T) {
	checkKinds(t, []kindCase{
		{"rcpt", "505 the total of RCPTs is achieved the maximum threshold", KindRateLimited},
		{"rcpt", "504 the number of RCPT attempts is achieved the maximum threshold", KindRateLimited},
		{"", "500 The number of sessions exceeds the maximum", KindRateLimited},
		{"rcpt", "451 4.7.1 user@example.com has exceeded 100 messages per 1 hour #475", KindRateLimited},
		// Lengths are not counts.
		{"", "501 5.5.0 Domain name length exceeds fixed limit", KindSyntaxError},
		{"data", "550 Maximum line length exceeded", KindSyntaxError},
	})
}

// Bad syntax in other words: characters not allowed, too many or too long
// tokens and parameters, line endings, a command sent again or in the
// wrong place, an address without a domain.
func TestSyntaxInOtherWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 Illegal character ;", KindSyntaxError},
		{"rcpt", "Restricted characters in address", KindSyntaxError},
		{"", "553 5.1.3 Colon illegal in host name part", KindSyntaxError},
		{"", "553 5.1.0 prescan: too many tokens", KindSyntaxError},
		{"", "501 5.5.4 Too many parameters", KindSyntaxError},
		{"", "553 5.1.0 prescan: token too long", KindSyntaxError},
		{"data", "550 5.6.0 Lone CR or LF in headers (see RFC2822 section 2.2)", KindSyntaxError},
		{"data", "552 Message header not CRLF terminated", KindSyntaxError},
		{"data", "501 5.5.4 Extra junk after 'DATA' verb", KindSyntaxError},
		{"auth", "504 Already logged in.", KindSyntaxError},
		{"auth", "503 auth already issued", KindSyntaxError},
		{"mail", "503 Only one sender per message, please", KindSyntaxError},
		{"starttls", "504 5.7.4 Already in TLS mode.", KindSyntaxError},
		{"starttls", "454 Command not permitted when TLS active", KindSyntaxError},
		{"starttls", "503 EHLO required before STARTTLS", KindSyntaxError},
		{"rcpt", "554 5.1.2 Address is missing a domain name", KindSyntaxError},
		{"rcpt", "550 5.1.2 sorry, you must specify a domain (chkuser)", KindSyntaxError},
		{"mail", "550 Badly formed parameter", KindSyntaxError},
		// Those words beside a plainer cause, which decides.
		{"auth", "535 5.7.8 Error: authentication failed: Invalid base64 data in continued response", KindAuthFailed},
		{"", "535 5.7.8 Authentication failed: password contains invalid characters", KindAuthFailed},
		{"", "550 5.7.1 Your IP 192.0.2.1 is blacklisted (illegal characters in HELO)", KindBlocked},
		{"", "554 5.7.1 Message contains a virus (Eicar-Test-Signature); illegal characters in filename", KindPolicyRejected},
		{"", "454 4.7.0 TLS handshake failed: badly formed certificate", KindTLSFailed},
		{"", "452 4.2.2 Mailbox full; line length ok", KindMailboxFull},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in local recipient table (illegal character)", KindRecipientUnknown},
		{"", "530 5.7.0 Must issue a STARTTLS command first; tls active on port 465 only", KindTLSRequired},
	})
}

// A domain said to have no MX or not to be registered, in a word or a
// class name.
func TestDomainsWithoutMXOrRegistration(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "HOSTNOTFOUND", KindDomainNotFound},
		{"", "NoMxHostFoundException: null", KindDomainNotFound},
		{"rcpt", "550 user@example.com does not have any MX records configured on its domain example.com", KindDomainNotFound},
		{"rcpt", "550 RCPT address has non-existant domain example.com", KindDomainNotFound},
		{"", "Reason: The message could not be delivered because the domain name (example.com) does not appear to be registered.", KindDomainNotFound},
	})
}

// A server's local delivery set up wrongly is its own trouble.
func TestLocalDeliverySetUpWrongly(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Mandatory file or directory option missing from local_delivery transport", KindServiceUnavailable},
		{"", "maildir_format requires \"directory\" to be specified for the local_delivery transport", KindServiceUnavailable},
		{"", "destination /var/mail/user is not owned by recipient", KindServiceUnavailable},
		{"", "Child process of address_pipe transport (running command \"/usr/bin/procmail\") was terminated by signal 9 (Killed)", KindServiceUnavailable},
		{"", "554 5.3.5 Too many parameters to /usr/bin/procmail before $u", KindServiceUnavailable},
		// A full or unknown mailbox met on the way is still that.
		{"", "Child process of address_pipe transport returned 67 (could mean user nonexistent) from command: /usr/bin/procmail", KindRecipientUnknown},
		{"", "procmail: Quota exceeded while writing \"/var/spool/mail/owuser\"", KindMailboxFull},
		{"", "failed to find \"address_file\" transport for system filter delivery", KindServiceUnavailable},
	})
}

// "Transaction failed", RFC 5321's text for 554, said and nothing more
// names no cause, like a message refused.
func TestBareTransactionFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 Transaction failed", KindUnknown},
		{"", "451 Transaction failed", KindServiceUnavailable},
		{"", "554 Transaction failed: Recipient count exceeds 50.", KindRateLimited},
	})
}

// Client libraries' own words: nodemailer's socket and connection error
// codes, a connection failure said in other languages, and smtplib's
// tuple written without the space after its comma.
func TestClientLibraryCodesAndTuples(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"(451,b'4.3.0 pymilter: untrapped exception in pythonfilter')", KindServiceUnavailable, true},
		{`SMTP mail server 192.0.2.1 failed: {"code":"ESOCKET","command":"CONN"}`, KindConnectionFailed, true},
		{`Error: Connection closed unexpectedly {"code":"ECONNECTION","command":"CONN"}`, KindConnectionFailed, true},
		{"WARN Échec de la connexion SMTP", KindConnectionFailed, true},
		{"Error de conexión con el servidor SMTP", KindConnectionFailed, true},
		{"Falha na conexão com o servidor SMTP", KindConnectionFailed, true},
		{"Errore di connessione al server SMTP", KindConnectionFailed, true},
		// What they must not take.
		{`Error: Invalid login: 535-5.7.8 Username and Password not accepted {"code":"EAUTH","command":"AUTH PLAIN"}`, KindAuthFailed, false},
		{`Error: Greeting never received {"code":"ETIMEDOUT","command":"CONN"}`, KindTimeout, true},
	})
}

// Wordings written around this round's terms by a reviewer who had not
// written them (review-5): where a term took a reply a plainer cause
// should decide, or missed a close variant.
func TestReviewFiveNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// Bare refusals with an id, a host or a code of no detail.
		{"", "554 5.0.0 Message rejected", KindUnknown},
		{"", "550 Mail rejected (id 7F3A21C04B)", KindUnknown},
		{"", "554 Message rejected, id=31205-07", KindUnknown},
		{"", "550 Message rejected by mx2.example.net", KindUnknown},
		{"", "554 5.0.0 Transaction failed", KindUnknown},
		{"", "554 Transaction Failed (ref 8812733)", KindUnknown},
		{"", "451 Message refused, please try again later", KindServiceUnavailable},
		// A count of recipients beside a limit's words.
		{"", "452 4.5.3 Recipient count exceeds the limit of 100", KindRateLimited},
		{"", "452 4.5.3 Transaction failed: recipient count exceeds the limit of 100", KindRateLimited},
		// Removal from a list the sender's address or domain is on.
		{"", "550 5.7.1 The sender address spammer@example.com is blocked. To request removal contact abuse@example.net", KindSenderRejected},
		{"", "550 Your sender domain example.org is on our blocklist. To request removal, email postmaster@mx.example.net", KindSenderRejected},
		// addr-spec said of a header.
		{"", "554 5.7.1 Message-ID header is not a valid addr-spec; message rejected by policy", KindPolicyRejected},
		// Characters, tokens and logins beside a plainer cause.
		{"", "535 5.7.8 Authentication failed: invalid character in password", KindAuthFailed},
		{"auth", "501 invalid character in authentication mechanism name", KindAuthFailed},
		{"", "554 5.7.1 Message rejected: illegal characters in subject detected as spam", KindPolicyRejected},
		{"", "550 5.7.1 Content rejected: invalid character set in message body (spam heuristics)", KindPolicyRejected},
		{"", "451 4.3.0 Local configuration error: prescan failed while expanding alias file", KindServiceUnavailable},
		// Sizes in bytes of a mailbox, an attachment refused by type, a line.
		{"", "552 5.2.2 Quota exceeded: mailbox is 2147483648 bytes long, limit 2147483648", KindMailboxFull},
		{"", "554 5.7.1 Attachment 'invoice.exe' (48213 bytes long) rejected: executable attachments not allowed", KindPolicyRejected},
		{"", "550 5.7.1 Attachment of 12345 bytes in length blocked: file type .js forbidden by policy", KindPolicyRejected},
		{"", "500 5.5.2 Line is 1200 bytes long, maximum 998", KindSyntaxError},
		{"", "550 5.5.2 Length of line exceeds 998 characters", KindSyntaxError},
		// A user "not registered"; an
		// unknown user beside an MX; a disabled mailbox beside procmail.
		{"", "550 5.1.1 The user does not appear to be registered here", KindRecipientUnknown},
		{"", "550 5.1.1 <bob@example.com>: User unknown (relay host checked; any MX record for example.com will return the same)", KindRecipientUnknown},
		{"", "550 5.2.1 procmail: mailbox disabled for user bob", KindMailboxDisabled},
		// Exchange's other words for a recipient that takes mail from
		// authenticated senders only.
		{"", "550 5.7.1 RESOLVER.RST.AuthRequired; Delivery restriction check failed because the sender was not authenticated when sending to this group", KindAuthRequired},
		{"", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group", KindAuthRequired},
		{"", "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed as sender not authenticated", KindAuthRequired},
		// Credentials said of a Send As right.
		{"", "550 5.7.60 Insufficient credentials to send as this address: sender not owned by user", KindSenderRejected},
	})
}

// Wordings review-5 wrote that the rules of 460e440 had right and this
// round's first terms turned: kept right.
func TestReviewFiveKeptRight(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 4.4.3 Temporary failure looking up any MX record for example.com", KindServiceUnavailable},
		{"", "552 5.2.2 <bob@example.com>: recipient count of stored messages exceeds its mailbox quota", KindMailboxFull},
		{"", "GSSAPI Error: Miscellaneous failure (see text) (Connection timed out)", KindTimeout},
	})
}

// From the pastes (Z55): a message longer than the maximum size allowed
// is too large whoever it was not delivered to; "Deferred" and nothing
// more names no cause (with a 4xx code, the code's).
func TestLongerThanAllowedAndBareDeferred(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "A message that you sent was longer than the maximum size allowed on this system. It was not delivered to any recipients.", KindMessageTooLarge},
		{"", "552 Message is longer than the maximum size allowed", KindMessageTooLarge},
		{"", "Deferred", KindUnknown},
		{"", "451 Deferred", KindServiceUnavailable},
		{"", "451 4.7.1 Deferred: greylisted, come back later", KindGreylisted},
		{"", "Deferred: Connection refused by mx.example.com.", KindConnectionFailed},
	})
}

// What a reading of this round's change found its terms taking, kept
// right: a removal asked for a sender's listing or a recipient's opt-out,
// procmail as a filter, lengths of an address part, bytes of a mailbox or
// a header, a mailbox's own quota per day, inactivity, a refusal "try
// again later", bare words split over lines or with a Google suffix.
func TestChangeReadingKeptRight(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Sender address user@example.com is blacklisted. To request removal contact postmaster@example.org", KindSenderRejected},
		{"mail", "550 5.7.1 Your sender address is on our blocklist; to request removal visit https://example.org/delist", KindSenderRejected},
		{"", "554 5.7.1 Your server is not welcome here. To request delisting visit https://example.net/delist", KindBlocked},
		{"", "550 5.7.1 Message rejected by procmail spam filter", KindPolicyRejected},
		{"", "501 5.5.2 Length of local part exceeds 64 characters", KindSyntaxError},
		{"", "552 5.2.2 Mailbox full: mailbox is 1073741824 bytes long, quota 1073741824", KindMailboxFull},
		{"", "554 5.7.1 Header field is 8192 bytes long, rejected by policy", KindPolicyRejected},
		{"", "452 4.2.2 The recipient's mailbox has exceeded its quota of 1000 messages per 1 day", KindMailboxFull},
		{"", "421 4.7.0 You have exceeded 30 connections per 1 minute", KindRateLimited},
		{"", "550 5.7.1 user@example.com has exceeded 500 messages per 1 day", KindRateLimited},
		{"", "Connection unexpectedly closed after 300 seconds of inactivity", KindTimeout},
		{"", "451 Mail rejected, please try again later", KindServiceUnavailable},
		{"", "550 Správa bola odmietnutá", KindUnknown},
		{"", "554-Transaction failed\r\n554 Transaction failed", KindUnknown},
		{"", "550 Message rejected a1b2c3 - gsmtp", KindUnknown},
		{"", "501 Invalid RCPTTO parameter: NOTIFY=BOGUS", KindSyntaxError},
	})
}

// TestRoundTermsDecide: each term this round added decides a wording of
// its own, so that none is kept that the guess or another term would
// decide anyway.
func TestRoundTermsDecide(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"554 Mail rejected: see https://mx.example.net/why", KindPolicyRejected, "mail rejected"},
		{"550 Email rejected for reason 12", KindPolicyRejected, "email rejected"},
		{"550 E-mail rejected for reason 12", KindPolicyRejected, "e-mail rejected"},
		{"554 Transaction failed: object reference not set", KindServiceUnavailable, "transaction failed"},
		{"Deferred: retry scheduled", KindServiceUnavailable, "deferred"},
		{"Could not deliver to the following recipients", KindUnknown, "following recipient"},
		{"Die Nachricht konnte den folgenden Empfängern nicht zugestellt werden", KindUnknown, "folgenden empfanger"},
		{"553 Illegal character in local part", KindSyntaxError, "illegal character"},
		{"501 Invalid character in domain", KindSyntaxError, "invalid character"},
		{"553 Restricted characters in recipient", KindSyntaxError, "restricted character"},
		{"553 5.1.0 prescan: null leading token", KindSyntaxError, "prescan"},
		{"501 Too many tokens in address", KindSyntaxError, "too many tokens"},
		{"501 5.5.4 Too many parameters", KindSyntaxError, "too many parameters"},
		{"553 Token too long", KindSyntaxError, "token too long"},
		{"500 Line length exceeded", KindSyntaxError, "line length"},
		{"501 Domain name length exceeded", KindSyntaxError, "domain name length"},
		{"550 Lone CR in data", KindSyntaxError, "lone cr"},
		{"550 Lone LF in data", KindSyntaxError, "lone lf"},
		{"550 Bare CR found in data", KindSyntaxError, "bare cr"},
		{"550 Line not CRLF terminated", KindSyntaxError, "not crlf"},
		{"501 Extra junk after command", KindSyntaxError, "extra junk"},
		{"503 You are already logged in", KindSyntaxError, "already logged in"},
		{"503 auth already done", KindSyntaxError, "auth already"},
		{"503 HELO already issued", KindSyntaxError, "already issued"},
		{"454 Already in TLS", KindSyntaxError, "already in tls"},
		{"503 STARTTLS not allowed when TLS active", KindSyntaxError, "when tls active"},
		{"503 Command refused while TLS active", KindSyntaxError, "while tls active"},
		{"454 TLS already active", KindSyntaxError, "tls already active"},
		{"503 Only one sender allowed", KindSyntaxError, "only one sender"},
		{"503 EHLO required before STARTTLS", KindSyntaxError, "required before starttls"},
		{"503 EHLO required after STARTTLS", KindSyntaxError, "required after starttls"},
		{"553 Badly formed address", KindSyntaxError, "badly formed address"},
		{"501 Badly formed parameter", KindSyntaxError, "badly formed parameter"},
		{"500 Badly formed command", KindSyntaxError, "badly formed command"},
		{"501 Badly formed argument", KindSyntaxError, "badly formed argument"},
		{"553 Address is missing a domain", KindSyntaxError, "missing a domain"},
		{"553 Please specify a domain", KindSyntaxError, "specify a domain"},
		{"550 Length of line too great", KindSyntaxError, "length of line"},
		{"550 Lines of maximum 998", KindSyntaxError, "maximum 998"},
		{"550 Lines are limited to 998 characters", KindSyntaxError, "998 characters"},
		{"550 Lines are limited to 998 octets", KindSyntaxError, "998 octets"},
		{"550 Lines are limited to 998 bytes", KindSyntaxError, "998 bytes"},
		{"552 Too much mail data", KindMessageTooLarge, "too much mail data"},
		{"552 Stream is 20000000 bytes long", KindMessageTooLarge, "bytes long"},
		{"552 Data is 20000000 bytes in length", KindMessageTooLarge, "bytes in length"},
		{"552 Message longer than the maximum size", KindMessageTooLarge, "longer than the maximum size"},
		{"452 You exceeded 100 messages per 1 hour", KindRateLimited, "per 1 hour"},
		{"452 Recipient count exceeded", KindRateLimited, "recipient count"},
		{"452 The count of recipients exceeded", KindRateLimited, "count of recipients"},
		{"452 The total of RCPT commands exceeded", KindRateLimited, "total of rcpt"},
		{"452 The number of RCPT commands exceeded", KindRateLimited, "number of rcpt"},
		{"421 The number of sessions exceeded", KindRateLimited, "number of sessions"},
		{"421 Sessions have achieved the maximum limit", KindRateLimited, "achieved the maximum"},
		{"HOSTNOTFOUND example.com", KindDomainNotFound, "hostnotfound"},
		{"NoMxHostFoundException", KindDomainNotFound, "nomxhostfound"},
		{"550 non-existant domain", KindDomainNotFound, "non-existant domain"},
		{"550 nonexistent domain", KindDomainNotFound, "nonexistent domain"},
		{"550 non-existent domain", KindDomainNotFound, "non-existent domain"},
		{"550 non existent domain", KindDomainNotFound, "non existent domain"},
		{"550 example.com does not have any MX records", KindDomainNotFound, "have any mx record"},
		{"550 The domain example.com is not registered", KindDomainNotFound, "is not registered"},
		{"550 Domain not registered", KindDomainNotFound, "not registered"},
		{"550 The domain name does not appear to be registered", KindDomainNotFound, "not appear to be registered"},
		{"Missing directory option for local_delivery", KindServiceUnavailable, "local_delivery"},
		{"failed to find address_file transport", KindServiceUnavailable, "address_file"},
		{"delivery agent terminated by signal 11", KindServiceUnavailable, "terminated by signal"},
		{"/var/mail/bob is not owned by recipient", KindServiceUnavailable, "not owned by recipient"},
		{"550 You are not welcome. Please request removal at https://example.net", KindBlocked, "request removal"},
		{"550 You are not welcome. Please request delisting at https://example.net", KindBlocked, "request delisting"},
		{"550 RESOLVER.RST.AuthRequired", KindAuthRequired, "resolver.rst.authrequired"},
		{"550 RESOLVER.RST.SenderNotAuthenticatedForGroup", KindAuthRequired, "resolver.rst.sendernotauthenticated"},
		{"550 Sender not authenticated for group", KindAuthRequired, "not authenticated for group"},
		{"550 Sender not authenticated for mailbox", KindAuthRequired, "not authenticated for mailbox"},
		{"550 Sender not authenticated for public folder", KindAuthRequired, "not authenticated for public folder"},
		{"550 Sender not authenticated when sending to this group", KindAuthRequired, "not authenticated when sending to this group"},
		{"GSSAPI error in client", KindAuthFailed, "gssapi error"},
		{"Mail system congestion", KindServiceUnavailable, "congestion"},
		{"Error: ESOCKET", KindConnectionFailed, "esocket"},
		{"Error: ECONNECTION", KindConnectionFailed, "econnection"},
		{"Échec de la connexion", KindConnectionFailed, "echec de la connexion"},
		{"Errore di connessione", KindConnectionFailed, "errore di connessione"},
		{"Verbindungsfehler", KindConnectionFailed, "verbindungsfehler"},
		{"Connection unexpectedly closed", KindConnectionFailed, "connection unexpectedly closed"},
		{"A connection attempt failed", KindConnectionFailed, "connection attempt failed"},
		{"550 spam IPs blocked", KindBlocked, "ips"},
		{"550 invaddr", KindRecipientUnknown, "invaddr"},
		{"451 Rules engine error", KindServiceUnavailable, "engine error"},
		{"Address in mailbox given [x@] is wrong", KindInvalidConfig, "in mailbox given"},
		{"Email does not comply with addr-spec", KindInvalidConfig, "comply with addr-spec"},
		{"510 The length of Attach exceeded", KindMessageTooLarge, "length of attach"},
		{"The length of data exceeded", KindMessageTooLarge, "length of data"},
		{"Closed after 300 seconds of inactivity", KindTimeout, "seconds of inactivity"},
		{"550 Verification failed for <user@example.com>", KindSenderRejected, "verification failed for"},
		{"451 Out of memory", KindServiceUnavailable, "out of memory"},
		{"not yet authorized to deliver mail from a to b", KindGreylisted, "not yet authorized to deliver"},
	})
}

// From the second sample of pastes (Z56): .NET's "Mailbox unavailable.
// The server response was:" is written from the code, and what follows
// it decides even without an enhanced code; Swift Mailer's empty reply is
// a connection that failed; Outlook's "the recipient's email provider
// rejected it" names no cause.
func TestFramesOfClientsAndProvidersFromPastes(t *testing.T) {
	checkKinds(t, []kindCase{
		// "block" alone is no term: the word model's reading, which it
		// makes with less than nine tenths of the weight (guessAloneShare);
		// the row's second reader called it unknown.
		{"", "Mailbox unavailable. The server response was: Error458 block", KindUnknown},
		{"", "Mailbox unavailable. The server response was: No such user here", KindRecipientUnknown},
		{"", "Mailbox unavailable. The server response was: 5.7.1 Unable to relay for user@example.com", KindRelayDenied},
		{"", "Expected response code 250 but got code \"\", with message \"\"", KindConnectionFailed},
		{"", "Expected response code 220 but got code \"\", with message \"\"", KindConnectionFailed},
		{"", "Your message wasn't delivered because the recipient's email provider rejected it.", KindUnknown},
		// What they must not take.
		{"", "Expected response code 250 but got code \"550\", with message \"550 5.1.1 User unknown\"", KindRecipientUnknown},
		{"", "Your message wasn't delivered because the recipient's email provider rejected it.\r\n550 5.1.1 User unknown", KindRecipientUnknown},
		{"", "554 5.7.1 Reject due to policy restrictions: message content", KindPolicyRejected},
	})
}

// A client "not yet authorized to deliver mail from … to …", told to try
// later, is greylisted (milter-greylist's and sqlgrey's words).
func TestNotYetAuthorizedIsGreylisting(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451-192.0.2.1 is not yet authorized to deliver mail from\r\n451 <user@example.com> to <user@example.com>. Please try later.", KindGreylisted},
		{"rcpt", "192.0.2.1 is not yet authorized to deliver mail from <user@example.com> to <user@example.com>. Please try later.", KindGreylisted},
		// Not authorized in other words stays what it was.
		{"", "550 5.7.1 Client is not authorized to relay", KindRelayDenied},
	})
}

// Exim's callout frame: "Verification failed for <address>", the server
// it called, what it sent and the response it got, is its check of the
// sender, whatever that response refused (a relay, a recipient).
func TestCalloutFrameIsTheSenders(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550-Verification failed for <user@example.com>\r\n550-Called: 192.0.2.1\r\n550-Sent: RCPT TO:<user@example.com>\r\n550-Response: 550 5.7.1 <user@example.com>... Relaying denied\r\n550 Invalid sender <user@example.com>", KindSenderRejected},
		{"rcpt", "550-Verification failed for <a@example.com>\r\n550-Unrouteable address\r\n550 Sender verify failed", KindSenderRejected},
		// A callout of the recipient is the recipient's.
		{"rcpt", "550-Callout verification failed:\r\n550 550 No such user here", KindRecipientUnknown},
		{"", "550 5.7.1 Email rejected due to policy restrictions: DMARC verification failed for example.com", KindPolicyRejected},
	})
}

// From the trackers of mail libraries in other languages (Z57): curl's
// "MAIL failed: 530" and "RCPT failed: 550" give the command and the
// code; "must issue STARTTLS" without "a"; a host named ssl0 is no TLS;
// Elixir's network_failure, Go's bare EOF and curl's failure receiving
// data are a connection that failed.
func TestCurlCommandsAndClientConnectionWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Error in curl::curl_fetch_memory(url, handle = h) : MAIL failed: 530", KindAuthRequired},
		{"", "MAIL failed: 530", KindAuthRequired},
		{"", "Error in curl_fetch_memory(smtp_server, handle = h) : RCPT failed: 550", KindRecipientUnknown},
		{"", "DATA failed: 552", KindMessageTooLarge},
		{"", "5.7.0 must issue STARTTLS command first.", KindTLSRequired},
		{"", "{:network_failure, ~c\"ssl0.ovh.net\", {:error, :closed}}", KindConnectionFailed},
		{"", "EOF", KindConnectionFailed},
		{"", "curl_easy_perform() failed: Failure when receiving data from the peer", KindConnectionFailed},
		// What they must not take.
		{"", "454 4.7.0 SSL handshake failed", KindTLSFailed},
		{"", "SSL/TLS handshake failed: certificate verify failed", KindTLSFailed},
		{"", "550 5.7.1 Relay access denied (RCPT failed: not local)", KindRelayDenied},
	})
	if r, _ := Parse("Error in curl_fetch_memory: RCPT failed: 553"); r.Code != 553 {
		t.Errorf("curl's RCPT failed: 553: code %d, want 553", r.Code)
	}
}

// Words that name no cause, whatever their order ("550 Requested action
// not taken", "Server refused the message", "SMTP Error: data not
// accepted", "Ihre Mail ist leider nicht zustellbar"): two people labelling
// such replies blind, each sure, called them unknown; the words the table's
// replies went with (a guess) would only repeat that "not taken" is most
// often said of a mailbox. A code or a stage that names a cause still
// decides, and one word of a cause is enough for the rules to read it.
func TestVagueWordsNameNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Requested action not taken", KindUnknown},
		{"", "550 Action not taken", KindUnknown},
		{"", "550 no.", KindUnknown},
		{"", "Server refused the message", KindUnknown},
		{"", "554 mail server permanently rejected message", KindUnknown},
		{"", "550 permanently rejected", KindUnknown},
		{"", "554 Refused", KindUnknown},
		{"", "550 Message REFUSED by peer", KindUnknown},
		{"", "SMTP Error: data not accepted", KindUnknown},
		{"", "550 Mail not accepted", KindUnknown},
		{"", "Your message could not be delivered", KindUnknown},
		{"", "550 5.0.0 Message could not be delivered", KindUnknown},
		{"", "Ihre Mail ist leider nicht zustellbar.", KindUnknown},
		// What they must not take: a code, a stage or one word of a cause.
		{"", "451 Message not accepted", KindServiceUnavailable},
		{"", "450 Requested action not taken", KindServiceUnavailable},
		{"", "550 5.1.1 Requested action not taken", KindRecipientUnknown},
		{"rcpt", "550 Requested action not taken", KindRecipientUnknown},
		{"", "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown},
		{"", "451 Requested action not taken: try again later", KindServiceUnavailable},
		{"", "452 Requested action not taken: insufficient system storage", KindServiceUnavailable},
		{"", "554 Message refused: spam", KindPolicyRejected},
		{"", "550 Message not accepted for policy reasons", KindPolicyRejected},
		{"", "554 5.7.1 Message refused", KindPolicyRejected},
		{"", "550 Message refused: too large", KindMessageTooLarge},
		{"", "421 Server refused the connection", KindConnectionFailed},
	})
}

// A server, a host or an MX that could not be reached or contacted: the
// connection failed, whatever else the reply names ("no MXs for this
// domain could be reached" is not a domain without MX records; "unable to
// contact destination SMTP daemon" says more than its 421).
func TestServerNotReached(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "smtp; 421 4.4.0 [internal] no MXs for this domain could be reached at this time", KindConnectionFailed},
		{"", "421 dns.example.org Sorry, unable to contact destination SMTP daemon.", KindConnectionFailed},
		{"", "No SMTP servers were available for gmail.com. Tried gmail-smtp-in.l.google.com, alt1.gmail-smtp-in.l.google.com", KindConnectionFailed},
		{"", "Could not reach the mail server", KindConnectionFailed},
		{"", "The destination server could not be reached", KindConnectionFailed},
		{"", "None of the mail servers for the domain could be contacted", KindConnectionFailed},
		{"", "451 4.4.0 Unable to reach any of the MX hosts for example.com", KindConnectionFailed},
		// What they must not take: a domain that does not exist or has no
		// MX, a recipient that could not be reached for a stated cause.
		{"", "550 5.1.2 Domain example.com could not be found", KindDomainNotFound},
		{"", "554 No MX records found for example.com", KindDomainNotFound},
		{"", "550 5.1.1 The email account that you tried to reach does not exist", KindRecipientUnknown},
		{"", "552 5.2.2 The mailbox you are trying to reach is full", KindMailboxFull},
	})
}

// A certificate that is not verified, not trusted, expired or for another
// name: the TLS handshake's failure, however the library words it.
func TestCertificateNotVerified(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "no verified certificate", KindTLSFailed},
		{"", "x509: certificate signed by unknown authority", KindTLSFailed},
		{"", "The remote certificate is invalid according to the validation procedure.", KindTLSFailed},
		{"", "certificate has expired", KindTLSFailed},
		{"", "x509: certificate is valid for mail.example.net, not smtp.example.com", KindTLSFailed},
		{"", "Server certificate verification failed: unable to get local issuer certificate", KindTLSFailed},
		{"", "client TLS configuration problem", KindTLSFailed},
		// What they must not take: a relay denial, a login refused.
		{"", "554 5.7.1 <bob@example.com>: Relay access denied (client certificate not verified)", KindRelayDenied},
		{"", "535 5.7.8 Authentication failed: client certificate not accepted", KindAuthFailed},
	})
}

// The form of an address: too long, not valid UTF-8, ending with a dot,
// a domain literal or spec that does not parse: syntax, not a recipient
// unknown or a message too large.
func TestAddressForm(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 5.6.7 Address not valid UTF8", KindSyntaxError},
		{"", "553 Address contains invalid UTF-8", KindSyntaxError},
		{"", `553 5.1.0 Address "user@example.com" too long (256 bytes max)`, KindSyntaxError},
		{"", "553 Address is too long", KindSyntaxError},
		{"", "553 5.1.2 Local part must not end with a dot", KindSyntaxError},
		{"", `553 Invalid numeric domain spec "[192.0.2.300]"`, KindSyntaxError},
		{"", "553 5.1.2 Invalid domain literal", KindSyntaxError},
		// What they must not take: a message too long, a mailbox's words.
		{"", "552 5.3.4 Message is too long for the recipient address", KindMessageTooLarge},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "550 5.1.1 Address invalid: no such user here", KindRecipientUnknown},
	})
}

// A 221 closes the session; sent before the client said QUIT, with words
// that name a cause ("221 Too many bad commands. Bye!"), it is that
// failure, temporary as its kind is whatever the codes' class. A goodbye
// that names none stays a success.
func TestClosingWithACause(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"221 Too many bad commands. Bye!", KindSyntaxError, false},
		{"221 2.0.0 Server is shutting down", KindServiceUnavailable, true},
		{"221 5.0.0 Connection closed due to timeout", KindTimeout, true},
		// What it must not take: a goodbye, another success.
		{"221 2.0.0 Bye", KindUnknown, false},
		{"221 mx.example.com closing connection", KindUnknown, false},
		{"221 2.0.0 Service closing transmission channel", KindUnknown, false},
		{"250 2.0.0 Ok: queued as 49FCD9946BC", KindUnknown, false},
		{"250 2.1.5 Recipient address accepted", KindUnknown, false},
	})
}

// A bad command or one too long is bad syntax, whatever the code (421
// closes the session for it); a list's rule that its address be in To or
// Cc (not Bcc) is a policy about the message, not an unknown recipient.
func TestBadCommandAndListAddress(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 bad command", KindSyntaxError},
		{"", "421 4.7.0 mail.example.com Command too long, possible attack client.example.net", KindSyntaxError},
		{"", "500 5.5.2 please try again speaking smtp", KindSyntaxError},
		{"", `The message from <user@example.com> with subject "Hello" was unable to be delivered to the list because the list address was not found in either the To: or CC: header.`, KindPolicyRejected},
		{"", "Die Listen-Adresse muss im Empfänger (TO:) oder als Kopienempfänger (Cc:) auftauchen", KindPolicyRejected},
		{"", "550 5.7.1 Messages to this list must include the list address in To: or Cc:", KindPolicyRejected},
		// What they must not take: a busy server, an unknown list.
		{"", "421 4.3.2 Service not available, closing transmission channel", KindServiceUnavailable},
		{"", "550 5.1.1 The list address was not found on this server", KindRecipientUnknown},
	})
}

// A recipient named with words that name no cause ("550 permanent failure
// for one or more recipients", "Unable to deliver the message due to a
// recipient problem") is not an unknown one: the code or the stage
// decides, else nothing does.
func TestRecipientNamedWithoutCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 permanent failure for one or more recipients", KindUnknown},
		{"", "smtp;550 permanent failure for one or more recipients", KindUnknown},
		{"", "Unable to deliver the message due to a recipient problem", KindUnknown},
		// What it must not take: a cause, a code, a stage.
		{"rcpt", "550 permanent failure for one or more recipients", KindRecipientUnknown},
		{"", "550 5.1.1 permanent failure for one or more recipients", KindRecipientUnknown},
		{"", "550 Recipient rejected", KindRecipientUnknown},
		{"", "550 Invalid recipient", KindRecipientUnknown},
		{"", "550 Unknown recipient", KindRecipientUnknown},
		{"", "552 Recipient mailbox full", KindMailboxFull},
		{"", "550 Mailbox rejected", KindRecipientUnknown},
		{"", "550 sorry, no mailbox", KindRecipientUnknown},
	})
}

// A number of recipients or of messages said to be too high, against a
// quota or not: a rate the sender can slow down under, not a full mailbox
// or a refused sender.
func TestHighNumberIsARate(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "The group user@example.org has exceeded its quota for total number of external recipients.", KindRateLimited},
		{"", "bounce flood: This sender is sending an unusually high number of messages without an envelope sender address.", KindRateLimited},
		{"", "452 4.5.3 Total number of recipients exceeded for this message", KindRateLimited},
		// What they must not take: a mailbox's own count quota.
		{"", "552 5.2.2 <bob@example.com>: recipient count of stored messages exceeds its mailbox quota", KindMailboxFull},
		{"", "552 5.2.2 Mailbox quota exceeded: the number of messages in the mailbox is too high", KindMailboxFull},
	})
}

// A session that must be encrypted, however it is said (an encrypted
// session or channel required, mail that must be sent over an encrypted
// connection, non-TLS connections not accepted, the channel's encryption
// not used): TLS required, whoever's domain or message is named.
func TestEncryptionRequiredInOtherWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Your sender domain is required to send via an encrypted SMTP session", KindTLSRequired},
		{"", "550 5.7.1 Encrypted session required", KindTLSRequired},
		{"", "554 5.7.1 Messages from example.com must be sent over an encrypted connection", KindTLSRequired},
		{"", "550 Non-TLS connections are not accepted", KindTLSRequired},
		{"", "Sono state riscontrate le seguenti anomalie:\n  - non e' stata utilizzata la cifratura del canale", KindTLSRequired},
		// What they must not take: TLS that failed, a login required over
		// an encrypted connection that was made.
		{"", "454 4.7.0 TLS not available due to local problem", KindTLSFailed},
		{"", "530 5.7.0 Authentication required over the encrypted connection", KindAuthRequired},
	})
}

// A client refused whose reverse DNS is to be fixed, or whose connections
// are disallowed, is blocked, whatever sender it also names.
func TestClientRefusedForItsName(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Connections not accepted from servers without a valid sender domain. ## Fix reverse DNS for 192.0.2.1", KindBlocked},
		{"", "554 5.7.1 Connections from 192.0.2.1 disallowed", KindBlocked},
		{"", "550 Sender rejected: your server has no PTR record", KindBlocked},
		// What it must not take: a sender refused for its own domain.
		{"", "553 5.7.1 Sender address rejected: domain has no MX or A record", KindSenderRejected},
		{"", "550 5.7.1 Sender rejected: not owned by authenticated user", KindSenderRejected},
	})
}

// AOL's CON and DYN codes and Comcast's block name a refused client, over
// the enhanced code AOL sends with them (5.2.1, a mailbox's in the
// registry).
func TestProviderClientCodes(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html", KindBlocked},
		{"", "421 DYN: T1", KindBlocked},
		{"", "554 xx.comcast.net comcast 203.0.113.9 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000", KindBlocked},
		// What they must not take: AOL's throttling, a disabled mailbox.
		{"", "421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html (throttled)", KindRateLimited},
		{"", "550 5.2.1 The email account that you tried to reach is disabled", KindMailboxDisabled},
	})
}

// A sender prohibited, restricted to a domain, not verifiable, or whose
// domain has a bad DNS result: the sender refused, whatever policy words
// frame it.
func TestSenderRefusedInPolicyWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Envelope: Prohibited sender detected: user@example.com", KindSenderRejected},
		{"", "No verifiable sender address in message headers", KindSenderRejected},
		{"", "530 API key is restricted to sending domain: acme.com. From/Sender address must use this domain. From: user@example.com", KindSenderRejected},
		{"", "553 5.7.1 For MAIL FROM address <user@example.com> policy analysis reported: Sorry, bad DNS result for your source domain", KindSenderRejected},
		// What they must not take: the message's content, the client.
		{"", "554 5.7.1 Message rejected by policy: prohibited attachment type from sender user@example.com", KindPolicyRejected},
		{"", "550 5.7.1 Sender IP 192.0.2.1 is prohibited from sending mail here", KindBlocked},
	})
}

// The sender's own address blocked or listed ("Your email address has been
// blocked", Mimecast's "Envelope blocked - User Entry"): the sender
// refused, not its client.
func TestSendersAddressListed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 [SB01] Your email address has been blocked due to complaints", KindSenderRejected},
		{"", "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550", KindSenderRejected},
		// What it must not take: the client's address, a recipient's.
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "550 5.7.1 Your IP address has been blocked due to complaints", KindBlocked},
		{"", "550 5.1.1 The email address you entered does not exist", KindRecipientUnknown},
	})
}

// A server or host that does not exist is the domain's (its name does not
// resolve), not an unknown recipient.
func TestServerDoesNotExist(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Destination server does not exist.", KindDomainNotFound},
		{"", "550 The destination host does not exist", KindDomainNotFound},
		// What it must not take: a user or a mailbox on the server.
		{"", "550 5.1.1 The user does not exist on this server", KindRecipientUnknown},
		{"", "550 Mailbox does not exist on the destination server", KindRecipientUnknown},
	})
}

// Microsoft 365's 4.4.62 (ATTR35): mail for a domain the tenant it reached
// does not host, a relay refused for now.
func TestWrongOffice365Region(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information please go to https://go.microsoft.com/fwlink/?linkid=865268", KindRelayDenied},
	})
}

// Common kinds said in French and German as servers say them: "ß" folds
// to "ss" as the rules write it ("zu groß", "zu gross"); a French sender
// refused; "réessayer plus tard" is "try later".
func TestFoldSharpSAndFrenchWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Nachricht ist zu groß", KindMessageTooLarge},
		{"", "550 Expéditeur refusé", KindSenderRejected},
		{"", "451 Service indisponible, veuillez réessayer plus tard", KindServiceUnavailable},
		// What they must not take.
		{"", "550 Adresse IP refusée", KindBlocked},
	})
}

// What client libraries' exceptions say: smtplib's SMTPSenderRefused,
// SMTPRecipientsRefused and SMTPDataError name the command the reply
// answered, PHPMailer's "MAIL FROM command failed" too;
// SMTPServerDisconnected is a lost
// connection; a deadline that elapsed (Rust's tokio, Go's context) a
// timeout.
func TestClientExceptionsNameTheStage(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "smtplib.SMTPSenderRefused: (550, b'5.7.1 Rejected', 'a@example.com')", KindSenderRejected},
		{"", "smtplib.SMTPRecipientsRefused: {'a@example.com': (550, b'Rejected')}", KindRecipientUnknown},
		{"", "SMTP ERROR: MAIL FROM command failed: 550 Rejected", KindSenderRejected},
		{"", "smtplib.SMTPServerDisconnected: please run connect() first", KindConnectionFailed},
		{"", "Error: deadline has elapsed @email_ee.rs:70:9", KindTimeout},
		{"", "send mail: context deadline exceeded", KindTimeout},
		// What they must not take: a cause the reply names.
		{"", "smtplib.SMTPSenderRefused: (530, b'5.7.0 Authentication required', 'a@example.com')", KindAuthRequired},
		{"", "smtplib.SMTPRecipientsRefused: {'a@example.com': (554, b'5.7.1 <a@example.com>: Relay access denied')}", KindRelayDenied},
		{"", "smtplib.SMTPDataError: (552, b'5.3.4 Message size exceeds fixed limit')", KindMessageTooLarge},
	})
}

// A login refused in other languages: a login or a password named beside
// a failure or a wrong value ("Échec de l'authentification", "Benutzername
// oder Passwort falsch", "Неверный логин или пароль"); a connection
// refused and spam said in Russian and Japanese.
func TestLoginRefusedInOtherLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "535 Échec de l'authentification", KindAuthFailed},
		{"", "Error de autenticación", KindAuthFailed},
		{"", "Ошибка аутентификации", KindAuthFailed},
		{"", "Benutzername oder Passwort falsch", KindAuthFailed},
		{"", "Usuario o contraseña incorrectos", KindAuthFailed},
		{"", "Usuário ou senha inválidos", KindAuthFailed},
		{"", "Nome utente o password errati", KindAuthFailed},
		{"", "Неверный логин или пароль", KindAuthFailed},
		{"", "Nom d'utilisateur ou mot de passe incorrect", KindAuthFailed},
		{"", "Соединение отклонено", KindConnectionFailed},
		{"", "メールはスパムと判定されました", KindPolicyRejected},
		// What they must not take: an unknown user, a password-protected
		// attachment, a login required.
		{"", "550 Usuario desconocido", KindRecipientUnknown},
		{"", "554 Pièce jointe protégée par mot de passe refusée", KindPolicyRejected},
		{"", "530 Authentification requise", KindAuthRequired},
	})
}

// RFC 5321's 450 is "mailbox unavailable (e.g., mailbox busy or
// temporarily blocked)": with a 4xx code and no enhanced code of an
// address, the words are the mailbox's state for now, not an unknown
// recipient. A certificate's verification is not Exim's callout; a
// Postfix log's "helo=<…>" field is not a HELO refused.
func TestMailboxUnavailableForNow(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "450 mailbox unavailable", KindServiceUnavailable},
		{"", "450 Requested mail action not taken: mailbox unavailable", KindServiceUnavailable},
		{"", "certificate verification failed for mx.example.com: untrusted issuer", KindTLSFailed},
		{"", "NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 450 4.1.8 <work>: Sender address rejected: Domain not found; from=<work> to=<admin> proto=ESMTP helo=<mx.example.com>", KindSenderRejected},
		// What they must not take: a permanent refusal, an address's
		// enhanced code, a HELO refused in a log.
		{"", "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown},
		{"", "450 4.1.1 <bob@example.com>: Recipient address rejected: mailbox unavailable", KindRecipientUnknown},
		{"", "Verification failed for <bob@example.com>\nSMTP error from remote mail server after RCPT TO:<bob@example.com>:\n550 5.1.1 User unknown", KindSenderRejected},
		{"", "NOQUEUE: reject: RCPT from unknown[192.0.2.1]: 504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname; from=<a@example.com> to=<b@example.org> proto=ESMTP helo=<localhost>", KindBlocked},
	})
}

// Gmail's 5.7.26 cut short before "SPF or DKIM" still says the message
// has no authentication information: policy, not a login that failed.
func TestMessageWithoutAuthenticationInformation(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550-5.7.26 This message does not have authentication information or fails to", KindPolicyRejected},
		{"", "Your message lacks authentication information", KindPolicyRejected},
		// What it must not take: a login that failed.
		{"", "535 5.7.8 Authentication failed: no authentication information supplied", KindAuthFailed},
	})
}

// Wordings written around this round's terms by a reviewer who had not
// written them (review-6): where a term took a reply a plainer cause
// should decide, or missed a close variant.
func TestReviewSixNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "x509: cannot validate certificate for 192.0.2.10 because it doesn't contain any IP SANs", KindTLSFailed},
		{"", "550 5.7.1 Message rejected: S/MIME signature certificate has expired", KindPolicyRejected},
		{"", "553 Message has implicit destination", KindPolicyRejected},
		{"", "550 5.1.1 <dev@lists.example.org>: list address is not in the list database (no such list)", KindRecipientUnknown},
		{"", "552 5.3.4 The list address must not receive messages larger than 40 KB", KindMessageTooLarge},
		{"", "451 4.4.7 Message delayed too long: could not deliver to domain example.net", KindTimeout},
		{"", "550 Address rejected: mailbox inactive too long", KindMailboxDisabled},
		{"", "Mail server smtp.example.com could not be reached (dial tcp 192.0.2.4:587: i/o timeout)", KindTimeout},
		{"", "550 5.4.4 Unable to contact host: domain example.invalid does not exist", KindDomainNotFound},
		{"", "550 5.7.1 Unable to verify sender: your mail server at 203.0.113.9 could not be reached for callback verification", KindSenderRejected},
	})
}

// The client's own resolver failing on the server's name, as the Sender
// judges it: the connection's, permanent when the name was not found
// (Go's "no such host", Node's ENOTFOUND, Python's gaierror -2), for now
// when the lookup failed (EAI_AGAIN, gaierror -3). A server's own words
// about a lookup keep theirs.
func TestClientCouldNotResolveTheServer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "gaierror: [Errno -2] Name or service not known", KindConnectionFailed},
		{"", "dial tcp: lookup smtp.example.com: no such host", KindConnectionFailed},
		{"", "getaddrinfo ENOTFOUND smtp.example.com", KindConnectionFailed},
		{"", "socket.gaierror: [Errno -3] Temporary failure in name resolution", KindConnectionFailed},
		{"", "getaddrinfo EAI_AGAIN smtp.example.com", KindConnectionFailed},
		// What it must not take: a server's own lookup.
		{"", "451 4.3.0 Temporary failure in name resolution, try again later", KindServiceUnavailable},
		{"", "unable to look up host mx.example.com: Name or service not known", KindDomainNotFound},
	})
}

// The command a client's exception names stands for the stage in the
// decision, as a bounce's "(in reply to … command)" does, but the Error's
// Stage stays the one the caller gave.
func TestFrameStageIsNotTheCallersStage(t *testing.T) {
	for _, reply := range []string{
		"smtplib.SMTPSenderRefused: (550, b'5.7.1 Rejected', 'a@example.com')",
		"host mx.example.com said: 550 5.7.1 Rejected (in reply to MAIL FROM command)",
	} {
		e := Classify("", reply)
		if e.Kind != KindSenderRejected || e.Stage != "" {
			t.Errorf("Classify(%q) = %s at stage %q, want sender_rejected at no stage", reply, e.Kind, e.Stage)
		}
		if p, _ := Parse(reply); ClassifyReply("", p).Stage != "" {
			t.Errorf("ClassifyReply(%q).Stage = %q, want none", reply, ClassifyReply("", p).Stage)
		}
	}
}

// JavaMail's MailConnectException prints the timeout it was configured
// with ("Couldn't connect to host, port: smtp.example.com, 587; timeout
// -1;", -1 for none): a setting's value names no timeout that happened.
// The exception it nests, when shown, still decides.
func TestTimeoutSettingIsNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout -1;", KindConnectionFailed},
		{"", "Couldn't connect to host, port: smtp.example.com, 25; timeout 60000;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused", KindConnectionFailed},
		{"", "Couldn't connect to host, port: smtp.example.com, 25; timeout 60000", KindConnectionFailed},
		{"", "Couldn't connect to host, port: smtp.example.com, 25; timeout -1.", KindConnectionFailed},
		// What it must not take: a timeout that happened.
		{"", "Couldn't connect to host, port: smtp.example.com, 25; timeout 60000;\n  nested exception is:\n\tjava.net.SocketTimeoutException: connect timed out", KindTimeout},
		{"", "421 4.4.2 mx.example.com Error: timeout exceeded", KindTimeout},
		{"", "SMTP timeout 30 seconds exceeded", KindTimeout},
		{"", "451 timeout -- closing connection", KindTimeout},
	})
}

// What mail-sending programs print in their own words when sending fails
// (mail clients, curl, msmtp, mutt, JavaMail, .NET, Outlook's numbered
// errors): the connection, TLS and the login are most of it; a check the
// program made before sending is the settings' when no recipient was
// given (as the readers of the held-out samples from Z513 on called it)
// and the caller's syntax when an address does not parse. Words that say
// only that something went wrong while sending name no cause.
func TestClientProgramsOwnWords(t *testing.T) {
	checkKinds(t, []kindCase{
		// The connection.
		{"", "Could not connect, check your network", KindConnectionFailed},
		{"", "Could not connect.", KindConnectionFailed},
		{"", "SMTP session failed: read error", KindConnectionFailed},
		{"", "SMTP session failed: write error", KindConnectionFailed},
		{"", "Unable to open a socket to Sendmail. Please check settings.", KindConnectionFailed},
		{"", "0x800CCC15 Unable to open Windows Socket SOCKET_CONNECT_ERROR", KindConnectionFailed},
		{"", "javax.mail.MessagingException: Can't send command to SMTP host", KindConnectionFailed},
		// TLS.
		{"", "STARTTLS denied", KindTLSFailed},
		{"", "554 5.5.1 Pipelined STARTTLS rejected", KindSyntaxError},
		{"", "SSL connect error", KindTLSFailed},
		{"", "Server does not support secure connections.", KindTLSFailed},
		{"", "Error starting STARTTLS connection", KindTLSFailed},
		{"", "Unable to establish a secure link with smtp.example.com using STARTTLS since it doesn't advertise that feature.", KindTLSFailed},
		{"", "The identity of the SMTP mail server at smtp.example.com:587 could not be verified.", KindTLSFailed},
		// The login.
		{"", "SMTP server smtp.example.com does not support PLAIN authentication", KindAuthFailed},
		{"", "The server does not support the selected authentication method.", KindAuthFailed},
		{"", "No authenticators available", KindAuthFailed},
		{"", "Logon attempt failed.", KindAuthFailed},
		{"", "need username and password for authentication", KindAuthRequired},
		{"", "Error: You must assign a SMTP username and password.", KindAuthRequired},
		// The program's own checks before sending.
		{"", "Recipient is not specified.", KindInvalidConfig},
		{"", "No recipients specified", KindInvalidConfig},
		{"", "You must include recipients: To, Cc, or Bcc", KindInvalidConfig},
		{"", "The specified string is not in the form required for an e-mail address.", KindSyntaxError},
		{"", "The client or server is only configured for E-mail addresses with ASCII local-parts: user@example.com.", KindSyntaxError},
		// Thunderbird's words, which name its settings ("Account Settings"),
		// curl's for a send that failed, a login refused in French.
		{"", "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.", KindConnectionFailed},
		{"", "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.com was lost in the middle of the transaction. Try again.", KindConnectionFailed},
		{"", "The Outgoing server (SMTP) smtp.example.com does not allow plaintext passwords. Please try changing the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)' to 'Encrypted password'.", KindAuthFailed},
		{"", "Failed sending data to the peer", KindConnectionFailed},
		{"", "Impossible de s'authentifier sur le serveur sortant (SMTP)", KindAuthFailed},
		{"", "Impossible de s’authentifier auprès du serveur", KindAuthFailed},
		// More programs' words (swaks, sendEmail, Balsa, s-nail, Alpine):
		// AUTH not offered, an empty answer, an address the program cannot
		// read, a server it cannot reach, TLS a login needs, the server's
		// name with no address (the one judgement: the domain's, as for any
		// name DNS could not find).
		{"", "*** Host did not advertise authentication", KindAuthFailed},
		{"", "*** Auth not attempted, no advertised types available", KindAuthFailed},
		{"", "ERROR => smtp.example.com:587 returned a zero byte response to our query.", KindConnectionFailed},
		{"", "ERROR => The address [user@example.com] doesn't look like a valid email address, ignoring it", KindSyntaxError},
		{"", "Cannot reach SMTP server smtp.example.com (smtp.example.com:587), any queued message will remain in Outbox.", KindConnectionFailed},
		{"", "SMTP authentication PLAIN needs TLS (*smtp-use-starttls* set?)", KindTLSRequired},
		{"", "no servers available (use -snoop for details)", KindConnectionFailed},
		{"", "Host has no address", KindDomainNotFound},
		{"", "send message error", KindUnknown},
		// Nothing named.
		{"", "Error occurred while sending the message.", KindUnknown},
		{"", "An error happened during SMTP session.", KindUnknown},
		// What they must not take: a cause the words name.
		{"", "451 4.3.0 Error: queue file write error", KindServiceUnavailable},
		{"", "554 no valid recipients", KindRecipientUnknown},
		{"", "Error occurred while sending: 552 5.2.2 Mailbox full", KindMailboxFull},
		{"", "550 5.1.1 The address doesn't look like a valid mailbox here: user unknown", KindRecipientUnknown},
		{"", "451 4.3.0 Cannot reach the LDAP server, try again later", KindServiceUnavailable},
		{"", "An error happened during SMTP session: connection timed out", KindTimeout},
		{"", "Sender identity could not be verified", KindSenderRejected},
		{"", "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
	})
}

// "Invalid" of the server's answer says that the program could not read
// it, not that an address is invalid: PEAR's Net_SMTP prints "Invalid
// response code received from server (code: 550, response: …)" around the
// reply, whose own words decide; said alone, nothing is named. Nor does
// "Queue-ID:" name trouble of the queue.
func TestInvalidAnswerIsNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Invalid response code received from server", KindUnknown},
		{"", "Invalid SMTP status code in server response", KindUnknown},
		{"", "Invalid server reply", KindUnknown},
		// With other words beside it, the guess does not weigh "invalid"
		// of the answer either (answerInvalid): weighed, it made this a
		// block.
		{"", "Invalid response from the remote host", KindUnknown},
		{"", "Failed to add recipient: user@example.com [SMTP: Invalid response code received from server (code: 550, response: 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table)]", KindRecipientUnknown},
		{"", "Failed to send data [SMTP: Invalid response code received from server (code: 552, response: 5.3.4 Message size exceeds fixed limit)]", KindMessageTooLarge},
		// Nor does a queue's id name the queue's trouble.
		{"", "554 5.7.0 Reject Queue-ID: 1234567", KindPolicyRejected},
		// Every form of the term is framed ("invalid " that must end a
		// word too), and only before a whole word ("reply-to" is no reply).
		{"", "Failed to send data [SMTP: Invalid response code received from server (code: 451, response: 4.3.0 Message from client 192.0.2.1 deferred)]", KindServiceUnavailable},
		{"", "451 4.3.0 Error: queue file write error", KindServiceUnavailable},
		{"", "452 4.3.1 Insufficient system storage, the queue is too big", KindServiceUnavailable},
		// What it must not take: an invalid address or login.
		{"", "550 5.1.1 Invalid recipient", KindRecipientUnknown},
		{"", "535 5.7.8 Invalid credentials", KindAuthFailed},
		{"", "Invalid address: user@example", KindRecipientUnknown},
	})
}

// "Learn more at …" ends Gmail's and Microsoft's replies of every kind:
// the guess does not weigh it, so "500 Learn to type!" keeps its code's
// kind (a command not recognised) instead of Gmail's wrong password.
func TestLearnMoreIsNoWordOfACause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "500 Learn to type!", KindSyntaxError},
		{"", "535-5.7.8 Username and Password not accepted. Learn more at\r\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1sm123 - gsmtp", KindAuthFailed},
	})
}

// A recipient called bad is refused, whatever the 4xx code says; "use your
// SMTP relay" sends the client to its own relay host, like "mail through
// your ISP" (a block of a client that sends directly).
func TestBadRecipientAndUseYourRelay(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 Bad recipient address", KindRecipientUnknown},
		{"", "550 5.7.1 Use your SMTP relay", KindBlocked},
		// What they must not take.
		{"", "501 5.1.3 Bad recipient address syntax", KindSyntaxError},
	})
}

// What daemons and applications with a mail sender of their own print
// (Zabbix, fetchmail, dma, mlmmj, Alertmanager, CakePHP, Bacula's bsmtp,
// PHP's fsockopen): a password or user name not accepted, a certificate
// missing or not the one expected, STARTTLS refused, the server's name
// not found, a digest challenge that could not be read.
func TestApplicationsOwnWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP server did not accept the password.", KindAuthFailed},
		{"", "SMTP server did not accept the username.", KindAuthFailed},
		{"", "smtp.example.com certificate error: no certificate received", KindTLSFailed},
		{"", "certificate for smtp.example.com has unexpected fingerprint 01:02:03", KindTLSFailed},
		{"", "remote delivery deferred: Peer did not provide certificate: unknown error", KindTLSFailed},
		{"", "SMTP error: server refused STARTTLS", KindTLSFailed},
		{"", "cannot locate SMTP server for \"example.com\"", KindDomainNotFound},
		{"", "fsockopen failed - errno: 111 - errstr: Connection refused", KindConnectionFailed},
		{"", "Invalid digest challenge", KindAuthFailed},
		{"", "dial tcp: lookup smtp.example.com: no such host", KindConnectionFailed},
		// What they must not take.
		{"", "fsockopen failed - errno: 110 - errstr: Connection timed out", KindTimeout},
		{"", "550 5.1.1 Cannot locate user in directory", KindRecipientUnknown},
	})
}

// Mail apps' own words (FairEmail, Nylas, Proton Mail Bridge, Mailspring,
// the AOSP Email app): a sign-in that failed, credentials the session
// could not log in with, a web login required (Gmail's "log in via your
// web browser" is a login that failed), a network error, an alias the
// account may not send from.
func TestMailAppsOwnWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Sign-in failed", KindAuthFailed},
		{"", "Unable to authenticate with the current session's credentials.", KindAuthFailed},
		{"", "The server responded with an error; please check your username and password and try again.", KindAuthFailed},
		{"", "Web login required", KindAuthFailed},
		{"", "Sorry, this message could not be sent. There was a network error, please make sure you are online.", KindConnectionFailed},
		{"", "You do not have permission to send from alias user@example.com. Pick another alias or update your mailbox permissions.", KindSenderRejected},
		// What they must not take.
		{"", "435 Unable to authenticate at present", KindAuthFailed},
		{"", "451 4.3.0 Unable to authenticate the sender: LDAP server unavailable, try again later", KindServiceUnavailable},
	})
}

// Language mail libraries' own words (Laminas, POCO, mailio, Mail::Bulkmail,
// Commons Email, go-simple-mail): a socket that could not be opened or
// written, and checks before sending that found no recipient or sender
// path (the settings' or the caller's: no server was asked).
func TestLanguageLibrariesOwnWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Could not open socket", KindConnectionFailed},
		{"", "Unable to write bytes on the wire.", KindConnectionFailed},
		{"", "Blank recipient (to)!", KindInvalidConfig},
		{"", "An envelope must have at least one recipient.", KindInvalidConfig},
		{"", "No recipient forward path has been supplied", KindInvalidConfig},
		{"", "No sender reverse path has been supplied", KindInvalidConfig},
		{"", "Message has no destination", KindInvalidConfig},
		// What they must not take.
		{"", "550 5.1.0 Address has no destination mailbox", KindRecipientUnknown},
		{"", "550 5.7.1 Message rejected: URLs in body could not be resolved", KindPolicyRejected},
		{"", "421 4.7.0 Too many protocol errors (STARTTLS)", KindSyntaxError},
		{"", "503 5.5.1 SMTP protocol error: TLS already active", KindSyntaxError},
		{"", "454 4.7.0 TLS protocol error, closing connection", KindTLSFailed},
		{"", "451 4.3.0 Could not open queue file, try again later", KindServiceUnavailable},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "553 5.7.1 Sender address rejected: not owned by user", KindSenderRejected},
	})
}

// A frame holds only where its words end ("invalid reply-to" is no
// answer) and, for JavaMail's timeout, only after
// "; " and before ';', ',', '.' or the end.
func TestFramesHoldOnlyWhole(t *testing.T) {
	for _, c := range []struct {
		text, term string
		f          frame
		want       bool
	}{
		{"Invalid response code received", "invalid", frameAnswer, true},
		{"Invalid reply from the host", "invalid", frameAnswer, true},
		{"Invalid reply-to address", "invalid", frameAnswer, false},
		{"Invalid responses", "invalid", frameAnswer, false},
		{"port: 25; timeout -1;", "timeout", frameSetting, true},
		{"port: 25; timeout -1.", "timeout", frameSetting, true},
		{"port: 25; timeout 60000", "timeout", frameSetting, true},
		{"Timeout 300, closing", "timeout", frameSetting, false},
		{"idle timeout 300", "timeout", frameSetting, false},
		{"port: 25; timeout 30 seconds", "timeout", frameSetting, false},
	} {
		f := fold(nil, c.text)
		i := strings.Index(string(f), c.term)
		if i < 0 {
			t.Fatalf("%q: no %q in the folded text", c.text, c.term)
		}
		if got := c.f.holds(f, i, i+len(c.term)); got != c.want {
			t.Errorf("%q: frame of %q holds = %v, want %v", c.text, c.term, got, c.want)
		}
	}
}

// "Unknown error" says that the cause is not known: nothing is named, and
// a code, if any, decides ("451 Unknown error" is the server's trouble for
// now). Two readers, each sure, called the bare wording unknown in two
// samples, as the table's known misses had it three times.
func TestUnknownErrorNamesNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "unknown error", KindUnknown},
		{"", "Unable to send mail: Unknown error", KindUnknown},
		{"", "Unknown error in PHP's mail() function.", KindUnknown},
		{"", "451 Unknown error", KindServiceUnavailable},
		// What it must not take: a cause named beside it.
		{"", "Unknown error: transient error (421): 4.7.27 This mail has been rate limited because SPF does not pass", KindPolicyRejected},
		{"", "554 Unknown error: relay access denied", KindRelayDenied},
	})
}

// An application's message that only says that sending failed and whom to
// ask ("Please contact your admin, they can find more details in the
// logs") names no cause: two readers, each sure, called such unknown.
func TestAskTheAdminNamesNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Sending the previous mail has failed.  Please contact your admin, they can find more details in the logs.", KindUnknown},
		{"", "Sending failed. Please contact your administrator, who can find the details in the logs.", KindUnknown},
		// What it must not take: a cause named beside it.
		{"", "Sending failed: mailbox full. Please contact your admin.", KindMailboxFull},
		{"", "550 5.7.1 Relaying denied. Please contact your administrator.", KindRelayDenied},
	})
}

// A connection that could not be established is connection_failed, however
// the failure to establish it is worded; qmail's "in the queue too long"
// after it says only why the server gave up, not what failed.
func TestEstablishConnectionFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", KindConnectionFailed},
		{"", "Connection refused. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", KindConnectionFailed},
		{"", "unable to establish connection to mail.example.com", KindConnectionFailed},
		{"", "could not establish a connection to the server", KindConnectionFailed},
		{"", "failed to establish SMTP connection", KindConnectionFailed},
		// What it must not take: the queue's words alone, and a cause the
		// words name beside them.
		{"", "This message has been in the queue too long.", KindTimeout},
		{"", "Sorry, I couldn't find any host by that name. (#4.1.2) I'm not going to try again; this message has been in the queue too long.", KindDomainNotFound},
		{"", "connection established, then 550 5.1.1 user unknown", KindRecipientUnknown},
	})
}

// A count of invalid or unknown recipients from one sender is a judgement of
// the sender's reputation (blocked), however the count is said; one
// invalid recipient is recipient_unknown.
func TestCountOfInvalidRecipientsIsBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.", KindBlocked},
		{"", "550 Our system has detected a high number of invalid recipients from your IP", KindBlocked},
		{"", "550 excessive number of invalid recipients", KindBlocked},
		{"", "554 high number of bad recipients from your account", KindBlocked},
		{"", "550 unusual number of non-existent addresses in your messages", KindBlocked},
		// What it must not take: a session's limit of bad addresses
		// (qmail's chkuser), one bad address, and a count of recipients.
		{"rcpt", "421 too many invalid addresses, goodbye (#4.3.0)", KindRateLimited},
		{"", "550 5.1.1 invalid recipient", KindRecipientUnknown},
		{"", "550 one or more invalid recipients", KindRecipientUnknown},
		{"", "452 4.5.3 too many recipients", KindRateLimited},
	})
}

// A session, connection or client said to be unauthenticated where a login
// is wanted asks for one (auth_required).
func TestUnauthenticatedSessionWantsALogin(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "unauthenticated session on submission port", KindAuthRequired},
		{"", "550 unauthenticated session", KindAuthRequired},
		{"", "530 5.7.0 unauthenticated submission not allowed", KindAuthRequired},
		// What it must not take: unauthenticated mail is the message's
		// own authentication (SPF/DKIM), a relay refused stays one, and
		// an unauthenticated connection is the client's or the sender's
		// when the reply says which.
		{"connect", "554 This server requires PTR for unauthenticated connections", KindBlocked},
		{"", "550 5.7.1 You are not authorized to send as this address over unauthenticated connections", KindSenderRejected},
		{"", "550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy", KindPolicyRejected},
		{"", "554 5.7.1 Relay access denied for unauthenticated session", KindRelayDenied},
	})
}

// A sender that must match the authenticated user is refused as the sender,
// with or without "the" (mox's "550 5.7.1 must match authenticated user").
func TestMustMatchAuthenticatedUser(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 must match authenticated user", KindSenderRejected},
		{"mail", "553 5.7.1 address must match authenticated login", KindSenderRejected},
		{"", "553 5.7.1 From header must match the authenticated user's address", KindSenderRejected},
	})
}

// A TLS handshake that failed, in the words of the TLS libraries mail
// programs print: Ruby's OpenSSL ("SSL_connect returned=1 … "), Node's
// socket closed before the handshake ended, OpenSSL's "wrong version
// number" (TLS spoken to a port that speaks plain SMTP).
func TestTLSLibrariesHandshakeFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Client network socket disconnected before secure TLS connection was established", KindTLSFailed},
		{"", "SSL_connect returned=1 errno=0 state=SSLv2/v3 read server hello A: unknown protocol", KindTLSFailed},
		{"", "SSL_connect SYSCALL returned=5 errno=0 state=SSLv2/v3 read server hello A", KindTLSFailed},
		{"", "OpenSSL::SSL::SSLError: SSL_connect returned=1 errno=0 state=error: wrong version number", KindTLSFailed},
		{"", "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1056)", KindTLSFailed},
		// What it must not take: a server that wants TLS first.
		{"mail", "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
	})
}

// A program's own words for settings it was not given (no server, no
// password for the mechanism it was told to use) are its configuration's
// (invalid_config), not a reply of a server.
func TestProgramSettingsMissing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Grafana mailing/smtp options not configured, contact your Grafana admin", KindInvalidConfig},
		{"", "missing password for PLAIN auth mechanism; missing password for LOGIN auth mechanism", KindInvalidConfig},
		{"", "Missing credentials for \"PLAIN\"", KindInvalidConfig},
		{"", "ArgumentError: SMTP-AUTH requested but missing secret phrase", KindInvalidConfig},
		{"", "no SMTP server configured", KindInvalidConfig},
		// What it must not take: a server's words about what it is set
		// up for.
		{"", "550 This system is not configured to relay mail from <a@example.com> to <b@example.org> for 192.0.2.1", KindRelayDenied},
		{"", "451 4.3.0 Relay not configured", KindServiceUnavailable},
		{"", "550 5.7.27 mailfrom domain not configured for mail", KindSenderRejected},
	})
}

// A sender called bad or disallowed is refused as the sender, whatever the
// code and whoever else the reply names; its syntax is the syntax's.
func TestBadOrDisallowedSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 Bad sender address", KindSenderRejected},
		{"", "550 5.7.1 Client host [203.0.113.5]: sender <a@spam.example> disallowed", KindSenderRejected},
		// What it must not take.
		{"mail", "501 5.1.7 Bad sender address syntax", KindSyntaxError},
	})
}

// A message's size exceeded is the message's size, whatever the reply
// goes on to say of its content ("maybe caused by big attachment file").
func TestSizeExceededBeforeContentWords(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Message size exceed (maybe caused by big attachment file)", KindMessageTooLarge},
		{"", "552 Message size exceeds the limit; remove some attachments or links", KindMessageTooLarge},
		// What it must not take: a mailbox's size, and content.
		{"", "552 5.2.2 Mailbox size limit exceeded", KindMailboxFull},
		{"", "554 5.7.1 Attachment type not allowed", KindPolicyRejected},
	})
}

// A client called a known spamming server is refused for its reputation
// (blocked), as a "known spammer" is.
func TestKnownSpammingServerIsBlocked(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (taj-co.com)", KindBlocked},
		{"", "554 Rejected: known spamming host", KindBlocked},
		// What it must not take: spam said of the message.
		{"", "550 5.7.1 Message rejected as spam", KindPolicyRejected},
	})
}

// A server that could not connect to a daemon of its own (a virus
// scanner's) has trouble of its own, not a connection of the client's
// that failed.
func TestOwnDaemonUnreachable(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "temporary failure. Command output: avpcheck: unable to connect to avp daemon: Connection refused", KindServiceUnavailable},
		{"", "451 4.3.0 unable to connect to clamd: Connection refused", KindServiceUnavailable},
		// What it must not take: the client's own connection.
		{"", "SMTP Error: Could not connect to SMTP host.", KindConnectionFailed},
		{"", "unable to connect to smtp.example.com:587: connection refused", KindConnectionFailed},
	})
}

// The local part of an address names no cause: a reply that says only that
// a message could not be delivered to someone@example.com names none.
func TestAddressNamesNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Your message could not be delivered to userx@example.com", KindUnknown},
		{"", "Message to bob@example.org was not delivered", KindUnknown},
		// What it must not take: a cause beside the address, and an
		// address named unknown.
		{"", "Your message could not be delivered to userx@example.com: mailbox full", KindMailboxFull},
		{"", "550 5.1.1 <userx@example.com>: user unknown", KindRecipientUnknown},
	})
}

// "Over size" is a limit exceeded: of recipients, a rate; of the message,
// its size (Alibaba's "556 The number of RCPTs is over size").
func TestOverSizeIsExceeded(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "556 The number of RCPTs is over size", KindRateLimited},
		{"", "552 The message is over size", KindMessageTooLarge},
		{"", "552 Mailbox over size", KindMailboxFull},
	})
}

// What a review of this round's terms found them taking that they should
// not, or missing beside them (review-8).
func TestReviewEightNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Connected to 192.0.2.10 but connection died. (#4.4.2)\nI'm not going to try again; this message has been in the queue too long.", KindConnectionFailed},
		{"", "550 5.1.1 User unknown. Note: sending to a large number of unknown users will get your IP blocked", KindRecipientUnknown},
		{"", "421 4.7.0 Too many unauthenticated sessions from your IP, try again later", KindRateLimited},
		{"", "530 5.7.0 Missing credentials for this session: authentication required", KindAuthRequired},
		{"", "451 4.3.5 Server configuration error: SMTP not configured on this node", KindServiceUnavailable},
		{"", "452 4.2.2 The user's mailbox size exceed the limit", KindMailboxFull},
		{"", "554 5.7.1 Message content matches known spamming pattern", KindPolicyRejected},
		{"", "451 4.3.0 Antivirus daemon not responding: connection timed out", KindServiceUnavailable},
		// What the terms still decide.
		{"", "Missing credentials for \"PLAIN\"", KindInvalidConfig},
		{"", "unauthenticated session on submission port", KindAuthRequired},
		{"", "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.", KindBlocked},
		{"", "Message size exceed (maybe caused by big attachment file)", KindMessageTooLarge},
		{"", "ACCESS DENIED. Your email was rejected because it appears to come from a known spamming mail server (taj-co.com)", KindBlocked},
	})
}

// What a reading of the whole change found (review of ea79230..fef8377):
// a count of invalid recipients that is a limit stays a rate; "bad" said
// of anything but the sender (amavisd-new's BAD_HEADER) is not the
// sender's; "No mailbox for <address>" says the mailbox does not exist,
// whatever the address; an address's local part with a tag, or a host
// without dots, is no word of a cause either.
func TestWholeChangeReading(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 Maximum number of invalid recipients reached, closing", KindRateLimited},
		{"", "450 4.7.1 Rate limit: number of invalid recipients per hour exceeded", KindRateLimited},
		{"", "554 5.6.0 Reject, id=10432-16 - BAD_HEADER: Duplicate header field: \"Sender\"", KindPolicyRejected},
		{"", "554 5.6.0 Reject, id=18169-17 - BAD_HEADER: Header field occurs more than once: \"Sender\" occurs 2 times", KindPolicyRejected},
		{"", "550 No mailbox for ann@example.net", KindRecipientUnknown},
		{"", "550 No mailbox for <ann@example.net>", KindRecipientUnknown},
		{"", "Your message could not be delivered to userx+list@example.com", KindUnknown},
		{"", "Your message could not be delivered to jsmith@localhost", KindUnknown},
		// What the round's terms still decide.
		{"", "451 Bad sender address", KindSenderRejected},
		{"", "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.", KindBlocked},
		{"", "550 Message rejected", KindUnknown},
	})
}

// TestRoundFromEa79230TermsDecide: each family of terms the round that
// started at ea79230 added decides a wording by its own words, not by a
// guess the model learnt from the rows the round joined (several of
// those wordings are guessed right without their terms now, so a test of
// the kind alone would not notice a term gone).
func TestRoundFromEa79230TermsDecide(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"unable to establish connection to mail.example.com", KindConnectionFailed, "establish connection"},
		{"could not establish a connection to the server", KindConnectionFailed, "establish a connection"},
		{"Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.", KindConnectionFailed, "establish an smtp connection"},
		{"Connected to 192.0.2.10 but connection died. (#4.4.2)", KindConnectionFailed, "connection died"},
		{"This message has been in the queue too long.", KindTimeout, "queue too long"},
		{"550 5.7.1 Our system has detected an excessively high number of invalid recipients originating from your account.", KindBlocked, "invalid recipients"},
		{"unauthenticated session on submission port", KindAuthRequired, "unauthenticated session"},
		{"530 unauthenticated submission not allowed", KindAuthRequired, "unauthenticated submission"},
		{"550 5.7.1 must match authenticated user", KindSenderRejected, "match authenticated"},
		{"Client network socket disconnected before secure TLS connection was established", KindTLSFailed, "before secure tls connection"},
		{"SSL_connect returned=1 errno=0 state=SSLv2/v3 read server hello A: unknown protocol", KindTLSFailed, "ssl_connect returned"},
		{"SSL_connect SYSCALL returned=5 errno=0 state=SSLv2/v3 read server hello A", KindTLSFailed, "ssl_connect syscall"},
		{"OpenSSL::SSL::SSLError: wrong version number", KindTLSFailed, "wrong version number"},
		{"Missing credentials for \"PLAIN\"", KindInvalidConfig, "missing credentials for"},
		{"ArgumentError: SMTP-AUTH requested but missing secret phrase", KindInvalidConfig, "requested but missing"},
		{"missing password for PLAIN auth mechanism", KindInvalidConfig, "missing password for"},
		{"Could not decrypt stored SMTP password: missing secret phrase", KindInvalidConfig, "missing secret phrase"},
		{"ssl.SSLError: [SSL: WRONG_VERSION_NUMBER]", KindTLSFailed, "wrong_version_number"},
		{"Grafana mailing/smtp options not configured, contact your Grafana admin", KindInvalidConfig, "options not configured"},
		{"550 5.7.1 Client host [203.0.113.5]: sender <a@spam.example> disallowed", KindSenderRejected, "disallowed"},
		{"451 Bad sender address", KindSenderRejected, "bad sender"},
		{"Message size exceed (maybe caused by big attachment file)", KindMessageTooLarge, "message size exceed"},
		{"554 it appears to come from a known spamming mail server", KindBlocked, "known spamming mail server"},
		{"temporary failure. Command output: avpcheck: unable to connect to avp daemon: Connection refused", KindServiceUnavailable, "avpcheck"},
		{"451 4.3.0 Antivirus daemon not responding: connection timed out", KindServiceUnavailable, "antivirus daemon"},
		{"556 The number of RCPTs is over size", KindRateLimited, "over size"},
	})
}

// TestClientResolverAsTheSenderJudgesIt: a program's own resolver on the server's name, in its library's words,
// judged as the Sender judges a *net.DNSError: a name not found is
// connection_failed, permanent (Windows' WSAHOST_NOT_FOUND 11001, Java's
// UnknownHostException, Go's "no such host" after a program's own prefix),
// a lookup that failed for now is connection_failed (Go's "server
// misbehaving", a SERVFAIL; "Temporary failure in name resolution"; a
// lookup that timed out, which the Sender judges by its *net.DNSError
// before any timeout).
func TestClientResolverAsTheSenderJudgesIt(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "[Errno 11001] getaddrinfo failed", KindConnectionFailed},
		{"", "java.net.UnknownHostException: smtp.example.com", KindConnectionFailed},
		{"", "email_sender: failed to dial smtp: dial tcp: lookup smtp.example.org on 127.0.0.11:53: no such host", KindConnectionFailed},
		{"", "dial tcp: lookup smtp.example.org on 127.0.0.11:53: server misbehaving", KindConnectionFailed},
		{"", "php_network_getaddresses: getaddrinfo failed: Temporary failure in name resolution", KindConnectionFailed},
		{"", "Temporary failure in name resolution", KindConnectionFailed},
		{"", "dial tcp: lookup smtp.gmail.com: i/o timeout", KindConnectionFailed},
		// What it must not take: a server's own lookup, and a sender the
		// words refuse.
		{"", "451 4.3.0 Temporary failure in name resolution, try again later", KindServiceUnavailable},
		{"", "553 5.1.8 <bob@nowhere.example>: Sender address rejected: Domain not found", KindSenderRejected},
	})
}

// TestPolicyServiceNameIsNoCause: SPFBL, a policy service, puts its name before every reply it makes,
// whatever the cause: the name is no list the client is on, and the words
// after it decide.
func TestPolicyServiceNameIsNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.1.1 SPFBL Unknown user in virtual mailbox table.", KindRecipientUnknown},
		{"", "5.1.1 SPFBL the account that you tried to reach does not exist. See http://spfbl.net/en/feedback", KindRecipientUnknown},
		{"", "4.3.1 SPFBL temporarily out of service. See http://spfbl.net/en/feedback", KindServiceUnavailable},
		{"rcpt", "554 5.7.1 <user@example.com>: Recipient address rejected: SPFBL IP or sender is invalid.", KindSenderRejected},
		{"mail", "550 5.7.1 SPFBL you are permanently blocked on this server.", KindBlocked},
		{"", "5.7.1 SPFBL invalid sender identification. See http://spfbl.net/en/feedback", KindSenderRejected},
		{"", "4.7.1 SPFBL greylisted message. See http://spfbl.net/en/feedback", KindGreylisted},
		{"", "554 5.7.1 SPFBL Message rejected due to receiver policy for SPF fail.", KindPolicyRejected},
		// What it must not lose: the client blocked or banned in its words.
		{"", "550 5.7.1 SPFBL you are permanently blocked on this server.", KindBlocked},
		{"", "5.7.1 SPFBL permanently banned. See http://spfbl.net/en/feedback", KindBlocked},
		{"", "554 5.7.1 Service unavailable; client host blocked using spfbl.example", KindBlocked},
	})
}

// TestMailboxNameNotAllowedIsItsForm: a mailbox name not allowed or invalid is RFC 5321's 553, "mailbox name
// not allowed (e.g., mailbox syntax incorrect)": the address's form,
// unless an enhanced code says the mailbox does not exist (X.1.1).
func TestMailboxNameNotAllowedIsItsForm(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "553 5.1.3 Requested action not taken: mailbox name not allowed", KindSyntaxError},
		{"", "553 Requested action not taken: mailbox name not allowed", KindSyntaxError},
		{"", "553 Mailbox name invalid", KindSyntaxError},
		{"", "501 invalid mailbox name", KindSyntaxError},
		// What it must not take: a code that says the mailbox does not
		// exist, and a mailbox that is not allowed to receive.
		{"", "550 5.1.1 Requested action not taken: mailbox name not allowed", KindRecipientUnknown},
		{"", "550 mailbox unknown", KindRecipientUnknown},
	})
}

// TestRecipientVerificationFailed: a recipient whose verification failed is one the server could not
// confirm exists (recipient_unknown), as a sender's is the sender's.
func TestRecipientVerificationFailed(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Recipient verification failed", KindRecipientUnknown},
		{"", "recipient verify failed", KindRecipientUnknown},
		{"", "550 recipient address could not be verified", KindRecipientUnknown},
		// What it must not take: the sender's verification, and a
		// certificate's.
		{"", "550 Sender verify failed", KindSenderRejected},
		{"", "Sender address verification failed", KindSenderRejected},
		{"", "certificate verify failed", KindTLSFailed},
	})
}

// TestCausesInOtherWordsAndLanguages: causes named in Portuguese, Spanish and Italian as their English
// wordings name them (a sender not valid or not authorised for the login,
// a server that needs a login, an encryption the server does not
// support), a sender's domain not trusted, a contraction ("isn't allowed
// to send"), a misspelt "doesnt exist" of a domain, and Exchange's
// ambiguous address.
func TestCausesInOtherWordsAndLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "551 O endereço do remetente não é válido para o seu login", KindSenderRejected},
		{"", "553 o remetente não está autorizado", KindSenderRejected},
		{"", "550 el remitente no está autorizado", KindSenderRejected},
		{"", "551 Este servidor de email necessita de autenticação antes de enviar emails a partir de um domínio hospedado localmente", KindAuthRequired},
		{"", "550 5.7.1 il server richiede l'autenticazione", KindAuthRequired},
		{"", "El servidor no admite el tipo de cifrado de conexión que ha especificado. Intente cambiar el método de cifrado. (Error 0x800CCC1A)", KindTLSFailed},
		{"", "501 from domain not trusted", KindSenderRejected},
		{"", "550 MAIL FROM domain not trusted", KindSenderRejected},
		{"", "541 This account isn't allowed to send email", KindSenderRejected},
		{"", "As the remote domain doesnt exist", KindDomainNotFound},
		{"", "420 4.2.0 RESOLVER.ADR.Ambiguous; ambiguous address", KindRecipientUnknown},
		// What they must not take: a recipient not valid, a client not
		// trusted, a certificate not trusted.
		{"", "550 el destinatario no es válido", KindRecipientUnknown},
		{"", "554 5.7.1 Client host rejected: your IP is not trusted", KindBlocked},
		{"", "x509: certificate signed by unknown authority", KindTLSFailed},
	})
}

// TestGuessedCausesNamedByRules: causes a guess had found for these wordings, named by rules: sending to
// remote addresses allowed only with a login (relaying), RFC 5321's 451
// "local error in processing" and a connection error in Portuguese,
// Spanish, Italian, French and German.
func TestGuessedCausesNamedByRules(t *testing.T) {
	checkKinds(t, []kindCase{
		{"rcpt", "571 Remote sending only allowed with authentication!", KindRelayDenied},
		{"", "550 remote sending only allowed for authenticated users", KindRelayDenied},
		{"", "Ação solicitada cancelada – Erro local no processamento", KindServiceUnavailable},
		{"", "451 Acción solicitada abortada: error local en el procesamiento", KindServiceUnavailable},
		{"", "Error de conexión con el servidor SMTP", KindConnectionFailed},
		{"", "Erreur de connexion au serveur SMTP", KindConnectionFailed},
		// What they must not take: a remote domain that does not exist,
		// a recipient count, a local user unknown.
		{"", "As the remote domain doesnt exist", KindDomainNotFound},
		{"", "452 4.5.3 only 100 recipients allowed", KindRateLimited},
		{"", "550 5.1.1 unknown local user", KindRecipientUnknown},
	})
}

// TestSendingIdentityIsTheSender: a sending identity (the address or domain a sending service lets the
// account send as) not verified, not found or blocked is the sender's, as
// Amazon SES's "identities failed the check" is.
func TestSendingIdentityIsTheSender(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.4.1 identity not verified RequestID: <request-id>", KindSenderRejected},
		{"", "550 5.4.1 identity not found", KindSenderRejected},
		{"", "550 5.4.1 identity is blocked", KindSenderRejected},
		{"", "554 Message rejected: sending identity is not verified", KindSenderRejected},
		// What it must not take: a recipient's identity, and a login.
		{"", "550 5.1.1 recipient identity not found in directory", KindRecipientUnknown},
		{"", "535 5.7.8 identity could not be authenticated", KindAuthFailed},
	})
}

// TestPHPMailerMessagesInItsLanguages: PHPMailer's own messages, which its users paste in every language its
// language files have: a login that failed, a connection that could not
// be made, a sender the server refused at MAIL FROM (however a
// translation words it).
func TestPHPMailerMessagesInItsLanguages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP Hatası: Oturum açılamadı.", KindAuthFailed},
		{"", "Kesalahan SMTP: Tidak dapat mengotentikasi.", KindAuthFailed},
		{"", "Lỗi SMTP: Không thể xác thực.", KindAuthFailed},
		{"", "SMTP त्रुटि: प्रामाणिकता की जांच नहीं हो सका।", KindAuthFailed},
		{"", "SMTP 错误：登录失败。", KindAuthFailed},
		{"", "SMTP Hatası: SMTP sunucusuna bağlanılamadı.", KindConnectionFailed},
		{"", "Kesalahan SMTP: Tidak dapat terhubung ke host SMTP.", KindConnectionFailed},
		{"", "Lỗi SMTP: Không thể kết nối máy chủ SMTP.", KindConnectionFailed},
		{"", "SMTP Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.", KindConnectionFailed},
		{"", "Alamat pengirim berikut mengakibatkan kesalahan : someone@example.com", KindSenderRejected},
		{"", "Die folgende Absenderadresse ist nicht korrekt: someone@example.com", KindSenderRejected},
		{"", "Неверный адрес отправителя: someone@example.com", KindSenderRejected},
		// What they must not take: the server's own words after them.
		{"", "SMTP Error: The following From address failed: someone@example.com : MAIL FROM command failed,550,5.7.1 Relaying denied", KindRelayDenied},
	})
}

// TestRoundZ90Families: wordings from replies quoted in Korean, Polish and Vietnamese sources
// and webmail trackers that two readers, each sure, named alike: RFC
// 3463's own words for X.1.2, an authentication rejected, relaying
// blocked, a client's IP address disabled, a From that must match the
// authenticated user before a word of spoofing, Windows' words for a
// connection that timed out, Gmail's Korean "address not found", and Cox's
// CDRBL.
func TestRoundZ90Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "512 5.1.2 Bad destination system address", KindDomainNotFound},
		{"", "5.1.0 piWs1j0010jifNx01iWsdh authentication rejected", KindAuthFailed},
		{"", "535 auth rejected", KindAuthFailed},
		{"", "550 relaying blocked, read new mail, add 192.0.2.1 to G_RELAY_ALLOW_IP or enable smtp authentication", KindRelayDenied},
		{"", "550 [IP:192.0.2.1] polaczenia z Twojego adresu IP sa zablokowane administracyjnie / mail from your IP address is administratively disabled", KindBlocked},
		{"", "550 Your FROM address (  , someone@example.com ) must match your authenticated email user ( someone@example.com ). Treating this as a spoofed email.", KindSenderRejected},
		{"", "Error: Host name: smtp.example.com, message: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.", KindTimeout},
		{"", "주소를 찾을 수 없음\r\nsomeone@example.com 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.", KindRecipientUnknown},
		{"", "550 eKqgqwhcolWFfeKqgqLWon - <someone@example.com> sender rejected AUP#CDRBL", KindBlocked},
		// What they must not take: a recipient's address disabled, a
		// bad destination mailbox, a refused connection.
		{"", "550 5.2.1 This email address is disabled", KindMailboxDisabled},
		{"", "550 5.1.1 Bad destination mailbox address", KindRecipientUnknown},
		{"", "No connection could be made because the target machine actively refused it", KindConnectionFailed},
	})
}

// TestNoSenderAddressIsTheSenders: a server that refuses a mail with no
// From or sender address refuses the sender, said plainly. The subject
// alone ("from address") names the sender too, but a guess sure enough
// overrules a subject, and one did once the model was rebuilt: the words
// must decide by a rule. A program's own check, with no code, is its
// settings' (TestNoSenderAddressIsTheProgramsCheck).
func TestNoSenderAddressIsTheSenders(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"550 no sender address given", KindSenderRejected, "no sender address"},
		{"550 no from address given", KindSenderRejected, "no from address"},
	})
	// What it must not take: a recipient address missing.
	checkKinds(t, []kindCase{{"", "501 no recipient address", KindSyntaxError}})
}

// TestSubjectRefusedIsTheMessages: a message's Subject refused, for characters in it or for want of one,
// is the message's (policy_rejected), not the command's syntax nor a
// mailbox's state.
func TestSubjectRefusedIsTheMessages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 Subject contains invalid characters", KindPolicyRejected},
		{"", "554 subject line contains illegal characters", KindPolicyRejected},
		{"", "5.2.1 Subject is Mandatory.", KindPolicyRejected},
		{"", "550 5.7.1 Subject is required", KindPolicyRejected},
		{"", "554 empty subject line not accepted", KindPolicyRejected},
		// What it must not take: an address with invalid characters, and
		// a certificate's subject.
		{"", "501 5.1.3 Address contains invalid characters", KindSyntaxError},
		{"", "x509: certificate relies on legacy Common Name field, use SANs instead; no subject alternative names", KindTLSFailed},
	})
}

// TestReviewNineNarrowing: wordings written around this round's terms by a reviewer who had not
// read them (review-9), where a term took a reply a plainer cause should
// decide, and English wordings of the same that were already wrong.
func TestReviewNineNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 4.4.1 Recipient verification failed: backend mailbox server unreachable, try again later", KindServiceUnavailable},
		{"", "550-Verification failed for <ghost@example.com>\n550-Called:   192.0.2.25\n550-Sent:     RCPT TO:<ghost@example.com>\n550-Response: 550 No such user here\n550 Recipient verify failed", KindRecipientUnknown},
		{"", "452 4.7.1 Your account isn't allowed to send more than 500 messages per day", KindRateLimited},
		{"", "452 4.7.1 Your account is not allowed to send more than 500 messages per day", KindRateLimited},
		{"", "454 4.7.0 Falha temporária: o servidor exige autenticação, mas o serviço de autenticação está indisponível", KindAuthFailed},
		{"", "454 4.7.0 Temporary failure: the server requires authentication, but the authentication service is unavailable", KindAuthFailed},
		{"", "530 5.7.0 Il server richiede l'autenticazione su una connessione cifrata: eseguire prima STARTTLS", KindTLSRequired},
		{"", "Le serveur SMTP nécessite une authentification, mais l'authentification a échoué : mot de passe incorrect", KindAuthFailed},
		{"", "550 5.1.1 User doesnt exist in domain example.com", KindRecipientUnknown},
		{"", "550 5.1.1 User doesn't exist in domain example.com", KindRecipientUnknown},
		{"", "550 5.7.1 Relaying blocked for 203.0.113.77: listed on b.barracudacentral.org", KindBlocked},
		{"", "550 5.7.1 Remote sending denied: your IP 203.0.113.5 is listed on a blocklist", KindBlocked},
		{"", "550 5.7.1 Relaying denied for 203.0.113.77: listed on zen.spamhaus.org", KindBlocked},
		{"", "554 5.7.1 Sender OK, but your IP address 198.51.100.88 is not trusted", KindBlocked},
		{"", "554 5.7.1 Client host 203.0.113.4 is not trusted", KindBlocked},
		{"", "504 5.5.4 O servidor não suporta o mecanismo de autenticação PLAIN sem TLS", KindTLSRequired},
		{"", "504 5.5.4 The server does not support the PLAIN authentication mechanism without TLS", KindTLSRequired},
		{"", "email_sender: failed to dial smtp: dial tcp 192.0.2.10:587: connect: connection refused", KindConnectionFailed},
		{"", "550 5.7.1 Sender's server is not trusted: 203.0.113.50 has no reverse DNS", KindBlocked},
		{"", "550 Recipient domain dosnt exist", KindDomainNotFound},
		{"", "Erreur de connexion : échec de la négociation TLS (certificat invalide)", KindTLSFailed},
		// What they must keep.
		{"", "554 5.7.1 <bob@example.org>: Relay access denied", KindRelayDenied},
		{"", "550 5.7.1 Sender address not trusted", KindSenderRejected},
		{"", "550 Recipient verification failed", KindRecipientUnknown},
		{"", "530 5.7.0 Authentication required", KindAuthRequired},
		// (A lookup of the server's name that timed out was kept a
		// timeout here; it is the connection's now, as the Sender judges
		// it: TestClientResolverAsTheSenderJudgesIt.)
	})
}

// TestRoundFromEc6e190TermsDecide holds terms of the round that started at
// ec6e190 each to a wording it decides by its own words, so that a term
// nothing needs shows (checkDecidedBy; 47 of these 48 fail at ec6e190).
func TestRoundFromEc6e190TermsDecide(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"Temporary failure in name resolution", KindConnectionFailed, "temporary failure in name resolution"},
		{"dial tcp: lookup smtp.example.org on 127.0.0.11:53: server misbehaving", KindConnectionFailed, "server misbehaving"},
		{"email_sender: failed to dial smtp: dial tcp: lookup smtp.example.org: no such host", KindConnectionFailed, "dial tcp: lookup"},
		{"[Errno 11001] getaddrinfo failed", KindConnectionFailed, "[errno 11001]"},
		{"java.net.UnknownHostException: smtp.example.com", KindConnectionFailed, "unknownhostexception"},
		{"512 5.1.2 Bad destination system address", KindDomainNotFound, "bad destination system"},
		{"550 Recipient domain dosnt exist", KindDomainNotFound, "domain dosnt exist"},
		{"550 5.7.1 SPFBL you are permanently blocked on this server.", KindBlocked, "you are permanently blocked"},
		{"553 Mailbox name invalid", KindSyntaxError, "mailbox name invalid"},
		{"553 Requested action not taken: mailbox name not allowed", KindSyntaxError, "mailbox name not allowed"},
		{"Recipient verification failed", KindRecipientUnknown, "verification failed"},
		{"553 o remetente não está autorizado", KindSenderRejected, "nao esta autorizad"},
		{"551 O endereço do remetente não é válido para o seu login", KindSenderRejected, "nao e valid"},
		{"550 Sender address not trusted", KindSenderRejected, "not trusted"},
		{"554 5.7.1 Client host 203.0.113.4 is not trusted", KindBlocked, "not trusted"},
		{"550 no sender address given", KindSenderRejected, "no sender address"},
		{"551 Este servidor de email necessita de autenticação antes de enviar", KindAuthRequired, "necessita de autenticacao"},
		{"550 5.7.1 il server richiede l'autenticazione", KindAuthRequired, "richiede l'autenticazione"},
		{"El servidor no admite el tipo de cifrado de conexión", KindTLSFailed, "no admite"},
		{"541 This account isn't allowed to send email", KindSenderRejected, "isn't allowed to send"},
		{"550 Domain example.org doesnt exist", KindDomainNotFound, "doesnt exist"},
		{"550 ambiguous address", KindRecipientUnknown, "ambiguous address"},
		{"550 5.1.1 User doesn't exist in domain example.com", KindRecipientUnknown, "doesn't exist in domain"},
		{"571 Remote sending only allowed with authentication!", KindRelayDenied, "remote sending"},
		{"Error de conexión con el servidor SMTP", KindConnectionFailed, "error de conexion"},
		{"Ação solicitada cancelada – Erro local no processamento", KindServiceUnavailable, "erro local"},
		{"550 5.4.1 identity not verified", KindSenderRejected, "identity not verified"},
		{"421 cmsmtp blocked. AUP#CXCNCT", KindRateLimited, "aup#cxcnct"},
		{"550 5.1.0 <user@example.com> sender rejected. AUP#CDRBL", KindBlocked, "aup#cdrbl"},
		{"<user@example.com> message rejected. AUP#CXSNDR", KindSenderRejected, "aup#cxsndr"},
		{"5.1.0 piWs1j0010jifNx01iWsdh authentication rejected", KindAuthFailed, "authentication rejected"},
		{"Le serveur SMTP nécessite une authentification, mais l'authentification a échoué", KindAuthFailed, "authentification a echoue"},
		{"454 4.7.0 Temporary failure: the server requires authentication, but the authentication service is unavailable", KindAuthFailed, "authentication service is unavailable"},
		{"550 relaying blocked", KindRelayDenied, "relaying blocked"},
		{"550 mail from your IP address is administratively disabled", KindBlocked, "ip address is administratively disabled"},
		{"550 Your FROM address must match your authenticated email user. Treating this as a spoofed email.", KindSenderRejected, "match your authenticated"},
		{"A connection attempt failed because the connected party did not properly respond after a period of time", KindTimeout, "connected party did not properly respond"},
		{"주소를 찾을 수 없음", KindRecipientUnknown, "주소를 찾을 수 없음"},
		{"550 Subject contains invalid characters", KindPolicyRejected, "subject contains"},
		{"5.2.1 Subject is Mandatory.", KindPolicyRejected, "subject is mandatory"},
		{"x509: certificate relies on legacy Common Name field, use SANs instead", KindTLSFailed, "x509:"},
		{"504 5.5.4 The server does not support the PLAIN authentication mechanism without TLS", KindTLSRequired, "without tls"},
		{"530 5.7.0 Il server richiede l'autenticazione su una connessione cifrata: eseguire prima STARTTLS", KindTLSRequired, "prima starttls"},
		{"email_sender: failed to dial smtp: dial tcp 192.0.2.10:587: connect: connection refused", KindConnectionFailed, "failed to dial"},
		{"failed to load DKIM key: x509: decryption password incorrect", KindInvalidConfig, "failed to load dkim key"},
		{"Erreur : échec de la négociation TLS", KindTLSFailed, "echec"},
		{"TLS-Aushandlung mit dem Server nicht möglich", KindTLSFailed, "aushandlung"},
		{"SMTP Hatası: Oturum açılamadı.", KindAuthFailed, "oturum acilamadi"},
	})
}

// TestRoundZ94Families: from the samples of Balkan, carrier-gateway, Latin American and
// Microsoft-translated sources: a service that "is not available", qmail's
// "address must include host name", a client's "mailserver" rejected, a
// Japanese carrier's recipient address not found, and Microsoft 365's
// documented codes for an outbound connection that failed.
func TestRoundZ94Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.2.1 The service is not available and the connection will be closed.", KindServiceUnavailable},
		{"", "Sorry, address must include host name. (#5.1.3)", KindSyntaxError},
		{"", "Sorry, your mailserver [192.0.2.1] is rejected by example.com", KindBlocked},
		{"", "送信先メールアドレスが見つからないか、送信先メールサーバの事由により送信できませんでした。", KindRecipientUnknown},
		{"", "450 4.4.312 DNS query failed", KindDomainNotFound},
		{"", "450 4.4.315 Connection timed out", KindTimeout},
		{"", "450 4.4.317 Cannot connect to remote server", KindConnectionFailed},
		{"", "450 4.4.318 Connection was closed abruptly", KindConnectionFailed},
		{"", "450 4.7.320 Certificate validation failed", KindTLSFailed},
		{"", "450 4.4.315 تم ينتهى وقت الاتصال", KindTimeout},
		// What they must keep.
		{"", "450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]", KindTLSRequired},
		{"", "Sorry, no mailbox here by that name. (#5.1.1)", KindRecipientUnknown},
	})
}

// TestRoundReading: a reading of the whole round's change found terms that
// took wordings a plainer cause should decide; each case below was wrong
// when it was found.
func TestRoundReading(t *testing.T) {
	checkKinds(t, []kindCase{
		// Relaying refused stays relaying unless the client is listed.
		{"", "550 5.7.1 Relaying denied. Your IP is not listed in our allowed networks", KindRelayDenied},
		{"", "550 5.7.1 Relaying denied: domain example.com is not listed in relay domains", KindRelayDenied},
		{"", "553 5.7.1 Relaying denied, see https://example.com/blacklist-faq.html", KindRelayDenied},
		{"", "550 5.7.1 Relaying denied for 203.0.113.77: listed on zen.spamhaus.org", KindBlocked},
		// A login asked for, whatever else is unavailable; only the
		// authentication service unavailable is trouble with it.
		{"", "530 5.7.0 Authentication required. Please try again later", KindAuthRequired},
		{"", "530 5.7.1 Authentication required to submit to the queue", KindAuthRequired},
		{"", "530 5.7.0 Authentication required; relay service not available for unauthenticated users", KindAuthRequired},
		{"", "454 4.7.0 Temporary failure: the server requires authentication, but the authentication service is unavailable", KindAuthFailed},
		// "Not available" in other languages is no more than in English.
		{"", "550 Usuario no disponible", KindRecipientUnknown},
		{"", "550 Casella non disponibile", KindRecipientUnknown},
		{"", "530 Autenticación requerida: servicio no disponible para usuarios no autenticados", KindAuthRequired},
		// Sending to a remote server that refused the connection.
		{"", "451 4.4.1 Error sending to remote server mx.example.com: Connection refused", KindConnectionFailed},
		// Go's x509 errors about keys are a program's settings.
		{"", "dkim: x509: failed to parse private key (use ParsePKCS8PrivateKey instead for this key format)", KindInvalidConfig},
		{"", "failed to load DKIM key: x509: decryption password incorrect", KindInvalidConfig},
		// Retrying without TLS after it failed is TLS that failed.
		{"", "454 4.7.0 TLS negotiation failed, retrying without TLS", KindTLSFailed},
		{"", "STARTTLS failure, sending without TLS", KindTLSFailed},
		// A size is no count of messages.
		{"", "552 5.3.4 Message too big: you cannot send more than 25 MB", KindMessageTooLarge},
		// STARTTLS asked for first, and a login that failed, beside a
		// failure and TLS.
		{"", "530 5.7.0 Echec : vous devez d'abord émettre la commande STARTTLS", KindTLSRequired},
		{"", "Failed: you must issue a STARTTLS command first", KindTLSRequired},
		{"", "535 5.7.8 Échec de l'authentification : utilisez SSL/TLS", KindAuthFailed},
		{"", "535 5.7.8 Authentication failed: use SSL/TLS", KindAuthFailed},
		// Certification is no certificate.
		{"", "550 5.7.1 Sender not verified: domain lacks the required certification", KindSenderRejected},
		// An attachment not trusted is the message's.
		{"", "554 5.7.1 Untrusted attachment type rejected. Client host [192.0.2.1]", KindPolicyRejected},
		// An address that does not exist on a domain is the recipient.
		{"", "550 5.1.1 Address doesnt exist on this domain", KindRecipientUnknown},
		{"", "550 5.1.1 Address doesn't exist on this domain", KindRecipientUnknown},
		// A sender's mailbox name refused is the sender's.
		{"mail", "553 5.1.8 <a@example.com>: Sender address rejected: mailbox name not allowed", KindSenderRejected},
	})
	// A login's or sending account's identity that could not be verified,
	// and a server's address not found, are no unknown recipient.
	checkNotKinds(t, KindRecipientUnknown, "no recipient is named",
		"550 5.7.1 User identity could not be verified, please log in",
		"550 5.7.1 Sending account could not be verified",
		"SMTP 서버 주소를 찾을 수 없습니다")
}

// TestRoundReadingAgain: a second reading, of the narrowing itself, found
// these; each was wrong when it was found.
func TestRoundReadingAgain(t *testing.T) {
	checkKinds(t, []kindCase{
		// .NET words a TLS handshake that failed as an authentication.
		{"", "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection. ---> System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.", KindTLSFailed},
		{"", "Authentication failed: SSL certificate problem: unable to get local issuer certificate", KindTLSFailed},
		// The STARTTLS command named is not STARTTLS asked for first.
		{"", "Le serveur ne prend pas en charge la commande STARTTLS", KindTLSFailed},
		{"", "502 5.5.1 Commande STARTTLS non reconnue", KindSyntaxError},
		// A client listed, in more words, is blocked, relaying or not.
		{"", "550 5.7.1 Relaying denied: your IP address was blacklisted", KindBlocked},
		{"", "554 5.7.1 Relay access denied: client 192.0.2.4 found in DNS blacklist", KindBlocked},
		{"", "550 Relaying denied. 192.0.2.4 appears on a blocklist", KindBlocked},
		// The sender's IP address named beside another cause.
		{"", "421 4.7.0 Demasiadas conexiones desde la dirección IP del remitente", KindRateLimited},
		{"", "552 5.2.2 Postfach voll (IP-Adresse des Absenders 192.0.2.4)", KindMailboxFull},
		// TLS asked for in other languages, without a login named.
		{"", "530 5.7.0 Mensagens sem TLS não são aceitas", KindTLSRequired},
		{"", "554 5.7.0 Zustellung ohne TLS nicht erlaubt, Verbindung getrennt", KindTLSRequired},
		// "Too many" of a sender's own is no rate.
		{"", "553 5.1.7 Sender address invalid: too many @ signs", KindSenderRejected},
		{"", "550 5.7.1 Sender domain rejected: too many complaints from recipients", KindSenderRejected},
		// The server's or service's outage in other languages.
		{"", "450 4.2.1 Casella temporaneamente non disponibile", KindServiceUnavailable},
		{"", "554 Servizio non disponibile", KindServiceUnavailable},
		{"", "Erro: servidor SMTP indisponível", KindServiceUnavailable},
		// An envelope sender that must include a host name is the sender's.
		{"", "553 sorry, your envelope sender must include a host name", KindSenderRejected},
		// Go's x509 errors about a certificate, however they start.
		{"", "x509: cannot verify signature: insecure algorithm SHA1-RSA", KindTLSFailed},
		{"", "x509: unhandled critical extension", KindTLSFailed},
		// A period is not a day suspended.
		{"", "550 You are not allowed to send mail: your account has been suspended for a day", KindSenderRejected},
		// The authentication service unavailable, in more words.
		{"", "454 4.7.0 Authentication required, but authentication service temporarily unavailable", KindAuthFailed},
		// A client not trusted to send a message is still the client.
		{"", "554 5.7.1 Client host 192.0.2.4 is not trusted to send this message", KindBlocked},
	})
}

// TestPHPMailerThaiMessages: PHPMailer's Thai messages (its repository's
// language/phpmailer.lang-th.php, later than the 6.6.3 Debian packages),
// which a sample of Thai sources quoted.
func TestPHPMailerThaiMessages(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "ข้อผิดพลาด SMTP: ไม่สามารถรับรองความถูกต้อง", KindAuthFailed},
		{"", "ข้อผิดพลาด SMTP: ไม่สามารถเชื่อมต่อกับโฮสต์ SMTP:", KindConnectionFailed},
		{"", "ที่อยู่จากต่อไปนี้ล้มเหลว: someone@example.com", KindSenderRejected},
	})
}

// TestRoundZ98Families: families of replies from samples of verifiers'
// issues, CMS plugins' forums, mail libraries' trackers, filters' own
// texts, bounce parsers' fixtures and help desks, which two readers
// labelled alike; each case but the kept ones was wrong when it was
// found.
func TestRoundZ98Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A connection the other side closed, with no code: the connection's.
		{"", "client: Connection closed", KindConnectionFailed},
		{"", "smtp: server closed the connection", KindConnectionFailed},
		{"", "Error: connection closed by the server", KindConnectionFailed},
		// A rate counted per sending IP is still a rate.
		{"", "4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes", KindRateLimited},
		{"", "421 4.7.0 Sender IP rejected: too many messages in the last hour", KindRateLimited},
		// Too many parts of one message is its form, not a rate.
		{"", "Message contained too many MIME parts.  We do not accept such complicated messages.", KindPolicyRejected},
		{"", "552 Too many attachments", KindPolicyRejected},
		{"", "554 Message has too many nested MIME parts", KindPolicyRejected},
		// amavis's banned contents: the message's.
		{"", "554 5.7.0 Reject, id=12345-01 - BANNED: rule #9:application/octet-stream,.exe", KindPolicyRejected},
		{"", "554 5.7.0 Reject, id=42721-01 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,T=exe,N=setup.exe", KindPolicyRejected},
		// The HELO name or the client on a list of domains in URLs is
		// still the client.
		{"", "554 5.7.1 Service unavailable; Helo command [mail.example.com] blocked using multi.uribl.com; Listed on grey", KindBlocked},
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using multi.uribl.com", KindBlocked},
		// RFC 3463's code of a disabled mailbox decides what "not
		// available" leaves open.
		{"", "550 5.2.1 Mailbox not available / Konto niedostepne", KindMailboxDisabled},
		{"", "550 5.2.1 <someone@example.com>: mailbox unavailable", KindMailboxDisabled},
		// A connection refused by a policy refuses the client.
		{"", "Connection rejected by policy [7.3] 38206, please visit https://support.symantec.com/en_US/article.TECH246726.html for more details about this error message.", KindBlocked},
		{"", "554 Connection rejected by policy", KindBlocked},
		// An account's credits used up is its sending quota.
		{"", "451 Authentication failed: Maximum credits exceeded", KindRateLimited},
		{"", "550 Out of credits", KindRateLimited},
		{"", "451 Insufficient credits for this account", KindRateLimited},
		// A server that offers no login.
		{"", "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability", KindAuthFailed},
		{"", "The server does not advertise AUTH", KindAuthFailed},
		// The recipient domain's lookup, however the resolver's reply was
		// malformed.
		{"", "Name service error for name=example.com type=MX: Malformed or unexpected name server reply", KindDomainNotFound},
		// Microsoft's 552 names the message's size first.
		{"", "552 This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.", KindMessageTooLarge},
		// What they must keep.
		{"", "221 5.0.0 Connection closed due to timeout", KindTimeout},
		{"", "421 Connection closed by server. Maximum message count per session reached.", KindRateLimited},
		{"", "Connection refused", KindConnectionFailed},
		{"", "550 Sender IP rejected due to poor reputation", KindBlocked},
		{"", "452 4.5.3 Too many recipients", KindRateLimited},
		{"", "550 You are banned", KindBlocked},
		{"", "554 5.7.1 Message rejected: URL in body blocked using multi.uribl.com", KindPolicyRejected},
		{"", "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown},
		{"", "550 5.1.1 Mailbox unavailable", KindRecipientUnknown},
		{"", "535 5.7.8 Authentication failed", KindAuthFailed},
		{"", "552 5.2.2 Mailbox full", KindMailboxFull},
	})
}

// TestReviewTenNarrowing: a review of the terms TestRoundZ98Families
// added found them deciding wordings a plainer cause should; each case
// was wrong when it was found.
func TestReviewTenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// A connection closed is the client's own word for it: a server's
		// reply that closes it names its reason, and TLS's handshake is
		// TLS's.
		{"", "421 4.3.2 System shutting down, connection closed", KindServiceUnavailable},
		{"", "javax.net.ssl.SSLHandshakeException: Remote host closed connection during handshake", KindTLSFailed},
		// Too many parts is the message's form only when the parts are
		// what there are too many of.
		{"", "421 4.7.0 Too many messages with attachments from your IP, slow down", KindRateLimited},
		// A connection rejected for the server's own trouble is that.
		{"", "421 4.3.2 Connection rejected: server is shutting down", KindServiceUnavailable},
		{"", "421 4.3.2 Connection rejected, system overloaded, please try again later", KindServiceUnavailable},
		// Credits of something else than the sender's account.
		{"", "451 4.3.0 Internal error: licence credits exhausted on the filtering appliance", KindServiceUnavailable},
		{"", "Authentication failed: your account has exceeded its credits", KindRateLimited},
		// A system limit of something else than the message's size.
		{"", "421 4.7.0 Sending rate exceeds the system limit of 100 messages per hour", KindRateLimited},
		{"", "452 4.5.3 Number of recipients exceeds the system limit", KindRateLimited},
		{"", "450 4.7.1 Daily message count exceeds the system limit for your account", KindRateLimited},
		// The sender's address looked up in a URI list is the sender's.
		{"", "554 5.7.1 Service unavailable; Sender address [user@bad.example] blocked using multi.uribl.com", KindSenderRejected},
		// A server that does not support AUTH, contracted.
		{"", "smtp: server doesn't support AUTH", KindAuthFailed},
	})
}

// TestRoundZ104Families: families of replies from samples of self-hosted
// applications' trackers, newer servers' sources, admins' wikis, end
// users' communities, deliverability blogs and universities' help pages
// that two readers, each sure, labelled alike; each case but the kept
// ones was wrong when it was found.
func TestRoundZ104Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// OpenSSL's alerts are TLS's.
		{"", "tlsv1 alert unknown ca", KindTLSFailed},
		{"", "SSL_connect: tlsv1 alert bad certificate", KindTLSFailed},
		{"", "error:14094418:SSL routines:ssl3_read_bytes:tlsv1 alert unknown ca", KindTLSFailed},
		// A program's mail setting named with a value it cannot use.
		{"", "SMTP_FROM '' is not a valid email address", KindInvalidConfig},
		{"", "EMAIL_HOST_USER is not a valid address", KindInvalidConfig},
		// Options of a command that cannot go together: its syntax.
		{"", "553 NOTIFY option NEVER cannot be combined with other options", KindSyntaxError},
		// A volume counted over a past period is a rate.
		{"", "452 4.2.2 more than 3145728000 bytes in past 24h0m0s from your ip/network", KindRateLimited},
		{"", "451 4.7.1 more than 500 messages in the last 24 hours from your account", KindRateLimited},
		// Encryption a sending IP must use is TLS required.
		{"", "5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption", KindTLSRequired},
		// HELO out of order is the session's syntax.
		{"", "550 Mail transactions must start with EHLO/HELO", KindSyntaxError},
		// Recipients to try in another transaction: a count per
		// transaction.
		{"", "452 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.", KindRateLimited},
		// Sending on another's behalf without the permission: the sender.
		{"", "This message could not be sent. Try sending the message again later, or contact your network administrator. You do not have the permission to send the message on behalf of the specified user.", KindSenderRejected},
		// What they must keep.
		{"", "550 5.7.1 Sender IP 192.0.2.1 blocked", KindBlocked},
		{"", "550 5.7.1 Client host rejected: bad HELO", KindBlocked},
		{"", "550 Invalid email address", KindRecipientUnknown},
		{"", "452 4.2.2 Mailbox full", KindMailboxFull},
		{"", "550 5.7.1 You do not have permission to send to this recipient", KindPolicyRejected},
	})
	// The past period decides by its words, not by a guess that learnt
	// the sample's own row.
	checkDecidedBy(t, []decidedBy{
		{"452 4.2.2 more than 3145728000 bytes in past 24h0m0s from your ip/network", KindRateLimited, "in past 24h"},
	})
}

// TestReviewElevenNarrowing: a review of the terms TestRoundZ104Families
// added found them deciding wordings a plainer cause should; each case
// was wrong when it was found.
func TestReviewElevenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// Options that cannot be combined are a command's; other things
		// that cannot be are a filter's or a program's settings.
		{"", "554 5.7.1 Message rejected by content filter: executable attachments cannot be combined with external links", KindPolicyRejected},
		{"", "550 5.7.1 Rule violation: encrypted archives cannot be combined with macro-enabled documents", KindPolicyRejected},
		// Beginning with HELO as a condition of the client is the client's.
		{"", "550 5.7.1 Rejected: clients that start with HELO instead of EHLO are not accepted from dynamic IP ranges", KindBlocked},
		{"", "554 5.7.1 Your mail server must begin with EHLO and have a valid PTR record; 203.0.113.4 has no reverse DNS", KindBlocked},
		// A past period with no volume counted in it.
		{"", "553 5.7.1 Sender domain example.org was created in the past 24 hours and cannot be verified", KindSenderRejected},
		{"", "451 4.3.0 Local error in processing: spool disk filled up in the last hour", KindServiceUnavailable},
		// A transaction's size, or the other recipients to send in
		// another, are not a count of recipients.
		{"", "552 5.3.4 Maximum message size per transaction exceeded", KindMessageTooLarge},
		{"", "554 5.3.4 Data size per transaction exceeded (limit 35 MB)", KindMessageTooLarge},
		{"", "552 5.3.4 Message size exceeds fixed maximum; send large attachments in a separate transaction or use a file-sharing link", KindMessageTooLarge},
		{"", "550 5.1.1 <x@example.com>: Recipient not found; deliver to the valid recipients in a separate transaction", KindRecipientUnknown},
		{"", "552 5.2.2 <bob@example.com>: mailbox over quota; retry the other recipients in a separate transaction", KindMailboxFull},
		{"", "550 5.2.1 <ann@example.org>: account disabled; send to the other recipients in a separate transaction", KindMailboxDisabled},
		// Content that must be encrypted is the message's.
		{"", "550 5.7.1 Message must be encrypted with S/MIME to be accepted by this recipient", KindPolicyRejected},
		{"", "550 5.7.1 Attachments must be encrypted with the company PGP key before sending externally", KindPolicyRejected},
		// A message on behalf of a list or a recipient is not a sender
		// without the permission.
		{"", "550 5.1.1 Unable to deliver message on behalf of the mailing list: recipient <old@example.com> does not exist", KindRecipientUnknown},
		{"", "452 4.2.2 Cannot accept message on behalf of <bob@example.com>: mailbox full", KindMailboxFull},
		{"", "550 5.2.1 Cannot accept message on behalf of <alice@example.com>: account disabled", KindMailboxDisabled},
		{"", "554 5.7.1 Message on behalf of list announce@lists.example.org rejected as spam", KindPolicyRejected},
		{"", "552 5.3.4 Message on behalf of the list exceeds the maximum size of 10 MB", KindMessageTooLarge},
		// TLS a program's setting requires and the server does not offer.
		{"", "smtp_server mail.example.com does not offer STARTTLS, but TLS is required by smtp_tls=yes", KindTLSFailed},
	})
}

// TestDomainLookupForNow: a recipient's domain whose lookup failed for
// now (Sendmail's "Cannot resolve <address> at this time", "temporary
// domain failure") is the domain's, for now; each case was wrong when it
// was found.
func TestDomainLookupForNow(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"451 Cannot resolve <someone@example.com> at this time", KindDomainNotFound, true},
		{"someone@example.com cannot be resolved at this time", KindDomainNotFound, true},
		{"smtp;452 temporary domain failure <example@example.com>", KindDomainNotFound, true},
		// What they must keep.
		{"450 Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1", KindRelayDenied, false},
		{"Invalid HELO/EHLO; Cannot resolve 'mail.example.com', no such domain", KindBlocked, false},
	})
}

// TestRoundZ110Families: families of what programs print when their mail
// fails, from samples of printers', NAS and routers', backup and
// monitoring tools', marketing platforms', business software's and
// telephony systems' users, which two readers labelled alike; each case
// but the kept ones was wrong when it was found.
func TestRoundZ110Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// .NET's certificate refused, in English and Italian: TLS's, not
		// the login the exception's name says.
		{"", "System.Security.Authentication.AuthenticationException: The remote certificate is invalid according to the validation procedure.", KindTLSFailed},
		{"", "Invio email fallito: System.Security.Authentication.AuthenticationException: Il certificato remoto non è stato ritenuto valido dalla procedura di convalida.", KindTLSFailed},
		{"", "An SSL exception occurred. Check connection security type.", KindTLSFailed},
		// A connection a program could not open.
		{"", "Cannot open a connection to the mailserver localhost:25 -- Operation now in progress", KindConnectionFailed},
		// The local mail program missing or unusable: the setup's.
		{"", "/usr/sbin/sendmail: not found", KindInvalidConfig},
		{"", "./alarm-notify.sh: line 888: /usr/bin/sendmail2: No such file or directory", KindInvalidConfig},
		{"", "send-mail: applet not found", KindInvalidConfig},
		{"", "Could not instantiate mail function.", KindInvalidConfig},
		// A program's mail settings missing or wrong, in its own words.
		{"", "Invalid Configuration", KindInvalidConfig},
		{"", "Invalid server name !", KindInvalidConfig},
		{"", "Missing SMTP Server\r\nPlease define at least one SMTP server, or provide the SMTP parameters explicitly.", KindInvalidConfig},
		{"", "An outgoing mail server is not configured to send emails. Please configure an outgoing mail server or select an outgoing mail server for the mail account that is being used.", KindInvalidConfig},
		{"", "No email address defined, not sending email", KindInvalidConfig},
		{"", "You must provide at least one recipient email address.", KindInvalidConfig},
		// PHPMailer's words for a command the server did not accept.
		{"", "SMTP Error: Username not accepted from server", KindAuthFailed},
		{"", "Authentication not accepted from server", KindAuthFailed},
		{"", "STARTTLS not accepted from server", KindTLSFailed},
		// A test message that failed names no cause.
		{"", "Sending Test Mail Failed", KindUnknown},
		// What they must keep.
		{"", "550 Invalid recipient", KindRecipientUnknown},
		{"", "550 Message not accepted: spam", KindPolicyRejected},
		{"", "535 5.7.8 Authentication credentials invalid", KindAuthFailed},
		{"", "connect to smtp.example.com: Connection refused", KindConnectionFailed},
	})
}

// TestReviewTwelveNarrowing: a review of the terms TestRoundZ110Families
// added found them deciding wordings a plainer cause should; each case
// was wrong when it was found.
func TestReviewTwelveNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// A program's settings, not a server's, a login's, a domain's or
		// a certificate's configuration.
		{"", "Authentication unsuccessful: the mail server is not configured to allow SMTP AUTH for this mailbox", KindAuthFailed},
		{"", "Delivery to bob@example.net failed: the recipient domain example.net has an invalid configuration (no MX or A record found)", KindDomainNotFound},
		{"", "The domain example.info is not configured to receive email: its mail server is not configured (null MX)", KindDomainNotFound},
		{"", "TLS handshake failed: the certificate presented has an invalid server name (expected smtp.example.com, got *.hostingco.net)", KindTLSFailed},
		// A remote certificate is TLS's trouble only when it was refused.
		{"", "535 5.7.8 Error: authentication failed: authentication failure (TLS OK, remote certificate verified)", KindAuthFailed},
		// PHPMailer's words, not a login refused for another reason.
		{"", "AUTH not accepted from dynamic IP addresses; use your ISP's mail server", KindBlocked},
		{"", "451 4.7.0 Authentication not accepted: account exceeded its hourly sending limit", KindRateLimited},
		{"", "454 4.7.0 Authentication not accepted: too many connections from your IP, slow down", KindRateLimited},
		{"", "503 5.5.1 AUTH not accepted: already authenticated", KindSyntaxError},
		{"", "530 5.7.0 Mail without STARTTLS not accepted on this port", KindTLSRequired},
		{"", "530 5.7.0 Plaintext sessions not allowed: messages sent without STARTTLS not accepted from external hosts", KindTLSRequired},
		// A server's own trouble opening a connection, and a local
		// delivery to a user unknown.
		{"", "451 4.3.0 Local error in processing: could not open connection to the user database", KindServiceUnavailable},
		{"", "sendmail: local delivery to bob failed: /var/mail/bob: No such file or directory (user unknown)", KindRecipientUnknown},
	})
}

// TestRoundReadingFromD1ebb77: a reading of the whole round's change found
// terms that took wordings a plainer cause should decide; each case was
// wrong when it was found.
func TestRoundReadingFromD1ebb77(t *testing.T) {
	checkKinds(t, []kindCase{
		// Java wraps a socket's failures on a TLS connection in an
		// SSLException: the failure named decides.
		{"", "javax.net.ssl.SSLException: Read timed out", KindTimeout},
		{"", "javax.net.ssl.SSLException: Connection reset", KindConnectionFailed},
		{"", "javax.net.ssl.SSLException: Connection timed out", KindTimeout},
		// 5.2.1 decides only what the words leave open.
		{"", "550 5.2.1 Mailbox unavailable: user unknown", KindRecipientUnknown},
		{"", "550 5.2.1 <bob@example.com>: Mailbox unavailable, recipient does not exist", KindRecipientUnknown},
		// A connection rejected for a reason: the reason.
		{"", "554 5.7.1 Connection rejected: no such user here", KindRecipientUnknown},
		{"", "554 5.7.1 Connection rejected: mailbox disabled", KindMailboxDisabled},
		{"", "550 Connection rejected: domain does not exist", KindDomainNotFound},
		// A directory that cannot resolve an address for now is the
		// server's backend, not the domain.
		{"", "451 4.3.0 Recipient address cannot be resolved at this time (directory server not responding)", KindServiceUnavailable},
		{"", "451 4.3.0 Cannot resolve recipient address at this time: LDAP lookup failed", KindServiceUnavailable},
		// Only a resolver's malformed reply is the lookup's.
		{"", "553 5.1.3 Syntax error in mailbox address: DNS lookup not performed", KindSyntaxError},
		// Only the local mail program itself missing is the setup's.
		{"", "sendmail: postdrop: warning: unable to look up public/pickup: No such file or directory", KindServiceUnavailable},
		// A connection a program could not open, however it says so.
		{"", "Could not open a connection to smtp.example.com", KindConnectionFailed},
		{"", "Unable to open a connection to smtp.example.com", KindConnectionFailed},
	})
}

// TestProgramSettingNotSet: a mail program's own words for a setting it
// was not given ("host not set", "No recipients defined", "Authentication
// info was not provided"), with no code, are its configuration; each case
// was wrong when it was found.
func TestProgramSettingNotSet(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "host not set", KindInvalidConfig},
		{"", "Remote host not set", KindInvalidConfig},
		{"", "SMTP host not set", KindInvalidConfig},
		{"", "$HELOHOST is not set", KindInvalidConfig},
		{"", "No e-mail userid set", KindInvalidConfig},
		{"", "No e-mail password set", KindInvalidConfig},
		{"", "No recipients defined", KindInvalidConfig},
		{"", "No recipients supplied - mail will not be sent", KindInvalidConfig},
		{"", "Authentication info was not provided", KindInvalidConfig},
		{"", "authentication method PLAIN needs a password", KindInvalidConfig},
		{"", "tls_cert_file requires tls_key_file", KindInvalidConfig},
		{"", "No SMTP transport. See info panel.", KindInvalidConfig},
		{"", "No Email credentials found. See info panel.", KindInvalidConfig},
		{"", "No remote hosts listed for delivery", KindInvalidConfig},
		{"", "tls requires either tls_trust_file (highly recommended) or tls_fingerprint or a disabled tls_certcheck", KindInvalidConfig},
		// ssmtp's words for a login the server refused, and msmtp's for a
		// certificate that is not the one pinned.
		{"", "Server didn't like our AUTH LOGIN (535 5.7.8 Error: authentication failed)", KindAuthFailed},
		{"", "Server didn't accept AUTH LOGIN (535 5.7.8 Error: authentication failed)", KindAuthFailed},
		{"", "fingerprints do not match", KindTLSFailed},
		// What they must keep: a server's reply, and a sender refused.
		{"", "550 Recipient not set", KindRecipientUnknown},
		{"", "530 5.7.0 Authentication required", KindAuthRequired},
		{"", "550 No From address", KindSenderRejected},
	})
}

// TestRoundZ122Families holds the families of a fifth batch of samples
// (SMTP server libraries and test servers, web frameworks' mailers,
// hosting panels, desktop clients, developer tools, education systems)
// that the rules had wrong when it was measured, where its collectors and
// a second reader agreed.
func TestRoundZ122Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A connection lost under a program, in its words: the
		// connection's.
		{"", "Unable to read data from the transport connection: net_io_connectionclosed.", KindConnectionFailed},
		{"", "The message could not be sent because the connection to SMTP server mail.example.com was lost in the middle of the transaction. Try again or contact your network administrator.", KindConnectionFailed},
		{"", "An error occurred while sending mail (end of file reached)", KindConnectionFailed},
		{"", "Connection lost", KindConnectionFailed},
		// Exim giving up on hosts that have been failing for a long time:
		// the connection's (its retry time alone stays its own deferral,
		// below).
		{"", "retry time not reached for any host after a long failure period", KindConnectionFailed},
		{"", "all hosts for 'example.com' have been failing for a long time (and retry time not reached)", KindConnectionFailed},
		// A certificate the client could not trust, in Java's words, and
		// a TLS session that could not be set up: TLS's.
		{"", "... java.security.cert.CertPathValidatorException: Trust anchor for certification path not found ...", KindTLSFailed},
		{"", "sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target", KindTLSFailed},
		{"", "Cannot establish SSL session", KindTLSFailed},
		// Windows' words for a connection attempt that timed out, under a
		// URL whose scheme is "ssl://": the timeout's.
		{"", "Connection could not be established with host \"ssl://localhost:9999\": stream_socket_client(): Unable to connect to ssl://localhost:9999 (A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond)", KindTimeout},
		// A mail program's setup that cannot work: the local sendmail
		// missing or called wrong, an empty host, a setting's address Go's
		// net/mail could not parse, a mail server that speaks IMAP, mail
		// not configured at all.
		{"", "spawn sendmail ENOENT", KindInvalidConfig},
		{"", "gomail: could not send email 1: exit status 78", KindInvalidConfig},
		{"", "sendmail: recipients with -t option not supported", KindInvalidConfig},
		{"", "Could not find the host \"\"", KindInvalidConfig},
		{"", "parsing from addresses: mail: missing phrase", KindInvalidConfig},
		{"", "short response: * OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE STARTTLS AUTH=PLAIN] Dovecot ready.", KindInvalidConfig},
		{"", "Email delivery is not configured, and notifications are disabled. \r\nConfigure your SMTP server in config/configuration.yml and restart the application to enable them.", KindInvalidConfig},
		{"", "An SMTP To address is required to send a message", KindInvalidConfig},
		// A login refused by a plugin that says so in its name; commands
		// sent without logging in; logins tried too often (a rate).
		{"", "auth_vpopmail - invalid user", KindAuthFailed},
		{"", "421 Error: too many unauthenticated commands", KindAuthRequired},
		{"", "554 5.7.0 Too many unauthenticated commands.", KindAuthRequired},
		{"", "454 4.7.0 Too many login attempts, please try again later.", KindRateLimited},
		// A site sending too much mail, a client reconnecting too fast: a
		// rate.
		{"", "451 4.4.3 Temporary rejected: Reconnect to fast. Please try again later", KindRateLimited},
		{"", "Web site is sending too much emails [limitlog]: deny / account / someone@example.com", KindRateLimited},
		// Mail that looks unsolicited, whatever period a code it asks for
		// lasts; mail forwarded without SPF or DKIM: the message's.
		{"", "554 5.7.1 Mail (id-12345-67890) appears to be unsolicited, please resend with the code XXXXXXXX appended to email subject and ask to have your sender email whitelisted (the code XXXXXXXX changes each 24 hours)", KindPolicyRejected},
		{"", "Cannot forward emails that are not authenticated. Refer to https://developers.cloudflare.com/email-routing/postmaster/ for more information.", KindPolicyRejected},
		// A virus scanner that could not run: the server's trouble.
		{"", "Unable to scan for viruses", KindServiceUnavailable},
		// A banner that never came: the timeout's.
		{"", "Failed to receive the SMTP banner from the service listening on port 587", KindTimeout},
		// Android's resolver on a name with no address: the connection's,
		// as any lookup of the server's name a program makes.
		{"", "... No address associated with hostname ... android_getaddrinfo failed: EAI_NODATA", KindConnectionFailed},
		// A recipient domain with no MX or A record, whatever its code.
		{"", "550 5.1.1 <someone@example.com> recipient rejected: domain does not have neither a valid MX or A record", KindDomainNotFound},
		// What they must keep.
		{"", "smarthost_transport defer (-53): retry time not reached for any host for 'example.com'", KindServiceUnavailable},
		{"", "retry time not yet reached for any host after a long failure period; message timed out", KindTimeout},
		{"", "550 invalid DNS MX or A/AAAA resource record", KindSenderRejected},
		{"", "Connection could not be established with host smtp.example.com: php_network_getaddresses: getaddrinfo failed: No address associated with hostname", KindConnectionFailed},
		{"", "554 Message contains a virus", KindPolicyRejected},
	})
}

// TestReviewThirteenNarrowing: a review of the terms TestRoundZ122Families
// added found them deciding wordings a plainer cause should; each case
// was wrong when it was found.
func TestReviewThirteenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// A mailbox failing for a long time because it is full is full.
		{"", "552 5.2.2 Deliveries to this mailbox have been failing for a long time: mailbox over quota", KindMailboxFull},
		// A server asking for TLS, or for a client certificate, in the
		// words of a program's failure.
		{"", "530 5.7.0 Please establish TLS before sending MAIL FROM", KindTLSRequired},
		{"", "530 5.7.0 Must establish a TLS session first: issue STARTTLS", KindTLSRequired},
		{"", "530 5.7.0 Client certificate required: present a certificate with a valid certification path", KindAuthRequired},
		{"", "535 5.7.8 Client certificate authentication failed: no certification path to a trusted CA", KindAuthFailed},
		// A login asked for, whatever plugin or words of a message's
		// authentication are named.
		{"", "530 5.7.0 Authentication required (auth_vpopmail)", KindAuthRequired},
		{"", "530 5.7.1 Messages that are not authenticated by SMTP AUTH are not accepted on port 587; log in first", KindAuthRequired},
		{"", "530 5.7.57 Client not authenticated to send mail. Email that is not authenticated cannot be submitted [MAIL FROM]", KindAuthRequired},
		// What could not be scanned, refused for what it is.
		{"", "554 5.7.1 Unable to scan encrypted attachment; message rejected by policy", KindPolicyRejected},
		{"", "552 5.3.4 Unable to scan message: size exceeds maximum of 25 MB", KindMessageTooLarge},
		{"", "554 5.7.1 Message infected with Win.Trojan.Agent-123; could not scan remaining attachments", KindPolicyRejected},
		{"", "550 5.7.1 Cannot scan password-protected archive; attachment rejected", KindPolicyRejected},
		{"", "failed to scan: attachment exceeds size limit of 50 MB", KindMessageTooLarge},
		// A banner that did not come because the connection failed; a
		// connection lost in a .NET frame, or in a TLS handshake.
		{"", "Could not receive the SMTP banner: connection reset by peer", KindConnectionFailed},
		{"", "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.", KindConnectionFailed},
		{"", "Unable to read data from the transport connection: The handshake failed due to an unexpected packet format.", KindTLSFailed},
	})
}

// TestRoundZ128Families holds the families of a sixth batch of samples
// (cloud e-mail services, blocklist operators' pages, home automation,
// identity and federated platforms, Go, Rust and Elixir mail programs,
// scientific and civic software) that the rules had wrong when it was
// measured, where its collectors and a second reader agreed.
func TestRoundZ128Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A program's mail settings that cannot work, in its words.
		{"", "could not split host and port for connect to smtp", KindInvalidConfig},
		{"", "fromAddress missing from config URL", KindInvalidConfig},
		{"", "SMTP not setup.", KindInvalidConfig},
		{"", "*smtp.plainAuth failed: wrong host name", KindInvalidConfig},
		// A socket that failed under a program, and a lookup of the
		// server's name that timed out (the Sender's judgement of a
		// *net.DNSError that is not "not found"): the connection's.
		{"", "SMTP: Failed to write to socket: unknown error", KindConnectionFailed},
		{"", "dial tcp: lookup smtp.example.com: i/o timeout", KindConnectionFailed},
		{"", "dial tcp: lookup smtp.example.com on 8.8.8.8:53: dial udp 8.8.8.8:53: i/o timeout", KindConnectionFailed},
		// A body over a limit is the message's size; headers counted, or a
		// message called unwanted, the message's; bad commands counted,
		// the session's syntax.
		{"", "555 Body size 5001 exceeds limit of 5000 bytes", KindMessageTooLarge},
		{"", "555 Too many headers: 31 (max 30)", KindPolicyRejected},
		{"", "597 we have a reason to believe this message is unwanted here", KindPolicyRejected},
		{"", "421 Exceeded bad SMTP command limit", KindSyntaxError},
		// The sender's domain on a domain blocklist, and recipients not
		// accepting mail from an address: the sender's.
		{"", "550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query", KindSenderRejected},
		{"", "554 5.7.1 Service unavailable; Sender address [someone@example.com] blocked using dbl.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/192.0.2.1/", KindSenderRejected},
		{"", "Your mail to the following recipients could not be delivered because they are not accepting mail from someone@example.com:", KindSenderRejected},
		// A client guessing addresses is blocked.
		{"", "Dictionary attack detected", KindBlocked},
		{"", "550 DICTIONARY ATTACK", KindBlocked},
		// Microsoft's "Server busy" is the server's trouble, whatever
		// address it names.
		{"", "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS843) [someserver.prod.protection.outlook.com]", KindServiceUnavailable},
		// lettre's frame around a code alone.
		{"", "permanent error (535)", KindAuthFailed},
		// What they must keep.
		{"", "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. (S8001)", KindBlocked},
		{"", "Not currently accepting mail from your ip", KindBlocked},
		{"", "dial tcp 192.0.2.1:25: i/o timeout", KindTimeout},
		{"", "550 5.7.1 Message rejected: URL in message listed in multi.uribl.com", KindPolicyRejected},
	})
}

// TestReviewFourteenNarrowing: a review of the terms TestRoundZ128Families
// added found them deciding wordings a plainer cause should; each case
// was wrong when it was found.
func TestReviewFourteenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// A certificate for another name is TLS's, whatever Go's words.
		{"", "tls: failed to verify certificate: x509: certificate is valid for *.mailhost.example, not smtp.example.com: wrong host name", KindTLSFailed},
		// Unwanted mail from a client or an IP, or an address retired.
		{"", "550 5.7.1 Client 203.0.113.9 rejected: source of unwanted mail", KindBlocked},
		{"", "554 5.7.1 Your IP 198.51.100.4 is listed as a source of unwanted email", KindBlocked},
		{"", "550 5.1.1 bob@example.org: user unknown (address retired due to unwanted email)", KindRecipientUnknown},
		// A rate that names a bad command it ignored.
		{"", "421 4.7.0 198.51.100.23 exceeded the rate of 30 messages per minute; bad SMTP command ignored, slow down", KindRateLimited},
		// The sender's domain on a URI list is the sender's; a client's
		// reverse DNS name on the DBL, the client's.
		{"", "554 5.7.1 Sender domain is listed at multi.uribl.com", KindSenderRejected},
		{"", "550 Sender domain listed by multi.surbl.org", KindSenderRejected},
		{"", "550 5.7.1 Client host rejected: reverse DNS name ptr.bad.example listed in dbl.spamhaus.org", KindBlocked},
		// A server accepting mail from no one for now.
		{"", "421 4.3.2 mx.example.org is not accepting mail from anyone at the moment, try again later", KindServiceUnavailable},
		// A user unknown, whatever protection against harvesting is named.
		{"", "550 5.1.1 <nosuch@example.org>: Recipient address rejected: User unknown (dictionary attack protection active)", KindRecipientUnknown},
		{"", "550 5.1.1 User unknown; further unknown recipients will be treated as a directory harvest attack", KindRecipientUnknown},
		{"", "550 5.1.1 No such user here - harvest attack countermeasures in effect", KindRecipientUnknown},
		// And what review-14 found right that the narrowing must keep.
		{"", "550 5.7.1 Message contains a link to a domain in the RHSBL (dbl.spamhaus.org)", KindPolicyRejected},
		{"", "554 5.7.1 Message rejected: URL bad.example in message body is listed in dbl.spamhaus.org", KindPolicyRejected},
	})
}

// TestRoundZ134Families holds the families of a seventh batch of samples
// (workflow engines, backend platforms and headless CMSs, IT service and
// billing applications, CRM platforms, security tools; a smaller batch,
// cut short) that the rules had wrong when it was measured, where its
// collectors and a second reader agreed.
func TestRoundZ134Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A program's mail settings missing or unusable, in its words.
		{"", "{\"code\":\"SYSTEM_PROP_NOT_DEFINED\",\"params\":{\"prop\":\"SMTP_PORT\"}}", KindInvalidConfig},
		{"", "Error sending confirmation email: dial tcp: address http://smtp.gmail.com:587: too many colons in address", KindInvalidConfig},
		{"", "Failed to locate a sendmail executable path.", KindInvalidConfig},
		{"", "Email transport is not enabled in server configuration file!", KindInvalidConfig},
		{"", "Connection could not be established with host [] [php_network_getaddresses: getaddrinfo failed: Name or service not known #0]", KindInvalidConfig},
		{"", "javax.mail.NoSuchProviderException: smtp", KindInvalidConfig},
		{"", "Invalid Outgoing Mail Server or Port", KindInvalidConfig},
		// A timeout written as one word; Java's TLS with no protocol in
		// common; Swift Mailer's empty reply; a service that refused the
		// connection, perhaps offline.
		{"", "timedout while connecting to smtp server", KindTimeout},
		{"", "No appropriate protocol (protocol is disabled or cipher suites are inappropriate)", KindTLSFailed},
		{"", "Expected response code 220 but code \"\", with message \"\"", KindConnectionFailed},
		{"", "The service refused the connection - perhaps it is offline", KindConnectionFailed},
		// A sender the login may not use; MAIL FROM not accepted.
		{"", "554 Sender address not allowed for this authenticated session", KindSenderRejected},
		{"", "Mail from not accepted by server", KindSenderRejected},
		// A request allowed again only after a wait: a rate.
		{"", "For security purposes, you can only request this after 0 seconds.", KindRateLimited},
		// What they must keep.
		{"", "Client host [] blocked using zen.spamhaus.org", KindBlocked},
		{"", "Expected response code 250 but got code \"550\", with message \"550 5.1.1 <a@example.com>: User unknown\"", KindRecipientUnknown},
		{"", "554 5.7.1 Service refused: client host blocked", KindBlocked},
	})
}

// TestPostfixRecipientAccessDenied: Postfix's plain "reject" after
// permit_mynetworks and permit_sasl_authenticated answers an
// unauthenticated client's RCPT with "554 5.7.1 <…>: Recipient address
// rejected: Access denied": a relay the client may not use without
// logging in (nine collectors of samples called it so, most of them from
// relay containers' trackers; seven table rows had called it an unknown
// recipient, three collectors the policy's). Microsoft's 5.4.1 in the
// same words (Directory-Based Edge Blocking) is an unknown recipient.
func TestPostfixRecipientAccessDenied(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 5.7.1 <someone@example.com>: Recipient address rejected: Access denied", KindRelayDenied},
		{"", "5.7.1 <my@email.com>: Recipient address rejected: Access denied", KindRelayDenied},
		{"", "gomail: could not send email 1: 554 5.7.1 <user@example.com>: Recipient address rejected: Access denied", KindRelayDenied},
		// What it must keep.
		{"", "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM10FT001.eop-nam10.prod.protection.outlook.com]", KindRecipientUnknown},
		{"", "550 5.4.1 [user@example.com]: Recipient address rejected: Access denied [example.com]", KindRecipientUnknown},
		{"", "554 5.7.1 <a@example.com>: Recipient address rejected: User unknown in local recipient table", KindRecipientUnknown},
		{"", "554 5.7.1 <unknown[127.0.0.1]>: Client host rejected: Access denied", KindBlocked},
	})
}

// TestRoundReadingFrom7049559: a reading of the whole change since
// 7049559 found terms and rules of this round deciding replies a plainer
// cause should; each case was wrong when it was found.
func TestRoundReadingFrom7049559(t *testing.T) {
	checkKinds(t, []kindCase{
		// A rate or quota for an authenticated session is still a rate.
		{"", "421 4.7.0 Rate limit exceeded for this authenticated session", KindRateLimited},
		{"", "452 4.3.1 Message quota exceeded for this authenticated session", KindRateLimited},
		// A host listed as a source of unsolicited mail is blocked.
		{"", "554 5.7.1 Your host is listed as unsolicited mail source", KindBlocked},
		{"", "550 5.7.1 IP 192.0.2.1 reported as unsolicited bulk email source", KindBlocked},
		// Not accepting mail from hosts without reverse DNS, or from anyone.
		{"", "550 This server is not accepting mail from hosts without reverse DNS", KindBlocked},
		{"", "554 We are not accepting mail from servers without a PTR record", KindBlocked},
		{"", "421 4.3.2 Not accepting mail from anyone at this time", KindServiceUnavailable},
		// A domain named in the message, on a domain list, is the message's.
		{"", "550 5.7.1 Message content rejected: domain bad.example is in the RHSBL", KindPolicyRejected},
		{"", "554 5.7.1 Message body contains a domain listed in dbl.spamhaus.org", KindPolicyRejected},
		// sendmail that could not find a host is not a sendmail missing.
		{"", "sendmail: failed to locate host smtp.example.com", KindDomainNotFound},
		// A scan that found a virus, or a message refused for what could
		// not be scanned.
		{"", "554 5.7.1 Virus found: Eicar-Test-Signature; unable to scan remaining parts", KindPolicyRejected},
		{"", "554 5.7.1 Unable to scan message: archive is corrupt, message rejected", KindPolicyRejected},
		{"", "Unable to scan encrypted archive, message rejected", KindPolicyRejected},
		// A server's words asking to establish TLS first, quoted without
		// their code.
		{"", "Must establish a TLS session first: issue STARTTLS", KindTLSRequired},
		// A login refused with AUTH's 535, whatever it counts.
		{"", "535 5.7.8 Too many login attempts from your IP; account temporarily locked", KindAuthFailed},
		// A lookup of the server's name that said "not found", whatever
		// timeout the program adds.
		{"", "Connection could not be established with host smtp.example.com :stream_socket_client(): php_network_getaddresses: getaddrinfo failed: Name or service not known (connection timed out)", KindConnectionFailed},
		// A banner that did not come because the connection closed; a
		// handshake that timed out.
		{"", "Failed to receive the SMTP banner: connection closed by remote host", KindConnectionFailed},
		{"", "Unable to read data from the transport connection: the handshake timed out", KindTimeout},
		// Only lettre's "permanent error (…)" and "transient error (…)"
		// carry a code: an HTTP API's error does not.
		{"", "Server error (500)", KindServiceUnavailable},
		{"", "HTTP error (502): Bad Gateway", KindUnknown},
		// A TLS handshake that failed, on a URL whose scheme is ssl:// or
		// tls://, is TLS's.
		{"", "Failed to connect to ssl://smtp.example.com:465 (handshake failed)", KindTLSFailed},
		{"", "Failed to connect to tls://smtp.example.com:465: handshake failure", KindTLSFailed},
	})
}

// TestRoundTermsDecideThemselves holds a few of this round's terms to the
// replies they were written for by their evidence: the guess, which learnt
// those replies with the table, would name the same kinds without them.
func TestRoundTermsDecideThemselves(t *testing.T) {
	for _, c := range []struct{ reply, term string }{
		{"550 5.1.1 <someone@example.com> recipient rejected: domain does not have neither a valid MX or A record", "valid mx or a record"},
		{"597 we have a reason to believe this message is unwanted here", "message is unwanted"},
		{"Web site is sending too much emails [limitlog]: deny / account / someone@example.com", "sending too much"},
		{"Unable to read data from the transport connection: net_io_connectionclosed.", "from the transport connection"},
	} {
		if e := Classify("", c.reply); !strings.Contains(e.Evidence, "'"+c.term+"'") {
			t.Errorf("Classify(%q) = %s (%s), want it decided by '%s'", c.reply, e.Kind, e.Evidence, c.term)
		}
	}
}

// TestBothReadersSureOfThisRound holds what both readers of this round's
// samples were sure of and agreed on, that the rules still had wrong at
// its end and the table did not outweigh: base64 the server could not
// decode is the exchange's syntax (five collectors of samples, two known
// misses and both readers of three, each sure, against two table rows that
// called it a failed login); a program's From not set is its configuration; mail from
// the sender's address not accepted is the sender's.
func TestBothReadersSureOfThisRound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "501 Invalid command argument, not a valid Base64 string", KindSyntaxError},
		{"", "523 cipher text is invalid base64 format", KindSyntaxError},
		{"", "501 5.5.2 invalid base64: illegal base64 data at input byte 4 (tQcY-y5_TeS0ToW-Tz6jWQ).", KindSyntaxError},
		{"", "send failed: getting sender address: no FROM address set", KindInvalidConfig},
		{"", "Mail from your address is not accepted. Do you have an account here?", KindSenderRejected},
		// What they must keep.
		{"auth", "535 5.7.8 Error: authentication failed: Invalid base64 data in continued response", KindAuthFailed},
		{"", "550 No From address", KindSenderRejected},
		{"", "550 Mail from your address was rejected as spam", KindPolicyRejected},
	})
}

// TestRoundZ139Families: the families of the eighth batch of samples
// (virtualization and mail-gateway forums, databases' and ERPs' mail,
// notification relays, self-hosted apps, survey and shop software, forum
// software, Windows scripting) that the rules of the day had wrong, in
// their own words and in others'.
func TestRoundZ139Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A setting the program's configuration lacks or holds wrong: a
		// configuration value, a configuration file's line, mail not set
		// up, a sendmail that is not there.
		{"", "The \"SendUsing\" configuration value is invalid.", KindInvalidConfig},
		{"", "The \"smtpserverport\" configuration value is invalid.", KindInvalidConfig},
		{"", "The SMTP server name is required, and was not found in the configuration source", KindInvalidConfig},
		{"", "Sending shared link failed. Email service is not properly configured, please contact administrator", KindInvalidConfig},
		{"", "Mail is not properly configured", KindInvalidConfig},
		{"", "sendmail: /etc/msmtprc: line 6: invalid argument YES for command tls", KindInvalidConfig},
		{"", "msmtp: /home/pi/.msmtprc: line 3: unknown command smtp_host", KindInvalidConfig},
		{"", "Error: [[error:sendmail-not-found]]", KindInvalidConfig},
		// Exchange's submission quota is a sending rate.
		{"", "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException", KindRateLimited},
		{"", "554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception with message Cannot submit message.", KindRateLimited},
		// .NET's connection aborted or closed under a write or a read; its
		// TLS handshake that the server ended.
		{"", "Unable to write data to the transport connection: An established connection was aborted by the software in your host machine.", KindConnectionFailed},
		{"", "Unable to read data from the transport connection: An established connection was aborted by the software in your host machine.", KindConnectionFailed},
		{"", "Authentication failed because the remote party has closed the transport stream", KindTLSFailed},
		{"", "System.Security.Authentication.AuthenticationException: Authentication failed because the remote party has closed the transport stream.", KindTLSFailed},
		{"", "Unable to read data from the transport connection: Authentication failed because the remote party has closed the transport stream.", KindTLSFailed},
		// A sender domain without the records a receiver checks.
		{"", "5.7.1 : Sender address rejected: Configure MX and SPF records to send messages", KindSenderRejected},
		// A recipient domain that cannot receive mail: a single label, a
		// name reserved for examples.
		{"", "Recipient addresses in single label domains not accepted", KindDomainNotFound},
		{"", "550 5.1.5 Recipient address reserved by RFC 2606", KindDomainNotFound},
		// A login the server did not accept.
		{"", "Error: AUTH LOGIN not accepted from server!", KindAuthFailed},
		{"", "Error: Password not accepted from server!", KindAuthFailed},
		// What they must keep.
		{"", "550 5.7.23 The message was rejected because of Sender Policy Framework violation", KindPolicyRejected},
		{"", "Invalid configuration", KindInvalidConfig},
		{"", "550 5.1.1 <a@example.com>: Recipient address rejected: User unknown in local recipient table", KindRecipientUnknown},
		{"", "530 5.7.0 Authentication required", KindAuthRequired},
		{"", "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", KindAuthFailed},
		{"", "421 4.7.0 Try again later, closing connection. (EHLO)", KindServiceUnavailable},
	})
}

// TestRoundZ146Families: what both readers of the ninth batch of samples
// (mailing-list managers, Java platforms, learning and research
// computing, self-hosted newsletters, contact forms and small scripts)
// were sure of and agreed on, and the rules of the day had wrong, in
// their words and in others'.
func TestRoundZ146Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A mailbox holding too much mail, or its disk quota exceeded.
		{"", "Error 01373: User's Disk Quota Exceeded.\r\nSorry, your intended recipient has too much mail stored\r\nin his mailbox.", KindMailboxFull},
		{"", "552 Disk quota exceeded for user someone", KindMailboxFull},
		// An address no longer valid is unknown (an account no longer
		// valid stays disabled).
		{"", "Your message to userx@example.it has reached our local address \r\nuserx@example.it, but this email address is wrong or no longer valid.", KindRecipientUnknown},
		{"", "Old address no longer valid", KindRecipientUnknown},
		{"", "550 This address is no longer valid", KindRecipientUnknown},
		// A list that does not exist.
		{"", "The following address is not a known mailing list:", KindRecipientUnknown},
		{"", "550 5.1.1 <dev@lists.example.org>: not a known mailing list", KindRecipientUnknown},
		// An address unknown, in Japanese and Chinese.
		{"", "550 アドレスが不明なため，メッセージを配送することができません．", KindRecipientUnknown},
		{"", "550 邮件地址未知，您的信息不能被发送。", KindRecipientUnknown},
		// A login required, in a provider's broken English.
		{"", "com.sun.mail.smtp.SMTPSendFailedException: 553 sorry, The sender of local domains must authentication", KindAuthRequired},
		{"", "553 sorry, must authentication", KindAuthRequired},
		// A connection shunned: the client's.
		{"", "javax.mail.MessagingException: 554 Shunned connection - only the QUIT command will be accepted.", KindBlocked},
		{"", "554 Shunned connection", KindBlocked},
		// A message over a list's maximum size; one in a character set
		// the recipient does not take; a From: header of several
		// addresses; spam in PHPMailer's frame of a server error.
		{"", "Your message could not be sent because its size (%1 kB) was over the maximum size (%2 kB) allowed on this list.", KindMessageTooLarge},
		{"", "The user does not accept email in non-Western (non-Latin) character sets.", KindPolicyRejected},
		{"", "550-5.7.1 [192.0.2.1      13] Messages with multiple addresses in From:\r\n550 5.7.1 header are not accepted. v17si21707689wro.198 - gsmtp", KindPolicyRejected},
		{"", "SMTP server error: DATA END command failed Detail: 3jhwtMREjkhQK Spam Rejected SMTP code: 550 Additional SMTP info: 5.2.0", KindPolicyRejected},
		// Yahoo's user without an account of its domain, whatever the
		// domain (a row of the table was right only by the guess).
		{"", "smtp;554 delivery error: dd This user doesn’t have a btopenworld.com account [0] - mta839.mail.ukl.yahoo.com", KindRecipientUnknown},
		{"", "554 delivery error: dd This user doesn't have a ymail.com account", KindRecipientUnknown},
		// What they must keep.
		{"", "550 5.2.1 Account is no longer valid", KindMailboxDisabled},
		{"", "550 5.1.3 Address no longer valid: the account tom@example.com has been deactivated", KindMailboxDisabled},
		{"", "421 4.7.0 Too much mail from your IP, slow down", KindRateLimited},
		{"", "552 5.3.4 Message size exceeds fixed maximum message size", KindMessageTooLarge},
		{"", "SMTP server error: MAIL FROM command failed Detail: Relay access denied SMTP code: 554", KindRelayDenied},
		{"", "550 5.7.1 Sender address rejected: not owned by user someone@example.com", KindSenderRejected},
	})
}

// TestRoundZ151Families: what both readers of the tenth batch of samples
// (game-server panels, association software, project-management tools;
// a small batch, cut short) were sure of and agreed on, and the rules of
// the day had wrong.
func TestRoundZ151Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// PHP's stream_socket_client() names no client; the connection it
		// could not make is the connection's.
		{"", "Connection could not be established with host one.postbox.mx :stream_socket_client(): Unable to connect to tcp://one.postbox.mx:587 (Connection refused)", KindConnectionFailed},
		{"", "Connection could not be established with host mail.example.org :stream_socket_client(): Unable to connect to tcp://mail.example.org:25 (Connection refused)", KindConnectionFailed},
		// Strato's reference ("155302::1746872527-…") is no IPv6 address:
		// an IPv6 group has at most four hex digits.
		{"", "550 5.7.1 Refused by local policy. No SPAM please! (B-EX 155302::1746872527-DA5A4E5B-9B48BD03/20/8334951246) see https://www.strato-hosting.co.uk/faq/product/why-are-my-emails-not-being-delivered/", KindPolicyRejected},
		// A program's mail settings in its words: a URL setting's
		// protocol, a setting to set, a mailer's options of the wrong type.
		{"", "Email protocol in $MAIL_URL ('smtps://username@gmail.com:password!@smtp.gmail.com:465') must be 'smtp' or 'smtps'", KindInvalidConfig},
		{"", "(Mail not sent; to enable sending, set the MAIL_URL environment variable.)", KindInvalidConfig},
		{"", "Usage Exception: Mailer configuration (\"smtp-mailer\") specifies invalid options for mailer: Parameter 'port' has invalid type. Expected type 'int', got type 'string'.", KindInvalidConfig},
		// What they must keep.
		{"", "554 5.7.1 Service unavailable; Client host [2001:db8::1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "550 5.7.1 Message from 2a01:4f8:c0c:1234::1 rejected: listed at bl.example", KindBlocked},
		{"", "Connection could not be established with host \"127.0.0.1:25\": stream_socket_client(): Unable to connect to 127.0.0.1:25 (Connection refused)", KindConnectionFailed},
		{"", "554 5.7.1 Client host rejected: Access denied", KindBlocked},
	})
}

// TestRoundReadingFromCf56e5c: a reading of the whole change since
// cf56e5c found terms, a frame and a guess of this round deciding replies
// wrongly that cf56e5c's rules had right, or plainly overreaching; each
// case was wrong when it was found.
func TestRoundReadingFromCf56e5c(t *testing.T) {
	checkKinds(t, []kindCase{
		// An address no longer valid beside an account closed, terminated
		// or no longer active is the account's; a sending IP's is the
		// client's.
		{"", "550 5.2.1 Account closed: this address is no longer valid", KindMailboxDisabled},
		{"", "550 5.2.1 Account terminated, address no longer valid", KindMailboxDisabled},
		{"", "550 5.2.1 The email account that you tried to reach is no longer active; address no longer valid", KindMailboxDisabled},
		{"", "550 5.7.1 The sending IP address is no longer valid for this domain", KindBlocked},
		// DMARC, SPF or DKIM failures that advise checking MX and SPF records
		// stay the message's.
		{"", "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Check your domain's MX and SPF records.", KindPolicyRejected},
		{"", "550 5.7.23 SPF check failed for example.com: please verify your MX and SPF records", KindPolicyRejected},
		{"", "550 5.7.1 Email rejected: DKIM signature missing. Verify your MX and SPF and DKIM records", KindPolicyRejected},
		// Other things than a message over a maximum size.
		{"", "552 5.2.2 Mailbox was over the maximum size allowed", KindMailboxFull},
		{"", "500 5.5.2 Line was over the maximum size", KindSyntaxError},
		{"", "452 4.5.3 Recipient list was over the maximum size", KindRateLimited},
		{"", "452 4.3.1 Queue was over the maximum size, try again later", KindServiceUnavailable},
		// Non-Latin character sets of a mailbox name, a local part, a sender.
		{"", "553 5.6.7 Mailbox name in a non-Latin character set requires SMTPUTF8", KindSyntaxError},
		{"", "550 5.1.1 Unknown user: local part in non-Latin character set", KindRecipientUnknown},
		{"", "501 5.1.7 Sender address uses a non-Latin character set", KindSenderRejected},
		// PHPMailer's frame with a code the parser must read: a 421 or 451
		// is the server's trouble, for now.
		{"", "SMTP server error: MAIL FROM command failed SMTP code: 421", KindServiceUnavailable},
		{"", "SMTP server error: RCPT TO command failed Detail: Service closing transmission channel SMTP code: 421", KindServiceUnavailable},
		{"", "SMTP server error: DATA END command failed SMTP code: 421", KindServiceUnavailable},
		{"", "SMTP server error: MAIL FROM command failed Detail: Requested action aborted: error in processing SMTP code: 451", KindServiceUnavailable},
		{"", "SMTP Error: data not accepted. SMTP server error: DATA END command failed Detail: Requested action aborted: error in processing SMTP code: 451", KindServiceUnavailable},
		// A Go program's own mention of TLS before a refused dial.
		{"", "Connection unsuccessful: Failed to open TLS connection. dial tcp 203.0.113.5:465: connect: connection refused", KindConnectionFailed},
		{"", "failed to dial smtp server with TLS: dial tcp 203.0.113.5:587: connect: network is unreachable", KindConnectionFailed},
		// JavaMail's exceptions named alone tell their cause.
		{"", "javax.mail.AuthenticationFailedException", KindAuthFailed},
		{"", "javax.net.ssl.SSLHandshakeException", KindTLSFailed},
		{"", "java.net.SocketTimeoutException", KindTimeout},
		// msmtp finding no authentication method it can use.
		{"", "cannot find a usable authentication method", KindAuthFailed},
		// A service of a remote server not properly configured is its
		// trouble. (The reading's other cases went back to what cf56e5c
		// said with the narrowing: Japanese and Chinese words for an
		// address are no subject alone, so a sender's or an IP's address
		// is no unknown recipient, though nothing names its cause either;
		// "not a known mailing list subscriber" and a virus scanner "not
		// properly configured" are the policy's again; "Account blocked:
		// address no longer valid" is an unknown recipient, as "address no
		// longer valid" is for both readers of a sample, not the account's;
		// and review-16's five wordings of several addresses in From: are
		// the policy's, against the reading's 501 5.5.4 of a MAIL FROM.)
		{"", "Remote mail server's service is not properly configured; try again later", KindServiceUnavailable},
	})
}

// TestKnownMissesReadAgain: a second reader read every known miss blind
// at the round's end; these families are where it was sure, named the
// table's kind, and the rules still had another, each case seen failing.
func TestKnownMissesReadAgain(t *testing.T) {
	checkKinds(t, []kindCase{
		// DATA content at its maximum length: the message's size.
		{"", "510 The length of DATA content is achieved the maximum threshold", KindMessageTooLarge},
		{"", "557 The length of DATA content is achieved the maximum threshold", KindMessageTooLarge},
		// A message without its Sender: header: the message's headers,
		// not the envelope sender. (A From: header missing stays the
		// sender's, as the table and TestConcepts have it, against the
		// reader and two known misses.)
		{"", "554 5.6.0 Missing Sender header field", KindPolicyRejected},
		// TLS needed before the session goes on.
		{"", "503 Bad sequence of commands (TLS needed for this session)", KindTLSRequired},
		{"", "503 5.7.1 Hello [192.0.2.1], Plaintext password authentication must be run under SSL/TLS", KindTLSRequired},
		// A destination not reached within the queue's time: the
		// connection's, not the server's queue.
		{"", "Your message was not delivered because the destination computer was not reachable within the allowed queue period.", KindConnectionFailed},
		// What they must keep.
		{"", "552 5.3.4 Message size exceeds fixed maximum message size", KindMessageTooLarge},
		{"", "553 5.7.1 <a@example.com>: Sender address rejected: not owned by user b@example.com", KindSenderRejected},
		{"", "503 5.5.1 Bad sequence of commands", KindSyntaxError},
		{"", "452 4.3.1 Insufficient system storage: queue full", KindServiceUnavailable},
		{"", "535 5.7.8 Username and Password not accepted", KindAuthFailed},
	})
}

// TestRoundZ154Families: what both readers of the eleventh batch of
// samples (mobile mail apps, network appliances' alert mail, older
// enterprise servers, code forges and CI, bounce parsers' corpora,
// hosting companies, cloud platforms, monitoring tools) agreed on, most of
// it sure, and the rules of the day had wrong.
func TestRoundZ154Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A reply of several lines flattened into one, as logs and pastes
		// do: the continuation lines' codes inside the text are not words.
		{"", "550-5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. Learn more at 550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError j15-20020a056a00234f00b0057a8accf94dsi11536503pfj.261 - gsmtp", KindBlocked},
		{"", "[203.0.113.2] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550-5.7.1 service provider instead. Learn more at 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError h1si7104782plt.44 - gsmtp", KindBlocked},
		// A program that could not reach, write to or hear from its
		// server: the connection's.
		{"", "The connection to the outgoing server failed", KindConnectionFailed},
		{"", "it was not possible to send data to the SMTP server", KindConnectionFailed},
		{"", "it was not possible to send a line to the SMTP server", KindConnectionFailed},
		{"", "notification/ssmailutils.cpp (1065) Failed to write smtp command.", KindConnectionFailed},
		{"", "cannot get initial OK message from server", KindConnectionFailed},
		{"", "554 could not connect and send the mail to 192.0.2.1", KindConnectionFailed},
		{"", "sendmail: Cannot open mailhub:25", KindConnectionFailed},
		{"", "Errno::EINVAL (Invalid argument - connect(2) for \"calendar.ivpress.com\" port 587)", KindConnectionFailed},
		{"", "-3 socket could not be created", KindConnectionFailed},
		{"", "420 TCP Write Error", KindConnectionFailed},
		{"", "420 TCP Read Error", KindConnectionFailed},
		// A server whose identity the client cannot verify, a STARTTLS the
		// client requires and the server does not offer: TLS failed.
		{"", "Cannot Verify Server Identity", KindTLSFailed},
		{"", "STARTTLS required but the mail server doesn't support it", KindTLSFailed},
		// The POP3 login before SMTP.
		{"", "POP3 authentication user was not accepted:", KindPOPFailed},
		{"", "POP3 authentication password was not accepted:", KindPOPFailed},
		{"", "POP3 authentication server greeting was not found", KindPOPFailed},
		{"", "You must use stronger authentication such as AUTH or APOP to connect to this server", KindPOPFailed},
		// A program's own settings.
		{"", "SMTP port is not configured", KindInvalidConfig},
		{"", "plugin is not configured. please provide plugin settings.", KindInvalidConfig},
		{"", "Notification has email recipients and is triggered, but email transport  is not configured. No from address specified for email transport.", KindInvalidConfig},
		{"", "Global configuration for SMTP not found", KindInvalidConfig},
		{"", "/etc/ssmtp/ssmtp.conf not found", KindInvalidConfig},
		{"", "No mail servers are defined -- please see the 'set mailserver' statement in the manual", KindInvalidConfig},
		{"", "could not determine the SMTP to connect", KindInvalidConfig},
		{"", "can't determine local email address", KindInvalidConfig},
		{"", "gomail: could not send email 1: address localhost: missing port in address", KindInvalidConfig},
		{"", "ArgumentError: wrong authentication type false", KindInvalidConfig},
		{"", "/usr/sbin/sendmail: unrecognized option: F", KindInvalidConfig},
		{"", "failed to connect, no password specified?", KindInvalidConfig},
		{"", "no recipients found", KindInvalidConfig},
		{"", "No recipient addresses", KindInvalidConfig},
		{"", "envelope-from address is missing", KindInvalidConfig},
		{"", "Sending email is disabled", KindInvalidConfig},
		// Logins.
		{"", "cannot use a secure authentication method", KindAuthFailed},
		{"", "User is authenticated but not connected", KindAuthFailed},
		{"", "530 5.5.1", KindAuthRequired},
		// A message too large, said of the message.
		{"", "523 – Size limit exceeded. Your email is too large to be processed by the recipient's server.", KindMessageTooLarge},
		// Bluehost's "SMTP 421 (…)".
		{"", "SMTP 421 (Server Temporarily Not Available)", KindServiceUnavailable},
		// A sender refused for what a callout to its own server said.
		{"", "4.1.7 <trac@getwindmill.com>: Sender address rejected: undeliverable address: host mx.ipower.com[192.0.2.1] said: 550 5.1.1 <trac@getwindmill.com> recipient rejected (in reply to RCPT TO command)", KindSenderRejected},
		// Control characters or white space in an address: its syntax.
		{"", "InvalidParameterValue - Local address contains control or whitespace", KindSyntaxError},
		{"", "HTTP/1.1 400 Bad Request - Domain contains control or whitespace (InvalidParameterValue)", KindSyntaxError},
		// A platform's sending quota.
		{"", "The API call mail.Send() required more quota than is available.", KindRateLimited},
		// What the expiry quotes decides: a recipient's domain that does
		// not resolve is the domain's; the server's own name that a
		// program could not resolve is the connection's.
		{"", "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for obviosly.typoed.domain>", KindDomainNotFound},
		{"", "The remote name could not be resolved: 'smtp2.accenturefederal.com'", KindConnectionFailed},
		{"", "The IP address of specified SMTP server cannot be resolved", KindConnectionFailed},
		// What they must keep.
		{"", "550 This system is not configured to relay mail from <a@example.com> to <b@example.org> for 192.0.2.1", KindRelayDenied},
		{"", "554 sorry, you must get POP/APOP authorization.", KindRelayDenied},
		{"", "552 5.2.2 Mailbox size limit exceeded", KindMailboxFull},
		{"", "550 5.1.1 <a@example.com>: Recipient address rejected: undeliverable address: host mx.example.com said: 550 5.1.1 user unknown", KindRecipientUnknown},
		{"", "550 5.4.317 Message expired, cannot connect to remote server", KindConnectionFailed},
		{"", "4.4.7 Message expired", KindTimeout},
		{"", "550-5.7.1 [192.0.2.1] Our system has detected that this message is likely unsolicited mail. 550 5.7.1 To reduce the amount of spam sent to Gmail", KindPolicyRejected},
		{"", "Connection timed out", KindTimeout},
		{"", "550 5.2.1 Mailbox disabled", KindMailboxDisabled},
		{"", "Your account has been disabled", KindMailboxDisabled},
	})
}

// TestFlattenedContinuationIsNoReplyStart: a continuation line's code
// that follows a word inside a flattened reply does not start the reply
// (only what follows it would then be read).
func TestFlattenedContinuationIsNoReplyStart(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and 550-5.7.1 authentication.", KindBlocked},
		{"", "Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and 550-5.7.1 authentication. (VPS)", KindBlocked},
		// A bounce's preface still starts one.
		{"", "host mx.example.com[192.0.2.1] said: 550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 Please try double-checking the recipient's email address", KindRecipientUnknown},
		{"", "SMTP error from remote mail server after RCPT TO:<a@example.com>: 550-5.7.1 [192.0.2.1] Our system has detected an unusual rate of 550-5.7.1 unsolicited mail originating from your IP address.", KindBlocked},
	})
}

// TestReviewEighteenNarrowing: wordings review-18 wrote around this
// round's terms that the terms as first written decided wrongly, each
// seen failing; the terms are narrowed to what they were for.
func TestReviewEighteenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		// A POP3 login that worked does not make a relay refusal the POP
		// check's.
		{"", "POP3 authentication OK; 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)", KindRelayDenied},
		// STARTTLS required and not yet given by the client: required.
		{"", "530 5.7.0 STARTTLS required but not yet issued by client", KindTLSRequired},
		{"", "451 4.7.0 STARTTLS required but client did not issue it", KindTLSRequired},
		// A mailbox's quota that a message would exceed is the mailbox's.
		{"", "552 5.2.2 Delivering this message would use more quota than is available in the recipient's mailbox", KindMailboxFull},
		{"", "452 4.2.2 <kim@example.com>: mailbox would use more quota than is available", KindMailboxFull},
		// Control characters in a header or a file name: the content's.
		{"", "550 5.7.1 Message rejected by content policy: Subject header contains control or whitespace characters that are not permitted", KindPolicyRejected},
		{"", "550 5.7.1 Rejected by policy: attachment file name contains control or whitespace characters", KindPolicyRejected},
		// A sending host's identity unverified for want of a PTR record is
		// the client's.
		{"", "550 5.7.1 Unable to verify server identity of sending host 203.0.113.9: no PTR record", KindBlocked},
		// ssmtp's configuration file missing is its settings'.
		{"", "sSMTP: Could not open mailhub configuration /etc/ssmtp/ssmtp.conf: No such file or directory", KindInvalidConfig},
		// What they are for.
		{"", "STARTTLS required but the mail server doesn't support it", KindTLSFailed},
		{"", "The API call mail.Send() required more quota than is available.", KindRateLimited},
		{"", "InvalidParameterValue - Local address contains control or whitespace", KindSyntaxError},
		{"", "Cannot Verify Server Identity", KindTLSFailed},
		{"", "sendmail: Cannot open mailhub:25", KindConnectionFailed},
		{"", "cannot use a secure authentication method", KindAuthFailed},
		{"", "POP3 authentication password was not accepted:", KindPOPFailed},
	})
}

// TestRoundZ162Families: what both readers of the twelfth batch of
// samples (self-hosted chat and collaboration software, Microsoft's
// reporting and automation products, classic bug trackers, invoicing
// software; a batch cut short) agreed on and the rules of the day had
// wrong.
func TestRoundZ162Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// PEAR's Net_SMTP frames a step that failed around the last reply
		// it got, a success: the step failed, not the server.
		{"", "authentication failure [SMTP: STARTTLS failed (code: 220, response: Ready to start TLS)]", KindTLSFailed},
		{"", "authentication failure [SMTP: STARTTLS failed (code: 220, response: 2.0.0 SMTP server ready)]", KindTLSFailed},
		// nodemailer's STARTTLS upgrade that failed.
		{"", "MailError: Error: Error upgrading connection with STARTTLS: 554 5.7.3 Unable to initialize security subsystem", KindTLSFailed},
		// A secure connection that could not be made, a mail server that
		// could not be reached, credentials to check: Dynamics 365's
		// mailbox alerts, whatever they say of the mailbox after.
		{"", "Email cannot be received for the mailbox because an error occurred while establishing a secure connection to the email server. The mailbox has been disabled for receiving email and the owner of the email server profile has been notified.", KindTLSFailed},
		{"", "An error occurred in sending email for the mailbox <Mailbox Name> \"Your mailbox is now connected to Dynamics 365\" while connecting to the email server. The owner of the associated email server profile <Mailbox Name> has been notified. The system will try to send email again later.\r\nEmail Server Error Code:  Web server returned ConnectFailure exception.", KindConnectionFailed},
		{"", "Email cannot be sent/received because the credentials specified in the associated email server profile are incorrect or have insufficient permissions for sending/receiving email. The mailbox <Mailbox Name> has been disabled for sending/receiving email and the owner of the email server profile <Email Server Profile name> has been notified.", KindAuthFailed},
		{"", "The email message \"Test Message\" cannot be sent. Make sure that the credentials specified in the mailbox <Mailbox Name> are correct and have sufficient permissions for sending email. Then, enable the mailbox for email processing.\r\nEmail Server Error Code: Http server returned 401 Unauthorized exception.", KindAuthFailed},
		// The system's words for a connection that timed out, in German.
		{"", "Warning: The ticket has been created, but an error occurred while sending notifications: 110 Die Wartezeit für die Verbindung ist abgelaufen", KindTimeout},
		// A setting left unset, sending not enabled.
		{"", "An SMTP username was set (EMAIL_HOST_USER), but password is unset (EMAIL_HOST_PASSWORD).", KindInvalidConfig},
		{"", "Email sending not enabled", KindInvalidConfig},
		// A client listed as an open spam relay is blocked.
		{"", "Open spam relay - see http://www.mail-abuse.org/rss", KindBlocked},
		// A From a program was given that it cannot use (PHPMailer's
		// "(From)", Cacti's), an address setting left empty (JavaMail's
		// "``''"): its settings.
		{"", "Invalid address:  (From): Cacti@localhost", KindInvalidConfig},
		{"", "Bad email address format. Invalid from email address Cacti@localhost", KindInvalidConfig},
		{"", "javax.mail.internet.AddressException: Illegal address in string ``''", KindInvalidConfig},
		{"", "org.apache.commons.mail.EmailException: javax.mail.internet.AddressException: Illegal address in string ``''", KindInvalidConfig},
		{"", "javax.mail.internet.AddressException: Illegal address in string ``bob@@example.com''", KindSyntaxError},
		// What they must keep.
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
		{"", "454 4.7.0 TLS not available due to local problem", KindTLSFailed},
		{"", "250 2.0.0 Ok: queued as 12345", KindUnknown},
	})
}

// TestRoundReadingFrom305412e: a reading of the whole change since
// 305412e found replies the new parsing or terms decided worse (in kind
// or in whether the failure is temporary) than 305412e's rules; each was
// wrong when it was found. Most are replies of several lines flattened
// into one whose first code is lost or follows other words: the
// continuation line's code is the reply's, and the whole line its text.
func TestRoundReadingFrom305412e(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"[192.0.2.1] Our system has detected an unusual rate of 421-4.7.0 unsolicited mail originating from your IP address. To protect our 421-4.7.0 users from spam, mail sent from your IP address has been temporarily 421-4.7.0 rate limited. Please visit 421-4.7.0 https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 4.7.0 review our Bulk Email Senders Guidelines. a1si123.45 - gsmtp", KindBlocked, true},
		{"The email account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp a1si123.45 - gsmtp", KindMailboxFull, true},
		{"Server replied 452-4.2.2 The email account that you tried to reach is over quota.", KindMailboxFull, true},
		{"发送失败，服务器返回： 452-4.2.2 The email account that you tried to reach is over quota. Please direct 452-4.2.2 the recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp - gsmtp", KindMailboxFull, true},
		{"This target address is not our MX service 550-5.7.1 client, nor you are connecting from address 550-5.7.1 that is allowed to openly use us to relay 550-5.7.1 to any arbitrary address thru us. 550 5.7.1 We don't accept this recipient: <user@example.com>", KindRelayDenied, false},
		{"[192.0.2.1] Our system has detected an unusual rate 550-5.7.1 of unsolicited mail originating from your IP address. To protect our 550-5.7.1 users from spam, mail sent from your IP address has been blocked. 550-5.7.1 Please visit 550-5.7.1 https://support.google.com/mail/?p=UnsolicitedIPError to review our 550 5.7.1 Bulk Email Senders Guidelines. a1si123.45 - gsmtp", KindBlocked, false},
		{"Daily user sending limit exceeded. For more information on Gmail 550-5.4.5 sending limits go to 550 5.4.5 https://support.google.com/a/answer/166852 a1si123.45 - gsmtp", KindRateLimited, false},
		{"[2023-10-02 10:15:01] ERROR send failed 550-5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. 550 5.7.1 https://support.google.com/mail/?p=NotAuthorizedError - gsmtp", KindBlocked, false},
		{"Delivery failed 550-5.7.1 This message was blocked because its content presents a potential security issue. 550 5.7.1 https://support.google.com/mail/?p=BlockedMessage - gsmtp", KindPolicyRejected, false},
		{"10:15:01 421-4.7.0 [192.0.2.1] Our system has detected that this message is suspicious due to the very low reputation of the sending IP address. 421 4.7.0 https://support.google.com/mail/answer/188131 a1si123.45 - gsmtp", KindBlocked, true},
		{"Server replied 501-5.7.0 Authentication required. Please authenticate with CRAM MD5 or AUTH Login. 501 5.7.0 see http://support.socketlabs.com/kb/81 for more information.", KindAuthRequired, false},
		{"Remote server said… 452-4.2.2 The email account that you tried to reach is over quota.", KindMailboxFull, true},
		{"4.10.23 09:14 Mail delivery failed: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown, false},
		{"5.3.24 10:15 Zustellung fehlgeschlagen: 452 4.2.2 Mailbox full", KindMailboxFull, true},
		{"5.0.0 <bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.2.1 Requested action not taken (in reply to RCPT TO command)", KindMailboxDisabled, false},
		{"530 5.7.0 STARTTLS required but the client did not issue STARTTLS", KindTLSRequired, false},
		// TLS required is never worth retrying, whatever the class of its
		// code (README: not retried).
		{"451 4.7.0 STARTTLS required but the connection is not yet encrypted", KindTLSRequired, false},
		{"530 5.7.0 Please perform POP3 authentication before sending mail", KindAuthRequired, false},
		{"530 Authentication required: POP3 authentication must precede SMTP", KindAuthRequired, false},
		{"530 5.7.0 Must use a secure authentication method such as STARTTLS", KindTLSRequired, false},
		{"552 5.2.2 Mailbox full: this message is too large for the space left in the recipient's mailbox", KindMailboxFull, false},
	})
}

// TestServerNameNotFoundIsTheConnections: a program's own resolver that
// does not find the name of the server it was told to use is the
// connection's failure (the table of kinds: "dial refused, DNS
// failure"), permanent when the name does not exist (trying again does
// not make it exist) and temporary when the lookup itself failed for
// now; every blind reader of the samples labelled it so. A bounce about
// the recipient's host or domain stays the domain's.
func TestServerNameNotFoundIsTheConnections(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"[Errno -2] Name or service not known", KindConnectionFailed, false},
		{"gaierror: [Errno -2] Name or service not known", KindConnectionFailed, false},
		{"could not resolve host \"smtp.example.com\"", KindConnectionFailed, false},
		{"Unable to resolve host", KindConnectionFailed, false},
		{"email_sender: failed to dial smtp: dial tcp: lookup smtp.example.org: no such host", KindConnectionFailed, false},
		{"Error: getaddrinfo ENOTFOUND stmp.daum.net", KindConnectionFailed, false},
		{"[Errno 11001] getaddrinfo failed", KindConnectionFailed, false},
		{"The remote name could not be resolved: 'smtp2.example.com'", KindConnectionFailed, false},
		{"Unknown SMTP host: smtp.example.com", KindConnectionFailed, false},
		{"The IP address of specified SMTP server cannot be resolved", KindConnectionFailed, false},
		{"No address associated with hostname ... android_getaddrinfo failed: EAI_NODATA", KindConnectionFailed, false},
		{"Connection could not be established with host \"smtp.example.com:25\": stream_socket_client(): php_network_getaddresses: getaddrinfo for smtp.example.com failed: Name or service not known", KindConnectionFailed, false},
		{"getaddrinfo: Temporary failure in name resolution", KindConnectionFailed, true},
		{"dial tcp: lookup smtp.example.org on 127.0.0.53:53: read udp 127.0.0.1:4711->127.0.0.53:53: i/o timeout", KindConnectionFailed, true},
		// More libraries' words for the same (msmtp, .NET and MailKit,
		// Rust, Python's EAI_NODATA, Go's dial tcp4, Erlang's gen_smtp,
		// GLib).
		{"msmtp: cannot locate host smtp.example.com: Name or service not known\nmsmtp: could not send mail (account default from /etc/msmtprc)", KindConnectionFailed, false},
		{"MailKit.Net.Smtp.SmtpClient.ConnectAsync: System.Net.Sockets.SocketException (11001): No such host is known.", KindConnectionFailed, false},
		{"Connection error: failed to lookup address information: Name or service not known", KindConnectionFailed, false},
		{"failed to send mail: [Errno -5] No address associated with hostname", KindConnectionFailed, false},
		{"dial tcp4: lookup smtp.example.com on 127.0.0.11:53: no such host", KindConnectionFailed, false},
		{"There was a problem sending the email through SMTP.\n\nThe error is :retries_exceeded\n\nMore detail below:\n\n{:network_failure, 'smtp.example.com', {:error, :nxdomain}}", KindConnectionFailed, false},
		{"Error resolving “smtp.example.com”: Name or service not known", KindConnectionFailed, false},
		// The recipient's host or domain, in a bounce (Haraka's own MX
		// lookup: Node's ENOTFOUND without getaddrinfo; a Go server's or
		// verifier's lookup of an MX; macOS's words after Postfix's
		// "[host]:").
		{"[dest.example.com]: Name or service not known", KindDomainNotFound, false},
		{"all MXs returned transient failures (last: Could not dial: dial tcp: lookup mx.example.com on 127.0.0.53:53: no such host)", KindDomainNotFound, false},
		{"Mail server does not exist : dial tcp: lookup mx.example.com.: no such host", KindDomainNotFound, false},
		{"<bob@example.com>: [dest.example.com]: nodename nor servname provided, or not known", KindDomainNotFound, false},
		{"DNS lookup failure: queryMx ENOTFOUND example.invalid", KindDomainNotFound, false},
		{"unable to look up host mx.example.com: Name or service not known", KindDomainNotFound, false},
		{"Host or domain name not found. Name service error for name=example.com type=MX: Host not found", KindDomainNotFound, false},
		{"550 5.1.2 <a@example.com>: Recipient address rejected: Domain not found", KindDomainNotFound, false},
	})
}

// TestRoundZ166Families holds the families of the replies of the round
// from 6951ac8 that the rules of the day got wrong and two readers, each
// labelling blind, named alike: programs' and servers' words for a
// connection that failed, a sender domain's null MX, a recipient domain
// the DNS does not know, the HELO of an address literal, and
// greylisting's bare reply.
func TestRoundZ166Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// A connection closed, failed or not made, in programs' words and
		// Exchange's.
		{"4.4.318 Connection was closed abruptly (SuspiciousRemoteServerError)", KindConnectionFailed, true},
		{"Error SMTP(): Connection with server fail", KindConnectionFailed, true},
		{"550 connect EADDRNOTAVAIL 192.0.2.1:443 - Local (192.0.2.1:0); If you need help, forward this email to support@example.net. Please note we are an email service provider and most likely not your intended recipient.", KindConnectionFailed, false},
		{"Error: Invalid greeting. response=+OK Dovecot ready.: +OK Dovecot ready.", KindConnectionFailed, true},
		// RFC 7505's code for a sender whose domain has a null MX: the
		// sender's (5.1.10 is the recipient's domain).
		{"550 5.7.27 Null MX: example.com does not send mail", KindSenderRejected, false},
		// Exchange's words for a recipient domain the DNS does not know.
		{"The destination server for this recipient could not be found in Domain Name Service (DNS). Please verify the email address and retry. If that fails, contact your administrator.\r\n<mx.example.net #5.4.0>", KindDomainNotFound, false},
		// An address literal said in HELO where a name must be: the
		// client's introduction.
		{"550 [192.0.2.1] is not a fully qualified domain name (\"FQDN\")", KindBlocked, false},
		// "Try again later" with 4.7.1 and nothing else: the reply of
		// greylisting filters (milter-greylist's, among others); with a
		// cause said, the cause.
		{"451 4.7.1 Try again later", KindGreylisted, true},
		{"451 4.7.1 Please try again later", KindGreylisted, true},
		{"smtp;451 4.7.1 Try again later", KindGreylisted, true},
		{"451 4.7.1 Service unavailable - try again later", KindServiceUnavailable, true},
		{"421 4.7.0 Try again later, closing connection. (EHLO)", KindServiceUnavailable, true},
		{"451 4.3.0 Try again later", KindServiceUnavailable, true},
		// A message over the size limit in RFC 5321's words for 552, with
		// the code that says the message is too big; Exchange's folder
		// item limit is a full mailbox.
		{"552 5.3.4 Requested mail action aborted: exceeded storage allocation (10485760)", KindMessageTooLarge, false},
		{"554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing.", KindMailboxFull, false},
		// What they must keep.
		{"552 Requested mail action aborted: exceeded storage allocation", KindMailboxFull, false},
		{"4.4.316 Connection refused", KindConnectionFailed, true},
		{"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", KindRecipientUnknown, false},
		{"554 5.7.27 sender address has null MX", KindSenderRejected, false},
		{"556 5.1.10 Recipient address has null MX", KindDomainNotFound, false},
	})
}

// TestRoundZ173Families holds the families of the second group of replies
// measured at 6951ac8 that two blind readers named alike: the SPF
// project's explanation and amavis's bad header (the message's), a
// temporary lookup that failed (the server's, whatever list it looked
// in), a recipient a callout could not verify, and a dial-up HELO.
func TestRoundZ173Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"550 5.7.1 <someone@example.com>: Recipient address rejected: Message rejected due to: domain owner discourages use of this host. Please see http://www.openspf.net/Why?s=helo;id=mail.example.us;ip=192.0.2.1;r=someone@example.com", KindPolicyRejected, false},
		{"554 5.6.3 Reject, id=12345-01 - BAD HEADER: nonencoded 8-bit character", KindPolicyRejected, false},
		{"451 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org", KindServiceUnavailable, true},
		{"451 4.3.0 <someone@example.com>: Temporary lookup failure", KindServiceUnavailable, true},
		{"550 recipient verify failure", KindRecipientUnknown, false},
		{"Helo is ADSL or DIAL (HELO was host.example.net) and your ip 192.0.2.1 not is a MX/SPF of domain <example.com>", KindBlocked, false},
		// The British spelling of a sender not authorised.
		{"550-Unauthorised Envelope Sender.\r\n550-Imperial College addresses may only send via approved College e-mail\r\n550 services. Please visit ICT web-site or contact ICT for more details.", KindSenderRejected, false},
		// What they must keep.
		{"550 5.7.1 <someone@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.", KindPolicyRejected, false},
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked, false},
		{"550 Sender verify failed", KindSenderRejected, false},
		{"535 5.7.8 Error: authentication failed: Password expired", KindAuthFailed, false},
		{"550 5.2.1 Account expired", KindMailboxDisabled, false},
	})
}

// TestReviewNineteenNarrowing holds review-19's wordings that the terms
// fitted on the replies measured at 6951ac8 got wrong as first written:
// a temporary lookup that failed beside an address said not to exist,
// an eight-bit conversion or file name, a dial-up range asked to log in
// or to relay, a host name absent from the DNS said of the client, a
// bad header of an HTTP reply; an expired password of a recipient's
// account and "sans" of a directory made those terms go.
func TestReviewNineteenNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "450 4.1.1 <tom@example.com>: Recipient address rejected: User unknown (temporary lookup failure)", KindRecipientUnknown},
		{"", "450 4.1.2 <x@nodomain.example>: Recipient address rejected: Domain not found (temporary lookup failure)", KindDomainNotFound},
		{"", "450 4.1.8 <info@newdomain.example>: Sender address rejected: Domain not found (temporary lookup error)", KindSenderRejected},
		{"", "451 4.3.0 Eight-bit MIME conversion failed: local error in processing", KindServiceUnavailable},
		{"", "552 5.3.4 Message too big after eight-bit to 7-bit conversion, size limit is 10485760", KindMessageTooLarge},
		{"", "452 4.5.3 Too many recipients for ADSL/dial-up accounts, maximum is 20", KindRateLimited},
		{"", "530 5.7.0 ADSL or dial-up customers must authenticate before sending", KindAuthRequired},
		{"", "554 5.7.1 Relaying denied for ADSL or dial-up users without authentication", KindRelayDenied},
		{"", "550 5.7.25 Your IP address 203.0.113.80 could not be found in domain name service (no PTR record)", KindBlocked},
		{"", "550 5.1.1 User jdoe not listed in sans.edu directory", KindRecipientUnknown},
		{"", "550 5.2.1 Recipient account is locked (password expired)", KindMailboxDisabled},
		{"", "HTTP API error 401: bad header 'Authorization: Bearer' - invalid API key", KindAuthFailed},
		// What they are for.
		{"", "451 Temporary lookup failure of 192.0.2.1 at zen.spamhaus.org", KindServiceUnavailable},
		{"", "554 Eight bit data not allowed", KindSyntaxError},
		{"", "Helo is ADSL or DIAL (HELO was host.example.net) and your ip 192.0.2.1 not is a MX/SPF of domain <example.com>", KindBlocked},
		{"", "550 5.7.1 HELO [10.0.0.23] rejected: fully qualified domain name required", KindBlocked},
	})
}

// TestReviewTwentyNarrowing holds review-20's wordings that the terms
// fitted on the samples measured at 5362dc3 got wrong as first written:
// "hits=" of a rate counter or beside a cause the filter let through, a
// connection not allowed past a limit, a null recipient the server did
// not accept.
func TestReviewTwentyNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 Connection not allowed: maximum 10 connections per host exceeded", KindRateLimited},
		{"", "421 4.7.0 Rate limit exceeded for 203.0.113.5: hits=150 limit=100 per 60s", KindRateLimited},
		{"", "421 4.7.0 [ratelimit] hits=31 max=30 window=1m: too many connections", KindRateLimited},
		{"", "450 4.7.1 Too many messages from this sender (hits=502 in the last hour), slow down", KindRateLimited},
		{"", "501 5.1.3 RCPT TO:<> rejected: the server did not accept the empty address as a recipient", KindSyntaxError},
		{"", "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (scanned: hits=0.3 required=5.0)", KindRecipientUnknown},
		{"", "552 5.2.2 Mailbox over quota for carol@example.com (spam check passed, hits=1.2 required=5.0)", KindMailboxFull},
		// What they are for.
		{"", "Rejected: hits=7.5 required=5.0 trigger=5.0", KindPolicyRejected},
		{"", "554 5.7.1 example.com Connection not authorized", KindBlocked},
	})
}

// TestReviewTwentyOneNarrowing holds review-21's wordings that the
// terms fitted on the round's last samples got wrong as first written:
// "confirmed spam" said of a client, its network or its complaints, a
// date in the past said of an account's expiry, "not a user of" said of
// the sender.
func TestReviewTwentyOneNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "421 4.7.0 Too many confirmed spam complaints from your IP address, deferred", KindBlocked},
		{"", "550 5.2.1 <jdoe@example.com>: account expired (expiry has a date in the past)", KindMailboxDisabled},
		{"", "550 5.7.1 Connection from confirmed spammer 192.0.2.44 rejected", KindBlocked},
		{"", "554 5.7.1 rejected: go away, your network 203.0.113.0/24 is a confirmed spam haven", KindBlocked},
		// What they are for.
		{"", "Your email has a date in the future. Fix your system clock and try again.", KindPolicyRejected},
		{"", "not user of this server", KindRecipientUnknown},
	})
}

// TestRoundReadingFrom5362dc3 holds what a reading of the round's change
// found: "malformed" said of a login's answer, user name or token (only
// AUTH input the server could not read is the client's syntax), a
// connection refused for want of TLS, "limited" as in restricted, a
// local part shortened with "..." before its "@".
func TestRoundReadingFrom5362dc3(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "454 4.7.0 Authentication server returned a malformed response, try again later", KindAuthFailed},
		{"", "535 5.7.8 Login: malformed username, use the full email address", KindAuthFailed},
		{"", "535 5.7.8 XOAUTH2 authentication: malformed bearer token", KindAuthFailed},
		{"", "554 5.7.1 Connection denied: SMTP access limited to customers on our network", KindBlocked},
		{"", "554 5.7.1 Connection rejected: geographic restrictions; connections limited to US and Canada", KindBlocked},
		{"", "Domain example.com is not allowed to send: account limited, please contact support", KindSenderRejected},
		{"", "550 5.7.1 Your account is not allowed to send: account limited due to unusual activity", KindSenderRejected},
		{"", "550 5.1.1 <quota...@example.com>: Recipient address rejected", KindRecipientUnknown},
		{"", "The response from the remote server was:\n550 5.1.1 <junkm...@example.com>: Recipient address rejected", KindRecipientUnknown},
		// What it must keep: AUTH input malformed, with a code of syntax
		// (the basic code, or only the enhanced one).
		{"", "501 5.5.4 Malformed AUTH input (argument required)", KindSyntaxError},
		{"", "504 5.5.4 Malformed AUTH argument", KindSyntaxError},
		{"", "550 someone@example.com...User unknow", KindRecipientUnknown},
	})
}

// TestRoundReadingFrom6951ac8 holds what a reading of the round's change
// found: nodemailer's "Invalid greeting" before the greeting it got (the
// greeting decides, so the term went), a temporary lookup failure at a
// list whose name says "blocklist", and greylisting's reply in a
// bounce's frame.
func TestRoundReadingFrom6951ac8(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"Invalid greeting. response=421 Service not available, closing transmission channel: 421 Service not available, closing transmission channel", KindServiceUnavailable, true},
		{"Invalid greeting from server:\n421 4.3.2 Service shutting down", KindServiceUnavailable, true},
		{"Invalid greeting from server:\n554 5.7.1 [192.0.2.1] denied by local rules", KindBlocked, false},
		{"451 Temporary lookup failure of 192.0.2.1 at bl.blocklist.de", KindServiceUnavailable, true},
		{"451 Temporary lookup failure of 192.0.2.1 at blacklist.woody.ch", KindServiceUnavailable, true},
		{"host mx.example.net[192.0.2.1] said: 451 4.7.1 Try again later (in reply to end of DATA command)", KindGreylisted, true},
		{"host mx.example.net[192.0.2.1] said: 451 4.7.1 Try again later (in reply to RCPT TO command)", KindGreylisted, true},
		// What it must keep.
		{"host mx.example.net[192.0.2.1] said: 451 4.7.1 Try again later (in reply to RCPT TO command) for the third time", KindServiceUnavailable, true},
		{"550 5.7.1 192.0.2.1 is listed in bl.blocklist.de", KindBlocked, false},
	})
}

// TestRoundZ178Families holds the families of the replies measured at
// e959c14 (qmail's patches and forks, less common MTAs) that two blind
// readers, each sure, named alike: qmail-smtpd's login process that would
// not start or crashed, an AUTH type refused, a From that is not the
// login's, a command too long, and a forged or masqueraded sender.
func TestRoundZ178Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"454 unable to start authentication process. (#4.3.0)", KindAuthFailed, true},
		{"454 authentication process crashed (#4.3.0)", KindAuthFailed, true},
		{"504 auth type invalid (#5.5.1)", KindAuthFailed, false},
		{"503 from and auth not the same (#5.5.1)", KindSenderRejected, false},
		{"553 sorry, the given command is too long! (#5.5.2)", KindSyntaxError, false},
		{"553 sorry, this MTA does not accept masquerading/forging, auth <someone@example.com> #5.7.1", KindSenderRejected, false},
		{"451 temporary RBL lookup error", KindServiceUnavailable, true},
		// What they must keep.
		{"504 5.7.4 Unrecognized authentication type", KindAuthFailed, false},
		{"552 5.3.4 Message is too long", KindMessageTooLarge, false},
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked, false},
	})
}

// TestRoundZ182Families holds the families of a round's samples (log
// analysers' fixtures, personal notes, non-English pastes, outage
// reports) that two blind readers named alike.
func TestRoundZ182Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// SpamAssassin's verdict, as a filter quotes it.
		{"Rejected: hits=7.5 required=5.0 trigger=5.0", KindPolicyRejected, false},
		{"550 Message rejected: score=12.1 required=5.0", KindPolicyRejected, false},
		// "unknown" as some servers spell it.
		{"550 someone@example.com...User unknow", KindRecipientUnknown, false},
		// sendmail's "..." after an address ends it, even without a space.
		{"450 someone@example.com...Greylisted", KindGreylisted, true},
		// Exchange Online's NDR, without a word for the mailbox.
		{"Your message to someone@example.com couldn't be delivered.\r\nfirstname.lastname wasn't found at example.com.", KindRecipientUnknown, false},
		{"firstname.lastname wasn’t found at example.com.", KindRecipientUnknown, false},
		// Coremail's refusal of the envelope sender.
		{"552 mail from invalid.", KindSenderRejected, false},
		// A sender whose own MX refused the null sender of a callout.
		{"550 5.7.1 <someone@example.com>... recipient denied, because MX 10 mail.example.com.' [192.0.2.1] for <someone@example.com> did not accept the empty address, <>, as required by RFC 821, 1123, 2505, and 2821", KindSenderRejected, false},
		// A connection (the client) not authorized is a block.
		{"554 5.7.1 example.com Connection not authorized", KindBlocked, false},
		// AUTH input the server could not read is the client's syntax,
		// as an undecodable base64 is; a login refused stays the login's.
		{"501 5.5.4 Malformed AUTH input (argument required)", KindSyntaxError, false},
		{"501 malformed auth input (#5.5.4)", KindSyntaxError, false},
		{"535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed, false},
		// Mailgun's "not allowed to send" with a limit reached is the rate.
		{"Domain mail.example.com is not allowed to send: recipient limit exceeded, try again after Mon, 25 Aug 2025 07:00:31 UTC", KindRateLimited, true},
		{"421 Domain example.com is not allowed to send: Free accounts are for test purposes only.", KindSenderRejected, true},
		// What they must keep.
		{"550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in local recipient table", KindRecipientUnknown, false},
		{"552 5.2.2 Mailbox full", KindMailboxFull, false},
		{"421 4.7.0 Try again later, closing connection. (MAIL) - gsmtp", KindServiceUnavailable, true},
	})
}

// TestRoundZ195Families holds the families of the samples measured at
// 5362dc3 (groupware trackers, Asian providers' tables, configurations'
// own reject texts) that two blind readers named alike.
func TestRoundZ195Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// A host the program could not reach.
		{"[Status: Error, Address: <someone@example.com>, ResponseCode 421, , Host not reachable.]", KindConnectionFailed, true},
		{"Host is not reachable", KindConnectionFailed, true},
		// A Date header the filter would not take is the message's.
		{"Your email has a date in the future. Fix your system clock and try again.", KindPolicyRejected, false},
		{"Your email has a date from the past. Fix your system clock and try again.", KindPolicyRejected, false},
		// Not a user of the server.
		{"not user of this server", KindRecipientUnknown, false},
		// A domain whose DNS answer was malformed: the address's domain,
		// not the client's syntax.
		{"450 4.1.8 <someone@example.com>: Sender address rejected: Malformed DNS server reply", KindSenderRejected, true},
		{"450 4.1.2 <someone@example.com>: Recipient address rejected: Malformed DNS server reply", KindDomainNotFound, true},
		// Greylisting's words with its enhanced code, the basic code left out.
		{"4.7.1 Try again later", KindGreylisted, true},
		// Outgoing mail sent to a server's MX instead of its submission
		// service (maddy's words at RCPT): not relayed for this client.
		{"501 5.1.8 Use Submission for outgoing SMTP (msg ID = aa4237d4)", KindRelayDenied, false},
		{"Use Submission for outgoing SMTP", KindRelayDenied, false},
		// What they must keep.
		{"501 5.5.4 Malformed address: <someone@example>", KindSyntaxError, false},
		{"4.7.1 Service unavailable - try again later", KindServiceUnavailable, true},
	})
}

// TestRoundZ198Families holds the families that the samples Z198 to Z204
// (change logs, testing tools, sending services' event fixtures,
// translated catalogues, small languages' SMTP libraries, archiving and
// shops' issues) showed missing, on replies both readers were sure of.
func TestRoundZ198Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// A mailbox over its quota, and a message over a size, in the
		// languages of a delivery agent's and a list manager's catalogues.
		{"%s: пользователь превысил квоту на размер почтового ящика", KindMailboxFull, false},
		{"%s: przekroczono limit rozmiaru skrzynki pocztowej tego odbiorcy", KindMailboxFull, false},
		{"Die Nachricht konnte nicht versendet werden, da ihre Größe (%1 kB) die auf dieser Liste maximal erlaubte Größe (%2 kB) überschreitet.", KindMessageTooLarge, false},
		{"No se ha podido enviar tu mensaje porque su tamaño (%1 kB) superaba el tamaño máximo (%2 kB) permitido para esta lista.", KindMessageTooLarge, false},
		{"Не удалось доставить ваше сообщение, так как его размер (%1 кБ) превысил максимальный размер, допустимый в этой рассылке (%2 кБ).", KindMessageTooLarge, false},
		// No such user; an address that is no known list.
		{"%s: kein solcher Benutzer", KindRecipientUnknown, false},
		{"Następujący adres nie jest znaną listą mailingową:", KindRecipientUnknown, false},
		// A virus found, in Russian.
		{"Антивирусная программа обнаружила вирус %1 в сообщении, адресованном %2 и возможно, что оно ваше (От: %3).", KindPolicyRejected, false},
		// A list that takes posts from its subscribers only refuses the
		// sender's address: the fix is to send from a subscribed one.
		{"Nachrichtenverteilung auf dieser Liste ist auf Abonnenten beschränkt.", KindSenderRejected, false},
		{"La diffusion de messages dans la liste est réservée aux abonnés.", KindSenderRejected, false},
		{"Отправка сообщений в эту рассылку разрешена только её подписчикам.", KindSenderRejected, false},
		{"这张邮件列表的邮件发行仅限邮件列表订阅者。", KindSenderRejected, false},
		{"Sorry, only subscribers may post. If you are a subscriber, please forward this message to list-owner@example.org to get your new address included.", KindSenderRejected, false},
		// A list that takes no multipart messages: the message's.
		{"Mensagens multipart não são permitidas nesta lista.", KindPolicyRejected, false},
		{"このリストではマルチパートのメッセージは受け付けません。", KindPolicyRejected, false},
		{"Многокомпонентные сообщения в этой рассылке запрещены.", KindPolicyRejected, false},
		// A list's address that must be in To or Cc, in French.
		{"550 L'adresse de la liste doit figurer dans le champ À ou Cc", KindPolicyRejected, false},
		// The server's own scanners or processes failing: its trouble.
		{"ALL VIRUS SCANNERS FAILED", KindServiceUnavailable, true},
		{"NO VIRUS SCANNERS AVAILABLE", KindServiceUnavailable, true},
		{"451 SMTP-MAIL: lost child: No child processes", KindServiceUnavailable, true},
		// A connection the program could not make or read from.
		{"[ERROR] Child with pid 12345 terminating, can not connect", KindConnectionFailed, true},
		{"Could not read from smtp.example.com", KindConnectionFailed, true},
		// TLS a client asked for and could not have.
		{"STARTTLS was required but the server did not issue a STARTTLS command.", KindTLSFailed, false},
		{"STARTTLS is required but not offered by the server", KindTLSFailed, false},
		{"PHP Warning:  fsockopen(): Failed to enable crypto", KindTLSFailed, false},
		{"450 4.4.317 Cannot connect to remote server [Message=UntrustedRoot]", KindTLSFailed, true},
		// What they must keep.
		{"could not read message file", KindServiceUnavailable, true},
		{"530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired, false},
		{"451 4.5.0 Virus scanner failure", KindServiceUnavailable, true},
		{"554 5.7.1 Virus found in message", KindPolicyRejected, false},
		{"552 5.2.2 Over quota", KindMailboxFull, false},
	})
}

// TestReviewTwentyTwoNarrowing: review-22 wrote 100 wordings around the
// terms TestRoundZ198Families brought; these are the ones the terms as
// first written turned wrong, or left wrong in a new way, and what
// narrowed them.
func TestReviewTwentyTwoNarrowing(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// Only TLS "required but not offered" is TLS's.
		{"SMTPUTF8 is required but not offered by the server", KindSyntaxError, false},
		// A limit or quota of sending named beside a mailbox or user is
		// the sender's rate, not a full mailbox.
		{"450 4.7.1 Przekroczono dzienny limit wysyłanych wiadomości z tej skrzynki", KindRateLimited, true},
		{"450 4.7.1 Das Postfach übersteigt das stündliche Versandlimit", KindRateLimited, true},
		{"451 4.7.1 Квота на отправку писем для пользователя sales@example.ru исчерпана, повторите позже", KindRateLimited, true},
		{"550 5.7.1 Превышена квота на отправку сообщений", KindRateLimited, false},
		// The server's virus scanner unavailable, in Russian.
		{"451 4.3.0 Ошибка проверки на вирусы: антивирусный сканер недоступен", KindServiceUnavailable, true},
		// A word in an address whose domain is in another script: once
		// "вирус" alone decided; the virus is named in phrases now
		// (TestRoundReadingFromC5e396f). Address scanning stays ASCII's.
		{"553 5.1.8 Домен отправителя не существует: <info@вирус-нет.рф>", KindSenderRejected, false},
		// Kin the review found the terms missed.
		{"550 このメーリングリストはマルチパートメッセージを受け付けません", KindPolicyRejected, false},
		{"553 5.7.1 Envoi réservé aux abonnés de la liste", KindSenderRejected, false},
		{"550 5.7.1 Posting to this list is restricted to members; you are not a member", KindSenderRejected, false},
	})
}

// TestRoundReadingFromC5e396f holds what a reading of the change from
// c5e396f found: a Cyrillic term is found inside a word (word starts are
// ASCII's), so "вирус" took the server's own antivirus for a virus; a
// bare Russian quota was a full mailbox whatever it limited; "adres"
// made Polish and Dutch syntax, sender and IP refusals a recipient's;
// "kein solcher" and "nie jest znan" took Windows' "no such host is
// known" for an unknown recipient; a message's size over a mailbox's
// limit was read as a full mailbox; and the narrowing of "could not
// read from" and "was required but the server" is kept.
func TestRoundReadingFromC5e396f(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"451 4.3.0 Антивирусный сканер недоступен", KindServiceUnavailable, true},
		{"421 4.3.2 Служба антивирусной проверки временно недоступна", KindServiceUnavailable, true},
		{"550 5.1.1 Пользователь не найден. Письмо проверено антивирусом Kaspersky", KindRecipientUnknown, false},
		{"550 5.4.5 Превышена суточная квота на отправку писем", KindRateLimited, false},
		{"452 4.5.3 Превышена квота на число получателей в письме", KindRateLimited, true},
		{"450 4.7.0 Превышена квота на отправку писем", KindRateLimited, true},
		{"550 5.4.5 Przekroczono dzienny limit wysyłania wiadomości z tej skrzynki", KindRateLimited, false},
		{"552 Die Nachrichtengröße überschreitet das Limit für dieses Postfach", KindMessageTooLarge, false},
		{"552 Размер сообщения превышает допустимый для ящика получателя", KindMessageTooLarge, false},
		{"501 5.1.3 Nieprawidłowy adres", KindSyntaxError, false},
		{"553 5.1.3 Ongeldig adres", KindSyntaxError, false},
		{"554 Twój adres IP 192.0.2.1 jest zablokowany", KindBlocked, false},
		{"Kein solcher Host ist bekannt.", KindConnectionFailed, false},                                    // as English "No such host is known"
		{"Nie można połączyć się z serwerem SMTP: Taki host nie jest znany.", KindConnectionFailed, false}, // as English "No such host is known"
		{"Could not read from stdin", KindServiceUnavailable, true},
		{"Authentication was required but the server does not support AUTH", KindAuthFailed, false},
		// What the round's terms are for, kept.
		{"%s: пользователь превысил квоту на размер почтового ящика", KindMailboxFull, false},
		{"Антивирусная программа обнаружила вирус %1 в сообщении, адресованном %2 и возможно, что оно ваше (От: %3).", KindPolicyRejected, false},
	})
}

// TestRoundZ205Families holds the families that the samples Z205 to Z210
// (manuals, the tools of SPF, DKIM, DMARC and DANE, bulk senders'
// requirements, container mail servers, enterprise applications and
// technical blogs) showed missing, on replies both readers were sure of.
func TestRoundZ205Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// The server's filters unavailable: its trouble.
		{"432 Mail filters unavailable", KindServiceUnavailable, true},
		{"451 4.3.2 Mail filter unavailable, try again later", KindServiceUnavailable, true},
		// A host not welcome: the client.
		{"599 1.2.3 Host not welcome", KindBlocked, false},
		// A message that contains something listed: its content.
		{"554 Message rejected: contains blacklisted regex (viagra)", KindPolicyRejected, false},
		// A Message-ID missing, several From addresses: the message's
		// headers.
		{"550 5.7.1 Messages missing a valid Message-ID: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.", KindPolicyRejected, false},
		{"550 5.7.1 Messages with multiple addresses in the From: header are not accepted. For more information, go to Email sender guidelines and review RFC 5322 specifications.", KindPolicyRejected, false},
		// DANE: TLSA records that do not match or cannot be looked up.
		{"550 5.7.0 No matching TLSA records", KindTLSFailed, false},
		// Outlook.com's requirements: the sending domain's authentication.
		// (Its Sender address refused in the words of a sender check
		// stays the sender's: TestRoundReadingFromF13472e.)
		{"550 5.7.515 Access denied, sending domain not authorized. Please verify that your email is sent from an authorized sending host and that it aligns with the domain's authentication policies.", KindPolicyRejected, false},
		// What they must keep.
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked, false},
		{"550 5.7.1 Sending IP 192.0.2.1 has poor reputation", KindBlocked, false},
		{"550 5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted. a1si123 - gsmtp", KindSenderRejected, false},
	})
}

// TestRoundZ205DANE: a TLSA record not found or not looked up is TLS's
// failure; Postfix defers it, and the table's rows say so, but a reply
// without a code of TLS's failure is permanent here (a known miss in its
// temporariness), so only the kind is held.
func TestRoundZ205DANE(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "no TLSA records found", KindTLSFailed},
		{"", "TLSA lookup error for mx.example.com:25", KindTLSFailed},
	})
}

// TestReviewTwentyThreeNarrowing: review-23 wrote 60 wordings around
// the terms TestRoundZ205Families brought; "contains blacklisted" was
// said of a client's host name and network too, and DANE's TLSA of
// lookups of the domain that failed before them.
func TestReviewTwentyThreeNarrowing(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"550 5.7.1 Client host name contains blacklisted keyword \"dynamic\"; use your ISP's SMTP server", KindBlocked, false},
		{"554 5.7.1 Rejected: your network 203.0.113.0/24 contains blacklisted hosts", KindBlocked, false},
		{"552 5.7.0 Message rejected: subject line contains blacklisted pattern", KindPolicyRejected, false},
		{"554 5.7.1 Rejected: message body contains blocklisted domain promo-example.top", KindPolicyRejected, false},
	})
}

// TestRoundZ211Families holds the families that the samples Z211 to Z216
// (relay services, regional sending services, SMTP proxies, packages'
// documentation and sources, teaching material, bounce corpora) showed
// missing, on replies both readers were sure of.
func TestRoundZ211Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		// TLS asked for by "issuing a STARTTLS command", turned on.
		{"502 Please turn on TLS by issuing a STARTTLS command.", KindTLSRequired, false},
		{"530 Please turn on TLS first", KindTLSRequired, false},
		// An agent of the server busy: its own load, whatever the code.
		{"451 4.7.700 PFA agent busy, please try again. [abc.prod.protection.outlook.com]", KindServiceUnavailable, true},
		// What they must keep.
		{"530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired, false},
		{"451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77714)", KindServiceUnavailable, true},
		{"502 5.5.1 Unrecognized command", KindSyntaxError, false},
	})
}

// TestRoundReadingFromF13472e holds what a reading of f13472e..c348fa3
// found: a rule that made a rate of a sending IP named with any word of
// the rate group (a period, a throttle) also read Gmail's PTR deferrals,
// a dynamic IP, complaints, a poor sender score and a ban as rates, and
// went; "contains blacklisted" pattern or word was said of a client's
// host name, a HELO and a sender's address; "sending domain not
// authorized" was a sender check's words too; "turn on TLS" was advice
// in a login's failure.
func TestRoundReadingFromF13472e(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.", KindBlocked, true},
		{"451 4.7.23 ip-address The sending IP address for this message doesn't have a PTR record, or the PTR record's forward DNS entry doesn't match the sending IP address. To protect users from spam, your email has been temporarily rate limited. To learn more about IP address requirements for sending to Gmail, visit the IP addresses section of our sender guidelines. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.", KindBlocked, true},
		{"451 4.7.1 Sending IP is a dynamic IP address; throttled", KindBlocked, true},
		{"421 4.7.0 Mail from this sending IP is rate limited because of a high complaint rate", KindBlocked, true},
		{"421 4.7.0 Sending IP 192.0.2.1 has a low sender score; connections rate limited", KindBlocked, true},
		{"550 5.7.1 Sending IP 192.0.2.1 has been banned for 24 hours", KindBlocked, false},
		{"554 5.7.1 <dsl-203-0-113-7.example.net[203.0.113.7]>: Client host rejected: hostname contains blacklisted pattern", KindBlocked, false},
		{"504 5.7.1 <dsl-203-0-113-7.example.net>: Helo command rejected: Hostname contains blacklisted word", KindBlocked, false},
		{"553 5.7.1 <promo@deals.example.top>: Sender address rejected: address contains blacklisted pattern", KindSenderRejected, false},
		{"554 5.7.1 <user@example.org>: Sender address rejected: Sending domain not authorized", KindSenderRejected, false},
		{"535 5.7.8 Authentication failed. Please check your username and password, and make sure you turn on TLS in your mail client.", KindAuthFailed, false},
		{"SMTP Error: Could not authenticate. Try to turn on TLS with $mail->SMTPSecure = 'tls'", KindAuthFailed, false},
	})
}

// TestRoundRelayMisses holds the round's two relay denials the rules of
// the day missed (both readers said relaying, unsure): Postfix's manual's
// refusal of sender-specified routing ("user%other@example.com"), and
// mox's refusal of a destination an account may not send to.
func TestRoundRelayMisses(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"550 Sender-specified routing rejected", KindRelayDenied, false},
		{"550 5.7.2 not allowed to send to destination", KindRelayDenied, false},
		{"550 5.7.1 You are not allowed to send to this destination", KindRelayDenied, false},
		// What they must keep.
		{"550 5.7.1 You are not allowed to send from this address", KindSenderRejected, false},
		{"550 5.1.1 Destination mailbox not found", KindRecipientUnknown, false},
	})
}

// TestWordStartInOtherAlphabets: a term of an alphabet written with
// spaces starts only where a word does, as an ASCII term does ("заражен"
// is not in "незараженное", uninfected); a script written without
// spaces is looked at character by character.
func TestWordStartInOtherAlphabets(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"550 5.1.1 Пользователь не найден (письмо проверено: незараженное)", KindRecipientUnknown, false},
		{"554 Сообщение заражено вирусом", KindPolicyRejected, false},
		{"550 收件人地址不存在", KindRecipientUnknown, false},
	})
	for _, c := range []struct {
		text string
		at   string
		want bool
	}{
		{" антивирусный", "вирус", false},
		{" вирус", "вирус", true},
		{"(вирус", "вирус", true},
		{" αντιιός", "ιός", false},
		{"收件人地址不存在", "不存在", true},
		{" antivirus", "virus", false},
	} {
		text := []byte(c.text)
		i := strings.Index(c.text, c.at)
		if got := wordStart(text, i); got != c.want {
			t.Errorf("wordStart(%q) at %q = %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

// TestRoundZ217Families holds the families of the round's first batch that
// both readers were sure of and the rules of the day missed: a file's or
// a socket's "No such file or directory" names no directory of users; the
// domain "of the recipient" in the languages that put it after the domain
// ("el dominio del destinatario no existe"); a DNS failure of the
// recipient's domain that names a loop of its CNAMEs; a link's "Email
// sender guidelines" names no sender; a message's parts nested too deep;
// a null BDAT is malformed.
func TestRoundZ217Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"551 5.7.1 Null BDAT request", KindSyntaxError, false},
		{"connect to mail.example.org[/var/run/dovecot/lmtp]: No such file or directory", KindConnectionFailed, true},
		{"connect to mail.example.org[private/dovecot-lmtp]: No such file or directory", KindConnectionFailed, true},
		{"transport filter process failed (1) while writing to /tmp/x", KindServiceUnavailable, true},
		{"The IP address 192.0.2.1 has been identified as not meeting PBL's policy for IP addresses permitted to deliver unauthenticated 'direct-to-mx' email", KindBlocked, false},
		{"El mensaje no se pudo entregar. El sistema de nombres de dominio (DNS) ha informado que el dominio del destinatario no existe.", KindDomainNotFound, false},
		{"Le système DNS (Domain Name System) a signalé que le domaine du destinataire n'existe pas.", KindDomainNotFound, false},
		{"Das Domain Name System (DNS) hat gemeldet, dass die Domäne des Empfängers nicht existiert.", KindDomainNotFound, false},
		{"O DNS (Sistema de Nomes de Domínio) relatou que o domínio do destinatário não existe.", KindDomainNotFound, false},
		{"Il DNS ha segnalato che il dominio del destinatario non esiste.", KindDomainNotFound, false},
		{"There are no DNS entries for the hostname example.com.  I cannot determine where to send this message.", KindDomainNotFound, false},
		{"Temporary problem looking up mail server for host: example.com.  I cannot determine where to send this message.", KindDomainNotFound, true},
		{"Deferred: DNS failure: CNAME loop for example.com", KindDomainNotFound, true},
		{"550 5.7.1 Encoded-word syntax is not permitted in message header header-name. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to Email sender guidelines and review RFC 5322 specifications.", KindPolicyRejected, false},
		{"MIME nesting exceeds safety limit", KindPolicyRejected, false},
		{"Message contains nested archives exceeding the maximum depth", KindPolicyRejected, false},
		{"IFRAME vulnerability exploit", KindPolicyRejected, false},
		// What they must keep.
		{"maildir delivery failed: create maildir file /var/vmail/example.com/ann/tmp/1.P1: No such file or directory", KindServiceUnavailable, true},
		{"connect to mail.example.org[/var/run/dovecot/lmtp]: Permission denied", KindConnectionFailed, true},
		{"421 4.4.2 Error while writing to the SMTP server", KindConnectionFailed, true},
		{"550 5.1.1 <ann@example.org>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown, false},
		{"550 5.1.1 No such user in directory", KindRecipientUnknown, false},
		{"El destinatario no existe", KindRecipientUnknown, false},
		{"550 5.1.1 User unknown in the recipient's domain", KindRecipientUnknown, false},
		{"550 Mail loop detected", KindUnknown, false},
		{"554 5.4.6 Too many hops", KindUnknown, false},
		{"503 5.5.1 Error: send HELO/EHLO first", KindSyntaxError, false},
		{"454 4.7.0 TLS not available due to local problem", KindTLSFailed, true},
		{"550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. For more information, go to Email sender guidelines.", KindPolicyRejected, false},
		{"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1", KindBlocked, false},
		{"552 5.7.0 This message was blocked because its content presents a potential security issue.", KindPolicyRejected, false},
	})
}

// TestRoundMXLoops holds a judgement moved this round: a domain whose MX
// leads back to the server that looks it up (Postfix's "mail for
// example.com loops back to myself", Sendmail's "config error: mail loops
// back to me (MX problem?)", qmail's best-preference MX it does not take
// as local, Exchange's MxLoopback) or whose CNAMEs loop cannot take mail
// as it is set up: the recipient's domain's to mend, as with no MX, not the
// server's trouble. Five earlier collectors and both readers of four of
// this round's replies called it so. A loop of the message itself (too
// many hops, too many Received headers) names no kind: unknown since the
// round from 5c3a33d, as every reader of its samples who met one called
// it.
func TestRoundMXLoops(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"mail for example.com loops back to myself", KindDomainNotFound, false},
		{"Deferred: mail for example.com loops back to myself", KindDomainNotFound, true},
		{"553 dialup.oar.net config error: mail loops back to myself", KindDomainNotFound, false},
		{"553 5.3.5 mail.example.com config error: mail loops back to me (MX problem?)", KindDomainNotFound, false},
		{"lowest numbered MX record points to local host", KindDomainNotFound, false},
		{"550 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop", KindDomainNotFound, false},
		{"Sorry. Although I'm listed as a best-preference MX or A for that host,\r\nit isn't in my control/locals file, so I don't treat it as local. (#5.4.6)", KindDomainNotFound, false},
		{"553 MX list for domain.net points back to relay.domain.net", KindDomainNotFound, false},
		// What they must keep.
		{"554 5.4.6 Too many hops", KindUnknown, false},
		{"550 Too many \"Received\" headers - suspected mail loop", KindUnknown, false},
		{"554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop.", KindUnknown, false},
		{"554 joem@example.com... aliasing/forwarding loop broken (11 aliases deep; 10 max)", KindUnknown, false},
	})
}

// TestRoundZ223Families holds the families of the round's second batch
// (Z223-Z228) that both readers were sure of and the rules of the day
// missed: a TLS library's words for a handshake that failed beside a
// connection's ("stream_socket_client(): Failed to enable crypto",
// "SSL_accept error"); a TLS session the client required and the server
// did not offer; a login allowed only once TLS is on; a mailbox with too
// many messages or too little disk space for its user; a recipient who
// must log in again before mail is taken for them; 525 said of a
// recipient, not a login; a change of identity once authenticated, out
// of sequence; a sender called an impostor; a mailbox with too many
// messages.
func TestRoundZ223Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"open relay is not allowed", KindRelayDenied, false},
		// Two relay denials both readers called so (unsure), one of them
		// a known miss of two earlier samples labelled so.
		{"550 Requested action not taken: mailbox unavailable or is not local", KindRelayDenied, false},
		{"553 5.3.0 <someone@example.com>... User unknown, not local address", KindRelayDenied, false},
		{"550 5.7.0 Use your own name, you imposter", KindSenderRejected, false},
		{"SSL_accept error from mail-wi0-x230.google.com: -1", KindTLSFailed, false},
		{"Connection failed. Error #2: stream_socket_client(): Failed to enable crypto", KindTLSFailed, false},
		{"STARTTLS: can't switch to encrypted layer", KindTLSFailed, false},
		{"a TLS session is required, but the server did not offer TLS support", KindTLSFailed, false},
		{"User has too many messages on server", KindMailboxFull, false},
		{"554 5.7.1 User someone@example.com should log in to enable receiving the mail", KindMailboxDisabled, false},
		{"525 5.7.13 Disabled recipient address", KindMailboxDisabled, false},
		// The word model retrained on the round's samples weighed
		// "issue" for TLS (its "must issue a STARTTLS command"): a reset
		// asked for is the sequence's.
		{"503 Issue a reset if you want to start over", KindSyntaxError, false},
		{"503 Error: No identity changes permitted", KindSyntaxError, false},
		{"503 5.7.0 Already authenticated, no identity changes permitted", KindSyntaxError, false},
		{"Authentication not allowed until SSL/TLS is enabled.", KindTLSRequired, false},
		// What they must keep.
		{"554 5.7.1 <client.example.net[192.0.2.1]>: Client host rejected: listed as open relay", KindBlocked, false},
		{"550 Requested action not taken: mailbox unavailable", KindRecipientUnknown, false},
		{"525 5.7.13 User Account Disabled", KindAuthFailed, false},
		{"535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed, false},
		{"553 5.7.1 <ann@example.org>: Sender address rejected: not logged in", KindAuthRequired, false},
		{"530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired, false},
		{"TLS is required, but was not offered by host mx.example.com[192.0.2.1]", KindTLSFailed, false},
		{"Connection failed. Error #2: stream_socket_client(): unable to connect to smtp.example.com:587 (Connection refused)", KindConnectionFailed, true},
		{"452 4.2.2 The email account that you tried to reach is over quota.", KindMailboxFull, true},
		{"451 4.3.1 Insufficient system storage", KindServiceUnavailable, true},
		{"550 5.7.1 You must log in to send mail", KindAuthRequired, false},
	})
}

// TestRoundZ225Families holds the last two samples' families that both
// readers were sure of and the rules of the day missed: a server of its
// own behind the one that answers (the mail store) unavailable, whatever
// the code; a refusal "due to policy restrictions" that says the policy
// is the rate ("Too many messages … reduce the sending rate").
func TestRoundZ225Families(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"451 4.4.1 IMAP server unavailable", KindServiceUnavailable, true},
		{"421 web.de (mxweb113) Nemesis ESMTP Service not available Service unavailable Reject due to policy restrictions Please try again later. Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.", KindRateLimited, true},
		// What they must keep.
		{"421 4.4.1 Connection timed out", KindTimeout, true},
		{"451 4.4.1 No answer from host", KindConnectionFailed, true},
		{"554-web.de (mxweb012) Nemesis ESMTP Service not available\r\n554-No SMTP service\r\n554 Reject due to policy restrictions.", KindPolicyRejected, false},
	})
}

// TestReviewTwentyFourNarrowing: review-24 wrote 70 wordings around the
// round's terms; three it found taken too widely: an exploit named in a
// client's listing ("listed for sending vulnerability exploit probes"),
// a reset asked for in a rate's reply ("Too many recipients …; issue a
// reset"), and disk space that ran out on the server's spool with a
// recipient named beside it.
func TestReviewTwentyFourNarrowing(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"554 5.7.1 Client host 203.0.113.9 blocked: listed for sending vulnerability exploit probes (bl.example.org)", KindBlocked, false},
		{"452 4.5.3 Too many recipients in this transaction; issue a reset and send the rest later", KindRateLimited, true},
		{"451 4.3.1 Queue file write error: not enough disk space on spool partition (recipient bob@example.com)", KindServiceUnavailable, true},
		// What they must keep.
		{"IFRAME vulnerability exploit", KindPolicyRejected, false},
		{"503 Issue a reset if you want to start over", KindSyntaxError, false},
	})
}

// TestRoundReadingFromFa4fd1b holds what a reading of the round's change
// found taken too widely: a user or recipient named beside the server's
// own storage words is no full mailbox ("452 4.3.1 Insufficient system
// storage (in reply to RCPT TO command)"), so the rule that made "The
// user has not enough diskspace available" one went; a login asked for
// beside an account's words keeps its kind (only "should log in to
// enable receiving" is a disabled account's); a policy's refusal that
// names a count or a limit per message is the policy's, only too many
// messages sent make it a rate.
func TestRoundReadingFromFa4fd1b(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"452 4.3.1 Insufficient system storage (in reply to RCPT TO command)", KindServiceUnavailable, true},
		{"452 4.3.1 Insufficient system storage for user ann@example.org", KindServiceUnavailable, true},
		{"530 5.7.0 Authentication required: your password is no longer valid", KindAuthRequired, false},
		{"550 5.7.1 Authentication required. Your account has been deleted.", KindAuthRequired, false},
		{"554 5.7.1 Message rejected for policy reasons: only one attachment per message allowed", KindPolicyRejected, false},
		// What they must keep.
		{"554 5.7.1 User someone@example.com should log in to enable receiving the mail", KindMailboxDisabled, false},
		{"421 web.de (mxweb113) Nemesis ESMTP Service not available Service unavailable Reject due to policy restrictions Please try again later. Too many messages have been received in a short period of time. Please try again in a few hours and reduce the sending rate.", KindRateLimited, true},
	})
}

// TestRoundZ229Families: families of the round's samples (replies at
// connect and greeting, SPF and DMARC refusals, less common languages,
// hosting panels' and clients' messages) that both readers named alike,
// most of them sure: a Polish proxy's own messages (smtp-gated), a
// Vietnamese provider's bounce reasons (Zing), QQ's SPF refusal, an SPF
// link or explanation as the reason, a POP3 server's "-ERR" (the POP
// check before sending), .NET's and MailKit's TLS handshakes, a port that
// would not open, and Postini's host unreachable for too long. Each was
// wrong when it was found.
func TestRoundZ229Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Znaleziono wirusa, idz sobie", KindPolicyRejected},
		{"", "Awaria skanera antywirusowego", KindServiceUnavailable},
		{"", "Nie mozna polaczyc sie z serwerem", KindConnectionFailed},
		{"", "Problem z plikiem tymczasowym", KindServiceUnavailable},
		{"", "Uplynal czas oczekiwania na polaczenie", KindTimeout},
		{"", "Usluga chwilowo niedostepna", KindServiceUnavailable},
		{"", "Zbyt duze obciazenie systemu, sprobuj pozniej", KindServiceUnavailable},
		{"", "Za malo pamieci", KindServiceUnavailable},
		{"", "Wysylka bez autoryzacji zabroniona", KindAuthRequired},
		{"", "Przekroczony limit rozmiaru wiadomosci", KindMessageTooLarge},
		{"", "Odrzucone z powodu przekroczenia limitow", KindRateLimited},
		{"", "Cú pháp địa chỉ sai", KindSyntaxError},
		{"", "Dung lượng thư \"vượt giới hạn dung lương cho phép\" của máy chủ abcd.com [192.0.2.1]", KindMessageTooLarge},
		{"", "Bạn đã đạt đến giới hạn gửi thư", KindRateLimited},
		{"", "Lỗi 421: Máy chủ tạm thời không sẵn sàng. Vui lòng thử lại sau. IB101", KindServiceUnavailable},
		{"", "Giới hạn dung lượng tài khoản", KindMailboxFull},
		{"", "Tài khoản không tồn tại", KindRecipientUnknown},
		{"", "Tài khoản bị vô hiệu hóa", KindMailboxDisabled},
		{"", "郵件發送失敗。由於對方郵件系統設置了SPF驗證,而您的郵箱不在對方的信任發送列表里。", KindPolicyRejected},
		{"", "Rejected, look at http://www.openspf.org/why.html?sender=someone@example.com&ip=192.0.2.1&receiver=mx.example.com", KindPolicyRejected},
		{"", "You're mail was rejected because you are not using a server that is authorized to send mail from your domain. This is a problem with your email configuration.", KindPolicyRejected},
		{"", "-ERR Logon failure: unknown user name or bad password.", KindPOPFailed},
		{"", "-ERR Authentication failed.", KindPOPFailed},
		{"", "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\r\n\r\nWhen connecting to an SMTP service, port 587 is typically reserved for plain-text connections.", KindTLSFailed},
		{"", "System.IO.IOException: The handshake failed due to an unexpected packet format.", KindTLSFailed},
		{"", "There was an unexpected problem communicating with SMTP: Could not open SMTP Port.", KindConnectionFailed},
		{"", "550 MTA inaccessible for too long for domain:domain - psmtp", KindConnectionFailed},
		// What they must keep.
		{"", "552 message is too long.", KindMessageTooLarge},
		{"", "550 SPF check failed", KindPolicyRejected},
		{"", "Zbyt duza wiadomosc", KindMessageTooLarge},
		{"", "Could not connect to SMTP host.", KindConnectionFailed},
		{"pop", "-ERR [IN-USE] Mailbox is locked by another session", KindPOPFailed},
		{"", "550 Authentication failed", KindAuthFailed},
	})
}

// TestReviewTwentyFiveNarrowing: wordings review-25 wrote around the
// round's terms that the terms as first written took for their causes: a
// virus not found, a Vietnamese address's syntax to be checked beside an
// account that does not exist, Evolution's Russian "mailbox unavailable"
// beside a quota exceeded, a Polish message's size that loads the system,
// and a server authorized to send for the domain named in a block of a
// dynamic address. Each was wrong on fccf5d5.
func TestReviewTwentyFiveNarrowing(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.1.1 Skanowanie zakończone, nie znaleziono wirusa; odbiorca <ewa@example.pl> nie istnieje", KindRecipientUnknown},
		{"", "550 5.1.1 Tài khoản không tồn tại, vui lòng kiểm tra lại cú pháp địa chỉ", KindRecipientUnknown},
		{"", "552 5.2.2 Почтовый ящик недоступен: превышена квота получателя", KindMailboxFull},
		{"", "552 5.3.4 Załączniki powodują zbyt duże obciążenie: wiadomość przekracza dopuszczalny rozmiar 25 MB", KindMessageTooLarge},
		{"", "554 5.7.1 Your IP 198.51.100.23 is a dynamic address; please send through a server that is authorized to send mail from your domain, such as your ISP's relay", KindBlocked},
		// What they must keep.
		{"", "Znaleziono wirusa, idz sobie", KindPolicyRejected},
		{"", "Cú pháp địa chỉ sai", KindSyntaxError},
		{"", "Cú pháp người dùng không đúng", KindSyntaxError},
		{"", "Zbyt duze obciazenie systemu, sprobuj pozniej", KindServiceUnavailable},
		{"", "You're mail was rejected because you are not using a server that is authorized to send mail from your domain.", KindPolicyRejected},
		{"", "550 Почтовый ящик недоступен", KindRecipientUnknown},
	})
}

// TestRoundReadingFromFccf5d5: what a reading of the round's change found
// the round's terms and matcher change took for causes they are not, each
// case wrong on a725fde: an address with '&' before its '@' is still an
// address; the words of a link's query are still the link's; msmtp's
// "connection refused" beside a code of policy is the server refusing the
// client, as the English is; Evolution's catalogues where a translation
// says another cause than its English (Romanian's and Vietnamese's
// storage without the system, Estonian's system out of space for a
// mailbox over its allocation, French's and Occitan's "no password
// provided" for a password transition, Chinese's and Japanese's short
// "processing error"); msmtp's Tamil term that starts with a case ending
// and its Ukrainian "waiting time"; and an SMTP code before "-ERR".
func TestRoundReadingFromFccf5d5(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.1.1 <quota&billing@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "554 5.7.1 Verbindung abgelehnt", KindBlocked},
		{"", "554 5.7.1 connexion refusée", KindBlocked},
		{"", "452 4.2.2 spațiu de stocare insuficient", KindMailboxFull},
		{"", "452 Süsteemis lõppes vaba ruum", KindServiceUnavailable},
		{"", "535 用户认证处理出错", KindAuthFailed},
		{"", "550 收件人地址处理出错", KindRecipientUnknown},
		{StageAuth, "535 認証処理中にエラーが発生しました", KindAuthFailed},
		{"", "Resources temporary unavailable https://example.com/faq?topic=delivery&lang=en", KindServiceUnavailable},
		{"", "550 ip in prison https://example.com/faq?topic=delivery&lang=en", KindBlocked},
		{"", "550 Message rejected https://example.com/help?bounce", KindUnknown},
		{"", "450 Спробуйте пізніше, час очікування 5 хвилин", KindServiceUnavailable},
		{"", "550 5.7.1 -ERR something", KindPolicyRejected},
		{"", "அஞ்சல்பெட்டியை அணுக இயலவில்லை", KindUnknown},
		// What they must keep.
		{"", "Verbindung abgelehnt", KindConnectionFailed},
		{"", "Rejected, look at http://www.openspf.org/why.html?sender=someone@example.com&ip=192.0.2.1&receiver=mx.example.com", KindPolicyRejected},
		{"", "-ERR Authentication failed.", KindPOPFailed},
	})
}

// TestRoundZ237Families: families of the round's second samples (desktop
// clients' dialogs, webmail, mobile apps, German, Romance, Japanese and
// Russian sources) that both readers, each sure, named alike, outside the
// programs' catalogues: Roundcube's list of recipients it could not parse
// (its English and translations) is the form of the addresses; a mail
// system full is the server's storage; a message over the maximum allowed
// size; a TCP/IP connection the server terminated; a network out of reach, "cannot connect" in Japanese, an authentication that failed in
// Russian; no sender configured or specified is a setting. Each was wrong
// on 4837f74.
func TestRoundZ237Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP Error: Unable to parse recipients list.", KindSyntaxError},
		{"", "SMTP-Fehler: die Empfängerliste konnte nicht verarbeitet werden.", KindSyntaxError},
		{"", "Error SMTP: No es posible analizar la lista de destinatarios.", KindSyntaxError},
		{"", "452 4.3.2 Mail system is full.", KindServiceUnavailable},
		{"", "This message cannot be sent because it has exceeded the maximum allowed size.", KindMessageTooLarge},
		{"", "The TCP/IP connection was unexpectedly terminated by your mail server. If this problem persists, contact your LAN Administrator or Internet provider.", KindConnectionFailed},
		{"", "Le réseau est inaccessible", KindConnectionFailed},
		{"", "SMTPサーバ: smtp.example.com:25 に接続できません。", KindConnectionFailed},
		{"", "Сбой аутентификации.", KindAuthFailed},
		{"", "The message has been blocked because no sender is configured.", KindInvalidConfig},
		{"", "No sender was specified. Please add your email address in the account settings.", KindInvalidConfig},
		// What they must keep.
		{"", "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "552 5.2.2 Mailbox full", KindMailboxFull},
		{"", "550 5.7.1 No sender address specified", KindSenderRejected},
	})
}

// TestRoundReadingFromAf6a870: replies a reading of the programs'
// catalogue terms wrote to show a term generic or of another cause, each
// decided by that term on af6a870 (the dialogs' openings and advice, a
// refused login's connection clause, "access denied", a certificate "not
// verified for the following reason" said of an address, a timeout's
// clause with no word of time); the terms are left out, and each reply
// is read by its own words.
func TestRoundReadingFromAf6a870(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Fejl i forbindelsen til smtp.example.dk:587: Connection refused", KindConnectionFailed},
		{"", "Erro na conexão com smtp.example.com.br:587: Connection refused", KindConnectionFailed},
		{"", "smtp.example.com.tr:587 adresine bağlanma başarısız oldu: Connection timed out", KindTimeout},
		{"", "Virhe yhdistettäessä osoitteeseen smtp.example.fi:587: Connection refused", KindConnectionFailed},
		{"", "Erro ao tentar conectar com smtp.example.com.br:587: Connection refused", KindConnectionFailed},
		{"", "550 5.1.7 Expeditorul nu poate fi verificat, deoarece domeniul nu există", KindSenderRejected},
		{"", "550 5.1.7 Адрас адпраўніка не можа быць правераны з-за наступнай прычыны: дамен не існуе", KindSenderRejected},
		{"", "550 5.1.7 Adresa pošiljatelja se ne može ovjeriti zbog: domena ne postoji", KindSenderRejected},
		{"", "550 5.1.7 Die Absenderadresse kann aus dem folgenden Grund nicht verifiziert werden: Domain existiert nicht", KindSenderRejected},
		{"", "550 5.1.7 La dirección del remitente no se puede verificar por el siguiente motivo: el dominio no existe", KindSenderRejected},
		{"", "550 5.1.7 Odesílatel nemůže být ověřen z následujícího důvodu: doména neexistuje", KindSenderRejected},
		{"", "550 5.1.7 Адресу відправника неможливо перевірити через: домен не існує", KindSenderRejected},
		{"", "550 5.1.1 Le destinataire ne peut pas être vérifié pour les raisons suivantes : boîte aux lettres inconnue", KindRecipientUnknown},
		{"", "550 5.1.7 Име домена пошиљаоца не може бити оверено из следећих разлога: домен не постоји", KindSenderRejected},
		{"", "550 5.1.7 O endereço do remetente não pode ser verificado pela seguinte razão: domínio inexistente", KindSenderRejected},
		{"", "550 5.1.7 Avsändaradressen kan inte verifieras av följande orsak: domänen finns inte", KindSenderRejected},
		{"", "550 5.1.7 Het afzenderadres kan niet geverifieerd worden om de volgende reden: domein bestaat niet", KindSenderRejected},
		{"", "550 5.1.1 Recipient address cannot be verified by the following reason: mailbox unknown", KindRecipientUnknown},
		{"", "Не моѓам да ја пратам пораката: серверот не одговара", KindUnknown},
		{"", "Не можам да ја испратам пораката: Connection timed out", KindTimeout},
		{"", "452 4.2.2 A címzett postafiókjában nincs elegendő tárterület", KindMailboxFull},
		{"", "Възникна грешка при изпращане на пощата: изходящият (SMTP) сървър smtp.example.bg: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Der opstod en fejl ved afsendelse af meddelelsen: SMTP-serveren smtp.example.dk: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Un error ha ocurrido mientras se enviaba el correo: el servidor de salida (SMTP) smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Postia lähetettäessä tapahtui virhe: SMTP-palvelinta smtp.example.fi: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Der is in flater bard by it ferstjoeren fan e-mail: útgeande (SMTP-)server smtp.example.frl: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Tharla earráid agus ríomhphost á sheoladh: freastalaí amach (SMTP) smtp.example.ie: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Produciuse un erro ao enviar o correo: o servidor de saída (SMTP) smtp.example.gal: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Při słanju e-mejle je zmylk wustupił: wuchadny serwer (SMTP) smtp.example.de: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Si è verificato un errore durante l’invio della posta: server posta in uscita (SMTP) smtp.example.it: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー smtp.example.jp: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "შეცდომა, წერილის გაგზავნისას: გამავალი სერვერი (SMTP) smtp.example.ge: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Sūtot pastu, radās kļūda: izejošais serveris (SMTP) smtp.example.lv: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Ada ralat semasa menghantar mel: pelayan keluar (SMTP) smtp.example.my: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Er is een fout opgetreden bij het verzenden van e-mail: uitgaande (SMTP-)server smtp.example.nl: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Ocorreu um erro ao enviar mensagem: o servidor de envio (SMTP) smtp.example.com.br: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Ошибка отправления почты: сервер исходящей почты (SMTP) «smtp.example.ru»: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Počas odosielania správy sa vyskytla chyba: server pre odosielanie pošty (SMTP) smtp.example.sk: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Ndodhi një gabim gjatë dërgimit të postës: shërbyesi dërgues (SMTP) smtp.example.al: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Ett fel uppstod när e-post skulle skickas: utgående server (SMTP) smtp.example.se: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "İleti gönderilemedi çünkü işlem sırasında alıcı adresi reddedildi.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. رجاءً تحقق أن إعدادات خادوم الصادر ‏(SMTP) لديك صحيحة وحاول مجددًا.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Gwiriit an arventennoù evit ho tafariad (SMTP) ha klaskit en-dro mar plij.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Comproveu que els paràmetres del servidor de sortida (SMTP) siguin correctes i torneu-ho a provar.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Verifiqueu que els paràmetres del servidor de sortida (SMTP) siguin correctes i torneu-ho a provar.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Tanik'oj chi e ütz ri taq rucha'oj (SMTP) ak'uxasamaj k'a ri' tatojtob'ej chik.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Tanik'oj chi ütz ri taq runuk'ulem ri Ak'uxasamaj elem (SMTP) k'a ri' tatojtob'ej chik.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Ověřte prosím správnost vašeho nastavení pošty a zkuste to znovu.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Ověřte prosím správnost nastavení vašeho SMTP serveru a zkuste to znovu, nebo kontaktujte správce sítě.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Gwiriwch gosodiadau eich gweinydd (SMTP) yn gywir a cheisiwch eto.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Gwiriwch fod gosodiadau eich gweinydd Allan (SMTP) yn gywir a cheisiwch eto.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Pśeglědajśo, lěc waše nastajenja za wuchadny serwer (SMTP) su korektne a wopytajśo hyšći raz.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Pšosym kontrolěrujśo, lěc nastajenja wašogo wuchadnego serwera (SMTP) su korektne a wopytajśo hyšći raz.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Βεβαιωθείτε ότι έχετε εισάγει σωστά τις ρυθμίσεις SMTP και προσπαθήστε ξανά.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Verifique que las opciones de su servidor SMTP sean correctas e intente nuevamente.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Verifique que las opciones de su servidor saliente (SMTP) sean correctas e intente nuevamente.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Verifique que la configuración de su servidor de salida (SMTP) es correcta y vuelva a intentarlo.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Verifique que los ajustes de su servidor de salida (SMTP) son correctos y vuelva a intentarlo.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Egiaztatu zure irteerako SMTP zerbitzariaren ezarpenak ongi daudela eta saiatu berriro.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Mesedez, egiaztatu zure irteera SMTP zerbitzariaren ezarpenak zuzenak direla eta saiatu berriz.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Dèan cinnteach gu bheil roghainnean an fhrithealaiche a-mach (SMTP) agad ceart is feuch ris a-rithist.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. נא לוודא שהגדרות השרת היוצא (SMTP) שלך נכונות ולנסות שוב.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. נא לוודא שהגדרות השרת היוצא שלך (SMTP) נכונות ולנסות שוב.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Provjerite jesu li postavke vašeg poslužitelja odlazne pošte (SMTP) ispravne i pokušajte ponovno.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Provjerite jesu li postavke poslužitelja odlazne pošte (SMTP) točne i pokušajte ponovno.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Ellenőrizze, hogy a levélküldő (SMTP) kiszolgáló beállításai helyesek-e, és próbálja újra.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Harap verifikasi bahwa pengaturan Server Keluar (SMTP) Anda sudah benar dan coba lagi.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Periksa kembali kebenaran pengaturan server pengirim Anda dan coba lagi.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Athugaðu að stillingar fyrir útsendan póst (SMTP) séu réttar og reyndu aftur.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Athugaðu hvort stillingar póstþjóns fyrir útsendan póst (SMTP) séu réttar og reyndu aftur.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Ma ulac aɣilif, senqed ma yella iɣewwaṛen n uqeddac uffiɣ (SMTP) d imeqta sakin ɛreḍ tikelt nniḍen.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Ma ulac aɣilif, wali ma yella iɣewwaṛen n uqeddac-inek uffiɣ (SMTP)d imeɣta sakin ɛreḍ tikelt nniḍen.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. SMTP 서버 설정을 다시 확인하여 재시도해 보시기 바랍니다.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. SMTP 서버 설정이 정확한지 다시 확인해 보시거나 서버 관리자에게 문의해 보시기 바랍니다.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Kontroller at SMTP-serverinnstillingene er korrekte og prøv igjen.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Kontroller at innstillinger for utgående server (SMTP) er riktige, og prøv igjen.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Kontroller at SMTP-serverinnstillingane er rette og prøv på nytt.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Kontroller at innstillingar for utgåande tenar (SMTP) er rette, og prøv igjen.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Należy sprawdzić poprawność ustawień serwera poczty wychodzącej, a następnie spróbować ponownie, albo skontaktować się z administratorem serwera.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Por favor verifique se as definições do servidor (SMTP) estão corretas e tente novamente.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. tia configuraziun per il server SMTP ed emprova anc ina giada.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Te rugăm să te asiguri că setările serverului de trimitere (SMTP) sunt corecte și încearcă din nou.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Te rugăm să verifici corectitudinea setărilor serverului de trimitere (SMTP) și să încerci din nou.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Preverite, ali so nastavitve vašega odhodnega strežnika(SMTP) pravilne in poskusite znova.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Preverite, ali so nastavitve odhodnega strežnika (SMTP) pravilne in poskusite znova.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Проверите да ли су ваша подешавања одлазног (SMTP) сервера исправна и пробајте поново.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Проверите да су ваша подешавања одлазног (SMTP) сервера исправна и пробајте поново.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Lütfen giden sunucusu (SMTP) ayarlarını kontrol edip yeniden deneyin.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Chiquvchi server (SMTP) sozlamalari to‘g‘riligini tekshiring va qayta urinib ko‘ring.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Chiquvchi server sozlamalari (SMTP) to‘g‘ri ekanlgigiga ishonch hosil qiling va qayta urinib ko‘ring.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. 服务器可能配置错误，请确认您的发件服务器（SMTP）配置正确并稍后重试。", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. 请验证您的发件服务器（SMTP）设置是否正确，然后再试。", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. 伺服器可能設定錯誤，請確認您的寄件伺服器（SMTP）設定正確後再試一次。", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. 請確定您的寄件伺服器 (SMTP) 設定正確後再試一次。", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Der Server ist eventuell falsch konfiguriert.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Server võib olla valesti seadistatud.", KindRecipientUnknown},
		{"", "smtp.example.com: Recipient address rejected: User unknown in virtual mailbox table. Máy chủ có thể được định cấu hình không chính xác.", KindRecipientUnknown},
		{"", "Kirja saatmine pole võimalik, sest ühendus SMTP-serverisse smtp.example.ee: Connection refused", KindConnectionFailed},
		{"", "Níorbh fhéidir an teachtaireacht a sheoladh toisc go ndeachaigh an ceangal leis an bhfreastalaí amach (SMTP) smtp.example.ie: Connection refused", KindConnectionFailed},
		{"", "Izen ur yezmir ara ad yettwazen acku tuqqna ɣer uqeddac uffiɣ (SMTP) smtp.example.dz: Connection refused", KindConnectionFailed},
		{"", "Laiškas neišsiųstas, nes nepavyko susisiekti su išsiuntimo (SMTP) serveriu smtp.example.lt: Connection refused", KindConnectionFailed},
		{"", "Ziņojumu neizdevās nosūtīt, jo savienojumam ar izejošo serveri (SMTP) smtp.example.lv: Connection refused", KindConnectionFailed},
		{"", "Mesazhi nuk u dërgua dot, ngaqë lidhjes me shërbyesin Dërgues (SMTP) smtp.example.al: Connection refused", KindConnectionFailed},
		{"", "Nem sikerült kapcsolódni a levélküldő (SMTP) kiszolgálóhoz: Connection refused", KindConnectionFailed},
		{"", "Il server na respunda betg. Controllescha il port en la 'configuraziun dal conto | server da sortida (SMTP)'.", KindConnectionFailed},
		{"", "ดูเหมือนว่าเซิร์ฟเวอร์ขาออก (SMTP) smtp.example.co.th จะไม่ตอบสนอง", KindConnectionFailed},
		{"", "无法向发件服务器（SMTP）smtp.example.cn 发送邮件：收件人地址不存在", KindRecipientUnknown},
	})
}

// TestRoundZ243Families: the families of the batch of samples Z243–Z248
// that both its readers were sure of and 9c3a73d read wrong, each with
// variants of its own: a program's setting named and said to be missing
// or empty (WordPress mail plugins, sendEmail, s-nail, curl), a Polish
// list of the RFC texts of reply codes, Swedish words for an account that
// does not exist, is inactive or out of storage, the server's own host
// name that does not resolve, a POP3 login that failed, and a certificate
// set up wrong.
func TestRoundZ243Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Outgoing Mail Server Hostname and Port can not be empty.", KindInvalidConfig},
		{"", "Username and password can not be empty.", KindInvalidConfig},
		{"", "Envelope-From Email Address can not be empty.", KindInvalidConfig},
		{"", "SMTP host is required.", KindInvalidConfig},
		{"", "SMTP port is required.", KindInvalidConfig},
		{"", "SMTP username is required.", KindInvalidConfig},
		{"", "SMTP password is required.", KindInvalidConfig},
		{"", "The SMTP server field cannot be empty", KindInvalidConfig},
		{"", "Port number must not be empty.", KindInvalidConfig},
		{"", "Required host specification is missing", KindInvalidConfig},
		{"", "ERROR => A username for SMTP authentication was specified, but no password!", KindInvalidConfig},
		{"", "ERROR => You must specify a 'from' field!  Try --help.", KindInvalidConfig},
		{"", "mutt_account_getoauthbearer: No OAUTH refresh command defined", KindInvalidConfig},
		{"", "TLS is not configured, but requested in the configuration", KindInvalidConfig},
		{"", "support for TLS is not compiled in", KindInvalidConfig},
		{"", "Malformed or unsupported mailer URL", KindInvalidConfig},
		{"", "Variable sendmail not set: no mailer", KindInvalidConfig},
		{"", "executable not found (adjust *mta* variable)", KindInvalidConfig},
		{"", "Extension missing: openssl", KindInvalidConfig},
		{"", "Please configure your SMTP credentials in the settings menu in order to send email using Easy WP SMTP plugin.", KindInvalidConfig},
		{"", "Połączenie wymaga szyfrowania.", KindTLSRequired},
		{"", "Szyfrowanie jest wymagane do zalogowania.", KindTLSRequired},
		{"", "Połączenie wymaga zalogowania.", KindAuthRequired},
		{"", "Niewłaściwe dane logowania.", KindAuthFailed},
		{"", "Brak miejsca po stronie serwera.", KindServiceUnavailable},
		{"", "Serwer nie może przyjąć podanych parametrów.", KindSyntaxError},
		{"", "Polecenie nie jest prawidłowe albo zbyt długie.", KindSyntaxError},
		{"", "Kontot finns inte", KindRecipientUnknown},
		{"", "550 Mottagaren hittades inte.", KindRecipientUnknown},
		{"", "Kontot är inaktivt", KindMailboxDisabled},
		{"", "Kontot har inaktiverats", KindMailboxDisabled},
		{"", "Kontots lagringsutrymme är slut", KindMailboxFull},
		{"", "Gräns för lagringsutrymme", KindMailboxFull},
		{"", "Tidsgränsen överskreds", KindTimeout},
		{"", "Couldn't resolve host name", KindConnectionFailed},
		{"", "Error: Can't resolve (mailserver) hostname.", KindConnectionFailed},
		{"", "Could not resolve hostname smtp.example.com", KindConnectionFailed},
		{"", "Unable to open SMTP socket", KindConnectionFailed},
		{"", "POP3 APOP authentication failed!", KindPOPFailed},
		{"", "POP3 authentication failed", KindPOPFailed},
		{"", "Misconfigured server certificate.", KindTLSFailed},
		// What they must keep.
		{"", "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "530 5.7.0 Authentication required", KindAuthRequired},
		{"", "550 5.7.1 No sender address specified", KindSenderRejected},
		{"", "550 5.1.7 Avsändaradressen kan inte verifieras av följande orsak: domänen finns inte", KindSenderRejected},
		{"", "Host or domain name not found. Name service error for name=example.com type=A: Host not found", KindDomainNotFound},
		{"", "-ERR Authentication failed.", KindPOPFailed},
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
	})
}

// TestRoundReadingFromBf0562d: replies a reading of the round's terms
// wrote to show one generic or of another cause, each read wrong on
// bf0562d: mutt's, neomutt's and others' "could not connect to" said of a
// server's own database, directory or scanner in other languages (their
// words join the backend's), "could not send request to" said of a
// server's backend, mutt's "could not find the host" said of a recipient's
// host (left out, as its English is), Swedish "finns inte" said of a
// sender, "hittades inte" of a directory server (left to the recipient
// named), and a setting's form field named beside a login, a certificate,
// a block or a message's header.
func TestRoundReadingFromBf0562d(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "451 4.3.0 无法连接到数据库，请稍后再试", KindServiceUnavailable},
		{"", "451 4.3.0 Konnte keine Verbindung zur Datenbank herstellen", KindServiceUnavailable},
		{"", "451 4.3.0 Konnte keine Verbindung zum Virenscanner herstellen", KindServiceUnavailable},
		{"", "451 4.3.0 No se pudo conectar a la base de datos de usuarios", KindServiceUnavailable},
		{"", "451 4.3.0 Não foi possível conectar ao banco de dados", KindServiceUnavailable},
		{"", "451 4.3.0 Не удалось установить соединение с сервером базы данных", KindServiceUnavailable},
		{"", "451 4.3.0 Не вдалося встановити з'єднання з базою даних", KindServiceUnavailable},
		{"", "451 4.3.0 Nem sikerült kapcsolódni az adatbázishoz", KindServiceUnavailable},
		{"", "451 4.3.0 Nepodarilo sa pripojiť k databáze", KindServiceUnavailable},
		{"", "451 4.3.0 データベースに接続できなかった", KindServiceUnavailable},
		{"", "451 4.3.0 데이터베이스로 연결할 수 없음", KindServiceUnavailable},
		{"", "451 4.3.0 無法連線到資料庫", KindServiceUnavailable},
		{"", "451 Det gick inte att ansluta till katalogtjänsten, försök igen senare", KindServiceUnavailable},
		{"", "451 4.3.0 Impossibile connettersi all'archivio utenti", KindServiceUnavailable},
		{"", "451 4.3.0 Error al conectar al servidor de base de datos", KindServiceUnavailable},
		{"", "451 4.3.0 Fehler beim Verbinden mit dem Server für die Virenprüfung", KindServiceUnavailable},
		{"", "451 4.3.0 连接到服务器时出错：数据库不可用", KindServiceUnavailable},
		{"", "451 4.3.0 Could not send request to LMTP server", KindServiceUnavailable},
		{"", "550 Impossibile trovare l'host example.it", KindDomainNotFound},
		{"", "553 Avsändarens konto finns inte", KindSenderRejected},
		{"", "451 LDAP-servern hittades inte, försök igen senare", KindServiceUnavailable},
		{"", "Authentication failed: username and password is invalid", KindAuthFailed},
		{"", "Error: The username and password is not valid, authentication failed", KindAuthFailed},
		{"", "Certificate verification failed: the SMTP host's certificate is not valid for smtp.example.com", KindTLSFailed},
		{"", "Your SMTP host 203.0.113.7 has been blocked: reverse DNS (PTR) record is missing", KindBlocked},
		{"", "Message rejected: the 'From' field is missing", KindPolicyRejected},
		{"", "Send failed: Envelope-from domain is not valid (DNS lookup failed)", KindSenderRejected},
	})
}

// TestRoundZ253Families holds the families of the replies two readers were
// sure of and agreed on, in the samples of 5c3a33d's round that its rules
// got wrong: a sending service's sender identity not set up, an OAuth
// grant refused, a day's quota of mail spent, a sender on a blocklist the
// reply names by its zone, a mail client that cannot verify a server's
// identity, POP3 words for the POP-before-SMTP login, a client's own
// server setting, an address masked with x's where the client's IP
// address was, and Gmail's HELO argument of the wrong form, which is the
// command's syntax as Exim's "Syntactically invalid HELO argument" is.
func TestRoundZ253Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", `Error with sent body: {"ErrorCode":400,"Message":"Sender signature not defined for From address."}`, KindSenderRejected},
		{"", "Sender signature not defined for From address.", KindSenderRejected},
		{"", `Unauthorized{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}`, KindAuthFailed},
		{"", "サーバーとの接続に失敗しました。", KindConnectionFailed},
		{"", "550 5.7.1 <someone@example.com>... Error.your access was denied.? Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.If you did not send any e-mails,which is considered as a spam,you'd better register", KindRateLimited},
		{"", "550 192.0.2.1 sent too many e-mails which are considered spam", KindRateLimited},
		{"", "The sender is in a black list hostkarma.junkemailfilter.com", KindBlocked},
		{"", `The identity of "mail.example.com" cannot be verified.`, KindTLSFailed},
		{"", "Server denied POP access for the given username and password.", KindPOPFailed},
		{"", "Not connected to POP3 server", KindPOPFailed},
		{"", "Could not connect to the POP3 server", KindPOPFailed},
		{"", "fatal: valid hostname or network address required in server description: #", KindInvalidConfig},
		{"", "The sender xxx.xxx.xxx.xxx is banned", KindBlocked},
		{"", `SMTP -> get_lines(): $str is "501-5.5.4 HELO/EHLO argument "PhpStorm 9.0.3" invalid, closing connection."`, KindSyntaxError},
		{"", "501 5.5.4 Empty HELO/EHLO argument not allowed, closing connection.", KindSyntaxError},
		{"", "501 5.5.4 HELO/EHLO argument is invalid. https://support.google.com/mail/?p=helo", KindSyntaxError},
		{"", "503 5.5.1 authentication not allowed during mail transaction", KindSyntaxError},
		{"", "503 5.5.1 Error: authentication not enabled within a mail transaction", KindSyntaxError},
		{"", "550 5.7.0 No matching A/AAA records found for the EHLO hostname", KindBlocked},
		{"", "< -ERR [AUTH] Invalid password or username\n* Authentication failed: 45", KindPOPFailed},
		{"", "< -ERR Authentication failed.", KindPOPFailed},
		// Members of the same families that 5c3a33d already read right,
		// which the fits must keep: other wordings of the same causes, the
		// POP3 server named alone, a HELO name refused.
		{"", "The 'From' address you supplied (someone@example.com) is not a Sender Signature on your account.", KindSenderRejected},
		{"", "invalid_grant: The provided authorization grant or refresh token is invalid, expired or revoked", KindAuthFailed},
		{"", "oauth2: cannot fetch token: 400 Bad Request Response: invalid_grant Token has been expired or revoked.", KindAuthFailed},
		{"", "SMTPサーバーへの接続に失敗しました", KindConnectionFailed},
		{"", "メールサーバーに接続できませんでした。", KindConnectionFailed},
		{"", "550 You have sent too many emails today; try again tomorrow", KindRateLimited},
		{"", "554 Access denied: you sent too many messages in the last hour", KindRateLimited},
		{"", "554 Sender is listed on bl.spamcop.net", KindBlocked},
		{"", "550 Sender blacklisted by b.barracudacentral.org", KindBlocked},
		{"", "Mail can't verify the identity of the server “smtp.example.com”.", KindTLSFailed},
		{"", "550 Host x.xx.xx.xx is banned", KindBlocked},
		{"", "501 5.5.2 <bad_host>: Helo command rejected: Invalid name", KindBlocked},
		{"", "550 5.7.0 No matching A/AAA records found for the HELO hostname", KindBlocked},
		{"", "Connection to POP3 server timed out", KindTimeout},
		{"", "SMTP Error: Could not authenticate. Use the same user name and password as for your POP3 server.", KindAuthFailed},
		{"", "Your outgoing server requires authentication: use the same settings as your POP server", KindAuthRequired},
		{"", "Unable to connect to SMTP server; check the POP3 server settings too", KindConnectionFailed},
		{"", "554 5.7.1 Client host rejected: HELO/EHLO argument is not a FQDN", KindBlocked},
		{"", "550 5.7.1 HELO/EHLO argument does not match connecting IP", KindBlocked},
	})
}

// TestRoundZ260Families holds the families of the third batch of the round
// from 5c3a33d (Z260–Z262) that both readers were sure of and af167c7's
// rules read wrong: Windows' words for a connection that timed out, in
// the languages its Winsock message is translated to; .NET Framework's
// older "The server response is:", after which the server's words decide
// as after "was:"; Outlook's connection interrupted and its message store
// full; a certificate outside its validity period; a client's own
// setting it could not parse; a sender not on a group's list of allowed
// senders (Microsoft's 5.7.124 and 5.7.129) or sending from a domain the
// tenant has not registered (5.7.750), which is the sender's refusal; and
// a tenant whose sending is banned for suspicious traffic (5.7.705),
// which is a block, not a rate: as the readers of two batches read them.
func TestRoundZ260Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Une tentative de connexion a échoué car le parti connecté n’a pas répondu convenablement au-delà d’une certaine durée ou une connexion établie a échoué car l’hôte de connexion n’a pas répondu", KindTimeout},
		{"", "Ein Verbindungsversuch ist fehlgeschlagen, da die Gegenstelle nach einer bestimmten Zeitspanne nicht richtig reagiert hat, oder die hergestellte Verbindung war fehlerhaft, da der verbundene Host nicht reagiert hat", KindTimeout},
		{"", "Se produjo un error durante el intento de conexión ya que la parte conectada no respondió adecuadamente tras un periodo de tiempo, o bien se produjo un error en la conexión establecida ya que el host conectado no ha podido responder", KindTimeout},
		{"", "Uma tentativa de conexão falhou porque o componente conectado não respondeu corretamente após um período de tempo ou a conexão estabelecida falhou porque o host conectado não respondeu", KindTimeout},
		{"", "由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败。", KindTimeout},
		{"", "接続済みの呼び出し先が一定の時間を過ぎても正しく応答しなかったため、接続できませんでした。", KindTimeout},
		{"", "The SMTP server requires a secure connection or the client is not authenticated. The server response is: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM", KindAuthRequired},
		// The word model's reading once, with less than nine tenths of
		// the weight (guessAloneShare); "block" alone is no term.
		{"", "Mailbox unavailable. The server response is: Error458 block", KindUnknown},
		{"", "Task 'Main - Sending and Receiving' reported error (0x800CCC0F) : 'The connection to the server was interrupted. If this problem continues, contact your server administrator or Internet service provider (ISP).'", KindConnectionFailed},
		{"", "The message store has reached its maximum size. To reduce the amount of data in this message store, select some items that you no longer need, permanently (Shift + Del) delete them.", KindMailboxFull},
		{"", "A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file", KindTLSFailed},
		{"", "System.InvalidOperationException: Invalid URI: The hostname could not be parsed.", KindInvalidConfig},
		{"", `Invalid DSN ret: "SOMETHING"`, KindInvalidConfig},
		{"", "5.7.124 Sender not in allowed-senders list", KindSenderRejected},
		{"", "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to recipient because the sender isn't on the recipient's list of senders to accept mail from", KindSenderRejected},
		{"", "5.7.705 Access denied, tenant has exceeded threshold.", KindBlocked},
		{"", "Remote server returned '550 5.7.705 Access denied, tenant has exceeded threshold'", KindBlocked},
		{"", "5.7.750 Service unavailable. Client blocked from sending from unregistered domains", KindSenderRejected},
		{"", "5.7.750 Client blocked from sending from unregistered domain", KindSenderRejected},
		// What they must keep (af167c7 read them right): .NET's older
		// wording before a request for TLS, a sender not authenticated for a
		// group, which asks for a login.
		{"", "The SMTP server requires a secure connection or the client is not authenticated. The server response is: 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
		{"", "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group", KindAuthRequired},
	})
}

// TestRoundZ263Families holds the families of the replies of the held-out
// samples Z263 to Z266 that the rules missed, and a POP3 transcript whose
// server's "-ERR" line is not its first: the first 15 cases fail on
// f07615f; the 7 after them passed there already, and the fits must keep
// them. The last six guard against what a review found the first fits
// did; two of them failed on f07615f too (its guess took the HTTP status
// line for a connection failure, and "sending for this account" for a
// block).
func TestRoundZ263Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "< +OK Dovecot ready.\n> USER bob\n< +OK\n> PASS xxx\n< -ERR [AUTH] Authentication failed.", KindPOPFailed},
		// Japanese "exceeded" written 越え as well as 超え.
		{"", "メッセージのサイズがサーバーの制限を越えたため、メッセージを送信できませんでした。", KindMessageTooLarge},
		// Outlook's and Outlook Express's error numbers (IXP_E_* of
		// imnxport.h) name the failure in any language.
		{"", "タスク 'アカウント名 - 送信中' はエラー (0x800CCC0F) を報告しました: 'サーバーへの接続が中断されました。この問題が引き続き起こる場合は、サーバー管理者かインターネットサービスプロバイダ (ISP) に連絡してください。サーバーが応答しました: …'", KindConnectionFailed},
		{"", "サーバーへの接続は失敗しました。アカウント: '電子メールアカウント', サーバー: 'メールサーバー名', プロトコル: SMTP, ポート: 0000, セキュリティ (SSL): なし, ソケット エラー: 10051, エラー番号: 0x800CCC0E", KindConnectionFailed},
		{"", "サーバーは接続を解除しました。サーバーまたはネットワークに問題があるか、またはアイドル時間が長すぎた可能性があります。件名: '件名', アカウント: '電子メールアカウント', サーバー: 'メールサーバー名', プロトコル: SMTP, ポート: 25, セキュリティ (SSL): なし, ソケットエラー: 10054, エラー番号: 0x800CCC0F", KindConnectionFailed},
		// .NET's wrapper broken over two lines: the server's words after
		// "The server response was:" still decide.
		{"", "Exception Details: System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not\nauthenticated. The server response was: 5.7.0 Authentication required", KindAuthRequired},
		// A client's "expected code 250, got 552": the code got.
		{"", "Error: Expected smtp code 250, got 552", KindMessageTooLarge},
		// A library's name is not a cause the guess may weigh.
		{"", `Uncaught Swift_TransportException: Expected response code 354 but got code "503"`, KindSyntaxError},
		// The local mail program missing: a shell's 127, PHPMailer's
		// "instantiate" message in its translations.
		{"", "Error sending message, child exited 127 (Exec error.)", KindInvalidConfig},
		{"", "Impossible d'instancier la fonction mail. Message was not sent \nMailer Error: Impossible d'instancier la fonction mail.", KindInvalidConfig},
		{"", "Mail-Funktion konnte nicht initialisiert werden.", KindInvalidConfig},
		// A sending account barred from sending: the sender.
		{"", "550 message sending for this account is disabled", KindSenderRejected},
		// The client's statistics or IP control, not the message.
		{"", "Blocked by spam statistics — see...", KindBlocked},
		{"", "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'", KindBlocked},
		// Gmail's one destination domain per transaction: a limit on the
		// recipients of one transaction.
		{"", "451-4.3.0 Multiple destination domains per transaction is unsupported.  Please\n451 4.3.0 try again.  random.string", KindRateLimited},
		// Members of the same families that f07615f already read right,
		// which the fits must keep.
		{"", "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication required", KindAuthRequired},
		{"", "Task 'user@company.com - Sending' reported error (0x800CCC0E): 'Cannot connect to the network server'", KindConnectionFailed},
		{"", "El servidor no admite el tipo de cifrado de conexión que ha especificado. Intente cambiar el método de cifrado. (Error 0x800CCC1A)", KindTLSFailed},
		{"", `Expected response code 250 but got code "535", with message "535 5.7.8 Username and Password not accepted."`, KindAuthFailed},
		{"", "sendmail: Cannot open mailhub:25", KindConnectionFailed},
		{"", "Could not instantiate mail function.", KindInvalidConfig},
		{"", "454 4.7.0 Temporary authentication failure", KindAuthFailed},
		// What the fits must not do: read a code from a line that starts
		// with "code" (it panicked), or from an HTTP status; leave .NET's
		// words out when the server's part is a code alone; take a
		// message "sent too fast" or "suspended" for a sending account
		// disabled, a path for a mail hub, a content verdict that links
		// statistics for the client's.
		{"", "code 354, got 250", KindUnknown},
		{"", "expected status code 200, got 503 from https://api.mailgun.net", KindUnknown},
		{"", "Exceeded storage allocation.\nThe server response was: 552", KindMailboxFull},
		{"", "421 Sending for this account is rate limited, try again later", KindRateLimited},
		{"", "sendmail: Cannot open /etc/ssmtp/ssmtp.conf", KindServiceUnavailable},
		{"", "550 Message rejected: spam detected. See spam statistics at https://example.com", KindPolicyRejected},
		// A library's name, or a pointer to a page, alone names no cause
		// for the guess to find (functionWords).
		{"", "Uncaught Swift_TransportException", KindUnknown},
		{"", "550 BAD_RECIPIENT - see http://example.com/help", KindRecipientUnknown},
	})
}

// TestRoundZ269Families holds the fits of the replies measured on
// b508a97 (devices' alerts, shop and CMS plugins, cloud relays, Chinese,
// Japanese and Korean sources) that both readers labelled alike.
func TestRoundZ269Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// Chinese "exceeds the limit" says nothing of what: the size
		// (大小) of a message or an attachment is too large, a count (数量)
		// or a volume (量) is a rate; the English before it decides too.
		{"", "552 message is too long. (邮件大小超过限制)", KindMessageTooLarge},
		{"", "554 attachment is too long. (单个附件大小超出限制)", KindMessageTooLarge},
		{"", "邮件大小超过限制", KindMessageTooLarge},
		{"", "单个附件大小超出限制", KindMessageTooLarge},
		{"", "信件大小超过限制", KindMessageTooLarge},
		// Alibaba's refusals of a MAIL FROM that is not (or is, without a
		// login) one of its accounts: the sender.
		{"", `501 "MAIL FROM" is non-local account`, KindSenderRejected},
		{"", `501 \"MAIL FROM\" is non-local account`, KindSenderRejected},
		{"", "502 Mailfrom account is a local account", KindSenderRejected},
		// A program's own outgoing server setting said to be invalid.
		{"", "SugarPHPMailer encountered an error: The outbound mail server selected for the mail account you are using is invalid. Check the settings or select a different mail server for the mail account.", KindInvalidConfig},
		// An OAuth authorization a device or program holds, expired: log
		// in again (auth_failed), not a recipient's account expired.
		{"", "Authorization has expired. Reauthorize the account.", KindAuthFailed},
		{"", "OAuth authorization expired. Please reauthorize your account.", KindAuthFailed},
		{"", "Authorisation has expired. Reauthorise the account.", KindAuthFailed},
		// Postfix refusing to start for a setting of its own (a server's
		// log line, no code): its configuration, not a relay refused.
		{"", "fatal: in parameter smtpd_relay_restrictions or smtpd_recipient_restrictions, specify at least one working instance of: reject_unauth_destination, defer_unauth_destination, reject, defer, defer_if_permit or check_relay_domains", KindInvalidConfig},
		// Members of the same families that b508a97 already read right,
		// which the fits must keep.
		{"", "Your account has expired", KindMailboxDisabled},
		{"", "554 5.7.1 <bob@example.com>: Relay access denied", KindRelayDenied},
		{"", "450MI:DMC 当前连接发送的邮件数量超出限制。请减少每次连接中投递的邮件数量", KindRateLimited},
		{"", "450 4.2.1 此客户的最高 SMTP 中继量超出限制。此错误是暂时性的。", KindRateLimited},
		{"", "552 message is too long.", KindMessageTooLarge},
		{"", "503 Rcptto account isn't a local account", KindRelayDenied},
		{"", "553 Mail from must equal authorized user", KindSenderRejected},
		// What a review of these fits found them to catch wrongly: a
		// library's frame quoting the command ("\"MAIL FROM\" command
		// failed: …", BerliozFramework/Mailer) is no sender refused; a
		// mailbox's size (邮箱大小) or capacity (容量) over its limit is a
		// full mailbox, not a message too large or a rate; a word to log
		// in again beside a limit, and a login's or a sender's words
		// beside the name of a program's setting, are not the login's
		// expiry nor the settings.
		{"", `"MAIL FROM" command failed: 421 Too many concurrent SMTP connections from this IP address; please try again later.`, KindRateLimited},
		{"", "552 邮箱大小超过限制", KindMailboxFull},
		{"", "552 邮箱容量超过限制", KindMailboxFull},
		{"", "Daily user sending limit exceeded. Reauthorize", KindRateLimited},
		{"", "The password for the outgoing mail server is invalid.", KindAuthFailed},
		{"", "Authentication is required by the outgoing mail server", KindAuthRequired},
		{"", "Sender address rejected: not a valid domain for this outgoing mail server", KindSenderRejected},
	})
}

// TestRoundZ273Families holds the fits of the replies measured on
// f52c656 (institutions' help pages, mailing-list managers, legacy
// servers, mail apps) that both readers labelled alike.
func TestRoundZ273Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// The server's own disk, not a mailbox, is out of space.
		{"", "Out of disk space (#1.03)", KindServiceUnavailable},
		// A list server's (or any server's) request it does not know.
		{"", `Unrecognized request "SUSCRIBE"`, KindSyntaxError},
		{"", `Unrecognized request "DO"`, KindSyntaxError},
		{"", `Unrecognised request "DO"`, KindSyntaxError},
		// A client refused for an address that is not static: dynamic.
		{"", "<wl-en@ml.gentei.org>: host mx.gentei.org[192.0.2.1] said: 553 Sorry, you\n    seem to be a non-static-ip server(#5.7.1) (in reply to RCPT TO command)", KindBlocked},
		// A list whose posting is reserved to its moderators refuses the
		// sender, as one reserved to its members does.
		{"", "Votre message pour la liste...a été rejeté.\nLa diffusion de message est réservée aux modérateurs.", KindSenderRejected},
		{"", "La diffusion de messages est réservée aux modérateurs.", KindSenderRejected},
		// Java's SocketTimeoutException is a timeout, whatever it failed
		// to do ("failed to connect to … after 30000ms").
		{"", "Failed to send some messages\nSocketTimeoutException: failed to connect to\ndisroot.org/192.0.2.1 (port 465) from /\n192.168.1.77 (port 50309) after 30000ms", KindTimeout},
		// Thunderbird's and SeaMonkey's older dialog for an outgoing server
		// whose name does not resolve.
		{"", "Sending of message failed.\nAn error occurred sending mail: SMTP server mail.example.com is unknown. The server may be incorrectly configured. Please verify that your SMTP server settings are correct and try again.", KindConnectionFailed},
		// Members of the same families that f52c656 already read right,
		// which the fits must keep.
		{"", "452 Out of disk space for temp file", KindServiceUnavailable},
		{"", "552 5.2.2 Mailbox full: out of disk space for this mailbox", KindMailboxFull},
		{"", "500 5.5.1 Command unrecognized", KindSyntaxError},
		{"", "550 5.7.1 Mail from dynamic IP addresses is not accepted", KindBlocked},
		{"", "La diffusion de messages dans la liste est réservée aux abonnés.", KindSenderRejected},
		{"", "Le modérateur à jugé votre message inapproprié.", KindPolicyRejected},
		// What a review of these fits found them to catch wrongly: a
		// command or an action reserved to moderators (Sympa's
		// authorization_reject notices, ezmlm's) refuses the request, not
		// the sender's post; a quota's words beside the disk's out of
		// space are a full mailbox.
		{"", "The MODINDEX command is restricted to moderators.", KindPolicyRejected},
		{"", "This action is restricted to moderators.", KindPolicyRejected},
		{"", "La commande MODINDEX est réservée aux modérateurs.", KindPolicyRejected},
		{"", "Command allowed only to moderators (#5.7.1)", KindPolicyRejected},
		{"", "452 4.2.2 Over quota: out of disk space", KindMailboxFull},
		{"", "552 5.2.2 Quota exceeded: out of disk space", KindMailboxFull},
		{"", "452 Out of disk space: too much mail stored", KindMailboxFull},
		// Sympa's English refusal of a post to a list only its moderators
		// may post to, as its French one.
		{"", "Message distribution for this list is restricted to list moderators.", KindSenderRejected},
	})
}

// TestRoundZ277Families holds the fits of the replies measured on
// 36d0971 (blocklist operators' and senders' threads, Slavic, Turkish
// and Greek sources, Spanish and Portuguese ones, log-analysis tools'
// sample logs) and on 80fa266 (marketing platforms, South and Southeast
// Asian sources, verifiers' probes, help-desk software) that both readers
// labelled alike, and what a review of the first fit found.
func TestRoundZ277Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// Postfix's log field "relay=" names the next hop, not a relay
		// refused: the status's words decide.
		{"", "E37F6A0AF5: to=<someone@example.com>, relay=none, delay=371, delays=371/0.02/0.02/0, dsn=4.4.1, status=deferred (connect to example.com[192.0.2.2]:25: Connection refused)", KindConnectionFailed},
		// sendmail's hand-off to a smart host ("mailer=relay"), which a
		// review of the fit found still read as a relay denial.
		{"", "to=<someone@example.com>, delay=00:00:01, xdelay=00:00:00, mailer=relay, pri=30000, relay=[127.0.0.1] [127.0.0.1], dsn=4.0.0, stat=Deferred: Connection refused by [127.0.0.1]", KindConnectionFailed},
		// PHPMailer's Indonesian "Could not authenticate" as a later
		// release spells it (mengautentikasi; 6.6.3's mengotentikasi,
		// TestPHPMailer's).
		{"", "Kesalahan SMTP: Tidak dapat mengautentikasi", KindAuthFailed},
		// A server said to be limiting the client's requests: a rate.
		{"", "The mail server is temporarily limiting requests. ServiceOps will retry again automatically.", KindRateLimited},
		{"", "421 The server is limiting your requests", KindRateLimited},
		// Members of the same family that 36d0971 already read right,
		// which the fit must keep.
		{"", "to=<someone@example.com>, relay=none, delay=30, delays=0.01/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.3]:25: Connection timed out)", KindTimeout},
		{"", "to=<someone@example.com>, relay=mx.example.com[192.0.2.4]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.4] said: 550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))", KindRecipientUnknown},
		{"", "NOQUEUE: reject: RCPT from unknown[192.0.2.5]: 554 5.7.1 <someone@example.net>: Relay access denied; from=<a@example.org> to=<someone@example.net> proto=ESMTP helo=<x>", KindRelayDenied},
		{"", "554 5.7.1 Relay access denied", KindRelayDenied},
	})
}

// TestPOPReplyTemporaryByWords: a POP3 server's "-ERR" at the POP check
// is temporary when its words say the refusal will pass: a lock, a
// server's trouble, too many connections or a busy server (VPOP3's,
// Gordano's), not a wrong password, nor what [AUTH] or [SYS/PERM] says
// will not pass.
func TestPOPReplyTemporaryByWords(t *testing.T) {
	checkKindsTemporary(t, []kindTempCase{
		{"-ERR [IN-USE] Mailbox is locked by another session", KindPOPFailed, true},
		{"-ERR [SYS/TEMP] Internal error", KindPOPFailed, true},
		{"-ERR Too many simultaneous logins, try again later", KindPOPFailed, true},
		{"-ERR Too many connections from your address (#1.04)", KindPOPFailed, true},
		{"-ERR Busy - please try later", KindPOPFailed, true},
		{"-ERR Server busy", KindPOPFailed, true},
		{"-ERR Please try later", KindPOPFailed, true},
		{"-ERR [AUTH] Authentication failed.", KindPOPFailed, false},
		{"-ERR Logon failure: unknown user name or bad password.", KindPOPFailed, false},
		{"-ERR [AUTH] Server busy, authentication failed", KindPOPFailed, false},
		{"-ERR [SYS/PERM] Mailbox busy", KindPOPFailed, false},
	})
}

// TestRoundFromB508a97TermsDecide holds the round's terms whose rows the
// word model, retrained on them, reads right without them: the term must
// be what decides, so that taking it out fails here.
func TestRoundFromB508a97TermsDecide(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"553 Sorry, you seem to be a non-static-ip server(#5.7.1)", KindBlocked, "non-static-ip"},
		{"554 Mail from non-static ip addresses is refused", KindBlocked, "non-static ip"},
		{"The mail server is temporarily limiting requests. ServiceOps will retry again automatically.", KindRateLimited, "limiting requests"},
		{"502 Mailfrom account is a local account", KindSenderRejected, "is a local account"},
		{`Unrecognised request "DO"`, KindSyntaxError, "unrecognised request"},
		{`Unrecognized request "SUSCRIBE"`, KindSyntaxError, "unrecognized request"},
	})
}

// TestRoundZ285Families holds what the held-out sets Z285-Z292 (workflow
// and automation tools, command-line senders, relay testers, Microsoft's
// on-premises products, German/French/Italian/Dutch providers, message
// authentication threads, English-speaking ISPs, business software)
// missed on ebe54c8 that both readers labelled alike, as families, and
// members of those families that ebe54c8 already read right.
func TestRoundZ285Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// "STARTTLS is required" asks for TLS first, whatever "failed" the
		// client's frame says around it.
		{"", "Failed messages: com.sun.mail.smtp.SMTPSendFailedException: 451 5.7.3 STARTTLS is required to send mail [XX0PR01MB0000.prod.outlook.com 2023-03-24T17:11:27.859Z 08DB29DBFE5130FB]", KindTLSRequired},
		// A POP3 "-ERR" with its RFC 3206 response code, framed by a
		// program's "Login failed": the POP check, not the SMTP login.
		{"", "ERROR: Login failed -ERR [AUTH] Authentication failed.", KindPOPFailed},
		{"", "ERROR: Login failed -ERR [AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.", KindPOPFailed},
		// Exchange's receive connector to a client that has not logged in
		// (.NET wraps it as a sender refused).
		{"", "Failure sending mail: The server rejected the sender address. The server response was: 454 5.7.3 Client does not have permission to submit mail to this server", KindAuthRequired},
		{"", "454 5.7.3 Client doesn't have permission to submit mail to this server", KindAuthRequired},
		{"", "Mailbox unavailable. The server response was: message submission is for authorised users only!", KindAuthRequired},
		// A bot on a list is a blocked client.
		{"", "Temporary denial of connection (450) for Zombie matches (ERS)", KindBlocked},
		// "Isn't an open relay" refuses to relay, as "not an open relay"
		// does; the client is not said to be one. Both readers said the
		// login (auth_required), as they said of "Authentication is
		// required for relay": the rules read a relay refused whose hints
		// lead with the login, and the reply stays a known miss labelled
		// as the readers labelled it. Blocked, as ebe54c8 read it, was
		// wrong whoever is right.
		{"", "Server isn't an open relay, authentication needed", KindRelayDenied},
		// Exchange's own store and its connection to the next hop.
		{"", "SMTPSEND.SuspiciousRemoteServerError; remote server disconnected abruptly; retry will be delayed", KindConnectionFailed},
		{"", "STOREDRV; mailbox database is offline", KindServiceUnavailable},
		{"", "STOREDRV; mailbox disk is full", KindServiceUnavailable},
		// A rate named beside a refused message and a sender is the rate.
		{"", "Message rejected.  Excessive message rate from sender to recipient.", KindRateLimited},
		// sendmail's address parser.
		{"", `msmtp: server message: 501 <Nextcloud HPB Setup <noreply.nextcloud-hpb.setup>>: "@" or "." expected after "Nextcloud"`, KindSyntaxError},
		// Exim's sender verification callout that the sender's servers
		// refused (they refuse bounces).
		{"", "550-Callback setup failed while verifying someone@example.com\n550-(result of an earlier callout reused). \n550-The initial connection, or a HELO or MAIL FROM:<> command was \n550-rejected. Refusing MAIL FROM:<> does not help fight spam, disregards \n550-RFC requirements, and stops you from receiving standard bounce \n550-messages. This host does not accept mail from domains whose servers \n550-refuse bounces.", KindSenderRejected},
		// A workflow engine's SMTP connection that is not set up.
		{"", "AirflowException: SMTP connection is not found.", KindInvalidConfig},
		{"", "AirflowNotFoundException: The conn_id `smtp_default` isn't defined", KindInvalidConfig},
		// Outlook Express's server name that did not resolve.
		{"", "The server name you entered cannot be found on the network (it might be down temporarily). Verify that you are on line and that the server name is correct.", KindConnectionFailed},
		// Members of the same families that ebe54c8 already read right,
		// which the fit must keep.
		{"", "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
		{"", "-ERR [AUTH] Authentication failed.", KindPOPFailed},
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
		{"", "530 5.7.1 Client was not authenticated", KindAuthRequired},
		{"", "550 5.7.60 SMTP; Client does not have permissions to send as this sender", KindSenderRejected},
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "550 5.7.1 This server is not an open relay", KindRelayDenied},
		{"", "554 5.7.1 Rejected: your server is an open relay", KindBlocked},
		{"", "450 4.4.318 Connection was closed abruptly", KindConnectionFailed},
		{"", "553 5.1.8 <someone@example.com>: Sender address rejected: Domain not found", KindSenderRejected},
		{"", "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "421 4.7.0 Message rate limit exceeded, try again later", KindRateLimited},
		{"", "553 5.1.3 <someone>... Unbalanced '<'", KindSyntaxError},
		{"", "550 Verification failed for <someone@example.com>", KindSenderRejected},
		{"", "getaddrinfo ENOTFOUND smtp.example.com", KindConnectionFailed},
		{"", "452 4.2.2 Mailbox full", KindMailboxFull},
		{"", "ssmtp: Cannot open mailhub:25", KindConnectionFailed},
		{"", "552 5.2.2 <someone@example.com>: mailbox is full (disk quota exceeded)", KindMailboxFull},
		// Relaying kept for users who logged in refuses to relay (a review
		// of the fit found "for authorized users only" took it).
		{"", "550 Relaying is for authorized users only", KindRelayDenied},
		// Too many bad recipients is the client's reputation, however
		// excessive their rate is said to be.
		{"", "421 Excessive rate of bad recipients", KindBlocked},
		// A review of the fits found these taken by terms too broad:
		// Airflow's frame ("conn_id=conn_id") around a relay denial, TLS
		// required and then failing, a connection said to drop beside a
		// relay denial.
		{"", "File \"/usr/lib/python3/dist-packages/airflow/utils/email.py\", line 88, in send_email_smtp\n    send_mime_email(e_from=mail_from, e_to=recipients, mime_msg=msg, conn_id=conn_id, dryrun=dryrun)\nsmtplib.SMTPRecipientsRefused: {'someone@example.com': (554, b'5.7.1 <someone@example.com>: Relay access denied')}", KindRelayDenied},
		{"", "STARTTLS is required to send mail but the server does not offer STARTTLS", KindTLSFailed},
		{"", "The connection was disconnected abruptly while sending message; relay access denied", KindRelayDenied},
	})
}

// TestRoundZ293Families holds what the held-out sets Z293-Z300 (old
// archives, replies about relaying, monitoring and developer platforms,
// mail hosts for custom domains, self-hosted mail stacks, frameworks'
// mailers, carrier gateways, deliverability writers) missed on 9a0e91e
// that both readers labelled alike and were sure of, as families, and
// members of those families that 9a0e91e already read right; then the
// one such miss of the third batch (Z301-Z307, measured on 245c75b),
// Microsoft Graph's send-as refusal, and the cases a review of the fits
// added.
func TestRoundZ293Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A server that expected MAIL FROM (or QUIT) got another command:
		// syntax, whatever the client's frame says failed.
		{"", "notifier: smtp: failed to send message: sending SMTP RESET command: failed to send RSET to SMTP client: 500 Expected MAIL FROM:<addr> or QUIT", KindSyntaxError},
		// A mail program a script calls that is not installed.
		{"", "/etc/icinga2/scripts/mail-service-notification.sh: line 20: mail: command not found", KindInvalidConfig},
		{"", "sendmail: command not found", KindInvalidConfig},
		// A sending limit exceeded, said after a vague "mailbox
		// unavailable": the limit.
		{"", "Message could not be sent. Error message from mail transport server:450 -\n450-Requested mail action not taken: mailbox unavailable\n450 Mail send limit exceeded.", KindRateLimited},
		// A secure connection required, as misspelt ("requiered"): TLS
		// first, whatever "failed" the login says around it.
		{"", "Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 530 Login fail. A secure connection is requiered(such as ssl).", KindTLSRequired},
		// A mailer's transport or DSN scheme the framework does not know:
		// the settings (Symfony Mailer, Laravel).
		{"", `The "" scheme is not supported; supported schemes for mailer "smtp" are: "smtp", "smtps".`, KindInvalidConfig},
		{"", "InvalidArgumentException\nUnsupported mail transport [].", KindInvalidConfig},
		// Microsoft Graph's send-as refusal, whatever "Forbidden" its
		// status says.
		{"", "Failed to send email: Graph error. Status Code: Forbidden Message: The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account., Cannot submit message. Code: ErrorSendAsDenied, RequestId: , ClientRequestId: Headers: Cache-Control: private", KindSenderRejected},
		// A review of the fits found these taken by terms too broad: a
		// server's own "Command not found" for AUTH, TLS required and
		// then failing, a login scheme not supported, a list's
		// permission to submit.
		{"", "Command not found: AUTH. Authentication failed", KindAuthFailed},
		{"", "A secure connection is required but the server does not support STARTTLS", KindTLSFailed},
		{"", "Authentication scheme is not supported", KindAuthFailed},
		{"", "550 5.7.1 You do not have permission to submit mail to this list", KindPolicyRejected},
		// Members of the same families that 9a0e91e already read right,
		// which the fit must keep.
		{"", "503 5.5.1 Error: need MAIL command", KindSyntaxError},
		{"", "503 Bad sequence of commands", KindSyntaxError},
		{"", "sendmail: not found", KindInvalidConfig},
		{"", "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in local recipient table", KindRecipientUnknown},
		{"", "451 4.7.1 Sending limit exceeded, try again later", KindRateLimited},
		{"", "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown},
		{"", "A secure connection is required", KindTLSRequired},
		{"", "535 5.7.8 Authentication failed", KindAuthFailed},
		{"", "500 5.5.1 Command unrecognized: \"XYZ\"", KindSyntaxError},
	})
}

// TestSendingFailedFrameNamesNoTLSFailure: a program's own frame of a
// send that failed ("Failed to send mail:", "send failed:", "Sending
// failed.") says that sending failed, not that TLS did: the reply it
// frames decides, and a server that wants TLS first is tls_required. A
// handshake, a negotiation or STARTTLS that failed still is TLS failing.
func TestSendingFailedFrameNamesNoTLSFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Failed to send mail: 530 Must use STARTTLS", KindTLSRequired},
		{"", "Failed to send: 523 TLS is required", KindTLSRequired},
		{"", "send failed: 530 TLS required", KindTLSRequired},
		{"", "Sending failed: 530 5.7.0 Must use STARTTLS first", KindTLSRequired},
		// What the frame must not hide.
		{"", "Failed to send mail: TLS negotiation failed", KindTLSFailed},
		{"", "STARTTLS failed: handshake failure", KindTLSFailed},
		{"", "Sending failed: 454 4.7.0 TLS not available due to local problem", KindTLSFailed},
		{"", "Failed to send email: 451 4.7.0 TLS required", KindTLSRequired},
		{"", "Failed to send mail: 530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
		{"", "Failed to send mail: x509: certificate signed by unknown authority", KindTLSFailed},
		// Only the send's own frame: a TLS connection that failed to send
		// data is TLS failing (a review found it taken).
		{"", "TLS connection failed to send data", KindTLSFailed},
		{"", "SSL_write failed to send data", KindTLSFailed},
	})
}

// TestRoundZ308Families holds the families of the held-out samples
// Z308-Z315 (Java enterprise software, forum software, MTA documentation,
// backup software, published MTA configurations, Windows scripting,
// self-hosted trackers, forwarding services) that be0424f read wrong and
// both readers labelled alike, with guards: replies of the same families
// it read right, which the fits must keep.
func TestRoundZ308Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A guard (read right before the fit): .NET's status text frames
		// the server's answer: "Service not
		// available, closing transmission channel" is SmtpStatusCode 421's
		// description, and the answer after "The server response was:"
		// decides.
		{"", "Exception calling \"Send\" with \"1\" argument(s): \"Service not available, closing transmission channel. The server\nresponse was: 4.7.0 [58.137.164.50      15] Our system has detected that this message is likely unsolicited mail.", KindPolicyRejected},
		// JavaMail's "Invalid Addresses" is SendFailedException's message,
		// not the cause: the nested reply decides.
		{"", "Invalid Addresses; nested exception is: javax.mail.SendFailedException: 550 rejecting spoofed message", KindPolicyRejected},
		// JavaMail's "Could not connect to SMTP host: H, port: P, response:
		// N": the server answered the connection with N.
		{"", "javax.mail.MessagingException: Could not connect to SMTP host: 192.168.0.9, port: 25, response: 421", KindServiceUnavailable},
		{"", "org.springframework.mail.MailSendException: Mail server connection failed; nested exception is javax.mail.MessagingException: Could not connect to SMTP host: mx.example.com.tr, port: 25, response: 554", KindBlocked},
		// A TLS handshake exception is TLS failing, whatever connection it
		// could not make.
		{"", "javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites are inappropriate)\njavax.mail.MessagingException: Could not connect to SMTP host: mail.example.com, port: 587", KindTLSFailed},
		{"", "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS connection.\n\nWhen connecting to an SMTP service, port 587 is typically reserved for plain-text connections. If you intended to connect to SMTP on the SSL port, try connecting to port 465 instead.", KindTLSFailed},
		// A mail program or package the sender needs, not installed.
		{"", "??? RBK0039E: Mail program msmtp not installed to send emails.", KindInvalidConfig},
		{"", "??? RBK0039E: Mail Program mail ist nicht installiert um eMail zu senden.", KindInvalidConfig},
		{"", "Exception from line 268 of /usr/share/nginx/html/wiki/includes/mail/UserMailer.php: PEAR mail package is not installed", KindInvalidConfig},
		// A URI in the settings that does not parse.
		{"", "URIError: URI malformed", KindInvalidConfig},
		{"", "Failed to send email: System.UriFormatException: URI inválido: esquema URI inválido.", KindInvalidConfig},
		// A setting left blank, or required by another.
		{"", "Can't use Channel::Driver::Smtp: #<ArgumentError: SMTP To address may not be blank: []>", KindInvalidConfig},
		{"", "If -SendMail specified, -MailFrom, -MailTo and -MailServer must be specified as well!", KindInvalidConfig},
		// A password to change before the account may send again.
		{"", "REJECT Password expired, please change your password before sending email.", KindAuthFailed},
		{"", "REJECT Please change your password in webmail before sending email", KindAuthFailed},
		// The server's own DNS lookup that failed for now, whatever it was
		// checking.
		{"", "Temporary DNS error while checking SPF record.  Try again later.", KindServiceUnavailable},
		// CDO's transport error codes (cdosys.h): CDO_E_LOGON_FAILURE,
		// CDO_E_FAILED_TO_CONNECT, CDO_E_CONNECTION_DROPPED.
		{"", "The message could not be sent to the SMTP server. The transport error code was 0x80040217. The server response was not available.", KindAuthFailed},
		{"", "The message could not be sent to the SMTP server. The transport error code was 0x80040213. The server response was not available", KindConnectionFailed},
		// A POP3 error a mail program reports (POP-before-SMTP's check).
		{"", "POP ERR 901 Connection failed: Connection to server failed", KindPOPFailed},
		// Japanese: "unknown mail server", "a fatal error occurred while
		// reading from the socket".
		{"", "不明なメール サーバーです。", KindConnectionFailed},
		{"", "ソケットからの読み込み中に致命的なエラーが発生しました。", KindConnectionFailed},
		// Mail refused from the client host, whatever it is said to send.
		{"", "554 BLCKLST Contact \"postmaster@example.org\" if this is in error, but we do not accept mail from your IP address, \" 192.0.2.1 \", which has sent or tried to send us UCE/UBE or a virus recently.", KindBlocked},
		{"", "554 VIRUS Contact \"postmaster@example.org\" if this is in error, but we do not accept mail from your host, which is sending us viruses.", KindBlocked},
		{"", "554 BADHELO Contact \"postmaster@example.org\" if this is in error, but we do not accept mail from hosts that announce themselves via HELO/EHLO as \" localhost \", as when we do it is always spam.", KindBlocked},
		// The sender's own domain without an MX.
		{"", "550 NOMXFAL Contact \"postmaster@example.org\" if this is in error, but your mail was refused because your domain lacks an MX record. We do not accept mail from anyone we can not complain about it to.", KindSenderRejected},
		{"", "450 NOMXTMP Contact \"postmaster@example.org\" if this is in error, but your mail was refused because your domain seems to lack an MX record. We do not accept mail from anyone we can not complain about it to.", KindSenderRejected},
		// The null sender refused, by whatever policy.
		{"", "REJECT Policy rejection due to null sender", KindSenderRejected},
		// A server's upstream that failed.
		{"", "Reason: [{LED=421 4.3.0 Upstream error, please check Postmaster · Cloudflare Email Routing docs for possible reasons why.", KindServiceUnavailable},
		// A review of the fit found these taken by its first terms and
		// rules: a HELO named beside a refusal that is a command's order,
		// a wait, SPF or a login; "from your host" inside "hosting"; a
		// macro the message holds; a root certificate not installed; a
		// relayed reply after an upstream's error.
		{"", "503 5.5.1 We only accept mail from clients that send EHLO first", KindSyntaxError},
		{"", "451 4.7.1 Please try again later: we do not accept mail from new hosts during the first 5 minutes (HELO mail.example.com)", KindServiceUnavailable},
		{"", "550 5.7.1 HELO host.example.com: we do not accept mail from hosts failing SPF", KindPolicyRejected},
		{"", "550 5.7.1 Message rejected: please send from your hosting provider's SMTP server instead", KindPolicyRejected},
		{"", "550 5.7.1 Message rejected: macros in attachments. We do not accept mail from your mail client with macro-enabled documents", KindPolicyRejected},
		{"", "550 Message contains a virus. We do not accept mail from your client containing viruses", KindPolicyRejected},
		{"", "The SSL certificate was not installed", KindTLSFailed},
		{"", "The remote certificate is invalid according to the validation procedure: the root certificate is not installed", KindTLSFailed},
		{"", "554 5.7.1 Upstream error: 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		// What the fits must keep.
		{"", "Invalid Addresses; nested exception is: javax.mail.SendFailedException: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "Could not connect to SMTP host: 192.168.0.9, port: 25, response: -1", KindConnectionFailed},
		{"", "Could not connect to SMTP host: mail.example.com, port: 587;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused", KindConnectionFailed},
		{"", "Mailbox unavailable. The server response was: 5.7.1 Unable to relay", KindRelayDenied},
		{"", "421 Service not available, closing transmission channel", KindServiceUnavailable},
		{"", "Service not available, closing transmission channel. The server response was: 4.7.0 Temporary server error. Please try again later", KindServiceUnavailable},
		{"", "550 5.7.1 Message rejected: contains a virus", KindPolicyRejected},
		{"", "550 SPF check failed", KindPolicyRejected},
		{"", "The transport failed to connect to the server.", KindConnectionFailed},
		{"", "451 4.0.0 /etc/mail/sendmail.cf: line 0: cannot open: No such file or directory", KindServiceUnavailable},
		{"", "sendmail: Cannot open /etc/ssmtp/ssmtp.conf", KindServiceUnavailable},
		{"", "550 We do not accept mail from your IP address", KindBlocked},
		{"", "550 Sender domain lacks an MX record", KindSenderRejected},
		{"", "421 4.3.0 Temporary System Problem. Try again later", KindServiceUnavailable},
		{"", "535 5.7.8 Authentication failed", KindAuthFailed},
		{"", "-ERR [AUTH] Invalid login", KindPOPFailed},
	})
}

// TestRoundZ316Families holds the families of the held-out samples
// Z316-Z322 (Go, Rust, Python, Node.js and PHP applications, web hosts'
// help pages, administrators' pasted logs, terminal mail clients) that
// b7650fc read wrong and both readers labelled alike, with guards.
func TestRoundZ316Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// msmtp's account missing from its configuration; a sendmail
		// that exited with EX_CONFIG (78), as mutt reports it; an
		// application's environment refused.
		{"", "msmtp: account default not found in /Users/someone/.config/msmtp/config", KindInvalidConfig},
		{"", "msmtp: account coding not found: no configuration file available", KindInvalidConfig},
		{"", "Error sending message, child exited 78 ().", KindInvalidConfig},
		{"", "Environment configuration is invalid, please check the following:\nSMTP_SERVICE must be one of: 1und1, AOL, DebugMail.io, FastMail, Gmail", KindInvalidConfig},
		// Swift Mailer's and Symfony's empty address or host: the
		// program's settings left blank.
		{"", "Address in mailbox given [] does not comply with RFC 2822, 3.6.2.", KindInvalidConfig},
		{"", `Connection could not be established with host ":587": stream_socket_client(): Unable to connect to :587 (Connection refused)`, KindInvalidConfig},
		// Gmail's "did not accept our requests to connect" is the
		// connection's, whatever IP address or refusal it names.
		{"", "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [healthchecks.example.com. 192.0.2.1: FAILED_PRECONDITION: connect error (111): Connection refused]", KindConnectionFailed},
		// A login a program could not make, in its own words.
		{"", "Configuration failed. Make sure to\nenter correct credentials. If using\nGMail, enable access for 'less secure\napps' first.", KindAuthFailed},
		// lettre (Rust) prints the reply code it got as its parts: 535
		// and 452, read as the bare codes are.
		{"", "SMTP 5xx error: lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Five }) }", KindAuthFailed},
		{"", "SMTP 4xx error: lettre::transport::smtp::Error { kind: Transient(Code { severity: TransientNegativeCompletion, category: MailSystem, detail: Two }) }", KindServiceUnavailable},
		// PHPMailer's debug frame "SERVER -> CLIENT:" names no client.
		{"", "SERVER -> CLIENT: 554 Message rejected: Email address is not verified. The following identities failed the check: someone@example.net", KindSenderRejected},
		// A read that timed out, as an exception's name says.
		{"", `SMTP[ERROR]: MailSo\Net\Exceptions\SocketReadTimeoutException: MailSo-Net-Exceptions-SocketReadTimeoutException (NetClient.php ~ 506)`, KindTimeout},
		// Too many recipients, in other words.
		{"", "Failed to send mail (sender=NAME , receiver=someone@example.com)\nToo much recipients in to: ", KindRateLimited},
		// Dovecot's log lines: a POP3 login that failed is POP's; the
		// "TLS" field of a login that failed names no TLS failure.
		{"", "pop3-login: Disconnected (auth failed, 1 attempts in 2 secs): user=<someone@example.com>, method=PLAIN, rip=192.0.2.1, lip=192.0.2.2, session=<pStpCFN5lMWvijV0>", KindPOPFailed},
		{"", "pop3-login: Internal login failure: user=<someone@example.com>, method=PLAIN, rip=::ffff:192.0.2.1, lip=::ffff:192.0.2.2", KindPOPFailed},
		{"", "submission-login: Disconnected: Aborted login by logging out (auth failed, 1 attempts in 2 secs): user=<business>, method=LOGIN, rip=192.0.2.1, lip=192.168.18.1, TLS, session=<xPPIsz/mR/KNYgoY>", KindAuthFailed},
		// Two held-out replies the word model read right before it was
		// retrained, now a rule's.
		{"", "Error initiating TLS - Unknown method: bogus_method", KindTLSFailed},
		{"", "Domain look up failed", KindDomainNotFound},
		// A review of the fit: lettre's usual form carries the server's
		// words as its source, which decide; an IPv6 host is no empty
		// host; a program not installed, PHPMailer's "CLIENT -> SERVER:"
		// and a temporary DNS error, whatever it was resolving.
		{"", `lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Zero }), source: "5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos" }`, KindRecipientUnknown},
		{"", `lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: MailSystem, detail: Four }), source: "5.7.1 Relaying denied" }`, KindRelayDenied},
		{"", `lettre::transport::smtp::Error { kind: Permanent(Code { severity: PermanentNegativeCompletion, category: Unspecified3, detail: Four }), source: "5.7.0 Must issue a STARTTLS command first. For more information, go to\n5.7.0  https://support.google.com/mail/?p=WantAuthError" }`, KindTLSRequired},
		{"", "curl: (7) Failed to connect to ::1 port 25 after 0 ms: Connection refused", KindConnectionFailed},
		{"", "msmtp: cannot connect to ::1, port 25: Connection refused", KindConnectionFailed},
		{"", "sendmail is not installed", KindInvalidConfig},
		{"", "Mail program mailx not installed", KindInvalidConfig},
		{"", "CLIENT -> SERVER: EHLO www.example.com\nSERVER -> CLIENT: 554 Message rejected: Email address is not verified.", KindSenderRejected},
		{"", "451 Temporary DNS error while looking up MX records", KindServiceUnavailable},
		// What the fits must keep.
		{"", "msmtp: cannot connect to smtp.gmail.com, port 587: Network is unreachable", KindConnectionFailed},
		{"", "Error sending message, child exited 69 (Service unavailable.)", KindServiceUnavailable},
		{"", "Error sending message, child exited 127 ()", KindInvalidConfig},
		{"", "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.com. 192.0.2.1: timed out]", KindTimeout},
		{"", "Address in mailbox given [bob@] does not comply with RFC 2822, 3.6.2.", KindInvalidConfig},
		{"", "Connection could not be established with host smtp.gmail.com :stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Connection refused)", KindConnectionFailed},
		{"", "SERVER -> CLIENT: 554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: blocked using zen.spamhaus.org", KindBlocked},
		{"", "lost connection after EHLO from unknown[192.0.2.1]", KindConnectionFailed},
		{"", "imap-login: Disconnected (no auth attempts in 0 secs): user=<>, rip=192.0.2.1, lip=192.0.2.2, TLS handshaking: SSL_accept() failed: error:1408F10B:SSL routines:ssl3_get_record:wrong version number, session=<abc>", KindTLSFailed},
		{"", "550 5.5.3 Too many recipients", KindRateLimited},
		{"", "-ERR [AUTH] Authentication failed.", KindPOPFailed},
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
		{"", "STARTTLS failed: handshake failure", KindTLSFailed},
		{"", `SMTP failed to send: Transient(Response { code: Code { severity: TransientNegativeCompletion, category: Connections, detail: One }, message: ["4.4.2 *** Error: timeout exceeded"] })`, KindTimeout},
	})
}

// TestCannotOpenHostPort: ssmtp (installed as sendmail) says "Cannot
// open HOST:PORT" of the mail hub it could not connect to, which both
// readers of three rounds' samples called a connection that failed; the
// same words before a file's path are a file the program cannot open.
func TestCannotOpenHostPort(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "sendmail: Cannot open mail:25", KindConnectionFailed},
		{"", "ssmtp: Cannot open smtp.gmail.com:587", KindConnectionFailed},
		{"", "sendmail: Cannot open smtp.example.com:465", KindConnectionFailed},
		// Guards.
		{"", "sendmail: Cannot open /etc/ssmtp/ssmtp.conf", KindServiceUnavailable},
		{"", "451 4.0.0 /etc/mail/sendmail.cf: line 0: cannot open: No such file or directory", KindServiceUnavailable},
		{"", "sendmail: Cannot open mailhub:25", KindConnectionFailed},
		{"", "Cannot open '500-errors.log'", KindServiceUnavailable},
	})
}

// TestRoundZ330Families: the families of the held-out round from 7317da6
// that both readers labelled alike, each case written before its fit.
func TestRoundZ330Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// The mail command a script or daemon calls, missing or not to
		// be run, or a sendmail that cannot read its own configuration:
		// the sending host's setup.
		{"", "ERROR No /usr/bin/mail or /usr/sbin/sendmail, can not send mail. You probably want to install the mailx package.", KindInvalidConfig},
		{"", "Your system does not have /usr/bin/mail.  Install the mailx or mailutils package", KindInvalidConfig},
		{"", "Could not execute: /user/bin/sendmail", KindInvalidConfig},
		{"", "[2022-07-27T13:27:28.920] slurmscriptd: error: run_command: MailProg can not be executed (/opt/slurm-mail/bin/slurm-spool-mail.py) Permission denied", KindInvalidConfig},
		{"", "nobody cron[123]: sendmail: fatal: open /etc/postfix/main.cf: No such file or directory", KindInvalidConfig},
		// msmtp (also as sendmail) without its configuration file, or
		// with a trust file it cannot read.
		{"", "sendmail: account default not found: no configuration file available", KindInvalidConfig},
		{"", "msmtp.exe: account default not found: no configuration file available", KindInvalidConfig},
		{"", "msmtp: cannot set X509 trust file ~/.certs/smtp.example.org.pem for TLS session: Error while reading", KindInvalidConfig},
		// Python's ssl module and OpenSSL's error queue: TLS failed,
		// whatever account is named beside them (not a connection said to
		// be closed, below).
		{"", "smtp-out: Error on session 123456789: IO Error: error:14077417:SSL\nroutines:SSL23_GET_SERVER_HELLO:sslv3 alert illegal parameter", KindTLSFailed},
		{"", "Connection test failed: 8\nEOF occurred in violation of protocol (_ssl.c:590)", KindTLSFailed},
		{"", "Incoming email account not correct\nError connecting via IMAP/POP3: [SSL: DH_KEY_TOO_SMALL] dh key too small (_ssl.c:1007)", KindTLSFailed},
		// POP3's own codes and a POP3 login that failed.
		{"", "Can not authenticate to POP3 server: Authentication failed.", KindPOPFailed},
		{"", "failed: [IN-USE] Mailbox is locked", KindPOPFailed},
		{"", "fetchmail: POP3< -ERR Command is not valid in this state.\nfetchmail: Command is not valid in this state.\nfetchmail: localhost: upgrade to TLS failed.\nfetchmail: Unknown login or authentication error on someone@example.com@localhost", KindPOPFailed},
		// No permission to send from a mailbox: the sender's.
		{"", "You don't have permission to send messages from this mailbox.", KindSenderRejected},
		// Google Workspace's SMTP relay service refusing to relay,
		// whatever HELO it asks for.
		{"", "The IP address you've 550-5.7.1 registered in your G Suite SMTP Relay service doesn't match domain of 550-5.7.1 the account this email is being sent from. If you are trying to relay 550-5.7.1 mail from a domain that isn't registered under your G Suite account 550-5.7.1 or has empty envelope-from, you must configure your mail server 550-5.7.1 either to use SMTP AUTH to identify the sending domain or to present 550-5.7.1 one of your domain names in the HELO or EHLO command. For more 550-5.7.1 information, please visit 550 5.7.1 https://support.google.com/a/answer/6140680", KindRelayDenied},
		// An address with nothing after its "@" is malformed.
		{"", `errorline: "lda: Fatal: Invalid -f parameter: Missing domain after '@' in source route"`, KindSyntaxError},
		// A quota of the sender's, not a mailbox's.
		{"", "Net::SMTPServerBusy 450 Your account reached its email quota limit. Contact support to increase it. #MS42204", KindRateLimited},
		{"", "554 5.7.1 <someone@example.net>: Recipient address rejected: Sender quota limit reached.", KindRateLimited},
		// A STARTTLS the server did not take; Postfix's SSL_connect
		// error.
		{"", "SMTP server did not accept STARTTLS with error: 500 Error: command not recognized", KindTLSFailed},
		{"", "SSL_connect error to smtp.gmail.com[192.0.2.1]:587: -1", KindTLSFailed},
		// Postfix's warnings about its own settings; a program given no
		// recipients, no login or an empty host.
		{"", `warning: cannot get RSA certificate from file "/etc/ssl/certs/ssl-cert-snakeoil.pem": disabling TLS support`, KindInvalidConfig},
		{"", "warning: relayhost configuration problem", KindInvalidConfig},
		{"", `SMTPS wrappermode (TCP port 465) requires setting "smtp_tls_wrappermode = yes", and "smtp_tls_security_level = encrypt" (or stronger)`, KindInvalidConfig},
		{"", "Error when relaying email Email had no recipients", KindInvalidConfig},
		{"", "Error executing 'postInstallation': You should specify username, password, host, port for SMTP configuration", KindInvalidConfig},
		{"", `Errno::ECONNREFUSED (Connection refused - connect(2) for "" port 587)`, KindInvalidConfig},
		// What the fits must keep.
		{"", `Errno::ECONNREFUSED (Connection refused - connect(2) for "smtp.example.com" port 587)`, KindConnectionFailed},
		{"", "552 5.2.2 <someone@example.com>: Recipient address rejected: Mailbox quota exceeded", KindMailboxFull},
		{"", "452 4.2.2 The email account that you tried to reach is over quota", KindMailboxFull},
		{"", "553 5.7.1 Sender domain example.org was created in the past 24 hours and cannot be verified", KindSenderRejected},
		{"", "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (AS77712344)", KindServiceUnavailable},
		{"", "[ssl://smtp.gmail.com:465]: fsockopen returned Error Number 110 and Error String 'Connection timed out'", KindTimeout},
		{"", "SSL_connect error to smtp.example.net[192.0.2.1]:587: Operation timed out", KindTimeout},
		// A review of the fit: a mailbox's quota named as an email quota
		// limit; a POP3 login a server asks for first; a traceback's
		// "timeout=30" beside a TLS error; a login refused that names a
		// setting; a relay that failed for another reason; a TLS session
		// closed cleanly; recipients the server refused; a delivery agent
		// under /usr/bin/mail….
		{"", "452 4.2.2 <someone@example.com>: mailbox has reached its email quota limit", KindMailboxFull},
		{"", "You must authenticate to the POP3 server before sending mail", KindAuthRequired},
		{"", "  File \"send.py\", line 4, in <module>\n    server = smtplib.SMTP_SSL(\"smtp.example.com\", 587, timeout=30)\nssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)", KindTLSFailed},
		{"", "Authentication failed: your account requires setting an app password for SMTP", KindAuthFailed},
		{"", "Authentication failed. You should specify your full email address as the username", KindAuthFailed},
		{"", "451 4.4.0 DNS lookup failed while trying to relay to example.com", KindDomainNotFound},
		{"", "421 4.7.0 Temporary error while trying to relay, try again later", KindServiceUnavailable},
		{"", "ssl.SSLZeroReturnError: TLS/SSL connection has been closed (EOF) (_ssl.c:1131)", KindConnectionFailed},
		{"", "Message had no recipients: all recipients were rejected by the server", KindRecipientUnknown},
		{"", `Command died with status 126: "/usr/bin/maildrop". Command output: /usr/bin/maildrop: cannot be executed`, KindServiceUnavailable},
		{"", "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1129)", KindTLSFailed},
		{"", "socket.timeout: The read operation timed out", KindTimeout},
		{"", "sendmail: Cannot open /etc/ssmtp/ssmtp.conf", KindServiceUnavailable},
		{"", "451 4.3.0 Error: queue file write error", KindServiceUnavailable},
		{"", "550 5.7.60 SMTP; Client does not have permissions to send as this sender", KindSenderRejected},
		{"", "554 5.7.1 <someone@example.com>: Relay access denied", KindRelayDenied},
		{"", "-ERR [AUTH] Authentication failed.", KindPOPFailed},
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
		{"", "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "501 5.1.3 Bad recipient address syntax", KindSyntaxError},
		{"", "450 4.1.2 <someone@example.net>: Recipient address rejected: Domain not found", KindDomainNotFound},
	})
}

// TestRoundZ343Families: the families of the third batch of the round
// from 7317da6 (measured with the rules of 7bf40ff) that both readers
// labelled alike, each case written before its fit.
func TestRoundZ343Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A sending service's API refusing its key, in HTTP's words, and
		// a login a program could not make.
		{"", "Error: { status: 401, details: 'Forbidden', type: 'MailgunAPIError' }", KindAuthFailed},
		{"", "Mailgun API response 401 (UNAUTHORIZED): 'Forbidden'", KindAuthFailed},
		{"", `{"message":"Key not found","code":"unauthorized"}`, KindAuthFailed},
		{"", "com.mailjet.client.errors.MailjetUnauthorizedException: Unauthorized. Please,verify your access key and access secret key or token for the given account", KindAuthFailed},
		{"", "Error 401 // Unauthorized You have specified an incorrect Api Key / API Secret Key. You may be unauthorized to access the API or your API key may be expired.", KindAuthFailed},
		{"", "unable to authenticate to smtp server", KindAuthFailed},
		// Amazon SES's identities that failed its check, whatever the SDK
		// calls the fault.
		{"", "MessageRejected (client): Email address is not verified. The following identities failed the check in region US-WEST-2: Sendportal <someone@example.com>", KindSenderRejected},
		// A program's settings: no From, no adapter, a setting null or
		// to be configured, a schema's missing property; a sendmail that
		// is not executable.
		{"", "No from address given.", KindInvalidConfig},
		{"", "sendmail [path to sendmail]\nnot executable", KindInvalidConfig},
		{"", "Uncaught internal server error. Trying to send a reset password but no adapter is set undefined", KindInvalidConfig},
		{"", "An appName, publicServerURL, and emailAdapter are required for password reset functionality.", KindInvalidConfig},
		{"", "Email will not be sent because the :SystemEmail setting is null", KindInvalidConfig},
		{"", "Error: SMTP password_reset server must be configured.", KindInvalidConfig},
		{"", "Error: SMTP password_reset username must be configured.", KindInvalidConfig},
		{"", "SMTP-Auth configuration invalid.", KindInvalidConfig},
		{"", `Error: I[#/courier/smtp] S[#/properties/courier/properties/smtp/required] missing properties: "connection_uri"`, KindInvalidConfig},
		// A program's own lookup of the server's name (SAP's), and
		// ESP-Mail-Client's connection that broke.
		{"", "ERROR => NiHLGetNodeAddr: NiPGetHostByName failed (rc=-1)", KindConnectionFailed},
		{"", "WARNING => Connection request from (*) to host: HOSTNAME, service: PORT failed (NIEHOST_UNKNOWN)", KindConnectionFailed},
		{"", "ERROR: reading incoming data failed!", KindConnectionFailed},
		{"", "Error, Status Code: 0, Error Code: -2, Reason: data sending failed", KindConnectionFailed},
		// Postfix's log of a client that hung up in its TLS handshake.
		{"", "lost connection after STARTTLS from unknown[192.168.1.2]", KindTLSFailed},
		// A held-out reply of an earlier round that the retrained word
		// model no longer read right: QQ Mail's user who never opened a
		// mailbox (now a rule's).
		{"", "该用户未开通QQ邮箱", KindRecipientUnknown},
		// A review of the whole round: settings' words a login, a
		// timeout, TLS or a reverse DNS name; an adapter named beside the
		// reply it got; a sender's quota beside a recipient's account; a
		// login or a local mail program that timed out; mailx; Ruby's nil
		// host; a group's senders; JSON with its spaces.
		{"", `Authentication failed: this account requires setting "SMTP AUTH" enabled in the admin center`, KindAuthFailed},
		{"", "Login failed: the OAuth2 configuration invalid for this tenant", KindAuthFailed},
		{"", "Connection timed out: SMTP server must be configured to accept connections on port 587", KindTimeout},
		{"", "Your host must be configured with reverse DNS", KindBlocked},
		{"", "The mail server must be configured to use TLS", KindTLSRequired},
		{"", "Failed to send email with emailAdapter: Error: Invalid login: 535 Authentication failed", KindAuthFailed},
		{"", "emailAdapter sendMail error: connect ETIMEDOUT 192.0.2.1:587", KindTimeout},
		{"", "552 5.2.2 Recipient account reached its email quota limit", KindMailboxFull},
		{"", "Unable to authenticate to the server: connection timed out", KindTimeout},
		{"", "sendmail: could not execute /usr/sbin/postdrop: Connection timed out", KindTimeout},
		{"", "Could not execute: /usr/bin/mailx", KindInvalidConfig},
		{"", "Errno::ECONNREFUSED (Connection refused - connect(2) for nil port 587)", KindInvalidConfig},
		{"", "550 5.7.1 You do not have permission to send messages from outside the organization to this group", KindPolicyRejected},
		{"", `{"message": "Key not found", "code": "unauthorized"}`, KindAuthFailed},
		// What the fits must keep.
		{"", "lost connection after EHLO from unknown[192.0.2.1]", KindConnectionFailed},
		{"", "lost connection after DATA from unknown[192.0.2.1]", KindConnectionFailed},
		{"", "550 5.7.1 Unauthorized relay", KindRelayDenied},
		{"", "554 5.7.1 Unauthorized sender address", KindSenderRejected},
		{"", "554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: someone@example.com", KindSenderRejected},
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "550 5.7.1 Reverse DNS must be configured for 192.0.2.1", KindBlocked},
		{"", "getaddrinfo ENOTFOUND smtp.example.com", KindConnectionFailed},
		{"", "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6", KindAuthFailed},
	})
}

// TestRoundZ350Families holds the families a round of held-out samples
// (Proxmox, distributions' trackers, bulk MTAs, network appliances,
// groupware, Perl and other languages' mail modules, sending limits,
// hosting panels, phishing and reporting tools) found the rules missing,
// each with a case both readers of its sample agreed on, and guards that
// keep the cases beside them as they were.
func TestRoundZ350Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A sending account its provider stopped, and its quota as a
		// policy's name: the sender's, not a recipient's mailbox.
		{"", `550 Outgoing mail from "" has been suspended.`, KindSenderRejected},
		{"", "554 5.1.8 email outgoing blocked", KindSenderRejected},
		{"", "gomail: could not send email 1: 552 Your account has been suspended. Please contact us to reactivate", KindSenderRejected},
		{"", "554 5.7.1 n@abc.com: Recipient address rejected: Policy Rejection- --SENDER_QUOTA_REJECTION.", KindRateLimited},
		// Postfix's probe of the sender's domain, whatever it met.
		{"", "450 4.1.7 <sironeko@exaple.jp>: Sender address rejected: unverified address: Cannot start TLS: handshake failure", KindSenderRejected},
		// A program given no recipient or server, settings it could not
		// find or read, a library without TLS, an empty address setting,
		// Postfix's aliases database missing, sending turned off.
		{"", "proxmox-mail-forward: fatal: root(0): Recipient addresses must be specified on the command line or via the -t option", KindInvalidConfig},
		{"", "ERROR: could not notify via target `mail-to-root`: could not notify via endpoint(s): mail-to-root: no recipients provided for the mail, cannot send it.", KindInvalidConfig},
		{"", "cu_send_mail: no SMTP target given", KindInvalidConfig},
		{"", "Could not send message, no smtp config found.", KindInvalidConfig},
		{"", "Could not get system account config values: Invalid config found for smtp", KindInvalidConfig},
		{"", `Malformed URL: outgoing_smtp_url="": Malformed URL: No protocol separator.`, KindInvalidConfig},
		{"", "socket does not have ssl support", KindInvalidConfig},
		{"", `gomail: could not send email 1: gomail: invalid address \"\": mail: no address`, KindInvalidConfig},
		{"", "warning: hash:/etc/aliases is unavailable. open database /etc/aliases.db: No such file or directory", KindInvalidConfig},
		{"", "warning: hash:/etc/aliases: lookup of 'root' failed", KindInvalidConfig},
		{"", "Email sending aborted by configuration", KindInvalidConfig},
		// A TLS library's handshake, Ruby's timeout, connections that
		// broke or that no MX host took, Windows' socket access refused.
		{"", "*** Exception: HandshakeFailed Error_EOF", KindTLSFailed},
		{"", "No SMTP servers were available for pacificbluejeans.com. Tried pacificbluejeans-com.mail.protection.outlook.com.\nexecution expired", KindTimeout},
		{"", "Connection broken during SMTP conversation", KindConnectionFailed},
		{"", "451 4.4.1 No answer from any hosts listed in MX", KindConnectionFailed},
		{"", "Could not connect after trying all mx records. type=mx", KindConnectionFailed},
		{"", "Max connection attempts exceeded - dial tcp X.X.X.X:25: connectex: An attempt was made to access a socket in a way forbidden by its access permissions.", KindConnectionFailed},
		// A recipient's whole domain out of storage.
		{"", "Could not deliver message to the following recipient(s):\nFailed Recipient: user@example_domain.com\nReason: The domain size limit has been exceeded", KindMailboxFull},
		// An address without its domain, and a sender's so with a code of
		// syntax: the form to mend.
		{"", "Horde_Mime_Exception: Address is missing domain.", KindSyntaxError},
		{"", "SMTPSenderRefused: (501, '<ElastAlert>: sender address must contain a domain', 'ElastAlert')", KindSyntaxError},
		{StageMail, "501 5.1.8 Sender address must contain a domain", KindSyntaxError},
		// The server's own lookups and scanners.
		{"", "warning: CB2D9410AF57: virtual_alias_maps map lookup problem for hello@mail.com -- message not accepted, try again later", KindServiceUnavailable},
		{"", "spam acl condition: all spamd servers failed", KindServiceUnavailable},

		// A review of the round: the outgoing mail of a mailbox or server
		// named for another cause, a message over a domain's size limit,
		// a sender refused for a missing domain (not its form alone); and
		// the families in other programs' words.
		{"", "550 5.7.1 Outgoing mail from this mailbox exceeds the maximum message size", KindMessageTooLarge},
		{"", "421 4.3.2 Outgoing mail from this server is temporarily unavailable", KindServiceUnavailable},
		{"", "451 4.3.0 Outgoing mail from this host is temporarily delayed due to a local error", KindServiceUnavailable},
		{"", "552 Message size exceeds domain size limit of 25 MB", KindMessageTooLarge},
		{"", "553 5.1.7 Sender address rejected: missing domain", KindSenderRejected},
		{"", "550 5.1.0 Sender rejected: missing domain part", KindSenderRejected},
		{"", "554 5.7.1 Your account has been disabled for sending mail", KindSenderRejected},
		{"", "550 5.7.1 Your account has been temporarily suspended from sending emails", KindSenderRejected},
		{"", "No recipients were specified.", KindInvalidConfig},
		{"", "System.InvalidOperationException: A recipient must be specified.", KindInvalidConfig},
		{"", "Swift_TransportException: Cannot send message without a recipient", KindInvalidConfig},
		{"", "Missing SMTP configuration", KindInvalidConfig},
		{"", "Failed to connect after trying all MX hosts", KindConnectionFailed},

		// Guards: the stage still makes an address's form the sender's
		// without a code of syntax; a code of a disabled mailbox keeps a
		// suspended account the recipient's; "listed in" a list, not MX,
		// still a blocklist; the recipient's unverified address still the
		// recipient's; a message over a size limit, a mailbox's size.
		{StageMail, "fully qualified email address required", KindSenderRejected},
		{StageMail, "553 5.1.3 Error: address must contain a domain", KindSenderRejected},
		{StageMail, "553 5.5.4 <root>... fully qualified email address required", KindSyntaxError},
		{StageRcpt, "550 5.2.1 Your account has been suspended", KindMailboxDisabled},
		{StageRcpt, "550 Account has been suspended (#5.2.1)", KindMailboxDisabled},
		{"", "550 Your IP 192.0.2.1 is listed in bl.example.net", KindBlocked},
		{"", "550 5.7.1 Outgoing mail from your IP address 192.0.2.1 is blocked", KindBlocked},
		{"", "450 4.1.1 <user@example.com>: Recipient address rejected: unverified address: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)", KindRecipientUnknown},
		{"", "552 5.3.4 Message size exceeds fixed limit", KindMessageTooLarge},
		{"", "552 5.2.2 Mailbox size limit exceeded", KindMailboxFull},
		{"", "553 5.1.3 Error: address must contain a domain", KindSyntaxError},
	})
	// "listed in" before a list whose name starts with "MX" still names
	// the list (the frame wants "MX" whole), and the narrowed settings'
	// terms leave a content filter's and a server's words alone.
	checkDecidedBy(t, []decidedBy{{"554 Rejected: listed in MXBL", KindBlocked, "listed in"}})
	checkNotKinds(t, KindInvalidConfig, "a content filter's or a server's words, not the program's settings",
		"Blocked by content filter: malformed URL", "The SMTP server does not have SSL support")
}

// TestRoundZ360Families holds the families the round's second batch
// found missing (Oracle's database mail, patch mailing lists and their
// posting refusals, a mail client's and git send-email's address checks,
// Outlook in traditional Chinese), with guards beside them.
func TestRoundZ360Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// Oracle's own network ACL, in English and Portuguese.
		{"", "Failed to send mail due to the following error: ORA-24247: network access denied by access control list (ACL)", KindInvalidConfig},
		{"", "ORA-20001: The following error has occured: ORA-24247: acesso à rede negado pela ACL (access control list)", KindInvalidConfig},
		// An address a program cannot read.
		{"", "%1$S is not a valid e-mail address because it is not of the form user@host. You must correct it before sending the e-mail.", KindSyntaxError},
		{"", "error: unable to extract a valid address from: linux-usb@vger.kernel.org (open list:USB HID/HIDBP DRIVERS (USB KEYBOARDS, MICE, REM...)", KindSyntaxError},
		// vger's content policy, whatever it names.
		{"", "vger.kernel.org #550 5.7.1 Content-Policy reject msg: Wrong MIME labeling on 8-bit character texts. BF:<H 0>; S1753608Ab0FLKCQ ##", KindPolicyRejected},
		{"", "Content-Policy reject msg: Wrong\nMIME labeling on 8-bit character texts.", KindPolicyRejected},
		// A poster a list does not let post: the sender, as a list
		// restricted to its members; a post held for a moderator stays
		// the list's policy.
		{"", "500 Rejected. You are not allowed to post to this list.", KindSenderRejected},
		{"", "500 Rejected. Users without an account are not allowed to post to this list.", KindSenderRejected},
		{"", "I'm sorry, you are not allowed to post messages to this list (#5.7.2)", KindSenderRejected},
		{"", "Post to moderated list", KindPolicyRejected},
		// Outlook's "host or domain name not found" in traditional Chinese.
		{"", "<**這裡我的郵件地址**>：未找到主機或網域名稱。域名服務錯誤\n對於 name=**這裡我的網域位址** type=A：已找到主機，但沒有請求類型的資料記錄", KindDomainNotFound},

		// Guards.
		{"", "454 4.7.0 TLS not available due to local problem", KindTLSFailed},
		{"", "warning: TLS library problem: error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure", KindTLSFailed},
		{"", "ORA-29279: SMTP permanent error: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown", KindRecipientUnknown},
		{"", "501 5.1.3 8-bit character in mailbox address \"user@example.com\"", KindSyntaxError},
		{"", "501 5.1.3 Invalid address", KindSyntaxError},
		{"", "550 5.7.1 Message rejected by content policy", KindPolicyRejected},
	})
}

// TestRoundZ367Families holds the families of a round of held-out samples
// (greylisting daemons, the qmail family, school, telephony, reporting,
// healthcare and build software, regional hosters, mail operators,
// serverless senders, Android mail apps) that both of their readers named
// alike and the rules did not.
func TestRoundZ367Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A reply whose code stands on a line after the client's own
		// words: the code is the reply's.
		{"", "Message delivery failed\n534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbv", KindAuthFailed},
		{"", "Sending failed\n535 Denied", KindAuthFailed},
		// A reply quoted as a structured log's error value.
		{"", `EROR[01-21|18:32:28] Failed to send alert notification email logger=alerting.notifier.email error="535 Denied"`, KindAuthFailed},
		{"", `level=error msg="send failed" err="535 Denied"`, KindAuthFailed},
		// The exception a login raised names the failure, whatever the
		// program's words around it.
		{"", "Failed - Unable to connect to SMTP Server - Net::SMTPAuthenticationError", KindAuthFailed},
		// spamdyke's refusals.
		{"", "Refused. Mail for your sender domain is not hosted here.", KindSenderRejected},
		{"", "550 Your sender domain not hosted here.", KindSenderRejected},
		{"", "Refused. You must specify at least one valid recipient.", KindSyntaxError},
		{"", "Refused. Identical sender and recipient addresses are not allowed.", KindPolicyRejected},
		// A message that breaks RFC 2822's format is refused for its
		// content.
		{"", "550: X-Warn: message does not conform to RFC2822 standard", KindPolicyRejected},
		// The storage of a recipient's whole domain, named with its size.
		{"", "The domain size limit of 5000 MB for 'mittfinaforetag.se' has been exceeded. Incoming mail is currently being rejected.", KindMailboxFull},
		// Go's net/mail could not read an address the program was given.
		{"", `Failed to send notification to email addresses: xx@xxxxx.xx: gomail: could not send email 1: gomail: invalid address "xx@xxxxx.xx <xx@xxxxx.xx>": mail: expected single address, got "<xx@xxxxx.xx>"`, KindInvalidConfig},
		{"", "gomail: invalid address \"alerts\": mail: missing @ in addr-spec", KindInvalidConfig},
		{"", "parsing to addresses: mail: no angle-addr", KindInvalidConfig},
		// qmail-send's log writes the spaces of qmail-remote's report
		// as underscores.
		{"", "deferral: Connected_to_98.136.216.25_but_sender_was_rejected./Remote_host_said:_421_4.7.0_[TSS04]_Messages_from_XX.XX.XXX.XXX_temporarily_deferred_due_to_user_complaints_-_4.16.55.1;_see_https://help.yahoo.com/kb/postmaster/SLN3434.html/", KindBlocked},
		{"", "deferral: 192.0.2.1_does_not_like_recipient./Remote_host_said:_421_Service_Temporarily_Unavailable/Giving_up_on_192.0.2.1./", KindServiceUnavailable},
		// PHP without the stream transport a scheme names (its openssl
		// extension off, or a scheme it has none of).
		{"", `Connection could not be established with host smtp.mailgun.org [Unable to find the socket transport "startssl" - did you forget to enable it when you configured PHP? #32661]`, KindInvalidConfig},
		{"", `Connection could not be established with host smtp-relay.sendinblue.com [Unable to find the socket transport "TLS" - did you forget to enable it when you configured PHP? #-2125693976]`, KindInvalidConfig},
		// Credentials or settings a program was never given.
		{"", "Email credentials not configured", KindInvalidConfig},
		{"", "AWS credentials not provided", KindInvalidConfig},
		{"", "Failed to send email to person 222: Failed to send email due to SMTP configuration issues", KindInvalidConfig},
		// JavaMail's empty address, its quotes shown as apostrophes.
		{"", "javax.mail.internet.AddressException: Illegal address in string ''''", KindInvalidConfig},
		// SES's unverified sender, in its shorter words.
		{"", "Message rejected: Email address not verified", KindSenderRejected},
		// The address in Exim's "host: NAME (ADDRESS)" is the remote
		// server's, not the client's.
		{"", "SMTP error from remote server for TEXT command, host: mxs.mail.ru (94.100.180.31) reason: 550 spam message rejected.", KindPolicyRejected},
		// A program that says its connection to the server failed.
		{"", "Mail cannot be sent to the Administrator due to a mail server connection problem.", KindConnectionFailed},
		{"", "ErrnoException: isConnected failed: ECON...", KindConnectionFailed},
		// A client's configuration it could not read, or an address no
		// connection can be made to.
		{"", "msmtp: /Users/johnw/.config/msmtp/config: line 17: account default was already defined", KindInvalidConfig},
		{"", "Invalid SMTP connection URI. Must be in the form `smtp(s)://username:password@hostname:port` or `smtp(s)://username@hostname:port`", KindInvalidConfig},
		{"", "Error: connect EINVAL 0.0.4.210:465 - Local (0.0.0.0:0)", KindInvalidConfig},
		// A sending service that delivers only to the destinations its
		// user verified (Cloudflare's Email Workers) refuses to relay to
		// any other.
		{"", `error={"success":false,"error":"destination address is not a verified address"}`, KindRelayDenied},
		// A program's settings it checked and found wrong, and a sender a
		// site takes no mail from.
		{"", `{:errors {:email-smtp-host "Wrong host or port", :email-smtp-port "Wrong host or port"}}`, KindInvalidConfig},
		{"", `org.mule.umo.endpoint.MalformedEndpointException: The endpoint "smtp://" is malformed and cannot be parsed`, KindInvalidConfig},
		{"", "Your message cannot be delivered because you are not a member of the site, or you are a member but don't have the permission to send email to the site, or because you are registered with a different email address.", KindSenderRejected},
		// An encryption gateway's refusal of a message sent unencrypted.
		{"", "523 Encryption\nNeeded: Invalid Unencrypted Mail (in reply to end of DATA command)", KindPolicyRejected},

		// Guards.
		{"", "530 5.7.0 Must issue a STARTTLS command first. w29sm21914057vcr.2 (Net::SMTPAuthenticationError)", KindTLSRequired},
		{"", "smtplib.SMTPAuthenticationError: (530, b'Must issue a STARTTLS command first')", KindTLSRequired},
		{"", "javax.mail.internet.AddressException: Illegal address in string ``bob@@example.com''", KindSyntaxError},
		{"", "552 Message size exceeds domain size limit of 25 MB", KindMessageTooLarge},
		{"", "deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/", KindConnectionFailed},
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "Your host mail.example.com (192.0.2.1) is listed in zen.spamhaus.org", KindBlocked},
		{"", "503 No recipients specified", KindSyntaxError},
		{"", "530 5.7.0 Authentication required", KindAuthRequired},
		{"", "554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: admin@example.com", KindSenderRejected},
		{"", "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
		{"", "552 5.3.4 Message does not conform to size restrictions", KindMessageTooLarge},
		{"", "msmtp: /home/user/.msmtprc: line 5: unknown command tls_starttls_on", KindInvalidConfig},
		{"", "501 Parameter to HELO does not conform to RFC syntax", KindSyntaxError},
		{"", "550 5.1.1 <bob@example.com>: Recipient address rejected: not a member of this organization", KindRecipientUnknown},
		{"", "552 Message size exceeds the domain size limit", KindMessageTooLarge},
		{"", "Message is larger than the domain size limit", KindMessageTooLarge},
		{"", "550 5.7.1 Recipient email address not verified", KindPolicyRejected},
		{"", "554 5.7.1 Spam received from host: dsl-1.isp.example [192.0.2.1]", KindBlocked},
		{"", "421 Too many bad commands from host: ppp-1.isp.example (192.0.2.1)", KindBlocked},
		{"", "550 Unauthenticated mail refused. host: ppp-1.isp.example (192.0.2.1)", KindBlocked},
		{"", `level=error msg="webhook failed" error="401 Unauthorized"`, KindAuthFailed},
		{"", "Error from Varnish\n503 Backend fetch failed", KindUnknown},
		{"", "Error: connect ECONNREFUSED 127.0.0.1:465", KindConnectionFailed},
	})
}

// TestRoundZ379Families holds the families of the held-out round scored
// with the rules of a0a20b2 (samples Z379–Z390) that both readers
// labelled alike and that the rules missed, and the neighbours each fit
// must leave as they are.
func TestRoundZ379Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A program's own settings never given, in its words: a mailer it
		// could not configure, a parameter or an option it did not find,
		// a placeholder Spring could not fill, a host, a server or an
		// address it was never given, a TLS library it was built without.
		{"", "dial tcp: missing address", KindInvalidConfig},
		{"", "Could not start mail function", KindInvalidConfig},
		{"", "java.lang.IllegalStateException: Config parameter not found: SMTP_PORT", KindInvalidConfig},
		{"", `2022-04-13T02:50:17.150+0900 ERROR pydio.grpc.mailer Error while configuring sender {"error": "cannot configure mailer: missing compulsory password"}`, KindInvalidConfig},
		{"", "`smtpmail-smtp-server' not defined", KindInvalidConfig},
		{"", "Missing SMTP service host", KindInvalidConfig},
		{"", `Unexpected response - 400 b'{\"error\":\"SMTP unconfigured\"}'`, KindInvalidConfig},
		{"", "Email address for root is not configured", KindInvalidConfig},
		{"", "None of the local administrators has an e-mail address configured", KindInvalidConfig},
		{"", "you must provide an outgoing mailserver and mail server port when sending mail", KindInvalidConfig},
		{"", "E-mail account must be setup before a test e-mail can be sent.", KindInvalidConfig},
		{"", `Error while trying to send payment e-mail for order ID "1" and status "4": Cannot send message without a sender address`, KindInvalidConfig},
		{"", "Error sending email : No option 'smtp_host' in section: 'messaging-hermes'", KindInvalidConfig},
		{"", "Message: Could not resolve placeholder ${TOWER_SMTP_USER}", KindInvalidConfig},
		{"", "16#5102 Mail header not configured", KindInvalidConfig},
		{"", "Error: Must be compiled with OpenSSL in order to get CRAM-MD5 support", KindInvalidConfig},
		{"", "Error: '-ssl' not available, not compiled with OpenSSL", KindInvalidConfig},
		{"", "Swift_TransportException\nProcess could not be started", KindInvalidConfig},
		{"", "Test Mail error: no implicit conversion of nil into Hash", KindInvalidConfig},
		// An attachment over a size limit.
		{"", "Attachments bigger than 50MB not allowed yet", KindMessageTooLarge},
		// PHPMailer's frame of a connection it could not make names no
		// server's error: the system's words after it decide.
		{"", "Message could not be sent (SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/TroubleshootingSMTP server error: Failed to connect to server SMTP code: 110 Additional SMTP info: Connection timed out)", KindTimeout},
		// PHP's TLS that failed under the connection it was making.
		{"", "Connection: Failed to connect to server. Error number 2. \"Error notice: stream_socket_client(): SSL operation failed with code 1. OpenSSL Error messages:\nerror:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol", KindTLSFailed},
		// Swift Mailer's transcript: the server's lines ("<< 220 …") went
		// well, and the client's error ("!! …") is the failure.
		{"", "Beim Senden der E-Mail ist ein Problem aufgetreten. Bitte überprüfe Deine Einstellungen. (Fehler: Unable to connect with TLS encryption Log data: ++ Starting Swift_SmtpTransport << 220 smtp1.mailprovider.de ESMTP >> EHLO nextcloud.on.mydomain.com << 250-smtp1.mailprovider.de 250-PIPELINING 250-SIZE 51200000 250-STARTTLS 250 DSN >> STARTTLS << 220 2.0.0 Ready to start TLS !! Unable to connect with TLS encryption (code: 0))", KindTLSFailed},
		// A recipient's domain with no mail server, in a mail client's
		// words.
		{"", "   Error Type: SMTP\n   Error Description: No mail servers appear to exists for the recipient's address.\n   Additional information: Please check that you have not misspelled the recipient's email address.", KindDomainNotFound},
		{"", "   Error Type: SMTP\n   Error Description: Unable to find the recipient's email server. The DNS query has failed.", KindDomainNotFound},
		// Dovecot's BAD to an IMAP command it could not read.
		{"", "SEARCH command error: BAD [b'Error in IMAP command SEARCH: Unknown argument NONE (0.001 + 0.000 secs).']", KindSyntaxError},
		// An hour's limit of sending, whatever the server calls the mail.
		{"", "send spam mail rejected: exceeded hour limit", KindRateLimited},
		// Sending limits in Turkish and Greek: the sending limit reached,
		// the most recipients exceeded.
		{"", "E-posta gönderme sınırına ulaştınız.", KindRateLimited},
		{"", "Gmail'in gönderme sınırına ulaştınız.", KindRateLimited},
		{"", "Maksimum alıcı sayısını aştınız.", KindRateLimited},
		{"", "Συμπληρώθηκε το όριο αποστολής αλληλογραφίας", KindRateLimited},

		// Guards: what these fits must leave as it is.
		{"", "550 5.7.1 Unconfigured Sending Domain <demo.example.com>", KindSenderRejected},
		{"", "Postmark::InvalidMessageError (Sender signature not defined for From address.)", KindSenderRejected},
		{"", "4.2.1 New aliases per hour limit exceeded for user.", KindRateLimited},
		{"", "SMTP server error: DATA END command failed Detail: Error: message file too big\r\n SMTP code: 552 Additional SMTP info: 5.3.4", KindMessageTooLarge},
		{"", "SMTP Error: Failed to connect to server: Connection refused (111)", KindConnectionFailed},
		{"", "stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Connection timed out)", KindTimeout},
		{"", "Connection could not be established with host smtp.gmail.com [Connection refused #111]", KindConnectionFailed},
		{"", "Log data: ++ Starting Swift_SmtpTransport << 220 mx.example.com ESMTP >> AUTH LOGIN << 535 5.7.8 Error: authentication failed !! Expected response code 235 but got code \"535\"", KindAuthFailed},
		{"", "stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:14090086:SSL routines:SSL3_GET_SERVER_CERTIFICATE:certificate verify failed", KindTLSFailed},
		{"", "Posta kutusu dolu", KindMailboxFull},
		{"", "552 5.3.4 Message size exceeds fixed limit", KindMessageTooLarge},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Could not instantiate mail function.", KindInvalidConfig},
		{"", "550 Requested action not taken: mailbox unavailable", KindRecipientUnknown},
		// A program's words for a setting, or a setting's, beside a
		// server's cause: the cause decides.
		{"", "Der SMTP-Server meldet: Authentication is required", KindAuthRequired},
		{"", "SMTP-server: Recipient mailbox is not valid", KindRecipientUnknown},
		{"", "The outgoing mailserver (SMTP) requires authentication. Authentication is required.", KindAuthRequired},
		{"", "The email address configured as sender is not allowed to send as this user", KindSenderRejected},
		{"", "Messages without a sender address are rejected by policy", KindSenderRejected},
		{"", "TLS must be set up before AUTH LOGIN is allowed", KindAuthRequired},
		{"", "sendmail: could not start TLS session: certificate verify failed", KindTLSFailed},
		// A queue's hours are no sending limit; a comparison that is
		// not a size's is no message too large.
		{"", "Message expired: 48 hour limit reached", KindTimeout},
		{"", "SpamAssassin score bigger than 5.0: rejected", KindPolicyRejected},
		{"", "Recipient count bigger than 100, message rejected", KindPolicyRejected},
		// cPanel's Exim on a recipient its callout could not verify: "the
		// account or domain may not exist" names the account first, and
		// is read as the recipient unknown (as ten known misses and both
		// readers of a held-out one had it); on the sender's callout, the
		// sender.
		{"", "Email Error: SMTP Error: The following recipients failed: joe@example.com: The mail server could not deliver mail to joe@example.com. The\naccount or domain may not exist, they may be blacklisted, or missing the\nproper dns entries.", KindRecipientUnknown},
		{"", "550 The mail server could not deliver mail to user@example.com.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.", KindRecipientUnknown},
		{"", "550-Verification failed for <someone@example.co.in>\r\n550-The mail server could not deliver mail to someone@example.co.in. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\r\n550 Sender verify failed", KindSenderRejected},
		{"", "The domain may not exist or has no mail server", KindDomainNotFound},
		// Swift Mailer's check of an address it was given, before any
		// server saw it (Swift_RfcComplianceException): the program's
		// settings or data, as Go's net/mail errors are; a server's
		// refusal of an address's form stays a syntax error.
		{"", "Beim Senden der E-Mail ist ein Problem aufgetreten. Bitte überprüfe Deine Einstellungen. (Fehler: Address in mailbox given [admin@] does not comply with RFC 2822, 3.6.2.)", KindInvalidConfig},
		{"", "Address in mailbox given [frontend] does not comply with RFC 2822, 3.6.2.", KindInvalidConfig},
		{"", "553 5.1.3 The recipient address <bob@> is not a valid RFC-5321 address", KindSyntaxError},
		{"", "501 5.1.7 Bad sender address syntax", KindSyntaxError},
		// An address said to be no longer valid is an address that no
		// longer exists (Yahoo's "dd … is no longer valid. [-20]"), as
		// "Old address no longer valid" is; an account said so is
		// disabled.
		{"", "smtp;554 delivery error: dd example@example.com is no longer valid. [-20] - example.yahoo.com", KindRecipientUnknown},
		{"", "554 delivery error: dd someone@example.com is no longer valid.", KindRecipientUnknown},
		{"", "550 5.7.17 <receiver@example.com> is no longer valid", KindRecipientUnknown},
		{"", "Old address no longer valid", KindRecipientUnknown},
		{"", "Your account is no longer valid", KindMailboxDisabled},
		{"", "554 delivery error: dd Sorry your message to someone@yahoo.com cannot be delivered. This mailbox is disabled (554.30)", KindMailboxDisabled},
		{"", "550 Login credentials no longer valid. Please re-authenticate.", KindAuthFailed},
	})
}

// TestProgramsOwnSettingsAfterTheRound: wordings of a program's own
// settings that both readers of the round scored with a0a20b2 read so,
// left as known misses when the round closed: a message built without
// the headers Symfony Mime needs, a sendmail mailer with no host, a
// password with characters a program will not send, a notification
// target its configuration names and does not define.
func TestProgramsOwnSettingsAfterTheRound(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", `An email must have a "From" or a "Sender" header.`, KindInvalidConfig},
		{"", `An email must have a "To", "Cc", or "Bcc" header.`, KindInvalidConfig},
		{"", "null host name for mailer", KindInvalidConfig},
		{"", "Only plain text characters (7-bit ASCII) are allowed in passwords. UTF or composed characters are not allowed.", KindInvalidConfig},
		{"", "notification target 'mail-to-root' does not exist", KindInvalidConfig},
		// A server's words of a header stay the message's or the
		// sender's.
		{"", `550 5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted.`, KindSenderRejected},
		{"", "554 5.6.0 Message must have a Date header", KindPolicyRejected},
	})
}

// TestTurkishRestrictionIsNoLimit: "sınırlaması" (a restriction) starts
// with the word for a limit ("sınır"); an account held for a sending
// restriction is no rate to slow down under.
func TestTurkishRestrictionIsNoLimit(t *testing.T) {
	checkNotKinds(t, KindRateLimited, "a restriction, not a limit reached",
		"Hesabınız gönderim sınırlaması nedeniyle askıya alındı")
}

// TestAddressNoLongerValidDecides: an address said to be no longer valid
// is found for the recipient unknown by the words themselves (their frame
// moves them to usergone), not left to the guess of the words.
func TestAddressNoLongerValidDecides(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"554 delivery error: dd someone@example.com is no longer valid. [-20] - example.yahoo.com", KindRecipientUnknown, "is no longer valid"},
		{"<someone@example.com> is no longer valid", KindRecipientUnknown, "is no longer valid"},
		{"This address is no longer valid", KindRecipientUnknown, "is no longer valid"},
		{"The account is no longer valid", KindMailboxDisabled, "is no longer valid"},
	})
	// What an address is the owner of is what is no longer valid: no
	// recipient unknown; nor a bare "@", which is no address.
	checkNotKinds(t, KindRecipientUnknown, "a credential of the address, or no address, not an address no longer valid",
		"The password for someone@example.com is no longer valid",
		"OAuth token of user@example.com is no longer valid",
		"550 @ is no longer valid")
	// The address's reading does not depend on what the reply said
	// before it: the same words found earlier with their own group do
	// not keep them from the recipient's.
	var f found
	words.scan(fold(nil, "550 account disabled. someone@example.com is no longer valid"), &f)
	if g := slices.Index(words.groupName, "usergone"); !f.present.has(g) {
		t.Errorf("an address no longer valid after another account's words: usergone not found (groups %x)", f.present)
	}
}

// TestRoundZ391Families holds the families of the held-out round scored
// with the rules of bfbd1e8 (samples Z391–Z398) that both readers read
// alike and that generalise beyond the wording met, with guards that
// pass before and after.
func TestRoundZ391Families(t *testing.T) {
	// The fits (and the cases that already passed), each held by the term
	// that decides it: the word model, retrained on a table that holds
	// these rows, may guess some of them right without it.
	checkDecidedBy(t, []decidedBy{
		// A program's settings never given, in its own words: CDO's
		// message with no From and no recipient, a host a script never
		// set (JavaScript's "undefined" before the port), Alertmanager's
		// smarthost, a configuration given in part, no address given.
		{"At least one of the From or Sender fields is required, and neither was found.", KindInvalidConfig, "from or sender fields"},
		{"At least one recipient is required, but none were found.", KindInvalidConfig, "recipient is required, but none"},
		{"SMTP - Failed to connect to undefined:587", KindInvalidConfig, "undefined:587"},
		{"Error: connect ECONNREFUSED undefined:465", KindInvalidConfig, "undefined:465"},
		{"no global SMTP smarthost set", KindInvalidConfig, "no global smtp smarthost set"},
		{"Error: Partial email config, must set both emailFromAddress and emailSmtpUrl", KindInvalidConfig, "partial email config"},
		{"No email address provided", KindInvalidConfig, "no email address provided"},
		// A login that failed, in a program's or a server's words: CDO's
		// transport that could not log on, JavaMail's exception named
		// with no reply, Exchange's handoff refused for authentication,
		// RFC 4954's reply to an exchange the client cancelled, Hungarian.
		{"The transport was unable to log on to the server.", KindAuthFailed, "unable to log on to the server"},
		{"Unfortunately no connection was possible. Review the errors below and rectify: AuthenticationFailedException: Protocol error. Connection is closed. 10", KindAuthFailed, "authenticationfailed"},
		{"Microsoft Exchange rejected the handoff of this email to its server. Authentication issue", KindAuthFailed, "authentication issue"},
		{"501 5.7.0 Client initiated Authentication Exchange", KindAuthFailed, "client initiated authentication exchange"},
		{"SMTP Hiba: Sikertelen autentikáció.", KindAuthFailed, "sikertelen autentikacio"},
		// A connection the system aborted (Windows' WSAECONNABORTED, which
		// guesses at a timeout), or one not made, in Ukrainian.
		{"Software caused connection abort. An established connection was aborted by the software in your host machine, possibly due to a data transmission timeout or protocol error. FATAL.", KindConnectionFailed, "established connection was aborted"},
		{"Помилка SMTP: не вдається підєднатися до серверу SMTP.", KindConnectionFailed, "не вдається підєднатися"},
		{"Помилка SMTP: не вдається під'єднатися до SMTP-серверу.", KindConnectionFailed, "не вдається під"},
		// A program's frame of an internal error, and of a delivery that
		// failed, names no cause: the words after it decide.
		{"Internal error occurred in admin/send-email: Connection timeout", KindTimeout, "timeout"},
		{"Email failed to deliver. Status code: 500 5.5.6. Authentication exchange line is too long", KindSyntaxError, "line is too long"},
		{"Email failed to deliver. Encryption is required for the requested authentication mechanism", KindTLSRequired, "encryption"},
		{"538 5.7.11 Encryption is required for the requested authentication mechanism", KindTLSRequired, "encryption"},
		{"Recipient server rejected email. Status code: 501 5.5.2. Cannot base64-decode client responses", KindSyntaxError, "base64-decode"},
		// A recipient's domain that takes no mail (a null MX), and a user
		// unknown in Postfix's relay recipient table, however worded.
		{"Recipient server rejected email. The domain does not accept email", KindDomainNotFound, "does not accept email"},
		{"Recipient server rejected email. The recipient address was rejected. This could be due to an undeliverable address or the user is unknown in the relay recipient table", KindRecipientUnknown, "in the relay recipient table"},
		// RFC 5321's text for 550 lists examples of why a mailbox is
		// unavailable; an example is not the cause.
		{"550 Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons)", KindRecipientUnknown, "mailbox unavailable"},
		{"Recipient server rejected email. Requested action not taken: mailbox unavailable (for example, the mailbox was not found or unavailable, no access is permitted, or a command was rejected for policy reasons)", KindRecipientUnknown, "mailbox unavailable"},
		// PHPMailer's frame of the recipients refused, in its
		// translations as in English, names no cause (as before, no
		// connection or login either); the server's words after it
		// decide.
		{"Eroare SMTP: Următoarele adrese de email au eșuat:", KindUnknown, "urmatoarele adrese de email au esuat"},
		{"שגיאת SMTP: הנמענים הבאים נכשלו:", KindUnknown, "הנמענים הבאים נכשלו"},
		{"Помилка SMTP: відправти наступним отрмувачам не вдалася:", KindUnknown, "відправти наступним отрмувачам не вдалася"},
		{"SMTP Hiba: Az alábbi címzettek hibásak:", KindUnknown, "az alabbi cimzettek hibasak"},
		{"SMTP Error: The following recipients failed: someone@example.com", KindUnknown, "following recipient"},
		{"Eroare SMTP: Următoarele adrese de email au eșuat: someone@example.com: 550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown, "user unknown"},
		{"Błąd SMTP: Następujący odbiorcy są nieprawidłowi: someone@example.com: 554 5.7.1 <someone@example.com>: Relay access denied", KindRelayDenied, "relay access denied"},
		// Jira's words for a mail server it could not reach quote the
		// error it received, which decides (here an OAuth token never set
		// up, a setting, as the table's row of the same words is read).
		{"We couldn't connect to your mail server\nHere's the error we received: \"OAuth token not defined for connection. OAuth Authorisation required.\"", KindInvalidConfig, "oauth token"},
		{"OAuth Authorisation required.", KindAuthRequired, "authorisation required"},
	})
	checkKinds(t, []kindCase{
		// Guards: what these fits must leave as it is.
		{"", "Failed to send mail: 530 Must use STARTTLS", KindTLSRequired},
		{"", "Failed to connect to smtp.example.com:587: connection refused", KindConnectionFailed},
		{"", "Unable to connect to :587", KindInvalidConfig},
		{"", "We couldn't connect to your mail server", KindConnectionFailed},
		{"", "454 4.7.0 Too many login attempts, please try again later.", KindRateLimited},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in relay recipient table", KindRecipientUnknown},
		{"", "554 5.7.1 <user@example.com>: Relay access denied", KindRelayDenied},
		{"", "556 5.1.10 Recipient address has null MX", KindDomainNotFound},
		{"", "451 4.3.0 Internal error", KindServiceUnavailable},
		{"", "421 4.4.2 Connection timed out", KindTimeout},
		{"", "Connection timed out, possibly due to a firewall", KindTimeout},
		{"", "553 Requested action not taken: mailbox name not allowed (e.g., mailbox syntax incorrect)", KindSyntaxError},
		{"", "450 Requested mail action not taken: mailbox unavailable (e.g., mailbox busy)", KindServiceUnavailable},
		{"", "535 5.7.8 Error: authentication failed: authentication failure", KindAuthFailed},
		// A program's own check for a recipient (the settings' since
		// TestRoundZ528Families).
		{"", "No recipient specified", KindInvalidConfig},
		// Mail refused from someone is not a domain or a mailbox that
		// takes none.
		{"", "550 5.7.1 The recipient does not accept email from your domain", KindSenderRejected},
		{"", "550 5.7.1 This mailbox does not accept email from external senders", KindPolicyRejected},
		{"", "550 5.7.1 The domain example.com does not accept email from your IP address", KindBlocked},
		// "undefined" before a colon that starts no port, and a smarthost
		// named as set, name no setting missing.
		{"", "Mail job undefined: Error: connect ECONNREFUSED 192.0.2.1:25", KindConnectionFailed},
		{"", "[mailer] job undefined: Error: Connection timeout", KindTimeout},
		{"", "Mail to smarthost setup.example.net failed: Connection refused", KindConnectionFailed},
		{"", "Could not connect to the smarthost set in the configuration (smtp.example.com:587): Connection timed out", KindTimeout},
		// A guess ends with its clause (a bracket, an exclamation) and
		// names a noun phrase; the hyphenated "time-out" is guessed at
		// as "timeout" is.
		{"", "An established connection was aborted by the software in your host machine, possibly due to a data transmission time-out or protocol error.", KindConnectionFailed},
		{"", "Connection closed (possibly due to a firewall) - timeout while waiting for greeting", KindTimeout},
		{"", "Retry failed possibly due to a firewall! Timeout after DATA", KindTimeout},
		{"", "Delivery deferred possibly due to load\ntimeout after DATA", KindTimeout},
		// Where an error occurred frames it only before a colon that
		// says what it was.
		{"", "554 5.3.0 Internal error occurred in content filter", KindServiceUnavailable},
		// A list of alternatives not closed runs to the end of the text.
		{"", "550 Requested action not taken: mailbox unavailable (e.g., mailbox not found, no access, or command rejected for policy reasons", KindRecipientUnknown},
		// "Failed to deliver" frames only before a full stop or a colon.
		{"", "Encryption failed to deliver a secure channel", KindTLSFailed},
	})
	// A group that takes no mail for its owners takes mail: no domain
	// that takes none (what it is, no rule says; the word model guesses).
	checkNotKinds(t, KindDomainNotFound, "a group's mail refused to some people, not a domain that takes none",
		"This group does not accept email to owners or managers. To send a message to the owner, visit the following page: https://groups.google.com/d/contactowner/example")
}

// TestExamplesAreNoEvidence: a term in a parenthesised list of
// alternative examples is found for no group, its own or (a term of
// framedElsewhere) the one its frame names; one example alone, or a
// list after a word that opens none, still is.
func TestExamplesAreNoEvidence(t *testing.T) {
	usergone := slices.Index(words.groupName, "usergone")
	for _, c := range []struct {
		reply string
		found bool
	}{
		{"554 Rejected (e.g. quota or someone@example.com is no longer valid)", false},
		{"554 Rejected (for example, quota or the address no longer valid)", false},
		{"554 Rejected (e.g. someone@example.com is no longer valid)", true},
		{"554 Rejected (quota, or someone@example.com is no longer valid)", true},
		{"554 Rejected: someone@example.com is no longer valid (e.g. moved or closed)", true},
	} {
		var f found
		words.scan(fold(nil, c.reply), &f)
		if got := f.present.has(usergone); got != c.found {
			t.Errorf("%q: usergone found %v, want %v", c.reply, got, c.found)
		}
	}
}

// TestRoundZ399Families holds the families of the second held-out batch
// scored with the rules of 9dcb87c (samples Z399–Z406) that both readers
// read alike and that generalise, with guards that pass before and after.
func TestRoundZ399Families(t *testing.T) {
	// The fits, each held by the term that decides it: the word model,
	// retrained on the table that holds these rows, may guess some of
	// them right without it.
	checkDecidedBy(t, []decidedBy{
		// Russian mail programs' own words (Bitrix's mail module): a
		// sender or recipients never given, a server connection that
		// failed, with what failed in brackets deciding (no reply, TLS),
		// refused, no reply, encryption that would not start, a login
		// mechanism the server lacks, a wrong password, a timeout, a POP3
		// command that failed.
		{"Ошибка отправки почты. Пустая почта отправителя!", KindInvalidConfig, "пустая почта отправителя"},
		{"Ошибка отправки почты. Нет почт получателей!", KindInvalidConfig, "нет почт получателей"},
		{"Ошибка подключения к серверу (Нет соединения)", KindConnectionFailed, "ошибка подключения к серверу"},
		{"Ошибка подключения к серверу (Не получен ответ от сервера)", KindTimeout, "не получен ответ от сервера"},
		{"Ошибка подключения к серверу (Ошибка подключения TLS защиты)", KindTLSFailed, "ошибка подключения tls"},
		{"Подключение отклонено", KindConnectionFailed, "подключение отклонено"},
		{"Нет ответа от сервера", KindTimeout, "нет ответа от сервера"},
		{"Ошибка инициализации шифрования", KindTLSFailed, "ошибка инициализации шифрования"},
		{"Сервер не поддерживает необходимый механизм авторизации", KindAuthFailed, "механизм авторизации"},
		{"Таймаут соединения.", KindTimeout, "таймаут"},
		{"Неправильный пароль.", KindAuthFailed, "неправильный пароль"},
		{"Ошибка выполнения APOP.", KindPOPFailed, "ошибка выполнения apop"},
		{"Ошибка выполнения USER.", KindPOPFailed, "ошибка выполнения user"},
		{"Ошибка выполнения PASS.", KindPOPFailed, "ошибка выполнения pass"},
		// A host named "mxs.…" in a bounce is a host, not the word "MXs":
		// the reply's own words decide.
		{"<someone@mail.ru>: host mxs.mail.ru[192.0.2.1] said: 550 Message was not\naccepted -- invalid mailbox. Local mailbox someone@mail.ru is\nunavailable: user not found (in reply to end of DATA command)", KindRecipientUnknown, "invalid"},
		// An address whose form is invalid, in Japanese.
		{"メールアドレスの形式が不正です。", KindSyntaxError, "アドレスの形式が不正"},
		// The SMTP server's own name that did not resolve is the
		// connection's, not a recipient's domain.
		{"Unable to resolve the SMTP server hostname.", KindConnectionFailed, "resolve the smtp server"},
		// A size over a "maxsize" limit.
		{"msg INBOX/5 skipped (1058314 exceeds maxsize limit 1000000 bytes)", KindMessageTooLarge, "exceeds maxsize"},
	})
	checkKinds(t, []kindCase{
		// .NET's WebException for a connection the server closed (read
		// so before).
		{"", `Exception calling "MoveItems" with "3" argument(s): "The request failed. The underlying connection was closed: A connection that was expected to be kept alive was closed by the server."`, KindConnectionFailed},

		// Guards.
		{"", "Ошибка авторизации", KindAuthFailed},
		{"", "Сервер не поддерживает STARTTLS", KindTLSFailed},
		{"", "The domain has no MXs.", KindDomainNotFound},
		{"", "550 No MXs for domain example.com", KindDomainNotFound},
		{"", "Connection to mxs.mail.ru timed out", KindTimeout},
		{"", "550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: user not found", KindRecipientUnknown},
		{"", "Unable to resolve host example.invalid", KindConnectionFailed},
		{"", "Could not resolve the recipient's domain", KindDomainNotFound},
		{"", "552 5.3.4 Message size exceeds fixed maximum message size", KindMessageTooLarge},
		{"", "550 5.2.2 Mailbox size limit exceeded", KindMailboxFull},
		{"", "530 Please perform POP3 authentication before sending mail", KindAuthRequired},
		{"", "-ERR [AUTH] Authentication failed.", KindPOPFailed},
		// What the review of these fits found them taking: a server that
		// does not support something other than a login, a back end the
		// server could not reach, a form other than an address's, a
		// mailbox over a "maxsize", "MXs" ending a sentence.
		{"", "503 5.5.1 Сервер не поддерживает команду AUTH в текущем состоянии, сначала EHLO", KindSyntaxError},
		{"", "552 5.3.4 Сервер не поддерживает письма такого размера. Аутентификация: user@example.ru", KindMessageTooLarge},
		{"", "451 4.3.0 Нет соединения с сервером антивирусной проверки", KindServiceUnavailable},
		{"", "550 5.7.1 添付ファイルの形式が不正なため、メッセージを拒否しました", KindPolicyRejected},
		{"", "452 4.2.2 Mailbox exceeds maxsize limit of 1 GB", KindMailboxFull},
		{"", "Domain example.com has no valid MXs.", KindDomainNotFound},
	})
}

// TestPostfixSuspendedFrame: Postfix's "delivery temporarily suspended:"
// frames the reason its queue holds a message; the reason decides, not
// an account suspended. An account or an IP said to be suspended still
// is.
func TestPostfixSuspendedFrame(t *testing.T) {
	checkNotKinds(t, KindMailboxDisabled, "Postfix's queue frame, not an account suspended",
		"delivery temporarily suspended: transport is unavailable",
		"status=deferred (delivery temporarily suspended: unknown mail transport error)")
	checkKinds(t, []kindCase{
		{"", "delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused", KindConnectionFailed},
		{"", "This account has been temporarily suspended", KindMailboxDisabled},
		{"", "451 4.3.0 [internal] Sending IP temporarily suspended", KindBlocked},
	})
}

// TestRoundZ407Families holds the fits of the samples Z407 to Z414, each
// by the term that decides it (the word model, retrained on the table
// that holds these rows, may guess some right without it), and the
// frames they needed, with guards of what the terms and frames must not
// take.
func TestRoundZ407Families(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		// Ansible's frame of every failure ("To see the full traceback,
		// use -vvv") names no mailbox full: the error after it decides.
		{"An exception occurred during task execution. To see the full traceback, use -vvv. The error was: SMTPServerDisconnected: Connection unexpectedly closed", KindConnectionFailed, "smtpserverdisconnected"},
		// A host written name[address] (Postfix's notation), its address a
		// placeholder: the server's address, not the client's.
		{"4.4.1 X-Postfix; connect to domain[IP]:25: Connection refused", KindConnectionFailed, "connect to"},
		// System.Net.Mail's pickup directory (IIS's) is a setting.
		{"System.Net.Mail.SmtpException: Cannot get IIS pickup directory.", KindInvalidConfig, "iis pickup directory"},
		{"SmtpException: Only absolute directories are allowed for pickup directory.", KindInvalidConfig, "allowed for pickup directory"},
		// IMAP's response code for a login refused (RFC 5530), and .NET's
		// HTTP 401.
		{"Fehler beim Speichern der Email per IMAP: [AUTHENTICATIONFAILED]", KindAuthFailed, "authenticationfailed"},
		{"Remote server error: (401) Unauthorized. Make sure the user name and password you entered are correct and try again.", KindAuthFailed, "401) unauthorized"},
		// Exchange's message expired in its queue (4.4.7).
		{"Could not deliver the message in the time limit specified. Please\nretry or contact your administrator.\n<FQDN_Of_Sending_Server#4.4.7>", KindTimeout, "in the time limit specified"},
		{"Could not deliver the message in the time limit specified. Please retry or contact your administrator.\n<originating.mailserver.hostname #4.4.7>", KindTimeout, "in the time limit specified"},
		// A program's own mail settings missing or incomplete.
		{"CONFIGURATION ERROR: Incomplete email config: smtpHost", KindInvalidConfig, "incomplete email config"},
		{"Unable to find SMTP configuration.", KindInvalidConfig, "find smtp configuration"},
		{"You haven’t setup any email service yet. Please configure your email service to receive a reset link", KindInvalidConfig, "setup any email service"},
		// A connection the server broke, in Italian.
		{"Il server ha interrotto la connessione in modo inatteso", KindConnectionFailed, "interrotto la connessione"},
		// Too much traffic from a sender is a rate.
		{`550 MAIL from: "email_address" blocked "Class Of Service" - Too much traffic from this sender`, KindRateLimited, "too much traffic from this sender"},
		// Windows' WSAETIMEDOUT, cut short.
		{"A connection attempt failed because the connected party did not properly respond", KindTimeout, "connected party did not properly respond"},
		// Trend Micro's reputation lists (ERS-QIL: its quick IP lookup).
		{"mail postfix/smtp: to=<aaa@example.com>, relay=xxxxx.trendmicro.com[XX.XX.XX.XX]:25, status=deferred (host xxxxxtrendmicro.com[X.XX.XX.XX] said: 450 4.7.1 <aaa@example.com>: Recipient address rejected: ERS-QIL. (in reply to RCPT TO command))", KindBlocked, "ers-qil"},
		// Local setups sendmail and Postfix refuse to run with, and a
		// server name a resolver refuses as malformed (Node's EBADNAME).
		{"/etc/mail/sendmail.cf: line 81: fileclass: cannot open /etc/mail/local-host-names: Group writable directory", KindInvalidConfig, "group writable directory"},
		{"Error occurred while trying to send mail: sendmail: fatal:  parameter inet_interfaces: no local interface found for ::1", KindInvalidConfig, "parameter inet_interfaces"},
		{`Error sending invoice email: Error: queryA EBADNAME "smtp.mailbox.org"`, KindInvalidConfig, "querya ebadname"},
		// A sign-in that failed.
		{"430 mailbox sign in failure", KindAuthFailed, "sign in fail"},
	})
	checkNotKinds(t, KindInvalidConfig, "a recipient's domain looked up for its MX, not the server's name", "Error: queryMx EBADNAME gmail..com")
	checkNotKinds(t, KindTimeout, "a server that did not answer a command properly, not a connection that timed out", "The remote server did not properly respond to the STARTTLS command")
	checkKinds(t, []kindCase{
		// Guards: a mailbox full is still full, an address in brackets
		// after a space is a client's, a recipient's domain not found
		// by an MTA is still the domain's, .NET's 401 without a frame is
		// a login's, a server written "host NAME [IP]" is the server.
		{"", "452 4.2.2 Mailbox full", KindMailboxFull},
		{"", "Mailbox full. See the full stack trace below.", KindMailboxFull},
		{"", "421 Connection refused from [IP]", KindBlocked},
		{"", "Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again", KindDomainNotFound},
		{"", "The remote server returned an error: (401) Unauthorized.", KindAuthFailed},
		{"", "host mx.example.com [IP]: 421 Connection refused", KindConnectionFailed},
		{"", "postfix/smtp[123]: to=<someone@example.com>, relay=mx.example.com[IP]:25, delay=1, status=deferred (Connection refused)", KindConnectionFailed},
		// What the review of these fits found them taking (with the two
		// checkNotKinds above): advice to configure a client after the
		// cause, a recipient's domain not found by a program that
		// delivers itself, a server's own load and an IP's traffic, a
		// client written host[IP], Exchange's Pickup directory refusing a
		// message for its size.
		{"", "SMTP server requires authentication. Please configure your email client accordingly.", KindAuthRequired},
		{"", "This server requires encryption. Please configure your email client to use SSL/TLS on port 465.", KindTLSRequired},
		{"", "Failed to send email: Please configure your email service credentials; Error: Invalid login: 535 Authentication failed", KindAuthFailed},
		{"", "Error: Could not connect to the recipient's mail server for example.invalid: getaddrinfo ENOTFOUND example.invalid", KindDomainNotFound},
		{"", "Delivery to recipient failed: cannot connect to destination host nodomain.tld (No such host is known)", KindDomainNotFound},
		{"", "421 Server busy, too much traffic. Please try again later.", KindServiceUnavailable},
		{"", "550 5.7.1 Connection refused - too much traffic from your IP (192.0.2.1) - blocked", KindBlocked},
		{"", "421 Connection refused from unknown[IP]", KindBlocked},
		{"", "554 5.7.1 Rejected: mail from mail.example.com[IP] refused", KindBlocked},
		{"", "Message was rejected in the Pickup directory because it exceeded the maximum message size.", KindMessageTooLarge},
	})
}

// TestRoundZ415Families holds the fits of the samples Z415 to Z421 by the
// terms that decide them, with guards.
func TestRoundZ415Families(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		// Microsoft Graph's access denied: a login's or a grant's.
		{`{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}`, KindAuthFailed, "erroraccessdenied"},
		{"Error: Graph batch job encountered errors on requests 1\nMessages:\nAccess is denied. Check credentials and try again.", KindAuthFailed, "access is denied. check credentials"},
		// The Gmail API's header it could not read; its errors' "domain":
		// "global" names no domain.
		{`DATA:{"error"=>{"errors"=>[{"domain"=>"global", "reason"=>"invalidArgument", "message"=>"Invalid to header"}], "code"=>400, "message"=>"Invalid to header"}}`, KindSyntaxError, "invalid to header"},
		{`<HttpError 400 when requesting https://www.goo gleapis.com/gmail/v1/users/me/messages/import?alt=json&neverMarkSpam=true&fields =id returned "Invalid From header">`, KindSyntaxError, `"invalid from header"`},
		// Google's API without the grant it needs.
		{`An error occurred: <HttpError 403 when requesting https://www.googleapis.com/gmail/v1/users/me/messages/send?alt=json returned "Insufficient Permission">`, KindAuthFailed, `"insufficient permission"`},
		{"403 insufficientPermissions: Request had insufficient authentication scopes", KindAuthFailed, "insufficientpermissions"},
		{"Request had insufficient authentication scopes.", KindAuthFailed, "insufficient authentication scopes"},
		// Microsoft Graph's throttling of an application.
		{`Error: 429 : {"error":{"code":"ApplicationThrottled","message":"Application is over its MailboxConcurrency limit."}}`, KindRateLimited, "applicationthrottled"},
		// A sending service's sender domain not verified.
		{"Sender domain not authenticated. Please authenticate your domain before sending.", KindSenderRejected, "sender domain not authenticated"},
		// The local network or security software stopping the connection.
		{"Outbound mail (SMTP port 25) seems to be blocked by your network.", KindConnectionFailed, "seems to be blocked by your network"},
		// Windows' ERROR_INTERNET_INVALID_CA.
		{"0x80072f0d", KindTLSFailed, "0x80072f0d"},
		{"80072F0D", KindTLSFailed, "80072f0d"},
		// iOS Mail's connection it could not make safely.
		{"Cannot safely connect to server.", KindTLSFailed, "cannot safely connect to server"},
		// PHPMailer's command sent without a connection.
		{"The following From address failed: someone@example.com : Called Mail() without being connected", KindConnectionFailed, "without being connected"},
	})
	checkNotKinds(t, KindAuthFailed, "a server's access denied, a file's or a list's permission, name no login",
		"550 5.7.1 Access is denied.", "550 Access denied - Invalid HELO name",
		"sendmail: fatal: open /etc/postfix/main.cf: insufficient permission",
		"550 5.7.1 Insufficient permission to send to this distribution list")
	checkKinds(t, []kindCase{
		// Guards.
		{"", "535 5.7.8 Username and Password not accepted.", KindAuthFailed},
		{"", "550 5.1.2 Domain example.invalid does not exist", KindDomainNotFound},
		{"", "Connection timed out (10060)", KindTimeout},
		{"", "530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired},
		{"", "554 5.7.1 Client host blocked by your network policy: listed in zen.spamhaus.org", KindBlocked},
		// What the review of these fits found them taking: PHPMailer's
		// login that failed before its MAIL FROM, rights other than a
		// login's, a hint after a connection's failure, a server that
		// names a network's policy, a cause named after a header, a
		// host's domain not responding (no time named), a connection
		// made safely that timed out, a domain not authenticated in
		// other words.
		{"", "SMTP Error: Could not authenticate. The following From address failed: someone@example.com : Called Mail() without being connected", KindAuthFailed},
		{"", "Insufficient permission to send on behalf of the specified user", KindSenderRejected},
		{"", "Connection refused. Check credentials and try again.", KindConnectionFailed},
		{"", "554 5.7.1 Message blocked by your network policy", KindBlocked},
		{"", "550 Invalid from header, sender not allowed", KindSenderRejected},
		{"", "451 4.4.1 Host not responding for domain example.com", KindConnectionFailed},
		{"", "We could not safely connect to smtp.example.com: connection timed out", KindTimeout},
		{"", "550 5.7.1 Your domain is not authenticated. Please authenticate your domain in the dashboard.", KindSenderRejected},
	})
}

// TestRoundZ422Families holds the families of the round from 7126c95 that
// both readers labelled alike: OAuth2's and Google's refusals of a grant
// or an app, Google's API quota, the Gmail API's delegation refused, a
// client IP no allow-list holds, a client's own certificate it could not
// load, a connection that gave no reply, an attachment a recipient
// refused, and a program with no address to send from; with the guards a
// review of them wrote.
func TestRoundZ422Families(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		// RFC 6749's unauthorized_client, Google's scope too narrow, an
		// app Google has not verified, a grant refused in words.
		{`401 - {"error":"unauthorized_client","error_description":"Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."}`, KindAuthFailed, "unauthorized_client"},
		{"403 ACCESS_TOKEN_SCOPE_INSUFFICIENT", KindAuthFailed, "access_token_scope_insufficient"},
		{"Access blocked: gmail-mcp has not completed the Google verification process\n\ngmail-mcp has not completed the Google verification process. The app is currently being tested, and can only be accessed by developer-approved testers.", KindAuthFailed, "not completed the google verification process"},
		{"Error : Failed to list filters: invalid grant", KindAuthFailed, "invalid grant"},
		// Google's RESOURCE_EXHAUSTED: a quota of requests, not a mailbox's.
		{"Resource has been exhausted (e.g. check quota).", KindRateLimited, "resource has been exhausted"},
		// The Gmail API's sending as a user the account may not act for.
		{"Delegation denied for <requesting_user>", KindSenderRejected, "delegation denied"},
		// A sending service's allow-list of client addresses.
		{"The requestor's IP Address is not whitelisted", KindBlocked, "ip address is not whitelisted"},
		// Go's TLS client certificate a program was told to load.
		{"Failed to send test alert.: could not load cert or key file: open : no such file or directory", KindInvalidConfig, "could not load cert or key"},
		// A connection that answered nothing, and one a library reported
		// broken in its own words.
		{"Expected response code(s) [250] but got response []", KindConnectionFailed, "got response []"},
		{"CONNECTION_FAILED", KindConnectionFailed, "connection_failed"},
		{"Connection with the specified SMTP server failed.", KindConnectionFailed, "connection with the specified smtp server failed"},
		// An attachment the recipient's side refused is the content's.
		{"The attached file was rejected by {{recipient email address}}, and your email was not delivered properly.", KindPolicyRejected, "attached file was rejected"},
		{"{{受信者メールアドレス}}により添付ファイルが拒否されたため、メールを正常にお届けすることができませんでした。", KindPolicyRejected, "添付ファイルが拒否"},
		// A program that has no address to send from.
		{"Could not send test email, no email configured for current user", KindInvalidConfig, "no email configured"},
		// Keycloak's EmailException for a realm whose sender address is
		// unset or unusable.
		{"org.keycloak.email.EmailException: Please provide a valid address", KindInvalidConfig, "please provide a valid address"},
	})
	checkKinds(t, []kindCase{
		// What a review of these fits found them taking. n8n's 403 says
		// "perhaps check your credentials" of any refusal, so those words
		// do not decide; gRPC's RESOURCE_EXHAUSTED is a size as often as
		// a quota; a reply with a mailbox's quota and a size's words stays
		// the mailbox's; dash's "mail: not found" (a shell's missing mail
		// command) went, as it ends other words too.
		{"", "Forbidden - perhaps check your credentials? Delegation denied for someone@example.com", KindSenderRejected},
		{"", "RESOURCE_EXHAUSTED: gRPC message exceeds maximum size 4194304: 5000000", KindMessageTooLarge},
		{"", "552 Quota exceeded. File too large", KindMailboxFull},
		{"", "メールの容量がいっぱいです", KindMailboxFull},
	})
	checkNotKinds(t, KindInvalidConfig, "a server's or a recipient's words, not a program's setting",
		"Error sending mail: Not Found", "recipient e-mail: not found",
		"TLS handshake failed: could not load certificate")
}

// TestRoundZ430Families holds the families of the round's second batch
// (samples Z430 to Z436, scored with the rules of 603cd80) that both
// readers labelled alike: a program's own settings missing or malformed
// (Postfix's sendmail called with the wrong options, Python's empty
// server_hostname, an empty address, mail settings not configured, a
// mail server it asks to be set), a connection a program could not get,
// Node's failed MX lookup of a recipient's domain, and Japanese "the
// sender cannot be accepted"; with the guards a review of them wrote.
func TestRoundZ430Families(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"Aug 21 14:50:52 pleskhost1 postfix/sendmail[3501412]: fatal: stand-alone mode requires no recipient", KindInvalidConfig, "stand-alone mode requires no recipient"},
		{"could not connect to mail server smtp.gmail.com\ncause: server_hostname cannot be an empty string or start with a leading dot.\ncheck your config file to confirm that smtp-server and other mail server settings are configured properly", KindInvalidConfig, "cannot be an empty string"},
		{"ReportPortalException: Email server is not configured or configuration is incorrect. Please configure email server in Report Portal settings", KindInvalidConfig, "please configure email server"},
		// A server's refusal of the user name a login gave ("501 Username
		// used for auth is not valid email address"), which Symfony's
		// "Failed to authenticate on SMTP server" quotes too; a 501 whose
		// words are a login's, not a command's syntax.
		{"501 Username used for auth is not valid email address", KindAuthFailed, "username used for auth is not valid"},
		// procmail's full mailbox, which sendmail follows with its own
		// "Can't create output": the cause comes first.
		{"Mailbox limit exceeded while appending message\n550 <user@example.com>... Can't create output", KindMailboxFull, "mailbox limit exceeded while appending"},
		// An API's HTTP 500 in a program's words: the service's trouble.
		{"http error 500", KindServiceUnavailable, "http error 500"},
		{"ERROR in config: Mail service not configured", KindInvalidConfig, "mail service not configured"},
		{"Email Settings not configured", KindInvalidConfig, "email settings not configured"},
		{`Invalid address ""`, KindInvalidConfig, `invalid address ""`},
		{"Exception: Failed to get smtp connection.", KindConnectionFailed, "failed to get smtp connection"},
		{"error on connectMx Error: queryMx ENODATA primex.xyz", KindDomainNotFound, "querymx enodata"},
	})
	checkKinds(t, []kindCase{
		// Japanese "the server cannot accept the sender", which only the
		// word model's guess had read right until it was retrained.
		{"", "サーバーは送信者を受け入れることができません。", KindSenderRejected},
		// What a review of these fits found them taking. nodemailer's
		// "Mail command failed:" was read as MAIL FROM's frame, and made
		// the sender's a connection that closed and a reply with no code
		// it could read; "cannot be accepted" beside a sender's word took
		// a size, a quota, a rate and a recipient; Node's queryMx names
		// lookups that failed for other reasons.
		{"", "Mail command failed: Connection closed", KindConnectionFailed},
		{"", "送信者からのメッセージが大きすぎるため受け入れることができません", KindMessageTooLarge},
		{"", "受信者のメールボックスがいっぱいのため、送信者からのメッセージを受け入れることができません。", KindMailboxFull},
		{"", "添付ファイルを受け入れることができません。", KindPolicyRejected},
	})
	checkNotKinds(t, KindSenderRejected, "nodemailer's frame names no sender when no code follows",
		"Mail command failed: 442 Invalid status code 404", "Send mail command failed")
	checkNotKinds(t, KindInvalidConfig, "a form's or an API's check of a message, or a null argument that names no mail setting, is not the program's mail setting",
		"The to field is required.", "The captcha field is required.",
		"System.ArgumentNullException: Value cannot be null. (Parameter 'stream')")
	checkNotKinds(t, KindDomainNotFound, "a lookup that timed out or a resolver that failed names no domain gone",
		"Error: queryMx ETIMEOUT example.com", "Error: queryMx ESERVFAIL example.com")
}

// TestRoundZ437Families holds the families of the samples Z437 to Z444
// (task and notes apps, hospitality and point-of-sale software, fleet and
// IoT platforms, long-lived desktop mail programs, nonprofit and school
// software, analytics and form backends, notification bridges, and the
// mail packages of data-science and newer languages) that both readers
// labelled alike and the rules of f91a7bc missed.
func TestRoundZ437Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A program's mail component that was never set up, named as a
		// component (a mailer, a mail or email service, a transport, a
		// mail driver) rather than as one of its settings.
		{"", "Mailer seems to be not configured! Please see the config docs for more details.", KindInvalidConfig},
		{"", "[WorkspaceResolver] failed to send invite email to [removed], but successfully revoked permission: Error: Mailer service is not configured.", KindInvalidConfig},
		{"", "Service will be disabled because mailer config is not set or is explicitly disabled", KindInvalidConfig},
		{"", `Attempted to send email "${data.subject}" to ${data.to} but no transport configured.`, KindInvalidConfig},
		{"", "Unknown mail driver: ${driver}", KindInvalidConfig},
		{"", "No-reply email must be set for email service to work (Set env variable MAILER_NOREPLY_EMAIL)", KindInvalidConfig},
		// A message the program would not send as it stood: no sender,
		// no recipient, no login to give.
		{"", "Mail is incomplete: no sender!", KindInvalidConfig},
		{"", "Mail is incomplete: no recipient!", KindInvalidConfig},
		{"", "A message must have a recipient (To: or Bcc: field) before it can be queued.  Make sure that you aren't specifying an address book entry that has an empty Address(es) field.", KindInvalidConfig},
		{"", "No user name or password was specified for the SMTP AUTH connection YAM was trying to establish. Please check your configuration.", KindInvalidConfig},
		{"", "The connection requires SSL, but the SSL plugin is not correctly installed.", KindInvalidConfig},
		// A machine with no network stack running (AmigaOS's
		// bsdsocket.library, Windows' Winsock): no connection was made.
		{"", "No TCP/IP stack running! A bsdsocket.library-compatible internet stack must be started before you can use this function.", KindConnectionFailed},
		{"", "Cannot open bsdsocket.library. Please start a TCP/IP-Stack.", KindConnectionFailed},
		{"", "Couldn't load or initialize the Winsock DLL.  Has your network started up yet?", KindConnectionFailed},
		// A session that ended under the client: the login it asks for
		// again is not what failed.
		{"", "The connection to the server has been terminated. You must login again to re-establish the connection to the server.", KindConnectionFailed},
		{"", "mail/func1 1bd Error closing the mail server connection: not connected to SMTP server", KindConnectionFailed},
		// PHP's write to a socket the server had closed (EPIPE).
		{"", "fwrite(): send of 6 bytes failed with errno=32", KindConnectionFailed},
		// Credentials a program says are not valid, and an OAuth token it
		// could not get.
		{"", "SMTP credentials are not valid so email notifications will not function", KindAuthFailed},
		{"", "Unable to send mail: java.lang.RuntimeException: Error while retrieving access token: null", KindAuthFailed},
		// A POP3 server without the APOP a client was set to use.
		{"", "Your POP3 server doesn't support APOP. Disable the APOP option in your YAM configuration.", KindPOPFailed},
		// HELO's argument refused as malformed.
		{"", "Command HELO ESP-CAM_MJPEG: got wrong response: HELO requires valid address", KindSyntaxError},
		// rustls's record-layer errors, as Deno prints them.
		{"", "error: Uncaught (in promise) InvalidData: received corrupt message", KindTLSFailed},
		{"", "InvalidData: received corrupt message of type InvalidContentType", KindTLSFailed},
		{"", "error: TlsConnectionTruncated", KindTLSFailed},
		// Settings a program names as wrong or undefined.
		{"", "SMTP configuration incorrect", KindInvalidConfig},
		{"", "Error: invalid SMTP server or SMTP port", KindInvalidConfig},
		{"", "You must define an SMTP server and an SMTP port. If you do not know it, use the PHP mail() function instead.", KindInvalidConfig},
		// A sending service that could not look up the recipient
		// domain's MX.
		{"", "Unable to get MX info", KindDomainNotFound},
		// A program's mail switched off, or a setting it names as unset
		// or without a valid value.
		{"", "Outbound mail has been disabled. Click <a href='%1'>Administer >> System Setting >> Outbound Email</a> to set the OutBound Email.", KindInvalidConfig},
		{"", "Email is disabled. Enable it in the Email Dashboard settings before testing.", KindInvalidConfig},
		{"", "e-mail notifications are not enabled", KindInvalidConfig},
		{"", "Sender address has not been set.", KindInvalidConfig},
		{"", "Church Email address is not set — the test email has nowhere to go.", KindInvalidConfig},
		{"", "There is no valid smtp server setting. Click <a href='%1'>Administer >> System Setting >> Outbound Email</a> to set the SMTP Server.", KindInvalidConfig},
		{"", "There is no valid sendmail path setting. Click <a href='%1'>Administer >> System Setting >> Outbound Email</a> to set the sendmail server.", KindInvalidConfig},
		{"", `MailService: Unsupported sendmail command flags []. Must be one of "-bs" or "-t" but can include additional flags.`, KindInvalidConfig},
		{"", `Failed to send test notification: error invoking send: error initializing router services: unknown service: "smtps"`, KindInvalidConfig},
		// A CA file a client could not load.
		{"", "MailService: failed loading cafile stream: `/usr/local/etc/pki/cacert.pem", KindTLSFailed},
		// The server's reply, quoted in PEAR Net_SMTP's frame that names
		// the command (MAIL FROM) it was sending, not a sender refused:
		// the reply decides, whatever it says (CiviCRM words the frame
		// its own way).
		{"", "Failed to set sender: someone@example.com [SMTP: Invalid response code received from server (code: 451, response: Temporary local problem - please try later)]", KindServiceUnavailable},
		{"", "Failed to set sender: test@example.org [SMTP: Invalid response code received from SMTP server while sending email. This is often caused by a misconfiguration in Outbound Email settings. Please verify the settings at Administer CiviCRM >> Global Settings >> Outbound Email (SMTP). (code: 421, response: Timeout waiting for data from client.)]", KindTimeout},
		// mailrise's recipient that no route of its configuration names.
		{"", "ERROR:mailrise.skeleton:Recipient is not configured: email@domain", KindRecipientUnknown},
		// What a review of these fits found them taking. The access
		// token's step names no cause when what failed on the way
		// follows: the Gmail API quickstart's token request timed out.
		{"", "Error retrieving access token { Error: connect ETIMEDOUT 172.217.2.170:443", KindTimeout},
		{"", "Error retrieving access token { FetchError: request to https://oauth2.googleapis.com/token failed, reason: connect ETIMEDOUT 172.217.160.74:443", KindTimeout},
		{"", "Error retrieving access token Error: read ECONNRESET", KindConnectionFailed},
		// PHPMailer's frame drops the code of the recipient's refusal.
		{"", "Mailer Error: The following recipients failed: user@example.com: Recipient address rejected: Domain not configured", KindRecipientUnknown},
	})
	checkNotKinds(t, KindConnectionFailed, "PHP's write that would have blocked (EAGAIN) broke no connection",
		"fwrite(): send of 8192 bytes failed with errno=11 Resource temporarily unavailable")
	checkNotKinds(t, KindInvalidConfig, "an account's or a user's mail disabled, or an address not set in a PTR record, is no program's setting",
		"Email is disabled for this account", "Mail is disabled for this user", "IP address not set in PTR")
}

// TestRoundZ445Families holds the families of the samples Z445 to Z451
// (cold-email tools, mail-merge add-ons, IBM i and OpenVMS mail, HPC
// schedulers' job mail, patch workflows, Microsoft 365 add-ons, and
// reporting and ETL tools) that both readers labelled alike and the rules
// of 35b4f11 missed.
func TestRoundZ445Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// HTCondor's and condor_mail's own checks before sending: a
		// setting its configuration file lacks, no recipient given.
		{"", "Trying to email, but MAIL not specified in config file", KindInvalidConfig},
		{"", "Trying to email, but SMTP_SERVER not specified in config file", KindInvalidConfig},
		{"", "Trying to email, but address list is empty", KindInvalidConfig},
		{"", "You forgot to add who you are sending this message too.", KindInvalidConfig},
		{"", "error: you must specify at least one recipient.", KindInvalidConfig},
		// Apps Script's limits: the attachments' total size, and the
		// daily quota Mailmeteor reports under its API name.
		{"", "Limit Exceeded: Email Total Attachments Size.", KindMessageTooLarge},
		{"", "Last attempt to send this email failed for the following reason user_quota_exhausted", KindRateLimited},
		// Apps Script's header errors, unquoted as Gmail's API quotes them.
		{"", "Invalid to header", KindSyntaxError},
		{"", "Invalid cc header", KindSyntaxError},
		// git-multimail's own check: no recipient in its configuration.
		{"", "No email recipients configured!", KindInvalidConfig},
		// A sales tool's own check: the account it sends for has no
		// sending address.
		{"", "Owner has no sending address", KindInvalidConfig},
		// A connected mailbox whose stored login has expired: log in again.
		{"", "This action can't be performed because the account's credentials are out of date. Please reauthenticate and try again", KindAuthFailed},
		// Gmail's REST API's 429, as a sending tool logs it.
		{"", "429 - gmail_rest - user@example.com - Respecting exponential backoff.", KindRateLimited},
	})
}

// TestRoundZ452Families holds the families of a round of held-out replies
// from media servers, galleries, process engines, contact forms, library
// software, monitoring, game servers and CRMs: a program's own check of a
// message or its settings before any server was asked, a POP3 connection
// its client reports, and PHPMailer's "data not accepted", which names no
// cause whatever frames it.
func TestRoundZ452Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A message a program would not send: no subject, no body.
		{"", "No email Subject specified", KindInvalidConfig},
		{"", "Email message was blank", KindInvalidConfig},
		{"", "Message body empty", KindInvalidConfig},
		// No recipient given, in the program's words.
		{"", "No recipient could be found for sending email.", KindInvalidConfig},
		{"", `Failed to send notification email: {"error":"Notification email error. No recipient email address found."}.`, KindInvalidConfig},
		{"", "THOLD ERROR: Sending Email To Failed. Error was Mailer Error: No recipient address set!!", KindInvalidConfig},
		{"", `ERROR: Email sending:Laminas\Mail\Transport\Smtp transport expects at least one recipient if the message has at least one header or body`, KindInvalidConfig},
		// Settings never given: the server, the administrator's address,
		// the environment a container was meant to pass.
		{"", "Could not send email: no SMTP host is configured", KindInvalidConfig},
		{"", "Mass Email, send item: 0, No system SMTP settings", KindInvalidConfig},
		{"", "missing required SMTP environment variables", KindInvalidConfig},
		{"", "Supertuxkart the admin email is not set. could not send email. please contact a website administrator", KindInvalidConfig},
		{"", "Could not send email: Incorrect JNDI configuration", KindInvalidConfig},
		{"", "alarm-notify.sh: FATAL: All notification methods are disabled. Not sending notification for host 'debian9'", KindInvalidConfig},
		// Ruby's mail gem and others refusing a sender left empty.
		{"", "ArgumentError: SMTP From address may not be blank: nil", KindInvalidConfig},
		{"", "ArgumentError: A sender (Return-Path, Sender or From) required to send a message", KindInvalidConfig},
		{"", `"" is not a valid email address`, KindInvalidConfig},
		// curl's error for a URL setting it cannot read.
		{"", "URL using bad/illegal format or missing URL", KindInvalidConfig},
		// PHPMailer's POP-before-SMTP class connecting.
		{"", "Connecting to the POP3 server raised a PHP warning: ", KindPOPFailed},
		// "Data not accepted" names no cause, whatever words frame it.
		{"", "Mailer error: SMTP error; Data not accepted", KindUnknown},
		// Guards: what these families must not take.
		{"", "Authentication required to send a message", KindAuthRequired},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Mailer Error: SMTP connect() failed.", KindConnectionFailed},
		{"", "SMTP Error: data not accepted.SMTP server error: DATA END command failed Detail: Error: message file too big", KindMessageTooLarge},
		{"", "No mail server found for domain example.org", KindDomainNotFound},
	})
}

// TestRoundZ460Families holds the families of a second batch of the round:
// chat and conferencing servers, hobby and maker software, download
// clients, JVM mail libraries, Chinese projects, remote-management tools
// and Windows command-line senders. Most are a library's own refusal of a
// message or settings it was given, before any server was asked.
func TestRoundZ460Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// No recipient, no sender, no host given to a library.
		{"", "No recipients given, no email sent", KindInvalidConfig},
		{"", "At least one receiver address required", KindInvalidConfig},
		{"", "From address required", KindInvalidConfig},
		{"", "io.vertx.core.impl.NoStackTraceThrowable: sender address is not present", KindInvalidConfig},
		{"", "Can't send an email without host", KindInvalidConfig},
		{"", "Cannot find valid hostname for mail session", KindInvalidConfig},
		{"", "email not configured", KindInvalidConfig},
		// An address setting empty or named as invalid by the program.
		{"", "'From' is not a valid email address", KindInvalidConfig},
		{"", `Sending failed. Reason:: Emailaddress "" is not valid according to RFC 2822 standards`, KindInvalidConfig},
		// PowerShell's check of a cmdlet's parameter a script left empty.
		{"", "Send-MailMessage : Cannot validate argument on parameter 'To'. The argument is null, empty, or an element of the argument collection contains a null value.", KindInvalidConfig},
		// Python's smtplib's documented words for SMTPSenderRefused.
		{"", "The server didn't accept the from_addr.", KindSenderRejected},
		// macOS's resolver on the server's name, in Python's words, as
		// glibc's "[Errno -2] Name or service not known" is.
		{"", "[Errno 8] nodename nor servname provided, or not known", KindConnectionFailed},
		// Guards.
		{"", "<bob@example.com>: [dest.example.com]: nodename nor servname provided, or not known", KindDomainNotFound},
		{"", "554 5.6.0 Missing Sender header field", KindPolicyRejected},
		{"", "553 user address required", KindSyntaxError},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: not configured", KindRecipientUnknown},
		{"", "550 5.7.27 mailfrom domain not configured for mail", KindSenderRejected},
	})
}

// TestRoundZ467Families holds the families of the round from 6476609's
// first batch: a program's own settings missing or unusable (no code),
// an OAuth token that expired, a HELO argument in the wrong form, a
// connection the program could not open, a certificate in mbed TLS's
// words, and a server that may require a login.
func TestRoundZ467Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A setting a program was never given, or cannot use.
		{"", "From: address not specified. Attribute 2 was not set with a From: address and no From: field header in the email body.", KindInvalidConfig},
		{"", "Sender address not specified", KindInvalidConfig},
		{"", "SMTP submission was aborted because there was no e-mail address found in the To: header field. Consider adding recipients.", KindInvalidConfig},
		{"", "SMTP submission was aborted because there was no e-mail address found in the From: header field.", KindInvalidConfig},
		{"", "admin : No configuration file found at /home/backuppc/.esmtprc or /etc/esmtprc", KindInvalidConfig},
		{"", "mail: configuration file not found: /etc/mail.rc", KindInvalidConfig},
		{"", `Unable to build mail transport err=lettre::transport::smtp::Error { kind: Connection, source: "smtp host undefined" }`, KindInvalidConfig},
		{"", "SecretParameter smtp_host should have already been set through workflow run context init", KindInvalidConfig},
		{"", "smtp host has not been set", KindInvalidConfig},
		{"", "The Mail service is null.", KindInvalidConfig},
		{"", "No SSL support compiled in.", KindInvalidConfig},
		{"", "User and password are necessary for SMTP authentication.", KindInvalidConfig},
		{"", "Server address, account and password are needed for authentication with SMTP", KindInvalidConfig},
		{"", `ORA-20000: mailgun setting not set "app.example.com" - please setup using MAILGUN_PKG.init()`, KindInvalidConfig},
		// An OAuth token that expired: the login's, not a mailbox's.
		{"", "OAuth access token is not present or has expired. Email account=ops", KindAuthFailed},
		{"", "The OAuth session expired during an active connection.", KindAuthFailed},
		{"", "access token expired for account ops@example.com", KindAuthFailed},
		// Gmail's HELO argument in the wrong form: the command's syntax.
		{"", "501-5.5.4 HELO/EHLO argument invalid", KindSyntaxError},
		// A connection the program could not open.
		{"", "Failed to send email. (Failed to resolve host address.).", KindConnectionFailed},
		{"", "[Errno 97] Address family not supported by protocol", KindConnectionFailed},
		{"", "Email sender connection invalid.: Cannot connect to SMTP server: mail.example.com, message: [EOF]", KindConnectionFailed},
		// mbed TLS's X509 module's words (here, memory it could not
		// allocate while reading the certificate): TLS's.
		{"", "Could not connect to mail server smtp.gmail.com on port 465: X509 - Allocation of memory failed", KindTLSFailed},
		// A server that asks for a login, in a program's words.
		{"", "SMTP MAIL request unsuccessful — SMTP server may require authentication", KindAuthRequired},
		// Guards.
		{"", "550 5.2.1 Mailbox disabled, account expired", KindMailboxDisabled},
		{"", "550 5.7.1 Your account has expired", KindMailboxDisabled},
		{"", "550 5.7.0 HELO argument [mail.example.com] is missing a DNS entry", KindBlocked},
		{"", "550 5.1.0 Sender address not specified", KindSenderRejected},
		{"", "Sender signature not defined for From address.", KindSenderRejected},
		{"", "550 No From address", KindSenderRejected},
		{"", "Connection unsuccessful: SendMail: Failed to authenticate on SMTP server, unencrypted connection - undefined", KindTLSRequired},
		{"", "553 Invalid sender address", KindSenderRejected},
		{"", "Could not connect to smtp.example.com: x509: certificate signed by unknown authority", KindTLSFailed},
		{"", "554 5.7.0 Header error", KindPolicyRejected},
		{"", "Failed to connect to smtp.example.com:587: connection refused", KindConnectionFailed},
		// A review's: a setting, not a connection or a certificate.
		{"", "sendmail: warning: inet_protocols: disabling IPv6 name/address support: Address family not supported by protocol", KindInvalidConfig},
		{"", "X509 - Read/write of file failed", KindInvalidConfig},
	})
}

// TestRoundZ475Families holds the families of the round from 6476609's
// second batch: a size limit counted in bytes, a program's addresses not
// given, a lookup of the server's name in Twisted's words, and RFC 5321's
// 553 for an address in the wrong form.
func TestRoundZ475Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "552 Exceeds byte limit", KindMessageTooLarge},
		{"", "552 5.3.4 Message exceeds 10485760 byte limit", KindMessageTooLarge},
		{"", "EMAIL NOT SENT, error [No to address specified]", KindInvalidConfig},
		{"", "DNSLookupError: DNS lookup failed: postfix.mail.svc.cluster.local.", KindConnectionFailed},
		{"", "553 <user@example.com> Invalid email address.", KindSyntaxError},
		{"", "553 <someone@example.com> Invalid email address", KindSyntaxError},
		// Guards.
		{"", "553 Invalid recipient user@example.net (Mode: normal)", KindRecipientUnknown},
		{"", "553 5.1.1 <user@example.com>: Invalid address", KindRecipientUnknown},
		{"", "553 invalid addressee", KindRecipientUnknown},
		{"", "553 Invalid address for recipient", KindRecipientUnknown},
		{StageAuth, "553 Invalid email address", KindAuthFailed},
		{StageRcpt, "553 <user@example.com> Invalid email address.", KindSyntaxError},
		{"", "450 4.7.1 Too many messages sent today: daily limit exceeded", KindRateLimited},
		{"", "<bob@example.com>: DNS lookup failed for example.com", KindDomainNotFound},
		// Twisted's mail relay, for a recipient's domain with no MX.
		{"", "twisted.internet.error.DNSLookupError: DNS lookup failed.", KindDomainNotFound},
		// A review's, of the catalogues' terms: SSH's handshake is no
		// TLS ("Handshake failed" is not one of GnuTLS's terms).
		{"", "ssh: handshake failed: ssh: unable to authenticate, attempted methods [none password], no supported methods remain", KindAuthFailed},
		{"", "ssh: handshake failed: EOF", KindConnectionFailed},
		{"", "ssh: handshake failed: read tcp 192.0.2.1:50412->198.51.100.7:22: i/o timeout", KindTimeout},
	})
}

// TestRoundZ482Families holds the wordings of the held-out round from
// 3afdea7 that both readers labelled alike, as families: the samples'
// lines, with a variant where one was written, and guards of what the new
// terms and rule must not take, most of them without a code, as the
// settings' and the TLS wrapper's rules read only replies without one.
func TestRoundZ482Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A program's settings that are missing, contradict, or were
		// never given.
		{"", "SMTP mail server not configured - cannot send e-mail.", KindInvalidConfig},
		{"", "Outgoing mail server not configured", KindInvalidConfig},
		{"", "ERROR: Please specify SMTP server with flag -smtp", KindInvalidConfig},
		{"", "Please specify the SMTP server", KindInvalidConfig},
		{"", "No email address was found for recipients.\r\nHave you set the 'To:' field correctly?", KindInvalidConfig},
		{"", "send-smtp-message: no recievers", KindInvalidConfig},
		{"", "no receivers specified", KindInvalidConfig},
		{"", "sendmail: createProcess: posix_spawnp: does not exist (No such file or directory)", KindInvalidConfig},
		{"", "Kernel::System::MailQueue => Temporary problem returned from server, requeuing message for sending. Message: SMTPCode: -, ErrorMessage: No such binary: /usr/sbin/sendmail!", KindInvalidConfig},
		{"", "SysConfig option SendmailModule::OAuth2TokenConfigName is not set.", KindInvalidConfig},
		{"", "Configuration option MailFrom is not set", KindInvalidConfig},
		{"", "Config option smtp.from is not set", KindInvalidConfig},
		{"", "No SendmailModule::Host found in Kernel/Config.pm", KindInvalidConfig},
		{"", "Smtp: 'mail.example.com' (port 465): :enable_starttls and :tls are mutually exclusive. Set :tls if you're on an SMTPS connection.", KindInvalidConfig},
		{"", "ssl and starttls options are mutually exclusive", KindInvalidConfig},
		{"", "❌ Missing SMTP credentials!", KindInvalidConfig},
		{"", "Required fields missing", KindInvalidConfig},
		{"", "Required field missing: to", KindInvalidConfig},
		{"", "Required fields are missing", KindInvalidConfig},
		{"", "SQL Server blocked access to procedure 'dbo.sp_send_dbmail' of component\r\n'Database Mail XPs' because this component is turned off...", KindInvalidConfig},
		{"", "[474] Unable to refresh Database Mail profile Server Mail. (reason: Microsoft.SqlServer.Management.SqlIMail.Server.Common.BaseException: Mail configuration information could not be read from the database.)", KindInvalidConfig},
		// A server name a program could not look up.
		{"", "Cannot resolve name of SMTP host <host id>.", KindConnectionFailed},
		{"", "! E: could not get ip from host", KindConnectionFailed},
		// A connection's wrapper around a TLS cause (Jakarta Mail's
		// nested exception): the cause decides.
		{"", "javax.mail.MessagingException: Could not connect to SMTP host: smtp.office365.com,\r\nport: 587;\r\n  nested exception is:\r\n    javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?", KindTLSFailed},
		// A login the server did not take, in Blat's words.
		{"", "The SMTP server did not accept LOGIN name.", KindAuthFailed},
		// A bounce reason named in one word, as a sending platform's
		// log names it ("RecipNotFound" is already the recipient's).
		{"", "MailboxFull", KindMailboxFull},
		// Guards.
		{"", "501 5.5.4 Invalid parameters", KindSyntaxError},
		{"", "451 ESMTP MailEnable Service temporarily refused connection at 11/27/15 11:25:27 from IP (192.0.2.6) because the server is too busy.", KindServiceUnavailable},
		{"", "550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "452 4.2.2 Mailbox full", KindMailboxFull},
		{"", "Could not connect to SMTP host: smtp.example.com, port: 25", KindConnectionFailed},
		{"", "550 5.7.1 Relaying denied: not configured to relay for this domain", KindRelayDenied},
		{"", "535 Authentication failed: the server did not accept the credentials", KindAuthFailed},
		{"", "Relaying denied: not configured to relay for this domain", KindRelayDenied},
		{"", "Mailbox full", KindMailboxFull},
		{"", "Authentication failed: the server did not accept the credentials", KindAuthFailed},
		// A review's: a connection's wrapper whose nested exception is
		// a connection reset, broken, closed or lost is the connection's; a
		// process that could not start for now, Dovecot's words without
		// their code, and Windows' domain controller are no settings.
		{"", "Could not connect to SMTP host: smtp.example.com, port: 465; nested exception is: javax.net.ssl.SSLException: Connection reset", KindConnectionFailed},
		{"", "Mail server connection failed; nested exception is javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465;\r\n  nested exception is:\r\n\tjavax.net.ssl.SSLException: Broken pipe (Write failed)", KindConnectionFailed},
		{"", "Could not connect to SMTP host: smtp.example.com, port: 465; nested exception is: javax.net.ssl.SSLException: Connection closed by peer", KindConnectionFailed},
		{"", "Could not connect to SMTP host: smtp.example.com, port: 465; nested exception is: javax.net.ssl.SSLException: Connection lost", KindConnectionFailed},
	})
	checkNotKinds(t, KindInvalidConfig, "a review's: no setting of the program's",
		"createProcess: posix_spawnp: resource exhausted (Resource temporarily unavailable)",
		"SMTP Error: data not accepted. SMTP server error: Invalid parameters",
		"Configuration information could not be read from the domain controller, either because the machine is unavailable, or access has been denied.")
}

// TestRoundZ497Families: families of replies from samples of desktop
// databases' and RAD tools' mail, African, Latin American, Nordic and
// Baltic sources, verifiers, serverless platforms, Classic ASP and IIS,
// and mail security gateways, which two readers labelled alike; each case
// but the guards was wrong when it was found.
func TestRoundZ497Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A setting a program was not given, in the negation's contraction
		// ("isn't specified"), as "not specified" already was.
		{"", "ERROR: SMTP Server isn't specified.", KindInvalidConfig},
		{"", "The SMTP host wasn't set", KindInvalidConfig},
		{"", "Error: smtp server isn't configured", KindInvalidConfig},
		// A field of the message or the settings named empty, the
		// settings missing as a whole, no recipient given: the program's
		// own check (no server was asked: no code).
		{"", "Recipient is empty", KindInvalidConfig},
		{"", "Email configuration is missing", KindInvalidConfig},
		{"", "mail settings are missing", KindInvalidConfig},
		{"", "There are no recipient(s) for the new message.", KindInvalidConfig},
		// curl's malformed URL in other programs' words: a host in the
		// wrong form or none (PowerBuilder's "Host using bad/illegal
		// format or missing host.").
		{"", "Host using bad/illegal format or missing host.", KindInvalidConfig},
		// A connection reset, said in the passive.
		{"", "Connection was reset. Please try again.", KindConnectionFailed},
		// Windows' WSAETIMEDOUT in Spanish, its accented letter lost to
		// the code page ("respondi\ufffd"): the clause after it decides.
		{"", "Connection could not be established with host smtp.example.com [Se produjo un error durante el intento de conexi\ufffdn ya que la parte conectada no respondi\ufffd adecuadamente tras un periodo de tiempo, o bien se produjo un error en la conexi\ufffdn establecida ya que el host conectado no ha podido responder. #10060]", KindTimeout},
		// RFC 3463's X.1.2 as a gateway's bounce words it ("Bad
		// destination host"), its code hidden by the bounce's quoting.
		{"", "Reason:\"5.1.2 - Bad destination host\" Response: \"('000', [])\"", KindDomainNotFound},
		// Guards: a server's reply with a code is not the program's check;
		// a relay a server is not set up for is not a setting of the
		// program's.
		{"", "550 5.1.0 Sender is empty", KindSenderRejected},
		{"", "554 5.7.1 Relaying isn't configured for this domain", KindRelayDenied},
		{"", "550 5.1.1 Recipient is empty mailbox", KindRecipientUnknown},
	})
	// A review's: each was read as the program's settings, or as a
	// rate, by a term of this round's first state (91c84b7).
	checkNotKinds(t, KindInvalidConfig, "a review's: no setting of the program's",
		"MAIL FROM is empty: null sender not accepted here",
		"Header From is empty",
		"Response from server is empty",
		"Answer from SMTP server is empty",
		"MX host is empty",
		"Authentication failed: password is empty",
		"DKIM configuration is missing for domain example.com",
		"TLS configuration is missing on the receiving server",
		"There are no recipients left: all recipients were rejected by the server",
		"No recipient(s) for this message were accepted by the server",
		"Recipient address using bad/illegal format")
	checkNotKinds(t, KindRateLimited, "a review's: waiting, or a message, named without a rate",
		"您需要等待一些时间, 待系统管理员审核您的帐户",
		"Sunucu meşgul, lütfen 60 saniye bekleyin",
		"Kirish bloklandi: 300 sekund kutishingiz kerak",
		"이 메시지를 보내기 전에 크기를 줄이십시오",
		"このメッセージを送信するまでにサーバーとの接続が切断されました")
	// No term reads a certificate that could not be verified as a login
	// refused. (The rules alone: the word model, retrained on Persian
	// replies whose "تصدیق" is a login's, guesses the Urdu one so.)
	for _, reply := range []string{
		"Αδυναμία πιστοποίησης του πιστοποιητικού του διακομιστή",
		"سرٹیفکیٹ کی تصدیق کرنے سے قاصر",
	} {
		if got := classifyBy(rulesOnly(), "", reply); got.Kind == KindAuthFailed {
			t.Errorf("without the word model, Classify(%q) = %s (%s): a review's: a certificate that could not be verified", reply, got.Kind, got.Evidence)
		}
	}
}

// TestRoundZ505Families: families of replies from samples of status pages
// and uptime monitors, Balkan and Middle Eastern sources, clinical
// software, game community tools, configuration management, desktop mail
// clients and self-hosted newsletter senders, which two readers labelled
// alike; each case but the guards was wrong when it was found.
func TestRoundZ505Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// Java's package of concurrency utilities names no concurrent
		// connections: its TimeoutException is a timeout.
		{"", "ERROR services.NotificationService - Error sending notification\r\njava.util.concurrent.TimeoutException: null", KindTimeout},
		{"", "java.util.concurrent.TimeoutException: Timeout waiting for task.", KindTimeout},
		// PHPMailer's "Invalid address:" with the function that refused
		// the address ("(setFrom)", "(punyEncode)", "(addAnAddress cc)"):
		// an address the program was given, its own check.
		{"", "Invalid address: (setFrom) censored", KindInvalidConfig},
		{"", "Invalid address:  (punyEncode) user@exämple", KindInvalidConfig},
		{"", "Invalid address:  (addAnAddress cc): someone", KindInvalidConfig},
		// "Login failed" in Arabic.
		{"", "❌ فشل تسجيل الدخول إلى SMTP", KindAuthFailed},
		// Guards: concurrent connections are still a rate.
		{"", "421 Too many concurrent SMTP connections from this IP address; please try again later.", KindRateLimited},
		{"", "Too many concurrent connections", KindRateLimited},
		// A review's (each wrong on 37644b6): concurrency limits in other
		// words, and a login refused beside another cue, whose terms a
		// comment had swallowed.
		{"", "Concurrent transaction quota exceeded", KindRateLimited},
		{"", "Exceeded maximum concurrent threads, try again later", KindRateLimited},
		{"", "ConcurrentConnectionLimitExceeded", KindRateLimited},
		{"", "From address rejected: invalid user or password", KindAuthFailed},
		{"", "Invalid username or password: SMTP user is not set", KindAuthFailed},
	})
	// A review's: an HTTP gateway's failure that names the connection's
	// is not left unknown (the first two were on 37644b6).
	checkNotKinds(t, KindUnknown, "a review's: a gateway's failure that names a connection's",
		"Error: 502 Bad Gateway (the mail server refused the connection)",
		"Bad Gateway: Connection aborted",
		"Bad gateway: connection reset by peer")
	// A reading's: a case for each concurrency term, each settings phrase
	// and each contraction the round added, and the connection phrases
	// the review's gateway wordings needed (most had none), each read by
	// a term (checkTermsRead: the word model must not stand in for one).
	perTerm := []kindCase{
		// Each concurrency term the only word of a rate in its reply (a
		// code alone names none: 421 and 451 are the server's).
		{"", "421 4.3.2 Concurrent connections from 192.0.2.1: 10", KindRateLimited},
		{"", "451 4.7.0 Concurrent sessions per IP: 5", KindRateLimited},
		{"", "421 Concurrent SMTP sessions for this client reached", KindRateLimited},
		{"", "451 4.3.0 Concurrent deliveries for user@example.com", KindRateLimited},
		{"", "421 Concurrent sends for this account: 10", KindRateLimited},
		{"", "421 4.7.0 Concurrent_sending: 3 in flight", KindRateLimited},
		{"", "429 Concurrent requests for this API key", KindRateLimited},
		{"", "421 Concurrent threads for this server", KindRateLimited},
		{"", "451 Concurrent transaction for this mailbox in progress", KindRateLimited},
		{"", "421 ConcurrentConnections for 192.0.2.1", KindRateLimited},
		{"", "451 Max concurrent: 5 (#1.04)", KindRateLimited},
		{"", "451 Maximum concurrent for this IP", KindRateLimited},
		{"", "From address is empty", KindInvalidConfig},
		{"", "From field is empty", KindInvalidConfig},
		{"", "Recipients is empty", KindInvalidConfig},
		{"", "Recipients are empty", KindInvalidConfig},
		{"", "To address is empty", KindInvalidConfig},
		{"", "To field is empty", KindInvalidConfig},
		{"", "SMTP host is empty", KindInvalidConfig},
		{"", "Server address is empty", KindInvalidConfig},
		{"", "Mail configuration is missing", KindInvalidConfig},
		{"", "SMTP configuration is missing", KindInvalidConfig},
		{"", "Email settings are missing", KindInvalidConfig},
		{"", "SMTP settings are missing", KindInvalidConfig},
		{"", "Bad Gateway: The connection was terminated abnormally", KindConnectionFailed},
		{"", "Bad gateway: network unreachable", KindConnectionFailed},
		{"", "Error: 502 Bad Gateway (the mail server refused the connection)", KindConnectionFailed},
		{"", "Bad Gateway: Connection aborted", KindConnectionFailed},
		{"", "The connection has been reset", KindConnectionFailed},
		{"", "Connection is reset", KindConnectionFailed},
	}
	checkKinds(t, perTerm)
	checkTermsRead(t, perTerm)
	// Each contraction, written out here (not taken from the rules' list,
	// so that a form dropped from it fails).
	var contracted []kindCase
	for _, neg := range []string{"isn't", "wasn't", "aren't"} {
		for _, verb := range []string{"set", "specified", "defined", "configured", "provided", "supplied"} {
			subject := "The SMTP server "
			if neg == "aren't" {
				subject = "SMTP username and password "
			}
			contracted = append(contracted, kindCase{"", subject + neg + " " + verb, KindInvalidConfig})
		}
	}
	checkKinds(t, contracted)
	checkTermsRead(t, contracted)
}

// TestRoundZ513Families holds the families of a held-out round that both
// of its readers labelled alike and the rules missed: a program's own
// check of its mail settings or of the message it is about to send, in a
// form's words ("Invalid mail server port", "Empty field Mail Sender",
// "E-mail server can not be empty", "Mail does not have any
// recipients."), its local mail program missing (Java's "Cannot run
// program", a shell's "sh: 1: mail: not found"), a URL with no host;
// Apple's Secure Transport handshake (SSLHandshake), Cyrus SASL's "No
// worthy mechs found", Gmail's web sign-in link, and the AHBL blocklist.
// Three cases ("Invalid SMTP server name", bash's "command not found" for
// mail and mailx) were read before the round, by older terms: regressions
// kept.
func TestRoundZ513Families(t *testing.T) {
	cases := []kindCase{
		{"", "Invalid mail server port", KindInvalidConfig},
		{"", "Invalid mail server fqdn", KindInvalidConfig},
		{"", "Invalid mail server IP address", KindInvalidConfig},
		{"", "Invalid SMTP server name", KindInvalidConfig},
		{"", "E-mail server can not be empty", KindInvalidConfig},
		{"", "The recipient can't be blank", KindInvalidConfig},
		{"", "Sender address cannot be empty", KindInvalidConfig},
		{"", "Empty field Mail Sender", KindInvalidConfig},
		{"", "Invalid field Mail Sender", KindInvalidConfig},
		{"", "Empty field: SMTP server", KindInvalidConfig},
		{"", "Recipient not set.", KindInvalidConfig},
		{"", "Recipient not specified", KindInvalidConfig},
		{"", "Missing recipient", KindInvalidConfig},
		{"", "Missing mail message recipient", KindInvalidConfig},
		{"", "SMTP encryption is invalid.", KindInvalidConfig},
		{"", "Invalid encryption type", KindInvalidConfig},
		{"", "Please setup email adapter.", KindInvalidConfig},
		{"", "Mail is not configured for this Galaxy instance.", KindInvalidConfig},
		{"", "E-mail is not configured on this server", KindInvalidConfig},
		{"", "Make sure to provide a nodemailer transport configuration object, connection url or a transport plugin instance.", KindInvalidConfig},
		{"", "Error: You must connect the Email Model to a Mail connector", KindInvalidConfig},
		{"", "Mail does not have any recipients.", KindInvalidConfig},
		{"", "The message does not have any recipient", KindInvalidConfig},
		{"", "An email requires at least one recipient.", KindInvalidConfig},
		{"", "No recipients for email, ignoring", KindInvalidConfig},
		{"", "MailHostError: Message missing SMTP Header 'From'", KindInvalidConfig},
		{"", "SMTP port setting incorrect; it should be 465 for SSL servers. Hostname may need ssl:// prefix.", KindInvalidConfig},
		{"", `Caused by: java.io.IOException: Cannot run program "mail": error=2, No such file or directory`, KindInvalidConfig},
		{"", `Cannot run program "sendmail": error=2, No such file or directory`, KindInvalidConfig},
		{"", "sh: 1: mail: not found", KindInvalidConfig},
		{"", "/bin/sh: mail: not found", KindInvalidConfig},
		{"", "bash: mail: command not found", KindInvalidConfig},
		{"", "/bin/sh: 1: mailx: not found", KindInvalidConfig},
		{"", "bash: mailx: command not found", KindInvalidConfig},
		{"", `Connection could not be established with host "ssl://:465"`, KindInvalidConfig},
		{"", `Connection could not be established with host "tls://:587"`, KindInvalidConfig},
		{"", "Failed to connect to smtp://:25", KindInvalidConfig},
		{"", "CFNetwork SSLHandshake failed (-9800)", KindTLSFailed},
		{"", "Error code: -36(0x-24), ERROR: SSLHandshake, code: -36, reason: errSecIO", KindTLSFailed},
		{"", "SSLHandshake failed (-9806)", KindTLSFailed},
		{"", "No worthy mechs found", KindAuthFailed},
		{"", "SASL(-4): no mechanism available: No worthy mechs found", KindAuthFailed},
		{"", "error sending email { Error: authorization.failed (bad response on command 'x': -5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=x)", KindAuthFailed},
		{"", "550 5.7.1 Host is on the AHBL - Please see", KindBlocked},
		{"", "Recipient names must be specified", KindInvalidConfig},
		{"", "Cannot send email message -- Make sure you have installed `sendmail` or `mail` program or configure a mail SMTP server in the nextflow config file", KindInvalidConfig},
		{"", "ERROR - getaddrinfo() argument 2 must be integer or string", KindInvalidConfig},
		{"", `err in sendmailv3 TypeError [ERR_INVALID_PROTOCOL]: Protocol "http:" not supported. Expected "https:"`, KindInvalidConfig},
		{"", "This server does not support authorisation", KindAuthFailed},
		{"", "A task was canceled", KindTimeout},
		{"", "System.Threading.Tasks.TaskCanceledException: A task was canceled.", KindTimeout},
		// A reading's: a case for each form phrase the first state had
		// none for (Yii's, Bean Validation's and Hibernate Validator's
		// messages, HubSpot's), and Java's mailx.
		{"", "SMTP host can't be empty", KindInvalidConfig},
		{"", "sendMail.to: must not be empty", KindInvalidConfig},
		{"", "sendMail.arg0: may not be empty", KindInvalidConfig},
		{"", "SMTP Host cannot be blank.", KindInvalidConfig},
		{"", "sendEmail.to: must not be blank", KindInvalidConfig},
		{"", "SMTP Settings Incorrect", KindInvalidConfig},
		{"", `java.io.IOException: Cannot run program "mailx": error=2, No such file or directory`, KindInvalidConfig},
		{"", "This server does not support authorization", KindAuthFailed},
		// A reading's: Apple's handshake failure is a TLS word as Java's
		// is, so a settings phrase beside it does not make it the
		// program's.
		{"", "CFNetwork SSLHandshake failed (-9806): invalid configuration", KindTLSFailed},
		{"", "ERROR: SSLHandshake, code: -9806, invalid configuration", KindTLSFailed},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	// Guards: a server's reply with a code keeps its own cause, even in a
	// form's words (the first four, from the table, are read as a form's
	// without the rule's "only: noCodes"); the rest were right before the
	// round and are kept so.
	checkKinds(t, []kindCase{
		{"", "501 5.0.0 Missing recipient", KindSyntaxError},
		{"", "550 Sender address must be specified.", KindSenderRejected},
		{"", "501 5.5.2 AUTH mechanism must be specified", KindSyntaxError},
		{"", "550 Recipient not set", KindRecipientUnknown},
		{"", "550 5.1.1 Recipient not found", KindRecipientUnknown},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "Connection to SMTP server failed: connection refused", KindConnectionFailed},
		{"", "dial tcp 192.0.2.1:25: connect: connection refused", KindConnectionFailed},
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		{"", "535 5.7.8 Username and Password not accepted", KindAuthFailed},
		{"", "Subject is empty", KindPolicyRejected},
		// A review's (each wrong on the round's first state, 0debba3):
		// Netty's handshake that ran out of time is a timeout; "please set
		// up" beside a subject that is not a mail component is no
		// program's check; a server's refusal of an address, its code
		// cut off, is not a form's however it goes on.
		{"", "io.netty.handler.ssl.SslHandshakeTimeoutException: handshake timed out after 10000ms", KindTimeout},
		{"", "please set up reverse DNS for your sending host", KindBlocked},
		{"", "Recipient address rejected: Recipient not specified", KindRecipientUnknown},
		{"", "Sender address rejected: cannot be empty", KindSenderRejected},
	})
	// A reading's: "must be specified" of any subject, "must connect"
	// beside a host, a domain's settings (each a form's check on
	// 0debba3).
	checkNotKinds(t, KindInvalidConfig, "a reading's: not a form's check",
		"HELO hostname must be specified",
		"Client must connect using TLS to host mail.example.com",
		"SPF settings are incorrect for example.com")
	// A review's: .NET's TaskCanceledException by its name alone is a
	// caller's cancellation as often as a timeout.
	checkNotKinds(t, KindTimeout, "a review's: a cancellation named, not a timeout",
		"System.Threading.Tasks.TaskCanceledException: The operation was canceled.")
	// A program's frame of an exception ("Fatal error: Uncaught
	// PHPMailer\PHPMailer\Exception:") says no more than PHPMailer's own
	// "SMTP Error: data not accepted." inside it: no cause.
	checkKinds(t, []kindCase{
		{"", `Fatal error: Uncaught PHPMailer\PHPMailer\Exception: SMTP Error: data not accepted.`, KindUnknown},
		{"", "Exception: SMTP Error: data not accepted.", KindUnknown},
		{"", "SMTP Error: data not accepted.", KindUnknown},
		{"", "Uncaught exception: message rejected", KindUnknown},
	})
}

// TestRoundZ528Families holds the families of the held-out samples Z528 to
// Z541 (Windows mail components, Ruby and Java job queues, CI pipelines,
// German shops, CRMs, log platforms, minority languages, Python API
// frameworks, C and C++ libraries, WordPress, learning platforms, media
// servers, BPM engines) that both readers named alike and the rules of
// 12c8222 missed: a program's checks in its own words, a program's own
// "no recipient" check named one way (the settings'), a connection that
// failed in a library's words, TLS's words behind a program's frame.
func TestRoundZ528Families(t *testing.T) {
	cases := []kindCase{
		// A program's checks of its settings or its message, no server
		// asked.
		{"", `missing required field "source.smtp.host"`, KindInvalidConfig},
		{"", `missing required field "source.smtp.username" if anonymous specify anonymous: true`, KindInvalidConfig},
		{"", "Missing or Invalid Recipient E-mail Address", KindInvalidConfig},
		{"", "Missing or Invalid Sender E-mail Address", KindInvalidConfig},
		{"", `Uncaught InvalidArgumentException: Unknown email configuration "debug".`, KindInvalidConfig},
		{"", "The administator has not yet configured the default outbound account.  Unable to send test email.", KindInvalidConfig},
		{"", "Please configure your outgoing mailserver under Settings ---> Outgoing Server link", KindInvalidConfig},
		{"", `Your email action "Admin Email" has an invalid value for the "to" setting. Please check this setting and try again.`, KindInvalidConfig},
		{"", "La configuración del correo no está configurada correctamente. Es posible que no pueda enviar correos electrónicos.", KindInvalidConfig},
		{"", "Could not load SSL library.", KindInvalidConfig},
		{"", "Sending the email to the following server failed :null:null", KindInvalidConfig},
		{"", `{"successful":false,"errorMessage":"You need to fill in more information in settings and ensure your account has a valid email to send a test email"}`, KindInvalidConfig},
		{"", "Warning: escapeshellarg() has been disabled for security reasons in vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/MailTransport.php on line 250", KindInvalidConfig},
		{"", "ossec-maild: ERROR: DNS failure for smtpserver", KindConnectionFailed},
		// A program's own "no recipient" check: the settings', whichever
		// program words it (the table had called some of them a syntax
		// error; the readers of these samples, as of Z513 to Z527, the
		// settings').
		{"", "System.InvalidOperationException: No recipients have been specified.", KindInvalidConfig},
		{"", "Recipient is not specified.", KindInvalidConfig},
		{"", "No recipients specified", KindInvalidConfig},
		{"", "Mail Error: No recipient specified", KindInvalidConfig},
		{"", "You must include recipients: To, Cc, or Bcc", KindInvalidConfig},
		{"", "Blank recipient (to)!", KindInvalidConfig},
		{"", "An envelope must have at least one recipient.", KindInvalidConfig},
		{"", "No recipient forward path has been supplied", KindInvalidConfig},
		{"", "No sender reverse path has been supplied", KindInvalidConfig},
		{"", "Message has no destination", KindInvalidConfig},
		// A connection not made, in a library's words.
		{"", "UNKNOWN ERROR: SMTP CONNECT FAILED", KindConnectionFailed},
		{"", "fastapi_mail.errors.ConnectionErrors: Exception raised Error connecting to smtp.gmail.com on port 587: [Errno 10061] Connect call failed ('192.0.2.1', 587), check your credentials or email service configuration.", KindConnectionFailed},
		// TLS's words inside a program's frame of a connection error, and
		// a library's own.
		{"", "Error sending email: Connection error: Connection error: received corrupt message of type InvalidContentType", KindTLSFailed},
		{"", "SSL-connect failed: Unknown error code", KindTLSFailed},
		{"", "Error during handshake: failed to read data", KindTLSFailed},
		// A sender that is none of the login's aliases, beside a server's
		// vague "Database error".
		{"", "(554, b'5.7.1 Database error. / Der angegebene Absender ist keiner Ihrer erlaubten Aliase.')", KindSenderRejected},
		// An address with a character it may not hold.
		{"", `SESLocalAddressCharacterError(554, "Email address contains a bad character")`, KindSyntaxError},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	// Guards: a server's reply with a code keeps its own cause; a
	// connection's failure that names TLS or a login is theirs.
	// A review's (each wrong on df09111, the round's first state): a TLS
	// failure stays TLS's beside a timeout that is only a setting or a
	// line of code; Dovecot's own database is the server's trouble; a
	// token, or an account, is no program's form.
	checkKinds(t, []kindCase{
		{"", pythonSMTPSSLTraceback, KindTLSFailed},
		{"", phpMailerStartTLSTrace, KindTLSFailed},
		{"", "mysql(localhost): Connect failed to database (vmail): Lost connection to MySQL server at 'reading initial communication packet', system error: 0 - waiting for 5 seconds before retry", KindServiceUnavailable},
	})
	checkNotKinds(t, KindInvalidConfig, "a review's: not a program's check",
		"JsonWebTokenError: jwt must be provided",
		"This Apple ID has been disabled for security reasons.")
	// A review's, read since 5ad2fa8: asyncio's connection that failed
	// names its errno only ("[Errno 110] Connect call failed"), and 110
	// is Linux's ETIMEDOUT, as 10060 is Windows' WSAETIMEDOUT.
	checkKinds(t, []kindCase{
		{"", "[Errno 110] Connect call failed ('203.0.113.5', 587)", KindTimeout},
		{"", "aiosmtplib.errors.SMTPConnectError: Error connecting to smtp.office365.com on port 587: [Errno 110] Connect call failed ('192.0.2.1', 587)", KindTimeout},
		{"", "[Errno 10060] Connect call failed ('192.0.2.1', 587)", KindTimeout},
		{"", "[Errno 111] Connect call failed ('192.0.2.1', 587)", KindConnectionFailed},
	})
	// A reading's (each wrong on df09111): a server's own database it
	// could not reach is its trouble; "missing or invalid" of a header,
	// an address or a mailbox's brackets is a server's, its code cut off.
	checkKinds(t, []kindCase{
		{"", "Could not connect to database", KindServiceUnavailable},
		{"", "550 Unable to connect to database", KindServiceUnavailable},
		{"", `The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard protocol. https://service.mail.qq.com/detail/124/995.`, KindPolicyRejected},
		{"", "RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid", KindRecipientUnknown},
		{"", "mailbox name not allowed: missing or invalid angle brackets in mailbox name", KindSyntaxError},
	})
	checkKinds(t, []kindCase{
		{"", "503 5.5.1 No recipients specified", KindSyntaxError},
		{"", "550 5.1.0 no recipients specified", KindSyntaxError},
		{"", "<<< 503 No recipients specified", KindSyntaxError},
		{"", "554 Refused. You must specify at least one valid recipient.", KindSyntaxError},
		{"", "501 5.1.3 Bad recipient address syntax", KindSyntaxError},
		{"", "SMTP connect failed: server certificate is not trusted (self-signed certificate in chain)", KindTLSFailed},
		{"", "Failed to connect to smtp.example.com: 535 5.7.8 Username and Password not accepted", KindAuthFailed},
		{"", "550 5.1.1 <anna@example.org>: recipient is not specified in the local user directory", KindRecipientUnknown},
		{"", "Could not convert socket to TLS; nested exception is: javax.net.ssl.SSLHandshakeException: PKIX path building failed", KindTLSFailed},
		{"", "Sending the email to the following server failed : smtp.mandrillapp.com:587", KindUnknown},
		{"", "DNS failure for example.com", KindDomainNotFound},
	})
}

// pythonSMTPSSLTraceback is CPython 3.11's traceback of smtplib.SMTP_SSL
// against a server that speaks only TLS 1.3 to a client limited to 1.2:
// its frames print smtplib's own "timeout" argument.
var pythonSMTPSSLTraceback = strings.Join([]string{
	`Traceback (most recent call last):`,
	`  File "/tmp/r7/cli.py", line 5, in <module>`,
	`    server = smtplib.SMTP_SSL('127.0.0.1', port, context=ctx)`,
	`             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/smtplib.py", line 1050, in __init__`,
	`    SMTP.__init__(self, host, port, local_hostname, timeout,`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/smtplib.py", line 255, in __init__`,
	`    (code, msg) = self.connect(host, port)`,
	`                  ^^^^^^^^^^^^^^^^^^^^^^^^`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/smtplib.py", line 341, in connect`,
	`    self.sock = self._get_socket(host, port, self.timeout)`,
	`                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/smtplib.py", line 1057, in _get_socket`,
	`    new_socket = self.context.wrap_socket(new_socket,`,
	`                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/ssl.py", line 517, in wrap_socket`,
	`    return self.sslsocket_class._create(`,
	`           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/ssl.py", line 1108, in _create`,
	`    self.do_handshake()`,
	`  File "/root/.pyenv/versions/3.11.7/lib/python3.11/ssl.py", line 1383, in do_handshake`,
	`    self._sslobj.do_handshake()`,
	`ssl.SSLError: [SSL: TLSV1_ALERT_PROTOCOL_VERSION] tlsv1 alert protocol version (_ssl.c:1006)`,
}, "\r\n")

// phpMailerStartTLSTrace is PHPMailer 5.2's connection debug (SMTPDebug 3)
// of a STARTTLS the server accepted and the client could not complete:
// its first line prints the timeout setting.
var phpMailerStartTLSTrace = strings.Join([]string{
	`2016-04-12 09:15:01	Connection: opening to smtp.gmail.com:587, timeout=300, options=array (`,
	`)`,
	`2016-04-12 09:15:01	Connection: opened`,
	`2016-04-12 09:15:01	SERVER -> CLIENT: 220 smtp.gmail.com ESMTP d9sm1234567wrx.21 - gsmtp`,
	`2016-04-12 09:15:01	CLIENT -> SERVER: EHLO www.example.org`,
	`2016-04-12 09:15:01	SERVER -> CLIENT: 250-smtp.gmail.com at your service, [192.0.2.10]`,
	`250-SIZE 35882577`,
	`250-8BITMIME`,
	`250-STARTTLS`,
	`250-ENHANCEDSTATUSCODES`,
	`250-PIPELINING`,
	`250-CHUNKING`,
	`250 SMTPUTF8`,
	`2016-04-12 09:15:01	CLIENT -> SERVER: STARTTLS`,
	`2016-04-12 09:15:01	SERVER -> CLIENT: 220 2.0.0 Ready to start TLS`,
	`2016-04-12 09:15:01	SMTP Error: Could not connect to SMTP host.`,
	`2016-04-12 09:15:01	CLIENT -> SERVER: QUIT`,
	`2016-04-12 09:15:01	SERVER -> CLIENT: `,
	`2016-04-12 09:15:01	SMTP ERROR: QUIT command failed: `,
	`2016-04-12 09:15:01	Connection: closed`,
	`2016-04-12 09:15:01	SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting`,
}, "\r\n")

// TestGuessNeedsThreeQuarters holds the last-resort guess to three
// quarters of the weight: replies that name no cause, which the word
// model had guessed with less (a program's "failed to send" for a job,
// a plea to contact an administrator, a HELO that was "unsuccessful"),
// are unknown, as both readers of the held-out samples called them.
func TestGuessNeedsThreeQuarters(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "[JOBS]: Job send.signup.confirmation.email failed Error: Failed to send the confirmation email", KindUnknown},
		{"", "Unable to send activation email, please contact your local Galaxy administrator.", KindUnknown},
		{"", "SMTP HELO request unsuccessful", KindUnknown},
		{"", "Failure from SMTP server after initial connection (after HELO was sent).", KindUnknown},
		{"", "Sending the email to the following server failed : smtp.mandrillapp.com:587", KindUnknown},
		{"", "Unable to send e-mail. Please contact the site administrator if the problem persists.", KindUnknown},
		{"", "Cannot send mail error SUBJECT An error occurred while sending the message.", KindUnknown},
	})
}

// .NET's "The server response was:" with nothing of the server's after it
// but the closing quote of the program that wraps the message ("An error
// occurred while sending an email: '… The server response was: '"): the
// words .NET wrote from the code decide, as when nothing follows.
func TestDotnetMarkerBeforeAQuoteOnly(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "An error occurred while sending an email: 'Syntax error, command unrecognized. The server response was: '", KindSyntaxError},
		{"", "Failure sending mail: \"Mailbox unavailable. The server response was: \".", KindRecipientUnknown},
		{"", "Syntax error, command unrecognized. The server response was: ", KindSyntaxError},
		// What it must not take: the server's words, when it has any.
		{"", "An error occurred while sending an email: 'Mailbox unavailable. The server response was: 5.7.1 Unable to relay'", KindRelayDenied},
		{"", "Mailbox unavailable. The server response was: '550 No such user here'", KindRecipientUnknown},
	})
}

// A connection closed, framed by a program's own "failed" ("Failed to save
// email settings. Error : Connection closed"): "failed" names no TLS, and
// the closed connection decides, as it does alone.
func TestConnectionClosedAfterAFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Failed to save email settings. Error : Connection closed", KindConnectionFailed},
		{"", "Sending failed, connection closed", KindConnectionFailed},
		{"", "Test mail failed: socket closed", KindConnectionFailed},
		// What it must not take: TLS named beside it.
		{"", "SSL handshake failed: connection closed", KindTLSFailed},
		{"", "TLS negotiation failed, connection closed", KindTLSFailed},
	})
	checkNotKinds(t, KindConnectionFailed, "a connection closed during TLS's handshake, or after a certificate refused, is TLS's",
		"Handshake failed: connection closed", "Connection closed during handshake", "Server certificate rejected. Connection closed.")
}

// A contraction written without its apostrophe ("doesnt", "couldnt",
// "isnt"), as servers and people type it, is the term with one: every
// term with "n't" is looked for without the apostrophe too.
func TestContractionsWithoutApostrophe(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "554 delivery error: This user doesnt have a yahoo.com account", KindRecipientUnknown},
		{"", "smtp.example.com: couldnt resolve host", KindConnectionFailed},
		{"", "SMTP password isnt set", KindInvalidConfig},
		{"", "550 The mail server couldnt be reached", KindConnectionFailed},
		// As written with one.
		{"", "554 delivery error: This user doesn't have a yahoo.com account", KindRecipientUnknown},
		{"", "smtp.example.com: couldn't resolve host", KindConnectionFailed},
		// A framed term's frame holds its spelling without one too.
		{"", "This group doesnt accept email to owners or managers.", KindUnknown},
	})
}

// A program's own check that a message has no sender, whoever words it
// ("No From: address has been provided", "No from address has be
// provided.", "No From email specifier"), is its settings' or its
// caller's, as its own "no recipient" check is; a server that says so
// with a code refuses the sender.
func TestNoSenderAddressIsTheProgramsCheck(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "No From: address has been provided", KindInvalidConfig},
		{"", "No from address has be provided.", KindInvalidConfig},
		{"", "Mail Error: No From email specifier", KindInvalidConfig},
		{"", "Cannot bulkmail...no From address", KindInvalidConfig},
		{"", "No sender address specified", KindInvalidConfig},
		{"", "Blank From adress!", KindInvalidConfig},
		{"", "A sender is required to send message", KindInvalidConfig},
		// What it must not take: a server's reply.
		{"", "550 5.1.7 No sender address", KindSenderRejected},
		{"", "553 5.1.8 <user@example.com>: no from address domain", KindSenderRejected},
	})
}

// A library's check of a value its caller passed, in the library's
// standard words (Joi's "\"email\" is not allowed to be empty", .NET's
// "The parameter 'address' cannot be an empty string."), is the
// program's: no server was asked. .NET's "Value cannot be null." is said
// of any argument, a stream's as well (TestRoundZ430Families).
func TestValueCheckOfALibrary(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Unable to send email - Invalid body - \"email\" is not allowed to be empty", KindInvalidConfig},
		{"", "The parameter 'address' cannot be an empty string. Parameter name: address", KindInvalidConfig},
		// What it must not take: a server's reply.
		{"", "501 5.1.7 Sender address is not allowed to be empty", KindSenderRejected},
	})
}

// A program that says its mail settings must be set up before it sends
// ("SMTP settings must be configured before an email can be sent.")
// names its own configuration.
func TestSettingsMustBeConfiguredFirst(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP settings must be configured before an email can be sent.", KindInvalidConfig},
		{"", "Email settings must be configured before an Email message can be sent.", KindInvalidConfig},
		{"", "The mail server must be configured before sending notifications", KindInvalidConfig},
	})
	checkNotKinds(t, KindInvalidConfig, "a server's reply about its own setup is no program's setting",
		"550 Your domain must be configured before you can send")
}

// A command sent out of order, in the words of a server that names the
// one that must come first ("503: Sender must be specified before
// recipients", "Sender must be specified first"): the exchange's order,
// a syntax error, not a sender refused.
func TestCommandThatMustComeFirst(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "503: Sender must be specified before recipients", KindSyntaxError},
		{"", "503 5.5.1 Sender must be specified first", KindSyntaxError},
		// What it must not take: a sender refused for what it is.
		{"", "553 5.7.1 Sender address must be a registered user", KindSenderRejected},
		{"", "550 Sender must be a member of this list", KindSenderRejected},
	})
}

// MailKit's SSL/TLS failure, with its advice after it ("If you intended
// to connect to SMTP on the SSL port, try connecting to port 465
// instead."): a connection the user intended names no connection that
// failed, and the TLS it could not establish decides.
func TestIntendedConnectionIsNoFailure(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Error sending e-mail. An error occurred while attempting to establish an \r\nSSL or TLS connection.\r\n\r\nWhen connecting to an SMTP service, port 587 is typically reserved for \r\nplain-text connections. If\r\nyou intended to connect to SMTP on the SSL port, try connecting to port \r\n465 instead.", KindTLSFailed},
		// What it must not take: a connection that failed.
		{"", "Failed to connect to smtp.example.com:465: Connection refused", KindConnectionFailed},
		{"", "We intended to deliver it, but could not connect to mx.example.com", KindConnectionFailed},
	})
	// A server "not intended to relay mail" refuses: its relay is a term
	// of the rules, not hedged (the word model, sure enough, reads it as
	// a block).
	checkTermsRead(t, []kindCase{{"", "554 This server is not intended to relay mail", KindRelayDenied}})
}

// CDO's error codes, as Classic ASP and VBA print them as well, without
// "0x" ("CDO.Message.1 error '80040213'", "Run-time error '-2147220973
// (80040213)'"): the codes of its configuration (cdosys.h:
// CDO_E_SMTP_SERVER_REQUIRED, CDO_E_RECIPIENT_MISSING, CDO_E_FROM_MISSING,
// the "SendUsing" value invalid) name the program's settings, whatever
// the language of the text after them.
func TestCDOCodesWithoutPrefix(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "CDO.Message.1 錯誤 '80040220'\r\n\"SendUsing\" (傳送使用) 設定值無效。", KindInvalidConfig},
		{"", "CDO.Message.1 error '8004020d'", KindInvalidConfig},
		{"", "Error 0x8004020A", KindInvalidConfig},
		{"", "CDO.Message.1 error '8004020A'", KindInvalidConfig},
		{"", "Method 'send' of COM object 'CDO.Message' returned error code 0x8004020C", KindInvalidConfig},
		{"", "CDO.Message.1 error '8004020C'", KindInvalidConfig},
		{"", "Error 0x8004020D", KindInvalidConfig},
		{"", "Error 0x80040220", KindInvalidConfig},
		{"", "CDO.Message.1 error '80040212'", KindConnectionFailed},
		{"", "CDO.Message.1 (0x80040212)", KindConnectionFailed},
		{"", "CDO.Message.1 erreur '80040213'", KindConnectionFailed},
		{"", "CDO.Message.1 error '80040217'", KindAuthFailed},
		{"", "Run-time error '-2147220973 (80040213)':\r\nThe transport failed to connect to the server.", KindConnectionFailed},
		// What it must not take: CDO's send failure, which names no cause,
		// and a longer number that starts like a code.
		{"", "error '80040211'\r\n/includes/functions.asp, line 537", KindUnknown},
		{"", "Your ticket number is 80040220123", KindUnknown},
	})
}

// curl's "MAIL failed: 530" names the command its code answered; a
// program's "Sending mail failed:" with no code after it names no
// command, and no refusal of the sender.
func TestCurlCommandFrameNeedsItsCode(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Sending mail failed: unknown error", KindUnknown},
		{"", "Send mail failed: see the log", KindUnknown},
		// What it must keep: curl's frame with its code.
		{"", "MAIL failed: 530", KindAuthRequired},
		{"", "Error in curl_fetch_memory(): RCPT failed: 550", KindRecipientUnknown},
		{"", "DATA failed: 554", KindPolicyRejected},
	})
}

// What a review of the round's change found it taking: a TLS handshake
// the remote host closed (JDK's SSLHandshakeException), Exim's own
// configuration error, PHPMailer's empty-message translations inside
// other programs' sentences (mailutils' warning, KDE's IMAP move,
// Roundcube's prompt, neomutt's empty command output), and its
// invalid-host translations without the colon PHPMailer prints.
func TestRoundFromA893cecReview(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Remote host closed connection during handshake", KindTLSFailed},
		{"", "Error sending email: Remote host closed connection during handshake", KindTLSFailed},
		{"", "Corps du message vide; en espérant que cela soit correct", KindUnknown},
		{"", "Non è stato possibile spostare l'oggetto, il corpo del messaggio è vuoto. Identificativo remoto: 12", KindUnknown},
		{"", "Ta wiadomość jest pusta, czy mimo to chcesz ją wysłać?", KindUnknown},
		{"", "Gửi thư không có nội dung?", KindUnknown},
		{"", "Không có nội dung", KindUnknown},
		// What they must keep: PHPMailer's messages as it prints them.
		{"", "Mailer Error: Il corpo del messaggio è vuoto", KindInvalidConfig},
		{"", "Wiadomość jest pusta.", KindInvalidConfig},
		{"", "Ungültiger Host: smtp.example.com:587", KindInvalidConfig},
		{"", "Invalid hostentry: smtp.example.com:abc", KindInvalidConfig},
		// CodeIgniter's failed login with the server's words in its "{0}":
		// a plain rule that reads them decides first.
		{"", "Не удалось проверить подлинность пароля. Ошибка: 421 4.7.0 Try again later, closing connection.", KindServiceUnavailable},
		{"", "Falha ao autenticar a senha. Erro: 534 5.7.9 Application-specific password required", KindAuthFailed},
		{"", "Postfix: lost connection with mx.example.com[192.0.2.1] while performing the EHLO handshake", KindConnectionFailed},
		{"", "503: Sender must be specified before recipients", KindSyntaxError},
	})
	checkNotKinds(t, KindSyntaxError, "Exim's configuration error, and a program's setting it asks for first, are no command out of order",
		"SMTP server must be specified first",
		"Exim configuration error in line 812 of /etc/exim4/exim4.conf:\n  option \"transport\" unknown (\"driver\" must be specified before any private options)")
	checkNotKinds(t, KindInvalidConfig, "an empty command output (neomutt), and a host in a browser's sentence (Thunderbird's content security policy), name no PHPMailer setting",
		"Comando respondeu com mensagem vazia", "Ungültiger Host example.com kann nicht verarbeitet werden")
}

// Romanian's s and t with a comma below (ș, ț) and with a cedilla (ş, ţ)
// are one letter each as people type them: both fold to s and t, so a
// Romanian term reads either spelling (CodeIgniter's "Trebuie să
// includeți destinatarii", written "includeţi" as often).
func TestRomanianCommaAndCedillaAlike(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Trebuie să includeţi destinatarii: To, Cc, sau Bcc", KindInvalidConfig},
		{"", "Trebuie să includeți destinatarii: To, Cc, sau Bcc", KindInvalidConfig},
		{"", "Nu aţi specificat un nume de gazdă SMTP.", KindInvalidConfig},
		{"", "Nu ați specificat un nume de gazdă SMTP.", KindInvalidConfig},
	})
}

// Typographic double quotes (“ ” „) are one quote with '"' as people
// paste them, as ’ and ‘ are one with '\”: a term quoting a header reads
// either ("Cannot send mail with no “From” header.", Lithuanian's
// "laiško be "From" antraštės").
func TestTypographicQuotesAlike(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Cannot send mail with no “From” header.", KindInvalidConfig},
		{"", "Cannot send mail with no \"From\" header.", KindInvalidConfig},
		{"", "Negalima siųsti el. laiško be \"From\" antraštės.", KindInvalidConfig},
		{"", "Negalima siųsti el. laiško be „From“ antraštės.", KindInvalidConfig},
	})
}

// A connection lost inside OpenSSL's client handshake (Postfix's
// "SSL_connect error to HOST: lost connection") is TLS's: SSL_connect is
// the handshake, as "handshake" is. .NET's certificate chain it could not
// trust ("Could not establish trust relationship for the SSL/TLS secure
// channel"), in the languages of its messages, is TLS's too.
func TestHandshakeLostAndTrustRelationship(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SSL_connect error to mx.example.net[192.0.2.10]:25: lost connection", KindTLSFailed},
		{"", "warning: SSL_connect error to smtp.example.com[192.0.2.1]:587: Connection lost", KindTLSFailed},
		{"", "The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.", KindTLSFailed},
		{"", "System.Net.Mail.SmtpException: Failure sending mail. ---> System.Security.Authentication.AuthenticationException: Could not establish trust relationship for the SSL/TLS secure channel.", KindTLSFailed},
		{"", "Es konnte keine Vertrauensstellung für den sicheren SSL/TLS-Kanal hergestellt werden.", KindTLSFailed},
		{"", "La connexion sous-jacente a été fermée : Impossible d'établir une relation de confiance pour le canal sécurisé SSL/TLS.", KindTLSFailed},
		{"", "The underlying connection was closed: No se puede establecer una relación de confianza para el canal seguro SSL/TLS.", KindTLSFailed},
		{"", "Connessione sottostante chiusa: Impossibile stabilire una relazione di trust per il canale sicuro SSL/TLS.", KindTLSFailed},
		{"", "The underlying connection was closed: Não foi possível estabelecer relação de confiança para o canal seguro de SSL/TLS.", KindTLSFailed},
		{"", "基础连接已经关闭: 未能为 SSL/TLS 安全通道建立信任关系。", KindTLSFailed},
		// What it must not take: a handshake that timed out, or a
		// connection the system says was reset.
		{"", "SSL_connect error to smtp.example.net[192.0.2.1]:587: Operation timed out", KindTimeout},
		{"", "SSL_connect error to mx.example.net[192.0.2.10]:25: Connection reset by peer", KindConnectionFailed},
	})
}

// The round from 3990af4: the families both readers labelled alike that
// the rules missed.
func TestRoundFrom3990af4Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A client's frame of the command a reply answered ("Mail command
		// failed: 553 …", nodemailer's): the reply's words decide, not
		// the frame's "failed".
		{"", "Mail command failed: 553 Envolope sender mismatch with login user", KindSenderRejected},
		{"", "Error: Mail command failed: 553 sender mismatch with login user", KindSenderRejected},
		{"", "Data command failed: 421 4.7.0 Too many messages from your login, try again later", KindRateLimited},
		// An AUTH command's failure stays the login's: its reply says so.
		{"", "AUTH command failed: 535 5.7.8 Error: authentication failed", KindAuthFailed},
		// sendmail's log field of the reply ("stat=550 5.1.1 …"), read as
		// the reply it is.
		{"", "stat=550 5.1.1 http://support.google.com/mail/bin/answer.py?answer=6596 gf9si1561564wib.42 - gsmtp", KindRecipientUnknown},
		{"", "to=<someone@example.com>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=550 5.1.1 <someone@example.com>... No such mailbox here", KindRecipientUnknown},
		// A program's own check of its settings: a credential, a
		// recipient, a receiver or its configuration that was never given
		// or is incomplete.
		{"", "SMTP credentials must be supplied to the `credentials` argument.", KindInvalidConfig},
		{"", "Must specify at least one email recipient.", KindInvalidConfig},
		{"", "Mail receiver is empty!", KindInvalidConfig},
		{"", "The mail configuration is incomplete or invalid.", KindInvalidConfig},
		{"", "Email configuration is missing", KindInvalidConfig},
		{"", "!! CANNOT SEND EMAIL, NO VALID SMTP CONFIGURATION FOUND", KindInvalidConfig},
		{"", "smtp `smarthost` conf field is required", KindInvalidConfig},
		{"", "SMTP password not filled in", KindInvalidConfig},
		{"", "Mail recipient not specified", KindInvalidConfig},
		{"", "Email receiver is empty", KindInvalidConfig},
		{"", "Mail recipient was blank", KindInvalidConfig},
		{"", "Email configuration is incomplete", KindInvalidConfig},
		{"", "smtp config field \"host\" is required", KindInvalidConfig},
		{"", "configuration field 'from' is required", KindInvalidConfig},
		// The local mail program that could not be opened.
		{"", "mail: Cannot open mailer: No such file or directory", KindInvalidConfig},
	})
	// Nor an AUTH exchange's challenge (XOAUTH2's 334 with the error in
	// base64): the failure is the login's, and the rules, not the word
	// model, say so.
	const challenge = "SMTP ERROR: AUTH command failed: 334 eyJzdGF0dXMiOiI0MDAifQ=="
	if e := Classify("", challenge); e.Kind != KindAuthFailed || strings.Contains(e.Evidence, "guessed") {
		t.Errorf("Classify(%q) = %s (%s), want auth_failed by a rule", challenge, e.Kind, e.Evidence)
	}
	// What they must not take: a server's reply of the same words, which
	// has a code.
	checkNotKinds(t, KindInvalidConfig, "a server's refusal is not the program's settings",
		"554 5.1.1 Mail recipient not specified",
		"501 5.5.4 Email configuration is incomplete",
		"550 Mail receiver is empty",
		"501 Must specify at least one email recipient")
}

// The second batch of the round from 3990af4 (scored with cb7581f's
// rules): JavaMail's "Exception reading response" alone is a connection
// that failed while the client read the server's reply; with a nested
// cause, that cause decides.
func TestRoundFrom3990af4SecondBatch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Bad request: Exception reading response", KindConnectionFailed},
		{"", "javax.mail.MessagingException: Exception reading response", KindConnectionFailed},
		// What it must not take: the nested cause JavaMail names.
		{"", "javax.mail.MessagingException: Exception reading response;\r\n  nested exception is:\r\n\tjava.net.SocketTimeoutException: Read timed out", KindTimeout},
		{"", "Mail server connection failed; nested exception is javax.mail.MessagingException: Exception reading response;\r\nnested exception is:\r\njavax.net.ssl.SSLException: Unsupported or unrecognized SSL message", KindTLSFailed},
	})
}

// A review of the round from 3990af4: what its new terms took that they
// should not. JavaMail's "Exception reading response" with a nested TLS
// exception is TLS's (JSSE's "Received fatal alert: …", "Tag mismatch!",
// SSLKeyException, SSLProtocolException); mailutils' "Cannot open mailer:
// %s" is the settings' only when its mail program is missing, and the
// connection's error decides otherwise; Django REST Framework's
// "Authentication credentials were not provided." is a server asking for
// a login, not a program's settings; Postfix's "SSL_connect error to …:
// Connection reset by peer" is its connection, as the same reset is in
// other programs' words.
func TestRoundFrom3990af4Review(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "javax.mail.MessagingException: Exception reading response;\r\n  nested exception is:\r\n\tjavax.net.ssl.SSLException: Received fatal alert: protocol_version", KindTLSFailed},
		{"", "javax.mail.MessagingException: Exception reading response;\r\n  nested exception is:\r\n\tjavax.net.ssl.SSLException: Tag mismatch!", KindTLSFailed},
		{"", "javax.mail.MessagingException: Exception reading response;\r\n  nested exception is:\r\n\tjavax.net.ssl.SSLKeyException: RSA premaster secret error", KindTLSFailed},
		{"", "javax.mail.MessagingException: Exception reading response;\r\n  nested exception is:\r\n\tjavax.net.ssl.SSLProtocolException: Input record too big: max = 16709 len = 20527", KindTLSFailed},
		{"", "mail: Cannot open mailer: Temporary failure in name resolution", KindConnectionFailed},
		{"", "warning: SSL_connect error to mx.example.com[192.0.2.1]:25: Connection reset by peer", KindConnectionFailed},
		// What the fits must keep.
		{"", "mail: Cannot open mailer: No such file or directory", KindInvalidConfig},
		{"", "SSL_connect error to mx.example.net[192.0.2.10]:25: lost connection", KindTLSFailed},
		{"", "SMTP credentials must be supplied to the `credentials` argument.", KindInvalidConfig},
		{"", "Mail credentials were not provided", KindInvalidConfig},
		{"", "Email credentials must be supplied", KindInvalidConfig},
		{"", "mail: Cannot open mailer: Permission denied", KindInvalidConfig},
	})
	checkNotKinds(t, KindInvalidConfig, "a server asking for a login, or a mailer that could not connect, is not the program's settings",
		"mail: Cannot open mailer: Connection refused",
		"mail: Cannot open mailer: Connection timed out",
		"Authentication credentials were not provided.",
		`{"detail":"Authentication credentials were not provided."}`)
}

// mailutils' "Cannot open mailer: %s" names the mail program it could not
// open, and the error after it the cause: a connection refused or timed
// out, a name not resolved (not the server's trouble that "cannot open"
// names alone).
func TestMailutilsCannotOpenMailer(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "mail: Cannot open mailer: Connection refused", KindConnectionFailed},
		{"", "mail: Cannot open mailer: Connection timed out", KindTimeout},
		{"", "mail: Cannot open mailer: Temporary failure in name resolution", KindConnectionFailed},
		{"", "mail: Cannot open mailer: No such file or directory", KindInvalidConfig},
		// What it must not take: "cannot open" of something else.
		{"", "Cannot open database", KindServiceUnavailable},
	})
}

// The round from 93d58b8: what programs' own checks say of settings they
// were not given, in more of their words: a setting named by its
// variable ("You must define SMTP_FROM …", "… requires smtp_user and
// smtp_password to be set"), a program's mail settings or its file of
// them unfilled or incomplete ("email settings are not configured",
// "Incomplete mail config (…)", "Specified CFG file not present"), a
// value asked for "but none is provided", mail notifications not
// enabled, the local mail program missing ("Please install sendmail …
// first", "could not find sendmail"). Beside them: a TLS alert the peer
// sent ("received fatal alert: ProtocolVersion", whatever connection
// error frames it), Windows' WSAEACCES (a socket "forbidden by its access
// permissions": local security software, no policy of a server's), a
// sender "not one of your addresses", profanity refused (the message's
// content), and "full" that names a full error message, not a full
// mailbox.
func TestRoundFrom93d58b8Families(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "You must define SMTP_FROM as the sender email address.", KindInvalidConfig},
		{"", "You must define SMTP_TO as the recipient email address(es).", KindInvalidConfig},
		{"", "auth_smtp=yes requires smtp_user and smtp_password to be set.", KindInvalidConfig},
		{"", "Incomplete mail config (smtp_server, email_from, email_to).", KindInvalidConfig},
		{"", "Invalid smtp_server (hostname only, no path or invalid chars).", KindInvalidConfig},
		{"", "Should have sent email, but email settings are not configured", KindInvalidConfig},
		{"", "Sender address is required, but none is provided.", KindInvalidConfig},
		{"", "Host name is required, but none is provided.", KindInvalidConfig},
		{"", "Authentication credentials are required, but none is provided.", KindInvalidConfig},
		{"", "Email notifications not enabled. Input an SMTP server, sender and receiver in settings.json to enable this.", KindInvalidConfig},
		{"", "Email not enabled.", KindInvalidConfig},
		{"", "Specified CFG file not present", KindInvalidConfig},
		{"", "SMTP server is unset and could not find sendmail", KindInvalidConfig},
		{"", "Please install sendmail, ssmtp, mutt or mail first.", KindInvalidConfig},
		{"", "ERROR : To, CC and BCC are all empty.", KindInvalidConfig},
		{"", "It seems that account email is empty.", KindInvalidConfig},
		// The same concepts in words the sample did not hold.
		{"", "You must define MAIL_HOST in your .env file", KindInvalidConfig},
		{"", "Recipient is required, but none was provided.", KindInvalidConfig},
		{"", "SMTP settings are incomplete", KindInvalidConfig},
		{"", "Mail configuration file not present: /etc/app/mail.cfg", KindInvalidConfig},
		{"", "Mail notifications not enabled", KindInvalidConfig},
		{"", "Could not find sendmail at /usr/sbin/sendmail", KindInvalidConfig},
		{"", "Cannot send: the recipient list is empty", KindInvalidConfig},
		{"", "EMAIL_TO is not set", KindInvalidConfig},
		{"", "MAIL_TO must be set", KindInvalidConfig},
		{"", "Mail settings are incomplete", KindInvalidConfig},
		{"", "Mail config is incomplete", KindInvalidConfig},
		{"", "smtp config not present", KindInvalidConfig},
		{"", "email config not present", KindInvalidConfig},
		{"", "Invalid MAIL_PORT", KindInvalidConfig},
		{"", "Invalid EMAIL_HOST", KindInvalidConfig},
		{"", "A sender is required, but none was provided", KindInvalidConfig},
		{"", "Outgoing mail not enabled", KindInvalidConfig},
		{"", "Mail is not enabled in this instance.", KindInvalidConfig},
		// A TLS alert, whatever connection error frames it.
		{"", "Error: Could not send email: {:#}\r\n\r\nCaused by:\r\n    0: Connection error: Connection error: received fatal alert: ProtocolVersion\r\n    1: Connection error: received fatal alert: ProtocolVersion", KindTLSFailed},
		{"", "Received fatal alert: handshake_failure", KindTLSFailed},
		// Windows' WSAEACCES on connecting.
		{"", "Error while running alert email: Error connecting to SMTP host: [Error 10013] An attempt was made to access a socket in a way forbidden by its access permissions", KindConnectionFailed},
		{"", "An attempt was made to access a socket in a way forbidden by its access permissions", KindConnectionFailed},
		{"", "smtplib.SMTPDataError: (550, b'5.7.0 From address is not one of your addresses')", KindSenderRejected},
		{"", "554 - Profanity not allowed.", KindPolicyRejected},
		{"", "550 Message rejected: profanity in the subject", KindPolicyRejected},
		// What the fits must keep.
		{"", "552 5.2.2 Mailbox full", KindMailboxFull},
		{"", "Mailbox full", KindMailboxFull},
		{"", "The recipient's mailbox is full error", KindMailboxFull},
		{"", "Invalid username and password", KindAuthFailed},
		{"", "550 5.7.1 Forbidden", KindPolicyRejected},
	})
	checkNotKinds(t, KindMailboxFull, "a full error message names no full mailbox",
		"Could not send email! Full error message has been logged.",
		"Sending failed, see the full log for details",
		"Mail error; full details in the debug output")
}

// The round from 93d58b8, its second batch (measured with 9a8886b's
// rules): a value a program's setting must hold ("Invalid email
// configuration: Field 'from' must be a valid email address"). Not a
// setting an administrator "must configure": Google's relay says its
// users "must configure your mail server" to log in.
func TestRoundFrom93d58b8SecondBatch(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "ValidationError: Invalid email configuration: Field 'from' must be a valid email address", KindInvalidConfig},
		// The same in words the sample did not hold.
		{"", "MAIL_FROM must be a valid email address", KindInvalidConfig},
		{"", "Mail configuration error: smtp_port must be a valid port number", KindInvalidConfig},
		// What the fits must keep.
		{"", "553 5.1.3 The recipient address must be a valid email address", KindSyntaxError},
		{"", "Invalid SMTP configuration: Error: connect ECONNREFUSED 192.0.2.1:587", KindConnectionFailed},
	})
	// A setting's variable is a whole word: "email_token" is no
	// "email_to".
	checkNotKinds(t, KindInvalidConfig, "a token is no setting of the recipient",
		"Invalid email_token",
		"Invalid mail_token",
		"SMTP_TOKEN is not set")
}

// Windows' security package (Schannel, through SSPI) names a TLS
// handshake that failed in its own words, which .NET's
// AuthenticationException ("A call to SSPI failed, see inner
// exception."), its Win32Exception (with the HRESULT: "(0x80090326)")
// and curl's schannel backend ("SEC_E_ILLEGAL_MESSAGE (0x80090326) -
// …") print: a message "unexpected or badly formatted", a token
// "invalid", a message "incomplete", no "common algorithm". Not a
// recipient's address invalid nor a program's settings incomplete. The
// HRESULTs are the same in every language Windows speaks.
func TestSchannelMessagesAreTLS(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "The message received was unexpected or badly formatted.", KindTLSFailed},
		{"", "System.ComponentModel.Win32Exception (0x80090326): The message received was unexpected or badly formatted.", KindTLSFailed},
		{"", "System.ComponentModel.Win32Exception (0x80090308): The token supplied to the function is invalid", KindTLSFailed},
		{"", "SEC_E_INCOMPLETE_MESSAGE (0x80090318) - The supplied message is incomplete. The signature was not verified.", KindTLSFailed},
		{"", "schannel: next InitializeSecurityContext failed: SEC_E_ILLEGAL_MESSAGE (0x80090326) - This error usually occurs when a fatal SSL/TLS alert is received (e.g. handshake failed).", KindTLSFailed},
		{"", "The client and server cannot communicate, because they do not possess a common algorithm.", KindTLSFailed},
		{"", "An unknown error occurred while processing the certificate.", KindTLSFailed},
		{"", "System.Net.Mail.SmtpException: Failure sending mail. ---> System.Security.Authentication.AuthenticationException: A call to SSPI failed, see inner exception.", KindTLSFailed},
		// The code alone, in another language's words.
		{"", "System.ComponentModel.Win32Exception (0x80090326): Die empfangene Nachricht war unerwartet oder wies ein falsches Format auf.", KindTLSFailed},
		{"", "The token supplied to the function is invalid", KindTLSFailed},
		{"", "The supplied message is incomplete.", KindTLSFailed},
		// What it must keep: an address invalid, a program's message
		// incomplete.
		{"rcpt", "550 5.1.1 The email account that you tried to reach is invalid", KindRecipientUnknown},
		{"", "Mail message is incomplete: no recipients", KindInvalidConfig},
	})
	// Each SEC_E_ name, each HRESULT and each of the words decides by
	// itself (checkDecidedBy: the evidence quotes it).
	var cases []decidedBy
	for _, name := range []string{"SEC_E_ILLEGAL_MESSAGE", "SEC_E_INVALID_TOKEN", "SEC_E_INCOMPLETE_MESSAGE", "SEC_E_WRONG_PRINCIPAL", "SEC_E_UNTRUSTED_ROOT",
		"SEC_E_CERT_EXPIRED", "SEC_E_CERT_UNKNOWN", "SEC_E_ALGORITHM_MISMATCH", "SEC_E_DECRYPT_FAILURE"} {
		cases = append(cases, decidedBy{"InitializeSecurityContext returned " + name, KindTLSFailed, strings.ToLower(name)})
	}
	for _, code := range []string{"0x80090326", "0x80090308", "0x80090318", "0x80090322", "0x80090325", "0x80090327", "0x80090328", "0x80090330", "0x80090331"} {
		cases = append(cases, decidedBy{"System.ComponentModel.Win32Exception (" + code + ")", KindTLSFailed, code})
	}
	cases = append(cases, decidedBy{"The client and server cannot communicate, because they do not possess a common algorithm.", KindTLSFailed, "do not possess a common algorithm"})
	checkDecidedBy(t, cases)
	// Not a login through SSPI (NTLM) refused.
	checkNotKinds(t, KindTLSFailed, "a login through SSPI is no TLS",
		"SEC_E_LOGON_DENIED (0x8009030C) - The logon attempt failed",
		"System.ComponentModel.Win32Exception (0x8009030E): No credentials are available in the security package")
}

// Postfix's pipe(8) bounces a delivery command that died with what it
// printed ("Command died with status 89: "/usr/lib/dovecot/deliver".
// Command output: …", "Command died with signal 6: …"): the receiving
// server's own delivery, whatever configuration file its output names,
// not the sender's settings; a full mailbox, a user gone, a spam verdict,
// a virus, a size, a timeout or a rate its output names decides still. A
// program's own settings that name the file they belong in stay the
// program's.
func TestDeliveryCommandDied(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", `Command died with status 89: "/usr/lib/dovecot/deliver". Command output: doveconf: Fatal: Error in configuration file /etc/dovecot/conf.d/10-ssl.conf: ssl enabled, but ssl_dh not set`, KindServiceUnavailable},
		{"", `Command died with status 17: "amavis". Command output: Can't use an undefined value as a symbol reference`, KindServiceUnavailable},
		{"", `Command died with signal 6: "/usr/lib/dovecot/deliver". Command output: doveconf: Fatal: Error in configuration file /etc/dovecot/dovecot.conf: ssl_cert not set`, KindServiceUnavailable},
		// What it must keep: a cause the command's output names.
		{"", `Command died with status 1: "/usr/lib/dovecot/deliver". Command output: Quota exceeded (mailbox for user is full)`, KindMailboxFull},
		{"", `Command died with status 1: "/usr/local/bin/deliver.sh". Command output: No such user: alice`, KindRecipientUnknown},
		{"", `Command died with status 1: "/usr/local/bin/filter.sh". Command output: Message rejected as spam`, KindPolicyRejected},
		{"", `Command died with status 1: "/usr/local/bin/filter.sh". Command output: Message too big`, KindMessageTooLarge},
		{"", `Command died with status 1: "/usr/local/bin/relay.sh". Command output: Connection timed out`, KindTimeout},
		{"", `Command died with status 1: "/usr/local/bin/relay.sh". Command output: 421 Too many connections, slow down`, KindRateLimited},
		// A command that crashed is the server's, whatever words of
		// content its error holds.
		{"", `Command died with status 255: "/usr/sbin/amavisd". Command output: Illegal division by zero at /usr/share/perl5/Amavis.pm line 42.`, KindServiceUnavailable},
		// A program's settings that name their file stay the program's.
		{"", "account default from /home/user/.msmtprc: host not set", KindInvalidConfig},
		{"", `host not set in "/usr/local/etc/ssmtp.conf"`, KindInvalidConfig},
		{"", "SMTP server is unset and could not find sendmail", KindInvalidConfig},
	})
}

// A reading of the round from 93d58b8: what its terms and frames took
// that they should not. A DKIM signature "not verified" is a policy's,
// not Schannel's; advice to check one's settings after a cause names
// none; Schannel's words and a TLS alert decide beside a setting's name;
// "please install" beside a TLS or connection failure is advice; "full"
// after a mailbox, before the next line's "Details:", is a full mailbox;
// "… config" names no setting inside "configured".
func TestRoundFrom93d58b8Reading(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "550 5.7.1 Message rejected: DKIM signature was not verified", KindPolicyRejected},
		{"", "The recipient address is invalid. Please check your email settings.", KindRecipientUnknown},
		{"", "Sender domain is required, check your SMTP settings", KindSenderRejected},
		{"", "Failed to send email (SMTP host smtp.example.com:587): SEC_E_INCOMPLETE_MESSAGE (0x80090318) - The supplied message is incomplete.", KindTLSFailed},
		{"", "Error sending mail via SMTP host smtp.office365.com: System.Security.Authentication.AuthenticationException: A call to SSPI failed, see inner exception. ---> System.ComponentModel.Win32Exception (0x80090308): The token supplied to the function is invalid", KindTLSFailed},
		{"", "sendmail: TLS handshake failed: certificate verify failed. Please install the CA certificates", KindTLSFailed},
		{"", "msmtp: cannot connect to smtp.example.com: connection refused. Please install sendmail or configure SMTP", KindConnectionFailed},
		{"", "Recipient rejected: mailbox full\nDetails: alice@example.com", KindMailboxFull},
		{"", "550 user mailbox full\r\nDetails: see log", KindMailboxFull},
		{"", "Email configured for alice@example.com is invalid: user unknown", KindRecipientUnknown},
		// A second reading's: the advice is two words, and a frame's
		// words before a term start a word.
		{"", "The recipient address is invalid. Please check the email settings.", KindRecipientUnknown},
		{"", "Your email settings are incomplete", KindInvalidConfig},
		{"", "Could not verify SMTP settings: host is required", KindInvalidConfig},
		{"", "Mail configs are incomplete", KindInvalidConfig},
		// A frame's words before a term are whole words: "check " does
		// not end "precheck ".
		{"", "Precheck SMTP settings: host is required", KindInvalidConfig},
		// What the mends must keep.
		{"", "Should have sent email, but email settings are not configured", KindInvalidConfig},
		{"", "Mail settings are incomplete", KindInvalidConfig},
		{"", "Please install sendmail, ssmtp, mutt or mail first.", KindInvalidConfig},
		{"", "Incomplete mail config (smtp_server, email_from, email_to).", KindInvalidConfig},
	})
	checkNotKinds(t, KindMailboxFull, "a program's full error log, details, text or output names no full mailbox",
		"See the full error log",
		"Full error details were written to the log",
		"Full error text: see below",
		"Could not send email! Full error messages have been logged.",
		"See the full logs for details",
		"See this full error log for details")
	// A full mailbox before the next line's "Details:" is decided by
	// its words, not guessed.
	checkDecidedBy(t, []decidedBy{
		{"550 user mailbox full\r\nDetails: see log", KindMailboxFull, "full"},
		{"Recipient rejected: mailbox was full\nDetails: alice@example.com", KindMailboxFull, "full"},
	})
}

// TestRoundFromE5fbca7Families holds the families a held-out round from
// e5fbca7 found the rules missing, each in the sample's words and in
// words the sample did not hold.
func TestRoundFromE5fbca7Families(t *testing.T) {
	checkKinds(t, []kindCase{
		// A server that will not take mail from this address (or, of a
		// user who logged in, from this domain): the sender's, as "not
		// allowed to send from this address" is; not SPF's "host … is
		// not allowed to send mail from domain …".
		{"", "Diagnostic-Code: SMTP; 550 You are not allowed to send mail from this address", KindSenderRejected},
		{"", "553 5.7.1 You are not allowed to send mail from that address.", KindSenderRejected},
		{"", "554 5.7.1 <user@example.org>: Sender address rejected: Rejected - not allowed to send mail from this domain", KindSenderRejected},
		{"", "You are not allowed to send mail from that domain", KindSenderRejected},
		// Symfony Mailer's DSN (MAILER_DSN) that does not parse, whatever
		// the DSN quoted in its sentence holds.
		{"", "The mailer DSN has some garbage at the end.", KindInvalidConfig},
		{"", "Symfony\\Component\\Mailer\\Exception\\InvalidArgumentException: The mailer DSN must contain a host (use \"default\" by default).", KindInvalidConfig},
		{"", "The mailer DSN must contain a scheme.", KindInvalidConfig},
		{"", "The \"smtp//mail.example.com\" mailer DSN is invalid.", KindInvalidConfig},
		{"", "The \"smtp://mail.domain.com:port\" mailer DSN is invalid.", KindInvalidConfig},
		{"", "The \"smtp://?local_domain=example.com\" mailer DSN must contain a host (use \"default\" by default).", KindInvalidConfig},
		{"", "The \"smtp://localhost:25?timeout=30\" mailer DSN is invalid.", KindInvalidConfig},
		{"", "Unknown DSN scheme. Please make sure the mailer DSN is configured properly.", KindInvalidConfig},
		{"", "Invalid mailer DSN (\"smtp//mail.example.com\"). Falling back to null transport.", KindInvalidConfig},
		{"", "Mailer DSN not set. Add MAILER_DSN to your .env file.", KindInvalidConfig},
		// A program that names its DSN before the error that decides.
		{"", "Mailer DSN: smtp://***:***@smtp.example.com:587\r\nRecipient: user@example.com\r\n\r\nError sending email: Connection could not be established with host \"smtp.example.com:587\": stream_socket_client(): unable to connect to smtp.example.com:587 (Connection refused).", KindConnectionFailed},
		{"", "app.DEBUG: Mailer DSN: smtp://mailer:1025 [] []\r\napp.ERROR: Failed to send email. Error: Expected response code \"250/251/252\" but got code \"550\", with message \"550 5.7.1 Relaying denied\".", KindRelayDenied},
		// getopt's words for an option the local mail command lacks, or
		// one given without its value.
		{"", "mail: invalid option -- 'r'", KindInvalidConfig},
		{"", "mail: illegal option -- r", KindInvalidConfig},
		{"", "mail: unknown option -- a", KindInvalidConfig},
		{"", "mail: option requires an argument -- 'r'", KindInvalidConfig},
		{"", "sendmail: invalid option -- 'x'", KindInvalidConfig},
		{"", "mailx: illegal option -- a\r\nUsage: mailx [-BDdEFintv~] [-s subject] [-a attachment ] [-c cc-addr] [-b bcc-addr] [-r from-addr] to-addr ...", KindInvalidConfig},
		// TLS's records where SMTP's words were expected: a server's alert
		// to a client that spoke plain text to its TLS port (raw, and as a
		// terminal shows control characters), and a client's handshake on
		// a plain port as Exim logs it.
		{"", "SMTP -> ERROR: RSET failed: ^U^C^A^@^B^BF", KindTLSFailed},
		{"", "SMTP ERROR: EHLO command failed: \x15\x03\x01\x00\x02\x02\x46", KindTLSFailed},
		{"", "SMTP -> ERROR: HELO not accepted from server: \x15\x03\x03\x00\x02\x02\x32", KindTLSFailed},
		{"", "SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[192.0.2.1] input=\"\\026\\003\\001\\002\"", KindTLSFailed},
		{"", "SMTP syntax error in \"\\026\\003\\001\\002?\\001?\\001\\374\\003\\003\" H=[192.0.2.1] NUL character(s) present (shown as '?')", KindTLSFailed},
	})
	// SPF's refusal keeps its kind by the phrase the frame guards, when
	// nothing else names SPF and when the frame's words come later.
	checkDecidedBy(t, []decidedBy{
		{"550 host 192.0.2.1 is not allowed to send mail from domain example.org", KindPolicyRejected, "not allowed to send mail from"},
		{"550 5.7.1 You are not allowed to send mail from domain example.org with this address", KindPolicyRejected, "not allowed to send mail from"},
	})
}

// TestTLSRecordsDecideEachVersion holds each TLS record term by itself:
// an alert and a handshake of each version the record layer carries (TLS
// 1.0 to 1.3), raw, as a terminal shows them and escaped, and Exim's
// octal; and a record whose random bytes hold an address's '@'.
func TestTLSRecordsDecideEachVersion(t *testing.T) {
	var cases []decidedBy
	for v := byte(1); v <= 3; v++ {
		caret := string("@ABC"[v])
		minor := string([]byte{v})
		escaped := `\x15\x03\x0` + string('0'+v)
		cases = append(cases,
			decidedBy{"SMTP ERROR: EHLO command failed: \x15\x03" + minor + "\x00\x02\x02\x46", KindTLSFailed, escaped},
			decidedBy{"non-SMTP command from 192.0.2.1: \x16\x03" + minor + "\x02\x00\x01\x00\x01\xfc\x03\x03", KindTLSFailed, `\x16\x03\x0` + string('0'+v)},
			decidedBy{"SMTP -> ERROR: RSET failed: ^U^C^" + caret + "^@^B^BF", KindTLSFailed, "^u^c^" + strings.ToLower(caret)},
		)
	}
	cases = append(cases,
		decidedBy{`send: 'ehlo [127.0.1.1]\r\n'` + "\r\n" + `reply: b'\x15\x03\x01\x00\x02\x02F'`, KindTLSFailed, `\x15\x03\x0`},
		decidedBy{`code 400, message Bad request syntax ('\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03')`, KindTLSFailed, `\x16\x03\x0`},
		decidedBy{`SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[192.0.2.1] input="\026\003\001\002"`, KindTLSFailed, `\026\003\00`},
		// An '@' among a record's random bytes makes no address of it.
		decidedBy{`SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[192.0.2.1] input="\026\003\001\002\000\001\000\001\374\003\003a@b\217"`, KindTLSFailed, `\026\003\00`},
		decidedBy{"SMTP ERROR: EHLO command failed: \x15\x03\x01\x00\x02\x02F\x01a@b", KindTLSFailed, `\x15\x03\x01`},
	)
	checkDecidedBy(t, cases)
}

// TestRoundFromE5fbca7SecondBatch holds what the round's second batch
// (measured with bac3a89's rules) found missing, in its words and in
// words it did not hold.
func TestRoundFromE5fbca7SecondBatch(t *testing.T) {
	checkKinds(t, []kindCase{
		// glibc's German strerror(ETIMEDOUT), as Java on Linux prints it,
		// with its umlaut garbled (UTF-8 read as Latin-1: fold's).
		{"", "java.lang.IllegalArgumentException: com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mail.example.com, 25; timeout -1;|  nested exception is:|?java.net.ConnectException: Die Wartezeit fÃ¼r die Verbindung ist abgelaufen", KindTimeout},
		// A program that asks for its SMTP settings to be configured first,
		// or says its SMTP login was not given.
		{"", "In order to send invitation e-mails, you must first configure SMTP settings", KindInvalidConfig},
		{"", "To send mail you must first configure the email settings.", KindInvalidConfig},
		{"", "app/mailers/test_mailer.rb:7:in `send_test_email': No SMTP username provided: smtp_user_name (StandardError)", KindInvalidConfig},
		{"", "No SMTP password given for the notification channel.", KindInvalidConfig},
		// Go's encoding/json of a settings file with a value of the wrong
		// type.
		{"", "json: cannot unmarshal string into Go struct field Notification.port of type int", KindInvalidConfig},
		{"", "failed to load config: json: cannot unmarshal number into Go struct field SMTP.host of type string", KindInvalidConfig},
	})
	// What they must not take: the cause beside a program's advice or
	// its warning, a login refused in its words, a mail API's answer
	// Go's encoding/json could not read, a certificate expired in German.
	checkKinds(t, []kindCase{
		{"", "SMTP Error: Could not authenticate. Please first configure SMTP settings.", KindAuthFailed},
		{"", "SMTP Error: Could not connect to SMTP host. Please first configure the SMTP settings.", KindConnectionFailed},
		{"", "Connection timed out: you must first configure the smtp settings correctly", KindTimeout},
		{"", "No SMTP username provided, sending without authentication: dial tcp 192.0.2.1:25: connect: connection refused", KindConnectionFailed},
		{"", "SMTP AUTH failed: no SMTP users configured on this server", KindAuthFailed},
		{"", "json: cannot unmarshal string into Go struct field SMTPConfig.timeout of type time.Duration", KindInvalidConfig},
	})
	// Each of the batch's terms by itself.
	checkDecidedBy(t, []decidedBy{
		{"No SMTP user given: set smtp_user in notify.conf", KindInvalidConfig, "no smtp user"},
		{"json: cannot unmarshal number into Go struct field SMTP.host of type string", KindInvalidConfig, "host of type"},
		{"json: cannot unmarshal number into Go struct field Mail.username of type string", KindInvalidConfig, "username of type"},
		{"json: cannot unmarshal bool into Go struct field Mail.password of type string", KindInvalidConfig, "password of type"},
	})
	checkNotKinds(t, KindInvalidConfig, "a mail API's answer a Go client could not read, not the program's settings",
		"mailgun: json: cannot unmarshal string into Go value of type mailgun.sendMessageResponse",
		"failed to send email via SendGrid: json: cannot unmarshal array into Go struct field Response.errors of type string")
	checkNotKinds(t, KindTimeout, "a certificate expired, not a connection timed out",
		"SSL-Fehler: Das Zertifikat für diese Verbindung ist abgelaufen")
}

// TestRoundFromE5fbca7ReadAgain holds what a reading of the whole round
// found: a program's statement of its settings keeps its kind beside a
// connection's or a timeout's words (only its advice and warnings step
// aside for them), a program's own "Mailer DSN is …" line, Go's field
// paths in their other spellings, and a sender's other words after "not
// allowed to send mail from".
func TestRoundFromE5fbca7ReadAgain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "SMTP host is required to connect to the mail server", KindInvalidConfig},
		{"", "SMTP host is empty. Cannot connect.", KindInvalidConfig},
		{"", "Mail configuration is incomplete: unable to connect to SMTP server", KindInvalidConfig},
		{"", "config file is invalid: unexpected EOF", KindInvalidConfig},
		{"", "\"SMTP_HOST\" is required. \"SMTP_TIMEOUT\" must be a number", KindInvalidConfig},
		{"", "2 validation errors for Settings\nsmtp_port\n  value is not a valid integer (type=type_error.integer)\nsmtp_timeout\n  value is not a valid integer (type=type_error.integer)", KindInvalidConfig},
		{"", "Mailer DSN is smtp://mailer:1025\r\nError: Connection could not be established with host \"mailer:1025\": stream_socket_client(): unable to connect to mailer:1025 (Connection refused)", KindConnectionFailed},
		{"", "The mailer DSN is set to smtp://smtp.example.com:587\r\nExpected response code \"250/251/252\" but got code \"550\", with message \"550 5.7.1 Relaying denied\".", KindRelayDenied},
		{"", "json: cannot unmarshal string into Go struct field Config.smtp_timeout of type int", KindInvalidConfig},
		{"", "error reading config file: json: cannot unmarshal string into Go value of type main.Config", KindInvalidConfig},
		{"", "550 5.7.1 You are not allowed to send mail from this email address", KindSenderRejected},
		{"", "553 You are not allowed to send mail from your address", KindSenderRejected},
		// One guard for each cause the advice's rule steps aside for.
		{"", "SMTP connect() failed. Please first configure the SMTP settings.", KindConnectionFailed},
		{"", "getaddrinfo ENOTFOUND smtp.example.com - first configure the SMTP host", KindConnectionFailed},
		{"", "Sender address rejected: You must first configure the sender in your mail settings", KindSenderRejected},
	})
}

// TestGarbledUTF8ReadsAsItsLetters holds text whose UTF-8 was read as
// Latin-1 and written out again ("fÃ¼r" for "für", a JVM or a console
// with the wrong charset): fold reads each such pair as the letter it
// was, so every term with an accented letter matches it, as its clean
// form does.
func TestGarbledUTF8ReadsAsItsLetters(t *testing.T) {
	checkDecidedBy(t, []decidedBy{
		{"java.net.ConnectException: Die Wartezeit fÃ¼r die Verbindung ist abgelaufen", KindTimeout, "die wartezeit fur die verbindung ist abgelaufen"},
		{"Erreur : dÃ©lai d'attente dÃ©passÃ©", KindTimeout, "delai d'attente depasse"},
		{"SMTP-Fehler: ZeitÃ¼berschreitung beim Verbindungsaufbau", KindTimeout, "zeituberschreitung"},
		{"Falha: ConexÃ£o recusada", KindConnectionFailed, "conexao recusada"},
	})
	// Text that only looks so: a letter Ã or Â before a letter or
	// punctuation of ASCII stays as it is ("NÃO", "SÃO PAULO").
	if got, want := string(fold(nil, "NÃO ENVIADO: SÃO PAULO Âge")), " nao enviado: sao paulo age "; got != want {
		t.Errorf("fold = %q, want %q", got, want)
	}
}

// TestRoundFrom98b708aFamilies holds the families a held-out round from
// 98b708a found the rules missing, each in the sample's words and in
// words the sample did not hold.
func TestRoundFrom98b708aFamilies(t *testing.T) {
	checkKinds(t, []kindCase{
		// A sending service's API key a program was not given: its
		// settings, as a host or a password not set is.
		{"", "SendGrid API key not set", KindInvalidConfig},
		{"", "❌ RESEND_API_KEY is not set in environment variables", KindInvalidConfig},
		{"", "Mailgun API key not provided", KindInvalidConfig},
		{"", "POSTMARK_API_KEY must be set", KindInvalidConfig},
		{"", "The Brevo API key is not configured.", KindInvalidConfig},
		{"", "SendGrid API key missing", KindInvalidConfig},
		{"", "Error: Mailgun API key is missing", KindInvalidConfig},
		{"", "MAILGUN_API_KEY is missing", KindInvalidConfig},
		{"", "Error sending email via SMTP Error: Missing API key. Pass it to the constructor `new Resend(\"re_123\")`", KindInvalidConfig},
		{"", "The SendGrid API key is empty", KindInvalidConfig},
		{"", "An API key is required to send mail", KindInvalidConfig},
		{"", "SENDGRID_API_KEY is required", KindInvalidConfig},
		// A login a program's form asks for because its own setting turns
		// authentication on.
		{"", "Username and Password are required when authentication is enabled", KindInvalidConfig},
		{"", "Username and Password are required when SMTP authentication is enabled", KindInvalidConfig},
		{"", "A password is required if authentication is enabled", KindInvalidConfig},
		{"", "Username is required when SMTP auth is enabled", KindInvalidConfig},
		{"", "Username and password are required when auth is enabled", KindInvalidConfig},
		// No local mail program to hand the message to.
		{"", "Error: No mail program was found on your system!", KindInvalidConfig},
		{"", "No mail program found; set the sendmail path in the settings", KindInvalidConfig},
		{"", "mail program not found", KindInvalidConfig},
		// A Perl module the sender needs (Webmin's words, Perl's own,
		// Net::SMTP's die when SSL is asked of it without IO::Socket::SSL).
		{"", "Perl module <tt>Authen::SASL</tt> is needed for SMTP authentication", KindInvalidConfig},
		{"", "Can't locate Authen/SASL.pm in @INC (you may need to install the Authen::SASL module) at /usr/share/perl5/Net/SMTP.pm line 166.", KindInvalidConfig},
		{"", "Failed to send message: To use SSL please install IO::Socket::SSL with version>=2.007 at /usr/local/share/perl/5.18.2/Net/SMTP.pm line 70.", KindInvalidConfig},
		{"", "The Perl module Net::SMTP is not available", KindInvalidConfig},
		// Django's exception for settings that cannot work.
		{"", "django.core.exceptions.ImproperlyConfigured: Set the FROM_EMAIL environment variable", KindInvalidConfig},
		{"", "ImproperlyConfigured: EMAIL_BACKEND must be a dotted path", KindInvalidConfig},
		// A mail URL setting whose scheme the program does not know, and
		// Go's net/http for an API URL set with none.
		{"", "Invalid email URL scheme: smtpx", KindInvalidConfig},
		{"", "Invalid mail URL scheme \"smtp+tls\"", KindInvalidConfig},
		{"", "Post \"/v3/mail/send\": unsupported protocol scheme \"\"", KindInvalidConfig},
		// msmtp's log file it cannot write: its own configuration, unless
		// the log info after it names the send's failure.
		{"", "sendmail: cannot log to /var/log/msmtp/output.log: cannot open: Permission denied", KindInvalidConfig},
		{"", "msmtp: cannot log to /var/log/msmtp.log: cannot open: Permission denied\nmsmtp: log info was: host=smtp.example.com tls=on auth=on user=me from=me@example.com recipients=you@example.org errormsg='cannot connect to smtp.example.com, port 587: Connection refused' exitcode=EX_TEMPFAIL", KindConnectionFailed},
		// An address said to be malformed in the words of its format.
		{"", "2003 The email address is not in a valid format", KindSyntaxError},
		{"", "The recipient address is in an invalid format.", KindSyntaxError},
		{"", "Rejected: invalid email address format for recipient user@@example.com", KindSyntaxError},
		{"", "Invalid email format: user@", KindSyntaxError},
		{"", "Invalid e-mail format", KindSyntaxError},
		{"", "Invalid address format: <user@>", KindSyntaxError},
		{"", "Email address is not in the correct format", KindSyntaxError},
		{"", "The email address format is invalid", KindSyntaxError},
		{"", "Invalid format for email address", KindSyntaxError},
		{"", "The email address is not in a valid format; the message was not sent.", KindSyntaxError},
		{"", "Your message was not sent: the recipient address is in an invalid format.", KindSyntaxError},
		{"", "The recipient's address is not in the correct format; the message was not sent.", KindSyntaxError},
		{"", "The email address format is invalid, so the message was not sent.", KindSyntaxError},
		{"", "Recipient address not in the correct format", KindSyntaxError},
		{"", "Domain format is invalid: example..com", KindSyntaxError},
		{"", "The email address you entered is not in a valid format", KindSyntaxError},
		// German: "an error occurred during authentication".
		{"", "Es ist ein Fehler bei der Authentifizierung aufgetreten.", KindAuthFailed},
		{"", "Bei der Authentifizierung ist ein Fehler aufgetreten.", KindAuthFailed},
		{"", "System.Security.Authentication.AuthenticationException: Bei der Authentifizierung ist ein Fehler aufgetreten. ---> System.ComponentModel.Win32Exception: Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt", KindTLSFailed},
		{"", "535 Fehler bei der Authentifizierung", KindAuthFailed},
		// .NET's SslStream says "authentication failed" of its TLS
		// handshake, in German too: when the remote party closed the
		// stream or the inner exception gives the reason, TLS failed.
		{"", "Fehler beim Senden von Mail. ---> System.IO.IOException: Fehler bei der Authentifizierung, da die Gegenseite den Transportstream geschlossen hat.", KindTLSFailed},
		{"", "System.Security.Authentication.AuthenticationException: Fehler bei der Authentifizierung, siehe innere Ausnahme. ---> System.ComponentModel.Win32Exception: Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt", KindTLSFailed},
		{"", "System.Security.Authentication.AuthenticationException: Authentication failed, see inner exception.", KindTLSFailed},
		// SmtpClient's own check of its sender is the program's.
		{"", "System.InvalidOperationException: A from address must be specified.", KindInvalidConfig},
		// French and Spanish say a sender is invalid with the word
		// English's "invalid" starts.
		{"", "Emetteur invalide", KindSenderRejected},
		{"", "Adresses d'expéditeur invalides", KindSenderRejected},
		{"", "Remitente inválido", KindSenderRejected},
		{"", "Remitentes inválidos", KindSenderRejected},
		{"", "System.InvalidOperationException: A recipient must be specified.", KindInvalidConfig},
		// A mail setting a program says it was never given or was not set
		// up, in words the rules lacked.
		{"", "You have not configured either the email server or the email account used to send email", KindInvalidConfig},
		{"", "Failure emailing the error: The system has not been configured to send email", KindInvalidConfig},
		{"", "This application has not been configured to send mail.", KindInvalidConfig},
		{"", "You haven't configured the SMTP server", KindInvalidConfig},
		{"", "You have not configured an email account", KindInvalidConfig},
		{"", "You have not configured the mail settings yet.", KindInvalidConfig},
		{"", "no 'from' address defined", KindInvalidConfig},
		{"", "No 'from' email address defined, not sending email", KindInvalidConfig},
		{"", "WARNING: User 'user@example.com' has empty email field", KindInvalidConfig},
		{"", "Member 'Jane' has empty e-mail field", KindInvalidConfig},
		// .NET's null argument, when the argument is a setting of the
		// mail's.
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'userName')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'host')", KindInvalidConfig},
		{"", "Value cannot be null.\r\nParameter name: password", KindInvalidConfig},
		{"", "Value cannot be null.\r\nParameter name: userName", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'password')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'user')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'address')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'from')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'credentials')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null.\r\nParameter name: address", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null.\r\nParameter name: host", KindInvalidConfig},
		{"", "System.ArgumentNullException: Der Wert darf nicht NULL sein.\r\nParametername: userName", KindInvalidConfig},
		{"", "System.ArgumentNullException: Der Wert darf nicht NULL sein.\r\nParametername: password", KindInvalidConfig},
		{"", "System.ArgumentNullException: Der Wert darf nicht NULL sein.\r\nParametername: host", KindInvalidConfig},
		{"", "System.ArgumentNullException: Der Wert darf nicht NULL sein.\r\nParametername: address", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null.\r\nParameter name: from", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'to')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null. (Parameter 'sender')", KindInvalidConfig},
		{"", "System.ArgumentNullException: Value cannot be null.\r\nParameter name: credentials", KindInvalidConfig},
		// A configuration file a program could not read.
		{"", "Error: Couldn't read configuration file '/etc/rstudio-connect/rstudio-connect.gcfg': warnings:\r\ncan't store data at section \"SMTP\", variable \"DataDir\"", KindInvalidConfig},
		{"", "Failed to read config file /etc/ssmtp/ssmtp.conf", KindInvalidConfig},
		{"", "Could not read config file", KindInvalidConfig},
		{"", "Unable to open configuration file /etc/msmtprc", KindInvalidConfig},
		{"", "cannot open config file /etc/nullmailer/remotes", KindInvalidConfig},
		{"", "Config file could not be read: /etc/ssmtp/ssmtp.conf", KindInvalidConfig},
		{"", "The configuration file could not be read.", KindInvalidConfig},
		// Python's email package refusing a header the program built with
		// a line break in it: no server was asked.
		{"", "ValueError: Header values may not contain linefeed or carriage return characters", KindInvalidConfig},
		{"", "django.core.mail.message.BadHeaderError: Header values can't contain newlines (got 'a\\nb' for header 'Subject')", KindInvalidConfig},
		// The local mail program missing, said without the shell's colon.
		{"", "Error: error occurred while trying to send mail: send-mail: /usr/sbin/sendmail not found", KindInvalidConfig},
		{"", "/usr/sbin/sendmail does not exist", KindInvalidConfig},
		{"", "Sendmail was not found at /usr/sbin/sendmail", KindInvalidConfig},
	})
	// .NET's null argument of anything else names no setting.
	checkNotKinds(t, KindInvalidConfig, "a null argument that is not a mail setting is the program's own fault",
		"System.ArgumentNullException: Value cannot be null. (Parameter 'stream')")
	// What stays: a key refused, credentials asked for with no setting
	// named, a service that asks for the key in its request; a format
	// that is not an address's.
	checkKinds(t, []kindCase{
		{"", "API key is invalid", KindAuthFailed},
		{"", "Invalid API key provided", KindAuthFailed},
		{"", "Username and password are required.", KindAuthRequired},
		{"", "Missing API key in the authorization header.", KindAuthRequired},
		{"", "Missing Authorization header", KindAuthRequired},
		{"", "HTTP 401 Unauthorized: API key is missing or invalid", KindAuthFailed},
		{"", "The API key is required to authenticate with the server", KindAuthRequired},
		// Advice to install something, or a setting that is not a mail
		// program's, beside what a server names.
		{"", "x509: certificate signed by unknown authority (you may need to install the CA certificates package)", KindTLSFailed},
		{"", "Relay access denied: you have not configured SMTP relay for this client", KindRelayDenied},
		{"", "You haven't configured a mailbox for this address", KindRecipientUnknown},
		{"", "550 5.7.1 The PTR record for your IP address is in an invalid format", KindBlocked},
		{"", "Cannot log to SMTP server smtp.example.com: Connection refused", KindConnectionFailed},
		{"", "<user@example.com>: temporary failure. Command died with status 75: \"/usr/bin/mda\". Command output: mda: cannot open config file `/etc/mailutils.conf': Permission denied", KindServiceUnavailable},
	})
	checkNotKinds(t, KindAuthRequired, "a key in the header that is refused or limited asks for no login",
		"The API key in the authorization header is invalid", "Too many requests for the API key in the authorization header, rate limit exceeded")
	checkNotKinds(t, KindSyntaxError, "a format not valid is an address's only beside an address",
		"SMTP_PORT is not in a valid format", "The certificate is not in a valid format")
}

// TestPostfixBounceFrameNamesNoCause holds Postfix's bounce preamble
// (bounce(8)'s template) as what it is: a frame that names no cause, so
// that pasted alone it is unknown, and the diagnostic after it decides.
func TestPostfixBounceFrameNamesNoCause(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.", KindUnknown},
		{"", "This is the mail system at host s19940777.onlinehome-server.info.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.", KindUnknown},
		{"", "This is the mail system at host mail.example.org.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\n<user@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)", KindRecipientUnknown},
		{"", "This is the mail system at host mail.example.org.\r\n\r\nI'm sorry to have to inform you that your message could not\r\nbe delivered to one or more recipients. It's attached below.\r\n\r\n<user@example.com>: host mx.example.com[192.0.2.1] said: 554 5.7.1 <user@example.com>: Relay access denied (in reply to RCPT TO command)", KindRelayDenied},
		// A host named as the cause is still one.
		{"", "Host unknown", KindDomainNotFound},
	})
}

// TestRoundFrom8b5616cFamilies holds the families of the round from
// 8b5616c's samples that both readers labelled alike, each sure, in the
// samples' words and in words the samples did not hold. 51 of the 54
// cases fail on 8b5616c; the other three guard a term's reach (an
// address's format said not valid or incorrect, read by older terms; a
// prompt for another setting than an address). Each must be read by a
// term, not by the word model (checkTermsRead).
func TestRoundFrom8b5616cFamilies(t *testing.T) {
	cases := []kindCase{
		// A program's mail settings never given, in more words: none
		// configured, said missing, never set up, or asked to be set up.
		{"", "No mail settings configured", KindInvalidConfig},
		{"", "No email settings configured for this site", KindInvalidConfig},
		{"", "Mailgun settings are missing", KindInvalidConfig},
		{"", "SendGrid settings missing", KindInvalidConfig},
		{"", "ERROR: Email has not been configured.", KindInvalidConfig},
		{"", "Mail has not been configured yet", KindInvalidConfig},
		{"", "SMTP hasn't been configured", KindInvalidConfig},
		{"", "Email hasn't been configured for this instance", KindInvalidConfig},
		{"", "Mail hasn't been configured", KindInvalidConfig},
		{"", "SMTP has not been configured", KindInvalidConfig},
		{"", "Please setup SMTP config at first", KindInvalidConfig},
		{"", "Please set up your SMTP settings first", KindInvalidConfig},
		{"", "Please setup the mail configuration in the admin panel", KindInvalidConfig},
		// The recipient a program's check names missing, an SMTP account
		// it asks to be set up, its mail sender switched off, a port that
		// is not a number.
		{"", "Email recipient is missing", KindInvalidConfig},
		{"", "You have to setup an smtp account. Type !help or !login for more information", KindInvalidConfig},
		{"", "Mail sender is not enabled", KindInvalidConfig},
		{"", "Email sender is not enabled", KindInvalidConfig},
		{"", "Mail sender not enabled", KindInvalidConfig},
		{"", "Email settings missing", KindInvalidConfig},
		{"", "Mail settings missing, cannot send", KindInvalidConfig},
		{"", "SMTP settings missing", KindInvalidConfig},
		{"", "Please set up an SMTP account first", KindInvalidConfig},
		// An environment variable a program reads a setting from, said
		// missing or not set.
		{"", "Missing TM_EMAIL_FROM_ADDRESS environment variable", KindInvalidConfig},
		{"", "Environment variable MAIL_PASSWORD is missing", KindInvalidConfig},
		{"", "env var SMTP_USER missing", KindInvalidConfig},
		{"", "env var ALERT_RECIPIENT missing", KindInvalidConfig},
		{"", "required env variable NOTIFY_ADDRESS is missing", KindInvalidConfig},
		{"", "Missing MAILGUN_DOMAIN environment variable", KindInvalidConfig},
		{"", "Email sender not enabled", KindInvalidConfig},
		{"", "The port must be a number!", KindInvalidConfig},
		{"", "SMTP port must be an integer", KindInvalidConfig},
		{"", "port must be between 1 and 65535", KindInvalidConfig},
		// A library, module or language extension the sender needs and
		// cannot load, whatever TLS or login it was for.
		{"", "ERROR => No TLS support!  SendEmail can't load required libraries. (try installing Net::SSLeay and IO::Socket::SSL)", KindInvalidConfig},
		{"", "Could not send email because I couldn't load a module. Are you sure you have MIME::Lite::TT installed?", KindInvalidConfig},
		{"", "it is not possible to authenticate using the specified mechanism because the SASL library class is not loaded", KindInvalidConfig},
		{"", "establishing SSL connections requires the OpenSSL extension enabled", KindInvalidConfig},
		{"", "STARTTLS requires the OpenSSL extension", KindInvalidConfig},
		{"", "SSL/TLS support is not available to your Python interpreter.", KindInvalidConfig},
		{"", "Could not load required libraries for SMTP over TLS", KindInvalidConfig},
		{"", "You need to enable the OpenSSL extension to send mail", KindInvalidConfig},
		{"", "The OpenSSL extension is not loaded", KindInvalidConfig},
		{"", "openssl extension not available", KindInvalidConfig},
		// A connection that could not be made or ended early, said with
		// nothing after it.
		{"", "Could not connect", KindConnectionFailed},
		{"", "reached the end of data while reading from the SMTP server connection", KindConnectionFailed},
		// An address a form or a program's check calls malformed: its
		// format, a prompt to enter a valid one.
		{"", "Failed to send mail to user@example.com! Format of the address is invalid.", KindSyntaxError},
		{"", "The format of the email address is not valid", KindSyntaxError},
		{"", "The format of the address is incorrect", KindSyntaxError},
		{"", "The format of the e-mail address is invalid", KindSyntaxError},
		{"", "The format of the email address is incorrect", KindSyntaxError},
		{"", "The format of the email address is invalid", KindSyntaxError},
		{"", "Please enter valid email address", KindSyntaxError},
		// Not a prompt for another setting ("a valid email server").
		{"", "Please enter valid email server", KindUnknown},
		{"", "Please enter only valid email addresses", KindSyntaxError},
		{"", "please, provide valid email address", KindSyntaxError},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
}

// TestRoundFrom8b5616cReview holds what a review of the round's first
// fits (5943a53) found them too strong for, each right on 8b5616c and
// wrong on 5943a53: a prompt for a valid address after what a server
// said of it, a login's name refused beside a recipient's words, an
// address entered said not to exist, a TLS record's end of data, a
// relay or a login refused beside a request to set up the settings, DNS
// and DKIM settings missing, "is missing" of a server's extension,
// certificate or PTR record and of a login's parts, a sending service's
// sender not enabled, and an environment variable or a variable named
// beside the failure that decides; then what a reading of the same fits
// found (two of its four fail on 0b1f2ad, two guard the environment
// variables as they came back).
func TestRoundFrom8b5616cReview(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "The recipient does not exist. Please provide a valid email address.", KindRecipientUnknown},
		{"", "This mailbox has been disabled. Please provide a valid email address", KindMailboxDisabled},
		{"", "550 5.1.1 <jdoe@example.com>: Invalid username, mailbox does not exist", KindRecipientUnknown},
		{"", "550 Invalid username, no such mailbox here", KindRecipientUnknown},
		{"", "The email address entered does not exist", KindRecipientUnknown},
		{"", "Unexpected end of data while reading TLS record", KindTLSFailed},
		{"", "Relay access denied. Please set up SMTP authentication in your mail settings", KindRelayDenied},
		{"", "We do not relay for unauthenticated users. Please set up your SMTP settings to authenticate", KindRelayDenied},
		{"", "Please set up your SMTP settings: Invalid login: 535 Authentication failed", KindAuthFailed},
		{"", "DNS settings are missing for example.com: no MX record found", KindDomainNotFound},
		{"", "Message rejected: DKIM settings missing for the sending domain; the DMARC policy of example.com requires a signature", KindPolicyRejected},
		{"", "The SMTP server is missing the AUTH extension", KindAuthFailed},
		{"", "SMTP server is missing a valid certificate: x509: certificate signed by unknown authority", KindTLSFailed},
		{"", "Your mail server is missing a reverse DNS (PTR) record", KindBlocked},
		{"", "Authentication failed: password is missing or incorrect", KindAuthFailed},
		{"", "SMTP server replied: Authentication required, credentials are missing", KindAuthRequired},
		{"", "Sender not enabled for this account, please verify the sender address", KindSenderRejected},
		{"", "Error sending mail: connect ECONNREFUSED 127.0.0.1:587. Check the SMTP_HOST environment variable.", KindConnectionFailed},
		{"", "getaddrinfo ENOTFOUND smtp.mailgun.org - please check the MAIL_HOST env variable", KindConnectionFailed},
		{"", "HTTPS_PROXY variable not set; dial tcp 198.51.100.4:465: i/o timeout", KindTimeout},
		{"", "Template rendering failed: missing variable 'first_name'", KindUnknown},
		{"", "Recipient is missing a domain part: 'john'", KindSyntaxError},
		// A reading of the same fits: an environment variable named beside
		// what failed, a login refused beside a request to set up an
		// account, a word that only starts with "connect".
		{"", "Relay access denied. Check the environment variable SMTP_HOST", KindRelayDenied},
		{"", "Recipient address rejected: User unknown (set by environment variable MAIL_TO)", KindRecipientUnknown},
		{"", "SMTP Error: Could not authenticate. Please set up an SMTP account.", KindAuthFailed},
		{"", "could not connected to the server", KindUnknown},
	})
}

// TestMissingFromAddressIsTheProgramsCheck: a program's own check that
// a message has no sender, said missing (Webmin's, N.I.N.A.'s and
// YouTransfer's words, which both readers of two rounds called the
// settings'; YouTransfer's pasted with its HTML entities, "&quot;From&quot;
// address missing", is a known miss: fold does not decode them), is the
// settings', as TestNoSenderAddressIsTheProgramsCheck
// has it of "No from address"; a server that says so with a code
// refuses the sender.
func TestMissingFromAddressIsTheProgramsCheck(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Missing From address", KindInvalidConfig},
		{"", "Email from address is missing", KindInvalidConfig},
		{"", "From address missing", KindInvalidConfig},
		{"", "An error occurred while sending your message \"From\" address missing", KindInvalidConfig},
		// What it must not take: a server's reply.
		{"", "550 Missing from address", KindSenderRejected},
		{"", "553 5.1.7 Sender address missing", KindSenderRejected},
	})
}

// TestRoundFrom96912c9Families holds the families of the round from
// 96912c9's samples that both readers labelled alike, each sure, in the
// samples' words and in words they did not hold: a program's mail setup
// never done, its settings said not valid or not available, its mailer
// switched off, a port it asks for, an address it was not given, a PHP
// mail library it cannot load, and an address its own check calls
// invalid. Each must be read by a term, not the word model
// (checkTermsRead); the guards at the end hold what the terms must not
// take.
func TestRoundFrom96912c9Families(t *testing.T) {
	cases := []kindCase{
		// Mail never set up, said so in a program's words or its
		// error's key.
		{"", "no_email_setup", KindInvalidConfig},
		{"", "No email setup found for this instance", KindInvalidConfig},
		{"", "SMTP is not set up on this server", KindInvalidConfig},
		{"", "SMTP is not setup", KindInvalidConfig},
		{"", "SMTP isn't set up yet", KindInvalidConfig},
		// Mail settings said not valid or not available, or lacking.
		{"", "SMTP settings are not valid", KindInvalidConfig},
		{"", "The email settings are invalid", KindInvalidConfig},
		{"", "Email configuration settings not available", KindInvalidConfig},
		{"", "SMTP configuration is not available", KindInvalidConfig},
		{"", "Cannot use SMTP server because of lack of configuration. PeerTube will not be able to send mails!", KindInvalidConfig},
		{"", "Mail disabled due to lack of SMTP configuration", KindInvalidConfig},
		{"", "Notifications are off: lack of email configuration", KindInvalidConfig},
		{"", "Cannot send: lack of mail configuration", KindInvalidConfig},
		// An administrator who never configured the program's email
		// system.
		{"", "We are sorry, you cannot recover you password because your instance administrator did not configure the PeerTube email system.", KindInvalidConfig},
		{"", "The administrator didn't configure the email system", KindInvalidConfig},
		// The program's mailer switched off.
		{"", "Emailer is disabled so the contact form will not work.", KindInvalidConfig},
		{"", "Mailer is disabled", KindInvalidConfig},
		// A mail account or plugin a program asks to be set up or
		// switched on.
		{"", "OutgoingEmailError: Please setup default Email Account from Setup > Email > Email Account", KindInvalidConfig},
		{"", "Please set up a default outgoing Email Account", KindInvalidConfig},
		{"", "Please activate SMTP plugin in App store for enabling email notification", KindInvalidConfig},
		{"", "Please enable the mail plugin to send notifications", KindInvalidConfig},
		// A port the program asks for.
		{"", "Please enter valid port number.", KindInvalidConfig},
		{"", "Please enter a valid SMTP port", KindInvalidConfig},
		{"", "email.smtp_server needs a port, IE smtp.xxx.com:465", KindInvalidConfig},
		// An address the program was not given.
		{"", "No source email address supplied", KindInvalidConfig},
		{"", "No destination email address supplied", KindInvalidConfig},
		{"", "No email address specified", KindInvalidConfig},
		// A PHP mail library the program cannot load.
		{"", "PHP Fatal error:  Class 'Net_SMTP' not found in public_html/hrm/lib/Mail/smtp.php on line 349.", KindInvalidConfig},
		{"", `PHP Fatal error:  Uncaught Error: Class "PHPMailer\PHPMailer\PHPMailer" not found in /var/www/html/mail.php:12`, KindInvalidConfig},
		{"", "include_once(Net/SMTP.php): failed to open stream: No such file or directory in D:\\wamp\\www\\ice_hrm\\lib\\Mail\\smtp.php on line 348", KindInvalidConfig},
		{"", "require_once(PHPMailer/src/PHPMailer.php): Failed to open stream: No such file or directory", KindInvalidConfig},
		{"", "Warning: require_once(/var/www/phpipam/functions/classes/../PHPMailer/PHPMailerAutoload.php): failed to open stream: file or folder not found", KindInvalidConfig},
		{"", "require_once(Mail.php): failed to open stream: No such file or directory in /usr/share/php/Mail/mime.php", KindInvalidConfig},
		{"", "require_once(swift_required.php): failed to open stream: No such file or directory", KindInvalidConfig},
		{"", "PHP Fatal error:  Class 'Mail' not found in /var/www/html/lib/notify.php on line 12", KindInvalidConfig},
		{"", "Fatal error: Class 'PHPMailer' not found in /var/www/html/send.php on line 5", KindInvalidConfig},
		{"", "Fatal error: Uncaught Error: Class 'Swift_SmtpTransport' not found", KindInvalidConfig},
		{"", "No SMTP setup found for this site", KindInvalidConfig},
		{"", "no mail setup: notifications are off", KindInvalidConfig},
		{"", "Please enable the email plugin first", KindInvalidConfig},
		// An email address a program's own check calls invalid, with no
		// code: its form, not a mailbox that is not there.
		{"", "Invalid E-Mail Address", KindSyntaxError},
		{"", "Invalid email address", KindSyntaxError},
		{"", "The email address is invalid", KindSyntaxError},
		{"", "Email address is not valid", KindSyntaxError},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	checkKinds(t, []kindCase{
		// A server that says so with a code names a mailbox; bare
		// "Invalid address" is a server's word (the table's unknown
		// recipient); a recipient named as one is the recipient's.
		{"", "550 Invalid email address", KindRecipientUnknown},
		{"", "5.1.1 Invalid email address", KindRecipientUnknown},
		{"", "Invalid address", KindRecipientUnknown},
		{"", "Invalid email address for recipient", KindRecipientUnknown},
		// An address said not to exist is a mailbox that is not there.
		{"", "The email address is invalid or does not exist", KindRecipientUnknown},
	})
}

// TestJavaMailNestedReplyOnLaterLine: JavaMail prints the server's reply
// in the nested exception on a line of its own ("nested exception is:\n
// com.sun.mail.smtp.SMTPAddressFailedException: 501 5.1.3 Invalid
// address"); its code is the reply's, as on one line.
func TestJavaMailNestedReplyOnLaterLine(t *testing.T) {
	const (
		invalidAddresses = "javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n        com.sun.mail.smtp.SMTPAddressFailedException: 501 5.1.3 Invalid address"
		domainNotFound   = "javax.mail.SendFailedException: Invalid Addresses;\r\n  nested exception is:\r\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 450 4.1.2 <a@example.com>: Recipient address rejected: Domain not found"
		springFramed     = "org.springframework.mail.MailSendException: Failed messages: javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 501 5.5.4 Invalid Address"
		// A number after another library's exception is no reply, even
		// with a reply's words after it.
		otherClass = "javax.mail.MessagingException: Could not send\n  nested exception is:\n\tjava.lang.IllegalStateException: 451 Temporary local problem"
	)
	checkParsed(t, []parsedCase{
		{invalidAddresses, 501, "5.1.3", "javax.mail.SendFailedException: Invalid Addresses; nested exception is: Invalid address"},
		{domainNotFound, 450, "4.1.2", "javax.mail.SendFailedException: Invalid Addresses; nested exception is: <a@example.com>: Recipient address rejected: Domain not found"},
		{springFramed, 501, "5.5.4", "org.springframework.mail.MailSendException: Failed messages: javax.mail.SendFailedException: Invalid Addresses; nested exception is: Invalid Address"},
		{otherClass, 0, "", "javax.mail.MessagingException: Could not send nested exception is: java.lang.IllegalStateException: 451 Temporary local problem"},
	})
	checkKindsTemporary(t, []kindTempCase{
		{invalidAddresses, KindSyntaxError, false},
		{domainNotFound, KindDomainNotFound, true},
		{springFramed, KindSyntaxError, false},
	})
}

// TestRoundFrom96912c9Review holds what a review of the round's fits
// (73e088a) found them too strong for, each right on 96912c9 and wrong on
// 73e088a: a sending service's sender disabled, mail not set up for a
// user or for DKIM, a sender's address not given in a server's words,
// settings not available that are a server's, a PHP script fetched over
// HTTP, a recipient's email system, a login's password or its parts said
// invalid, a setting's name beside advice that is a sender's, a
// policy's or a login's, a bounce's invalid email address, and a number
// after an exception that is no mail library's; settings said not valid
// before the failure that decides (settingadvice since the second
// batch's review: a program's advice beside what failed).
func TestRoundFrom96912c9Review(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "The email sender is disabled: the sender address has not been verified", KindSenderRejected},
		{"", "Message not sent: the mail sender is disabled because the From address is not owned by the authenticated user", KindSenderRejected},
		{"", "The email account that you tried to reach does not exist. Email is not set up for this user.", KindRecipientUnknown},
		{"", "Mailbox unavailable: email is not set up for this user", KindRecipientUnknown},
		{"", "Message rejected as spam: DKIM for your email is not set up", KindPolicyRejected},
		{"", "Message rejected: no sender email address given (null reverse-path not permitted)", KindSenderRejected},
		{"", "Authentication failed: no email address given for login", KindAuthFailed},
		{"", "Server configuration is not available, please try again later", KindServiceUnavailable},
		{"", "Recipient settings not available: user unknown", KindRecipientUnknown},
		{"", "SSL configuration not available: unable to get local issuer certificate", KindTLSFailed},
		{"", "Routing configuration is not available: no MX record for example.invalid", KindDomainNotFound},
		{"", "fopen(http://mail.example.com/mail.php): failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable", KindServiceUnavailable},
		{"", "file_get_contents(https://example.com/contact/mail.php): failed to open stream: php_network_getaddresses: getaddrinfo failed: Name or service not known", KindConnectionFailed},
		{"", "Your message was rejected by the recipient's email system: message is missing a Date header", KindPolicyRejected},
		{"", "The email system at example.com says the address is invalid", KindRecipientUnknown},
		{"", "The outgoing email account password is invalid", KindAuthFailed},
		{"", "Sender domain is not verified. Please activate your sending domain in the email settings.", KindSenderRejected},
		{"", "Message rejected as spam. Please enable DKIM signing in your email settings.", KindPolicyRejected},
		{"", "The sender address is not verified. Please activate the sender in your SMTP settings.", KindSenderRejected},
		{"", "The username and password you entered are invalid", KindAuthFailed},
		{"", "Your username and password are not valid", KindAuthFailed},
		{"", "Please enter a valid username and password", KindAuthFailed},
		{"", "SMTP settings are not valid: getaddrinfo ENOTFOUND smtp.gmial.com", KindConnectionFailed},
		{"", "SMTP settings are not valid: Error: connect ETIMEDOUT 192.0.2.10:587", KindTimeout},
		{"", "Sender domain not verified: the DNS records in your email settings are not valid", KindSenderRejected},
		{"", "Hard bounce - Invalid email address", KindRecipientUnknown},
		{"", "Hard-bounce: invalid email address", KindRecipientUnknown},
		{"", "Invalid email address: the mailbox you tried to reach is unavailable", KindRecipientUnknown},
	})
	// A number after an exception that is no mail library's is no reply.
	checkParsed(t, []parsedCase{
		{"Failed to send mail\njava.lang.IllegalArgumentException: 553 is not a valid port", 0, "", "Failed to send mail java.lang.IllegalArgumentException: 553 is not a valid port"},
		{"Mail job failed\njava.lang.ArrayIndexOutOfBoundsException: 452 out of bounds for length 100", 0, "", "Mail job failed java.lang.ArrayIndexOutOfBoundsException: 452 out of bounds for length 100"},
	})
}

// TestRoundFrom73e088aFamilies holds the families of the round's second
// batch, measured with 73e088a (the first batch's fits), that both
// readers labelled alike, each sure: a mail server never configured, an
// address or a destination not defined, an SMTP variable or a camel-case
// setting not set or missing, emails said not configured, an SMTP
// server required, settings to configure first or said incorrect.
func TestRoundFrom73e088aFamilies(t *testing.T) {
	cases := []kindCase{
		{"", "INVE-W7: Email server not configured", KindInvalidConfig},
		{"", "Email will not be sent, no mail server configured", KindInvalidConfig},
		{"", "No SMTP server configured", KindInvalidConfig},
		{"", "No email server configured for notifications", KindInvalidConfig},
		{"", "ShelfStackError: SMTP_PWD is not set", KindInvalidConfig},
		{"", "SMTP_PASS is missing", KindInvalidConfig},
		{"", "One of emailFrom, smtpHost or smtpPort is missing: emails won't work.", KindInvalidConfig},
		{"", "emailFrom is required", KindInvalidConfig},
		{"", "Trying to send an email although emails are not configured, aborting.", KindInvalidConfig},
		{"", "An SMTP server is required to send email alerts", KindInvalidConfig},
		{"", "Please configure and Test SMTP settings first", KindInvalidConfig},
		{"", "Please configure your mail settings before sending", KindInvalidConfig},
		{"", "OQRS Alert! Email settings are incorrect.", KindInvalidConfig},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	checkKinds(t, []kindCase{
		// A relay refused beside advice to configure (the reading's
		// TestRoundFrom96912c9ReadAgain holds a relay beside "email
		// server not configured").
		{"", "Relay access denied. Please configure SMTP authentication in your mail settings", KindRelayDenied},
	})
}

// TestRoundFrom73e088aReview holds what a review of the second batch's
// fits (9948d9e) found them too strong for, each right on 2825e4e and
// wrong on 9948d9e: a domain with no mail server, emails not configured
// for a user, an SMTP server required in a connection's or a login's
// words, an alias with no destination, a null sender refused, settings
// named in camel case that are host names or beside the failure that
// decides, and advice to configure or settings said incorrect beside a
// rate, a policy, a sender, a size, a recipient, a server's trouble, a
// quota, a connection or a relay.
func TestRoundFrom73e088aReview(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Domain example.org has no mail server configured (no MX or A record found)", KindDomainNotFound},
		{"", "DNS lookup failed: no mail server defined for example.net", KindDomainNotFound},
		{"", "Unrouteable address: no mail server configured for domain mail.example.invalid", KindDomainNotFound},
		{"", "No such user: emails are not configured for info@example.com on this server", KindRecipientUnknown},
		{"", "Client was not authenticated: authentication to an SMTP server is required before sending", KindAuthRequired},
		{"", "Alias sales@example.com has no destination email defined; message discarded", KindRecipientUnknown},
		{"", "MAIL FROM rejected: no source email supplied, null sender not accepted here", KindSenderRejected},
		{"", "Relay access denied: smtphost.example.com is not configured to relay mail for 198.51.100.7", KindRelayDenied},
		{"", "Mail via smtpserver.corp.local failed: Recipient <jdoe@corp.local> is not a valid mailbox", KindRecipientUnknown},
		{"", "Message rejected by smtpserver.corp.local: missing Message-ID header", KindPolicyRejected},
		{"", "Error sending mail via smtpHost mail.example.com: connection closed unexpectedly, response incomplete", KindConnectionFailed},
		{"", "Sender address is not valid for smtpUser noreply@example.com: not owned by authenticated user", KindSenderRejected},
		{"", "Connection timed out after 30000ms (smtpHost=mail.example.com, smtpPort=465); is the port missing from the firewall rules?", KindTimeout},
		{"", "Daily sending limit exceeded. Please configure a different SMTP host or wait 24 hours.", KindRateLimited},
		{"", "Message rejected as spam. Please configure SPF and DKIM for your domain in your email settings.", KindPolicyRejected},
		{"", "The from address does not match a verified Sender Identity. Please configure a verified sender in your SMTP settings.", KindSenderRejected},
		{"", "Message size exceeds fixed maximum message size. Please configure a lower attachment limit in mail settings.", KindMessageTooLarge},
		{"", "User unknown. Please configure a valid recipient in the alert's email settings.", KindRecipientUnknown},
		{"", "Service temporarily unavailable, local error in processing. Please configure a backup SMTP server in email settings.", KindServiceUnavailable},
		{"", "Recipient mailbox is over quota. Please configure a different notification address in your email settings.", KindMailboxFull},
		{"", "Could not connect to SMTP host: connection refused. Your SMTP settings are incorrect or the server is down.", KindConnectionFailed},
		{"", "Relay access denied. Your outgoing mail server settings are incorrect.", KindRelayDenied},
		{"", "Connection timed out. The email settings are incorrect or the server is unreachable.", KindTimeout},
		{"", "Sender address rejected: not owned by user. Your mail settings are incorrect.", KindSenderRejected},
		{"", "getaddrinfo ENOTFOUND smtp.exmaple.com - your SMTP settings are incorrect", KindConnectionFailed},
		{"", "Daily user sending quota exceeded. If this is unexpected, your email settings are incorrect.", KindRateLimited},
		{"", "Recipient address rejected: User unknown in virtual mailbox table. The recipient's mail settings are incorrect.", KindRecipientUnknown},
	})
}

// TestRoundFrom96912c9ReadAgain holds what a reading of the whole round
// (2055a98) found, each right on 96912c9 and wrong on 2055a98: an
// administrator who did not configure something other than the email
// system, advice to configure beside a failure the advice rule's list
// did not name, a prompt for a valid SMTP username or password, a TLS
// or DKIM configuration lacking, an X.1.3 reply beside a bounce's or an
// unavailable DNS's words, an invalid email address in a bounce's words,
// an email server not configured to relay, and a number after a class
// whose name only holds "mail"; and JavaMail's "Caused by:" line, which
// the nested reply's parse now reads as the indented one.
func TestRoundFrom96912c9ReadAgain(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "Message rejected: you did not configure the SPF record for example.com", KindPolicyRejected},
		{"", "You did not configure the sender identity; the from address is not verified", KindSenderRejected},
		{"", "We did not configure the mailbox yet: user unknown", KindRecipientUnknown},
		{"", "Message rejected due to DMARC policy. Please configure SPF in your email settings.", KindPolicyRejected},
		{"", "Mailbox disabled. Please configure a different recipient in your email settings.", KindMailboxDisabled},
		{"", "Blocked by RBL. Your mail settings are incorrect.", KindBlocked},
		{"", "Connection closed by remote host. Your SMTP settings are incorrect.", KindConnectionFailed},
		{"", "Please enter a valid SMTP username", KindAuthFailed},
		{"", "Please enter a valid SMTP password", KindAuthFailed},
		{"", "SSL configuration settings not available: unable to get local issuer certificate", KindTLSFailed},
		{"", "TLS not offered because of lack of configuration on the remote server", KindTLSFailed},
		{"", "553 5.1.3 Invalid address; DNS temporarily unavailable", KindSyntaxError},
		{"", "550 5.1.3 Invalid recipient address - message bounced", KindSyntaxError},
		{"", "Invalid email address: user@example.com (no mailbox here by that name)", KindRecipientUnknown},
		{"", "Bounce: invalid email address", KindRecipientUnknown},
		{"", "Permanent failure: invalid email address", KindRecipientUnknown},
		{"", "Invalid email address (soft bounce)", KindRecipientUnknown},
		{"", "Relaying denied: email server not configured to relay for 198.51.100.7", KindRelayDenied},
		{"", "Relay denied: an SMTP server is required to send to external recipients", KindRelayDenied},
	})
	checkParsed(t, []parsedCase{
		{"Failed\nHotmailAddressException: 550 retries left", 0, "", "Failed HotmailAddressException: 550 retries left"},
		{"org.springframework.mail.MailSendException: Failed messages\nCaused by: com.sun.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown",
			550, "5.1.1", "org.springframework.mail.MailSendException: Failed messages <a@example.com>: Recipient address rejected: User unknown"},
	})
}

// TestRoundFrom845dc2cFamilies holds the families of the round measured
// with 845dc2c that both readers labelled alike (most of them sure):
// a mail setting a program says it was given none of ("No SMTP server
// specified!", "No message address defined"), an address it says is
// missing, a property not provided, its SMTP configuration said invalid
// or SMTP switched off, the SMTP server's own name unknown; and a Java
// exception's class name, which names no content.
func TestRoundFrom845dc2cFamilies(t *testing.T) {
	cases := []kindCase{
		{"", "No SMTP server specified!", KindInvalidConfig},
		{"", "No SMTP recipients specified!", KindInvalidConfig},
		{"", "No SMTP port defined", KindInvalidConfig},
		{"", "No message address defined, not sending message", KindInvalidConfig},
		{"", "E-mail address missing for mailbox [1001].  E-mail will not be sent.", KindInvalidConfig},
		{"", "tolgee.smtp.from property not provided.\nYou have to configure smtp properties to send an e-mail.", KindInvalidConfig},
		{"", "Invalid SMTP configuration. Email not sent.", KindInvalidConfig},
		{"", "Invalid SMTP configuration.", KindInvalidConfig},
		{"", "Failed to send reset email: SMTP Disabled", KindInvalidConfig},
		{"", "SMTP is disabled", KindInvalidConfig},
		{"", "Unknown host smtp.example.com", KindConnectionFailed},
		{"", "Unknown host: smtp.example.com", KindConnectionFailed},
		{"", "Unknown host \"smtp.example.com\"", KindConnectionFailed},
		{"", "'From' address missing", KindInvalidConfig},
		{"", "Invalid mail configuration, email not sent", KindInvalidConfig},
		{"", "Invalid email configuration", KindInvalidConfig},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	checkKinds(t, []kindCase{
		{"", "{\"code\":\"unexpected_error_occurred\",\"params\":[\"java.lang.IllegalStateException\"]}", KindUnknown},
		// Guards: a server's command order, a recipient's domain, a
		// login switched off, content called illegal.
		{"", "503 No recipients specified", KindSyntaxError},
		{"", "Unknown host example.org", KindDomainNotFound},
		{"", "535 5.7.139 Authentication unsuccessful, SMTP disabled", KindAuthFailed},
		{"", "550 Message contains illegal content", KindPolicyRejected},
		{"", "554 Illegal attachment", KindPolicyRejected},
	})
}

// TestRoundFrom845dc2cReview holds what a review of the round's fits
// (e9ebfa6) found them too strong for, each right on 845dc2c: a setting
// named beside a connection's or a lookup's failure, an address missing
// from a list or a command, SMTP switched off for a network, a mailbox or
// a rate, a property not set beside a TLS requirement or a timeout, and
// an SMTP host name unknown in a relay's words. The
// hedged "TLS might be required" it found deciding over a login's 535, a
// timeout and a refused connection is not read any more.
func TestRoundFrom845dc2cReview(t *testing.T) {
	checkKinds(t, []kindCase{
		{"", "No SMTP server set up at mail.example.org:25 (connect: connection refused)", KindConnectionFailed},
		{"", "No SMTP port specified, using 25; dial tcp: lookup smtp.example.com: no such host", KindConnectionFailed},
		{"", "Sender email address missing from verified identities list", KindSenderRejected},
		{"", "Sender rejected: mail address missing in MAIL FROM", KindSenderRejected},
		{"", "Recipient not found: directory entry exists but e-mail address missing", KindRecipientUnknown},
		{"", "Outbound SMTP disabled for this network: port 25 is blocked", KindBlocked},
		{"", "Recipient mailbox inactive: SMTP disabled", KindMailboxDisabled},
		{"", "Server requires STARTTLS: mail.smtp.starttls.enable property not set", KindTLSRequired},
		{"", "mail.smtp.timeout property not set; Connection timed out after 120000ms", KindTimeout},
		{"", "Relaying denied: unknown host smtp.example.net is not allowed to relay", KindRelayDenied},
		{"", "535 5.7.8 Authentication credentials invalid (TLS may be required)", KindAuthFailed},
		{"", "Connection timed out on port 465: TLS may be required", KindTimeout},
		{"", "connect ECONNREFUSED 192.0.2.1:587 (TLS may be required)", KindConnectionFailed},
	})
	// A rate beside SMTP switched off: the word model reads the rate;
	// the rules alone must not read the setting.
	checkKinds(t, []kindCase{{"", "SMTP disabled for 60 minutes: too many messages sent in a short period", KindRateLimited}})
	if got := classifyBy(rulesOnly(), "", "SMTP disabled for 60 minutes: too many messages sent in a short period"); got.Kind == KindInvalidConfig {
		t.Errorf("without the word model, SMTP switched off beside a rate reads as the settings' (%s)", got.Evidence)
	}
	// The reading's: a lookup's failure beside a certificate's words
	// stays the lookup's (the unknown SMTP host's terms do not take
	// exclusions every lookup term shares), and SMTP switched off for a
	// domain is not the settings'.
	checkKinds(t, []kindCase{
		{"", "dial tcp: lookup smtp.example.com: no such host (x509: certificate signed by unknown authority)", KindConnectionFailed},
		{"", "SMTP disabled for this domain", KindMailboxDisabled},
	})
	// The evidence quotes a term once when it is both of a rule's groups.
	if e := Classify("", "No SMTP server specified!"); e.Evidence != "'no smtp server specified' in the text" {
		t.Errorf("evidence %q, want the term quoted once", e.Evidence)
	}
}

// TestRoundFrom4287bb4Families holds the families of the round measured
// with 4287bb4 (server replies in other languages, filters, lists, sending
// services, on-premise servers) that both readers labelled alike: an
// address field a sending API refused by its form ("Invalid 'To'
// address", "Error parsing 'To': Illegal email address"), the return
// (envelope) domain called invalid, a poster a list refuses as no member
// or forbids to post, in English and Japanese, a recipient list too long,
// a list's taboo patterns, Yahoo's codes for an IP refused for good, the
// greeting that must come before AUTH, AUTH rejected by Exchange, and
// sendmail's "stat=Deferred" with nothing more (no cause, but temporary).
func TestRoundFrom4287bb4Families(t *testing.T) {
	cases := []kindCase{
		{"", "Invalid 'To' address: 'foo@bar'.", KindSyntaxError},
		{"", "Invalid 'Cc' address: 'someone@'.", KindSyntaxError},
		{"", "Invalid 'Bcc' address: 'a@b@example.com'.", KindSyntaxError},
		{"", "Invalid 'Reply-To' address: 'support'.", KindSyntaxError},
		{"", "Error parsing 'To': Illegal email address 'World'. It must contain the '@' symbol.", KindSyntaxError},
		{"", "Error parsing 'To': Illegal email domain 'example.org.' in address", KindSyntaxError},
		{"", "Error parsing 'Cc': Illegal email domain 'example.com.' in address", KindSyntaxError},
		{"", "Error parsing 'Bcc': Illegal email domain 'example.com.' in address", KindSyntaxError},
		{"", "Error parsing 'From': Illegal email address 'noreply'.", KindSyntaxError},
		{"", "Error parsing 'Reply-To': Illegal email address 'help desk'.", KindSyntaxError},
		{"", "Postmark delivery failed: Invalid 'From' value.", KindSyntaxError},
		{"", "The address 'World' is not valid: it must contain the '@' symbol.", KindSyntaxError},
		{"", "Invalid address 'World': it must contain the '@' sign", KindSyntaxError},
		{"", "554 5.7.1 This message has been blocked because the return email domain is invalid.(failed to obtain DNS record for domain example.com)", KindSenderRejected},
		{"", "550 Message refused: the return e-mail domain does not exist", KindSenderRejected},
		{"", "550 5.7.1 Rejected: return domain has no MX record", KindSenderRejected},
		{"", "550 Message blocked: the return domain could not be verified", KindSenderRejected},
		{"", "あなたは○○メーリングリストのメンバーではありません。", KindSenderRejected},
		{"", "You are forbidden from posting messages to this list.", KindSenderRejected},
		{"", "The message from <user@example.com> with subject \"Hi\" was unable to be delivered to the list because you are not a list subscriber.", KindSenderRejected},
		{"", "Please trim the recipient list; it is too long.", KindRateLimited},
		{"", "Your message was not sent: the recipient list; it is too long.", KindRateLimited},
		{"", "Please trim the recipient list.", KindRateLimited},
		{"", "BOUNCE user@example.com: taboo body match \"/\\.pif/\" at line 7", KindPolicyRejected},
		{"", "BOUNCE list@example.com: taboo header: X-Mailer: Bulk", KindPolicyRejected},
		{"", "553 5.7.2 [TSS06] All messages from 192.0.2.4 will be permanently defe rred; Retrying will NOT succeed.", KindBlocked},
		{"", "553 5.7.2 [TSS09] All messages from 192.0.2.4 will be perm anently deferred", KindBlocked},
		{"", "503 5.0.0 Need EHLO before AUTH", KindSyntaxError},
		{"", "503 Send EHLO before AUTH", KindSyntaxError},
		{"", "503 Send HELO before AUTH", KindSyntaxError},
		{"", "HELO first, then AUTH", KindSyntaxError},
		{"", "503 5.5.1 Hi [192.0.2.1], EHLO first, then - perhaps - AUTH!", KindSyntaxError},
		{"", "The remote SMTP service rejected AUTH negotiation", KindAuthFailed},
		// Read by the word model until it was retrained on the round's
		// rows (a list's name unknown, a subject's form refused), or by a
		// rule the retrained model overrules (a list that does not exist).
		{"", "SUBSCRIBE: Unknown list name YOUTH17-25", KindRecipientUnknown},
		{"", "Mailing list does not exist", KindRecipientUnknown},
		{"", "550 SL E507 Wrongly formatted subject", KindPolicyRejected},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	// Guards: mail returned is not a sender's address, a recipient who is
	// not a provider's subscriber is not a poster, AUTH wanted first
	// stays a login wanted (content called illegal staying content is
	// TestRoundFrom845dc2cFamilies' guard).
	checkKinds(t, []kindCase{
		{"", "Mailbox unavailable; we'll return e-mail to you", KindRecipientUnknown},
		{"", "550 5.1.1 Recipient is not a subscriber", KindRecipientUnknown},
		{"", "503 5.5.1 Error: send AUTH command first", KindAuthRequired},
		// What a review found the first fits too broad for: a notice sent
		// to a return address, a poster barred for a size or a rate, a
		// recipient who is no member of a domain, a header's recipient
		// list too long, an extension that needs a login first.
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown. This notice was sent to the return email address of the message.", KindRecipientUnknown},
		{"", "Your message was prevented from posting because it is larger than the 40 KB size limit", KindMessageTooLarge},
		{"", "421 4.7.0 You have been temporarily blocked from posting: too many messages sent in the last hour", KindRateLimited},
		{"", "550 5.1.1 宛先 user@example.jp はメンバーではありません（ユーザーが存在しません）", KindRecipientUnknown},
		{"", "552 5.3.4 Message header size exceeds limit: the To: recipient list is too long", KindMessageTooLarge},
		{"", "503 5.5.1 Error: SMTPUTF8 needs authentication first", KindAuthRequired},
		// What a reading found the review's narrowing still too broad
		// for: a poster forbidden for a rate or an attachment, a lookup
		// that did not return domain records, a recipient who is no
		// list's subscriber, a login wanted beside a syntax word.
		{"", "You are forbidden from posting: too many messages in the last hour", KindRateLimited},
		{"", "Messages with attachments are forbidden from posting to this list", KindPolicyRejected},
		{"", "You are forbidden from posting: message too large for this list", KindMessageTooLarge},
		{"", "You are forbidden from posting: rate limit exceeded", KindRateLimited},
		{"", "You are forbidden from posting: too many messages", KindRateLimited},
		{"", "Error: DNS lookup did not return domain records", KindDomainNotFound},
		{"", "550 5.1.1 <user@example.org>: Recipient is not a list subscriber", KindRecipientUnknown},
		{"", "503 5.5.1 Bad command: login before MAIL", KindAuthRequired},
		{"", "Password must contain the '@' or '#' character", KindUnknown},
		{"", "530 Authentication required; send EHLO first", KindAuthRequired},
		{"", "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to user complaints", KindBlocked},
	})
	// sendmail's log field of a delivery's status is a frame: a
	// "Deferred" and nothing more names no cause, and is temporary, at a
	// stage too (a 4xx there, not a refusal of the recipient); a bare
	// refusal stays permanent, and a deferral that names its cause is
	// that cause.
	for _, c := range []struct {
		stage Stage
		reply string
		kind  Kind
		temp  bool
	}{
		{"", "mailer=esmtp, pri=41874, relay=mail.example.com., dsn=4.0.0, stat=Deferred", KindUnknown, true},
		{"", "dsn=4.0.0, stat=Deferred", KindUnknown, true},
		{"", "Deferred", KindUnknown, true},
		{StageRcpt, "dsn=4.0.0, stat=Deferred", KindServiceUnavailable, true},
		{StageData, "Deferred", KindServiceUnavailable, true},
		{"", "stat=Deferred (in reply to RCPT TO command)", KindServiceUnavailable, true},
		{"", "550 Message rejected", KindUnknown, false},
		{"", "stat=Deferred: Connection refused by [192.0.2.1]", KindConnectionFailed, true},
	} {
		if e := Classify(c.stage, c.reply); e.Kind != c.kind || e.Temporary != c.temp {
			t.Errorf("Classify(%q, %q) = %s temporary=%v (%s), want %s temporary=%v", c.stage, c.reply, e.Kind, e.Temporary, e.Evidence, c.kind, c.temp)
		}
	}
}

// TestRoundFrom744279dFamilies holds the families a held-out round
// scored against the rules of 744279d found misread: a sending API's
// refusal of its credentials in AWS's words (a signature that does not
// match, a security token or access key it does not know), a disk the
// system has no space left on (the operating system's ENOSPC, a server's
// trouble, not a recipient's full mailbox) or DNS it has not, a queue
// named alone read as the server's trouble ("removed from the mail
// queue"), and Chinese "并发" read where it is no word ("转换并发送",
// convert and send).
func TestRoundFrom744279dFamilies(t *testing.T) {
	cases := []kindCase{
		{"", "InvalidSignatureException (client): The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.", KindAuthFailed},
		{"", "AWS HTTP error: Client error: `POST https://email.eu-west-1.amazonaws.com/` resulted in a `403 Forbidden` response: SignatureDoesNotMatch", KindAuthFailed},
		{"", "InvalidClientTokenId: The security token included in the request is invalid.", KindAuthFailed},
		{"", "UnrecognizedClientException: The security token included in the request is invalid.", KindAuthFailed},
		{"", "InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.", KindAuthFailed},
		{"", "queuename: Cannot create \"qfCAA21081\" in \"/var/spool/mqueue\" (euid=0): No space left on device", KindServiceUnavailable},
		{"", "451 4.3.0 Error writing message: No space left on device", KindServiceUnavailable},
		{"", "Error: ENOSPC: no space left on device, write", KindServiceUnavailable},
		{"", "[Errno 28] No space left on device", KindServiceUnavailable},
		{"", "458 Unable to queue message", KindServiceUnavailable},
		{"", "451 4.3.0 Failed to queue message", KindServiceUnavailable},
		// What a reading found the narrowing had lost: a queue that could
		// not take the message without a code to carry it, Exim's frozen
		// message, the article in "messages in the queue", Chinese words
		// of too much concurrency, a server's disk named otherwise.
		{"", "Failed to queue message", KindServiceUnavailable},
		{"", "Could not queue message", KindServiceUnavailable},
		{"", "Cannot queue message", KindServiceUnavailable},
		{"", "temporary queue failure", KindServiceUnavailable},
		{"", "Mail queue error", KindServiceUnavailable},
		{"", "javax.mail.SendFailedException: 450 queue unavailable.", KindServiceUnavailable},
		{"", "writing queue file failed", KindServiceUnavailable},
		{"", "error while writing mail to queue", KindServiceUnavailable},
		{"", "Can't queue message", KindServiceUnavailable},
		{"", "can not queue message", KindServiceUnavailable},
		{"", "Message can't be queued", KindServiceUnavailable},
		{"", "Mail cannot be queued", KindServiceUnavailable},
		{"", "Mail queue service not running", KindServiceUnavailable},
		{"", "Unable to submit to the mail queue", KindServiceUnavailable},
		{"", "ExpiredTokenException: The security token included in the request is expired", KindAuthFailed},
		{"", "Message frozen in the queue", KindServiceUnavailable},
		{"", "Message is frozen", KindServiceUnavailable},
		{"", "delivery temporarily suspended: queue is frozen", KindServiceUnavailable},
		{"", "452 4.3.1 Too many messages in the queue", KindServiceUnavailable},
		{"", "No space left on the device", KindServiceUnavailable},
		{"", "There is not enough space on the disk.", KindServiceUnavailable},
		// The words say what ran out, the server's disk, beside a code
		// that names a mailbox's.
		{"", "552 5.2.2 No space left on device", KindServiceUnavailable},
		{"", "并发数过多", KindRateLimited},
		{"", "当前并发过多，请稍后再试", KindRateLimited},
		{"", "SMTP会话并发过高", KindRateLimited},
		{"", "并发量已达上限", KindRateLimited},
		{"", "451 发信并发太多", KindRateLimited},
		{"", "当前并发数过大", KindRateLimited},
		{"", "550 并发数过高", KindRateLimited},
		{"", "SMTP error 451 Unable to complete command, DNS not available or timed out", KindServiceUnavailable},
		// What a review of the first fits found them miss: a queue full,
		// at its limit, its service not running or refusing a submission;
		// ENOSPC whatever file the server was writing; Chinese words of
		// too much concurrency.
		{"", "421 4.3.2 Queue full", KindServiceUnavailable},
		{"", "Mail queue is full", KindServiceUnavailable},
		{"", "452 4.3.1 Too many messages in queue", KindServiceUnavailable},
		{"", "451 Queue limit exceeded", KindServiceUnavailable},
		{"", "Postfix queue manager is not running", KindServiceUnavailable},
		{"", "Haraka: Queue not enabled", KindServiceUnavailable},
		{"", "Mail queue service is not running", KindServiceUnavailable},
		{"", "Could not submit message to the mail queue", KindServiceUnavailable},
		{"", "554 5.6.0 STOREDRV.Submit; the message could not be submitted to the Submission queue", KindServiceUnavailable},
		{"", "postdrop: warning: mail_queue_enter: create file maildrop/123.456: No space left on device", KindServiceUnavailable},
		{"", "Could not write attachment to temporary directory: No space left on device", KindServiceUnavailable},
		{"", "550 用户并发超限", KindRateLimited},
		{"", "451 发信并发太大", KindRateLimited},
		{"", "当前并发请求数已达上限", KindRateLimited},
		{"", "421 并发连接数过大", KindRateLimited},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	// Guards: a mailbox with no space left is full; 并 followed by 发送
	// ("and send") names no concurrency, nor does a concurrency's timeout;
	// a message added to the queue, a queue that will not hold a rejected
	// message, Amazon's Simple Queue Service and a frozen account name no
	// trouble of the server's queue.
	checkKinds(t, []kindCase{
		{"", "User quota: no space left for new messages", KindMailboxFull},
		{"", "数据库并发超时，请稍后重试", KindTimeout},
		{"", "Message submitted to the mail queue", KindUnknown},
		{"", "554 Message rejected; it will not be queued for retry", KindPolicyRejected},
		{"", "Amazon Simple Queue Service returned AccessDenied", KindUnknown},
		{"", "Your account is frozen", KindMailboxDisabled},
		// What a second reading found the mends too broad for: a program
		// adding mail to a queue, a queue entry an administrator removed,
		// a recipient's mailbox with no space left on the server or on
		// disk, a concurrency too low.
		{"", "Added mail to queue (id 42)", KindUnknown},
		{"", "Message deleted by administrator: queue entry removed", KindUnknown},
		{"", "552 5.2.2 The recipient has no space left on the server", KindMailboxFull},
		{"", "The mailbox of bob@example.com has no space left on disk", KindMailboxFull},
		{"", "The recipient's mailbox has no space left", KindMailboxFull},
		{"", "403 Forbidden: the request signature was rejected because your IP is listed", KindBlocked},
		// A queue named alone, where a message waited, names no cause.
		{"", "The attached message had PERMANENT fatal delivery errors.\n\nAfter one or more unsuccessful delivery attempts the attached message has been removed from the MDaemon mail queue on this server.", KindUnknown},
		{"", "Message will be deleted from queue", KindUnknown},
	})
	// No rule may read these as a rate (the word model still guesses a
	// rate for the first two from other pairs of characters, "目前" and
	// "统将": left as the model reads them, and so the rules alone are
	// asked).
	for _, reply := range []string{
		"Kindle个人文档服务目前只能转换并发送以下类型的文档：",
		"系统将打包并发送报告",
		"系统将打包并发数据到服务器",
		"系统将生成报告并发超链接到您的邮箱",
		"系统会验证身份并发请求到服务器",
	} {
		if e := classifyBy(rulesOnly(), "", reply); e.Kind == KindRateLimited {
			t.Errorf("without the word model, Classify(%q) = %s (%s): 并 and 发 are two words here (\"and send …\"), no concurrency", reply, e.Kind, e.Evidence)
		}
	}
}

// TestQuotedField: a request's field named in quotes opens its clause
// (at the start, after "the", "or", "and" or a colon), whole words only:
// "sponsor" does not end in the word "or".
func TestQuotedField(t *testing.T) {
	for text, want := range map[string]bool{
		" the 'senderaddress' is required. ":            true,
		" the 'receiverlist' or 'receiver' is required": true,
		` validationerror: "to" is required`:            true,
		" 'html' or 'text' is required to be defined":   true,
		" configuration value 'tls_verify' is required": false,
		" sponsor 'acme' is required":                   false,
		" brand 'acme' is required":                     false,
		" the to is required":                           false,
	} {
		i := strings.Index(text, "is required")
		if got := quotedField([]byte(text), i); got != want {
			t.Errorf("quotedField(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestRoundFrom567ccb3Families holds the families of the round from
// 567ccb3 (docs/classification.md): the words of replies from sources no
// round had used that 567ccb3 read wrong, each read by a term
// (checkTermsRead), and the cases the fits could have broken.
func TestRoundFrom567ccb3Families(t *testing.T) {
	cases := []kindCase{
		// Exchange's report of a reply names the server that answered by
		// its address in brackets where it has no name ("<[192.0.2.1]
		// #5.0.0 smtp; …>"): no client's address refused. Its "Other mail
		// system problem" (and Cisco's) is the name of X.3.0, an
		// undefined status, before the reply that says the cause.
		{"", "Remote Server returned '554 5.0.0 <[192.0.2.1] #5.0.0 smtp; 5.3.0 - Other mail system problem 550-'5.7.0 Rejected by ESETS_SMFI (spam)' (delivery attempts: 0)>'", KindPolicyRejected},
		{"", "smtp; 5.3.0 - Other mail system problem 550-'5.7.1 Message rejected as spam by Content Filtering.'", KindPolicyRejected},
		{"", "5.3.0 - Other mail system problem 550-'5.7.1 [192.0.2.1      11] Our system has detected that this message is\r\n5.7.1 not RFC 2822 compliant. To reduce the amount of spam sent to Gmail,\r\n5.7.1 this message has been blocked. Please review\r\n5.7.1 RFC 2822 specifications for more information. bc3si6864125wjc.158 - gsmtp'", KindPolicyRejected},
		{"", "Delayed: DCID 51749 MID 2627789 to RID 0 - 4.3.0 - Other mail system problem ('451', ['4.7.500 Server busy. Please try again later from [192.0.2.1].'])", KindServiceUnavailable},
		// Outlook.com's block of the sending network, in its own words,
		// whatever frame names the sender's command (Exim's "after MAIL
		// FROM:", Apple Mail's "but sender was rejected").
		{"", "SMTP error from remote mail server after MAIL FROM:<sender@example.com> SIZE=1895: 550 OU-002 (COL004-MC3F9) Unfortunately, messages from 192.0.2.1 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", KindBlocked},
		{"", "Connected to 192.0.2.1 but sender was rejected.\nRemote host said: 550 SC-001 (SNT004-MC10F6) Unfortunately, messages from 192.0.2.2 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.", KindBlocked},
		{"", "The sender was rejected: part of your network is on our block list", KindBlocked},
		// A connection to the server said to have failed, with words
		// between; a domain un-routeable, hyphenated.
		{"", "Connection to the server failed", KindConnectionFailed},
		{"", "Connection to SMTP server failed", KindConnectionFailed},
		{"", "Connection to the mail server failed", KindConnectionFailed},
		{"", "un-routeable mail domain", KindDomainNotFound},
		{"", "550 un-routable domain", KindDomainNotFound},
		// A command not recognised, spelt so (the word model had read it,
		// until the round's rows retrained it).
		{"", "Unrecognised command", KindSyntaxError},
		{"", "500 5.5.1 Command not recognised", KindSyntaxError},
		// Each spelling of the words above, with a case of its own.
		{"", "Recipient address has an incorrect format", KindSyntaxError},
		{"", "Sender address is not parseable", KindSyntaxError},
		{"", "Reply-To address not parsable", KindSyntaxError},
		{"", "The from address is not parsable", KindSyntaxError},
		{"", "To address is unparsable", KindSyntaxError},
		{"", "Unparseable address: bob@@example.org", KindSyntaxError},
		{"", "Recipient address cannot be parsed", KindSyntaxError},
		{"", "Sender address can't be parsed", KindSyntaxError},
		{"", "E-mail format is incorrect", KindSyntaxError},
		{"", "File extension is not allowed", KindPolicyRejected},
		{"", "Disallowed file extension .js", KindPolicyRejected},
		{"", "File extensions not allowed: .exe, .bat", KindPolicyRejected},
		{"", "Proxy address cannot be parsed: socks5//proxy.example.com:1080", KindInvalidConfig},
		{"", "Connection to the SMTP server failed", KindConnectionFailed},
		{"", "Email address is in the wrong format", KindSyntaxError},
		{"", "Recipient email address format is wrong: bob@@example.org", KindSyntaxError},
		{"", "lmtp: unparsable address in RCPT TO: <bob@@example.org>", KindSyntaxError},
		{"", "Message too old", KindTimeout},
		{"", "Delivery expired", KindTimeout},
		// Spellings whose terms went: other words read them.
		{"", "SMTP error from remote mail server after MAIL FROM:<sender@example.com>: 550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of your network is on our block list.", KindBlocked},
		{"", "550 5.7.1 Forbidden file extension in attachment", KindPolicyRejected},
		{"", "Prohibited file extension: invoice.scr", KindPolicyRejected},
		{"", "550 un-routeable address", KindDomainNotFound},
		{"", "smtp: Command unrecognised: XCLIENT", KindSyntaxError},
		{"", "Connection to mail server failed", KindConnectionFailed},
		// A request's field named in quotes and said to be required
		// (NHN Cloud's "The 'senderAddress' is required.", Joi's '"to" is
		// required'): the program's settings or data, before any server.
		{"", "The 'senderAddress' is required.", KindInvalidConfig},
		{"", "The 'receiverList' or 'receiver' is required.", KindInvalidConfig},
		{"", `ValidationError: "to" is required`, KindInvalidConfig},
		{"", "'html' or 'text' is required to be defined when using the mail activity", KindInvalidConfig},
		// A sending service's key refused: the login of an API.
		{"", "Invalid appKey.", KindAuthFailed},
		{"", "Invalid secretKey.", KindAuthFailed},
		{"", "Invalid app key", KindAuthFailed},
		{"", "Invalid secret key", KindAuthFailed},
		{"", "Invalid access key", KindAuthFailed},
		// An address's form called wrong, or not to be parsed.
		{"", "Sender Email Format is wrong.", KindSyntaxError},
		{"", "Receiver Email Format is wrong.", KindSyntaxError},
		{"", "Email format is incorrect", KindSyntaxError},
		{"", `{"error":"Email from address not parseable"}`, KindSyntaxError},
		{"", "Email address could not be parsed", KindSyntaxError},
		{"", "Recipient address is unparseable", KindSyntaxError},
		// A file's extension refused: the content; a "full list" is
		// no full mailbox.
		{"", "Invalid file extension.", KindPolicyRejected},
		{"", "File extension not allowed", KindPolicyRejected},
		{"", `{"errors":{"attachments.name":["Extension file type blocked, see Docs for full list of allowed file types"]}}`, KindPolicyRejected},
		// A network that failed the sending.
		{"", "Sending failed due to network error.", KindConnectionFailed},
		{"", "Network error", KindConnectionFailed},
		// A quota of a period, of PHP's mail() (the host's sending quota)
		// or of policyd's Quotas module: a rate.
		{"", "452 4.2.2 Quota exceeded for the current period", KindRateLimited},
		{"", "Warning: mail() [function.mail]: Quota mail atteint…", KindRateLimited},
		{"", "Warning: mail(): Quota exceeded", KindRateLimited},
		{"", "cbpolicyd[18378]: module=Quotas, action=reject, host=192.0.2.1, helo=mail.example.com, sender@example.com, user@example.com, reason=quota_match, policy=3, quota=4, limit=4, track=SASLUsername:sender@example.com, counter=MessageCount, quota=101.64/100 (101.6%)", KindRateLimited},
	}
	checkKinds(t, cases)
	checkTermsRead(t, cases)
	checkKinds(t, []kindCase{
		// A system problem said otherwise is the server's still.
		{"", "451 4.3.0 Mail system problem, try again later", KindServiceUnavailable},
		{"", "451 Temporary system problem. Try again later.", KindServiceUnavailable},
		// A client's address in brackets is a client's.
		{"", "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org", KindBlocked},
		// A network's error beside a timeout is the timeout; a mailbox's
		// quota stays a full mailbox; "full" not before "list" still is.
		{"", "Network error: connection timed out", KindTimeout},
		{"", "421 4.4.2 Network error: timeout waiting for data", KindTimeout},
		{"", "552 5.2.2 Mailbox quota exceeded for this recipient", KindMailboxFull},
		{"", "The mailbox is full", KindMailboxFull},
		{"", "Message rejected: full list of banned attachments at https://example.com/banned", KindPolicyRejected},
		{"", "550 5.7.1 The 'From' header is required", KindPolicyRejected},
		{"", "535 Invalid username or password", KindAuthFailed},
		{"", "DKIM signature could not be parsed", KindPolicyRejected},
		// A secure connection that failed is TLS's.
		{"", "Secure connection to the mail server failed. Please check the security type and security certificate.", KindTLSFailed},
		{"", "TLS connection to the server failed", KindTLSFailed},
		// A header a server requires is the message's, quoted or not.
		{"", "550 5.7.1 The 'From' header is required", KindPolicyRejected},
		{"", "554 5.7.1 'Date' header is required", KindPolicyRejected},
		// A setting named in quotes after other words is no request's
		// field alone: a certificate that failed beside it decides.
		{"", "Certificate verification failed for smtp.example.org: configuration value 'tls_verify_hostname' is required", KindTLSFailed},
		// A sender's domain on a block list is the sender's still.
		{"", "550 5.7.1 Sender domain is on our block list", KindSenderRejected},
		// What a review found the first fits read wrong (each failing
		// there): a mailbox's quota in a period, a server's reply or a
		// DNS answer not parsed beside a domain, a sender's domain said
		// to be a network on the list, an address un-routable.
		{"", "552 5.2.2 Mailbox storage quota exceeded; usage for the current period: 10.2 GB of 10 GB", KindMailboxFull},
		{"", "Quota exceeded for the current period: mailbox bob@example.org is full", KindMailboxFull},
		{"", "Warning: mail(): Quota exceeded for mailbox user@example.com, mailbox is full", KindMailboxFull},
		{"", "javax.mail.MessagingException: Unparseable server response from smtp.example.com (domain example.com)", KindUnknown},
		{"", "SMTP Error: server reply could not be parsed; connected to domain mail.example.com", KindUnknown},
		{"", "Sender address rejected: the sender domain's network is on our block list", KindSenderRejected},
		{"", "550 un-routable address", KindDomainNotFound},
		// What a reading of the change found it read wrong (each failing
		// there): a quota of the period said of a user or an account; a
		// network's error beside the words of another cause; a secure
		// connection that failed; a format said wrong of something
		// beside an address, a server's address not parsed; a client's
		// address after '<' and '#' that Exchange's report does not
		// write; a full list in the plural; British spellings and file
		// extensions the siblings had.
		{"", "552 5.2.2 User bob@example.org is over quota for the current period", KindMailboxFull},
		{"", "The current period's billing failed; renew your subscription", KindUnknown},
		{"", "javax.net.ssl.SSLException: network error", KindTLSFailed},
		{"", "SMTP Error: Could not authenticate. Network error", KindAuthFailed},
		{"", "Temporary network error resolving the recipient domain example.org", KindDomainNotFound},
		{"", "Secure connection to the server failed", KindTLSFailed},
		{"", "Secure SMTP connection to the server failed", KindTLSFailed},
		{"", "Error: the email address of the sender is not verified; the signature format is incorrect", KindSenderRejected},
		{"", "The SMTP server address could not be parsed: 'smtp.example.com:58a7'", KindInvalidConfig},
		{"", "554 5.7.1 Rejected (spam) from <[192.0.2.1] #1>", KindBlocked},
		{"", "Attachment type blocked, see full lists at https://example.com/types", KindPolicyRejected},
		{"", "504 5.5.4 unrecognised authentication type", KindAuthFailed},
		{"", "552 5.7.0 Blocked file extension: .exe", KindPolicyRejected},
	})
}

// TestRoundFrom78aae66Families holds the families of the round from
// 78aae66 that the rules read wrong there (docs/classification.md, "The
// round from 78aae66"), in wordings of their own: 58 of the 66 family
// cases fail with 78aae66's rules, the other eight are siblings it read
// through other words or the word model's guess. The guards pass there
// (11 of the 23 failed with a
// first fit, bd03b29 or 650bfb4); so does the check that a product's
// name after a 4xx SMTP does not define keeps the reply's code
// (apiStatus), which failed with bd03b29.
func TestRoundFrom78aae66Families(t *testing.T) {
	cases := []kindCase{
		// Exim's log of its sender verification callout ("sender verify
		// fail for <…>: response to "RCPT TO:<…>" from … was: …"): the
		// sender's address failed the check, whatever the response
		// refused.
		{"", "sender verify fail for <sender@example.com>: response to \"RCPT TO:<sender@example.com>\" from mx.example.com [192.0.2.1] was: 550 5.1.1 <sender@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindSenderRejected},
		{"", "sender verify fail for <sender@example.com>: response to \"RCPT TO:<sender@example.com>\" from mx.example.com [192.0.2.1] was: 550-5.1.1 The email account that you tried to reach does not exist.", KindSenderRejected},
		{"", "sender verify fail for <sender@example.com>: response to \"RCPT TO:<sender@example.com>\" from mx.example.com [192.0.2.1] was: 554 5.7.1 <sender@example.com>: Relay access denied", KindSenderRejected},
		// An HTTP status before an API's error name in camel case is no
		// SMTP reply (Alibaba Cloud DirectMail's "400 InvalidToAddress
		// …"): the words decide. An address "wrongly formed" is its
		// syntax.
		{"", "400 InvalidToAddress The specified toAddress is wrongly formed.", KindSyntaxError},
		{"", "404 InvalidReceiver.NotFound The specified receiver does not exist.", KindRecipientUnknown},
		{"", "The receiver is unknown", KindRecipientUnknown},
		{"", "403 InvalidSender.Blocked The sender is on a block list.", KindSenderRejected},
		{"", "The recipient address is wrongly formed", KindSyntaxError},
		{"", "Email address is incorrectly formed", KindSyntaxError},
		{"", "Recipient address improperly formed", KindSyntaxError},
		{"", "501 5.1.3 Badly formed address", KindSyntaxError},
		{"", "The toAddress is improperly formed.", KindSyntaxError},
		{"", "The specified mailAddress is improperly formed.", KindSyntaxError},
		{"", "The fromAddress is wrongly formed.", KindSyntaxError},
		// A key with full access is no full mailbox.
		{"", "The associated domain with your API key is not verified. Please create a new API key with full access or with a verified domain.", KindSenderRejected},
		{"", "Create an access token with full access", KindUnknown},
		// Providers' documented error codes: Tencent Cloud SES's sender
		// not verified ("FailedOperation.NotAuthenticatedSender"),
		// Firebase's "TOO_MANY_ATTEMPTS_TRY_LATER", which decides before
		// the "domain" and "reason" fields of the JSON of Google's APIs.
		{"", "554 5.0.0 Error: transaction failed: ##SES-response-json:{\"Response\":{\"QcloudError\":{\"Error\":{\"Code\":\"FailedOperation.NotAuthenticatedSender\"}}}}", KindSenderRejected},
		{"", "FailedOperation.NotAuthenticatedSender", KindSenderRejected},
		{"", `{"error":{"code":400,"message":"TOO_MANY_ATTEMPTS_TRY_LATER","errors":[{"message":"TOO_MANY_ATTEMPTS_TRY_LATER","domain":"global","reason":"invalid"}]}}`, KindRateLimited},
		// Firebase's settings of a project named where they are set (the
		// Firebase console) or by name (the continue URL, the dynamic
		// link domain): the program's configuration.
		{"", "The domain of the continue URL is not whitelisted.  Please whitelist the domain in the Firebase console.", KindInvalidConfig},
		{"", "[firebase_auth/unauthorized-continue-uri] Domain not whitelisted by project", KindInvalidConfig},
		{"", "[firebase_auth/invalid-dynamic-link-domain] The provided dynamic link domain is not configured or authorized for the current project.", KindInvalidConfig},
		{"", "The provided dynamic link domain is not configured or authorized for the current project.", KindInvalidConfig},
		{"", "The continue URL provided in the request is invalid.", KindInvalidConfig},
		{"", "A continue URI must be provided in the request.", KindInvalidConfig},
		{"", "auth/invalid-dynamic-link-domain", KindInvalidConfig},
		{"", "The email template contains an invalid sender email or name. Please fix by going to the Auth email templates section in the Firebase Console.", KindInvalidConfig},
		// Families of earlier rounds' samples that both readers were
		// sure of and the rules still missed at 78aae66: a sending
		// service said not configured (a program's setting), and an MX
		// that could not be resolved (the recipient's domain).
		{"", "SendGrid is not configured", KindInvalidConfig},
		{"", "ZeptoMail is not configured on this bot instance, so the zeptomail mode can't be enabled.", KindInvalidConfig},
		{"", "Mailgun not configured", KindInvalidConfig},
		{"", "Postmark isn't configured", KindInvalidConfig},
		{"", "Amazon SES is not configured for this site", KindInvalidConfig},
		{"", "Error: Cannot resolve MX \"example.com\"", KindDomainNotFound},
		{"", "could not resolve MX for example.org", KindDomainNotFound},
		{"", "Unable to resolve MX records of example.net", KindDomainNotFound},
		{"", "Can't resolve MX for example.org", KindDomainNotFound},
		{"", "Mailjet is not configured", KindInvalidConfig},
		{"", "SparkPost not configured", KindInvalidConfig},
		{"", "Mandrill is not configured", KindInvalidConfig},
		{"", "Brevo isn't configured", KindInvalidConfig},
		{"", "Sendinblue is not configured", KindInvalidConfig},
		{"", "Resend is not configured", KindInvalidConfig},
		{"", "AWS SES is not set up", KindInvalidConfig},
		{"", "MailerSend not configured", KindInvalidConfig},
		{"", "SMTP2GO is not configured", KindInvalidConfig},
		{"", "Mailtrap is not configured", KindInvalidConfig},
		{"", "MailChannels not configured", KindInvalidConfig},
		// The third batch's, both readers sure (mailbox providers'
		// sending APIs): Exchange Web Services' and HTTP's names written
		// as one word ("ErrorServerBusy", "RequestEntityTooLarge"); a
		// service "not currently available"; a field of the request
		// with an invalid value (ZeptoMail's "Mandatory Field "to" has
		// Invalid Value.").
		{"", "ErrorServerBusy", KindServiceUnavailable},
		{"", "The request failed: ErrorInternalServerError", KindServiceUnavailable},
		{"", "The server responded with a Request Error, Status: InternalServerError", KindServiceUnavailable},
		{"", "Send-MgUserMail : The server responded with a Request Error, Status: RequestEntityTooLarge", KindMessageTooLarge},
		{"", "ErrorMessageSizeExceeded", KindMessageTooLarge},
		{"", "CommandConcurrencyLimitReached", KindRateLimited},
		{"", "Exchange Web Services are not currently available for this request because none of the Client Access Servers in the destination site could process the request.", KindServiceUnavailable},
		{"", "The mail service is not currently available", KindServiceUnavailable},
		{"", "Mandatory Field \"to\" has Invalid Value.", KindSyntaxError},
		{"", "Field 'from' has an invalid value", KindSyntaxError},
		{"", "The recipient field has an invalid value", KindSyntaxError},
		{"", "Field \"reply_to\" has invalid value", KindSyntaxError},
		// An API key refused with its service or its kind named between
		// "invalid" and "api key" ("Invalid sender API key", the second
		// batch's; "Invalid SendGrid API key"): a login refused, as
		// "Invalid API key" is.
		{"", "Invalid sender API key", KindAuthFailed},
		{"", "Invalid sending API key", KindAuthFailed},
		{"", "Error: invalid Postmark API key", KindAuthFailed},
		{"", "Invalid SendGrid API key", KindAuthFailed},
		{"", "invalid Mailgun API key provided", KindAuthFailed},
		{"", "Invalid SMTP API key", KindAuthFailed},
		{"", "Invalid SMTP API key for domain example.com", KindAuthFailed},
		{"", "Invalid email API key", KindAuthFailed},
		{"", "Invalid mail API key", KindAuthFailed},
		// HTTP 429's name, which the review's texts brought.
		{"", "429 TooManyRequests", KindRateLimited},
	}
	checkKinds(t, cases)
	for _, reply := range []string{"422 iCloud mailbox does not exist", "403 McAfee Email Gateway: access denied"} {
		if e := Classify("", reply); e.Code == 0 {
			t.Errorf("Classify(%q) read no code: a product's name is no API's error name", reply)
		}
	}
	checkKinds(t, []kindCase{
		// A sender refused beside a key that is not said to be invalid
		// stays the sender's.
		{"", "Invalid sender address: the API key's domain is not verified", KindSenderRejected},
		// What a review found the first fits read wrong (each failing
		// there): "formed" of anything but an address; the Firebase
		// console named after another error; a receiving program or
		// device; a product's name after a 4xx code, which stays a
		// reply's code.
		{"", "ValueError: badly formed hexadecimal UUID string", KindUnknown},
		{"", "Server reply was incorrectly formed; the connection was closed", KindConnectionFailed},
		{"", "Error: connect ECONNREFUSED 192.0.2.5:587. Check the SMTP connection URI in the Firebase console.", KindConnectionFailed},
		{"", "Function execution took 60002 ms, finished with status: timeout. See logs in the Firebase console.", KindTimeout},
		{"", "SMTP receiver queue is full, try again later", KindServiceUnavailable},
		{"", "Alert email not sent: ADS-B receiver unknown", KindUnknown},
		// A service's own words of another cause stay theirs; a program
		// that cannot resolve the SMTP server's name fails to connect.
		{"", "SendGrid: recipient address not found", KindRecipientUnknown},
		{"", "550 5.7.1 Mailgun is not configured to relay for this domain", KindRelayDenied},
		{"", "Could not resolve host: smtp.example.com", KindConnectionFailed},
		{"", "getaddrinfo ENOTFOUND smtp.example.com", KindConnectionFailed},
		// What a reading of the change found (each failing there): any
		// other response "was: " is no callout's; a receiver's domain
		// or address is what the words say of it.
		{"", "HTTP response to POST https://api.example.com/send was: 502 Bad Gateway", KindUnknown},
		{"", "Receiver domain is not registered", KindDomainNotFound},
		{"", "The receiver email address is invalid", KindSyntaxError},
		{"", "Webhook receiver returned HTTP 500", KindUnknown},
		{"", "sender verify defer for <sender@example.com>: Connection timed out", KindTimeout},
		// A reply of SMTP's own 4xx codes stays a reply, camel case or
		// not; a mailbox that is full stays full.
		{"", "452 InsufficientStorage mailbox full", KindMailboxFull},
		{"", "421 ServiceNotAvailable try again later", KindServiceUnavailable},
		{"", "552 5.2.2 Mailbox full", KindMailboxFull},
		{"", "Mailbox is full", KindMailboxFull},
		// A recipient's callout stays the recipient's, in Exim's log
		// too, and Exim's reply of a sender's callout the sender's.
		{"", "recipient verify fail for <user@example.com>: response to \"RCPT TO:<user@example.com>\" from mx.example.com [192.0.2.1] was: 550 5.1.1 User unknown", KindRecipientUnknown},
		{"", "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table", KindRecipientUnknown},
		{"", "550-Verification failed for <sender@example.com>\r\n550-No Such User Here\r\n550 Sender verify failed", KindSenderRejected},
	})
}

// TestRoundFromB7c4e9bFamilies holds the families fitted in the round
// from b7c4e9b: each of the first cases failed there.
func TestRoundFromB7c4e9bFamilies(t *testing.T) {
	// A code named after "Error" or in Google's list of its replies: its
	// class says whether the failure is temporary (errorNamedReply,
	// listedReply).
	checkKindsTemporary(t, []kindTempCase{
		{"Error 550: You have reached the maximum number of messages per session.", KindRateLimited, false},
		{"Error 550 (too many emails per second)", KindRateLimited, false},
		{"SMTP ERROR 450 <user@example.com>: Helo command rejected: Host not found.", KindBlocked, true},
		{"Error 451 - Authentication failed", KindAuthFailed, true},
		{"421, \"4.7.0\", IP not in whitelist for RCPT domain, closing connection.", KindBlocked, true},
		{"452, “4.2.2”, The email account that you tried to reach is over quota.", KindMailboxFull, true},
	})
	checkKinds(t, []kindCase{
		// A connection the server or the network dropped, and a read or
		// write of the session that failed: the connection, whatever
		// the program was doing in it.
		{"", "SMTP server dropped connection", KindConnectionFailed},
		{"", "server dropped connection after response", KindConnectionFailed},
		{"", "The mail server dropped the connection", KindConnectionFailed},
		{"", "Connection dropped by the remote host", KindConnectionFailed},
		{"", "Connection to \"smtp.example.com:587\" has been closed unexpectedly.", KindConnectionFailed},
		{"", "The connection was closed unexpectedly", KindConnectionFailed},
		{"", "error receiving initial string from SMTP server: EOF", KindConnectionFailed},
		{"", "Error getting response from SMTP server.", KindConnectionFailed},
		{"", "it was not possible to read line from the SMTP server", KindConnectionFailed},
		{"", "Could not get mail server response codes", KindConnectionFailed},
		{"", "Error sending command to SMTP server.", KindConnectionFailed},
		{"", "Error: Error sending data.", KindConnectionFailed},
		{"", "End of socket stream data", KindConnectionFailed},
		{"", "Did not receive ready message from the e-mail server during the logon process.", KindConnectionFailed},
		// Every MX tried and failed, no server left to try.
		{"", "550 - Tried all MXs example.com", KindConnectionFailed},
		{"", "Delivery failed -- no mail server is available", KindConnectionFailed},
		// Each term's siblings (a mutation of the terms found them
		// unheld).
		{"", "Error sending command to the SMTP server.", KindConnectionFailed},
		{"", "Delivery failed: tried all MX hosts for example.com", KindConnectionFailed},
	})
	checkKinds(t, []kindCase{
		// Guards: a connection named in another cause keeps that cause;
		// a drop or a read that is not the connection's is not one.
		{"", "550 5.7.1 Connection dropped: your IP is listed at zen.spamhaus.org", KindBlocked},
		{"", "421 Too many connections from your IP, connection dropped", KindRateLimited},
		{"", "Connection closed unexpectedly during TLS handshake", KindTLSFailed},
		{"", "550 5.1.1 Recipient dropped: user unknown", KindRecipientUnknown},
		{"", "Message dropped: content rejected as spam", KindPolicyRejected},
	})
	// What the review of the change found (each failing with its first
	// form): an HTTP status after "Error" is no reply code (500 to 504 and
	// Cloudflare's 52x are read only after "SMTP Error" or before an
	// enhanced code; HTTP's 421 and 451 by their names); a CSV row that
	// starts with a number is no listed reply; a server "not available at
	// this time" is a busy one; a file's line and a spooler's data are
	// not the session's.
	checkKindsTemporary(t, []kindTempCase{
		{"Error 503 Service Not Available", KindServiceUnavailable, true},
		{"Error 503: The service is currently unavailable.", KindServiceUnavailable, true},
		{"Error 500 (Server Error)!!1", KindServiceUnavailable, true},
		{"Error 500: Something went wrong on our end. Please try again later.", KindServiceUnavailable, true},
		{"Error 504 - Request timed out while waiting for the mail API", KindTimeout, true},
		{"Error 500 requests per day quota exceeded, try again tomorrow", KindRateLimited, true},
		{"SMTP Error 503: Bad sequence of commands", KindSyntaxError, false},
		{"Error 503 5.5.1 Bad sequence of commands", KindSyntaxError, false},
		{`452,"5.1.1","jane@example.com","User unknown"`, KindRecipientUnknown, false},
		{`550,"4.7.1","Greylisted, please try again later"`, KindGreylisted, true},
		{"421 Server not available at this time, please try again later", KindServiceUnavailable, true},
		{"451 4.3.0 Mail server not available at the moment, please retry", KindServiceUnavailable, true},
		{"Error 550: host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox over quota", KindMailboxFull, true},
		{"Error 550-Relay not permitted", KindRelayDenied, false},
	})
	checkNotKinds(t, KindConnectionFailed, "the server's reply names its own cause",
		"Error getting response from SMTP server: 554 Transaction failed",
		"Error sending command to SMTP server: 550 5.1.1 User unknown",
		"Error getting response from the SMTP server after sending the message: 554 Transaction failed")
	// What a last reading found: the reply after the session's words
	// keeps its code (554, not temporary, as bare); a count after them is
	// no reply; a plural after "Error 421:" is a reply's word, not a
	// count.
	if e := Classify("", "Error getting response from SMTP server: 554 Transaction failed"); e.Code != 554 || e.Temporary {
		t.Errorf("Classify(%q) = code %d temporary=%v, want the reply's 554, not temporary", e.Text, e.Code, e.Temporary)
	}
	checkKindsTemporary(t, []kindTempCase{
		{"Error getting response from SMTP server: 45 seconds elapsed", KindConnectionFailed, true},
		{"Error sending command to SMTP server: 5 retries exhausted", KindConnectionFailed, true},
	})
	for _, line := range []string{"Error getting response from SMTP server: 554 Transaction failed", "Error 421: Connections from your IP are temporarily limited",
		// 503 is HTTP's too: read after "SMTP Error" or before an
		// enhanced code.
		"Error 503 5.5.1 Bad sequence of commands", "SMTP Error 503: Bad sequence of commands",
		// A hyphen right after the code.
		"Error 550-Relay not permitted"} {
		if r, _ := Parse(line); r.Code == 0 {
			t.Errorf("Parse(%q) read no code: a reply follows", line)
		}
	}
	// Each of listedReply's checks on its own: no space after the comma,
	// an enhanced code of another class, a subject RFC 3463 does not
	// define; and a count after a sending frame.
	for _, line := range []string{`452,"4.2.2","jane@example.com","Mailbox full"`, `550, "4.7.1", Greylisted, please try again later`,
		`421, "4.9.1", Please try again later`, "Failed to send email: 550 requests per hour exceeded"} {
		if r, err := Parse(line); err == nil {
			t.Errorf("Parse(%q) = code %d, enhanced %q: want no reply code", line, r.Code, r.Enhanced)
		}
	}
	for _, line := range []string{`421, "4.1.2", 17, 0.5, 3`, `550, "5.1.1",,`, "Error 550 -"} {
		if r, err := Parse(line); err == nil {
			t.Errorf("Parse(%q) = %+v, want no reply: no words follow", line, r)
		}
	}
	checkKinds(t, []kindCase{
		// What a reading of the change found: the session's own words
		// stand back for a reply the server did send, and for a login
		// that failed; a reply quoted later on the line is the server's.
		{"", "The SMTP session was closed unexpectedly", KindConnectionFailed},
		{"", "Could not authenticate: error getting response from SMTP server", KindAuthFailed},
		{"", "Error 550: host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox over quota", KindMailboxFull},
		{"", "Error 421: Misdirected Request", KindUnknown},
		{"", "Error 451: Unavailable For Legal Reasons", KindUnknown},
		{"", "Error sending data to the print spooler", KindUnknown},
		{"", "Could not read line from /var/spool/mqueue/qfABC123: Input/output error", KindServiceUnavailable},
	})
}

func TestRoundFrom3f16e51Families(t *testing.T) {
	// A success reply that a client quotes after its own failure (Lenel
	// OnGuard's "Failed to connect to SMTP server! Server's response: 221
	// …"): the reply is not what failed, the client's words are, as they
	// are when no enhanced code follows the code (openReply).
	checkKindsTemporary(t, []kindTempCase{
		{"Internal logic error.: Failed to connect to SMTP server!  Server's response: 221 2.0.0 Service closing transmission channel", KindConnectionFailed, true},
		{"Failed to connect to SMTP server: 221 2.0.0 Bye", KindConnectionFailed, true},
		{"Could not connect to the mail server. Last reply: 220 2.0.0 Ready to start TLS", KindConnectionFailed, true},
		{"Authentication failed. Server said: 250 2.0.0 OK", KindAuthFailed, false},
		{"Unable to connect to the SMTP server. Response: 220 2.0.0 Ready", KindConnectionFailed, true},
		{"Cannot connect to SMTP server: 220 2.0.0 ESMTP ready", KindConnectionFailed, true},
		{"Couldn't connect to host. Reply: 220 2.0.0 Ready", KindConnectionFailed, true},
		{"Connection failed! Server's response: 221 2.0.0 Service closing transmission channel", KindConnectionFailed, true},
	})
	// A client's error or exception that names no cause is a failure
	// whose cause is unknown, not a success.
	for _, reply := range []string{
		"SMTP error: Server said: 250 2.0.0 OK",
		"System.Net.Mail.SmtpException: Server response: 250 2.0.0 OK",
		"Failure sending mail. Server said: 250 2.0.0 OK",
	} {
		if e := Classify("", reply); e.Kind != KindUnknown || e.Evidence == successEvidence || e.Code != 0 {
			t.Errorf("Classify(%q) = %s, code %d (%s), want a failure of unknown cause without the success's code", reply, e.Kind, e.Code, e.Evidence)
		}
	}
	// The review of the change: a client's failure that quotes its last
	// success.
	checkKindsTemporary(t, []kindTempCase{
		{"Exception: 220 2.0.0 Ready to start TLS\nssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (_ssl.c:1006)", KindTLSFailed, false},
		{"Failed to authenticate on SMTP server: 250 2.0.0 OK", KindAuthFailed, false},
		{"Error: Connection closed unexpectedly. Last response: 250 2.1.5 Ok", KindConnectionFailed, true},
		{"Failed to connect to SMTP server smtp.example.com:587: Server's response: 221 2.0.0 Service closing transmission channel", KindConnectionFailed, true},
		{"SMTP Error: Could not authenticate. Server said: 250 2.0.0 OK", KindAuthFailed, false},
		{"Error: Greeting never received. Last reply: 220 2.0.0 ESMTP", KindTimeout, true},
		{"Error: connection lost after RCPT. Last reply: 250 2.1.5 Recipient OK", KindConnectionFailed, true},
		{"Authentication failed. Last reply: 250 2.1.0 Sender OK", KindAuthFailed, false},
	})
	// A limit the sender went over, named as the reason of Postfix's
	// "Recipient address rejected:" (Z755): the limit, not the sender.
	checkKindsTemporary(t, []kindTempCase{
		{"550 5.4.6 <user@example.com>: Recipient address rejected: Sender Domain Daily Limit Exceeded", KindRateLimited, false},
		{"550 5.4.6 <user@example.com>: Recipient address rejected: Sender Daily Bounce Limit Exceeded", KindRateLimited, false},
		{"451 4.7.1 <user@example.com>: Sender address rejected: hourly limit exceeded", KindRateLimited, true},
	})
	// Exchange's message that expired in its queue, after the words of a
	// recipient that "could not be reached" (Z753): the queue's time
	// limit, not a rate.
	checkKindsTemporary(t, []kindTempCase{
		{"The following recipient(s) could not be reached: user@example.com on 3/27/2008 9:11 AM Could not deliver the message in the time limit specified.", KindTimeout, true},
		// Guards (the review's): a limit the server's reply names in such
		// a bounce, or before a queue that gave up, is the rate; a limit
		// reached is one.
		{"The following recipient(s) could not be reached:\n user@example.com on 11/8/2010 4:15 PM\n  Could not deliver the message in the time limit specified. Please retry or contact your administrator.\n  <mail.corp.example #4.4.7 smtp;450 4.7.1 Sender limit exceeded>", KindRateLimited, true},
		{"Connected to 192.0.2.44 but connection died.\nRemote host said: 450 4.2.1 The user has exceeded the incoming message limit, try later\nI'm not going to try again; this message has been in the queue too long.", KindRateLimited, true},
		{"550 5.4.5 Daily sending limit has been reached", KindRateLimited, false},
	})
	// Gmail's limits in its help's Bengali (Z753): a rate.
	checkKinds(t, []kindCase{
		{"", "আপনি ইমেল পাঠানোর সীমাতে পৌঁছেছেন।", KindRateLimited},
		{"", "আপনি Gmail পাঠানোর সীমাতে পৌঁছেছেন।", KindRateLimited},
		{"", "আপনি সর্বাধিক প্রাপকদের অতিক্রম করেছেন৷", KindRateLimited},
	})
	// sendmail's transcript of a session in a bounce: a command the
	// server took ("<<< 250 … Sender ok") is no cause, the one it refused
	// is (a review of this round's change found the first read as the
	// sender's refusal).
	checkKindsTemporary(t, []kindTempCase{
		{">>> MAIL From:<a@example.com> SIZE=1234\r\n<<< 250 2.1.0 <a@example.com>... Sender ok\r\n>>> RCPT To:<b@example.org>\r\n<<< 550 5.1.1 <b@example.org>... User unknown", KindRecipientUnknown, false},
		{"SMTP connection failed (Exception: 550 No recipients accepted\nuser@example.com: 550 No Such User Here\n>>> MAIL FROM:<sender@example.com>\n<<< 250 OK\n>>> RCPT TO:<user@example.com>\n<<< 550 No Such User Here\n)", KindRecipientUnknown, false},
		// The review's: a reply of several lines the server sent in
		// success (EHLO's), and the greeting first.
		{">>> EHLO client.example.com\n<<< 250-mx.example.org\n<<< 250-AUTH PLAIN LOGIN\n<<< 250 SIZE 10240000\n>>> MAIL From:<alice@example.com>\n<<< 250 2.1.0 Ok\n>>> RCPT To:<bob@example.net>\n<<< 554 5.7.1 <bob@example.net>: Relay access denied", KindRelayDenied, false},
		{">>> EHLO client.example.com\n<<< 250-mx.example.org\n<<< 250-PIPELINING\n<<< 250-SIZE 10240000\n<<< 250 STARTTLS\n>>> MAIL From:<alice@example.com>\n<<< 530 5.7.0 Must issue a STARTTLS command first", KindTLSRequired, false},
		{"<<< 220 mx.example.org ESMTP\n>>> EHLO client.example.com\n<<< 250-mx.example.org\n<<< 250 SIZE 10240000\n>>> MAIL From:<alice@example.com>\n<<< 451 4.3.0 Local error in processing", KindServiceUnavailable, true},
		{">>> MAIL From:<alice@example.com>\n<<< 250-2.1.0 Sender ok\n<<< 250 2.1.0 Sender ok (SPF pass)\n>>> RCPT To:<bob@example.org>\n<<< 550 5.1.1 <bob@example.org>: User unknown", KindRecipientUnknown, false},
		{"<<< 354 Enter mail\n<<< 451 Requested action aborted: local error in processing", KindServiceUnavailable, true},
		// Guards: a command refused stays the cause, after a success too.
		{"... while talking to mx.example.com.:\r\n>>> DATA\r\n<<< 550 5.7.1 <someone@example.com>... Relaying denied. Proper authentication required.", KindRelayDenied, false},
		{">>> RCPT To:<b@example.org>\r\n<<< 250 2.1.5 Ok\r\n>>> DATA\r\n<<< 554 5.7.1 Message rejected as spam", KindPolicyRejected, false},
		{">>> MAIL From:<a@example.com>\r\n<<< 553 5.1.8 <a@example.com>... Domain of sender address does not exist", KindSenderRejected, false},
	})
	// Outlook's frame of a server's reply names the connection's settings
	// ("Secure(SSL): No"), no TLS that failed (a known miss).
	checkKindsTemporary(t, []kindTempCase{
		{"The rejected e-mail address was 'someone@example.com'. Subject 'hee', Account: 'localserver.mooo.com', Server: 'localserver.mooo.com', Protocol: SMTP, Server Response: '451 4.3.0 <someone@example.com>: Temporary lookup failure', Port: 25, Secure(SSL): No, Server Error: 451, Error Number: 0x800CCC79", KindServiceUnavailable, true},
		// Guards: TLS that failed, named, stays TLS's.
		{"Your server has unexpectedly terminated the connection. Server: 'smtp.example.com', Protocol: SMTP, Port: 465, Secure(SSL): Yes, Socket Error: 10053, Error Number: 0x800CCC0F. SSL handshake failed", KindTLSFailed, false},
	})
	// A request to a sending API that lacks a parameter, with no reply
	// code (Mailgun's "from parameter is missing", Z755): the program's
	// call, as a setting it was never given is.
	checkKindsTemporary(t, []kindTempCase{
		{"from parameter is missing", KindInvalidConfig, false},
		{"'to' parameter is missing", KindInvalidConfig, false},
		{"Missing parameter: from", KindInvalidConfig, false},
		// Guards: a server's reply to a command's parameters stays a
		// syntax error.
		{"501 Required param FROM: is missing. Syntax:{MAIL FROM:<address> [SIZE=msgSize] [BODY=8BITMIME]}", KindSyntaxError, false},
		{"501 5.5.4 Missing parameter for MAIL FROM", KindSyntaxError, false},
	})
	// Exchange's headline, with which every one of its bounces opens,
	// names no cause alone (Z752, both readers sure); the words after it
	// do.
	checkKinds(t, []kindCase{
		{"", "Delivery has failed to these recipients or groups", KindUnknown},
		{"", "Delivery has failed to these recipients or groups:", KindUnknown},
		// Guards: the cause after it decides.
		{"", "Delivery has failed to these recipients or groups: user@example.com The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.", KindRecipientUnknown},
		{"", "Delivery has failed to these recipients or distribution lists:\r\nThe recipient's mailbox is full and can't accept messages now.", KindMailboxFull},
		{"", "Delivery has failed to these recipients: unknown recipient", KindRecipientUnknown},
	})
	// Guards: the sender refused for what it is stays the sender's, also
	// beside a limit of another sense (the review's).
	checkKindsTemporary(t, []kindTempCase{
		{"550 5.7.1 <alice@corp.example>: Sender address rejected: Domain corp.example is limited to local senders only", KindSenderRejected, false},
		{"554 5.7.1 <carol@example.net>: Sender address rejected: Access denied (sender limited to internal recipients)", KindSenderRejected, false},
		{"553 5.7.1 Sender address rejected: Free accounts are limited to sending from verified addresses", KindSenderRejected, false},
		{"550 5.1.0 Sender rejected: size limit of the header From: field exceeded (more than 1 address)", KindSenderRejected, false},
		{"550 5.7.1 <user@example.com>: Recipient address rejected: Sender domain blacklisted", KindSenderRejected, false},
		{"553 5.7.1 <user@example.com>: Sender address rejected: not owned by user someone@example.com", KindSenderRejected, false},
	})
	// Guards: a success reply after words that name no failure stays a
	// success, and a failure reply after a success is the failure. The
	// review's (each a success the change as first written read as a
	// failure, from words anywhere before the reply): a log's fields, a
	// transcript's command, a clause that goes on after the failure, a
	// failure's words inside a name, an address or a subject.
	for _, reply := range []string{
		"host public/lmtp[public/lmtp] said: 250 2.1.5 ok (in reply to DATA command)",
		"Message accepted for delivery: 250 2.0.0 OK queued as 12345",
		"Connected to smtp.example.com: 220 2.0.0 Ready",
		"<<< 250 2.0.0 Ok: queued as 4F1A2B3C", // a transcript's success that nothing follows
		// A failure said to be none, and one only inside a word (a
		// reading of the change).
		"No error: 250 2.0.0 OK",
		"Mail sent without error: 250 2.0.0 OK",
		"Terror: 250 2.0.0 OK",
		// Not quoted after a colon, after a clause that goes on past a
		// semicolon, nor a word that only starts like a failure's.
		"Failed message resent successfully (250 2.0.0 Ok: queued as 4F2A9C01B7)",
		"Unable to use PIPELINING; DATA reply: 250 2.0.0 Ok: queued as 6E7F8091A2",
		"Failures: none. Last reply: 250 2.0.0 OK",
		"Jan 12 10:01:02 mail postfix/smtp[2231]: 9A1B2C3D4E: to=<ops@example.org>, relay=failover-mx.example.org[203.0.113.7]:25, delay=0.42, delays=0.05/0.01/0.2/0.16, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 5F6A7B8C9D)",
		"Mar  3 08:14:55 mx1 postfix/smtp[4410]: 3C2D1E0F9A: to=<bounce-errors@example.com>, relay=aspmx.l.google.com[142.250.27.26]:25, delay=1.2, delays=0.1/0/0.4/0.7, dsn=2.0.0, status=sent (250 2.0.0 OK  1709453695 v12-20020a5d4a4c000000b0033e7a4c9e1bsi1234567wrq.512 - gsmtp)",
		"Apr  9 11:02:03 mail postfix/lmtp[881]: 1A2B3C4D5E: to=<failures@example.com>, relay=mail.example.com[private/dovecot-lmtp], delay=0.1, delays=0.03/0.01/0.02/0.04, dsn=2.0.0, status=sent (250 2.0.0 <failures@example.com> kJ8mOv4xZmV0AAAA0Cg2Gw Saved)",
		"Mar  4 02:00:11 backup sm-mta[1234]: 424A0B1C012345: to=<error-reports@example.com>, ctladdr=<root@backup.example.com> (0/0), delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120438, relay=mx.example.com. [192.0.2.25], dsn=2.0.0, stat=Sent (250 2.0.0 424A0B1D012346 Message accepted for delivery)",
		"Retry after failure succeeded: 250 2.0.0 OK",
		"Previous attempt failed, retried via smtp2.example.com: 250 2.1.5 Recipient OK",
		"Mail queue run finished, error count: 0, last reply: 250 2.0.0 Ok: queued as 8D3E21C0F4",
		"Sent 12 messages, 0 errors. Last server reply: 250 2.0.0 OK",
		"Failover to backup relay smtp2.example.net succeeded: 250 2.0.0 OK id=1rX9aB-0004Qz-Lm",
		"Message delivered without errors: 250 2.0.0 Ok: queued as 4F2A9C01B7",
		"Sent alert 'Backup failed on db01' to ops@example.com, server replied: 250 2.0.0 Ok: queued as 7E3F1A2B3C",
		"Sent notification \"Disk error on /dev/sda\" to admin@example.com: 250 2.0.0 OK 1709453695 x7-20020a17090a - gsmtp",
		"2024-05-02 12:30:01,442 fail2ban.actions [812]: NOTICE [sshd] sendmail-whois: mail sent to root@example.com: 250 2.0.0 Ok: queued as 9B8C7D6E5F",
		"INFO  c.e.mail.ExceptionNotifier - Exception report mailed to dev@example.com: 250 2.0.0 OK <5f3a@mail.example.com>",
		"ExceptionNotification: delivered email to devs@example.com (250 2.0.0 Ok: queued as 2C4E6A8B0D)",
		"Could not verify recipient (VRFY disabled), sending anyway: 250 2.1.5 Ok",
		"Couldn't deliver via primary MX mx1.example.com, delivered via mx2.example.com: 250 2.0.0 Ok: queued as 51A2B3C4D5",
		"Unable to use PIPELINING, sent commands one by one; DATA reply: 250 2.0.0 Ok: queued as 6E7F8091A2",
		"Cannot open TLS session cache /var/lib/postfix/smtp_scache, continuing without it; delivered: 250 2.0.0 Ok: queued as 3B4C5D6E7F",
		"RCPT TO:<error-reports@example.com> 250 2.1.5 Ok",
		"MAIL FROM:<failed-jobs@ci.example.com> 250 2.1.0 Ok",
		"Remote host mailerror.example.net said: 250 2.0.0 Message accepted for delivery",
		"Error handler registered; SMTP transcript: 250 2.0.0 OK",
		"SMTP Error: Server does not support Unicode in email address display names; sending it RFC 2047 encoded instead. 250 2.0.0 Ok",
	} {
		if e := Classify("", reply); e.Kind != KindUnknown || e.Evidence != successEvidence {
			t.Errorf("Classify(%q) = %s (%s), want a success", reply, e.Kind, e.Evidence)
		}
	}
	checkKindsTemporary(t, []kindTempCase{
		{"Failed to send: said: 250 2.1.0 Ok, then said: 550 5.1.1 User unknown", KindRecipientUnknown, false},
	})
}
