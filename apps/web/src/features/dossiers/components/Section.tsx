// A titled panel of the dossier page: a <section> named by its heading, so screen-reader users can
// jump between « Marchandises », « Documents », « Historique »…
import { Group, Paper, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export function Section({
  title,
  icon,
  extra,
  children,
}: {
  title: string;
  icon?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} withBorder p={{ base: 'sm', sm: 'md' }}>
      <Group justify="space-between" mb="sm" gap="xs" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          {icon}
          <Title order={2} size="h4" id={id} c="portnet.9">
            {title}
          </Title>
        </Group>
        {extra}
      </Group>
      {children}
    </Paper>
  );
}

/** A description list laid out as label/value pairs (stacks on small screens). */
export function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="dossier-facts">
      {items
        .filter((i) => i.value !== null && i.value !== undefined && i.value !== '')
        .map((i) => (
          <div key={i.label}>
            <dt>{i.label}</dt>
            {/* Operator data is typed in Latin script: isolated, it keeps its order in Arabic pages
                (« 27, Boulevard Mohammed V » rather than « Boulevard Mohammed V, ,27 »). */}
            <dd>{typeof i.value === 'string' ? <bdi>{i.value}</bdi> : i.value}</dd>
          </div>
        ))}
    </dl>
  );
}
