// Public verification codes printed (as a QR code) on decisions: 20 random characters (100 bits,
// unguessable) followed by a 4-character HMAC check, so a mistyped or altered code is told apart
// from a well-formed code that matches no decision.
import { randomBytes } from 'node:crypto';
import { hmacHex, safeEqual } from '../../platform/crypto.ts';

// No 0/O, 1/I: codes may be typed from paper.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const BODY = 20;
const CHECK = 4;

const encode = (bytes: Buffer, length: number): string =>
  Array.from({ length }, (_, i) => ALPHABET[bytes[i]! % 32]).join('');

const checkOf = (key: Buffer, body: string): string =>
  encode(Buffer.from(hmacHex(key, `verification:${body}`), 'hex'), CHECK);

export function newVerificationCode(key: Buffer): string {
  const body = encode(randomBytes(BODY), BODY);
  return `${body}${checkOf(key, body)}`;
}

/** 'ok' (well-formed and signed by us), 'altere' (check fails) or 'inconnu' (not a code at all). */
export function checkVerificationCode(key: Buffer, code: string): 'ok' | 'altere' | 'inconnu' {
  if (!new RegExp(`^[${ALPHABET}]{${BODY + CHECK}}$`).test(code)) return 'inconnu';
  const body = code.slice(0, BODY);
  return safeEqual(code.slice(BODY), checkOf(key, body)) ? 'ok' : 'altere';
}
