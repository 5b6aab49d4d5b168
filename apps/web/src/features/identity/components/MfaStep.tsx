// Second factor: the 6-digit code of the registered authenticator app, or a recovery code.
import { Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postMfa } from '../api/mfa';
import classes from './AuthLayout.module.css';
import { ErrorSummary, type FormErrors, focusField, NO_ERRORS } from './ErrorSummary';
import { reasonOf, toFormErrors } from './errors';

const CODE_ID = 'code-verification';

export function MfaStep({
  uid,
  displayName,
  abortUrl,
  onExpired,
}: {
  uid: string;
  displayName: string | null;
  abortUrl: string;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const label = recovery ? t('identity.mfa.recoveryLabel') : t('identity.mfa.codeLabel');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const clean = code.replace(/\s/g, '');
    const valid = recovery ? /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/.test(clean) : /^\d{6}$/.test(clean);
    if (!valid) {
      setErrors({
        fields: {
          [CODE_ID]: recovery ? t('identity.errors.recoveryFormat') : t('identity.errors.codeFormat'),
        },
      });
      return;
    }
    setBusy(true);
    try {
      const { redirectTo } = await postMfa(uid, { code: clean });
      window.location.assign(redirectTo);
    } catch (err) {
      setBusy(false);
      if (reasonOf(err) === 'interaction_expired') return onExpired();
      setErrors(toFormErrors(err, t, { code: CODE_ID }));
      setCode('');
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="titre-mfa">
      <Text className={classes.kicker}>{t('identity.mfa.kicker')}</Text>
      <Title order={1} id="titre-mfa" c="portnet.9" fz={{ base: 26, sm: 30 }} mt={4}>
        {t('identity.mfa.title')}
      </Title>
      {displayName && (
        <Text fw={600} mt="xs">
          {t('identity.mfa.hello', { name: displayName })}
        </Text>
      )}
      <Text c="dark.6" mt="xs" mb="lg">
        {recovery ? t('identity.mfa.recoveryIntro') : t('identity.mfa.intro')}
      </Text>
      <ErrorSummary errors={errors} attempt={attempt} labels={{ [CODE_ID]: label }} />
      <Stack gap="md">
        <TextInput
          key={recovery ? 'recovery' : 'totp'}
          id={CODE_ID}
          label={label}
          classNames={{ label: classes.label }}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={errors.fields[CODE_ID]}
          aria-invalid={errors.fields[CODE_ID] ? true : undefined}
          inputMode={recovery ? 'text' : 'numeric'}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          autoCapitalize="none"
          spellCheck={false}
          maxLength={recovery ? 14 : 7}
          placeholder={recovery ? t('identity.mfa.recoveryPlaceholder') : t('identity.mfa.codePlaceholder')}
          required
          size="md"
          autoFocus
          styles={{ input: { fontSize: 22, letterSpacing: recovery ? 2 : 8, fontFamily: 'monospace' } }}
        />
        <Button
          type="submit"
          size="md"
          fullWidth
          loading={busy}
          rightSection={<IconArrowRight size={20} aria-hidden />}
        >
          {t('identity.mfa.submit')}
        </Button>
        <Group justify="space-between" gap="xs">
          <Anchor
            component="button"
            type="button"
            size="sm"
            fw={600}
            onClick={() => {
              setRecovery((r) => !r);
              setCode('');
              setErrors(NO_ERRORS);
              requestAnimationFrame(() => focusField(CODE_ID));
            }}
          >
            {recovery ? t('identity.mfa.useApp') : t('identity.mfa.useRecovery')}
          </Anchor>
          <Anchor href={abortUrl} size="sm" c="dark.6">
            {t('identity.mfa.cancel')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
