// Dashboard-specific formats on top of the shared French formats.
import { formatNumber, intlLocale } from '../../../components/format';

export const formatCount = (n: number) => formatNumber(n, 0);

export function formatPercent(v: number | null): string {
  if (v === null) return '—';
  return new Intl.NumberFormat(intlLocale(), { style: 'percent', maximumFractionDigits: 1 }).format(v);
}

/** Hours as « 5 h » under two days, else « 2,4 j ». */
export function formatDuration(hours: number | null, units: { h: string; d: string }): string {
  if (hours === null) return '—';
  if (hours < 48) return `${formatNumber(hours, hours < 10 ? 1 : 0)} ${units.h}`;
  return `${formatNumber(hours / 24, 1)} ${units.d}`;
}

/** « 2026-03 » → « mars 2026 ». */
export function formatMonth(month: string, style: 'long' | 'short' = 'short'): string {
  const d = new Date(`${month}-01T12:00:00Z`);
  return new Intl.DateTimeFormat(intlLocale(), { month: style, year: 'numeric', timeZone: 'UTC' }).format(d);
}
