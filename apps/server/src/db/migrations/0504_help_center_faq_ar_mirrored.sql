-- The Arabic FAQ (0503) said « top right » like the French text, but the Arabic pages are mirrored:
-- the sign-in button and the user icon are at the top left there.
UPDATE faq_entry
   SET answer_ar = replace(replace(replace(answer_ar,
         'أعلى يمين الصفحة', 'أعلى يسار الصفحة'),
         'أعلى يمين الشاشة', 'أعلى يسار الشاشة'),
         'أعلى اليمين', 'أعلى اليسار')
 WHERE answer_ar LIKE '%أعلى يمين%' OR answer_ar LIKE '%أعلى اليمين%';
