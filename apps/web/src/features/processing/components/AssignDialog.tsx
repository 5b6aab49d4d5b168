// « Assigner » (chef de service): choose an agent, seeing each one's current workload.
import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actionApi, useDossierAction } from '../api/actions';
import { useWorkload } from '../api/workload';
import { ActionModal, type DossierActionProps } from './ActionModal';

export function useAgentOptions() {
  const { t } = useTranslation();
  const workload = useWorkload();
  const data = (workload.data?.agents ?? []).map((a) => ({
    value: String(a.id),
    label: t('processing.assign.agentOption', { name: a.displayName, open: a.open, overdue: a.overdue }),
  }));
  return { data, loading: workload.isLoading };
}

export function AssignDialog({ dossier, onClose }: DossierActionProps) {
  const { t } = useTranslation();
  const [agent, setAgent] = useState<string | null>(dossier.assignee ? String(dossier.assignee.id) : null);
  const [touched, setTouched] = useState(false);
  const options = useAgentOptions();
  const m = useDossierAction((assigneeId: number) =>
    actionApi.assign(dossier.id, { version: dossier.version, assigneeId }),
  );
  return (
    <ActionModal
      title={t('processing.assign.title')}
      submitLabel={t('processing.assign.submit')}
      onClose={() => onClose()}
      onSubmit={() => {
        setTouched(true);
        if (agent) m.mutate(Number(agent), { onSuccess: () => onClose(true) });
      }}
      pending={m.isPending}
      error={m.error}
      size="md"
    >
      {dossier.assignee && (
        <Text size="sm">{t('processing.assign.current', { name: dossier.assignee.displayName })}</Text>
      )}
      <Select
        label={t('processing.assign.agent')}
        description={t('processing.assign.agentHelp')}
        data={options.data}
        value={agent}
        onChange={setAgent}
        searchable
        required
        error={touched && !agent ? t('processing.assign.agentRequired') : undefined}
        nothingFoundMessage={t('processing.assign.noAgent')}
      />
    </ActionModal>
  );
}

export default AssignDialog;
