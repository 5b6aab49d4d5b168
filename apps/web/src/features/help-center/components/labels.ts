// Codes of the Centre d'aide, kept here rather than imported from the contracts package so that
// zod stays out of these pages' JavaScript. The server's contracts are the reference.
import type { TicketStatus, TicketType } from '@portail/contracts';
import type { CSSProperties } from 'react';
import type { StateTone } from '../../../components/StateBadge';

export const REQUEST_TYPES: TicketType[] = ['reclamation', 'information', 'incident', 'suggestion'];
export const ALL_TYPES: TicketType[] = [...REQUEST_TYPES, 'contact'];
export const STATUSES: TicketStatus[] = ['nouvelle', 'en_cours', 'en_attente', 'resolue', 'cloturee'];

export const STATUS_TONES: Record<TicketStatus, StateTone> = {
  nouvelle: 'blue',
  en_cours: 'cyan',
  en_attente: 'orange',
  resolue: 'green',
  cloturee: 'gray',
};

/** « 10 Mo », as the server states its limit. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} Mo`;
  }
  return `${Math.max(1, Math.ceil(bytes / 1024))} Ko`;
}

export const isReference = (s: string) => /^REC-\d{4}-\d{6}$/.test(s);

/** Mantine's default error red fails AA contrast on white; a darker red passes (scoped to our pages). */
export const ERROR_COLOR = { '--mantine-color-error': 'var(--mantine-color-red-9)' } as CSSProperties;
