// /connexion/:uid — the Portnet ID authentication page (guide, section I). Portnet ID sends the
// browser here with the uid of its sign-in transaction; the page shows the step the server names:
// identifiers and CAPTCHA, then the MFA code, or the first enrolment of a device.
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import type { InteractionStep } from '@portail/contracts';
import { IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interactionQuery, useInteraction } from '../api/interaction';
import { AuthLayout } from '../components/AuthLayout';
import { EnrolStep } from '../components/EnrolStep';
import { LoginStep } from '../components/LoginStep';
import { MfaStep } from '../components/MfaStep';

export default function SignInPage() {
  const { t } = useTranslation();
  const { uid } = useParams({ strict: false }) as { uid: string };
  const queryClient = useQueryClient();
  const { data, isPending, isError } = useInteraction(uid);
  const [step, setStep] = useState<InteractionStep | null>(null);
  const [expired, setExpired] = useState(false);
  const current = step ?? data?.step;
  const portalName = data?.client.name ?? t('app.portalName');

  const title =
    current === 'mfa'
      ? t('identity.mfa.title')
      : current === 'enrol'
        ? t('identity.enrol.title')
        : t('identity.login.title');

  let body: React.ReactNode;
  if (expired || isError) {
    body = (
      <Stack>
        <Alert color="orange" title={t('identity.expired.title')} role="alert">
          {t('identity.expired.text')}
        </Alert>
        <Button component="a" href="/api/auth/login" leftSection={<IconRefresh size={18} aria-hidden />}>
          {t('identity.expired.restart')}
        </Button>
      </Stack>
    );
  } else if (isPending) {
    body = (
      <Stack align="center" py="xl">
        <Loader aria-hidden />
        <Text>{t('common.loading')}</Text>
      </Stack>
    );
  } else if (current === 'mfa') {
    body = (
      <MfaStep
        uid={uid}
        displayName={data.displayName}
        abortUrl={data.abortUrl}
        onExpired={() => setExpired(true)}
      />
    );
  } else if (current === 'enrol') {
    body = <EnrolStep uid={uid} portalName={portalName} onExpired={() => setExpired(true)} />;
  } else {
    body = (
      <LoginStep
        uid={uid}
        initialIdentifier={data.identifier ?? ''}
        onExpired={() => setExpired(true)}
        onNext={async (next) => {
          // The display name is known once the password is accepted.
          await queryClient.invalidateQueries({ queryKey: interactionQuery(uid).queryKey });
          setStep(next);
        }}
      />
    );
  }

  return (
    <AuthLayout portalName={portalName} pageTitle={title}>
      {body}
    </AuthLayout>
  );
}
