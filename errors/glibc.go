package errors

// Mail programs print the C library's words for a network error after
// their own ("msmtp: cannot connect to smtp.example.com, port 587:
// Verbindungsaufbau abgelehnt"), in their user's language. The terms below
// are the facts of GNU libc 2.36's catalogues as Debian packages them
// (libc-l10n: usr/share/locale/LANG/LC_MESSAGES/libc.mo, the messages that
// internal/cmd/catalogue/messages/glibc.tsv names, read by
// internal/cmd/catalogue): strerror's connection refused, reset, timed out,
// no route, network unreachable or down, software-caused abort, and
// getaddrinfo's name unknown or its lookup failing for now, each whole,
// folded as every term is written; Croatian's "no route to host", whose
// only long part says "to the computer", is left out, and so are "Host is
// down" (its translations say "the computer is not active") and "Broken
// pipe"; one a group has already (msmtp's "Verbindung abgelehnt") is not
// repeated. TestMailClientMessages holds every translation to the kind of
// its English (testdata/mailclients.tsv, the program "glibc").

// glibcNameUnknownTerms translate getaddrinfo's "Name or service not
// known", which the rules read as the recipient's domain not found
// (domain_not_found, a bounce's lookup of it), as they read the English;
// they join the group "hostdown".
var glibcNameUnknownTerms = []string{
	"ta nazwa lub usluga jest nieznana",          // glibc pl
	"не е известно името на услугата",            // glibc bg
	"el nom o servei no es conegut",              // glibc ca
	"nezname jmeno nebo sluzba",                  // glibc cs
	"navn eller tjeneste ukendt",                 // glibc da
	"der name oder der dienst ist nicht bekannt", // glibc de
	"το όνομα ή η υπηρεσία δεν είναι γνωστά",     // glibc el
	"nomo au servo ne konatas",                   // glibc eo
	"nombre o servicio desconocido",              // glibc es
	"nimea tai palvelua ei tunneta",              // glibc fi
	"nom ou service inconnu",                     // glibc fr
	"nome ou servicio desconecido",               // glibc gl
	"ime ili servis nije poznato",                // glibc hr
	"a nev vagy a szolgaltatas nem ismert",       // glibc hu
	"nama atau layanan tidak diketahui",          // glibc id
	"nome o servizio sconosciuto",                // glibc it
	"名前またはサービスが不明です",                             // glibc ja
	"이름 혹은 서비스를 알 수 없습니다",                        // glibc ko
	"pavadinimas arba tarnyba nezinoma",          // glibc lt
	"navn eller tjeneste ukjent",                 // glibc nb
	"naam of dienst is niet bekend",              // glibc nl
	"nome ou servico desconhecidos",              // glibc pt
	"nome ou servico desconhecido",               // glibc pt_BR
	"неизвестное имя или служба",                 // glibc ru
	"nazov alebo sluzba nezname",                 // glibc sk
	"ime ali storitev ni poznana",                // glibc sl
	"није познат назив или сервер",               // glibc sr
	"namn eller tjanst okand",                    // glibc sv
	"isim ya da servis bilinmiyor",               // glibc tr
	"невідома назва чи сервіс",                   // glibc uk
	"khong ro ten hoặc dịch vụ",                  // glibc vi
	"未知的名称或服务",                                   // glibc zh_CN
	"名稱或服務未知",                                    // glibc zh_TW
}

// glibcConnectionTerms translate the errors of a connection that could
// not be made or was lost, or of a server name that did not resolve
// (connection_failed); they join the group "connfail".
var glibcConnectionTerms = []string{
	"network is down", "software caused connection abort", // en
	"едностранно прекъсване на връзката от отсрещната страна",      // glibc bg
	"няма маршрут до компютъра",                                    // glibc bg
	"мрежата е недостъпна",                                         // glibc bg
	"мрежата е изключена",                                          // glibc bg
	"временен неуспех при определянето на име",                     // glibc bg
	"софтуерно предизвикано прекъсване на връзката",                // glibc bg
	"la maquina remota ha reiniciat la connexio",                   // glibc ca
	"no hi ha cap cami cap a l'estacio",                            // glibc ca
	"la xarxa es inabastable",                                      // glibc ca
	"la xarxa no es activa",                                        // glibc ca
	"fallada temporal a la resolucio de noms",                      // glibc ca
	"el programari ha tallat la connexio",                          // glibc ca
	"spojeni zruseno druhou stranou",                               // glibc cs
	"k pocitaci neexistuje cesta",                                  // glibc cs
	"sit neni dostupna",                                            // glibc cs
	"sitovani je mimo provoz",                                      // glibc cs
	"docasna chyba pri vyhodnocovani jmena",                        // glibc cs
	"software zpusobil ukonceni spojeni",                           // glibc cs
	"forbindelsen brudt i den anden ende",                          // glibc da
	"ingen rute til vartsmaskinen",                                 // glibc da
	"netvarket er ikke tilgangeligt",                               // glibc da
	"netvarket er nede",                                            // glibc da
	"midlertidig fejl i navneopslag",                               // glibc da
	"programmet forarsagede forbindelsesafbrud",                    // glibc da
	"die verbindung wurde vom kommunikationspartner zuruckgesetzt", // glibc de
	"keine route zum zielrechner",                                  // glibc de
	"das netzwerk ist nicht erreichbar",                            // glibc de
	"das netzwerk ist nicht aktiv",                                 // glibc de
	"temporarer fehler bei der namensauflosung",                    // glibc de
	"das programm verursachte den abbruch der verbindung",          // glibc de
	"η σύνδεση έκλεισε από το ταίρι",                               // glibc el
	"δεν υπάρχει διαδρομή στο σύστημα",                             // glibc el
	"το δίκτυο δεν είναι προσπελάσιμο",                             // glibc el
	"το δίκτυο δε λειτουργεί",                                      // glibc el
	"προσωρινή αποτυχία κατά την ανάλυση ονόματος",                 // glibc el
	"το λογισμικό προκάλεσε ακύρωση σύνδεσης",                      // glibc el
	"konekto simple malekis",                                       // glibc eo
	"gastiganto ne atingeblas",                                     // glibc eo
	"la reto ne atingeblas",                                        // glibc eo
	"la reto ne funkcias",                                          // glibc eo
	"dumtempa malsukceso ce nom-eltrovo",                           // glibc eo
	"la retkonekto malekis car loka komputilo malfunkciis",         // glibc eo
	"conexion reinicializada por la maquina remota",                // glibc es
	"no existe ninguna ruta hasta el `host'",                       // glibc es
	"la red es inaccesible",                                        // glibc es
	"la red no esta activa",                                        // glibc es
	"fallo temporal en la resolucion del nombre",                   // glibc es
	"el programa provoco el fin de la conexion",                    // glibc es
	"vastapaa sulki yhteyden",                                      // glibc fi
	"reititysta koneeseen ei ole",                                  // glibc fi
	"verkkoa ei tavoiteta",                                         // glibc fi
	"verkko on poissa kaytosta",                                    // glibc fi
	"tilapainen virhe nimenselvityksessa",                          // glibc fi
	"ohjelmisto aiheutti yhteyden katkaisun",                       // glibc fi
	"connexion re-initialisee par le correspondant",                // glibc fr
	"aucun chemin d'acces pour atteindre l'hote cible",             // glibc fr
	"le reseau n'est pas accessible",                               // glibc fr
	"le reseau ne fonctionne pas",                                  // glibc fr
	"echec temporaire dans la resolution du nom",                   // glibc fr
	"le logiciel a provoque l'abandon de la connexion",             // glibc fr
	"conexion reiniciada polo outro estremo",                       // glibc gl
	"non hai unha rota ao servidor",                                // glibc gl
	"non se pode chegar a rede",                                    // glibc gl
	"a rede non funciona",                                          // glibc gl
	"fallo temporal na resolucion de nomes",                        // glibc gl
	"un programa abortou a conexion",                               // glibc gl
	"poveznica je prekinuta od druge strane",                       // glibc hr
	"mreza nije dostupna",                                          // glibc hr
	"mreza je iskljucena -- nije aktivna",                          // glibc hr
	"privremeni neuspjeh u rjesavanju imena",                       // glibc hr
	"softver je uzrok prekida veze",                                // glibc hr
	"a kapcsolatot bontotta a tavoli fel",                          // glibc hu
	"nincs utvonal a gep fele",                                     // glibc hu
	"a halozat elerhetetlen",                                       // glibc hu
	"a halozat nem mukodik",                                        // glibc hu
	"atmeneti nevfeloldasi hiba",                                   // glibc hu
	"a szoftver kapcsolatszakadast okozott",                        // glibc hu
	"koneksi direset oleh peer",                                    // glibc id
	"tidak ada rute ke host",                                       // glibc id
	"jaringan tidak dapat dicapai",                                 // glibc id
	"jaringan sedang turun",                                        // glibc id
	"kegagalan sementara dalam resolusi nama",                      // glibc id
	"perangkat lunak menyebabkan pembatalan koneksi",               // glibc id
	"connessione interrotta dal corrispondente",                    // glibc it
	"nessun instradamento per l'host",                              // glibc it
	"la rete non e raggiungibile",                                  // glibc it
	"la rete non e disponibile",                                    // glibc it
	"errore temporaneo nella risoluzione del nome",                 // glibc it
	"connessione interrotta per un problema software",              // glibc it
	"接続が相手からリセットされました",                                             // glibc ja
	"ホストへの経路がありません",                                                // glibc ja
	"ネットワークに届きません",                                                 // glibc ja
	"ネットワークが落ちています",                                                // glibc ja
	"名前解決に一時的に失敗しました",                                              // glibc ja
	"ソフトウェアが接続を中断しました",                                             // glibc ja
	"상대편이 연결을 끊음",                                                  // glibc ko
	"호스트로 갈 루트가 없음",                                                // glibc ko
	"네트워크가 접근 불가능합니다",                                              // glibc ko
	"네트워크가 죽었습니다",                                                  // glibc ko
	"name resolution에서 일시적인 실패",                                    // glibc ko
	"소프트웨어가 연결 중단을 초래했습니다",                                         // glibc ko
	"prisijungimas nutrauktas kito serverio",                       // glibc lt
	"nera kelio iki serverio",                                      // glibc lt
	"tinklas neprieinamas",                                         // glibc lt
	"tinklas isjungtas",                                            // glibc lt
	"laikinas vardu paieskos sutrikimas",                           // glibc lt
	"prisijungimas nutrauktas programiskai",                        // glibc lt
	"forbindelsen brutt i den andre enden",                         // glibc nb
	"ingen rute til vertsmaskinen",                                 // glibc nb
	"nettverket er ikke tilgjengelig",                              // glibc nb
	"nettverket er nede",                                           // glibc nb
	"midlertidig feil i navneoppslag",                              // glibc nb
	"programvare forarsaket forbindelsesbrudd",                     // glibc nb
	"verbinding is weggevallen",                                    // glibc nl
	"geen route naar host",                                         // glibc nl
	"netwerk is onbereikbaar",                                      // glibc nl
	"netwerk ligt plat",                                            // glibc nl
	"tijdelijk probleem in naamsherleiding",                        // glibc nl
	"verbinding is verbroken door lokaal probleem",                 // glibc nl
	"polaczenie zerwane przez druga strone",                        // glibc pl
	"brak trasy do hosta",                                          // glibc pl
	"siec jest niedostepna",                                        // glibc pl
	"siec jest wylaczona",                                          // glibc pl
	"odwzorowanie nazwy jest chwilowo niemozliwe",                  // glibc pl
	"oprogramowanie spowodowalo przerwanie polaczenia",             // glibc pl
	"ligacao reposta pelo peer",                                    // glibc pt
	"sem caminho para o anfitriao",                                 // glibc pt
	"rede inacessivel",                                             // glibc pt
	"a rede esta em baixo",                                         // glibc pt
	"falha temporaria na resolucao de nome",                        // glibc pt
	"o programa abortou a ligacao",                                 // glibc pt
	"conexao fechada pela outra ponta",                             // glibc pt_BR
	"nao ha rota para o host",                                      // glibc pt_BR
	"a rede esta fora de alcance",                                  // glibc pt_BR
	"a rede nao responde",                                          // glibc pt_BR
	"falha temporario na resolucao de nome",                        // glibc pt_BR
	"termino de conexao causada por software",                      // glibc pt_BR
	"соединение разорвано другой стороной",                         // glibc ru
	"нет маршрута до узла",                                         // glibc ru
	"сеть недоступна",                                              // glibc ru
	"сеть не работает",                                             // glibc ru
	"временный сбой в разрешении имен",                             // glibc ru
	"программа вызвала разрыв соединения",                          // glibc ru
	"spojenie zrusene druhou stranou",                              // glibc sk
	"cesta k pocitacu neexistuje",                                  // glibc sk
	"siet nie je dostupna",                                         // glibc sk
	"siet je nefunkcna",                                            // glibc sk
	"docasna chyba pri rieseni nazvu",                              // glibc sk
	"software sposobil zrusenie spojenia",                          // glibc sk
	"omrezje ni dostopno",                                          // glibc sl
	"omrezje ni dejavno",                                           // glibc sl
	"razresevanje imena zacasno ni uspelo",                         // glibc sl
	"programsko povzrocena prekinitev povezave",                    // glibc sl
	"везу је поново поставио парњак",                               // glibc sr
	"нема путање до рачунара",                                      // glibc sr
	"мрежа је недостижна",                                          // glibc sr
	"мрежа је пала",                                                // glibc sr
	"привремени неуспех одређивања назива",                         // glibc sr
	"софтвер је изазвао прекид везе",                               // glibc sr
	"forbindelse borttagen av partnern",                            // glibc sv
	"ingen vag till vard",                                          // glibc sv
	"natverket kan inte nas",                                       // glibc sv
	"natverket ar nere",                                            // glibc sv
	"namnuppslagning misslyckades temporart",                       // glibc sv
	"programvaran orsakade ett forbindelsebrott",                   // glibc sv
	"baglanti karsidan kesildi",                                    // glibc tr
	"makinaya ag uzerinden yol yok",                                // glibc tr
	"ag erisilebilir durumda degil",                                // glibc tr
	"ag yok oldu",                                                  // glibc tr
	"isim cozunurlugunde gecici basarisizlik",                      // glibc tr
	"yazilim baglantinin kopmasina sebep oldu",                     // glibc tr
	"вузол розірвав з'єднання",                                     // glibc uk
	"немає маршруту до вузла",                                      // glibc uk
	"не вдалося отримати доступ до мережі",                         // glibc uk
	"мережу вимкнено",                                              // glibc uk
	"тимчасова помилка розв'язання назв",                           // glibc uk
	"з'єднання розірвано програмним забезпеченням",                 // glibc uk
	"kết nối bị dặt lại bởi ngang hang",                            // glibc vi
	"khong co dường dẫn dến may",                                   // glibc vi
	"khong thể kết nối mạng",                                       // glibc vi
	"mạng khong hoạt dộng",                                         // glibc vi
	"tạm thời khong thể phan giải ten",                             // glibc vi
	"phần mềm da gay ra kết nối hủy bỏ",                            // glibc vi
	"连接被对方重设",                                                      // glibc zh_CN
	"没有到主机的路由",                                                     // glibc zh_CN
	"网络不可达",                                                        // glibc zh_CN
	"网络已关闭",                                                        // glibc zh_CN
	"域名解析暂时失败",                                                     // glibc zh_CN
	"由软件导致的连接断开",                                                   // glibc zh_CN
	"連線被對方重設",                                                      // glibc zh_TW
	"找不到通往該主機的路由路徑",                                                // glibc zh_TW
	"無法接觸網路",                                                       // glibc zh_TW
	"網路停擺",                                                         // glibc zh_TW
	"解析名稱時發生暫時性錯誤",                                                 // glibc zh_TW
	"軟體造成連線中斷",                                                     // glibc zh_TW
}

// glibcRefusedTerms translate "Connection refused"; they join the groups
// "connfail" and "refusedservice", as the English does: the connection's
// failure, or, beside a code of policy, the server refusing the client.
var glibcRefusedTerms = []string{
	"адмоўлена ў злучэньні",       // glibc be
	"отказано свързване",          // glibc bg
	"s'ha refusat la connexio",    // glibc ca
	"spojeni odmitnuto",           // glibc cs
	"opkobling nagtet",            // glibc da
	"verbindungsaufbau abgelehnt", // glibc de
	"απόρριψη σύνδεσης",           // glibc el
	"konekto rifuzigas",           // glibc eo
	"conexion rehusada",           // glibc es
	"yhteys torjuttu",             // glibc fi
	"conexion rexeitada",          // glibc gl
	"veza odbijena",               // glibc hr
	"kapcsolat elutasitva",        // glibc hu
	"koneksi ditolak",             // glibc id
	"connessione rifiutata",       // glibc it
	"接続を拒否されました",                  // glibc ja
	"연결이 거부됨",                     // glibc ko
	"prisijungimas atmestas",      // glibc lt
	"oppkobling nektes",           // glibc nb
	"verbinding is geweigerd",     // glibc nl
	"polaczenie odrzucone",        // glibc pl
	"ligacao recusada",            // glibc pt
	"в соединении отказано",       // glibc ru
	"spojenie odmietnute",         // glibc sk
	"forbindelsen forvagrad",      // glibc sv
	"baglanti reddedildi",         // glibc tr
	"kết nối bị từ chối",          // glibc vi
	"拒绝连接",                        // glibc zh_CN
	"連線被拒絕",                       // glibc zh_TW
}

// glibcTimeoutTerms translate "Connection timed out" (timeout); they join
// the group "timeout".
var glibcTimeoutTerms = []string{
	"просрочена мрежова операция",                                    // glibc bg
	"la connexio ha expirat",                                         // glibc ca
	"spojeni bylo prilis dlouho neaktivni",                           // glibc cs
	"opkoblingen overskred tidsgransen",                              // glibc da
	"die wartezeit fur die verbindung ist abgelaufen",                // glibc de
	"λήξη σύνδεσης",                                                  // glibc el
	"konekto transpasis limtempon",                                   // glibc eo
	"expiro el tiempo de conexion",                                   // glibc es
	"yhteys aikakatkaistu",                                           // glibc fi
	"connexion terminee par expiration du delai d'attente",           // glibc fr
	"a conexion espirou",                                             // glibc gl
	"veza je prekinuta zbog ogranicenja vremena cekanja nsa odgovor", // glibc hr
	"koneksi kehabisan waktu",                                        // glibc id
	"接続がタイムアウトしました",                                                  // glibc ja
	"연결 시간 초과",                                                       // glibc ko
	"baigesi prisijungimo laukimo laikas",                            // glibc lt
	"oppkoblingen overskred tidsgrensen",                             // glibc nb
	"verbinding is verlopen",                                         // glibc nl
	"przekroczony czas oczekiwania na polaczenie",                    // glibc pl
	"ligacao expirada",                                               // glibc pt
	"tempo esgotado para conexao",                                    // glibc pt_BR
	"время ожидания соединения истекло",                              // glibc ru
	"casovy limit pre spojenie vyprsal",                              // glibc sk
	"истекло је време везе",                                          // glibc sr
	"forbindelsens tidsgrans lopte ut",                               // glibc sv
	"baglantida zaman asimi",                                         // glibc tr
	"перевищено інтервал очікування з'єднання",                       // glibc uk
	"kết nối da qua hạn",                                             // glibc vi
	"连接超时",                                                           // glibc zh_CN
	"連線超過時間",                                                         // glibc zh_TW
}
