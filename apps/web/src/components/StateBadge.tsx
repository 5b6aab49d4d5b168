// A workflow state as a badge: the state's name in words plus a tone colour, so the colour is never
// the only carrier of meaning (WCAG 1.4.1). Dark text on a light tint keeps AA contrast for every tone.
import { Badge, type BadgeProps } from '@mantine/core';

export const STATE_TONES = [
  'gray',
  'blue',
  'cyan',
  'yellow',
  'orange',
  'teal',
  'green',
  'red',
  'violet',
] as const;
export type StateTone = (typeof STATE_TONES)[number];

/** A sensible tone for the usual lifecycle states (DESIGN.md §5) when the definition gives none. */
export function toneForState(code: string): StateTone {
  const c = code.toLowerCase();
  if (/(accept|accord|approuv|delivr|imput)/.test(c)) return 'green';
  if (/(rejet|refus|non_conforme)/.test(c)) return 'red';
  if (/(annul|archiv|expir)/.test(c)) return 'gray';
  if (/(complement)/.test(c)) return 'orange';
  if (/(avis|attente)/.test(c)) return 'yellow';
  if (/(transmi|douane)/.test(c)) return 'teal';
  if (/(instruction|cours)/.test(c)) return 'cyan';
  if (/(soumi|depos|nouve)/.test(c)) return 'blue';
  return 'violet';
}

export function StateBadge({
  label,
  tone,
  size = 'md',
  ...rest
}: { label: string; tone: StateTone | string } & Omit<BadgeProps, 'color' | 'children'>) {
  const color = (STATE_TONES as readonly string[]).includes(tone) ? tone : 'gray';
  return (
    <Badge
      variant="light"
      color={color}
      c={`${color}.9`}
      size={size}
      radius="sm"
      tt="none"
      fw={600}
      leftSection={
        <span
          aria-hidden
          style={{
            display: 'inline-block',
            width: 8,
            height: 8,
            borderRadius: '50%',
            background: `var(--mantine-color-${color}-7)`,
          }}
        />
      }
      style={{ whiteSpace: 'nowrap' }}
      {...rest}
    >
      {label}
    </Badge>
  );
}
