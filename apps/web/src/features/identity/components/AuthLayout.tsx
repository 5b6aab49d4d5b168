// The Portnet ID page of the guide: the brand panel (PORTNET, the portal's name, « Connexion
// sécurisée · Disponibilité 24/24 · Performance et traçabilité ») beside the form, and the footer
// « © 2026 PORTNET S.A. ». Stacks on small screens.
import { Box, Group, Text, Title } from '@mantine/core';
import { IconClockHour4, IconShieldLock, IconTimeline } from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../../components/LanguageSwitcher';
import { PortnetLogo } from '../../../components/PortnetLogo';
import { AuthBackdrop } from './AuthBackdrop';
import classes from './AuthLayout.module.css';

export function AuthLayout({
  portalName,
  pageTitle,
  children,
}: {
  /** The portal the user signs in to (« Portail MIC »). */
  portalName: string;
  /** For the browser tab. */
  pageTitle: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${pageTitle} — ${portalName} — PORTNET`;
  }, [pageTitle, portalName]);
  return (
    <div className={classes.page}>
      <a href="#contenu" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <Box component="header" className={classes.brand}>
        <AuthBackdrop />
        <div className={classes.brandContent}>
          <a href="/" aria-label={t('identity.layout.homeLink')} style={{ display: 'inline-flex' }}>
            <PortnetLogo inverted height={32} />
          </a>
          <Title order={2} c="white" mt={{ base: 'sm', md: 56 }} fz={{ base: 22, md: 40 }} lh={1.1}>
            {portalName}
          </Title>
          <ul className={classes.points} style={{ marginTop: 16 }}>
            <li>
              <IconShieldLock size={18} aria-hidden />
              {t('identity.layout.secure')}
            </li>
            <li>
              <IconClockHour4 size={18} aria-hidden />
              {t('identity.layout.available')}
            </li>
            <li>
              <IconTimeline size={18} aria-hidden />
              {t('identity.layout.traceable')}
            </li>
          </ul>
        </div>
        <Text
          className={`${classes.brandContent} ${classes.brandFoot}`}
          size="sm"
          c="gray.2"
          visibleFrom="md"
          maw={420}
        >
          {t('identity.layout.portnetId')}
        </Text>
      </Box>
      <div className={classes.panel}>
        <Group justify="flex-end" w="100%" maw={480} mb="xs">
          <LanguageSwitcher />
        </Group>
        <main id="contenu" tabIndex={-1} className={`${classes.card} ${classes.main}`}>
          {children}
        </main>
        {/* A Latin line: kept left-to-right inside Arabic pages. */}
        <Text component="footer" size="sm" c="dimmed" mt="xl" dir="ltr">
          {t('identity.layout.copyright')}
        </Text>
      </div>
    </div>
  );
}
