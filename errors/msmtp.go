package errors

// msmtp prints its own messages for the failures it meets around the
// server's reply, in its user's language ("Verbindung abgelehnt",
// "anslutningen vägrades"). The translations below are the facts of its
// message catalogues (msmtp 1.8.23 as Debian packages it:
// usr/share/locale/*/LC_MESSAGES/msmtp.mo, eight languages), folded as every
// term is written, each the longest part between the message's placeholders,
// without what a parenthesis adds ("(method %s)"); German's "cannot connect
// to" and "cannot locate host", whose longest parts say only "cannot be
// established" or "cannot be found", are left out, and so is Tamil's "cannot
// connect to", which starts with the case ending of any noun, and
// Ukrainian's "timeout", which says only "waiting time". A translation means
// what its English means, so each list joins the group whose terms decide
// the English text (rules.go), and TestMsmtpTranslations holds every
// translation of the catalogues to the kind of its English (one a group has
// already is not repeated); the English messages are read by the terms of
// rules.go, or guessed as a connection that failed ("network unreachable").

// msmtpConnectTerms translate "cannot connect to %s, port %d: %s", "cannot
// connect to %s: %s", "cannot get initial OK message from server", "the
// server sent an empty reply" (no connection to the server, or no greeting
// on it); they join the group "connectfailed".
var msmtpConnectTerms = []string{
	"initiale ok-nachricht des servers kann nicht empfangen werden", // de
	"der server sendete eine leere antwort",                         // de
	"ne eblas konektigi al",                                         // eo
	"ne eblas akiri komencan mesagon ok de servilo",                 // eo
	"la servilo sendis malplenan respondon",                         // eo
	"erreur de connexion a",                                         // fr
	"erreur de reception du message ok initial du serveur",          // fr
	"le serveur a envoye une reponse vide",                          // fr
	"nao foi possivel conectar em",                                  // pt_BR
	"nao foi possivel conectar a",                                   // pt_BR
	"nao foi possivel obter a mensagem de ok inicial do servidor",   // pt_BR
	"o servidor enviou uma resposta nula",                           // pt_BR
	"не могу да се повежем на",                                      // sr
	"не могу добити почетну потврдну поруку са сервера",             // sr
	"сервер је послао празан одговор",                               // sr
	"kan inte ansluta till",                                         // sv
	"kunde inte fa initialt ok-meddelande fran servern",             // sv
	"servern skickade ett tomt svar",                                // sv
	"வழங்கியிடமிருந்து முதல் ok செய்தியைப் பெற இயலவில்லை",       // ta
	"வழங்கி வெற்று மறுமொழி அளித்தது",                            // ta
	"не вдалося з'єднатися із",                                  // uk
	"не вдалося отримати початкове повідомлення ok від сервера", // uk
	"сервером надіслано порожню відповідь",                      // uk
}

// msmtpRefusedTerms translate "connection refused"; they join the groups
// "connfail" and "refusedservice", as the English does: the connection's
// failure, or, beside a code of policy (5.7.1), the server refusing the
// client.
var msmtpRefusedTerms = []string{
	"verbindung abgelehnt",   // de
	"konekto rifuzita",       // eo
	"connexion refusee",      // fr
	"conexao recusada",       // pt_BR
	"anslutningen vagrades",  // sv
	"веза је одбијена",       // sr
	"у з'єднанні відмовлено", // uk
}

// msmtpConnectionTerms translate "the connection was closed unexpectedly",
// "network read error", "network write error", "network unreachable" (the
// connection lost or never made); they join the group "connfail".
var msmtpConnectionTerms = []string{
	"network read error",                       // en (msmtp's own)
	"network write error",                      // en
	"netzwerk-lesefehler",                      // de
	"netzwerk nicht erreichbar",                // de
	"netzwerk-ausgabefehler",                   // de
	"die verbindung wurde unerwartet getrennt", // de
	"reta legeraro",                            // eo
	"reto neatingebla",                         // eo
	"reta skriberaro",                          // eo
	"la konekto estis neatendite fermita",      // eo
	"erreur de lecture reseau",                 // fr
	"reseau inaccessible",                      // fr
	"erreur d'ecriture reseau",                 // fr
	"la connexion a ete fermee prematurement",  // fr
	"erro de leitura na rede",                  // pt_BR
	"rede inalcancavel",                        // pt_BR
	"erro de escrita na rede",                  // pt_BR
	"a conexao foi fechada inesperadamente",    // pt_BR
	"грешка читања мреже",                      // sr
	"мрежа није доступна",                      // sr
	"грешка писања мреже",                      // sr
	"веза је неочекивано затворена",            // sr
	"natverkslasfel",                           // sv
	"natverk oatkomligt",                       // sv
	"natverksskrivfel",                         // sv
	"anslutningen stangdes ovantat",            // sv
	"помилка читання у мережі",                 // uk
	"немає доступу до мережі",                  // uk
	"помилка запису у мережі",                  // uk
	"з'єднання неочікувано розірвано",          // uk
}

// msmtpTimeoutTerms translate "timeout" (the network's time ran out); they
// join the group "timeout".
var msmtpTimeoutTerms = []string{
	"eksvalidigo",                       // eo
	"depassement du delai d'inactivite", // fr
	"tempo limite",                      // pt_BR
	"истекло је време",                  // sr
	"காலாவதி ஆனது",                      // ta
}

// msmtpTLSTerms translate "TLS handshake failed" (the TLS handshake failed);
// they join the group "tlsfailed".
var msmtpTLSTerms = []string{
	"tls-aushandlung fehlgeschlagen",  // de
	"tls-manpremo malsukcesis",        // eo
	"echec de la poignee de main tls", // fr
	"o handshake tls falhou",          // pt_BR
	"tls\" руковање није успело",      // sr
	"tls-handskakning misslyckades",   // sv
	"tls கைகுலுக்கல் தோல்வியுற்றது", // ta
	"помилка при ініціалізації tls", // uk
}

// msmtpAuthTerms translate "authentication failed (method %s)", "cannot find
// a usable authentication method" (the login failed); they join the group
// "authfailed".
var msmtpAuthTerms = []string{
	"keine benutzbare authentifizierungsmethode verfugbar",              // de
	"autentigo malsukcesis",                                             // eo
	"ne eblas trovi uzeblan autentigan metodon",                         // eo
	"echec de la recherche d'une methode d'authentification utilisable", // fr
	"a autenticacao falhou",                                             // pt_BR
	"nao foi possivel encontrar um metodo usavel de autenticacao",       // pt_BR
	"потврђивање идентитета није успело",                                // sr
	"не могу да нађем употребљив начин потврђивања идентитета",          // sr
	"autentisering misslyckades",                                        // sv
	"kan inte hitta en anvandbar autentiseringsmetod",                   // sv
	"не вдалося пройти розпізнавання",                                   // uk
	"не вдалося знайти придатний до використання спосіб розпізнавання", // uk
}

// msmtpSettingsTerms translate "envelope-from address is missing" (a setting
// the sender must give); they join the group "settingsmissing".
var msmtpSettingsTerms = []string{
	"umschlagabsenderadresse fehlt",                     // de
	"envelope-from-retpostadreso mankas",                // eo
	"adresse de l'expediteur d'enveloppe est manquante", // fr
	"falta o endereco envelope-from",                    // pt_BR
	"недостаје адреса за \"коверту шаље",                // sr
	"kuvert-fran-adress saknas",                         // sv
	"пропущено адресу-обгортку «від",                    // uk
}

// msmtpHostTerms translate "host not found (authoritative)", "host not found
// (nonauthoritative) or server failure", "host unreachable" (the host not
// found or not reached); they join the group "hostdown".
var msmtpHostTerms = []string{
	"host nicht gefunden",   // de
	"host nicht erreichbar", // de
	"retnodo ne trovita",    // eo
	"retnodo ne atingeblas", // eo
	"hote non trouve",       // fr
	"hote inaccessible",     // fr
	"host nao encontrado",   // pt_BR
	"host inalcancavel",     // pt_BR
	"нисам нашао домаћина",  // sr
	"домаћин није доступан", // sr
	"vard hittades inte",    // sv
	"vard oatkomlig",        // sv
	"не знайдено вузла",     // uk
	"вузол недоступний",     // uk
}

// msmtpLookupTerms translate "cannot locate host %s: %s" (the server's own
// name not found); they join the group "clientlookup".
var msmtpLookupTerms = []string{
	"ne eblas loki retnodon",                   // eo
	"impossible de resoudre le nom d'hote",     // fr
	"nao foi possivel localizar o host",        // pt_BR
	"не могу да нађем домаћина",                // sr
	"kan inte hitta vard",                      // sv
	"не вдалося встановити розташування вузла", // uk
}
