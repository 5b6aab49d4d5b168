// Bulk (re)assignment from the list (chef de service): the list passes the selected dossier ids;
// the chef picks an agent, seeing each agent's workload. All or nothing on the server.
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionApi, useDossierAction } from '../api/actions';
import { ActionError } from './ActionModal';
import { useAgentOptions } from './AssignDialog';

export function BulkAssignButton({ dossierIds, onDone }: { dossierIds: number[]; onDone?: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="light" disabled={dossierIds.length === 0} onClick={() => setOpened(true)}>
        {t('processing.bulkAssign.button', { count: dossierIds.length })}
      </Button>
      {opened && (
        <BulkAssignDialog
          dossierIds={dossierIds}
          onClose={(done) => {
            setOpened(false);
            if (done) onDone?.();
          }}
        />
      )}
    </>
  );
}

function BulkAssignDialog({
  dossierIds,
  onClose,
}: {
  dossierIds: number[];
  onClose: (done?: boolean) => void;
}) {
  const { t } = useTranslation();
  const [agent, setAgent] = useState<string | null>(null);
  const options = useAgentOptions();
  const m = useDossierAction((assigneeId: number) => actionApi.bulkAssign({ dossierIds, assigneeId }));
  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={t('processing.bulkAssign.title')}
      centered
      closeButtonProps={{ 'aria-label': t('processing.common.close') }}
    >
      <Stack>
        <Text size="sm">{t('processing.bulkAssign.intro', { count: dossierIds.length })}</Text>
        <Select
          label={t('processing.assign.agent')}
          data={options.data}
          value={agent}
          onChange={setAgent}
          searchable
          required
        />
        <ActionError error={m.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose()}>
            {t('processing.common.cancel')}
          </Button>
          <Button
            loading={m.isPending}
            disabled={!agent}
            onClick={() => agent && m.mutate(Number(agent), { onSuccess: () => onClose(true) })}
          >
            {t('processing.assign.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
