-- The FAQ in Arabic and English. French stays the reference (required); the translations are
-- optional and a reader whose language has none is shown the French text.
--
-- Search works in each language: French keeps french_unaccent (stems, ignores accents), English
-- uses the english configuration, Arabic the simple configuration over a normalised text
-- (f_arabic_search). PostgreSQL ships no Arabic stemmer, so the normalisation does the little that
-- matters for questions typed by users: hamza forms of alef, alef maqsura and taa marbuta unified,
-- diacritics and tatweel dropped, Arabic punctuation made a separator, and the article (ال, with
-- و/ف/ب/ك/ل before it) cut from the start of words — « المرور » and « مرور » are then one word.
-- Only immutable built-ins (translate, regexp_replace), so it runs on PGlite and PostgreSQL 15.

CREATE OR REPLACE FUNCTION f_arabic_search(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT regexp_replace(
           translate($1, 'أإآٱىة؟،؛ـًٌٍَُِّْ', 'اااايه   '),
           '(^|[^؀-ۿ])(وبال|وال|فال|بال|كال|ولل|لل|ال)([؀-ۿ]{2})', '\1\3', 'g') $$;

ALTER TABLE faq_entry
  ADD COLUMN question_ar text CHECK (question_ar <> ''),
  ADD COLUMN answer_ar   text CHECK (answer_ar <> ''),
  ADD COLUMN question_en text CHECK (question_en <> ''),
  ADD COLUMN answer_en   text CHECK (answer_en <> ''),
  -- A question without its answer (or the reverse) would show half a translation.
  ADD CONSTRAINT faq_entry_ar_complete CHECK ((question_ar IS NULL) = (answer_ar IS NULL)),
  ADD CONSTRAINT faq_entry_en_complete CHECK ((question_en IS NULL) = (answer_en IS NULL)),
  ADD COLUMN search_ar tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', f_arabic_search(coalesce(question_ar, ''))), 'A') ||
    setweight(to_tsvector('simple', f_arabic_search(coalesce(answer_ar, ''))), 'B')) STORED,
  ADD COLUMN search_en tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(question_en, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(answer_en, '')), 'B')) STORED;
CREATE INDEX faq_entry_search_ar_idx ON faq_entry USING gin (search_ar);
CREATE INDEX faq_entry_search_en_idx ON faq_entry USING gin (search_en);

-- Translations of the entries of 0502, matched on their French question: an entry an administrator
-- already reworded keeps no translation rather than a wrong one.
UPDATE faq_entry e SET question_ar = t.qa, answer_ar = t.aa, question_en = t.qe, answer_en = t.ae
  FROM (VALUES
('Comment me connecter au portail MIC ?',
 'كيف أسجل الدخول إلى بوابة وزارة الصناعة والتجارة (MIC)؟',
 'افتح https://www.portnet.ma وانقر على « تسجيل الدخول » أعلى يمين الصفحة. في النافذة التي تظهر، اختر فضاء الإدارات ثم انقر على « تسجيل الدخول » بجانب بوابة MIC. تصل إلى صفحة المصادقة Portnet ID: أدخل معرفك (اسم المستخدم أو عنوان البريد الإلكتروني) وكلمة المرور، وأكمل التحقق « لست روبوتًا »، ثم أدخل رمز التحقق الخاص بالمصادقة متعددة العوامل. تظهر بعد ذلك لوحة القيادة لبوابة MIC.',
 'How do I sign in to the MIC portal?',
 'Open https://www.portnet.ma and click « Sign in » at the top right. In the window that opens, choose the Administrations profile, then click « Sign in » next to the Portail MIC. You reach the Portnet ID authentication page: enter your identifier (user name or e-mail address) and your password, complete the CAPTCHA, then enter the MFA verification code. The MIC portal dashboard is then displayed.'),
('Qu’est-ce que Portnet ID ?',
 'ما هو Portnet ID؟',
 'Portnet ID هو خدمة المصادقة الموحدة لبورتنت: حساب واحد وكلمة مرور واحدة لجميع البوابات (الإدارات، الأبناك، الجمارك…). ويفرض المصادقة متعددة العوامل لحماية الولوج إلى حسابك.',
 'What is Portnet ID?',
 'Portnet ID is PORTNET''s single sign-on service: one account and one password for every portal (Administrations, Banks, Customs…). It requires multi-factor authentication (MFA) to protect access to your account.'),
('Pourquoi dois-je valider un CAPTCHA avant de me connecter ?',
 'لماذا يجب علي إكمال التحقق (CAPTCHA) قبل تسجيل الدخول؟',
 'يحمي التحقق « لست روبوتًا » الحسابات من المحاولات الآلية لتخمين كلمات المرور. ضع علامة في الخانة وانتظر تأكيد التحقق قبل النقر على « تسجيل الدخول ». إذا فشل التحقق، أعد تحميل الصفحة؛ وإذا استمرت المشكلة، قدم شكاية من نوع « حادث تقني » لخدمة تسجيل الدخول / Portnet ID.',
 'Why must I complete a CAPTCHA before signing in?',
 'The CAPTCHA (« I am not a robot ») protects accounts against automated attempts to guess passwords. Tick the box and wait for the verification to be confirmed before clicking « Sign in ». If the verification fails, reload the page; if the problem persists, submit a complaint of type Technical incident for the Connexion / Portnet ID service.'),
('Où trouver le code de vérification MFA demandé à la connexion ?',
 'أين أجد رمز التحقق المطلوب عند تسجيل الدخول؟',
 'بعد كلمة المرور، يطلب Portnet ID رمزًا من 6 أرقام. افتح تطبيق المصادقة المسجل على هاتفك (Google Authenticator أو Microsoft Authenticator أو FreeOTP…) وأدخل الرمز المعروض لبوابة MIC. يتغير الرمز كل 30 ثانية: أدخل الرمز الحالي. إذا لم يكن توقيت هاتفك مضبوطًا تلقائيًا، فعّل الضبط التلقائي للوقت.',
 'Where do I find the MFA verification code asked for at sign-in?',
 'After your password, Portnet ID asks for a 6-digit code. Open the authenticator app registered on your phone (Google Authenticator, Microsoft Authenticator, FreeOTP…) and enter the code shown for the Portail MIC. The code changes every 30 seconds: enter the current one. If your phone''s clock is not set automatically, turn on automatic time.'),
('Comment réinitialiser mon MFA ?',
 'كيف أعيد تعيين المصادقة متعددة العوامل؟',
 'انقر على أيقونة المستخدم أعلى يمين الشاشة، ثم على « إعادة تعيين المصادقة متعددة العوامل ». أكد هويتك بإعادة إدخال كلمة المرور، وامسح رمز QR الجديد بتطبيق المصادقة، ثم أدخل أول رمز يظهر لتفعيل الآلية الجديدة. تُغلق جلساتك الأخرى وتتوصل بإشعار عبر البريد الإلكتروني. إذا فقدت هاتفك ولم يعد بإمكانك تسجيل الدخول، استعمل رمز استرداد أو قدم شكاية لخدمة تسجيل الدخول / Portnet ID.',
 'How do I reset my MFA?',
 'Click the user icon at the top right of the screen, then « Reset MFA ». Confirm your identity by entering your password again, scan the new QR code with your authenticator app, then enter the first code it shows to activate the new device. Your other sessions are closed and you receive an e-mail notification. If you have lost your phone and can no longer sign in, use a recovery code or submit a complaint for the Connexion / Portnet ID service.'),
('J’ai perdu mon téléphone : comment me connecter ?',
 'فقدت هاتفي: كيف أسجل الدخول؟',
 'في شاشة رمز التحقق، اختر استعمال رمز استرداد: كل رمز من الرموز العشرة المسلمة عند تفعيل المصادقة متعددة العوامل يُستعمل مرة واحدة فقط. بعد تسجيل الدخول، أعد تعيين المصادقة متعددة العوامل من قائمة الملف الشخصي. إذا لم يكن لديك رمز استرداد، اتصل بدعم بورتنت (اتصل بنا): سيتحقق مسؤول هيئتك أو الدعم من هويتك قبل أي إعادة تعيين.',
 'I have lost my phone: how do I sign in?',
 'On the MFA code screen, choose to use a recovery code: each of the ten codes given when MFA was activated works only once. Once signed in, reset your MFA from the profile menu. Without a recovery code, contact PORTNET support (Contact us): your organisation''s administrator or the support team will check your identity before any reset.'),
('Mon compte est temporairement bloqué après plusieurs tentatives, que faire ?',
 'حسابي محظور مؤقتًا بعد عدة محاولات، ماذا أفعل؟',
 'بعد عدة محاولات فاشلة متتالية لتسجيل الدخول، تُبطّأ المحاولات الجديدة لبضع دقائق لحماية حسابك. انتظر ثم أعد المحاولة مع التحقق من معرفك وكلمة المرور (انتبه إلى تفعيل الأحرف الكبيرة). إذا نسيت كلمة المرور، اطلب إعادة تعيينها من صفحة تسجيل الدخول.',
 'My account is temporarily blocked after several attempts: what should I do?',
 'After several failed sign-in attempts in a row, new attempts are slowed down for a few minutes to protect your account. Wait, then try again, checking your identifier and password (watch out for Caps Lock). If you have forgotten your password, ask for a reset from the sign-in page.'),
('À quoi sert la case « Se souvenir de moi » ?',
 'ما فائدة خانة « تذكرني »؟',
 'إذا وضعت علامة عليها، تبقى جلستك في Portnet ID مفتوحة على هذا المتصفح طوال المدة القصوى المسموح بها، دون أن يعفيك ذلك من رمز التحقق. لا تضع علامة عليها على حاسوب مشترك. تُغلق تلقائيًا كل جلسة تبقى غير نشطة لمدة 30 دقيقة.',
 'What is the « Remember me » box for?',
 'When ticked, it keeps your Portnet ID session open in this browser for the longest time allowed, without sparing you the MFA code. Do not tick it on a shared computer. A session left inactive for 30 minutes is closed automatically.'),
('Comment modifier mon mot de passe ?',
 'كيف أغير كلمة المرور؟',
 'انقر على أيقونة المستخدم أعلى اليمين، ثم على « تغيير كلمة المرور ». أدخل كلمة المرور الحالية، ثم كلمة المرور الجديدة، وأكد كلمة المرور الجديدة، ثم انقر على « حفظ ». تُغلق جلساتك الأخرى وتتوصل بإشعار عبر البريد الإلكتروني.',
 'How do I change my password?',
 'Click the user icon at the top right, then « Change password ». Enter your current password and the new password, confirm the new password, then click « Save ». Your other sessions are closed and you receive an e-mail notification.'),
('Quelles sont les règles d’un mot de passe valide ?',
 'ما هي شروط كلمة المرور الصالحة؟',
 'اختر كلمة مرور قوية: 8 أحرف على الأقل، تجمع بين الأحرف الكبيرة والصغيرة والأرقام والرموز الخاصة. تُرفض كلمات المرور الشائعة جدًا ومعرفك وعنوان بريدك الإلكتروني. وتُقبل عبارة مرور طويلة تتضمن مسافات، وهي موصى بها.',
 'What are the rules for a valid password?',
 'Choose a strong password: at least 8 characters, mixing upper and lower case letters, digits and special characters. Very common passwords, your identifier or your e-mail address are refused. A long passphrase, with spaces, is accepted and recommended.'),
('J’ai oublié mon mot de passe, comment le réinitialiser ?',
 'نسيت كلمة المرور، كيف أعيد تعيينها؟',
 'في صفحة المصادقة Portnet ID، انقر على « نسيت كلمة المرور؟ » وأدخل معرفك أو عنوان بريدك الإلكتروني. يُرسل إليك عبر البريد الإلكتروني رابط لإعادة التعيين صالح لمدة محدودة. إذا لم تتوصل بشيء، تحقق من بريدك غير المرغوب فيه أو اتصل بمسؤول هيئتك.',
 'I have forgotten my password: how do I reset it?',
 'On the Portnet ID authentication page, click « Forgot your password? » and enter your identifier or your e-mail address. A reset link, valid for a limited time, is sent to you by e-mail. If nothing arrives, check your spam folder or contact your organisation''s administrator.'),
('Comment utiliser le menu de navigation ?',
 'كيف أستعمل قائمة التصفح؟',
 'تجمع القائمة الجانبية اليسرى (اليمنى في الواجهة العربية) كل الخدمات المتاحة لملفك، مرتبة في أقسام قابلة للتوسيع (الاستيراد، التصدير…). انقر على قسم لتوسيعه، ثم على الخدمة المطلوبة. تتوقف الخدمات المعروضة على هيئتك وأدوارك.',
 'How do I use the navigation menu?',
 'The side menu on the left lists every service available to your profile, grouped in expandable sections (Import, Export…). Click a section to expand it, then the service you want. The services shown depend on your organisation and your roles.'),
('Comment rechercher une demande dans une liste ?',
 'كيف أبحث عن طلب في قائمة؟',
 'تتبع كل خدمة المنطق نفسه: عنوان الصفحة، ومسار التنقل (مثلًا لوحة القيادة > الاستيراد > طلب الإعفاء الجمركي)، ومعايير البحث، ثم القائمة. املأ معيارًا أو أكثر (مثلًا رقم طلب الإعفاء، الفئة، الحالة) ثم انقر على « بحث ». يفرغ زر « مسح » المعايير ويعرض القائمة كاملة من جديد.',
 'How do I search for a request in a list?',
 'Every service follows the same pattern: the page title, the breadcrumb (for example Dashboard > Import > Customs duty exemption request), the search criteria and the list. Fill in one or more filters (for example DFD number, Category, State), then click « Search ». The « Clear » button empties the filters and shows the whole list again.'),
('Que signifient les colonnes de la liste des demandes ?',
 'ماذا تعني أعمدة قائمة الطلبات؟',
 'تعرض القائمة لكل طلب: رقم التسجيل، والفئة، والمستورد، وتاريخ الإيداع، والرأي، والمكتب الجمركي، والبضاعة، والتعريفة (رمز النظام المنسق)، ورقم القرار، والحالة. انقر على رأس عمود لترتيب القائمة حسبه.',
 'What do the columns of the request list mean?',
 'For each request the list shows: the registration number, the Category, the Importer, the Submission date, the Opinion, the Customs office, the Goods, the Nomenclature (HS code), the Decision number and the State. Click a column header to sort the list.'),
('Comment changer la langue du portail ?',
 'كيف أغير لغة البوابة؟',
 'استعمل محدد اللغة في رأس الصفحة لعرض البوابة بالفرنسية أو العربية أو الإنجليزية. يُحفظ اختيارك على هذا المتصفح.',
 'How do I change the language of the portal?',
 'Use the language selector in the header to show the portal in French, Arabic or English. Your choice is kept in this browser.'),
('Qu’est-ce qu’une demande de franchise douanière (DFD) ?',
 'ما هو طلب الإعفاء الجمركي (DFD)؟',
 'يتيح طلب الإعفاء الجمركي للمستورد الحاصل على حصة من الحصص التعريفية، أو المستفيد من اتفاق للتبادل الحر أو من اتفاقية استثمار، طلب الإعفاء من الرسوم الجمركية. تتولى وزارة الصناعة والتجارة دراسة الطلب، مرفقًا بالفواتير الأولية، ويُحال القرار إلكترونيًا على إدارة الجمارك.',
 'What is a customs duty exemption request (DFD)?',
 'The DFD lets an importer holding a tariff-quota share, or benefiting from a free-trade agreement or an investment agreement, request exemption from customs duties. The Ministry of Industry and Trade examines the request, with its pro forma invoices, and the decision is sent electronically to customs.'),
('Une décision de franchise peut-elle être annulée ?',
 'هل يمكن إلغاء قرار الإعفاء؟',
 'لا يمكن إلغاء القرار إلا ما دامت إدارة الجمارك لم تقم بتقييده. بعد التقييد، لم يعد الإلغاء ممكنًا: اتصل بالمصلحة المكلفة بدراسة الطلب لأي تصحيح.',
 'Can an exemption decision be cancelled?',
 'A decision can be cancelled only as long as customs has not charged it against the declaration (imputation). Once it has been imputed, it can no longer be cancelled: contact the examining department for any correction.'),
('Pourquoi le code SH (nomenclature) est-il obligatoire ?',
 'لماذا يعد رمز النظام المنسق (التعريفة) إلزاميًا؟',
 'تتعلق رخص الاستيراد والتصدير ببضائع محددة برمزها في النظام المنسق. وبدون رمز صالح، لا يمكن مطابقة القرار مع التصريح الجمركي. ابحث عن الرمز بتسميته في خانة التعريفة.',
 'Why is the HS code (nomenclature) mandatory?',
 'Import and export licences cover goods identified by their Harmonized System code. Without a valid HS code, the decision cannot be matched with the customs declaration. Search for the code by its description in the Nomenclature field.'),
('Comment se déroule le contrôle de conformité à l’import ?',
 'كيف تجري مراقبة المطابقة عند الاستيراد؟',
 'يعين المستورد مكتب مراقبة (Bureau Veritas أو TÜV Rheinland أو Applus Fomento أو SGS…). يفحص هذا المكتب البضاعة ويبدي لكل صنف رأيًا: مطابق، أو غير مطابق، أو مطابق مع تحفظ. والنتيجة شهادة مطابقة (CdC) أو تقرير عدم مطابقة (RNC).',
 'How does import conformity control work?',
 'The importer names an inspection body (Bureau Veritas, TÜV Rheinland, Applus Fomento, SGS…). The body inspects the goods and gives, for each item, an opinion: Compliant, Non-compliant or Compliant with reservations. The result is a certificate of conformity (CdC) or a non-conformity report (RNC).'),
('Comment donner l’avis de mon organisme sur un dossier ?',
 'كيف أبدي رأي هيئتي في ملف؟',
 'افتح الملف من قائمة الخدمة المعنية، واطلع على المرفقات، ثم أدخل رأيك (إيجابي أو سلبي أو متحفظ) مع تعليله. يُسجل الرأي بتاريخه ووقته، ويظهر في سجل الملف ويُحال على المصلحة المكلفة بالدراسة.',
 'How do I give my organisation''s opinion on a file?',
 'Open the file from the list of the service concerned, read the attachments, then enter your opinion (favourable, unfavourable or with reservations) with its grounds. The opinion is time-stamped, shown in the file''s history and sent to the examining department.'),
('Comment déposer une réclamation ?',
 'كيف أقدم شكاية؟',
 'انقر على « هل تحتاج إلى مساعدة؟ » على حافة الصفحة، ثم على « شكاية جديدة ». تُملأ الاستمارة في 3 مراحل: 1. نوع الطلب (شكاية، طلب معلومات، حادث تقني، اقتراح)؛ 2. الخدمة المعنية؛ 3. التفاصيل: الموضوع والوصف والوثائق المثبتة عند الحاجة. راجع الملخص ثم انقر على « إرسال ». يُعرض عليك رقم مرجعي فريد ويُرسل إليك عبر البريد الإلكتروني.',
 'How do I submit a complaint?',
 'Click « Need help? » on the edge of the page, then « New complaint ». The form has 3 steps: 1. Type of request (Complaint, Information request, Technical incident, Suggestion); 2. Service concerned; 3. Details: subject, description and supporting documents if needed. Check the summary, then click « Send ». A unique reference number is shown to you and sent by e-mail.'),
('Comment suivre ma réclamation ?',
 'كيف أتابع شكايتي؟',
 'افتح « هل تحتاج إلى مساعدة؟ » ثم « شكاياتي »: تجد فيها شكاياتك بمرجعها (مثلًا REC-2026-000123) ونوعها والخدمة المعنية وتاريخها وحالتها (جديدة، قيد المعالجة، في انتظار ردك، تمت تسويتها، مغلقة). افتح شكاية لقراءة ردود الدعم والرد عليها والاطلاع على سجلها. تتوصل بإشعار عبر البريد الإلكتروني عند كل رد.',
 'How do I follow my complaint?',
 'Open « Need help? », then « My complaints »: you find your complaints there with their reference (for example REC-2026-000123), their type, the service concerned, the date and the status (New, In progress, Awaiting your reply, Resolved, Closed). Open a complaint to read the support team''s answers, reply and see its history. You are notified by e-mail of every answer.'),
('Quels fichiers puis-je joindre à une réclamation ?',
 'ما هي الملفات التي يمكنني إرفاقها بشكاية؟',
 'يمكنك إرفاق ما يصل إلى 5 ملفات بصيغة PDF أو PNG أو JPEG أو DOCX أو XLSX. يُبين الحجم الأقصى لكل ملف في الاستمارة قبل الإرسال. وتساعد لقطة شاشة لرسالة الخطأ فريق الدعم على معالجة طلبك بسرعة أكبر.',
 'Which files can I attach to a complaint?',
 'You can attach up to 5 files in PDF, PNG, JPEG, DOCX or XLSX format. The maximum size of each file is shown on the form before you send it. A screenshot of the error message helps the support team handle your request faster.'),
('Ma réclamation est résolue mais le problème persiste, que faire ?',
 'تمت تسوية شكايتي لكن المشكلة مستمرة، ماذا أفعل؟',
 'افتح الشكاية من « شكاياتي » وانقر على « إعادة فتح الشكاية »: يمكن ذلك خلال 7 أيام بعد تسويتها. بعد انقضاء هذا الأجل، تُغلق الشكاية؛ قدم شكاية جديدة مع الإشارة إلى مرجع الشكاية السابقة.',
 'My complaint is resolved but the problem persists: what should I do?',
 'Open the complaint from « My complaints » and click « Reopen the complaint »: this is possible for 7 days after it was resolved. After that, the complaint is closed; submit a new complaint quoting the reference of the previous one.')
  ) AS t(qf, qa, aa, qe, ae)
 WHERE e.question = t.qf;
