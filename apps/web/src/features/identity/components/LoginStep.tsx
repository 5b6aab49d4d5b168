// « CONNEXION — Accéder à mon espace »: IDENTIFIANT, MOT DE PASSE, the CAPTCHA, « Se souvenir de
// moi », « SE CONNECTER → ». The server answers with the same message for an unknown identifier, a
// wrong password or a locked account (S8); the page never tells them apart either.
import { Anchor, Button, Checkbox, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { LoginResponse } from '@portail/contracts';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postLogin } from '../api/login';
import { AltchaField, type AltchaHandle } from './AltchaField';
import classes from './AuthLayout.module.css';
import { ErrorSummary, type FormErrors, NO_ERRORS } from './ErrorSummary';
import { reasonOf, toFormErrors } from './errors';

const ID = { identifier: 'identifiant', password: 'mot-de-passe', captcha: 'captcha' } as const;

export function LoginStep({
  uid,
  initialIdentifier,
  onNext,
  onExpired,
}: {
  uid: string;
  initialIdentifier: string;
  onNext: (step: LoginResponse['step']) => void;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const [identifier, setIdentifier] = useState(initialIdentifier);
  const [password, setPassword] = useState('');
  const [remember, setRemember] = useState(false);
  const [captcha, setCaptcha] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const altcha = useRef<AltchaHandle>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((a) => a + 1);
    const fields: Record<string, string> = {};
    if (!identifier.trim()) fields[ID.identifier] = t('identity.errors.identifierRequired');
    if (!password) fields[ID.password] = t('identity.errors.passwordRequired');
    if (!captcha) fields[ID.captcha] = t('identity.errors.captchaRequired');
    if (Object.keys(fields).length > 0) {
      setErrors({ fields });
      return;
    }
    setBusy(true);
    try {
      const res = await postLogin(uid, {
        identifier: identifier.trim(),
        password,
        captcha: captcha!,
        remember,
      });
      onNext(res.step);
    } catch (err) {
      if (reasonOf(err) === 'interaction_expired') return onExpired();
      setErrors(toFormErrors(err, t, { captcha: ID.captcha, credentials: ID.password }));
      setPassword('');
      // A CAPTCHA solution is single use (S6): the next attempt needs a new one.
      altcha.current?.reset();
    } finally {
      setBusy(false);
    }
  };

  const labels = {
    [ID.identifier]: t('identity.login.identifier'),
    [ID.password]: t('identity.login.password'),
    [ID.captcha]: t('identity.login.captcha'),
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="titre-connexion">
      <Text className={classes.kicker}>{t('identity.login.kicker')}</Text>
      <Title order={1} id="titre-connexion" c="portnet.9" fz={{ base: 26, sm: 30 }} mt={4}>
        {t('identity.login.title')}
      </Title>
      <Text c="dark.6" mt="xs" mb="lg">
        {t('identity.login.intro')}
      </Text>
      <ErrorSummary errors={errors} attempt={attempt} labels={labels} />
      <Stack gap="md">
        <TextInput
          id={ID.identifier}
          name="username"
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
        <PasswordInput
          id={ID.password}
          name="password"
          label={t('identity.login.password')}
          classNames={{ label: classes.label }}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={errors.fields[ID.password]}
          aria-invalid={errors.fields[ID.password] ? true : undefined}
          autoComplete="current-password"
          required
          size="md"
          visibilityToggleButtonProps={{ 'aria-label': t('identity.password.toggle') }}
        />
        <AltchaField ref={altcha} id={ID.captcha} error={errors.fields[ID.captcha]} onChange={setCaptcha} />
        <Group justify="space-between" gap="xs">
          <Checkbox
            label={t('identity.login.remember')}
            checked={remember}
            onChange={(e) => setRemember(e.currentTarget.checked)}
          />
          <Anchor component={Link} to="/connexion/mot-de-passe-oublie" size="sm" fw={600}>
            {t('identity.login.forgot')}
          </Anchor>
        </Group>
        <Button
          type="submit"
          size="md"
          fullWidth
          loading={busy}
          rightSection={<IconArrowRight size={20} aria-hidden />}
        >
          {t('identity.login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
