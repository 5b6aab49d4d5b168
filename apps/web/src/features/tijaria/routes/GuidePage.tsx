// /aide/guide — the user guide, one section per anchor (/aide/guide#modifier-le-mot-de-passe):
// TijarIA's citations land on the exact section. The text is rendered as React elements (no HTML
// injection): paragraphs, bullet lists, tables and **bold**.
import { Alert, Anchor, Box, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useGuide } from '../api/guide';

function Inline({ text }: { text: string }) {
  const parts = text.split(/(\*\*[^*]+\*\*)/g);
  return (
    <>
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: fixed text split once, never reordered
        p.startsWith('**') && p.endsWith('**') ? <strong key={`${i}-${p}`}>{p.slice(2, -2)}</strong> : p,
      )}
    </>
  );
}

function Body({ markdown }: { markdown: string }) {
  const blocks = markdown.split(/\n\s*\n/);
  return (
    <Stack gap="sm">
      {blocks.map((block, bi) => {
        const lines = block.split('\n').filter((l) => l.trim());
        const key = `${bi}-${lines[0] ?? ''}`;
        if (lines.length > 0 && lines.every((l) => l.trim().startsWith('|'))) {
          const rows = lines
            .filter((l) => !/^\|[-| ]+\|$/.test(l.trim()))
            .map((l) =>
              l
                .trim()
                .replace(/^\||\|$/g, '')
                .split('|')
                .map((c) => c.trim()),
            );
          const [head, ...rest] = rows;
          return (
            <Table key={key} withTableBorder withColumnBorders>
              <Table.Thead>
                <Table.Tr>
                  {head.map((h) => (
                    <Table.Th key={h} scope="col">
                      {h}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rest.map((r) => (
                  <Table.Tr key={r.join('|')}>
                    {r.map((c, ci) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: a table row's cells are positional
                      <Table.Td key={`${ci}-${c}`}>
                        <Inline text={c} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }
        if (lines.length > 0 && lines.every((l) => l.trim().startsWith('- '))) {
          return (
            <List key={key} size="sm">
              {lines.map((l) => (
                <List.Item key={l}>
                  <Inline text={l.trim().slice(2)} />
                </List.Item>
              ))}
            </List>
          );
        }
        return (
          <Text key={key} size="sm">
            <Inline text={lines.join(' ')} />
          </Text>
        );
      })}
    </Stack>
  );
}

export default function GuidePage() {
  const { t } = useTranslation();
  const guide = useGuide();
  useEffect(() => {
    if (!guide.data) return;
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [guide.data]);
  return (
    <>
      <PageHeader
        title={t('tijaria.guide.title')}
        crumbs={[
          { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
          { label: t('help.title') },
          { label: t('tijaria.guide.title') },
        ]}
      />
      {guide.isError && (
        <Alert color="red" role="alert">
          {t('tijaria.errors.network')}
        </Alert>
      )}
      {guide.data && (
        <Stack gap="lg">
          <Paper withBorder p="md" radius="md" component="nav" aria-label={t('tijaria.guide.contents')}>
            <Title order={2} size="h4" mb="xs">
              {t('tijaria.guide.contents')}
            </Title>
            <List size="sm">
              {guide.data.sections.map((s) => (
                <List.Item key={s.anchor}>
                  <Anchor href={`#${s.anchor}`}>{s.title}</Anchor>
                </List.Item>
              ))}
            </List>
          </Paper>
          {guide.data.sections.map((s) => (
            <Box
              key={s.anchor}
              component="section"
              id={s.anchor}
              aria-labelledby={`${s.anchor}-title`}
              style={{ scrollMarginTop: 80 }}
            >
              <Paper withBorder p="md" radius="md">
                <Title order={2} size="h4" id={`${s.anchor}-title`} mb="sm" c="portnet.9">
                  {s.title}
                </Title>
                <Body markdown={s.body} />
              </Paper>
            </Box>
          ))}
        </Stack>
      )}
    </>
  );
}
