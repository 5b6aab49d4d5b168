// Labels by code in the reader's language, falling back to the server's (French) label.
import type { TFunction } from 'i18next';

export const stateLabel = (t: TFunction, s: { code: string; label: string }) =>
  t(`dossiers.states.${s.code}`, { defaultValue: s.label });

export const opinionLabel = (t: TFunction, o: { code: string; label: string }) =>
  t(`dossiers.opinionValues.${o.code}`, { defaultValue: o.label });

/** Tone of an opinion or decision outcome (its label always goes with it). */
export const outcomeTone = (code: string): string => {
  if (/^(favorable|conforme|acceptee?|accord)/.test(code) && !code.startsWith('conforme_reserve'))
    return 'green';
  if (/^(defavorable|non_conforme|rejetee?|refus)/.test(code)) return 'red';
  if (/(reserve|partage)/.test(code)) return 'orange';
  return 'gray';
};
