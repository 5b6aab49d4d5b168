// The frame every action dialog shares: a titled modal, the server's refusal in an alert
// (translated by its stable code, with the server's detail), and Annuler / confirm buttons.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';

export interface DossierActionProps {
  dossier: import('@portail/contracts').DossierDetail;
  action: { action: string; label: string };
  onClose: (done?: boolean) => void;
}

export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'INTERNAL';
  const fields = error instanceof ApiError ? (error.details?.fields ?? []) : [];
  // A refusal the client knows by its `details.reason` is said in the user's language.
  const reason = error instanceof ApiError ? error.details?.reason : undefined;
  if (reason === 'REASON_NOT_OFFERED' || reason === 'REASON_UNKNOWN') {
    const codes = (error as ApiError).details?.codes;
    return (
      <Alert color="red" variant="light" title={t('processing.errors.VALIDATION')} role="alert">
        {t(`processing.errors.reasons.${reason}`, {
          codes: Array.isArray(codes) ? codes.join(', ') : '',
          count: Array.isArray(codes) ? codes.length : 1,
        })}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      title={t(`processing.errors.${code}`, { defaultValue: t('processing.errors.INTERNAL') })}
      role="alert"
    >
      {error instanceof Error ? error.message : null}
      {fields.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {fields.map((f) => (
            <li key={`${f.path}${f.message}`}>{f.message}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}

export function ActionModal({
  title,
  onClose,
  onSubmit,
  submitLabel,
  pending,
  error,
  color,
  children,
  size = 'lg',
  disabled,
}: {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  color?: string;
  children?: ReactNode;
  size?: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      size={size}
      centered
      closeButtonProps={{ 'aria-label': t('processing.common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {children}
          <ActionError error={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('processing.common.cancel')}
            </Button>
            <Button type="submit" loading={pending} color={color} disabled={disabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
