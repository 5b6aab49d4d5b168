// The dossier page: header (reference, procedure, state, SLA), the request, the operator, goods,
// documents, opinions, decision, history and internal comments — each part only when the API sends
// it (the server decides what the user may see) — and the actions the user may take now.
import './../components/dossier.css';
import { Alert, Anchor, Grid, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBuildingWarehouse,
  IconFiles,
  IconGavel,
  IconHistory,
  IconMessages,
  IconPackage,
  IconStack2,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../components/format';
import { inLanguage, labelOf } from '../../../components/localized';
import { PageHeader } from '../../../components/PageHeader';
import { StateBadge, toneForState } from '../../../components/StateBadge';
import { ApiError } from '../../../lib/api';
import { useDossier } from '../api/dossier';
import { ActionsBar } from '../components/ActionsBar';
import { Comments } from '../components/Comments';
import { DocumentsList } from '../components/DocumentsList';
import { GoodsTable } from '../components/GoodsTable';
import { History } from '../components/History';
import { stateLabel } from '../components/labels';
import { DecisionFacts, OpinionsList } from '../components/Opinions';
import { Facts, Section } from '../components/Section';
import { SlaIndicator } from '../components/SlaIndicator';

const icon = (I: typeof IconFiles) => (
  <I size={20} stroke={1.7} aria-hidden color="var(--mantine-color-portnet-8)" />
);

export default function DossierPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id } = useParams({ strict: false }) as { id: string };
  const dossierId = /^\d{1,12}$/.test(id) ? Number(id) : Number.NaN;
  const { data: d, error, isPending } = useDossier(dossierId);

  if (!Number.isInteger(dossierId) || error) {
    const missing =
      !Number.isInteger(dossierId) || (error instanceof ApiError && [403, 404].includes(error.status));
    return (
      <>
        <PageHeader
          title={t('dossiers.list.title')}
          crumbs={[{ label: t('nav.dashboard'), to: '/portail/tableau-de-bord' }]}
        />
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          <Text>{missing ? t('dossiers.dossier.notFound') : t('dossiers.dossier.error')}</Text>
          <Anchor component={Link} to="/portail/tableau-de-bord" mt="xs" display="inline-block">
            {t('dossiers.list.backToDashboard')}
          </Anchor>
        </Alert>
      </>
    );
  }
  if (isPending || !d) {
    return (
      <Stack gap="md" aria-busy>
        <Text className="visually-hidden" role="status">
          {t('dossiers.dossier.loading')}
        </Text>
        <Skeleton height={60} width="50%" />
        <Skeleton height={140} />
        <Skeleton height={260} />
      </Stack>
    );
  }

  const section = d.procedure.direction === 'export' ? 'exportation' : 'importation';
  const procedureName = d.procedure.names ? inLanguage(d.procedure.names, lang) : d.procedure.name;
  const crumbs = [
    { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
    { label: t(d.procedure.direction === 'export' ? 'nav.export' : 'nav.import') },
    { label: procedureName, to: `/portail/${section}/${d.procedure.slug}` },
    { label: d.reference },
  ];

  return (
    <>
      <PageHeader title={d.reference} crumbs={crumbs} actions={<ActionsBar dossier={d} />} />
      <Stack gap="md">
        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          component="section"
          aria-label={t('dossiers.dossier.summary')}
        >
          <Group justify="space-between" align="flex-start" gap="sm" mb="md" wrap="wrap">
            <div>
              <Text size="sm" c="dimmed">
                {t('dossiers.dossier.procedure')}
              </Text>
              <Text fw={700}>{procedureName}</Text>
            </div>
            <Group gap="md" wrap="wrap">
              <div>
                <Text size="sm" c="dimmed">
                  {t('dossiers.dossier.state')}
                </Text>
                <StateBadge label={stateLabel(t, d.state)} tone={toneForState(d.state.code)} size="lg" />
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('dossiers.dossier.sla.label')}
                </Text>
                <SlaIndicator sla={d.sla} />
              </div>
            </Group>
          </Group>
          <Facts
            items={[
              { label: t('dossiers.dossier.category'), value: d.category && labelOf(d.category, lang) },
              { label: t('dossiers.dossier.submittedAt'), value: formatDateTime(d.submittedAt) },
              { label: t('dossiers.dossier.customsOffice'), value: d.customsOffice?.label },
              {
                label: t('dossiers.dossier.originCountry'),
                value: d.originCountry && labelOf(d.originCountry, lang),
              },
              {
                label: t('dossiers.dossier.assignee'),
                value: d.assignee?.displayName ?? t('dossiers.dossier.unassigned'),
              },
              { label: t('dossiers.dossier.stateChangedAt'), value: formatDateTime(d.stateChangedAt) },
            ]}
          />
        </Paper>

        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Stack gap="md">
              {d.fields.length ? (
                <Section title={t('dossiers.dossier.fields')} icon={icon(IconStack2)}>
                  <Facts
                    items={d.fields.map((f) => ({
                      label: f.labels ? inLanguage(f.labels, lang) : f.label,
                      // A calendar date reads the reader's way (20/11/2026), whatever the server sends;
                      // a coded value (option, country, yes/no) in the reader's language.
                      value: f.values
                        ? inLanguage(f.values, lang)
                        : /^\d{4}-\d{2}-\d{2}$/.test(f.value)
                          ? formatDate(f.value)
                          : f.value,
                    }))}
                  />
                </Section>
              ) : null}
              <Section title={t('dossiers.dossier.goods.title')} icon={icon(IconPackage)}>
                <GoodsTable goods={d.goods} />
              </Section>
              <Section title={t('dossiers.dossier.documents.title')} icon={icon(IconFiles)}>
                <DocumentsList documents={d.documents} />
              </Section>
              {d.opinions ? (
                <Section title={t('dossiers.dossier.opinions.title')} icon={icon(IconUsersGroup)}>
                  <OpinionsList opinions={d.opinions} />
                </Section>
              ) : null}
              {d.decision ? (
                <Section title={t('dossiers.dossier.decision.title')} icon={icon(IconGavel)}>
                  <DecisionFacts decision={d.decision} />
                </Section>
              ) : null}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Stack gap="md">
              <Section title={t('dossiers.dossier.operator.title')} icon={icon(IconBuildingWarehouse)}>
                <Facts
                  items={[
                    { label: t('dossiers.dossier.operator.name'), value: d.operator.raisonSociale },
                    {
                      label: t('dossiers.dossier.operator.ice'),
                      value: <span style={{ fontFamily: 'monospace' }}>{d.operator.ice}</span>,
                    },
                    { label: t('dossiers.dossier.operator.rc'), value: d.operator.rc },
                    {
                      label: t('dossiers.dossier.operator.address'),
                      value: [d.operator.address, d.operator.city].filter(Boolean).join(', '),
                    },
                  ]}
                />
              </Section>
              <Section title={t('dossiers.dossier.history.title')} icon={icon(IconHistory)}>
                <History events={d.history} />
              </Section>
              {d.comments ? (
                <Section title={t('dossiers.dossier.comments.title')} icon={icon(IconMessages)}>
                  <Comments dossierId={d.id} comments={d.comments} canComment={d.canComment} />
                </Section>
              ) : null}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
