// The mails of Portnet ID in the recipient's language (app_user.locale, French by default).

import { iso, type Locale, localizedMail } from '../../platform/locale.ts';
import type { Mail } from '../../platform/mail.ts';

const SIGNATURE: Record<Locale, string> = {
  fr: 'PORTNET — Portail MIC',
  ar: 'بورتنت — بوابة وزارة الصناعة والتجارة',
  en: 'PORTNET — Portail MIC',
};

/** What happened to the account, for the security notice. */
export type SecurityEvent = 'password_changed' | 'password_reset' | 'mfa_reset';

const SECURITY: Record<Locale, Record<SecurityEvent, { subject: string; what: string }> & { tail: string }> =
  {
    fr: {
      password_changed: {
        subject: 'Votre mot de passe a été modifié',
        what: 'Le mot de passe de votre compte Portnet ID a été modifié',
      },
      password_reset: {
        subject: 'Votre mot de passe a été réinitialisé',
        what: 'Le mot de passe de votre compte Portnet ID a été réinitialisé',
      },
      mfa_reset: {
        subject: 'Votre authentification à deux facteurs a été réinitialisée',
        what: "Un nouvel appareil d'authentification a été enregistré sur votre compte Portnet ID ; l'ancien ne fonctionne plus",
      },
      tail:
        "Si vous n'êtes pas à l'origine de cette action, contactez immédiatement l'assistance PORTNET " +
        'et réinitialisez votre mot de passe.',
    },
    ar: {
      password_changed: {
        subject: 'تم تغيير كلمة المرور الخاصة بك',
        what: 'تم تغيير كلمة مرور حسابك في Portnet ID',
      },
      password_reset: {
        subject: 'تمت إعادة تعيين كلمة المرور الخاصة بك',
        what: 'تمت إعادة تعيين كلمة مرور حسابك في Portnet ID',
      },
      mfa_reset: {
        subject: 'تمت إعادة تعيين المصادقة الثنائية الخاصة بك',
        what: 'تم تسجيل جهاز مصادقة جديد في حسابك في Portnet ID، ولم يعد الجهاز السابق يعمل',
      },
      tail: 'إذا لم تكن أنت من قام بهذا الإجراء، فاتصل فوراً بمساعدة بورتنت وأعد تعيين كلمة المرور الخاصة بك.',
    },
    en: {
      password_changed: {
        subject: 'Your password has been changed',
        what: 'The password of your Portnet ID account was changed',
      },
      password_reset: {
        subject: 'Your password has been reset',
        what: 'The password of your Portnet ID account was reset',
      },
      mfa_reset: {
        subject: 'Your two-factor authentication has been reset',
        what: 'A new authentication device was registered on your Portnet ID account; the previous one no longer works',
      },
      tail: 'If you did not do this, contact PORTNET support immediately and reset your password.',
    },
  };

/** « at 2026-03-04 10:00:00 (UTC) » in each language (the timestamp itself stays ISO). */
const stamp = (locale: Locale, now: Date) => {
  const [date, time] = now.toISOString().slice(0, 19).split('T') as [string, string];
  if (locale === 'ar') return `بتاريخ ${iso(date)} على الساعة ${iso(time)} (التوقيت العالمي)`;
  if (locale === 'en') return `on ${date} at ${time} (UTC)`;
  return `le ${date} à ${time} (UTC)`;
};

export function securityMail(locale: Locale, to: string, event: SecurityEvent, now: Date): Mail {
  const m = SECURITY[locale];
  const hello = { fr: 'Bonjour,', ar: 'مرحباً،', en: 'Hello,' }[locale];
  return localizedMail(
    locale,
    to,
    `PORTNET — ${m[event].subject}`,
    `${hello}\n\n${m[event].what} ${stamp(locale, now)}.\n\n${m.tail}\n\n${SIGNATURE[locale]}`,
  );
}

export function resetLinkMail(locale: Locale, to: string, name: string, link: string): Mail {
  const text = {
    fr:
      `Bonjour ${name},\n\nUne réinitialisation du mot de passe de votre compte Portnet ID a été demandée.\n` +
      `Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 30 minutes, utilisable une seule fois) :\n\n${link}\n\n` +
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste inchangé.",
    ar:
      `مرحباً ${iso(name)}،\n\nتم طلب إعادة تعيين كلمة مرور حسابك في Portnet ID.\n` +
      `لاختيار كلمة مرور جديدة، افتح هذا الرابط (صالح لمدة 30 دقيقة، ويُستعمل مرة واحدة فقط):\n\n${link}\n\n` +
      'إذا لم تكن أنت من قدّم هذا الطلب، فتجاهل هذه الرسالة: تبقى كلمة المرور الخاصة بك دون تغيير.',
    en:
      `Hello ${name},\n\nA password reset was requested for your Portnet ID account.\n` +
      `To choose a new password, open this link (valid for 30 minutes, single use):\n\n${link}\n\n` +
      'If you did not ask for this, ignore this message: your password stays unchanged.',
  }[locale];
  const subject = {
    fr: 'PORTNET — Réinitialisation de votre mot de passe',
    ar: 'بورتنت — إعادة تعيين كلمة المرور الخاصة بك',
    en: 'PORTNET — Resetting your password',
  }[locale];
  return localizedMail(locale, to, subject, `${text}\n\n${SIGNATURE[locale]}`);
}

export function invitationMail(
  locale: Locale,
  to: string,
  name: string,
  username: string,
  link: string,
): Mail {
  const text = {
    fr:
      `Bonjour ${name},\n\nUn compte Portnet ID a été créé pour vous (identifiant : ${username}).\n` +
      `Pour choisir votre mot de passe, ouvrez ce lien (valable 72 heures, utilisable une seule fois) :\n\n${link}\n\n` +
      "À votre première connexion, vous enregistrerez une application d'authentification (code à 6 chiffres).",
    ar:
      `مرحباً ${iso(name)}،\n\nتم إنشاء حساب Portnet ID لفائدتك (المعرّف: ${iso(username)}).\n` +
      `لاختيار كلمة المرور الخاصة بك، افتح هذا الرابط (صالح لمدة 72 ساعة، ويُستعمل مرة واحدة فقط):\n\n${link}\n\n` +
      'عند أول تسجيل دخول، ستقوم بتسجيل تطبيق للمصادقة (رمز من 6 أرقام).',
    en:
      `Hello ${name},\n\nA Portnet ID account was created for you (username: ${username}).\n` +
      `To choose your password, open this link (valid for 72 hours, single use):\n\n${link}\n\n` +
      'At your first sign-in you will register an authenticator app (6-digit code).',
  }[locale];
  const subject = {
    fr: 'PORTNET — Votre compte Portail MIC',
    ar: 'بورتنت — حسابك في بوابة وزارة الصناعة والتجارة',
    en: 'PORTNET — Your Portail MIC account',
  }[locale];
  return localizedMail(locale, to, subject, `${text}\n\n${SIGNATURE[locale]}`);
}
