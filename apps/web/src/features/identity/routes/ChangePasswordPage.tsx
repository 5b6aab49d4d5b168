// « Modifier le mot de passe » (guide, section III.A): Mot de passe actuel, Nouveau mot de passe,
// Confirmer le nouveau mot de passe, Enregistrer, and the « Conseil sécurité ». The server revokes
// the user's other sessions and notifies them by mail.
import { Alert, Paper, Text } from '@mantine/core';
import { IconBulb } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSessionUser } from '../../../components/useSessionUser';
import { postChangePassword } from '../api/changePassword';
import classes from '../components/AuthLayout.module.css';
import { PasswordForm } from '../components/PasswordForm';

export default function ChangePasswordPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const user = useSessionUser();

  return (
    <>
      <PageHeader
        title={t('profile.changePassword')}
        crumbs={[
          { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
          { label: t('profile.changePassword') },
        ]}
      />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} maw={640} className={classes.errorContrast}>
        <PasswordForm
          withCurrent
          strength={{ username: user?.username }}
          submitLabel={t('common.save')}
          onSubmit={async (values) => {
            const { message } = await postChangePassword(values);
            // The session may have carried an administrator's « change your password » request.
            void queryClient.invalidateQueries({ queryKey: ['session'] });
            return message;
          }}
        />
        <Alert color="portnet" variant="light" icon={<IconBulb aria-hidden />} mt="xl">
          <Text size="sm">{t('identity.change.advice')}</Text>
        </Alert>
      </Paper>
    </>
  );
}
