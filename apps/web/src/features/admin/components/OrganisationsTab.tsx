import { Badge, Text } from '@mantine/core';
import type { AdminOrganisation } from '@portail/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatNumber } from '../../../components/format';
import { organisationsQuery } from '../api/organisations';

export function OrganisationsTab() {
  const { t, i18n } = useTranslation();
  const query = useQuery(organisationsQuery);
  const name = (o: AdminOrganisation) =>
    i18n.language === 'ar' ? o.nameAr : i18n.language === 'en' ? o.nameEn : o.nameFr;
  return (
    <DataTable<AdminOrganisation>
      caption={t('admin.organisations.caption')}
      rows={query.data ?? []}
      rowKey={(o) => o.code}
      loading={query.isFetching}
      minWidth={640}
      labels={{ sortHint: () => '', loading: t('common.loading') }}
      empty={<Text>{t('admin.organisations.empty')}</Text>}
      columns={[
        {
          key: 'code',
          label: t('admin.organisations.columns.code'),
          nowrap: true,
          render: (o) => <Text fw={700}>{o.code}</Text>,
        },
        { key: 'name', label: t('admin.organisations.columns.name'), render: name },
        {
          key: 'type',
          label: t('admin.organisations.columns.type'),
          render: (o) => t(`admin.organisations.types.${o.type}`),
        },
        {
          key: 'users',
          label: t('admin.organisations.columns.users'),
          align: 'end',
          render: (o) => formatNumber(o.users),
        },
        {
          key: 'active',
          label: t('admin.organisations.columns.status'),
          render: (o) => (
            <Badge variant="filled" color={o.active ? 'teal.9' : 'gray.8'}>
              {o.active ? t('admin.active') : t('admin.inactive')}
            </Badge>
          ),
        },
      ]}
    />
  );
}
