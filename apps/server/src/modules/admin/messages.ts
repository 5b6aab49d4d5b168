// The mails an administrator's action sends to a user, in the user's language (app_user.locale).

import { iso, type Locale, localizedMail } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';

const SIGNATURE: Record<Locale, string> = {
  fr: 'PORTNET — Portail MIC',
  ar: 'بورتنت — بوابة وزارة الصناعة والتجارة',
  en: 'PORTNET — Portail MIC',
};

export function mustChangePasswordMail(locale: Locale, to: string, name: string): Mail {
  const m = {
    fr: {
      subject: 'PORTNET — Changement de mot de passe demandé',
      text: `Bonjour ${name},\n\nUn administrateur demande que vous changiez votre mot de passe Portnet ID à votre prochaine connexion.`,
    },
    ar: {
      subject: 'بورتنت — مطلوب تغيير كلمة المرور',
      text: `مرحباً ${iso(name)}،\n\nيطلب منك أحد المسؤولين تغيير كلمة مرور Portnet ID الخاصة بك عند تسجيل دخولك المقبل.`,
    },
    en: {
      subject: 'PORTNET — Password change requested',
      text: `Hello ${name},\n\nAn administrator asks you to change your Portnet ID password at your next sign-in.`,
    },
  }[locale];
  return localizedMail(locale, to, m.subject, `${m.text}\n\n${SIGNATURE[locale]}`);
}

export function mfaResetByAdminMail(locale: Locale, to: string, name: string, reason: string): Mail {
  const m = {
    fr: {
      subject: 'PORTNET — Votre authentification à deux facteurs a été réinitialisée',
      text:
        `Bonjour ${name},\n\nUn administrateur a réinitialisé votre authentification à deux facteurs ` +
        `(motif : ${reason}). Vos sessions ouvertes ont été fermées. À votre prochaine connexion, vous enregistrerez ` +
        "un nouvel appareil d'authentification.\n\nSi vous n'êtes pas à l'origine de cette demande, contactez le support PORTNET.",
    },
    ar: {
      subject: 'بورتنت — تمت إعادة تعيين المصادقة الثنائية الخاصة بك',
      text:
        `مرحباً ${iso(name)}،\n\nقام أحد المسؤولين بإعادة تعيين المصادقة الثنائية الخاصة بك ` +
        `(السبب: ${iso(reason)}). تم إغلاق جلساتك المفتوحة. عند تسجيل دخولك المقبل، ستقوم بتسجيل جهاز مصادقة جديد.` +
        '\n\nإذا لم تكن أنت من قدّم هذا الطلب، فاتصل بدعم بورتنت.',
    },
    en: {
      subject: 'PORTNET — Your two-factor authentication has been reset',
      text:
        `Hello ${name},\n\nAn administrator reset your two-factor authentication ` +
        `(reason: ${reason}). Your open sessions were closed. At your next sign-in you will register ` +
        'a new authentication device.\n\nIf you did not ask for this, contact PORTNET support.',
    },
  }[locale];
  return localizedMail(locale, to, m.subject, `${m.text}\n\n${SIGNATURE[locale]}`);
}
