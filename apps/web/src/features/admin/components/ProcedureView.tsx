// A whole procedure definition, read-only: what the code defines (fields, goods-line fields, list
// columns, filters, workflow, numbering) and what administrators may edit (names, categories, SLA,
// required documents), the reasons offered when processing it, and its versions.
import { Accordion, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { AdminProcedureDetail, Localized } from '@portail/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../components/format';

type Definition = AdminProcedureDetail['definition'];
type Field = Definition['requestFields'][number];

export function useLocalized() {
  const { i18n } = useTranslation();
  return (l: Localized | undefined) => (l ? l[i18n.language as keyof Localized] || l.fr : '');
}

export function useSlaText() {
  const { t } = useTranslation();
  return (sla: { amount: number; unit: string; nearBreachHours?: number | null }) =>
    t(`adminCatalogue.procedures.slaUnits.${sla.unit}`, { count: sla.amount });
}

/** The reasons of a kind, each marked offered or not by this version of the procedure. */
function ReasonList({
  title,
  items,
  chosen,
}: {
  title: string;
  items: AdminProcedureDetail['reasons']['rejet'];
  chosen: string[] | undefined;
}) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const p = 'adminCatalogue.procedures';
  return (
    <>
      <Text size="sm" fw={700}>
        {title} — {chosen ? t(`${p}.reasonsSelection`, { count: chosen.length }) : t(`${p}.reasonsAll`)}
      </Text>
      <List size="sm">
        {items.map((r) => {
          const offered = r.active && (!chosen || chosen.includes(r.code));
          return (
            <List.Item key={r.code}>
              <code>{r.code}</code> {loc(r.label)}{' '}
              <Badge size="sm" variant={offered ? 'light' : 'outline'} color={offered ? 'teal.9' : 'gray.8'}>
                {offered ? t(`${p}.reasonOffered`) : t(`${p}.reasonNotOffered`)}
              </Badge>{' '}
              {r.active ? '' : `(${t('admin.inactive')})`}
            </List.Item>
          );
        })}
      </List>
    </>
  );
}

function SimpleTable({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder captionSide="top" verticalSpacing={6}>
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
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
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows of a read-only definition never move
            <Table.Tr key={i}>
              {r.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed row
                <Table.Td key={j}>{c}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FieldsTable({ caption, fields }: { caption: string; fields: Field[] }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const p = 'adminCatalogue.procedures';
  if (fields.length === 0) return <Text size="sm">{t(`${p}.none`)}</Text>;
  return (
    <SimpleTable
      caption={caption}
      head={[
        t(`${p}.fieldLabel`),
        t(`${p}.fieldKey`),
        t(`${p}.fieldType`),
        t(`${p}.required`),
        t(`${p}.fieldRules`),
      ]}
      rows={fields.map((f) => [
        loc(f.label),
        <code key="k">{f.key}</code>,
        t(`${p}.fieldTypes.${f.type}`),
        f.required ? t(`${p}.yes`) : t(`${p}.no`),
        [
          f.options ? t(`${p}.options`, { values: f.options.map((o) => loc(o.label)).join(', ') }) : null,
          f.when ? t(`${p}.when`, { field: f.when.field, values: f.when.in.join(', ') }) : null,
          f.maxLength ? t(`${p}.maxLength`, { count: f.maxLength }) : null,
          f.min !== undefined ? t(`${p}.min`, { value: f.min }) : null,
          f.max !== undefined ? t(`${p}.max`, { value: f.max }) : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ])}
    />
  );
}

export function ProcedureView({
  detail,
  onEdit,
  onShowVersion,
}: {
  detail: AdminProcedureDetail;
  onEdit?: () => void;
  onShowVersion: (version: number | undefined) => void;
}) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const slaText = useSlaText();
  const d = detail.definition;
  const p = 'adminCatalogue.procedures';
  const current = detail.version === detail.summary.version;
  const state = (s: string) => t(`${p}.states.${s}`);
  const edited = (part: string) =>
    detail.edited.includes(part as never) ? (
      <Badge variant="outline" color="indigo.9" ms="xs" tt="none">
        {t(`${p}.editedBadge`)}
      </Badge>
    ) : null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2} size="h4" id="procedure-view-title">
            {t(`${p}.viewTitle`, { code: d.code, name: loc(d.name) })}
          </Title>
          <Group gap="xs">
            <Badge variant="filled" color={current ? 'teal.9' : 'gray.8'}>
              {t(`${p}.versionBadge`, { version: detail.version })}
            </Badge>
            <Text size="sm">{current ? t(`${p}.currentVersion`) : t(`${p}.olderVersion`)}</Text>
          </Group>
        </Stack>
        <Group>
          {!current ? (
            <Button variant="default" onClick={() => onShowVersion(undefined)}>
              {t(`${p}.showCurrent`)}
            </Button>
          ) : null}
          {current && onEdit ? <Button onClick={onEdit}>{t(`${p}.edit`, { code: d.code })}</Button> : null}
        </Group>
      </Group>

      <Table withTableBorder variant="vertical" layout="fixed" verticalSpacing={6}>
        <Table.Caption className="visually-hidden">{t(`${p}.general`)}</Table.Caption>
        <Table.Tbody>
          {[
            [
              t(`${p}.columns.name`),
              <>
                {`${d.name.fr} · ${d.name.ar} · ${d.name.en}`}
                {edited('name')}
              </>,
            ],
            [t(`${p}.columns.direction`), t(`${p}.directions.${d.direction}`)],
            [
              t(`${p}.columns.organisation`),
              `${loc(detail.summary.ownerOrgNames)} (${detail.summary.ownerOrgCode})`,
            ],
            [
              t(`${p}.columns.sla`),
              <>
                {slaText(d.sla)}
                {(d.sla as { nearBreachHours?: number }).nearBreachHours
                  ? ` · ${t(`${p}.nearBreach`, { count: (d.sla as { nearBreachHours?: number }).nearBreachHours })}`
                  : ''}
                {edited('sla')}
              </>,
            ],
            [t(`${p}.referenceFormat`), <code key="r">{d.referenceFormat}</code>],
            [t(`${p}.decisionFormat`), <code key="d">{d.decisionNumberFormat}</code>],
            [
              t(`${p}.opinionOrgs`),
              d.opinionOrgs.length > 0
                ? `${d.opinionOrgs.join(', ')} · ${t(`${p}.vocabularies.${d.opinionVocabulary}`)}`
                : t(`${p}.none`),
            ],
            [t(`${p}.roles`), d.roles.map((r) => t(`admin.roles.${r}`)).join(', ')],
            [
              t(`${p}.goodsLines`),
              t(`${p}.goodsLinesRange`, { min: d.goodsLines.min, max: d.goodsLines.max }),
            ],
          ].map(([k, v]) => (
            <Table.Tr key={String(k)}>
              <Table.Th scope="row" w="30%">
                {k}
              </Table.Th>
              <Table.Td>{v}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Accordion multiple defaultValue={['categories', 'documents', 'versions']} variant="separated">
        <Accordion.Item value="categories">
          <Accordion.Control>
            {t(`${p}.sections.categories`, { count: d.categories.length })}
            {edited('categories')}
          </Accordion.Control>
          <Accordion.Panel>
            {d.categories.length === 0 ? (
              <Text size="sm">{t(`${p}.none`)}</Text>
            ) : (
              <SimpleTable
                caption={t(`${p}.sections.categories`, { count: d.categories.length })}
                head={[
                  t(`${p}.code`),
                  t('adminCatalogue.languages.fr'),
                  t('adminCatalogue.languages.ar'),
                  t('adminCatalogue.languages.en'),
                ]}
                rows={d.categories.map((c) => [
                  <code key="c">{c.code}</code>,
                  <span key="fr" lang="fr">
                    {c.label.fr}
                  </span>,
                  <span key="ar" dir="rtl" lang="ar">
                    {c.label.ar}
                  </span>,
                  <span key="en" lang="en">
                    {c.label.en}
                  </span>,
                ])}
              />
            )}
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="documents">
          <Accordion.Control>
            {t(`${p}.sections.documents`, { count: d.documents.length })}
            {edited('documents')}
          </Accordion.Control>
          <Accordion.Panel>
            <SimpleTable
              caption={t(`${p}.sections.documents`, { count: d.documents.length })}
              head={[t(`${p}.fieldLabel`), t(`${p}.code`), t(`${p}.mandatory`), t(`${p}.formats`)]}
              rows={d.documents.map((doc) => [
                loc(doc.label),
                <code key="k">{doc.kind}</code>,
                doc.required ? t(`${p}.yes`) : t(`${p}.no`),
                doc.mediaTypes.map((m) => t(`${p}.mediaTypes.${m.replace('/', '_')}`)).join(', '),
              ])}
            />
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="fields">
          <Accordion.Control>
            {t(`${p}.sections.fields`, { count: d.requestFields.length })}
          </Accordion.Control>
          <Accordion.Panel>
            <FieldsTable
              caption={t(`${p}.sections.fields`, { count: d.requestFields.length })}
              fields={d.requestFields}
            />
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="goods">
          <Accordion.Control>
            {t(`${p}.sections.goods`, { count: d.goodsLineFields.length })}
          </Accordion.Control>
          <Accordion.Panel>
            <FieldsTable
              caption={t(`${p}.sections.goods`, { count: d.goodsLineFields.length })}
              fields={d.goodsLineFields}
            />
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="list">
          <Accordion.Control>{t(`${p}.sections.list`)}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <Text size="sm" fw={700}>
                {t(`${p}.listColumns`)}
              </Text>
              <Text size="sm">{d.listColumns.map((c) => loc(c.label)).join(' · ')}</Text>
              <Text size="sm" fw={700}>
                {t(`${p}.filters`)}
              </Text>
              <Text size="sm">{d.filters.map((f) => loc(f.label)).join(' · ')}</Text>
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="workflow">
          <Accordion.Control>{t(`${p}.sections.workflow`)}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <Text size="sm">
                {t(`${p}.initialState`, { state: state(d.workflow.initial) })} ·{' '}
                {t(`${p}.statesList`, { states: d.workflow.states.map(state).join(', ') })}
              </Text>
              <SimpleTable
                caption={t(`${p}.sections.workflow`)}
                head={[t(`${p}.transition`), t(`${p}.from`), t(`${p}.to`), t(`${p}.actor`)]}
                rows={d.workflow.transitions.map((tr) => [
                  loc(tr.label),
                  tr.from.map(state).join(', '),
                  state(tr.to),
                  tr.roles.length > 0
                    ? tr.roles.map((r) => t(`admin.roles.${r}`)).join(', ')
                    : t(`${p}.actors.${tr.actor}`),
                ])}
              />
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="reasons">
          <Accordion.Control>{t(`${p}.sections.reasons`)}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <Text size="sm">{t(`${p}.reasonsHelp`)}</Text>
              <ReasonList
                title={t(`${p}.rejectionReasons`)}
                items={detail.reasons.rejet}
                chosen={detail.definition.reasons?.rejet}
              />
              {detail.reasons.opinion.length === 0 ? (
                <>
                  <Text size="sm" fw={700}>
                    {t(`${p}.opinionReasons`)}
                  </Text>
                  <Text size="sm">{t(`${p}.noOpinion`)}</Text>
                </>
              ) : (
                <ReasonList
                  title={t(`${p}.opinionReasons`)}
                  items={detail.reasons.opinion}
                  chosen={detail.definition.reasons?.avis}
                />
              )}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>

        <Accordion.Item value="versions">
          <Accordion.Control>
            {t(`${p}.sections.versions`, { count: detail.versions.length })}
          </Accordion.Control>
          <Accordion.Panel>
            <SimpleTable
              caption={t(`${p}.sections.versions`, { count: detail.versions.length })}
              head={[
                t(`${p}.columns.version`),
                t(`${p}.versionDate`),
                t(`${p}.versionSource`),
                t(`${p}.versionNote`),
                t('admin.actions'),
              ]}
              rows={detail.versions.map((v) => [
                <Group key="v" gap="xs" wrap="nowrap">
                  <Text size="sm" fw={700}>
                    {v.version}
                  </Text>
                  {v.current ? (
                    <Text size="sm" c="teal.9" fw={700}>
                      {t(`${p}.inForce`)}
                    </Text>
                  ) : null}
                </Group>,
                formatDateTime(v.at),
                v.source === 'admin'
                  ? t(`${p}.sources.admin`, { who: v.author ?? '—' })
                  : t(`${p}.sources.code`),
                v.note ?? '',
                v.version === detail.version ? (
                  <Text key="shown" size="sm">
                    {t(`${p}.shown`)}
                  </Text>
                ) : (
                  <Button
                    key="show"
                    size="xs"
                    variant="default"
                    onClick={() => onShowVersion(v.current ? undefined : v.version)}
                    aria-label={t(`${p}.showVersionOf`, { version: v.version, code: d.code })}
                  >
                    {t(`${p}.showVersion`)}
                  </Button>
                ),
              ])}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
