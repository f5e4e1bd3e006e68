package errors

// GNOME's mail programs (Evolution, Geary, Balsa) print the words of GLib's
// TLS backend when a secure connection fails ("Error performing TLS
// handshake: …", "Unacceptable TLS certificate"), in their user's
// language. The terms below are the facts of glib-networking 2.74.0's
// catalogues as Debian packages them (glib-networking-common:
// usr/share/locale/LANG/LC_MESSAGES/glib-networking.mo, the messages that
// internal/cmd/catalogue/messages/glib-networking.tsv names, read by
// internal/cmd/catalogue): for each message, in each language, the longest
// part between its placeholders and sentences, folded as every term is
// written. Of the TLS messages only the parts that name TLS are kept (a
// Greek fragment, "error during the", is left out; Serbian's "тлс" and
// Kannada's "tsl" are the catalogues' spellings, and Uyghur's "unacceptable
// certificate" names the certificate alone). One a group has already is not
// repeated. TestMailClientMessages holds every translation a term reads to
// the kind of its English (testdata/mailclients.tsv, the program
// "glib-networking").

// glibNetworkingTLSTerms translate its TLS failures: a certificate or
// certificate authority it would not accept, a handshake that failed on
// either side, a fatal alert the peer sent, a peer that sent no
// certificate, a server that required one; they join the group
// "tlsfailed".
var glibNetworkingTLSTerms = []string{
	"certificau tls inacceptable",                     // glib-networking an
	"error en realizar a negociacion tls",             // glib-networking an
	"o par d'a connexion tls no ninvio un certificau", // glib-networking an
	"o servidor requiere un certificau tls",           // glib-networking an
	"شهادة tls غير مقبولة",                            // glib-networking ar
	"خطأ في تعارف tls",                                // glib-networking ar
	"يتطلب الخادوم شهادة tls",                         // glib-networking ar
	"অগ্ৰহণযোগ্য tls প্ৰমাণপত্ৰ",                      // glib-networking as
	"tls হেন্ডশেক কৰোতে ত্ৰুটি",                       // glib-networking as
	"tls সংযোগ সমনীয়ায়ে এটা প্ৰমাণপত্ৰ প্ৰেৰণ নকৰিলে",    // glib-networking as
	"চাৰ্ভাৰৰ tls প্ৰমাণপত্ৰৰ প্ৰয়োজন আছিল",              // glib-networking as
	"непрыдатны сертыфікат tls",                          // glib-networking be
	"непрыдатны сертыфікат паўнамоцтваў tls",             // glib-networking be
	"падчас выканання вітання tls адбылася памылка",      // glib-networking be
	"у вузла не атрымалася выканаць вітанне tls",         // glib-networking be
	"вузел адправіў фатальнае апавяшчэнне tls",           // glib-networking be
	"з якім наладжваецца злучэнне tls",                   // glib-networking be
	"сервер запатрабаваў сертыфікат tls",                 // glib-networking be
	"неприемлив сертификат за tls",                       // glib-networking bg
	"неприемлив удостоверител за сертификати за tls",     // glib-networking bg
	"грешка при ръкостискане по tls",                     // glib-networking bg
	"отсрещната страна не осъществи ръкостискане по tls", // glib-networking bg
	"отсрещната страна изпрати фатално съобщение за tls", // glib-networking bg
	"отсрещната страна за tls не върна сертификат",       // glib-networking bg
	"сървърът изисква сертификат за tls",                 // glib-networking bg
	"অগ্রহণযোগ্য tls সার্টিফিকেট",                        // glib-networking bn_IN
	"tls হ্যান্ড-শেক করার সময় ত্রুটি দেখা দিয়েছে",        // glib-networking bn_IN
	"সার্ভারের ক্ষেত্রে tls সার্টিফিকেট আবশ্যক",          // glib-networking bn_IN
	"neprihvatljiv tls certifikat",                                        // glib-networking bs
	"greska u tls usaglasavanju",                                          // glib-networking bs
	"saradnik u tls konekciji nije poslao certifikat",                     // glib-networking bs
	"server zahtijeva tls certifikat",                                     // glib-networking bs
	"no es pot acceptar el certificat tls",                                // glib-networking ca ca@valencia
	"no es pot acceptar l'autoritat del certificat tls",                   // glib-networking ca
	"s'ha produit un error en realitzar l'encaixada tls",                  // glib-networking ca ca@valencia
	"l'altre extrem de la connexio no ha pogut realitzar l'encaixada tls", // glib-networking ca
	"l'altre extrem de la connexio ha enviat una alerta fatal tls",        // glib-networking ca ca@valencia
	"l'altre extrem de la connexio tls no ha enviat cap certificat",       // glib-networking ca ca@valencia
	"el servidor requereix un certificat tls",                             // glib-networking ca ca@valencia
	"neprijatelny certifikat tls",                                         // glib-networking cs
	"neprijatelna certifikacni autorita tls",                              // glib-networking cs
	"chyba pri vyjednavani spojeni tls",                                   // glib-networking cs
	"protejsek selhal pri navazovani spojeni tls",                         // glib-networking cs
	"protejsek zaslal kriticke varovani tls",                              // glib-networking cs
	"protejsek pripojeni tls neposlal certifikat",                         // glib-networking cs
	"server pozaduje certifikat tls",                                      // glib-networking cs
	"uacceptabelt tls-certifikat",                                         // glib-networking da
	"uacceptabel tls-certifikatmyndighed",                                 // glib-networking da
	"fejl under udforsel af tls-forhandling",                              // glib-networking da
	"modpart mislykkedes i at udfore tls-forhandling",                     // glib-networking da
	"peer sendte fatal tls-alarm",                                         // glib-networking da
	"tls-modpart sendte ikke noget certifikat",                            // glib-networking da
	"server kraver et tls-certifikat",                                     // glib-networking da
	"nicht akzeptables tls-zertifikat",                                    // glib-networking de
	"nicht akzeptable tls-zertifizierungsstelle",                          // glib-networking de
	"fehler bei der ausfuhrung des tls-handshake",                         // glib-networking de
	"gegenstelle scheiterte bei ausfuhrung des tls-handshake",             // glib-networking de
	"gegenstelle sendete schwerwiegende tls-warnung",                      // glib-networking de
	"gegenstelle der tls-verbindung gab kein gultiges zertifikat zuruck",  // glib-networking de
	"server benotigt ein tls-zertifikat",                                  // glib-networking de
	"μη αποδεκτό πιστοποιητικό tls",                                       // glib-networking el
	"το ομότιμο έστειλε ειδοποίηση μοιραίου σφάλματος tls",                // glib-networking el
	"η ομότιμη σύνδεση tls δεν έστειλε πιστοποιητικό",                     // glib-networking el
	"ο διακομιστής απαίτησε πιστοποιητικό tls",                            // glib-networking el
	"neakceptebla tls-atestilo",                                           // glib-networking eo
	"eraro dum efektivigi tls-kvitancon",                                  // glib-networking eo
	"servilo bezonas tls-atestilon",                                       // glib-networking eo
	"certificado tls inaceptable",                                         // glib-networking es
	"autoridad del certificado tls inaceptable",                           // glib-networking es
	"error al realizar la negociacion tls",                                // glib-networking es
	"el par fallo al realizar la negociacion tls",                         // glib-networking es
	"el par ha enviado una alerta fatal de tls",                           // glib-networking es
	"el par de la conexion tls no envio un certificado",                   // glib-networking es
	"el servidor requiere un certificado tls",                             // glib-networking es
	"lubamatu tls-sertifikaat",                                            // glib-networking et
	"viga tls-katluse labiviimisel",                                       // glib-networking et
	"tls uhenduse osapool ei tagastanud sertifikaati",                     // glib-networking et
	"server noudis tls-sertifikaati",                                      // glib-networking et
	"onartu gabeko tls ziurtagiria",                                       // glib-networking eu
	"tls ziurtagiri-emaile onartezina",                                    // glib-networking eu
	"errorea tls diosala lantzean",                                        // glib-networking eu
	"parekoak huts egin du tls diosala gauzatzean",                        // glib-networking eu
	"parekoak tls abisu larria bidali du",                                 // glib-networking eu
	"tls konexioaren parekoak ez du ziurtagiria bidali",                   // glib-networking eu
	"zerbitzariak tls ziurtagiria behar du",                               // glib-networking eu
	"گواهینامه tls غیر قابل پذیرش",                                        // glib-networking fa
	"مرجع گواهینامهٔ tls غیر قابل پذیرش",                                  // glib-networking fa
	"خطا در انجام دست دادن tls",                                           // glib-networking fa
	"خطا در هنگام انجام tls handshake",                                    // glib-networking fa
	"جفت در انجام دست دادن tls شکست خورد",                                 // glib-networking fa
	"همتا یک هشدارِ جدی tls ارسال کرد",                                    // glib-networking fa
	"همتا اتصال tls گواهینامه‌ای ارسال نکرد",                              // glib-networking fa
	"کارگزار به گواهینامه tls احتیاج دارد",                                // glib-networking fa
	"tls-varmenne ei ole hyvaksyttava",                                    // glib-networking fi
	"tls-varmenteen myontaja ei ole hyvaksyttava",                         // glib-networking fi
	"virhe suoritettaessa tls-kattelya",                                   // glib-networking fi
	"vastapuoli ei kyennyt suoriutumaan tls-kattelysta",                   // glib-networking fi
	"vertainen lahetti kohtalokkaan tls-halytyksen",                       // glib-networking fi
	"tls-yhteyden vertainen ei lahettanyt varmennetta",                    // glib-networking fi
	"palvelin vaatii tls-varmenteen",                                      // glib-networking fi
	"certificat tls inacceptable",                                         // glib-networking fr oc
	"autorite de certificat tls inacceptable",                             // glib-networking fr
	"erreur lors de la negociation tls",                                   // glib-networking fr
	"la negociation tls avec le serveur pair a echoue",                    // glib-networking fr
	"le pair a envoye une alerte tls fatale",                              // glib-networking fr
	"le pair tls n'a pas envoye de certificat",                            // glib-networking fr
	"le serveur requiert un certificat tls",                               // glib-networking fr
	"certificat tls no acetabil",                                          // glib-networking fur
	"autoritat dal certificat tls no acetabil",                            // glib-networking fur
	"eror tal esegui il handshake tls",                                    // glib-networking fur
	"il par nol e rivat a esegui il handshake tls",                        // glib-networking fur
	"il par al a inviat l'avis tls fatal",                                 // glib-networking fur
	"il par di conession tls nol a inviat un certificat",                  // glib-networking fur
	"il server al domande un certificat tls",                              // glib-networking fur
	"teisteanas tls ris nach gabhar",                                      // glib-networking gd
	"mearachd le crathadh-laimhe tls",                                     // glib-networking gd
	"chuir an t-seise caismeachd tls mharbhtach",                          // glib-networking gd
	"cha do chuir seise a' cheangail tls teisteanas",                      // glib-networking gd
	"dh'iarr am frithealaiche teisteanas tls",                             // glib-networking gd
	"certificado tls inaceptabel",                                         // glib-networking gl
	"certificado de autoridade tls inaceptabel",                           // glib-networking gl
	"produciuse un erro ao realizar a negociacion tls",                    // glib-networking gl
	"o par fallou ao realizar a negociacion tls",                          // glib-networking gl
	"o par enviou unha alerta tls fatal",                                  // glib-networking gl
	"o par da conexion tls non enviou un certificado",                     // glib-networking gl
	"o servidor require un certificado tls",                               // glib-networking gl
	"અસ્વીકાર્ય tls પ્રમાણપત્ર",                                           // glib-networking gu
	"tls handshake ને ચલાવી રહ્યા હોય ત્યારે ભૂલ",                         // glib-networking gu
	"સર્વરને tls પ્રમાણપત્રની જરૂરિયાત છે",                                // glib-networking gu
	"אישור ה־tls אינו מקובל",                                              // glib-networking he
	"רשות האישורים ב־tls אינה מקובלת",                                     // glib-networking he
	"שגיאה בביצוע לחיצת יד מסוג tls",                                      // glib-networking he (two messages that differ only in a mark of direction, which fold drops)
	"העמית נכשל בלחיצת היד מסוג tls",                                      // glib-networking he
	"העמית שלח התראה על tls קטלני",                                        // glib-networking he
	"הצד השני בחיבור ה־tls לא החזיר תעודה",                                // glib-networking he
	"השרת דורש תעודת tls",                                                 // glib-networking he
	"अस्वीकार्य tls प्रमाणपत्र",                                           // glib-networking hi mr
	"tls हैंडशेक करने में त्रुटि",                                         // glib-networking hi
	"tls कनेक्शन सहकर्मी एक प्रमाण पत्र नहीं भेजा", // glib-networking hi
	"सर्वर के लिए tls प्रमाणपत्र चाहिए",            // glib-networking hi
	"neprihvatljiva tls vjerodajnica",                          // glib-networking hr
	"neprihvatljiva punomoc tls vjerodajnice",                  // glib-networking hr
	"greska izvodenja tls rukovanja",                           // glib-networking hr
	"cvor je odbio izvesti tls rukovanje",                      // glib-networking hr
	"kobno slanje tocke tls upozorenje",                        // glib-networking hr
	"tls cvor povezivanja nije poslao vjerodajnicu",            // glib-networking hr
	"posluzitelj zahtijeva tls vjerodajnicu",                   // glib-networking hr
	"elfogadhatatlan tls-tanusitvany",                          // glib-networking hu
	"elfogadhatatlan tls hitelesitesszolgaltato",               // glib-networking hu
	"hiba a tls-kezfogas vegrehajtasakor",                      // glib-networking hu
	"a partner nem tudta vegrehajtani a tls-kezfogast",         // glib-networking hu
	"a partner vegzetes tls riasztast kuldott",                 // glib-networking hu
	"a tls kapcsolat partner nem kuldott tanusitvanyt",         // glib-networking hu
	"a kiszolgalo tls-tanusitvanyt kert",                       // glib-networking hu
	"sertifikat tls tak dapat diterima",                        // glib-networking id
	"otoritas sertifikat tls tak dapat diterima",               // glib-networking id
	"galat melakukan jabat tangan tls",                         // glib-networking id
	"peer gagal melakukan jabat tangan tls",                    // glib-networking id
	"peer mengirim peringatan tls yang fatal",                  // glib-networking id
	"pasangan sambungan tls tak mengembalikan sertifikat",      // glib-networking id
	"server memerlukan sertifikat tls",                         // glib-networking id
	"certificato tls inammissibile",                            // glib-networking it
	"autorita certificato tls inammissibile",                   // glib-networking it
	"errore nell'eseguire l'handshake tls",                     // glib-networking it
	"il nodo non e stato in grado di eseguire l'handshake tls", // glib-networking it
	"il nodo ha inviato un avviso tls fatale",                  // glib-networking it
	"il nodo di connessione tls non ha inviato un certificato", // glib-networking it
	"il server richiede un certificato tls",                    // glib-networking it
	"受け付けられない tls 証明書です",                                       // glib-networking ja
	"受け付けられない tls 認証局です",                                       // glib-networking ja
	"tls ハンドシェイク実行中にエラーが発生しました",                                // glib-networking ja
	"通信相手が tls ハンドシェイクの実行に失敗しました",                              // glib-networking ja
	"tls の通信相手が証明書を送信しませんでした",                                  // glib-networking ja
	"サーバーが tls 証明書を要求しました",                                     // glib-networking ja
	"მიუღებელი tls სერთიფიკატი",                                // glib-networking ka
	"tls სერთიფიკატის მიუღებელი გამომცემელი",                   // glib-networking ka
	"tls შეერთების დაწყების შეცდომა",                           // glib-networking ka
	"პარტნიორს tls შეერთების დაწყებa არ შეუძლია",               // glib-networking ka
	"პარტნიორმა ფატალური tls გაფრთხილება გამოაგზავნა",     // glib-networking ka
	"tls შეერთების პარტნიორმა სერტიფიკატი არ გამოაგზავნა", // glib-networking ka
	"სერვერი tls სერტიფიკატს მოითხოვს",                    // glib-networking ka
	"жарамсыз tls сертификаты",                                // glib-networking kk
	"жарамсыз tls сертификаттау орталығы",                     // glib-networking kk
	"tls байланысты орнату сәлемдемесін орындау қатесі",       // glib-networking kk
	"торап tls байланысты орнату сәлемдемесін орындай алмады", // glib-networking kk
	"торап қатаң tls ескертуін жіберді",                       // glib-networking kk
	"tls байланысының торабы сертификатты жібермеген",         // glib-networking kk
	"сервер tls сертификатын талап етеді",                     // glib-networking kk
	"វិញ្ញាបនបត្ររបស់ tls ដែលមិនអាចទទួលយកបាន",                 // glib-networking km
	"កំហុសក្នុងការប្រតិបត្តិ tls handshake",                   // glib-networking km
	"ម៉ាស៊ីនបម្រើបានទាមទារវិញ្ញាបនបត្ររបស់ tls",               // glib-networking km
	"tls ಪ್ರಮಾಣಪತ್ರವನ್ನು ಒಪ್ಪಿಕೊಳ್ಳಲು ಸಾಧ್ಯವಿಲ್ಲ",             // glib-networking kn
	"tls ಹ್ಯಾಂಡ್‌ಶೇಕ್ ನಿರ್ವಹಿಸುವಾಗ ದೋಷ ಉಂಟಾಗಿದೆ",              // glib-networking kn
	"ಪರಿಚಾರಕಕ್ಕೆ tsl ಪ್ರಮಾಣಪತ್ರದ ಅಗತ್ಯವಿದೆ",                   // glib-networking kn
	"tls 핸드셰이킹을 받아들일 수 없습니다",                                  // glib-networking ko
	"tls 인증 기관을 받아들일 수 없습니다",                                  // glib-networking ko
	"tls 핸드셰이킹에 오류가 발생했습니다",                                   // glib-networking ko
	"상대편이 tls 핸드셰이킹에 실패했습니다",                                  // glib-networking ko
	"상대가 치명적인 tls 알림을 보냈습니다",                                  // glib-networking ko
	"tls 연결 상대가 인증서를 보내지 않았습니다",                               // glib-networking ko
	"서버에 tls 인증서가 필요합니다",                                      // glib-networking ko
	"nepriimtinas tls liudijimas",                             // glib-networking lt
	"nepriimtina tls liudijimo istaiga",                       // glib-networking lt
	"klaida atliekant tls isankstini suderinima",              // glib-networking lt
	"klaida uzmezgant tls rysi",                               // glib-networking lt
	"kita puse neatliko tls rankos paspaudimo",                // glib-networking lt
	"porininkas atsiunte kritini tls perspejima",              // glib-networking lt
	"tls rysio porininkas neatsiunte liudijimo",               // glib-networking lt
	"serveris reikalauja tls liudijimo",                       // glib-networking lt
	"nepienemams tls sertifikats",                             // glib-networking lv
	"nepienemama tls sertifikata autoritate",                  // glib-networking lv
	"veicot tls izaicinajumrokspiedienu",                      // glib-networking lv
	"dalibniekam neizdevas veikt tls izaicinajumrokspiedienu", // glib-networking lv
	"biedrs nosutija fatalu tls bridinajumu",                  // glib-networking lv
	"tls savienojuma dalibnieks neatsutija sertifikatu",       // glib-networking lv
	"serveris pieprasa tls sertifikatu",                       // glib-networking lv
	"സ്വീകരിക്കാന്‍ പറ്റാത tls സാക്ഷ്യപത്രം",          // glib-networking ml
	"tls ഹസ്തദാനം നടപ്പിലാക്കുന്നതില്‍ പിഴവ്",         // glib-networking ml
	"പിയര്‍ ഗുരുതരമായ tls അറിയിപ്പ് അയച്ചു",           // glib-networking ml
	"tls ബന്ധത്തിന്റെ പീയര്‍ സാക്ഷ്യപത്രം അയ്ച്ചില്ല", // glib-networking ml
	"സെര്‍വ്വരിന് tls സാക്ഷ്യപത്രം ആവശ്യമാണ്",         // glib-networking ml
	"tls हँडशेकवेळी त्रुटी आढळली",                     // glib-networking mr
	"सर्व्हरला tls प्रमाणपत्र आवश्यक आहे",             // glib-networking mr
	"sijil tls tidak diterima",                              // glib-networking ms
	"autoriti sijil tls tidak diterima",                     // glib-networking ms
	"ralat membuat jabat tangan tls",                        // glib-networking ms
	"rakan gagal membuat jabat tangan tls",                  // glib-networking ms
	"rakan menghantar amaran tls mati",                      // glib-networking ms
	"rakan sambungan tls tidak menghantar satu sijil",       // glib-networking ms
	"pelayan memerlukan sijil tls",                          // glib-networking ms
	"uakseptabelt tls-sertifikat",                           // glib-networking nb
	"feil under utforing av tls-handtrykk",                  // glib-networking nb
	"sidemann for tls-tilkobling sendte ikke et sertifikat", // glib-networking nb
	"tjener krever tls-sertifikat",                          // glib-networking nb
	"अमान्य tls प्रमाणपत्र",                                 // glib-networking ne
	"अवैध tls प्रमाणपत्र अधिकार",                            // glib-networking ne
	"tls ह्यान्डसेक सम्पादन गर्दा त्रुटि",                   // glib-networking ne
	"tls ह्यान्डशेक गर्दा त्रुटि",                           // glib-networking ne
	"साथीले tls ह्यान्डसेक सम्पादन गर्न असफल भयो", // glib-networking ne
	"साथीले घातक tls चेतावनी पठायो",               // glib-networking ne
	"समान tls जडानले प्रमाणपत्र पठाएनन्",          // glib-networking ne
	"सर्भर tls प्रमाणपत्र आवश्यक",                 // glib-networking ne
	"onacceptabel tls-certificaat",                                           // glib-networking nl
	"onacceptabele tls-certificaatautoriteit",                                // glib-networking nl
	"fout bij uitvoeren van tls-handshake",                                   // glib-networking nl
	"andere kant van de verbinding gaf geen tls-handshake",                   // glib-networking nl
	"andere kant van de verbinding stuurde fatale tls-waarschuwing",          // glib-networking nl
	"tls-verbinding van andere kant stuurde geen certificaat",                // glib-networking nl
	"server vereiste een tls-certificaat",                                    // glib-networking nl
	"autoritat de certificacion tls inacceptabla",                            // glib-networking oc
	"error al moment de la negociacion tls",                                  // glib-networking oc
	"lo par a pas reussit a realizar una negociacion tls",                    // glib-networking oc
	"lo par a enviat una alerta tls fatala",                                  // glib-networking oc
	"lo per tls a pas mandat cap de certificat",                              // glib-networking oc
	"lo servidor requeris un certificat tls",                                 // glib-networking oc
	"ଅଗ୍ରହଣୀୟ tls ପ୍ରମାଣପତ୍ର",                                                // glib-networking or
	"tls ହ୍ୟାଣ୍ଡସେକ କରିବା ସମୟରେ ତ୍ରୁଟି",                                      // glib-networking or
	"ସର୍ଭର tls ପ୍ରମାଣପତ୍ର ଆବଶ୍ୟକ କରିଥାଏ",                                     // glib-networking or
	"ਨਾ-ਮਨਜ਼ੂਰ tls ਸਰਟੀਫਿਕੇਟ",                                                // glib-networking pa
	"tls ਹੈਂਡਸੇਕ ਕਰਨ ਦੌਰਾਨ ਗਲਤੀ",                                             // glib-networking pa
	"tls ਕੁਨੈਕਸ਼ਨ ਪੀਅਰ ਨੇ ਸਰਟੀਫਿਕੇਟ ਵਾਪਸ ਨਹੀਂ ਭੇਜਿਆ",                          // glib-networking pa
	"ਸਰਵਰ ਨੂੰ tls ਸਰਟੀਫਿਕੇਤ ਚਾਹੀਦਾ ਹੈ",                                       // glib-networking pa
	"nieakceptowalny certyfikat tls",                                         // glib-networking pl
	"nieakceptowalny osrodek certyfikacji certyfikatu tls",                   // glib-networking pl
	"blad podczas wykonywania powitania tls",                                 // glib-networking pl
	"wykonanie powitania tls przez partnera sie nie powiodlo",                // glib-networking pl
	"partner wyslal krytyczny alarm tls",                                     // glib-networking pl
	"partner polaczenia tls nie wyslal certyfikatu",                          // glib-networking pl
	"serwer wymaga certyfikatu tls",                                          // glib-networking pl
	"certificado tls inaceitavel",                                            // glib-networking pt pt_BR
	"autoridade de certificacao tls inaceitavel",                             // glib-networking pt pt_BR
	"erro ao estabelecer a ligacao tls",                                      // glib-networking pt
	"destino falhou em estabelecer a comunicacao inicial tls",                // glib-networking pt
	"destino enviou um alerta critico tls",                                   // glib-networking pt
	"o parceiro de ligacao tls nao enviou um certificado",                    // glib-networking pt
	"o servidor requer um certificado tls",                                   // glib-networking pt
	"erro executando negociacao tls",                                         // glib-networking pt_BR
	"erro ao realizar negociacao tls",                                        // glib-networking pt_BR
	"peer falhou ao realizar negociacao tls",                                 // glib-networking pt_BR
	"o peer enviou alerta tls fatal",                                         // glib-networking pt_BR
	"conexao tls nao enviou um certificado",                                  // glib-networking pt_BR
	"o servidor requer certificado tls",                                      // glib-networking pt_BR
	"certificat tls inacceptabil",                                            // glib-networking ro
	"autoritate de certificat tls inacceptabila",                             // glib-networking ro
	"eroare la executarea handshake-ului tls",                                // glib-networking ro
	"celalalt capat al conexiunii nu a reusit sa efectueze handshake-ul tls", // glib-networking ro
	"partenerul a trimis o alerta tls fatala",                                // glib-networking ro
	"partenerul conexiunii tls nu a trimis un certificat",                    // glib-networking ro
	"serverul necesita certificat tls",                                       // glib-networking ro
	"недопустимый сертификат tls",                                            // glib-networking ru
	"неприемлемый центр сертификации tls",                                    // glib-networking ru
	"ошибка выполнения квитирования связи tls",                               // glib-networking ru
	"ошибка при выполнении квитирования tls",                                 // glib-networking ru
	"второй узел не смог осуществить квитирование tls",                       // glib-networking ru
	"узел отправил фатальное предупреждение tls",                             // glib-networking ru
	"с которым производится tls-соединение",                                  // glib-networking ru
	"сервер требует сертификат tls",                                          // glib-networking ru
	"neprijatelny certifikat pre tls",                                        // glib-networking sk
	"neprijatelna autorita certifikatu pre tls",                              // glib-networking sk
	"chyba vzajomneho spoznania s pouzitim tls",                              // glib-networking sk
	"partner zlyhal pri vzajomnom spoznani pomocou tls",                      // glib-networking sk
	"partner odoslal zavaznu vystrahu tls",                                   // glib-networking sk
	"partner neposlal certifikat pre pripojenie tls",                         // glib-networking sk
	"server pozaduje certifikat pre tls",                                     // glib-networking sk
	"nesprejemljivo potrdilo tls",                                            // glib-networking sl
	"nesprejemljiv pooblastitelj potrdila tls",                               // glib-networking sl
	"napaka med izvajanjem izmenjave signalov tls",                           // glib-networking sl
	"solezniku ni uspelo izvesti izmenjave signalov tls",                     // glib-networking sl
	"soleznik vraca usodno opozorilo tls",                                    // glib-networking sl
	"povezani soleznik ni vrnil veljavnega potrdila tls",                     // glib-networking sl
	"streznik zahteva potrdilo tls",                                          // glib-networking sl
	"неприхватљиво тлс уверење",                                              // glib-networking sr
	"неприхватљиво тлс сертификационо тело",                                  // glib-networking sr
	"грешка у извршавању тлс руковања",                                       // glib-networking sr
	"парњак није успео да изврши тлс руковање",                               // glib-networking sr
	"парњак је послао кобно тлс упозорење",                                   // glib-networking sr
	"парњак тлс везе није послао уверење",                                    // glib-networking sr
	"тлс уверење које захтева сервер",                                        // glib-networking sr
	"neprihvatljivo tls uverenje",                                            // glib-networking sr@latin
	"greska u izvrsavanju tls rukovanja",                                     // glib-networking sr@latin
	"parnjak je poslao kobno tls upozorenje",                                 // glib-networking sr@latin
	"parnjak tls veze nije poslao uverenje",                                  // glib-networking sr@latin
	"tls uverenje koje zahteva server",                                       // glib-networking sr@latin
	"ej acceptabelt tls-certifikat",                                          // glib-networking sv
	"ej acceptabel utfardare av tls-certifikat",                              // glib-networking sv
	"fel vid genomforande av tls-handskakning",                               // glib-networking sv
	"motparten misslyckades med att genomfora tls-handskakning",              // glib-networking sv
	"motparten sande odesdiger tls-varning",                                  // glib-networking sv
	"tls-anslutningens motpart sande inte ett certifikat",                    // glib-networking sv
	"servern kravde tls-certifikat",                                          // glib-networking sv
	"ஏற்றுக்கொள்ள முடியாத tls சான்றிதழ்",                                     // glib-networking ta
	"tls கைக்குலுக்கலில் பிழையை செயற்படுத்துகிறது",      // glib-networking ta
	"சேவையகத்திற்கு tls சான்றிதழ் தேவைப்படுகிறது",       // glib-networking ta
	"అంగీకరించని tls ధృవీకరణపత్రము",                     // glib-networking te
	"tls హాండ్ షేక్ నెరవేర్చటలో విఫలం",                  // glib-networking te
	"tls ధృవీకరణపత్రము సేవికకు అవసరం",                   // glib-networking te
	"гувоҳиномаи tls-и нораво",                          // glib-networking tg
	"даъвати tls бо хато иҷро карда шуд",                // glib-networking tg
	"ҳамсони пайвати tls гувоҳиномаро фиристода накард", // glib-networking tg
	"сервер гувоҳиномаи tls-ро дархост кардааст",        // glib-networking tg
	"ใบรับรอง tls ไม่เป็นที่ยอมรับ",                     // glib-networking th
	"เกิดข้อผิดพลาดขณะดำเนินการ tls handshake",          // glib-networking th
	"คู่สายการเชื่อมต่อ tls ไม่ส่งใบรับรองมา",           // glib-networking th
	"เซิร์ฟเวอร์ต้องการใบรับรอง tls",                    // glib-networking th
	"kabul edilemez bir tls sertifikasi",                // glib-networking tr
	"kabul edilemez bir tls sertifika otoritesi",        // glib-networking tr
	"tls el sikismasi sirasinda hata",                   // glib-networking tr
	"tls el sikismasini basaramadi",                     // glib-networking tr
	"olumcul tls uyarisi gonderdi",                      // glib-networking tr
	"tls baglantisi esi sertifika gondermedi",           // glib-networking tr
	"tls sertifikasi istedi",                                          // glib-networking tr
	"قوبۇل قىلىنمايدىغان ئىسپاتنامە",                                  // glib-networking ug
	"tls بىلەن سالاملىشىشتا خاتالىق كۆرۈلدى",                          // glib-networking ug
	"tls باغلىنىشىدىكى قارىشى تەرەپ گۇۋاھنامىنى ئەۋەتمىدى",            // glib-networking ug
	"مۇلازىمېتىر tls ئىسپاتنامىسى تەلەپ قىلىدۇ",                       // glib-networking ug
	"неприпустимий сертифікат tls",                                    // glib-networking uk
	"неприйнятна служба сертифікації tls",                             // glib-networking uk
	"помилка під час виконання узгодження зв'язку за допомогою tls",   // glib-networking uk
	"помилка під час виконання узгодження з'єднання за допомогою tls", // glib-networking uk
	"не вдалося виконати узгодження зв'язку за допомогою tls",         // glib-networking uk
	"вузлом надіслано попередження щодо критичної помилки tls",        // glib-networking uk
	"вузол з'єднання tls не надіслав сертифіката",                     // glib-networking uk
	"сервер потребує сертифікат tls",                                  // glib-networking uk
	"chứng nhận tls khong thể chấp nhận",                              // glib-networking vi
	"lỗi thực hiện bắt tay tls",                                       // glib-networking vi
	"phia ben kia kết nối tls khong gửi chứng nhận",                   // glib-networking vi
	"may chủ yeu cầu chứng nhận tls",                                  // glib-networking vi
	"无法接受的 tls 证书",                                                    // glib-networking zh_CN
	"无法接受的 tls 证书颁发机构",                                                // glib-networking zh_CN
	"执行 tls 握手时出错",                                                    // glib-networking zh_CN
	"执行 tls 握手失败",                                                     // glib-networking zh_CN
	"对方发送了致命 tls 警报",                                                  // glib-networking zh_CN
	"tls 连接的对方未发送证书",                                                  // glib-networking zh_CN
	"服务器需要 tls 证书",                                                    // glib-networking zh_CN
	"不接受的 tls 證書",                                                     // glib-networking zh_HK
	"執行 tls 交握時發生錯誤",                                                  // glib-networking zh_HK zh_TW
	"tls 連線對等點沒有傳回證書",                                                 // glib-networking zh_HK
	"伺服器要求的 tls 證書",                                                   // glib-networking zh_HK
	"不接受的 tls 憑證",                                                     // glib-networking zh_TW
	"無法接受的 tls 憑證授權",                                                  // glib-networking zh_TW
	"目標主機執行 tls 交握時失敗",                                                // glib-networking zh_TW
	"目標主機送出了重大 tls 警告",                                                // glib-networking zh_TW
	"tls 連線目標主機沒有傳回憑證",                                                // glib-networking zh_TW
	"伺服器要求的 tls 憑證",                                                   // glib-networking zh_TW
}

// glibNetworkingTimeoutTerms translate "Socket I/O timed out"; they join
// the group "timeout".
var glibNetworkingTimeoutTerms = []string{
	"тэрмін чакання уводу/вываду з сокета сыйшоў",                // glib-networking be
	"мина времето за работа за вх./изх",                          // glib-networking bg
	"s'ha excedit el temps d'espera d'entrada/sortida del socol", // glib-networking ca
	"vyprsel casovy limit v/v operace soketu",                    // glib-networking cs
	"tidsudlob for sokkel-i/o",                                   // glib-networking da
	"zeituberschreitung bei ein-/ausgabeoperation des sockets",   // glib-networking de
	"expiro la e/s del socket",                                   // glib-networking es
	"s/iko socketaren denbora-muga gaindituta",                   // glib-networking eu
	"مهلت سوکت و/خ به سر رسید",                                   // glib-networking fa
	"les entrees/sorties du connecteur ont expire",               // glib-networking fr
	"i/o dal socket scjadut",                                     // glib-networking fur
	"tempo de espera do socket de e/s superado",                  // glib-networking gl
	"אזל הזמן שהוקצב לקריאה/כתיבה לשקע",                          // glib-networking he
	"istek vremena u/i prikljucnice",                             // glib-networking hr
	"a foglalat tullepte az i/o idokorlatot",                     // glib-networking hu
	"i/o soket kehabisan waktu",                                  // glib-networking id
	"i/o sul socket scaduto",                                     // glib-networking it
	"ソケット i/o がタイムアウトしました",                                       // glib-networking ja
	"სოკეტის i/o ვადა გავიდა",                                    // glib-networking ka
	"сокет е/ш күту мерзімі аяқталған",                           // glib-networking kk
	"소켓 입출력 제한 시간이 넘었습니다",                                        // glib-networking ko
	"baigesi lizdo i/o skirtas laikas",                           // glib-networking lt
	"ligzdai i/o iestajas noildze",                               // glib-networking lv
	"had masa i/o soket telah tamat",                             // glib-networking ms
	"tidsavbrudd for i/o pa plugg",                               // glib-networking nb
	"सकेट i/o समय समाप्ति भयो",                                   // glib-networking ne
	"time-out bij socket-i/o",                                    // glib-networking nl
	"las entradas/sortidas del connector an expirat",             // glib-networking oc
	"wejscie/wyjscie gniazda przekroczylo czas oczekiwania",      // glib-networking pl
	"expirou e/s do socket",                                      // glib-networking pt
	"tempo de e/s do soquete foi esgotado",                       // glib-networking pt_BR
	"i/o de soclu a depasit limita de timp",                      // glib-networking ro
	"превышено время ожидания ввода-вывода сокета",               // glib-networking ru
	"cas vstupno/vystupneho soketu vyprsal",                      // glib-networking sk
	"vtic v/i naprave je casovno potekel",                        // glib-networking sl
	"истекло време у/и утичнице",                                 // glib-networking sr
	"isteklo vreme u/i uticnice",                                 // glib-networking sr@latin
	"tidsgrans for in/ut pa uttaget overskreds",                  // glib-networking sv
	"g/c yuvasi zaman asimina ugradi",                            // glib-networking tr
	"перевищено час очікування на введення-виведення з гнізда", // glib-networking uk
	"套接字 i/o 超时", // glib-networking zh_CN
	"i/o 接口逾時",   // glib-networking zh_TW
}
