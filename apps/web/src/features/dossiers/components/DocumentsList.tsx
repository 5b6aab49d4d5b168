// Attached documents: preview (PDF and images) in a dialog without leaving the page, and download.
import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Image,
  Modal,
  Stack,
  Text,
  ThemeIcon,
  Tooltip,
} from '@mantine/core';
import type { DossierDetail } from '@portail/contracts';
import { IconDownload, IconExternalLink, IconEye, IconFileTypePdf, IconPhoto } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../../components/format';
import { useLabelOf } from '../../../components/localized';

type Doc = DossierDetail['documents'][number];

const size = (t: TFunction, bytes: number) =>
  bytes >= 1024 * 1024
    ? t('dossiers.dossier.documents.sizeMb', { n: formatNumber(bytes / (1024 * 1024), 1) })
    : t('dossiers.dossier.documents.sizeKb', { n: formatNumber(Math.max(1, Math.round(bytes / 1024)), 0) });

export function DocumentsList({ documents }: { documents: Doc[] }) {
  const { t } = useTranslation();
  const label = useLabelOf();
  const [open, setOpen] = useState<Doc | null>(null);
  if (documents.length === 0) return <Text c="dimmed">{t('dossiers.dossier.documents.empty')}</Text>;
  return (
    <>
      <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {documents.map((d, i) => {
          const pdf = d.mediaType === 'application/pdf';
          return (
            <Group
              component="li"
              key={d.id}
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py="xs"
              style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
            >
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <ThemeIcon variant="light" color={pdf ? 'red' : 'portnet'} size={36} aria-hidden>
                  {pdf ? <IconFileTypePdf size={20} /> : <IconPhoto size={20} />}
                </ThemeIcon>
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {d.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {label(d.kind)} · {size(t, d.size)} ·{' '}
                    {t('dossiers.dossier.documents.uploadedAt', { date: formatDateTime(d.uploadedAt) })}
                  </Text>
                </div>
              </Group>
              <Group gap={4} wrap="nowrap">
                {d.previewUrl ? (
                  <Tooltip label={t('dossiers.dossier.documents.preview')} withArrow>
                    <ActionIcon
                      variant="default"
                      size={36}
                      aria-label={t('dossiers.dossier.documents.previewOf', { name: d.name })}
                      onClick={() => setOpen(d)}
                    >
                      <IconEye size={18} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                ) : null}
                <Tooltip label={t('dossiers.dossier.documents.download')} withArrow>
                  <ActionIcon
                    component="a"
                    href={d.downloadUrl}
                    download={d.name}
                    variant="default"
                    size={36}
                    aria-label={t('dossiers.dossier.documents.downloadOf', { name: d.name })}
                  >
                    <IconDownload size={18} aria-hidden />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Group>
          );
        })}
      </Stack>
      <Modal
        opened={!!open}
        onClose={() => setOpen(null)}
        title={open ? t('dossiers.dossier.documents.previewOf', { name: open.name }) : ''}
        size="xl"
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {open?.previewUrl ? (
          <Stack gap="sm">
            {open.mediaType === 'application/pdf' ? (
              <iframe
                src={open.previewUrl}
                title={open.name}
                style={{ width: '100%', height: '70vh', border: '1px solid var(--mantine-color-gray-3)' }}
              />
            ) : open.mediaType.startsWith('image/') ? (
              <Image src={open.previewUrl} alt={open.name} fit="contain" mah="70vh" />
            ) : (
              <Text>{t('dossiers.dossier.documents.noPreview')}</Text>
            )}
            <Group justify="flex-end" gap="sm">
              <Anchor href={open.previewUrl} target="_blank" rel="noopener" size="sm">
                <Group gap={4} component="span">
                  <IconExternalLink size={16} aria-hidden />
                  {t('dossiers.dossier.documents.openNewTab')}
                </Group>
              </Anchor>
              <Button
                component="a"
                href={open.downloadUrl}
                download={open.name}
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t('dossiers.dossier.documents.download')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
