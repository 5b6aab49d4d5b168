// Set a password from a mailed link: /connexion/reinitialisation?jeton=… (« Mot de passe oublié ? »)
// and /connexion/invitation?jeton=… (account created by an administrator). The link is checked
// first; MFA is still asked at the next sign-in.
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postTokenPassword, type TokenPurpose } from '../api/tokenPassword';
import { useTokenStatus } from '../api/tokenStatus';
import { AuthLayout } from '../components/AuthLayout';
import classes from '../components/AuthLayout.module.css';
import { ErrorSummary, type FormErrors, NO_ERRORS } from '../components/ErrorSummary';
import { toFormErrors } from '../components/errors';
import { PasswordStrength } from '../components/PasswordStrength';

const ID = { password: 'nouveau-mot-de-passe', confirm: 'confirmation-mot-de-passe' } as const;

function TokenPasswordPage({ purpose }: { purpose: TokenPurpose }) {
  const { t } = useTranslation();
  const search = useSearch({ strict: false }) as { jeton?: string };
  const token = typeof search.jeton === 'string' ? search.jeton : '';
  const status = useTokenStatus(token, purpose);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ message: string; redirectTo: string } | null>(null);
  const k = `identity.${purpose}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    if (!password) fields[ID.password] = t('identity.errors.newPasswordRequired');
    if (password !== confirm) fields[ID.confirm] = t('identity.errors.mismatch');
    if (Object.keys(fields).length > 0) return setErrors({ fields });
    setBusy(true);
    try {
      setDone(await postTokenPassword(purpose, { token, newPassword: password, confirmPassword: confirm }));
      setErrors(NO_ERRORS);
    } catch (err) {
      setErrors(toFormErrors(err, t, { password_policy: ID.password, password_mismatch: ID.confirm }));
    } finally {
      setBusy(false);
    }
  };

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
        <form onSubmit={submit} noValidate>
          <Text c="dark.6" mt="xs" mb="lg">
            {status.data?.displayName
              ? t(`${k}.introNamed`, { name: status.data.displayName, username: status.data.username ?? '' })
              : t(`${k}.intro`)}
          </Text>
          <ErrorSummary
            errors={errors}
            attempt={attempt}
            labels={{ [ID.password]: t('identity.change.new'), [ID.confirm]: t('identity.change.confirm') }}
          />
          <Stack gap="md">
            <div>
              <PasswordInput
                id={ID.password}
                label={t('identity.change.new')}
                placeholder={t('identity.change.newPlaceholder')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.fields[ID.password]}
                aria-invalid={errors.fields[ID.password] ? true : undefined}
                autoComplete="new-password"
                required
                size="md"
                visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggle') }}
              />
              <PasswordStrength id="force-mot-de-passe" password={password} token={token} />
            </div>
            <PasswordInput
              id={ID.confirm}
              label={t('identity.change.confirm')}
              placeholder={t('identity.change.confirmPlaceholder')}
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={errors.fields[ID.confirm]}
              aria-invalid={errors.fields[ID.confirm] ? true : undefined}
              autoComplete="new-password"
              required
              size="md"
              visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggleConfirm') }}
            />
            <Text size="sm" c="dark.6">
              {t('identity.change.advice')}
            </Text>
            <Button type="submit" size="md" fullWidth loading={busy}>
              {t(`${k}.submit`)}
            </Button>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}

export const ResetPasswordPage = () => <TokenPasswordPage purpose="reset" />;
export const InvitationPage = () => <TokenPasswordPage purpose="invitation" />;
