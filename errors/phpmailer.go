package errors

// PHPMailer prints its own messages, with no reply code, for the failures
// it meets before or around the server's reply, in the language its user
// set; they are pasted wherever its users ask for help. The translations
// below are the facts of its language files (PHPMailer 6.6.3 as Debian
// packages it, libphp-phpmailer: language/phpmailer.lang-*.php; Thai from
// its repository's later language/phpmailer.lang-th.php), each
// without the language's "SMTP Error:" and the closing stop, and folded as
// every term is written; the English messages are among the terms of
// rules.go. A server's words quoted after one decide first: these rules
// are the last of the plain ones.

// phpMailerAuthTerms are the translations of PHPMailer's "authenticate"
// message: the login failed.
var phpMailerAuthTerms = []string{
	"kon nie geverifieer word nie",           // af
	"لا يمكن تأكيد الهوية",                   // ar
	"giris ugursuz oldu",                     // az
	"neuspjela prijava",                      // ba
	"памылка ідэнтыфікацыі",                  // be
	"не може да се удостовери пред сървъра",  // bg
	"no s'ha pogut autenticar",               // ca
	"autentizace selhala",                    // cs
	"login mislykkedes",                      // da
	"authentifizierung fehlgeschlagen",       // de
	"αδυναμία πιστοποίησης (authentication)", // el
	"autentigo malsukcesis",                  // eo
	"imposible autentificar",                 // es
	"autoriseerimise viga",                   // et
	"احراز هویت با شکست مواجه شد",            // fa
	"kayttajatunnistus epaonnistui",          // fi
	"kundi ikki godkenna",                    // fo
	"echec de l'authentification",            // fr
	"non puido ser autentificado",            // gl
	"פעולת האימות נכשלה",                     // he
	"प्रामाणिकता की जांच नहीं हो सका", // hi
	"neuspjela autentikacija",                  // hr
	"az azonositas sikertelen",                 // hu
	"չհաջողվեց ստուգել իսկությունը",            // hy
	"tidak dapat mengotentikasi",               // id
	"tidak dapat mengautentikasi",              // id, as a later release spells it (pasted in github.com/ekasyahwan/Sendinbox-/issues/31)
	"impossibile autenticarsi",                 // it
	"認証できませんでした",                               // ja
	"ავტორიზაცია შეუძლებელია",                  // ka
	"인증할 수 없습니다",                               // ko
	"autentifikacija nepavyko",                 // lt
	"autorizacija neizdevas",                   // lv
	"tsy nahomby ny fanamarinana",              // mg
	"холбогдож чадсангүй",                      // mn
	"tidak dapat pengesahan",                   // ms
	"kunne ikke autentisere",                   // nb
	"authenticatie mislukt",                    // nl
	"nie mozna przeprowadzic uwierzytelnienia", // pl
	"nao foi possivel realizar a autenticacao", // pt
	"nao foi possivel autenticar",              // pt_br
	"autentificarea a esuat",                   // ro
	"ошибка авторизации",                       // ru
	"chyba autentifikacie",                     // sk
	"avtentikacija ni uspela",                  // sl
	"аутентификација није успела",              // sr
	"autentifikacija nije uspela",              // sr_latn
	"kunde inte autentisera",                   // sv
	"hindi mapatotohanan",                      // tl
	"oturum acilamadi",                         // tr
	"помилка авторизації",                      // uk
	"khong thể xac thực",                       // vi
	"登入失敗",                                     // zh
	"登录失败",                                     // zh_cn
	"ไม่สามารถรับรองความถูกต้อง", // th (PHPMailer's repository, language/phpmailer.lang-th.php, after 6.6.3)
	// PHPMailer 6.9.3 (Debian's libphp-phpmailer 6.9.3-1): its new languages, and texts it changed.
	"প্ৰমাণীকৰণ কৰিব নোৱাৰি",             // as
	"প্রমাণীকরণ করতে অক্ষম",              // bn
	"σφάλμα smtp: αδυναμία πιστοποίησης", // el, anchored by its opening: alone, a certificate's too
	"نەتوانرا کۆدەکە پشتڕاست بکرێتەوە",   // ku
	"සත්‍යාපනය අසාර්ථක විය",              // si
	"smtp خرابی: تصدیق کرنے سے قاصر",     // ur, anchored by its opening: alone, a certificate's too
}

// phpMailerConnectTerms are the translations of PHPMailer's
// "connect_host" and "smtp_connect_failed" messages: no connection to the
// server.
var phpMailerConnectTerms = []string{
	"kon nie aan smtp-verbind nie",                      // af
	"smtp-verbinding () misluk",                         // af
	"لا يمكن الاتصال بالخادم smtp",                      // ar
	"smtp connect() غير ممكن",                           // ar
	"smtp serverinə qosulma ugursuz oldu",               // az
	"nije moguce spojiti se sa smtp serverom",           // ba
	"spajanje na smtp server nije uspjelo",              // ba
	"нельга ўстанавіць сувязь з smtp-серверам",          // be
	"памылка сувязі з smtp-серверам",                    // be
	"не може да се свърже с smtp хоста",                 // bg
	"smtp провален connect()",                           // bg
	"no es pot connectar al servidor smtp",              // ca
	"ha fallat el smtp connect()",                       // ca
	"nelze navazat spojeni se smtp serverem",            // cs
	"smtp connect() selhal",                             // cs
	"forbindelse til smtp serveren kunne ikke oprettes", // da
	"smtp connect() fejlede",                            // da
	"konnte keine verbindung zum smtp-host herstellen",  // de
	"verbindung zum smtp-server fehlgeschlagen",         // de
	"αδυναμία σύνδεσης στον smtp-host",                  // el
	"αποτυχία σύνδεσης στον smtp server",                // el
	"konektado al servilo malsukcesis",                  // eo
	"smtp konektado malsukcesis",                        // eo
	"imposible conectar al servidor smtp",               // es
	"smtp connect() fallo",                              // es
	"ei onnestunud luua uhendust smtp serveriga",        // et
	"smtp connect() ebaonnestus",                        // et
	"اتصال به سرور smtp برقرار نشد",                     // fa
	"خطا در اتصال به smtp",                              // fa
	"yhteys palvelimeen ei onnistu",                     // fi
	"kundi ikki knyta samband vid smtp vert",            // fo
	"impossible de se connecter au serveur smtp",        // fr
	"la fonction smtp connect() a echouee",              // fr
	"non puido conectar co servidor smtp",               // gl
	"smtp connect() fallou",                             // gl
	"לא הצלחתי להתחבר לשרת smtp",                        // he
	"smtp सर्वर से कनेक्ट नहीं हो सका",                  // hi
	"smtp का connect () फ़ंक्शन विफल हुआ",               // hi
	"ne mogu se spojiti na smtp posluzitelj",            // hr
	"spajanje na smtp posluzitelj nije uspjelo",         // hr
	"nem lehet kapcsolodni az smtp-szerverhez",          // hu
	"hiba az smtp-kapcsolatban",                         // hu
	"չհաջողվեց կապ հաստատել smtp սերվերի հետ",           // hy
	"smtp -ի connect() ֆունկցիան չի հաջողվել",           // hy
	"tidak dapat terhubung ke host smtp",                // id
	"smtp connect() gagal",                              // id
	"impossibile connettersi all'host smtp",             // it
	"smtp connect() fallita",                            // it
	"smtpホストに接続できませんでした",                                // ja
	"smtp接続に失敗しました",                                     // ja
	"smtp სერვერთან დაკავშირება შეუძლებელია",                // ka
	"შეცდომა smtp სერვერთან დაკავშირებისას",                 // ka
	"smtp 호스트에 접속할 수 없습니다",                                  // ko
	"smtp 연결을 실패하였습니다",                                      // ko
	"nepavyksta prisijungti prie smtp stoties",              // lt
	"smtp susijungimo klaida",                               // lt
	"nevar izveidot savienojumu ar smtp serveri",            // lv
	"smtp savienojuma kluda",                                // lv
	"tsy afaka mampifandray amin'ny mpampiantrano smtp",     // mg
	"tsy nahomby ny fifandraisana tamin'ny server smtp",     // mg
	"smtp- сервертэй холбогдож болохгүй байна",              // mn
	"smtp сервертэй холбогдоход алдаа гарлаа",               // mn
	"tidak dapat menghubungi hos pelayan smtp",              // ms
	"smtp connect() telah gagal",                            // ms
	"kunne ikke koble til smtp tjener",                      // nb
	"smtp connect() feilet",                                 // nb
	"kon niet verbinden met smtp-host",                      // nl
	"smtp verbinding mislukt",                               // nl
	"nie mozna polaczyc sie z wybranym hostem",              // pl
	"smtp connect() zakonczone niepowodzeniem",              // pl
	"nao foi possivel realizar ligacao com o servidor smtp", // pt
	"smtp connect() falhou",                                 // pt
	"nao foi possivel conectar ao servidor smtp",            // pt_br
	"conectarea la serverul smtp a esuat",                   // ro
	"не удается подключиться к smtp-серверу",                // ru
	"ошибка соединения с smtp-сервером",                     // ru
	"nebolo mozne nadviazat spojenie so smtp serverom",      // sk
	"smtp connect() zlyhalo",                                // sk
	"vzpostavljanje povezave s smtp gostiteljem ni uspelo",  // sl
	"ne morem vzpostaviti povezave s smtp streznikom",       // sl
	"повезивање са smtp сервером није успело",               // sr
	"povezivanje sa smtp serverom nije uspelo",              // sr_latn
	"kunde inte ansluta till smtp-server",                   // sv
	"smtp connect() misslyckades",                           // sv
	"hindi makakonekta sa smtp host",                        // tl
	"ang smtp connect() ay nabigo",                          // tl
	"smtp sunucusuna baglanilamadi",                         // tr
	"smtp connect() fonksiyonu basarisiz",                   // tr
	"не вдається під'єднатися до smtp-серверу",              // uk
	"помилка з'єднання з smtp-сервером",                     // uk
	"khong thể kết nối may chủ smtp",                        // vi
	"lỗi kết nối với smtp",                                  // vi
	"無法連線到 smtp 主機",                                         // zh
	"smtp 連線失敗",                                             // zh
	"无法连接到 smtp 主机",                                         // zh_cn
	"smtp服务器连接失败",                                           // zh_cn
	"ไม่สามารถเชื่อมต่อกับโฮสต์ smtp",                       // th (PHPMailer's repository, language/phpmailer.lang-th.php, after 6.6.3)
	// PHPMailer 6.9.3 (Debian's libphp-phpmailer 6.9.3-1): its new languages, and texts it changed.
	"smtp চাৰ্ভাৰৰ সৈতে সংযোগ কৰিবলে অক্ষম",                              // as
	"smtp সংযোগ() ব্যৰ্থ",                                                // as
	"smtp সার্ভারের সাথে সংযোগ করতে অক্ষম",                               // bn
	"smtp সংযোগ() ব্যর্থ হয়েছে",                                         // bn
	"αδυναμία σύνδεσης με τον φιλοξενητή smtp",                           // el
	"αποτυχία σύνδεσης smtp",                                             // el
	"la fonction smtp connect() a echoue",                                // fr
	"نەتوانرا پەیوەندی بە سێرڤەرەوە بکات smtp",                           // ku
	"smtp connect()پەیوەندی شکستی هێنا",                                  // ku
	"smtp connect() mislyktes",                                           // nb
	"wywolanie funkcji smtp connect() zostalo zakonczone niepowodzeniem", // pl
	"smtp දෝෂය: සම්බන්ධ වීමට නොහැකි විය",                                 // si, anchored by its opening: alone, any connection's
	"smtp සම්බන්ධය අසාර්ථක විය",                                          // si
	"سرور سے منسلک ہونے سے قاصر",                                         // ur
	"smtp ملنا ناکام ہوا",                                                // ur
}

// phpMailerFromTerms are the translations of PHPMailer's "from_failed"
// message, printed when the server refused MAIL FROM (the sender), however
// a translation words it.
var phpMailerFromTerms = []string{
	"die volgende van adres misluk",                            // af
	"خطأ على مستوى عنوان المرسل",                               // ar
	"gostərilən poctlara gondərmə ugursuz oldu",                // az
	"slanje sa navedenih e-mail adresa nije uspjelo",           // ba
	"няправільны адрас адпраўніка",                             // be
	"следните адреси за подател са невалидни",                  // bg
	"la(s) seguent(s) adreces de remitent han fallat",          // ca
	"nasledujici adresa odesilatele je nespravna",              // cs
	"folgende afsenderadresse er forkert",                      // da
	"die folgende absenderadresse ist nicht korrekt",           // de
	"η παρακάτω διεύθυνση αποστολέα δεν είναι σωστή",           // el
	"jena adreso de sendinto malsukcesis",                      // eo
	"la(s) siguiente(s) direcciones de remitente fallaron",     // es
	"jargnev saatja e-posti aadress on vigane",                 // et
	"آدرس فرستنده اشتباه است",                                  // fa
	"seuraava lahettajan osoite on virheellinen",               // fi
	"fylgjandi fra/from adressa miseydnadist",                  // fo
	"l'adresse d'expediteur suivante a echoue",                 // fr
	"a(s) seguinte(s) direccion(s) de remitente(s) deron erro", // gl
	"כתובות הנמענים הבאות נכשלו",                               // he
	"प्रेषक का पता गलत है",                                     // hi
	"slanje s navedenih e-mail adresa nije uspjelo",            // hr
	"a feladokent megadott kovetkezo cim hibas",                // hu
	"ուղարկողի հետևյալ հասցեն սխալ է",                          // hy
	"alamat pengirim berikut mengakibatkan kesalahan",          // id
	"i seguenti indirizzi mittenti hanno generato errore",      // it
	"fromアドレスを登録する際にエラーが発生しました",                                // ja
	"გამგზავნის არასწორი მისამართი",                            // ka
	"다음 from 주소에서 오류가 발생했습니다",                                  // ko
	"neteisingas siuntejo adresas",                             // lt
	"nepareiza sutitaja adrese",                                // lv
	"ny adiresy iraka manaraka dia diso",                       // mg
	"илгээгчийн хаяг буруу байна",                              // mn
	"berikut merupakan ralat dari alamat e-mel",                // ms
	"folgende fra adresse feilet",                              // nb
	"het volgende afzendersadres is mislukt",                   // nl
	"nastepujacy adres nadawcy jest nieprawidlowy",             // pl
	"ocorreram falhas nos enderecos dos seguintes remententes", // pt
	"os seguintes remetentes falharam",                         // pt_br
	"urmatoarele adrese from au dat eroare",                    // ro
	"неверный адрес отправителя",                               // ru
	"nasledujuca adresa from je nespravna",                     // sk
	"neveljaven e-naslov posiljatelja",                         // sl
	"слање са следећих адреса није успело",                     // sr
	"slanje sa sledecih adresa nije uspelo",                    // sr_latn
	"foljande avsandaradress ar felaktig",                      // sv
	"ang sumusunod na address ay nabigo",                       // tl
	"belirtilen adreslere gonderme basarisiz",                  // tr
	"невірна адреса відправника",                               // uk
	"lỗi dịa chỉ gửi di",                                       // vi
	"發送地址錯誤",                                                   // zh
	"发送地址错误",                                                   // zh_cn
	"ที่อยู่จากต่อไปนี้ล้มเหลว",                                // th (PHPMailer's repository, language/phpmailer.lang-th.php, after 6.6.3)
	// PHPMailer 6.9.3 (Debian's libphp-phpmailer 6.9.3-1): its new languages, and texts it changed.
	"নিম্নলিখিত প্ৰেৰকৰ ঠিকনা(সমূহ) ব্যৰ্থ",          // as
	"নিম্নলিখিত প্রেরকের ঠিকানা(গুলি) ব্যর্থ হয়েছে", // bn
	"η ακόλουθη διεύθυνση αποστολέα δεν είναι σωστή", // el
	"هەڵە لە ئاستی ناونیشانی نێرەر",                  // ku
	"folgende fra-adresse mislyktes",          // nb
	"පහත from ලිපිනයන් අසාර්ථක විය",           // si
	"درج ذیل بھیجنے والے کا پتہ ناکام ہو گیا", // ur
}

// phpMailerRecipientsTerms are the translations of PHPMailer's
// "recipients_failed" message ("SMTP Error: The following recipients
// failed:"), the frame of the recipients the server refused, with the
// server's words after it (recipientlist's, as the English is): no cause
// of its own. German, French and Brazilian Portuguese are among
// recipientlist's own terms. Two older releases' words, as the copies of
// PHPMailer other programs bundled have them, are kept beside their
// language's. The Simplified Chinese ("收件人地址错误", "recipient address
// error") is left out: it is also the plain Chinese for a recipient
// refused.
var phpMailerRecipientsTerms = []string{
	"die volgende ontvangers het misluk",                        // af
	"الأخطاء التالية فشل في الارسال لكل من",                     // ar
	"asagidaki unvanlar uzrə alicilara gondərmə ugursuzdur",     // az
	"slanje na navedene e-mail adrese nije uspjelo",             // ba
	"няправільныя атрымальнікі",                                 // be
	"следните адреси за получател са невалидни",                 // bg
	"els seguents destinataris han fallat",                      // ca
	"nasledujici adresy prijemcu nejsou spravne",                // cs
	"folgende modtagere er forkerte",                            // da
	"οι παρακάτω διευθύνσεις παραλήπτη δεν είναι έγκυρες",       // el
	"la jenaj postrecivuloj kauzis eraron",                      // eo
	"los siguientes destinos fallaron",                          // es
	"jargnevate saajate e-posti aadressid on vigased",           // et
	"ارسال به آدرس گیرنده با خطا مواجه شد",                      // fa
	"seuraava vastaanottaja osoite on virheellinen",             // fi
	"fylgjandi mottakarar miseydnadust",                         // fo
	"os seguintes destinos fallaron",                            // gl
	"הנמענים הבאים נכשלו",                                       // he
	"निम्न प्राप्तकर्ताओं को पते भेजने में विफल",                // hi
	"slanje na navedenih e-mail adresa nije uspjelo",            // hr
	"a cimzettkent megadott kovetkezo cimek hibasak",            // hu
	"az alabbi cimzettek hibasak",                               // hu, an older release's (MantisBT's copy, library/phpmailer/language/phpmailer.lang-hu.php)
	"չի հաջողվել ուղարկել հետևյալ ստացողների հասցեներին",        // hy
	"alamat tujuan berikut menyebabkan kesalahan",               // id
	"i seguenti indirizzi destinatari hanno generato un errore", // it
	"次の受信者アドレスに 間違いがあります",                                       // ja
	"შემდეგ მისამართებზე გაგზავნა ვერ მოხერხდა",                 // ka
	"다음 수신자에서 오류가 발생했습니다",                                       // ko
	"nepavyko issiusti siems gavejams",                          // lt
	"neizdevas nosutit sadiem sanemejiem",                       // lv
	"tsy mety ireo mpanaraka ireto",                             // mg
	"ийм хаягийг илгээж чадсангүй",                              // mn
	"penerima e-mel berikut telah gagal",                        // ms
	"folgende mottakeradresse feilet",                           // nb
	"de volgende ontvangers zijn mislukt",                       // nl
	"nastepujacy odbiorcy sa nieprawidlowi",                     // pl
	"o endereco do seguinte destinatario falhou",                // pt
	"urmatoarele adrese de email au esuat",                      // ro
	"не удалась отправка таким адресатам",                       // ru
	"adresy prijemcov niesu spravne",                            // sk
	"sledeci naslovniki so neveljavni",                          // sl
	"слање на следеће адресе није успело",                       // sr
	"slanje na sledece adrese nije uspelo",                      // sr_latn
	"foljande mottagare ar felaktig",                            // sv
	"ang mga sumusunod na tatanggap ay nabigo",                  // tl
	"belirtilen alicilara ulasilamadi",                          // tr
	"не вдалося відправлення для таких отримувачів",             // uk
	"відправти наступним отрмувачам не вдалася",                 // uk, an older release's (Moodle 2.8's copy, lib/phpmailer/language/phpmailer.lang-uk.php)
	"lỗi dịa chỉ người nhận",                                    // vi
	"以下收件人地址錯誤",                                                 // zh
}

// phpMailerInstantiateTerms are the translations of PHPMailer's
// "instantiate" message ("Could not instantiate mail function."): PHP's
// mail() could not run the local mail program, a setting of the sending
// program's own (localmailer's rule). The Chinese files' "unknown function
// call" is left out: it names no mail program.
var phpMailerInstantiateTerms = []string{
	"kon nie posfunksie instansieer nie",                    // af
	"لا يمكن توفير خدمة البريد",                             // ar
	"mail funksiyasi isə salina bilmədi",                    // az
	"ne mogu pokrenuti mail funkcionalnost",                 // ba, hr
	"нельга прымяніць функцыю mail()",                       // be
	"не може да се инстанцира функцията mail",               // bg
	"no s'ha pogut crear una instancia de la funcio mail",   // ca
	"nelze vytvorit instanci emailove funkce",               // cs
	"email funktionen kunne ikke initialiseres",             // da
	"mail-funktion konnte nicht initialisiert werden",       // de
	"αδυναμία εκκίνησης mail function",                      // el
	"genero de retmesaga funkcio neeblis",                   // eo
	"imposible crear una instancia de la funcion mail",      // es
	"mail funktiooni kaivitamine ebaonnestus",               // et
	"امکان معرفی تابع ایمیل وجود ندارد",                     // fa
	"mail-funktion luonti epaonnistui",                      // fi
	"kuni ikki instantiera mail funktion",                   // fo
	"impossible d'instancier la fonction mail",              // fr
	"non puido crear unha instancia da funcion mail",        // gl
	"לא הצלחתי להפעיל את פונקציית המייל",                    // he
	"मेल फ़ंक्शन कॉल नहीं कर सकता है",                       // hi
	"a php mail() fuggvenyt nem sikerult vegrehajtani",      // hu
	"հնարավոր չէ կանչել mail ֆունկցիան",                     // hy
	"tidak dapat menginisialisasi fungsi surel",             // id
	"impossibile istanziare la funzione mail",               // it
	"メール関数が正常に動作しませんでした",                                    // ja
	"mail ფუნქციის გაშვება ვერ ხერხდება",                    // ka
	"mail 함수를 인스턴스화할 수 없습니다",                                // ko
	"nepavyko paleisti mail funkcijos",                      // lt
	"nevar palaist sutisanas funkciju",                      // lv
	"tsy afaka nanomboka ny hetsika mail",                   // mg
	"mail () функцийг ажиллуулах боломжгүй байна",           // mn
	"tidak dapat memberi contoh fungsi e-mel",               // ms
	"kunne ikke initialisere post funksjon",                 // nb
	"kon mailfunctie niet initialiseren",                    // nl
	"nie mozna wywolac funkcji mail()",                      // pl
	"nao foi possivel iniciar uma instancia da funcao mail", // pt
	"nao foi possivel instanciar a funcao mail",             // pt_br
	"functia mail nu a putut fi initializata",               // ro
	"невозможно запустить функцию mail()",                   // ru
	"neda sa vytvorit instancia emailovej funkcie",          // sk
	"ne morem inicializirati mail funkcije",                 // sl
	"није могуће покренути mail функцију",                   // sr
	"nije moguce pokrenuti mail funkciju",                   // sr_latn
	"kunde inte initiera e-postfunktion",                    // sv
	"hindi maisimulan ang instance ng mail function",        // tl
	"ornek e-posta fonksiyonu olusturulamadi",               // tr
	"неможливо запустити функцію mail()",                    // uk
	"khong dung dược cac ham gửi thư",                       // vi
	// PHPMailer 6.9.3 (Debian's libphp-phpmailer 6.9.3-1): its new languages, and texts it changed.
	"মেইল ফাংচনৰ এটা উদাহৰণ সৃষ্টি কৰিবলে অক্ষম", // as
	"মেল ফাংশনের একটি উদাহরণ তৈরি করতে অক্ষম",    // bn
	"αδυναμία εκκίνησης συνάρτησης mail",         // el
	"ناتوانرێت خزمەتگوزاری پۆستە پێشکەش بکرێت",   // ku
	"kunne ikke instansiere e-postfunksjonen",    // nb
	"mail function එක ක්‍රියාත්මක කළ නොහැක",      // si
	"میل فنکشن کی مثال بنانے سے قاصر",            // ur
}

// phpMailerProvideAddressTerms are the translations of PHPMailer's
// "provide_address" message ("You must provide at least one recipient email
// address."): the program was given no recipient, a setting of its own
// (settingsmissing's rule, which takes no reply with a code), the whole
// message as each language file of 6.9.3 has it and, where 6.6.3's
// differs, that too. The English is among settingswrong's terms.
var phpMailerProvideAddressTerms = []string{
	"u moet ten minste een ontvanger e-pos adres verskaf",                  // af
	"يجب توفير عنوان البريد الإلكتروني لمستلم واحد على الأقل",              // ar
	"আপুনি অন্ততঃ এটা গন্তব্য ইমেইল ঠিকনা দিব লাগিব",                       // as
	"ən azi bir e-mail adresi daxil edilməlidir",                           // az
	"definisite barem jednu adresu primaoca",                               // ba
	"запоўніце, калі ласка, правільны email атрымальніка",                  // be
	"трябва да предоставите поне един email адрес за получател",            // bg
	"আপনাকে অবশ্যই অন্তত একটি গন্তব্য ইমেল ঠিকানা প্রদান করতে হবে",         // bn
	"s'ha de proveir almenys una adreca d'email com a destinatari",         // ca
	"musite zadat alespon jednu emailovou adresu prijemce",                 // cs
	"indtast mindst en modtagers email adresse",                            // da
	"bitte geben sie mindestens eine empfangeradresse an",                  // de
	"δώστε τουλάχιστον μια ηλεκτρονική διεύθυνση παραλήπτη",                // el
	"vi devas tajpi almenau unu recevontan retadreson",                     // eo
	"debe proporcionar al menos una direccion de email de destino",         // es
	"te peate maarama vahemalt uhe saaja e-posti aadressi",                 // et
	"باید حداقل یک آدرس گیرنده وارد کنید",                                  // fa
	"aseta vahintaan yksi vastaanottajan sahkopostiosoite",                 // fi
	"tu skal uppgeva minst mottakara-emailadressu(r)",                      // fo
	"vous devez fournir au moins une adresse de destinataire",              // fr
	"debe engadir polo menos unha direccion de email coma destino",         // gl
	"חובה לספק לפחות כתובת אחת של מקבל המייל",                              // he
	"आपको कम से कम एक प्राप्तकर्ता का ई-मेल पता प्रदान करना होगा",          // hi
	"definirajte barem jednu adresu primatelja",                            // hr
	"legalabb egy cimzettet fel kell tuntetni",                             // hu
	"անհրաժեշտ է տրամադրել գոնե մեկ ստացողի e-mail հասցե",                  // hy
	"harus tersedia minimal satu alamat tujuan",                            // id
	"deve essere fornito almeno un indirizzo ricevente",                    // it
	"少なくとも1つメールアドレスを 指定する必要があります",                                          // ja
	"გთხოვთ მიუთითოთ ერთი ადრესატის e-mail მისამართი მაინც",                // ka
	"적어도 한 개 이상의 수신자 메일 주소를 제공해야 합니다",                                      // ko
	"دەبێت ناونیشانی ئیمەیڵی لانیکەم یەک وەرگر دابین بکرێت",                // ku
	"nurodykite bent viena gavejo adresa",                                  // lt
	"ludzu, noradiet vismaz vienu adresatu",                                // lv
	"alefaso azafady iray adiresy iray farafahakeliny",                     // mg
	"хүлээн авагчийн имэйл хаягийг оруулна уу",                             // mn
	"anda perlu menyediakan sekurang-kurangnya satu alamat e-mel penerima", // ms
	"du ma oppgi minst en mottaker-e-postadresse",                          // nb
	"er moet minstens een ontvanger worden opgegeven",                      // nl
	"nalezy podac prawidlowy adres email odbiorcy",                         // pl
	"tem de fornecer pelo menos um endereco como destinatario do e-mail",   // pt
	"voce deve informar pelo menos um destinatario",                        // pt_br
	"trebuie sa adaugati cel putin o adresa de email",                      // ro
	"вы должны указать хотя бы один адрес электронной почты получателя",    // ru
	"ඔබ අවම වශයෙන් එක් ලබන්නෙකුගේ ඊමේල් ලිපිනයක් සැපයිය යුතුය",             // si
	"musite zadat aspon jednu emailovu adresu prijemcu",                    // sk
	"prosimo, vnesite vsaj enega naslovnika",                               // sl
	"дефинишите бар једну адресу примаоца",                                 // sr
	"definisite bar jednu adresu primaoca",                                 // sr_latn
	"du maste ange minst en mottagares e-postadress",                       // sv
	"kailangan mong magbigay ng kahit isang email address na tatanggap",    // tl
	"en az bir alici e-posta adresi belirtmelisiniz",                       // tr
	"будь ласка, введіть хоча б одну email-адресу отримувача",              // uk
	"آپ کو کم از کم ایک منزل کا ای میل پتہ فراہم کرنا چاہیے",               // ur
	"bạn phải cung cấp it nhất một dịa chỉ người nhận",                     // vi
	"必須提供至少一個收件人地址",                                                        // zh
	"必须提供至少一个收件人地址",                                                        // zh_cn
	"παρακαλούμε δώστε τουλάχιστον μια e-mail διεύθυνση παραλήπτη",         // el (6.6.3)
	"du ma opppgi minst en mottakeradresse",                                // nb (6.6.3)
	"пожалуйста, введите хотя бы один email-адрес получателя",              // ru (6.6.3)
}

// phpMailerEmptyMessageTerms are the translations of PHPMailer's
// "empty_message" message ("Message body empty"): the program was given
// a message with no body, its caller's or its settings' (settingsmissing's
// rule, which takes no reply with a code), each without its closing stop,
// from the language files of 6.9.3 and, where 6.6.3's differ, that too.
// The English is among settingsmissing's terms in rules.go. Most are the
// plain words of their language for an empty message, which other
// programs use in their own sentences (mailutils' French warning "Corps
// du message vide; en espérant que cela soit correct", Roundcube's Polish
// prompt "Ta wiadomość jest pusta, czy mimo to chcesz ją wysłać?"): each
// counts only as the last words of the reply, as PHPMailer prints its
// message (frameNotLast). Not Vietnamese's "Không có nội dung" ("no
// content", Evolution's own words for a part it cannot show) nor
// Brazilian Portuguese's "Mensagem vazia" (neomutt's "Comando respondeu
// com mensagem vazia", a command's empty output).
var phpMailerEmptyMessageTerms = []string{
	"boodskapliggaam leeg",                        // af
	"نص الرسالة فارغ",                             // ar
	"বাৰ্তাৰ মূখ্য অংশ খালী",                      // as
	"bos mesaj gondərilə bilməz",                  // az
	"sadrzaj poruke je prazan",                    // ba
	"пустое паведамленне",                         // be
	"съдържанието на съобщението е празно",        // bg
	"বার্তার অংশটি খালি",                          // bn
	"el cos del missatge esta buit",               // ca
	"prazdne telo zpravy",                         // cs
	"meddelelsen er uden indhold",                 // da
	"e-mail-inhalt ist leer",                      // de
	"η ηλεκτρονική επιστολή δεν έχει περιεχόμενο", // el
	"teksto de mesago mankas",                     // eo
	"el cuerpo del mensaje esta vacio",            // es
	"tuhi kirja sisu",                             // et
	"بخش متن پیام خالی است",                       // fa
	"corps du message vide",                       // fr
	"corpo da mensaxe vacia",                      // gl
	"גוף ההודעה ריק",                              // he
	"संदेश खाली है",                               // hi
	"ures az uzenettorzs",                         // hu
	"հաղորդագրությունը դատարկ է",                  // hy
	"isi pesan kosong",                            // id
	"il corpo del messaggio e vuoto",              // it
	"メール本文が空です",                                   // ja
	"შეტყობინება ცარიელია",                        // ka
	"메세지 내용이 없습니다",                                // ko
	"پەیامەکە بەتاڵە",                             // ku
	"laisko turinys tuscias",                      // lt
	"zinojuma teksts ir tukss",                    // lv
	"tsy misy ny votoaty mailaka",                 // mg
	"хоосон мессэж",                               // mn
	"tiada isi untuk mesej",                       // ms
	"meldingstekst mangler",                       // nb
	"berichttekst is leeg",                        // nl
	"wiadomosc jest pusta",                        // pl
	"a mensagem no e-mail esta vazia",             // pt
	"mesajul este gol",                            // ro
	"пустое сообщение",                            // ru
	"පණිවිඩ අන්තර්ගතය හිස්",                       // si
	"prazdne telo spravy",                         // sk
	"e-postno sporocilo nima vsebine",             // sl
	"садржај поруке је празан",                    // sr
	"walang laman ang mensahe",                    // tl
	"mesajin icerigi bos",                         // tr
	"пусте повідомлення",                          // uk
	"پیغام کی باڈی خالی ہے",                       // ur
	"郵件內容為空",                                      // zh
	"邮件正文为空",                                      // zh_cn
	"το e-mail δεν έχει περιεχόμενο",              // el (6.6.3)
	"meldingsinnhold mangler",                     // nb (6.6.3)
}

// phpMailerInvalidHostTerms are the translations of PHPMailer's
// "invalid_host" and "invalid_hostentry" messages ("Invalid host: ",
// "Invalid hostentry: ", which its debug output prints before the entry
// of its Host setting it could not read): the server set is not usable
// (settingsmissing's rule, which takes no reply with a code). PHPMailer
// 6.9.3's language files have them in 22 languages. Each keeps its colon:
// without it, "ungültiger Host" and "nieprawidłowy host" are words of
// other programs' sentences (Thunderbird's "Ungültiger Host %1$S kann
// nicht verarbeitet werden").
var phpMailerInvalidHostTerms = []string{
	"invalid host:", "invalid hostentry:", // en
	"অবৈধ হস্ট:",                               // as
	"অবৈধ হোস্ট:",                              // bn
	"hostitel je nespravny:",                   // cs, sk
	"ugyldig vart:",                            // da
	"ungultiger host:",                         // de
	"μη έγκυρος φιλοξενητής:",                  // el
	"host invalido:",                           // es, pt_br
	"hote non valide :",                        // fr
	"अमान्य होस्ट:",                            // hi
	"gagal terkirim, host tidak sesuai:",       // id
	"不正なホスト:",                                  // ja
	"ugyldig vert:",                            // nb
	"ongeldige host:",                          // nl
	"nieprawidlowy host:",                      // pl
	"host invalid:",                            // ro
	"неверный хост:",                           // ru
	"වලංගු නොවන host එකක්:",                    // si
	"neveljaven gostitelj:",                    // sl
	"gecersiz ana bilgisayar:",                 // tr
	"无效的主机：",                                   // zh_cn
	"অবৈধ হোষ্টেন্ট্ৰি:",                       // as
	"অবৈধ হোস্টেন্ট্রি:",                       // bn
	"zaznam hostitele je nespravny:",           // cs
	"ugyldig hostentry:",                       // da
	"ungultiger hosteintrag:",                  // de
	"μη έγκυρη εισαγωγή φιλοξενητή:",           // el
	"hostentry invalido:",                      // es, pt_br
	"अमान्य hostentry:",                        // hi
	"gagal terkirim, entri host tidak sesuai:", // id
	"不正なホストエントリー:",                             // ja
	"ugyldig vertsinngang:",                    // nb
	"ongeldige hostentry:",                     // nl
	"nieprawidlowy wpis hosta:",                // pl
	"hostentry invalid:",                       // ro
	"неверная запись хоста:",                   // ru
	"වලංගු නොවන hostentry එකක්:",               // si
	"zaznam hostitela je nespravny:",           // sk
	"neveljaven vnos gostitelja:",              // sl
	"gecersiz ana bilgisayar girisi:",          // tr
	"无效的hostentry：",                            // zh_cn
}

// phpMailerInvalidAddressTags are the names of the functions PHPMailer 5
// and 6 put after its "Invalid address:" ("Invalid address:  (setFrom)
// user", "(punyEncode)", "(addAnAddress cc)"): an address the program
// was given and could not use, its own check (settingsmissing's rule,
// which takes no reply with a code). Not 6's "(to):" of addOrEnqueue,
// which names no function.
var phpMailerInvalidAddressTags = []string{"(setfrom)", "(punyencode)", "(addanaddress "}
