// Administration console: one page, a tab per area; the tab is kept in the URL (?onglet=…).
import { Paper, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSessionUser } from '../../../components/useSessionUser';
import { AuditTab } from '../components/AuditTab';
import { MailsTab } from '../components/MailsTab';
import { OrganisationsTab } from '../components/OrganisationsTab';
import { ProceduresTab } from '../components/ProceduresTab';
import { ReferenceTab } from '../components/ReferenceTab';
import { UsersTab } from '../components/UsersTab';
import { ADMIN_TABS, type AdminTab } from '../tabs';

const route = getRouteApi('/portail/administration');

const PLATFORM_ONLY: AdminTab[] = ['referentiels', 'courriels'];

export default function AdminPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { onglet } = route.useSearch();
  const navigate = route.useNavigate();
  const platform = user?.roles.includes('admin_plateforme') ?? false;
  const tabs = ADMIN_TABS.filter((tab) => platform || !PLATFORM_ONLY.includes(tab));
  const current = tabs.includes(onglet) ? onglet : tabs[0];
  return (
    <>
      <PageHeader
        title={t('admin.title')}
        crumbs={[{ label: t('nav.dashboard'), to: '/portail/tableau-de-bord' }, { label: t('admin.title') }]}
      />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }}>
        <Tabs
          value={current}
          onChange={(v) => v && void navigate({ search: { onglet: v as AdminTab } as never })}
          keepMounted={false}
        >
          <Tabs.List mb="lg">
            {tabs.map((tab) => (
              <Tabs.Tab key={tab} value={tab}>
                {t(`admin.tabs.${tab}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="utilisateurs">
            <UsersTab />
          </Tabs.Panel>
          <Tabs.Panel value="organisations">
            <OrganisationsTab />
          </Tabs.Panel>
          <Tabs.Panel value="procedures">
            <ProceduresTab />
          </Tabs.Panel>
          <Tabs.Panel value="referentiels">
            <ReferenceTab />
          </Tabs.Panel>
          <Tabs.Panel value="audit">
            <AuditTab />
          </Tabs.Panel>
          <Tabs.Panel value="courriels">
            <MailsTab />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </>
  );
}
