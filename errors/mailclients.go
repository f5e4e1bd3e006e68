package errors

// Mail programs print their own messages when sending fails, in their users'
// languages ("Kann Nachricht nicht versenden: Fehler beim Verbinden mit dem
// SMTP-Server.", "サーバは認証を拒否しました。"), and their users paste them. The terms
// below are the facts of ten programs' catalogues as Debian packages them:
// Claws Mail 4.1.1 (claws-mail-i18n), Sylpheed 3.8.0~beta1 (sylpheed-i18n),
// Horde's SMTP library 1.9.6 (php-horde-smtp, which Horde IMP and Nextcloud
// Mail print), the SOGo 5.8.0 webmail (sogo-common: MailerUI.SOGo's
// Localizable.strings), and, read by internal/cmd/catalogue from the
// message lists in its messages folder, mutt 2.2.12, neomutt 20220429, git
// send-email 2.39.5 (git), KDE's KSMTP and MailTransport 22.12.3
// (libkpimsmtp-data, libkf5mailtransport-data) and Geary 43.0. For each
// message that names a cause, in English and in each language, the term is
// the longest part between its placeholders and sentences that no other of
// the program's chosen messages holds in that language (for the programs
// the tool read, no message of another cause), folded as every term is
// written (under twelve characters, or four in scripts written without
// spaces, is too short to tell, and a part that starts with a particle of
// another word, "的", "の", "，", is a fragment, and so are the parts that say
// only "connection to", "not found" or "the sending server", those the
// table showed taking other causes' replies, and those a reading of the
// change found generic or of another cause: a connection's clause of a
// refused login, "access denied", "the connection was refused" where the
// word is also a login's, "cannot be verified for the following reason"
// with no certificate named, and of the tool's drafts a bare "read error"
// or "write error", "SMTP session failed" (which wraps the server's own
// reply), "authentication" alone, advice ("check your network"), and
// translations that say another thing than their English: mutt's "Login
// failed" as "greeting failed" or "the connection failed"). Each term joins
// the group of its message's cause, one a group has already is not
// repeated, and TestMailClientMessages holds every message of the
// catalogues with a term to its kind (testdata/mailclients.tsv).

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
	"conexiune inchisa de serverul de la distanta",           // claws-mail ro, sylpheed ro
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
	"conexiunea a esuat",                                     // sylpheed ro
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
	"a conexao com o servidor foi perdida",                                   // ksmtp pt_BR
	"a szerver lezarta a kapcsolatot",                                        // mutt hu, neomutt hu
	"anslutningen till servern forlorad",                                     // ksmtp sv
	"blad laczenia z serwerem",                                               // neomutt pl
	"blad laczenia z serwerem",                                               // mutt pl
	"chyba pri pripajani k serveri",                                          // neomutt sk
	"chyba pri pripojovano k serveru",                                        // mutt cs
	"chyba pri pripojovani k serveru",                                        // neomutt cs
	"conexiunea la server a fost pierduta",                                   // ksmtp ro
	"connessione al server interrotta",                                       // ksmtp it
	"connexion a servitor perdite",                                           // ksmtp ia
	"det gick inte att ansluta",                                              // geary sv
	"dhun an freastalai an nasc",                                             // mutt ga, neomutt ga
	"die verbindung zum server ist abgebrochen",                              // ksmtp de
	"earraid ag nascadh leis an bhfreastalai",                                // mutt ga, neomutt ga
	"ei voitu yhdistaa kohteeseen",                                           // mutt fi, neomutt fi
	"ei voitu yhdistaa palvelimeen",                                          // mutt fi, neomutt fi
	"ei onnestu uhendust luua",                                               // mutt et, neomutt et
	"el servidor cerro la conexion",                                          // neomutt es
	"el servidor cerro la connecion",                                         // mutt es
	"el servidor ha tancat la connexio",                                      // mutt ca, neomutt ca
	"eraro dum konektigo al servilo",                                         // mutt eo, neomutt eo
	"erro ao conectar com servidor",                                          // neomutt pt_BR
	"erro o conectar co servidor",                                            // mutt gl, neomutt gl
	"error al conectar al servidor",                                          // mutt es, neomutt es
	"error en connectar amb el servidor",                                     // mutt ca, neomutt ca
	"errore nella connessione al server",                                     // mutt it, neomutt it
	"errorea zerbitzariarekin konektatzerakoan",                              // mutt eu, neomutt eu
	"es kann keine verbindung zu",                                            // mutt de
	"fehler beim verbinden mit dem server",                                   // mutt de, neomutt de
	"fejl under forbindelse til server",                                      // mutt da, neomutt da
	"fel vid anslutning till server",                                         // mutt sv, neomutt sv
	"fout tijdens verbinden met server",                                      // mutt nl, neomutt nl
	"hiba a szerverre valo csatlakozas kozben",                               // mutt hu, neomutt hu
	"hoz nem lehet kapcsolodni",                                              // mutt hu, neomutt hu
	"il server ha chiuso la connessione",                                     // mutt it, neomutt it
	"impossibile connettersi",                                                // geary it
	"impossibile connettersi a",                                              // mutt it, neomutt it
	"impussibil conetisi",                                                    // geary fur
	"interruption de la connexion au serveur",                                // ksmtp fr
	"kan niet verbinden met",                                                 // mutt nl, neomutt nl
	"kapcsolat lezarva",                                                      // mutt hu, neomutt hu
	"kapcsolat megszakitva",                                                  // neomutt hu
	"kesalahan waktu menghubungi ke server",                                  // mutt id, neomutt id
	"klaida jungiantis prie imap serverio",                                   // mutt lt, neomutt lt
	"konnte keine verbindung zu",                                             // neomutt de
	"kunde inte ansluta till",                                                // mutt sv, neomutt sv
	"kunne ikke forbinde",                                                    // geary da
	"kunne ikke forbinde til",                                                // mutt da, neomutt da
	"kunne ikke koble til tjener",                                            // neomutt nb_NO
	"le serveur a ferme la connexion",                                        // mutt fr, neomutt fr
	"makinesi bulunamadi",                                                    // mutt tr, neomutt tr
	"ne eblis konektigi al",                                                  // mutt eo, neomutt eo
	"negalejau prisijungti prie",                                             // mutt lt
	"nem sikerult kapcsolodni",                                               // geary hu
	"nemozno sa spojit s",                                                    // neomutt sk
	"nepavyko prisijungti prie",                                              // neomutt lt
	"nepodarilo sa pripojit",                                                 // geary sk
	"ni mogoce vzpostaviti povezave",                                         // geary sl
	"no s'ha pogut fer la connexio",                                          // geary ca
	"no se pudo conectar a",                                                  // mutt es, neomutt es
	"no s'ha pogut connectar amb",                                            // mutt ca, neomutt ca
	"non foi posible conectar con",                                           // mutt gl, neomutt gl
	"nao foi possivel conectar",                                              // geary pt_BR
	"nao foi possivel conectar com",                                          // neomutt pt_BR
	"o servidor fechou a conexao",                                            // mutt pt_BR, neomutt pt_BR
	"o servidor pechou a conexion",                                           // mutt gl, neomutt gl
	"palvelin katkaisi yhteyden",                                             // mutt fi, neomutt fi
	"palvelinyhteys on menetetty",                                            // ksmtp fi
	"perdeu-se a ligacao ao servidor",                                        // ksmtp pt
	"perdeuse a conexion co servidor",                                        // ksmtp gl
	"perdida la conexion al servidor",                                        // ksmtp es
	"povezava s streznikom je bila prekinjena",                               // ksmtp sl
	"rekiko konexioa itxia",                                                  // mutt eu, neomutt eu
	"s'ha perdut la connexio amb el servidor",                                // ksmtp ca, ksmtp ca@valencia
	"se ha anulado la conexion a",                                            // neomutt es
	"server hat verbindung beendet",                                          // neomutt de
	"server hat verbindung geschlossen",                                      // mutt de
	"server heeft verbinding gesloten",                                       // mutt nl, neomutt nl
	"server menutup hubungan",                                                // mutt id, neomutt id
	"server sulges uhenduse",                                                 // mutt et, neomutt et
	"server uzavrel spojenie",                                                // mutt sk, neomutt sk
	"server uzavrel spojeni",                                                 // mutt cs, neomutt cs
	"serveren afbrod forbindelsen",                                           // mutt da, neomutt da
	"serveris uzdare jungti",                                                 // mutt lt, neomutt lt
	"servern stangde forbindelsen",                                           // mutt sv, neomutt sv
	"servilo fermis la konekton",                                             // mutt eo, neomutt eo
	"serwer zamknal polaczenie",                                              // mutt pl, neomutt pl
	"soketine yapilan baglanti kapatildi",                                    // mutt tr
	"spojenie k serveru bolo stratene",                                       // ksmtp sk
	"spojeni se serverem bylo ztraceno",                                      // ksmtp cs
	"sunucu baglantiyi kapatti",                                              // neomutt tr
	"sunucu baglantiyi kesti",                                                // mutt tr
	"sunucusuna baglanilamadi",                                               // mutt tr, neomutt tr
	"sunucuya baglanirken hata",                                              // mutt tr, neomutt tr
	"sunucuya yapilan baglanti koptu",                                        // ksmtp tr
	"s'ha tancat la connexio amb",                                            // mutt ca, neomutt ca
	"tidak bisa berhubungan ke",                                              // mutt id, neomutt id
	"tilkoplinga til tenaren vart avbroten",                                  // ksmtp nn
	"tjeneren lukket forbindelsen",                                           // neomutt nb_NO
	"utracono polaczenie z serwerem",                                         // ksmtp pl
	"verbinding met server verbroken",                                        // ksmtp nl
	"verbindung konnte nicht hergestellt werden",                             // geary de
	"veza sa serverom izgubljena",                                            // ksmtp sr@ijekavianlatin, ksmtp sr@latin
	"viga serveriga uhenduse loomisel",                                       // mutt et, neomutt et
	"zerbitzariak konexioa itxi du",                                          // mutt eu, neomutt eu
	"zerbitzarirako konexioa galdu da",                                       // ksmtp eu
	"uhendus serveriga katkes",                                               // ksmtp et
	"έκλεισε η σύνδεση στο",                                                  // mutt el
	"η σύνδεση με τον εξυπηρετητή έκλεισε",                                   // mutt el, neomutt el
	"веза са сервером изгубљена",                                             // ksmtp sr, ksmtp sr@ijekavian
	"грешка при свързване със сървъра",                                       // mutt bg, neomutt bg
	"грешка приликом повезивања са сервером",                                 // neomutt sr
	"з'єднання з сервером розірвано",                                         // ksmtp uk
	"не атрымалася злучыцца",                                                 // geary be
	"не вдалося встановити з'єднання",                                        // geary uk
	"не вийшло з'єднатися з",                                                 // mutt uk, neomutt uk
	"не могу да се повежем",                                                  // geary sr
	"не може се повезати са",                                                 // neomutt sr
	"не удалось установить соединение с",                                     // mutt ru, neomutt ru
	"ошибка при установлении соединения",                                     // mutt ru, neomutt ru
	"помилка запису в сокет",                                                 // mutt uk, neomutt uk
	"помилка з'єднання з сервером",                                           // mutt uk, neomutt uk
	"помилка читання з сокета",                                               // mutt uk, neomutt uk
	"сервер закрив з'єднання",                                                // mutt uk, neomutt uk
	"сервер је затворио повезивање",                                          // neomutt sr
	"соединение с сервером разорвано",                                        // ksmtp ru
	"сървърът затвори връзката",                                              // mutt bg, neomutt bg
	"فُقد الاتّصال بالخادوم",                                                 // ksmtp ar
	"सर्वर से कनेक्शन टूटा",                                                  // ksmtp hi
	"சேவையகத்துடனான இணைப்பு முறிவடைந்த‍து", // ksmtp ta
	"სერვერთან კავშირი დაკარგულია",         // ksmtp ka
	"に接続できなかった",  // mutt ja, neomutt ja
	"への接続を終了した",  // mutt ja
	"への接続エラー",    // mutt ja, neomutt ja
	"サーバが接続を切った", // mutt ja, neomutt ja
	"与服务器的连接丢失",  // ksmtp zh_CN
	"接続できなかったため、ネットワークを確認してください", // geary ja
	"无法连接到", // mutt zh_CN, neomutt zh_CN
	"无法连接，请检查您的网络连接",                     // geary zh_CN
	"服务器关闭了连接",                           // mutt zh_CN, neomutt zh_CN
	"無法連上，請檢查您的網路",                       // geary zh_TW
	"無法連線到",                              // mutt zh_TW, neomutt zh_TW
	"的连接已关闭",                             // mutt zh_CN
	"的連線中斷了",                             // mutt zh_TW, neomutt zh_TW
	"與伺服器的聯結中斷了",                         // mutt zh_TW, neomutt zh_TW
	"连接到服务器时出错",                          // mutt zh_CN, neomutt zh_CN
	"로 연결할 수 없음",                         // mutt ko, neomutt ko
	"서버와 연결이 끊어짐",                        // mutt ko, neomutt ko
	"서버와의 연결 오류",                         // mutt ko, neomutt ko
	"서버와의 연결이 끊어졌습니다",                    // ksmtp ko
	"의 접속이 끊어짐",                          // mutt ko, neomutt ko
	"niorbh fheidir dul i dteagmhail le", // mutt ga, neomutt ga
	"грешка при свързване с",             // mutt bg, neomutt bg
	"error connecting to server",         // mutt en, neomutt en
	"connection to server lost",          // ksmtp en
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
	"aikakatkaistu",                                        // mutt fi, neomutt fi
	"fermita pro tempopaso",                                // mutt eo, neomutt eo
	"kapcsolat ido lejart",                                 // neomutt hu
	"przekroczylo czas oczekiwania",                        // mutt pl
	"tidsavbrudd for forbeindelse til",                     // neomutt nb_NO
	"vyprsal casovy limit spojenia k",                      // neomutt sk
	"vyprsel casovy limit",                                 // mutt cs
	"vyprsel casovy limit spojeni k",                       // neomutt cs
	"вичерпано час очікування з'єднання з",                 // mutt uk, neomutt uk
	"превышено время ожидания соединение с", // mutt ru, neomutt ru
	"への接続がタイムアウトした",                         // mutt ja, neomutt ja
	"的连接已超时", // mutt zh_CN, neomutt zh_CN
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
	"autentificarea a esuat",                              // claws-mail ro, sylpheed ro
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
	"η επιλεγμένη μέθοδος smtp auth δεν είναι διαθέσιμη",                          // claws-mail el_GR
	"σφάλμα ελέγχου ταυτότητας",                                                   // claws-mail el_GR
	"ocorreu uma falha na autenticacao",                                           // claws-mail pt_BR
	"erro na autenticacao com",                                                    // claws-mail pt_BR
	"nenhum metodo smtp auth disponivel",                                          // claws-mail pt_BR
	"o metodo smtp auth selecionado nao esta disponivel",                          // claws-mail pt_BR
	"ocorreu um erro na autenticacao",                                             // claws-mail pt_BR, sylpheed pt_BR
	"login ditolak",                                                               // claws-mail id_ID
	"terjadi kesalahan ketika melakukan otentifikasi ke",                          // claws-mail id_ID
	"metode smtp auth tidak tersedia",                                             // claws-mail id_ID
	"metode smtp auth yang dipilih tidak tersedia",                                // claws-mail id_ID
	"terjadi kesalahan pada otentifikasi",                                         // claws-mail id_ID
	"kimlik dogrulamasi basarisiz oldu",                                           // claws-mail tr
	"sunucusuna kimlik denetimi hatasi yasandi",                                   // claws-mail tr
	"secilen smtp auth yontemi mevcut degil",                                      // claws-mail tr
	"kimlik dogrulamada hata meydana geldi",                                       // claws-mail tr
	"認證失敗",                                                                        // claws-mail zh_TW, sylpheed zh_TW
	"登入被拒絕",                                                                       // claws-mail zh_TW
	"認證時發生錯誤",                                                                     // claws-mail zh_TW, sylpheed zh_TW
	"找不到有效smtp認證方法",                                                               // claws-mail zh_TW
	"指定的smpt認證方法是無效的",                                                             // claws-mail zh_TW
	"認證發生錯誤",                                                                      // claws-mail zh_TW
	"autentisering mislyktes",                                                     // claws-mail nb
	"innlogging avvist",                                                           // claws-mail nb
	"feil ved autentisering pa",                                                   // claws-mail nb
	"smtp auth ikke tilgjengelig",                                                 // claws-mail nb
	"onsket smtp auth-metode er ikke tilgjengelig",                                // claws-mail nb
	"feil oppstod ved autentisering",                                              // claws-mail nb
	"inloggning avslogs",                                                          // claws-mail sv
	"fel vid autentisering mot",                                                   // claws-mail sv
	"ingen smtp auth-metod tillganglig",                                           // claws-mail sv
	"vald smtp auth-metod ej tillganglig",                                         // claws-mail sv
	"fel uppstod vid autentisering",                                               // claws-mail sv, sylpheed sv
	"login geweigerd",                                                             // claws-mail nl
	"fout tijdens authenticatie met",                                              // claws-mail nl
	"geselecteerde smtp auth methode niet beschikbaar",                            // claws-mail nl
	"er is een fout opgetreden tijdens de authenticatie",                          // claws-mail nl
	"error authenticating to",                                                     // claws-mail en
	"no smtp auth method available",                                               // claws-mail en
	"selected smtp auth method not available",                                     // claws-mail en
	"error occurred on authentication",                                            // claws-mail en, sylpheed en
	"blad uwierzytelniania",                                                       // sylpheed pl
	"smtp auth niedostepna",                                                       // sylpheed pl
	"smtp auth non esta disponible",                                               // sylpheed gl
	"ocurriu algun erro na autenticacion",                                         // sylpheed gl
	"tunnistautuminen epäonnistui",                                               // sylpheed fi
	"tunnistautumisessa sattui virhe",                                             // sylpheed fi
	"smtp auth indisponibil",                                                      // sylpheed ro
	"аўтэнтыфікацыя схібіла",                                                      // sylpheed be
	"smtp auth недаступна",                                                        // sylpheed be
	"памылка здарылася падчас аўтэнтыфікацыі",                                     // sylpheed be
	"godkendelses fejlede",                                                        // sylpheed da
	"smtp auth ikke tilganglig",                                                   // sylpheed da
	"fejl ved godkendelse",                                                        // sylpheed da
	"autorizacija nije uspjela",                                                   // sylpheed hr
	"smtp auth nije dostupan",                                                     // sylpheed hr
	"fehler bei authentisierung",                                                  // sylpheed de
	"smtp auth nicht verfugbar",                                                   // sylpheed de
	"fehler bei der authentisierung",                                              // sylpheed de
	"smtp auth が利用できません",                                                          // sylpheed ja
	"smtp 인증을 사용할 수 없습니다",                                                         // sylpheed ko
	"인증 도중 에러 발생",                                                                 // sylpheed ko
	"la autentificacion fallo",                                                    // sylpheed es
	"smtp auth no esta disponible",                                                // sylpheed es
	"hubo algun error en la autentificacion",                                      // sylpheed es
	"smtp auth je nedostupna",                                                     // sylpheed cs
	"v autentizaci se vyskytla chyba",                                             // sylpheed cs
	"аутентификация smtp недоступна",                                              // sylpheed ru
	"smtp auth khong sẵn co",                                                      // sylpheed vi
	"co lỗi khi xac thực",                                                         // sylpheed vi
	"невдача автентифікації",                                                      // sylpheed uk
	"smtp auth недоступна",                                                        // sylpheed uk
	"помилка під час автентифікації",                                              // sylpheed uk
	"smtp auth pas disponible",                                                    // sylpheed fr
	"une erreur est survenue pendant la phase d'authentification",                 // sylpheed fr
	"smtp auth nem elerheto",                                                      // sylpheed hu
	"hiba tortent az azonositaskor",                                               // sylpheed hu
	"autentizacia bola neuspesna",                                                 // sylpheed sk
	"smtp auth nie je dostupne",                                                   // sylpheed sk
	"vyskytla sa chyba v autentizacii",                                            // sylpheed sk
	"smtp auth ni na razpolago",                                                   // sylpheed sl
	"med preverjanjem istovetnosti je prislo do napake",                           // sylpheed sl
	"η πιστοποίηση απέτυχε",                                                       // sylpheed el
	"το smtp auth δεν είναι διαθέσιμο",                                            // sylpheed el
	"προέκυψε σφάλμα κατά την πιστοποίηση",                                        // sylpheed el
	"smtp auth non disponibile",                                                   // sylpheed it
	"si e verificato un errore durante l'autenticazione",                          // sylpheed it
	"удостоверяването се провали",                                                 // sylpheed bg
	"smtp auth не е наличен",                                                      // sylpheed bg
	"грешка при удостоверяване",                                                   // sylpheed bg
	"пријава није успела",                                                         // sylpheed sr
	"смпт аутх није доступан",                                                     // sylpheed sr
	"дошло је до грешке у пријави",                                                // sylpheed sr
	"falha de autenticacao",                                                       // sylpheed pt_BR
	"smtp auth nao disponivel",                                                    // sylpheed pt_BR
	"smtp auth לא זמין",                                                           // sylpheed he
	"אירעה שגיאה באימות",                                                          // sylpheed he
	"yetkilendirmede hata olustu",                                                 // sylpheed tr
	"smtp auth kullanilamiyor",                                                    // sylpheed tr
	"yetkilendirme sirasinda hata olustu",                                         // sylpheed tr
	"smtp egiazt ez dago eskuragarri",                                             // sylpheed eu
	"akatsa gertatu da egiaztatzerakoan",                                          // sylpheed eu
	"smtp auth ej tillgangligt",                                                   // sylpheed sv
	"smtp auth pole saadav",                                                       // sylpheed et
	"autoriseerimisel tekkis viga",                                                // sylpheed et
	"identificatie mislukt",                                                       // sylpheed nl
	"smtp auth niet beschikbaar",                                                  // sylpheed nl
	"er is een fout opgetreden tijdens de identificatie",                          // sylpheed nl
	"smtp验证不可用",                                                                   // sylpheed zh_CN
	"验证时发生错误",                                                                     // sylpheed zh_CN
	"nepavyko patvirtinti autentiskumo",                                           // sylpheed lt
	"smtp auth neprieinamas",                                                      // sylpheed lt
	"klaida tikrinant autentiskuma",                                               // sylpheed lt
	"smtp auth not available",                                                     // sylpheed en
	"serveren afviste godkendelsen",                                               // horde-smtp da
	"サーバは認証を拒否しました",                                                               // horde-smtp ja
	"el servidor denego la autentificacion",                                       // horde-smtp es
	"ο διακομιστής δεν επέτρεψε την πιστοποίηση",                                  // horde-smtp el
	"sunucu kimlik dogrulamayi reddetti",                                          // horde-smtp tr
	"server denied authentication",                                                // horde-smtp en
	"aanmelden is mislukt",                                                        // mutt nl, neomutt nl
	"anmeldung gescheitert",                                                       // mutt de, neomutt de
	"autenticacion cram-md5 fallida",                                              // mutt gl
	"autenticacion gssapi fallida",                                                // mutt gl
	"autenticacion sasl fallida",                                                  // mutt gl
	"autenticador indisponivel ou credenciais incorretas",                         // neomutt pt_BR
	"autenticazione cram-md5 fallita",                                             // mutt it
	"autenticazione gssapi fallita",                                               // mutt it
	"autenticazione sasl fallita",                                                 // mutt it
	"autenticacao cram-md5 falhou",                                                // mutt pt_BR
	"autenticacao gssapi falhou",                                                  // mutt pt_BR
	"autentikaatio epaonnistui",                                                   // neomutt fi
	"autentizace se nezdarila",                                                    // neomutt cs
	"authentikasi cram-md5 gagal",                                                 // mutt id
	"authentikasi gssapi gagal",                                                   // mutt id
	"authentikasi sasl gagal",                                                     // mutt id
	"azonositas nem sikerult",                                                     // neomutt hu
	"bo nie mozna znalezc pasujacej metody uwierzytelnienia",                      // ksmtp pl
	"car aucune methode d'authentification correspondante n'a ete trouvee",        // ksmtp fr
	"comprobar el usuario y la contrasena para envio de correo",                   // geary es
	"comproveu l'usuari i contrasenya enviats",                                    // geary ca
	"controle il non utent e la password pe spedizion",                            // geary fur
	"controleer uw login en wachtwoord voor verzenden",                            // geary nl
	"controllare le credenziali di accesso in invio",                              // geary it
	"cram-md5 autentifikazioak huts egin du",                                      // mutt eu
	"cram-md5 autentikacija nepavyko",                                             // mutt lt
	"cram-md5 autentimine ebaonnestus",                                            // mutt et
	"cram-md5 azonositas nem sikerult",                                            // mutt hu
	"cram-md5 dogrulamasi basarisiz",                                              // mutt tr
	"cram-md5 認証に失敗した",                                                            // mutt ja
	"cram-md5 认证失败",                                                               // mutt zh_CN
	"cram-md5 驗證失敗",                                                               // mutt zh_TW
	"cram-md5 인증에 실패함",                                                            // mutt ko
	"cram-md5-autentikointi epaonnistui",                                          // mutt fi
	"cram-md5-authenticatie is mislukt",                                           // mutt nl
	"cram-md5-authentifizierung fehlgeschlagen",                                   // mutt de
	"cram-md5-godkendelse slog fejl",                                              // mutt da
	"cram-md5-rajtigo malsukcesis",                                                // mutt eo
	"cram-md5-verifiering misslyckades",                                           // mutt sv
	"da keine passende authentifizierungsmethode gefunden wurde",                  // ksmtp de
	"dado nao ter sido encontrado qualquer metodo de autenticacao correspondente", // ksmtp pt
	"een account heeft een onjuiste login of wachtwoord gemeld",                   // geary nl
	"egiaztatu mezuak bidaltzeko saio-hasiera eta pasahitza",                      // geary eu
	"egy fiok helytelen bejelentkezesi nevet vagy jelszot jelentett",              // geary hu
	"ei autentikoijia tai huonot tiedot",                                          // neomutt fi
	"ein konto hat einen falschen benutzernamen oder passwort gemeldet",           // geary de
	"el login fallo",                                                              // mutt es, neomutt es
	"ellenorizze a kuldo bejelentkezesi nevet es jelszot",                         // geary hu
	"en konto har rapporteret et forkert login eller en forkert adgangskode",      // geary da
	"ett konto har rapporterat en felaktig inloggning eller losenord",             // geary sv
	"ez baita aurkitu egiaztatzeko bat datorren metodorik",                        // ksmtp eu
	"giris basarisiz",                                                             // mutt tr, neomutt tr
	"gssapi autentifikazioak huts egin du",                                        // mutt eu
	"gssapi autentikacija nepavyko",                                               // mutt lt
	"gssapi autentimine ebaonnestus",                                              // mutt et
	"gssapi azonositas nem sikerult",                                              // mutt hu
	"gssapi dogrulamasi basarisiz",                                                // mutt tr
	"gssapi 認証に失敗した",                                                              // mutt ja
	"gssapi 认证失败",                                                                 // mutt zh_CN
	"gssapi 驗證失敗",                                                                 // mutt zh_TW
	"gssapi 인증에 실패함",                                                              // mutt ko
	"gssapi-autentikointi epaonnistui",                                            // mutt fi
	"gssapi-authenticatie is mislukt",                                             // mutt nl
	"gssapi-authentifizierung fehlgeschlagen",                                     // mutt de
	"gssapi-godkendelse slog fejl",                                                // mutt da
	"gssapi-rajtigo malsukcesis",                                                  // mutt eo
	"gssapi-verifiering misslyckades",                                             // mutt sv
	"gonderici giris ve parolanizi gozden gecirin",                                // geary tr
	"hesap yanlis bir giris veya parola bildirdi",                                 // geary tr
	"hitelesites sikertelen",                                                      // neomutt hu
	"huts saioa hasterakoan",                                                      // mutt eu, neomutt eu
	"impossibile eseguire l'autenticazione al server smtp poiche non e stato trovato il metodo di autenticazione corrispondente", // ksmtp it
	"ingen godkjennelsesmetoder tilgjengelig",                                                                       // neomutt nb_NO
	"inloggning misslyckades",                                                                                       // mutt sv, neomutt sv
	"jer je pronaden nijedan odgovarajuci metod potvrde identiteta",                                                 // ksmtp bs
	"keine authentifizierung oder ausreichende berechtigung verfugbar",                                              // neomutt de
	"ker ni bilo najdenega nobenega nacina za overitev",                                                             // ksmtp sl
	"kirjautuminen epaonnistui",                                                                                     // mutt fi, neomutt fi
	"klarte ikkje autentisera med smtp-tenaren pa grunn av ingen stotta autentiseringsmetodar vart funnen",          // ksmtp nn
	"kon geen toegang tot de smtp-server krijgen omdat er geen overeenkomende authenticatiemethode is gevonden",     // ksmtp nl
	"konto zglosilo niewlasciwy login lub haslo",                                                                    // geary pl
	"kontrollera din inloggning och losenord for sandning",                                                          // geary sv
	"kontu batek saio-haste edo pasahitz oker baten berri eman du",                                                  // geary eu
	"koska sopivaa todennustapaa ei loytynyt",                                                                       // ksmtp fi
	"kullanilabilir kimlik dogrulayici yok veya hatali giris bilgisi",                                               // neomutt tr
	"kunde inte erhalla behorighet av smtp-servern eftersom ingen matchande metod for behorighetskontroll hittades", // ksmtp sv
	"kunne ikke logge inn",                 // neomutt nb_NO
	"l'authentification cram-md5 a echoue", // mutt fr
	"l'authentification gssapi a echoue",   // mutt fr
	"l'authentification sasl a echoue",     // mutt fr
	"login falhou",                         // mutt pt_BR, neomutt pt_BR
	"login fallito",                        // mutt it, neomutt it
	"login mislykkedes",                    // mutt da
	"login slog fejl",                      // neomutt da
	"l'autenticacio cram‐md5 ha fallat",    // mutt ca
	"l'autenticacio gssapi ha fallat",      // mutt ca
	"l'autenticacio ha fallat",             // mutt ca, neomutt ca
	"l'autenticacio sasl ha fallat",        // mutt ca
	"meldimine ebaonnestus",                // mutt et, neomutt et
	"ne mogu da se autentifikujem na smtp serveru zato sto nije naden nijedan poklapajuci metod autentifikacije",             // ksmtp sr@ijekavianlatin, ksmtp sr@latin
	"nejsou k dispozici zadne autentizacni metody nebo byly zadany neplatne prihlasovaci udaje",                              // neomutt cs
	"nem sikerult bejelentkezni az smtp kiszolgalora",                                                                        // ksmtp hu
	"nemozem overit cez smtp server pretoze nebola najdena vyhovujuca overovacia metoda",                                     // ksmtp sk
	"nes atitinkamas tapatybes nustatymo metodas nerastas",                                                                   // ksmtp lt
	"nie su dostupne ziadne overovacie metody alebo boli zadane neplatne prihlasovacie udaje",                                // neomutt sk
	"no s'ha pogut realitzar l'autenticacio amb el servidor smtp perque no s'ha trobat cap metode d'autenticacio coincident", // ksmtp ca, ksmtp ca@valencia
	"no se ha podido realizar la autenticacion en el servidor smtp porque no se ha encontrado ningun metodo de concordancia", // ksmtp es
	"non pote authenticar se al servitor smtp proque necun methodo de authentication coincidente ha essite trovate",          // ksmtp ia
	"non se puido autenticar co servidor de smtp porque non se atopou ningun metodo de autenticacion correspondente",         // ksmtp gl
	"nera autentikatoriu arba neteisingas naudotojo vardas/slaptazodis",                                                      // neomutt lt
	"o login fallou", // mutt gl, neomutt gl
	"periksa login dan kata sandi pengiriman anda",                               // geary id
	"pois nao foi encontrado qualquer metodo de autenticacao correspondente",     // ksmtp pt_BR
	"preverite uporabnisko ime in geslo za posiljanje poste",                     // geary sl
	"prihlasovanie zlyhalo",                                                      // mutt sk
	"prosze sprawdzic poprawnosc loginu i hasla wysylania",                       // geary pl
	"provjerite svoju prijavu i lozinku slanja",                                  // geary hr
	"prufen sie ihren benutzernamen und passwort zum senden",                     // geary de
	"prihlaseni pomoci cram-md5 se nezdarilo",                                    // mutt cs
	"prihlaseni pomoci gssapi se nezdarilo",                                      // mutt cs
	"prihlaseni pomoci sasl se nezdarilo",                                        // mutt cs
	"prihlaseni se nezdarilo",                                                    // mutt cs, neomutt cs
	"racun je prijavio nevaljanu lozinku prijave",                                // geary hr
	"sasl autentikacija nepavyko",                                                // mutt lt
	"sasl autentimine ebaonnestus",                                               // mutt et
	"sasl azonositas nem sikerult",                                               // mutt hu
	"sasl egiaztapenak huts egin du",                                             // mutt eu
	"sasl kimlik dogrulamasi basarisiz oldu",                                     // mutt tr
	"sasl 認証に失敗した",                                                               // mutt ja
	"sasl 认证失败",                                                                  // mutt zh_CN
	"sasl 驗證失敗",                                                                  // mutt zh_TW
	"sasl 인증에 실패함",                                                               // mutt ko
	"sasl-autentikaatio epaonnistui",                                             // mutt fi
	"sasl-authenticatie is mislukt",                                              // mutt nl
	"sasl-authentifizierung fehlgeschlagen",                                      // mutt de
	"sasl-godkendelse mislykkedes",                                               // mutt da
	"sasl-rajtigo malsukcesis",                                                   // mutt eo
	"sasl-verifiering misslyckades",                                              // mutt sv
	"sebuah akun telah melaporkan log masuk atau kata sandi yang salah",          // geary id
	"sest ei leitud sobivat autentimisviisi",                                     // ksmtp et
	"sin autenticadores disponibles o credenciales incorrectas",                  // neomutt es
	"skontrolujte vase prihlasovacie meno a heslo pre odosielanie",               // geary sk
	"tarkista lahettamiseen kaytettava kayttajatunnus ja salasana",               // geary fi
	"theip ar fhiordheimhniu cram-md5",                                           // mutt ga
	"theip ar fhiordheimhniu gssapi",                                             // mutt ga
	"theip ar fhiordheimhniu sasl",                                               // mutt ga
	"theip ar logail isteach",                                                    // mutt ga, neomutt ga
	"tili ilmoitti vaarasta kayttajatunnuksesta tai salasanasta",                 // geary fi
	"tjek udgaende login og adgangskode",                                         // geary da
	"uma conta alertou que as suas credenciais de acesso nao eram corretas",      // geary pt
	"uma conta relatou um login ou senha incorretos",                             // geary pt_BR
	"un account al a segnalat un aces o une password sbaliade",                   // geary fur
	"un account ha segnalato un nome di accesso o una password non corretti",     // geary it
	"un compte ha informat d'un nom d'usuari o contrasenya incorrecte",           // geary ca
	"un compte indique que l'identifiant ou le mot de passe est incorrect",       // geary fr
	"un cont a raportat o autentificare sau parola incorecta",                    // geary ro
	"una cuenta ha informado de un nombre de usuario o contrasena no validos",    // geary es
	"uwierzytelnianie cram‑md5 nie powiodlo sie",                                 // mutt pl
	"uwierzytelnianie gssapi nie powiodlo sie",                                   // mutt pl
	"uwierzytelnienie sasl nie powiodlo sie",                                     // mutt pl
	"vagy rossz bejelentkezesi adatok",                                           // neomutt hu
	"verificacion de autentidad cram-md5 fallo",                                  // mutt es
	"verificacion de autentidad gssapi fallo",                                    // mutt es
	"verificacion de autentidad sasl fallo",                                      // mutt es
	"verificati numele si parola contului de trimitere",                          // geary ro
	"verifique as suas credenciais de envio",                                     // geary pt
	"verifiez votre nom d'utilisateur et mot de passe pour l'envoi",              // geary fr
	"za racun je javljena napaka neveljavne prijave ali gesla",                   // geary sl
	"zalogowanie nie powiodlo sie",                                               // mutt pl, neomutt pl
	"zkontrolujte sve prihlasovaci jmeno a heslo pro odesilani",                  // geary cs
	"cunku eslesen bir kimlik dogrulama yontemi bulunamadi",                      // ksmtp tr
	"ucet nahlasil nespravne prihlasovacie meno alebo heslo",                     // geary sk
	"ucet oznamil nespravne prihlasovaci jmeno nebo heslo",                       // geary cs
	"zadna z metod uwierzytelniania nie jest dostepna albo zle uwierzytelnienie", // neomutt pl
	"απέτυχε η είσοδος στο σύστημα",                                              // mutt el, neomutt el
	"αυθεντικοποίηση cram-md5 απέτυχε",                                           // mutt el
	"αυθεντικοποίηση gssapi απέτυχε",                                             // mutt el
	"αυθεντικοποίηση sasl απέτυχε",                                               // mutt el
	"акаўнт паведаміў пра хібны лагін ці пароль",                                 // geary be
	"аккаунт сообщил о неверном логине или пароле",                               // geary ru
	"налог је пријавио неисправну пријаву или лозинку",                           // geary sr
	"не вдалося пройти розпізнавання на сервері smtp через те",                   // ksmtp uk
	"не могу да се аутентификујем на смтп серверу зато што није нађен ниједан поклапајући метод аутентификације", // ksmtp sr, ksmtp sr@ijekavian
	"не удалось пройти проверку подлинности на smtp-сервере",                                                     // ksmtp ru
	"нема доступних аутентификатора или су овлашћења погрешна",                                                   // neomutt sr
	"неуспешна cram-md5 идентификация",                                                                           // mutt bg
	"неуспешна gssapi идентификация",                                                                             // mutt bg
	"неуспешна sasl идентификация",                                                                               // mutt bg
	"ошибка cram-md5-аутентификации",                                                                             // mutt ru
	"ошибка gssapi-аутентификации",                                                                               // mutt ru
	"ошибка sasl-аутентификации",                                                                                 // mutt ru
	"перевірте ваші ім'я користувача і пароль для надсилання пошти",                                              // geary uk
	"помилка аутентифікації cram-md5",                                                                            // mutt uk
	"помилка аутентифікації gssapi",                                                                              // mutt uk
	"помилка аутентифікації sasl",                                                                                // mutt uk
	"праверце лагін і пароль для адпраўлення",                                                                    // geary be
	"пријављивање неуспешно",                                                                                     // neomutt sr
	"проверите пријаву и лозинку слања",                                                                          // geary sr
	"сервером облікового запису повідомлено про помилкове ім'я користувача або пароль",                           // geary uk
	"החשבון דיווח על התחברות או ססמה לא נכונה",                                                                   // geary he
	"تعذّر الاستثياق مع خادوم smtp بسبب عدم العثور على طريقة استيثاق مطابقة",                                     // ksmtp ar
	"ورود و گذرواژهٔ ارسالتان را بررسی کنید",                                                                     // geary fa
	"एसएमटीपी सर्वर में प्रमाणित नहीं कर सके क्योंकि कोई अनूकूल प्रमाणिकरण विधि नहीं मिली", // ksmtp hi
	"ავთენტიკაციის შესაბამისი მეთოდი ნაპოვნი არაა",                                         // ksmtp ka
	"ログインに失敗した",                          // mutt ja, neomutt ja
	"ログイン情報かパスワードが間違っています",               // geary ja
	"无可用认证方式或错误的凭据",                      // neomutt zh_CN
	"无法在该 smtp 服务器上进行身份验证，无法找到匹配的身份验证方式", // ksmtp zh_CN
	"有个帐号报告了登录名或密码错误",                    // geary zh_CN
	"有帳號回報有不正確的登入名稱或密碼",                  // geary zh_TW
	"檢查您的寄送伺服器登入名稱及密碼",                   // geary zh_TW
	"登入失敗", // mutt zh_TW, neomutt zh_TW
	"请检查您的发送服务器登录名及密码",                       // geary zh_CN
	"送信のログイン名とパスワードを確認してください",                // geary ja
	"일치하는 인증 방식을 찾을 수 없어서 smtp 서버에 인증할 수 없음", // ksmtp ko
	"autentikacija nepavyko",                // neomutt lt
	"authenticatie is mislukt",              // mutt nl
	"kimlik dogrulamasi basarisiz",          // mutt tr, neomutt tr
	"rajtigo malsukcesis",                   // mutt eo, neomutt eo
	"аутентификација је неуспешна",          // neomutt sr
	"помилка аутентифікації",                // mutt uk
	"認証に失敗した",                               // mutt ja
	"check your sending login and password", // geary en
	// KSMTP's "Token expired" (an OAuth token the server no longer takes).
	"انتهت صلاحية الرمز",     // ksmtp ar
	"el testimoni ha vencut", // ksmtp ca, ksmtp ca@valencia
	"token vyprsel",          // ksmtp cs
	"token ist abgelaufen",   // ksmtp de
	"token expirado",         // ksmtp es, ksmtp pt_BR
	"paasmik on aegunud",     // ksmtp et
	"tokena iraungi da",      // ksmtp eu
	"merkki on vanhentunut",  // ksmtp fi
	"le token a expire",      // ksmtp fr
	"टोकन की समय सीमा समाप्त हो चुकी है", // ksmtp hi
	"token scaduto",        // ksmtp it
	"토큰 만료됨",               // ksmtp ko
	"token is verlopen",    // ksmtp nl
	"polett utgatt pa tid", // ksmtp nn
	"token wygasl",         // ksmtp pl
	"jeton expirat",        // ksmtp ro
	"истек срок действия токена", // ksmtp ru
	"platnost tokenu vyprsala",   // ksmtp sk
	"zeton je pretekel",          // ksmtp sl
	"jetonun suresi doldu",       // ksmtp tr
	"令牌已过期",                      // ksmtp zh_CN
	"token expired",              // ksmtp en
}

// mailClientAuthRequiredTerms are the programs' words for a server that
// requires a login (auth_required); they join the group "authneeded".
var mailClientAuthRequiredTerms = []string{
	"ten serwer wymaga uwierzytelniania",                                                           // claws-mail pl
	"palvelin vaatii todennuksen",                                                                  // claws-mail fi
	"acest server necesita autentificare",                                                          // claws-mail ro, sylpheed ro
	"denne server kraver godkendelse",                                                              // claws-mail da
	"dieser server erfordert authentifizierung",                                                    // claws-mail de
	"aquest servidor requereix autenticacio",                                                       // claws-mail ca
	"このサーバは認証が必要",                                                                                  // claws-mail ja, sylpheed ja
	"este servidor requiere autenticacion",                                                         // claws-mail es
	"tento server vyzaduje autentizaci",                                                            // claws-mail cs, sylpheed cs
	"этот сервер требует аутентификацию",                                                           // claws-mail ru
	"ce serveur necessite une authentification",                                                    // claws-mail fr, sylpheed fr
	"ez a szerver megkivanja az azonositast",                                                       // claws-mail hu
	"tento server vyzaduje autentifikaciu",                                                         // claws-mail sk
	"questo server richiede autenticazione",                                                        // claws-mail it
	"αυτός ο server απαιτεί έλεγχο ταυτότητας",                                                     // claws-mail el_GR
	"este servidor requer autenticacao",                                                            // claws-mail pt_BR, sylpheed pt_BR
	"server ini butuh otentifikasi",                                                                // claws-mail id_ID
	"bu sunucu kimlik dogrulamasi istiyor",                                                         // claws-mail tr
	"此伺服器要求認證",                                                                                     // claws-mail zh_TW
	"denne tjeneren krever autentisering",                                                          // claws-mail nb
	"denna server kraver autentisering",                                                            // claws-mail sv, sylpheed sv
	"deze server vereist authenticatie",                                                            // claws-mail nl
	"this server requires authentication",                                                          // claws-mail en, sylpheed en
	"ten serwer wymaga autoryzacji",                                                                // sylpheed pl
	"este servidor require autenticacion",                                                          // sylpheed gl
	"palvelin vaatii tunnistautumaan",                                                              // sylpheed fi
	"гэты сервер патрабуе аўтэнтыфікацыю",                                                          // sylpheed be
	"dennes server kraver godkendelse",                                                             // sylpheed da
	"ovaj server zahtijeva autorizaciju",                                                           // sylpheed hr
	"dieser server erfordert authentisierung",                                                      // sylpheed de
	"이 서버는 인증을 필요로 합니다",                                                                            // sylpheed ko
	"este servidor requiere autentificacion",                                                       // sylpheed es
	"may chủ nay yeu cầu xac thực",                                                                 // sylpheed vi
	"цей сервер вимагає автентифікації",                                                            // sylpheed uk
	"ezen a szerveren kotelezo az azonositas",                                                      // sylpheed hu
	"tento server vyzaduje autentizaciu",                                                           // sylpheed sk
	"ta streznik zahteva overovitev",                                                               // sylpheed sl
	"αυτός ο διακομιστής απαιτεί πιστοποίηση",                                                      // sylpheed el
	"questo server richiede l'autenticazione",                                                      // sylpheed it
	"сървърът изисква удостоверяване",                                                              // sylpheed bg
	"овај служитељ захтева пријаву",                                                                // sylpheed sr
	"שרת זה מצריך אימות",                                                                           // sylpheed he
	"bu sunucu parola istiyor",                                                                     // sylpheed tr
	"zerbitzari honek egiaztapena behar du",                                                        // sylpheed eu
	"這個伺服器需要認證",                                                                                    // sylpheed zh_TW
	"see servar nouab autoriseerimist",                                                             // sylpheed et
	"deze server vereist authentificatie",                                                          // sylpheed nl
	"该服务器需要验证",                                                                                     // sylpheed zh_CN
	"serveris reikalauja patvirtinti autentiskuma",                                                 // sylpheed lt
	"serveren kraver godkendelse",                                                                  // horde-smtp da
	"サーバは認証を要求しました",                                                                                // horde-smtp ja
	"el servidor precisa autentificacion",                                                          // horde-smtp es
	"a szerverhez ezonositas szukseges",                                                            // horde-smtp hu
	"ο διακομιστής απαιτεί πιστοποίηση",                                                            // horde-smtp el
	"sunucu kimlik dogrulamasi gerektiriyor",                                                       // horde-smtp tr
	"server requires authentication",                                                               // horde-smtp en
	"anna kayttajatunnus ja salasana kayttaaksesi tata smtp-palvelinta",                            // kde-mailtransport fi
	"az smtp-kiszolgalo eleresehez nev es jelszo megadasa szukseges",                               // kde-mailtransport hu
	"bu smtp sunucusunu kullanmak icin bir kullanici adi ve parola saglamaniz gerekiyor",           // kde-mailtransport tr
	"debe indicar un nome de usuario e un contrasinal para usar este servidor de smtp",             // kde-mailtransport gl
	"devi dare un nome utente e una password per usare questo server smtp",                         // kde-mailtransport it
	"du muttst brukernaam un passwoort angeven",                                                    // kde-mailtransport nds
	"du ma angi et brukernavn og et passord for a fa tilgang til denne smtp-tjeneren",              // kde-mailtransport nb
	"du ma oppgje eit brukarnamn og eit passord for a bruka denne smtp-tenaren",                    // kde-mailtransport nn
	"du maste ange ett anvandarnamn och ett losenord for att anvanda den har smtp-servern",         // kde-mailtransport sv
	"du skal oplyse et brugernavn og en adgangskode for at bruge denne smtp-server",                // kde-mailtransport da
	"fertet addit geavaheaddjinama ja beassansani vai geavahit dan smtp-balva",                     // kde-mailtransport se
	"heu de proporcionar un nom d'usuari i una contrasenya per a usar aquest servidor smtp",        // kde-mailtransport ca
	"heu de proporcionar un nom d'usuari i una contrasenya per a utilitzar este servidor smtp",     // kde-mailtransport ca@valencia
	"is ga ainm usaideora agus focal faire a sholathar chun an freastalai smtp seo a rochtain",     // kde-mailtransport ga
	"jums janorada lietotaja vards un parole",                                                      // kde-mailtransport lv
	"jus turite pateikti naudotojo varda ir slaptazodi",                                            // kde-mailtransport lt
	"morate unijeti korisnicko ime i sifru ako zelite pristupiti smtp serveru",                     // kde-mailtransport bs
	"morate zadati korisnicko ime i lozinku za ovaj smtp server",                                   // kde-mailtransport sr@ijekavianlatin, kde-mailtransport sr@latin
	"musite vyplnit uzivatelske meno a heslo aby ste mohli pouzit tento smtp server",               // kde-mailtransport sk
	"mussen sie einen benutzernamen und ein passwort angeben",                                      // kde-mailtransport de
	"necesita proporcionar un nombre de usuario y una contrasena para utilizar este servidor smtp", // kde-mailtransport es
	"pro pristup k tomuto smtp serveru musite zadat uzivatelske jmeno a heslo",                     // kde-mailtransport cs
	"selle smtp serveri kasutamiseks on vaja kasutajanime ja parooli",                              // kde-mailtransport et
	"smtp zerbitzari hau erabiltzeko erabiltzaile-izen eta pasahitz bat eman behar dituzu",         // kde-mailtransport eu
	"smtp サーバを使うには、ユーザ名とパスワードが必要です",                                                                // kde-mailtransport ja
	"smtp 서버에 사용할 사용자 이름과 암호가 필요합니다",                                                               // kde-mailtransport ko
	"tem de indicar um nome de utilizador e uma senha para usar este servidor de smtp",             // kde-mailtransport pt
	"ten serwer smtp wymaga nazwy uzytkownika i hasla",                                             // kde-mailtransport pl
	"trebuie sa furnizati un utilizator si o parola pentru a utiliza acest server smtp",            // kde-mailtransport ro
	"tu providerea un nomine de usator e un contrasigno pro usa iste servitor de smtp",             // kde-mailtransport ia
	"u dient een gebruikersnaam en wachtwoord op te geven voor deze smtp-server",                   // kde-mailtransport nl
	"voce precisa informar um nome de usuario e uma senha para usar este servidor smtp",            // kde-mailtransport pt_BR
	"vous devez fournir un nom d'utilisateur et un mot de passe pour utiliser ce serveur smtp",     // kde-mailtransport fr
	"za dostop do tega streznika morate posredovati uporabnisko ime in geslo",                      // kde-mailtransport sl
	"πρέπει να δώσετε όνομα χρήστη και κωδικό πρόσβασης για να χρησιμοποιήσετε αυτόν το διακομιστή smtp", // kde-mailtransport el
	"бұл smtp cерверге қатынау үшін пайдаланушының атауы мен паролін келтіру керек",                      // kde-mailtransport kk
	"ви повинні надати ім'я користувача та пароль для доступу до цього smtp сервера",                     // kde-mailtransport uk
	"для отправки почты через этот сервер smtp требуется указать имя пользователя и пароль",              // kde-mailtransport ru
	"морате задати корисничко име и лозинку за овај смтп сервер",                                         // kde-mailtransport sr, kde-mailtransport sr@ijekavian
	"трябва да предоставите потребителско име и парола",                                                  // kde-mailtransport bg
	"أنت تحتاج إلى اسم مستخدم وكلمة سر لاستخدام هذا الخادم smtp",                                         // kde-mailtransport ar
	"इस एसएमटीपी सर्वर का उपयोग करने के लिए आपको एक उपयोक्ता नाम तथा पासवर्ड देना होगा",                  // kde-mailtransport hi
	"ये एसएमटीपी सर्वर के उपयोग करे बर आप मन ल एक कमइया नाम अउ पासवर्ड देना होही",                        // kde-mailtransport hne
	"ਤੁਹਾਨੂੰ ਇਸ smtp ਸਰਵਰ ਲਈ ਇੱਕ ਯੂਜ਼ਰ ਨਾਂ ਅਤੇ ਪਾਸਵਰਡ ਦੇਣ ਦੀ ਲੋੜ ਹੈ",                                     // kde-mailtransport pa
	"คุณต้องป้อนชื่อผู้ใช้และรหัสผ่านเพื่อใช้งานเซิร์ฟเวอร์ smtp นี้",                                    // kde-mailtransport th
	"ამ smtp სერვერის გამოსაყენებლად საჭიროა მომხმარებელი და პაროლი მიუთითოთ",                            // kde-mailtransport ka
	"អ្នកត្រូវផ្គត់ផ្គង់ឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ ដើម្បីប្រើម៉ាស៊ីនបម្រើ smtp នេះ",                   // kde-mailtransport km
	"您必須提供此 smtp 伺服器使用的帳號與密碼",                  // kde-mailtransport zh_TW
	"您需要提供用户名和密码来使用这个 smtp 服务器",                // kde-mailtransport zh_CN
	"need to supply a username and a password", // kde-mailtransport en
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
	"starttls a esuat",                                                       // claws-mail ro
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
	"verificarea certificatului ssl a esuat",                                 // sylpheed ro
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
	"αδυναμία δημιουργίας ασφαλούς σύνδεσης tls με το διακομιστή",               // horde-smtp el
	"ο διακομιστής δεν υποστηρίζει tls συνδέσεις",                               // horde-smtp el
	"sunucuya guvenli tls baglantisi acilamadi",                                 // horde-smtp tr
	"sunucu tls baglantilarini desteklemez",                                     // horde-smtp tr
	"could not open secure tls connection to the server",                        // horde-smtp en
	"server does not support tls connections",                                   // horde-smtp en
	"a szerver neve nem egyezik meg a tanusitvanyba foglalttal",                 // neomutt hu
	"a szerver tanusitvanya lejart",                                             // mutt hu, neomutt hu
	"a szerver tanusitvanya meg nem ervenyes",                                   // mutt hu, neomutt hu
	"a szerver tanusitoja nem tanusito hatosag",                                 // neomutt hu
	"a szervertol nem lehet tanusitvanyt kapni",                                 // mutt hu, neomutt hu
	"abisua zerbitzari ostalari izena ez da ziurtagiriko berdina",               // mutt eu, neomutt eu
	"atestilo de servilo ankorau ne validas",                                    // mutt eo, neomutt eo
	"atestilo de servilo estas eksvalidiginta",                                  // mutt eo, neomutt eo
	"aussteller des server-zertifikats ist keine ca",                            // neomutt de
	"aussteller des zertifikats ist keine ca",                                   // mutt de
	"auzolagunengatik ezin da ziurtagiria jaso",                                 // mutt eu, neomutt eu
	"blad weryfikacji certyfikatu",                                              // mutt pl, neomutt pl
	"certificaat van de server is nog niet geldig",                              // mutt nl, neomutt nl
	"certificaat van de server is verlopen",                                     // mutt nl, neomutt nl
	"certificado del servidor ha expirado",                                      // mutt es
	"certificado del servidor se ha vencido",                                    // neomutt es
	"certificado del servidor todavia no es valido",                             // mutt es, neomutt es
	"certificado do servidar ainda nao e valido",                                // neomutt pt_BR
	"certifikatverifieringsfel",                                                 // mutt sv, neomutt sv
	"certifikat od serveru nejde ziskat",                                        // neomutt sk
	"certifikat od serveru nelze ziskat",                                        // mutt cs, neomutt cs
	"certifikat serveru nebol podpisany ca",                                     // neomutt sk
	"certifikat serveru nebyl podepsan certifikacni autoritou",                  // mutt cs, neomutt cs
	"certifikat serveru neni zatim platny",                                      // mutt cs, neomutt cs
	"certifikat serveru nie je zatial platny",                                   // neomutt sk
	"certyfikat nie zostal podpisany przez ca",                                  // mutt pl, neomutt pl
	"certyfikat serwera nie uzyskal jeszcze waznosci",                           // mutt pl, neomutt pl
	"certyfikat serwera utracil waznosc",                                        // mutt pl, neomutt pl
	"chyba pri overovanie certifikatu",                                          // neomutt sk
	"chyba pri overovani certifikatu",                                           // mutt cs, neomutt cs
	"conexion cifrada no disponible",                                            // neomutt es
	"connessione cifrata non disponibile",                                       // mutt it, neomutt it
	"connexion chiffree non disponible",                                         // mutt fr, neomutt fr
	"connexao encriptada indisponivel",                                          // neomutt pt_BR
	"controle van servernaam van certificaat is mislukt",                        // mutt nl, neomutt nl
	"der opstod en fejl ved indlasningen af serverens certifikat",               // geary da
	"det oppstod en feil under behandling av tjenersertifikatet",                // geary nb
	"doslo je do greske prilikom obrade uverenja servera",                       // geary sr@latin
	"earraid agus teastas a fhioru",                                             // mutt ga, neomutt ga
	"ei voitu hakea sertifikaattia vertaiselta",                                 // mutt fi, neomutt fi
	"ei voitu neuvotella tls-yhteytta",                                          // mutt fi, neomutt fi
	"ei onnestu saada partneri sertifikaati",                                    // mutt et, neomutt et
	"ein fehler ist wahrend der bearbeitung des server-zertifikats aufgetreten", // geary de
	"el certificat del servidor encara no es valid",                             // mutt ca, neomutt ca
	"el certificat del servidor ha expirat",                                     // mutt ca, neomutt ca
	"el nom d'amfitrio del servidor no concorda amb el del certificat",          // mutt ca
	"el nom d'estacio del servidor no concorda amb el del certificat",           // neomutt ca
	"el nombre del servidor no coincide con el certificado",                     // neomutt es
	"el servidor no admet starttls",                                             // git-send-email ca
	"el servidor no soporta starttls",                                           // git-send-email es
	"el signatari del certificat del servidor no es una ca",                     // mutt ca, neomutt ca
	"enkriptaturiko konexioa ez da erabilgarria",                                // mutt eu, neomutt eu
	"er trad een fout op bij het verwerken van het certificaat van de server",   // geary nl
	"eraro dum kontrolo de atestilo",                                            // mutt eo, neomutt eo
	"erreur de verification du certificat",                                      // mutt fr, neomutt fr
	"erro ao verificar certificado",                                             // neomutt pt_BR
	"error de verificacion de certificado",                                      // neomutt es
	"error en verificar el certificat",                                          // mutt ca, neomutt ca
	"error verifikasi sertifikat",                                               // mutt id, neomutt id
	"errore nella verifica del certificato",                                     // mutt it, neomutt it
	"errorea gertatu da zerbitzariaren ziurtagiria prozesatzean",                // geary eu
	"es kann kein zertifikat vom server erhalten werden",                        // mutt de
	"es konnte keine tls-verbindung realisiert werden",                          // mutt de
	"ett fel har uppstatt nar serverns certifikat hanterades",                   // geary sv
	"ezin da tls konexioa negoziatu",                                            // mutt eu, neomutt eu
	"falhou starttls",                                                           // git-send-email pt_PT
	"fallo starttls",                                                            // git-send-email es
	"fehler beim prufen des zertifikats",                                        // mutt de, neomutt de
	"fejl under godkendelse af certifikat",                                      // mutt da, neomutt da
	"fout bij verifieren van certificaat",                                       // mutt nl, neomutt nl
	"hi ha hagut un error processant el certificat del servidor",                // geary ca
	"hiba tortent a kiszolgalo tanusitvanyanak feldolgozasa soran",              // geary hu
	"hostname des servers entspricht nicht dem zertifikat",                      // neomutt de
	"hostname do servidor nao coincide com certificado",                         // neomutt pt_BR
	"hostname сервера не відповідає сертифікату",                                // mutt uk, neomutt uk
	"hubungan terenkripsi tidak tersedia",                                       // mutt id, neomutt id
	"il certificato del server non e ancora valido",                             // mutt it, neomutt it
	"il certificato del server e scaduto",                                       // mutt it, neomutt it
	"il firmatario del certificato del server non e una ca valida",              // mutt it, neomutt it
	"il nome host del server non corrisponde al certificato",                    // mutt it, neomutt it
	"il server non supporta starttls",                                           // git-send-email it
	"imposible recoger el certificado de la contraparte",                        // mutt es, neomutt es
	"impossibile negoziare la connessione tls",                                  // mutt it, neomutt it
	"impossibile ottenere il certificato dal peer",                              // mutt it, neomutt it
	"impossible d'obtenir le certificat de la machine distante",                 // mutt fr, neomutt fr
	"impossible de negocier la connexion tls",                                   // mutt fr, neomutt fr
	"incapaz de negociar conexao tls",                                           // neomutt pt_BR
	"jadanik zerbitzari ziurtagiria ez da baliozkoa",                            // mutt eu, neomutt eu
	"jmeno serveru se neshoduje s jmenem v certifikatu",                         // neomutt cs
	"jmeno serveru se neshoduje s jmenem v certifikatu",                         // mutt cs
	"kan ikke hente sertifikat fra likemann",                                    // neomutt nb_NO
	"kan server certificaat niet verkrijgen",                                    // mutt nl, neomutt nl
	"kann kein zertifikat vom server erhalten",                                  // neomutt de
	"karsi taraftan sertifika alinamadi",                                        // mutt tr, neomutt tr
	"kon tls connectie niet onderhandelen",                                      // mutt nl, neomutt nl
	"konnte keine tls-verbindung realisieren",                                   // neomutt de
	"kontrol af certifikat-vart fejlede",                                        // mutt da, neomutt da
	"kontrola certifikatu stroja zlyhala",                                       // neomutt sk
	"kontrola certifikatu stroje selhala",                                       // mutt cs, neomutt cs
	"krypterad anslutning otillganglig",                                         // mutt sv, neomutt sv
	"krypteret forbindelse ikke tilgangelig",                                    // mutt da, neomutt da
	"krypteret forbindelse utilgjengelig",                                       // neomutt nb_NO
	"kunde inte forhandla fram tls-anslutning",                                  // mutt sv, neomutt sv
	"kunde inte hamta certifikat fran",                                          // mutt sv, neomutt sv
	"kunne ikke forhandle frem tls-forbindelse",                                 // neomutt nb_NO
	"kunne ikke opna tls-forbindelse",                                           // mutt da, neomutt da
	"la comprovacio de l'amfitrio del certificat ha fallat",                     // mutt ca, neomutt ca
	"la negociacio d'ssl ha fallat",                                             // mutt ca, neomutt ca
	"le certificat du serveur a expire",                                         // mutt fr, neomutt fr
	"le certificat du serveur n'est pas encore valide",                          // mutt fr, neomutt fr
	"le nom du serveur ne correspond pas au certificat",                         // mutt fr, neomutt fr
	"le serveur ne supporte pas starttls",                                       // git-send-email fr
	"le signataire du certificat du serveur n'est pas un ca",                    // mutt fr, neomutt fr
	"malsukcesis kontrolo de gastiganta atestilo",                               // mutt eo, neomutt eo
	"meno serveru sa nezhoduje s menom v certifikate",                           // neomutt sk
	"may chủ khong hỗ trợ starttls",                                             // git-send-email vi
	"naam van de server komt niet overeen met certificaat",                      // mutt nl, neomutt nl
	"nama host server tidak cocok dengan sertifikat",                            // mutt id, neomutt id
	"nazwa serwera nie odpowiada certyfikatowi",                                 // mutt pl
	"ne eblas akiri ssl-atestilon",                                              // mutt eo, neomutt eo
	"ne eblis negoci tls-konekton",                                              // mutt eo, neomutt eo
	"nelze navazat tls spojeni",                                                 // mutt cs, neomutt cs
	"nem elerheto a titkositott kapcsolat",                                      // neomutt hu
	"nem lehetett megtargyalni a tls kapcsolatot",                               // mutt hu, neomutt hu
	"nemozno vyjednat tls spojenie",                                             // neomutt sk
	"nepavyko gauti sertifikato is peer'o",                                      // mutt lt
	"nepavyko gauti sertifikato is serverio",                                    // neomutt lt
	"nepavyko sukurti tls jungties",                                             // neomutt lt
	"nie mozna pobrac certyfikatu z docelowego hosta",                           // neomutt pl
	"nie mozna pobrac certyfikatu z docelowego hosta",                           // mutt pl
	"nie mozna wykonac starttls",                                                // git-send-email pl
	"no se pudo negociar una conexion tls",                                      // mutt es, neomutt es
	"no s'ha pogut establir una connexio xifrada",                               // mutt ca, neomutt ca
	"no s'ha pogut negociar la connexio tls",                                    // mutt ca, neomutt ca
	"no s'ha pogut obtenir el certificat del servidor",                          // mutt ca, neomutt ca
	"nomo de serviloj ne kongruas kun atestilo",                                 // mutt eo, neomutt eo
	"non foi posible obter un certificado do outro extremo",                     // mutt gl, neomutt gl
	"nao foi possivel obter o certificado da outra ponta",                       // neomutt pt_BR
	"nao foi possivel obter o certificado do servidor remoto",                   // mutt pt_BR
	"ni ca e sinitheoir an teastais",                                            // mutt ga, neomutt ga
	"nil nasc criptithe ar fail",                                                // mutt ga, neomutt ga
	"nil ostainm an fhreastalai comhoiriunach leis an teastas",                  // mutt ga, neomutt ga
	"niorbh fheidir an teastas a fhail on gcomhghleacai",                        // mutt ga, neomutt ga
	"niorbh fheidir nasc tls a shocru",                                          // mutt ga, neomutt ga
	"o certificado do servidor expirou",                                         // mutt gl, neomutt gl, neomutt pt_BR
	"o certificado do servidor non e ainda valido",                              // mutt gl, neomutt gl
	"o servidor insustenta starttls",                                            // git-send-email pt_PT
	"ocorreu um erro ao processar o certificado do servidor",                    // geary pt, geary pt_BR
	"ocurrio un error al procesar el certificado del servidor",                  // geary es
	"ondertekenaar van servercertificaat is geen ca",                            // mutt nl, neomutt nl
	"palvelimen sertifikaatti ei kelpaa",                                        // mutt fi, neomutt fi
	"palvelimen sertifikaatti on vanhentunut",                                   // mutt fi, neomutt fi
	"palvelimen verkkonimi ei tasmaa sertifikaattiin",                           // mutt fi, neomutt fi
	"palvelinsertifikaatin allekirjoittaja ei ole ca",                           // mutt fi, neomutt fi
	"peladen tidak mendukung starttls",                                          // git-send-email id
	"penandatangan sertifikat server bukan ca",                                  // mutt id, neomutt id
	"platnost certifikatu serveru vyprsala",                                     // neomutt sk
	"platnost certifikatu serveru vyprsela",                                     // mutt cs, neomutt cs
	"polaczenie szyfrowane nie jest dostepne",                                   // mutt pl, neomutt pl
	"polaczenie tls nie zostalo wynegocjowane",                                  // neomutt pl
	"polaczenie tsl nie zostalo wynegocjowane",                                  // mutt pl
	"prislo je do napake med preverjanjem potrdila streznika",                   // geary sl
	"prufung des rechnernamens in zertifikat gescheitert",                       // mutt de, neomutt de
	"pri zpracovani certifikatu serveru nastala chyba",                          // geary cs
	"rechnername des servers entspricht nicht dem zertifikat",                   // mutt de
	"s-a produs o eroare la procesarea certificatului serverului",               // geary ro
	"salattu yhteys ei kaytettavissa",                                           // mutt fi, neomutt fi
	"sertifika dogrulama hatasi",                                                // mutt tr, neomutt tr
	"sertifika sahibi denetimi basarisiz",                                       // mutt tr, neomutt tr
	"sertifikaatin palvelintesti epaonnistui",                                   // mutt fi, neomutt fi
	"sertifikaatin varmennusvirhe",                                              // mutt fi, neomutt fi
	"sertifikat server belum sah",                                               // mutt id, neomutt id
	"sertifikat server sudah kadaluwarsa",                                       // mutt id, neomutt id
	"sertifikatbekreftelsesfeil",                                                // neomutt nb_NO
	"sertifikato patikrinimas nepavyko",                                         // neomutt lt
	"sertifikato patikrinimo klaida",                                            // neomutt lt
	"sertifikatssignrerer er ikke en sertifikatsmyndighet",                      // neomutt nb_NO
	"sertifikatsvertssjekk mislyktes",                                           // neomutt nb_NO
	"server unterstutzt kein starttls",                                          // git-send-email de
	"server-certifikat er endnu ikke gyldigt",                                   // mutt da, neomutt da
	"server-certifikat er udlobet",                                              // mutt da, neomutt da
	"servercertifikat har utgatt",                                               // mutt sv, neomutt sv
	"servercertifikat ar inte giltigt an",                                       // mutt sv, neomutt sv
	"serveri sertifikaat ei ole veel kehtiv",                                    // mutt et, neomutt et
	"serveri sertifikaat on aegunud",                                            // mutt et, neomutt et
	"serverio sertifikatas dar negalioja",                                       // mutt lt, neomutt lt
	"serverio sertifikatas paseno",                                              // mutt lt, neomutt lt
	"serverio sertifikatas pasirasytas ne sertifikatu tarnybos",                 // neomutt lt
	"serverio vardas neatitinka sertifikato",                                    // neomutt lt
	"servern stoder inte smarttls",                                              // git-send-email sv
	"servervardnamnet matchar inte certifikat",                                  // mutt sv, neomutt sv
	"serwer nie wspiera starttls",                                               // git-send-email pl
	"serwera nie odpowiada certyfikatowi",                                       // neomutt pl
	"si e verificato un errore nell'elaborazione del certificato del server",    // geary it
	"si e verificat un eror tal elabora il certificat dal servidor",             // geary fur
	"signatario do certificado do servidor nao e ca",                            // neomutt pt_BR
	"signerare av servercertifikat ar inte en ca",                               // mutt sv, neomutt sv
	"sprawdzenie hosta certyfikatu nie powiodlo sie",                            // neomutt pl
	"ssl a echoue",            // mutt fr, neomutt fr
	"ssl basarisiz oldu",      // mutt tr, neomutt tr
	"ssl ebaonnestus",         // mutt et, neomutt et
	"ssl epaonnistui",         // mutt fi, neomutt fi
	"ssl fehlgeschlagen",      // mutt de, neomutt de
	"ssl is mislukt",          // mutt nl, neomutt nl
	"ssl malsukcesis",         // mutt eo, neomutt eo
	"ssl mislykkedes",         // mutt da
	"ssl mislyktes",           // neomutt nb_NO
	"ssl misslyckades",        // mutt sv, neomutt sv
	"ssl nepavyko",            // neomutt lt
	"ssl nie powiodlo sie",    // mutt pl, neomutt pl
	"ssl sikertelen",          // mutt hu, neomutt hu
	"ssl slog fejl",           // neomutt da
	"ssl απέτυχε",             // mutt el, neomutt el
	"starttls fehlgeschlagen", // git-send-email de
	"starttls gặp lỗi",        // git-send-email vi
	"starttls non riuscito",   // git-send-email it
	"starttls 失敗",             // git-send-email zh_TW
	"starttls 失败",             // git-send-email zh_CN
	"starttls 실패",             // git-send-email ko
	"subskribinto de servilo-atestilo ne estas ca",   // mutt eo, neomutt eo
	"sunucu makine adi ile sertifika uyusmuyor",      // mutt tr, neomutt tr
	"sunucu sertifikasi henuz gecerli degil",         // mutt tr, neomutt tr
	"sunucu sertifikasini imzalayan bir ca degil",    // mutt tr, neomutt tr
	"sunucu sertifikasinin suresi dolmus",            // mutt tr, neomutt tr
	"sunucu starttls desteklemiyor",                  // git-send-email tr
	"sunucunun sertifikasi islenirken hata olustu",   // geary tr
	"tanusitvany ellenorzesi hiba",                   // neomutt hu
	"tanusitvany gazdajanak ellenorzese sikertelen",  // neomutt hu
	"terjadi galat saat memroses sertifikat peladen", // geary id
	"theip ar ssl",                                                            // mutt ga, neomutt ga
	"tidak bisa mengambil sertifikat",                                         // mutt id, neomutt id
	"tidak dapat negosiasi hubungan tls",                                      // mutt id, neomutt id
	"tjenersertifikatet er ikke gyldig enda",                                  // neomutt nb_NO
	"tjenersertifikatet har utlopt",                                           // neomutt nb_NO
	"tjenervertsnavn samsvarer ikke med sertifikat",                           // neomutt nb_NO
	"tls baglantisi pazarligi yapilamadi",                                     // mutt tr, neomutt tr
	"tls uhendust ei onnestu kokku leppida",                                   // mutt et, neomutt et
	"tls 接続を確立できなかった",                                                         // mutt ja, neomutt ja
	"tls 연결 할수 없음",                                                            // mutt ko, neomutt ko
	"ta an teastas as feidhm",                                                 // mutt ga, neomutt ga
	"ta an teastas neamhbhaili fos",                                           // mutt ga, neomutt ga
	"ude af stand til at hente certifikat fra server",                         // mutt da, neomutt da
	"undskriver af servercertifikat er ikke autoriseret",                      // mutt da, neomutt da
	"une erreur est survenue pendant l'echange de certificat avec le serveur", // geary fr
	"verifica nome host del certificato fallita",                              // mutt it, neomutt it
	"verificacao de certifcado do host falhou",                                // neomutt pt_BR
	"verschlusselte verbindung nicht verfugbar",                               // mutt de, neomutt de
	"versleutelde verbinding niet beschikbaar",                                // mutt nl, neomutt nl
	"virhe palvelimen varmennetta kasiteltaessa",                              // geary fi
	"vyskytla sa chyba pocas spracovavania certifikatu servera",               // geary sk
	"vartsnavn pa server matcher ikke certifikat",                             // mutt da, neomutt da
	"weryfikacja certyfikat hosta nie powiodla sie",                           // mutt pl
	"wystapil blad podczas przetwarzania certyfikatu serwera",                 // geary pl
	"zerbitzari ziurtagiri sinatzailea ez da ca",                              // mutt eu, neomutt eu
	"zerbitzariaren ziurtagiria denboraz kanpo dago",                          // mutt eu, neomutt eu
	"zertifikat des servers ist abgelaufen",                                   // mutt de, neomutt de
	"zertifikat des servers ist noch nicht gultig",                            // mutt de, neomutt de
	"ziurtagiria egiaztapen errorea",                                          // mutt eu, neomutt eu
	"echec de starttls",                                                       // git-send-email fr
	"cifrata konekto ne disponeblas",                                          // mutt eo, neomutt eo
	"sifrelenmis baglanti mevcut degil",                                       // mutt tr, neomutt tr
	"sifrovane spojenie nie je k dispozicii",                                  // neomutt sk
	"sifrovane spojeni neni k dispozici",                                      // neomutt cs
	"sifrovane spojeni neni k dispozici",                                      // mutt cs
	"sifruota jungtis negalima",                                               // neomutt lt
	"αδυναμία διαπραγμάτευσης σύνδεσης tls",                                   // mutt el, neomutt el
	"αδυναμία στη λήψη πιστοποιητικού από το ταίρι",                           // mutt el, neomutt el
	"δεν είναι διαθέσιμη η κρυπτογραφημένη σύνδεση",                           // neomutt el
	"η πιστοποίηση του διακομιστή δεν είναι ακόμα έγκυρη",                     // mutt el
	"σφάλμα επαλήθευσης πιστοποιητικού",                                       // neomutt el
	"το πιστοποιητικό του διακομιστή έληξε",                                   // mutt el
	"το πιστοποιητικό του διακομιστή έχει λήξει",                              // neomutt el
	"το πιστοποιητικό του διακομιστή δεν είναι έγκυρο ακόμη",                  // neomutt el
	"το όνομα του διακομιστή δεν ταιριάζει με το πιστοποιητικό",               // neomutt el
	"грешка при верификацији сертификата",                                     // neomutt sr
	"дошло је до грешке приликом обраде уверења сервера",                      // geary sr
	"зашифрованное соединение не доступно",                                    // mutt ru, neomutt ru
	"имя сервера не соответствует сертификату",                                // mutt ru, neomutt ru
	"назив сервера не одговара сертификату",                                   // neomutt sr
	"не вдалось перевірити хост сертифікату",                                  // mutt uk, neomutt uk
	"не вийшло домовитись про tls з'єднання",                                  // mutt uk, neomutt uk
	"не може да бъде установена tls връзка",                                   // neomutt bg
	"не може да бъде установена tsl връзка",                                   // mutt bg
	"не може се добавити сертификат од суседа",                                // neomutt sr
	"не може се успоставити tls повезивање",                                   // neomutt sr
	"не удалось выполнить проверку хоста сертификата",                         // mutt ru, neomutt ru
	"не удалось получить сертификат сервера",                                  // mutt ru, neomutt ru
	"не удалось установить ssl-соединение",                                    // mutt ru, neomutt ru
	"не удалось установить tls-соединение",                                    // mutt ru, neomutt ru
	"неможливо отримати сертифікат",                                           // mutt uk, neomutt uk
	"неуспешан ssl",                                                           // neomutt sr
	"неуспешен ssl",                                                           // mutt bg, neomutt bg
	"неуспешна провера хоста сертификата",                                     // neomutt sr
	"неуспешно изпълнение на starttls",                                        // git-send-email bg
	"о υπογράφων του πιστοποιητικού του διακομιστή δεν είναι ca",              // neomutt el
	"от сървъра не може да бъде получен сертификат",                           // mutt bg, neomutt bg
	"ошибка starttls",                                                         // git-send-email ru
	"ошибка проверки сертификата",                                             // mutt ru, neomutt ru
	"падчас апрацоўкі сертыфіката сервера адбылася памылка",                   // geary be
	"помилка ssl", // mutt uk, neomutt uk
	"помилка перевірки сертифікату",                                                                         // mutt uk, neomutt uk
	"потписник сертификата сервера није ис",                                                                 // neomutt sr
	"произошла ошибка обработки сертификата сервера",                                                        // geary ru
	"під час спроби обробити сертифікат сервера сталася помилка",                                            // geary uk
	"сервер не поддерживает starttls",                                                                       // git-send-email ru
	"сервер сертификатын өңдеу кезінде қате орын алды",                                                      // geary kk
	"сертификат все еще недействителен",                                                                     // mutt ru, neomutt ru
	"сертификат сервера не подписан ca",                                                                     // mutt ru, neomutt ru
	"сертификат сервера је истекао",                                                                         // neomutt sr
	"сертификат сервера још није исправан",                                                                  // neomutt sr
	"сертификатът на сървъра все още не е валиден",                                                          // mutt bg, neomutt bg
	"сертификатът на сървъра е изтекъл",                                                                     // mutt bg, neomutt bg
	"сертифікат видано неавторизованим видавцем",                                                            // mutt uk, neomutt uk
	"сертифікат серверу ще не дійсний",                                                                      // mutt uk, neomutt uk
	"срок действия сертификата истек",                                                                       // mutt ru, neomutt ru
	"строк дії сертифікату сервера вичерпано",                                                               // mutt uk, neomutt uk
	"шифроване з'єднання недоступне",                                                                        // mutt uk, neomutt uk
	"התרחשה שגיאה בעיבוד תעודת השרת",                                                                        // geary he
	"サーバのホスト名が証明書と一致しない",                                                                                    // mutt ja, neomutt ja
	"サーバの証明書が期限切れ",                                                                                          // mutt ja, neomutt ja
	"サーバの証明書はまだ有効でない",                                                                                       // mutt ja, neomutt ja
	"サーバの証明書は署名者が ca でない",                                                                                   // mutt ja, neomutt ja
	"サーバーの証明書を処理中にエラーが発生しました",                                                                               // geary ja
	"伺服器不支援 starttls",                                                                                       // git-send-email zh_TW
	"加密连接不可用",                                                                                               // mutt zh_CN, neomutt zh_CN
	"处理该服务器的证书时发生了错误",                                                                                       // geary zh_CN
	"接続先から証明書を得られなかった",                                                                                      // mutt ja, neomutt ja
	"无法从对端获取证书",                                                                                             // mutt zh_CN
	"无法从对端获得证书",                                                                                             // neomutt zh_CN
	"无法协商 tls 连接",                                                                                           // mutt zh_CN, neomutt zh_CN
	"暗号化された接続が利用できない",                                                                                       // mutt ja, neomutt ja
	"服务器不支持 starttls",                                                                                       // git-send-email zh_CN
	"服务器主机名与证书不匹配",                                                                                          // mutt zh_CN, neomutt zh_CN
	"服务器证书尚未有效",                                                                                             // neomutt zh_CN
	"服务器证书尚未生效",                                                                                             // mutt zh_CN
	"服务器证书已过期",                                                                                              // mutt zh_CN, neomutt zh_CN
	"服务器证书签署者不是证书颁发机构",                                                                                      // mutt zh_CN, neomutt zh_CN
	"處理伺服器的憑證時遭遇錯誤",                                                                                         // geary zh_TW
	"証明書の検証エラー",                                                                                             // mutt ja, neomutt ja
	"証明書ホスト検査に不合格",                                                                                          // mutt ja, neomutt ja
	"证书主机名检查失败",                                                                                             // mutt zh_CN
	"证书主机检查失败",                                                                                              // neomutt zh_CN
	"证书验证错误",                                                                                                // mutt zh_CN, neomutt zh_CN
	"서버 인증서가 만기됨",                                                                                           // mutt ko, neomutt ko
	"서버 인증서가 아직 유효하지 않음",                                                                                    // mutt ko, neomutt ko
	"서버에서 starttls를 지원하지 않습니다",                                                                              // git-send-email ko
	"지정한 곳에서 인증서를 가져올 수 없음",                                                                                 // mutt ko, neomutt ko
	"could not negotiate tls connection", "certificate verification error", "certificate host check failed", // mutt en, neomutt en
	"signer of server certificate is not a ca", "unable to get certificate from peer", // mutt en, neomutt en
	"processing the server's certificate", // geary en
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
	"nie wpisano serwera smtp",                                  // claws-mail pl
	"smtp-palvelinta ei syotetty",                               // claws-mail fi
	"nu a fost introdus serverul smtp",                          // claws-mail ro, sylpheed ro
	"smtp-server er ikke angivet",                               // claws-mail da
	"kein smtp-server angegeben",                                // claws-mail de
	"no s'ha especificat el servidor smtp",                      // claws-mail ca
	"smtpサーバが入力されていません",                                         // claws-mail ja, sylpheed ja
	"no se especifico el servidor smtp",                         // claws-mail es, sylpheed es
	"nebyl zadan smtp server",                                   // claws-mail cs
	"smtp сервер не введен",                                     // claws-mail ru
	"smtp szerver nincs megadva",                                // claws-mail hu
	"nebol zadany smtp server",                                  // claws-mail sk, sylpheed sk
	"non e stato inserito il server smtp",                       // claws-mail it
	"ο smtp server δεν έχει εισαχθεί",                           // claws-mail el_GR
	"o servidor smtp nao foi informado",                         // claws-mail pt_BR
	"server smtp tidak dimasukkan",                              // claws-mail id_ID
	"smtp sunucu girilmemis",                                    // claws-mail tr, sylpheed tr
	"未指定 smtp 伺服器",                                              // claws-mail zh_TW
	"smtp-tjener ikke angitt",                                   // claws-mail nb
	"smtp-server har inte angivits",                             // claws-mail sv, sylpheed sv
	"je hebt geen smtp-server opgegeven",                        // claws-mail nl
	"smtp server is not entered",                                // claws-mail en, sylpheed en
	"nie okreslono serwera smtp",                                // sylpheed pl
	"non se especificou o servidor smtp",                        // sylpheed gl
	"smtp-palvelinta ei ole annettu",                            // sylpheed fi
	"не ўведзены сервер smtp",                                   // sylpheed be
	"smtp server ikke angivet",                                  // sylpheed da
	"smtp posluzitelj nije unesen",                              // sylpheed hr
	"keinen smtp-server angegeben",                              // sylpheed de
	"smtp 서버가 지정되지않았습니다",                                        // sylpheed ko
	"nebyl zadan server smtp",                                   // sylpheed cs
	"не задан сервер smtp",                                      // sylpheed ru
	"may chủ smtp chưa dược nhập",                               // sylpheed vi
	"не вказано сервер smtp",                                    // sylpheed uk
	"serveur smtp non indique",                                  // sylpheed fr
	"nincs smtp szerver megadva",                                // sylpheed hu
	"streznik smtp ni naveden",                                  // sylpheed sl
	"ο διακομιστής smtp δεν έχει οριστεί",                       // sylpheed el
	"non e stato immesso il server smtp",                        // sylpheed it
	"не е въведен smtp сървър",                                  // sylpheed bg
	"нисте навели смпт служитеља",                               // sylpheed sr
	"servidor smtp nao especificado",                            // sylpheed pt_BR
	"שרת smtp אינו מוזן",                                        // sylpheed he
	"smtp zerbitzaria ez da sartu",                              // sylpheed eu
	"未輸入發送郵件伺服器",                                                // sylpheed zh_TW
	"smtp serverit ei ole sisestatud",                           // sylpheed et
	"smtp server is niet ingevoerd",                             // sylpheed nl
	"没有输入 smtp 服务器",                                             // sylpheed zh_CN
	"neivestas smtp serveris",                                   // sylpheed lt
	"blogas smtp url",                                           // neomutt lt
	"bledny url smtp",                                           // mutt pl, neomutt pl
	"der erforderliche smtp-server ist nicht korrekt definiert", // git-send-email de
	"el servidor smtp no esta definido adecuadamente",           // git-send-email es
	"el servidor smtp requerit no esta correctament definit",    // git-send-email ca
	"gerekli smtp sunucusu duzgunce tanimlanmamis",              // git-send-email tr
	"gecersiz smtp url'si",                                      // mutt tr, neomutt tr
	"il server smtp richiesto non e definito in modo adeguato",  // git-send-email it
	"le serveur smtp necessaire n'est pas defini correctement",  // git-send-email fr
	"l'url d'smtp no es valid",                                  // mutt ca, neomutt ca
	"may phục vụ smtp chưa dược dịnh nghia một cach thich hợp",  // git-send-email vi
	"neplatna smtp url",                                         // neomutt sk
	"neplatne smtp url",                                         // mutt cs, neomutt cs
	"nodvandig smtp-server har inte angivits korrekt",           // git-send-email sv
	"o servidor smtp necessario esta definido incorretamente",   // git-send-email pt_PT
	"ogiltig smtp-url",                                          // mutt sv, neomutt sv
	"okerreko smtp urla",                                        // mutt eu, neomutt eu
	"ongeldig smtp-url",                                         // mutt nl, neomutt nl
	"peladen smtp yang diperlukan tidak dijelaskan dengan baik", // git-send-email id
	"ugyldig smtp-nettadresse",                                  // neomutt nb_NO
	"ugyldig smtp-url",                                          // mutt da, neomutt da
	"ungultige smtp-url",                                        // mutt de, neomutt de
	"url del server smtp non valido",                            // mutt it, neomutt it
	"url smtp incorrecta",                                       // neomutt es
	"url smtp invalide",                                         // mutt fr, neomutt fr
	"url smtp invalida",                                         // neomutt pt_BR
	"url smtp tidak valid",                                      // mutt id, neomutt id
	"viallinen smtp-url",                                        // mutt fi, neomutt fi
	"wymagany serwer smtp nie jest prawidlowo zdefiniowany",     // git-send-email pl
	"ervenytelen smtp url",                                      // neomutt hu
	"μη έγκυρο url smtp",                                        // neomutt el
	"неверный smtp url",                                         // mutt ru, neomutt ru
	"неисправан smtp урл",                                       // neomutt sr
	"неправильний smtp url",                                     // mutt uk, neomutt uk
	"сървърът за smtp не е настроен правилно",                   // git-send-email bg
	"требуемый smtp сервер не был правильно объявлен", // git-send-email ru
	"不正な smtp url",                        // mutt ja, neomutt ja
	"无效的 smtp url",                        // mutt zh_CN
	"无效的 smtp 链接",                         // neomutt zh_CN
	"要求的 smtp 伺服器未被正確定義",                  // git-send-email zh_TW
	"要求的 smtp 服务器未被正确定义",                  // git-send-email zh_CN
	"필요한 smtp 서버를 제대로 지정하지 않았습니다",         // git-send-email ko
	"invalid smtp url",                    // mutt en, neomutt en
	"smtp server is not properly defined", // git-send-email en
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
	// KSMTP's "Insufficient storage space on server. The server said: %1":
	// the server's own storage, as RFC 5321's 452 "insufficient system
	// storage" is, not a mailbox's quota.
	"insufficient storage space on server",                   // ksmtp en
	"مساحة التخزين غير كافية على الخادم",                     // ksmtp ar
	"espai d'emmagatzematge insuficient al servidor",         // ksmtp ca, ksmtp ca@valencia
	"nedostatek mista na serveru",                            // ksmtp cs
	"unzureichender speicherplatz auf dem server",            // ksmtp de
	"insuficiente espacio de almacenamiento en el servidor",  // ksmtp es
	"serveris napib salvestusruumi",                          // ksmtp et
	"zerbitzarian ez dago biltegiratzeko behar den lekua",    // ksmtp eu
	"palvelimen tallennustila ei riita",                      // ksmtp fi
	"espace de stockage insuffisant sur le serveur",          // ksmtp fr
	"espazo de almacenamento insuficiente no servidor",       // ksmtp gl
	"सर्वर में अपर्याप्त जगह",                                // ksmtp hi
	"spatio de immagazinage insufficiente sur le servitor",   // ksmtp ia
	"spazio di archiviazione insufficiente sul server",       // ksmtp it
	"სერვერზე საცავის არასაკმარისი ზომა",                     // ksmtp ka
	"서버에 저장 공간이 부족합니다",                                       // ksmtp ko
	"onvoldoende opslagruimte op server",                     // ksmtp nl
	"ikkje nok ledig plass pa tenaren",                       // ksmtp nn
	"niewystarczajaco miejsca do przechowywania na serwerze", // ksmtp pl
	"espaco de armazenamento insuficiente no servidor",       // ksmtp pt, ksmtp pt_BR
	"spatiu de stocare insuficient pe server",                // ksmtp ro
	"недостаточно свободного места на сервере",               // ksmtp ru
	"nedostatocny ulozny priestor na serveri",                // ksmtp sk
	"premalo prostora za shranjevanje na strezniku",          // ksmtp sl
	"otillrackligt lagringsutrymme pa servern",               // ksmtp sv
	"சேவையகத்தில் போதிய சேமிப்பக இடம் இல்லை",                 // ksmtp ta
	"sunucuda yetersiz depolama alani",                       // ksmtp tr
	"недостатньо місця для зберігання даних на сервері",      // ksmtp uk
	"服务器的存储空间不足",                                             // ksmtp zh_CN
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
	// KSMTP's "Mailbox unavailable. The server said: %1" (those Evolution's
	// catalogue has too are evolutionMailboxUnavailableTerms').
	"صندوق البريد غير متوفر",              // ksmtp ar
	"bustia de correu no disponible",      // ksmtp ca, ksmtp ca@valencia
	"buzon de correo no disponible",       // ksmtp es
	"postkast ei ole saadaval",            // ksmtp et
	"postilaatikko ei ole kaytettavissa",  // ksmtp fi
	"caixa de correo non disponibel",      // ksmtp gl
	"मेलपेटी अनुपलब्ध",                    // ksmtp hi
	"cassetta de e-posta non disponibile", // ksmtp ia
	"საფოსტო ყუთი მიუწვდომელია",           // ksmtp ka
	"postboksen er ikkje tilgjengeleg",    // ksmtp nn
	"caixa de e-mail nao disponivel",      // ksmtp pt_BR
	"cutie postala indisponibila",         // ksmtp ro
	"potni nabiralnik na na voljo",        // ksmtp sl
	"brevlada ej tillganglig",             // ksmtp sv
	"அஞ்சல்பெட்டி கிடைக்கவில்லை",          // ksmtp ta
	"posta kutusu kullanilamiyor",         // ksmtp tr
	"немає доступу до поштової скриньки",  // ksmtp uk
}

// mailClientSizeTerms are the programs' words for a message larger than the
// server takes (message_too_large); they join the group "toolarge".
var mailClientSizeTerms = []string{
	"تتخطّى الحجم الأقصى المسموح",                   // ksmtp ar
	"jer prelazi maksimalnu dopustenu velicinu od",  // ksmtp bs
	"s'ha excedit la mida maxima permesa de",        // ksmtp ca, ksmtp ca@valencia
	"sest see uletas maksimaalselt lubatud suurust", // ksmtp et
	"gehienezko neurria gainditzen duelako",         // ksmtp eu
	"koska se ylittaa sallitun enimmaiskoon",        // ksmtp fi
	"यह अधिकतम अनुमत आकार",                          // ksmtp hi
	"mert meghaladja az engedelyezett maximalis",    // ksmtp hu
	"illo excede le grandor maxime permittite de",   // ksmtp ia
	"გადაჭარბების გამო შეტყობინების გაგზავნა შეუძლებელია", // ksmtp ka
	"초과했기 때문에 메시지를 보낼 수 없습니다",                             // ksmtp ko
	"nes jis virsija didziausia leistina dydi",            // ksmtp lt
	"de maximaal aantal toegestane grootte van",           // ksmtp nl
	"da ho er storre enn maksstorleiken pa",               // ksmtp nn
	"bo przekracza ona maksymalny dopuszczalny rozmiar",   // ksmtp pl
	"pretoze presahuje maximalnu povolenu velkost",        // ksmtp sk
	"ker presega najvecjo dovoljeno velikost",             // ksmtp sl
	"не могу да пошаљем поруку зато што премашује највећу дозвољену величину од",   // ksmtp sr, ksmtp sr@ijekavian
	"ne mogu da posaljem poruku zato sto premasuje najvecu dozvoljenu velicinu od", // ksmtp sr@ijekavianlatin, ksmtp sr@latin
	"det overskrider den storsta tillatna storleken",                               // ksmtp sv
	"bayt boyutu gecildi", // ksmtp tr
	"оскільки його розмір перевищує максимальний можливий", // ksmtp uk
	"它超过了最大允许的", // ksmtp zh_CN
}

// mailClientServiceTerms are the programs' words for a server that is not
// available for now (service_unavailable), as its English "Service not
// available" is read; they join the group "unavailable".
var mailClientServiceTerms = []string{
	"خدمة غير متوفرة",               // ksmtp ar
	"el servei no esta disponible",  // ksmtp ca, ksmtp ca@valencia
	"sluzba neni dostupna",          // ksmtp cs
	"dienst nicht verfugbar",        // ksmtp de
	"el servicio no esta diponible", // ksmtp es
	"teenust ei ole saadaval",       // ksmtp et
	"zerbitzua ez dago erabilgarri", // ksmtp eu
	"palvelu ei ole kaytettavissa",  // ksmtp fi
	"service non disponible",        // ksmtp fr
	"servizo non disponibel",        // ksmtp gl
	"सेवा उपलब्ध नहीं",              // ksmtp hi
	"servicio non disponibile",      // ksmtp ia
	"სერვისი ხელმიუწვდომელია",       // ksmtp ka
	"서비스를 사용할 수 없음",                 // ksmtp ko
	"service niet beschikbaar",      // ksmtp nl
	"tenesta ikkje tilgjengeleg",    // ksmtp nn
	"usluga niedostepna",            // ksmtp pl
	"servico nao disponivel",        // ksmtp pt, ksmtp pt_BR
	"serviciul nu e disponibil",     // ksmtp ro
	"сервис недоступен",             // ksmtp ru
	"sluzba nie je k dispozicii",    // ksmtp sk
	"storitev ni na voljo",          // ksmtp sl
	"tjanst ej tillganglig",         // ksmtp sv
	"சேவை கிடைக்கவில்லை",            // ksmtp ta
	"hizmet kullanilamiyor",         // ksmtp tr
	"немає доступу до служби",       // ksmtp uk
	"服务不可用",                         // ksmtp zh_CN
}
