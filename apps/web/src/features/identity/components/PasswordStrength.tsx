// Strength meter fed by the server's password check (the same rules that will accept or refuse
// the password: length, composition, common and context passwords), asked once typing pauses.
import { Group, List, Progress, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { usePasswordCheck } from '../api/passwordCheck';

const COLORS = ['red.8', 'red.8', 'orange.8', 'teal.8', 'green.8'];

export function PasswordStrength({
  id,
  password,
  username,
  token,
}: {
  id: string;
  password: string;
  username?: string;
  token?: string;
}) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(password, 350);
  const { data } = usePasswordCheck({ password: debounced, username, token });
  const result = password.length > 0 && debounced.length > 0 ? data : undefined;
  const score = result?.score ?? 0;
  return (
    <div id={id} aria-live="polite" data-testid="password-strength">
      <Group justify="space-between" mt={6} mb={4} gap="xs">
        <Text size="xs" fw={600} c="dark.6">
          {t('identity.strength.label')}
        </Text>
        <Text size="xs" fw={700} c={result ? COLORS[score] : 'dimmed'}>
          {result ? t(`identity.strength.levels.${score}`) : t('identity.strength.empty')}
        </Text>
      </Group>
      <Progress.Root size="sm">
        <Progress.Section
          value={result ? ((score + 1) / 5) * 100 : 0}
          color={COLORS[score]}
          aria-label={t('identity.strength.label')}
          aria-valuetext={result ? t(`identity.strength.levels.${score}`) : t('identity.strength.empty')}
        />
      </Progress.Root>
      {result && !result.accepted && result.reasons.length > 0 && (
        <List size="xs" mt={6} c="red.9" spacing={2} aria-label={t('identity.strength.refused')}>
          {result.reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      )}
      {result?.accepted && result.suggestions.length > 0 && (
        <Text size="xs" mt={6} c="dark.6">
          {result.suggestions.join(' ')}
        </Text>
      )}
    </div>
  );
}
