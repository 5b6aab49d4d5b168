// « Se connecter » (top right) opens this window: the portal families by profile, each with its own
// « Se connecter » (guide, section I.A).
import { Button, Group, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconBuildingBank,
  IconBuildingCommunity,
  IconShieldCheck,
  IconTruckDelivery,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './PublicLayout.module.css';

export const SignInModalContext = createContext<() => void>(() => {});
/** Opens the « Se connecter » window from anywhere in the public site. */
export const useOpenSignIn = () => useContext(SignInModalContext);

const FAMILIES = [
  { key: 'administrations', to: '/nos-services/portails-administrations', icon: IconBuildingCommunity },
  { key: 'operators', to: '/nos-services', hash: 'operateurs', icon: IconTruckDelivery },
  { key: 'banks', to: '/portails/banques', icon: IconBuildingBank },
  { key: 'customs', to: '/portails/douanes', icon: IconShieldCheck },
] as const;

export function SignInModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={
        <Text fw={700} size="lg" component="span">
          {t('public.signInModal.title')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
      centered
    >
      <Text size="sm" c="dimmed" mb="md">
        {t('public.signInModal.intro')}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {FAMILIES.map(({ key, to, icon: Icon, ...rest }) => (
          <li key={key} className={classes.familyRow} data-family={key}>
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
                <ThemeIcon size={42} radius="md" variant="light" aria-hidden>
                  <Icon size={24} />
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text fw={700} id={`famille-${key}`}>
                    {t(`public.signInModal.families.${key}.name`)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t(`public.signInModal.families.${key}.audience`)}
                  </Text>
                </div>
              </Group>
              <Button
                component={Link}
                to={to}
                hash={'hash' in rest ? rest.hash : undefined}
                onClick={onClose}
                aria-describedby={`famille-${key}`}
                style={{ flexShrink: 0 }}
              >
                {t('public.signIn')}
              </Button>
            </Group>
          </li>
        ))}
      </Stack>
    </Modal>
  );
}
