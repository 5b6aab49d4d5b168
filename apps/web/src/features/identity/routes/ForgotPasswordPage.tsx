// « Mot de passe oublié ? »: asks for the identifier and the CAPTCHA; the answer is the same
// whether the account exists or not, and the link arrives by mail.
import { Alert, Anchor, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight, IconMailCheck } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postForgotPassword } from '../api/forgotPassword';
import { AltchaField, type AltchaHandle } from '../components/AltchaField';
import { AuthLayout } from '../components/AuthLayout';
import classes from '../components/AuthLayout.module.css';
import { ErrorSummary, type FormErrors, NO_ERRORS } from '../components/ErrorSummary';
import { toFormErrors } from '../components/errors';

const ID = { identifier: 'identifiant', captcha: 'captcha' } as const;

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState('');
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const altcha = useRef<AltchaHandle>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    if (!identifier.trim()) fields[ID.identifier] = t('identity.errors.identifierRequired');
    if (!captcha) fields[ID.captcha] = t('identity.errors.captchaRequired');
    if (Object.keys(fields).length > 0) return setErrors({ fields });
    setBusy(true);
    try {
      const { message } = await postForgotPassword({ identifier: identifier.trim(), captcha: captcha! });
      setSent(message);
      setErrors(NO_ERRORS);
    } catch (err) {
      setErrors(toFormErrors(err, t, { captcha: ID.captcha }));
      altcha.current?.reset();
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout portalName={t('identity.layout.portnetIdName')} pageTitle={t('identity.forgot.title')}>
      <Text className={classes.kicker}>{t('identity.forgot.kicker')}</Text>
      <Title order={1} c="portnet.9" fz={{ base: 26, sm: 30 }} mt={4}>
        {t('identity.forgot.title')}
      </Title>
      {sent ? (
        <Stack mt="lg">
          <Alert
            color="green"
            icon={<IconMailCheck aria-hidden />}
            role="status"
            title={t('identity.forgot.sentTitle')}
          >
            {sent}
          </Alert>
          <Text size="sm" c="dark.6">
            {t('identity.forgot.sentHelp')}
          </Text>
          <Anchor href="/api/auth/login" fw={600}>
            {t('identity.forgot.back')}
          </Anchor>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Text c="dark.6" mt="xs" mb="lg">
            {t('identity.forgot.intro')}
          </Text>
          <ErrorSummary
            errors={errors}
            attempt={attempt}
            labels={{
              [ID.identifier]: t('identity.login.identifier'),
              [ID.captcha]: t('identity.login.captcha'),
            }}
          />
          <Stack gap="md">
            <TextInput
              id={ID.identifier}
              label={t('identity.login.identifier')}
              classNames={{ label: classes.label }}
              placeholder={t('identity.login.identifierPlaceholder')}
              description={t('identity.login.identifierHelp')}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              value={identifier}
              onChange={(e) => setIdentifier(e.currentTarget.value)}
              error={errors.fields[ID.identifier]}
              aria-invalid={errors.fields[ID.identifier] ? true : undefined}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              size="md"
            />
            <AltchaField
              ref={altcha}
              id={ID.captcha}
              error={errors.fields[ID.captcha]}
              aria-invalid={errors.fields[ID.captcha] ? true : undefined}
              onChange={setCaptcha}
            />
            <Button
              type="submit"
              size="md"
              fullWidth
              loading={busy}
              rightSection={<IconArrowRight size={20} aria-hidden />}
            >
              {t('identity.forgot.submit')}
            </Button>
            <Anchor href="/api/auth/login" size="sm" fw={600}>
              {t('identity.forgot.back')}
            </Anchor>
          </Stack>
        </form>
      )}
    </AuthLayout>
  );
}
