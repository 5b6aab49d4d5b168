// First sign-in without a device: enrol an authenticator app, then keep the 10 recovery codes
// before the sign-in resumes.
import { Alert, Loader, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enrolmentQuery, postEnrolment } from '../api/enrolment';
import classes from './AuthLayout.module.css';
import { reasonOf } from './errors';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpSetup } from './TotpSetup';

export function EnrolStep({
  uid,
  portalName,
  onExpired,
}: {
  uid: string;
  portalName: string;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const { data, isPending, isError, error } = useQuery(enrolmentQuery(uid));
  const [done, setDone] = useState<{ codes: string[]; redirectTo: string } | null>(null);

  const expired = isError && reasonOf(error) === 'interaction_expired';
  useEffect(() => {
    if (expired) onExpired();
  }, [expired, onExpired]);

  return (
    <section aria-labelledby="titre-enrolement">
      <Text className={classes.kicker}>{t('identity.enrol.kicker')}</Text>
      <Title order={1} id="titre-enrolement" c="portnet.9" fz={{ base: 24, sm: 28 }} mt={4}>
        {done ? t('identity.recovery.title') : t('identity.enrol.title')}
      </Title>
      <Text c="dark.6" mt="xs" mb="lg">
        {done ? t('identity.recovery.intro') : t('identity.enrol.intro')}
      </Text>
      {done ? (
        <RecoveryCodes
          codes={done.codes}
          continueLabel={t('identity.recovery.continueTo', { portal: portalName })}
          onContinue={() => window.location.assign(done.redirectTo)}
        />
      ) : isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : isError ? (
        <Alert color="red">{t('identity.errors.server')}</Alert>
      ) : (
        <TotpSetup
          enrolment={data}
          onConfirm={async (code) => {
            const res = await postEnrolment(uid, { code });
            setDone({ codes: res.recoveryCodes, redirectTo: res.redirectTo ?? '/portail/tableau-de-bord' });
          }}
        />
      )}
    </section>
  );
}
