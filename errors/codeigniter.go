package errors

// CodeIgniter prints its own messages, with no reply code, for the
// failures it meets before or around the server's reply, in the language
// its user set (its Email class: noHostname, noFrom, noRecipients,
// noSMTPAuth, SMTPAuthUsername, SMTPAuthPassword, noSocket). The
// translations below are the facts of CodeIgniter 4's language files
// (codeigniter4/translations: Language/LANG/Email.php, 36 of its 41
// languages), each the first sentence of the message, or its longest
// between placeholders and stops, folded as every term is written
// (testdata/codeigniter.tsv holds the messages). The English is among
// the terms of rules.go where it was there before, and a message older
// terms of rules.go read already (Italian's, Japanese's and Korean's
// failed logins, Portuguese's no-recipient check, which Brazilian
// Portuguese's holds) has no term here. A server's words quoted after one
// decide first when a plain rule reads them: the login and connection
// terms are the last of the plain ones, beside PHPMailer's.

// codeIgniterSettingsTerms are the translations of CodeIgniter's
// "noHostname" ("You did not specify a SMTP hostname."), "noFrom"
// ("Cannot send mail with no "From" header.") and "noRecipients" ("You
// must include recipients: To, Cc, or Bcc"): settings the program was not
// given (settingsmissing's rule, which takes no reply with a code).
var codeIgniterSettingsTerms = []string{
	"لا يمكن ارسال بريد الكتروني بدون تعليمة \"from\"", // ar noFrom
	"يجب تحديد مرسل لهم من خلال تعليمة",                // ar noRecipients
	"لم تحدد اسم مضيف smtp",                            // ar noHostname
	"не може да се изпрати имейл без подател",          // bg noFrom
	"трябва да включите получатели",                    // bg noRecipients
	"не сте посочили smtp име на хост",                 // bg noHostname
	"কোনও \"থেকে\" হেডার ছাড়া মেল পাঠানো যাবে না",     // bn noFrom
	"আপনাকে অবশ্যই প্রাপকদের অন্তর্ভুক্ত করতে হবে",     // bn noRecipients
	"আপনি একটি smtp হোস্টনাম উল্লেখ করেননি",            // bn noHostname
	"email se ne moze poslati bez \"from\" headera",    // bs, sr noFrom
	"morate dodati primaoce",                                    // bs, sr noRecipients
	"niste naveli smtp hostname",                                // bs, sr noHostname
	"nelze odeslat email bez hlavicky (header) \"from\"",        // cs noFrom
	"musite pridat adresata",                                    // cs noRecipients
	"nespecifikovali jste smtp hostname",                        // cs noHostname
	"e-mails ohne \"from\"-header konnen nicht gesendet werden", // de noFrom
	"ein wert fur to, cc oder bcc ist erforderlich",             // de noRecipients
	"der smtp-hostname wurde nicht definiert",                   // de noHostname
	"δεν είναι δυνατή η αποστολή μηνυμάτων χωρίς κεφαλίδα \"από\"", // el noFrom
	"πρέπει να συμπεριλάβετε παραλήπτες",                           // el noRecipients
	"δεν προσδιορίσατε smtp hostname",                              // el noHostname
	"cannot send mail with no \"from\" header",                     // en noFrom
	"you did not specify a smtp hostname",                          // en noHostname
	"no se pude enviar un email sin cabecera \"para\"",             // es noFrom
	"debe incluir destinatarios",                                   // es noRecipients
	"no ha especificado un nombre de host smtp",                    // es noHostname
	"ارسال ایمیل بدون هِدِر \"from\" ممکن نیست",                    // fa noFrom
	"لطفا یک مخاطب به یکی از صورتهای to، cc یا bcc وارد کنید",      // fa noRecipients
	"شما هیچ هاست smtp انتخاب نکردهاید",                            // fa noHostname
	"impossible d'envoyer un email sans en-tete \"from\"",          // fr noFrom
	"vous devez specifier des destinataires",                       // fr noRecipients
	"vous n'avez pas specifie de nom d'hote smtp",                  // fr noHostname
	"non se pode enviar un email sen cabeceira \"para\"",           // gl noFrom
	"debense incluir destinatarios",                                // gl noRecipients
	"non se especificou un nome de host smtp",                      // gl noHostname
	"\"from\" હેડર વિના મેઇલ મોકલી શકાતો નથી",                      // gu noFrom
	"તમારે પ્રાપ્તકર્તાઓનો સમાવેશ કરવો આવશ્યક છે",                  // gu noRecipients
	"તમે smtp હોસ્ટનામ સ્પષ્ટ કર્યું નથી",                          // gu noHostname
	"\"from\" हेडर के बिना मेल नहीं भेजा जा सकता",                  // hi noFrom
	"आपको प्राप्तकर्ताओं (recipients) को शामिल करना होगा",          // hi noRecipients
	"आपने smtp होस्टनाम निर्दिष्ट नहीं किया है",                    // hi noHostname
	"nem lehet levelet kuldeni \"felado\" fejlec nelkul",           // hu noFrom
	"meg kell adnia a cimzetteket",                                 // hu noRecipients
	"nem adott meg smtp szervernevet",                              // hu noHostname
	"tidak dapat mengirim surel tanpa kepala \"dari\"",             // id noFrom
	"anda harus menyertakan penerima",                              // id noRecipients
	"anda tidak menentukan sebuah nama host smtp",                  // id noHostname
	"non si puo inviare una mail senza \"da\" nella intestazione",  // it noFrom
	"devi inserire i destinatari",                                  // it noRecipients
	"non hai specificato alcun hostname smtp",                      // it noHostname
	"\"from\" ヘッダの無いメールは送信できません",                                   // ja noFrom
	"to、cc、またはbccを受信者に含める必要があります",                                  // ja noRecipients
	"smtpホスト名を指定していません",                                            // ja noHostname
	"\"from\" 헤더가 없는 메일은 보낼 수 없습니다",                                // ko noFrom
	"받는 사람을 포함해야합니다(to, cc, or bcc)",                               // ko noRecipients
	"smtp 호스트 이름을 지정하지 않았습니다",                                      // ko noHostname
	"laisko be \"from\" antrastes",                                 // lt noFrom
	"turite itraukti gavejus",                                      // lt noRecipients
	"jus nenurodete smtp mazgo pavadinimo",                         // lt noHostname
	"nevar nosutit e-pastu bez galvenes `from`",                    // lv noFrom
	"jums ir jaieklauj adresati",                                   // lv noRecipients
	"jus nenoradijat smtp hosta nosaukumu",                         // lv noHostname
	"\"from\" തലക്കെട്ട് ഇല്ലാതെ മെയിൽ അയയ്ക്കാൻ കഴിയില്ല", // ml noFrom
	"നിങ്ങൾ സ്വീകർത്താക്കളെ ഉൾപ്പെടുത്തണം",                 // ml noRecipients
	"നിങ്ങൾ ഒരു smtp ഹോസ്റ്റ്നാമം വ്യക്തമാക്കിയിട്ടില്ല",   // ml noHostname
	"\"from\" header शिवाय mail पाठवता येत नाही",           // mr noFrom
	"तुम्ही recipients समाविष्ट करणे आवश्यक आहे",           // mr noRecipients
	"तुम्ही smtp hostname दिलेला नाही",                     // mr noHostname
	"\"from\" header ontbreekt, kan geen mail versturen",   // nl noFrom
	"u moet minstens een geadresseerde zijn",               // nl noRecipients
	"smtp hostname is niet gespecifieerd",                  // nl noHostname
	"nie mozna wyslac wiadomosci bez naglowka \"from\"",    // pl noFrom
	"nalezy dodac odbiorcow",                               // pl noRecipients
	"nie podano nazwy hosta smtp",                          // pl noHostname
	"nao e possivel enviar email sem o cabecalho \"de\"",   // pt noFrom
	"deve incluir destinatarios",                           // pt noRecipients
	"nao especificou um nome de host smtp",                 // pt noHostname
	"nao e possivel enviar email sem o cabecalho \"from\"", // pt-BR noFrom
	"voce nao especificou um hostname smtp",                // pt-BR noHostname
	"nu se pot trimite e-mailuri fara antet \"from\"",      // ro noFrom
	"trebuie sa includeti destinatarii",                    // ro noRecipients
	"nu ati specificat un nume de gazda smtp",              // ro noHostname
	"не удается отправить почту без заголовка \"from\"",    // ru noFrom
	"необходимо указать получателей \"to\"",                // ru noRecipients
	"вы не указали имя хоста smtp",                         // ru noHostname
	"\"from\" header එකක් නොමැතිව ඊමේල් යැවිය නොහැක",       // si noFrom
	"ඔබ ලබන්නන් ඇතුළත් කළ යුතුය",                           // si noRecipients
	"ඔබ smtp hostname එකක් සඳහන් කර නැත",                   // si noHostname
	"nemozno poslat mail bez hlavicky (header) \"from\"",   // sk noFrom
	"musite zadat prijemcov",                               // sk noRecipients
	"nezadali ste nazov hostitela smtp",                    // sk noHostname
	"kan inte skicka meddelandet utan \"from\" angivet",    // sv-SE noFrom
	"mottagare maste anges",                                // sv-SE noRecipients
	"inget hostname for smtp ar angivet",                   // sv-SE noHostname
	"hawezi kutuma barua pepe bila kichwa cha \"from\"",    // sw noFrom
	"lazima ubainishe wapokeaji",                           // sw noRecipients
	"haujabainisha jina la mwenyeji wa smtp",               // sw noHostname
	"\"அனுப்புனர்\" என்ற தலைப்பு இல்லாமல் மின்னஞ்சலை அனுப்ப முடியாது", // ta noFrom
	"பெறுநர்களை நீங்கள் சேர்க்க வேண்டும்",                             // ta noRecipients
	"நீங்கள் smtp host பெயரை குறிப்பிடவில்லை",                         // ta noHostname
	"ไม่สามารถส่งอีเมลโดยไม่มีส่วนหัว \"from\"",                       // th noFrom
	"คุณต้องระบุผู้รับ",                                               // th noRecipients
	"คุณไม่ได้ระบุชื่อโฮสต์ smtp",                                     // th noHostname
}

// codeIgniterAuthNeededTerms are the translations of CodeIgniter's
// "noSMTPAuth" ("Error: You must assign a SMTP username and password."),
// which the table reads as a login asked for (authneeded's rule).
var codeIgniterAuthNeededTerms = []string{
	"خطأ smtp: يجب استخدام اسم مستخدم وكلمة مرور",                      // ar
	"трябва да зададете smtp потребителско име и парола",               // bg
	"আপনাকে অবশ্যই একটি smtp ব্যবহারকারীর নাম এবং পাসওয়ার্ড দিতে হবে", // bn
	"morate dodijeliti smtp korisnicko ime i sifru",                    // bs
	"musite zadat smtp jmeno a heslo",                                   // cs
	"es muss ein smtp benutzername und passwort angegeben werden",       // de
	"πρέπει να εκχωρήσετε όνομα χρήστη και κωδικό πρόσβασης smtp",       // el
	"debe especificar un usuario y contrasena smtp",                     // es
	"شما هیچ نام کاربری و رمز smtp ارائه نکردهاید",                      // fa
	"vous devez specifier un nom d'utilisateur et un mot de passe smtp", // fr
	"debe especificar un usuario e un contrasinal smtp",                 // gl
	"તમારે smtp યુઝરનેમ અને પાસવર્ડ સોંપવો આવશ્યક છે",                   // gu
	"आपको एक smtp उपयोगकर्ता नाम और पासवर्ड निर्दिष्ट करना होगा",        // hi
	"smtp felhasznalot es jelszot kell hozzarendelnie",                  // hu
	"anda harus menetapkan sebuah nama pengguna dan kata sandi smtp",    // id
	"devi indicare uno username e una password per smtp",                // it
	"smtpのユーザー名とパスワードを設定する必要があります",                                      // ja
	"smtp 사용자 이름과 비밀번호를 지정해야합니다",                                        // ko
	"turite nurodyti smtp vartotojo varda ir slaptazodi",                // lt
	"jums janorada smtp lietotajvards un parole",                        // lv
	"നിങ്ങൾ ഒരു smtp ഉപയോക്തൃനാമവും പാസ്വേഡും നൽകണം",                    // ml
	"तुम्हाला smtp username आणि password द्यावे लागतील",                 // mr
	"u moet een smtp gebruikersnaam en wachtwoord opgeven",              // nl
	"nalezy podac nazwe uzytkownika i haslo smtp",                       // pl
	"deve atribuir um nome de utilizador e senha smtp",                  // pt
	"voce deve atribuir um nome de usuario e senha smtp",                // pt-BR
	"trebuie sa atribuiti un nume de utilizator si o parola smtp",       // ro
	"необходимо указать логин и пароль smtp",                            // ru
	"ඔබ smtp පරිශීලක නාමයක් සහ මුරපදයක් ලබා දිය යුතුය",                  // si
	"musite zadat pouzivatelske meno a heslo smtp",                      // sk
	"morate dodeliti smtp korisnicko ime i sifru",                       // sr
	"smtp anvandarnamn och losenord maste anges",                        // sv-SE
	"lazima ubainishe jina la mtumiaji na nenosiri la smtp",             // sw
	"நீங்கள் smtp பயனர்பெயர் மற்றும் கடவுச்சொல்லை ஒதுக்க (assign) வேண்டும்", // ta
	"คุณต้องกำหนดชื่อผู้ใช้และรหัสผ่าน smtp",                                // th
}

// codeIgniterAuthTerms are the translations of CodeIgniter's
// "SMTPAuthUsername" and "SMTPAuthPassword" ("Failed to authenticate
// password. Error: {0}"): the login failed, unless the server's reply
// after it names another cause.
var codeIgniterAuthTerms = []string{
	"فشل في مصادقة اسم المستخدم",                           // ar SMTPAuthUsername
	"فشل في مصادقة اسم كلمة المرور",                        // ar SMTPAuthPassword
	"неуспешно удостоверяване на потребителското име",      // bg SMTPAuthUsername
	"неуспешно удостоверяване на паролата",                 // bg SMTPAuthPassword
	"ব্যবহারকারীর নাম প্রমাণীকরণে ব্যর্থ",                  // bn SMTPAuthUsername
	"পাসওয়ার্ড প্রমাণীকরণে ব্যর্থ",                        // bn SMTPAuthPassword
	"neuspjesna autentifikacija korisnickog imena",         // bs SMTPAuthUsername
	"neuspjesna autentifikacija sifre",                     // bs SMTPAuthPassword
	"selhala autentizace prihlasovaciho jmena",             // cs SMTPAuthUsername
	"selhala autentizace hesla",                            // cs SMTPAuthPassword
	"der benutzername konnte nicht authentifiziert werden", // de SMTPAuthUsername
	"das passwort konnte nicht authentifiziert werden",     // de SMTPAuthPassword
	"απέτυχε ο έλεγχος ταυτότητας ονόματος χρήστη",         // el SMTPAuthUsername
	"απέτυχε ο έλεγχος ταυτότητας του κωδικού πρόσβασης",   // el SMTPAuthPassword
	"ha fallado la autentificacion del usuario",            // es SMTPAuthUsername
	"ha fallado la autentificacion de la contrasena",       // es SMTPAuthPassword
	"مشکل در احراز هویت نام کاربری",                        // fa SMTPAuthUsername
	"مشکل در احراز هویت رمز",                               // fa SMTPAuthPassword
	"impossible d'identifier le nom d'utilisateur",         // fr SMTPAuthUsername
	"impossible d'identifier le mot de passe",              // fr SMTPAuthPassword
	"fallou a autentificacion do usuario",                  // gl SMTPAuthUsername
	"fallou a autentificacion do contrasinal",              // gl SMTPAuthPassword
	"યુઝરનેમ પ્રમાણિત કરવામાં નિષ્ફળ",                      // gu SMTPAuthUsername
	"પાસવર્ડ પ્રમાણિત કરવામાં નિષ્ફળ",                      // gu SMTPAuthPassword
	"उपयोगकर्ता नाम को प्रमाणित करने में विफल",             // hi SMTPAuthUsername
	"पासवर्ड को प्रमाणित करने में विफल",                    // hi SMTPAuthPassword
	"nem sikerult hitelesiteni a felhasznalonevet",         // hu SMTPAuthUsername
	"nem sikerult hitelesiteni a jelszot",                  // hu SMTPAuthPassword
	"gagal mengautentikasi nama pengguna",                  // id SMTPAuthUsername
	"gagal mengautentikasi kata sandi",                     // id SMTPAuthPassword
	"사용자 이름을 인증하지 못했습니다",                                   // ko SMTPAuthUsername
	"nepavyko autentifikuotis siuo vardu",                  // lt SMTPAuthUsername
	"nepavyko autentifikuotis siuo slaptazodziu",           // lt SMTPAuthPassword
	"neizdevas autentificet lietotajvardu",                 // lv SMTPAuthUsername
	"neizdevas autentificet paroli",                        // lv SMTPAuthPassword
	"ഉപയോക്തൃനാമം പ്രാമാണീകരിക്കുന്നതിൽ പരാജയപ്പെട്ടു", // ml SMTPAuthUsername
	"പാസ്വേഡ് പ്രാമാണീകരിക്കുന്നതിൽ പരാജയപ്പെട്ടു",     // ml SMTPAuthPassword
	"username authenticate करण्यात अयशस्वी",            // mr SMTPAuthUsername
	"password authenticate करण्यात अयशस्वी",            // mr SMTPAuthPassword
	"authenticatie gebruikersnaam gefaald",         // nl SMTPAuthUsername
	"authenticatie wachtwoord gefaald",             // nl SMTPAuthPassword
	"blad autentykacji nazwy uzytkownika",          // pl SMTPAuthUsername
	"blad autentykacji hasla",                      // pl SMTPAuthPassword
	"falha ao autenticar o nome de usuario",        // pt, pt-BR SMTPAuthUsername
	"falha ao autenticar a senha",                  // pt, pt-BR SMTPAuthPassword
	"autentificare esuata cu numele de utilizator", // ro SMTPAuthUsername
	"autentificare esuata cu parola",               // ro SMTPAuthPassword
	"не удалось проверить подлинность логина",      // ru SMTPAuthUsername
	"не удалось проверить подлинность пароля",      // ru SMTPAuthPassword
	"පරිශීලක නාමය authenticate කිරීමට අපොහොසත් විය", // si SMTPAuthUsername
	"මුරපදය authenticate කිරීමට අපොහොසත් විය",       // si SMTPAuthPassword
	"nepodarilo sa overit pouzivatelske meno",       // sk SMTPAuthUsername
	"nepodarilo sa overit heslo",                  // sk SMTPAuthPassword
	"neusjesna autentifikacija korisnickog imena", // sr SMTPAuthUsername
	"neusjesna autentifikacija sifre",             // sr SMTPAuthPassword
	"kunde inte verifiera anvandarnamnet",         // sv-SE SMTPAuthUsername
	"kunde inte verifiera losenordet",             // sv-SE SMTPAuthPassword
	"hawezi kuthibitisha jina la mtumiaji",        // sw SMTPAuthUsername
	"hawezi kuthibitisha nenosiri",                // sw SMTPAuthPassword
	"பயனர்பெயரை அங்கீகரிப்பதில் தோல்வி",                 // ta SMTPAuthUsername
	"கடவுச்சொல்லை அங்கீகரிப்பதில் தோல்வி",               // ta SMTPAuthPassword
	"ไม่สามารถตรวจสอบชื่อผู้ใช้ได้ เนื่องจากข้อผิดพลาด", // th SMTPAuthUsername
	"ไม่สามารถตรวจสอบรหัสผ่านได้ เนื่องจากข้อผิดพลาด",   // th SMTPAuthPassword
}

// codeIgniterSocketTerms are the translations of CodeIgniter's
// "noSocket" ("Unable to open a socket to Sendmail. Please check
// settings."): no connection to the mail program.
var codeIgniterSocketTerms = []string{
	"غير قادر على فتح اتصال من نوع socket مع sendmail",              // ar
	"не може да се отвори сокет към sendmail",                       // bg
	"সেন্ডমেইলে একটি সকেট খুলতে অক্ষম",                              // bn
	"nije moguce otvoriti soket prema sendmail",                     // bs, sr
	"nepodarilo se otevrit socket pro sendmail",                     // cs
	"der socket fur sendmail konnte nicht geoffnet werden",          // de
	"δεν είναι δυνατό να ανοίξει μια υποδοχή (socket) στο sendmail", // el
	"incapaz de abrir un socket a sendmail",                         // es, gl
	"امکان باز کردن سوکت برای استفاده از روش sendmail وجود ندارد",   // fa
	"impossible d'ouvrir un socket avec sendmail",                   // fr
	"sendmail પર સોકેટ ખોલી શકાતું નથી",                             // gu
	"sendmail से सॉकेट खोलने में असमर्थ",                            // hi
	"nem lehet csatlakozni a sendmailhez",                           // hu
	"tidak dapat membuka sebuah soket ke sendmail",                  // id
	"non possibile aprire un socket a sendmail",                     // it
	"sendmailへのソケットが開けません",                                          // ja
	"sendmail 소켓을 열 수 없습니다",                                         // ko
	"nepavyksta atverti lizdo i sendmail",                           // lt
	"nevar atvert soketu prieks sendmail",                           // lv
	"സെന്റ് മെയിലിലേക്ക് ഒരു സോക്കറ്റ് തുറക്കാനായില്ല", // ml
	"sendmail साठी socket उघडता येत नाही",              // mr
	"kon geen socket openen naar sendmail",              // nl
	"nie mozna otworzyc socketu do sendmail",            // pl
	"nao foi possivel abrir um socket para o sendmail",  // pt
	"nao foi possivel abrir um soquete para o sendmail", // pt-BR
	"nu se poate deschide un socket la sendmail",        // ro
	"не удается открыть сокет для php_sendmail()",       // ru
	"sendmail වෙත සොකට් එකක් විවෘත කළ නොහැක",            // si
	"nepodarilo sa otvorit soket pre sendmail",          // sk
	"kunde inte oppna en anslutning till sendmail",      // sv-SE
	"hawezi kufungua soketi na sendmail",                // sw
	"sendmailகாக socket ஐ திறக்க முடியவில்லை",           // ta
	"ไม่สามารถเปิดซ็อกเก็ตไปยัง sendmail ได้ โปรดตรวจสอบการตั้งค่า", // th
}
