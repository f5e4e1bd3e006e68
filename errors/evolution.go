package errors

// Evolution (evolution-data-server's SMTP transport) prints, in place of the
// server's words, the text RFC 5321 and RFC 4954 give the reply's code,
// translated into its user's language: "Požadovaná akce nebyla vykonána:
// nedostatek místa v systému" is Czech for "Requested action not taken:
// insufficient system storage". Such lines are pasted wherever Evolution's
// users ask for help. The translations below are the facts of its message
// catalogues (evolution-data-server 3.46.4 as Debian packages it,
// evolution-data-server-common:
// usr/share/locale/*/LC_MESSAGES/evolution-data-server.mo), folded as every
// term is written, each the part after the catalogue's colon where the
// English has one ("Requested action not taken:" names no cause), and none
// longer than 200 bytes (eight long phrases of Dzongkha, Khmer, Kannada and
// Malayalam are left out, and so are the two translations that give two
// causes' texts the same words, Albanian's and Malayalam's, and those that
// say another cause than their English: Estonian's system out of space for a
// mailbox over its allocation, Romanian's and Vietnamese's storage without
// the system, French's and Occitan's "no password provided" for a password
// transition, Chinese's and Japanese's short "processing error", which any
// compound ends with; one a group has already is not repeated). A
// translation means what its English means, so each list joins the groups
// whose terms decide the English text (rules.go), and
// TestEvolutionTranslations holds every translation of the catalogues to the
// kind of its English. "Transaction failed" names no cause in any language,
// and "User not local; please try <forward-path>" is read by the words
// around the address it gives; neither has a list.

// evolutionStorageExceededTerms translate "Requested mail action aborted:
// exceeded storage allocation" (RFC 5321's 552: the mailbox is full); they
// join the group "fullstrong".
var evolutionStorageExceededTerms = []string{
	"تجاوز مخصّصات مساحة التّخزين",                                                     // ar
	"সংগ্ৰহস্থল আবন্টন স্থান অতিক্ৰম হৈছে",                                             // as
	"sobropasosse'l tiempu d'almacenamientu",                                           // ast
	"sorgulanan məktub gedisati ləgv edildi; yer həddi kecilib",                        // az
	"дасягнута абмежаванне на дыскавую прастору",                                       // be
	"квотата за запазване е надвишена",                                                 // bg
	"সংগ্রহস্থলে বরাদ্দ স্থান অতিক্রান্ত হয়েছে",                                        // bn bn_IN
	"premasen dodijeljen prostor",                                                      // bs
	"s'ha excedit l'emmagatzematge assignat",                                           // ca ca@valencia
	"prekrocena alokace uloziste",                                                      // cs
	"terfyn storfa wedi ei gyrraedd",                                                   // cy
	"lagringsallokering overskredet",                                                   // da
	"speicherzuteilung uberschritten",                                                  // de
	"υπέρβαση της κατανομής αποθήκευσης",                                               // el
	"excedio la capacidad de almacenamiento",                                           // es
	"biltegi-esleipena gaindituta",                                                     // eu
	"تجاوز از حافظهٔ تخصیص یافته",                                                      // fa
	"varattu levytila ylitetty",                                                        // fi
	"depassement de l'allocation de stockage",                                          // fr
	"assegnazion di archivi superade",                                                  // fur
	"excedeuse a asignacion de almacenamento",                                          // gl
	"સંગ્રહસ્થાનની વહેંચણી વધી ગઈ",                                                     // gu
	"חריגה מהקצאת שטח האחסון",                                                          // he
	"भंडारण संभाजन से ज्यादा",                                                          // hi
	"premasen dodijeljeni prostor",                                                     // hr
	"a tarololefoglalas tullepve",                                                      // hu
	"melebihi alokasi penyimpanan",                                                     // id
	"allocazione dell'archivio superata",                                               // it
	"領域割り当てを越えました",                                                                     // ja
	"លើសកន្លែងផ្ទុក",                                                                   // km
	"ನಿಗದಿತ ಶೇಖರಣೆ ಜಾಗವನ್ನು ಮೀರಿದೆ",                                                    // kn
	"저장 공간이 할당량을 넘었습니다<b",                                                              // ko
	"perzengta vietos saugykloje riba",                                                 // lt
	"pieprasita pasta darbiba partraukta — parsniegta pieejama glabatuves briva vieta", // lv
	"надминато е алоцирањето на складиштето",                                           // mk
	"ശേഖരണത്തിനായുളള സ്ഥലത്തില്‍ കവിഞ്ഞിരിക്കുന്നു", // ml
	"साठवणीच्या सुविधेपेक्षा जास्त झाली",            // mr
	"melebihi peruntukan storan",                    // ms
	"lagringsallokering oversteget",                 // nb
	"भण्डारण बाँडफाँट नाघ्यो",                       // ne
	"gebruikt teveel ruimte",                        // nl
	"gjekk over tildelt lagringsplass",              // nn
	"depassaement de l'allocacion de emmagazinatge", // oc
	"ବଣ୍ଟିତ ଭଣ୍ଡାର ଆକାରକୁ ଅତିକ୍ରମ କରିଯାଇଛି",     // or
	"ਉਪਲੱਬਧ ਲੋੜ ਸੀਮਾ ਤੋਂ ਵਧੇਰੇ",                 // pa
	"przekroczony wykorzystany rozmiar",         // pl
	"alocacao de armazenamento excedida",        // pt
	"espaco alocado excedido",                   // pt_BR
	"spatiul de stocare alocat depasit",         // ro
	"исчерпано место в хранилище",               // ru
	"presiahnute vyhradene miesto pre ulozisko", // sk
	"prekoracena je dodelitev shranjevanja",     // sl
	"премашен је додељен простор",               // sr
	"premasen je dodeljen prostor",              // sr@latin
	"overskriden utrymmesallokering",            // sv
	"சேமித்த இடம் போதவில்லை",                    // ta
	"నిల్వ కేటాయింపు మించిపోయింది",              // te
	"ต้องการเนื้อที่มากกว่าที่เก็บข้อมูลที่จัดสรรไว้", // th
	"ayrilan saklama miktari asildi", // tr
	"تەقسىملەنگەن ساقلاش دائىرىسىدىن ئېشىپ كەتتى", // ug
	"скінчився вільний простір у сховищі",         // uk
	"qua hạn sức chứa dược gan",                   // vi
	"sidlulile kumthamo onikwe lo vimba",          // xh
	"存储分配超额",                                      // zh_CN
	"超出可供儲存空間的限制",                                 // zh_HK zh_TW
}

// evolutionSystemStorageTerms translate "Requested action not taken:
// insufficient system storage" (452: the server's own storage, not the
// mailbox); they join the group "systemfull".
var evolutionSystemStorageTerms = []string{
	"مساحة التّخزين على النّظام غير كافية",    // ar
	"সংগ্ৰহস্থলত পৰ্যাপ্ত স্থান অনুপস্থিত",    // as
	"la capacida del sistema ye insuficiente", // ast
	"əksik sistem yeri", // az
	"сістэме не стае дыскавай прасторы",           // be
	"липса на достатъчна квота за запазване",      // bg
	"সংগ্রহস্থলে পর্যাপ্ত স্থান অনুপস্থিত",        // bn bn_IN
	"nedovoljno prostora na sistemu",              // bs sr@latin
	"no hi ha prou espai d'emmagatzematge",        // ca ca@valencia
	"nedostatek mista v systemu",                  // cs
	"ddim digon o storfa yn y system",             // cy
	"utilstrakkelig lagringsplads",                // da
	"unzureichender systemspeicher",               // de
	"ανεπαρκής αποθήκευση συστήματος",             // el
	"la capacidad del sistema es insuficiente",    // es
	"susteemis pole piisavalt ruumi",              // et
	"sistema-biltegia ez da nahikoa",              // eu
	"حافظهٔ سیستم کافی نیست",                      // fa
	"jarjestelman levytila ei riita",              // fi
	"stockage systeme insuffisant",                // fr
	"archivi di sisteme no suficient",             // fur
	"non hai suficiente almacenamento no sistema", // gl
	"અપૂરતી સિસ્ટમની જગ્યા",                       // gu
	"אחסון המערכת אינו מספיק",                     // he
	"अपर्याप्त सिस्टम भंडारण",                     // hi
	"nedovoljno prostora na sustavu",              // hr
	"nincs elegendo rendszertarhely",              // hu
	"penyimpanan sistem tidak cukup",              // id
	"archivio di sistema non sufficiente",         // it
	"システムの保存領域が足りません",                             // ja
	"មិនមានកន្លែងផ្ទុកប្រព័ន្ធគ្រប់គ្រាន់", // km
	"ಗಣಕದಲ್ಲಿ ಸಾಕಷ್ಟು ಶೇಖರಣಾ ಸ್ಥಳವಿಲ್ಲ",    // kn
	"시스템 저장 공간이 부족합니다",                     // ko
	"truksta vietos sistemoje",                                   // lt
	"pieprasita darbiba nav notikusi — sistema nepietiek vietas", // lv
	"недостаток на системско складиште",                          // mk
	"अपूरी यंत्रणा साठवणी सुविधा",                                // mr
	"storan sistem tidak mencukupi",                              // ms
	"utilstrekkelig lagringsplass",                               // nb
	"अपर्याप्त प्रणाली भण्डारण",                                  // ne
	"onvoldoende ruimte op systeem",                              // nl
	"for lite lagerplass pa systemet",                            // nn
	"emmagazinatge sistema insufisent",                           // oc
	"ତନ୍ତ୍ର ଭଣ୍ଡାର ଯଥେଷ୍ଟ ନୁହଁ",                                  // or
	"ਲੋੜੀਦੀ ਸਿਸਟਮ ਥਾਂ ਉਪਲੱਬਧ ਨਹੀਂ",                               // pa
	"brak miejsca w miejscu przechowywania wiadomosci",           // pl
	"armazenamento de sistema insuficiente",                      // pt
	"espaco no sistema insuficiente",                             // pt_BR
	"недостаточно места в системном хранилище",                   // ru
	"nedostatok miesta v systeme",                                // sk
	"premalo je prostora na disku",                               // sl
	"недовољно простора на систему",                              // sr
	"otillrackligt systemutrymme",                                // sv
	"கணினியில் இடம் இல்லை",                                       // ta
	"సరిపోని సిస్టమ్ నిల్వ",                                      // te
	"ที่เก็บข้อมูลของระบบไม่เพียงพอ",                             // th
	"disk alani yetersiz",                                        // tr
	"سىستېما ساقلىغۇچىسى يېتىشمىدى",                              // ug
	"недостатньо місця у системному сховищі",                     // uk
	"akonelanga uvimba wesi sixokelelwano",                       // xh
	"系统存储空间不足",                                                   // zh_CN
	"系統的儲存空間不足",                                                  // zh_HK zh_TW
}

// evolutionMailboxNameTerms translate "Requested action not taken: mailbox
// name not allowed" (553: an address in the wrong form); they join the group
// "mailboxname".
var evolutionMailboxNameTerms = []string{
	"اسم صندوق البريد غير مسموح به",                       // ar
	"মেইলবাকচৰ নাম গ্ৰহণযোগ্য নহয়",                        // as
	"el nome nun ta permitiu pal buzon",                   // ast
	"poct qutusu adina icazə verilmir",                    // az
	"забароненая назва паштовага сховішча",                // be
	"името на пощенската кутия не е разрешено",            // bg
	"মেইল-বক্সের নাম গ্রহণযোগ্য নয়",                       // bn bn_IN
	"ime postanskog sanduceta nije dozvoljeno",            // bs sr@latin
	"no es pot fer servir aquest nom de bustia de correu", // ca
	"no es pot fer servir este nom de bustia de correu",   // ca@valencia
	"nazev postovni schranky nepovolen",                   // cs
	"ni chaniateir yr enw blwch ebost",                    // cy
	"postboksnavn ikke tilladt",                           // da
	"postfachname nicht erlaubt",                          // de
	"ཞུ་བ་འབད་མི་བྱ་བ་ལུ་ ངོས་ལེན་མིན་འདུག ཡིག་སྒྲོམ་གྱི་མིང་ མི་ཆོག་པས།", // dz
	"το όνομα του γραμματοκιβωτίου δεν επιτρέπεται",                       // el
	"nombre no permitido para el buzon",       // es
	"kirjakastil on lubamatu nimi",            // et
	"postontzi-izena ez da onartu",            // eu
	"نام نامه‌دان مجاز نیست",                  // fa
	"postilaatikon nimi ei ole sallittu",      // fi
	"nom de boite aux lettres non autorise",   // fr
	"non de casele di pueste no permetut",     // fur
	"o nome da caixa de correo non se admite", // gl
	"મેઈલબોક્સ નામ માન્ય નથી",                 // gu
	"שם תיבת הדואר אינו מורשה",                // he
	"मेलबॉक्स नाम की अनुमति नहीं",             // hi
	"naziv pretinca nije dopusten",            // hr
	"a postafiok neve nem engedelyezett",      // hu
	"nama kotak surat tidak diperkenankan",    // id
	"nome della mailbox non consentito",       // it
	"メールボックス名は認められません",                        // ja
	"ឈ្មោះប្រអប់សំបុត្រមិនត្រូវបានអនុញ្ញាត",                            // km
	"ಅಂಚೆಪೆಟ್ಟಿಗೆಯ ಈ ಹೆಸರಿಗೆ ಅನುಮತಿ ಇಲ್ಲ",                              // kn
	"메일함 이름이 쓸 수 없는 이름입니다",                                             // ko
	"pasto dezutes vardas neleistinas",                                 // lt
	"pieprasita darbiba nav veikta — pastkastes nosaukums nav atlauts", // lv
	"името на сандачето не е дозволено",                                // mk
	"തപാല്‍ പെട്ടിയുടെ പേര് അനുവദിക്കുന്നതല്ല",                         // ml
	"पत्रपेटीच्या नावाला परवानगी नाही",                                 // mr
	"nama peti mel tidak dibenarkan",                                   // ms
	"postboksnavn ikke tillatt",                                        // nb
	"पत्रमञ्जूषा नाम अनुमति छैन",                                       // ne
	"postbusnaam niet toegestaan",                                      // nl
	"postboksnamnet ikkje tillate",                                     // nn
	"nom de bostia de letras pas autorizat",                            // oc
	"ମେଲବାକ୍ସ ନାମଟି ଅନୁମତି ପ୍ରାପ୍ତ ନୁହଁ",                               // or
	"mailbox ਨਾਂ ਸੰਭਵ ਹੈ",                                              // pa
	"niedozwolona nazwa skrzynki",                                      // pl
	"nome de caixa de correio nao permitido",                           // pt
	"nome da caixa de correio nao permitido",                           // pt_BR
	"nume neacceptat pentru casuta de mail",                            // ro
	"имя почтового ящика недопустимо",                                  // ru
	"nepovoleny nazov postovej schranky",                               // sk
	"ime postnega predala ni dovoljeno",                                // sl
	"emri i mailbox nuk pranohet",                                      // sq
	"име поштанског сандучета није дозвољено",                          // sr
	"brevladenamn inte tillatet",                                       // sv
	"மின்னஞ்சல் பெட்டியில் பெயருக்கு அனுமதி இல்லை", // ta
	"ఉత్తరాలపెట్టె పేరు అందుబాటులోలేదు",            // te
	"ไม่สามารถใช้ชื่อกล่องเมลนี้ได้",               // th
	"posta kutusu adina izin verilmedi",         // tr
	"خەت ساندۇقى ئاتىغا رۇخسەت قىلىنمايدۇ",      // ug
	"неприпустиме ім'я поштової скриньки",       // uk
	"khong cho phep ten hộp thư ấy",             // vi
	"alivunyelwanga igama lebhokisi ye-imeyile", // xh
	"不允许的邮件箱名称",                                 // zh_CN
	"不允許的郵箱名稱",                                  // zh_HK zh_TW
}

// evolutionMailboxUnavailableTerms translate "Requested action not taken:
// mailbox unavailable" and "Requested mail action not taken: mailbox
// unavailable" (550: no such recipient, as the English words are read;
// 450: the mailbox not available for now); they join the groups
// "usergone" and "mailboxfornow".
var evolutionMailboxUnavailableTerms = []string{
	"صندوق البريد غير متوفّر",                                                      // ar
	"মেইলবাকচ উপলব্ধ নহয়",                                                          // as
	"el buzon nun ta disponible",                                                   // ast
	"poct qutusu yoxdur",                                                           // az
	"паштовае сховішча недаступна",                                                 // be
	"липсва пощенска кутия",                                                        // bg
	"মেইল-বাক্স বিদ্যমান নয়",                                                       // bn
	"মেইল-বক্স উপলব্ধ নয়",                                                          // bn_IN
	"nedostupno postansko sanduce",                                                 // bs sr@latin
	"no esta disponible la bustia de correu",                                       // ca ca@valencia
	"pozadovana akce nebyla vykonana, postovni schranka neni k dispozici",          // cs
	"pozadovana postovni akce nebyla vykonana, postovni schranka neni k dispozici", // cs
	"blwch ebost ddim ar gael",                                                     // cy
	"postboks ikke tilgangelig",                                                    // da
	"postfach nicht verfugbar",                                                     // de
	"το γραμματοκιβώτιο δεν είναι διαθέσιμο",                                       // el
	"el buzon no esta disponible",                                                  // es
	"kirjakast ei ole saadaval",                                                    // et
	"postontzia ez dago erabilgarri",                                               // eu
	"صندوق نامه ناموجود",                                                           // fa
	"جعبه نامه قابل دسترسی نیست",                                                   // fa
	"postilaatikko ei kaytettavissa",                                               // fi
	"boite aux lettres non disponible",                                             // fr
	"casele di pueste no disponibile",                                              // fur
	"a caixa de correo non esta disponibel",                                        // gl
	"મેઈલબોક્સ ઉપલબ્ધ નથી",                                                         // gu
	"תיבת הדואר אינה זמינה",                                                        // he
	"मेलबॉक्स अनुपलब्ध",                                                            // hi
	"nedostupan pretinac",                                                          // hr
	"a postafiok nem erheto el",                                                    // hu
	"kotak surat tidak tersedia",                                                   // id
	"mailbox non disponibile",                                                      // it
	"メールボックスは利用できません",                                                              // ja
	"មិនអាចប្រើប្រអប់សំបុត្របាន",                                                   // km (its two messages differ only in their zero-width spaces, which fold drops)
	"ಅಂಚೆಪೆಟ್ಟಿಗೆಯು ಲಭ್ಯವಿಲ್ಲ",                                                     // kn
	"메일함을 사용할 수 없습니다",                                                              // ko
	"pasto dezute neprieinama",                                                     // lt
	"pieprasita darbiba nav notikusi — pastkaste nav pieejama",                     // lv
	"pieprasita pasta darbiba nav veikta — pastkaste nav pieejama",                 // lv
	"сандачето е недостапно",                                                       // mk
	"തപാല്‍ പെട്ടി ലഭ്യമല്ല",                                                       // ml
	"पत्रपेटी उपलब्ध नाही",                                                         // mr
	"peti surat tidak tersedia",                                                    // ms
	"postboks ikke tilgjengelig",                                                   // nb
	"पत्रमञ्जूषा उपलब्ध छैन",                                                       // ne
	"postbus niet beschikbaar",                                                     // nl
	"postboks utilgjengeleg",                                                       // nn
	"bostia de letras pas disponibla",                                              // oc
	"ମେଲବାକ୍ସ ଉପଲବ୍ଧ ନାହିଁ",                                                        // or
	"mailbox ਉਪਲੱਬਧ ਨਹੀਂ।",                                                         // pa
	"mailbox ਉਪਲੱਬਧ ਨਹੀ।",                                                          // pa
	"skrzynka jest niedostepna",                                                    // pl
	"caixa de correio indisponivel",                                                // pt pt_BR
	"casuta postala nedisponibila",                                                 // ro
	"почтовый ящик недоступен",                                                     // ru
	"postova schranka nie je k dispozicii",                                         // sk
	"postni predal ni na voljo",                                                    // sl
	"kuti jo ne dispozicion",                                                       // sq
	"поштанско сандуче је недоступно",                                              // sr
	"недоступно поштанско сандуче",                                                 // sr
	"postansko sanduce je nedostupno",                                              // sr@latin
	"brevladan inte tillganglig",                                                   // sv
	"மின்னஞ்சல் பெட்டி கிடைக்கவில்லை",                                              // ta
	"மின்னஞ்சல் பெட்டிபெட்டி கிடைக்கவில்லை", // ta
	"తపాలాపేటిక అందుబాటులోలేదు",             // te
	"กล่องเมลไม่มีอยู่",                     // th
	"posta kutusu kullanilabilir degil",     // tr
	"خەت ساندۇقىنى ئىشلەتكىلى بولمايدۇ",     // ug
	"поштова скринька недоступна",           // uk
	"hộp thư khong sẵn sang",                // vi
	"le bhokisi ye-imeyile ayifumaneki",     // xh
	"le bhokisi ye-imeyili ayifumaneki",     // xh
	"邮箱无效",                                  // zh_CN
	"郵箱仍未可用",                                // zh_HK zh_TW
}

// evolutionServiceTerms translate "Service not available, closing
// transmission channel" (421: the service is down for now); they join the
// group "unavailable".
var evolutionServiceTerms = []string{
	"الخدمة غير متوفّرة، ستغلق قناة الإرسال",                                 // ar
	"সেৱা উপলব্ধ নহয়, পৰিবহণ চ্যানেল বন্ধ কৰা হৈছে",                          // as
	"serviciu non disponible, zarrando los canales de tresmision",            // ast
	"xidmət uygun deyildir, nəqliyyat kanallari baglanir",                    // az
	"паслуга недаступна, канал перадачы закрываецца",                         // be
	"услугата липсва, затваряне на прехвърлящия канал",                       // bg
	"সার্ভিস বিদ্যমান নয়, পরিবহন চ্যানেল বন্ধ করা হচ্ছে",                     // bn
	"পরিসেবা উপলব্ধ নয়, পরিবহণ চ্যানেল বন্ধ করা হচ্ছে",                       // bn_IN
	"servis nije dostupan, zatvaranje kanala prijenosa",                      // bs
	"el servei no esta disponible, es tancara el canal de transmissio",       // ca ca@valencia
	"sluzba neni k dispozici, zavira se prenosovy kanal",                     // cs
	"gwasanaeth ddim ar gael; wrthi'n cau'r sianel drosglwyddo",              // cy
	"tjenesten er ikke tilgangelig, lukker sendekanalen",                     // da
	"dienst nicht verfugbar, ubertragungskanal wird geschlossen",             // de
	"ཞབས་ཏོག་མིན་འདུག སྤེལ་བཀྲམ་རྒྱུ་ལམ་ཁ་བསྡམ་དོ།",                          // dz
	"η υπηρεσία δεν διατίθεται, τερματισμός καναλιού μετάδοσης",              // el
	"servicio no disponible, cerrando los canales de transmision",            // es
	"teenus ei ole saadaval, sulgen ulekandekanali",                          // et
	"zerbitzua ez dago erabilgarri; transmisio kanala ixten",                 // eu
	"سرویس موجود نیست، کانال مخابره بسته می‌شود",                             // fa
	"palvelu ei ole kaytettavissa, suljetaan siirtokanava",                   // fi
	"service non disponible, fermeture du canal de transmission",             // fr
	"servizi no disponibil, daur a siera il canal di trasmission",            // fur
	"o servizo non esta disponibel; pechando o canal de transmision",         // gl
	"સેવા ઉપલબ્ધ નથી, પરિવહન ચેનલ બંધ કરી રહ્યા છીએ",                         // gu
	"השירות אינו זמין, ערוץ התעבורה נסגר",                                    // he
	"सेवा अनुपल",                                                             // hi
	"usluga nije dostupna, zatvaram prijenosni kanal",                        // hr
	"a szolgaltatas nem erheto el, az atviteli csatorna lezarasa",            // hu
	"layanan tidak tersedia, kanal transmisi sedang ditutup",                 // id
	"servizio non disponibile, chiusura del canale di trasmissione",          // it
	"サービスは利用できません, 送信チャンネルを閉じています",                                           // ja
	"មិនមានសេវា បិទឆានែលបញ្ជូន",                                              // km
	"ಸೇವೆಯು ಲಭ್ಯವಿಲ್ಲ, ರವಾನೆ ಮಾರ್ಗವನ್ನು ಮುಚ್ಚಲಾಗುತ್ತಿದೆ",                     // kn
	"서비스를 사용할 수 없습니다. 전송 채널을 닫습니다",                                           // ko
	"paslauga neprieinama, uzdaromas transmisijos kanalas",                   // lt
	"serviss nav pieejams, aizver parraides kanalu",                          // lv
	"сервисот не е достапен, го затворам каналот за емитување",               // mk
	"സേവനം ലഭ്യമല്ല, സംപ്രേക്ഷണത്തിനുളള ചാനല്‍ അടയ്ക്കുന്നു",                 // ml
	"सुविधा उपलब्ध नाही, त्यामुळे प्रसारण चॅनेल बंद होत आहे",                 // mr
	"khidmat tidak ada, menutup saluran penghantaran",                        // ms
	"tjenesten er ikke tilgjengelig, lukker sendekanalen",                    // nb
	"सेवा उपलब्ध छैन, प्रसारण च्यानल बन्द गर्दै",                             // ne
	"systeemdienst niet beschikbaar; overdrachtskanaal gesloten",             // nl
	"tenesta er ikkje tilgjengeleg, stenger overforingskanalen",              // nn
	"servici pas disponible, tampadura del canal de transmission",            // oc
	"ସର୍ଭିସ ଉପଲବ୍ଧ ନାହିଁ, ପରିବହନ ଚ୍ୟାନେଲକୁ ବନ୍ଦ କରି",                         // or
	"ਸਰਵਿਸ ਉਪਲੱਬਧ ਨਹੀਂ ਹੈ, ਸੰਚਾਰ ਚੈਨਲ ਬੰਦ ਕੀਤਾ ਜਾ ਰਿਹਾ ਹੈ",                   // pa
	"usluga nie jest dostepna, zamykanie kanalu transmisyjnego",              // pl
	"servico indisponivel, a terminar o canal de transmissao",                // pt
	"servico indisponivel, fechando o canal de transmissao",                  // pt_BR
	"serviciu nedisponibil, se inchide canalul de transmisie",                // ro
	"сервис не доступен, закрытие канала передачи",                           // ru
	"sluzba nie je k dispozicii, zatvara sa prenosovy kanal",                 // sk
	"storitev ni na voljo; kanal za prenos bo zaprt",                         // sl
	"sherbimi nuk eshte ne dispozicion, duke mbyllur kanalin e transmetimit", // sq
	"услуга није доступна, затварам канал преноса",                           // sr
	"usluga nije dostupna, zatvaram kanal prenosa",                           // sr@latin
	"tjansten inte tillganglig, stanger overforingskanalen",                  // sv
	"சேவை இல்லை, அனுப்பும் பாதை மூடப்படுகிறது",                               // ta
	"సేవ అందుబాటులో లేదు, బదలీకరణ మార్గంను మూసివేస్తోంది",                    // te
	"ไม่เปิดบริการ จะปิดช่องทางรับส่งข้อมูล",                                 // th
	"servis uygun degil, iletisim kanali kapatiliyor",                        // tr
	"مۇلازىمەتنى ئىشلەتكىلى بولمايدۇ، يەتكۈزۈش قانىلىنى يېپىۋاتىدۇ",          // ug
	"служба не доступна, канал передачі закривається",                        // uk
	"dịch vụ chưa sẵn sang, dang dong kenh truyền thong",                     // vi
	"ayifumaneki le nkonzo, ivala ukusasaza kwejelo",                         // xh
	"服务不可用，正在关闭传输通道",                                                         // zh_CN
	"此服務仍未可用，傳輸通道關閉",                                                         // zh_HK zh_TW
}

// evolutionAuthTempTerms translate "Temporary authentication failure" (RFC
// 4954's 454); they join the group "authtemp".
var evolutionAuthTempTerms = []string{
	"فشل مؤقّت في التّوثّق",                               // ar
	"অস্থায়ী প্ৰমাণীকৰণ ব্যৰ্থ",                           // as
	"fallu temporal n'autenticacion",                      // ast
	"muvəqqəti tanitma iflasi",                            // az
	"часовая няўдача ідэнтыфікацыі",                       // be
	"временна грешка при удостоверяване",                  // bg
	"অস্থায়ী অনুমোদন প্রক্রিয়া ব্যর্থ",                    // bn
	"অস্থায়ী অনমোদন প্রক্রিয়া বিফল",                       // bn_IN
	"neuspjela privremena autentifikacija",                // bs
	"s'ha produit una fallada temporal en l'autenticacio", // ca ca@valencia
	"docasne selhani overovani totoznosti",                // cs
	"methiant dros dro ar ddilysu",                        // cy
	"midlertidig autentificeringsfejl",                    // da
	"legitimierung vorubergehend gescheitert",             // de
	"གནས་སྐབས་ཀྱི་ བདེན་བཤད་འཐུས་ཤོར།",                    // dz
	"προσωρινή αποτυχία πιστοποίησης",                     // el
	"fallo temporal en la autenticacion",                  // es
	"ajutine autentimise torge",                           // et
	"aldi baterako autentifikazioak huts egin du",         // eu
	"شکست در تأیید هویت موقت",                             // fa
	"valiaikainen todennusvirhe",                          // fi
	"anomalie d'authentification temporaire",              // fr
	"autenticazion temporanie falide",                     // fur
	"produciuse un fallo temporal de autenticacion",       // gl
	"કામચલાઉ સત્તાધિકરણ નિષ્ફળ",                           // gu
	"כשל זמני באימות",                                     // he
	"अस्थायी सत्यापन विफलता",                              // hi
	"privremena ovjera je neuspjela",                      // hr
	"atmeneti hitelesitesi hiba",                          // hu
	"autentikasi temporer gagal",                          // id
	"autenticazione temporaneamente non riuscita",         // it
	"一時的な認証に失敗しました",                                       // ja
	"ការបរាជ័យក្នុងការផ្ទៀងផ្ទាត់បណ្ដោះអាសន្ន", // km
	"ತಾತ್ಕಾಲಿಕ ದೃಢೀಕರಣ ವಿಫಲತೆ",                 // kn
	"인증이 임시로 실패했습니다",                           // ko
	"laikina tapatybes nustatymo nesekme",      // lt
	"pagaidu autentifikacijas problema",        // lv
	"привремен неуспех на проверката",          // mk
	"താല്‍ക്കാലികമായിയുളള ആധികാരികത ഉറപ്പാക്കല്‍ പരാജയപ്പെട്ടു", // ml
	"तात्पुरते अधिप्रमाणनचे अपयश",                               // mr
	"kegagalan pengesahihan sementara",                // ms
	"midlertidig autentiseringsfeil",                  // nb
	"अस्थायी प्रमाणीकरण असफल",                         // ne
	"tijdelijke fout bij aanmelden",                   // nl
	"mellombels autentiseringsfeil",                   // nn
	"anomalia d'autentificacion temporaria",           // oc
	"ଅସ୍ଥାୟୀ ବୈଧିକରଣ ବିଫଳ ହୋଇଛି",                      // or
	"ਆਰਜ਼ੀ ਪ੍ਰਮਾਣਕਿਤਾ ਅਸਫਲ",                            // pa
	"chwilowe niepowodzenie podczas uwierzytelniania", // pl
	"falha temporaria de autenticacao",                // pt
	"falha de autenticacao temporaria",                // pt_BR
	"esuare temporara a autentificarii",               // ro
	"временный сбой аутентификации",                   // ru
	"docasne zlyhanie overenia totoznosti",            // sk
	"zacasna napaka overitve",                         // sl
	"deshtim i perkohshem i autentifikimit",           // sq
	"није успело привремено потврђивање идентитета",   // sr
	"nije uspelo privremeno potvrdivanje identiteta",  // sr@latin
	"tillfalligt autentiseringsmisslyckande",          // sv
	"தற்காலிக அனுமதி முறைமை தோல்வியுற்றது",            // ta
	"తాత్కాలిక దృవీకరణ వైఫల్యం",                       // te
	"การยืนยันตัวบุคคลล้มเหลวชั่วคราว",                // th
	"gecici kimlik dogrulama hatasi",                  // tr
	"ۋاقىتلىق كىملىك دەلىللەش خاتالىقى",               // ug
	"тимчасовий збій автентифікації",                  // uk
	"lỗi xac thực tạm",                                // vi
	"ubungqina bexeshana abuphumelelanga",             // xh
	"临时认证失败",                                          // zh_CN
	"臨時核對失敗",                                          // zh_HK zh_TW
}

// evolutionAuthFailedTerms translate "Authentication mechanism is too weak"
// and "A password transition is needed" (RFC 4954's 534 and 432: the login
// failed); they join the group "authfailed".
var evolutionAuthFailedTerms = []string{
	"آليّة التّوثّق ضعيفة جدا",                         // ar
	"مطلوب تحوّل بين كلمة السر",                        // ar
	"প্ৰমাণীকৰণ প্ৰণালী অতি দূৰ্বল",                    // as
	"পাছৱৰ্ড পৰিবৰ্তন প্ৰয়োজন",                         // as
	"el metodu d'autenticacion ye enforma feble",       // ast
	"ye necesaria una transicion de contrasena",        // ast
	"tanitma mexanizmasi cox zəifdir",                  // az
	"sifrə nəqli lazimdir",                             // az
	"надта небяспечны спосаб ідэнтыфікацыі",            // be
	"патрэбна трансакцыя перадачы пароля",              // be
	"механизмът да удостоверяване е твърде слаб",       // bg
	"необходима е промяна на паролата",                 // bg
	"প্রমাণীকরণ পদ্ধতি অত্যাধিক দুর্বল",                // bn
	"পাসওয়ার্ড ট্র্যানজ্যাকশন প্রয়োজন",                 // bn
	"অনুমোদন প্রণালী সুদৃঢ় নয়",                         // bn_IN
	"পাসওয়ার্ড পরিবর্তন প্রয়োজন",                       // bn_IN
	"mehanizam autentifikacije je preslab",             // bs
	"potrebno je slanje lozinke",                       // bs hr sr@latin
	"el mecanisme d'autenticacio es massa feble",       // ca ca@valencia
	"es necessita una transicio de la contrasenya",     // ca ca@valencia
	"mechanismus overovani totoznosti je prilis slaby", // cs
	"vyzadovan prenos hesla",                           // cs
	"dull dilysiant yn rhy wan",                        // cy
	"angen pont i'r cyfrinair",                         // cy
	"autentificeringsmekanismen er for svag",           // da
	"adgangskodeoverforing kraves",                     // da
	"legitimierungsmechanismus ist zu schwach",         // de
	"ein passwortubergang ist notwendig",               // de
	"བདེན་བཤད་ཀྱི་ཐབས་ལམ་ལུ་ ནུས་པ་ཆུང་དྲགས་པས།",                 // dz
	"ཆོག་ཡིག་གི་འགྱུར་བ་ཅིག་དགོ་པས།",                             // dz
	"ο μηχανισμός πιστοποίησης είναι αδύναμος",                   // el
	"απαιτείται η ανταλλαγή κωδικού πρόσβασης",                   // el
	"el metodo de autenticacion es demasiado debil",              // es
	"es necesaria una transicion de contrasena",                  // es
	"autentimismehhanism on liiga nork",                          // et
	"vajalik on parooli siirdamine",                              // et
	"autentifikazio-mekanismoa ahulegia da",                      // eu
	"pasahitz-trantsizioa behar da",                              // eu
	"سازوکار تأیید هویت ضعیف است",                                // fa
	"گذار گذرواژه لازم است",                                      // fa
	"todennusmenetelma on liian heikko",                          // fi
	"vaaditaan salasanatransaktio",                               // fi
	"le mecanisme d'authentification est trop faible",            // fr
	"il mecanisim di autenticazion al e masse debil",             // fur
	"e covente une transizion di password",                       // fur
	"o mecanismo de autenticacion e demasiado debil",             // gl
	"precisase unha transicion de contrasinal",                   // gl
	"સત્તાધિકરણની ક્રિયા ખૂબ નબળી છે",                            // gu
	"પાસવર્ડનું પરિવહન જરુરી છે",                                 // gu
	"שיטת האימות חלשה מדיי",                                      // he
	"נדרשת העברת ססמה",                                           // he
	"सत्यापन यांत्रिकी काफी कमजोर है",                            // hi
	"कूटशब्द संक्रमण की आवश्यकता है",                             // hi
	"mehanizam ovjere je preslab",                                // hr
	"a hitelesitesi mechanizmus tul gyenge",                      // hu
	"jelszovaltoztatas szukseges",                                // hu
	"mekanisme autentikasi terlalu lemah",                        // id
	"diperlukan transisi kata sandi",                             // id
	"il meccanismo di autenticazione e troppo debole",            // it
	"e necessario passare attraverso la verifica della password", // it
	"認証メカニズムは不十分過ぎます",                                            // ja
	"パスワードの変更が必要です",                                              // ja
	"យន្តការផ្ទៀងផ្ទាត់ភាពត្រឹមត្រូវខ្សោយពេក", // km
	"ត្រូវការផ្លាស់ប្ដូរពាក្យសម្ងាត់",         // km
	"ದೃಢೀಕರಣ ಕಾರ್ಯವಿಧಾನ ಬಹಳ ದುರ್ಭಲವಾಗಿದೆ",     // kn
	"ಒಂದು ಗುಪ್ತಪದದ ರೂಪಾಂತರದ ಅಗತ್ಯವಿದೆ",        // kn
	"인증 방식이 너무 취약합니다",                         // ko
	"암호를 넘겨야 합니다",                                 // ko
	"tapatybes nustatymo mechanizmas per silpnas", // lt
	"reikia perkelti slaptazodi",                  // lt
	"autentifikacijas mehanisms ir par vaju",      // lv
	"nepieciesama paroles pareja",                 // lv
	"механизмот за проверка е премногу слаб",      // mk
	"потребна е лозинка за транзит",               // mk
	"ആധികാരികത ഉറപ്പാക്കുന്ന സംവിധാനം വളരെ ദുര്‍ബലമാണ്", // ml
	"ഒരു പാസ്‍വേര്‍ഡ് സ്ഥിതിമാറ്റം ആവശ്യമുണ്ട്",         // ml
	"अधिप्रमाणन पध्दत खूपच अशक्त आहे",                   // mr
	"परवलीशब्दाच्या कृती आवश्यक आहे",                    // mr
	"mekanisme pengesahihan terlalu lemah",  // ms
	"satu peralihan kata laluan diperlukan", // ms
	"autentiseringsmekanismen er for svak",  // nb nn
	"passordoverforing kreves",              // nb
	"प्रमाणीकरण संयन्त्र धेरै कमजोर छ", // ne
	"एउटा पासवर्ड सङ्क्रमण आवस्यक छ",   // ne
	"aanmeldingsmechanisme te zwak",                // nl
	"veranderen van wachtwoord is vereist",         // nl
	"treng ein passordovergang",                    // nn
	"lo mecanisme d'autentificacion es trop feble", // oc
	"ବୈଧିକରଣ କାର୍ଯ୍ୟକଳାପଟି ଅତ୍ୟନ୍ତ ଦୁର୍ବଳ",     // or
	"ଗୋଟିଏ ପ୍ରବେଶ ସଂକେତ ପରିବର୍ତ୍ତନ ଆବଶ୍ୟକ",     // or
	"ਪ੍ਰਮਾਣਿਕਤਾ ਢੰਗ ਬਹੁਤ ਕਮਜ਼ੋਰ ਹੈ",             // pa
	"ਇੱਕ ਪਾਸਵਰਡ ਤਬਦੀਲੀ ਲੋੜੀਦੀ ਹੈ",              // pa
	"mechanizm uwierzytelniania jest za slaby", // pl
	"wymagana jest zmiana hasla",                     // pl
	"mecanismo de autenticacao e demasiado fraco",    // pt
	"e necessaria uma transicao de palavra-passe",    // pt
	"o mecanismo de autenticacao e fraco demais",     // pt_BR
	"e necessaria uma transicao de senha",            // pt_BR
	"mecanismul de autentificare este prea slab",     // ro
	"e nevoie de o tranzitie a parolei",              // ro
	"слишком слабый механизм аутентификации",         // ru
	"необходима передача пароля",                     // ru
	"mechanizmus overenia je prilis slaby",           // sk
	"vyzadovany je prenos hesla",                     // sk
	"nacin overitve je presibak",                     // sl
	"zahtevan je prenos gesla",                       // sl
	"mekanizmi i autentifikimit eshte teper i dobet", // sq
	"nevoitet fjalekalimi i shkembimit",              // sq
	"механизам потврђивања идентитета је преслаб",    // sr
	"потребно је слање лозинке",                      // sr
	"mehanizam potvrdivanja identiteta je preslab",   // sr@latin
	"autentiseringsmekanismen ar for svag",           // sv
	"en losenordsoverforing behovs",                  // sv
	"அனுமதி முறை மிகவும் மோசமாக உள்ளது",              // ta
	"கடவுச்சொல் மாற்றம் தேவை",                        // ta
	"దృవీకరణ మెకానిజం మరీ బలహీనంగాఉంది",              // te
	"సంకేతపదం బదిలీకరణ అవసరం",                        // te
	"กลไกการยืนยันตัวบุคคลอ่อนเกินไป",                // th
	"ต้องเปลี่ยนรหัสผ่าน",                            // th
	"kimlik dogrulama yontemi cok zayif",             // tr
	"parola iletimi gerekiyor",                       // tr
	"كىملىك دەلىللەش مېخانىزمى بەك ئاجىز",            // ug
	"ئىم ئۆزگەرتىش زۆرۈر",                            // ug
	"механізм автентифікації надто слабкий",          // uk
	"потрібно передати пароль",                       // uk
	"cơ chế xac thực qua yếu",                        // vi
	"cần chuyển tiếp mật khẩu",                       // vi
	"indlela yobungqina ibuthathaka kakhulu",         // xh
	"kufuneka kuguqulwe i-password",                  // xh
	"认证机制太弱",                                         // zh_CN
	"需要密码转换",                                         // zh_CN
	"核對機制太弱了",                                        // zh_HK zh_TW
	"需要密碼傳送",                                         // zh_HK zh_TW
}

// evolutionEncryptionTerms translate "Encryption required for requested
// authentication mechanism" (RFC 4954's 538); they join the group
// "tlsrequired".
var evolutionEncryptionTerms = []string{
	"التشفير مطلوب لآليّة التّوثيق المطلوبة",                                             // ar
	"অনুৰোধ কৰা প্ৰমাণীকৰণ পদ্ধতিৰ এনক্ৰিপশনৰ প্ৰয়োজন",                                   // as
	"cifrau requeriu pol mecanismu d'autenticacion solicitau",                            // ast
	"sorgulanan tanitma mexanizmasi ucun kriptləmək lazimdir",                            // az
	"для запатрабаванага спосабу ідэнтыфікацыі патрабуецца шыфраванне",                   // be
	"зададеният механизъм на удостоверяване изисква шифриране",                           // bg
	"অনুরোধকৃত প্রমাণীকরণ পদ্ধতির জন্য এনক্রিপশন আবশ্যক",                                 // bn
	"অনুরোধ করা অনুমোদন ব্যবস্থায় এনক্রিপশন প্রয়োজন",                                     // bn_IN
	"neophodno sifrovanje za trazeni mehanizam autentifikacije",                          // bs
	"el mecanisme d'autenticacio sol·licitat necessita xifratge",                         // ca ca@valencia
	"pro pozadovany zpusob overovani totoznosti je vyzadovano sifrovani",                 // cs
	"angen amgryptio ar y dull dilysiant a ddewiswyd",                                    // cy
	"den forespurgte autentificeringsmekanisme kraver kryptering",                        // da
	"fur den verlangten legitimierungsmechanismus ist eine verschlusselung erforderlich", // de
	"ཞུ་བ་འབད་མི་ བདེན་བཤད་ཐབས་ལམ་གྱི་དོན་ལས་ གསང་བཟོ་འབད་དགོ་པས།",                       // dz
	"απαιτείται κρυπτογράφηση για τον ζητούμενο μηχανισμό πιστοποίησης",                  // el
	"cifrado requerida por el mecanismo de autenticacion pedido",                         // es
	"noutud autentimismehhanismi jaoks on kruptimine vajalik",                            // et
	"eskatutako autentifikazio-mekanismoak beharrezkoa du zifratzea",                     // eu
	"برای سازوکار تأیید هویت خواسته شده رمزنگاری لازم است",                               // fa
	"pyydetty todennusmenetelma vaatii salausta",                                         // fi
	"chiffrement requis pour le mecanisme d'authentification demande",                    // fr
	"cifradure necessarie pal mecanisim di autenticazion domandade",                      // fur
	"necesitase un cifrado para o mecanismo de autenticacion solicitado",                 // gl
	"મંજૂર થયેલ સત્તાધિકરણ ક્રિયા માટે એનક્રિપ્શન જરુરી છે",                              // gu
	"ההצפנה הנדרשת עבור מנגנון האימות המבוקש",                                            // he
	"निवेदित सत्यापन यांत्रिकी के लिये गोपन की आवश्यकता है",                              // hi
	"sifriranje je potrebno za trazeni mehanizam ovjere",                                 // hr
	"titkositas szukseges a kert hitelesitesi mechanizmushoz",                            // hu
	"penyandian diperlukan untuk mekanisme autentikasi yang diminta",                     // id
	"il meccanismo di autenticazione richiesto richiede la cifratura",                    // it
	"要求した認証メカニズムのために暗号化が必要です",                                                            // ja
	"요청한 인증 방식에서는 암호화가 필요합니다",                                                            // ko
	"prasytam tapatybes nustatymo mechanizmui reikalingas sifravimas",                    // lt
	"pieprasitajam autentifikacijas mehanismam nepieciesama sifresana",                   // lv
	"потребно е кодирање за бараниот механизам за проверка",                              // mk
	"विनंती केलेल्या अधिप्रमाणन पध्दतीसाठी इन्स्क्रिप्शन आवश्यक आहे",                     // mr
	"penyulitan diperlukan untuk mekanisme pengesahihan yang dipinta",                    // ms
	"kryptering kreves for forespurt autentiseringsmekanisme",                            // nb
	"अनुरोध गरिएको प्रमाणीकरण संयन्त्रको लागि लागि गुप्तीकरण आवश्यक छ",                   // ne
	"versleuteling vereist voor gewenst aanmeldingsmechanisme",                           // nl
	"kryptering pakravd for den etterspurde autentiseringsmekanismen",                    // nn
	"chiframent requesit pel mecanisme d'autentificacion demandat",                       // oc
	"ଅନୁରୋଧ କରାଯାଇଥିବା ବୈଧିକରଣ କାର୍ଯ୍ୟକଳାପ ପାଇଁ ସଂଗୁପ୍ତ ଆବଶ୍ୟକ",                          // or
	"ਲੋੜੀਦੇ ਪ੍ਰਮਾਣਕਿਤਾ ਢੰਗ ਲਈ ਇਕ੍ਰਿਪਸ਼ਨ ਲੋੜੀਦੀ ਹੈ",                                        // pa
	"zadany mechanizm uwierzytelniajacy wymaga szyfrowania",                              // pl
	"criptografia necessaria para o mecanismo de autenticacao solicitado",                // pt
	"criptografia necessaria para o mecanismo de autenticacao pedido",                    // pt_BR
	"mecanismul de autentificare cerut necesita criptare",                                // ro
	"для запрошенного механизма аутентификации требуется шифрование",                     // ru
	"pre pozadovany sposob overenia totoznosti je vyzadovane sifrovanie",                 // sk
	"za zahtevan nacin overitve je obvezno sifriranje",                                   // sl
	"mekanizmi i kerkuar i autentifikimit ka nevoje per kriptim",                         // sq
	"неопходно је шифровање за тражени механизам потврђивања идентитета",                 // sr
	"neophodno je sifrovanje za trazeni mehanizam potvrdivanja identiteta",               // sr@latin
	"kryptering behovs for begard autentiseringsmekanism",                                // sv
	"கோரப்பட்ட அனுமதி முறைமைக்கு குறிமுறையாக்கம் தேவை",                                   // ta
	"అభ్యర్దిత దృవీకరణ మెకానిజంకు ఎన్క్రిప్షన్ అవసరమైంది",                                // te
	"ต้องการการเข้ารหัสลับสำหรับกลไกการยืนยันตัวบุคคลที่ขอ",                              // th
	"istenen kimlik dogrulama yontemi icin sifreleme gerekiyor",                          // tr
	"تەلەپ قىلىنغان كىملىك دەلىللەش مېخانىزمى ئۈچۈن شىفىرلاش زۆرۈر",                      // ug
	"запитаний механізм автентифікації потребує шифрування",                              // uk
	"cơ chế xac thực yeu cầu cần phải dược ma hoa",                                       // vi
	"kufuneka ukukhowuda kule ndlela yobungqina iceliweyo",                               // xh
	"请求的认证机制必须加密",                                                                        // zh_CN
	"所要求的核對機制必須加密處理",                                                                     // zh_HK zh_TW
}

// evolutionAuthRequiredTerms translate "Authentication required" (RFC 4954's
// 530); they join the group "authneeded".
var evolutionAuthRequiredTerms = []string{
	"مطلوبٌ التّوثيق",                  // ar
	"প্ৰমাণীকৰণ আৱশ্যক",                // as
	"necesitase autentificacion",       // ast
	"tanitma lazimdir",                 // az
	"патрабуецца ідэнтыфікацыя",        // be
	"изисква се удостоверяване",        // bg
	"প্রমাণীকরণ আবশ্যক",                // bn
	"অনুমোদন আবশ্যক",                   // bn_IN
	"autentifikacija potrebna",         // bs
	"cal autenticacio",                 // ca ca@valencia
	"je vyzadovano overeni totoznosti", // cs
	"angen dilysu",                     // cy
	"godkendelse kraves",               // da
	"legitimierung erforderlich",       // de
	"བདེན་བཤད་འབད་དགོཔ་འདུག",           // dz
	"απαιτείται πιστοποίηση",           // el
	"autentigo necesas",                // eo
	"autentimine on vajalik",           // et
	"autentifikazioa behar da",         // eu
	"تأیید هویت لازم است",              // fa
	"todennus vaaditaan",               // fi
	"autenticazion necessarie",         // fur
	"autenticacion requirida",          // gl
	"સત્તાધિકારની જરુરિયાત છે",         // gu
	"נדרשת הזדהות",                     // he
	"सत्यापन आवश्यक",                   // hi
	"potrebna je ovjera",               // hr
	"hitelesites szukseges",            // hu
	"autentikasi diperlukan",           // id
	"audkenningar krafist",             // is
	"認証を必要としています",                      // ja
	"საჭროა ავთენტიკაცია",              // ka
	"аутентификация керек",             // kk
	"ទាមទារការផ្ទៀងផ្ទាត់ភាពត្រឹមត្រូវ", // km
	"ದೃಢೀಕರಣದ ಅಗತ್ಯವಿದೆ",                // kn
	"인증이 필요합니다",                    // ko
	"butina nustatyti tapatybe",    // lt
	"nepieciesama autentifikacija", // lv
	"потребна е проверка",          // mk
	"ആധികാരികത ഉറപ്പ് വരുത്തല്‍ ആവശ്യമുണ്ട്", // ml
	"гэрчилгээ шаардлагатай",                 // mn
	"अधिप्रमाणन आवश्यक",                      // mr
	"pengesahihan diperlukan",             // ms
	"autentisering kreves",                // nb
	"प्रमाणीकरण आवश्यक",                   // ne
	"aanmelding is vereist",               // nl
	"autentisering pakrevd",               // nn
	"autentificacion requesida",           // oc
	"ବୈଧିକରଣ ଆବଶ୍ଯକ",                      // or
	"ਪ੍ਰਮਾਣਕਿਤਾ ਲੋੜੀਦੀ ਹੈ",                // pa
	"wymagane uwierzytelnienie",           // pl
	"autenticacao exigida",                // pt_BR
	"necesita autentificare",              // ro
	"vyzaduje sa overenie totoznosti",     // sk
	"zahtevana je overitev",               // sl
	"kerkohet autentikimi",                // sq
	"потребно је потврђивање идентитета",  // sr
	"potrebno je potvrdivanje identiteta", // sr@latin
	"autentisering kravs",                 // sv
	"அனுமதி தேவை",                         // ta
	"ధృవీకరణ అవసరం",                       // te
	"ต้องการการยืนยันตัวบุคคล",            // th
	"kimlik dogrulamasi gerekli",          // tr
	"كىملىك دەلىللەش زۆرۈر",               // ug
	"вимагається автентифікація",          // uk
	"cần thiết xac thực",                  // vi
	"kufuneka ubungqina",                  // xh
	"必须认证",                                // zh_CN
	"要求核對",                                // zh_HK zh_TW
}

// evolutionSyntaxTerms translate "Syntax error, command unrecognized" and
// "Syntax error in parameters or arguments" and "Command not implemented"
// and "Command parameter not implemented" and "Bad sequence of commands"
// (500, 501, 502, 503 and 504: a command the server did not take); they join
// the group "syntax".
var evolutionSyntaxTerms = []string{
	"خطأ صياغي، أمر غير معروف",           // ar
	"خطأ صياغي في المعطيات أو المعاملات", // ar
	"الأمر غير مدمج",                     // ar
	"معامل الأمر غير مدمج",               // ar
	"বাক্যবিন্যাস জড়িত ত্ৰুটি, ‍অজ্ঞাত কমান্ড",          // as
	"প্ৰাচল অথবা তৰ্কত বাক্যবিন্যাস জড়িত ত্ৰুটি",        // as
	"কমান্ড সঞ্চালিত হোৱা নাই",                          // as
	"কমান্ডৰ প্ৰাচল সঞ্চালিত হোৱা নাই",                  // as
	"fallu de sintaxis, comandu non reconociu",          // ast
	"fallu de sintaxis nos parametros o los argumentos", // ast
	"comandu non implementau",                          // ast
	"parametru del comandu non implementau",            // ast
	"imla xətasi, əmr taninmir",                        // az
	"parametr və ya arqumentlərdə imla xətasi",         // az
	"əmr yerinə yetirilməyib",                          // az
	"əmr parametri yerinə yetirilməyib",                // az
	"сінтаксічная памылка, загад не апазнаны",          // be
	"сінтаксічная памылка ў параметрах ці аргументах",  // be
	"загад не мае праграмнай рэалізацыі",               // be
	"параметр загаду не мае праграмнай рэалізацыі",     // be
	"синтактична грешка, непозната команда",            // bg
	"синтактична грешка в параметрите или аргументите", // bg
	"командата не е реализирана",                       // bg
	"параметърът на командата не е реализиран",         // bg
	"সিনট্যাক্স ত্রুটি, অজানা কমান্ড",                  // bn
	"প্যারামিটার অথবা আর্গুমেন্টে সিনট্যাক্স ত্রুটি",   // bn
	"কমান্ড বাস্তবায়িত হয়নি",                           // bn
	"কমান্ডের প্যারামিটার বাস্তবায়িত হয়নি",             // bn
	"সিনটেক্স জড়িত সমস্যা, অজানা কমান্ড",               // bn_IN
	"পরামিতি অথবা আর্গুমেন্টে সিনটেক্স জড়িত সমস্যা",    // bn_IN
	"কমান্ত সঞ্চালিত হয়নি",                             // bn_IN
	"কমান্ডের পরামিতি সঞ্চালিত হয়নি",                   // bn_IN
	"greska u sintaksi, komanda nije prepoznata",       // bs
	"greska u sintaksi u parametrima ili argumentima",  // bs sr@latin
	"komanda nije podrzana",                                       // bs
	"parametar komande nije podrzan",                              // bs
	"hi ha un error de sintaxi: no es reconeix l'ordre",           // ca
	"hi ha un error de sintaxi en els parametres o els arguments", // ca ca@valencia
	"no s'ha implementat l'ordre",                                 // ca
	"no esta implementat el parametre de l'ordre",                 // ca
	"hi ha un error de sintaxi: no es reconeix l'orde",            // ca@valencia
	"no s'ha implementat l'orde",                                  // ca@valencia
	"no esta implementat el parametre de l'orde",                  // ca@valencia
	"syntakticka chyba, prikaz neznamy",                           // cs sk
	"syntakticka chyba v parametrech nebo argumentech",            // cs
	"prikaz neni implementovan",                                   // cs
	"parametr prikazu neni implementovan",                         // cs
	"gwall cystrawen, gorchymyn heb ei adnabod",                   // cy
	"gwall cystrawen yn y paramedrau neu'r argiau",                // cy
	"gorchymyn heb weithredu",                                     // cy
	"paramedr gorchymyn heb weithredu",                            // cy
	"syntaksfejl, kommando ikke genkendt",                         // da
	"syntaksfejl i parametre eller argumenter",                    // da
	"kommando ikke implementeret",                                 // da
	"kommandoparameter ikke implementeret",                        // da
	"syntaxfehler, befehl nicht erkannt",                          // de
	"syntaxfehler in parametern oder argumenten",                  // de
	"befehl nicht implementiert",                                  // de
	"befehlsparameter nicht implementiert",                        // de
	"ཚིག་སྦྱོར་འཛོལ་བ། བརྡ་བཀོད་ངོས་འཛིན་འབད་མ་ཚུགས།",        // dz
	"ཚད་བཟུང་ ཡང་ན་ སྒྲུབ་རྟགས་ནང་ལུ་ ཚིག་སྦྱོར་གྱི་འཛོལ་བ།", // dz
	"ལག་ལེན་མ་འཐབ་པའི་བརྡ་བཀོད།",                             // dz
	"ལག་ལེན་མ་འཐབ་པའི་ བརྡ་བཀོད་ཚད་བཟུང་།",                   // dz
	"σφάλμα σύνταξης, άγνωστη εντολή",                        // el
	"σφάλμα σύνταξης σε παραμέτρους ή ορίσματα",              // el
	"η εντολή δεν έχει εφαρμοστεί",                           // el
	"η παράμετρος της εντολής δεν έχει εφαρμοστεί",           // el
	"error de sintaxis, comando no reconocido",               // es
	"error de sintaxis en los parametros o los argumentos",   // es
	"comando no implementado",                                    // es
	"parametro del comando no implementado",                      // es
	"viga suntaksis, tundmatu kask",                              // et
	"suntaksi viga parameetrites voi argumentides",               // et
	"kasku ei ole veel teostatud",                                // et
	"kasu parameeter ei ole veel teostatud",                      // et
	"sintaxi-errorea; komandoa ezezaguna",                        // eu
	"sintaxi-errorea parametroetan edo argumentuetan",            // eu
	"komandoa inplementatu gabe",                                 // eu
	"komando-parametroa inplementatu gabe",                       // eu
	"خطای نحوی، فرمان شناخته نشد",                                // fa
	"خطای نحوی در پارامترها یا آرگومان‌ها",                       // fa
	"فرمان پیاده‌سازی نشده است",                                  // fa
	"پارامتر فرمان پیاده سازی نشده است",                          // fa
	"syntaksivirhe, tuntematon komento",                          // fi
	"syntaksivirhe parametreissa tai argumenteissa",              // fi
	"komentoa ei ole toteutettu",                                 // fi
	"komennon parametria ei ole toteutettu",                      // fi
	"erreur de syntaxe, commande non reconnue",                   // fr
	"erreur de syntaxe dans les parametres",                      // fr
	"commande non implementee",                                   // fr
	"parametre de commande non implemente",                       // fr
	"eror di sintassi, comant no ricognossut",                    // fur
	"eror di sintassi tai parametris o tai argoments",            // fur
	"comant no implementat",                                      // fur
	"parametri comant no implementat",                            // fur
	"existe un erro de sintaxe; a orde no se reconeceu",          // gl
	"existe un erro de sintaxe nos parametros ou nos argumentos", // gl
	"a orde non esta implementada",                               // gl
	"o parametro da orde non esta implementado",                  // gl
	"વાક્યરચના ભૂલ, આદેશ ઓળખાયો નથી",                             // gu
	"પરિમાણો અથવા દલીલોમાં વાક્યરચના ભૂલ",                        // gu
	"આદેશ સુધારાયો નથી",                                          // gu
	"આદેશ પરિમાણ સુધારાયો નથી",                                   // gu
	"שגיאת תחביר, הפקודה אינה מוכרת",                             // he
	"שגיאת תחביר בפרמטים או בארגומנטים",                          // he
	"הפקודה לא ממומשת",                                           // he
	"פרמטר הפקודה לא הוטמע",                                      // he
	"वाक्य रचना त्रुटि, कमांड अपरिचित",                           // hi
	"पैरामीटर या तर्क में वाक्य रचना त्रुटि",                     // hi
	"कमांड लागू नहीं किया गया",                                   // hi
	"कमांड पैरामीटर लागू नहीं किया गया",                          // hi
	"greska sintakse, neprepoznata naredba",                      // hr
	"greska sintakse u parametrima ili argumentima",              // hr
	"naredba nije implementirana",                                // hr
	"parametar naredbe nije implementiran",                       // hr
	"szintaktikai hiba, a parancs azonositatlan",                 // hu
	"szintaktikai hiba a parameterekben vagy az argumentumokban", // hu
	"a parancs nincs megvalositva",                               // hu
	"a parancs parametere nincs megvalositva",                    // hu
	"salah sintaks, perintah tak dikenal",                        // id
	"salah sintaks dalam parameter atau argumen",                 // id
	"perintah tidak diimplementasikan",                           // id
	"parameter perintah tidak diimplementasikan",                 // id
	"errore di sintassi, comando non riconosciuto",               // it
	"errore di sintassi nei parametri o negli argomenti",         // it
	"comando non implementato",                                   // it
	"parametro del comando non implementato",                     // it
	"構文解析エラー: コマンドではありません",                                       // ja
	"パラメーターあるいは引数に構文解析エラー",                                       // ja
	"コマンドは実装されていません",                                             // ja
	"コマンドパラメーターは実装されていません",                                       // ja
	"команда іске асырылмаған",                                   // kk
	"команда параметрі іске асырылмаған",                         // kk
	"មិនទទួលស្គាល់វាក្យសម្ពន្ធ កំហុស ពាក្យបញ្ជា",      // km
	"កំហុសវាក្យសម្ពន្ធនៅក្នុងប៉ារ៉ាម៉ែត្រ ឬអាគុយម៉ង់", // km
	"ពាក្យបញ្ជាមិនទាន់ត្រូវបានអនុវត្ត",                // km
	"ប៉ារ៉ាម៉ែត្រពាក្យបញ្ជាមិនទាន់ត្រូវបានអនុវត្ត",    // km
	"ಸಿಂಟ್ಯಾಕ್ಸ್‍ ದೋಷ, ಗುರುತಿಸಲಾದ ಆದೇಶ",               // kn
	"ನಿಯತಾಂಕದಲ್ಲಿ ಅಥವ ಆರ್ಗುಮೆಂಟಿನಲ್ಲಿ ಸಿಂಟಾಕ್ಸಿನ ದೋಷ", // kn
	"ಆದೇಶಯನ್ನು ಅನ್ವಯಿಸಲಾಗಿಲ್ಲ",                        // kn
	"ಆಜ್ಞಾ ನಿಯತಾಂಕವನ್ನು ಅನ್ವಯಿಸಲಾಗಿಲ್ಲ",               // kn
	"문법 오류로, 무슨 명령인지 파악할 수 없습니다",                      // ko
	"인자 혹은 인수에서 문법 오류입니다",                             // ko
	"명령이 구현되지 않았습니다",                                  // ko
	"명령어 인자가 구현되지 않았습니다",                              // ko
	"sintakses klaida, komanda neatpazinta",           // lt
	"sintakses klaida parametruose arba argumentuose", // lt
	"komanda neigyvendinta",                     // lt
	"komandos parametras neigyvendintas",        // lt
	"sintakses kluda, komanda nav atpazita",     // lv
	"sintakses kluda parametros vai argumentos", // lv
	"komanda nav ieviesta",                      // lv
	"komandas parametri nav ieviesti",           // lv
	"синтаксна грешка, командата не е препозната",                           // mk
	"синтаксна грешка во параметрите или аргументите",                       // mk
	"командата не е имплементирана",                                         // mk
	"параметарот на командата не е имплементиран",                           // mk
	"തെറ്റായ കമാന്‍ഡ്, സിന്‍റാക്സ് പിശക്",                                   // ml
	"പരാമീറ്ററുകള്‍ അല്ലെങ്കില്‍ ആര്‍ഗ്യുമെന്‍റുകളില്‍ സിന്‍റ്റാക്സ് പിശക്", // ml
	"കമാന്‍ഡ് നടപ്പിലാക്കുവാന്‍ സാധ്യമല്ല",                                  // ml
	"കമാന്‍ഡ് പരാമീറ്റര്‍ പ്രാവര്‍ത്തികമല്ല",                                // ml
	"सिनटॅक्स त्रुटी, सूचना ओळखता आली नाही",                                 // mr
	"गुणधर्मात वा विधानात सिनटॅक्सचा त्रुटी",                                // mr
	"सूचना अमलात आणली गेली नाही",                                            // mr
	"सूचना गुणधर्म अमलात आणला गेला नाही",                                    // mr
	"ralat sintaks, perintah tidak dikenali",                                // ms
	"ralat sintaks dalam parameter atau argumen",                            // ms
	"perintah tidak dilaksanakan",               // ms
	"parameter perintah tidak dilaksanakan",     // ms
	"syntaksfeil, kommando ikke gjenkjent",      // nb
	"syntaksfeil i parametere eller argumenter", // nb
	"kommando ikke implementert",                // nb
	"kommandoparameter ikke implementert",       // nb
	"वाक्य संरचना त्रुटि, आदेश पहिचान भएन",                 // ne
	"परिमिति वा तर्कहरूमा वाक्यसंरचना त्रुटि",              // ne
	"आदेश कार्यान्वयन गरिएन",                               // ne
	"आदेश परिमिति कार्यान्वयन गरिएन",                       // ne
	"syntactische fout; opdracht niet herkend",             // nl
	"syntactische fout in parameters of argumenten",        // nl
	"opdracht niet geimplementeerd",                        // nl
	"opdrachtparameter niet geimplementeerd",               // nl
	"syntaksfeil. kjente ikkje att kommandoen",             // nn
	"syntaksfeil i parameterar eller argument",             // nn
	"kommandoen ikkje implementert",                        // nn
	"kommandoparameteren ikkje implementert",               // nn
	"error de sintaxi, comanda pas reconeguda",             // oc
	"error de sintaxi dins los parametres o los arguments", // oc
	"comanda pas encara escrita",                           // oc
	"parametre de comanda pas implementat",                 // oc
	"ବାକ୍ୟ ବିନ୍ୟାସ ତ୍ରୁଟି, ନିର୍ଦ୍ଦେଶଟି ଅଚିହ୍ନା ଅଛି",         // or
	"ପ୍ରାଚଳ କିମ୍ବା ସ୍ୱତନ୍ତ୍ରଚରଗୁଡ଼ିକରେ ବାକ୍ୟବିନ୍ୟାସ ତ୍ରୁଟି", // or
	"ନିର୍ଦ୍ଦେଶକୁ କାର୍ଯ୍ୟକାରୀ କରାହୋଇନାହିଁ",                   // or
	"ନିର୍ଦ୍ଦେଶ ପ୍ରାଚଳକୁ କାର୍ଯ୍ୟକାରୀ କରାହୋଇନାହିଁ",            // or
	"ਸੰਟੈਕਸ ਗਲਤੀ, ਕਮਾਂਡ ਪਛਾਣੀ ਨਹੀਂ ਜਾ ਸਕੀ",                  // pa
	"ਪੈਰਾਮੀਟਰ ਜਾਂ ਆਰਗੂਮਿੰਟ ਵਿੱਚ ਸੰਟੈਕਸ ਗਲਤੀ",                // pa
	"ਕਮਾਂਡ ਲਾਗੂ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕੀ ਹੈ",                        // pa
	"ਕਮਾਂਡ ਪੈਰਾਮੀਟਰ ਲਾਗੂ ਨਹੀਂ ਹੈ",                           // pa
	"blad skladniowy. nie rozpoznano polecenia",             // pl
	"blad skladniowy wsrod parametrow lub parametrow",       // pl
	"niezaimplementowane polecenie",                                // pl
	"niezaimplementowany parametr polecenia",                       // pl
	"erro de sintaxe, comando desconhecido",                        // pt
	"erro de sintaxe nos parametros ou argumentos",                 // pt pt_BR
	"comando nao implementado",                                     // pt pt_BR
	"parametro de comando nao implementado",                        // pt pt_BR
	"erro de sintaxe, comando nao reconhecido",                     // pt_BR
	"eroare de sintaxa, comanda nerecunoscuta",                     // ro
	"eroare de sintaxa la parametri sau argumente",                 // ro
	"comanda neimplementata",                                       // ro
	"parametrul comenzii neimplementat",                            // ro
	"синтаксическая ошибка, команда не распознана",                 // ru
	"синтаксическая ошибка в параметрах или аргументах",            // ru
	"команда не реализована",                                       // ru
	"параметр команды не реализован",                               // ru
	"syntakticka chyba vo formalnych alebo skutocnych parametroch", // sk
	"prikaz neimplementovany",                                      // sk
	"parameter prikazu neimplementovany",                           // sk
	"napaka skladnje; ukaz ni prepoznan",                           // sl
	"napaka skladnje v parametrih ali argumentih",                  // sl
	"ukaz ni podprt",                               // sl
	"parameter ukaza ni podprt",                    // sl
	"gabim sintaksor, komande e panjohur",          // sq
	"gabim sintaksor ne parametrat apo argumentet", // sq
	"komande e pasuportuar",                        // sq
	"parameter komande i pasuportuar",              // sq
	"грешка у синтакси, наредба није препозната",      // sr
	"грешка у синтакси у параметрима или аргументима", // sr
	"наредба није подржана",                           // sr
	"параметар наредбе није подржан",                  // sr
	"greska u sintaksi, naredba nije prepoznata",      // sr@latin
	"naredba nije podrzana",                 // sr@latin
	"parametar naredbe nije podrzan",        // sr@latin
	"syntaxfel, okant kommando",             // sv
	"syntaxfel i parametrar eller argument", // sv
	"kommandot inte implementerat",          // sv
	"kommandoparameter inte implementerad",  // sv
	"தொடரியல் பிழை, கட்டளையை புரிந்துகொள்ள முடியவில்லைிழை", // ta
	"அளவுரு அல்லது பயனிலையில் தொடர் பிழை",                  // ta
	"கட்டளையை செயல்படுத்த முடியவில்லை",                     // ta
	"கட்டளை அளவுருவை செயல்படுத்த முடியவில்லை",              // ta
	"సిన్టాక్స్ దోషం, ఆదేశం గుర్తించబడలేదు",                // te
	"పారామితులు లేదా ఆర్గుమెంట్ల నందు సిన్టాక్సు దోషం",     // te
	"ఆదేశం తయారుచేయబడలేదు",                                 // te
	"అదేశం పారామితి తయారుచేయబడలేదు",                        // te
	"ผิดไวยากรณ์: คำสั่งไม่รู้จัก",                         // th
	"ผิดไวยากรณ์ในพารามิเตอร์หรืออาร์กิวเมนต์",             // th
	"คำสั่งยังไม่รองรับ",                                   // th
	"พารามิเตอร์คำสั่งยังไม่รองรับ",                        // th
	"soz dizimi hatasi, bilinmeyen komut",                    // tr
	"parametre ya da argumanlarda soz dizimi hatasi",         // tr
	"komut henuz taninmiyor",                                 // tr
	"komut parametresi henuz taninmiyor",                     // tr
	"گرامماتىكىلىق خاتالىق، بۇيرۇق ناتونۇش",                  // ug
	"پارامېتىردا ياكى تاللانمىدا گرامماتىكا خاتالىقى بار",    // ug
	"بۇيرۇقنى تېخى ئىشلەتكىلى بولمايدۇ",                      // ug
	"بۇيرۇق پارامېتىرىنى تېخى ئىشلەتكىلى بولمايدۇ",           // ug
	"синтаксична помилка, команду не розпізнано",             // uk
	"синтаксична помилка у параметрах чи аргументах",         // uk
	"команди не реалізовано",                                 // uk
	"параметр команди не реалізовано",                        // uk
	"lỗi cu phap, khong nhận ra lệnh",                        // vi
	"lỗi cu phap trong tham số hoặc dối số",                  // vi
	"lệnh chưa dược thi cong",                                // vi
	"tham số lệnh chưa dược thi cong",                        // vi
	"impazamo yegrama, yomyalelo ongaziwanga",                // xh
	"impazamo kwigrama kwimida okanye kwisiphumezi-miyalelo", // xh
	"umyalelo awenziwanga",                                   // xh
	"umda womyalelo awenziwanga",                             // xh
	"语法错误，命令无法识别",                                            // zh_CN
	"参数语法错误",                                                 // zh_CN
	"命令尚未实现",                                                 // zh_CN
	"命令参数尚未实现",                                               // zh_CN
	"語法錯誤，不認識的指令",                                            // zh_HK zh_TW
	"參數內的語法錯誤",                                               // zh_HK zh_TW
	"指令沒有實作",                                                 // zh_HK zh_TW
	"指令的參數沒有實作",                                              // zh_HK zh_TW
}

// evolutionProcessingTerms translate "Requested action aborted: error in
// processing" (451: the server's own trouble); they join the group "busy".
var evolutionProcessingTerms = []string{
	"خطأ في المعالجة",                              // ar
	"প্ৰক্ৰিয়াকৰণ ত্ৰুটি",                          // as
	"fallu nel procesamientu",                      // ast
	"oxumada xəta oldu",                            // az
	"памылка ў апрацоўцы",                          // be
	"грешка в обработката",                         // bg
	"প্রক্রিয়াকরণে ত্রুটি",                         // bn
	"প্রক্রিয়াকরণে সমস্যা",                         // bn_IN
	"greska pri obradi",                            // bs sr@latin
	"s'ha produit un error durant el processament", // ca ca@valencia
	"chyba pri zpracovani",                         // cs
	"gwall wrth brosesu",                           // cy
	"fejl i processering",                          // da
	"fehler bei verarbeitung",                      // de
	"ཞུ་བ་འབད་མི་བྱ་བ་ བར་བཤོལ་འབད་ཡི། ལས་སྦྱོར་ནང་ལུ་འཛོལ་བ།", // dz
	"σφάλμα κατά την επεξεργασία",        // el
	"error en procesamiento",             // es
	"viga tootlemisel",                   // et
	"errorea prozesatzean",               // eu
	"خطا در حال پردازش است",              // fa
	"virhe kasittelyssa",                 // fi
	"erreur de traitement",               // fr
	"eror te elaborazion",                // fur
	"produciuse un erro no procesamento", // gl
	"પ્રક્રિયા કરવામાં ભૂલ",              // gu
	"שגיאה בעת העיבוד",                   // he
	"प्रक्रिया में त्रुटि",               // hi
	"greska obrade",                      // hr
	"hiba a feldolgozas soran",           // hu
	"kesalahan dalam pemrosesan",         // id
	"errore nell'elaborazione",           // it
	"កំហុសក្នុងការដំណើរការ",              // km
	"ವಿನಂತಿಸಿದ ಕ್ರಿಯೆಯನ್ನು ಅರ್ಧಕ್ಕೆ ಕೈ ಬಿಡಲಾಗಿದೆ, ಸಂಸ್ಕರಿಸುವಾಗ ದೋಷ ಉಂಟಾಗಿದೆ", // kn
	"처리하는데 오류 발생",                                    // ko
	"klaida vykdant",                                 // lt
	"pieprasita darbiba partraukta — kluda apstrade", // lv
	"грешка во процесирањето",                        // mk
	"പ്രവര്‍ത്തനത്തില്‍ പിശക്",                       // ml
	"प्रक्रियेत त्रुटी झाली",                         // mr
	"ralat dalam memproses",                          // ms
	"feil i prosessering",                            // nb nn
	"प्रक्रियामा त्रुटि",                             // ne
	"fout tijdens verwerken",                         // nl
	"error de tractament",                            // oc
	"କାର୍ଯ୍ୟକାରୀ କରିବାରେ ତ୍ରୁଟି",                     // or
	"ਲੋੜੀਦੀ ਕਾਰਵਾਈ ਛੱਡੀ ਗਈ ਗਈ, ਕਾਰਵਾਈ ਵਿੱਚ ਗਲਤੀ", // pa
	"blad podczas przetwarzania", // pl
	"erro no processamento",      // pt pt_BR
	"eroare la procesare",        // ro
	"ошибка при обработке",       // ru
	"chyba pri spracovani",       // sk
	"napaka v obdelavi",          // sl
	"gabim gjate procesimit",     // sq
	"грешка при обради",          // sr
	"fel i behandling",           // sv
	"செயல் படுத்துகையில் பிழை",      // ta
	"కార్యక్రమములో దోషం",            // te
	"เกิดข้อผิดพลาดระหว่างการทำงาน", // th
	"islem sirasinda hata", // tr
	"بىرتەرەپ قىلىش جەريانىدا خاتالىق كۆرۈلدى", // ug
	"помилка при обробці",                      // uk
	"lỗi khi thực hiện",                        // vi
	"kwenzeke impazamo ngelixa siphunyezwayo",  // xh
	"正在處理時發生錯誤",                                // zh_HK zh_TW
}

// Evolution's SMTP transport prints messages of its own too, translated
// as the codes' texts are and taken from the same catalogues:
// testdata/evolution_transport.tsv holds them, and
// TestEvolutionTransportMessages reads each as its English is read. The
// spellings are the catalogues' (ko's and pt's "startls", th's doubled
// tone mark); English's own variants are left out.

// evolutionNotConnectedTerms translate the part after the colon of
// Evolution's own "Cannot send message: service not connected." (its SMTP
// transport found no connection to send on): the connection's; they join
// the group "connectfailed". Portuguese's "serviço desligado" ("service
// switched off") says as well a service that is down, and is left out.
var evolutionNotConnectedTerms = []string{
	"الخدمة غير متّصلة",                    // ar
	"সেৱা সংযুক্ত নহয়",                     // as
	"serviciu non coneutau",                // ast
	"xidmətlə bagli deyil",                 // az
	"няма злучэння з пастаўшчыком паслугі", // be
	"услугата не е свързана",               // bg
	"সার্ভিস সংযুক্ত নয়",                   // bn
	"পরিসেবা সংযুক্ত নয়",                   // bn_IN
	"servis nije povezan",                  // bs
	"el servei no esta connectat",          // ca ca@valencia
	"sluzba neni pripojena",                // cs
	"gwasanaeth heb ei gysylltu",           // cy
	"tjeneste ikke forbundet",              // da
	"dienst nicht verbunden",               // de
	"ཞབས་ཏོག་མ་མཐུད་པས།",                   // dz
	"δεν συνδέθηκε η υπηρεσία",             // el
	"servicio no conectado",                // es
	"teenus pole uhendatud",                // et
	"ez da zerbitzurik konektatu",          // eu
	"سرویس متصل نیست",                      // fa
	"palveluun ei ole yhteytta",            // fi
	"service non connecte",                 // fr
	"servizi no conetut",                   // fur
	"o servizo non esta conectado",         // gl
	"સેવા જોડાયેલ નથી",                     // gu
	"השירות אינו מחובר",                    // he
	"सेवा जुड़ी हुई नहीं है",               // hi
	"usluga nije povezana",                 // hr sr@latin
	"a szolgaltatas nincs kapcsolodva",     // hu
	"layanan tidak terhubung",              // id
	"servizio non connesso",                // it
	"サービスが接続されていません",                       // ja
	"សេវាមិនទាន់ត្រូវបានតភ្ជាប់",      // km
	"ಸೇವೆಯೊಂದಿಗೆ ಸಂಪರ್ಕ ಸಾಧಿಸಲಾಗಿಲ್ಲ", // kn
	"서비스에 연결되지 않았습니다",                 // ko
	"paslauga neprisijungus",  // lt
	"serviss nav savienojies", // lv
	"сервисот не е врзан",     // mk
	"സര്‍വീസ് കണക്ട് ചെയ്തിട്ടില്ല",  // ml
	"सेवा जोडलेली नाही",              // mr
	"perkhidmatan tidak bersambung",  // ms
	"tjenesten er ikke tilkoblet",    // nb
	"सेवा जडान गरिएको छैन",           // ne
	"geen verbinding met service",    // nl
	"tenesta ikkje kopla til",        // nn
	"servici pas connectat",          // oc
	"ସର୍ଭିସ ସଂଯୁକ୍ତ ନୁହଁ",            // or
	"ਸੇਵਾ ਜੁੜੀ ਨਹੀਂ ਹੈ",              // pa
	"brak polaczenia z usluga",       // pl
	"servico nao conectado",          // pt_BR
	"serviciul nu este conectat",     // ro
	"сервис не подключен",            // ru
	"sluzba nie je pripojena",        // sk
	"storitev ni povezana",           // sl
	"sherbimi nuk eshte lidhur",      // sq
	"услуга није повезана",           // sr
	"tjansten ar inte ansluten",      // sv
	"சேவை இணைப்பில் இல்லை",           // ta
	"సేవ అనుసంధానంకాలేదు",            // te
	"ไม่ได้เชื่อมต่อการบริการ",       // th
	"servis bagli degil",             // tr
	"مۇلازىمەتكە باغلانغىلى بولمىدى", // ug
	"немає зв'язку з службою",        // uk
	"chưa kết nối dịch vụ",           // vi
	"le nkonzo ayinxulumaniswanga",   // xh
	"服务未连接",                          // zh_CN
	"服務未連線",                          // zh_HK zh_TW
}

// evolutionNoRecipientsTerms translate the part after the colon of
// Evolution's own "Cannot send message: no recipients defined." (a message
// it would not send, before any server was asked): the settings'; they
// join the group "settingsmissing". Malayalam's says "invalid address",
// another cause, and is left out.
var evolutionNoRecipientsTerms = []string{
	"لم يتم تعريف أيّة مستلِمين", // ar
	"গ্ৰাহক উল্লিখিত হোৱা নাই",   // as
	"nun hai destinatarios",           // ast
	"alici bildirilməyib",             // az
	"атрымальнікі не вызначаны",       // be
	"няма зададени получатели",        // bg
	"প্রাপক উল্লিখিত হয়নি",            // bn bn_IN
	"nisu odredeni primaoci",          // bs sr@latin
	"no s'ha definit cap destinatari", // ca ca@valencia
	"nebyli urceni prijemci",          // cs
	"dim derbynwyr wedi eu rhoi",      // cy
	"ingen modtagere angivet",         // da
	"keine empfanger angegeben",       // de
	"ལེན་མཁན་ངེས་འཛིན་མ་འབད་བས།",  // dz
	"δεν καθορίστηκαν παραλήπτες", // el
	"no hay destinatarios",                  // es
	"saajate aadressid on maaramata",        // et
	"ez da hartzailerik definitu",           // eu
	"گیرنده‌ای معین نشده است",               // fa
	"vastaanottajia ei ole maaritelty",      // fi
	"aucun destinataire n'est defini",       // fr
	"nol e stat definit nissun destinatari", // fur
	"non se definiron os destinatarios",     // gl
	"કોઈ મેળવનારાઓ વ્યાખ્યાયિત નથી", // gu
	"לא הוגדרו נמענים", // he
	"कोई प्राप्तकर्ता परिभाषित नहीं है", // hi
	"nema navedenih primatelja",        // hr
	"nincsenek cimzettek meghatarozva", // hu
	"penerima tidak disebutkan",        // id
	"nessun destinatario definito",     // it
	"宛先が定義されていません",                     // ja
	"គ្មានអ្នកទទួលត្រូវបានកំណត់",        // km
	"ಸ್ವೀಕರಿಸುವವರನ್ನು ಸೂಚಿಸಿಲ್ಲ",        // kn
	"받는 사람이 정의되지 않았습니다",                 // ko
	"neapibrezti jokie gavejai",         // lt
	"nav noraditi adresati",             // lv
	"нема дефинирано примачи",           // mk
	"ग्राहक ठरविलेले नाहीत",             // mr
	"penerima tidak ditakrif",           // ms
	"ingen mottakere definert",          // nb
	"प्रापकहरू परिभाषित छैनन्",          // ne
	"geen geadresseerden opgegeven",     // nl
	"ingen mottakarar",                  // nn
	"cap de destinatari es pas definit", // oc
	"କୌଣସି ଗ୍ରହଣକାରୀଙ୍କୁ ବ୍ଯାଖ୍ୟା କରାଯାଇନାହିଁ", // or
	"ਕੋਈ ਪ੍ਰਾਪਤ ਕਰਤਾ ਨਹੀਂ ਹੈ",                  // pa
	"nie podano odbiorcow",              // pl
	"nenhum destinatario definido",      // pt
	"nao foram definidos destinatarios", // pt_BR
	"destinatar neprecizat",             // ro
	"не определены получатели",          // ru
	"adresati nie su definovani",        // sk
	"ni navedenih prejemnikov",          // sl
	"nuk jane percaktuar marresit",      // sq
	"нису одређени примаоци",            // sr
	"inga mottagare ar angivna",         // sv
	"பெறுபவர் முகவரி குறிப்பிடப்படவில்லை", // ta
	"ఏ స్వీకరణదారులు నిర్వచింపబడలేదు",     // te
	"ไม่ได้ระบุผู้รับ",                    // th
	"hicbir alici belirtilmemis", // tr
	"تاپشۇرۇپ ئالغۇچى يوق",       // ug
	"не визначені отримувачі",    // uk
	"chưa go người nhận",         // vi
	"akukho bamkeli bachaziweyo", // xh
	"没有定义收件人",                    // zh_CN
	"沒有定義收件者",                    // zh_HK zh_TW
}

// evolutionStartTLSFailedTerms translate Evolution's own "STARTTLS command
// failed: " (the server's words, when it gave any, follow): a TLS failure;
// they join the group "tlsfailed".
var evolutionStartTLSFailedTerms = []string{
	"starttls কমান্ড ব্যৰ্থ হল",            // as
	"el comandu starttls fallo",            // ast
	"няўдалае выкананне starttls-загаду",   // be
	"командата starttls е неуспешна",       // bg
	"starttls কমান্ড সঞ্চালনে ব্যর্থ",      // bn_IN
	"starttls komanda neuspjela",           // bs
	"ha fallat l'ordre starttls",           // ca
	"ha fallat l'orde starttls",            // ca@valencia
	"prikaz starttls selhal",               // cs
	"starttls-kommandoen mislykkedes",      // da
	"starttls-befehl gescheitert",          // de
	"η εντολή starttls απέτυχε",            // el
	"el comando starttls ha fallado",       // es
	"torge starttls kasu taitmisel",        // et
	"starttls komandoak huts egin du",      // eu
	"starttls-komento epaonnistui",         // fi
	"la commande starttls a echoue",        // fr
	"comant starttls falit",                // fur
	"produciuse un fallo na orde starttls", // gl
	"starttls આદેશ નિષ્ફળ",                 // gu
	"פקודת starttls נכשלה",                 // he
	"starttls कमांड असफल",                  // hi
	"starttls neuspjela naredba",           // hr
	"a starttls parancs sikertelen",        // hu
	"perintah starttls gagal",              // id ms
	"comando starttls non riuscito",        // it
	"starttls コマンドが失敗しました",                 // ja
	"starttls командасы сәтсіз аяқталды",   // kk
	"ពាក្យបញ្ជា starttls បានបរាជ័យ",        // km
	"starttls ಆದೇಶ ವಿಫಲಗೊಂಡಿದೆ",            // kn
	"starttls 명령이 실패했습니다",                  // ko
	"starttls komanda nepavyko",            // lt
	"starttls komandas kluda",              // lv
	"starttls आदेश अपयशी",                  // mr
	"starttls-kommando feilet",             // nb
	"starttls आदेश असफल भयो",               // ne
	"starttls-opdracht mislukt",            // nl
	"la comanda starttls a fracassat",      // oc
	"starttls ନିର୍ଦ୍ଦେଶ ବିଫଳ ହୋଇଛି",        // or
	"starttls ਕਮਾਂਡ ਅਸਫਲ",                  // pa
	"polecenie starttls sie nie powiodlo",  // pl
	"falha no comando starttls",            // pt
	"o comando starttls falhou",            // pt_BR
	"comanda starttls a esuat",             // ro
	"сбой команды starttls",                // ru
	"prikaz starttls zlyhal",               // sk
	"ukaz starttls je spodletel",           // sl
	"старттлс наредба није успела",         // sr
	"starttls naredba nije uspela",         // sr@latin
	"starttls-kommandot misslyckades",      // sv
	"starttls கட்டளை தோல்வுயுற்றது",        // ta
	"starttls ఆదేశం విఫలమైంది",             // te
	"คำสั่่ง starttls ล้มเหลว",             // th
	"starttls komutu basarisiz oldu",       // tr
	"starttls بۇيرۇقى مەغلۇپ بولدى",        // ug
	"помилка команди starttls",             // uk
	"lỗi lệnh starttls",                    // vi
	"starttls 命令失败",                        // zh_CN
	"starttls 指令失敗",                        // zh_HK zh_TW
}

// evolutionStartTLSNotSupportedTerms translate Evolution's own "STARTTLS
// not supported" (TLS was asked for and the server offered none), as the
// English is read: a TLS failure; they join the group "tlsfailed".
// Punjabi's says "protocol not supported", which names no TLS, and is left
// out.
var evolutionStartTLSNotSupportedTerms = []string{
	"starttls غير مدعوم",             // ar
	"starttls সমৰ্থিত নহয়",           // as
	"nun se sofita starttls",         // ast
	"starttls не падтрымліваецца",    // be
	"не се поддържа starttls",        // bg
	"starttls সমর্থিত নয়",            // bn bn_IN
	"starttls nije podrzano",         // bs
	"no esta implementat l'starttls", // ca ca@valencia
	"starttls neni podporovano",      // cs
	"ni chynhelir starttls",          // cy
	"starttls understottes ikke",     // da
	"starttls nicht unterstutzt",     // de
	"starttls ལུ་ རྒྱབ་སྐྱོར་མིན་འདུག",        // dz
	"το starttls δεν υποστηρίζεται",           // el
	"starttls ne estas subtenata",             // eo
	"no se soporta starttls",                  // es
	"starttls ei ole toetatud",                // et
	"starttls ez da onartzen",                 // eu
	"پشتیبانی نمی‌شود starttls",               // fa
	"starttls laajennos ei ole kaytettavissa", // fi
	"starttls non pris en charge",             // fr
	"starttls no supuartats",                  // fur
	"o starttls non e compatibel",             // gl
	"starttls આધારભૂત નથી",                    // gu
	"starttls לא נתמך",                        // he
	"starttls समर्थित नहीं",                   // hi
	"starttls nije podrzan",                   // hr sr@latin
	"a starttls nem tamogatott",               // hu
	"starttls tidak didukung",                 // id
	"starttls non supportato",                 // it
	"starttls 拡張はサポートしていません",                  // ja
	"starttls үшін қолдау жоқ",                // kk
	"starttls មិនត្រូវបានគាំទ្រ",              // km
	"starttls ಬೆಂಬಲಿತವಾಗಿಲ್ಲ",                 // kn
	"startls를 지원하지 않습니다",                      // ko
	"starttls nepalaikomas",                   // lt
	"starttls nav atbalstits",                 // lv
	"starttls е не поддржан",                  // mk
	"starttls പിന്തുണയ്ക്കിന്നില്ല",           // ml
	"starttls समर्थित नाही",                   // mr
	"starttls tidak disokong",                 // ms
	"starttls er ikke stottet",                // nb
	"starttls समर्थित छैन",                    // ne
	"starttls niet ondersteund",               // nl
	"starttls er ikkje stotta",                // nn
	"starttls pas pres en carga",              // oc
	"starttls ସମର୍ଥିତ ନୁହଁ",                   // or
	"starttls nie jest obslugiwane",           // pl
	"startls nao suportada",                   // pt
	"nao ha suporte a starttls",               // pt_BR
	"starttls nu este suportat",               // ro
	"starttls не поддерживается",              // ru
	"starttls nie je podporovane",             // sk
	"starttls ni podprt",                      // sl
	"starttls nuk suportohet",                 // sq
	"старттлс није подржан",                   // sr
	"starttls stods inte",                     // sv
	"starttls ஆதரவு இல்லை",                    // ta
	"starttls సహకరించలేదు",                    // te
	"ไม่รองรับ starttls",                      // th
	"starttls desteklenmiyor",                 // tr
	"starttls نى قوللىمايدۇ",                  // ug
	"starttls не підтримується",               // uk
	"chưa hỗ trợ starttls",                    // vi
	"i-starttls asixhaswanga",                 // xh
	"不支持 starttls",                            // zh_CN
	"不支援 starttls",                            // zh_HK zh_TW
}
