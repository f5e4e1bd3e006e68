package errors

// Programs built on GnuTLS (msmtp, mutt, Exim, Claws Mail) print its error
// strings after their own when TLS fails ("TLS handshake failed: The TLS
// connection was non-properly terminated."), in their user's language. The
// terms below are the facts of GnuTLS 3.7.9's catalogues as Debian packages
// them (libgnutls30: usr/share/locale/LANG/LC_MESSAGES/gnutls30.mo, the
// messages internal/cmd/catalogue/messages/gnutls.tsv names, read by
// internal/cmd/catalogue), each whole, folded as every term is written
// (two Czech ones keep the catalogue's no-break space, as folding does),
// and the English, most of which only the word model had read. Left out:
// "Handshake failed", in every language, which SSH's and gRPC's libraries
// say of their own handshakes too ("ssh: handshake failed: …", "transport:
// authentication handshake failed: …"). One a group has already is not
// repeated. TestMailClientMessages holds every line a term reads to its
// kind (testdata/mailclients.tsv, the program "gnutls").

// gnutlsTLSTerms are its TLS failures: a fatal alert received, an
// unexpected packet, a connection not properly terminated, no cipher suite
// in common, a packet of an unsupported version, an error in the
// certificate or its verification; they join the group "tlsfailed".
var gnutlsTLSTerms = []string{
	"a tls fatal alert has been received",                                         // gnutls en
	"an unexpected tls packet was received",                                       // gnutls en
	"an unexpected tls handshake packet was received",                             // gnutls en
	"the tls connection was non-properly terminated",                              // gnutls en
	"error decoding the received tls packet",                                      // gnutls en
	"could not negotiate a supported cipher suite",                                // gnutls en
	"no supported cipher suites have been found",                                  // gnutls en
	"a packet with illegal or unsupported version was received",                   // gnutls en
	"error in the certificate verification",                                       // gnutls en
	"error in the certificate",                                                    // gnutls en
	"bylo prijato neprekonatelne upozorneni tls",                                  // gnutls cs
	"byl prijat neocekavany tls packet",                                           // gnutls cs
	"byl prijat neocekavany packet zahajujici tls",                                // gnutls cs
	"spojeni tls nebylo radne ukonceno",                                           // gnutls cs
	"chyba pri dekodovani prijateho packetu tls",                                  // gnutls cs
	"nezdarilo se vyjednat seznam podporovanych sifer",                            // gnutls cs
	"zadne podporovane rezimy sifer nebyly nalezeny",                              // gnutls cs
	"byl prijat packet s neplatnou nebo nepodporovanou verzi",                     // gnutls cs
	"chyba v certifikatu",                                                         // gnutls cs
	"ein fataler tls-alarm wurde empfangen",                                       // gnutls de
	"ein unerwartetes tls-paket wurde empfangen",                                  // gnutls de
	"ein unerwartetes tls-handshake-paket wurde empfangen",                        // gnutls de
	"die tls-verbindung wurde nicht sauber beendet",                               // gnutls de
	"fehler beim dekodieren des empfangenen tls-pakets",                           // gnutls de
	"konnte keine unterstutzte code-suite aushandeln",                             // gnutls de
	"keine unterstutzten code-suites wurden gefunden",                             // gnutls de
	"ein paket mit unzulassiger oder nicht unterstutzter version wurde empfangen", // gnutls de
	"fehler in der verifizierung des zertifikats",                                 // gnutls de
	"fehler im zertifikat",                                                        // gnutls de
	"gravega atentigo tls estas ricevita",                                         // gnutls eo
	"neatendita paketo tls estis ricevata",                                        // gnutls eo
	"neatendita tls-kvitanca paketo estis ricevata",                               // gnutls eo
	"la tls-konekto estis finigita neguste",                                       // gnutls eo
	"eraro dum dekodigo de ricevita tls-paketo",                                   // gnutls eo
	"ne eblis negoci subtenatan cifran algoritmaron",                              // gnutls eo
	"neniu subtenata cifra algoritmaro estas trovita",                             // gnutls eo
	"paketo kun malpermesata au ne subtenata versio estis ricevata",               // gnutls eo
	"eraro en la kontrolo de atestilo",                                            // gnutls eo
	"eraro en atestilo",                                                           // gnutls eo
	"se recibio una alerta fatal de tls",                                          // gnutls es
	"se recibio un paquete tls inesperado",                                        // gnutls es
	"se recibio un paquete de negociacion tls inesperado",                         // gnutls es
	"la conexion tls no se finalizo apropiadamente",                               // gnutls es
	"error al decodificar el paquete tls recibido",                                // gnutls es
	"no se puede negociar un conjunto de cifradores admitidos",                    // gnutls es
	"no se encontro ningun conjunto de cifrado compatible",                        // gnutls es
	"se recibio un paquete con una version ilegal o sin soporte",                  // gnutls es
	"error en la verificacion del certificado",                                    // gnutls es
	"error en el certificado",                                                     // gnutls es
	"vastaanotettiin kohtalokas tls-halytys",                                      // gnutls fi
	"vastaanotettiin odottamaton tls-paketti",                                     // gnutls fi
	"vastaanotettiin odottamaton tls-kattelypaketti",                              // gnutls fi
	"tls-yhteys ei ollut paatetty oikein",                                         // gnutls fi
	"tuetusta salakirjoitusmenetelmasta neuvottelu epaonnistui",                   // gnutls fi
	"ei ole loytynyt yhtaan tuettua salakirjoitusmenetelmaa",                      // gnutls fi
	"virhe varmenteessa",                                                          // gnutls fi
	"une alerte tls fatale a ete recue",                                           // gnutls fr
	"un paquet tls incorrect a ete recu",                                          // gnutls fr
	"un paquet de negociation tls incorrect a ete recu",                           // gnutls fr
	"la connexion tls n'a pas ete terminee correctement",                          // gnutls fr
	"erreur de decodage du paquet tls recu",                                       // gnutls fr
	"impossible de negocier une methode de chiffrement",                           // gnutls fr
	"aucune methode de chiffrement n'a ete trouvee",                               // gnutls fr
	"un paquet contenant un numero de version illegal ou inconnu a ete recu",      // gnutls fr
	"erreur dans le certificat",                                                   // gnutls fr
	"e stato ricevuto un segnale di allarme critico tls",                          // gnutls it
	"e stato ricevuto un pacchetto tls inatteso",                                  // gnutls it
	"e stato ricevuto un pacchetto di handshake tls inatteso",                     // gnutls it
	"la connessione tls non e stata terminata in modo corretto",                   // gnutls it
	"errore nel decodificare il pacchetto tls ricevuto",                           // gnutls it
	"impossibile negoziare una suite supportata di cifrari",                       // gnutls it
	"non e stata trovata alcuna suite di cifratura supportata",                    // gnutls it
	"e stato ricevuto un pacchetto con versione non consentita o non supportata",  // gnutls it
	"errore nel certificato",                                                      // gnutls it
	"მიღებულია tls-ის ფატალური განგაში",                                           // gnutls ka
	"მიღებულია მოულოდნელი tls პაკეტი",                                             // gnutls ka
	"მიღებულია მოულოდნელი tls მიმოცვლის პაკეტი",             // gnutls ka
	"tls შეერთება არასწორად დასრულდა",                       // gnutls ka
	"მიღებული tls პაკეტის გაშიფვრის შეცდომა",                // gnutls ka
	"ჩემთვის ცნობილი შიფრის წყვილებით მიმოცვლა შეუძლებელია", // gnutls ka
	"მხარდაჭერილი დაშიფვრის წყვილები ვერ ვიპოვე",            // gnutls ka
	"მიღებული პაკეტი დაუშვებელი ან დაუშვებელი ვერსიისაა",    // gnutls ka
	"სერტიფიკატის გადამოწმების შეცდომა",                     // gnutls ka
	"სერტიფიკატის შეცდომა",                                  // gnutls ka
	"amaran teruk tls telah diterima",                                    // gnutls ms
	"paket tls tidak dijangka telah diterima",                            // gnutls ms
	"paket handshake tls tidak dijangka telah diterima",                  // gnutls ms
	"tidak dapat merunding sut cipher yang disokong",                     // gnutls ms
	"tiada sut cipher yang disokong dijumpai",                            // gnutls ms
	"ralat dalam sijil",                                                  // gnutls ms
	"er werd een ernstig tls-alarm ontvangen",                            // gnutls nl
	"er werd een onverwacht tls-pakket ontvangen",                        // gnutls nl
	"er werd een onverwacht tls-handshake-pakket ontvangen",              // gnutls nl
	"de tls-verbinding is onjuist afgesloten",                            // gnutls nl
	"kan geen gemeenschappelijke coderingsmethode overeenkomen",          // gnutls nl
	"er is geen ondersteund encryptie-algoritme gevonden",                // gnutls nl
	"fout in het certificaat",                                            // gnutls nl
	"odebrano krytyczny alarm tls",                                       // gnutls pl
	"odebrano nieoczekiwany pakiet tls",                                  // gnutls pl
	"odebrano nieoczekiwany pakiet nawiazania tls",                       // gnutls pl
	"polaczenie tls nie zostalo wlasciwie zakonczone",                    // gnutls pl
	"blad dekodowania odebranego pakietu tls",                            // gnutls pl
	"nie udalo sie wynegocjowac obslugiwanego zestawu certyfikatow",      // gnutls pl
	"nie znaleziono obslugiwanego zestawu certyfikatow",                  // gnutls pl
	"odebrano pakiet rekordu o niedozwolonej lub nieobslugiwanej wersji", // gnutls pl
	"blad w weryfikacji certyfikatu",                                     // gnutls pl
	"blad w certyfikacie",                                                // gnutls pl
	"um alerta fatal de tls foi recebido",                                // gnutls pt_BR
	"um pacote tls inesperado foi recebido",                              // gnutls pt_BR
	"uma negociacao inesperada de pacote tls foi recebido",               // gnutls pt_BR
	"uma conexao tls foi terminada incorretamente",                       // gnutls pt_BR
	"erro ao decodificar o pacote tls recebido",                          // gnutls pt_BR
	"nao foi possivel negociar um conjunto de cifras suportado",          // gnutls pt_BR
	"nenhum conjunto de cifras com suporte foi localizado",               // gnutls pt_BR
	"um pacote com versao ilegal ou sem suporte foi recebido",            // gnutls pt_BR
	"erro na verificar do certificado",                                   // gnutls pt_BR
	"erro no certificado",                                                // gnutls pt_BR
	"a fost primita o alerta fatala tls",                                 // gnutls ro
	"a fost primit un pachet tls neasteptat",                             // gnutls ro
	"a fost primit un pachet de negociere tls neasteptat",                // gnutls ro
	"conexiunea tls a fost incheiata necorespunzator",                    // gnutls ro
	"eroare la decodificarea pachetului tls primit",                      // gnutls ro
	"nu s-a putut negocia o suita de cifrare acceptata",                  // gnutls ro
	"nu au fost gasite suite de cifrare acceptate",                       // gnutls ro
	"s-a primit un pachet cu o versiune ilegala sau neacceptata",         // gnutls ro
	"eroare la verificarea certificatului",                               // gnutls ro
	"eroare in certificat",                                               // gnutls ro
	"кобно тлс упозорење је примљено",                                    // gnutls sr
	"неочекивани тлс пакет је примљен",                                   // gnutls sr
	"неочекивани тлс пакет руковања је примљен",                          // gnutls sr
	"тлс вез није исправно окончана",                                     // gnutls sr
	"грешка декодирања примљеног тлс пакета",                             // gnutls sr
	"не могу да преговарам подржани комплет шифрера",                     // gnutls sr
	"нисам нашао подржане комплете шифрера",                              // gnutls sr
	"пакет са неисправним или неподржаним издањем је примљен",            // gnutls sr
	"грешка у провери уверења",                                           // gnutls sr
	"грешка у уверењу",                                                   // gnutls sr
	"ett odesdigert tls-larm togs emot",                                  // gnutls sv
	"ett ovantat tls-paket togs emot",                                    // gnutls sv
	"ett ovantat tls-handskakningspaket togs emot",                       // gnutls sv
	"tls-anslutningen avslutades inte korrekt",                           // gnutls sv
	"kunde inte forhandla fram en krypteringssvit som stods",             // gnutls sv
	"inga krypteringssviter som stods hittades",                          // gnutls sv
	"fel i certifikatet",                                                 // gnutls sv
	"отримано критичне попередження tls",                                 // gnutls uk
	"було отримано неочікуваний пакет tls",                               // gnutls uk
	"було отримано неочікуваний пакет даних підтвердження з'єднання tls", // gnutls uk
	"з'єднання tls було розірвано неналежним чином",                      // gnutls uk
	"помилка під час декодування отриманого пакета tls",                  // gnutls uk
	"не вдалося узгодити підтримуваний комплекс шифрування",              // gnutls uk
	"не виявлено підтримуваних комплексів програм для шифрування",        // gnutls uk
	"отримано пакет з некоректним або непідтримуваним записом версії",    // gnutls uk
	"помилка під час спроби перевірити сертифікат",                       // gnutls uk
	"помилка у сертифікаті",                                              // gnutls uk
	"nhận dược một cảnh giac nghiem trọng tls",                           // gnutls vi
	"nhận dược một goi tin tls bất thường",                               // gnutls vi
	"nhận dược một goi tin thiết lập quan hệ tls bất thường",             // gnutls vi
	"kết nối tls da khong chấm dứt một cach dung dắn",                    // gnutls vi
	"khong thể thỏa thuận một bộ ứng dụng mật ma dược hỗ trợ",            // gnutls vi
	"khong tim thấy bộ ứng dụng mật ma dược hỗ trợ",                      // gnutls vi
	"gặp lỗi trong chứng nhận",                                           // gnutls vi
	"收到一个 tls 致命错误警告",                                                    // gnutls zh_CN
	"收到一个未预期的 tls 数据包",                                                   // gnutls zh_CN
	"收到未预期的 tls 握手数据包",                                                   // gnutls zh_CN
	"tls 链接非正常地终止了",                                                      // gnutls zh_CN
	"无法协商受支持的密码算法",                                                       // gnutls zh_CN
	"找不到支持的密码机制",                                                         // gnutls zh_CN
	"证书出错",                                                               // gnutls zh_CN
}
