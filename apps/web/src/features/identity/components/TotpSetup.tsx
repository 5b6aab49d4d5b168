// Enrolment of an authenticator app: the server's QR code and the secret as text, then the first
// code, which activates the device (S15). Used at first sign-in and by « Réinitialiser MFA ».
import { Button, Code, CopyButton, Group, Image, List, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { EnrolmentResponse } from '@portail/contracts';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FormErrors, NO_ERRORS } from './ErrorSummary';
import { toFormErrors } from './errors';

const CODE_ID = 'code-activation';

interface TotpSetupProps {
  enrolment: EnrolmentResponse;
  /** Sends the first code; rejects with the server's refusal. */
  onConfirm(code: string): Promise<void>;
}

export function TotpSetup({ enrolment, onConfirm }: TotpSetupProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const clean = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(clean)) {
      setErrors({ fields: { [CODE_ID]: t('identity.errors.codeFormat') } });
      return;
    }
    setBusy(true);
    try {
      await onConfirm(clean);
      setErrors(NO_ERRORS);
    } catch (err) {
      setErrors(toFormErrors(err, t, { code: CODE_ID }));
      setCode('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>{t('identity.enrol.step1')}</List.Item>
        <List.Item>{t('identity.enrol.step2')}</List.Item>
        <List.Item>{t('identity.enrol.step3')}</List.Item>
      </List>
      <Paper withBorder radius="md" p="md">
        <Group align="center" gap="lg" wrap="wrap" justify="center">
          <Image
            src={enrolment.qrCodeDataUrl}
            alt={t('identity.enrol.qrAlt', { issuer: enrolment.issuer, account: enrolment.accountName })}
            w={184}
            h={184}
            fit="contain"
          />
          <Stack gap={6} style={{ flex: '1 1 200px', minWidth: 0 }}>
            <Text size="sm" fw={600}>
              {t('identity.enrol.manual')}
            </Text>
            <Code
              fz="md"
              fw={700}
              p="xs"
              data-testid="totp-secret"
              style={{ display: 'block', whiteSpace: 'normal', wordBreak: 'break-all' }}
            >
              {enrolment.secret}
            </Code>
            <Text size="xs" c="dimmed">
              {t('identity.enrol.params', { account: enrolment.accountName })}
            </Text>
            <CopyButton value={enrolment.secret.replace(/\s/g, '')} timeout={2500}>
              {({ copied, copy }) => (
                <Button
                  variant="default"
                  size="xs"
                  onClick={copy}
                  leftSection={
                    copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />
                  }
                  style={{ alignSelf: 'flex-start' }}
                >
                  {copied ? t('identity.enrol.copied') : t('identity.enrol.copy')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Group>
      </Paper>
      <form onSubmit={submit} noValidate>
        <ErrorSummary
          errors={errors}
          attempt={attempt}
          labels={{ [CODE_ID]: t('identity.enrol.codeLabel') }}
        />
        <TextInput
          id={CODE_ID}
          label={t('identity.enrol.codeLabel')}
          description={t('identity.enrol.codeHelp')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.fields[CODE_ID]}
          aria-invalid={errors.fields[CODE_ID] ? true : undefined}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          styles={{ input: { fontSize: 22, letterSpacing: 6, fontFamily: 'monospace', maxWidth: 200 } }}
        />
        <Button type="submit" mt="md" loading={busy}>
          {t('identity.enrol.submit')}
        </Button>
      </form>
    </Stack>
  );
}
