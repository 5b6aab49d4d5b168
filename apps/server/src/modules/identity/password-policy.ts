// Password policy (S1, S2): 8 to 128 characters, never truncated nor trimmed, any Unicode; refused
// when zxcvbn (common + French dictionaries) finds it guessable or built from the user's own
// context; the guide's composition rule (upper, lower, digit, special) when configured.

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@portail/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';

// Words every PORTNET user might build a password from.
const CONTEXT_WORDS = [
  'portnet',
  'portail',
  'mic',
  'maroc',
  'morocco',
  'douane',
  'douanes',
  'commerce',
  'industrie',
  'onssa',
  'anrt',
  'rabat',
  'casablanca',
];

const zxcvbn = new ZxcvbnFactory({
  translations: fr.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...fr.dictionary, portnet: CONTEXT_WORDS },
});

/** zxcvbn score below which a password is refused (2 = « faible » on 0–4). */
export const MIN_SCORE = 3;

export interface PasswordVerdict {
  score: 0 | 1 | 2 | 3 | 4;
  accepted: boolean;
  reasons: string[];
  suggestions: string[];
}

export function checkPassword(
  password: string,
  context: { username?: string | null; email?: string | null; displayName?: string | null },
  options: { compositionRule: boolean },
): PasswordVerdict {
  const reasons: string[] = [];
  const chars = [...password];
  if (chars.length < PASSWORD_MIN_LENGTH) {
    reasons.push(`Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`);
  }
  if (chars.length > PASSWORD_MAX_LENGTH) {
    reasons.push(`Le mot de passe ne peut pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`);
  }
  if (options.compositionRule) {
    const missing: string[] = [];
    if (!/\p{Lu}/u.test(password)) missing.push('une majuscule');
    if (!/\p{Ll}/u.test(password)) missing.push('une minuscule');
    if (!/\p{Nd}/u.test(password)) missing.push('un chiffre');
    if (!/[^\p{L}\p{Nd}]/u.test(password)) missing.push('un caractère spécial');
    if (missing.length > 0) reasons.push(`Le mot de passe doit contenir ${missing.join(', ')}.`);
  }
  const userInputs: string[] = [];
  const lower = password.toLowerCase();
  for (const value of [context.username, context.email, context.email?.split('@')[0], context.displayName]) {
    if (!value) continue;
    userInputs.push(value, ...value.split(/[\s.@_-]+/).filter((p) => p.length >= 3));
  }
  const contextHit = userInputs.some((w) => w.length >= 3 && lower.includes(w.toLowerCase()));
  if (contextHit) {
    reasons.push(
      'Le mot de passe ne doit pas contenir votre identifiant, votre nom ni votre adresse e-mail.',
    );
  }
  // zxcvbn's cost grows with length; beyond 100 characters a password is not guessable anyway.
  const result = zxcvbn.check(password.slice(0, 100), userInputs);
  const score = (contextHit ? Math.min(result.score, 1) : result.score) as PasswordVerdict['score'];
  if (chars.length >= PASSWORD_MIN_LENGTH && result.score < MIN_SCORE && !contextHit) {
    reasons.push(
      result.feedback.warning
        ? `Mot de passe trop courant ou trop facile à deviner : ${result.feedback.warning}`
        : 'Mot de passe trop courant ou trop facile à deviner.',
    );
  }
  return {
    score,
    accepted: reasons.length === 0,
    reasons,
    suggestions: result.feedback.suggestions ?? [],
  };
}
