// « Modifier le mot de passe » (guide, section III.A): Mot de passe actuel, Nouveau mot de passe,
// Confirmer le nouveau mot de passe, Enregistrer, and the « Conseil sécurité ». The server revokes
// the user's other sessions and notifies them by mail.
import { Alert, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { IconBulb, IconCircleCheck } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useSessionUser } from '../../../components/useSessionUser';
import { postChangePassword } from '../api/changePassword';
import classes from '../components/AuthLayout.module.css';
import { ErrorSummary, type FormErrors, NO_ERRORS } from '../components/ErrorSummary';
import { toFormErrors } from '../components/errors';
import { PasswordStrength } from '../components/PasswordStrength';

const ID = {
  current: 'mot-de-passe-actuel',
  next: 'nouveau-mot-de-passe',
  confirm: 'confirmation-mot-de-passe',
} as const;

export default function ChangePasswordPage() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const user = useSessionUser();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setSaved(null);
    const fields: Record<string, string> = {};
    if (!current) fields[ID.current] = t('identity.errors.currentRequired');
    if (!next) fields[ID.next] = t('identity.errors.newPasswordRequired');
    if (next !== confirm) fields[ID.confirm] = t('identity.errors.mismatch');
    if (Object.keys(fields).length > 0) return setErrors({ fields });
    setBusy(true);
    try {
      const { message } = await postChangePassword({
        currentPassword: current,
        newPassword: next,
        confirmPassword: confirm,
      });
      setSaved(message);
      // The session may have carried an administrator's « change your password » request.
      void queryClient.invalidateQueries({ queryKey: ['session'] });
      setErrors(NO_ERRORS);
      setCurrent('');
      setNext('');
      setConfirm('');
    } catch (err) {
      setErrors(
        toFormErrors(err, t, {
          current_password: ID.current,
          password_policy: ID.next,
          password_mismatch: ID.confirm,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

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
        {saved && (
          <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
            {saved}
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <ErrorSummary
            errors={errors}
            attempt={attempt}
            labels={{
              [ID.current]: t('identity.change.current'),
              [ID.next]: t('identity.change.new'),
              [ID.confirm]: t('identity.change.confirm'),
            }}
          />
          <Stack gap="md">
            <PasswordInput
              id={ID.current}
              label={t('identity.change.current')}
              placeholder={t('identity.change.currentPlaceholder')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={errors.fields[ID.current]}
              aria-invalid={errors.fields[ID.current] ? true : undefined}
              autoComplete="current-password"
              required
              visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggleCurrent') }}
            />
            <div>
              <PasswordInput
                id={ID.next}
                label={t('identity.change.new')}
                placeholder={t('identity.change.newPlaceholder')}
                value={next}
                onChange={(e) => setNext(e.currentTarget.value)}
                error={errors.fields[ID.next]}
                aria-invalid={errors.fields[ID.next] ? true : undefined}
                autoComplete="new-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggle') }}
              />
              <PasswordStrength id="force-mot-de-passe" password={next} username={user?.username} />
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
              visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggleConfirm') }}
            />
            <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
              {t('common.save')}
            </Button>
          </Stack>
        </form>
        <Alert color="portnet" variant="light" icon={<IconBulb aria-hidden />} mt="xl">
          <Text size="sm">{t('identity.change.advice')}</Text>
        </Alert>
      </Paper>
    </>
  );
}
