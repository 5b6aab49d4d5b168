// The messages the server writes itself (AppError messages, field messages, the zod messages of
// packages/contracts) in Arabic and English. French stays the reference: the code writes French, and
// the error handler (errors.ts) looks the French text up here when the reader reads Arabic or
// English. A text that is not here is sent in French, as before.
//
// An entry whose French text holds {name} placeholders is a pattern: it is matched as a whole by a
// regular expression built from the French text ({name} matches any text, {#name} digits only) and
// the captured values are set in the translation. A captured value is itself looked up (a state
// label, an action, « 10 Mo »…), so « Action impossible : le dossier est à l'état « Soumise »… »
// comes out in Arabic with the Arabic state. In Arabic a value that stays in Latin script (a code,
// a reference, a file name) is wrapped in Unicode isolates (iso) so that it keeps its own order.
//
// server-messages.test.ts fails when a French message of the server or of the contracts has no
// entry here.
import { iso, type Locale } from './locale.ts';

/** [French, Arabic, English]. */
type Entry = readonly [fr: string, ar: string, en: string];

const ENTRIES: readonly Entry[] = [
  // ── platform: errors, auth, storage ──────────────────────────────────────────────────────────
  [
    'Certaines valeurs saisies sont invalides.',
    'بعض القيم المدخلة غير صالحة.',
    'Some of the values entered are invalid.',
  ],
  ['Valeur invalide', 'قيمة غير صالحة', 'Invalid value'],
  [
    'Le fichier ou la requête dépasse la taille maximale autorisée.',
    'يتجاوز الملف أو الطلب الحجم الأقصى المسموح به.',
    'The file or request exceeds the maximum size allowed.',
  ],
  [
    'Trop de tentatives. Veuillez patienter avant de réessayer.',
    'محاولات كثيرة جدًا. يرجى الانتظار قبل إعادة المحاولة.',
    'Too many attempts. Please wait before trying again.',
  ],
  ['Type de contenu non pris en charge.', 'نوع المحتوى غير مدعوم.', 'Content type not supported.'],
  ['Requête invalide.', 'طلب غير صالح.', 'Invalid request.'],
  [
    'Une erreur interne est survenue. Veuillez réessayer plus tard.',
    'حدث خطأ داخلي. يرجى إعادة المحاولة لاحقًا.',
    'An internal error occurred. Please try again later.',
  ],
  ['Ressource introuvable.', 'المورد غير موجود.', 'Resource not found.'],
  [
    "Vous n'avez pas les droits nécessaires pour cette action.",
    'ليست لديك الصلاحيات اللازمة للقيام بهذا الإجراء.',
    'You do not have the rights needed for this action.',
  ],
  [
    'Votre session a expiré. Veuillez vous reconnecter.',
    'انتهت صلاحية جلستك. يرجى تسجيل الدخول من جديد.',
    'Your session has expired. Please sign in again.',
  ],
  [
    'Requête refusée : elle provient d’un autre site.',
    'تم رفض الطلب: مصدره موقع آخر.',
    'Request refused: it comes from another site.',
  ],
  [
    'Requête refusée : origine non autorisée.',
    'تم رفض الطلب: مصدر غير مسموح به.',
    'Request refused: origin not allowed.',
  ],
  [
    'Jeton de sécurité manquant ou invalide. Rechargez la page.',
    'رمز الأمان مفقود أو غير صالح. أعد تحميل الصفحة.',
    'Security token missing or invalid. Reload the page.',
  ],
  [
    "Le fichier « {name} » n'est pas d'un type accepté. Types acceptés : {types}.",
    'الملف «{name}» ليس من نوع مقبول. الأنواع المقبولة: {types}.',
    'The file “{name}” is not of an accepted type. Accepted types: {types}.',
  ],
  [
    'Le fichier « {name} » dépasse la taille maximale autorisée de {size}.',
    'يتجاوز الملف «{name}» الحجم الأقصى المسموح به وهو {size}.',
    'The file “{name}” exceeds the maximum size allowed of {size}.',
  ],
  ['Le fichier « {name} » est vide.', 'الملف «{name}» فارغ.', 'The file “{name}” is empty.'],
  ['{n} Mo', '{n} ميغابايت', '{n} MB'],
  ['{#n} Ko', '{n} كيلوبايت', '{n} KB'],
  ['{#n} octets', '{n} بايت', '{n} bytes'],

  // ── identity ──────────────────────────────────────────────────────────────────────────────────
  [
    'Veuillez cocher « Je ne suis pas un robot » et réessayer.',
    'يرجى وضع علامة على «لست روبوتًا» وإعادة المحاولة.',
    'Please tick “I am not a robot” and try again.',
  ],
  [
    'Vérification anti-robot invalide ou expirée.',
    'التحقق من أنك لست روبوتًا غير صالح أو منتهي الصلاحية.',
    'Anti-robot check invalid or expired.',
  ],
  [
    'Identifiant de client invalide (a-z, 0-9, « . _ - »).',
    'معرّف العميل غير صالح (a-z، 0-9، «. _ -»).',
    'Invalid client identifier (a-z, 0-9, “. _ -”).',
  ],
  [
    'Le secret du client doit comporter au moins 32 caractères.',
    'يجب أن يتكون سر العميل من 32 حرفًا على الأقل.',
    'The client secret must be at least 32 characters long.',
  ],
  ['Portées inconnues : {scopes}.', 'نطاقات غير معروفة: {scopes}.', 'Unknown scopes: {scopes}.'],
  ['(aucune)', '(لا شيء)', '(none)'],
  [
    'Si un compte correspond à cet identifiant, un e-mail contenant un lien de réinitialisation (valable 30 minutes) vient de lui être envoyé.',
    'إذا كان هناك حساب مطابق لهذا المعرّف، فقد أُرسل إليه للتو بريد إلكتروني يتضمن رابطًا لإعادة التعيين (صالحًا لمدة 30 دقيقة).',
    'If an account matches this username, an e-mail with a reset link (valid for 30 minutes) has just been sent to it.',
  ],
  [
    'Votre mot de passe a été modifié. Vos autres sessions ont été fermées.',
    'تم تغيير كلمة المرور. وأُغلقت جلساتك الأخرى.',
    'Your password has been changed. Your other sessions have been closed.',
  ],
  [
    'Votre mot de passe a été réinitialisé. Connectez-vous avec votre nouveau mot de passe et votre code de vérification.',
    'تمت إعادة تعيين كلمة المرور. سجّل الدخول بكلمة المرور الجديدة ورمز التحقق.',
    'Your password has been reset. Sign in with your new password and your verification code.',
  ],
  [
    'Votre mot de passe est enregistré. Connectez-vous pour enregistrer votre application d’authentification.',
    'تم حفظ كلمة المرور. سجّل الدخول لتسجيل تطبيق المصادقة الخاص بك.',
    'Your password has been saved. Sign in to register your authenticator app.',
  ],
  [
    'Identifiant ou mot de passe incorrect.',
    'المعرّف أو كلمة المرور غير صحيحة.',
    'Incorrect username or password.',
  ],
  [
    'Code de vérification invalide ou expiré.',
    'رمز التحقق غير صالح أو منتهي الصلاحية.',
    'Verification code invalid or expired.',
  ],
  [
    'Cette demande de connexion a expiré. Veuillez recommencer depuis le portail.',
    'انتهت صلاحية طلب تسجيل الدخول هذا. يرجى البدء من جديد من البوابة.',
    'This sign-in request has expired. Please start again from the portal.',
  ],
  [
    'Un appareil est déjà enregistré pour ce compte.',
    'يوجد جهاز مسجل مسبقًا لهذا الحساب.',
    'A device is already registered for this account.',
  ],
  [
    'Aucun enregistrement en cours. Recommencez.',
    'لا يوجد تسجيل جارٍ. أعد من البداية.',
    'No registration in progress. Start again.',
  ],
  [
    'La confirmation ne correspond pas au nouveau mot de passe.',
    'التأكيد لا يطابق كلمة المرور الجديدة.',
    'The confirmation does not match the new password.',
  ],
  [
    'Le mot de passe actuel est incorrect.',
    'كلمة المرور الحالية غير صحيحة.',
    'The current password is incorrect.',
  ],
  [
    "Le nouveau mot de passe doit être différent de l'actuel.",
    'يجب أن تختلف كلمة المرور الجديدة عن الحالية.',
    'The new password must be different from the current one.',
  ],
  [
    'Ce lien est invalide, expiré ou déjà utilisé. Demandez-en un nouveau.',
    'هذا الرابط غير صالح أو منتهي الصلاحية أو سبق استعماله. اطلب رابطًا جديدًا.',
    'This link is invalid, expired or already used. Ask for a new one.',
  ],
  // the password policy (password-policy.ts): the message is the first reason, the field the reasons
  ['Mot de passe refusé.', 'كلمة المرور مرفوضة.', 'Password refused.'],
  [
    'Le mot de passe doit contenir au moins {#n} caractères.',
    'يجب أن تتكون كلمة المرور من {n} حرفًا على الأقل.',
    'The password must be at least {n} characters long.',
  ],
  [
    'Le mot de passe ne peut pas dépasser {#n} caractères.',
    'لا يمكن أن تتجاوز كلمة المرور {n} حرفًا.',
    'The password cannot exceed {n} characters.',
  ],
  [
    'Le mot de passe doit contenir {missing}.',
    'يجب أن تتضمن كلمة المرور {missing}.',
    'The password must contain {missing}.',
  ],
  ['une majuscule', 'حرفًا كبيرًا', 'a capital letter'],
  ['une minuscule', 'حرفًا صغيرًا', 'a lower-case letter'],
  ['un chiffre', 'رقمًا', 'a digit'],
  ['un caractère spécial', 'رمزًا خاصًا', 'a special character'],
  [
    'Le mot de passe ne doit pas contenir votre identifiant, votre nom ni votre adresse e-mail.',
    'يجب ألا تتضمن كلمة المرور معرّفك ولا اسمك ولا عنوان بريدك الإلكتروني.',
    'The password must not contain your username, your name or your e-mail address.',
  ],
  [
    'Mot de passe trop courant ou trop facile à deviner.',
    'كلمة المرور شائعة جدًا أو سهلة التخمين.',
    'Password too common or too easy to guess.',
  ],
  [
    'Mot de passe trop courant ou trop facile à deviner : {warning}',
    'كلمة المرور شائعة جدًا أو سهلة التخمين: {warning}',
    'Password too common or too easy to guess: {warning}',
  ],
  ['Texte attendu.', 'يُنتظر نص.', 'Text expected.'],
  ['adresse e-mail invalide', 'عنوان بريد إلكتروني غير صالح', 'invalid e-mail address'],
  ['{#n} caractères au moins', '{n} أحرف على الأقل', 'at least {n} characters'],
  [
    'lettres minuscules, chiffres, point, tiret ou souligné',
    'أحرف لاتينية صغيرة أو أرقام أو نقطة أو شرطة أو شرطة سفلية',
    'lower-case letters, digits, full stop, hyphen or underscore',
  ],
  ['au moins un rôle', 'دور واحد على الأقل', 'at least one role'],
  ['aucune modification', 'لا يوجد أي تعديل', 'no change'],
  ['motif de 5 caractères au moins', 'سبب من 5 أحرف على الأقل', 'reason of at least 5 characters'],
  ['nom d’événement invalide', 'اسم حدث غير صالح', 'invalid event name'],
  ['code à 3 chiffres attendu', 'يُنتظر رمز من 3 أرقام', '3-digit code expected'],

  // ── admin: users, reference tables, nomenclature import, procedures ───────────────────────────
  [
    'Cette page est réservée aux administrateurs.',
    'هذه الصفحة مخصصة للمديرين.',
    'This page is reserved for administrators.',
  ],
  [
    'Cette action est réservée aux administrateurs de la plateforme.',
    'هذا الإجراء مخصص لمديري المنصة.',
    'This action is reserved for platform administrators.',
  ],
  ['Utilisateur introuvable.', 'المستخدم غير موجود.', 'User not found.'],
  [
    'Seul un administrateur de la plateforme peut attribuer ce rôle.',
    'لا يمكن إسناد هذا الدور إلا من طرف مدير المنصة.',
    'Only a platform administrator can grant this role.',
  ],
  [
    'Vous ne pouvez inviter que des utilisateurs de votre organisation.',
    'لا يمكنك دعوة سوى مستخدمي هيئتك.',
    'You can only invite users of your organisation.',
  ],
  ['Organisation inconnue.', 'هيئة غير معروفة.', 'Unknown organisation.'],
  ['Organisation inconnue', 'هيئة غير معروفة', 'Unknown organisation'],
  [
    'Cet identifiant ou cette adresse e-mail est déjà utilisé.',
    'هذا المعرّف أو عنوان البريد الإلكتروني مستعمل من قبل.',
    'This username or e-mail address is already in use.',
  ],
  [
    "Ce compte est déjà activé : l'invitation n'a plus lieu d'être.",
    'هذا الحساب مفعّل من قبل: لم تعد للدعوة حاجة.',
    'This account is already active: the invitation is no longer needed.',
  ],
  [
    'Vous ne pouvez ni désactiver votre propre compte ni retirer vos propres droits.',
    'لا يمكنك تعطيل حسابك ولا سحب صلاحياتك.',
    'You can neither deactivate your own account nor remove your own rights.',
  ],
  [
    "Ce compte s'activera quand l'utilisateur aura choisi son mot de passe.",
    'سيُفعَّل هذا الحساب عندما يختار المستخدم كلمة المرور الخاصة به.',
    'This account will become active when the user has chosen a password.',
  ],
  ['Session introuvable.', 'الجلسة غير موجودة.', 'Session not found.'],
  ['Le code {code} existe déjà.', 'الرمز {code} موجود من قبل.', 'Code {code} already exists.'],
  ['Ce code existe déjà.', 'هذا الرمز موجود من قبل.', 'This code already exists.'],
  ['Code introuvable : {code}.', 'رمز غير موجود: {code}.', 'Code not found: {code}.'],
  [
    'Fichier trop long : 50 000 lignes au plus par import.',
    'الملف طويل جدًا: 50 000 سطر على الأكثر في كل استيراد.',
    'File too long: at most 50,000 lines per import.',
  ],
  [
    "Import refusé : {#n} ligne(s) en erreur. Aucune modification n'a été faite.",
    'تم رفض الاستيراد: عدد الأسطر التي بها أخطاء {n}. لم يُجرَ أي تعديل.',
    'Import refused: {n} line(s) with errors. Nothing was changed.',
  ],
  [
    'Le fichier ne contient aucune ligne de nomenclature.',
    'لا يحتوي الملف على أي سطر من التعريفة.',
    'The file contains no nomenclature line.',
  ],
  [
    'code « {code} » invalide : 2, 4, 6 ou 10 chiffres attendus',
    'الرمز «{code}» غير صالح: يُنتظر 2 أو 4 أو 6 أو 10 أرقام',
    'code “{code}” invalid: 2, 4, 6 or 10 digits expected',
  ],
  ['libellé manquant pour le code {code}', 'التسمية مفقودة للرمز {code}', 'label missing for code {code}'],
  [
    'libellé trop long pour le code {code} (500 caractères au plus)',
    'التسمية طويلة جدًا للرمز {code} (500 حرف على الأكثر)',
    'label too long for code {code} (500 characters at most)',
  ],
  [
    'libellé arabe trop long pour le code {code} (500 caractères au plus)',
    'التسمية العربية طويلة جدًا للرمز {code} (500 حرف على الأكثر)',
    'Arabic label too long for code {code} (500 characters at most)',
  ],
  [
    'libellé arabe du code {code} sans lettre arabe (colonnes inversées ?)',
    'التسمية العربية للرمز {code} لا تتضمن أي حرف عربي (هل الأعمدة معكوسة؟)',
    'Arabic label of code {code} has no Arabic letter (columns swapped?)',
  ],
  [
    'libellé anglais trop long pour le code {code} (500 caractères au plus)',
    'التسمية الإنجليزية طويلة جدًا للرمز {code} (500 حرف على الأكثر)',
    'English label too long for code {code} (500 characters at most)',
  ],
  [
    'colonnes en trop : deux colonnes attendues (code ; libellé), ou nommez-les sur une ligne d’en-tête (code ; label_fr ; label_ar ; label_en)',
    'أعمدة زائدة: يُنتظر عمودان (الرمز ؛ التسمية)، أو سمِّ الأعمدة في سطر عناوين (code ; label_fr ; label_ar ; label_en)',
    'too many columns: two columns expected (code ; label), or name them on a header line (code ; label_fr ; label_ar ; label_en)',
  ],
  [
    'colonnes en trop : {#n} colonnes attendues',
    'أعمدة زائدة: عدد الأعمدة المنتظرة {n}',
    'too many columns: {n} columns expected',
  ],
  [
    'code {code} déjà présent à la ligne {#line}',
    'الرمز {code} موجود من قبل في السطر {line}',
    'code {code} already on line {line}',
  ],
  [
    'code {code} : position parente {parents} inconnue',
    'الرمز {code}: البند الأصل {parents} غير معروف',
    'code {code}: parent heading {parents} unknown',
  ],
  // the word joining the parent positions (« 0101 ou 01 ») in the message above
  [' ou ', ' أو ', ' or '],
  ['Procédure introuvable.', 'المسطرة غير موجودة.', 'Procedure not found.'],
  [
    "La version {version} de la procédure {code} n'existe pas.",
    'الصيغة {version} من المسطرة {code} غير موجودة.',
    'Version {version} of procedure {code} does not exist.',
  ],
  [
    'Choisissez au moins un motif (ou tous les motifs de ce type).',
    'اختر سببًا واحدًا على الأقل (أو جميع أسباب هذا النوع).',
    'Choose at least one reason (or all the reasons of this type).',
  ],
  [
    "Motif inconnu, inactif ou d'un autre type : {codes}.",
    'سبب غير معروف أو غير مفعّل أو من نوع آخر: {codes}.',
    'Reason unknown, inactive or of another type: {codes}.',
  ],
  [
    'Les catégories se renomment seulement : leur liste et leurs codes viennent de la définition.',
    'لا يمكن سوى إعادة تسمية الفئات: قائمتها ورموزها مستمدة من التعريف.',
    'Categories can only be renamed: their list and codes come from the definition.',
  ],
  ['Code de pièce en double : {kind}.', 'رمز وثيقة مكرر: {kind}.', 'Duplicate document code: {kind}.'],
  [
    'Vous ne pouvez modifier que les procédures de votre organisation : {code} relève de {org}.',
    'لا يمكنك تعديل سوى مساطر هيئتك: المسطرة {code} تابعة لـ{org}.',
    'You can only edit the procedures of your organisation: {code} belongs to {org}.',
  ],
  [
    'Cette procédure a été modifiée entre-temps : vous avez modifié la version {#mine}, la version en vigueur est la {#current}{by}. Rechargez la définition puis refaites vos modifications.',
    'تم تعديل هذه المسطرة في الأثناء: عدّلتَ الصيغة {mine}، والصيغة السارية هي {current}{by}. أعد تحميل التعريف ثم أعد تعديلاتك.',
    'This procedure was changed in the meantime: you edited version {mine}, the version in force is {current}{by}. Reload the definition and make your changes again.',
  ],
  [' (par {author})', ' (من طرف {author})', ' (by {author})'],
  [
    'Aucune modification : la définition est identique à la version {version}.',
    'لا يوجد أي تعديل: التعريف مطابق للصيغة {version}.',
    'No change: the definition is the same as version {version}.',
  ],
  ['Ce champ est obligatoire.', 'هذا الحقل إلزامي.', 'This field is required.'],
  ['{#n} caractères au plus.', '{n} حرف على الأكثر.', '{n} characters at most.'],
  [
    'Code de pièce : lettres minuscules et « _ » (2 à 40), ex. : facture_proforma.',
    'رمز الوثيقة: أحرف لاتينية صغيرة و«_» (من 2 إلى 40)، مثال: facture_proforma.',
    'Document code: lower-case letters and “_” (2 to 40), e.g. facture_proforma.',
  ],
  ['Au moins un format de fichier.', 'صيغة ملف واحدة على الأقل.', 'At least one file format.'],
  ['Nombre attendu.', 'يُنتظر عدد.', 'Number expected.'],
  ['Nombre entier attendu.', 'يُنتظر عدد صحيح.', 'Whole number expected.'],
  ['Au moins 1.', '1 على الأقل.', 'At least 1.'],
  ['{#n} au plus.', '{n} على الأكثر.', '{n} at most.'],
  ['Unité inconnue.', 'وحدة غير معروفة.', 'Unknown unit.'],
  ['{#n} pièces au plus.', '{n} وثيقة على الأكثر.', '{n} documents at most.'],
  [
    'Code ISO 3166 à 2 lettres majuscules (ex. : MA).',
    'رمز ISO 3166 من حرفين كبيرين (مثال: MA).',
    'ISO 3166 code of 2 capital letters (e.g. MA).',
  ],
  [
    'Code de 1 à 12 lettres ou chiffres, commençant par une lettre (ex. : kg).',
    'رمز من 1 إلى 12 حرفًا أو رقمًا، يبدأ بحرف (مثال: kg).',
    'Code of 1 to 12 letters or digits, starting with a letter (e.g. kg).',
  ],
  [
    'Code en majuscules : préfixe, tiret, suffixe (ex. : REJ-DOC).',
    'رمز بأحرف كبيرة: بادئة، شرطة، لاحقة (مثال: REJ-DOC).',
    'Code in capitals: prefix, hyphen, suffix (e.g. REJ-DOC).',
  ],
  ['Type de motif inconnu.', 'نوع سبب غير معروف.', 'Unknown reason type.'],

  // ── dashboard ─────────────────────────────────────────────────────────────────────────────────
  ['Organisme inconnu.', 'هيئة غير معروفة.', 'Unknown organisation.'],
  [
    "Le filtre par organisme est réservé à l'administrateur plateforme.",
    'التصفية حسب الهيئة مخصصة لمدير المنصة.',
    'Filtering by organisation is reserved for the platform administrator.',
  ],
  ['Bureau douanier inconnu.', 'مكتب جمركي غير معروف.', 'Unknown customs office.'],
  ['Date attendue au format AAAA-MM-JJ.', 'يُنتظر تاريخ بصيغة YYYY-MM-DD.', 'Date expected as YYYY-MM-DD.'],
  ['Date invalide.', 'تاريخ غير صالح.', 'Invalid date.'],
  ['Période inconnue.', 'فترة غير معروفة.', 'Unknown period.'],
  ['Code de procédure invalide.', 'رمز المسطرة غير صالح.', 'Invalid procedure code.'],
  ['Code de bureau douanier invalide.', 'رمز المكتب الجمركي غير صالح.', 'Invalid customs office code.'],
  ["Code d'organisme invalide.", 'رمز الهيئة غير صالح.', 'Invalid organisation code.'],
  [
    'Période personnalisée : indiquez la date de début et la date de fin.',
    'فترة مخصصة: حدد تاريخ البداية وتاريخ النهاية.',
    'Custom period: give the start date and the end date.',
  ],
  [
    'La date de fin doit être postérieure ou égale à la date de début.',
    'يجب أن يكون تاريخ النهاية مساويًا لتاريخ البداية أو لاحقًا له.',
    'The end date must be on or after the start date.',
  ],
  [
    'La période ne peut pas dépasser 5 ans.',
    'لا يمكن أن تتجاوز الفترة 5 سنوات.',
    'The period cannot exceed 5 years.',
  ],

  // ── dossiers: list, intake API, validation ────────────────────────────────────────────────────
  [
    'Ce critère ne peut pas dépasser {#n} caractères.',
    'لا يمكن أن يتجاوز هذا المعيار {n} حرفًا.',
    'This criterion cannot exceed {n} characters.',
  ],
  ['État inconnu.', 'حالة غير معروفة.', 'Unknown state.'],
  [
    'Nomenclature : 2, 4, 6, 8 ou 10 chiffres.',
    'التعريفة: 2 أو 4 أو 6 أو 8 أو 10 أرقام.',
    'HS code: 2, 4, 6, 8 or 10 digits.',
  ],
  [
    'Décidées dans le délai : true ou false.',
    'المقررة داخل الأجل: true أو false.',
    'Decided within the time limit: true or false.',
  ],
  [
    'Délai de traitement : « de-à » en jours, par exemple 2-3 ou 30-.',
    'أجل المعالجة: «من-إلى» بالأيام، مثلًا 2-3 أو 30-.',
    'Processing time: “from-to” in days, for example 2-3 or 30-.',
  ],
  ['Étape : open ou decided.', 'المرحلة: open أو decided.', 'Stage: open or decided.'],
  [
    'Agent : identifiant numérique attendu.',
    'العون: يُنتظر معرّف رقمي.',
    'Officer: numeric identifier expected.',
  ],
  ['En retard : true.', 'متأخرة: true.', 'Overdue: true.'],
  ['Colonne de tri inconnue.', 'عمود الترتيب غير معروف.', 'Unknown sort column.'],
  ['Sens de tri : asc ou desc.', 'اتجاه الترتيب: asc أو desc.', 'Sort direction: asc or desc.'],
  [
    'Taille de page : 10, 20, 50 ou 100.',
    'حجم الصفحة: 10 أو 20 أو 50 أو 100.',
    'Page size: 10, 20, 50 or 100.',
  ],
  ['Curseur de pagination invalide.', 'مؤشر التصفح غير صالح.', 'Invalid pagination cursor.'],
  [
    'Curseur de pagination invalide : relancez la recherche.',
    'مؤشر التصفح غير صالح: أعد البحث.',
    'Invalid pagination cursor: run the search again.',
  ],
  ['Choisissez au moins une colonne.', 'اختر عمودًا واحدًا على الأقل.', 'Choose at least one column.'],
  ['Le commentaire est vide.', 'التعليق فارغ.', 'The comment is empty.'],
  [
    'Le commentaire ne peut pas dépasser 4 000 caractères.',
    'لا يمكن أن يتجاوز التعليق 4 000 حرف.',
    'The comment cannot exceed 4,000 characters.',
  ],
  ['Nomenclature : 10 chiffres.', 'التعريفة: 10 أرقام.', 'HS code: 10 digits.'],
  ['Désignation obligatoire.', 'التسمية إلزامية.', 'Description required.'],
  ['La quantité doit être positive.', 'يجب أن تكون الكمية موجبة.', 'The quantity must be positive.'],
  ['La valeur ne peut pas être négative.', 'لا يمكن أن تكون القيمة سالبة.', 'The value cannot be negative.'],
  [
    'Devise : code ISO 4217 (ex. MAD, EUR).',
    'العملة: رمز ISO 4217 (مثال: MAD، EUR).',
    'Currency: ISO 4217 code (e.g. MAD, EUR).',
  ],
  ['Pays : code ISO 3166 à 2 lettres.', 'البلد: رمز ISO 3166 من حرفين.', 'Country: 2-letter ISO 3166 code.'],
  [
    'Catégorie inconnue pour la procédure {code}.',
    'فئة غير معروفة بالنسبة للمسطرة {code}.',
    'Unknown category for procedure {code}.',
  ],
  [
    'État inconnu pour la procédure {code}.',
    'حالة غير معروفة بالنسبة للمسطرة {code}.',
    'Unknown state for procedure {code}.',
  ],
  [
    'La date de fin précède la date de début.',
    'تاريخ النهاية سابق لتاريخ البداية.',
    'The end date is before the start date.',
  ],
  [
    'Délai de traitement : bornes en jours entiers de 0 à 30, puis 45, 60, 90 ou 180, la première inférieure à la seconde.',
    'أجل المعالجة: حدود بأيام كاملة من 0 إلى 30، ثم 45 أو 60 أو 90 أو 180، على أن يكون الحد الأول أصغر من الثاني.',
    'Processing time: bounds in whole days from 0 to 30, then 45, 60, 90 or 180, the first lower than the second.',
  ],
  ['Colonnes inconnues : {columns}.', 'أعمدة غير معروفة: {columns}.', 'Unknown columns: {columns}.'],
  ['Document introuvable.', 'الوثيقة غير موجودة.', 'Document not found.'],
  ['Dossier introuvable.', 'الملف غير موجود.', 'File not found.'],
  [
    "Jeton d'accès manquant, invalide ou expiré.",
    'رمز الولوج مفقود أو غير صالح أو منتهي الصلاحية.',
    'Access token missing, invalid or expired.',
  ],
  [
    'Portée {scope} requise pour cette opération.',
    'النطاق {scope} مطلوب لهذه العملية.',
    'Scope {scope} required for this operation.',
  ],
  [
    'Envoyez le fichier en multipart/form-data (champ « file »).',
    'أرسل الملف بصيغة multipart/form-data (الحقل «file»).',
    'Send the file as multipart/form-data (field “file”).',
  ],
  [
    'Aucun fichier reçu (champ « file »).',
    'لم يُستلم أي ملف (الحقل «file»).',
    'No file received (field “file”).',
  ],
  [
    "L'URL du webhook doit être en https.",
    'يجب أن يكون عنوان webhook بـhttps.',
    'The webhook URL must use https.',
  ],
  [
    'Le secret du webhook doit comporter au moins 32 caractères.',
    'يجب أن يتكون سر webhook من 32 حرفًا على الأقل.',
    'The webhook secret must be at least 32 characters long.',
  ],
  ['Procédure inconnue : {code}.', 'مسطرة غير معروفة: {code}.', 'Unknown procedure: {code}.'],
  ['Catégorie obligatoire.', 'الفئة إلزامية.', 'Category required.'],
  [
    'Catégorie inconnue (valeurs possibles : {values}).',
    'فئة غير معروفة (القيم الممكنة: {values}).',
    'Unknown category (possible values: {values}).',
  ],
  ['Bureau douanier obligatoire.', 'المكتب الجمركي إلزامي.', 'Customs office required.'],
  ['Au moins {#n} ligne(s) de marchandise.', 'يلزم {n} سطر بضاعة على الأقل.', 'At least {n} goods line(s).'],
  ['Au plus {#n} lignes de marchandise.', '{n} أسطر بضاعة على الأكثر.', 'At most {n} goods lines.'],
  ['Nomenclature inconnue : {code}.', 'رمز تعريفة غير معروف: {code}.', 'Unknown HS code: {code}.'],
  ['Unité inconnue : {code}.', 'وحدة غير معروفة: {code}.', 'Unknown unit: {code}.'],
  ['Pays inconnu : {code}.', 'بلد غير معروف: {code}.', 'Unknown country: {code}.'],
  [
    "Cette clé d'idempotence a déjà servi pour une autre requête. Utilisez une nouvelle clé pour une nouvelle demande.",
    'سبق استعمال مفتاح عدم التكرار هذا لطلب آخر. استعمل مفتاحًا جديدًا لكل طلب جديد.',
    'This idempotency key has already been used for another request. Use a new key for a new application.',
  ],
  [
    'Type de document inconnu (valeurs possibles : {values}).',
    'نوع وثيقة غير معروف (القيم الممكنة: {values}).',
    'Unknown document type (possible values: {values}).',
  ],
  [
    "Le dossier est clos : il n'accepte plus de documents.",
    'الملف مغلق: لم يعد يقبل وثائق.',
    'The file is closed: it no longer accepts documents.',
  ],
  [
    'Champ inconnu pour cette procédure.',
    'حقل غير معروف بالنسبة لهذه المسطرة.',
    'Unknown field for this procedure.',
  ],
  [
    "Ce champ ne s'applique pas à cette catégorie.",
    'هذا الحقل لا ينطبق على هذه الفئة.',
    'This field does not apply to this category.',
  ],
  ['{label} : champ obligatoire.', '{label}: حقل إلزامي.', '{label}: required field.'],
  ['{label} : {issue}', '{label}: {issue}', '{label}: {issue}'],
  ['texte attendu.', 'يُنتظر نص.', 'text expected.'],
  ['format invalide.', 'صيغة غير صالحة.', 'invalid format.'],
  ['nombre attendu.', 'يُنتظر عدد.', 'number expected.'],
  ['nombre entier attendu.', 'يُنتظر عدد صحيح.', 'whole number expected.'],
  ['date attendue au format AAAA-MM-JJ.', 'يُنتظر تاريخ بصيغة YYYY-MM-DD.', 'date expected as YYYY-MM-DD.'],
  ['date invalide.', 'تاريخ غير صالح.', 'invalid date.'],
  [
    'valeur non autorisée (valeurs possibles : {values}).',
    'قيمة غير مسموح بها (القيم الممكنة: {values}).',
    'value not allowed (possible values: {values}).',
  ],
  [
    'code pays ISO 3166 à 2 lettres attendu.',
    'يُنتظر رمز بلد ISO 3166 من حرفين.',
    '2-letter ISO 3166 country code expected.',
  ],
  ['code de bureau douanier invalide.', 'رمز المكتب الجمركي غير صالح.', 'invalid customs office code.'],
  ['nomenclature à 10 chiffres attendue.', 'يُنتظر رمز تعريفة من 10 أرقام.', '10-digit HS code expected.'],
  ["code d'unité invalide.", 'رمز الوحدة غير صالح.', 'invalid unit code.'],
  ['code devise ISO 4217 attendu.', 'يُنتظر رمز عملة ISO 4217.', 'ISO 4217 currency code expected.'],
  ['vrai ou faux attendu.', 'يُنتظر صحيح أو خطأ.', 'true or false expected.'],
  ['type inconnu.', 'نوع غير معروف.', 'unknown type.'],
  ['Saisissez au moins 2 caractères.', 'أدخل حرفين على الأقل.', 'Enter at least 2 characters.'],

  // ── processing ────────────────────────────────────────────────────────────────────────────────
  [
    "Action impossible : le dossier est à l'état « {state} », qui ne permet pas de {what}.",
    'الإجراء غير ممكن: الملف في حالة «{state}»، التي لا تسمح بـ{what}.',
    'Action not possible: the file is in the state “{state}”, which does not allow you to {what}.',
  ],
  [
    "Ce dossier vient d'être modifié par un autre utilisateur. Rien n'a été enregistré : rechargez le dossier pour voir sa dernière version, puis recommencez.",
    'عدّل مستخدم آخر هذا الملف للتو. لم يُحفظ أي شيء: أعد تحميل الملف لرؤية آخر صيغة له، ثم أعد المحاولة.',
    'Another user has just changed this file. Nothing was saved: reload the file to see its latest version, then try again.',
  ],
  [
    "Vous n'avez pas les droits pour {what} sur ce dossier.",
    'ليست لديك صلاحية {what} في هذا الملف.',
    'You do not have the rights to {what} on this file.',
  ],
  ['prendre ce dossier en charge', 'التكفل بهذا الملف', 'take charge of this file'],
  ['assigner ce dossier', 'إسناد هذا الملف', 'assign this file'],
  ['demander un complément', 'طلب معلومات إضافية', 'request additional information'],
  [
    'répondre à une demande de complément',
    'الرد على طلب معلومات إضافية',
    'answer a request for additional information',
  ],
  ['donner un avis', 'إبداء رأي', 'give an opinion'],
  ['joindre un document à un avis', 'إرفاق وثيقة برأي', 'attach a document to an opinion'],
  ['proposer une décision', 'اقتراح قرار', 'propose a decision'],
  ['signer la décision', 'توقيع القرار', 'sign the decision'],
  ['signer cette décision', 'توقيع هذا القرار', 'sign this decision'],
  ['annuler', 'الإلغاء', 'cancel'],
  ['imputer cette décision', 'تقييد هذا القرار', 'charge this decision'],
  ['Motif inconnu : {codes}.', 'سبب غير معروف: {codes}.', 'Unknown reason: {codes}.'],
  ['Motif inconnu.', 'سبب غير معروف.', 'Unknown reason.'],
  [
    'Motif non prévu pour la procédure {code} : {codes}.',
    'سبب غير مقرر للمسطرة {code}: {codes}.',
    'Reason not offered for procedure {code}: {codes}.',
  ],
  [
    'Motif non prévu pour cette procédure.',
    'سبب غير مقرر لهذه المسطرة.',
    'Reason not offered for this procedure.',
  ],
  [
    'Ce client ne dispose pas du droit dossiers:write.',
    'لا يملك هذا العميل الحق dossiers:write.',
    'This client does not hold the dossiers:write right.',
  ],
  [
    'Jeton de la douane manquant ou invalide.',
    'رمز الجمارك مفقود أو غير صالح.',
    'Customs token missing or invalid.',
  ],
  [
    "Cet agent n'existe pas ou n'est pas un agent instructeur actif de votre organisation.",
    'هذا العون غير موجود أو ليس عونًا مكلفًا بالدراسة نشطًا في هيئتك.',
    'This officer does not exist or is not an active case officer of your organisation.',
  ],
  ['Agent inconnu.', 'عون غير معروف.', 'Unknown officer.'],
  [
    'Seul un chef de service peut assigner des dossiers.',
    'لا يمكن إسناد الملفات إلا لرئيس المصلحة.',
    'Only a head of department can assign files.',
  ],
  [
    "Aucun dossier n'a été assigné : ces dossiers ne sont plus en cours de traitement : {refs}.",
    'لم يُسند أي ملف: هذه الملفات لم تعد قيد المعالجة: {refs}.',
    'No file was assigned: these files are no longer being processed: {refs}.',
  ],
  [
    "Un des documents indiqués n'appartient pas à ce dossier.",
    'إحدى الوثائق المشار إليها لا تنتمي إلى هذا الملف.',
    'One of the documents given does not belong to this file.',
  ],
  ['Document inconnu.', 'وثيقة غير معروفة.', 'Unknown document.'],
  [
    'Organisme non consultable pour cette procédure : {codes}.',
    'هيئة لا يمكن استشارتها في هذه المسطرة: {codes}.',
    'Organisation that cannot be consulted for this procedure: {codes}.',
  ],
  ['Organisme non consultable.', 'هيئة لا يمكن استشارتها.', 'Organisation that cannot be consulted.'],
  [
    'Un avis est déjà attendu de : {codes}.',
    'رأي منتظر من قبل من: {codes}.',
    'An opinion is already awaited from: {codes}.',
  ],
  [
    "La date limite de l'avis doit être dans le futur.",
    'يجب أن يكون الأجل الأقصى للرأي في المستقبل.',
    'The opinion deadline must be in the future.',
  ],
  ['Avis attendu : {opinions}.', 'الرأي المنتظر: {opinions}.', 'Opinion expected: {opinions}.'],
  [
    'Avis inconnu pour cette procédure.',
    'رأي غير معروف بالنسبة لهذه المسطرة.',
    'Unknown opinion for this procedure.',
  ],
  [
    'Un avis défavorable ou avec réserve doit être motivé (motif ou commentaire).',
    'يجب تعليل الرأي غير الموافق أو المتحفظ (سبب أو تعليق).',
    'An unfavourable opinion or one with reservations must give its grounds (reason or comment).',
  ],
  ['Motif obligatoire.', 'السبب إلزامي.', 'Reason required.'],
  [
    'La date de fin de validité doit suivre la date de début.',
    'يجب أن يلي تاريخ انتهاء الصلاحية تاريخ البداية.',
    'The end of validity must come after the start date.',
  ],
  [
    'Date de fin avant la date de début.',
    'تاريخ النهاية قبل تاريخ البداية.',
    'End date before the start date.',
  ],
  [
    'Ligne de marchandise {#line} inconnue ou répétée.',
    'سطر البضاعة {line} غير معروف أو مكرر.',
    'Goods line {line} unknown or repeated.',
  ],
  [
    'Ligne {#line} : la quantité accordée dépasse la quantité demandée ({qty}).',
    'السطر {line}: الكمية الممنوحة تتجاوز الكمية المطلوبة ({qty}).',
    'Line {line}: the quantity granted exceeds the quantity requested ({qty}).',
  ],
  ['Quantité supérieure à la demande.', 'كمية أكبر من المطلوب.', 'Quantity above the request.'],
  [
    'Indiquez la quantité accordée pour chaque ligne de marchandise.',
    'حدد الكمية الممنوحة لكل سطر بضاعة.',
    'Give the quantity granted for each goods line.',
  ],
  [
    'Une acceptation accorde une quantité non nulle sur au moins une ligne.',
    'يمنح القبول كمية غير منعدمة في سطر واحد على الأقل.',
    'An acceptance grants a non-zero quantity on at least one line.',
  ],
  [
    'Annulation impossible : la douane a déjà imputé cette décision.',
    'الإلغاء غير ممكن: سبق للجمارك تقييد هذا القرار.',
    'Cancellation not possible: customs have already charged this decision.',
  ],
  ['Décision inconnue.', 'قرار غير معروف.', 'Unknown decision.'],
  ['Décision introuvable.', 'القرار غير موجود.', 'Decision not found.'],
  ['Version du dossier manquante.', 'صيغة الملف مفقودة.', 'File version missing.'],
  ['Code de motif invalide.', 'رمز السبب غير صالح.', 'Invalid reason code.'],
  ['Agent obligatoire.', 'العون إلزامي.', 'Officer required.'],
  ['Sélectionnez au moins un dossier.', 'اختر ملفًا واحدًا على الأقل.', 'Select at least one file.'],
  ['Au plus 200 dossiers à la fois.', '200 ملف على الأكثر في المرة الواحدة.', 'At most 200 files at a time.'],
  [
    '{what} ne peut pas dépasser {#n} caractères.',
    'لا يمكن أن تتجاوز {what} {n} حرفًا.',
    '{what} cannot exceed {n} characters.',
  ],
  ['Le message', 'الرسالة', 'The message'],
  ['La réponse', 'الجواب', 'The answer'],
  ['La motivation', 'التعليل', 'The statement of reasons'],
  ['Le commentaire', 'التعليق', 'The comment'],
  [
    'Le message à l’opérateur est obligatoire.',
    'الرسالة الموجهة إلى المتعامل إلزامية.',
    'The message to the operator is required.',
  ],
  [
    'Indiquez au moins une pièce attendue.',
    'حدد وثيقة منتظرة واحدة على الأقل.',
    'Give at least one expected document.',
  ],
  ['La réponse est obligatoire.', 'الجواب إلزامي.', 'The answer is required.'],
  ['Choisissez au moins un organisme.', 'اختر هيئة واحدة على الأقل.', 'Choose at least one organisation.'],
  ['Avis inconnu.', 'رأي غير معروف.', 'Unknown opinion.'],
  ['Indiquez les quantités accordées.', 'حدد الكميات الممنوحة.', 'Give the quantities granted.'],
  [
    'Le rejet doit être motivé : choisissez au moins un motif.',
    'يجب تعليل الرفض: اختر سببًا واحدًا على الأقل.',
    'A rejection must give its grounds: choose at least one reason.',
  ],

  // ── help centre ───────────────────────────────────────────────────────────────────────────────
  [
    'Envoyez le fichier en multipart/form-data.',
    'أرسل الملف بصيغة multipart/form-data.',
    'Send the file as multipart/form-data.',
  ],
  ['Aucun fichier reçu.', 'لم يُستلم أي ملف.', 'No file received.'],
  ['Réclamation introuvable.', 'الشكاية غير موجودة.', 'Complaint not found.'],
  [
    'Seuls les administrateurs de la plateforme modifient la FAQ.',
    'لا يعدّل الأسئلة الشائعة إلا مديرو المنصة.',
    'Only platform administrators edit the FAQ.',
  ],
  ['Thème inconnu.', 'موضوع غير معروف.', 'Unknown theme.'],
  ['Question introuvable.', 'السؤال غير موجود.', 'Question not found.'],
  ['Fichier introuvable.', 'الملف غير موجود.', 'File not found.'],
  [
    'Une pièce jointe est introuvable ou déjà utilisée. Ajoutez-la de nouveau.',
    'أحد المرفقات غير موجود أو سبق استعماله. أضفه من جديد.',
    'An attachment cannot be found or is already used. Add it again.',
  ],
  [
    'Pièce jointe introuvable ou déjà utilisée.',
    'مرفق غير موجود أو سبق استعماله.',
    'Attachment not found or already used.',
  ],
  ['Sélectionnez le service concerné.', 'اختر الخدمة المعنية.', 'Select the service concerned.'],
  ['Au plus {#n} pièces jointes.', '{n} مرفقات على الأكثر.', 'At most {n} attachments.'],
  [
    'Impossible de répondre : la réclamation est « {status} ».',
    'تعذر الرد: الشكاية في حالة «{status}».',
    'Cannot reply: the complaint is “{status}”.',
  ],
  [
    'Ce changement de statut est impossible.',
    'تغيير الحالة هذا غير ممكن.',
    'This status change is not possible.',
  ],
  [
    'Passage de « {from} » à « {to} » impossible.',
    'الانتقال من «{from}» إلى «{to}» غير ممكن.',
    'Change from “{from}” to “{to}” not possible.',
  ],
  ['La réclamation est clôturée.', 'الشكاية مغلقة.', 'The complaint is closed.'],
  [
    'Cet utilisateur n’est pas un agent du support.',
    'هذا المستخدم ليس من أعوان الدعم.',
    'This user is not a support agent.',
  ],
  ['Choisissez un agent du support.', 'اختر أحد أعوان الدعم.', 'Choose a support agent.'],
  [
    'Seul l’auteur de la réclamation peut la rouvrir.',
    'لا يمكن إعادة فتح الشكاية إلا من طرف صاحبها.',
    'Only the author of the complaint can reopen it.',
  ],
  [
    'Seul l’auteur de la réclamation peut l’évaluer.',
    'لا يمكن تقييم الشكاية إلا من طرف صاحبها.',
    'Only the author of the complaint can rate it.',
  ],
  [
    'Cette réclamation ne peut pas être évaluée maintenant.',
    'لا يمكن تقييم هذه الشكاية الآن.',
    'This complaint cannot be rated now.',
  ],
  [
    'Le délai de réouverture ({#n} jours après la résolution) est dépassé. Créez une nouvelle réclamation.',
    'انقضى أجل إعادة الفتح ({n} يومًا بعد المعالجة). أنشئ شكاية جديدة.',
    'The reopening period ({n} days after resolution) has passed. Create a new complaint.',
  ],
  [
    'Seule une réclamation résolue peut être rouverte.',
    'لا يمكن إعادة فتح إلا شكاية تمت معالجتها.',
    'Only a resolved complaint can be reopened.',
  ],
  [
    'La question doit compter au moins 10 caractères.',
    'يجب أن يتكون السؤال من 10 أحرف على الأقل.',
    'The question must be at least 10 characters long.',
  ],
  [
    'La réponse doit compter au moins 20 caractères.',
    'يجب أن يتكون الجواب من 20 حرفًا على الأقل.',
    'The answer must be at least 20 characters long.',
  ],
  [
    'Saisissez la réponse arabe de la question traduite.',
    'أدخل الجواب بالعربية للسؤال المترجم.',
    'Enter the Arabic answer to the translated question.',
  ],
  [
    'Saisissez la question arabe de la réponse traduite.',
    'أدخل السؤال بالعربية للجواب المترجم.',
    'Enter the Arabic question of the translated answer.',
  ],
  [
    'Saisissez la réponse anglaise de la question traduite.',
    'أدخل الجواب بالإنجليزية للسؤال المترجم.',
    'Enter the English answer to the translated question.',
  ],
  [
    'Saisissez la question anglaise de la réponse traduite.',
    'أدخل السؤال بالإنجليزية للجواب المترجم.',
    'Enter the English question of the translated answer.',
  ],
  [
    'Saisissez la réponse {lang} de la question traduite.',
    'أدخل الجواب ({lang}) للسؤال المترجم.',
    'Enter the {lang} answer to the translated question.',
  ],
  [
    'Saisissez la question {lang} de la réponse traduite.',
    'أدخل السؤال ({lang}) للجواب المترجم.',
    'Enter the {lang} question of the translated answer.',
  ],
  ['Au plus 5 pièces jointes.', '5 مرفقات على الأكثر.', 'At most 5 attachments.'],
  ['Sélectionnez le type de demande.', 'اختر نوع الطلب.', 'Select the request type.'],
  [
    "L'objet doit compter au moins 5 caractères.",
    'يجب أن يتكون الموضوع من 5 أحرف على الأقل.',
    'The subject must be at least 5 characters long.',
  ],
  [
    "L'objet doit compter au plus 150 caractères.",
    'يجب ألا يتجاوز الموضوع 150 حرفًا.',
    'The subject must be at most 150 characters long.',
  ],
  [
    'La description doit compter au moins 20 caractères.',
    'يجب أن يتكون الوصف من 20 حرفًا على الأقل.',
    'The description must be at least 20 characters long.',
  ],
  [
    'La description doit compter au plus 5000 caractères.',
    'يجب ألا يتجاوز الوصف 5000 حرف.',
    'The description must be at most 5000 characters long.',
  ],
  ['Le message est vide.', 'الرسالة فارغة.', 'The message is empty.'],
  [
    'Le message doit compter au plus 5000 caractères.',
    'يجب ألا تتجاوز الرسالة 5000 حرف.',
    'The message must be at most 5000 characters long.',
  ],
  ['Choisissez une note de 1 à 5.', 'اختر تقييمًا من 1 إلى 5.', 'Choose a rating from 1 to 5.'],

  // ── TijarIA ───────────────────────────────────────────────────────────────────────────────────
  ['Conversation introuvable.', 'المحادثة غير موجودة.', 'Conversation not found.'],
  ['Réponse introuvable.', 'الجواب غير موجود.', 'Answer not found.'],
  ['Saisissez votre question.', 'أدخل سؤالك.', 'Enter your question.'],
  [
    'La question ne peut pas dépasser 1000 caractères.',
    'لا يمكن أن يتجاوز السؤال 1000 حرف.',
    'The question cannot exceed 1000 characters.',
  ],
  ['Saisissez un titre.', 'أدخل عنوانًا.', 'Enter a title.'],
  [
    'Le titre ne peut pas dépasser 120 caractères.',
    'لا يمكن أن يتجاوز العنوان 120 حرفًا.',
    'The title cannot exceed 120 characters.',
  ],
  [
    'Le commentaire ne peut pas dépasser 400 caractères.',
    'لا يمكن أن يتجاوز التعليق 400 حرف.',
    'The comment cannot exceed 400 characters.',
  ],
  [
    'Indiquez pourquoi la réponse n’était pas utile.',
    'وضّح لماذا لم يكن الجواب مفيدًا.',
    'Say why the answer was not helpful.',
  ],

  // ── labels that appear inside messages (states, complaint statuses, opinions) ─────────────────
  ['Soumise', 'مقدمة', 'Submitted'],
  ["En cours d'instruction", 'قيد الدراسة', 'Under review'],
  ['Complément demandé', 'طلب معلومات إضافية', 'Additional information requested'],
  ["En attente d'avis", 'في انتظار الرأي', 'Awaiting opinion'],
  ['Acceptée', 'مقبولة', 'Accepted'],
  ['Rejetée', 'مرفوضة', 'Rejected'],
  ['Annulée', 'ملغاة', 'Cancelled'],
  ['Transmise à la douane', 'محالة على الجمارك', 'Sent to customs'],
  ['Imputée', 'مقيدة', 'Charged by customs'],
  ['Nouvelle', 'جديدة', 'New'],
  ['En cours', 'قيد المعالجة', 'In progress'],
  ['En attente de votre réponse', 'في انتظار ردّكم', 'Awaiting your reply'],
  ['Résolue', 'تمت المعالجة', 'Resolved'],
  ['Clôturée', 'مغلقة', 'Closed'],
  ['Favorable', 'موافق', 'Favourable'],
  ['Défavorable', 'غير موافق', 'Unfavourable'],
  ['Réservé', 'متحفظ', 'Reserved'],
  ['Conforme', 'مطابق', 'Compliant'],
  ['Non conforme', 'غير مطابق', 'Non-compliant'],
  ['Conforme avec réserve', 'مطابق مع تحفظ', 'Compliant with reservations'],
];

export const SERVER_MESSAGE_ENTRIES = ENTRIES;

type Translated = { ar: string; en: string };

const PLACEHOLDER = /\{(#?)(\w+)\}/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Pattern {
  re: RegExp;
  names: string[];
  to: Translated;
  literal: number;
  /** Whether the French pattern has words of its own (not only placeholders and punctuation). */
  words: boolean;
}

const exact = new Map<string, Translated>();
const patterns: Pattern[] = [];
for (const [fr, ar, en] of ENTRIES) {
  if (!fr.match(PLACEHOLDER)) {
    exact.set(fr, { ar, en });
    continue;
  }
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const m of fr.matchAll(PLACEHOLDER)) {
    source += escapeRegExp(fr.slice(last, m.index));
    source += m[1] === '#' ? '(\\d+)' : '(.*?)';
    names.push(m[2] as string);
    last = (m.index ?? 0) + m[0].length;
  }
  source += escapeRegExp(fr.slice(last));
  patterns.push({
    re: new RegExp(`^${source}$`, 's'),
    names,
    to: { ar, en },
    literal: fr.replace(PLACEHOLDER, '').length,
    words: /\p{L}/u.test(fr.replace(PLACEHOLDER, '')),
  });
}
// The most specific pattern first: « Pays inconnu : {code}. » before « {label} : {issue} ».
patterns.sort((a, b) => b.literal - a.literal);

const ARABIC_LETTER = /[\u0600-\u06FF]/;

function translate(text: string, locale: 'ar' | 'en', depth: number): string | undefined {
  const hit = exact.get(text);
  if (hit) return hit[locale];
  if (depth > 2) return undefined;
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (!m) continue;
    const values = new Map<string, string>();
    let anyTranslated = false;
    p.names.forEach((name, i) => {
      const raw = m[i + 1] ?? '';
      const found = translate(raw, locale, depth + 1) ?? translateList(raw, locale, depth + 1);
      if (found !== undefined) anyTranslated = true;
      const value = found ?? raw;
      values.set(
        name,
        locale === 'ar' && value.trim() !== '' && !ARABIC_LETTER.test(value) ? iso(value) : value,
      );
    });
    // « {label} : {issue} » says nothing by itself: it counts only when a value was translated.
    if (!p.words && !anyTranslated) continue;
    return p.to[locale].replace(PLACEHOLDER, (_, _hash, name: string) => values.get(name) ?? '');
  }
  return undefined;
}

/**
 * A list of labels (« Favorable, Défavorable, Réservé »: each one translated when known) or of
 * alternative codes (« 0101 ou 01 »: the « ou » translated).
 */
function translateList(text: string, locale: 'ar' | 'en', depth: number): string | undefined {
  for (const sep of [', ', ' ou ']) {
    const parts = text.split(sep);
    if (parts.length < 2 || (sep === ' ou ' && parts.some((p) => /\s/.test(p)))) continue;
    const out = parts.map((p) => translate(p, locale, depth));
    if (sep === ', ' && out.every((p) => p === undefined)) continue;
    const joiner = sep === ', ' ? (locale === 'ar' ? '، ' : ', ') : locale === 'ar' ? ' أو ' : ' or ';
    return out
      .map((p, i) => p ?? (locale === 'ar' ? iso(parts[i] as string) : (parts[i] as string)))
      .join(joiner);
  }
  return undefined;
}

/** The French server message in the reader's language; the French text when it has no entry. */
export function translateServerMessage(text: string, locale: Locale): string {
  if (locale === 'fr' || !text) return text;
  const hit = exact.get(text);
  if (hit) return hit[locale];
  // Several messages in one (the password policy's reasons joined by a space): sentence by
  // sentence when each one is known, before a pattern could take the whole as one value.
  const sentences = text.split(/(?<=\.) (?=\p{Lu})/u);
  const each = sentences.length > 1 ? sentences.map((s) => translate(s, locale, 0)) : [];
  if (each.length > 0 && each.every((s) => s !== undefined)) return each.join(' ');
  const whole = translate(text, locale, 0);
  if (whole !== undefined) return whole;
  return each.some((s) => s !== undefined) ? each.map((s, i) => s ?? sentences[i]).join(' ') : text;
}

/** Whether the French text (a message or a pattern's sample) has a translation. */
export const hasServerTranslation = (text: string): boolean => translate(text, 'en', 0) !== undefined;
