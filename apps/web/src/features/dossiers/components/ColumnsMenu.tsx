// « Colonnes »: show or hide the list's columns; the choice is saved for this user and procedure.
import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import type { ListColumn } from '@portail/contracts';
import { IconColumns } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function ColumnsMenu({
  columns,
  visible,
  onChange,
  onReset,
  saving,
}: {
  columns: { key: ListColumn; label: string }[];
  visible: ListColumn[];
  onChange: (visible: ListColumn[]) => void;
  onReset: () => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <Popover position="bottom-end" shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconColumns size={16} aria-hidden />}
          loading={saving}
        >
          {t('dossiers.list.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Checkbox.Group
          value={visible}
          onChange={(v) => {
            // Keep at least one column and the definition's order.
            if (v.length === 0) return;
            onChange(columns.filter((c) => v.includes(c.key)).map((c) => c.key));
          }}
          label={
            <Text fw={700} size="sm" id={titleId}>
              {t('dossiers.list.columnsTitle')}
            </Text>
          }
        >
          <Stack gap={8} mt="xs">
            {columns.map((c) => (
              <Checkbox
                key={c.key}
                value={c.key}
                label={c.label}
                disabled={visible.length === 1 && visible[0] === c.key}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Button variant="subtle" size="compact-sm" mt="sm" onClick={onReset}>
          {t('dossiers.list.columnsReset')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
