package errors

import "strconv"

// The classification rules, as data. A reviewer reads them top to bottom:
// first the groups of words (a subject such as "mailbox", a condition such
// as "full"), then the rules that combine them, in their order of trust.
// Everything is compiled once when the package is loaded (see match.go);
// Classify only looks things up.
//
// Words are matched as substrings of the reply text after it is folded:
// lowercased (Unicode, not only ASCII), Latin accents removed ("boîte" and
// "boite", "ungültig" and "ungultig" match alike), and runs of white space
// collapsed, with one space added at each end so that a term such as " ip "
// matches a whole word. Terms are therefore written in lowercase without
// accents.

// joinTerms returns a group's own terms followed by the terms of the
// lists it shares with other groups or takes from programs' catalogues
// (evolution.go, msmtp.go, thunderbird.go, roundcube.go, mailclients.go,
// glibc.go, phpmailer.go).
func joinTerms(own []string, lists ...[]string) []string {
	for _, l := range lists {
		own = append(own, l...)
	}
	return own
}

// wordPairs returns every first word followed by every second, a space
// between ("isn't" and "set": "isn't set"), for the terms that are each
// way of saying one thing with each of several words.
func wordPairs(firsts, seconds []string) []string {
	var terms []string
	for _, f := range firsts {
		for _, s := range seconds {
			terms = append(terms, f+" "+s)
		}
	}
	return terms
}

// contractedNotSet are notset's negations in their contraction ("SMTP
// Server isn't specified", "The SMTP host wasn't set"), as "not
// specified" is without it.
var contractedNotSet = wordPairs([]string{"isn't", "wasn't", "aren't"},
	[]string{"set", "specified", "defined", "configured", "provided", "supplied"})

// mailSettingsMissing are a program's mail settings, or a sending
// service's, that it names missing ("Email settings are missing",
// "Mailgun settings are missing"; settingsmissing); not any settings
// (DNS's, DKIM's).
var mailSettingsMissing = wordPairs(append([]string{"email", "mail", "smtp", "ses"}, sendingServices...),
	[]string{"settings are missing", "settings missing"})

// sendingServiceUnset are a sending service a program says it was not
// set up for ("SendGrid is not configured", "ZeptoMail is not configured
// on this bot instance"; settingsmissing): its settings, not a server's
// refusal.
var sendingServiceUnset = wordPairs(sendingServices, []string{"is not configured", "not configured", "isn't configured", "is not set up"})

// sendingServices are sending services as programs name them in their
// own messages (mailSettingsMissing, sendingServiceUnset, apiKeyRefused).
var sendingServices = []string{"sendgrid", "mailgun", "mailjet", "postmark", "sparkpost", "mandrill", "brevo", "sendinblue",
	"resend", "amazon ses", "aws ses", "zeptomail", "mailersend", "smtp2go", "mailtrap", "mailchannels"}

// apiKeyRefused are an API key refused with its service or its kind
// named between "invalid" and "api key" ("Invalid sender API key",
// "Invalid SendGrid API key"; authfailed), as "invalid api key" is.
var apiKeyRefused = wordPairs([]string{"invalid"},
	wordPairs(append([]string{"sender", "sending", "smtp", "email", "mail"}, sendingServices...), []string{"api key"}))

// notConfiguredYet are mail a program says has never been set up
// ("ERROR: Email has not been configured."; settingsmissing).
var notConfiguredYet = wordPairs([]string{"email", "mail", "smtp"}, []string{"has not been configured", "hasn't been configured"})

// mailSenderOff is a program's mail sender switched off ("Mail sender
// is not enabled"; settingsmissing); a sending service's "Sender not
// enabled" is a sender it has not verified.
var mailSenderOff = append(wordPairs([]string{"mail sender", "email sender"}, []string{"is not enabled", "not enabled"}),
	// The program's mailer switched off, in its own words ("Emailer is
	// disabled so the contact form will not work.", Vikunja's "Mailer is
	// disabled, not sending reminders per mail"); not a mail or email
	// sender disabled, which is a sending service's sender identity.
	"mailer is disabled", "emailer is disabled")

// mailNotSetUp is mail a program says is not set up, or that it has no
// setup of ("SMTP not setup.", "SMTP is not setup", Lemmy's
// "no_email_setup"; settingswrong). Of mail or email only without "is"
// between: a server says "email is not set up" of a recipient ("Mailbox
// unavailable: email is not set up for this user") or of its DKIM.
var mailNotSetUp = append(append(wordPairs([]string{"smtp", "email", "mail"}, []string{"not setup", "not set up"}),
	wordPairs([]string{"smtp"}, []string{"is not setup", "is not set up", "isn't setup", "isn't set up"})...),
	"no email setup", "no_email_setup", "no smtp setup", "no mail setup")

// noAddressGiven is an address a program says it was not given ("No
// source email address supplied"; "No email address provided" is
// settingsmissing's own).
// Not "no sender email address given", which a server says of a null
// reverse-path.
var noAddressGiven = wordPairs([]string{"no email address", "no e-mail address", "no source email address", "no destination email address"},
	[]string{"supplied", "specified"})

// mailServerUnset is a mail server a program has none configured of
// ("Email will not be sent, no mail server configured", "Email server
// not configured"), emails it says are not configured, an SMTP server
// it requires to send (settingswrong, whose rule stands aside for a
// domain's, an MX's, a login's or a timeout's words: "Domain
// example.org has no mail server configured (no MX …)"); not "the
// recipient's mail server is not configured to accept mail", a
// server's, nor "authentication to an SMTP server is required".
var mailServerUnset = []string{"no mail server configured", "no email server configured", "email server not configured", "emails are not configured", "an smtp server is required to send"}

// noSettingNamed is a program's SMTP setting, or the address of the
// message it builds, that it says it was given none of ("No SMTP server
// specified!", "No SMTP recipients specified!", "No message address
// defined, not sending message"). Each is settingname and settingadvice
// at once: the rule of the two, the last of the plain rules, reads it
// when no rule before it read anything else; beside settingbad's words
// the rule of settingname and settingbad reads it first, as it reads
// "SMTP host is empty. Cannot connect." ("No SMTP server specified,
// using localhost: connect ECONNREFUSED … (is the mail server
// missing?)": the setting, not the connection it left to a default).
// Named with "smtp" or as the message's: a server's "503 No recipients
// specified" is the command order's, and has its code. A login's ("No
// SMTP username provided") is settingadvice's "no smtp user " beside
// settingname's own "smtp username", as before. Not the host's
// or a server "configured" (settingsmissing's "no smtp host" and "no
// smtp server configured" read those first).
var noSettingNamed = wordPairs([]string{"no smtp server", "no smtp port", "no smtp recipients", "no smtp recipient", "no smtp sender",
	"no message address", "no message recipients", "no message recipient"},
	[]string{"specified", "defined", "provided", "supplied", "given"})

// addressMissing is an address a program says is missing for what it
// holds ("E-mail address missing for mailbox [1001].") or from the
// message it builds ("'From' address missing"; settingswrong, with no
// code). Not an address missing from a list or a command ("Sender email
// address missing from verified identities list", "mail address missing
// in MAIL FROM"), nor "Sender address missing", which a server says of a
// null reverse-path (with its code; a codeless "Sender email address
// missing for …" reads as the settings').
// ("e-mail address missing for" is read by "mail address missing for";
// "email address missing for" is a term of its own, for the scan takes
// "email address", a recipient's term, where both start; '"From"
// address missing' is read already.)
var addressMissing = []string{"email address missing for", "mail address missing for", "from' address missing"}

// smtpSwitchedOff is a program's SMTP sending switched off in its
// settings ("Failed to send reset email: SMTP Disabled"; settingname and
// settingadvice at once, as noSettingNamed: a block, a mailbox's or a
// domain's state, a rate or a login named beside it decide: "Outbound
// SMTP disabled for this network: port 25 is blocked", "SMTP disabled
// for this domain", "535 5.7.139 Authentication unsuccessful, SMTP
// disabled").
var smtpSwitchedOff = []string{"smtp disabled", "smtp is disabled"}

// settingsUnavailable are a program's mail settings said not available
// or lacking ("Email configuration settings not available", "Cannot use
// SMTP server because of lack of configuration"); not any settings or
// configuration (a server's, a mailbox's, a relay's, TLS's).
var settingsUnavailable = append(append(wordPairs([]string{"email settings", "mail settings", "smtp settings", "email configuration settings", "mail configuration settings", "smtp configuration settings"},
	[]string{"not available", "are not available"}),
	wordPairs([]string{"email configuration", "mail configuration", "smtp configuration"}, []string{"not available", "is not available"})...),
	"lack of smtp configuration", "lack of email configuration", "lack of mail configuration", "smtp server because of lack of configuration")

// phpMailLibraryMissing are PHP's words for a mail library it cannot load
// (PEAR's Net_SMTP and Mail, PHPMailer, Swift Mailer): a class not found,
// a library's file it could not include ("include_once(Net/SMTP.php):
// failed to open stream: No such file or directory"); not a script
// fetched over HTTP ("fopen(http://…/mail.php): failed to open stream:
// HTTP request failed!"), whose error decides.
var phpMailLibraryMissing = []string{"class 'net_smtp' not found", `class "net_smtp" not found`, "class 'mail' not found", `class "mail" not found`,
	"class 'phpmailer", `class "phpmailer`, "class 'swift_", `class "swift_`,
	"net/smtp.php): failed to open stream", "phpmailer.php): failed to open stream", "phpmailerautoload.php): failed to open stream",
	"swift_required.php): failed to open stream", "mail.php): failed to open stream: no such file"}

// mailPluginOrAccountOff are a program asking for its mail plugin to be
// switched on ("Please activate SMTP plugin in App store"), or for its
// default email account to be set up (Frappe's "Please setup default
// Email Account"), and an administrator who did not configure it
// (PeerTube's "… did not configure the PeerTube email system";
// settingsmissing). Not "please enable" or "please activate" beside any
// setting's name, which a server says of a login, a sender or DKIM
// ("Please enable DKIM signing in your email settings").
var mailPluginOrAccountOff = append(append(wordPairs([]string{"please activate", "please enable"}, []string{"smtp plugin", "the smtp plugin", "mail plugin", "the mail plugin", "email plugin", "the email plugin"}),
	wordPairs([]string{"setup default", "set up default", "set up a default"}, []string{"email account", "outgoing email account"})...),
	wordPairs([]string{"did not configure the", "didn't configure the"}, []string{"email system", "mail system", "peertube email system"})...)

// addressFormatBad are an address's format said not valid ("The format
// of the email address isn't correct", "Format of the address is
// invalid."; syntax); not "The format of the address is correct, but no
// mailbox by that name exists here".
var addressFormatBad = wordPairs([]string{"format of the address", "format of the email address", "format of the e-mail address"},
	[]string{"isn", "is not", "is invalid", "is incorrect"})

// dotNetNullSettingTerms are .NET's ArgumentNullException when the
// argument is a setting of the mail's, each name in the three ways .NET
// prints it: .NET Core's "Value cannot be null. (Parameter 'userName')",
// .NET Framework's "Parameter name: password" and its German
// "Parametername: userName" (settingsmissing). Not any argument
// ("(Parameter 'stream')"), which is the program's own fault.
var dotNetNullSettingTerms = func() []string {
	var terms []string
	for _, name := range []string{"username", "user", "password", "host", "address", "from", "to", "sender", "recipients", "credentials"} {
		terms = append(terms, "(parameter '"+name+"')", "parameter name: "+name+" ", "parametername: "+name+" ")
	}
	return terms
}()

// formCheckTerms are a program's checks of its mail settings, or of the
// message it is about to send, in the words of a form (settingsmissing,
// with no code and not beside "address rejected": a server that refuses
// names itself and its code):
//   - a field the form's rule says may not be left empty, whatever field
//     it is ("E-mail server can not be empty", Yii's "… cannot be
//     blank.", Bean Validation's "…: must not be empty"), or an empty or
//     invalid field named as one ("Empty field Mail Sender", "Invalid
//     field Mail Sender"). "Is empty" only of the fields named below:
//     said of any, it states what a server found as well ("Sender
//     address is empty", "Subject is empty");
//   - the server's setting that is not usable (IPFire's "Invalid mail
//     server port", "… fqdn", "… IP address"), or the encryption set
//     ("SMTP encryption is invalid.");
//   - mail never set up ("Mail is not configured for this Galaxy
//     instance."; "mail is" starts "e-mail is" too), a URL of the
//     settings with no host ("ssl://:465"), a setting said to be
//     incorrect ("SMTP port setting incorrect", "SMTP Settings
//     Incorrect");
//   - a message with no recipient ("Mail does not have any recipients.",
//     "An email requires at least one recipient.", "Recipient not set.",
//     "Missing recipient", "Recipient names must be specified"), or no
//     header a server needs ("Message missing SMTP Header 'From'"). "At
//     least one recipient" alone is not among them: a bounce's "could
//     not be delivered to at least one recipient" names no check. Every
//     program's own "no recipient" check is here (the block below the
//     round's), whoever words it.
var formCheckTerms = joinTerms([]string{
	"can not be empty", "cannot be empty", "can't be empty", "must not be empty", "may not be empty",
	"cannot be blank", "can't be blank", "must not be blank",
	"empty field", "invalid field", "empty email field", "empty e-mail field",
	"encryption is invalid", "invalid encryption",
	"requires at least one recipient", "have any recipient", "no recipients for", "names must be specified",
	// .NET's SmtpClient's own check of its sender ("A from address must
	// be specified."; its "A recipient must be specified." is read
	// already); not "must be specified" of anything, which servers say of
	// a command's order or argument ("503 Sender must be specified before
	// recipients", "HELO hostname must be specified").
	"a from address must be specified",
	"missing recipient", "missing mail message recipient", "missing smtp header",
	"recipient not set", "recipient not specified",
	"invalid mail server port", "invalid mail server fqdn", "invalid mail server ip",
	"mail is not configured",
	// A shell's word for a mail command that is not installed ("sh: 1:
	// mail: not found", as localmissing's "sendmail: not found"; not
	// "mail: not found" alone, which ends "Error sending mail: Not
	// Found"), and a URL of the settings with no host in it
	// ("ssl://:465", "smtp://:25").
	"sh: mail: not found", "1: mail: not found", "mailx: not found", "smtp://:", "ssl://:", "tls://:",
	"setting incorrect", "settings incorrect",
	// The part of a framework that sends its mail, not set up, by the
	// name its documentation gives it ("Please setup email adapter.",
	// "You must connect the Email Model to a Mail connector", "Make sure
	// to provide a nodemailer transport configuration object"); not
	// "please set up" beside any subject ("please set up reverse DNS for
	// your sending host" is a block).
	"setup email adapter", "to a mail connector", "transport configuration object",
	// A field of the message or a mail setting named empty ("Recipient
	// is empty", "Server address is empty"; "SMTP host is empty" is
	// settingname's and settingbad's), the mail settings missing as a
	// whole ("Email configuration is missing"), and no recipient at all
	// (Open-Xchange's "There are no recipient(s) for the new message.").
	// Not any "from", "host", "server" or "password" named empty, nor any
	// configuration missing, nor "there are no recipients": a review
	// found a server's null sender ("MAIL FROM is empty"), a reply that
	// never came ("Response from server is empty", "Answer from SMTP
	// server is empty"), a login refused ("Authentication failed:
	// password is empty"), a receiver's DKIM or TLS settings and
	// recipients all refused ("there are no recipients left") in them.
	"from address is empty", "from field is empty", "recipient is empty", "recipients is empty", "recipients are empty",
	"to address is empty", "to field is empty", "server address is empty",
	"email configuration is missing", "mail configuration is missing", "smtp configuration is missing",
	"there are no recipient(s)",
	// A field the program requires missing, or missing or invalid, by its
	// own check ("missing required field "source.smtp.host"", Dart
	// PowerTCP's "Missing or Invalid Recipient E-mail Address", KSMTP's
	// "… either the sender or recipient field is missing or invalid"; not
	// "missing or invalid" of anything, which servers say of a header, an
	// address's brackets or a signature); a setting given a value the
	// program cannot use ("… has an invalid value for the "to" setting");
	// a named mail configuration it does not have (CakePHP's "Unknown
	// email configuration "%s"."); the outgoing server never set up ("The
	// administrator has not yet configured the default outbound account",
	// "Please configure your outgoing mailserver under Settings", "You
	// need to fill in more information in settings"; Spanish "La
	// configuración del correo no está configurada correctamente"); and
	// Commons Email's frame around a host and port never set ("Sending
	// the email to the following server failed :null:null").
	"missing required field", "missing or invalid recipient", "missing or invalid sender", "field is missing or invalid",
	"has an invalid value for", "unknown email configuration",
	"has not yet configured", "please configure your outgoing", "need to fill in",
	"no esta configurada correctamente",
	"null:null",
	// A program's own check that a message has a recipient, or a sender,
	// whoever words it ("No recipients have been specified.", Symfony's "An
	// envelope must have at least one recipient.", Sylpheed's "Recipient
	// is not specified.", Laminas Mail's "No recipient forward path has
	// been supplied"): the settings' or the caller's, as the readers of
	// the held-out samples called it, not a syntax error. A server that
	// says it with a code ("550 5.1.0 no recipients specified") is
	// syntaxstrong's.
	"recipients have been specified",
	"recipient is not specified.", "no recipients specified", "no recipient specified", "must include recipients",
	"blank recipient", "must have at least one recipient", "forward path has been supplied", "reverse path has been supplied", "message has no destination",
	// And its check that the message has a sender ("No From: address has
	// been provided", Horde's "No from address has be provided.", "No
	// From email specifier"), with no code: a server's "550 5.1.7 No
	// sender address" refuses the sender.
	"no from address", "no from: address", "no from email", "no sender address", "no 'from' address", "no 'from' email",
	// The same said missing (Webmin's "Missing From address", N.I.N.A.'s
	// "Email from address is missing", a form's "\"From\" address
	// missing"); "550 Missing from address" refuses the sender.
	"missing from address", "from address is missing", "from address missing", `"from" address missing`,
	// Mail::SendEasy's "Blank From adress!" (its own spelling), MailCore's
	// "A sender is required to send message".
	"blank from adress", "sender is required to send",
	// A library's check of a value its caller passed, in the library's
	// standard words: Joi's "\"email\" is not allowed to be empty", .NET's
	// "The parameter 'address' cannot be an empty string." Not .NET's
	// "Value cannot be null.", which is said of any argument ("(Parameter
	// 'stream')").
	"is not allowed to be empty", "cannot be an empty string",
	// CDO's codes of its configuration (cdosys.h), with "0x" and without,
	// as Classic ASP and VBA print them ("CDO.Message.1 error
	// '80040220'"): CDO_E_SMTP_SERVER_REQUIRED, CDO_E_RECIPIENT_MISSING,
	// CDO_E_FROM_MISSING and the "SendUsing" value invalid, whatever the
	// language of the text after them.
	"0x8004020a", "8004020a ", "0x8004020c", "8004020c ", "0x8004020d", "8004020d ", "0x80040220", "80040220 ",
	// Settings a program says must be set up before it sends ("SMTP
	// settings must be configured before an email can be sent.").
	"must be configured before"})

// senderIPTerms name the sending host; they are both a subject of their
// own (senderip: a block whatever follows) and a way of naming the client.
var senderIPTerms = []string{"sender ip", "sending ip", "sender's ip", "sender host", "sending host", "sending server"}

// outlookConnectionErrors are the error numbers Outlook and Outlook
// Express show, in any language, for a connection to the server not made
// or dropped (imnxport.h: IXP_E_CANT_FIND_HOST, IXP_E_FAILED_TO_CONNECT,
// IXP_E_CONNECTION_DROPPED, IXP_E_SOCKET_READ_ERROR,
// IXP_E_SOCKET_WRITE_ERROR, IXP_E_SOCKET_CONNECT_ERROR), folded.
var outlookConnectionErrors = []string{"0x800ccc0d", "0x800ccc0e", "0x800ccc0f", "0x800ccc12", "0x800ccc13", "0x800ccc15"}

// microsoftAccountBlockedTerms are Microsoft's words for a sending account
// blocked, often because it was compromised (5.1.8 "Access denied, bad
// outbound sender", and its NDR's "you weren't recognized as a valid
// sender"): a sender refused (sendingdenied), Microsoft named
// (provider.go), and Microsoft's fix first (providerHint).
var microsoftAccountBlockedTerms = []string{"bad outbound sender", "recognized as a valid sender"}

// bareGroups are the vague words that may be all a reply says ("550
// Message rejected", "554 Transaction failed", "Deferred", "550 Mail not
// accepted"), and the subject a reply may name with nothing said of it
// ("550 permanent failure for one or more recipients"): said with no other
// word but vague ones (vagueWords), they name no cause, and the code, the
// stage or nothing decides (decide). Each group's rule is a vague rule of
// that group alone.
var bareGroups = []string{"messagerefused", "transactionfailed", "deferredword", "notaccepted", "mailbox"}

// vagueWords are the words, folded, that name no cause whatever their order
// ("550 Requested action not taken", "Server refused the message", "Ihre
// Mail ist leider nicht zustellbar"): a reply of nothing else has no cause
// for the rules to read, nor for a guess (decide); a code or a stage may
// still name one. The frame words of a queue id or a host ("id", "ref",
// "queue", "by", Google's "gsmtp") are among them. No word of a cause, nor
// one that leans towards one ("try", "later", "user", "host", "denied",
// "unknown", "command"), is.
var vagueWords = setOf(
	// frames
	"id", "ref", "queue", "by", "gsmtp", "smtp", "esmtp", "said", "peer", "error", "errors", "status", "reply", "response", "code",
	// sendmail's log field of a delivery's status ("dsn=4.0.0, stat=Deferred")
	"stat",
	// English
	"requested", "request", "action", "not", "no", "taken", "mail", "email", "e-mail", "message", "messages", "msg",
	"data", "server", "mailserver", "failed", "failure", "fail", "rejected", "reject", "refused", "refuse", "rejection",
	"permanent", "permanently", "delivery", "deliver", "delivered", "undeliverable", "undelivered", "accepted", "accept",
	"transaction", "operation", "deferred", "could", "can", "cannot", "be", "was", "were", "is", "are", "has", "have",
	"been", "the", "a", "an", "your", "you", "this", "that", "it", "we", "our", "to", "of", "at", "for", "with", "and",
	"sorry", "unfortunately", "sent", "t", "s", "d", "n", "l", "m", "i", "one", "or", "more", "due", "problem", "unable",
	// Postfix's bounce preamble ("I'm sorry to have to inform you that
	// your message could not be delivered to one or more recipients.
	// It's attached below."; its first line is mailSystemFrame's)
	"inform", "attached", "below",
	"occurred", "occured", "happened", "while", "during", "after", "sending", "send", "session", "test",
	// a program's frame around a server's words (PHPMailer's "Mailer
	// Error:", "An error occurred while attempting to send", "Fatal
	// error: Uncaught PHPMailer\PHPMailer\Exception:"); not "expected",
	// which names a syntax error ("attribute=value expected")
	"mailer", "attempting", "exception", "uncaught", "fatal", "phpmailer",
	// whom to ask, and where the details are
	"please", "contact", "admin", "administrator", "who", "they", "find", "more", "details", "logs", "previous", "in",
	// German, French, Spanish, Portuguese, Italian (folded: no accents)
	"ihre", "ihr", "die", "der", "das", "ist", "wurde", "leider", "nicht", "zustellbar", "zugestellt", "werden", "konnte",
	"nachricht", "abgelehnt", "fehler", "votre", "le", "la", "les", "de", "du", "ete", "pas", "pu", "etre", "rejete", "distribue", "erreur", "su", "mensaje", "ha", "sido", "rechazado", "pudo", "ser", "entregado", "mensagem",
	"foi", "rejeitada", "recusada", "nao", "pode", "entregue", "erro", "il", "messaggio", "rifiutato", "stato", "errore",
)

// setOf returns the set of words.
func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// exchangeRestrictionTerms are Exchange's words for a recipient (a group, a
// mailbox, a public folder) that takes mail from authenticated senders of
// its organisation only (RESOLVER.RST.AuthRequired and its
// SenderNotAuthenticatedFor* kin): a login asked for (authrestricted), and
// Exchange's explanation first (providerHint, Refine).
var exchangeRestrictionTerms = []string{"resolver.rst.authrequired", "resolver.rst.sendernotauthenticated", "not authenticated for group",
	"not authenticated for mailbox", "not authenticated for public folder", "not authenticated when sending to this group"}

// relayRefusalTerms refuse relaying in one phrase: they are relay phrases
// and refusal words both, so that a timeout named beside them does not
// overrule them ("last error: 550 Unable to relay … timeout").
var relayRefusalTerms = []string{"unable to relay", "cannot relay", "can not relay", "can't relay", "not relay", "won't relay",
	"will not relay", "don't relay", "no relaying", "unauthorized relay", "unauthorised relay", "rcpthost",
	"mail through this machine"} // sendmail's "No ARPA mail through this machine"

// notExistTerms say plainly that an address, a user or a domain does not
// exist. They decide alone (the group notexist, with "invalid", which says
// less), and they explain an "invalid" beside a code of address syntax
// (saidnotexist; syntaxOfAddress in classify.go).
var notExistTerms = []string{
	"bulunamadi", "mevcut degil", "neexistuje", "does not exist", "doesn't exist", "do not exist", "not exist", "no such", "not found", "unknown user",
	"dosn't exist", "does't exist", "non-existant", "nonexistant", "non existant",
	"user unknown", "nonexistent", "non-existent", "no longer an employee", "inexistant", "n'existe pas",
	"existiert nicht", "gibt es nicht", "kein solcher", "keine solche", "no existe", "inexistente", "nao existe", "non esiste", "inesistente",
	"sconosciut", "inconnu", "unbekannt", "desconocido", "desconhecid", "не существует", "нет такого",
	"неизвестн", "nie istnieje", "nie ma takiego", "nieznan", "nie jest znan", "bestaat niet", "onbekend", "存在しません", "メールアドレスが見つからない", "あて先が見つからない", "주소를 찾을 수 없음",
	"存在しない", "見つかりません", "不存在", "找不到", "未找到", "undeliverable", "not deliverable", "can't find",
	// QQ Mail's "该用户未开通QQ邮箱": the user never opened a mailbox.
	"用户未开通",
	"cannot find", "could not find", "unable to find",
}

// groups are the named lists of terms. A group is present in a reply when
// any of its terms is.
var groups = map[string][]string{
	// PHPMailer's and CodeIgniter's own messages of a login that failed
	// and of a connection not made, in their languages (phpmailer.go,
	// codeigniter.go), and PHPMailer's of a sender refused.
	"mailerauth":    joinTerms(phpMailerAuthTerms, codeIgniterAuthTerms),
	"mailerconnect": joinTerms(phpMailerConnectTerms, codeIgniterSocketTerms),
	"phpmailerfrom": phpMailerFromTerms,
	// ---- Subjects: what the reply is about ----
	"mailbox": {
		"posta kutusu", "kullanici", "alici ", "alicinin", "schranka", "uzivatel", "prijemce", // Turkish, Czech
		"mail-box", "casilla",
		"mail drop", "maildrop", "ldap", "directory", "alias", "distribution list",
		// A list's address, as a list manager names it ("Unknown list
		// name", "Mailing list does not exist").
		"list name", "list does not exist",
		"local part", "local-part",
		"mailbox", "mail box", "mbox", "inbox", "account", "user", "recipient", "receiver", "rcpt", "addressee",
		"destination address", "email address", "e-mail address", "mail address", "address",
		"destinataire", "boite", " compte", "utilisateur", // French
		"postfach", "empfanger", "benutzer", " konto", " adresse", // German
		"buzon", "bandeja", "destinatario", "usuario", " cuenta ", "direccion", // Spanish
		"caixa postal", "caixa de correio", " conta ", "endereco", // Portuguese
		"casella", " utente", "indirizzo", // Italian
		"postvak", "postbus", "gebruiker", "ontvanger", // Dutch
		"skrzynk", "odbiorca", "odbiorcy", "uzytkownik", // Polish
		"メールボックス", "宛先", "ユーザ", "アカウント", "受信者", "收件人", "用户", "邮箱", "信箱", "帐户", "账户", "帳戶", // Chinese // Japanese
		"ящик", "получател", "пользовател", "адрес", "учетн", "аккаунт", // Russian,
		"받는 사람", "수신자", "사용자", "계정", "메일함", "편지함", "메일 주소", // Korean
	},
	"sender": {
		"gonderen", "odesilatel", "mailfrom", "envelope sender", "avsandare", "avsandaren", // Swedish "avsändare"
		// Coremail's "552 mail from invalid."; a sender whose own MX refused
		// a callout's null sender ("… did not accept the empty address, <>,
		// as required by RFC 821").
		"mail from invalid", "did not accept the empty address, <>",
		"batv", "bogus mail from", "null sender", "registered gateway user",
		// sendmail's subject "Returned mail: REASON" is a frame; its reason decides.
		"returned mail not", "returned mails not",
		" sender ", "sender address", "blocked senders",
		"sender domain", "sender email", "sender account", "mail from:", "mail from <", "mail from address", "mail from\" mailbox",
		// Alibaba's "501 \"MAIL FROM\" is non-local account", as its page
		// escapes the quotes too; not a library's frame quoting the
		// command ("\"MAIL FROM\" command failed: 421 …").
		"\"mail from\" is", "\\\"mail from\\\" is", "mail from\\\" mailbox",
		"mail from domain", "mailfrom domain", "your email address", "your e-mail address",
		// Mimecast's refusal of a sender a user blocked.
		"envelope blocked - user entry", "envelope blocked – user entry",
		"in mail from", "envelope from", "invalid from", "bad from", "from field", "from line",
		"from: header", "from address", " from:", "from domain", "from header", "header from",
		"return-path", "return path", "return address", "return mx", "from this header address", "originator", "sending address", "sending domain",
		// The envelope sender's domain, as "return" names it ("the return
		// email domain is invalid", "return domain has no MX record"); not
		// mail returned, a notice sent to a return address, nor a lookup
		// that did not "return domain records".
		"return email domain", "return e-mail domain", "the return domain", "return domain has",
		"your domain is", "your domain has", "your domain name", "from your domain", "source domain", "from that domain",
		"from this domain",
		"expediteur", "emetteur", "absender", "remitente", "remetente", "mittente", "afzender", "nadawca",
		"отправител", "送信者", "差出人", "发件人", "寄件人", "发信人", "发信用户", // Chinese,
		"보내는 사람", "발신자", // Korean
	},
	"domain": {
		"host name", "domain", "mx record", "mx host", "domaine", "dominio", "domena", "домен", "ドメイン", "域名", "网域",
		"도메인", // Korean
	},
	"size": {
		"limit rozmiaru", "dung lượng thư", // Polish: "size limit" (smtp-gated); Vietnamese: "the message's size" (Zing)
		"message size", "size of", "length of attach", "length of data", "message is too", "message too", "message length", "message file",
		"attachment", "mail size", "mailsize", "email size", "body size", "size limit", "message exceeds", "message exceeded",
		"taille", "nachricht", "grosse", "tamano", "tamanho", "dimensione", "размер", "サイズ",
		"메일 크기", "메일의 크기", // Korean
	},

	// ---- Codes a provider documents in place of words ----
	// NetEase (163.com, 126.com, yeah.net) answers with a short code and
	// no words ("421 HL:REP", "554 MI:SPB"); its help page lists what each
	// means. Cox's codes (its email error codes page, as Sisimai's
	// Rhost::Cox quotes it) name a cause whatever else the reply names
	// ("550 5.1.0 <…> sender rejected … AUP#CDRBL"). The codes of one
	// kind share a group, whichever provider's.
	// The client's IP suspended, unlisted or on a blocklist, or its DNS at
	// fault (Cox's CXBL, for a while CDRBL, and CXDNS):
	// Outlook.com's fixed words for its block of the sending network
	// ("Unfortunately, messages from 192.0.2.1 weren't sent. … part of
	// their network is on our block list") are as plain, whatever frame
	// names the sender's command around them ("your network" is the
	// client's words already).
	"codeblocked": {"hl:rep", "hl:mep", "hl:ihu", "hl:ipb", "wm:bli", "dt:rbl", "aup#cdrbl", "aup#cxbl", "aup#cxdns",
		"part of their network is on our block list"},
	// Too many connections, messages or recipients, per connection, in
	// fifteen minutes or in a day (Cox's CXCNCT, CXMXRT):
	"coderate": {"hl:icc", "hl:ifc", "hl:ifq", "hl:itc", "mi:dmc", "mi:sfq", "mi:stc", "rp:drc", "rp:qrc",
		"rp:rcl", "rp:trc", "aup#cxcnct", "aup#cxmxrt",
		// Firebase Authentication's code of too many requests, in the
		// JSON of Google's APIs (whose "domain" and "reason" fields name
		// no cause).
		"too_many_attempts_try_later",
		// HTTP 429's name, as APIs write it before their words ("429
		// TooManyRequests", apiStatus).
		"toomanyrequests",
		// Microsoft Graph's limit of concurrent requests.
		"commandconcurrencylimitreached"},
	// Too many erroneous or unexpected commands, an empty HELO:
	"neteasesyntax": {"mi:cel", "mi:ccl", "rp:cel", "rp:ccl", "mi:nhd"},
	// The sender not allowed, malformed, or not the From of the message;
	// the sender's domain at fault, or not verified as legitimate (Cox's
	// CXSNDR, CXSMTP):
	"codesender": {"mi:spb", "wm:blu", "mi:imf", "dt:sum", "aup#cxsndr", "aup#cxsmtp",
		// Tencent Cloud SES's sender not verified.
		"notauthenticatedsender"},
	// The message refused by SPF or DMARC; open relaying refused:
	"neteasepolicy": {"mi:spf", "mi:dma"},
	"neteaserelay":  {"rp:frl"},

	// ---- Conditions: what is wrong with it ----
	"full": {
		// A bounce reason a sending platform logs as one word
		// ("MailboxFull"), as it logs "RecipNotFound".
		"mailboxfull",
		// Swedish: the account's storage, its limit ("Kontots lagringsutrymme är slut"; the server's storage is the server's).
		"kontots lagringsutrymme", "grans for lagringsutrymme", "stockage insuffisant dans la boite", "espace insuffisant dans la boite", "espacio insuficiente en el buzon", "espaco insuficiente na caixa",
		"cuota excedida", "cota excedida", "cuota del buzon", "cuota de almacenamiento", "cota de armazenamento", "dolu ", "plna ", "plny ", "kota ",
		"space not enough",
		"allowed size", "mailbox size exceeded", "mailbox size limit",
		"speichervolumen",
		"quota", "квота получателя", "квоту на размер", "квота на размер", "квота почтового ящика", "квоту почтового ящика", "квота ящика", "speichergrenze", "limit miejsca", "local limit", "allowed storage", "kein speicherplatz", "speicherplatz", "sem espaco", "нет места",
		"full ", "over quota", "overquota", "over its quota", "over the quota", "over the allowed quota",
		"quota exceeded", "exceeded quota", "exceeding their quota", "exceeds quota", "over disk quota",
		"disk quota", "quota violation", "out of storage", "exceeded storage", "exceeds storage",
		"storage allocation", "storage limit", "storage space", "enough space", "space has been used up",
		"no space left", "size limit exceeded", "disk space limit", "insufficient storage",
		"pleine", "plein", "voll ", "lleno", "espacio de almacenamiento", "no tiene espacio", "sin espacio", "is vol ", "zit vol ", "pelna", "pelne", "przepelnion", "zapelnion", "llena", "cheia", "cheio", "piena",
		"переполнен", "容量", "いっぱい", "一杯", "満杯", "已满", "满了", "空间不足", "容量不足", "超出配额", "超过配额",
		"메일함 용량", "편지함 용량", "메일함이 가득", "편지함이 가득", // Korean
	},
	"disabled": {
		// Swedish: inactive, deactivated ("Kontot har inaktiverats"; German's "inaktiv" is also said of a login).
		"inaktivt", "inaktiverat", "disabilitat",
		"devre disi", "zablokovan", "zakazan", "inactivity", "inactivo", "inactiva ", "inattiv", "inativ", "expirad", "not being accepted",
		"not currently being accepted", "not accepting mail", "not accepting messages", "no longer accepting",
		"zablokowan", "nieaktywn", "geblokkeerd", "gedeactiveerd", "opgeschort", "wylaczon", "zawieszon",
		"disabled", "suspended", "suspend ", "suspendu", "suspendid", "suspensa", "inactive", "not active", "deactivated", " locked",
		"frozen", "expired", "no longer active", "no longer in use", "no longer valid", "discontinued",
		"terminated", "archived", "archivee", "not activated", "has been closed", "is closed",
		"desactive", "bloque", "gesperrt", "deaktiviert", "desactivad", "deshabilitad", "bloquead",
		"desativad", "disattivat", "sospes", "bloccat", "заблокирован", "отключен", "неактив",
		"停止", "無効", "已停用", "已禁用", "已冻结", "冻结", "已锁定", "被锁定", "已注销",
		"dormant", "休眠", "no activity", "noactivity", "is now disabled", "has been disabled",
		"휴면", "정지", "비활성", // Korean
	},
	// The words of an address, user or domain not known: notExistTerms
	// (which decide alone too) and the weaker ones that need a subject.
	"unknown": joinTerms([]string{
		// Swedish: does not exist ("Kontot finns inte").
		"finns inte",
		"gecersiz", "neznam", "neplatn", "no mail-box", "unable to validate", "cannot validate",
		"cannot be verified", "no longer exist", "no exist", "not have an account", "doesn't have an account", "user doesn't have a ", "no one with", "errato", "errata", "wrong",
		"can't accept user", "not an active address", "not present", "not local", "not ok", "non existent", "badrecipientto", "missing home directory", "name directory", "rejected recipients",
		"unknown", "invalid", "not a valid", "not valid", "isn't valid", "not a member", "not in directory",
		"not present in directory", "not listed", "not known", "not recognized", "unrecognized",
		"no account", "no mailbox", "no one at this address", "no longer on server", "was not found", "not user of",
		"couldn't be found", "can't be found", "cannot be found",
		"could not be found", "unverified", "not our customer", "bad destination",
		"unroutable", "unrouteable", "has moved", "no longer accepts mail", "not a local",
		"introuvable",
		"nicht gefunden", "ungultig", "ongeldig", "nieprawidlow",
		"no encontrad", "nao encontrad",
		// "is not valid" in the languages that say it in three words.
		// An address that takes no mail by its name ("Email sent to
		// noreply address").
		"sent to noreply", "sent to a noreply", "sent to no-reply", "sent to a no-reply",
		"no es valido", "no es valida", "nao e valido", "nao e valida", "non e valido", "non e valida", "n'est pas valide", "non valido", "non valida",
		"nessun utente", "non trovat", "не найден",
		"不明", "无效", "無效",
		"존재하지 않", "찾을 수 없", // Korean
	}, notExistTerms),
	"badsender": {
		"has no ",
		"fail", "denies", "unvalidated", "forged",
		"batv", "not pre-approved", "not approved", "spammer", "bogus",
		"rejected", "denied", "not allowed", "disallowed", "not permitted", "not accepted", "refused", "not owned",
		// qmail's list of refused envelope senders.
		"badmailfrom",
		"bad sender", "bad envelope sender", "bad return path", "prohibited", "refuse", "no verifiable", "not verifiable", "restricted to", "must use this domain", "bad dns result",
		"not authorized", "not authorised", "unauthorized", "unauthorised", "invalid", "unknown", "not verified",
		"illegal ",
		"unverifiable", "unverified", "cannot be verified", "could not be verified", "verify failed",
		"verification failed", "not valid", "does not exist", "not found", "no such", "blank", "empty",
		// Alibaba's MAIL FROM that is not one of its accounts, or is one
		// without a login ("502 Mailfrom account is a local account").
		"non-local account", "is a local account",
		"missing", "unconfigured", "incorrect sender", "not in my domain", "not my domain", "not local", "not matching", "does not match",
		"doesn't match", "mismatch", "not match", "no mx", "unresolvable", "unroutable", "unrouteable",
		"is not a valid", "required", "must be", "must resolve", "must exist", "does not resolve", "not registered", "not a registered",
		"inconnu", "ungultig", "unbekannt", "abgelehnt", "rechazad",
		"no from address", "no sender address", "must include",
		// "Not valid", "not authorised" in Portuguese, Spanish, Italian and
		// French ("o remetente não está autorizado").
		"nao e valid", "no es valid", "non e valid", "n'est pas valide", "nao esta autorizad", "no esta autorizad",
		"nao autorizad", "no autorizad", "non autorizzat", "non e autorizzat", "n'est pas autorise", "nicht autorisiert", "nicht berechtigt",
		"rejeitad", "non valido", "rifiutat", "недопустим", "отклонен", "неверн", "不正",
		// Japanese: "the sender cannot be accepted"; "cannot be accepted"
		// alone follows a size, a quota or a recipient as often.
		"送信者を受け入れることができません",
		"거부", // Korean
	},
	"notfound_domain": {
		"not found", "does not exist", "doesn't exist", "unknown", "unroutable", "unrouteable", "un-routable", "un-routeable", "look up failed",
		"dosn't exist", "does't exist", "nonexistent", "non-existent",
		"unreachable", "not reachable", "no mx", "null mx", "nxdomain", "lookup fail", "could not resolve",
		"invalid", "not valid", "non valido", "no valido", "nao valido",
		"unable to resolve", "cannot resolve", "does not resolve", "no such",
		"introuvable", "inexistant", "unbekannt", "existiert nicht", "no existe", "nao existe",
		"non esiste", "не существует", "не найден", "存在しません", "不存在", "解析失败",
	},

	// A mail domain named alone is no dead domain ("domain example.org
	// mismatches client ip"); its MX named alone is.
	"domainsubject": {"mx record", "mx host", "mail exchanger"},
	// The recipient domain's MX named with a failure: the domain takes no
	// mail ("Can't find an MX server for <user@example.com>", "No usable
	// MXs").
	"recipientword": {"alici ", "alicinin", "prijemce", "recipient", "rcpt ", "addressee", "destinataire", "empfanger", "destinatario", "odbiorca",
		"ontvanger", "получател", "收件人", "受信者"},
	// A lookup of an MX host by name ("dial tcp: lookup mx.example.com")
	// is one of a recipient's domain.
	"mxword": {"mx ", "mxs", "mx server", "mx record", "mx host", "mail exchanger", "lookup mx"},
	"mxbad": {"can't find", "cannot find", "could not find", "unable to find", "no usable", "no valid", "invalid", "unable to get", "failed to get",
		"cannot resolve", "can't resolve",
		"not found", "does not exist", "unreachable", "no such"},
	// The mailbox as a store of mail, not the user or account that owns it.
	"mailboxnoun": {
		"mailbox", "mail box", "mail-box", "mbox", "inbox", "maildrop", "mail drop", "disk", "storage",
		"postfach", "boite", "buzon", "bandeja", "casella", "caixa postal", "caixa de correio", "postvak",
		"skrzynk", "ящик", "メールボックス", "邮箱", "信箱",
	},
	// A limit, and "exceeded" in any language: "exceeded" alone says
	// nothing of whose limit ("überschritten" was read as a full mailbox);
	// a limit exceeded is a rate when nothing else decides
	// ("Превышено ограничение на отправку").
	"exceeded": {
		"przekroczeni", "vượt giới hạn", // Polish and Vietnamese: "exceeding (the limits)"
		"asildi", "prekrocen", "exceeded", "exceeds", "exceeding", "exceed ", "over the limit", "over limit", "over size", "uberschritten",
		"exeeded", "exceded", "exeeds", // misspelt
		"achieved the maximum", // "the total of RCPTs is achieved the maximum threshold"
		"ueberschritten", "uberschreit", "ueberschreit", "ubersteig", "uebersteig", "erschopft", "превыш", "превыс", "depasse", "excedid", "excede ", "excederia", "superaba", "superou", "supera ", "superat", "overschreden", "przekroczon",
		"超過", "超え", "越え", "超出", "超过",
		// or reached ("you have reached the limit for sending mail")
		"reached", "hit the", "atteint", "alcanz", "erreicht", "bereikt", "osiagnieto", "raggiunt", "atingi",
		"достигнут", "達し", "达到",
		"초과", // Korean
	},
	// A limit: not "maximum" alone, which protocol errors name too ("BY
	// parameter exceeds maximum of 3600 seconds").
	"limit": {"sinir", "siniri", "limit", "threshold", "ограничени", "лимит", "limite", "grenze", "beschrankung",
		"limiet", "limitu", "制限", "上限", "限制", "限额",
		// What a server counts against a limit of its own: connections.
		"concurrent connection", "number of connections", "connection count",
		// and recipients ("554 Transaction failed: Recipient count exceeds 50").
		"number of sessions",
		// German joins words: the limits of sending are one word each.
		"sendelimit", "sendegrenze", "versandlimit", "tageslimit", "stundenlimit", "empfangerlimit"},

	// The conditions that decide alone, with no subject or code: the
	// plainest of "unknown" and "disabled" ("closed" alone says too
	// little; "invalid" alone was a recipient in the held-out sets).
	"notexist": joinTerms([]string{"invalid"}, notExistTerms),
	"disabledbare": {
		"disabled", "suspended", "deactivated", "inactive", "not active", "locked", "frozen", "expired",
		"desactive", "gesperrt", "deaktiviert", "desactivad", "desativad", "disattivat", "sospes", "zawieszon",
		"заблокирован", "отключен", "無効", "已停用", "已禁用", "冻结",
	},

	// ---- Where a bounce says the reply came from ----
	// and curl's "MAIL failed: 530", "RCPT failed: 550" (Parse reads the code).
	"inreply_mail": {"in reply to mail from command", "in reply to mail command", "mail failed:",
		// PHPMailer's debug line for a refusal of MAIL FROM (smtplib's
		// exceptions: exceptionStage). Not nodemailer's "Mail command
		// failed:", which it prints too when no code follows ("Mail command
		// failed: Connection closed").
		"mail from command failed"},
	"inreply_rcpt": {"in reply to rcpt to command", "in reply to rcpt command", "rcpt failed:",
		"rcpt to command failed",
		// nodemailer's "Can't send mail - all recipients were rejected:
		// 550 …". Unlike the frames exceptionStage reads from the reply's
		// lines, it is read from the text, which loses it when an enhanced
		// code follows (the parser keeps the words after the codes then):
		// looking for it in every line cost 1.7% of Classify for 14 of the
		// table's 4,154 replies in that frame.
		"all recipients were rejected"},
	"inreply_data": {"in reply to end of data command", "in reply to data command", "data failed:"},

	// ---- Phrases that name one cause whatever else is said ----
	"relay": joinTerms([]string{
		"relay is not enabled", "relaying is not enabled", "relay not enabled", "relaying not enabled", "relaying through", "relaying via", "my list of allowed", "of rcpt host", "rcpt hosts", "rcpt-hosts", "relay access denied", "relay access is denied", "relaying denied", "relay denied", "relaying blocked", "relay blocked",
		"relay not permitted", "relaying not permitted", "relaying is not permitted",
		// Replies the word model's guess had read as relay denials, with no
		// word of one the terms knew: Alibaba Mail's recipient that is not
		// its own, to a client that did not log in ("503 Rcptto account
		// isn't a local account"), and a qmail-style server's list of its
		// domains ("that domain is not in my domain list of allowed
		// recphosts").
		"rcptto account isn't a local account", "rcptto account is not a local account", "domain list of allowed", "allowed recphosts",
		// Google Workspace's SMTP relay service: "If you are trying to
		// relay mail from a domain that isn't registered under your
		// account, … use SMTP AUTH … or present one of your domain names
		// in the HELO" refuses to relay, whatever HELO it names.
		"trying to relay mail from a domain",
		// Microsoft 365's 4.4.62 (ATTR35): the tenant reached does not host
		// the recipient's domain.
		"wrong office 365 region",
		// Forwarding, as older servers and other languages call relaying.
		"forwarding denied", "forwarding refused", "forwarding not allowed", "forwarding not permitted",
		"forwarding prohibited", "forwarding disabled", "forwarding to remote", "weiterleitung verweigert",
		"weiterleitung nicht erlaubt", "weiterleitung nicht gestattet", "weiterleitung abgelehnt", "reenvio denegado",
		"vidarebefordran nekad", "formidling avslatt", "tillatna rcpt", "tillatte mottaksverter",
		"relay target", "external routing",
		// A sending service that delivers only to the destinations its
		// user verified (Cloudflare's Email Workers: "destination address
		// is not a verified address").
		"destination address is not a verified",
		// Mail for domains the server does not serve, and relaying that
		// asks for a login first (the relay's hints lead with it).
		"not our domain", "domain not served", "not served here",
		"domain is not served", "not served by this", "domain not handled", "domain is not handled", "not handled here",
		"domain not hosted", "domain is not hosted", "not hosted here", "no such domain here", "recipient domain not accepted",
		"recipient domain is not accepted", "recipient domain not local", "recipient domain is not local", "does not accept mail for", "do not accept mail for",
		"doesn't handle mail for", "does not handle mail for", "do not point to us", "not our mx",
		"required to relay", "authentication to relay", "authenticate to relay", "authenticate before relaying", "authentication before relaying", "log in before relaying", "login before relaying",
		"relaying requires authentication", "relay requires authentication", "relaying requires auth", "relay requires auth",
		"relay is only available to authenticated", "relaying is only available to authenticated", "relay only available to authenticated",
		// Relaying kept for some users ("550 Relaying is for authorized
		// users only").
		"relaying is for", "relaying is only for", "relay is only for",
		"recipient domain is not a local", "domain not hosted on this", "domain is not hosted on this", "domain is not hosted by this",
		"mx is not configured for", "not configured to use this mx", "non-local recipients are not", "non-local recipients not",
		"no se permite el reenvio", "relaying is forbidden", "relay is forbidden", "relaying forbidden", "relay forbidden",
		"relay not allowed", "relaying not allowed", "relaying is not allowed", "relay is not allowed",
		"relaying disallowed", "relay prohibited", "relaying prohibited", "relaying is prohibited",
		"do not relay", "does not relay",
		"permitted to relay", "allowed to relay", "authorized to relay", "authorised to relay",
		"relay not authorized", "relaying not authorized", "relay rejected", "relaying rejected",
		"mail relay denied", "relay attempt",
		"relaying to", "relay to <", "relaying mail to", "relay from", "relay through", "relay for",
		"delivery is not allowed to this address",
		"requires authentication when attempting to send to a non-local",
		"non-accepted domain", "tenantattribution", "insecure mail relay", "as a relay",
		"not a gateway", "not local host", "user not local", "specified domain is not allowed",
		// hMailServer's refusal to relay ("mailbox unavailable or is not
		// local"), Sakura's ("User unknown, not local address").
		"or is not local", "not local address",
		"not configured to relay", "don't handle mail for", "we do not handle mail for",
		"invalid credentials for relay", "for relay", "i cannot deliver mail for", "local user only", "not accepting email for", "not accepting mail for",
		"local users only", "local recipients only", "anfitrioes rcpt",
		"destination not authorized", "destination not authorised", "authorized destination", "authorised destination",
		"mail for that recipient is not accepted", "mail for this recipient is not accepted", "no account for this domain",
		"no accounts for this domain", "we do not have an account for", "we don't have an account for", "list of accepted domains",
		// Routing the sender writes into the address ("user%other@",
		// "host!user"), refused as relaying; a destination an account may
		// not send to (mox's restricted accounts).
		"sender-specified routing", "not allowed to send to destination", "not allowed to send to this destination",
		"uucp addressing", "remote domains not supported", "remote domains is not supported", "remote domains are not supported",
		"relaying not supported", "relay not supported",
		// Outgoing mail sent to the MX, not to the submission service
		// (maddy's words, at RCPT).
		"use submission for outgoing",
		"relais interdit", "relayage", "relaying nicht", "relay nicht", "nicht relay", "kein relay",
		"relay no permitido", "retransmision", "reenvio no permitido", "retransmissao",
		"relay nao permitido", "inoltro non consentito", "relay non consentito", "relay non permesso",
		"ретрансляц", "релей", "пересылка запрещена", "リレー", "中継", "不允许转发", "禁止转发", "拒绝转发", "不允许中继", "禁止中继",
	}, relayRefusalTerms),
	// Relaying named as a word, refused in other words ("host denies relay").
	// Postfix's table of the recipients it relays for: an unknown user
	// there is an unknown recipient, whatever "relay" and "rejected" say.
	"relaytable": {"in relay recipient table", "in the relay recipient table", "relay_recipient_maps"},
	// What is left of a mailbox's quota ("Message size exceeds remaining
	// quota"): a message larger than that finds the mailbox full.
	"remainingquota": {"remaining quota", "remaining storage", "remaining space"},
	// Mail not accepted for an account, in the words that refuse a domain
	// ("Not accepting mail for this account"): a mailbox that takes no
	// mail, not relaying. ("This server doesn't handle mail for that user"
	// stays a relay's refusal: it says the user is not served here.)
	"mailforaccount": {"accepting mail for this account", "accepting mail for that account", "accepting mail for the account",
		"accept mail for this account", "accept mail for that account", "accept mail for the account"},
	// An address rejected with no sender, client or other address named:
	// the recipient's ("550 #5.1.0 Address rejected" to RCPT TO).
	"addressrejected": {"address rejected", "bad recipient"},
	"otheraddress":    {"reply-to", "reply address"}, // a return address is the sender's
	// A quota of a period ("Quota exceeded for the current period"), of
	// PHP's mail() (the host's quota of sending: "mail() [function.mail]:
	// Quota mail atteint"), of policyd's Quotas module ("module=Quotas,
	// action=reject"): the sender's, unless a mailbox is named (the
	// rule's exclusions). A period is named only with its quota exceeded:
	// a user "over quota for the current period" is a mailbox's.
	"countquota":  {"count quota", "quota exceeded for the current period", "mail() [function.mail]: quota", "mail(): quota", "module=quotas"},
	"heavyusage":  {"heavy usage"},
	"decodeerror": {"error decoding", "decoding error", "cannot decode", "could not decode", "unable to decode"},
	// Base64 an AUTH exchange could not decode: its syntax, whatever
	// words of content follow ("illegal base64 data"; five collectors of
	// samples, two known misses and both readers of three replies, each
	// sure; two table rows had called it a failed login).
	"badbase64": {"not a valid base64", "invalid base64", "illegal base64", "base64-decode", "base64 decode"},
	// AOL's DYN codes ("421 DYN:T1"): the client's address deferred for its
	// reputation; beside a rate word ("(throttled)") the rate decides.
	"dynreputation": {"(dyn:t", "dyn: t"},
	// Exim's "host lookup did not complete": the recipient's domain, for
	// now (a DNS answer that did not come); delivery is deferred.
	"dnsincomplete": {"host lookup did not complete"},
	// Relaying refused "as" an address: the sender it may not send as
	// (Zoho's "553 Relaying disallowed as <address>"), and Microsoft
	// Graph's refusal to send on behalf of one.
	// Amazon SES's identities that failed its check ("MessageRejected
	// (client): Email address is not verified. The following identities
	// failed the check …"): sending as an address the account may not
	// use, whatever the SDK calls the fault.
	"relayas": {"relaying disallowed as", "relay disallowed as", "identities failed the check",
		// Microsoft Graph's ErrorSendAsDenied, whatever HTTP headers
		// ("Headers: Cache-Control: private") the program prints after it:
		// sending as an address the login may not use, as Zoho's
		// "Relaying disallowed as" says. The group's rule gives way to
		// "as" the conjunction (asconj) beside it, for this term too.
		"right to send mail on behalf"},
	// "as" the conjunction: "relaying disallowed as per policy".
	"asconj": {"as per", "as you", "as your", "as the", "as it", "as this", "as we", "as recipient", "as sender", "as no"},
	"relayword": {"relayen", "outside of your domain", "outside your domain", "forward path", "forward-path", "gecis", "doorsturen", "prenos", "relay ", "relayed", "relaying", "relais", "retransmis", "inoltro", "reencaminhamento", "リレー", "转发", "中继",
		// Mail to addresses elsewhere, refused, is relaying refused too.
		"remote address", "remote recipient", "remote domain", "remote sending", "non-local", "nonlocal", "external address",
		"external recipient", "external domain", "outside domain", "other domains",
		"릴레이", // Korean
	},
	"refusalword": joinTerms([]string{"no se permite", "no permitid", "nao permitid", "non consentit", "не разрешен", "negato", "recusad", "not acceptable", "reddedildi", "reddedil", "izin verilmedi", "odepren", "zamitnut", "odmitnut", "neni povolen", "denied", "denies", "refuse", "rejected", "verweigert", "does not allow", "doesn't allow", "nicht erlaubt", "nicht gestattet", "denegad", "rifiutat", "odmow", "拒否", "not allowed", "isn't allowed", "only allowed with", "only allowed for", "only allowed after", "not permitted", "prohibited", "disabled", "disallowed", "negad", "interdit", "verboten", "vietat", "запрещ", "geweigerd", "niet toegestaan", "odrzucon", "niedozwolon", "拒绝", "不允许", "禁止",
		"허용되지 않", "거부", // Korean
	}, relayRefusalTerms),
	"popfirst": {"logged into the pop", "log into the pop", "logged in to the pop", "pop/imap server in the last",
		"check your mail first", "check your e-mail first", "check your email first",
		"check your mail before", "check your e-mail before", "check your email before",
		"check for new mail before sending", "check mail before sending", "first check your",
		"pop/apop authorization", "apop authorization", "pop authorization",
		"must first check", "pop before smtp", "pop-before-smtp", "smtp after pop", "pop3 before smtp",
		"read your mail first", "receive your mail before", "receive your mail first", "get your mail before", "authenticate via pop", "log in with pop", "pop authentication first",
	},
	"greylist": {
		// milter-greylist's and sqlgrey's "192.0.2.1 is not yet authorized
		// to deliver mail from <…> to <…>. Please try later."
		"not yet authorized to deliver",
		"this mail is temporarily denied",                      // qpsmtpd's greylisting
		"intentional policy rejection, please try again later", // iRedAPD's greylisting
		"first-time sender", "first time sender", "greylist", "graylist", "grey-list", "gray-list", "grey list", "gray list",
		"postgrey", "liste grise", "grauliste", "graue liste", "lista gris", "lista cinza", "lista grigia", "グレーリス", "серый список", "グレイリスト", "灰名单",
	},
	"tlsrequired": joinTerms([]string{
		// Polish texts of the reply codes ("Połączenie wymaga szyfrowania.").
		"wymaga szyfrowania", "szyfrowanie jest wymagane",
		"only on tls", "only over tls", "only with tls", "only via tls", "without ssl", "without tls", "sem tls", "sin tls", "senza tls", "sans tls", "ohne tls", "without starttls", "without encryption", "unencrypted connection", "over unencrypted channel", "over an unencrypted channel", "over unsecure channel", "over an unsecure channel", "over insecure channel", "over an insecure channel", "tls fur", "tls erforderlich", "tls が必要", "tls obrigatorio", "tls requerido", "tls richiesto", "tls requis",
		"tls needed for this session", "must be run under ssl/tls",
		"must issue a starttls", "must issue starttls", "issuing a starttls", "starttls is required", "lack of security", "starttls required", "starttls first",
		"tls required", "tls is required", "requires tls", "must use tls", "encryption required",
		"non-tls", "non tls", "must be sent over an encrypted", "must be sent over a secure", "must be sent with encryption", "must be sent with an encryption",
		"must be send with encryption", "must be send with an encryption", "encrypted session required",
		"utilizzata la cifratura", "cifratura del canale",
		"encryption needed", "must use starttls", "use starttls", "ssl required", "secure connection required",
		"requires a secure connection", "connection not secured", "requiretls needed", "requiretls required",
		"secure connection is required", "tls/ssl for smtp", "use tls",
		// A mail program's own: a login that needs TLS first.
		"needs tls", "need tls", "needs starttls",
	}, evolutionEncryptionTerms, mailClientTLSRequiredTerms),
	// TLS named with "required" in any language: tls_required.
	"tlsword": {"sslhandshakeexception", "sslhandshake failed", "closed connection during handshake", "error: sslhandshake", "tlsv1 alert", "tlsv1.1 alert", "tlsv1.2 alert", "tlsv1.3 alert", "sslv3 alert", "tls alert", "ssl alert", "secure connections", "secure connection to", "secure smtp connection", "secure link", "encrypted connection", "encrypted transmission", "encrypted message transmission", "encrypted smtp", "encrypted session", "tls", "starttls", "ssl ", "sslv", "ssl_", "encryption", "dane", "crittografia", "chiffrement", "verschlusselung", "cifrado", "criptografia", "шифрован",
		"connexion chiffree", "verschlusselte verbindung", "conexion cifrada", "conexao criptografada", "connessione cifrata"},
	"requiredword": {"mandatory", "obligatoire", "obligatorisch", "verplicht", "obbligatori", "minimum version", "required", "requires", "richiest", "requis", "erforderlich", "requer", "requier", "obrigatori", "necessari", "必要", "需要", "требуется", "обязател"},
	// A URL, link or domain named inside the message.
	"urlsubject": {"url", "uri ", "link", "mime type", "file type", "attachment type", "file extension", "attached file"},
	// The client's HELO/EHLO name, named alone: a refusal about it is a block
	// of the client ("HELO is dynamic", "HELO must have a dot"); the
	// protocol errors about HELO ("send HELO first") are syntax, decided
	// before it.
	"helo": {"helo ", "ehlo ", "helohost"},
	// A Postfix log line's fields after the reply ("from=<…> to=<…>
	// proto=ESMTP helo=<…>"): the HELO named there is not the one refused.
	"logframe": {"proto=esmtp helo=", "proto=smtp helo="},
	// What makes a HELO name refused; "(EHLO)" alone only names the stage.
	"helobad": {"invalid", "rejected", "not allowed", "not accepted", "not permitted", "bad ", "must ", "should ",
		"dynamic", "forged", "spoof", "fully", "qualified", "fqdn", "does not exist", "resolve", "fails", "not found",
		"listed", "blocked", "denied", "refused", "does not match", "mismatch", "not in the same",
		"is not ", "contains", "literal", "not valid", "missing", "lookup", "can't be resolved", "cannot be resolved", "unresolvable",
		"no matching a/aaa"}, // maddy's "No matching A/AAA records found for the EHLO hostname"
	// Authentication named with "first" or "before": log in first.
	"authword": {"авторизац", "auth ", "authenticate", "authentication", "authorization first", "login", "log in", "mechanism",
		"sasl", "passwd",
		// in other languages
		"authentification", "autenticacion", "autenticacao", "autenticazione", "authentifizierung", "аутентификац", "認証"},
	// What goes wrong with a login, named apart from it ("mechanism LOGIN
	// not supported", "Remote abort the authentication").
	"authbad": {"отказ", "does not support", "did not advertise", "does not advertise", "doesn't advertise", "doesn't support", "no advertised", "not supported", "unsupported", "unimplemented", "not implemented", "not available", "not possible",
		"abort", "cancel", "fail", "incorrect", "wrong", "malformed", "fehlgeschlagen",
		"echec", "error de", "erreur d", "ошибка", "falha", "fallit", "fallid", "失敗", "失败",
		"prohibited", "not allowed", "not permitted", "must not", " null", "response limit"},
	// A password said to be wrong, in several languages ("Benutzername oder
	// Passwort falsch", "Usuario o contraseña incorrectos").
	"passwordword":   {"password", "passwort", "kennwort", "mot de passe", "contrasena", "senha", "пароль", "パスワード", "密码"},
	"attachmentword": {"attachment", "piece jointe", "anhang", "adjunto", "anexo", "allegato", "protected", "protegee", "geschutzt", "zip"},
	"passwordbad": {"not accept", "incorrect", "wrong", "falsch", "invalid", "errat", "неверн", "no valid", "non valid", "not valid", "mismatch",
		"not accepted", "rejected"},
	"firstword": {"first", "before"},
	// TLS named with a failure: the handshake or the offer failed.
	// A certificate, and what is wrong with it: not verified or trusted,
	// expired, for another name (x509's "certificate is valid for …, not
	// …").
	"certword": {"certificate", "x509", "x.509", "certificat ", "zertifikat", "certificado", "certificato",
		// A mail program's words for the server's certificate.
		"identity of the smtp", "identity of the server", "identity of the mail server", "server's identity",
		// Apple Mail's "The identity of "mail.example.com" cannot be
		// verified", which quotes the server's name.
		"identity of \""},
	"certbad": {"validity period", "nicht verifiziert", "nicht uberpruft", "not verified", "no verified", "verify failed", "verification failed", "invalid", "expired", "not trusted",
		"cannot validate", "not yet valid", "not be verified", "cannot be verified", "unexpected fingerprint",
		"untrusted", "unknown authority", "self-signed", "self signed", "does not match", "did not match", "doesn't match",
		"mismatch", "not valid", "is valid for", "revoked", "validation", "local issuer"},
	"tlsbad": {"alert unknown ca", "alert bad certificate", "alert certificate", "alert handshake", "alert decrypt", "alert access denied", "not advertised", "not met", "not supported", "not available", "unavailable", "failed", "failure", "handshake",
		"negotiation", "negociation", "negociacion", "negociacao", "negoziazione", "aushandlung", "echec", "certificate", "protocol version", "no shared cipher", "not trusted", "not possible",
		"does not support", "doesn't support", "too weak", "check failed", "unsupported", "doesn't advertise", "does not advertise", "does not offer",
		"no admite", "no soporta", "nao suporta", "nao admite", "ne supporte pas", "ne prend pas en charge", "non supporta", "nicht unterstutzt",
		"실패", // Korean
	},
	// The client: its IP address, host or connection. A refusal about it
	// is a block of the client ("554 5.7.1 Rejected because Bad IP",
	// "you are not allowed to connect"), whichever words refuse.
	"client": joinTerms([]string{
		" ip ", " ips ", "ip:", "ip address", "ip-address", "ip based", "ip-based", "your ip", "from ip", "connecting ip",
		"client ", "connection from", "connections from", "your host ", "your server ",
		"your mail server", "your mailserver", "your network", "sending mta", "denyip", "your access",
		"adresse ip", "direccion ip", "endereco ip", "indirizzo ip", "ip-adresse", "ip адрес", "ip-адрес", "adres ip", "adresu ip",
		"from that country", "from your country", "from this country", "from your region",
		// The client named as "you" when what follows is what it does or
		// what is done to it ("you have been sending spam", "you are
		// banned"), and as a range of addresses.
		"your mailer", "your mta", "your smtp server", "originating from your", "you have been sending", "you are sending spam", "you are sending too much", "you are sending unsolicited",
		"you are banned", "you are blocked", "you are blacklisted", "you have been blocked", "you have been banned",
		"you are permanently blocked", "you are temporarily blocked", "you are permanently banned", "you are temporarily banned",
		"you have been blacklisted", "from this range", "from your range", "ip range", "address range", "netblock",
		"your machine", "your computer", "this computer has", "this computer is", "your pc ",
	}, senderIPTerms),
	// An IP address literal anywhere in the text (scan in match.go finds
	// it), or an address given as a link's query ("sbl.phtml?IP=…",
	// the lookup page of a client's address): the client named by its
	// address, the weakest way of naming it, so its rules give way to any
	// other subject.
	"ipaddress": {"ip="},
	// Spam named as what the client sends ("Too much spam from this IP",
	// "Comcast block for spam"), with the client's address.
	"spamsource": {"spam", "anti-spam", "antispam", "unsolicited", "来路不明", "來路不明", "垃圾郵件"},
	// The message itself named: spam words are then about its content.
	"messageword": {"message blocked", "this message", "the message", "your message", "message is", "message was", "message has",
		"message content", "message body", "message from", "attachment", "content", "links", "link ", "header"},
	"clientbad": {
		"屏蔽", "engellendi", "bad ", "poor ", "not allowed", "not permitted", "not accepted", "not welcome", "denied", "refused",
		"no access", "invalid ", "filtered", "does not resolve", "not resolve", "forged",
		// "we do not accept connections from your IP"; what the client
		// itself does not accept ("your server does not accept bounces")
		// is not a refusal of it.
		"not accept connections", "don't accept connections", "doesn't accept connections", "won't accept connections",
		"not accept mail from", "don't accept mail from", "doesn't accept mail from", "won't accept mail from",
		"not accept email from", "don't accept email from", "not accept messages from", "don't accept messages from",
		"rejected", "reject ", "blocked", "banned", "listed", "abuse", "spam", "suspicious ", "forbidden",
		"bloque", "gesperrt", "abgelehnt", "bloquead", "rechazad", "rifiutat", "bloccat", "заблокирован",
		// Polish ("Twój adres IP … jest zablokowany"), and the slang of a
		// client's IP held back ("550 ip in prison"): the guess read them,
		// and it reads less since it needs three quarters of the weight.
		"zablokowan", "in prison",
	},
	"tlsfailed": joinTerms([]string{
		// Russian: "TLS protection connection error", "encryption
		// initialisation error" (Bitrix's mail module).
		"ошибка подключения tls", "ошибка инициализации шифрования",
		// Outlook's IXP_E_INVALID_CERT_CN, _INVALID_CERT_DATE,
		// _SECURE_CONNECT_FAILED and _SMTP_454_STARTTLS_FAILED.
		"0x800ccc01", "0x800ccc02", "0x800ccc1a", "0x800ccc7f",
		// Windows' ERROR_INTERNET_INVALID_CA, and iOS Mail's connection it
		// could not make safely.
		"0x80072f0d", "80072f0d", "cannot safely connect to server",
		// A server that did not answer STARTTLS as the protocol asks
		// ("The remote server did not properly respond to the STARTTLS
		// command"): the TLS step, not a timeout. The word model alone
		// went back and forth on it with each retraining.
		"respond to the starttls command",
		// A certificate the server was set up with wrongly (not the server's own trouble).
		"misconfigured server certificate",
		// Windows' security package (Schannel, through SSPI), as .NET
		// ("A call to SSPI failed, see inner exception. --->
		// System.ComponentModel.Win32Exception (0x80090326): The message
		// received was unexpected or badly formatted.") and curl's
		// schannel backend ("SEC_E_INCOMPLETE_MESSAGE (0x80090318) - The
		// supplied message is incomplete.") print it: its words (not
		// "The signature was not verified.", which follows that one and is
		// a DKIM signature's too), its
		// SEC_E_ names and their HRESULTs, which are the same in every
		// language Windows speaks. Not SEC_E_LOGON_DENIED or
		// SEC_E_NO_CREDENTIALS, which a login through SSPI (NTLM) meets.
		"call to sspi failed", "unexpected or badly formatted", "token supplied to the function is invalid", "supplied message is incomplete", "do not possess a common algorithm", "error occurred while processing the certificate",
		"sec_e_illegal_message", "sec_e_invalid_token", "sec_e_incomplete_message", "sec_e_wrong_principal", "sec_e_untrusted_root", "sec_e_cert_expired", "sec_e_cert_unknown", "sec_e_algorithm_mismatch", "sec_e_decrypt_failure",
		"0x80090326", "0x80090308", "0x80090318", "0x80090322", "0x80090325", "0x80090327", "0x80090328", "0x80090330", "0x80090331",
		// A TLS alert the peer sent (rustls's "received fatal alert:
		// ProtocolVersion", Java's "Received fatal alert:
		// handshake_failure"), whatever connection error frames it.
		"received fatal alert",
		// TLS's records where SMTP's words were expected, of TLS 1.0 to
		// 1.3 (the record layer's version 0x0301 to 0x0303): a server's
		// alert (0x15 0x03) to a client that spoke plain text to its TLS
		// port, raw (PHPMailer's "EHLO command failed: " and the bytes),
		// as a terminal shows control characters (^U^C^A) or escaped
		// (Python's b'\x15\x03\x01…'); and a client's handshake (0x16
		// 0x03) on a plain port, as a server prints it, raw or escaped,
		// or logs it in octal (Exim's and sshd's "\026\003\001").
		"\x15\x03\x01", "\x15\x03\x02", "\x15\x03\x03", "\x16\x03\x01", "\x16\x03\x02", "\x16\x03\x03",
		"^u^c^a", "^u^c^b", "^u^c^c", `\x15\x03\x0`, `\x16\x03\x0`, `\026\003\00`,
		"the handshake failed", // .NET's SslStream: "The handshake failed due to an unexpected packet format"
		// .NET's certificate chain it could not trust ("Could not
		// establish trust relationship for the SSL/TLS secure channel"),
		// in English, German, French, Spanish, Italian, Portuguese and
		// Chinese, whatever closed the connection after it.
		"trust relationship for the ssl", "vertrauensstellung fur den sicheren ssl", "relation de confiance pour le canal securise", "relacion de confianza para el canal seguro",
		"relazione di trust per il canale sicuro", "relacao de confianca para o canal seguro", "安全通道建立信任关系",
		// rustls's record layer ("InvalidData: received corrupt message of
		// type InvalidContentType", "TlsConnectionTruncated"), whatever
		// frame of a connection error a program puts around it ("Connection
		// error: received corrupt message …"); libetpan's "SSL-connect
		// failed"; a handshake that broke off ("Error during handshake:
		// failed to read data").
		"received corrupt message", "tlsconnectiontruncated", "ssl-connect failed", "error during handshake",
		"handshakefailed", // Haskell's tls: "HandshakeFailed Error_EOF"
		// Apple Mail's certificate it could not trust ("Mail can't verify
		// the identity of the server").
		"verify the identity of the server",
		// PHP's stream layer, whether connecting (stream_socket_client)
		// or upgrading (stream_socket_enable_crypto).
		"ssl operation failed",
		// Swift Mailer's STARTTLS that failed.
		"connect with tls encryption",
		// Java's and MailKit's exceptions for a handshake that failed,
		// whatever connection they then could not make.
		"sslhandshakeexception", "error initiating tls",
		// Apple's Secure Transport, as programs on it print the function
		// that failed ("ERROR: SSLHandshake, code: -36, reason:
		// errSecIO"; CFNetwork's "SSLHandshake failed (-9800)" is
		// tlsword's with a failure); not the start of a longer name
		// (Netty's "SslHandshakeTimeoutException: handshake timed out" is
		// a timeout).
		"error: sslhandshake",
		// Go's crypto/x509 errors: a certificate the client would not take
		// (a key a program could not load is its settings', settingsmissing,
		// first).
		"x509:",
		// mbed TLS's words, as the devices that use it print them ("X509 -
		// Allocation of memory failed", "X509 - Certificate verification
		// failed").
		"x509 - ",
		// Postfix's client, when the server it asked for TLS offered none,
		// and other clients' words for it.
		"tls is required, but was not offered",
		"starttls is required but not offered", "tls is required but not offered", "starttls was required but the server", "tls was required but the server",
		// DANE's TLSA records, not found or not matching the certificate
		// (not a lookup of the domain that failed before them).
		"no matching tlsa", "no tlsa records found", "tlsa lookup error",
		"tls required but not supported", "tls not available", "tls is not available", "tls negotiation failed", "tls handshake failed",
		// Exchange's answer to a STARTTLS it cannot start (no certificate
		// it can use).
		"initialize security subsystem",
		"tls configuration problem",

		// Mail programs' words: STARTTLS refused, curl's SSL connect error.
		"starttls denied", "refused starttls", "tls protocol error",
		// A certificate missing where one was expected.
		"certificate error", "no certificate received", "did not provide certificate", "did not provide a certificate", "ssl connect error", "error starting starttls",
		"mta-sts",
		// TLS libraries' words for a handshake that failed: Ruby's
		// OpenSSL, Node's socket closed before the handshake ended,
		// OpenSSL's TLS spoken to a port that speaks plain SMTP.
		"failed to enable crypto", "ssl_accept error", "switch to encrypted layer", "did not offer tls", "server did not offer starttls", "untrustedroot", "ssl_connect returned", "ssl_connect syscall", "before secure tls connection", "wrong version number", "wrong_version_number",
		// Postfix's server log of a client that hung up in its handshake;
		// Python's SSLEOFError, a handshake the other side broke off, even
		// where smtplib then calls the connection closed
		// ("SMTPServerDisconnected: Connection unexpectedly closed: [SSL:
		// UNEXPECTED_EOF_WHILE_READING] EOF occurred in violation of
		// protocol (_ssl.c:1006)"), as both readers of Z334 read it.
		"lost connection after starttls", "eof occurred in violation of protocol",
		// A STARTTLS the server did not take ("SMTP server did not accept
		// STARTTLS with error: 500 Error: command not recognized").
		"did not accept starttls"}, msmtpTLSTerms, mailClientTLSTerms, thunderbirdStartTLSTerms, evolutionStartTLSFailedTerms, evolutionStartTLSNotSupportedTerms, glibNetworkingTLSTerms, gnutlsTLSTerms),
	"virus": {
		"znaleziono wirus", // Polish: "virus found" (smtp-gated)
		"virus",
		// Russian in phrases: "вирус" alone would also be read in a
		// Cyrillic domain name ("info@вирус-нет.рф"), which the check of
		// addresses (ASCII's: inAddress) does not take for one.
		"обнаружила вирус", "обнаружен вирус", "содержит вирус", "вирус обнаружен", "заражен", "malware", "infected", "trojan", "worm found", "macros", "iframe vulnerability", "iframe exploit"},
	// A scan that could not run ("Unable to scan for viruses"): the
	// server's trouble, unless what could not be scanned is named as
	// refused (scanrefused; a password-protected attachment, a size over
	// a limit).
	"cannotscan": {"unable to scan", "could not scan", "cannot scan", "can't scan", "failed to scan"},
	// What makes a scan that could not run a refusal of the message: a
	// virus found, a message refused, what could not be scanned named as
	// encrypted or corrupt.
	"scanrefused": {"virus found", "virus detected", "infected", "message rejected", "rejected by policy", "encrypted", "corrupt"},
	// The server's own scanner failing: its trouble, not the message's.
	"scannerfail": {
		"awaria skanera", // Polish: "scanner failure" (smtp-gated)
		"scanner error", "scanner timed out", "scanner timeout", "scanner unavailable", "scanner failure",
		"scanner failed", "scanners failed", "no virus scanner", "сканер недоступен", "ошибка проверки на вирус", "running virus scanner", "connecting to virus scanner", "virus scan failed", "virus scanning failed",
		"antivirus error", "anti-virus error", "antivirus timeout", "content filter timeout", "content filter error",
		"scanner malfunction", "running virus-scanner", "filters temporarily unavailable", "filter temporarily unavailable",
		"filters unavailable", "filter unavailable", "filter is unavailable", "filters are unavailable",
		"spamd scan", "spamd connect", "spam scan failed", "spam scan error", "scan timeout", "scan timed out"},
	// A client certificate asked for is a login by certificate.
	"authneeded": joinTerms([]string{
		// Polish: "the connection requires logging in".
		"wymaga zalogowania",
		"wysylka bez autoryzacji", // Polish: "sending without authorisation" (smtp-gated)
		"not logged in", "client certificate required",
		// A service asking for its key in the request, absent ("Missing API
		// key in the authorization header."); not any sentence of the
		// header, whose key may be refused or limited.
		"missing api key in the", "no api key in the", "api key not found in the", "missing authorization header", "authorization header is missing", "no authorization header",
		// A mail program asking for the credentials it was not given.
		"need username and password", "assign a smtp username", "username and password required", "username and password are required",
		"must log in", "must login", "log in to send", "need to log in", "authentication required", "authentication is required", "auth required", "auth is required",
		"must authenticate", "must authentication", "should authenticate", "should log in", "authentication needed", "not authenticated", "please authenticate",
		"must be authenticated", "requires authentication", "require authentication",
		// Schneider's "16#5108 SMTP MAIL request unsuccessful — SMTP server
		// may require authentication": a term after "may " is hedged
		// (hedged), so the hedge is part of these, which are no twins of
		// the one before.
		"may require authentication", "might require authentication",
		"required to authenticate",
		"authenticate first", "login required", "log in first", "must issue auth", "issue an auth",
		"auth first", "unauthenticated senders not allowed", "unauthenticated sending",
		// Exchange's receive connector to a client that has not logged in
		// ("454 5.7.3 Client does not have permission to submit mail to
		// this server"), and submission kept for users who have.
		"permission to submit mail to this server", "permissions to submit mail to this server", "permission to submit to this server", "permissions to submit to this server",
		"submission is for authorised users", "submission is for authorized users",

		"you don't authenticate", "authentication turned on", "turn on smtp authentication",
		"smtp authentication is required", "authentification requise", "authentifizierung erforderlich",
		"se requiere autenticacion", "autenticacao necessaria", "autenticazione richiesta", "autenticacion requerida", "autenticacao requerida",
		"necessita de autenticacao", "necessita autenticacao", "requer autenticacao", "exige autenticacao", "requiere autenticacion",
		"necesita autenticacion", "richiede l'autenticazione", "richiede autenticazione", "erfordert authentifizierung",
		"necessite une authentification", "exige une authentification",
		"требуется авторизация", "требуется аутентификация", "認証が必要", "需要认证", "需要身份验证", "请先认证", "请先登录", "需要验证",
		"인증이 필요", // Korean
	}, evolutionAuthRequiredTerms, mailClientAuthRequiredTerms, codeIgniterAuthNeededTerms),
	// "Authorization required" asks for a login unless what needs the
	// authorization is a message, a sender, a recipient or a mailbox
	// ("authorization required to post to this list").
	"authorizationrequired": {"authorization required", "authorisation required"},
	"posting":               {"to post", "post to", "posting to"},
	"authtemp": joinTerms([]string{
		"unable to authenticate at present", "cannot authenticate due to", "temporary authentication failure",
		"authentication temporarily", "auth temporarily", "temporarily unable to authenticate",
		// qmail-smtpd's checkpassword program that would not start or
		// crashed.
		"start authentication process", "authentication process crashed",
	}, evolutionAuthTempTerms),
	// NetEase's "550 User has no permission": SMTP is not enabled for the
	// account that logged in (its help page); not when the reply goes on to
	// say what is not permitted ("user has no permission to relay", "to
	// send as …") or names another cause (permissionto, and the rule's
	// exceptions).
	"nopermission": {"user has no permission"},
	"permissionto": {"permission to "},
	"authfailed": joinTerms([]string{
		// The exception a login raised (Ruby's and Python's
		// SMTPAuthenticationError), whatever a program's words around it.
		"smtpauthenticationerror",
		// CDO's CDO_E_LOGON_FAILURE (with "0x", and without, as Classic ASP
		// and VBA print it: "error '80040217'"); a password the account
		// must change before it may send again.
		"0x80040217", "80040217 ", "change your password before", "change your password in webmail",
		// A program's own words for a login it could not make.
		"enter correct credentials",
		// An OAuth2 grant or refresh token refused (RFC 6749's
		// invalid_grant: "The provided authorization grant … is invalid,
		// expired, revoked"), which logs in no more.
		"invalid_grant", "provided authorization grant", "token has been expired or revoked", "refresh token is invalid",
		// The same in words ("Failed to list filters: invalid grant"),
		// RFC 6749's unauthorized_client, and Google's refusals of an app:
		// a scope too narrow, an app it has not verified ("has not
		// completed the Google verification process").
		"invalid grant", "unauthorized_client", "access_token_scope_insufficient", "not completed the google verification process",
		// A program's or device's OAuth authorization that expired
		// (QNAP's "Authorization has expired. Reauthorize the account.").
		"authorization has expired", "authorisation has expired", "authorization expired", "authorisation expired",
		// Polish: "wrong login data".
		"niewlasciwe dane logowania",
		"сбой аутентификации", // Russian: "authentication failure"
		"auth type invalid", "username not accepted", "usable authentication method", "authentication not accepted from server", "auth not accepted from server", "login not accepted from server", "authentication denied", "auth denied", "authentication rejected", "authentication was rejected", "auth rejected", "authentication refused", "login refused",
		// Exchange's "The remote SMTP service rejected AUTH negotiation".
		"rejected auth negotiation",
		"invalid api key", "api key is invalid", "invalid api token",
		// A sending service's other keys ("Invalid appKey.", "Invalid
		// secretKey.").
		"invalid appkey", "invalid app key", "invalid secretkey", "invalid secret key", "invalid access key",
		// AWS refusing a request's credentials: a signature that does not
		// match ("The request signature we calculated does not match the
		// signature you provided. Check your AWS Secret Access Key and
		// signing method", or its code alone, SignatureDoesNotMatch), an
		// access key it does not know ("The AWS Access Key Id you provided
		// does not exist in our records").
		"request signature we calculated", "signaturedoesnotmatch", "access key id you provided",
		// and a security token it does not know or that expired
		// (InvalidClientTokenId, UnrecognizedClientException,
		// ExpiredTokenException: "The security token included in the
		// request is invalid", "… is expired").
		"security token included in the request is",
		// A sending service's API refusing its key, in HTTP's words ("401
		// Unauthorized.", "Mailgun API response 401 (UNAUTHORIZED)", "{
		// status: 401, details: 'Forbidden' }", Mailjet's
		// MailjetUnauthorizedException, a JSON error coded
		// "unauthorized"), and a login a program could not make.
		"401 unauthorized", "401) unauthorized", "response 401", "status: 401", "mailjetunauthorizedexception", `"code":"unauthorized"`, `"code": "unauthorized"`, "code: 'unauthorized'", "incorrect api key", "api key may be expired",
		"unable to authenticate to smtp", "unable to authenticate to the smtp",
		"kimlik dogrulama basarisiz", "overeni selhalo", "auth failed",
		// Mail programs' words: no mechanism both sides know, a logon
		// that failed (Outlook's SICILY_LOGON_FAILED, and its error
		// numbers for that and for IXP_E_INVALID_ACCOUNT).
		"0x800ccc18", "0x800ccc16",
		"no authenticators", "logon attempt failed", "not allow plaintext password",
		"impossible de s'authentifier",
		// Applications' own: a user name the server did not accept, a
		// DIGEST-MD5 or CRAM-MD5 challenge that could not be read.
		"did not accept the username", "did not accept the user name", "did not accept login name", "invalid digest challenge", "invalid challenge",
		// A server's refusal of the user name a login gave, with a syntax
		// code ("501 Username used for auth is not valid email address").
		"username used for auth is not valid",
		// Mail apps' own: a sign-in that failed, the session's credentials
		// refused, "check your username and password", Gmail's web login.
		"sign-in fail", "sign in fail",
		"authenticate with the current session", "check your username and password",
		// IMAP's response code of a login refused (RFC 5530), which also
		// starts Java's AuthenticationFailedException.
		"authenticationfailed",
		// Mailbox providers' APIs refusing a grant: Microsoft Graph's
		// ("ErrorAccessDenied: Access is denied. Check credentials and try
		// again."), Google's (its message "Insufficient Permission",
		// quoted; "Request had insufficient authentication scopes").
		"erroraccessdenied", "access is denied. check credentials", `"insufficient permission"`, "insufficientpermissions", "insufficient authentication scopes",
		// No secure mechanism both sides know; Exchange's login that
		// succeeded on a connection it no longer holds.
		"cannot use a secure authentication method", "authenticated but not connected",
		// Credentials a product asks to be checked ("make sure that the
		// credentials specified in the mailbox are correct").
		"credentials specified in",
		"check your user name and password", "web login required",
		"authentication failed", "authentication failure", "authentication unsuccessful",
		"incorrect authentication", "authentication credentials invalid", "credentials were incorrect",
		"invalid credentials", "credentials no longer valid", "credentials are no longer valid",
		// Credentials a program says are not valid ("SMTP credentials are
		// not valid").
		"credentials are not valid", "credentials not valid", "credentials are invalid",
		// A connected mailbox's stored login that expired ("the account's
		// credentials are out of date. Please reauthenticate").
		"credentials are out of date", "please reauthenticate", "please re-authenticate",
		"credentials have expired", "username and password not accepted", "password incorrect",
		"incorrect password", "invalid password", "wrong password", "bad username or password", "bad password", "bad login",
		"invalid login", "login failed", "login denied",
		"invalid user or password", "invalid username or password",
		"فشل تسجيل الدخول", // Arabic: "login failed"
		"mechanism is too weak", "mechanism too weak", "application-specific password", "app password", "application password",
		"log in via your web browser", "log in with your web browser", "log in through your web browser",
		// The link Gmail's 534 5.7.14 gives to sign in on the web, where a
		// client prints only its continuation line ("-5.7.14
		// <https://accounts.google.com/signin/continue?…").
		"accounts.google.com/signin/continue",
		"please log in via", "too many authentication",
		// (Not "too many login attempts", Gmail's 454 4.7.0: logins tried
		// too often are a rate, sendvolume's "too many"; six collectors
		// and two readers of samples called it so, three table rows a
		// failed login.)
		"too many failed log", "too many failed auth", "authentication attempt",
		"basic authentication is disabled", "smtpclientauthentication is disabled", "smtp auth is disabled",
		"authentication is disabled", "authentication not enabled", "auth not enabled", "authentication mechanism",
		"механизм авторизации", // Russian: "authentication mechanism" (Bitrix's "Сервер не поддерживает необходимый механизм авторизации")
		"unrecognized authentication type", "unrecognised authentication type", "authentication aborted", "authentication cancelled", "authentication canceled",
		"password transition", "can't auth", "cannot auth", "bad auth", "auth attempts", "auth error", "authentication error",
		"authentication type not supported", "authentication mechanism not supported", "unsupported authentication",
		// Cyrus SASL's SASL_NOMECH: no mechanism both sides (and the
		// client's plugins) can use; and a server that takes no login in
		// either spelling ("This server does not support authorisation",
		// vBulletin's).
		"no worthy mechs", "support authorisation", "support authorization",
		"authentication not allowed", "code d'authentification invalide", "identifiants invalides",
		"authentifizierung fehlgeschlagen", "fehler bei der authentifizierung", "bei der authentifizierung ist ein fehler", "falha na autenticacao", "autenticacao falhou", "autenticacion fallida", "autenticacion fallo",
		"echec de l'authentification", "authentification a echoue", "authentification echouee",
		"autenticazione fallita", "autenticazione non riuscita", "ошибка авторизации", "неверный пароль", "неправильный пароль", "認証に失敗", "认证失败", "验证失败", "身份验证失败", "登录失败", "密码错误",
		"인증에 실패", "인증 실패", "비밀번호가 올바르지 않", "비밀번호가 틀", // Korean
		"sikertelen autentikacio", "autentikacio sikertelen", "sikertelen hitelesites", "sikertelen azonositas", // Hungarian
		// A log-on that failed (CDO's "The transport was unable to log on
		// to the server."), JavaMail's exception for a login refused,
		// named without the reply, Exchange's handoff refused for an
		// "Authentication issue", and RFC 4954's reply to an exchange the
		// client cancelled ("501 5.7.0 Client initiated Authentication
		// Exchange").
		"unable to log on to the server", "could not log on to the server", "failed to log on to the server",
		"authentication issue", "client initiated authentication exchange",
	}, evolutionAuthFailedTerms, msmtpAuthTerms, thunderbirdAuthTerms, roundcubeAuthTerms, mailClientAuthTerms, apiKeyRefused),
	"loop": {
		"loop ", "loops ", "looping", "loop was found", "loop detected", "possible loop", "too many received", "message depth", "in a loop", "too many hops", "hop count", "routing loop", "mail loop", "loop count", "forwarding loop", "recursive forward", "hop limit", "message is looping", "exceeded 50 hops"},
	"policy_early": {
		// A message that breaks RFC 2822's format ("X-Warn: message does
		// not conform to RFC2822 standard"), and spamdyke's refusal of a
		// message from an address to itself.
		"message does not conform to rfc", "identical sender and recipient",
		// An encryption gateway's refusal of a message sent unencrypted
		// ("523 Encryption Needed: Invalid Unencrypted Mail", after DATA):
		// the message's, not a session's TLS.
		"invalid unencrypted mail",
		"spf驗證", "spf验证", "openspf.org/why.html", "not using a server that is authorized to send", // SPF: QQ's "SPF verification", the old SPF project's page of why (openspf.org/why.html), an explanation of SPF (not of a server for the domain to relay through)
		"mailpolicy violation",               // Zoho
		"openspf.org/why", "openspf.net/why", // the SPF project's page on why a sender failed
		"discourages use of this host",      // policyd-spf's words for a host SPF does not vouch for
		"bad header:", "bad header section", // amavis's BAD-HEADER: the message's header
		// A Date header the filter would not take (rspamd's DATE_IN_FUTURE
		// and DATE_IN_PAST as configurations word them).
		"has a date in the future", "email has a date from the past", "email has a date in the past", "message has a date from the past",
		"message has a date in the past", "date header in the future", "date header in the past",
		"missing sender header field", // a message's Sender: header
		// Gmail's refusals of a From: header of several addresses and of a
		// message without a valid Message-ID: header.
		"multiple addresses in from", "multiple addresses in the from",
		"valid message-id", "message-id: header",
		"domainkeys", "cannot mail directly to", "for mailing to programs", "sender id check", "senderid check", "sender id validation", "sender id fail", "sender id (pra)",
		"resolver.rst.notauthorized", "resolver.rst.dl", "delivery restriction", "not allowed to send mail from",
		"sender was not authenticated", "access denied, sending domain", "spf ", "spf-", "dkim", "dmarc", "sender policy framework", "authentication checks",
		"fails to pass authentication", "does not have authentication information", "lacks authentication information",
		"has no authentication information", "senders to authenticate", "required authentication", "authentication level", "sender is unauthenticated",
		"not rfc 5322", "rfc 5322 compliant",
	},
	// Mail refused as unauthenticated: the message's (policy), unless the
	// reply names the client it comes from.
	"unauthmail": {"unauthenticated email", "unauthenticated mail", "unauthenticated e-mail",
		// A forwarding service (Cloudflare's Email Routing) of mail without
		// SPF or DKIM: not mail a client must log in to send.
		"forward emails that are not authenticated", "forward email that is not authenticated", "forward messages that are not authenticated",
		"forward mail that is not authenticated"},
	"contentlisted": {
		"spam pattern", "spam content",
		// Amazon SES's suppression list: the recipient address, refused by
		// the provider's policy, not the client on a blocklist.
		"message rejected: address blacklisted", "suppression list",
		// Links counted in the message are its content, not a rate (a
		// mailbox file's "too many links" is the server's trouble).
		"contains too many links", "too many links in", "too many links to", "rejected: too many links",
		"uribl", "surbl", "url in message", "url in the message", "urls in the message", "link in the message",
		"links in the message", "domain in the message", "domain present in the spamhaus dbl", "url domain",
		"blacklisted url", "blocklisted url", "listed url", "contains a url", "contains a link", "url within",
		"uri blocklist", "uri blacklist", "body contains a domain",
		// What the message, its body or subject contains (not a client's
		// host name, HELO or network, nor a sender's address, that
		// "contains blacklisted" patterns, words or hosts).
		"message contains blacklisted", "body contains blacklisted", "subject contains blacklisted", "subject line contains blacklisted",
		"message contains blocklisted", "body contains blocklisted", "subject contains blocklisted", "subject line contains blocklisted",
		"contains blacklisted regex", "contains blocklisted regex",
	},
	// Posting to a list restricted to its members, in several languages,
	// and a list that refuses this poster (below): the same kind at the
	// same place in the rules, one group, as the gset holds 256 (maxGroups).
	"membersonly": {
		"only subscribers", "subscribers only", "only members", "members only", "only list members",
		"not a member of the list", "not from a list member", "non-member", "nonmember", "non-subscriber",
		// A site or group that takes mail from its members only, to the
		// sender ("you are not a member of the site, or you are a member
		// but don't have the permission to send email to the site").
		"you are not a member",
		// A poster the list does not take, named as one ("because you are
		// not a list subscriber", "You are forbidden from posting messages
		// to this list", "あなたは…メーリングリストのメンバーではありません").
		"you are not a list subscriber", "forbidden from posting", "メーリングリストのメンバーではありません",
		"abonnes peuvent", "reservee aux abonnes", "reserve aux abonnes", "auf abonnenten beschrankt", "restricted to members", "restricted to subscribers", "restricted to list members", "nur abonnenten", "nur nachrichten von abonnenten", "somente assinantes",
		// Posting reserved to the list's moderators (Sympa's refusal of a
		// post, in French and English); not a command or an action
		// reserved to them ("La commande MODINDEX est réservée aux
		// modérateurs", "This action is restricted to moderators"), which
		// refuses the request.
		"diffusion de message est reservee aux moderateurs", "diffusion de messages est reservee aux moderateurs",
		"distribution for this list is restricted to list moderators",
		"endast prenumeranter", "alleen leden", "tylko prenumeratorzy", "solo gli iscritti", "solo los suscriptores",
		"pouze prihlasen", "kun tilmeldte ma poste", "hanya pelanggan boleh mengirim", "csak listatagok kuldhetnek",
		"только ее подписчикам", "только подписчикам", "仅限邮件列表订阅者", "リストの読者だけ",
		// A list told to refuse this poster (ezmlm's deny list, in its
		// languages), or a poster a list does not let post ("You are not
		// allowed to post to this mailing list"; not a list that holds a
		// post for its moderator): the sender is refused too.
		"not allowed to post", "not permitted to post", "not authorized to post", "not authorised to post",
		"told to reject your", "pour rejeter vos messages", "ihre nachrichten nicht anzunehmen",
		"tillater inte dina meddelanden", "odmitnout prispevky od vas", "odrzucac twoje listy",
		"uw berichten te weigeren", "at afvise post fra dig", "program ini menolak posting anda", "utasitsam el a leveleidet",
		// A poster whose address has no host name, or a bounce.
		"sender ohne host-namen", "mittenti senza nome host", "zenders zonder host name", "senders without host names",
		"pengirim tanpa host names", "reagiere nicht auf bounce", "non rispondo ai messaggi di errore", "tidak me-reply ke email bounce",
	},
	// A list that takes no message of a MIME type, or none so short: the
	// list's policy, whatever the size code says (ezmlm's "#5.2.3").
	// A mailing list named, and its posts restricted or refused, in any
	// language (Mailman's notices in its translations): policy. So is a
	// moderator's refusal.
	"mlist": {
		"mailing list", "mailing-list", "mailinglist", "mailingliste", "liste de diffusion", "lista de correo",
		"lista de distribucion", "lista di distribuzione", "список рассылки", "メーリングリスト", "邮件列表", "郵件列表",
		// Posting to a list, as the translations of list managers say it.
		"to this list ", "to the list ", "auf dieser liste zu", "an diese liste zu", "diese liste ", "sur cette liste ",
		"a cette liste ", "cette liste est", "a esta lista ", "en esta lista ", "esta lista es", "a questa lista ",
		"su questa lista ",
	},
	"listrefused": {
		"restricted", "not allowed", "not permitted", "not approved", "refused", "rejected", "forbidden", "prohibited",
		"nicht gestattet", "nicht erlaubt", "keine nachrichten", "einschrankung", "nicht zugelassen", "nicht zur veroffentlichung",
		"interdit", "pas autorise", "non autorise", "restreinte", "pas ete approuve",
		"prohibido", "no esta permitido", "no se les permite", "restringida", "no se aprobo",
		"vietat", "non consentit", "non e permesso",
		"запрещ", "разрешена только", "ограниченному кругу",
		"制限", "承認されません", "受け付けていません", "禁止", "拒绝",
	},
	"moderator": {"moderator", "moderador", "moderateur", "moderatore", "модератор", "モデレータ", "管理者が承認"},
	"listcontent": {
		"mime content-type", "mime-inhaltstyp", "unzulassigen inhaltstyp",
		// A list that takes no multipart messages (Sympa's, in its languages).
		"multipart messages", "mehrteiligen nachrichten", "mehrteilige nachrichten", "mensagens multipart", "messages multipart", "mensajes multipart", "messaggi multipart", "multipart-nachrichten", "многокомпонентные сообщения", "マルチパートのメッセージ", "マルチパートメッセージ", "messages en plusieurs parties",
		"messages shorter than", "messaggi piu corti di", "die kleiner sind, als", "pesan yang lebih kecil dari",
	},
	// An open relay refused ("Open relay not permitted") is relaying
	// refused; a client said to be one is blocked (openrelay).
	"notopenrelay": {
		"not an open relay", "isn't an open relay", "not act as an open relay", "open relay not permitted", "open relay not allowed", "open relay is not allowed", "open relay is not permitted", "open relaying not permitted",
		"open relaying not allowed", "open relay denied", "open relaying denied", "open relay prohibited", "open relaying prohibited"},
	"bypass": {
		// A client on a consumer line, which sends through its
		// provider's relay, in Exim ACLs' words ("Helo is ADSL or DIAL").
		"is adsl or dial",
		"mail through your isp", "use your smtp relay", "bypassing", "bypass the", "circumvent", "relay through your isp", "relay via your isp",
		"relay via your provider", "relay through your provider", "your provider's smarthost", "your isp's smarthost",
		// Hotmail's DY-001: it "does not relay dynamically-assigned IP
		// ranges", the client's kind of address, not a refusal to relay.
		"relay dynamically", "relay mail from dynamic"},
	"openrelay": {
		"openrelay", "open relay", "open proxy", "open spam relay"},
	// Lists of sending IPs by name: a block of the client, whoever else is
	// named.
	"clientlisted": {
		"black ip",
		// Spamhaus's Policy Block List: addresses that should not deliver
		// to an MX unauthenticated ("direct-to-mx").
		"pbl's", "pbl ", "direct-to-mx",
		// A list of bots ("Temporary denial of connection (450) for Zombie
		// matches (ERS)").
		"zombie matches", "zombie list",
		// Trend Micro's reputation lists by their names ("Recipient
		// address rejected: ERS-QIL", its quick IP lookup; ERS-DUL; its
		// ERS-RBL is "rbl"'s).
		"ers-qil", "ers-dul",
		"blocked using", "spamhaus", "spamcop", "barracudacentral", "barracuda reputation", "sorbs", "dnsbl", "rbl", "realtime blackhole",
		// The Abusive Hosts Blocking List, by its name ("Host is on the
		// AHBL").
		"ahbl",
		// Other public DNS blocklists of sending addresses, by the names
		// of their zones ("The sender is in a black list
		// hostkarma.junkemailfilter.com").
		"hostkarma", "uceprotect", "spamrats", "mailspike", "abuseat", "dronebl",
		"csi.cloudmark", "cloudmark sender intelligence", "cloudmark csi", "senderscore", "sbrs", "senderbase", "proofpoint.com/dnsbl", "customer block list",
	},
	// A listing the reply says to request removal from: the client's
	// unless a sender, a recipient or the message is named (Verizon's
	// "You are not permitted to send mail. Please visit … whitelist to
	// request removal").
	"removal": {"request removal", "request delisting"},
	// A list named without saying of what: the subject decides (a sender's
	// address on it is refused as the sender; otherwise it is the client).
	"listword": {
		"spam list", "spamlist", "blacklisted by", "black listed", "blacklisted", "blocklisted", "blocklist", "block list", "blacklist",
		"black list", "sperrliste", "liste de blocage", "liste noire", "lista negra", "lista nera", "zwarte lijst",
		"czarna lista", "czarnej liscie", "черный список", "черном списке", "черного списка", "黑名單", "ブラックリスト", "listed at", "listed on", "listed in", "黑名单",
		"블랙리스트", // Korean
	},
	"reputation": {
		"spam sender", "spamming issues",
		// Yandex's "Blocked by spam statistics", Paran's "SPAM_SUSPECT:IP_CONTROL":
		// what the client sent before, or its address.
		"blocked by spam statistics", "ip_control",
		"due to abuse", "for abuse", "too many spam", "insolit",
		"spam source", "source of spam", "intrusion prevention", "too many unwanted", "spam only source", "known spammer", "known spamming mail server", "known spamming server", "known spamming host",
		"known spamming ip", "known spamming network", "known spamming source", "spam abuse", "abuse detected",
		"too many errors from your ip", "bloques par nos services", "ungewohnliche anzahl", "大量の迷惑メール", "unusual rate of mail",
		"reputation", "unusual rate of unsolicited", "rate of unsolicited", "blocked for the day",
		"too many invalid recipients", "spam-like behavior",
		"suspicious activity", "looks suspiciously like spammer", "user complaints",
		"banned sending ip", "banned sender",
		// Microsoft's 5.7.705 "tenant has exceeded threshold": the
		// tenant's sending banned for suspicious traffic, not a rate.
		"tenant has exceeded",
		"ip has been temporarily blocked", "ip has been blocked", "this ip has been",
		"temporarily restricted", "sending ip has been", "your ip is blocked", "your ip has been",
		// Yahoo's codes for a client IP refused for good, as the table's
		// rows of them say ("553 5.7.2 [TSS06] All messages from … will be
		// permanently deferred; Retrying will NOT succeed. See
		// https://help.yahoo.com/kb/postmaster/SLN3436.html"), even when
		// a paste breaks the words.
		"[tss06]", "[tss09]",
		"permanently deferred", "sending suspended", "sending paused", "sending has been disabled",
		"outboundspamexception",
		"평판", // Korean
	},
	// The client's reverse DNS and kind of address: blocked, and a reason
	// no login lifts (refineKind).
	// The client's PTR record named (a refusal that names it is about the
	// client, whatever sender it names too).
	"ptrword": {" ptr ", "ptr record", "ptr-record", "reverse dns", "rdns", "fcrdns", "reverse lookup"},
	// Connections from a client disallowed ("disallowed" alone is said of
	// commands and attachments too).
	"connectionsfrom": {"connections from", "connection from"},
	"disallowedword":  {"disallowed"},
	"reversedns": {
		" ptr ", "reverse name", "reverse address", "fcrdns", "reverse dns", "reverse hostname", "ptr record", "ptr-record", "ptr resource record", "rdns",
		"cannot find your hostname", "cannot find your reverse", "cannot resolve your address",
		"your hostname", "your host name", "client host name", "client hostname", "lookup of your", "resolving your", "looking up your",
		"ip name lookup failed", "reverse lookup", "full circle dns", "forward dns", "generic dns", "dns reverse", "reverse record",
		"dynamic ip", "dynamic-ip", "dynamic ips", "dial-up", "dialup", "residential",
		"non-static-ip", "non-static ip", // "you seem to be a non-static-ip server"
		"dynamically-assigned", "dynamically assigned", "dynamic pool",
	},
	"rdns": {
		"白名单", "白名單", "helo host", "helo domain", "your helo", "forged ip", "forged hostname", "my name was rejected",
		"helohost", "helo should be",
		// qpsmtpd's checks of a HELO that names another host.
		"do not believe you are", "don't believe you are", "you are not localhost",
		"your site is blocked", "your site has been blocked",
		// AOL's codes for refused clients ("554 RLY:B1", "554 RTR:DU").
		"rly:b1", "rly:b2", "rly:b3", "rly:bd", "rly:bb", "rly:nw", "rly:ch", "rly:cs", "rly:ir", "rly:ob", "rly:sn", "rly:up",
		"rtr:bl", "rtr:bb", "rtr:rd", "rtr:du", "rtr:sc", "con:b1", "554conb1",
		// Comcast's refusal of a client on its blocklist (its BL codes).
		"comcast block for spam",
		// Hotmail's codes for refused clients ("550 SC-001", "550 DY-001").
		"sc-001", "sc-002", "sc-003", "sc-004", "dy-001", "dy-002",
		"from your location", "from your network",
		"confirm this mail server", "unresolvable relay host", "unverifyable sending ip", "unverifiable sending ip", "dns check failure", "auf weisser liste", "zulassungsliste", "ホワイトリスト",
		"smtp server of your isp", "use your isp", "relay at your service provider",
		"relay of your provider", "not authorized to send email directly",
		"mismatches client ip", "helo command rejected", "helo name", "invalid helo", "bad helo",
		"helo/ehlo argument", "ehlo command rejected", "client host rejected", "may not be mail exchanger",
		"not currently accepting mail from your ip", "traffic not accepted from this ip",
		"connections will not be accepted", "not allowed to connect", "not permitted to connect", "connections not accepted", "not accepting connections",
		"ip not in whitelist", "ip address is not whitelisted", "ip is not whitelisted", "ip address not whitelisted", "no smtp service here", "go away", "shunned connection", "please contact your internet service provider",
		"source bloquee", "adresse ip source", "ip bloquee", "abgewiesen ip",
	},
	"disabledphrase": {
		"tai khoản bị vo hiệu hoa", // Vietnamese: "the account is disabled" (Zing)
		"to enable receiving", "mailbox is blocked", "mailbox has been blocked", "receiving disabled", "receiving is disabled", "is no longer valid", "this mailbox is disabled", "account disabled", "user suspended", "deactivated mailbox", "account closed",
		"account deleted", "mailbox deleted", "account has been deleted", "mailbox has been deleted",
		"user has been deleted", "account was deleted", "mailbox was deleted"},
	"fullstrong": joinTerms([]string{
		// The storage of a recipient's whole domain, named with its size
		// ("The domain size limit of 5000 MB for 'example.se' has been
		// exceeded"); a message that "exceeds domain size limit of 25 MB"
		// is too large.
		"the domain size limit",
		"message store has reached its maximum size", // Outlook's own store
		// procmail's mailbox over its limit, which sendmail follows with
		// its own "Can't create output" (not the server's trouble).
		"mailbox limit exceeded while appending",
		// SmarterMail's "Domain size limit exceeded": the storage of the
		// recipient's whole domain.
		"domain size limit exceeded", "domain size limit has been exceeded",
		"giới hạn dung lượng tai khoản", // Vietnamese: "the account's storage limit" (Zing)
		"mapiexceptionmaxobjsexceeded", "too much mail stored", "error writing message: file too large", "ストレージ制限", "too many messages on the server", "too many messages on server", "messages in the mailbox", "messages in mailbox", "zuviele mails", "exhausted allowed storage", "sufficient space",
		"메일함에 메일이 너무 많", // Korean
	}, evolutionStorageExceededTerms),
	"spamstrong": {"appears to be unsolicited", "classified as unsolicited", "dt:spm", "スパムと判定", "spam filter", "as spam ", "comme spam ", "comme etant du spam", "como spam ", "come spam ", "als spam ", "detected as spam", "identified as spam", "classified as spam", "spam detected", "likely spam", "probable spam", "looks like spam", "appears to be spam", "spam score", "flagged as spam",
		"스팸", // Korean
	},
	"notlisted": {"not listed in", "not listed on",
		// An address said to be wrong or no longer valid: unknown now
		// (Sisimai's unknown user), unless an account is said disabled.
		"wrong or no longer valid",
		// A relay that has no route for the recipient in its own
		// configuration (mailrise's "Recipient is not configured:
		// email@domain").
		"recipient is not configured"},
	"headerrule": {"encoded-word", "in message header"},
	"senderip":   senderIPTerms,
	"volume":     joinTerms([]string{"verdict is refusequota", "unexpected volume", "excessive volume", "excessive message rate", "send limit exceeded", "sending limit exceeded", "gedrosselt", "throttled due to"}, roundcubeWaitTerms),
	// The server busy: its own load (Microsoft's 4.7.500 "Server busy.
	// Please try again later from [192.0.2.1]" too), unless it says it is
	// throttling the client (volume, above).
	"serverbusy": {
		"obciazenie systemu", // Polish: the system's load (smtp-gated: "too high")
		// Exchange Web Services' ErrorServerBusy, as one word.
		"errorserverbusy",
		"server busy", "server is busy", "agent busy", "out of connection slots", "no free connection slots", "ausgelastet", "uberlastet", "ビジー", "忙碌"},
	// Down for maintenance, whomever it turns away meanwhile (a mailbox
	// disabled for it is disabled).
	"maintenance": {"shutting down for", "for maintenance", "under maintenance", "maintenance mode", "in maintenance"},
	// PHPMailer's "Could not authenticate": a login that failed, not a
	// sender or a domain that could not be.
	// Also an OAuth access token a program could not get ("Error while
	// retrieving access token"), unless what failed on the way is named:
	// a timeout or a connection ("Error retrieving access token …
	// connect ETIMEDOUT") is that (couldnotauth's rule).
	"couldnotauth": {"could not authenticate",
		"retrieving access token", "retrieve access token", "retrieving the access token", "obtaining access token", "obtain access token", "fetching access token", "getting access token"},
	"systemfull": joinTerms([]string{
		// Polish: "no space on the server's side".
		"brak miejsca po stronie serwera",
		"mail system is full", // "452 4.3.2 Mail system is full"
		// The server's queue full or at its limit ("421 4.3.2 Queue full",
		// "452 4.3.1 Too many messages in queue"), not a mailbox's.
		"queue is full", "queue full", "messages in queue", "messages in the queue", "queue limit",
		"za malo pamieci",   // Polish: "not enough memory" (smtp-gated)
		"out of disk space", // FTGate's "Out of disk space (#1.03)", sendmail's "for temp file"
		"not enough space on disk", "not enough space on the disk", "not enough disk space", "not enough diskspace", "mail system full", "system storage", "insufficient system", "system resources", "disk full", "disk is full",
		"disk is too full", "disk too full"}, evolutionSystemStorageTerms, mailClientStorageTerms),
	"toomany_other": {
		"too many unrecognized commands", "too many invalid commands",
		"too many bad", "too many syntax errors", "too many errors", "too many erroneous", "too many protocol errors",
		"too many consecutive errors", "too many command errors", "number of bad commands", "number of invalid commands",
		"bad smtp command limit",
	},
	"rate": {
		"giới hạn gửi thư",    // Vietnamese: "the sending limit" (Zing)
		"too much recipients", // too many, in other words
		// Mailman's "Please trim the recipient list; it is too long.".
		"trim the recipient list", "recipient list; it is too long",
		"unusual sending activity", // Zoho, of the sending account
		"user_quota_exhausted",     // a sending API's daily quota, by its error name (Mailmeteor)
		"exponential backoff",      // a client holding back after an API's 429 ("Respecting exponential backoff")
		"messages trop vite", "too many connections", "too many concurrent", "cuota diaria", "cota diaria", "cuota de mensajes", "cota de mensagens", "cuota de destinatarios", "cota de destinatarios", "cuota de conexiones", "cuota por hora", "cota por hora", "envoyez trop vite", "envoi trop rapide", "слишком част",
		"cok fazla", "prilis mnoho", "troppo rapid", "troppo velocemente", "reconnect to fast",
		"only request this after", // Supabase's "you can only request this after 60 seconds"
		"zu schnell", "zu rasch", "geschwindigkeit", "hochstbeschrankung", "muito rapido", "taxa que impede", "limite maximo", "速いペース", "превышено ограничение",
		// (Sending too much said as such is the group sendvolume.)
		"frequency", "too often", "rate limit", "unusually high number", "high number of messages",
		"ratelimit", "rate-limit", "rate limited", "rate exceeded", "rate of mail", "throttl", "sending rate", "in a short period of time",
		"submission rate", "message rate", "connection rate", "receiving mail at a rate", "mail flood", "slow down", "try again slower", "exceeded the rate", "too much mail",
		"applicationthrottled", "mailboxconcurrency", // Microsoft Graph's throttling of an application
		// Google's APIs' quota of requests ("Resource has been exhausted
		// (e.g. check quota)."), not a mailbox's; not gRPC's code
		// RESOURCE_EXHAUSTED, which a message too large gets as often.
		"resource has been exhausted",
		"too much traffic from this sender", "too much traffic from sender", // not a server's own load ("busy, too much traffic")
		// A quota of the sender's ("Sender quota limit reached", "Your
		// account reached its email quota limit"), not a mailbox's ("mailbox
		// has reached its email quota limit").
		"sender quota", "your account reached its email quota",
		// The same as a policy's name ("Policy Rejection- --SENDER_QUOTA_REJECTION").
		"sender_quota",
		"sending quota", "send quota", "message quota", "messages quota", "submission quota", "submissionquotaexceeded", "daily quota",
		"hourly quota", "queue quota", "relay quota", "outbound quota", "outgoing quota", "quota for sending",
		"traffic quota", "outgoing mail quota", "outbound mail quota", "smtp quota", "outmail quota",
		"daily limit", "daily sending", "forwarding limit", "quota di invio", "quota d'envoi", "quota de envio", "cuota de envio", "cota de envio", "sandningskvot",
		"versandkontingent", "sendekontingent", "limite de envio", "limite d'envoi", "limite di invio", "лимит отправки", "лимит на отправку", "квота на отправку", "квоту на отправку", "limit wysylanych", "limit wysylania", "versandlimit",
		"sending limit", "hourly limit", "exceeded hour limit", "per hour", "per day", "per minute",
		// Turkish: "the sending limit", "the most recipients"; Greek: "the
		// sending limit"; Bengali: "the sending limit", "the most
		// recipients" (Gmail's, in its help's Bengali).
		"gonderme siniri", "gonderim siniri", "maksimum alici sayisi", "azami alici sayisi", "όριο αποστολής", "οριο αποστολης",
		"পাঠানোর সীমা", "সর্বাধিক প্রাপক",
		"more than once per", "more than once every",
		"out of allow rcpt", "messages / hour", "messages/hour",
		// The number of recipients, too high or too long.
		"anzahl der empfanger ist zu", "liste des destinataires est trop longue", "destinataires; elle est trop longue", "lista de destinatarios es demasiado", "lista de destinatarios, es demasiado",
		"宛先アドレス数が多すぎ", "宛先アドレス数が長すぎ", "list of recipients is too long", "messages / day", "messages/day", "messages / minute", "messages/minute",
		"hour period", "24 hours", "twenty-four hours", "per second",
		"per connection", "per session", "per message", "this hour", "for the day", "receive limit",
		"receiving limit", "recipient limit", "recipients limit", "number of recipients exceed", "number of recipients is too", "number of recipients too", "limit for recipients", "max message per",
		"max emails per", "maximum number of", "messages in past", "messages in the past", "messages in the last",
		"transfer quota", "nombre maximal", "numero maximo", "numero massimo",
		"maximale anzahl", "hochstanzahl", "maximale aantal", "maksymalna liczb", "максимальное количество",
		"a un rythme", "a un ritmo", "a um ritmo", "in een tempo", "message threshold", "connection limit",
		// Concurrent connections, sessions, deliveries; not "concurrent"
		// alone, which Java's stack traces hold in the name of a package
		// ("java.util.concurrent.TimeoutException").
		"concurrent connection", "concurrent session", "concurrent smtp", "concurrent deliver", "concurrent send", "concurrent_sending", "concurrent request",
		"concurrent thread", "concurrent transaction", "concurrentconnection", "max concurrent", "maximum concurrent",
		"relay limit", "exceeded permitted limits", "exceeded their limit",
		"exceeded the threshold", "trop de", "zu viele", "demasiados", "demasiadas", "demasiado rapido", "demasiado correo", "muitas",
		"troppi", "troppe", "слишком много", "te veel", "teveel", "zbyt wiele", "za duzo", "превышен лимит", "多すぎ", "过于频繁", "太频繁", "频率", "发送量",
		// Chinese "concurrent" with the count of what is concurrent
		// (connections, requests), or with how much of it is too much
		// ("并发超限", "并发太大", "并发过多", "并发数过多"): not "并发"
		// alone, which "转换并发送" ("convert and send"), "并发数据" ("and
		// send data"), "并发超链接" ("and send a hyperlink") and "并发请求
		// 到服务器" ("and send a request to the server") hold across two
		// words, nor "并发超时" (a concurrency's timeout).
		"并发连接数", "并发请求数", "并发超限", "并发太大", "并发太多", "并发过多", "并发过高", "并发数过多", "并发数过高", "并发数过大", "并发量已达",
		"limiting requests", "limiting your requests", // a server "temporarily limiting requests"
		// Not Chinese 超过限制/超出限制 ("exceeds the limit") alone: what
		// exceeds it decides, a message's size (toolarge), a mailbox's
		// size or capacity (a full mailbox), a count (the rule of a limit
		// exceeded, "'限制' and '超出'").
		"전송 용량", "전송 할당량", // Korean
	},
	"syntax": joinTerms([]string{
		// Polish: parameters the server cannot take, a command not valid.
		"nie moze przyjac podanych parametrow", "polecenie nie jest prawidlowe",
		"синтаксическая ошибка",                                // Russian: "syntax error" (the stable reading of a row the word model moved back and forth)
		"cu phap dịa chỉ sai", "cu phap người dung khong dung", // Vietnamese: "the address's (the user's) syntax is wrong" (Zing)
		"не распознан", "无法识别的错误命令", "无法识别的命令", "错误命令", "bare newline", "nul character", "nul byte", "null byte", "header/body separator", "helo/ehlo first", "ehlo first", "helo first",
		"not a valid rfc-5321",
		"must precede",
		"parse error at", "failed to parse", "could not parse", "used when not advertised", "null bdat",
		"invalid input", "barelinefeeds", "bare linefeeds", "before greeting", "no data before", "starttls may not be repeated", "invalid command",
		"syntax", "malformed", "missing final '@domain'",
		// A field of the request with a value that is not valid
		// (ZeptoMail's "Mandatory Field "to" has Invalid Value.").
		"has invalid value", "has an invalid value", "error in imap command", "invalid mail from", "invalid rcpt to",
		"command not recognized", "command unrecognized", "unrecognized command", "unknown command",
		"command not recognised", "command unrecognised", "unrecognised command",
		"unrecognized request", "unrecognised request", // ListProc's for a command it does not know
		"command not implemented", "not implemented", "unimplemented command", "bad sequence", "protocol error:", "bad argument", "prior to completion of previous", "before the previous command", "illegal address", "address syntax",
		"need mail command", "need rcpt command", "expected mail from", "need mail before", "mail first", "rcpt first",
		// The command that must come first, named ("503: Sender must be
		// specified before recipients", "Sender must be specified first");
		// not any option's order (Exim's configuration error "\"driver\"
		// must be specified before any private options").
		"must be specified before recipient", "sender must be specified first",
		"provide a helo", "provide a mail from", "helo required", "ehlo required", "helo/ehlo required", "ehlo/helo required", "no helo", "no ehlo",
		"ehlo/helo first", "send hello first", "send helo first", "transactions must start with", "transaction must start with", "session must start with", "sessions must start with",
		"combined with other options", "combined with other parameters", "line too long", "line is too long", "invalid domain name",
		"hostname required", "domain name required", "address must be enclosed", "unbalanced",
		`or "." expected after`, // sendmail's address parser: `"@" or "." expected after "Name"`
		// The HELO name's form (Gmail's 501 5.5.4 "HELO/EHLO argument is
		// invalid", "Empty HELO/EHLO argument not allowed", as Exim's
		// "Syntactically invalid HELO argument"): the command's, which
		// the EHLO name setting mends; not a name refused as the client's.
		"helo/ehlo argument is invalid", "empty helo/ehlo argument", "helo/ehlo argument \"",

		"helo/ehlo requires domain", "mail from already", "nested mail command", "synchronization error",
		"protocol violation", "protocol deviation", "no data after bdat", "not a valid rfc 5321", "bare lf", "bare line feed",
		"bare cr", "bare carriage return", "err.param",
		"stray cr", "stray lf", "stray newline", "stray line feed", "stray carriage return", "line parse error",
		"invalid characters", "already authenticated", "no identity changes permitted", "reset if you want to start over", "optional argument not permitted",
		"smtputf8", "non-ascii", "8-bit", "8bit", "eight bit data", "eight-bit data", "pipelining", "partial final line", "smtplf", "syntactically invalid",
		"comando sconosciuto", "commande inconnue", "unbekannter befehl", "befehl unbekannt", "comando desconocido",
		"comando desconhecido", "неизвестная команда", "未知命令",
	}, evolutionSyntaxTerms, roundcubeParseTerms, roundcubeUnicodeTerms, addressFormatBad),
	// RFC 5321's 553, "mailbox name not allowed (e.g., mailbox syntax
	// incorrect)", and its kin: the address's form.
	"mailboxname": joinTerms([]string{"mailbox name not allowed", "mailbox name invalid", "invalid mailbox name", "mailbox name is invalid"}, evolutionMailboxNameTerms),
	// An address in the wrong form, whatever it names: a syntax error
	// once the HELO name, the sender and the domain had their say.
	"addressform": {"must contain the '@' symbol", "must contain the '@' sign", "fully-qualified", "fully qualified", "must contain a domain", "must include host name", "must include a host name", "must include a domain", "address required", "angle brackets",
		"address unknown format", "supplying a domain",
		// sendEmail's "The address [x] doesn't look like a valid email address".
		"doesn't look like a valid email", "does not look like a valid email", "doesn't look like a valid e-mail", "does not look like a valid e-mail",
		// An address said to be malformed in the words of its format
		// ("The email address is not in a valid format", "Invalid email
		// address format").
		"invalid email address format", "invalid address format"},
	// A sender blocked or banned: its address, unless the client's
	// address or the message is what the reply names.
	"senderblocked": {"blocked", "banned", "blacklist", "blocklist"},
	"busy": joinTerms([]string{
		// The server's own login backend ("454 4.7.0 Authentication
		// server did not respond").
		"authentication server did not respond", "authentication server is not responding", "authentication server unavailable",
		"authentication server is unavailable", "authentication server not available", "authentication server timed out",
		// Exchange's StorageTransientException and kin: the server's own
		// trouble, for now.
		"transient exception",
		"系统繁忙", "服务器繁忙", "系统错误", "transport error", "problema temporal", "probleme temporaire",
		"vorubergehendes problem", "ressourcen erschopft", "problema temporaneo", "problema temporario",
		"can not open", "cannot open",
		"occupato", "ocupado",
		"system load", "load is too high", "load too high", "too much load", "high load",
		"output file", "can't create", "could not load", "system call", "encountered an error", "resolver error", "一時的な問題", "systemproblem", "rejeitou temporariamente", "vorubergehend abgelehnt",
		"too busy", "system busy", "is busy", "out of memory", "configuration error", "configuration problem", "greeting failed",
		"config error", "misconfigured", "incorrectly configured", "local error", "internal error", "error in processing",
		"erro local", "error local", "errore locale", "erreur locale", "lokaler fehler",
		// HTTP 500's name and Exchange Web Services', each as one word
		// ("ErrorInternalServerError").
		"internalservererror", "errorinternalservererror",
		"internal server error", "http error 500", "system problem", "temporary system", "system error", "server error", "engine error",
		"lookup failure", "lookup defer", "map lookup problem", "dns not available", "temporary local problem", "not accepting network messages",
		"surcharge", "sobrecargad", "sovraccaric", "перегружен",
		"database error", "database unavailable", "database connection", "service disabled",
	}, evolutionProcessingTerms),
	"content": {
		// A message's signature (S/MIME) is the message's, not the session's.
		"s/mime", "smime", "signature certificate", "signing certificate", "mime parse", "contenido no permitido", "contenido bloqueado", "conteudo bloqueado", "conteudo nao permitido", "contenuto non consentito", "contenuto bloccato",
		"antyspam",
		"mime/", "mime error", "mime structure",
		// Attachments named by their type ("Disallowed Attach Type").
		// amavis's verdict on banned parts ("Reject, id=… - BANNED: .exe").
		"- banned:", "banned content",
		"invalid file extension", "file extension not allowed", "file extension is not allowed",
		"blocked file extension", "disallowed file extension", "file extensions not allowed",
		"attach type", "blocked file type", "file type blocked", "file type not allowed", "file type is not allowed", "disallowed file type",
		"forbidden file type", "prohibited file type",
		"executable", "compressed files", "bulk.", "advertising", "recurrent pattern", "antispam", "anti-spam", "anti spam",
		"spam", "unsolicited", "junk", "phishing", "bulk mail", "bulk email", "content", "suspicious ",
		// A spam filter's verdict ("hits=7.5 required=5.0").
		"required=",
		// An attachment the recipient's side refused (a signing
		// service's "The attached file was rejected by …", in Japanese
		// "添付ファイルが拒否された", "cannot accept the attachment").
		"attached file was rejected", "添付ファイルが拒否", "添付ファイルを受け入れることができません",
		"security issue", "垃圾郵件", "attachment", "prohibited file", "forbidden", "ube ", "x-dg-ref",
		// "Illegal" as a word ("illegal content"), not the start of a Java
		// exception's class name ("java.lang.IllegalStateException").
		"illegal ",
		// Majordomo's refusal by its list's taboo patterns of the body
		// ("taboo body match"; of a header, "header" reads it).
		"taboo body",
		"profanity", // words a filter refuses ("554 - Profanity not allowed.")
		"header", "encoded-word", "message-id", "not rfc", "in the subject", "subject line", "formatted subject", "filtros",
		"password protected", "password-protected", "protegee par mot de passe", "passwortgeschutzt", "encrypted zip", "indesirable", "pourriel", "unerwunscht",
		"correo no deseado", "nao solicitad", "indesiderat", "спам", "迷惑メール", "垃圾邮件",
	},
	"sendingdenied": joinTerms([]string{"not allowed for this authenticated session", "imposter", "impostor",
		// Python's smtplib's words for SMTPSenderRefused, which programs
		// print as their own.
		"didn't accept the from_addr", "did not accept the from_addr",
		// A sender's domain the server does not host, where it takes mail
		// from its own domains only (spamdyke's "Mail for your sender
		// domain is not hosted here"); SES's unverified sender in its
		// shorter words.
		"sender domain is not hosted", "sender domain not hosted", "email address not verified",
		// A sending service's domain not verified ("Sender domain not
		// authenticated. Please authenticate your domain before sending.").
		"sender domain not authenticated", "domain is not authenticated", "authenticate your domain",
		// The Gmail API's "Delegation denied for <user>": the account may
		// not send as the user it named.
		"delegation denied",
		// The null sender refused, by whatever policy.
		"due to null sender",
		// A sender not on a group's or a recipient's list of allowed
		// senders (Microsoft's 5.7.124 "Sender not in allowed-senders
		// list", 5.7.129 RestrictedToRecipientsPermission): the list's
		// owner lets the sender in, or not.
		"allowed-senders", "allowed senders list", "resolver.rst.restrict", "list of senders to accept mail from",
		// qmail's patches: a MAIL FROM that is not the login's, a sender
		// it takes for forged.
		"from and auth not the same", "accept masquerading",
		// MAIL FROM not accepted, in a program's words (OSSEC's "Mail from
		// not accepted by server").
		"mail from not accepted", "mail from your address", "using this identity", "send on behalf of", "sending on behalf of", "send the message on behalf of", "and the authenticated user", "authenticated user must", "match the authenticated", "match your authenticated", "match authenticated", "same as the authenticated", "address is not verified", "mail sending denied", "sending denied", "not allowed to send", "isn't allowed to send", "permissions to send as", "permission to send as", "permission to send messages from this", "permission to send from this", "send as this sender", "sendasdenied", "not owned by", "not one of your addresses", "not allowed to act as",
		// German: a sender none of the login's allowed aliases ("Der
		// angegebene Absender ist keiner Ihrer erlaubten Aliase.").
		"erlaubten aliase",
		// Amazon SES: the SMTP user's permissions leave out sending.
		"ses:sendrawemail", "ses:sendemail",
		// Mail.ru: the sending account may not send ("message sending for
		// this account is disabled").
		"sending for this account is disabled"}, microsoftAccountBlockedTerms),
	// The message's Subject refused, for what it holds or for want of
	// one: the message's, not a command's syntax.
	"subjectbad": {"subject contains", "subject line contains", "subject has invalid", "subject is mandatory", "subject is required",
		"subject required", "subject missing", "missing subject", "empty subject", "subject line is empty", "subject is empty"},
	// A recipient's verification that failed: the server could not confirm
	// it exists, unless it says its own backend was not reached.
	"verifyfailed": {"verification failed", "verify failed", "address could not be verified", "recipient could not be verified"},
	// Exim's callout frame ("Verification failed for <…>") about a
	// recipient, as its last line says.
	"rcptverify": {"recipient verify failed", "recipient verification failed"},
	// Not trusted: a client or its IP address so called is blocked, a
	// sender so called refused as the sender.
	"nottrusted": {"not trusted", "untrusted"},
	// TLS required for a login or mechanism the client tried ("the PLAIN
	// mechanism without TLS"), in any language; not a program's retry
	// "without TLS" after TLS failed.
	"withouttls": {"without tls", "without ssl", "sem tls", "sin tls", "senza tls", "sans tls", "ohne tls"},
	// A program's own dial ("email_sender: failed to dial smtp: dial tcp
	// …: connect: connection refused"): its words about the connection
	// decide, whatever else its own prefix names.
	// The POP3 login of POP-before-SMTP in a mail program's words ("POP3
	// authentication password was not accepted"), or a POP3 server's
	// refusal of a plain USER/PASS ("use stronger authentication such as
	// AUTH or APOP"): the POP check failed, not the SMTP login. Only
	// without a reply code: an SMTP server that asks for the POP3 login
	// first ("530 Please perform POP3 authentication before sending
	// mail") refuses to relay or asks for a login.
	"popauth": {
		// POP3's APOP login.
		"apop authentication", "pop3 authentication", "auth or apop", "support apop",
		// A mail program's words for its POP3 access or connection
		// failing ("Not connected to POP3 server", "Server denied POP
		// access for the given username and password"): the POP check.
		// Not the POP3 server named alone ("use the same user name and
		// password as for your POP3 server", "Connection to POP3 server
		// timed out"), which says nothing failed in it.
		"pop access", "pop3 access", "not connected to pop3 server", "not connected to pop server",
		// Bitrix's POP3 client: "error running APOP / USER / PASS".
		"ошибка выполнения apop ", "ошибка выполнения user ", "ошибка выполнения pass ",
		"connect to the pop3 server", "connect to pop3 server", "connect to the pop server", "connect to pop server",
		// PHPMailer's POP3 class: "Connecting to the POP3 server raised a
		// PHP warning".
		"connecting to the pop3 server", "connecting to pop3 server", "connecting to the pop server",
		// A POP3 "-ERR" with a response code of RFC 3206 or 2449, quoted
		// inside a program's words ("ERROR: Login failed -ERR [AUTH]
		// Authentication failed."): only POP3 says these.
		"-err [auth]", "-err [sys/",
		// The codes of RFC 2449 that no other protocol uses, with or
		// without their "-ERR" ("failed: [IN-USE] Mailbox is locked"), a
		// POP3 reply as fetchmail's transcript quotes it ("POP3< -ERR"),
		// and a login to a POP3 server that failed (not one a server asks
		// for first: "You must authenticate to the POP3 server before
		// sending mail" is POP-before-SMTP's refusal).
		"[in-use]", "[login-delay]", "pop3< -err", "not authenticate to pop3 server", "not authenticate to the pop3 server",
		"cannot authenticate to pop3 server", "unable to authenticate to pop3 server",
		// Dovecot's log of a POP3 login.
		"pop3-login:",
		// A mail program's "POP ERR 901 Connection failed".
		"pop err "},
	// ssmtp's mail hub it could not open is its dial too.
	// Outlook's and Outlook Express's error numbers for a connection
	// not made or dropped (IXP_E_CANT_FIND_HOST, _FAILED_TO_CONNECT,
	// _CONNECTION_DROPPED, _SOCKET_READ_ERROR, _SOCKET_WRITE_ERROR,
	// _SOCKET_CONNECT_ERROR of imnxport.h) name it in any language.
	"dialframe": joinTerms([]string{"dial tcp", "dial udp", "failed to dial", "stream_socket_client", "open mailhub:"}, outlookConnectionErrors),
	// Something said to be listed on a blocklist (not "not listed in" an
	// allow-list, nor a link to a blocklist's page): relaying refused to a
	// client so listed, or listed by name (clientlisted), is a block.
	"islisted": {"is listed on", "is listed in", "is listed at", "blacklisted", "blocklisted", "listed on a blocklist", "listed on a blacklist",
		"dns blacklist", "dns blocklist", "in blacklist", "on a blocklist", "on a blacklist", "appears on", "ip listed"},
	// STARTTLS asked for first, in any language: TLS required, whatever
	// failure the reply names beside it ("Failed: you must issue a
	// STARTTLS command first").
	"starttlsfirst": {"must issue a starttls", "must issue starttls", "starttls first", "until ssl/tls is enabled", "until tls is enabled", "prima starttls", "starttls primero", "primero starttls",
		"starttls d'abord", "d'abord starttls",
		// A secure connection required as QQ Mail misspells it ("530 Login
		// fail. A secure connection is requiered(such as ssl)"), whatever
		// the login's "failed" around it says.
		"secure connection is requiered",
		"zuerst starttls", "starttls zuerst", "primeiro starttls", "starttls primeiro", "d'abord emettre la commande starttls",
		// Microsoft 365's "451 5.7.3 STARTTLS is required to send mail
		// [server]", whatever "failed" a client's frame says around it.
		// Only with the bracket that opens the server's name, after which
		// nothing says TLS failed: "STARTTLS is required but host does not
		// support STARTTLS" is TLS failing (tlsbad), and so, without the
		// bracket, is the same reply framed by a "Failed" of its client.
		"starttls is required to send mail ["},
	// The login service itself unavailable for now.
	"authservicedown": {"authentication service is unavailable", "authentication service unavailable", "authentication service is not available",
		"auth service unavailable", "authentication service temporarily unavailable", "authentication service is temporarily unavailable",
		"servico de autenticacao esta indisponivel", "servicio de autenticacion no esta disponible", "servizio di autenticazione non disponibile",
		"servizio di autenticazione non e disponibile"},
	// A count of messages or recipients sent: a sender refused for it is
	// sending too much, not refused as a sender ("Sender domain rejected:
	// You sent to many mails …"), unlike "too many complaints".
	"sendcount": {"too many mails", "to many mails", "too many messages", "to many message", "too many e-mails", "too many emails",
		"too many recipients", "too much recipients", "sent too many", "sent to many", "demasiados mensajes", "demasiados correos"},
	// A period a count of messages is limited to.
	"perperiod": {"per day", "per hour", "per minute"},
	// A volume counted over a period that just passed ("more than
	// 3145728000 bytes in past 24h0m0s from your ip/network").
	"pastperiod": {"in past 24h", "in the past 24h", "in past 1h", "in the past 24 hours", "in the last 24 hours", "in the past hour", "in the last hour",
		"in the past day", "in the last day"},
	"recipientspertransaction": joinTerms([]string{"policy size per transaction", "recipients per transaction", "try this recipient in a separate transaction",
		// Gmail: one destination domain per transaction.
		"destination domains per transaction"}, thunderbirdRecipientsTerms),
	// A volume said to be over a count (pastperiod's rule).
	"morethan": {"more than", "too many", "too much", "exceeded", "limit"},
	// The size limit of the server's system (systemsizelimit's rule).
	"systemsizelimit": {"larger than the current system limit", "larger than the system limit", "length of data content is achieved"},
	// A sending service's prepaid credits used up (creditsout's rule).
	"creditsout": {"credits exceeded", "out of credits", "insufficient credits", "credits exhausted", "not enough credits", "no credits left", "no more credits",
		"exceeded its credits", "exceeded your credits", "exceeded the credits",
		// A platform's sending quota (App Engine's Mail API).
		"required more quota than is available"},
	// A lookup that failed for now (Sendmail's "Cannot resolve <address>
	// at this time", "temporary domain failure").
	"cannotresolve":  {"cannot resolve", "can't resolve", "unable to resolve", "cannot be resolved", "can't be resolved", "could not be resolved"},
	"atthistime":     {"at this time", "for now", "right now"},
	"domaintempfail": {"temporary domain failure", "domain lookup failed temporarily", "temporary dns failure"},
	"openconnfail": {"open a connection to", "cannot open connection",
		// The local network or security software stopping the connection
		// ("SMTP port 25 seems to be blocked by your network"): no server
		// refused the client; PHPMailer's command sent without a
		// connection ("Called Mail() without being connected"), after any
		// cause it names before ("Could not authenticate").
		"seems to be blocked by your network", "without being connected"},
	"tlsfailphrase": {"remote certificate is invalid", "remote certificate was rejected", "certificato remoto non", "certificat distant n'est pas valide",
		"certificado remoto no es valido", "certificado remoto e invalido", "remotezertifikat ist", "ssl exception", "sslexception",
		// Any exception of Java's TLS package (SSLKeyException,
		// SSLProtocolException, nested under JavaMail's "Exception reading
		// response").
		"javax.net.ssl.",
		"fingerprints do not match", "fingerprint does not match",
		// A CA file a client could not load ("failed loading cafile
		// stream").
		"loading cafile",
		"starttls not accepted from server",
		// Python's ssl module and OpenSSL's error queue name themselves
		// ("EOF occurred in violation of protocol (_ssl.c:590)", "[SSL:
		// DH_KEY_TOO_SMALL] dh key too small (_ssl.c:1007)",
		// "error:14077417:SSL routines:…"), and Postfix's client its
		// handshake ("SSL_connect error to HOST: -1"): TLS failed, unless
		// they say the connection timed out or failed otherwise
		// ("SSLZeroReturnError: TLS/SSL connection has been closed (EOF)
		// (_ssl.c:1131)", a session closed cleanly); Postfix's connection
		// lost inside its handshake is TLS's all the same (sslconnect's
		// rule, which names the term again).
		"(_ssl.c:", "ssl routines", "ssl_connect error",
		// A server whose identity a client could not verify (Apple Mail's
		// "Cannot Verify Server Identity"), a STARTTLS a client required
		// and the server did not offer.
		"cannot verify server identity", "starttls required but the mail server", "starttls required but the server",
		// nodemailer's STARTTLS upgrade that failed.
		"upgrading connection with starttls",
		// Java's handshake with no protocol or cipher suite in common.
		"no appropriate protocol"},
	// Java's words for a certificate chain it could not build to a
	// trusted root ("Trust anchor for certification path not found",
	// "unable to find valid certification path"), and a TLS session a
	// program could not set up, in a program's words (no code: a server
	// that asks a client for a certificate, or to establish TLS first,
	// says other things).
	"clienttlsfail": {"certification path", "certpathvalidatorexception", "certpathbuilderexception", "pkix path",
		"establish ssl", "establish an ssl", "establish tls", "establish a tls",
		// .NET's SslStream when the server ended the handshake, or
		// answered it with an alert.
		"authentication failed because the remote party",
		// The same in German, and its "see inner exception" (English and
		// German) when the handshake failed for a reason the inner
		// exception gives ("Fehler bei der Authentifizierung, da die
		// Gegenseite den Transportstream geschlossen hat.", "Fehler bei
		// der Authentifizierung, siehe innere Ausnahme. --->
		// System.ComponentModel.Win32Exception: Die Zertifikatkette …"):
		// SslStream's handshake, not a login.
		"fehler bei der authentifizierung, da die gegenseite", "authentication failed, see inner exception", "fehler bei der authentifizierung, siehe innere ausnahme",
		// Windows' German for an untrusted root (SEC_E_UNTRUSTED_ROOT), the
		// inner exception a handshake names whatever the outer words.
		"von einer nicht vertrauenswurdigen zertifizierungsstelle",
		// Dynamics 365's mailbox alerts.
		"establishing a secure connection"},
	// Postfix's words for a resolver's failure ("Name service error for
	// name=… type=MX: Malformed or unexpected name server reply",
	// "Sender address rejected: Malformed DNS server reply"): the
	// lookup's, not the client's syntax.
	"nameserviceerror": {"name service error", "malformed dns server reply", "malformed or unexpected name server reply"},
	// A connection the peer reset or broke (connectfailed and
	// tlsfailphrase's rule leaves a nested exception with these to the
	// connection: "SSLException: Connection reset").
	"connreset": {"connection reset", "broken pipe"},
	// A connection or socket the other side closed (connclosed's rule).
	"connclosed": joinTerms([]string{"connection closed", "closed the connection", "closed connection", "closed socket", "socket closed", "socket is closed",
		// A connection the server or the network dropped, or closed
		// under the client ("SMTP server dropped connection", "Connection
		// to "smtp.example.com:587" has been closed unexpectedly").
		"dropped connection", "dropped the connection", "has been closed unexpectedly", "was closed unexpectedly",
		// The session's reads and writes that failed, as clients word
		// them ("Error getting response from SMTP server.", "it was not
		// possible to read line from the SMTP server", "Error sending
		// command to SMTP server.", "End of socket stream data"), a
		// greeting that never came ("Did not receive ready message from
		// the e-mail server"; not "no welcome message", which one reader
		// of Zabbix's "no welcome message 220* from SMTP server" called
		// unknown), and no mail server at all ("no mail server is
		// available"; not a server "not available at this time", which is
		// busy). Not a line read from a file (a read that "could not" be
		// done or was "unable to" is the server's trouble, whose terms
		// decide first), nor data sent to anything
		// else ("Error sending data to the print spooler": "error sending
		// data" names the session's only as the reply's last words,
		// framedTerms). connclosed's rule is among the last and reads
		// replies without a code: a reply the server sent names its own
		// cause, also where the parser takes none from the line
		// ("Error getting response from SMTP server: 554 …":
		// sessionIOTerms name none before a reply's code).
		"error sending data", "end of socket stream", "no mail server is available"}, sessionIOTerms),
	// A connection the server rejects (connrejected's rule).
	"connrejected": {"connection rejected", "connection has been rejected", "connection was rejected", "connection is rejected",
		"rejected your connection", "rejecting your connection", "connection denied", "connection not accepted",
		"connection not authorized", "connection not authorised"},
	// Too many of the parts a message is made of, which a filter may
	// allow so many of.
	"toomanyparts": {"too many mime", "too many attachments", "too many nested mime", "too many nested parts", "too many parts", "too many body parts",
		"too many message parts", "too many headers", "mime nesting", "nesting level", "nested archive", "nesting depth"},
	// A sending service's identity (the address or domain the account may
	// send as) not verified, not found or blocked (Yandex Cloud Postbox's
	// "550 5.4.1 identity not verified"), unless a recipient's.
	"identitybad": {"identity not verified", "identity is not verified", "identity has not been verified", "unverified identity",
		"identity not found", "identity is blocked", "identity blocked",
		// Postmark's sender signature: an address or domain confirmed
		// for the account to send as.
		"sender signature not defined", "not a sender signature", "sender signature has not been confirmed", "sender signature not confirmed",
		// Microsoft's 5.7.750: the sender's domain is not one of the
		// tenant's accepted domains.
		"unregistered domain"},
	// Sending on another's behalf, in German ("im Auftrag … zu senden").
	"imauftrag":  {"im auftrag"},
	"sendenword": {"zu senden", "senden "},
	// Sending as or from an address refused in other words: the sender,
	// unless the client (named, or by its address) or the message is
	// refused, or a rate or limit is what the sender may not exceed ("You
	// are only authorized to send 500 messages per hour").
	"sendas": {"permission to send from", "send from alias", "authorized to send", "authorised to send", "permitted to send", "blocked from sending", "mailbox is blocked for sending", "account is blocked for sending",
		"mailbox has been blocked for sending", "account has been blocked for sending", "send mail as",
		// Alibaba's DirectMail: the MAIL FROM is not the logged-in account.
		"conform with authentication", "conform with auth",
		// A sending account whose outgoing mail its provider stopped
		// (cPanel's "550 Outgoing mail from \"example.com\" has been
		// suspended", "554 5.1.8 email outgoing blocked", "552 Your account
		// has been suspended. Please contact us to reactivate", "Your
		// account has been temporarily suspended from sending emails"): the
		// sender's, not a recipient's mailbox (unless its code, X.2.1, says
		// the mailbox is disabled).
		`outgoing mail from "`, "email outgoing blocked", "mail outgoing blocked", "your account has been suspended",
		"suspended from sending", "disabled for sending", "sending privileges have been suspended", "sending account has been suspended"},
	"toolarge": joinTerms([]string{
		// Apps Script's limit of a message's attachments ("Limit
		// Exceeded: Email Total Attachments Size.").
		"attachments size",
		"exceeds maxsize", // imapsync's "msg INBOX/5 skipped (1058314 exceeds maxsize limit 1000000 bytes)"
		"message size violation", "message is larger than", "message larger than", "mail is larger than",
		// Oracle Cloud Email Delivery's "552 Exceeds byte limit".
		"byte limit", "bytes limit",
		"maxsubmissionexceeded", "messagesubmissionexceeded",
		"is too long",
		"inbound message size", "message size exceeded", "size exceeded", "message size exceed ", "mail size exceed ", "email size exceed ", "attachment size exceed ", "message too large",
		// HTTP 413's name and Exchange Web Services' code of a message too
		// large, each as one word ("Status: RequestEntityTooLarge").
		"requestentitytoolarge", "errormessagesizeexceeded",
		"too large", "too big", "attachments bigger than", "attachment bigger than", "message bigger than", "bigger than the maximum", "exceeds size", "size exceeds", "larger than the maximum size", "exceeds the maximum size", "maximum message size",
		"max message size", "message size limit", "maximum permitted", "size limit", "exceeds the limit",
		"exceeded google's message", "exceeds google's", "length exceeds", "length is more than", "message is too long", "message too long",
		"trop gros", "trop volumineux", "limite du message", "zu gross", "demasiado grande", "muito grande",
		"troppo grande", "слишком больш", "te groot", "zbyt duz", "za duz", "大きすぎ", "メールが長すぎ", "邮件过大", "信件过大", "附件过大", "邮件太大", "超过大小", "邮件大小超", "信件大小超", "附件大小超",
	}, thunderbirdSizeTerms, roundcubeSizeTerms, mailClientSizeTerms),
	"hostdown": joinTerms([]string{"lookup dns for", "nodename nor servname", "domain dosnt exist", "bad destination system", "bad destination host", "destination system address", "enotfound", "host has no address", "no such host", "[errno 11001]", "unknownhostexception",
		"locate smtp server", "locate server", "locate mail server", "locate host", "server does not exist", "server doesn't exist", "host does not exist", "host doesn't exist", "domaine n'existe pas", "domain wurde nicht gefunden", "domain could not be found", "domain cannot be found", "domain name cannot be found", "domain name could not be found", "dominio sconosciuto", "ドメインが見つかりません", "неизвестный домен", "dominio desconocido",
		"find any host", "any host named", "missing mx", "fatal error in gethostbyname", "determine where to send",
		// Node's MX lookup that found no record ("queryMx ENODATA
		// example.com"), as a program delivering itself meets it.
		"querymx enodata",
		// A domain whose MX leads back to the server that looks it up
		// (Postfix's "mail for example.com loops back to myself", qmail's
		// best-preference MX not in its locals): its mail goes nowhere, as
		// with no MX; the domain's to mend, not the server's trouble.
		"loops back to me", "loops back to myself", "points to local host", "address is the local host", "mxloopback", "best-preference mx", "mx list for",
		// Exchange's "the recipient's domain does not exist" in the
		// languages that name the domain first and the recipient after it:
		// the domain is what does not exist, not the recipient.
		"dominio del destinatario no existe", "domaine du destinataire n'existe pas", "domane des empfangers nicht existiert",
		"dominio do destinatario nao existe", "dominio del destinatario non esiste",
		"domain not found", "domain does not exist", "domain doesn't exist", "no such domain",
		"host not found", "host unknown", "unknown host", "unknown domain", "domain is unknown", "impossibile trovare l'host", "nowhere to deliver mail", "domain lookup non riuscito",
		"null mx", "no mx", "mx records for", "valid mx or a record",
		// getaddrinfo's EAI_NODATA: a name with no address.
		"no address associated with hostname", "eai_nodata", "unrouteable domain", "unroutable domain", "domain name not found",
		// Exim's "Unrouteable address": no router could route the domain.
		"unrouteable address", "unroutable address", "un-routeable address", "un-routable address",
		"nxdomain", "not used for mail", "does not receive mail", "dns query failed", "domain does not resolve", "could not resolve",
		"unable to resolve", "host or domain name not found",
		"未找到主機或網域名稱", // Outlook's "host or domain name not found" in traditional Chinese
		"domain is not reachable", "host unreachable",
		"domain unreachable", "name or service not known", "no mail service", "dns lookup fail",
		"host address lookups failed", "lookup failed for all hosts", "mx lookup", "indicated no smtp service",
		"dns error", "dns failure", "dns resolving", "dns resolution", "cname lookup failed", "find the recipient domain", "recipient domain must exist",
		"domain must exist", "domain may not exist", "dead domain", "nonexistentdomain", "nonexistent domain",
		"domaine inconnu", "domaine inexistant", "domain unbekannt", "dominio no existe", "dominio inexistente",
		"dominio desconhecido", "dominio inesistente", "домен не существует", "домен не найден",
		"도메인이 존재하지 않", "도메인을 찾을 수 없", // Korean
	}, msmtpHostTerms, glibcNameUnknownTerms),
	// A lookup in the DNS, of a host or domain, and its failure: the
	// recipient's domain when nothing names another (the client, its
	// HELO, SPF or DMARC; a lookup alone is often the server's own, and
	// qmail's "DNS temporary failure (#4.3.0)" is its own trouble). A
	// "hostname lookup" is as often the client's name's.
	"dnsname": {"dns resolve", "dns lookup", "host map", "domain lookup", "domain name lookup", "domain resolution", "name service error"},
	"dnsfail": {"failed", "failure", "fails", "error", "deferred", "empty result", "servfail"},
	// Mail "with attachments" not accepted is refused for its content.
	"acceptingwith": {"accepting mail with", "accepting messages with", "accept mail with", "accept messages with"},
	// The client's IP address blocked, in languages whose word for it
	// holds the word for a mailbox's address ("indirizzo IP bloccato"),
	// which the disabled-mailbox rule would otherwise take.
	"ipblocked": {"host not welcome", "host is not welcome", "ip address is administratively disabled", "ip address is disabled", "ip address has been disabled", "adresu ip sa zablokowane", "ipアドレスが拒否", "indirizzo ip bloccato", "adresse ip bloquee", "ip-adresse ist gesperrt", "ip-adresse gesperrt",
		"ip-adresse wurde gesperrt", "direccion ip bloqueada", "endereco ip bloqueado", "ip-адрес заблокирован", "ip адрес заблокирован", "adres ip zablokowany",
		// Qboxmail's code for a client address not allowed.
		"ip_not_allowed",
		"unauthorized ip", "unauthorised ip", "ip address is not authorized", "ip address not authorized", "ip is not authorized"},
	// Only "too many bad commands" from a client named by its address is a
	// block of that client (Cox's).
	"toomanybad": {"too many bad commands"},
	// Sending too much, said as such: a rate even where the words also
	// refuse the client or the sending ("too many connections from your
	// network", "you sent too many e-mails, you are not allowed to send").
	"sendvolume": {"sending rate", "in a short period of time", "demasiados mensajes", "demasiados correos", "too many", "to many mail", "to many e-mail", "to many email", "to many message", "too much mail", "sending too much", "too quickly", "too fast", "too frequent",
		"너무 많", // Korean
	},
	"policyreasons": {"for policy reasons", "reject due to policy restrictions"},
	// A block placed against the client's IP, or a policy based on it
	// (one group: both only keep policyreasons' rule from deciding).
	"ipblockplaced": {"placed against your ip", "block against your ip", "blocked your ip", "ip based", "ip-based"},
	"contentrestriction": {"content restriction", "non-latin) character set",
		// vger.kernel.org's "Content-Policy reject msg: …" (HTML, MIME
		// labelling, a spam score): the message's content.
		"content-policy reject"},
	"filetoolarge": {"file too large"},
	// Bad syntax named so plainly that no other word outweighs it:
	// characters an address or name may not hold, tokens and parameters
	// too many or too long, lines too long or ended wrongly, a command
	// sent again or in the wrong place ("504 Already logged in.", "503
	// EHLO required before STARTTLS"), an address without its domain.
	// A list's rule that its address be in To or Cc (not Bcc): a policy
	// about the message.
	"listinheader": {"list address was not found in", "list address must be in", "list address must appear", "include the list address", "listen-adresse muss",
		"implicit destination",
		"blindkopien", "address of the list must be in", "list address in to",
		"adresse de la liste doit", "indirizzo della lista dev", "direccion de la lista debe", "endereco da lista deve"},
	"syntaxstrong": {
		// An address field a sending API refused by its form, the field
		// named in quotes (Postmark's "Invalid 'To' address: 'foo@bar'.",
		// "Error parsing 'To': Illegal email address 'World'. It must
		// contain the '@' symbol."), unless a user gone ("no such user",
		// "user unknown"), a quota or the rest this group's rule stands
		// back for is named too; not a bare "does not exist", whose group
		// holds "invalid" as well.
		"error parsing 'to'", "error parsing 'cc'", "error parsing 'bcc'", "error parsing 'from'", "error parsing 'reply-to'",
		"invalid 'to'", "invalid 'cc'", "invalid 'bcc'", "invalid 'from'", "invalid 'reply-to'",
		// An address said to be malformed in the words of its format,
		// whatever the notice says of its message ("The email address is
		// not in a valid format", "Invalid email format").
		"address is not in a valid format", "address is in an invalid format", "address is not in the correct format", "address format is invalid",
		"invalid email format", "invalid e-mail format",
		// A form's or a bot's prompt for a valid address (not a valid
		// email server, password or port), in the words of such prompts ("Please enter only valid email addresses",
		// "please, provide valid email address"); not "Please provide a
		// valid email address" after what a server said of the address
		// ("The recipient does not exist. …"), nor Keycloak's "Please
		// provide a valid address" of its sender setting
		// (settingsmissing).
		"enter valid email address", "enter only valid email address", "provide valid email address",
		// The Gmail API's header it could not read, quoted as its whole
		// message (returned "Invalid To header"), or unquoted as Apps
		// Script gives it ("Invalid to header"); the From's and the
		// Reply-To's only quoted, as a server's policy may name them.
		"invalid to header", "invalid cc header", "invalid bcc header", `"invalid from header"`, `"invalid reply-to header"`, "address contains control or whitespace", "domain contains control or whitespace", "illegal character", "invalid character", "restricted character", "forbidden character", "colon illegal", "illegal in host",
		"prescan", "too many tokens", "too many parameters", "token too long", "line length", "domain name length",
		"bad command", "command too long", "command is too long", "try again speaking smtp",
		// HELO's argument not a domain or an address literal (sendmail's
		// "501 HELO requires domain address", the ESP32 mail libraries'
		// "HELO requires valid address").
		"requires valid address", "requires domain address",
		// Gmail's "501-5.5.4 HELO/EHLO argument invalid": the command's
		// argument, in the form RFC 3463's X.5.4 names.
		"argument invalid", "argument is invalid",
		"lone cr", "lone lf", "bare cr", "not crlf", "crlf terminated", "extra junk",
		"already logged in", "auth already", "already issued", "already in tls", "when tls active", "while tls active", "tls already active",
		"only one sender", "required before starttls", "required after starttls",
		"badly formed address", "badly formed parameter", "badly formed command", "badly formed argument",
		"アドレスの形式が不正", // Japanese: "the address's form is invalid"
		"missing a domain", "specify a domain",
		// A server's words for no recipient given, with its code ("550
		// 5.1.0 no recipients specified", qmail's "You must specify at
		// least one valid recipient"; the same words with no code are a
		// program's own check, formCheckTerms'), an address a program
		// cannot parse (.NET's FormatException, its SMTPUTF8 refusal),
		// and Amazon SES's address that "contains a bad character".
		"no recipients specified", "at least one valid recipient",
		"form required for an e-mail address", "form required for an email address", "ascii local-part", "contains a bad character",
		// RFC 5322's limit of a line: 998 characters.
		"length of line", "maximum 998", "998 characters", "998 octets", "998 bytes"},
	// The form of an address (or of a part of one) that does not parse:
	// too long, not valid UTF-8, ending with a dot, a domain literal or
	// spec that does not read (addressform has what an address lacks).
	"addresspart": {"address", "local part", "local-part", "domain", "email format", "e-mail format",
		// An API's fields of an address (Alibaba Cloud DirectMail's
		// toAddress, mailAddress).
		"toaddress", "fromaddress", "mailaddress"},
	// Not a length: a time ("in the queue for too long", "idle too long").
	"longtime": {"for too long", "delayed too long", "idle too long", "took too long", "inactive too long", "waited too long"},
	// An address with nothing after its "@" ("Missing domain after '@'
	// in source route", Dovecot's LDA) is malformed, not a domain unknown.
	"addressbadform": {
		// A format said not to be valid, with an address or a domain
		// named anywhere in the text (addresspart), unless a client or its
		// reverse DNS is what the reply names.
		"not in a valid format", "not in the correct format", "format is invalid", "invalid format",
		// Or called wrong, or one a parser could not read ("Sender Email
		// Format is wrong.", "Email from address not parseable").
		"email format is wrong", "email format is incorrect", "e-mail format is incorrect",
		"address format is wrong", "address format is incorrect", "address has an incorrect format", "address is in the wrong format",
		"address not parseable", "address is not parseable", "address not parsable", "address is not parsable", "address is unparseable", "address is unparsable",
		"unparseable address", "unparsable address", "address could not be parsed", "address cannot be parsed", "address can't be parsed",
		// Or said to be formed wrong ("The specified toAddress is wrongly
		// formed.", Alibaba Cloud DirectMail's; "badly formed address" is
		// the syntax group's), of an address, not of anything else (an
		// access token "incorrectly formed").
		"wrongly formed", "incorrectly formed", "improperly formed",
		"too long", "utf8", "utf-8", "must not end", "must not start", "must not begin", "domain literal", "numeric domain", "domain spec", "missing domain after",
		"is missing domain", // Horde's "Address is missing domain."
		// Thunderbird's "is not a valid e-mail address because it is not of
		// the form user@host", git send-email's "unable to extract a valid
		// address from".
		"not of the form user@host", "unable to extract a valid address"},
	// A message's size said in bytes, or its data said to be too much.
	"sizedata": {
		"has exceeded the maximum allowed size", // Outlook: "This message cannot be sent because it has exceeded the maximum allowed size"
		"too much mail data", "nachrichtengrosse", "размер сообщения", "bytes long", "bytes in length", "longer than the maximum size", "because its size",
		// The message called too large to be taken in so many words,
		// whatever mailbox or limit is named beside it (not too large for
		// the space a mailbox has left).
		"email is too large to be", "message is too large to be"},
	// A count in a time ("100 messages per 1 hour").
	"pertime": {"per 1 hour", "per 1 minute", "per 1 day"},
	// A domain said not to exist or to have no MX, in a word or a class
	// name ("HOSTNOTFOUND", "NoMxHostFoundException").
	"nodomain": {"hostnotfound", "nomxhostfound", "non-existant domain", "nonexistent domain", "non-existent domain", "non existent domain",
		"have any mx record",
		// Outlook Express's and Windows Mail's words for it.
		"no mail servers appear to exist", "find the recipient's email server", "find the recipient's mail server",
		// A recipient domain of one label, or one reserved for examples.
		"single label domain", "single-label domain", "reserved by rfc 2606"},
	// A server's local delivery set up wrongly (Exim's transports,
	// Postfix's local(8), and pipe(8)'s delivery command that died, with
	// what it printed: "Command died with status 89:
	// "/usr/lib/dovecot/deliver". Command output: doveconf: Fatal: Error
	// in configuration file …"): its own trouble, whatever configuration
	// or TLS its output names; not the sender's settings.
	"localdelivery": {"local_delivery", "address_file", "terminated by signal", "not owned by recipient", "command died with status", "command died with signal"},
	// A bounce's list of whom it could not reach, or its frame that says
	// only that the recipient's side refused (Outlook's "the recipient's
	// email provider rejected it"), and an HTTP gateway's failure
	// ("Request failed: 502 Bad Gateway"; a bare "502 Bad Gateway" is
	// read as SMTP's 502): no cause. The gateway's term is here, not in
	// a group of its own, because the matcher's groups are at their
	// limit (a gset holds 256).
	"recipientlist": joinTerms([]string{"bad gateway", "following recipient", "following address", "folgenden empfanger", "siguientes destinatarios", "destinataires suivants",
		"seguintes destinatarios", "seguenti destinatari", "email provider rejected it"}, phpMailerRecipientsTerms),
	// Exchange: the recipient takes mail from authenticated senders only
	// (exchangeRestrictionTerms).
	"authrestricted": exchangeRestrictionTerms,
	// A SASL mechanism that failed in the client ("GSSAPI error in client
	// while negotiating security context"): a failed login, unless the
	// connection under it failed.
	"gssapi": {"gssapi error"},
	// A quota, by name: a size in bytes or a count per day said of it is
	// the quota's.
	"quotaword": {"quota"},
	// A count said to be large, and the bad addresses a sender's count of
	// which is its reputation's (plural: one bad address is the
	// recipient's). "Too many" and a bare "number of" are not among them:
	// qmail's chkuser closes a session with "421 too many invalid
	// addresses, goodbye", and "Maximum number of invalid recipients
	// reached" is a limit of the session (rate_limited).
	"manycount": {"excessive", "excessively", "high number", "large number", "lots of", "unusual number",
		"unusually high", "abnormal number", "high rate of", "large amount of"},
	"badrecipients": {"invalid recipients", "unknown recipients", "non-existent recipients", "nonexistent recipients", "non existent recipients",
		"bad recipients", "invalid addresses", "unknown addresses", "non-existent addresses", "nonexistent addresses", "bad addresses",
		"invalid email addresses", "invalid e-mail addresses", "unknown users", "invalid users", "non-existent users", "nonexistent users",
		"invalid mailboxes", "unknown mailboxes", "non-existent mailboxes", "nonexistent mailboxes", "invalid rcpts", "unknown rcpts"},
	// A mailbox's own size (a size in bytes said of it is its quota's).
	"mailboxsize": {"mailbox size", "mailbox is "},
	// A mailbox or account said to be disabled in so many words.
	"disabledexact": {"disabled", "deactivated", "suspended", "locked"},
	// A count of recipients (against a limit: a rate).
	"recipientcount": {"recipient count", "count of recipients", "total of rcpt", "number of rcpt", "number of recipients",
		"number of external recipients", "amount of recipients"},
	// Said of a domain: not registered.
	"notregistered": {"not appear to be registered", "is not registered", "not registered"},
	// Exim's callout frame ("Verification failed for <…>", then the server
	// it called, what it sent and the response): its check of the sender,
	// whatever the response refused (not an SPF, DKIM or DMARC
	// verification).
	// Postfix's check of an unverified sender ("Sender address
	// rejected: undeliverable address: host … said: 550 5.1.1 …") frames
	// its probe the same way.
	"calloutframe": {"verification failed for", "callback verification", "sender address rejected: undeliverable address",
		// Postfix's reject_unverified_sender, whatever its probe met
		// unless it names a certificate ("Sender address rejected:
		// unverified address: Cannot start TLS: handshake failure"): the
		// sender's domain is to mend.
		"sender address rejected: unverified address",
		// Exim's sender verification callout the sender's servers refused:
		// "Refusing MAIL FROM:<> does not help fight spam … This host
		// does not accept mail from domains whose servers refuse bounces."
		"does not help fight spam", "servers refuse bounces",
		// Exim's log of the same callout ("sender verify fail for <…>:
		// response to "RCPT TO:<…>" from … was: 550 5.1.1 …"); not its
		// "sender verify defer for <…>", a check put off, whose cause
		// the words after it name ("Connection timed out").
		"sender verify fail for"},
	// A delivery put off: alone, no cause (bareGroups).
	"deferredword": {"deferred"},
	// RFC 5321's text for 554; alone, no cause (bareGroups).
	"transactionfailed": {"transaction failed"},
	"intransaction": {"during a mail transaction", "during mail transaction", "within a transaction", "within transaction", "within a mail transaction",
		// AUTH out of order the other way: the greeting that must come
		// before it ("503 5.0.0 Need EHLO before AUTH", "EHLO first, then -
		// perhaps - AUTH!"); the commands' order, not a login wanted.
		"ehlo before auth", "helo before auth", "ehlo first, then", "helo first, then"},
	"owntrouble": {
		// The server's own DNS lookup that failed for now, whatever it
		// checked ("Temporary DNS error while checking SPF record"), and
		// an upstream of its own (Cloudflare Email Routing's "421 4.3.0
		// Upstream error").
		"temporary dns error while", "upstream error, please check",
		// Exim's spam scanning daemons, none of which answered ("spam acl
		// condition: all spamd servers failed"): no spam of the message's.
		"spamd servers failed",
		"server configuration error", "configuration error on the server", "user lookup error", "dkim signing failed", "dkim signing error", "internal dkim error", "quota calculation", "internal protocol error", "backend unavailable", "backend is unavailable", "backend not available",
		// A server of its own behind it (the mail store, a directory).
		"imap server unavailable", "imap server is unavailable", "lmtp server unavailable", "lmtp server is unavailable", "database unavailable", "database is unavailable",
		// Its database it could not connect to (Portuguese, Spanish, English).
		"conectar ao banco de dados", "conectar a la base de datos", "connect to the database", "connect to database",
		// Exchange Unified Messaging's own hand-off to its transport.
		"submission to the hub transport server failed",
		// Exchange's mail store: "STOREDRV; mailbox database is offline",
		// "STOREDRV; mailbox disk is full" (4.3.1, the server's disk).
		"database is offline", "storedrv; mailbox disk is full",
		// A lookup it could not finish for now (Postfix's "Temporary lookup
		// failure"), whatever list or table it looked in.
		"temporary lookup failure", "temporary lookup error", "temporary rbl lookup", "temporary dnsbl lookup"},
	// The receiving server's own trouble delivering to a local mailbox:
	// the file it cannot lock or use as it is, a configuration that does
	// not expand (Exim's appendfile, Postfix's local).
	"localtrouble": {
		"plikiem tymczasowym", // Polish: a trouble "with a temporary file" (smtp-gated)
		"failed to lock", "not a regular file", "lost child", "no child processes", "wrong uid", "wrong gid", "wrong mode",
		"internal delivery error", "local delivery failed", "lda delivery failed", "system i/o error",
		"too many links (", "failed to expand",
		// Exim's routers and transports, and the commands they run.
		"router:", "transport returned", "transport missing", "command returned non-zero", "command killed by signal",
		"command failed to return", "child process of", "unknown variable name", "is not absolute", "failed to chdir",
		"attempting to stat", "attempting to chmod", "while setting perms",
		// What only a server's own trouble says, whatever its wording: a
		// path of its file system, the system's words for the error a
		// call returned, a file, directory or process it could not
		// create, open, read, write or run.
		" /var/mail", " /var/spool", " /var/vmail", " /var/lib/", " /home/", " /usr/bin/", " /usr/sbin/", " /usr/lib/", " /usr/local/", "\"/var/", "\"/home/", "\"/usr/", "(/var/", "(/home/",
		": permission denied", "no such file or directory", "input/output error", "read-only file system",
		"too many open files", "cannot allocate memory", "bad file descriptor", "not a directory", "errno",
		"killed by signal", "terminated by signal", "segmentation fault", "mkdir(", "open(", "rename(",
		"couldn't create", "could not create", "unable to create", "failed to create", "cannot create",
		"failed to open", "could not open", "unable to open",
		"failed to write", "could not write", "unable to write", "cannot write", "process failed (",
		"failed to read", "could not read", "unable to read", "cannot read",
		"failed to exec", "could not exec", "unable to exec", "cannot exec",
		"failed to fork", "could not fork", "unable to fork", "cannot fork", "unable to chdir", "cannot chdir",
		"could not stat", "cannot stat", "unable to stat",
	},
	"notfoundlong": {"couldn't be found", "could not be found", "cannot be found", "can't be found", "wasn't found"},
	// A domain the DNS does not hold, in Exchange's words ("The destination
	// server for this recipient could not be found in Domain Name Service
	// (DNS)"): the domain's, whichever address it is named for (a client's
	// host name not in the DNS is said otherwise: "Your host name could
	// not be found in DNS").
	"notindns":      {"not be found in domain name service", "not found in domain name service"},
	"fqdnrequired":  {"domain name required", "hostname required", "domain required", "fully qualified", "fully-qualified"},
	"mailboxfornow": joinTerms([]string{"mailbox unavailable", "mailbox not available", "mailbox is unavailable"}, evolutionMailboxUnavailableTerms),
	"usergone": joinTerms([]string{
		"tai khoản khong tồn tại",                           // Vietnamese: "the account does not exist" (Zing)
		"mottagaren hittades inte", "mottagaren finns inte", // Swedish: the recipient was not found, does not exist
		// A recipient several users match, in RFC 821's words too ("553-
		// Ambiguous; Possibilities are …").
		"ambiguous address", "ambiguous recipient", "resolver.adr.ambiguous", "ambiguous; possibilities are", "does not exist in domain", "doesn't exist in domain", "doesn't exist on this domain", "does not exist in the domain", "does not exist on domain", "does not exist on this domain", "not found in domain", "not found in the domain",
		"unknown local", "local-part unknown", "local part unknown", "is not a known mailing list", "アドレスが不明", "邮件地址未知",
		"previously hard-bounced", "previously bounced",
		"bad address", "can't accept user", "not an active address", "badrecipientto", "missing home directory", "in name directory", "rejected recipients", "nonexistent user", "user nonexistent",
		"user unknown", "unknown user", "no such user", "nosuchuser", "no such recipient", "no such mailbox", "sorry, no mailbox",
		// cPanel's Exim on a recipient its callout could not verify ("The
		// account or domain may not exist, they may be blacklisted, or
		// missing the proper dns entries"): the account, named first.
		"account or domain may not exist",
		"user unknow", // as some servers spell it
		// Exchange Online's report: "firstname.lastname wasn't found at example.com".
		"wasn't found at",
		"no such address", "no such person", "recipnotfound", "recipientnotfound", "recipient notfound",
		"mailbox unavailable", "mailbox not available", "mailbox is unavailable", "unknown or illegal alias",
		"badrcptto", "validrcptto", "invaddr", "doesn't have a", "not our customer",
		"no valid recipients", "account that you tried to reach", "not a known user", "no mail box available",
		"there is no one at this address", "envelope recipient has been denied", "destination addresses were unknown",
		"account unavailable", "no longer an employee", "no longer employed", "no longer with",
		"no longer works", "left the company", "left the organization", "left the organisation", "nessun utente simile", "no existe dicha persona",
		"no existe ese usuario", "utilisateur inconnu",
	}, evolutionMailboxUnavailableTerms, mailClientRecipientTerms),
	"senderrejected": {"sender address rejected"},
	// Postfix's plain "reject" at RCPT, after permit_mynetworks and
	// permit_sasl_authenticated: with a 5.7.x code, a relay the client may
	// not use without logging in (Microsoft's 5.4.1 in the same words is
	// an unknown recipient).
	"recipaccessdenied": {"recipient address rejected: access denied"},
	// 1&1, GMX and Web.de on MAIL FROM: the sender domain's DNS records.
	"senderdns": {"mx or a/aaaa resource record", "mx and spf", "mx and/or spf",
		// The domain of the client's sender, named as "your domain".
		"your domain lacks an mx", "your domain seems to lack an mx", "your domain has no mx"},
	// A domain or host that takes no mail (a null MX, RFC 7504's 521),
	// a user that takes none, or mail refused from someone (acceptfrom).
	"acceptsnomail": {"does not accept mail", "doesn't accept mail", "does not accept email", "doesn't accept email", "does not accept e-mail"},
	"acceptfrom":    {"accept mail from", "accept email from", "accept e-mail from"},
	// Recipients not accepting mail from an address ("they are not
	// accepting mail from ann@example.com"), not from a client or an IP.
	"acceptingfrom": {"accepting mail from"},
	// An address or its domain said plainly not to exist: an "invalid"
	// beside it with X.1.3 is explained (syntaxOfAddress in classify.go).
	"saidnotexist": joinTerms([]string{"not resolve", "doesn't resolve"}, notExistTerms),
	"recipientrejected": {
		"recipient addresses rejected", "recipient address rejected", "recipient reject", "recipient not accepted",
		"mailbox rejected", "user rejected", "recipient refused", "recipient is not accepted"},
	"blockedvague": {"blocked", "banned", "access denied", "denied access", "refused connection", "rejected your ip", "service refuse", "no access from", "remote ip check",
		"차단", // Korean
	},
	"policyvague": {
		"message blocked", "message was blocked", "message has been blocked",
		"spoofed", "spoofing",
		"refused to receive", "not allowed to receive", "does not accept bounces", "access to mailbox",
		// Postfix's refusal of a bounce to several recipients.
		"multi-recipient bounce", "legitimate bounces",
		"rule imposed", "doesn't want your mail", "does not want your mail", "not accepted here",
		"policy", "not authorized", "forwarding",
		"rejected due to", "prohibited", "filter", "moderat", "restricted", "administrative prohibition",
		"politique", "richtlinie", "politica", "политик", "naruszenie zasad",
		"정책", // Korean
	},
	// Not accepted: by a policy when the reply says more that no rule
	// reads; said with no word of a cause, none (bareGroups).
	"notaccepted": {"not accepted"},
	// A message refused: by a policy when the reply says more that no
	// rule reads; said and nothing more, no cause (bareGroups).
	"messagerefused": {"message refused", "message rejected", "mail rejected", "email rejected", "e-mail rejected",
		// in other languages
		"mail rejete", "message refuse", "nachricht abgelehnt", "nachricht wurde abgelehnt", "mensaje rechazado",
		"mensagem rejeitada", "mensagem recusada", "messaggio rifiutato", "bericht geweigerd", "wiadomosc odrzucona",
		"wiadomosc zostala odrzucona", "zprava byla odmitnuta", "sprava bola odmietnuta", "sprava bola", "сообщение отклонено",
		"письмо отклонено", "邮件被拒绝", "メッセージは拒否されました", "メッセージは拒否",
	},
	// A queue that gave up: why the server stopped trying, not what
	// failed, which the words before it say when they say anything
	// (qmail's "Sorry, I wasn't able to establish an SMTP connection.
	// (#4.4.1) I'm not going to try again; this message has been in the
	// queue too long.").
	"stillundelivered": {"still undelivered", "queue too long",
		// Exchange's message expired in its queue (4.4.7).
		"in the time limit specified"},
	// A server's own congestion (Exchange's "The recipient could not be
	// processed due to congestion in the message transfer service"),
	// when no enhanced code says more ("451 4.4.5 Mail system congestion"
	// is a rate).
	"congestion": {"congestion"},
	// The word itself: a volume or throttling "due to poor IP reputation"
	// is the reputation's (a block), where "user complaints" with volume
	// stay a rate.
	"reputationword": {"reputation"},
	// Exim defers a message whose hosts all failed before, until their
	// retry time: the server's own deferral.
	"retrynotreached": {"retry time not reached", "retry time not yet reached"},
	// Hosts that have been failing for a long time, past which Exim gives
	// up ("retry time not reached for any host after a long failure
	// period"): their connections failed (ten collectors and readers of
	// samples called it so; three earlier rows and a review's wording, a
	// timeout).
	"hostsfailing": {
		"mta inaccessible for too long", // Postini: the receiving MTA not reached for too long (its MX records "inaccessible" are the domain's)
		"failing for a long time", "long failure period"},
	// A banner that never came, unless the connection is said to have
	// failed instead.
	"nobanner": {"receive the smtp banner"},
	// A client trying addresses to find which exist (a dictionary or
	// directory harvest attack) is refused as a client (four collectors
	// and readers of samples called it so, one earlier collector a rate).
	"harvest": {"dictionary attack", "directory harvest", "harvest attack"},
	// Mail called unwanted: the message's, unless the reply names a
	// client, an IP, a sender or a recipient gone as its subject ("Client
	// 192.0.2.1 rejected: source of unwanted mail").
	"unwantedmsg": {"message is unwanted", "unwanted mail", "unwanted email", "unwanted message"},
	// The sender's domain on a domain blocklist (Spamhaus's DBL, an
	// RHSBL), checked at MAIL FROM: the sender's, unless the HELO name is
	// what is listed (ten collectors and readers of samples called it so,
	// three table rows the client's).
	"senderdomainlisted": {"mailfrom domain is listed", "sender domain is listed", "sender domain listed", "dbl.spamhaus", "in the rhsbl"},
	// A connection lost under a program (.NET's "Unable to read data from
	// the transport connection: net_io_connectionclosed", a mail client's
	// "connection to SMTP server … was lost", Ruby's "end of file
	// reached"), or refused by a service a program guesses is offline,
	// unless what was lost is said to be a TLS handshake or a timeout. Its
	// rule comes before a server's own trouble ("Unable to read data from
	// the transport connection"); connclosed's words, decided only when no
	// other cause is named ("Connection closed by server: dictionary
	// attack detected"), are not these.
	// ESP-Mail-Client's "reading incoming data failed!" and "data sending
	// failed": the connection's.
	"connlost": {"reading incoming data failed", "data sending failed", "net_io_connectionclosed", "from the transport connection", "connection lost", "was lost in the middle", "end of file reached",
		"write to socket", "read from socket", "could not read from smtp", "could not read from server", "could not read from the server", "could not read from remote", "could not read from host", "write to the socket", "read from the socket", "perhaps it is offline",
		// Windows' WSAECONNABORTED, as .NET words it.
		"established connection was aborted",
		// JavaMail's read of a reply that failed ("Exception reading
		// response"); connlost's rule steps aside for a nested timeout or
		// TLS exception, and the rules after it decide.
		"exception reading response",
		// A session that ended under the client, whatever it asks for
		// next ("The connection to the server has been terminated. You
		// must login again …", "not connected to SMTP server"), and PHP's
		// write to a socket the server closed ("send of 6 bytes failed
		// with errno=32", EPIPE; 104 is ECONNRESET; not errno=11, a write
		// that would have blocked).
		"connection to the server has been terminated", "connection to the server was terminated", "not connected to smtp server", "bytes failed with errno=32", "bytes failed with errno=104",
		// Exchange's next hop that hung up (SMTPSEND.SuspiciousRemoteServerError).
		"remote server disconnected abruptly",
		// A greeting a client could not read (nodemailer's "Invalid
		// greeting"): with no reply code, another service answered ("+OK
		// Dovecot ready", an HTTP server); with one, that reply decides.
		"invalid greeting"},
	"handshakeword": {"handshake", "authentication failed because the remote party"},
	// OpenSSL's client handshake by its function's name (Postfix's
	// "SSL_connect error to HOST: lost connection"); tlsfailphrase holds
	// the same term for its own rule.
	"sslconnect": {"ssl_connect error"},
	// A service refused in the vaguest words (see vagueRules).
	"refusedservice": joinTerms([]string{"service unavailable", "service not available", "service is not available", "connection refused"}, msmtpRefusedTerms, glibcRefusedTerms),
	// Postfix's "delivery temporarily suspended: REASON" defers mail to a
	// destination; the reason decides, not a suspended mailbox.
	"deliverysuspended": {"delivery temporarily suspended"},
	// A server's own backends, which it may fail to reach.
	"backend": {"ldap", "database", "mysql", "postgres", "redis", "antivirus", "virus scanner", "spam scanner", "content filter", "content server", "content scanner",
		"clamd", "spamd", "amavis", "milter", "policy server", "policy service", "backend", "user database", "directory server",
		// The same in other languages ("451 4.3.0 Konnte keine Verbindung zur Datenbank herstellen").
		"datenbank", "数据库", "資料庫", "データベース", "데이터베이스", "base de datos", "banco de dados", "base de donnees", "базы данных", "базой данных",
		"базою даних", "adatbazis", "databaz", "katalogtjanst", "archivio utenti", "virenscanner", "virenprufung"},
	// The daemons a server runs beside it, named as such (a virus
	// scanner's): a connection to one that failed is the server's.
	"owndaemon": {"avpcheck", "avp daemon", "av daemon", "antivirus daemon", "scanner daemon", "clamd", "spamd", "amavisd"},
	// A host said to be infected, or a bot: with the client named and the
	// message not, the client is blocked.
	"infectedhost": {"is infected", "are infected", "be infected", "botnet", "spambot",
		// A client said to send viruses or junk ("your host, which is
		// sending us viruses", "which has sent or tried to send us
		// UCE/UBE or a virus recently").
		"sending us viruses", "tried to send us"},
	// Exim's "All RCPT commands were rejected with this error: REASON …
	// Valid RCPT command must precede DATA": the reason decides.
	"allrcptrejected": {"rcpt commands were rejected"},
	"timeout": joinTerms([]string{
		"0x800ccc19", // Outlook's IXP_E_TIMEOUT
		// Russian: "timeout", "no reply from the server", "no reply
		// received from the server" (Bitrix's mail module).
		"таймаут", "нет ответа от сервера", "не получен ответ от сервера",
		// Java's, at the start of its word: "timeoutexception" below only
		// starts one.
		"sockettimeoutexception", "socketreadtimeoutexception", // Java's; MailSo's
		// Python's OSError for a connection that ran out of time, when its
		// message names nothing more (asyncio's "[Errno 110] Connect call
		// failed ('192.0.2.1', 587)"): Linux's ETIMEDOUT, Windows'
		// WSAETIMEDOUT.
		"[errno 110]", "[errno 10060]",
		// .NET's TaskCanceledException as its HttpClient threw it when a
		// request's time ran out, before .NET 5 named the timeout ("A task
		// was canceled."). A task a caller cancelled says the same; read
		// as a timeout, the usual cause. Not the exception's name, which
		// .NET 5's own cancellation prints with "The operation was
		// canceled.".
		"a task was canceled",
		// Swedish: "the time limit was exceeded".
		"tidsgransen overskreds",
		"uplynal czas oczekiwania", // Polish: "the waiting time ran out" (smtp-gated)
		"connected party did not properly respond", "connected host has failed to respond",
		// Windows' WSAETIMEDOUT in its translations: French, German,
		// Spanish, Portuguese, Chinese, Japanese.
		"n'a pas repondu convenablement", "nicht richtig reagiert", "no respondio adecuadamente",
		"nao respondeu corretamente", "没有正确答复", "正しく応答しなかった",
		// The Spanish again, its "respondió" written in another code page
		// and read as U+FFFD: the clause after the lost letter.
		"adecuadamente tras un periodo de tiempo",
		"deadline has elapsed", "deadline exceeded", "seconds of inactivity", "dropped due to inactivity", "closed due to inactivity", "disconnected due to inactivity", "tempo limite de conexao", "readtimeout", "opentimeout", "timeouterror", "timeoutexception",
		"超时", "delai d'attente depasse", "delai d'attente expire", "tiempo de espera agotado", "tiempo de espera excedido", "se agoto el tiempo de espera", "tempo limite esgotado", "tempo limite excedido", "tempo scaduto", "タイムアウト", "время ожидания", "zaman asimi", "message expired", "delivery expired", "message too old", "zeituberschreitung", "wartezeit fur die verbindung ist abgelaufen",
		"queue expired", "timeout", "timed out", "time out", "time-out", "connection expired", "delivery time expired",
		"message has expired", "been retried for", "limit czasu", "entrega vencid", "zustellversuche erschopft",
		// A message still not delivered after hours or days of trying.
		"undelivered after", "could not send message for", "cannot send message for",
		"administratively expired",
		// Ruby's Timeout::Error ("execution expired"), alone or after
		// the servers a sender tried.
		"execution expired",
		// Node.js's socket timeout ("timedout" as other programs write it)
		// and nodemailer's greeting that never came.
		"etimedout", "timedout", "greeting never received",
		"open for too long", "session too long", "idle for too long"}, msmtpTimeoutTerms, thunderbirdTimeoutTerms, mailClientTimeoutTerms, glibcTimeoutTerms, glibNetworkingTimeoutTerms),
	// A client's own words for a connection it could not open or lost
	// (PHP's stream_socket_client(), Windows' WSAECONNREFUSED and
	// WSAECONNRESET, PHPMailer's, Swift Mailer's, EADDRNOTAVAIL), and a
	// relay's own "Unable to connect." with a network code (the rule's
	// clientOrRouting): no server answered, whatever "client" or address
	// they name. A server that answers "Connection refused" with another
	// code refuses the client (connfail, after the blocks).
	"connectfailed": joinTerms([]string{
		// A socket of an address family the system cannot open (Python's
		// "[Errno 97] Address family not supported by protocol", an IPv6
		// address on a host without IPv6).
		"address family not supported",
		// Evolution's "Cannot send message: service not connected.", and
		// its translations (evolution.go).
		"service not connected",
		// A program that names its connection to the server as what failed
		// ("Mail cannot be sent … due to a mail server connection
		// problem").
		"server connection problem",
		// A machine with no network stack running (AmigaOS's "No TCP/IP
		// stack running!", "Cannot open bsdsocket.library", Eudora's
		// "Couldn't load or initialize the Winsock DLL").
		"tcp/ip stack", "tcp/ip-stack", "bsdsocket.library", "initialize the winsock", "load the winsock",
		// Android's "isConnected failed: ECONNREFUSED", asyncio's "Connect
		// call failed ('192.0.2.1', 587)", and a library's "UNKNOWN ERROR:
		// SMTP CONNECT FAILED" (PHPMailer's "SMTP connect() failed" is read
		// by "connect() failed" below). Not "connect failed" alone:
		// Dovecot's "mysql(…): Connect failed to database" is the server's
		// own trouble.
		"isconnected failed", "connect call failed", "smtp connect failed",
		// ssmtp's (as sendmail) mail hub it could not connect to
		// ("Cannot open mail:25"); before a file's path, a file it cannot
		// open (framedTerms).
		"sendmail: cannot open", "ssmtp: cannot open",
		// CDO's transport errors (cdosys.h): CDO_E_CONNECTION_DROPPED,
		// CDO_E_FAILED_TO_CONNECT, with "0x" and without (Classic ASP's
		// "error '80040213'", VBA's "(80040213)"); Japanese "unknown mail
		// server", "a fatal error occurred while reading from the socket".
		"0x80040212", "0x80040213", "80040212 ", "80040213 ", "不明なメール サーバー", "ソケットからの読み込み中",
		"nie mozna polaczyc sie z", "could not open smtp port", // Polish: "cannot connect to" (smtp-gated); a port that would not open
		"could not be established", "fsockopen", "actively refused", "stream_socket_client", "unable to connect to", "unable to connect.",
		// A mail program's own words for a connection it could not open:
		// "Could not connect, check your network", a socket it could not
		// open (Outlook's SOCKET_CONNECT_ERROR), JavaMail's "Can't send
		// command to SMTP host", a read or write on the socket that failed.
		"could not connect ", "couldn't connect,", "couldn't connect.", "cannot connect,", "cannot connect.", "can not connect",
		"open a socket", "open socket", "open windows socket", "socket_connect_error", "send command to smtp host", "bytes on the wire",
		// Thunderbird's ("connecting to Outgoing server (SMTP) … failed",
		// "the connection to Outgoing server (SMTP) … was lost"), curl's.
		"connecting to outgoing server", "connection to outgoing server", "connection to the outgoing server", "sending data to the peer",
		// A client's class that could not send to its server or hear its
		// greeting ("it was not possible to send data to the SMTP server",
		// "cannot get initial OK message from server"), or make a socket.
		"send data to the smtp server", "send a line to the smtp server", "write smtp command", "initial ok message", "socket could not be created",
		"while connecting to the email server", "while connecting to the mail server",
		"zero byte response", "zero-byte response", "no servers available", "there was a network error",
		"session failed: read error", "session failed: write error", "tcp read error", "tcp write error", "socket read error", "socket write error",
		"forcibly closed", "cannot assign requested address", "open smtp connection", "empty reply", "连接服务器失败", "连接失败", "could not connect to", "end of data while reading from the smtp", "couldn't connect to", "failed to connect to", "cannot connect to", "can't connect to", "got an empty respons", "connect() failed", "network error:", "econnrefused",
		"falha ao conectar", "conexao recusada", "no se pudo conectar", "no se puede conectar", "conexion rechazada",
		"error de conexion", "erro de conexao", "errore di connessione", "erreur de connexion", "verbindungsfehler",
		"impossible de se connecter", "connexion refusee", "verbindung abgelehnt", "verbindung zum smtp-server fehlgeschlagen",
		"connessione rifiutata", "impossibile connettersi"}, msmtpConnectTerms, thunderbirdConnectTerms, evolutionNotConnectedTerms),
	// A server not reached or contacted (said of a server, it is the
	// connection's failure, even when the domain is named too: "no MXs
	// for this domain could be reached").
	"unreached": {"could be reached", "could not be reached", "couldn't be reached", "cannot be reached", "can't be reached",
		"could not reach", "couldn't reach", "unable to reach", "unable to contact", "could not contact", "couldn't contact",
		"cannot contact", "could be contacted", "could not be contacted", "servers were available for", "cannot reach", "can't reach",
		"was not reachable",
		// A network's error named alone ("Sending failed due to network
		// error."): a connection that failed when no other words of the
		// reply name a cause (this group's own rule is among the last, and
		// few rules stand back for it; connfail's exclusions are many).
		"network error"},
	// The client's own resolver failing for now on the server's name
	// (Node's EAI_AGAIN, Python's gaierror -3): the connection could not
	// be made, as the Sender judges it; a name not found is the domain's.
	// OSSEC's and Wazuh's mail daemon names the server by its setting
	// ("ossec-maild: ERROR: DNS failure for smtpserver").
	"clientresolve": {"eai_again", "[errno -3]", "temporary failure in name resolution", "server misbehaving", "dns failure for smtpserver"},
	// A program's own lookup of the server's name, in its library's words
	// (Go's "dial tcp: lookup", getaddrinfo in C, PHP and Node, Python's
	// gaierror, Java's UnknownHostException, .NET's "remote name", curl's
	// "Could not resolve host", JavaMail's "Unknown SMTP host"; Node's
	// ENOTFOUND only with getaddrinfo, as Haraka's MX lookup of a
	// recipient's domain says it too): whatever
	// else the program's own words name ("email_sender: failed to dial
	// smtp"), the connection failed (a bounce about the recipient's host
	// in the words of its MTA, "Name or service not known" alone, is the
	// domain's, hostdown).
	"clientlookup": joinTerms([]string{
		// A program's resolver call that failed (SAP's "NiPGetHostByName
		// failed", "NIEHOST_UNKNOWN").
		"gethostbyname failed", "nipgethostbyname failed", "niehost_unknown",
		// Outlook Express's: "The server name you entered cannot be found on the network".
		"server name you entered cannot be found",
		// curl's and a mail program's server host name that did not resolve.
		"couldn't resolve host", "(mailserver) hostname", "dial tcp: lookup", "dial tcp4: lookup", "dial tcp6: lookup", "getaddrinfo", "php_network_getaddresses", "gaierror",
		"[errno -2]", "[errno -5]", "[errno 8] nodename nor servname", "[errno 11001]", "(11001)", "socket error # 11001", "no such host is known", "kein solcher host", "taki host nie jest znany",
		"eai_nodata", "eai_noname", "unknownhostexception", "could not resolve host", "failed to lookup address information",
		"unable to resolve host", "could not resolve hostname", "unknown smtp host", "remote name could not be resolved",
		// A program's own "Unknown host" of a host named as an SMTP server
		// (weewx's "Unknown host smtp.example.com"); of another name it is
		// a recipient's domain's.
		"unknown host smtp.", "unknown host: smtp.", "unknown host 'smtp.", `unknown host "smtp.`,
		"server cannot be resolved", "cannot locate host", "error resolving", ":nxdomain",
		"resolve the smtp server", "resolve smtp server",
		// Windows' SharePoint and SCOM ("Cannot resolve name of SMTP host
		// <host id>."), and a board's sketch ("could not get ip from
		// host").
		"resolve name of smtp host", "get ip from host",
		// A device's own words ("Failed to send email. (Failed to resolve
		// host address.)"), and Twisted's exception for the server's name
		// its connector could not look up ("DNSLookupError: DNS lookup
		// failed: postfix.mail.svc.cluster.local."); bare ("DNS lookup
		// failed."), Twisted's mail relay raises it for a recipient's
		// domain with no MX and no address, which the domain's words read.
		"resolve host address", "dnslookuperror: dns lookup failed:"}, msmtpLookupTerms),
	// A session or submission called unauthenticated asks for a login,
	// unless the reply counts them ("Too many unauthenticated sessions":
	// a rate). Not a connection: "requires PTR for unauthenticated
	// connections" is the client's, "not authorized to send as this
	// address over unauthenticated connections" the sender's.
	"unauthsession": {"unauthenticated session", "unauthenticated submission"},
	// qpsmtpd's plugins that check a login, named in the reply of one
	// that refused it ("auth_vpopmail - invalid user"), unless another
	// cause is named (a login asked for, a rate, a block).
	"authplugin": {"auth_vpopmail", "auth_checkpassword", "auth_flat_file", "auth_ldap_bind", "auth_cvm"},
	// Commands sent without logging in, counted ("421 Error: too many
	// unauthenticated commands"): the client must log in first.
	"unauthcommands": {"unauthenticated commands"},
	// A program's own words for settings it was not given: no server, no
	// password for the mechanism it was told to use (nodemailer's
	// "Missing credentials for \"PLAIN\"", Ruby's "SMTP-AUTH requested
	// but missing secret phrase"). Not "not configured" alone, which a
	// server says of what it is set up for ("not configured to relay"):
	// settingbad's "not configured" counts only beside a setting's name.
	// The names programs give their mail settings (environment variables,
	// Django's and Laravel's settings), with a value they cannot use
	// ("SMTP_FROM '' is not a valid email address").
	"settingname": joinTerms([]string{
		// A setting as a program's form or its options name it ("SMTP
		// port is required.", "Username and password are required."; a
		// field that "can not be empty" is formCheckTerms', whatever it
		// is);
		// "host" or "password" alone are too often a server's or a
		// login's ("TLS is required, but was not offered by host", "An
		// application specific password is required").
		"smtp host", "smtp port", "smtp username", "smtp password", "hostname and port", "username and password", "port number", "server field", "smtp_from", "smtp_host", "smtp_user", "smtp_username", "smtp_password", "smtp_port", "smtp_server", "smtp_sender",
		"mail_from", "mail_host", "mail_username", "mail_password", "mail_port", "email_host", "email_host_user", "email_host_password",
		// SugarCRM's and SuiteCRM's "The outbound mail server selected for
		// the mail account you are using is invalid": not any words of an
		// outgoing server, which are often a login's or a sender's.
		"outbound mail server selected",
		// The SMTP server's or a proxy's address a program was given ("The
		// SMTP server address could not be parsed").
		"smtp server address", "proxy address",
		// A value a program's configuration holds or lacks, unnamed (CDO's
		// "The \"SendUsing\" configuration value is invalid").
		"configuration value", "configuration source", "mail_url", "mailer configuration",
		"email_port", "email_from", "default_from_email", "server_email", "mailer_dsn",
		// A setting a program's form names whole ("There is no valid smtp
		// server setting", "no valid sendmail path setting", "SMTP
		// configuration incorrect").
		"server setting", "path setting", "smtp configuration",
		// An option of a program's configuration, named as one
		// ("SysConfig option SendmailModule::OAuth2TokenConfigName is not
		// set").
		"config option", "sysconfig option", "configuration option",
		// A program's mail configuration, a field of its configuration, or
		// the receiver its form holds ("The mail configuration is
		// incomplete or invalid.", "smtp `smarthost` conf field is
		// required", "Mail receiver is empty!").
		"mail configuration", "email configuration", "conf field", "config field", "configuration field", "mail receiver", "email receiver",
		// The recipient's variable, and a program's mail settings or the
		// file that holds them, named as such ("You must define SMTP_TO as
		// the recipient email address(es).", "email settings are not
		// configured", "Incomplete mail config (…)", "Specified CFG file
		// not present"); a variable whole ("email_token" is another).
		"smtp_to ", "email_to ", "mail_to ", "email settings", "mail settings", "smtp settings", "mail config ", "smtp config ", "email config ", "mail configs ", "smtp configs ", "email configs ", "config file", "configuration file", "cfg file",
		// An environment variable a program reads a setting from, with
		// settingbad's word of it missing or not set ("Missing
		// TM_EMAIL_FROM_ADDRESS environment variable"); named beside a
		// failure with no such word ("connect ECONNREFUSED …. Check the
		// SMTP_HOST environment variable."), what failed decides.
		"environment variable", "env var ", "env variable",
		// An SMTP account, as a program asks for one to be set up
		// (settingadvice's "You have to setup an smtp account").
		"smtp account",
		// A password's SMTP_ variable in short ("SMTP_PWD is not set",
		// "SMTP_PASS is missing"; not "smtp_" alone: SMTP_TOKEN is no
		// setting this reads), and a sender's setting named in camel case
		// ("One of emailFrom, smtpHost or smtpPort is missing"; not
		// "smtphost" or "smtpserver", the start of host names such as
		// smtphost.example.com).
		"smtp_pwd", "smtp_pass", "emailfrom",
		// noSettingNamed and smtpSwitchedOff are here and in
		// settingadvice at once (see noSettingNamed).
	}, noSettingNamed, smtpSwitchedOff),
	// A program's advice to set up its settings, or its warning of one it
	// goes on without, beside a setting's name: unlike settingbad's
	// statements, whatever failed beside them decides ("SMTP Error: Could
	// not authenticate. Please first configure SMTP settings.").
	"settingadvice": joinTerms([]string{
		// A program that asks for its settings before it sends ("you
		// must first configure SMTP settings"; not "must configure"
		// alone, which Google's relay says of a mail server's login).
		"first configure",
		// A program asking for its settings to be set up ("Please setup
		// SMTP config at first"), unless a relay or a login is refused
		// beside it ("Relay access denied. Please set up SMTP
		// authentication in your mail settings").
		"please setup", "please set up",
		// An SMTP login a program was not given ("No SMTP username
		// provided: smtp_user_name"), as whole words.
		"no smtp user ", "no smtp username ", "no smtp password ",
		// An SMTP account a program asks to be set up ("You have to setup
		// an smtp account"), whatever failed beside it deciding.
		"setup an smtp", "set up an smtp",
		// A program asking for its settings to be configured ("Please
		// configure and Test SMTP settings first"), or saying they are not
		// valid or incorrect ("SMTP settings are not valid", "OQRS Alert!
		// Email settings are incorrect."): advice, which a program also
		// writes beside a server's refusal or its own failure to connect
		// ("getaddrinfo ENOTFOUND … - your SMTP settings are incorrect"),
		// and then what failed decides.
		"please configure", "settings are not valid", "settings are invalid", "settings are incorrect",
		// The configuration called invalid before its name ("Invalid SMTP
		// configuration. Email not sent."), as advice: beside it what
		// failed decides ("Invalid SMTP configuration: Error: connect
		// ECONNREFUSED …").
		"invalid smtp configuration", "invalid mail configuration", "invalid email configuration"}, noSettingNamed, smtpSwitchedOff),
	"settingbad": joinTerms([]string{"not a valid", "is invalid", "invalid value", "is not valid", "must be set", "is required", "is empty", "is not set", "is unset", "not configured", "missing",
		// Python's configparser's "No option 'smtp_host' in section: …".
		"no option", "could not be parsed", "cannot be parsed",
		"must be 'smtp", "to enable sending, set", "invalid type",
		// Go's encoding/json beside a settings file's or a setting's name
		// ("error reading config file: json: cannot unmarshal …").
		"json: cannot unmarshal",
		"configuration incorrect", "configuration is incorrect",
		// None valid ("NO VALID SMTP CONFIGURATION FOUND", "There is no
		// valid smtp server setting").
		"no valid",
		// A program's check in its other words: a setting it asks to be
		// defined or set ("You must define SMTP_FROM …", "requires
		// smtp_user and smtp_password to be set"), or one incomplete ("The
		// mail configuration is incomplete", "Incomplete mail config"), not
		// present, or a variable invalid ("Invalid smtp_server (…)"; not
		// "invalid" before any setting's name: "Invalid username and
		// password" is a login refused).
		"must define", "to be set", "incomplete", "not present", "invalid smtp_", "invalid mail_", "invalid email_",
		// A value a setting must hold ("Invalid email configuration:
		// Field 'from' must be a valid email address", "MAIL_FROM must be
		// a valid email address"); not "Invalid SMTP configuration:"
		// alone, which nodemailer's users put before the error of a
		// connection ("… Error: connect ECONNREFUSED").
		"must be a valid",
		// A prompt for a valid port ("Please enter valid port number.",
		// "Please enter a valid SMTP port"; not "Please enter a valid SMTP
		// username", a login's), a port a host setting lacks
		// ("email.smtp_server needs a port"); settings said not valid are
		// settingadvice's.
		"needs a port"}, wordPairs([]string{"enter valid", "enter a valid"}, []string{"port number", "smtp port"})),
	"settingsmissing": joinTerms([]string{
		// Credentials or settings a program was never given ("Email
		// credentials not configured", "AWS credentials not provided",
		// "Failed to send email due to SMTP configuration issues").
		"credentials not configured", "credentials not provided", "smtp configuration issue", "no configuration found",
		// PHP has no stream transport for the scheme a setting names (its
		// openssl extension off, or a scheme such as "startssl"): "Unable
		// to find the socket transport "tls" - did you forget to enable it
		// when you configured PHP?", whatever TLS it names.
		"unable to find the socket transport",
		// Symfony Mailer's DSN (MAILER_DSN) that does not parse or is not
		// set, in the sentences it says it with ("The mailer DSN has some
		// garbage at the end.", "The "smtp://host:port" mailer DSN is
		// invalid.", "The mailer DSN must contain a host"), whatever
		// words the DSN quoted in them holds; not a program's "Mailer
		// DSN: smtp://…" line before the error that decides.
		"mailer dsn is invalid", "mailer dsn is not", "mailer dsn must", "mailer dsn has some", "mailer dsn not ", "invalid mailer dsn", "unknown dsn scheme",
		// A program's own setup: a password, a mailer, a TLS library or a PHP extension missing (sendEmail, s-nail, mutt, PHPMailer).
		"but no password", "refresh command defined", "requested in the configuration", "not compiled in", "support compiled in", "no mailer", "host specification", "executable not found", "extension missing", "configure your smtp", "mailer url",
		"no sender is configured", "no sender was specified", // a client with no sender set
		// Firebase Authentication's settings of a project, named by
		// where they are set ("Please fix by going to the Auth email
		// templates section in the Firebase Console."; not the console
		// alone, which a program names after any error) or by name (the
		// continue URL, the dynamic link domain): not the server's
		// refusal of a domain or a sender.
		"email templates section", "continue url", "continue uri", "continue-uri", "dynamic link domain", "dynamic-link-domain",
		// A value a program asked for and was not given ("Host name is
		// required, but none is provided."), and its mail notifications
		// never switched on ("Email notifications not enabled. Input an
		// SMTP server, …", "Email not enabled.").
		"but none is provided", "but none was provided", "notifications not enabled", "email not enabled", "mail not enabled", "email is not enabled", "mail is not enabled",
		// A message's fields a program's check found empty before it
		// sent ("To, CC and BCC are all empty.", "account email is
		// empty"); not "From is empty", which a server says of a null
		// sender or an empty header.
		"are all empty", "email is empty",
		// Airflow's SMTP connection that was never set up.
		"smtp connection is not found", "the conn_id `",
		// A client certificate a program was told to load and could not
		// (Go's "could not load cert or key file: open : no such file or
		// directory"), and a user the program has no address for ("no
		// email configured for current user").
		"could not load cert or key", "no email configured",
		// A sending API's request without a parameter it needs, with no
		// reply code (Mailgun's "from parameter is missing"): the
		// program's call; a server's reply to a command's parameters has
		// a code ("501 Required param FROM: is missing").
		"parameter is missing", "missing parameter",
		// mailutils' mail program it could not start ("mail: Cannot open
		// mailer: No such file or directory"); not a connection it could
		// not make ("Cannot open mailer: Connection refused"), whose error
		// decides.
		"cannot open mailer: no such file", "cannot open mailer: permission denied",
		// mbed TLS's file of certificates it could not read ("X509 -
		// Read/write of file failed"), and Postfix's warning, which its
		// sendmail prints to whatever program calls it, of an
		// inet_protocols setting the host cannot serve ("inet_protocols:
		// disabling IPv6 name/address support: Address family not
		// supported by protocol").
		"x509 - read/write of file failed", "inet_protocols:",
		// A program's mail settings none configured ("No mail settings
		// configured"; mailSettingsMissing and notConfiguredYet are the
		// same said missing or never set up).
		"no mail settings", "no email settings",
		// A library, module or language extension the sender needs and
		// cannot load, whatever TLS or login it was for (sendEmail's
		// "can't load required libraries", a Perl script's "couldn't load
		// a module", Java's "SASL library class is not loaded", PHP's
		// OpenSSL extension, Python built without ssl, a package to
		// install).
		"load required librar", "load a module", "library class is not loaded", "not available to your python",
		"requires the openssl extension", "openssl extension is not", "openssl extension not", "enable the openssl extension",
		// A port setting that is not a number ("The port must be a
		// number!"), and the recipient a program's
		// check names missing ("Email recipient is missing"; not "is
		// missing" of any setting: "SMTP server is missing the AUTH
		// extension", "password is missing or incorrect").
		"port must be a", "port must be between", "email recipient is missing",
		// Postfix's sendmail called with options that contradict ("fatal:
		// stand-alone mode requires no recipient"), Python's ssl given no
		// server name ("server_hostname cannot be an empty string", which
		// formCheckTerms' "cannot be an empty string" reads).
		// Not Twikoo's "SMTP 邮箱配置异常" ("mail settings abnormal"), which
		// frames whatever failed, a connection's too, nor a form's "field
		// is required", which checks a message's fields as often.
		"stand-alone mode requires no recipient",
		// A program asking for its mail server to be set ("Please configure
		// email server in Report Portal settings").
		"please configure email server", "please configure the email server", "please configure mail server",
		// Keycloak's EmailException for a realm whose sender address is
		// unset or unusable ("Please provide a valid address"); a server's
		// reply has a code, and this rule takes none.
		"please provide a valid address",
		// A mail program a script calls that is not installed (the shell's
		// "mail: command not found"; a server's "AUTH command not found"
		// is not this), and a mailer's transport or DSN scheme the
		// framework does not know (Symfony Mailer's "The \"\" scheme is not
		// supported", Laravel's "Unsupported mail transport").
		"mail: command not found", "sendmail: command not found", "mailx: command not found", "s-nail: command not found",
		"mutt: command not found", "msmtp: command not found", "ssmtp: command not found", "swaks: command not found",
		`"" scheme is not supported`, "supported schemes for mailer", "unsupported mail transport",
		// A program's mail settings never given or left incomplete
		// ("Unable to find SMTP configuration", "Incomplete email config:
		// smtpHost", "You haven't setup any email service yet").
		"find smtp configuration", "incomplete email config", "setup any email service", "set up any email service",
		// System.Net.Mail's IIS pickup directory, a setting of the program
		// (Exchange's Pickup directory refusing a message is not this).
		"iis pickup directory", "allowed for pickup directory",
		// A message a program would not send as it stood: no subject, no
		// body (PHPMailer's "Message body empty"), no recipient given
		// ("No recipient could be found for sending email", Cacti's "No
		// recipient address set!!", Laminas's "transport expects at least
		// one recipient"). A server's reply has a code, and this rule
		// takes none.
		"message body empty", "message body is empty", "no subject specified", "no email subject specified",
		"no recipient could be found", "no recipients could be found", "no recipient email address", "no recipient address set",
		"no recipient address specified", "expects at least one recipient",
		// The server's settings never given ("no SMTP host is configured",
		// "No system SMTP settings", "missing required SMTP environment
		// variables"), a mail session a Java server was to look up by name,
		// a sender left empty (Ruby's mail gem: "A sender (Return-Path,
		// Sender or From) required to send a message"; any address quoted
		// empty: "\"\" is not a valid email address").
		"no smtp host", "no smtp settings", "no system smtp settings", "missing required smtp", "jndi configuration",
		"or from) required", `"" is not a valid`,
		// Libraries' own checks of the same (Simple Java Mail's and Commons
		// Email's "From address required", "At least one receiver address
		// required", "Cannot find valid hostname for mail session", Vert.x's
		// "sender address is not present", SABnzbd's "No recipients
		// given"), an address quoted empty or by its field's name ("'From'
		// is not a valid email address", "Emailaddress \"\" is not valid"),
		// and mail never set up ("email not configured").
		"from address required", "at least one receiver", "hostname for mail session", "sender address is not present",
		"no recipients given", "no recipient given", "email without host", "mail without host",
		`"" is not valid`, `'from' is not a valid`, `"from" is not a valid`,
		"email not configured", "email is not configured", "mail not configured", "smtp is not configured",
		// PowerShell's check of a parameter a script passed empty
		// ("Cannot validate argument on parameter 'To'. The argument is
		// null, empty, …").
		"cannot validate argument on parameter",
		"options not configured", "smtp not configured", "smtp server not configured", "smtp settings not configured",
		"mail settings not configured", "no smtp server configured", "no smtp host configured", "missing password for",
		"email settings not configured", "mail service not configured",
		// The same in more programs' words: a mail server not set
		// ("SMTP mail server not configured", "Outgoing mail server not
		// configured"), a command-line sender asking for its server
		// ("Please specify SMTP server with flag -smtp"), its credentials
		// or its recipients never given (Racket's "send-smtp-message: no
		// recievers", Blat's "No email address was found for
		// recipients"), a form's fields left empty, and OTRS's and
		// Znuny's settings missing from their Config.pm. Not AutoIt's
		// "Invalid Parameters": Dovecot's "501 5.5.4 Invalid parameters"
		// says it too, and a program may print it without its code.
		"mail server not configured", "specify smtp server", "specify the smtp server", "missing smtp credentials",
		"no email address was found", "no receivers", "no recievers", "required fields missing", "required field missing", "required fields are missing",
		"found in kernel/config.pm",
		// Two settings a program was given that cannot go together
		// (Swoosh's ":enable_starttls and :tls are mutually exclusive").
		"mutually exclusive",
		// A program a sender runs that is not there (Haskell's process
		// library: "createProcess: posix_spawnp: does not exist"; not its
		// "resource exhausted", a failure for now; OTRS's "No such binary:
		// /usr/sbin/sendmail!"), and SQL Server's mail component switched
		// off or its settings unreadable ("because this component is
		// turned off", "Mail configuration information could not be read";
		// not Windows' "Configuration information could not be read from
		// the domain controller").
		"posix_spawnp: does not exist", "no such binary", "component is turned off", "mail configuration information could not",
		// A mailer with no transport or an unknown driver (Outline's "but
		// no transport configured", Laravel-style "Unknown mail driver"),
		// and an unknown service scheme (Shoutrrr's "unknown service:
		// \"smtps\"").
		"no transport configured", "transport not configured", "unknown mail driver", "unsupported mail driver", "invalid mail driver", "unknown service:",
		// A message the program would not send as it stood ("Mail is
		// incomplete: no sender!", Eudora's "A message must have a
		// recipient", YAM's "No user name or password was specified"), a
		// setting never given ("Sender address has not been set", "Church
		// Email address is not set") or not usable ("invalid SMTP server
		// or SMTP port", "Unsupported sendmail command flags").
		"mail is incomplete", "message is incomplete", "must have a recipient", "no user name or password", "no username or password",
		"address has not been set", "address is not set", "invalid smtp server", "invalid smtp host", "invalid smtp port", "unsupported sendmail command",
		// A plugin or library a connection needs, not installed ("The
		// connection requires SSL, but the SSL plugin is not correctly
		// installed").
		"not correctly installed", "not installed correctly",
		// The program's own mail switched off ("Outbound mail has been
		// disabled", "Email is disabled. Enable it in …", "e-mail
		// notifications are not enabled"): not a recipient's mailbox.
		"outbound mail has been disabled", "outbound email has been disabled", "outbound mail is disabled", "outbound email is disabled",
		// Not "email is disabled" alone, which may be a recipient's
		// account.
		"disabled. enable it", "email sending is disabled", "sending email is disabled",
		"notifications are not enabled", "notifications are disabled", "notification is not enabled", "notification methods are disabled",
		// A program's own check of its recipients before sending
		// (condor_mail's "you must specify at least one recipient",
		// "Trying to email, but address list is empty", "You forgot to
		// add who you are sending this message to", git-multimail's "No
		// email recipients configured!").
		"specify at least one recipient", "address list is empty", "recipient list is empty", "recipients list is empty", "who you are sending",
		"recipients configured", "no recipient configured",
		// PHP's warning for a function the host's php.ini disables, that
		// the mailer needs ("mail() has been disabled for security
		// reasons", Swift Mailer's escapeshellarg()), from the function's
		// closing parenthesis: an account "disabled for security reasons"
		// is no setting.
		") has been disabled for security reasons",
		// Indy's OpenSSL libraries not found beside the program ("Could
		// not load SSL library."): the sending host's setup, no server
		// asked.
		"load ssl library",
		// A sending tool's account or contact with no address to use
		// ("Owner has no sending address").
		"has no sending address",
		// An address setting left empty ("Invalid address \"\""); not
		// .NET's "Value cannot be null", whatever argument was null.
		`invalid address ""`,
		"missing credentials for", "missing secret phrase", "requested but missing",
		// A setting not given, said whole ("No e-mail password set",
		// "authentication method PLAIN needs a password").
		"userid set", "password set ", "from address set", "no recipients defined", "no recipients supplied", "no smtp transport", "needs a password",
		"requires tls_key_file", "requires tls_cert_file", "tls_trust_file", "no email credentials", "no remote hosts listed",
		// A line of msmtp's configuration file it could not take.
		"msmtprc: line",
		// A signing key a program could not load or parse (taskmail's own
		// DKIM settings wrap Go's "x509: failed to parse private key").
		"failed to parse private key", "failed to load dkim key", "could not load dkim key", "parse private key", "decryption password incorrect",
		// A server that answers as IMAP does, where a mail program
		// expected SMTP ("short response: * OK [CAPABILITY IMAP4rev1 …
		// AUTH=PLAIN] Dovecot ready."): the port set is not the SMTP
		// server's, whatever else its greeting lists.
		"imap4rev1",
		// No server, password, recipient or envelope sender given; a
		// login mechanism given as something else ("wrong authentication
		// type false", Ruby's Net::SMTP).
		"no mail servers are defined", "no password specified", "no recipients found", "no recipient addresses", "envelope-from address is missing",
		"wrong authentication type",
		// Postfix refusing to start for a setting of its own ("fatal: in
		// parameter smtpd_relay_restrictions …, specify at least one
		// working instance of: reject_unauth_destination, …"), whatever
		// the setting's name says.
		"specify at least one working instance",
		// msmtp's account missing from its configuration file.
		"msmtp: account", "no configuration file available", "set x509 trust file",
		// A mail program or package the sender needs, not installed
		// (raspiBackup's "Mail program msmtp not installed", MediaWiki's
		// "PEAR mail package is not installed"; German), and settings
		// one option requires with it.
		"not installed", "nicht installiert", "must be specified as well",
		// A Perl module the sender needs: named as one (Webmin's "Perl
		// module Authen::SASL is needed for SMTP authentication"), in
		// Perl's own words ("Can't locate Authen/SASL.pm in @INC (you may
		// need to install the Authen::SASL module)"), and Net::SMTP's die
		// when SSL is asked of it without IO::Socket::SSL ("To use SSL
		// please install IO::Socket::SSL with version>=…").
		"perl module", "in @inc (you may need to install the", "to use ssl please install",
		// No local mail program to hand the message to ("No mail program
		// was found on your system!", "mail program not found").
		"no mail program", "mail program not found",
		// Django's exception for settings that cannot work
		// ("ImproperlyConfigured: Set the FROM_EMAIL environment
		// variable"), a mail URL whose scheme the program does not know
		// ("Invalid email URL scheme: smtpx"), and Go's net/http for an
		// API's URL set with none ("Post \"/v3/mail/send\": unsupported
		// protocol scheme \"\""); not any URL's scheme, which a filter may
		// refuse in a message's link.
		"improperlyconfigured", "email url scheme", "mail url scheme", "unsupported protocol scheme",
		// A login a program's form asks for because its own setting turns
		// authentication on ("Username and Password are required when
		// authentication is enabled", "A password is required if
		// authentication is enabled"): not a server's "authentication
		// required", which names no setting.
		"when authentication is enabled", "when smtp authentication is enabled", "if authentication is enabled", "when smtp auth is enabled", "when auth is enabled",
		// Mail a program says it was never set up for ("The system has
		// not been configured to send email", "You have not configured
		// either the email server or the email account …"); not "I have
		// not been configured to let you … do this", a relay's refusal,
		// which carries its code and names the relay, nor "you have not
		// configured" of anything (SPF, reverse DNS).
		"not been configured to send",
	}, wordPairs([]string{"have not configured", "haven't configured"},
		[]string{"email server", "mail server", "smtp server", "email settings", "mail settings", "smtp settings", "an email account", "a mail account",
			"either the email", "either the mail", "the email server", "the mail server", "the smtp server", "the email settings", "the mail settings", "the smtp settings", "the outgoing mail"}), mailSettingsMissing, notConfiguredYet, sendingServiceUnset, mailSenderOff, []string{
		// A configuration file a program could not read or open
		// (nullmailer's "Could not read config file", "Couldn't read
		// configuration file '/etc/rstudio-connect/…'", "Unable to open
		// configuration file /etc/msmtprc").
		"read configuration file", "read config file", "open configuration file", "open config file",
		"configuration file could not be read", "config file could not be read",
		// Python's and Django's checks of a header the program built with
		// a line break in it ("Header values may not contain linefeed or
		// carriage return characters", "BadHeaderError: Header values
		// can't contain newlines"): no server was asked.
		"header values may not contain", "header values can't contain",
		// Postfix's warnings about its own settings: a certificate or key
		// file it could not load ("cannot get RSA certificate from file
		// …: disabling TLS support"), a relayhost it could not use; a
		// message a program was given with no recipients.
		"disabling tls support", "relayhost configuration problem", "email had no recipients",
		// A From, an adapter or a setting a program was not given ("No
		// from address given.", which formCheckTerms' "no from address"
		// reads, Parse Server's "emailAdapter are required",
		// "the :SystemEmail setting is null", a JSON schema's "missing
		// properties: \"connection_uri\"").
		"no adapter is set", "emailadapter are required", "emailadapter is required", "setting is null", "missing properties:",
		// A login's settings a program calls invalid ("SMTP-Auth
		// configuration invalid."), and a setting of Postfix's client one
		// mode needs ("SMTPS wrappermode (TCP port 465) requires setting
		// \"smtp_tls_wrappermode = yes\"").
		"auth configuration invalid", `requires setting "smtp_`,
		// No recipient or SMTP server a program was given, or settings it
		// could not find or read ("Recipient addresses must be specified
		// on the command line or via the -t option", Proxmox's "no
		// recipients provided for the mail", Citadel's "no SMTP target
		// given", Nextcloud's "no smtp config found" and "Invalid config
		// found for smtp", an empty URL setting that is "Malformed URL").
		"recipient addresses must be specified", "no recipients provided", "no smtp target", "no smtp config", "invalid config found", "malformed url:",
		// The same in other programs' words: mutt's "No recipients were
		// specified.", .NET's "A recipient must be specified.", Swift
		// Mailer's "Cannot send message without a recipient" (a server's
		// "503 No recipients specified" is a command out of sequence).
		"no recipients were specified", "recipient must be specified", "without a recipient",
		"missing smtp configuration", "malformed smtp url", "smtp settings are not configured",
		// A program built or set up without what it needs: a socket
		// library without TLS ("socket does not have ssl support"), an
		// address setting left empty (Go's net/mail "mail: no address"),
		// Postfix's local aliases database missing ("hash:/etc/aliases is
		// unavailable", "lookup of 'root' failed").
		"socket does not have ssl support", "mail: no address", "hash:/etc/aliases", "aliases.db",
		// Sending turned off in a program's settings ("Email sending
		// aborted by configuration").
		"aborted by configuration", "disabled by configuration",
		// Oracle's network ACL that keeps the database from connecting
		// out ("ORA-24247: network access denied by access control list
		// (ACL)"), in any language.
		"ora-24247",
		// A mailer a program could not set up, a parameter, a placeholder
		// (Spring's "Could not resolve placeholder ${SMTP_USER}") or a
		// host it was never given (Go's "dial tcp: missing address", an
		// empty one), an address it has none of ("Email address for root
		// is not configured", "None of the local administrators has an
		// e-mail address configured"), an account to set up first.
		"cannot configure mailer", "missing compulsory", "config parameter not found", "configuration parameter not found",
		"could not resolve placeholder", "tcp: missing address", "missing smtp service host", "missing smtp host", "missing smtp port",
		"smtp unconfigured", "mail unconfigured", "email unconfigured", "mailer unconfigured", "header not configured",
		"address for root is not configured", "has an e-mail address configured", "has an email address configured",
		"account must be setup before", "account must be set up before", "provide an outgoing mailserver", "provide an outgoing mail server",
		// Swift Mailer's "Cannot send message without a sender address",
		// as "without a recipient" above; its sendmail transport's program
		// that would not start ("Process could not be started").
		"send message without a sender", "process could not be started",
		// A program built without the TLS it was asked to use ("'-ssl' not
		// available, not compiled with OpenSSL", "Must be compiled with
		// OpenSSL in order to get CRAM-MD5 support").
		"compiled with openssl", "compiled with ssl", "compiled with tls", "compiled with gnutls", "compiled without",
		// Symfony Mime's message built without the headers it needs ("An
		// email must have a "From" or a "Sender" header.", "… a "To", "Cc",
		// or "Bcc" header."), sendmail's mailer defined with no host
		// ("null host name for mailer"), a password with characters a
		// program will not send ("Only plain text characters (7-bit ASCII)
		// are allowed in passwords"), Proxmox's notification target its
		// configuration names and does not define.
		`email must have a "`, "null host name for mailer", "allowed in passwords", "notification target",
		// CDO's message with no From and no recipient ("At least one of
		// the From or Sender fields is required, and neither was found.",
		// "At least one recipient is required, but none were found."), a
		// host a script never set (JavaScript's undefined, before the
		// port: "Failed to connect to undefined:587"), Alertmanager's
		// "no global SMTP smarthost set", a configuration given in part,
		// an address never given ("No email address provided").
		"from or sender fields", "recipient is required, but none", " undefined:25", " undefined:465", " undefined:587", "no global smtp smarthost set", "no smtp smarthost set", "no smarthost set", "partial email config",
		"no email address provided", "no e-mail address provided",
		// Bitrix's mail module: "the sender's address is empty", "no
		// recipients' addresses".
		"пустая почта отправителя", "нет почт получателей"}, msmtpSettingsTerms, mailClientSettingsTerms, evolutionNoRecipientsTerms, phpMailerProvideAddressTerms, phpMailerEmptyMessageTerms, phpMailerInvalidHostTerms, phpMailerInvalidAddressTags, codeIgniterSettingsTerms, formCheckTerms, dotNetNullSettingTerms,
		noAddressGiven, settingsUnavailable, phpMailLibraryMissing, mailPluginOrAccountOff),
	// A program's own words for its mail settings missing or wrong (no
	// code: a server's reply names its own configuration), unless what is
	// said to be so is a login's, a domain's or a certificate's.
	"settingswrong": joinTerms([]string{
		// msmtp's log file it cannot write ("cannot log to %s: %s", always
		// a path): its own configuration. The "log info was:" line msmtp
		// prints after it names TLS and AUTH ("tls=on auth=on"), and this
		// group's rule stands aside for them: whenever that line follows,
		// what it says decides.
		"cannot log to /", "cannot log to ~",
		// A sending service's API key a program was not given, in the
		// words notset does not hold ("SendGrid API key missing",
		// "Missing API key. Pass it to the constructor …"); here, not in
		// settingsmissing, so that a service's own 401 ("HTTP 401
		// Unauthorized: API key is missing or invalid") stays a login's.
		"api key missing", "api key is missing", "api_key is missing", "missing api key.", "api key is empty", "api key is required", "api_key is required",
		// Go's net/mail could not read an address the program was given
		// ("mail: expected single address", "mail: missing @ in
		// addr-spec"; one left empty, "mail: no address", is
		// settingsmissing's).
		"mail: expected single address", "mail: missing @ in addr-spec", "mail: no angle-addr", "mail: unclosed angle-addr", "mail: expected comma",
		// curl's error for a URL it cannot read (CURLE_URL_MALFORMAT), the
		// smtp:// or smtps:// URL of a script's settings.
		"url using bad/illegal format", "host using bad/illegal format",
		// Ruby's TypeError from a mail setting of the wrong type ("no
		// implicit conversion of false into Integer", a port set false).
		"no implicit conversion of",
		// Python's TypeError from a port or host of the wrong type
		// ("getaddrinfo() argument 2 must be integer or string"), and
		// Node's from a URL whose scheme no client takes
		// ("TypeError [ERR_INVALID_PROTOCOL]: Protocol "http:" not
		// supported").
		"getaddrinfo() argument", "err_invalid_protocol",
		// A client's own configuration file it could not read (msmtp's
		// "msmtp: /home/u/.config/msmtp/config: line 17: account default
		// was already defined"; a line of its ~/.msmtprc is
		// settingsmissing's), an SMTP URI it could not read (Firebase's
		// "Invalid SMTP connection URI. Must be in the form …"), and an
		// address no connection can be made to (Node's "connect EINVAL
		// 0.0.4.210:465", a port read as a host).
		"config: line ", "invalid smtp connection uri", "connect einval",
		// Metabase's check of its settings ("Wrong host or port"), Mule's
		// endpoint it could not read ("MalformedEndpointException: The
		// endpoint "smtp://" is malformed").
		"wrong host or port", "malformedendpointexception",
		// getopt's words for an option the local mail command lacks or
		// one it was given without its value ("mail: invalid option --
		// 'r'", FreeBSD's and macOS's "illegal option -- r", OpenBSD's
		// "unknown option -- r"): a server says none of them.
		"invalid option -- ", "illegal option -- ", "unknown option -- ", "option requires an argument -- ",
		// Go's encoding/json reading a mail setting of the wrong type
		// ("json: cannot unmarshal string into Go struct field
		// Notification.port of type int"), or a configuration being
		// loaded ("failed to load config: json: cannot unmarshal …"), as
		// Ruby's TypeError above; not "json: cannot unmarshal" alone,
		// which a Go client of a mail API says of its provider's answer.
		"port of type ", "host of type ", "username of type ", "password of type ", "timeout of type ",
		"config: json: cannot unmarshal",
		// Local setups a mail program refuses to run with: sendmail's
		// safety check of its files ("cannot open
		// /etc/mail/local-host-names: Group writable directory"),
		// Postfix's interfaces it could not find ("fatal: parameter
		// inet_interfaces: no local interface found for ::1"), and a
		// server name a resolver refuses as malformed (Node's EBADNAME,
		// the name set with its quotes; a recipient's domain looked up for
		// its MX, "queryMx EBADNAME", is not the server's name).
		"group writable directory", "parameter inet_interfaces", "querya ebadname", "queryaaaa ebadname", "getaddrinfo ebadname",
		// JavaMail's empty address, its quotes shown as apostrophes.
		"address in string ''''",
		"invalid uri", "invalid dsn", "required in server description", "invalid configuration", "incorrect configuration", "invalid server name", "missing smtp server", "define at least one smtp server",
		"mail server is not configured", "no email address defined", "provide at least one recipient",
		// Mail not set up at all (Redmine's "Email delivery is not
		// configured"), a host or address a program was given empty or
		// needs ("Could not find the host \"\"", "An SMTP To address is
		// required"), a From setting Go's net/mail could not parse, a
		// sendmail that exited with EX_CONFIG (78): the program's
		// settings.
		"delivery is not configured", "email is not configured", "smtp is not configured", "email service is not properly configured", "mail service is not properly configured", "mail is not properly configured",
		"host \"\"", "host ''", "for \"\" port", "for nil port", "to address is required", "from address is required", "recipient address is required",
		"parsing from address", "exit status 78", "child exited 78", "configuration is invalid",
		// Swift Mailer's and Symfony's address or host left empty
		// ("Address in mailbox given [] does not comply with RFC 2822",
		// "Connection could not be established with host \":587\"").
		"mailbox given []", `host ":`, `host \":`, "connect to :",
		// Swift Mailer's and Symfony Mime's check of any address they
		// were given, before a server saw it ("Address in mailbox given
		// [admin@] does not comply with RFC 2822, 3.6.2.", "Email "x" does
		// not comply with addr-spec of RFC 2822."): an address of the
		// program's settings or data, as Go's net/mail errors above.
		"in mailbox given", "comply with addr-spec",
		// A host setting without its port, an address a config URL lacks,
		// mail not set up, Go's net/smtp refusing PlainAuth for a host
		// name other than the server's.
		"split host and port", "missing from config",
		// A setting not defined, a host given with a scheme or empty, Java
		// with no SMTP provider, a transport not enabled, a server or port
		// said to be invalid.
		"prop_not_defined", "too many colons in address", "with host []", "nosuchproviderexception", "not enabled in server configuration",
		"invalid outgoing mail server", "outgoing mail server or port",
		// A port, plugin or transport not set up, a configuration (file)
		// not found, a server or the local address a program could not
		// work out from its settings, a host without its port (Go's
		// net.SplitHostPort), sending turned off.
		"port is not configured", "plugin is not configured", "transport is not configured", "configuration for smtp not found", "conf not found",
		"determine the smtp", "determine local email address", "missing port in address", "sending email is disabled",
		"mailhub configuration", "sending not enabled",
		// A From a program was given that it cannot use (PHPMailer's
		// "Invalid address: (From): …", Cacti's), an address setting left
		// empty (JavaMail's "Illegal address in string ``''").
		"invalid address: (from)", "invalid from email address", "address in string ``''",
		// A URI setting that does not parse (JavaScript's URIError, .NET's
		// UriFormatException, in Spanish too), an address setting left
		// blank (Ruby's "SMTP To address may not be blank", and its From).
		"uri malformed", "malformed uri", "uriformatexception", "uri invalido", "address may not be blank",
		// Settings a program says must be set or are invalid ("SMTP
		// password_reset server must be configured"), unless a login, TLS
		// or a timeout is what the words name.
		"server must be configured", "username must be configured", "configuration invalid",
		// A configuration file a program looked for and did not find
		// (esmtp's "No configuration file found at ~/.esmtprc").
		"no configuration file found", "no config file found", "configuration file not found", "config file not found",
		// A message a program would not hand to a server: no address in a
		// header it builds the envelope from (meli's "no e-mail address
		// found in the To: header field", "more than one e-mail address
		// found in the From: header field"), or none given for the sender
		// or recipient ("No to address specified", "Sender address not
		// specified", "From: address not specified"). Not "No From
		// address" alone: readers took it for the sender's, as a service's
		// words.
		"no e-mail address found", "no email address found", "more than one e-mail address found", "more than one email address found",
		"no to address", "no 'to' address", "address not specified",
		// lettre's "smtp host undefined" (not "undefined" alone, which
		// JavaScript appends to whatever it prints: "… unencrypted
		// connection - undefined").
		"host undefined"}, mailNotSetUp, mailServerUnset, addressMissing),
	// Go's net/smtp refusing PlainAuth for a host name other than the
	// server's ("smtp.plainAuth failed: wrong host name"): the host set.
	"plainauthhost": {"wrong host name"},
	// An OAuth token or session, and its expiry or revocation: what
	// expired is the login's grant, not the account ("OAuth access token
	// is not present or has expired. Email account=…", "The OAuth session
	// expired").
	"tokensubject": {"oauth", "access token", "access_token", "refresh token", "refresh_token"},
	"tokenexpired": {"expired", "revoked"},
	// A setting a mail program was not given, in its own words (with no
	// code): the host, a login's name or password, the recipients, the
	// HELO name ("host not set", "Authentication info was not provided").
	"settingsubject": {"envelope-from", "'from' field", "host ", "helohost", "password", "userid", "user name", "username", "recipients", "authentication info", "auth info",
		"smtp transport", "smtp server",
		// Emacs's variable ("`smtpmail-smtp-server' not defined"), and
		// Jira's OAuth token of a mail connection never authorised
		// ("OAuth token not defined for connection").
		"smtpmail-smtp-server", "oauth token",
		// A setting its configuration file lacks (HTCondor's "Trying to
		// email, but SMTP_SERVER not specified in config file").
		"config file", "configuration file",
		// A property a program's configuration did not provide
		// ("tolgee.smtp.from property not provided").
		"property ",
		// The program's mail component itself, named as one ("Mailer
		// seems to be not configured", "Mailer service is not
		// configured", "mailer config is not set", "No-reply email must be
		// set for email service to work").
		// Not "mailer" alone: PHPMailer's "Mailer Error:" frames a
		// server's words.
		"mailer seems", "mailer service", "mailer config", "mailer is not", "mailer not", "mailer has not",
		"email service", "mail service", "mail transport", "no-reply email", "noreply email",
		// A message's part or an address a program's form holds ("Email
		// message was blank", "the admin email is not set").
		"email message", "admin email", "administrator email", "admin e-mail",
		// A setting named as one ("mailgun setting not set").
		"setting ",
		// A program's mail credentials, and the recipient a program's form
		// holds ("SMTP credentials must be supplied", "Must specify at
		// least one email recipient."); not credentials alone, which a
		// server asks for ("Authentication credentials were not
		// provided.").
		"smtp credentials", "mail credentials", "email credentials", "email recipient", "mail recipient",
		// A sending service's API key ("SendGrid API key not set",
		// "RESEND_API_KEY is not set in environment variables"): not the
		// key refused ("Invalid API key"), which notset does not read.
		"api key", "api_key"},
	"notset": joinTerms([]string{"must specify", "should specify", "not set", "not provided", "not supplied", "not defined", "not specified",
		"not configured", "must be set", "must define", "was blank", "is blank",
		// A setting a program expected ("smtp_host should have already
		// been set", "has not been set");
		// a component a program was never given ("The Mail service is
		// null"); a login's parts it asks for ("User and password are
		// necessary for SMTP authentication", "… are needed for
		// authentication").
		"been set", "is null", "are necessary", "are needed",
		// A setting a program's check names unsupplied or unfilled ("SMTP
		// credentials must be supplied", "not filled in").
		"must be supplied", "not filled"}, contractedNotSet),
	// The local mail program (sendmail, BusyBox's send-mail, PHP's mail())
	// missing or unusable (localmailer's rule).
	// mutt's "child exited 127" (its sendmail program's exit status, a
	// shell's "command not found") and PHPMailer's "instantiate" message,
	// in its translations, name the program and its failure at once.
	// The mail command a script or daemon calls (/usr/bin/mail, mailx,
	// Slurm's MailProg) is one too.
	"localmailer": joinTerms([]string{"sendmail", "send-mail", "mail function", "child exited 127 ", "/usr/bin/mail ", "/usr/bin/mailx", "mailprog",
		// The mail command Java's ProcessBuilder could not start
		// (localmissing's "cannot run program").
		"program \"mail\"", "program \"mailx\""}, phpMailerInstantiateTerms),
	"localmissing": joinTerms([]string{"sendmail: not found", "sendmail not found", "sendmail was not found", "sendmail does not exist", "sendmail-not-found", "sendmail: no such file or directory", "sendmail2: no such file or directory", "could not instantiate", "could not start mail function", "applet not found",
		// Node's spawn of a program that is not there, and a sendmail
		// that cannot take the options it was called with.
		"enoent", "option not supported", "unrecognized option", "locate a sendmail",
		// A program asking for a mail command it did not find ("Make sure
		// you have installed `sendmail` or `mail` program").
		"make sure you have installed",
		// Java's IOException for a program it could not start ("Cannot run
		// program "mail": error=2, No such file or directory").
		"cannot run program",
		"child exited 127 ",
		// A program that is not there or may not be run ("Could not
		// execute: /usr/bin/sendmail", "MailProg can not be executed …
		// Permission denied", "Your system does not have /usr/bin/mail.
		// Install the mailx or mailutils package"), or a sendmail that
		// cannot read its own configuration ("sendmail: fatal: open
		// /etc/postfix/main.cf: No such file or directory"): the sending
		// host's setup.
		"could not execute", "can not be executed", "cannot be executed", "could not be executed",
		"does not have /", "install the mailx", "main.cf: no such file", "not executable",
		// A program that asks for a mail program to be installed, or did
		// not find one ("Please install sendmail, ssmtp, mutt or mail
		// first.", "could not find sendmail").
		"please install", "find sendmail"}, phpMailerInstantiateTerms),
	"serversubject": {"server", "smtp daemon", "mx ", "mxs", "mx host", "mail exchanger", "host"},
	"connfail": joinTerms([]string{
		// No connection: a socket not opened, a request not sent.
		"open smtp socket",
		// Italian: "the server broke the connection unexpectedly".
		"interrotto la connessione",
		"connection was unexpectedly terminated", "connection to the server was interrupted", "reseau est inaccessible", "に接続できません", "接続に失敗", "na respunda betg", // Outlook's TCP/IP connection terminated; French, Japanese and Romansh clients' words for no connection
		// A library's own words for a connection that broke, answered
		// nothing or could not be had (PHPMailer's "Connection with the
		// specified SMTP server failed", "Failed to get smtp connection",
		// an empty reply where one was expected "but got response []",
		// a form service's bare code CONNECTION_FAILED).
		"connection with the specified smtp server failed", "got response []", "connection_failed", "failed to get smtp connection",
		"connection to the server failed", "connection to smtp server failed", "connection to the smtp server failed", "connection to the mail server failed", "connection to mail server failed",
		"host not reachable", "host is not reachable", "recipient's server is not responding", "recipient server is not responding", "mail server is not responding", "connection failed", "host is down", "host down", "system it did not respond", "system did not respond", "system it didn't respond", "system didn't respond", "remote server did not respond", "recipient server did not respond", "mail server did not respond", "remote host did not respond",
		"remote server is not responding", "remote host is not responding", "remote server not responding", "no response from remote", "no response from host", "no response from the remote",
		"open connection to", "read response from remote", "response from remote server",
		"is broken", "requests to connect", "no answer from host", "no answer from the host", "no answer from remote", "no answer from any host", "connection attempt was not answered",
		// A connection none of a domain's MX hosts took ("Could not connect
		// after trying all mx records"), or one that broke ("Connection
		// broken during SMTP conversation", "SMTP connection broken").
		"connect after trying all", "connection broken",
		// Windows' WSAEACCES on connecting ("connectex: An attempt was made
		// to access a socket in a way forbidden by its access
		// permissions"): a local firewall or security software, no policy
		// of a server's.
		"in a way forbidden by its access permissions",
		// A connection that could not be established ("unable to
		// establish connection", "I wasn't able to establish an SMTP
		// connection"): a failure reply says it of one that failed.
		"establish a connection", "establish connection", "establish an smtp connection", "establish a smtp connection",
		"establish smtp connection", "establish the connection", "establish a tcp connection",
		"no route to host", "network is unreachable", "connect to ", "lost connection", "connection died", "lost input connection", "connection reset", "connection dropped", "connection refused", "broken pipe", "socket error",
		// A connection reset in the passive, aborted, refused in the
		// active, terminated abnormally, a network unreachable without
		// "is" (a review's wordings of an HTTP gateway's failure).
		"connection was reset", "connection has been reset", "connection is reset",
		"connection aborted", "refused the connection", "terminated abnormally", "network unreachable",
		"connection failure", "connection error", "connection shutdown", "connection was closed",
		"connection closed unexpectedly", "connection unexpectedly closed", "connection attempt failed",
		// Every MX host tried, none left ("Tried all MXs"), with the
		// code the bounce gave it or without ("550 - Tried all MXs").
		"tried all mxs", "tried all mx hosts",
		// Node.js's names for the socket's errors, as task runners print them.
		"econnrefused", "econnreset", "ehostunreach", "enetunreach", "econnaborted", "epipe", "eaddrnotavail",
		// A connection with the server that failed.
		"connection with server fail", "connection with the server fail",
		// nodemailer's codes for a socket or connection that failed, Elixir's
		// gen_smtp network_failure, Go's bare EOF, curl's failure to receive
		// or send.
		"esocket", "econnection", "network_failure", "eof ", "failure when receiving data", "failure when sending data",
		// smtplib's exception for a connection the server closed, and
		// what it says when used after that.
		"smtpserverdisconnected", "please run connect() first",
		// A server that could not connect onward, ssmtp's mail hub it
		// could not open, Ruby's connect(2) that failed, a read or write
		// on the connection that failed in a server's words ("420 TCP
		// Write Error").
		"connect and send", "open mailhub:", "connect(2) for", "tcp read error", "tcp write error",
		// Japanese Outlook's "the connection to the server failed", "was
		// interrupted", "the server cut the connection".
		"接続は失敗", "接続が中断", "接続を解除",
		// Swift Mailer's "Expected response code 250 but got code "", with
		// message """: no reply at all.
		"but got code \"\"", "but code \"\"",
		// "connection failed" in other languages.
		"echec de la connexion", "errore di connessione", "verbindungsfehler", "соединение отклонено", "соединение разорвано",
		"не удалось подключиться",
		// Russian: "error connecting to the server", "connection
		// refused" (Bitrix's mail module).
		"ошибка подключения к серверу", "подключение отклонено",
		// Ukrainian: "cannot connect" (PHPMailer's older translation,
		// "не вдається підєднатися до серверу SMTP"), "could not connect".
		"не вдається підєднатися", "не вдається під'єднатися", "не вдається підключитися", "не вдалося підключитися", "не вдалося під'єднатися"}, msmtpConnectionTerms, msmtpRefusedTerms, roundcubeConnectTerms, mailClientConnectionTerms, glibcConnectionTerms, glibcRefusedTerms, outlookConnectionErrors),
	"unavailable": joinTerms([]string{
		"chwilowo niedostepn", "tạm thời khong sẵn sang", // Polish and Vietnamese: "temporarily unavailable" (smtp-gated, Zing)
		"shutdown in progress", "server shutdown", "currently unavailable", "not currently available",
		"service not available", "service unavailable", "temporarily unavailable", "service is unavailable", "service is not available",
		"try again later", "message again later", "try later", "please retry", "shutting down", "temporary failure",
		"accepting mail from anyone",
		"temporary problem", "temporarily rejected", "temporarily deferred", "not ready",
		// A queue that could not take the message ("458 Unable to queue
		// message", "Failed to queue message", "queue error", Coremail's
		// "450 queue unavailable.", "writing queue file failed", "could
		// not be queued"), and Exim's queue_domains (a domain held in the
		// queue without a delivery attempt, the server's choice); not a
		// queue named alone, where a message waits or waited ("removed
		// from the mail queue"), which names no trouble of the server.
		"unable to queue", "failed to queue", "could not queue", "cannot queue", "can not queue", "can't queue", "queue failure", "queue error", "queue unavailable", "queue file", "writing mail to queue",
		"could not be queued", "cannot be queued", "can't be queued", "queue_domains",
		// The queue's manager or service not running or the queue not on
		// ("Postfix queue manager is not running", "Mail queue service is
		// not running", Haraka's "Queue not enabled"), a submission to it
		// that failed ("Could not submit message to the mail queue",
		// Exchange's "could not be submitted to the Submission queue"),
		// a message Exim froze in it ("Message frozen in the queue").
		"queue manager", "queue service is not", "queue service not", "queue not enabled", "submit message to the mail queue", "submit to the mail queue", "submission queue",
		"queue is frozen", "message is frozen", "message frozen",
		"temporary error", "try again", "essayer plus tard", "reessayer", "indisponible",
		"temporalmente no disponible", "temporaneamente non disponibile", "temporariamente indisponivel", "servicio no disponible",
		"servizio non disponibile", "servico indisponivel", "servidor smtp indisponivel", "server smtp non disponibile", "servidor no disponible",
		"spater erneut", "mas tarde", "mais tarde", "piu tardi", "попробуйте позже", "しばらくして",
	}, evolutionServiceTerms, mailClientServiceTerms),
}

// A rule decides a kind when every one of its groups is present. temp says
// whether the failure is temporary when the reply has no code (a code's
// class decides otherwise).
type rule struct {
	kind    Kind
	groups  []string
	without []string // groups that must be absent: another subject named
	temp    bool
	only    codes // the replies the rule is for, by their codes (all by default)
	// serverName marks the rule of a program's own lookup of its SMTP
	// server's name that found none: a reply without a code is permanent
	// (no waiting makes the name exist), and the hints lead with the Host
	// setting's spelling (serverNameHints).
	serverName bool
}

// codes limits a rule to the replies whose codes say it applies.
type codes uint8

const (
	anyCodes codes = iota
	// noEnhanced: a reply without an enhanced code.
	noEnhanced
	// policyCode: a reply whose enhanced code is 5.7.x, a permanent
	// refusal on grounds of security or policy.
	policyCode
	// clientOrRouting: a reply without a reply code, the words of the
	// client (a library, a log) rather than a server's, or one whose
	// enhanced code says a connection failed (X.4.0, X.4.1, X.4.2 of RFC
	// 3463's network and routing class), which a server sends when it
	// could not connect onward (Exchange's "451 4.4.0 Primary target IP
	// address responded with: "421 4.2.1 Unable to connect."").
	clientOrRouting
	// forNow: a 4xx reply whose enhanced code, if any, names no address
	// (RFC 5321's 450, "mailbox unavailable (e.g., mailbox busy)").
	forNow
	// noCodes: a reply with neither a reply code nor an enhanced code (a
	// bounce's own words, a client's).
	noCodes
	// notUnknownMailbox: a reply whose enhanced code, if any, is not X.1.1
	// (the mailbox does not exist).
	notUnknownMailbox
	// notAuthReply: a reply that is not a 535 (RFC 4954's answer to AUTH
	// with credentials it refused): "535 5.7.8 Authentication failed: use
	// SSL/TLS" is the login's, whatever TLS words it adds.
	notAuthReply
	// disabledCode: a reply whose enhanced code is X.2.1 (RFC 3463's
	// "mailbox disabled, not accepting messages").
	disabledCode
	// notFullMailbox: a reply whose enhanced code, if any, is not X.2.2
	// (the mailbox is full).
	notFullMailbox
	// notDisabledMailbox: a reply whose enhanced code, if any, is not
	// X.2.1 (the mailbox is disabled).
	notDisabledMailbox
	// syntaxCode: a reply whose basic code or enhanced code is one of
	// syntax (syntaxBasic, syntaxEnhanced), as syntaxOfAddress reads them.
	syntaxCode
)

// allow reports whether a reply with basic code code and enhanced code enh
// is one c is for.
func (c codes) allow(code int, enh string) bool {
	switch c {
	case noEnhanced:
		return enh == ""
	case policyCode:
		return enh != "" && enh[0] == '5' && enhancedKey(enh)/1000 == 7
	case noCodes:
		return code == 0 && enh == ""
	case notUnknownMailbox:
		return enhancedKey(enh) != 1001
	case notAuthReply:
		return code != 535
	case disabledCode:
		return enhancedKey(enh) == 2001
	case notFullMailbox:
		return enhancedKey(enh) != 2002
	case notDisabledMailbox:
		return enhancedKey(enh) != 2001
	case syntaxCode:
		return syntaxBasic(code) || syntaxEnhanced(enhancedKey(enh))
	case forNow:
		return code/100 == 4 && (enh == "" || enhancedKey(enh)/1000 != 1)
	case clientOrRouting:
		// X.4.0 other network status, X.4.1 no answer from host, X.4.2 bad
		// connection; not X.4.3 directory server (the server's own), X.4.5
		// congestion (a rate) or X.4.7 delivery time expired (a timeout).
		k := enhancedKey(enh)
		return code == 0 || k == 4000 || k == 4001 || k == 4002
	}
	return true
}

// plainRules name a cause in plain words: they are trusted more than any
// enhanced status code ("550 5.1.1 mailbox full" is a full mailbox, not an
// unknown user). The first rule that matches decides, so a narrower rule
// comes before a broader one.
var plainRules = []rule{
	// A provider's documented code names one cause.
	{kind: KindBlocked, groups: []string{"codeblocked"}},
	{kind: KindRateLimited, groups: []string{"coderate"}, temp: true},
	{kind: KindSyntaxError, groups: []string{"neteasesyntax"}},
	{kind: KindSenderRejected, groups: []string{"codesender"}},
	{kind: KindPolicyRejected, groups: []string{"neteasepolicy"}},
	{kind: KindPolicyRejected, groups: []string{"listinheader"}},
	{kind: KindRelayDenied, groups: []string{"neteaserelay"}},
	{kind: KindSenderRejected, groups: []string{"calloutframe"}, without: []string{"policy_early", "certword", "rcptverify"}},
	// A program's own settings missing, or a key it could not load: its
	// configuration's.
	{kind: KindInvalidConfig, groups: []string{"settingsmissing"}, without: []string{"addressrejected", "recipientrejected", "localdelivery"}, only: noCodes},
	{kind: KindInvalidConfig, groups: []string{"settingswrong"}, without: []string{"authword", "authfailed", "mxword", "domain", "tlsword", "certword", "timeout", "usergone", "relay"}, only: noCodes},
	{kind: KindInvalidConfig, groups: []string{"plainauthhost"}, without: []string{"certword", "tlsword"}, only: noCodes},
	{kind: KindInvalidConfig, groups: []string{"settingname", "settingbad"}, without: []string{"tlsword", "certword", "authfailed", "authneeded", "mxword", "reversedns", "islisted", "localdelivery", "tlsfailed"}, only: noCodes},
	{kind: KindInvalidConfig, groups: []string{"settingsubject", "notset"}, without: []string{"sender", "authfailed", "relay", "addressrejected", "recipientrejected", "localdelivery",
		"tlsword", "timeout"}, only: noCodes},
	{kind: KindInvalidConfig, groups: []string{"localmailer", "localmissing"}, without: []string{"usergone", "localdelivery", "timeout", "tlsfailed", "certword", "connfail"}, only: noCodes},
	// The POP check, before the connection's words ("Could not connect
	// to the POP3 server").
	{kind: KindPOPFailed, groups: []string{"popauth"}, without: []string{"relay", "relayword", "popfirst"}, only: noCodes},
	// A program's own resolver on the server's name, as the Sender's
	// transport judgement (internal/transport) judges a *net.DNSError: not
	// found is the name's, a failure for now the connection's (FromError,
	// which knows no settings to name, calls either the connection's); a
	// server's own lookup (with a code) is not this.
	{kind: KindConnectionFailed, groups: []string{"clientresolve"}, without: []string{"timeout"}, temp: true, only: noCodes},
	// A lookup of the server's name that timed out is judged as any
	// lookup that did not say "not found": the connection's.
	{kind: KindConnectionFailed, groups: []string{"clientlookup", "timeout"}, without: []string{"hostdown"}, temp: true, only: noCodes},
	// A name the lookup did not find: no waiting makes it exist (as
	// the Sender's transport judgement judges NXDOMAIN).
	{kind: KindConnectionFailed, groups: []string{"clientlookup"}, without: []string{"mxword", "recipientword", "relay"}, only: noCodes, serverName: true},
	{kind: KindConnectionFailed, groups: []string{"dialframe", "connfail"}, without: []string{"timeout", "certword", "certbad", "handshakeword", "tlsfailed"}, temp: true, only: noCodes},
	{kind: KindTLSFailed, groups: []string{"connlost", "handshakeword"}, without: []string{"timeout"}, only: noCodes},
	// A connection lost or closed inside OpenSSL's client handshake is
	// TLS's too (Postfix's "lost connection" when neither OpenSSL nor the
	// system named an error), unless the system named a reset
	// ("Connection reset by peer"), which is the connection's in any
	// program's words. Postfix calls SSL_connect only on a connection
	// made, and words a timeout there without any of connfail's words.
	{kind: KindTLSFailed, groups: []string{"connfail", "sslconnect"}, without: []string{"connreset"}, only: noCodes},
	// A connection a program could not make because its handshake failed
	// ("Failed to connect to ssl://…:465 (handshake failed)"): TLS's, the
	// scheme of its URL aside.
	{kind: KindTLSFailed, groups: []string{"connectfailed", "handshakeword"}, without: []string{"timeout"}, only: noCodes},
	// The same of a connection's wrapper whose nested cause is TLS's
	// (Jakarta Mail's "Could not connect to SMTP host: …; nested
	// exception is: javax.net.ssl.SSLException: Unrecognized SSL
	// message"), unless the nested exception names a connection reset,
	// closed or lost ("SSLException: Connection reset", "Broken pipe").
	{kind: KindTLSFailed, groups: []string{"connectfailed", "tlsfailphrase"}, without: []string{"timeout", "connreset", "connlost", "connclosed"}, only: noCodes},
	{kind: KindConnectionFailed, groups: []string{"connlost"}, without: []string{"timeout", "tlsword", "certword", "tlsfailphrase"}, temp: true, only: noCodes},
	// Exchange's domain not in the DNS, unless a client's address or
	// host name is what was not found.
	{kind: KindDomainNotFound, groups: []string{"notindns"}, without: []string{"ipaddress", "reversedns"}},
	// Relaying, in every wording and language; "check your mail first"
	// is POP-before-SMTP's way of refusing to relay.
	{kind: KindRecipientUnknown, groups: []string{"relaytable"}},
	{kind: KindMailboxDisabled, groups: []string{"mailforaccount"}},
	{kind: KindRelayDenied, groups: []string{"notopenrelay"}, without: []string{"notexist", "usergone"}},
	{kind: KindBlocked, groups: []string{"openrelay"}, without: []string{"notopenrelay"}},
	// Mail that bypasses the provider's own relay is refused as coming
	// from the wrong client, whatever "relay" the reply says.
	{kind: KindBlocked, groups: []string{"bypass"}},
	{kind: KindRelayDenied, groups: []string{"popfirst"}},
	{kind: KindSenderRejected, groups: []string{"relayas"}, without: []string{"asconj"}},
	// A relay host that did not answer in time is a timeout, not a
	// refusal to relay ("timeout waiting for relay host response"),
	// unless the reply also refuses ("Relay access denied … timed out").
	{kind: KindTimeout, groups: []string{"timeout", "relay"}, without: []string{"refusalword"}, temp: true},
	{kind: KindRelayDenied, groups: []string{"relay"}, without: []string{"clientlisted", "islisted"}},
	{kind: KindRelayDenied, groups: []string{"recipaccessdenied"}, only: policyCode},
	{kind: KindRelayDenied, groups: []string{"relayword", "refusalword"}, without: []string{"clientlisted", "islisted"}},
	{kind: KindGreylisted, groups: []string{"greylist"}, temp: true},
	{kind: KindTLSRequired, groups: []string{"withouttls", "authword"}, without: []string{"tlsfailed"}},
	{kind: KindTLSRequired, groups: []string{"starttlsfirst"}},
	{kind: KindTLSFailed, groups: []string{"tlsfailed"}},
	{kind: KindTLSFailed, groups: []string{"certword", "certbad"}, without: []string{"authword", "authfailed", "content"}},
	// A remote certificate refused (.NET's AuthenticationException, in
	// the languages of its messages) is TLS's, whatever the exception's
	// name says; so is an SSL exception, unless what failed under it is
	// named (Java's "SSLException: Read timed out", "Connection reset"),
	// and PHPMailer's STARTTLS "not accepted from server".
	{kind: KindTLSFailed, groups: []string{"tlsfailphrase"}, without: []string{"timeout", "connfail"}},
	{kind: KindTLSFailed, groups: []string{"clienttlsfail"}, without: []string{"timeout", "connfail", "requiredword", "starttlsfirst", "firstword"}, only: noCodes},
	// TLS required and failing ("TLS is required but unavailable or
	// failed") is a failure of TLS: it was asked for.
	{kind: KindTLSFailed, groups: []string{"tlsword", "tlsbad"}, without: []string{"starttlsfirst"}, only: notAuthReply},
	{kind: KindTLSRequired, groups: []string{"tlsrequired"}},
	{kind: KindTLSRequired, groups: []string{"tlsword", "requiredword"}, without: []string{"syntaxstrong", "authneeded"}},
	{kind: KindServiceUnavailable, groups: []string{"scannerfail"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"cannotscan"}, without: []string{"scanrefused", "content", "size", "toolarge", "filetoolarge"}, temp: true},
	// A virus in the message is its content however the client is named;
	// a client said to be infected, the message not named ("Your PC is
	// infected with a trojan"), is a bot, blocked; a client on a list is
	// blocked whatever it is said to carry ("Your IP is blacklisted
	// because your machine is infected"): the list rules below decide.
	{kind: KindBlocked, groups: []string{"infectedhost", "client"}, without: []string{"messageword"}},
	{kind: KindBlocked, groups: []string{"infectedhost", "ipaddress"}, without: []string{"messageword"}},
	// Mail refused from the client, whatever it is said to send ("we do
	// not accept mail from your IP address, …, which has sent us a
	// virus"; from hosts that announce themselves via HELO as …).
	{kind: KindBlocked, groups: []string{"client", "acceptfrom", "infectedhost"}, without: []string{"relay", "authword", "tlsword", "sender", "messageword"}},
	{kind: KindBlocked, groups: []string{"helo", "acceptfrom"}, without: []string{"relay", "authword", "tlsword", "sender", "rate", "sendvolume", "firstword", "policy_early", "authneeded"}},
	{kind: KindPolicyRejected, groups: []string{"virus"}, without: []string{"listword"}},
	// A blocklisted URL or domain inside the message is about content;
	// a blocklisted client is a block, whatever list of domains in URLs
	// its HELO name or address was looked up in ("Helo command [host]
	// blocked using multi.uribl.com").
	{kind: KindBlocked, groups: []string{"helo", "contentlisted", "clientlisted"}, without: []string{"messageword", "urlsubject"}},
	{kind: KindSenderRejected, groups: []string{"sender", "contentlisted", "clientlisted"}, without: []string{"messageword", "urlsubject"}},
	{kind: KindBlocked, groups: []string{"client", "contentlisted", "clientlisted"}, without: []string{"messageword", "urlsubject"}},
	{kind: KindSenderRejected, groups: []string{"senderdomainlisted"}, without: []string{"helo", "client", "urlsubject", "messageword"}},
	{kind: KindPolicyRejected, groups: []string{"contentlisted"}},
	{kind: KindPolicyRejected, groups: []string{"urlsubject", "clientlisted"}, without: []string{"client", "ipaddress"}},
	{kind: KindPolicyRejected, groups: []string{"urlsubject", "listword"}, without: []string{"client", "ipaddress"}},
	{kind: KindRecipientUnknown, groups: []string{"notlisted"}, without: []string{"disabledbare"}},
	{kind: KindBlocked, groups: []string{"harvest"}, without: []string{"usergone", "notexist"}},
	{kind: KindSenderRejected, groups: []string{"acceptingfrom"}, without: []string{"client", "ipaddress", "clientlisted", "listword", "unavailable", "reversedns", "rdns"}},
	// A list looked in that did not answer for now is the server's
	// trouble (owntrouble's "Temporary lookup failure of 192.0.2.1 at
	// zen.spamhaus.org").
	{kind: KindBlocked, groups: []string{"clientlisted"}, without: []string{"owntrouble"}},
	{kind: KindBlocked, groups: []string{"client", "listword"}, without: []string{"owntrouble"}},
	{kind: KindSenderRejected, groups: []string{"sender", "listword"}, without: []string{"owntrouble"}},
	{kind: KindBlocked, groups: []string{"removal"}, without: []string{"messageword", "urlsubject", "sender", "recipientword", "mailbox"}},
	// A recipient on a list is the receiving side's policy.
	{kind: KindPolicyRejected, groups: []string{"recipientword", "listword"}},
	{kind: KindBlocked, groups: []string{"listword"}, without: []string{"owntrouble"}},
	// Authentication: temporary trouble, then wrong or refused credentials,
	// then "authenticate first".
	// Message authentication (SPF, DKIM, DMARC) and group or mailbox
	// delivery restrictions are policy, before any login word ("550 5.7.1
	// Unauthenticated email is not accepted from this domain:
	// authentication error").
	// The server's own DKIM signing failed, or its quota calculation: its
	// trouble, before any policy DKIM names or any full mailbox.
	// Its trouble, unless the reply says the address does not exist
	// ("Recipient address rejected: User unknown (temporary lookup
	// failure)").
	{kind: KindServiceUnavailable, groups: []string{"owntrouble"}, without: []string{"notexist"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"localdelivery"}, without: []string{"full", "fullstrong", "usergone", "filetoolarge", "exceeded",
		"disabledexact",
		// What a delivery command that died printed ("Command output:
		// Message rejected as spam"); not content's broad words, which a
		// crash's error holds ("Illegal division by zero"), nor a local
		// socket's failure, which is the server's too.
		"toolarge", "spamstrong", "virus", "rate", "timeout"}, temp: true},
	{kind: KindAuthRequired, groups: []string{"authrestricted"}},
	// A sender or its domain without the DNS records a receiver checks
	// ("Sender address rejected: Configure MX and SPF records"): the
	// sender's to fix, before any SPF a policy names; a DMARC, SPF or
	// DKIM failure that only advises checking them stays the policy's.
	{kind: KindSenderRejected, groups: []string{"sender", "senderdns"}},
	{kind: KindPolicyRejected, groups: []string{"policy_early"}},
	{kind: KindBlocked, groups: []string{"unauthmail", "client"}},
	{kind: KindBlocked, groups: []string{"unauthmail", "ipaddress"}},
	{kind: KindPolicyRejected, groups: []string{"unauthmail"}},
	{kind: KindPolicyRejected, groups: []string{"contentrestriction"}, without: []string{"toolarge", "size"}},
	// Refused "for policy reasons": policy, unless the client is what the
	// reply goes on to name (Hotmail's "A block has been placed against
	// your IP address", "we do not accept email from dynamic IPs").
	// GMX's "Reject due to policy restrictions (IP based)" is the
	// client's (below).
	{kind: KindPolicyRejected, groups: []string{"policyreasons"}, without: []string{"ipblockplaced", "reversedns", "sendvolume"}},
	// A mailing list that takes posts from its members only, or refuses
	// this poster, refuses the sender's address: the fix is to post from a
	// subscribed one (both readers of Sympa's refusals in five languages
	// said so).
	// A poster refused for a size, a rate or an attachment is refused for
	// that ("You are forbidden from posting: too many messages in the
	// last hour", "…: rate limit exceeded"). The groups of a size and of
	// the client are broader: they take the lists' own notices too ("Hier
	// werden nur Nachrichten von Abonnenten der Liste akzeptiert"), and
	// stay out.
	{kind: KindSenderRejected, groups: []string{"membersonly"}, without: []string{"toolarge", "rate", "sendvolume", "attachmentword"}},
	{kind: KindPolicyRejected, groups: []string{"listcontent"}},
	{kind: KindPolicyRejected, groups: []string{"mlist", "listrefused"}},
	{kind: KindPolicyRejected, groups: []string{"moderator"}},
	// A sending service's prepaid credits used up are its quota, whatever
	// the login they answered ("451 Authentication failed: Maximum
	// credits exceeded").
	{kind: KindRateLimited, groups: []string{"creditsout"}, without: []string{"busy", "localtrouble"}, temp: true},
	{kind: KindAuthFailed, groups: []string{"authtemp"}, temp: true},
	{kind: KindAuthRequired, groups: []string{"unauthcommands"}},
	// AUTH sent inside a mail transaction is out of sequence, whatever
	// the words say of the login ("503 5.5.1 authentication not allowed
	// during mail transaction").
	{kind: KindSyntaxError, groups: []string{"intransaction", "authword"}},
	{kind: KindAuthFailed, groups: []string{"authfailed"}},
	// A login asked for by a server whose login service is not there
	// for now: temporary trouble with authentication.
	{kind: KindAuthFailed, groups: []string{"authservicedown"}, temp: true},
	{kind: KindAuthFailed, groups: []string{"gssapi"}, without: []string{"timeout", "connfail", "connectfailed"}},
	{kind: KindAuthFailed, groups: []string{"couldnotauth"}, without: []string{"sender", "domain", "timeout", "connectfailed", "connlost", "connfail"}},
	{kind: KindAuthFailed, groups: []string{"nopermission"},
		without: []string{"permissionto", "sender", "sendas", "size", "toolarge", "rate", "sendvolume", "limit", "disabled", "content", "posting"}},
	// Group and mailbox delivery restrictions, SPF/DKIM/DMARC: policy.
	{kind: KindAuthRequired, groups: []string{"authneeded"}},
	{kind: KindAuthRequired, groups: []string{"unauthsession"}, without: []string{"sendvolume", "rate"}},
	{kind: KindAuthRequired, groups: []string{"authorizationrequired"},
		without: []string{"messageword", "sender", "recipientword", "recipientrejected", "mailboxnoun", "posting"}},
	{kind: KindAuthRequired, groups: []string{"authword", "firstword"}},
	// Sending refused to the client, named by its address or its place
	// and not by a sender address ("Your IP 192.0.2.1 is not allowed to
	// send mail here", "Not allowed to send from that country"), is a
	// block of the client.
	// Sending refused for sending too much is a rate (below).
	{kind: KindBlocked, groups: []string{"client", "sendingdenied"}, without: []string{"sender", "messageword", "sendvolume"}},
	{kind: KindBlocked, groups: []string{"ipaddress", "sendingdenied"}, without: []string{"sender", "mailbox", "messageword", "sendvolume"}},
	{kind: KindSenderRejected, groups: []string{"sendingdenied"}, without: []string{"sendvolume", "perperiod", "spamstrong", "exceeded"}},
	{kind: KindSenderRejected, groups: []string{"identitybad"}, without: []string{"recipientword"}},
	{kind: KindSenderRejected, groups: []string{"imauftrag", "sendenword"}},
	{kind: KindSenderRejected, groups: []string{"sendas"}, without: []string{"client", "ipaddress", "messageword", "rate", "sendvolume", "limit"}, only: notDisabledMailbox},
	// The sending IP's reputation: blocked, even when the server words it
	// as a rate ("rate limited due to IP reputation"); "unexpected volume"
	// is a rate.
	{kind: KindRateLimited, groups: []string{"volume"}, without: []string{"reputationword"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"serverbusy"}, without: []string{"rate", "sendvolume"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"maintenance"}, without: []string{"disabled"}, temp: true},
	{kind: KindBlocked, groups: []string{"reputation"}},
	// Many bad recipients from one sender: its reputation (blocked), not
	// the one address nor a rate to slow down under ("an excessively
	// high number of invalid recipients originating from your account").
	{kind: KindBlocked, groups: []string{"manycount", "badrecipients"}, without: []string{"usergone"}},
	// Too many bad commands is a syntax error; from a client named by its
	// address, a block of that client (Cox's "too many bad commands from
	// 192.0.2.1").
	{kind: KindBlocked, groups: []string{"toomanybad", "ipaddress"}},
	{kind: KindSyntaxError, groups: []string{"toomany_other"}},
	// Content called spam, loops, protocol errors, before the subjects
	// below ("sending address not accepted due to spam filter" is content).
	// Spam from a client named by its address or as the client, the
	// message not named: the client is blocked for what it sends.
	// Not where the client is said to have sent too many messages: a
	// day's count spent ("since you sent too many e-mails, you are not
	// allowed to send more within 24 hours"), which waiting lifts.
	{kind: KindBlocked, groups: []string{"ipaddress", "spamsource"}, without: []string{"messageword", "spamstrong", "usergone", "sendcount"}},
	{kind: KindBlocked, groups: []string{"client", "spamsource"}, without: []string{"messageword", "spamstrong", "usergone", "sendcount"}},
	{kind: KindPolicyRejected, groups: []string{"spamstrong"}},
	// A loop of the domain's own records (its MX back to the server that
	// looks it up, a loop of CNAMEs): the domain's, as where it has no MX.
	{kind: KindDomainNotFound, groups: []string{"loop", "hostdown", "deferredword"}, temp: true},
	{kind: KindDomainNotFound, groups: []string{"loop", "hostdown"}},
	// A loop of the message itself (too many hops, too many Received
	// headers, a routing loop): no kind names it, and none of their hints
	// mends it (not a server's passing trouble, which a retry outlasts;
	// the forwarding or routing of the recipient's side is wrong).
	// Every reader of the samples that met one called it unknown.
	{kind: KindUnknown, groups: []string{"loop"}},
	{kind: KindPolicyRejected, groups: []string{"headerrule"}, without: []string{"sender"}},
	// STARTTLS in the middle of a mail transaction is a command out of
	// sequence, however the TLS words read (AUTH's rule is above, before
	// the login words).
	{kind: KindSyntaxError, groups: []string{"intransaction", "tlsword"}},
	// AUTH input the server could not read, with a code of syntax ("501
	// 5.5.4 Malformed AUTH input"), is the client's syntax, like
	// undecodable base64; a login's answer, name or token called
	// malformed with any other code is the login's.
	{kind: KindSyntaxError, groups: []string{"authword", "syntax"}, only: syntaxCode},
	{kind: KindAuthFailed, groups: []string{"authword", "authbad"}},
	{kind: KindAuthFailed, groups: []string{"passwordword", "passwordbad"}, without: []string{"urlsubject", "attachmentword", "sender"}},
	// A sender address without its domain, named the sender's: refused
	// (the recipient's is a syntax error, the HELO's a block).
	{kind: KindSenderRejected, groups: []string{"sender", "fqdnrequired"}, without: []string{"helo"}},
	// An address literal where a name must be, with no address named:
	// the HELO the client said ("550 [192.0.2.1] is not a fully
	// qualified domain name", "HELO [192.0.2.1] rejected: fully qualified
	// domain name required"), even in a syntax error's words.
	{kind: KindBlocked, groups: []string{"ipaddress", "fqdnrequired"}, without: []string{"mailbox", "recipientword", "messageword"}},
	// A mailbox name refused by its form, unless the enhanced code says
	// the mailbox does not exist (X.1.1).
	{kind: KindSyntaxError, groups: []string{"mailboxname"}, without: []string{"usergone", "full", "disabled", "sender"}, only: notUnknownMailbox},
	{kind: KindSyntaxError, groups: []string{"addresspart", "addressbadform"}, without: []string{"helo", "mxword", "longtime", "messageword", "sizedata", "usergone", "quotaword", "full", "unavailable", "client", "reversedns"}},
	{kind: KindPolicyRejected, groups: []string{"subjectbad"}},
	{kind: KindSyntaxError, groups: []string{"syntaxstrong"}, without: []string{"localdelivery", "localtrouble", "owntrouble", "backend", "busy",
		"authfailed", "spamsource", "quotaword", "full", "fullstrong", "usergone", "reversedns"}},
	// A resolver's "malformed … reply" is the lookup's (below).
	{kind: KindSyntaxError, groups: []string{"syntax"}, without: []string{"allrcptrejected", "nameserviceerror"}},
	// Arguments that could not be decoded (AUTH's base64): syntax, unless
	// what could not be is the message's content ("Unable to decode
	// attachment") or a certificate ("x509: error decoding certificate").
	{kind: KindSyntaxError, groups: []string{"decodeerror"}, without: []string{"content", "size", "tlsword", "tlsbad"}},
	{kind: KindSyntaxError, groups: []string{"badbase64"}},
	{kind: KindBlocked, groups: []string{"helo", "helobad"}, without: []string{"logframe"}},
	// Recipients over a transaction's count, to send in another ("Domain
	// policy size per transaction exceeded, please try this recipient in
	// a separate transaction").
	{kind: KindRateLimited, groups: []string{"recipientspertransaction"}, temp: true},
	// Too many parts of one message ("too many MIME parts", "too many
	// attachments") is its form, not a rate.
	{kind: KindPolicyRejected, groups: []string{"toomanyparts"}, without: []string{"quotaword", "full", "fullstrong"}},
	// More than some volume over a period that just passed is a rate,
	// unless what is counted is a listing or a virus.
	{kind: KindRateLimited, groups: []string{"pastperiod", "morethan"}, without: []string{"clientlisted", "listword", "reputation", "virus",
		"full", "fullstrong", "quotaword", "localtrouble", "busy"}, temp: true},
	// The sender: its IP (blocked), its address, domain or From (refused);
	// a volume counted per sending IP is a rate ("Sender IP rejected: too
	// many messages in the last hour"), unless its reputation is named.
	{kind: KindRateLimited, groups: []string{"senderip", "sendvolume"}, without: []string{"reputation", "clientlisted", "listword"}, temp: true},
	{kind: KindBlocked, groups: []string{"senderip"}},
	// Postfix's "Sender address rejected: REASON": a rate or the server's
	// own trouble as the reason is that, not the sender.
	{kind: KindRateLimited, groups: []string{"senderrejected", "rate"}, temp: true},
	{kind: KindRateLimited, groups: []string{"senderrejected", "sendvolume"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"senderrejected", "busy"}, temp: true},
	{kind: KindSenderRejected, groups: []string{"senderdns"}},
	{kind: KindBlocked, groups: []string{"client", "nottrusted"}, without: []string{"sendvolume", "content"}},
	{kind: KindSenderRejected, groups: []string{"sender", "nottrusted"}, without: []string{"client", "ipaddress", "ptrword", "reversedns", "content", "messageword"}},
	// A limit the sender went over, named as the reason a refusal gives
	// ("Recipient address rejected: Sender Domain Daily Limit
	// Exceeded"): the limit's, not the sender's; not a size's.
	{kind: KindRateLimited, groups: []string{"sender", "limit", "exceeded"}, without: []string{"size"}, temp: true},
	// Not when the words name a connection that failed (ServiceNow's
	// "Email sender connection invalid.: Cannot connect to SMTP server"):
	// the connection's.
	{kind: KindSenderRejected, groups: []string{"sender", "badsender"}, without: []string{"ptrword", "urlsubject", "sendcount", "perperiod", "quotaword", "connectfailed"}},
	{kind: KindSenderRejected, groups: []string{"sender", "senderblocked"}, without: []string{"ipaddress", "messageword", "rate", "sendvolume"}},
	// The client: reverse DNS, HELO, "use your ISP's server": blocked.
	{kind: KindBlocked, groups: []string{"connectionsfrom", "disallowedword"}},
	{kind: KindBlocked, groups: []string{"reversedns"}, without: []string{"rate", "sendvolume", "connectfailed"}},
	{kind: KindBlocked, groups: []string{"rdns"}, without: []string{"sendvolume"}},
	{kind: KindBlocked, groups: []string{"dynreputation"}, without: []string{"rate", "sendvolume"}},
	// A connection the client could not open, in the client's words (no
	// reply code) or a relay's with a code that says a connection failed
	// (X.4.0–X.4.2), before the server's own trouble and the blocks of a client
	// ("Unable to connect to … (Connection refused)"); a domain
	// without MX is the domain's. A server that says it could not connect
	// to its own backend ("451 4.3.0 Could not connect to database") has
	// trouble of its own (see connfail below).
	// A connection to a daemon of the server's own (its virus scanner's)
	// that failed is the server's trouble.
	{kind: KindServiceUnavailable, groups: []string{"owndaemon", "connectfailed"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"owndaemon", "connfail"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"owndaemon", "timeout"}, temp: true},
	{kind: KindConnectionFailed, groups: []string{"connectfailed"}, without: []string{"mxword", "mxbad", "hostdown", "dnsname", "timeout"}, temp: true, only: clientOrRouting},
	{kind: KindConnectionFailed, groups: []string{"unreached", "serversubject"}, without: []string{"backend", "timeout", "notexist", "calloutframe"}, temp: true},
	{kind: KindConnectionFailed, groups: []string{"hostsfailing"}, without: []string{"timeout", "full", "fullstrong", "quotaword"}, temp: true},
	{kind: KindTimeout, groups: []string{"nobanner"}, without: []string{"connfail", "connlost", "connclosed"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"retrynotreached"}, without: []string{"timeout", "connfail", "connectfailed"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"systemfull"}, without: []string{"mailbox", "quotaword", "fullstrong"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"localtrouble"},
		without: []string{"full", "fullstrong", "disabled", "disabledphrase", "timeout", "hostdown", "usergone", "connfail", "openconnfail", "authword", "tlsword", "syntax",
			"filetoolarge", "toolarge", "content", "virus", "rate"}, temp: true},
	// Exchange's 552 names the system's size limit first, and the
	// recipient's full mailbox as the other cause ("This message is
	// larger than the current system limit or the recipient's mailbox is
	// full"): the size, which the sender can change, unless the enhanced
	// code says which (5.2.2, the mailbox).
	{kind: KindMessageTooLarge, groups: []string{"systemsizelimit"}, only: notFullMailbox},
	{kind: KindMailboxFull, groups: []string{"fullstrong"}},
	{kind: KindMessageTooLarge, groups: []string{"sizedata"}, without: []string{"quotaword", "mailboxsize", "content", "fullstrong"}},
	{kind: KindDomainNotFound, groups: []string{"nodomain"}, without: []string{"usergone"}},
	{kind: KindDomainNotFound, groups: []string{"domain", "notregistered"}, without: []string{"mailbox", "recipientword", "sender"}},
	{kind: KindRateLimited, groups: []string{"pertime", "exceeded"}, without: []string{"mailbox", "mailboxnoun", "quotaword", "fullstrong"}, temp: true},
	{kind: KindRateLimited, groups: []string{"recipientcount", "exceeded"}, without: []string{"mailboxnoun", "quotaword"}, temp: true},
	// A count of recipients against a quota (a group's, a sender's): a
	// rate, unless the quota is a mailbox's.
	{kind: KindRateLimited, groups: []string{"recipientcount", "quotaword"}, without: []string{"mailboxnoun", "fullstrong"}, temp: true},
	// Rates and limits on the sender, before the recipient's quota: a
	// quota counted in messages is the sender's unless a mailbox is named
	// (a mailbox's count of messages is its own quota), and so is heavy
	// use unless the server's load or a mailbox is what it is said of.
	{kind: KindRateLimited, groups: []string{"countquota"}, without: []string{"mailboxnoun", "fullstrong"}, temp: true},
	{kind: KindRateLimited, groups: []string{"heavyusage"}, without: []string{"mailboxnoun", "full", "fullstrong", "unavailable", "busy", "serverbusy"}, temp: true},
	{kind: KindRateLimited, groups: []string{"rate"}, temp: true},
	// Too many, unless what it made is an account locked ("535 5.7.8
	// Account locked due to too many login attempts": the login's).
	{kind: KindRateLimited, groups: []string{"sendvolume"}, without: []string{"disabledexact"}, temp: true},
	{kind: KindAuthFailed, groups: []string{"authplugin"}},
	{kind: KindPolicyRejected, groups: []string{"unwantedmsg"}, without: []string{"client", "ipaddress", "sender", "usergone", "notexist", "clientlisted", "listword"}},
	// A server that rejects the connection (not the socket's "connection
	// refused") rejects the client, whatever policy it names
	// ("Connection rejected by policy [7.3]"); a reason a rule above
	// reads decides first.
	{kind: KindBlocked, groups: []string{"connrejected"}, without: []string{"busy", "serverbusy", "localtrouble", "unavailable",
		"usergone", "unknown", "disabled", "disabledphrase"}},
	// The recipient's mailbox: full, then (the message) too large, then
	// disabled, then unknown; the domain when the words name it.
	{kind: KindMailboxFull, groups: []string{"mailbox", "full"}},
	// A message larger than what is left of a quota: the mailbox is full.
	{kind: KindMailboxFull, groups: []string{"remainingquota"}},
	{kind: KindMessageTooLarge, groups: []string{"size", "full"}},
	{kind: KindMailboxFull, groups: []string{"full"}},
	// A mailbox file that cannot grow ("File too large", EFBIG) is full.
	{kind: KindMailboxFull, groups: []string{"mailboxnoun", "filetoolarge"}},
	{kind: KindMessageTooLarge, groups: []string{"toolarge"}},

	// An OAuth token or session that expired or was revoked is the
	// login's ("OAuth access token is not present or has expired. Email
	// account=…"): before disabledphrase and the mailbox's rules below,
	// which would read "account" and "expired" as a mailbox disabled.
	{kind: KindAuthFailed, groups: []string{"tokensubject", "tokenexpired"}, without: []string{"certword"}},
	{kind: KindMailboxDisabled, groups: []string{"disabledphrase"}},
	{kind: KindBlocked, groups: []string{"ipblocked"}},
	{kind: KindMailboxDisabled, groups: []string{"acceptsnomail", "mailbox"}, without: []string{"domain", "acceptfrom"}},
	{kind: KindDomainNotFound, groups: []string{"acceptsnomail", "domain"}, without: []string{"acceptfrom"}},
	{kind: KindDomainNotFound, groups: []string{"acceptsnomail"}, without: []string{"mailbox", "acceptfrom"}},
	{kind: KindMailboxDisabled, groups: []string{"mailbox", "disabled"}, without: []string{"acceptingwith", "deliverysuspended"}},
	// "Host not found, try again" (the resolver's TRY_AGAIN): for now.
	{kind: KindDomainNotFound, groups: []string{"hostdown", "unavailable"}, temp: true},
	{kind: KindDomainNotFound, groups: []string{"hostdown", "deferredword"}, temp: true},
	{kind: KindDomainNotFound, groups: []string{"dnsincomplete"}, temp: true},
	{kind: KindDomainNotFound, groups: []string{"hostdown"}},
	{kind: KindDomainNotFound, groups: []string{"mxword", "mxbad"}},
	{kind: KindDomainNotFound, groups: []string{"dnsname", "dnsfail"}, temp: true,
		without: []string{"helo", "client", "ipaddress", "sender", "reversedns", "rdns", "recipientword", "busy"}},
	// A recipient's domain whose lookup failed for now: the domain's, for
	// now, unless the name looked up is the client's (its PTR, its HELO).
	{kind: KindDomainNotFound, groups: []string{"cannotresolve", "atthistime"}, without: []string{"ptrword", "reversedns", "helo", "client", "relayword",
		"backend", "busy", "connfail", "sender", "recipientword"}, temp: true},
	{kind: KindDomainNotFound, groups: []string{"domaintempfail"}, temp: true},
	// A mailbox unavailable for now (a 4xx code and no enhanced code of
	// an address): busy, locked, blocked for the moment.
	{kind: KindServiceUnavailable, groups: []string{"mailboxfornow"}, without: []string{"sender"}, only: forNow, temp: true},
	// Words that leave open why (RFC 5321's "mailbox unavailable") with
	// the enhanced code of a disabled mailbox: the code says it.
	{kind: KindMailboxDisabled, groups: []string{"mailboxfornow"}, without: []string{"sender", "notexist", "content", "messageword"}, only: disabledCode},
	{kind: KindRecipientUnknown, groups: []string{"usergone"}},
	// A domain not found; a recipient or mailbox not found "in" or "for"
	// a domain is the recipient's (below).
	{kind: KindDomainNotFound, groups: []string{"domain", "notfound_domain"}, without: []string{"recipientword", "mailboxnoun"}},
	// A domain that "couldn't be found": the domain's, unless a user,
	// mailbox or the client is what was not found.
	{kind: KindDomainNotFound, groups: []string{"domain", "notfoundlong"}, without: []string{"mailbox", "client", "reversedns"}},
	{kind: KindSyntaxError, groups: []string{"addressform"}, without: []string{"messageword"}},
	{kind: KindRecipientUnknown, groups: []string{"mailbox", "unknown"}},
	{kind: KindRecipientUnknown, groups: []string{"mailbox", "verifyfailed"}, without: []string{"backend", "unreached", "connfail", "connectfailed", "timeout", "unavailable", "sender"}},
	// The server's own trouble, then anything about content.
	// A connection a program could not open is the connection's, not the
	// trouble of a server that cannot open a file.
	{kind: KindConnectionFailed, groups: []string{"openconnfail"}, without: []string{"timeout", "backend"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"busy"}, temp: true},
	// The client refused, the message not named: a block, whatever
	// words of content it uses ("Server access forbidden by your IP",
	// "unusual amount of unsolicited email originating from your
	// address" from an IP).
	{kind: KindBlocked, groups: []string{"client", "clientbad"}, without: []string{"recipientrejected", "messageword", "spamstrong", "sender", "mailbox"}},
	{kind: KindPolicyRejected, groups: []string{"content"}, without: []string{"connectfailed"}},
	// The client refused in any words, after the server's own trouble
	// ("refused connection from IP … because the server is too busy") and
	// the message's ("rejected because the client submitted invalid
	// content").
	// A recipient refused with the client only tagged ("Recipient address
	// rejected [client 192.0.2.1]") is about the recipient.
	{kind: KindBlocked, groups: []string{"client", "clientbad"}, without: []string{"recipientrejected"}},
	// The client named only by its address, refused, when no other
	// subject is named: "554 [192.0.2.1] denied by local rules".
	{kind: KindBlocked, groups: []string{"ipaddress", "clientbad"},
		without: []string{"sender", "mailbox", "messageword", "connfail", "policyvague", "notaccepted", "timeout", "recipientrejected"}},
	// PHPMailer's and CodeIgniter's own messages in their other
	// languages: the last plain words, after any a server said.
	{kind: KindAuthFailed, groups: []string{"mailerauth"}},
	{kind: KindConnectionFailed, groups: []string{"mailerconnect"}, temp: true},
	{kind: KindSenderRejected, groups: []string{"phpmailerfrom"}},
	// A program's advice to set up or configure its settings, or its
	// word that they are not valid or incorrect, beside a setting's name
	// (settingadvice): the last plain words, so that whatever failed
	// beside them, named by any rule above, decides ("Message rejected
	// due to DMARC policy. Please configure SPF in your email settings.",
	// "Connection closed by remote host. Your SMTP settings are
	// incorrect."); its own list keeps the words no rule above reads as
	// a failure of their own.
	{kind: KindInvalidConfig, groups: []string{"settingname", "settingadvice"}, without: []string{"blockedvague", "sendvolume", "domain", "relay", "tlsword", "certword", "authfailed", "authneeded", "mxword", "reversedns", "islisted", "localdelivery", "tlsfailed", "couldnotauth", "connectfailed", "connfail", "connclosed", "connlost", "connreset", "clientlookup", "timeout", "addressrejected"}, only: noCodes},
}

// vagueRules say that something was refused or failed without saying
// why; a specific enhanced code is trusted before them.
var vagueRules = []rule{
	// "Service unavailable" or "Connection refused" said with 5.7.x is a
	// server turning the client away (Postfix's reject_rbl_client: "554
	// 5.7.1 Service unavailable; Client host … blocked"), not its own
	// trouble nor a connection that failed.
	{kind: KindBlocked, groups: []string{"refusedservice"}, only: policyCode},
	// A timeout first: "Command timeout limit exceeded" is a timeout.
	{kind: KindTimeout, groups: []string{"timeout"}, temp: true},
	// Something exceeded or reached: a mailbox's limit (the mailbox itself
	// named, not a user or account, whose limits are rates) is its quota, a
	// size's the message's, any other limit the sender's rate ("Sie haben
	// das Limit zum Senden von E-Mails erreicht"). A specific code comes
	// first ("452 4.5.3 … per transaction exceeded, please try this
	// recipient …" is a limit on recipients).
	{kind: KindMailboxFull, groups: []string{"mailboxnoun", "exceeded"}},
	{kind: KindMessageTooLarge, groups: []string{"size", "exceeded"}},
	{kind: KindRateLimited, groups: []string{"limit", "exceeded"}, temp: true},
	// A recipient refused for the server's own trouble ("Recipient address
	// rejected: Service temporarily unavailable") is that trouble.
	{kind: KindServiceUnavailable, groups: []string{"recipientrejected", "unavailable"}, temp: true},
	{kind: KindRecipientUnknown, groups: []string{"recipientrejected"}},
	{kind: KindRecipientUnknown, groups: []string{"addressrejected"}, without: []string{"sender", "client", "ipaddress", "otheraddress"}},
	{kind: KindPolicyRejected, groups: []string{"policyvague"}},
	{kind: KindPolicyRejected, groups: []string{"notaccepted"}},
	// A message refused: by a policy, most often, when the rest of the
	// reply says something no rule reads ("Message rejected. See
	// https://support.google.com/mail/answer/69585"); said and nothing
	// more, it names no cause (bareGroups).
	{kind: KindPolicyRejected, groups: []string{"messagerefused"}, without: []string{"unavailable"}},
	// The message itself blocked: policy ("This message is blocked due to
	// security reason").
	{kind: KindPolicyRejected, groups: []string{"messageword", "blockedvague"}, without: []string{"client", "ipaddress"}},
	{kind: KindBlocked, groups: []string{"blockedvague"}},
	// A server that could not reach its own backend (a directory, a
	// database, a scanner) has trouble of its own.
	{kind: KindConnectionFailed, groups: []string{"connfail"}, without: []string{"backend"}, temp: true},
	// A connection or socket closed, in a program's own words (no code):
	// a server's reply that closes the connection names its reason, and
	// one closed during TLS's handshake is TLS's.
	{kind: KindConnectionFailed, groups: []string{"connclosed"}, without: []string{"timeout", "tlsword", "certword", "handshakeword"}, temp: true, only: noCodes},
	{kind: KindConnectionFailed, groups: []string{"unreached"}, without: []string{"backend", "recipientword", "mailbox", "timeout", "notexist", "calloutframe"}, temp: true},
	// A message "still undelivered", or in the queue too long, when no
	// cause is given: the queue's timeout.
	{kind: KindTimeout, groups: []string{"stillundelivered"}, temp: true},
	// A whole domain suspended or disabled: every mailbox in it, unless
	// a specific code says the domain is not a place to deliver to ("550
	// 5.1.2 Domain disabled").
	{kind: KindMailboxDisabled, groups: []string{"domain", "disabled"}},
	{kind: KindServiceUnavailable, groups: []string{"unavailable"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"transactionfailed"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"deferredword"}, temp: true},
	{kind: KindServiceUnavailable, groups: []string{"congestion"}, temp: true, only: noEnhanced},
	// The frame of the recipients a server refused, and an HTTP
	// gateway's own failure between a program and the API it sends
	// through ("Request failed: 502 Bad Gateway", among recipientlist's
	// terms), with no code to name a cause: unknown, when no rule above
	// named one (a connection's rules read "Bad Gateway: Connection
	// aborted" first). No word of a gateway's for the guess to read a
	// cause into (after a round's retraining, the guess read its
	// "request" as a block).
	{kind: KindUnknown, groups: []string{"recipientlist"}, without: []string{"timeout"}, only: noCodes},
}

// subjectRules are the last words consulted, after every code but the
// stage: a reply that names whom it is about (a relay, the sender, a
// mailbox or user, an MX) with a condition none of the rules above
// knows is most likely that subject's usual failure. Unseen wordings
// mostly fail here: the subject is a small closed set of nouns, the
// condition an open one ("is unvalidated", "not a member of", "denies").
var subjectRules = []rule{
	{kind: KindRelayDenied, groups: []string{"relayword"}},
	{kind: KindSenderRejected, groups: []string{"sender"}},
	{kind: KindRecipientUnknown, groups: []string{"mailbox"}},
	{kind: KindDomainNotFound, groups: []string{"domainsubject"}},
	// A condition with no subject at all ("nie istnieje", "does not
	// exist", a bounce's bare diagnostic) is most often about the
	// recipient, the one address a bounce reports on; with an enhanced
	// code its class says more ("554 5.3.0 Unknown error").
	{kind: KindRecipientUnknown, groups: []string{"notexist"}, only: noEnhanced},
	{kind: KindMailboxDisabled, groups: []string{"disabledbare"}, only: noEnhanced},
}

// enhanced status codes (RFC 3463, the IANA registry of RFC 5248, and the
// codes Microsoft 365 and Gmail document), keyed by subject*1000+detail:
// the class (2, 4 or 5) says temporary or permanent, not what went wrong.
//
// specificEnhanced codes name one failure and are trusted before the vague
// words, after the plain ones.
var specificEnhanced = map[int]Kind{
	1001: KindRecipientUnknown, // X.1.1 bad destination mailbox address
	1002: KindDomainNotFound,   // X.1.2 bad destination system address
	1003: KindSyntaxError,      // X.1.3 bad destination mailbox address syntax
	1006: KindRecipientUnknown, // X.1.6 destination mailbox has moved, no forwarding address
	1090: KindRateLimited,      // 5.1.90 Microsoft 365: daily recipient limit reached
	2002: KindMailboxFull,      // X.2.2 mailbox full
	2003: KindMessageTooLarge,  // X.2.3 message length exceeds administrative limit
	2121: KindRateLimited,      // 5.2.121 Microsoft 365: recipient's per-hour limit from this sender
	2122: KindRateLimited,      // 5.2.122 Microsoft 365: recipient's per-hour receive limit
	3004: KindMessageTooLarge,  // X.3.4 message too big for system
	4004: KindDomainNotFound,   // X.4.4 unable to route
	4007: KindTimeout,          // X.4.7 delivery time expired
	4310: KindDomainNotFound,   // 5.4.310 Microsoft 365: DNS domain does not exist
	4312: KindDomainNotFound,   // 4.4.312 Microsoft 365: DNS query failed
	4315: KindTimeout,          // 4.4.315 Microsoft 365: connection timed out
	4316: KindConnectionFailed, // 4.4.316 Microsoft 365: connection refused
	4317: KindConnectionFailed, // 4.4.317 Microsoft 365: cannot connect to remote server
	4318: KindConnectionFailed, // 4.4.318 Microsoft 365: connection closed abruptly
	5003: KindRateLimited,      // X.5.3 too many recipients
	7008: KindAuthFailed,       // X.7.8 authentication credentials invalid (RFC 4954)
	7010: KindTLSRequired,      // X.7.10 encryption needed
	7011: KindTLSRequired,      // X.7.11 encryption required for requested authentication mechanism
	7012: KindAuthFailed,       // X.7.12 a password transition is needed
	7020: KindPolicyRejected,   // X.7.20 no passing DKIM signature found
	7021: KindPolicyRejected,   // X.7.21 no acceptable DKIM signature found
	7022: KindPolicyRejected,   // X.7.22 no valid author-matched DKIM signature found
	7023: KindPolicyRejected,   // X.7.23 SPF validation failed
	7024: KindPolicyRejected,   // X.7.24 SPF validation error
	7025: KindBlocked,          // X.7.25 reverse DNS validation failed
	7026: KindPolicyRejected,   // X.7.26 multiple authentication checks failed (DMARC)
	7027: KindSenderRejected,   // X.7.27 sender address has null MX
	7028: KindRateLimited,      // X.7.28 mail flood detected
	6007: KindSyntaxError,      // X.6.7 non-ASCII addresses not permitted (RFC 6531: SMTPUTF8 needed)
	7054: KindRelayDenied,      // 5.7.54 Microsoft: unable to relay recipient in non-accepted domain
	7057: KindAuthRequired,     // 5.7.57 Microsoft: client not authenticated to send mail
	7060: KindSenderRejected,   // 5.7.60 Microsoft: no permission to send as this sender
	7064: KindRelayDenied,      // 5.7.64 Microsoft: TenantAttribution; relay access denied
	7124: KindPolicyRejected,   // 5.7.124 Microsoft: sender not in the group's allowed senders
	7133: KindPolicyRejected,   // 5.7.133–136 Microsoft: sender not authenticated for group or mailbox
	7134: KindPolicyRejected,
	7135: KindPolicyRejected,
	7136: KindPolicyRejected,
	7139: KindAuthFailed,     // 5.7.139 Microsoft: authentication unsuccessful
	7515: KindPolicyRejected, // 5.7.515 Microsoft: sending domain fails the required authentication
}

// fallbackEnhanced codes say something but not enough to overrule the words:
// X.7.1, for one, is sent for relay denial, spam and blocklisting alike.
var fallbackEnhanced = map[int]Kind{
	1004: KindRecipientUnknown,   // X.1.4 destination mailbox address ambiguous
	1007: KindSenderRejected,     // X.1.7 bad sender's mailbox address syntax (also sender verification)
	1008: KindSenderRejected,     // X.1.8 bad sender's system address
	1010: KindRecipientUnknown,   // X.1.10 null MX (RFC 7505); Microsoft: recipient not found
	2001: KindMailboxDisabled,    // X.2.1 mailbox disabled, not accepting messages
	2004: KindRecipientUnknown,   // X.2.4 mailing list expansion problem
	3001: KindServiceUnavailable, // X.3.1 mail system full
	3002: KindServiceUnavailable, // X.3.2 system not accepting network messages
	3005: KindServiceUnavailable, // X.3.5 system incorrectly configured
	4001: KindConnectionFailed,   // X.4.1 no answer from host
	4002: KindConnectionFailed,   // X.4.2 bad connection
	4003: KindServiceUnavailable, // X.4.3 directory server failure
	4005: KindRateLimited,        // X.4.5 mail system congestion
	4006: KindServiceUnavailable, // X.4.6 routing loop detected
	5001: KindSyntaxError,        // X.5.1 invalid command
	5002: KindSyntaxError,        // X.5.2 syntax error
	5004: KindSyntaxError,        // X.5.4 invalid command arguments
	5005: KindSyntaxError,        // X.5.5 wrong protocol version
	5006: KindSyntaxError,        // X.5.6 authentication exchange line too long (at AUTH a login's: decide)
	6000: KindPolicyRejected,     // X.6.0 other media error
	6001: KindPolicyRejected,     // X.6.1 media not supported
	7002: KindPolicyRejected,     // X.7.2 mailing list expansion prohibited
	7004: KindTLSFailed,          // X.7.4 security features not supported
	7005: KindTLSFailed,          // X.7.5 cryptographic failure
	7013: KindMailboxDisabled,    // X.7.13 user account disabled
	7017: KindRecipientUnknown,   // X.7.17 mailbox owner has changed
	7018: KindRecipientUnknown,   // X.7.18 domain owner has changed
}

// registeredDetail is the highest detail of each subject that the IANA
// registry of enhanced status codes holds (RFC 3463, RFC 5248 and the RFCs
// that added to it: X.1.10 null MX, X.6.10 for internationalized mail,
// X.7.30 REQUIRETLS); a higher one is a provider's own (Microsoft's
// 5.7.54, 5.7.606, 5.1.90).
var registeredDetail = [8]int{0, 10, 4, 6, 7, 6, 10, 30}

// registered reports whether key (enhancedKey) is a code of the registry.
func registered(key int) bool {
	s, d := key/1000, key%1000
	return key >= 0 && s < len(registeredDetail) && d <= registeredDetail[s]
}

// enhancedKey returns subject*1000+detail of an enhanced code such as
// "5.7.54", or -1.
func enhancedKey(enh string) int {
	n := enhancedLen(enh)
	if n == 0 || n != len(enh) {
		return -1
	}
	subject, detail, i := 0, 0, 2
	for ; enh[i] != '.'; i++ {
		subject = subject*10 + int(enh[i]-'0')
	}
	for i++; i < len(enh); i++ {
		detail = detail*10 + int(enh[i]-'0')
	}
	return subject*1000 + detail
}

// bySpecificEnhanced returns the kind a specific enhanced code names at
// stage, or "", and sets ev when it returns a kind.
func bySpecificEnhanced(stage Stage, enh string, ev *evidence) Kind {
	key := enhancedKey(enh)
	if key < 0 {
		return ""
	}
	k := specificEnhanced[key]
	switch {
	case k == "" && key >= 7500 && key < 7900:
		// Microsoft 365's X.7.500–X.7.7xx: as 4xx they are throttling
		// ("451 4.7.500 Server busy"), as 5xx bans of the sending IP or
		// tenant (5.7.606–649, 5.7.7xx; 5.7.506 bad HELO, 5.7.507 IP
		// refused by the recipient's organisation, 5.7.510 no IPv6, 5.7.511
		// banned sender, 5.7.513 customer block list) or policy (the rest
		// of 5.7.5xx). 4.7.850–899 restrict a suspicious IP: blocked.
		switch {
		case enh[0] == '4' && key >= 7850:
			k = KindBlocked
		case enh[0] == '4':
			k = KindRateLimited
		case key >= 7600 || key == 7506 || key == 7507 || key == 7510 || key == 7511 || key == 7513:
			k = KindBlocked
		default:
			k = KindPolicyRejected
		}
	case k == KindRecipientUnknown || k == KindDomainNotFound:
		// A bad address at MAIL FROM is the sender's.
		if stage == StageMail {
			enhancedEvidence(enh, ev)
			ev.add(" at MAIL FROM (the sender)")
			return KindSenderRejected
		}
	}
	if k == "" {
		return ""
	}
	enhancedEvidence(enh, ev)
	return k
}

// byFallbackEnhanced returns the kind a less specific enhanced code points
// to at stage, or "", and sets ev when it returns a kind.
func byFallbackEnhanced(stage Stage, enh string, ev *evidence) Kind {
	key := enhancedKey(enh)
	if key < 0 {
		return ""
	}
	if key == 2001 && enh[0] == '4' {
		// X.2.1 says the mailbox is not accepting messages; sent as a
		// temporary failure it means "not now": Gmail's "450 4.2.1 The user
		// you are trying to contact is receiving mail too quickly".
		enhancedEvidence(enh, ev)
		return KindRateLimited
	}
	if k := fallbackEnhanced[key]; k != "" {
		if key == 7013 && stage == StageAuth {
			enhancedEvidence(enh, ev)
			ev.add(" at AUTH") // the account logging in is disabled
			return KindAuthFailed
		}
		enhancedEvidence(enh, ev)
		return k
	}
	var k Kind
	switch key {
	case 7000, 7003, 7009:
		// "454 4.7.0" at AUTH is a temporary authentication failure;
		// 5.7.9 is "mechanism too weak" at AUTH, a policy refusal elsewhere
		// (Yahoo: "554 5.7.9 Message not accepted for policy reasons").
		switch stage {
		case StageAuth:
			k = KindAuthFailed
		case StageStartTLS:
			k = KindTLSFailed
		}
		if k == "" && key == 7009 {
			k = KindPolicyRejected
		}
	case 7001:
		// The all-purpose "delivery not authorized": who refused decides.
		switch stage {
		case StageConnect, StageGreeting, StageEHLO:
			k = KindBlocked
		case StageAuth:
			k = KindAuthFailed
		case StageMail:
			k = KindSenderRejected
		case StageRcpt, StageData:
			k = KindPolicyRejected
		}
	}
	if k == "" {
		return ""
	}
	ev.set(codeStageEvidence[evidenceKey{-key, stageIndex(stage)}])
	return k
}

// byEnhancedClass returns the kind the subject digit of an enhanced code
// (RFC 3463 §3: X.1 addressing, X.3 mail system, X.4 network and routing,
// X.5 protocol, X.6 content, X.7 security and policy) points to at stage
// when no table above knows its detail, or "".
func byEnhancedClass(stage Stage, enh string, ev *evidence) Kind {
	key := enhancedKey(enh)
	if key < 0 || (enh[0] != '4' && enh[0] != '5') {
		return ""
	}
	var k Kind
	switch key / 1000 {
	case 1:
		k = KindRecipientUnknown
		if stage == StageMail {
			k = KindSenderRejected
		}
	case 3, 4:
		k = KindServiceUnavailable
	case 5:
		k = KindSyntaxError
	case 6:
		k = KindPolicyRejected
	case 7:
		switch stage {
		case StageConnect, StageGreeting, StageEHLO:
			k = KindBlocked
		case StageAuth:
			k = KindAuthFailed
		case StageStartTLS:
			k = KindTLSFailed
		case StageMail:
			k = KindSenderRejected
		default:
			k = KindPolicyRejected
		}
	}
	if k == "" {
		return ""
	}
	ev.set(classEvidence[enh[0]-'0'][key/1000])
	return k
}

// classEvidence holds "the class of enhanced code 5.7.x", by class digit
// and subject, built once so that Classify does not build it per reply.
var classEvidence = func() (e [6][8]string) {
	for c := 4; c <= 5; c++ {
		for s := 1; s < 8; s++ {
			e[c][s] = "the class of enhanced code " + strconv.Itoa(c) + "." + strconv.Itoa(s) + ".x"
		}
	}
	return e
}()

// enhancedEvidence sets ev to "enhanced code X.Y.Z" (built once for the
// codes of the tables).
func enhancedEvidence(enh string, ev *evidence) {
	if s, ok := codeEvidenceText[enh]; ok {
		ev.set(s)
		return
	}
	ev.set("enhanced code ", enh)
}

// codeEvidence returns "basic code NNN at STAGE", built once.
func codeEvidence(code int, stage Stage) string {
	return codeStageEvidence[evidenceKey{code, stageIndex(stage)}]
}

// stageEvidence returns "a 5xx reply at STAGE", built once.
func stageEvidence(code int, stage Stage) string {
	return codeStageEvidence[evidenceKey{code / 100, stageIndex(stage)}]
}

// codeEvidenceText and codeStageEvidence hold the evidence strings of the
// code rules, built once so that Classify does not build them per reply.
var codeEvidenceText, codeStageEvidence = buildCodeEvidence()

// evidenceKey keys codeStageEvidence: a basic code, a class (4 or 5), or
// minus the key of an enhanced code, and the stage.
type evidenceKey struct {
	n     int
	stage uint8 // stageIndex
}

// stageIndex numbers the stages for evidenceKey.
func stageIndex(s Stage) uint8 {
	switch s {
	case StageConfig:
		return 1
	case StageConnect:
		return 2
	case StageGreeting:
		return 3
	case StageEHLO:
		return 4
	case StageStartTLS:
		return 5
	case StageAuth:
		return 6
	case StageMail:
		return 7
	case StageRcpt:
		return 8
	case StageData:
		return 9
	case StageQuit:
		return 10
	case StagePOP:
		return 11
	}
	return 0
}

func buildCodeEvidence() (map[string]string, map[evidenceKey]string) {
	enh := map[string]string{}
	add := func(key int) {
		for _, class := range []string{"4", "5"} {
			s := class + "." + strconv.Itoa(key/1000) + "." + strconv.Itoa(key%1000)
			enh[s] = "enhanced code " + s
		}
	}
	for k := range specificEnhanced {
		add(k)
	}
	for k := range fallbackEnhanced {
		add(k)
	}
	for k := 7500; k < 7800; k++ {
		add(k)
	}
	stages := append([]Stage{""}, StageConfig, StageConnect, StageGreeting, StageEHLO, StageStartTLS,
		StageAuth, StageMail, StageRcpt, StageData, StageQuit, StagePOP)
	at := func(s Stage) string {
		if s == "" {
			return ""
		}
		return " at " + string(s)
	}
	cs := map[evidenceKey]string{}
	for _, s := range stages {
		for _, c := range []int{421, 432, 450, 451, 452, 454, 500, 501, 502, 503, 504, 521, 530, 534, 535, 538, 551, 552, 555, 556} {
			cs[evidenceKey{c, stageIndex(s)}] = "basic code " + strconv.Itoa(c) + at(s)
		}
		for _, c := range []int{4, 5} {
			cs[evidenceKey{c, stageIndex(s)}] = "a " + strconv.Itoa(c) + "xx reply" + at(s)
		}
		for _, k := range []int{7000, 7001, 7003, 7009} {
			cs[evidenceKey{-k, stageIndex(s)}] = "enhanced code X.7." + strconv.Itoa(k%1000) + at(s)
		}
	}
	return enh, cs
}

// byCode returns the kind a basic reply code points to at stage, or "".
func byCode(stage Stage, code int) Kind {
	switch code {
	case 421:
		return KindServiceUnavailable
	case 432, 534, 535:
		return KindAuthFailed
	case 450, 451:
		return KindServiceUnavailable
	case 452:
		if stage == StageRcpt {
			return KindRateLimited // RFC 5321 §4.5.3.1.10: too many recipients
		}
		return KindServiceUnavailable
	case 454:
		switch stage {
		case StageAuth:
			return KindAuthFailed
		case StageStartTLS:
			return KindTLSFailed
		}
		return KindServiceUnavailable
	case 500, 501, 502, 503, 504, 555:
		if stage == StageAuth {
			return KindAuthFailed
		}
		return KindSyntaxError
	case 521, 556:
		return KindDomainNotFound
	case 530:
		return KindAuthRequired
	case 538:
		return KindTLSRequired
	case 551:
		return KindRelayDenied // "551 User not local; please try <forward-path>"
	case 552:
		if stage == StageRcpt {
			return KindMailboxFull
		}
		return KindMessageTooLarge
	}
	return ""
}

// byStage returns the kind a failure of class 4 or 5 at stage most likely
// has when nothing else said, or "".
func byStage(stage Stage, code int) Kind {
	switch stage {
	case StageConnect:
		// A reply on connecting (the server's greeting) is the server
		// refusing the client, as at EHLO ("554 Refused."), or its own
		// trouble; without a reply code the connection itself failed.
		if code/100 != 4 && code/100 != 5 {
			return KindConnectionFailed
		}
	case StageStartTLS:
		return KindTLSFailed
	case StageAuth:
		return KindAuthFailed
	case StagePOP:
		return KindPOPFailed
	case StageConfig:
		return KindInvalidConfig
	}
	switch code / 100 {
	case 4:
		return KindServiceUnavailable
	case 5:
		switch stage {
		case StageConnect, StageGreeting, StageEHLO:
			return KindBlocked
		case StageMail:
			return KindSenderRejected
		case StageRcpt:
			if code == 554 {
				return KindPolicyRejected
			}
			return KindRecipientUnknown
		case StageData:
			return KindPolicyRejected
		}
	}
	return ""
}

// temporaryKinds are the kinds that are temporary when no reply code says
// otherwise.
var temporaryKinds = map[Kind]bool{
	KindRateLimited:        true,
	KindGreylisted:         true,
	KindServiceUnavailable: true,
	KindConnectionFailed:   true,
	KindTimeout:            true,
}

// neverTemporary are the kinds that depend on how the client is set up, not
// on time: waiting does not change them, even when a server sends them as
// 4xx (Postfix's defer_unauth_destination answers "454 4.7.1 <x>: Relay
// access denied"; Microsoft 365 "451 5.7.3 STARTTLS is required").
var neverTemporary = map[Kind]bool{
	KindRelayDenied:   true,
	KindAuthRequired:  true,
	KindTLSRequired:   true,
	KindInvalidConfig: true,
}

// temporaryFor says whether a failure of kind with reply code code is
// worth trying again later (kindFact.temporaryAt).
func temporaryFor(kind Kind, code int) bool { return factOf(kind).temporaryAt(code) }

// sessionIOTerms are clients' words for a read or a write of the session
// that failed, or a greeting that never came (connclosed): where a reply's
// code follows them ("Error getting response from SMTP server: 554
// Transaction failed"), the reply names the cause (framedTerms).
var sessionIOTerms = []string{"getting response from", "get mail server response", "read line from the smtp server",
	"sending command to smtp server", "sending command to the smtp server", "receive ready message"}
