// TOTP (RFC 6238, any authenticator app) and recovery codes. Secrets are 160 bits, sealed with the
// master key (S14); a code is accepted once (the last used time step is stored, S11) and one step
// of clock drift either way is tolerated, never two (S12). Recovery codes are stored as SHA-256
// only (they are 50 random bits each, so a fast hash is enough) and shown once (S16).
import { randomBytes, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { decrypt, encrypt, sha256Hex } from '../../platform/crypto.ts';

export const TOTP_ISSUER = 'Portnet ID';
export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;

const aad = (userId: number) => `totp:${userId}`;

export const newTotpSecret = (): string => new Secret({ buffer: randomBytes(20).buffer }).base32;

export const sealTotpSecret = (key: Buffer, userId: number, base32: string): string =>
  encrypt(key, base32, aad(userId));

export const openTotpSecret = (key: Buffer, userId: number, sealed: string): string =>
  decrypt(key, sealed, aad(userId));

const totpFor = (base32: string, accountName = '') =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label: accountName,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(base32),
  });

/** The time step a code belongs to, or null when it matches no step within ±1. */
export function matchTotpStep(base32: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(base32).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  return TOTP.counter({ period: TOTP_PERIOD, timestamp: now.getTime() }) + delta;
}

/** The current code (demo tooling and tests). */
export const totpCode = (base32: string, at: Date): string =>
  totpFor(base32).generate({ timestamp: at.getTime() });

export interface EnrolmentMaterial {
  qrCodeDataUrl: string;
  secret: string;
  otpauthUri: string;
  issuer: string;
  accountName: string;
  digits: 6;
  periodSeconds: 30;
}

/** What the enrolment page shows: a QR code made here (S15) and the secret grouped for typing. */
export async function enrolmentMaterial(base32: string, accountName: string): Promise<EnrolmentMaterial> {
  const otpauthUri = totpFor(base32, accountName).toString();
  return {
    qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 1, width: 240 }),
    secret: base32.replace(/(.{4})/g, '$1 ').trim(),
    otpauthUri,
    issuer: TOTP_ISSUER,
    accountName,
    digits: 6,
    periodSeconds: 30,
  };
}

// Recovery codes: 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    let s = '';
    for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
    return `${s.slice(0, 5)}-${s.slice(5)}`;
  });
}

/** Normalises what the user typed (case, spaces, dash) before hashing. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '');

export const hashRecoveryCode = (code: string): string =>
  sha256Hex(`recovery:${normaliseRecoveryCode(code)}`);
