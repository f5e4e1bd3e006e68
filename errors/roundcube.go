package errors

// Roundcube, the webmail, prints its own message when it cannot send ("SMTP
// Fehler (535): Die Authentisierung ist fehlgeschlagen."), in its user's
// language, and its users paste it. The terms below are the facts of its
// localisation (Roundcube 1.6.5 as Debian packages it, roundcube-core:
// program/localization/LANG/messages.inc): for the three messages that name
// a cause themselves (no connection, a login that failed, a message over the
// server's size limit), the longest part after the message's "SMTP Error
// ($code):" that neither of the other two holds in that language, folded as
// every term is written (under twelve characters, or four in scripts written
// without spaces, is too short to tell); for the other two, a list of
// recipients it could not parse and an address in Unicode the server does
// not take (in the 41 languages that translate it), the whole part after
// "SMTP Error:". Its
// messages that quote the server's words ("Failed to add recipient "$to"
// ($msg)") leave the cause to those words. Each term joins the group of its
// message's cause, and TestRoundcubeMessages holds every message of the
// localisation that has a term to its kind (a term a group has already is
// not repeated; Faroese's "access denied" for a failed login is left out).

// roundcubeConnectTerms are the terms of smtpconnerror ("Connection to
// server failed", connection_failed); they join the group "connfail".
var roundcubeConnectTerms = []string{
	"تعذر الاتصال بالخادم",                      // ar ar_SA
	"fallu de conexon col sirvidor",             // ast
	"serverlə baglanti alinmadi",                // az_AZ
	"не атрымалася злучыцца з серверам",         // be_BE
	"няма връзка със сървъра",                   // bg_BG
	"c'hwitadenn en ur gennaskan d'an dafariad", // br
	"veza sa serverom nije uspostavljena",       // bs_BA
	"la connexio al servidor ha fallat",         // ca_ES
	"pripojeni k serveru selhalo",               // cs_CZ
	"methwyd cysylltu a'r gweinydd",             // cy_GB
	"forbindelsen til serveren afbrudt",         // da_DK
	"die verbindung ist fehlgeschlagen",         // de_CH de_DE
	"απέτυχε η σύνδεση με τον εξυπηρετητή",      // el_GR
	"connection to server failed",               // en_CA en_GB en_US
	"ha fallado la conexion con el servidor",    // es_419
	"conexion al servidor fallo",                // es_AR
	"ha fallado la conexion al servidor",        // es_ES
	"serveriga uhendumine nurjus",               // et_EE
	"zerbitzariarekiko konexioak huts egin du",  // eu_ES
	"اتصال به سرور ناموفق بود",                  // fa_IR
	"palvelimelle yhdistaminen epaonnistui",     // fi_FI
	"samband til ambatara riggadi ikki",         // fo_FO
	"echec de connexion au serveur",             // fr_FR
	"ferbining mei tsjinner mislearre",          // fy_NL
	"theip ar an nasc leis an bhfreastalai",     // ga_IE
	"fallou a conexion co servidor",             // gl_ES
	"אבד הקשר לשרת",                             // he_IL
	"povezivanje na posluzitelj nije uspjelo",   // hr_HR
	"sikertelen kapcsolodas a szerverhez",       // hu_HU
	"` սերվերի հետ կապը ձախողվեց։",              // hy_AM
	"le connexion al servitor ha fallite",       // ia
	"koneksi ke server gagal",                   // id_ID
	"tenging vid posttjon mistokst",             // is_IS
	"connessione al server non riuscita",        // it_IT
	"サーバーへの接続に失敗しました",                           // ja_JP
	"სერვერთან დაკავშირება ვერ მოხერხდა",                   // ka_GE
	"មិនអាចភ្ជាប់ទៅម៉ាស៊ីនមេ",                              // km_KH
	"서버와의 연결을 실패했습니다",                                      // ko_KR
	"et konnt keng verbindung mam server hirgestallt ginn", // lb_LU
	"nepavyko prisijungti prie serverio",                   // lt_LT
	"neizdevas pieslegties serverim",                       // lv_LV
	"не успеав да се поврзам со серверот",                  // mk_MK
	"सर्व्‍हरशी संपर्क साधता येत नाही",                     // mr_IN
	"klarte ikke koble til server",                         // nb_NO
	"verbinding met server mislukt",                        // nl_BE nl_NL
	"tilkopling til tenar feila",                           // nn_NO
	"nie mozna nawiazac polaczenia z serwerem",             // pl_PL
	"conexao ao servidor falhou",                           // pt_BR
	"a ligacao ao servidor falhou",                         // pt_PT
	"conexiunea cu serverul a esuat",                       // ro_RO
	"сбой соединения с сервером",                           // ru_RU
	"neuspesne pripojenie k serveru",                       // sk_SK
	"povezava s streznikom je spodletela",                  // sl_SI
	"lidhja me sherbyesin deshtoi",                         // sq_AL
	"неуспешно повезивање на сервер",                       // sr_CS
	"anslutning till servern misslyckades",                 // sv_SE
	"சேவையகத்தின் இணைப்பு தோல்வியடைந்தது", // ta_IN
	"sunucu baglantisi kurulamadi",       // tr_TR
	"مۇلازىمېتىرغا ئۇلىنىش مەغلۇپ بولدى", // ug
	"не вдалося з'єднатися з сервером",   // uk_UA
	"serverga ulanish muvaffaqqiyatsiz",  // uz
	"kết nỗi tới may chủ bị lỗi",         // vi_VN
	"连接服务器失败",                            // zh_CN
	"與伺服器連線失敗",                           // zh_TW
}

// roundcubeAuthTerms are the terms of smtpautherror ("Authentication
// failed", auth_failed); they join the group "authfailed".
var roundcubeAuthTerms = []string{
	"تعذر التحقق من هويتك",  // ar ar_SA
	"fallu d'autorizacion",  // ast
	"identifikasiya xətasi", // az_AZ
	"не атрымалася выканаць аўтэнтыфікацыю",  // be_BE
	"грешни потребител/парола",               // bg_BG
	"c'hwitadenn war an naoudi",              // br
	"autentifikacija nije uspjela",           // bs_BA
	"la identificacio ha fallat",             // ca_ES
	"chyba prihlaseni",                       // cs_CZ
	"methwyd dilysu'r cyfrif",                // cy_GB
	"autenticering fejlede",                  // da_DK
	"die authentisierung ist fehlgeschlagen", // de_CH de_DE
	"σφάλμα ταυτοποίησης",                    // el_GR
	"error de autenticacion",                 // es_419
	"fallo la autentificacion",               // es_AR
	"ha fallado la autenticacion",            // es_ES
	"autentimine nurjus",                     // et_EE
	"egiaztapenak huts egin du",              // eu_ES
	"تصدیق هویت ناموفق بود",                  // fa_IR
	"tunnistus epaonnistui",                  // fi_FI
	"echec d'authentification",               // fr_FR
	"ferifikaasje mislearre",                 // fy_NL
	"theip ar an bhfiordheimhniu",            // ga_IE
	"fallou a autenticacion",                 // gl_ES
	"ההזדהות נכשלה",                          // he_IL
	"autentikacija nije uspjela",             // hr_HR
	"sikertelen bejelentkezes",               // hu_HU
	"` նույնականացումը ձախողվեց։",            // hy_AM
	"authentication fallite",                 // ia
	"otentifikasi gagal",                     // id_ID
	"audkenning mistokst",                    // is_IS
	"認証に失敗しました",                              // ja_JP
	"ავტორიზაციის შეცდომა",                   // ka_GE
	"ព័ត៌មានគនីយមិនត្រឹមត្រូវ",          // km_KH
	"인증을 실패했습니다",                        // ko_KR
	"authentifizeierung feelgeschloen",  // lb_LU
	"nepavyko autentikuotis",            // lt_LT
	"neizdevas autorizeties",            // lv_LV
	"не успееа потврдувањето",           // mk_MK
	"ओळख पटवता येत नाही",                // mr_IN
	"palogging feilet",                  // nb_NO
	"authenticatie mislukt",             // nl_BE nl_NL
	"autentisering feila",               // nn_NO
	"uwierzytelnianie nie powiodlo sie", // pl_PL
	"autentificare esuata",              // ro_RO
	"neuspesna autentifikacia",          // sk_SK
	"avtentikacija je spodletela",       // sl_SI
	"mirefilltesimi deshtoi",            // sq_AL
	"неуспешна аутентификација",         // sr_CS
	"inloggningen misslyckades",         // sv_SE
	"நம்பகத்தன்மை தோல்வியடைந்தது", // ta_IN
	"kimlik dogrulanamadi", // tr_TR
	"كىملىكىنى دەلىللەش مەغلۇپ بولدى",                // ug
	"невдала спроба автентифікації",                  // uk_UA
	"autentifikatsiya muvaffaqqiyatsiz amalga oshdi", // uz
	"xac thực thất bại",                              // vi_VN
	"身份核對失敗",                                         // zh_TW
}

// roundcubeSizeTerms are the terms of smtpsizeerror ("Message size exceeds
// server limit", message_too_large); they join the group "toolarge".
var roundcubeSizeTerms = []string{
	"حجم الرسالة يتجاوز حد الخادم",                                              // ar_SA
	"памер ліста перавышае ліміт сервера",                                       // be_BE
	"размерът на писмото надвишава ограничението на сървъра",                    // bg_BG
	"la mida del missatge supera el limit del servidor",                         // ca_ES
	"zprava prekrocila limit serveru",                                           // cs_CZ
	"mae maint y neges yn fwy na cyfyngiad y gweinydd",                          // cy_GB
	"beskedens storrelse overskrider serverenes granse",                         // da_DK
	"nachrichtengrosse ubersteigt die servergrenze",                             // de_CH de_DE
	"το μέγεθος του μηνύματος υπερβαίνει το όριο του διακομιστή",                // el_GR
	"message size exceeds server limit",                                         // en_GB en_US
	"el mensaje excede el limite del servidor",                                  // es_AR
	"el tamano de mensaje excede el limite del servidor",                        // es_ES
	"kirja suurus uletab serveri limiiti",                                       // et_EE
	"mezuak zerbitzariak ezarritako muga",                                       // eu_ES
	"viestin koko ylittaa palvleimen rajoituksen",                               // fi_FI
	"la taille du message depasse la limite du serveur",                         // fr_FR
	"גודל ההודעה עולה על הגודל המותר בשרת limit",                                // he_IL
	"velicina poruke prekoracila je ogranicenje posluzitelja",                   // hr_HR
	"az uzenet merete elerte a kiszalgalo altal engedelyzett maximalis meretet", // hu_HU
	"le grandor del message excede le limite del servitor",                      // ia
	"ukuran pesan melampaui batas server",                                       // id_ID
	"stard skilaboda yfir takmorkum veftjons",                                   // is_IS
	"la dimensione del messaggio supera il limite del server",                   // it_IT
	"メッセージの大きさがサーバーの制限",                                                         // ja_JP
	"메시지 크기가 서버 제한을",                                                            // ko_KR
	"laisko dydis virsija serverio nustatyta riba",                              // lt_LT
	"vestules izmers parsniedz serveri noteikto limitu",                         // lv_LV
	"meldingsstorrelse overskreder servererens grense",                          // nb_NO
	"berichtgrootte overschrijdt de serverlimit",                                // nl_NL
	"rozmiar wiadomosci przekracza limit",                                       // pl_PL
	"tamanho da mensagem excede o limite do servidor",                           // pt_BR
	"o tamanho da mensagem excede o limite do servidor",                         // pt_PT
	"размер сообщения превышает ограничения сервера",                            // ru_RU
	"velkost spravy presahuje limit servera",                                    // sk_SK
	"madhesia e mesazhit e tejkalon kufirin e sherbyesit",                       // sq_AL
	"порука прекорачује ограничење величине",                                    // sr_CS
	"meddelandet ar for stort",                                                  // sv_SE
	"ileti boyutu sunucu sinirlamasini asiyor",                                  // tr_TR
	"خەتنىڭ چوڭلۇقى مۇلازىمېتىر چېكىدىن",                                        // ug
	"消息长度超过服务器能接受的长度",                                                           // zh_CN
	"郵件大小超過伺服器限制",                                                               // zh_TW
}

// roundcubeParseTerms are the terms of smtprecipientserror ("Unable to
// parse recipients list", syntax_error): Roundcube could not read the
// addresses it was given, the whole part after "SMTP Error:"; they join the
// group "syntax".
var roundcubeParseTerms = []string{
	"تعذرت قراءة قائمة المرسل إليهم",                        // ar ar_SA
	"nun pue amosase la llista de destinatarios",            // ast
	"qəbul edənlərin siyahisini emal etmək mumkun deyil",    // az_AZ
	"не атрымалася прачытаць спіс атрымальнікаў",            // be_BE
	"не може да бъде обработен списъка с получатели",        // bg_BG
	"n'haller ket dezrannan roll an degemererien",           // br
	"nije moguce procitati listu primaoca",                  // bs_BA
	"no s'ha pogut analitzar la llista de destinataris",     // ca_ES
	"nelze zpracovat seznam prijemcu",                       // cs_CZ
	"nid oedd yn bosib darllen y rhestr o dderbynnwyr",      // cy_GB
	"kan ikke fortolke listen af modtagere",                 // da_DK
	"die empfangerliste konnte nicht verarbeitet werden",    // de_CH de_DE
	"αδύνατο να προσπελαστεί η λίστα παραληπτών",            // el_GR
	"unable to parse recipients list",                       // en_CA en_GB en_US
	"no es posible obtener la lista de destinatarios",       // es_419
	"no se pudo leer la lista de destinatarios",             // es_AR
	"no es posible analizar la lista de destinatarios",      // es_ES
	"saajate nimekirja parsimine nurjus",                    // et_EE
	"ezin da hartzaileen zerrenda analizatu",                // eu_ES
	"ناتوان در تجزیه فهرست گیرنده‌ها",                       // fa_IR
	"ei voida jasentaa vastaanottajien listaa",              // fi_FI
	"til bar ikki at greina mottakara listan",               // fo_FO
	"impossible d'analyser la liste des destinataires",      // fr_FR
	"koe untfangers lyst net ferwurkje",                     // fy_NL
	"non se pode analizar a lista de persoas destinatarias", // gl_ES
	"לא ניתן לפענח רשימת נמענים",                            // he_IL
	"nije moguce procitati listu primatelja",                // hr_HR
	"a cimzettlista feldolgozasa sikertelen",                // hu_HU
	"smtp սխալ` ստացողների ցուցակի ընթերցման ձախողում։",     // hy_AM
	"impossibile interpretar le lista de destinatarios",     // ia
	"tidak dapat menguraikan daftar penerima",               // id_ID
	"mistokst ad tatta lista yfir vidtakendur",              // is_IS
	"impossibile processare la lista dei destinatari",       // it_IT
	"宛先の一覧を解析できません",                                         // ja_JP
	"მიმღებთა ჩამონათვალის დამუშავება ვერ მოხერხდა",                 // ka_GE
	"មិនអាចបំលែងបញ្ជីអ្នកទទួល",                                      // km_KH
	"수신자 목록을 구문 분석할 수 없습니다",                                         // ko_KR
	"d'empfanger-lescht kann net verschafft ginn",                   // lb_LU
	"nepavyko apdoroti gaveju saraso",                               // lt_LT
	"nav iespejams aptradat sanemeju sarakstu",                      // lv_LV
	"не успеав да ја испарсирам листата на примачи",                 // mk_MK
	"प्राप्‍तकर्त्‍यांची यादी चालू करता आली नाही",                   // mr_IN
	"kunne ikke lese mottakerliste",                                 // nb_NO
	"kon lijst van ontvangers niet verwerken",                       // nl_BE
	"lijst met ontvangers kan niet verwerkt worden",                 // nl_NL
	"klarte ikkje tolka mottakarlista",                              // nn_NO
	"parsowanie listy odbiorcow nie powiodlo sie",                   // pl_PL
	"nao e possivel processar a lista destinatarios",                // pt_BR
	"impossivel analisar a lista de destinatarios",                  // pt_PT
	"nu s-a putut procesa lista cu destinatari",                     // ro_RO
	"невозможно обработать список получателей",                      // ru_RU
	"nemozno spracovat zoznam prijemcov",                            // sk_SK
	"seznama prejemnikov ni bilo mogoce razcleniti",                 // sl_SI
	"s'arrihet te pertypet lista e marresve",                        // sq_AL
	"није могуће рашчланити листу прималаца",                        // sr_CS
	"felaktigt formaterad lista med mottagaradresser",               // sv_SE
	"பெறுனர் பட்டியலை பிரிக்க முடியவில்லை",                          // ta_IN
	"alici listesi ayristirilamadi",                                 // tr_TR
	"تاپشۇرۋالغۇچىلار تىزىملىكىنى يىشىەلمىدى",                       // ug
	"не вдалося обробити список отримувачів",                        // uk_UA
	"qabul qiluvchilar ro'yxatini qayta ishlash amalga oshirilmadi", // uz
	"khong thể phan loại danh sach người nhận",                      // vi_VN
	"无法解析收件人列表",                                                     // zh_CN
	"無法解讀收件者清單",                                                     // zh_TW
}

// roundcubeUnicodeTerms are the terms of smtputf8error ("Server does not
// support Unicode in email address", syntax_error): an address with
// characters beyond ASCII, which the server takes only with SMTPUTF8 and
// did not offer, the whole part after "SMTP Error:"; they join the group
// "syntax", as the servers' own words for it ("553 5.6.7 SMTPUTF8 is
// required for non-ASCII recipients") do.
var roundcubeUnicodeTerms = []string{
	"لا يدعم الخادم unicode في عنوان البريد الإلكتروني",                    // ar_SA
	"сервер не падтрымлівае юнікод у адрасах электроннай пошты",            // be_BE
	"сървърът не поддържа unicode в имейл адреса",                          // bg_BG
	"el servidor no admet caracters unicode a l'adreca de correu",          // ca_ES
	"unicode v e-mailove adrese neni podporovan na serveru",                // cs_CZ
	"nid yw'r gweinydd yn cefnogi unicode mewn cyfeiriadau ebost",          // cy_GB
	"der server unterstutzt keine unicode-zeichen in e-mail-adressen",      // de_CH
	"der server unterstutzt unicode in der e-mail-adresse nicht",           // de_DE
	"ο διακομιστής δεν υποστηρίζει unicode σε διευθύνσεις email",           // el_GR
	"server does not support unicode in email address",                     // en_GB en_US
	"el servidor no soporta unicode en las direcciones de correo",          // es_AR
	"el servidor no soporta unicode en la direccion de correo electronico", // es_ES
	"server ei toeta unicode'i e-posti aadressi",                           // et_EE
	"zerbitzariak ez du unicode onartzen posta-helbidean",                  // eu_ES
	"palvelin ei tue unicodea sahkopostiosoitteessa",                       // fi_FI
	"le serveur ne prend pas en charge unicode dans l'adresse courriel",    // fr_FR
	"שרת הדואר לא תומך כתובת דואר אלקטרוני מקודדת ביוניקוד",                // he_IL
	"posluzitelj ne omogucava unicode u adresama e-poste",                  // hr_HR
	"a kiszolgalo nem tamogatja a unicode karaktereket az email cimben",    // hu_HU
	"server tidak mendukung unicode dalam alamat surel",                    // id_ID
	"veftjonn stydur ekki unicode i tolvupostfongum",                       // is_IS
	"il server non supporta i caratteri unicode nell'indirizzo email",      // it_IT
	"サーバーは電子メールアドレスにunicodeをサポートしていません",                                    // ja_JP
	"서버가 유니코드 이메일 주소를 지원하지 않습니다",                                           // ko_KR
	"serveris nepalaiko unikodo el. pasto adrese",                          // lt_LT
	"serveris neatbalsta unikodu epasta adrese",                            // lv_LV
	"serveren stotter ikke unicode i epostadressen",                        // nb_NO
	"server ondersteunt geen unicode in het e-mailadres",                   // nl_NL
	"serwer nie obsluguje znakow unicode w adresach email",                 // pl_PL
	"servidor nao suporta unicode em endereco de email",                    // pt_BR
	"o servidor nao suporta unicode nos enderecos de email",                // pt_PT
	"сервер не поддерживает unicode в адресе электронной почты",            // ru_RU
	"server nepodporuje unicode v e-mailovej adrese",                       // sk_SK
	"sherbyesi nuk mbulon kodim unikod ne adresa email",                    // sq_AL
	"сервер не подржава уникод у адресама е-поште",                         // sr_CS
	"servern klarar inte mailadresser med unicode",                         // sv_SE
	"sunucu e-posta adreslerinde unikod karakterleri desteklemiyor",        // tr_TR
	"مۇلازىمېتىر ئېلىخەت ئادىرسىدا ئۇنىكودنى قوللىمايدۇ",                   // ug
	"服务器不支持带 unicode 字符的邮件地址",                                              // zh_CN
	"伺服器不支援電郵位址有 unicode",                                                  // zh_TW
}

// roundcubeWaitTerms are the terms of senttooquickly ("Please wait $sec
// sec(s). before sending this message", rate_limited): Roundcube's own
// limit on how often one user sends (its sendmail_delay). The term is the
// part after the seconds, which names them, or, where that is too short to
// tell, the part before, or the whole message where the catalogue's
// placeholder is broken or missing (Kurdish's, Pashto's, Uyghur's,
// Vietnamese's). Left out: French's and Brazilian Portuguese's
// (after the seconds, a unit's letter and words any message may hold:
// "s avant d'envoyer ce courriel"), and ten whose clause either side of
// the seconds says only "wait N seconds" or "before sending this
// message", which a review found in a server busy, an account awaiting
// approval, a message to make smaller (Chinese, Turkish, Persian's two,
// Uzbek, Korean, Japanese, Marathi, Bengali, Malayalam). They join the
// group "volume".
var roundcubeWaitTerms = []string{
	"ثوان قبل إرسال هذه الرسالة",                                                // ar ar_SA
	"segundu/os enantes d'unviar esti mensaxe",                                  // ast
	"saniyə gozləmək gərəkir",                                                   // az_AZ
	"секунд(ы) перад адпраўленнем гэтага ліста",                                 // be_BE
	"секунди преди да изпратите писмото",                                        // bg_BG
	"eilenn a-raok kas ar gemennadenn-man",                                      // br
	"sekundi prije slanja ove poruke",                                           // bs_BA
	"segon(s) abans d'enviar aquest missatge",                                   // ca_ES
	"sekund pred odeslanim zpravy",                                              // cs_CZ
	"eiliad cyn danfon y neges",                                                 // cy_GB
	"sekunder for du sender denne besked",                                       // da_DK
	"sekunde(n) vor dem senden dieser nachricht",                                // de_CH de_DE
	"δευτερόλεπτα πριν στείλετε το μήνυμα",                                      // el_GR
	"sec(s). before sending this message",                                       // en_CA en_GB en_US
	"seg(s). antes de enviar este mensaje",                                      // es_419
	"segundo(s) antes de enviar este mensaje",                                   // es_AR es_ES
	"palun oota enne selle kirja saatmist",                                      // et_EE
	"segundo mezua bidali aurretik, mesedez",                                    // eu_ES
	"sekunti(a) ennen viestin lahettamista",                                     // fi_FI
	"sekund(ir) adrenn tu sendur hetta bod",                                     // fo_FO
	"sekonde(n) foar it ferstjoeren fan dit berjocht",                           // fy_NL
	"soic(indi) sula sheolann tu an teachtaireacht seo",                         // ga_IE
	"segundos antes de enviar esta mensaxe",                                     // gl_ES
	"שניות לפני מסירת הודעה זו",                                                 // he_IL
	"sek. prije slanja ove poruke",                                              // hr_HR
	"masodpercet az uzenet elkuldese elott",                                     // hu_HU
	"վարկյան մինչ այս նամակն ուղարկելը",                                         // hy_AM
	"secunda(s) ante inviar iste message",                                       // ia
	"detik sebelum mengirim pesan ini",                                          // id_ID
	"sekundu(r) adur en tessi skilabod eru send",                                // is_IS
	"secondi prima di inviare questo messaggio",                                 // it_IT
	"წამი. სანამ იგზავნება შეტყობინება",                                         // ka_GE
	"វិនាទីមុននឹងផ្ញើសំបុត្រនេះ",                                                // km_KH
	"ಸೆಕೆಂಡು (ಗಳು) ನಿರೀಕ್ಷಿಸಿ",                                                 // kn_IN
	"ji kerema xwe, bo $ saniyek saniye(yan) bisekine beriya sandina ve peyame", // ku
	"sekonn(en) bevir s du de message verschecks",                               // lb_LU
	"sek., kad galetumete issiusti laiska",                                      // lt_LT
	"sekundi(-es) pirms sutiet so vestuli",                                      // lv_LV
	"секунда/и пред да го испратите писмото",                                    // mk_MK
	"sekund(er) for du sender denne meldingen",                                  // nb_NO
	"second(en) wachten om het bericht te versturen",                            // nl_BE
	"seconde(n) voordat u dit bericht verstuurt",                                // nl_NL
	"sekund for a senda meldinga",                                               // nn_NO
	"sek. aby moc wyslac ta wiadomosc",                                          // pl_PL
	"مهرباني وکړئ $صبر وکړئ د دې استوزې له لېږلو مخکې",                          // ps
	"segundos antes de enviar esta mensagem",                                    // pt_PT
	"sec. inainte de a trimite acest mesaj",                                     // ro_RO
	"сек. для отправки сообщения",                                               // ru_RU
	"කරුණාකර මෙම පණිවිඩය යැවීමට පෙර තත්පර",                                      // si_LK
	"sekund pred odoslanim tejto spravy",                                        // sk_SK
	"sekund in nato znova poskusite s posiljanjem sporocila",                    // sl_SI
	"sekonde(a) perpara se te dergohet ky mesazh",                               // sq_AL
	"сек. пре слања ове поруке",                                                 // sr_CS
	"sekunder med att skicka meddelandet",                                       // sv_SE
	"வினாடி(கள்) காத்திருக்கவும்",                                               // ta_IN
	"بۇ خەتنى ئەۋەتىشتىن بۇرۇن sec$ سىكونت(لار) ساقلاڭ",                         // ug
	"секунд для відправки листа",                                                // uk_UA
	"xin dợi vai giay trước khi gửi thư nay",                                    // vi_VN
	"你寄出的郵件太過於頻繁，請稍候",                                                           // zh_TW
}
