// Set a password from a mailed link: /connexion/reinitialisation?jeton=… (« Mot de passe oublié ? »)
// and /connexion/invitation?jeton=… (account created by an administrator). The link is checked
// first; MFA is still asked at the next sign-in.
import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postTokenPassword, type TokenPurpose } from '../api/tokenPassword';
import { useTokenStatus } from '../api/tokenStatus';
import { AuthLayout } from '../components/AuthLayout';
import classes from '../components/AuthLayout.module.css';
import { PasswordForm } from '../components/PasswordForm';

function TokenPasswordPage({ purpose }: { purpose: TokenPurpose }) {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { jeton?: string };
  const token = typeof search.jeton === 'string' ? search.jeton : '';
  const status = useTokenStatus(token, purpose);
  const [done, setDone] = useState<{ message: string; redirectTo: string } | null>(null);
  const k = `identity.${purpose}`;

  const invalid = !token || status.data?.valid === false || status.isError;
  return (
    <AuthLayout portalName={t('identity.layout.portnetIdName')} pageTitle={t(`${k}.title`)}>
      <Text className={classes.kicker}>{t(`${k}.kicker`)}</Text>
      <Title order={1} c="portnet.9" fz={{ base: 26, sm: 30 }} mt={4}>
        {t(`${k}.title`)}
      </Title>
      {invalid ? (
        <Stack mt="lg">
          <Alert color="orange" role="alert" title={t('identity.token.invalidTitle')}>
            {t(`${k}.invalid`)}
          </Alert>
          {purpose === 'reset' && (
            <Anchor href="/connexion/mot-de-passe-oublie" fw={600}>
              {t('identity.token.newLink')}
            </Anchor>
          )}
        </Stack>
      ) : done ? (
        <Stack mt="lg">
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
            {done.message}
          </Alert>
          <Button
            component="a"
            href={done.redirectTo}
            rightSection={<IconArrowRight size={18} aria-hidden />}
          >
            {t('identity.token.signIn')}
          </Button>
        </Stack>
      ) : (
        <PasswordForm
          large
          strength={{ token }}
          intro={
            <Text c="dark.6" mt="xs" mb="lg">
              {status.data?.displayName
                ? t(`${k}.introNamed`, {
                    name: status.data.displayName,
                    username: status.data.username ?? '',
                  })
                : t(`${k}.intro`)}
            </Text>
          }
          advice={
            <Text size="sm" c="dark.6">
              {t('identity.change.advice')}
            </Text>
          }
          submitLabel={t(`${k}.submit`)}
          onSubmit={async ({ newPassword, confirmPassword }) => {
            setDone(await postTokenPassword(purpose, { token, newPassword, confirmPassword }));
            return undefined;
          }}
        />
      )}
    </AuthLayout>
  );
}

export const ResetPasswordPage = () => <TokenPasswordPage purpose="reset" />;
export const InvitationPage = () => <TokenPasswordPage purpose="invitation" />;
