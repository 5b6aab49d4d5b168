import { Button, Menu } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from '../i18n';

const NATIVE: Record<Language, string> = { fr: 'Français', ar: 'العربية', en: 'English' };

export function LanguageSwitcher({ onChange }: { onChange?: (lang: Language) => void }) {
  const { t, i18n } = useTranslation();
  const current = i18n.language as Language;
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="portnet.8"
          leftSection={<IconLanguage size={18} aria-hidden />}
          aria-label={t('shell.language')}
          px="xs"
        >
          {current.toUpperCase()}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGES.map((lang) => (
          <Menu.Item
            key={lang}
            lang={lang}
            aria-current={lang === current ? 'true' : undefined}
            fw={lang === current ? 700 : 400}
            onClick={async () => {
              await changeLanguage(lang);
              onChange?.(lang);
            }}
          >
            {NATIVE[lang]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
