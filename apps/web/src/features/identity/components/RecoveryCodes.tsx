// The 10 recovery codes, shown once: copy, print, and an explicit « J'ai conservé mes codes »
// before going on.
import { Alert, Button, Checkbox, Group, Paper, SimpleGrid, Text } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconAlertTriangle, IconCopy, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function RecoveryCodes({
  codes,
  continueLabel,
  onContinue,
}: {
  codes: string[];
  continueLabel: string;
  onContinue: () => void;
}) {
  const { t } = useTranslation();
  const clipboard = useClipboard({ timeout: 2500 });
  const [kept, setKept] = useState(false);
  return (
    <div>
      <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} mb="md">
        {t('identity.recovery.warning')}
      </Alert>
      <Paper withBorder p="md" radius="md" bg="gray.0">
        <SimpleGrid
          cols={2}
          spacing="xs"
          component="ol"
          aria-label={t('identity.recovery.listLabel')}
          data-testid="recovery-codes"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {codes.map((c) => (
            <Text
              key={c}
              component="li"
              ff="monospace"
              fw={700}
              size="md"
              ta="center"
              style={{ letterSpacing: 1 }}
            >
              {c}
            </Text>
          ))}
        </SimpleGrid>
      </Paper>
      <Group mt="sm" gap="xs">
        <Button
          variant="default"
          leftSection={<IconCopy size={16} aria-hidden />}
          onClick={() => clipboard.copy(codes.join('\n'))}
        >
          {clipboard.copied ? t('identity.recovery.copied') : t('identity.recovery.copy')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} aria-hidden />}
          onClick={() => window.print()}
        >
          {t('identity.recovery.print')}
        </Button>
      </Group>
      <Checkbox
        mt="lg"
        checked={kept}
        onChange={(e) => setKept(e.currentTarget.checked)}
        label={t('identity.recovery.kept')}
      />
      <Button mt="md" fullWidth disabled={!kept} onClick={onContinue}>
        {continueLabel}
      </Button>
    </div>
  );
}
