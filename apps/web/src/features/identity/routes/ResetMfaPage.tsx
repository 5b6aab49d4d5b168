// « Réinitialiser MFA » (guide, section III.B): re-authentication by password, enrolment of the new
// device (the old one stops working once the new one is confirmed), then the new recovery codes.
import { Button, Paper, PasswordInput, Stack, Stepper, Text } from '@mantine/core';
import type { EnrolmentResponse } from '@portail/contracts';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { postMfaConfirm, postMfaReset } from '../api/mfaReset';
import classes from '../components/AuthLayout.module.css';
import { ErrorSummary, type FormErrors, NO_ERRORS } from '../components/ErrorSummary';
import { toFormErrors } from '../components/errors';
import { RecoveryCodes } from '../components/RecoveryCodes';
import { TotpSetup } from '../components/TotpSetup';

const CURRENT_ID = 'mot-de-passe-actuel';

export default function ResetMfaPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [enrolment, setEnrolment] = useState<EnrolmentResponse | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const active = codes ? 2 : enrolment ? 1 : 0;

  const reauthenticate = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    if (!password) return setErrors({ fields: { [CURRENT_ID]: t('identity.errors.currentRequired') } });
    setBusy(true);
    try {
      setEnrolment(await postMfaReset({ currentPassword: password }));
      setPassword('');
      setErrors(NO_ERRORS);
    } catch (err) {
      setErrors(toFormErrors(err, t, { current_password: CURRENT_ID, credentials: CURRENT_ID }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t('profile.resetMfa')}
        crumbs={[
          { label: t('nav.dashboard'), to: '/portail/tableau-de-bord' },
          { label: t('profile.resetMfa') },
        ]}
      />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} maw={760} className={classes.errorContrast}>
        <Text c="dark.6" mb="lg">
          {t('identity.resetMfa.intro')}
        </Text>
        <Stepper active={active} allowNextStepsSelect={false} size="sm" mb="xl">
          <Stepper.Step label={t('identity.resetMfa.step1')} />
          <Stepper.Step label={t('identity.resetMfa.step2')} />
          <Stepper.Step label={t('identity.resetMfa.step3')} />
        </Stepper>
        {codes ? (
          <RecoveryCodes
            codes={codes}
            continueLabel={t('identity.resetMfa.finish')}
            onContinue={() => navigate({ to: '/portail/tableau-de-bord' })}
          />
        ) : enrolment ? (
          <TotpSetup
            enrolment={enrolment}
            onConfirm={async (code) => {
              setCodes((await postMfaConfirm({ code })).recoveryCodes);
            }}
          />
        ) : (
          <form onSubmit={reauthenticate} noValidate>
            <ErrorSummary
              errors={errors}
              attempt={attempt}
              labels={{ [CURRENT_ID]: t('identity.change.current') }}
            />
            <Stack gap="md" maw={480}>
              <Text size="sm">{t('identity.resetMfa.reauth')}</Text>
              <PasswordInput
                id={CURRENT_ID}
                label={t('identity.change.current')}
                placeholder={t('identity.change.currentPlaceholder')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.fields[CURRENT_ID]}
                aria-invalid={errors.fields[CURRENT_ID] ? true : undefined}
                autoComplete="current-password"
                required
                visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggleCurrent') }}
              />
              <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
                {t('identity.resetMfa.continue')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </>
  );
}
