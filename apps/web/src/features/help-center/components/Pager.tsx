import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Pager({
  total,
  page,
  pageSize,
  onPage,
}: {
  total: number;
  page: number;
  pageSize: number;
  onPage: (p: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed" role="status">
        {t('helpCenter.list.count', { n: total })}
      </Text>
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({
            'aria-label': control === 'previous' ? t('helpCenter.list.previous') : t('helpCenter.list.next'),
          })}
          getItemProps={(p) => ({ 'aria-label': t('helpCenter.list.page', { page: p }) })}
        />
      ) : null}
    </Group>
  );
}
