// Keyset paging: « Page précédente » / « Page suivante » follow the cursors the server returns; the
// page size is a choice; the range shown is « Demandes 21 à 40 ».
import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../components/format';
import { PAGE_SIZE_CHOICES as PAGE_SIZES } from '../search';

export function ListPager({
  page,
  size,
  count,
  hasPrevious,
  hasNext,
  onPrevious,
  onNext,
  onSize,
}: {
  page: number;
  size: number;
  count: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onSize: (size: number) => void;
}) {
  const { t } = useTranslation();
  const from = (page - 1) * size + 1;
  return (
    <Group justify="space-between" gap="sm" mt="sm" wrap="wrap">
      <NativeSelect
        label={t('dossiers.list.pageSize')}
        data={PAGE_SIZES.map(String)}
        value={String(size)}
        onChange={(e) => onSize(Number(e.currentTarget.value))}
        size="sm"
        styles={{
          root: { display: 'flex', alignItems: 'center', gap: 8 },
          label: { whiteSpace: 'nowrap' },
          input: { width: 76 },
        }}
      />
      <nav aria-label={t('dossiers.list.pagination')}>
        <Group gap="xs" wrap="wrap" justify="flex-end">
          {count > 0 ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('dossiers.list.pageRange', { from: formatNumber(from), to: formatNumber(from + count - 1) })}
            </Text>
          ) : null}
          <Button
            variant="default"
            size="sm"
            leftSection={<IconChevronLeft size={16} aria-hidden className="flip-rtl" />}
            disabled={!hasPrevious}
            onClick={onPrevious}
          >
            {t('dossiers.list.previous')}
          </Button>
          <Button
            variant="default"
            size="sm"
            rightSection={<IconChevronRight size={16} aria-hidden className="flip-rtl" />}
            disabled={!hasNext}
            onClick={onNext}
          >
            {t('dossiers.list.next')}
          </Button>
        </Group>
      </nav>
    </Group>
  );
}
