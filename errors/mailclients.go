package errors

// Mail programs print their own messages when sending fails, in their users'
// languages ("Kann Nachricht nicht versenden: Fehler beim Verbinden mit dem
// SMTP-Server.", "サーバは認証を拒否しました。"), and their users paste them. The terms
// below are the facts of four programs' catalogues as Debian packages them:
// Claws Mail 4.1.1 (claws-mail-i18n), Sylpheed 3.8.0~beta1 (sylpheed-i18n),
// Horde's SMTP library 1.9.6 (php-horde-smtp, which Horde IMP and Nextcloud
// Mail print) and the SOGo 5.8.0 webmail (sogo-common: MailerUI.SOGo's
// Localizable.strings). For each message that names a cause, in English and
// in each language, the term is the longest part between its placeholders
// and sentences that no other of the program's chosen messages holds in that
// language, folded as every term is written (under twelve characters, or
// four in scripts written without spaces, is too short to tell, and a part
// that starts with a particle of another word, "的", "の", "，", is a fragment,
// and so are the parts that say only "connection to", "not found" or "the
// sending server", those the table showed taking other causes' replies, and
// those a reading of the change found generic or of another cause: a
// connection's clause of a refused login, "access denied", "the connection
// was refused" where the word is also a login's, "cannot be verified for the
// following reason" with no certificate named). Each term joins the group of
// its message's cause, one a group has already is not repeated, and
// TestMailClientMessages holds every message of the catalogues with a term
// to its kind (testdata/mailclients.tsv).

// mailClientConnectionTerms are the programs' words for no connection to the
// server, or one lost (connection_failed); they join the group "connfail".
var mailClientConnectionTerms = []string{
	"polaczenie zostalo zamkniete przez zdalnego gospodarza", // claws-mail pl
	"nie udalo sie nawiazac polaczenia z",                    // claws-mail pl
	"nie mozna polaczyc sie z serwerem",                      // claws-mail pl, sylpheed pl
	"blad gniazda podczas polaczenia z",                      // claws-mail pl
	"nie mozna sie polaczyc",                                 // claws-mail pl
	"etapalvelin katkaisi yhteyden",                          // claws-mail fi
	"palvelimeen ei saatu yhteytta",                          // claws-mail fi
	"sokettivirhe yhteydessa",                                // claws-mail fi
	"ei voitu yhdistaa",                                      // claws-mail fi
	"conexiune inchisa de serverul de la distanța",           // claws-mail ro, sylpheed ro
	"conectarea la server nu a putut fi realizata",           // claws-mail ro, sylpheed ro
	"eroare de socket la conectarea la",                      // claws-mail ro
	"nu se poate conecta",                                    // claws-mail ro
	"forbindelsen lukket af ekstern vart",                    // claws-mail da
	"kunne ikke forbinde til serveren",                       // claws-mail da
	"sokkelfejl ved forbindelse til",                         // claws-mail da
	"umuligt at forbinde",                                    // claws-mail da
	"verbindung durch gegenseite getrennt",                   // claws-mail de
	"von der gegenstelle geschlossen",                        // claws-mail de
	"verbindung zum server schlug fehl",                      // claws-mail de
	"socket-fehler beim verbinden mit",                       // claws-mail de
	"verbindung nicht moglich",                               // claws-mail de
	"connexio tancada per la maquina remota",                 // claws-mail ca
	"no s'ha pogut connectar amb el servidor",                // claws-mail ca
	"error de socol connectant amb",                          // claws-mail ca
	"no es pot de connectar",                                 // claws-mail ca
	"リモートホストにより接続がクローズされました",                                 // claws-mail ja
	"への接続がクローズされました",                                         // claws-mail ja
	"への接続に失敗しました",                                            // claws-mail ja, sylpheed ja
	"サーバに接続できません",                                            // claws-mail ja
	"への接続中にソケットエラー",                                          // claws-mail ja
	"conexion cerrada por la maquina remota",                 // claws-mail es, sylpheed es
	"ha fallado la conexion con",                             // claws-mail es
	"no se puede conectar al servidor",                       // claws-mail es
	"error de conector conectando con",                       // claws-mail es
	"no se ha podido conectar",                               // claws-mail es
	"pripojeni bylo ukonceno vzdalenym pocitacem",            // claws-mail cs
	"nemohu se spojit se serverem",                           // claws-mail cs
	"chyba socketu v pripojeni k",                            // claws-mail cs
	"nemohu pripojit",                                        // claws-mail cs
	"соединение прервано удаленным узлом",                    // claws-mail ru
	"не удалось соединиться с сервером",                      // claws-mail ru
	"ошибка сокета при соединении с",                         // claws-mail ru
	"невозможно подключиться",                                // claws-mail ru
	"connexion fermee par l'hote distant",                    // claws-mail fr
	"impossible de se connecter au serveur",                  // claws-mail fr
	"erreur de socket lors de la connexion vers",             // claws-mail fr
	"a tavoli szerver lezarta a kapcsolatot",                 // claws-mail hu
	"a tavoli kiszolgalo lezarta a",                          // claws-mail hu
	"kapcsolodas sikertelen",                                 // claws-mail hu
	"nem tudtam kapcsolodni a szerverhez",                    // claws-mail hu, sylpheed hu
	"socket hiba a kapcsolat letesitesekor",                  // claws-mail hu
	"vzdialeny hostitel ukoncil spojenie",                    // claws-mail sk, sylpheed sk
	"nemozno sa pripojit k serveru",                          // claws-mail sk
	"chyba soketu pri pripojeni k",                           // claws-mail sk
	"connessione chiusa dall'host remoto",                    // claws-mail it, sylpheed it
	"impossibile connettersi al server",                      // claws-mail it, sylpheed it
	"errore del socket durante la connessione con",           // claws-mail it
	"η σύνδεση έκλεισε από τον απομακρυσμένο host",           // claws-mail el_GR
	"δε μπόρεσε να συνδεθεί με server",                       // claws-mail el_GR
	"σφάλμα socket στη σύνδεση σε",                           // claws-mail el_GR
	"a conexao foi fechada pelo servidor remoto",             // claws-mail pt_BR
	"ocorreu uma falha na conexao com",                       // claws-mail pt_BR
	"nao foi possivel conectar ao servidor",                  // claws-mail pt_BR
	"erro de socket na conexao com",                          // claws-mail pt_BR
	"sambungan ditutup oleh remote host",                     // claws-mail id_ID
	"tidak dapat menyambung ke server",                       // claws-mail id_ID
	"soket mengalami kesalahan saat menyambung ke",           // claws-mail id_ID
	"tidak bisa menyambung",                                  // claws-mail id_ID
	"baglanti karsi taraftan kesildi",                        // claws-mail tr, sylpheed tr
	"baglantisi karsi taraftan kesildi",                      // claws-mail tr
	"baglantisi basarisiz oldu",                              // claws-mail tr, sylpheed tr
	"sunucuya baglanamadi",                                   // claws-mail tr
	"baglantisinda soket hatasi meydana geldi",               // claws-mail tr
	"baglanilamadi",                                          // claws-mail tr
	"無法連線至伺服器",                                               // claws-mail zh_TW
	"無法進行連線",                                                 // claws-mail zh_TW
	"forbindelsen lukket av nettverksvert",                   // claws-mail nb
	"ble lukket av nettverksverten",                          // claws-mail nb
	"fikk ikke forbindelse til tjeneren",                     // claws-mail nb
	"socket-feil ved oppkobling til",                         // claws-mail nb
	"kunne ikke koble til",                                   // claws-mail nb
	"anslutning avslutades av motstaende varddator",          // claws-mail sv
	"kan inte ansluta till server",                           // claws-mail sv
	"socket-fel pa anslutning till",                          // claws-mail sv
	"kunde inte ansluta",                                     // claws-mail sv
	"verbinding gesloten door de server",                     // claws-mail nl
	"geen verbinding met server",                             // claws-mail nl
	"socket-fout bij verbinding met",                         // claws-mail nl
	"niet in staat te verbinden",                             // claws-mail nl
	"connection closed by the remote host",                   // claws-mail en, sylpheed en
	"could not connect to server",                            // claws-mail en, sylpheed en
	"socket error on connection to",                          // claws-mail en
	"polaczenie zamkniete przez zdalny komputer",             // sylpheed pl
	"blad polaczenia",                                        // sylpheed pl
	"non se puido conectar o servidor",                       // sylpheed gl
	"etäpalvelin sulki yhteyden",                            // sylpheed fi
	"yhteydenotto epäonnistui",                              // sylpheed fi
	"ei saatu yhdistetyksi palvelimeen",                      // sylpheed fi
	"palvelimeen ei saatu luoduksi yhteytta",                 // sylpheed fi
	"conexiunea a eșuat",                                     // sylpheed ro
	"nu s-a putut stabili o conexiune la server",             // sylpheed ro
	"злучэнне закрытае аддаленым серверам",                   // sylpheed be
	"злучэнне не атрымалася",                                 // sylpheed be
	"немагчыма злучыцца з серверам",                          // sylpheed be
	"немагчыма устанавіць злучэнне з серверам",               // sylpheed be
	"сервер smtp не знойдзены",                               // sylpheed be
	"ignen forbindelse til server",                           // sylpheed da
	"vezu je prekinuo domacin",                               // sylpheed hr
	"veza nije uspjela",                                      // sylpheed hr
	"ne mogu se povezati na server",                          // sylpheed hr
	"ne mogu se povezati s posluziteljem",                    // sylpheed hr
	"nema smtp posluzitelja",                                 // sylpheed hr
	"ne postoji ili niste spojeni na internet",               // sylpheed hr
	"verbindung zum smtp-server nicht moglich",               // sylpheed de
	"keine verbindung zum smtp-server",                       // sylpheed de
	"verbindung geschlossen vom remote-host",                 // sylpheed de
	"verbindung fehlgeschlagen",                              // sylpheed de
	"keine verbindung mit server",                            // sylpheed de
	"konnte keine server-verbindung herstellen",              // sylpheed de
	"smtpサーバに接続できません",                                        // sylpheed ja
	"リモートホストによって接続を切断されました",                                  // sylpheed ja
	"サーバに接続できませんでした",                                         // sylpheed ja
	"smtpサーバが見つかりません",                                        // sylpheed ja
	"서버에 연결할 수가 없습니다",                                        // sylpheed ko
	"conexion fallida",                                       // sylpheed es
	"no se pudo conectar al servidor",                        // sylpheed es
	"no se pudo establecer una conexion con el servidor",     // sylpheed es
	"servidor smtp no encontrado",                            // sylpheed es
	"spojeni ukonceno vzdalenym hostitelem",                  // sylpheed cs
	"spojeni selhalo",                                        // sylpheed cs
	"se serverem nelze navazat spojeni",                      // sylpheed cs
	"server smtp nenalezen",                                  // sylpheed cs
	"сервер закрыл соединение",                               // sylpheed ru
	"сервер smtp не найден",                                  // sylpheed ru
	"kết nối bị ngắt bởi may từ xa",                          // sylpheed vi
	"kết nối thất bại",                                       // sylpheed vi
	"khong thể kết nối tới may chủ",                          // sylpheed vi
	"з'єднання закрито сервером",                             // sylpheed uk
	"помилка з'єднання з",                                    // sylpheed uk
	"не вдалося з'єднатись із сервером",                      // sylpheed uk
	"не вдалося встановити з'єднання із сервером",            // sylpheed uk
	"не знайдено smtp-сервер",                                // sylpheed uk
	"la connexion a ete fermee par le serveur",               // sylpheed fr
	"la connexion a echoue",                                  // sylpheed fr
	"serveur smtp non trouve",                                // sylpheed fr
	"a tavoli fel bezarta a kapcsolatot",                     // sylpheed hu
	"kapcsolat megszakadt",                                   // sylpheed hu
	"a kapcsolodas nem sikerult ide",                         // sylpheed hu
	"nem lehet kapcsolatot letesiteni a szerverrel",          // sylpheed hu
	"smtp szerver nem talalhato",                             // sylpheed hu
	"spojenie zlyhalo",                                       // sylpheed sk
	"nepodarilo sa pripojit k serveru",                       // sylpheed sk
	"ne morem se povezati s streznikom",                      // sylpheed sl
	"η σύνδεση έκλεισε από τον απομακρυσμένο υπολογιστή", // sylpheed el
	"δεν είναι δυνατή η σύνδεση στο διακομιστή",          // sylpheed el
	"connessione fallita", // sylpheed it
	"връзката е прекратена от отдалечения хост",     // sylpheed bg
	"връзката провалена",                            // sylpheed bg
	"не може да се установи връзка със сървър",      // sylpheed bg
	"веза је прекинута од стране удаљеног домаћина", // sylpheed sr
	"повезивање није успело",                        // sylpheed sr
	"нисам успео да се повежем са служитељем",       // sylpheed sr
	"нисам успео да остварим везу према служитељу",  // sylpheed sr
	"нисам пронашао смпт служитеља",                 // sylpheed sr
	"nao foi possivel conectar ao smtp",             // sylpheed pt_BR
	"nao foi possivel conectar ao servidor smtp",    // sylpheed pt_BR
	"conexao finalizada pelo servidor remoto",       // sylpheed pt_BR
	"falha na conexao a", // sylpheed pt_BR
	"nao foi possivel estabelecer uma conexao com o servidor",                // sylpheed pt_BR
	"servidor smtp nao encontrado",                                           // sylpheed pt_BR
	"חיבור נסגר על ידי מארח מרוחק",                                           // sylpheed he
	"לא היתה אפשרות לקשר לשרת",                                               // sylpheed he
	"לא היתה אפשרות לבסס חיבור אל השרת",                                      // sylpheed he
	"שרת smtp לא נמצא",                                                       // sylpheed he
	"baglantida hata olustu",                                                 // sylpheed tr
	"sunucuya baglanti kurulamadi",                                           // sylpheed tr
	"sunucuyla baglanti kurulamadi",                                          // sylpheed tr
	"smtp sunucusu bulunamadi",                                               // sylpheed tr
	"elkarketa hurruneko hostalariak itxita",                                 // sylpheed eu
	"elkarketa hutsegitea",                                                   // sylpheed eu
	"ezinezkoa zerbitzarira elkarketatzea",                                   // sylpheed eu
	"ezinezkoa elkarketa bat ezartzea zerbitzariarekin",                      // sylpheed eu
	"smtp zerbitzaria ez da aurkitu",                                         // sylpheed eu
	"遠端主機關閉連線",                                                               // sylpheed zh_TW
	"連線失敗",                                                                   // sylpheed zh_TW
	"無法連線到伺服器",                                                               // sylpheed zh_TW
	"無法建立到伺服器的連線",                                                            // sylpheed zh_TW
	"anslutningen stangdes av fjarrvarden",                                   // sylpheed sv
	"forbindelse misslyckades",                                               // sylpheed sv
	"kunde inte ansluta till server",                                         // sylpheed sv
	"kunde inte etablera en anslutning till servern",                         // sylpheed sv
	"smtp-server hittades inte",                                              // sylpheed sv
	"ei suutnud saada serveriga uhendust",                                    // sylpheed et
	"verbinding verbroken door andere computer",                              // sylpheed nl
	"verbinding mislukt",                                                     // sylpheed nl
	"kon niet verbinden met de server",                                       // sylpheed nl
	"kan gaan sessie opzetten met de imap4 server",                           // sylpheed nl
	"无法连接到 smtp 服务器",                                                         // sylpheed zh_CN
	"无法连接smtp服务器",                                                            // sylpheed zh_CN
	"远程主机关闭了连接",                                                              // sylpheed zh_CN
	"无法连接到服务器",                                                               // sylpheed zh_CN
	"无法创建到服务器的连接",                                                            // sylpheed zh_CN
	"smtp服务器未找到",                                                             // sylpheed zh_CN
	"未找到服务器",                                                                 // sylpheed zh_CN
	"prisijungimas uzdarytas nuotolinio serverio",                            // sylpheed lt
	"nepavyko prisijungti",                                                   // sylpheed lt
	"negaliu prisijungti prie serverio",                                      // sylpheed lt
	"smtp server not found",                                                  // sylpheed en
	"forbindelses fejl til smtp serveren",                                    // horde-smtp da
	"serveren lukkede forbindelsen uventet",                                  // horde-smtp da
	"サーバへの接続に失敗しました",                                                         // horde-smtp ja
	"サーバは接続を予期せずに切断しました",                                                     // horde-smtp ja
	"error conectando al servidor smtp",                                      // horde-smtp es
	"el servidor cerro la conexion inesperadamente",                          // horde-smtp es
	"nem sikerult az smtp szerverhez kapcsolodni",                            // horde-smtp hu
	"a szerver varatlanul lezarta a kapcsolatot",                             // horde-smtp hu
	"σφάλμα κατά τη σύνδεση με το διακομιστή smtp",                           // horde-smtp el
	"ο διακομιστής έκλεισε τη σύνδεση απροσδόκητα",                           // horde-smtp el
	"smtp sunucusuna baglanirken hata olustu",                                // horde-smtp tr
	"sunucu baglantiyi beklenmedik bir sekilde kapatti",                      // horde-smtp tr
	"error connecting to smtp server",                                        // horde-smtp en
	"server closed the connection unexpectedly",                              // horde-smtp en
	"erro ao conectar ao servidor smtp",                                      // sogo BrazilianPortuguese, sogo Portuguese
	"помилка при з'єднанні з сервером smtp",                                  // sogo Ukrainian
	"smtp sunucusuna erisirken hata ile karsilasildi",                        // sogo TurkishTurkey
	"error de conexion",                                                      // sogo SpanishSpain
	"greska pri spajanju na smtp server",                                     // sogo Bosnian
	"eroare de conectare la serverul smtp",                                   // sogo Romanian
	"грешка при свързване със smtp сървър",                                   // sogo Bulgarian
	"error when connecting to the smtp server",                               // sogo en, sogo NorwegianNynorsk
	"error al connectar amb el servidor smtp",                                // sogo Catalan
	"hiba az smtp kiszolgalohoz torteno csatlakozaskor",                      // sogo Hungarian
	"errorea smtp zerbitzarira konektatzean",                                 // sogo Basque
	"fehler beim verbinden mit dem smtp-server",                              // sogo German
	"ошибка при соединении с сервером smtp",                                  // sogo Russian
	"error de conexion mientras se trataba de conectar con el servidor smtp", // sogo SpanishArgentina
	"fejl ved oprettelse til smtp-server",                                    // sogo Danish
	"smtpサーバーへの接続時にエラーが発生しました",                                               // sogo Japanese
	"ekki tokst ad tengjast smtp posttjoni",                                  // sogo Icelandic
	"грешка при повезивању на смтп сервер",                                   // sogo Serbian
	"грешка при поврзувањето со smpt серверот",                               // sogo Macedonian
	"smtp серверіне қосылу қатесі",                                           // sogo Kazakh
	"napaka pri povezavi s smtp streznikom",                                  // sogo Slovenian
	"gwall wrth gysylltu a'r gweinydd smtp",                                  // sogo Welsh
	"greska pri povezivanju na smtp server",                                  // sogo SerbianLatin, sogo Montenegrin
	"nie mozna wyslac wiadomosci - blad polaczenia z serwerem smtp",          // sogo Polish
	"chyba pri pripajani na smtp server",                                     // sogo Slovak
	"שגיאה בהתחברות לשרת smtp",                                               // sogo Hebrew
	"virhe yhdistettaessa smtp -palvelimeen",                                 // sogo Finnish
	"خطأ عند الاتصال إلى خادم smtp",                                          // sogo Arabic
	"pogreska prilikom spajanja na smtp posluzitelj",                         // sogo Croatian
	"kluda, veidojot savienojumu ar smtp serveri",                            // sogo Latvian
	"連接 smtp伺服器時發生錯誤",                                                        // sogo ChineseTaiwan
	"kesalahan saat menghubungkan ke server smtp",                            // sogo Indonesian
	"une erreur est survenue en tentant de rejoindre le serveur smtp",        // sogo French
	"ett fel uppstod i uppkopplingen mot smtp servern",                       // sogo Swedish
	"si e verificato un errore durante la connessione al server smtp",        // sogo Italian
	"smtp服务器接续失败",                                                            // sogo ChineseChina
	"pri spojeni se smtp serverem doslo k chybe",                             // sogo Czech
	"fout bij verbinden met de smtp server",                                  // sogo Dutch
	"klaida kai jungiames prie smtp serverio",                                // sogo Lithuanian
	"tilkoblingsproblem med smtp-tjener",                                     // sogo NorwegianBokmal
}

// mailClientTimeoutTerms are the programs' words for a connection or session
// that timed out (timeout); they join the group "timeout".
var mailClientTimeoutTerms = []string{
	"uplynal czas oczekiwania na polaczenie z",             // claws-mail pl
	"uplynal czas polaczenia",                              // claws-mail pl
	"yhteys aikakatkaistiin",                               // claws-mail fi
	"conexiunea a expirat",                                 // claws-mail ro
	"perioada expirata de timp",                            // claws-mail ro
	"forbindelsen afbrudt pga tidsudlob",                   // claws-mail da
	"lob ud for tid",                                       // claws-mail da
	"verbindung abgelaufen",                                // claws-mail de
	"la connexio ha excedit el temps d'espera",             // claws-mail ca
	"ha excedit el limit de temps",                         // claws-mail ca
	"接続タイムアウト",                                             // claws-mail ja
	"への接続がタイムアウト",                                          // claws-mail ja
	"la conexion excedio el limite de tiempo",              // claws-mail es
	"excedido el tiempo",                                   // claws-mail es
	"casovy limit pripojeni vyprsel",                       // claws-mail cs
	"casovy limit pripojeni k",                             // claws-mail cs
	"превышен интервал ожидания",                           // claws-mail ru
	"истекло время ожидания",                               // claws-mail ru
	"depassement du delai d'attente de la connexion",       // claws-mail fr
	"depassement de delai d'attente",                       // claws-mail fr
	"idotullepes a kapcsolatban",                           // claws-mail hu
	"kapcsolodasi idotullepes",                             // claws-mail hu
	"uplynul casovy limit spojenia",                        // claws-mail sk
	"connessione scaduta",                                  // claws-mail it
	"λήξη χρονικού ορίου σύνδεσης",                         // claws-mail el_GR
	"tempo esgotado na conexao com",                        // claws-mail pt_BR
	"sambungan habis waktu",                                // claws-mail id_ID
	"baglanti zaman asimina ugradi",                        // claws-mail tr
	"baglantisi zaman asimina ugradi",                      // claws-mail tr
	"連線超時",                                                 // claws-mail zh_TW
	"forbindelsen fikk tidsavbrudd",                        // claws-mail nb
	"tidsabbrudd i forbindelsen til",                       // claws-mail nb
	"anslutningen overskred tidsgransen",                   // claws-mail sv
	"verbinding niet binnen tijdslimiet tot stand gekomen", // claws-mail nl
	"connection timed out",                                 // claws-mail en
	"sesja wygasla",                                        // sylpheed pl
	"istunnon aikakatkaisu",                                // sylpheed fi
	"timpul sesiunii a expirat",                            // sylpheed ro
	"таймаут сеансу",                                       // sylpheed be
	"isteklo je vrijeme",                                   // sylpheed hr
	"sitzungszeit abgelaufen",                              // sylpheed de
	"セッションがタイムアウトしました",                                     // sylpheed ja
	"se agoto el tiempo de espera de la sesion",            // sylpheed es
	"vyprsel cas relace",                                   // sylpheed cs
	"время сеанса истекло",                                 // sylpheed ru
	"phien lam việc hết giờ",                               // sylpheed vi
	"час сеансу закінчився",                                // sylpheed uk
	"depassement du delai de reponse",                      // sylpheed fr
	"menet idotullepese",                                   // sylpheed hu
	"λήξη χρόνου σύνδεσης",                                 // sylpheed el
	"la sessione e andata in timeout",                      // sylpheed it
	"време за сесију је истекло",                           // sylpheed sr
	"tempo limite da sessao",                               // sylpheed pt_BR
	"oturum zaman asimina ugradi",                          // sylpheed tr
	"saioa epezkanpo",                                      // sylpheed eu
	"作業逾時",                                                 // sylpheed zh_TW
	"sessionens vantetid tog slut",                         // sylpheed sv
	"sessie is verlopen",                                   // sylpheed nl
	"会话超时",                                                 // sylpheed zh_CN
	"baigesi sesijos laikas",                               // sylpheed lt
	"session timed out",                                    // sylpheed en
}

// mailClientAuthTerms are the programs' words for a login refused, or no
// method of login the server offers (auth_failed); they join the group
// "authfailed".
var mailClientAuthTerms = []string{
	"uwierzytelnienie nie powiodlo sie",                   // claws-mail pl
	"blad uwierzytelniania na serwerze",                   // claws-mail pl
	"wybrana metoda smtp auth nie jest dostepna",          // claws-mail pl
	"wystapil blad podczas uwierzytelniania",              // claws-mail pl, sylpheed pl
	"autentikointi epaonnistui",                           // claws-mail fi
	"kirjautuminen sisaan ei toiminut",                    // claws-mail fi
	"virhe varmennettaessa palvelimelle",                  // claws-mail fi
	"smtp auth ei ole kaytettavissa",                      // claws-mail fi, sylpheed fi
	"valittu smtp auth -kaytanto ei ple kaytettavissa",    // claws-mail fi
	"virhe todennuksessa",                                 // claws-mail fi
	"autentificarea a eșuat",                              // claws-mail ro, sylpheed ro
	"autentificarea a fost refuzata",                      // claws-mail ro
	"eroare de autentificare la",                          // claws-mail ro
	"nu este disponibila nicio metoda smtp auth",          // claws-mail ro
	"metoda smtp auth selectata nu este dispnibila",       // claws-mail ro
	"a aparut o eroare la autentificare",                  // claws-mail ro, sylpheed ro
	"godkendelse mislykkedes",                             // claws-mail da
	"der opstod fejl under godkendelse af",                // claws-mail da
	"der er ingen smtp auth metode tilgangelig",           // claws-mail da
	"den valgte smtp auth metode var ikke tilgangelig",    // claws-mail da
	"authentifizierung schlug fehl",                       // claws-mail de
	"login abgelehnt",                                     // claws-mail de
	"fehler beim authentifizieren an",                     // claws-mail de
	"kein smtp-auth-verfahren verfugbar",                  // claws-mail de
	"gewahltes smtp-auth-verfahren nicht verfugbar",       // claws-mail de
	"autenticacio fallida",                                // claws-mail ca
	"error d'autenticacio a",                              // claws-mail ca
	"no hi ha cap metode disponible per a smtp auth",      // claws-mail ca
	"el metode smtp auth seleccionat no esta disponible",  // claws-mail ca
	"hi ha hagut un error d'autenticacio",                 // claws-mail ca
	"ログインが拒否されました",                                        // claws-mail ja
	"smtp authメソッドを利用できません",                               // claws-mail ja
	"選択したsmtp authメソッドは利用できません",                           // claws-mail ja
	"認証中にエラーが発生しました",                                      // claws-mail ja, sylpheed ja
	"la autenticacion fallo",                              // claws-mail es
	"autenticacion rechazada",                             // claws-mail es
	"error autenticandose en",                             // claws-mail es
	"no hay ningun metodo smtp auth disponible",           // claws-mail es
	"el metodo smtp auth seleccionado no esta disponible", // claws-mail es
	"hubo un error en la autenticacion",                   // claws-mail es
	"autentizace selhala",                                 // claws-mail cs, sylpheed cs
	"prihlaseni odmitnuto",                                // claws-mail cs
	"chyba autentizace pro",                               // claws-mail cs
	"vybrana smtp auth je nedostupna",                     // claws-mail cs
	"nastala chyba v autentizaci",                         // claws-mail cs
	"ошибка аутентификации",                               // claws-mail ru
	"логин отвергнут",                                     // claws-mail ru
	"не удалось пройти аутентификацию на",                 // claws-mail ru
	"не найдено подходящего метода smtp аутентификации", // claws-mail ru
	"выбранный метод smtp аутентификации недоступен",    // claws-mail ru
	"возникла ошибка при аутентификации",                // claws-mail ru
	"l'authentification a echoue",                   // claws-mail fr, sylpheed fr
	"nom d'utilisateur·rice refuse",                 // claws-mail fr
	"erreur d'authentification a",                   // claws-mail fr
	"aucune methode smtp auth disponible",           // claws-mail fr
	"methode smtp auth selectionnee non disponible", // claws-mail fr
	"erreur lors de l'autorisation",                 // claws-mail fr
	"az azonositas nem sikerult",                    // claws-mail hu, sylpheed hu
	"bejelentkezes elutasitva",                      // claws-mail hu
	"hiba az azonositasnal",                         // claws-mail hu
	"nincs elerheto smtp auth mod",                  // claws-mail hu
	"a valasztott smtp auth mod nem elerheto",       // claws-mail hu
	"hiba tortent az azonositas kozben",             // claws-mail hu
	"autentifikacia zlyhala",                        // claws-mail sk
	"prihlasenie odmietnute",                        // claws-mail sk
	"chyba pri autentifikacii na",                   // claws-mail sk
	"nie je dostupna ziadna metoda smtp auth",       // claws-mail sk
	"zvolena metoda smtp auth nie je dostupna",      // claws-mail sk
	"nastala chyba autentifikacie",                  // claws-mail sk
	"login rifiutato",                               // claws-mail it
	"errore di autenticazione a",                    // claws-mail it
	"nessun metodo smtp auth disponibile",           // claws-mail it
	"metodo smtp auth selezionato non disponibile",  // claws-mail it
	"errore durante l'autenticazione",               // claws-mail it
	"η ταυτοποίηση απέτυχε",                         // claws-mail el_GR
	"σφάλμα επικύρωσης στο",                         // claws-mail el_GR
	"δεν υπάρχει διαθέσιμη μέθοδος smtp auth",       // claws-mail el_GR
	"η επιλεγμένη μέθοδος smtp auth δεν είναι διαθέσιμη",          // claws-mail el_GR
	"σφάλμα ελέγχου ταυτότητας",                                   // claws-mail el_GR
	"ocorreu uma falha na autenticacao",                           // claws-mail pt_BR
	"erro na autenticacao com",                                    // claws-mail pt_BR
	"nenhum metodo smtp auth disponivel",                          // claws-mail pt_BR
	"o metodo smtp auth selecionado nao esta disponivel",          // claws-mail pt_BR
	"ocorreu um erro na autenticacao",                             // claws-mail pt_BR, sylpheed pt_BR
	"login ditolak",                                               // claws-mail id_ID
	"terjadi kesalahan ketika melakukan otentifikasi ke",          // claws-mail id_ID
	"metode smtp auth tidak tersedia",                             // claws-mail id_ID
	"metode smtp auth yang dipilih tidak tersedia",                // claws-mail id_ID
	"terjadi kesalahan pada otentifikasi",                         // claws-mail id_ID
	"kimlik dogrulamasi basarisiz oldu",                           // claws-mail tr
	"sunucusuna kimlik denetimi hatasi yasandi",                   // claws-mail tr
	"secilen smtp auth yontemi mevcut degil",                      // claws-mail tr
	"kimlik dogrulamada hata meydana geldi",                       // claws-mail tr
	"認證失敗",                                                        // claws-mail zh_TW, sylpheed zh_TW
	"登入被拒絕",                                                       // claws-mail zh_TW
	"認證時發生錯誤",                                                     // claws-mail zh_TW, sylpheed zh_TW
	"找不到有效smtp認證方法",                                               // claws-mail zh_TW
	"指定的smpt認證方法是無效的",                                             // claws-mail zh_TW
	"認證發生錯誤",                                                      // claws-mail zh_TW
	"autentisering mislyktes",                                     // claws-mail nb
	"innlogging avvist",                                           // claws-mail nb
	"feil ved autentisering pa",                                   // claws-mail nb
	"smtp auth ikke tilgjengelig",                                 // claws-mail nb
	"onsket smtp auth-metode er ikke tilgjengelig",                // claws-mail nb
	"feil oppstod ved autentisering",                              // claws-mail nb
	"inloggning avslogs",                                          // claws-mail sv
	"fel vid autentisering mot",                                   // claws-mail sv
	"ingen smtp auth-metod tillganglig",                           // claws-mail sv
	"vald smtp auth-metod ej tillganglig",                         // claws-mail sv
	"fel uppstod vid autentisering",                               // claws-mail sv, sylpheed sv
	"login geweigerd",                                             // claws-mail nl
	"fout tijdens authenticatie met",                              // claws-mail nl
	"geselecteerde smtp auth methode niet beschikbaar",            // claws-mail nl
	"er is een fout opgetreden tijdens de authenticatie",          // claws-mail nl
	"error authenticating to",                                     // claws-mail en
	"no smtp auth method available",                               // claws-mail en
	"selected smtp auth method not available",                     // claws-mail en
	"error occurred on authentication",                            // claws-mail en, sylpheed en
	"blad uwierzytelniania",                                       // sylpheed pl
	"smtp auth niedostepna",                                       // sylpheed pl
	"smtp auth non esta disponible",                               // sylpheed gl
	"ocurriu algun erro na autenticacion",                         // sylpheed gl
	"tunnistautuminen epäonnistui",                               // sylpheed fi
	"tunnistautumisessa sattui virhe",                             // sylpheed fi
	"smtp auth indisponibil",                                      // sylpheed ro
	"аўтэнтыфікацыя схібіла",                                      // sylpheed be
	"smtp auth недаступна",                                        // sylpheed be
	"памылка здарылася падчас аўтэнтыфікацыі",                     // sylpheed be
	"godkendelses fejlede",                                        // sylpheed da
	"smtp auth ikke tilganglig",                                   // sylpheed da
	"fejl ved godkendelse",                                        // sylpheed da
	"autorizacija nije uspjela",                                   // sylpheed hr
	"smtp auth nije dostupan",                                     // sylpheed hr
	"fehler bei authentisierung",                                  // sylpheed de
	"smtp auth nicht verfugbar",                                   // sylpheed de
	"fehler bei der authentisierung",                              // sylpheed de
	"smtp auth が利用できません",                                          // sylpheed ja
	"smtp 인증을 사용할 수 없습니다",                                         // sylpheed ko
	"인증 도중 에러 발생",                                                 // sylpheed ko
	"la autentificacion fallo",                                    // sylpheed es
	"smtp auth no esta disponible",                                // sylpheed es
	"hubo algun error en la autentificacion",                      // sylpheed es
	"smtp auth je nedostupna",                                     // sylpheed cs
	"v autentizaci se vyskytla chyba",                             // sylpheed cs
	"аутентификация smtp недоступна",                              // sylpheed ru
	"smtp auth khong sẵn co",                                      // sylpheed vi
	"co lỗi khi xac thực",                                         // sylpheed vi
	"невдача автентифікації",                                      // sylpheed uk
	"smtp auth недоступна",                                        // sylpheed uk
	"помилка під час автентифікації",                              // sylpheed uk
	"smtp auth pas disponible",                                    // sylpheed fr
	"une erreur est survenue pendant la phase d'authentification", // sylpheed fr
	"smtp auth nem elerheto",                                      // sylpheed hu
	"hiba tortent az azonositaskor",                               // sylpheed hu
	"autentizacia bola neuspesna",                                 // sylpheed sk
	"smtp auth nie je dostupne",                                   // sylpheed sk
	"vyskytla sa chyba v autentizacii",                            // sylpheed sk
	"smtp auth ni na razpolago",                                   // sylpheed sl
	"med preverjanjem istovetnosti je prislo do napake",           // sylpheed sl
	"η πιστοποίηση απέτυχε",                                       // sylpheed el
	"το smtp auth δεν είναι διαθέσιμο",                            // sylpheed el
	"προέκυψε σφάλμα κατά την πιστοποίηση",                        // sylpheed el
	"smtp auth non disponibile",                                   // sylpheed it
	"si e verificato un errore durante l'autenticazione",          // sylpheed it
	"удостоверяването се провали",                                 // sylpheed bg
	"smtp auth не е наличен",                                      // sylpheed bg
	"грешка при удостоверяване",                                   // sylpheed bg
	"пријава није успела",                                         // sylpheed sr
	"смпт аутх није доступан",                                     // sylpheed sr
	"дошло је до грешке у пријави",                                // sylpheed sr
	"falha de autenticacao",                                       // sylpheed pt_BR
	"smtp auth nao disponivel",                                    // sylpheed pt_BR
	"‏smtp auth לא זמין",                                          // sylpheed he
	"אירעה שגיאה באימות",                                          // sylpheed he
	"yetkilendirmede hata olustu",                                 // sylpheed tr
	"smtp auth kullanilamiyor",                                    // sylpheed tr
	"yetkilendirme sirasinda hata olustu",                         // sylpheed tr
	"smtp egiazt ez dago eskuragarri",                             // sylpheed eu
	"akatsa gertatu da egiaztatzerakoan",                          // sylpheed eu
	"smtp auth ej tillgangligt",                                   // sylpheed sv
	"smtp auth pole saadav",                                       // sylpheed et
	"autoriseerimisel tekkis viga",                                // sylpheed et
	"identificatie mislukt",                                       // sylpheed nl
	"smtp auth niet beschikbaar",                                  // sylpheed nl
	"er is een fout opgetreden tijdens de identificatie",          // sylpheed nl
	"smtp验证不可用",                                                   // sylpheed zh_CN
	"验证时发生错误",                                                     // sylpheed zh_CN
	"nepavyko patvirtinti autentiskumo",                           // sylpheed lt
	"smtp auth neprieinamas",                                      // sylpheed lt
	"klaida tikrinant autentiskuma",                               // sylpheed lt
	"smtp auth not available",                                     // sylpheed en
	"serveren afviste godkendelsen",                               // horde-smtp da
	"サーバは認証を拒否しました",                                               // horde-smtp ja
	"el servidor denego la autentificacion",                       // horde-smtp es
	"ο διακομιστής δεν επέτρεψε την πιστοποίηση",                  // horde-smtp el
	"sunucu kimlik dogrulamayi reddetti",                          // horde-smtp tr
	"server denied authentication",                                // horde-smtp en
}

// mailClientAuthRequiredTerms are the programs' words for a server that
// requires a login (auth_required); they join the group "authneeded".
var mailClientAuthRequiredTerms = []string{
	"ten serwer wymaga uwierzytelniania",           // claws-mail pl
	"palvelin vaatii todennuksen",                  // claws-mail fi
	"acest server necesita autentificare",          // claws-mail ro, sylpheed ro
	"denne server kraver godkendelse",              // claws-mail da
	"dieser server erfordert authentifizierung",    // claws-mail de
	"aquest servidor requereix autenticacio",       // claws-mail ca
	"このサーバは認証が必要",                                  // claws-mail ja, sylpheed ja
	"este servidor requiere autenticacion",         // claws-mail es
	"tento server vyzaduje autentizaci",            // claws-mail cs, sylpheed cs
	"этот сервер требует аутентификацию",           // claws-mail ru
	"ce serveur necessite une authentification",    // claws-mail fr, sylpheed fr
	"ez a szerver megkivanja az azonositast",       // claws-mail hu
	"tento server vyzaduje autentifikaciu",         // claws-mail sk
	"questo server richiede autenticazione",        // claws-mail it
	"αυτός ο server απαιτεί έλεγχο ταυτότητας",     // claws-mail el_GR
	"este servidor requer autenticacao",            // claws-mail pt_BR, sylpheed pt_BR
	"server ini butuh otentifikasi",                // claws-mail id_ID
	"bu sunucu kimlik dogrulamasi istiyor",         // claws-mail tr
	"此伺服器要求認證",                                     // claws-mail zh_TW
	"denne tjeneren krever autentisering",          // claws-mail nb
	"denna server kraver autentisering",            // claws-mail sv, sylpheed sv
	"deze server vereist authenticatie",            // claws-mail nl
	"this server requires authentication",          // claws-mail en, sylpheed en
	"ten serwer wymaga autoryzacji",                // sylpheed pl
	"este servidor require autenticacion",          // sylpheed gl
	"palvelin vaatii tunnistautumaan",              // sylpheed fi
	"гэты сервер патрабуе аўтэнтыфікацыю",          // sylpheed be
	"dennes server kraver godkendelse",             // sylpheed da
	"ovaj server zahtijeva autorizaciju",           // sylpheed hr
	"dieser server erfordert authentisierung",      // sylpheed de
	"이 서버는 인증을 필요로 합니다",                            // sylpheed ko
	"este servidor requiere autentificacion",       // sylpheed es
	"may chủ nay yeu cầu xac thực",                 // sylpheed vi
	"цей сервер вимагає автентифікації",            // sylpheed uk
	"ezen a szerveren kotelezo az azonositas",      // sylpheed hu
	"tento server vyzaduje autentizaciu",           // sylpheed sk
	"ta streznik zahteva overovitev",               // sylpheed sl
	"αυτός ο διακομιστής απαιτεί πιστοποίηση",      // sylpheed el
	"questo server richiede l'autenticazione",      // sylpheed it
	"сървърът изисква удостоверяване",              // sylpheed bg
	"овај служитељ захтева пријаву",                // sylpheed sr
	"שרת זה מצריך אימות",                           // sylpheed he
	"bu sunucu parola istiyor",                     // sylpheed tr
	"zerbitzari honek egiaztapena behar du",        // sylpheed eu
	"這個伺服器需要認證",                                    // sylpheed zh_TW
	"see servar nouab autoriseerimist",             // sylpheed et
	"deze server vereist authentificatie",          // sylpheed nl
	"该服务器需要验证",                                     // sylpheed zh_CN
	"serveris reikalauja patvirtinti autentiskuma", // sylpheed lt
	"serveren kraver godkendelse",                  // horde-smtp da
	"サーバは認証を要求しました",                                // horde-smtp ja
	"el servidor precisa autentificacion",          // horde-smtp es
	"a szerverhez ezonositas szukseges",            // horde-smtp hu
	"ο διακομιστής απαιτεί πιστοποίηση",            // horde-smtp el
	"sunucu kimlik dogrulamasi gerektiriyor",       // horde-smtp tr
	"server requires authentication",               // horde-smtp en
}

// mailClientTLSTerms are the programs' words for STARTTLS or TLS that
// failed, a certificate not verified (tls_failed); they join the group
// "tlsfailed".
var mailClientTLSTerms = []string{
	"nie mozna nawiazac sesji starttls",                                      // claws-mail pl
	"blad podczas nawiazywania polaczenia starttls",                          // claws-mail pl
	"starttls nie powiodlo sie",                                              // claws-mail pl
	"nie mozna rozpoczac sesji starttls",                                     // claws-mail pl
	"starttls-session aloitus ei onnistu",                                    // claws-mail fi
	"virhe starttls-yhteytta avattaessa",                                     // claws-mail fi
	"starttls epaonnistui",                                                   // claws-mail fi
	"starttls-istunnon kaynnistys ei onnistu",                                // claws-mail fi
	"nu se poate porni sesiunea starttls",                                    // claws-mail ro
	"eroare la pornirea conectarii starttls",                                 // claws-mail ro
	"starttls a eșuat",                                                       // claws-mail ro
	"nu s-a putut porni sesiunea starttls",                                   // claws-mail ro
	"kan ikke starte starttls session",                                       // claws-mail da
	"fejl under opstart af starttls forbindelse",                             // claws-mail da
	"starttls mislykkedes",                                                   // claws-mail da
	"kunne ikke starte starttls session",                                     // claws-mail da
	"starttls-sitzung konnte nicht gestartet werden",                         // claws-mail de
	"fehler beim einleiten der starttls-verbindung",                          // claws-mail de
	"starttls schlug fehl",                                                   // claws-mail de
	"starttls-sitzung kann nicht gestartet werden",                           // claws-mail de
	"no es pot iniciar la sessio starttls",                                   // claws-mail ca
	"error iniciant la connexio starttls",                                    // claws-mail ca
	"starttls ha fallat",                                                     // claws-mail ca
	"no s'ha pogut iniciar la sessio starttls",                               // claws-mail ca
	"starttls接続の開始でエラー",                                                      // claws-mail ja
	"starttlsが失敗しました",                                                        // claws-mail ja
	"starttlsセッションを開始できませんでした",                                               // claws-mail ja
	"no se puede iniciar la sesion starttls",                                 // claws-mail es
	"error iniciando la conexion con starttls",                               // claws-mail es
	"starttls fallo",                                                         // claws-mail es
	"no se pudo iniciar la sesion starttls",                                  // claws-mail es
	"chyba pri vytvareni starttls spojeni",                                   // claws-mail cs
	"starttls selhal",                                                        // claws-mail cs
	"ошибка создания starttls соединения",                                    // claws-mail ru
	"starttls ошибка",                                                        // claws-mail ru
	"impossible d'initier la session starttls",                               // claws-mail fr
	"erreur lors de l'etablissement de la connexion starttls",                // claws-mail fr
	"echec starttls",                                                         // claws-mail fr
	"impossible d'initier une session starttls",                              // claws-mail fr
	"starttls kapcsolathivasi hiba",                                          // claws-mail hu
	"starttls sikertelen",                                                    // claws-mail hu
	"chyba vytvorenia spojenia starttls",                                     // claws-mail sk
	"starttls zlyhalo",                                                       // claws-mail sk
	"impossibile avviare una sessione starttls",                              // claws-mail it
	"errore nell'avviare la connessione starttls",                            // claws-mail it
	"fallito starttls",                                                       // claws-mail it
	"non e stato possibile avviare sessione starttls",                        // claws-mail it
	"αδύνατη η εκκίνηση συνεδρίας starttls",                                  // claws-mail el_GR
	"σφάλμα στην έναρξη σύνδεσης starttls",                                   // claws-mail el_GR
	"το starttls απέτυχε",                                                    // claws-mail el_GR
	"δεν μπόρεσε να ξεκινήσει η συνεδρία starttls",                           // claws-mail el_GR
	"nao foi possivel iniciar sessao starttls",                               // claws-mail pt_BR
	"erro ao iniciar a conexao starttls",                                     // claws-mail pt_BR
	"falha no starttls",                                                      // claws-mail pt_BR
	"nao foi possivel iniciar a sessao starttls",                             // claws-mail pt_BR
	"tidak dapat menjalankan sesi starttls",                                  // claws-mail id_ID
	"kesalahan dalam memulai koneksi starttls",                               // claws-mail id_ID
	"starttls gagal",                                                         // claws-mail id_ID
	"tidak dapat memulai sesi starttls",                                      // claws-mail id_ID
	"starttls oturumu baslatilamiyor",                                        // claws-mail tr
	"starttls baglantisi baslatma hatasi",                                    // claws-mail tr
	"starttls basarisiz oldu",                                                // claws-mail tr
	"starttls oturumu baslatilamadi",                                         // claws-mail tr
	"無法啟始 starttls 通信",                                                       // claws-mail zh_TW
	"tls連線起始失敗",                                                              // claws-mail zh_TW
	"無法執行starttls",                                                           // claws-mail zh_TW
	"feil ved opprettelse av starttls-forbindelse",                           // claws-mail nb
	"starttls mislyktes",                                                     // claws-mail nb
	"kan inte starta starttls-session",                                       // claws-mail sv
	"fel vid start av starttls anslutning",                                   // claws-mail sv
	"starttls misslyckades",                                                  // claws-mail sv
	"kunde inte starta starttls-session",                                     // claws-mail sv
	"kan starttls-sessie niet tot stand brengen",                             // claws-mail nl
	"fout bij starten starttls-verbinding",                                   // claws-mail nl
	"starttls mislukt",                                                       // claws-mail nl
	"kan de starttls-sessie niet tot stand brengen",                          // claws-mail nl
	"can't start starttls session",                                           // claws-mail en
	"error starting starttls connection",                                     // claws-mail en
	"starttls failed",                                                        // claws-mail en
	"couldn't start starttls session",                                        // claws-mail en
	"nie mozna uruchomic sesji tls",                                          // sylpheed pl
	"weryfikacja certyfikatu ssl zakonczona niepowodzeniem",                  // sylpheed pl
	"non podo iniciar a sesion tls",                                          // sylpheed gl
	"tls-istuntoa ei voida käynnistää",                                    // sylpheed fi
	"ssl-varmenteen tarkistus epäonnistui",                                  // sylpheed fi
	"ssl-varmennetta ei voitu varmistaa seuraavasta syysta",                  // sylpheed fi
	"nu se poate porni sesiunea tls",                                         // sylpheed ro
	"verificarea certificatului ssl a eșuat",                                 // sylpheed ro
	"нельга пачаць сеанс tls",                                                // sylpheed be
	"верыфікацыя сертыфікату ssl схібіла",                                    // sylpheed be
	"kan ikke starte tls session",                                            // sylpheed da
	"ne mogu pokrenuti tls sesiju",                                           // sylpheed hr
	"ssl potvrda ne valja",                                                   // sylpheed hr
	"kann tls-sitzung nicht beginnen",                                        // sylpheed de
	"verifizierung des ssl-zertifikats fehlgeschlagen",                       // sylpheed de
	"tls セッションを開始できません",                                                      // sylpheed ja
	"ssl 証明書を検証できません",                                                        // sylpheed ja
	"tls 세션을 시작할 수 없습니다",                                                     // sylpheed ko
	"no puedo iniciar la sesion tls",                                         // sylpheed es
	"fallo la verificacion del certificado ssl",                              // sylpheed es
	"nelze spustit relaci tls",                                               // sylpheed cs
	"overovani certifikatu ssl selhalo",                                      // sylpheed cs
	"сбой начала сеанса tls",                                                 // sylpheed ru
	"khong thể khởi dộng phien tls",                                          // sylpheed vi
	"не вдалося почати сесію tls",                                            // sylpheed uk
	"невдача перевірки сертифіката ssl",                                      // sylpheed uk
	"impossible d'initier la session tls",                                    // sylpheed fr
	"echec de la verification du certificat ssl",                             // sylpheed fr
	"nem lehet tls menetet inditani",                                         // sylpheed hu
	"ssl tanusitvany ellenorzese nem sikerult",                               // sylpheed hu
	"ssl tanusitvanyt nem lehet ellenorizni a kovetkezo ok miatt",            // sylpheed hu
	"neda sa vytvorit tls spojenie",                                          // sylpheed sk
	"ne morem priceti seje tls",                                              // sylpheed sl
	"δεν είναι δυνατό να ξεκινήσει συνεδρία tls",                             // sylpheed el
	"η επαλήθευση του πιστοποιητικού ssl απέτυχε",                            // sylpheed el
	"impossibile avviare la sessione tls",                                    // sylpheed it
	"verifica del certificato ssl fallita",                                   // sylpheed it
	"не може да се стартира tls сесия",                                       // sylpheed bg
	"нисам успео да покренем тлс сесију",                                     // sylpheed sr
	"није успела провера ssl уверења",                                        // sylpheed sr
	"nao foi possivel iniciar sessao tls",                                    // sylpheed pt_BR
	"verificacao do certificado ssl falhou",                                  // sylpheed pt_BR
	"לא מסוגל להתחיל סשן tls",                                                // sylpheed he
	"אימות תעודת ssl נכשל",                                                   // sylpheed he
	"tls oturumuna baglanti kurulamadi",                                      // sylpheed tr
	"ssl sertifikasi dogrulamasi basarisiz",                                  // sylpheed tr
	"adina verilen ssl sertifikasi su sebepten dolayi dogrulanamadi",         // sylpheed tr
	"ezin da tls saioa hasi",                                                 // sylpheed eu
	"ssl egiaztagiri egiaztapen hutsegitea",                                  // sylpheed eu
	"-ren ssl egiaztagiria ezin da egiaztatua izan hurrengo zergaitiagaitik", // sylpheed eu
	"無法開啟 tls 連線",                                                            // sylpheed zh_TW
	"ssl 憑證驗證失敗",                                                             // sylpheed zh_TW
	"kan inte starta tls-session",                                            // sylpheed sv
	"misslyckades att verifiera ssl-certifikat",                              // sylpheed sv
	"ei suuda avada tls sessiooni",                                           // sylpheed et
	"kan geen tls sessie starten",                                            // sylpheed nl
	"ssl-certificaat verificatie is mislukt",                                 // sylpheed nl
	"无法启动 tls 会话",                                                            // sylpheed zh_CN
	"negaliu sukurti tls sesijos",                                            // sylpheed lt
	"can't start tls session",                                                // sylpheed en
	"ssl certificate verify failed",                                          // sylpheed en
	"kunne ikke abne en sikker tls forbindelse til serveren",                 // horde-smtp da
	"serveren understotter ikke tls forbindelser",                            // horde-smtp da
	"サーバへのtls接続はオープンできませんでした",                                                // horde-smtp ja
	"サーバは tls 接続をサポートしていません",                                                 // horde-smtp ja
	"no se pudo iniciar una conexion tls segura al servidor",                 // horde-smtp es
	"el servidor no admite conexiones tls",                                   // horde-smtp es
	"nem sikerult biztonsagos tls kapcsolat letrehozasa a szerverhez",        // horde-smtp hu
	"a szerver nem tamogat tls kapcsolatat",                                  // horde-smtp hu
	"αδυναμία δημιουργίας ασφαλούς σύνδεσης tls με το διακομιστή", // horde-smtp el
	"ο διακομιστής δεν υποστηρίζει tls συνδέσεις",                 // horde-smtp el
	"sunucuya guvenli tls baglantisi acilamadi",                   // horde-smtp tr
	"sunucu tls baglantilarini desteklemez",                       // horde-smtp tr
	"could not open secure tls connection to the server",          // horde-smtp en
	"server does not support tls connections",                     // horde-smtp en
}

// mailClientTLSRequiredTerms are the programs' words for a server that
// requires STARTTLS before a login (tls_required); they join the group
// "tlsrequired".
var mailClientTLSRequiredTerms = []string{
	"serwer wymaga starttls do zalogowania sie",                  // claws-mail pl
	"palvelin vaatii starttls:aa kirjautumiseen",                 // claws-mail fi
	"serverul necesita starttls pentru a se conecta",             // claws-mail ro
	"server kraver starttls for logind",                          // claws-mail da
	"server erfordert starttls zum einloggen",                    // claws-mail de
	"el servidor requereix starttls per accedir-hi",              // claws-mail ca
	"サーバはログインにstarttlsを必要とします",                                   // claws-mail ja
	"el servidor necesita starttls para acceder a el",            // claws-mail es
	"server vyzaduje starttls pro prihlaseni",                    // claws-mail cs
	"сервер требует starttls для входа",                          // claws-mail ru
	"le serveur necessite starttls pour s'y connecter",           // claws-mail fr
	"a szerver starttls-t kovetel a bejelentkezeshez",            // claws-mail hu
	"server na prihlasenie vyzaduje starttls",                    // claws-mail sk
	"il server richiede il starttls per il login",                // claws-mail it
	"ο server απαιτεί starttls για σύνδεση",                      // claws-mail el_GR
	"o servidor depende do starttls para efetuar a autenticacao", // claws-mail pt_BR
	"server membutuhkan starttls untuk masuk",                    // claws-mail id_ID
	"oturum acabilmek icin starttls gerekli",                     // claws-mail tr
	"伺服器需要以 starttls 進行登入",                                       // claws-mail zh_TW
	"tjeneren krever innlogging med starttls",                    // claws-mail nb
	"servern kraver starttls for att logga in",                   // claws-mail sv
	"server vereist starttls om in te loggen",                    // claws-mail nl
	"server requires starttls to log in",                         // claws-mail en
}

// mailClientSettingsTerms are the programs' words for no SMTP server set
// (invalid_config); they join the group "settingsmissing".
var mailClientSettingsTerms = []string{
	"nie wpisano serwera smtp",             // claws-mail pl
	"smtp-palvelinta ei syotetty",          // claws-mail fi
	"nu a fost introdus serverul smtp",     // claws-mail ro, sylpheed ro
	"smtp-server er ikke angivet",          // claws-mail da
	"kein smtp-server angegeben",           // claws-mail de
	"no s'ha especificat el servidor smtp", // claws-mail ca
	"smtpサーバが入力されていません",                    // claws-mail ja, sylpheed ja
	"no se especifico el servidor smtp",    // claws-mail es, sylpheed es
	"nebyl zadan smtp server",              // claws-mail cs
	"smtp сервер не введен",                // claws-mail ru
	"smtp szerver nincs megadva",           // claws-mail hu
	"nebol zadany smtp server",             // claws-mail sk, sylpheed sk
	"non e stato inserito il server smtp",  // claws-mail it
	"ο smtp server δεν έχει εισαχθεί",      // claws-mail el_GR
	"o servidor smtp nao foi informado",    // claws-mail pt_BR
	"server smtp tidak dimasukkan",         // claws-mail id_ID
	"smtp sunucu girilmemis",               // claws-mail tr, sylpheed tr
	"未指定 smtp 伺服器",                         // claws-mail zh_TW
	"smtp-tjener ikke angitt",              // claws-mail nb
	"smtp-server har inte angivits",        // claws-mail sv, sylpheed sv
	"je hebt geen smtp-server opgegeven",   // claws-mail nl
	"smtp server is not entered",           // claws-mail en, sylpheed en
	"nie okreslono serwera smtp",           // sylpheed pl
	"non se especificou o servidor smtp",   // sylpheed gl
	"smtp-palvelinta ei ole annettu",       // sylpheed fi
	"не ўведзены сервер smtp",              // sylpheed be
	"smtp server ikke angivet",             // sylpheed da
	"smtp posluzitelj nije unesen",         // sylpheed hr
	"keinen smtp-server angegeben",         // sylpheed de
	"smtp 서버가 지정되지않았습니다",                   // sylpheed ko
	"nebyl zadan server smtp",              // sylpheed cs
	"не задан сервер smtp",                 // sylpheed ru
	"may chủ smtp chưa dược nhập",          // sylpheed vi
	"не вказано сервер smtp",               // sylpheed uk
	"serveur smtp non indique",             // sylpheed fr
	"nincs smtp szerver megadva",           // sylpheed hu
	"streznik smtp ni naveden",             // sylpheed sl
	"ο διακομιστής smtp δεν έχει οριστεί",  // sylpheed el
	"non e stato immesso il server smtp",   // sylpheed it
	"не е въведен smtp сървър",             // sylpheed bg
	"нисте навели смпт служитеља",          // sylpheed sr
	"servidor smtp nao especificado",       // sylpheed pt_BR
	"שרת smtp אינו מוזן",                   // sylpheed he
	"smtp zerbitzaria ez da sartu",         // sylpheed eu
	"未輸入發送郵件伺服器",                           // sylpheed zh_TW
	"smtp serverit ei ole sisestatud",      // sylpheed et
	"smtp server is niet ingevoerd",        // sylpheed nl
	"没有输入 smtp 服务器",                        // sylpheed zh_CN
	"neivestas smtp serveris",              // sylpheed lt
}

// mailClientStorageTerms are the programs' words for the server's own
// storage (service_unavailable); they join the group "systemfull".
var mailClientStorageTerms = []string{
	"ikke tilstrakkeligt system lager",        // horde-smtp da
	"システムの容量が不足しています",                         // horde-smtp ja
	"almacenamiento del sistema insuficiente", // horde-smtp es
	"ανεπαρκές σύστημα αποθήκευσης",           // horde-smtp el
	"yetersiz sistem saklama alani",           // horde-smtp tr
	"insufficient system storage",             // horde-smtp en
}

// mailClientRecipientTerms are the programs' words for recipients refused as
// invalid or not found (recipient_unknown); they join the group "usergone".
var mailClientRecipientTerms = []string{
	"メッセージは配送されませんでした - アドレスが見つからないか不明、あるいは受信メッセージではありません",                                                            // horde-smtp ja
	"no se pudo enviar el mensaje - la direccion no se encontro, es desconocida o no acepta la recepcion de mensajes", // horde-smtp es
	"ileti teslim edilemedi - adres bulunamadi, bilinmiyor veya iletileri kabul etmiyor",                              // horde-smtp tr
	"message could not be delivered - the address was not found, is unknown, or is not receiving messages",            // horde-smtp en
	"todos os destinatarios sao invalidos",         // sogo BrazilianPortuguese, sogo Portuguese
	"os seguintes enderecos estao invalidos",       // sogo BrazilianPortuguese, sogo Portuguese
	"tum alicilar gecersiz",                        // sogo TurkishTurkey
	"su adresler gecersiz",                         // sogo TurkishTurkey
	"todos los destinatarios han sido descartados", // sogo SpanishSpain
	"destinatarios descartados",                    // sogo SpanishSpain
	"sve primaoci se neispravni",                   // sogo Bosnian
	"sljedece e-mail adrese su neispravne",         // sogo Bosnian
	"toate adresele destinatar sunt invalide",      // sogo Romanian
	"urmatoarea adrese sunt invalide",              // sogo Romanian
	"всички получатели са невалидни",               // sogo Bulgarian
	"следните получатели са невалидни",             // sogo Bulgarian
	"all recipients are invalid",                   // sogo en, sogo NorwegianNynorsk
	"the following addresses are invalid",          // sogo en, sogo NorwegianNynorsk
	"tots els destinataris son incorrectes",        // sogo Catalan
	"les seguents adreces son incorrectes",         // sogo Catalan
	"az osszes cimzett ervenytelen",                // sogo Hungarian
	"az alabbi cimzettek ervenytelenek",            // sogo Hungarian
	"jasotzaile guztiak baliogabeak dira",          // sogo Basque
	"ondorengo jasotzaileak ez dira baliozkoak",    // sogo Basque
	"alle empfanger sind ungultig",                 // sogo German
	"die folgenden adressen sind ungultig",         // sogo German
	"всем получателям, все получатели являются недействительными",                 // sogo Russian
	"следующие адреса неверны",                                                    // sogo Russian
	"ninguno de los destinatarios es valido",                                      // sogo SpanishArgentina
	"las siguientes direcciones no son validas",                                   // sogo SpanishArgentina
	"alle modtagere er ugyldige",                                                  // sogo Danish
	"folgende adresser er ugyldige",                                               // sogo Danish
	"次のアドレスは無効です",                                                                 // sogo Japanese
	"enginn gildur mottakandi",                                                    // sogo Icelandic
	"eftirfarandi mottakendur eru ogildir",                                        // sogo Icelandic
	"ни један прималац није валидан",                                              // sogo Serbian
	"следеће адресе нису валидне",                                                 // sogo Serbian
	"барлық алушыларға, алушылардың ешқайсысы расталмаған",                        // sogo Kazakh
	"келесі мекенжайлар қате",                                                     // sogo Kazakh
	"vsi prejemniki so napacni",                                                   // sogo Slovenian
	"naslednji naslovi so napacni",                                                // sogo Slovenian
	"mae'r holl dderbynwyr yn annilys",                                            // sogo Welsh
	"mae'r cyfeiriadau canlynol yn annilys",                                       // sogo Welsh
	"ni jedan primalac nije validan",                                              // sogo SerbianLatin, sogo Montenegrin
	"sledece adrese nisu validne",                                                 // sogo SerbianLatin
	"nie mozna wyslac wiadomosci - wszyscy odbiorcy zostali odrzuceni",            // sogo Polish
	"nie mozna wyslac wiadomosci - ponizsi odbiorcy zostali odrzuceni",            // sogo Polish
	"ziadny prijemca nie je platny",                                               // sogo Slovak
	"nasledujuci prijemcovia nemaju platnu adresu",                                // sogo Slovak
	"לא ניתן לשלוח הודעה, הנמענים לא תקינים",                                      // sogo Hebrew
	"הכתובות הבאות לא תקינות",                                                     // sogo Hebrew
	"kaikki vastaanottajat ovat virheellisia",                                     // sogo Finnish
	"seuraavat osoitteet ovat virheellisia",                                       // sogo Finnish
	"جميع العناوين خاطئة",                                                         // sogo Arabic
	"العناوين التالية غير صالحة",                                                  // sogo Arabic
	"svi su primatelji nevazeci",                                                  // sogo Croatian
	"sljedece su adrese neispravne",                                               // sogo Croatian
	"visi adresati ir nederigi",                                                   // sogo Latvian
	"si adrese ir nederiga",                                                       // sogo Latvian
	"所有收件者帳號都無效",                                                                  // sogo ChineseTaiwan
	"以下的收件者帳號無效",                                                                  // sogo ChineseTaiwan
	"semua penerima tidak valid",                                                  // sogo Indonesian
	"alamat berikut tidak valid",                                                  // sogo Indonesian
	"sljedece adrese nisu validne",                                                // sogo Montenegrin
	"le message n'a pas pu etre envoye car aucune adresse n'est valide",           // sogo French
	"le message n'a pas pu etre envoye car les adresses suivantes sont invalides", // sogo French
	"alla mottagaradresserna ar felaktiga",                                        // sogo Swedish
	"foljande mottagaradresser ar felaktiga",                                      // sogo Swedish
	"nessun destinatario valido",                                                  // sogo Italian
	"i seguenti indirizzi non sono validi",                                        // sogo Italian
	"所有收件人都无效",                                                                    // sogo ChineseChina
	"无法发送，下列帐号无法发送",                                                               // sogo ChineseChina
	"adresy vsech prijemcu jsou neplatne",                                         // sogo Czech
	"nasledujici adresy jsou neplatne",                                            // sogo Czech
	"alle ontvangers zijn ongeldig",                                               // sogo Dutch
	"de volgende adressen zijn ongeldig",                                          // sogo Dutch
	"visi gavejai yra neteisingi",                                                 // sogo Lithuanian
	"ivestas adresas yra neteisingas",                                             // sogo Lithuanian
	"alle mottakeradresser er ugyldige",                                           // sogo NorwegianBokmal
	"folgende mottakeradresser er ugyldige",                                       // sogo NorwegianBokmal
}
