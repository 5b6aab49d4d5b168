// A workflow state (or an opinion, a deadline) as a badge: its name in words plus a tone colour, so
// colour is never the only carrier of meaning (WCAG 1.4.1). Each tone pairs a light tint with a dark
// text colour chosen for at least 4.5:1 contrast (Mantine's light variant fails AA for yellow,
// orange and green).
import type { ReactNode } from 'react';
import classes from './StateBadge.module.css';

export const TONES = {
  gray: { bg: '#f1f3f5', fg: '#343a40', dot: '#868e96', border: '#dee2e6' },
  blue: { bg: '#e7f0fb', fg: '#0b4a8b', dot: '#1c7ed6', border: '#b9d3f2' },
  cyan: { bg: '#e3f7fa', fg: '#0b5563', dot: '#1098ad', border: '#a5e3ec' },
  yellow: { bg: '#fff8db', fg: '#6b4e00', dot: '#f59f00', border: '#ffe58f' },
  orange: { bg: '#fff0e0', fg: '#8a3300', dot: '#f76707', border: '#ffc999' },
  teal: { bg: '#e0f7f0', fg: '#075e4b', dot: '#0ca678', border: '#9fe3cc' },
  green: { bg: '#e6f6e9', fg: '#1e6b2e', dot: '#2f9e44', border: '#b2e2bb' },
  red: { bg: '#fdecec', fg: '#a51d24', dot: '#e03131', border: '#f5b8b8' },
  violet: { bg: '#f3f0ff', fg: '#5f3dc4', dot: '#7950f2', border: '#d0bfff' },
} as const;
export type StateTone = keyof typeof TONES;

/** A sensible tone for the usual lifecycle states (DESIGN.md §5). */
export function toneForState(code: string): StateTone {
  const c = code.toLowerCase();
  if (/(accept|accord|approuv|delivr)/.test(c)) return 'green';
  if (/imput/.test(c)) return 'teal';
  if (/(rejet|refus)/.test(c)) return 'red';
  if (/(annul|archiv|expir)/.test(c)) return 'gray';
  if (/complement/.test(c)) return 'orange';
  if (/(avis|attente)/.test(c)) return 'yellow';
  if (/(transmi|douane)/.test(c)) return 'violet';
  if (/(instruction|cours)/.test(c)) return 'cyan';
  if (/(soumi|depos|nouve)/.test(c)) return 'blue';
  return 'gray';
}

/**
 * Not Mantine's Badge: a state name may wrap onto two lines in a narrow table column
 * (« Transmise à la douane ») instead of widening it.
 */
export function StateBadge({
  label,
  tone,
  size = 'md',
  icon,
}: {
  label: string;
  tone: StateTone | string;
  size?: 'sm' | 'md' | 'lg';
  icon?: ReactNode;
}) {
  const c = TONES[(tone in TONES ? tone : 'gray') as StateTone];
  return (
    <span
      className={classes.badge}
      data-size={size}
      style={{ background: c.bg, color: c.fg, borderColor: c.border }}
    >
      {icon ?? <span aria-hidden className={classes.dot} style={{ background: c.dot }} />}
      <span>{label}</span>
    </span>
  );
}
