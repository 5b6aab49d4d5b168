// The form that sets a new password, for « Modifier le mot de passe » (with the current password)
// and for the mailed links (reset, invitation): the fields, the strength meter, the checks made
// before sending, the error summary, and the server's refusals placed on their fields.
import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormErrors, NO_ERRORS } from './ErrorSummary';
import { toFormErrors } from './errors';
import { PasswordStrength } from './PasswordStrength';

const ID = {
  current: 'mot-de-passe-actuel',
  next: 'nouveau-mot-de-passe',
  confirm: 'confirmation-mot-de-passe',
} as const;

export interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function PasswordForm({
  withCurrent = false,
  large = false,
  strength,
  intro,
  advice,
  submitLabel,
  onSubmit,
}: {
  /** asks for the current password too (a signed-in user changing it) */
  withCurrent?: boolean;
  /** the sign-in pages' size: larger fields, a full-width button */
  large?: boolean;
  /** what the strength check compares the password with */
  strength: { username?: string; token?: string };
  /** shown above the error summary */
  intro?: ReactNode;
  /** shown above the button */
  advice?: ReactNode;
  submitLabel: string;
  /** Sends the passwords; a refusal (thrown) is shown on its field. A returned message is shown
   *  as a confirmation and the form empties. */
  onSubmit: (values: PasswordValues) => Promise<string | undefined>;
}) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const size = large ? 'md' : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    setSaved(null);
    const fields: Record<string, string> = {};
    if (withCurrent && !current) fields[ID.current] = t('identity.errors.currentRequired');
    if (!next) fields[ID.next] = t('identity.errors.newPasswordRequired');
    if (next !== confirm) fields[ID.confirm] = t('identity.errors.mismatch');
    if (Object.keys(fields).length > 0) return setErrors({ fields });
    setBusy(true);
    try {
      const message = await onSubmit({
        currentPassword: current,
        newPassword: next,
        confirmPassword: confirm,
      });
      setErrors(NO_ERRORS);
      if (message !== undefined) {
        setSaved(message);
        setCurrent('');
        setNext('');
        setConfirm('');
      }
    } catch (err) {
      setErrors(
        toFormErrors(err, t, {
          ...(withCurrent ? { current_password: ID.current } : {}),
          password_policy: ID.next,
          password_mismatch: ID.confirm,
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  const field = (id: string) => ({
    id,
    error: errors.fields[id],
    'aria-invalid': errors.fields[id] ? true : undefined,
    required: true,
    size,
  });

  return (
    <>
      {saved && (
        <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
          {saved}
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        {intro}
        <ErrorSummary
          errors={errors}
          attempt={attempt}
          labels={{
            ...(withCurrent ? { [ID.current]: t('identity.change.current') } : {}),
            [ID.next]: t('identity.change.new'),
            [ID.confirm]: t('identity.change.confirm'),
          }}
        />
        <Stack gap="md">
          {withCurrent && (
            <PasswordInput
              {...field(ID.current)}
              label={t('identity.change.current')}
              placeholder={t('identity.change.currentPlaceholder')}
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggleCurrent') }}
            />
          )}
          <div>
            <PasswordInput
              {...field(ID.next)}
              label={t('identity.change.new')}
              placeholder={t('identity.change.newPlaceholder')}
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              autoComplete="new-password"
              visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggle') }}
            />
            <PasswordStrength id="force-mot-de-passe" password={next} {...strength} />
          </div>
          <PasswordInput
            {...field(ID.confirm)}
            label={t('identity.change.confirm')}
            placeholder={t('identity.change.confirmPlaceholder')}
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            autoComplete="new-password"
            visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggleConfirm') }}
          />
          {advice}
          <Button
            type="submit"
            loading={busy}
            size={size}
            fullWidth={large}
            style={large ? undefined : { alignSelf: 'flex-start' }}
          >
            {submitLabel}
          </Button>
        </Stack>
      </form>
    </>
  );
}
