// Nouvelle réclamation (guide V.A): 1. Type de demande, 2. Service concerné, 3. Détails, then a
// review of the answers before « Envoyer ». Each step says « Étape n sur 3 » and names the next.

import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { TicketType, UploadedFile } from '@portail/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { getRouteApi, Link } from '@tanstack/react-router';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../app/session';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { useServices, useUploadRules } from '../api/services';
import { useCreateTicket } from '../api/tickets';
import { ErrorSummary, type FieldError } from '../components/ErrorSummary';
import { FileUploader } from '../components/FileUploader';
import { formatSize, REQUEST_TYPES } from '../components/labels';

type Step = 1 | 2 | 3 | 4;
const STEP_KEYS = { 1: 'type', 2: 'service', 3: 'details', 4: 'review' } as const;
const FIELD_IDS: Record<string, string> = {
  type: 'type-reclamation',
  serviceCode: 'service',
  subject: 'subject',
  description: 'description',
  attachmentIds: 'attachments',
};

const prefillRoute = getRouteApi('/aide/reclamations/nouvelle');

export default function NewTicketPage() {
  const { t } = useTranslation();
  const session = useSession();
  const services = useServices();
  const rules = useUploadRules();
  const create = useCreateTicket();
  const [step, setStep] = useState<Step>(1);
  const prefill = prefillRoute.useSearch();
  const [type, setType] = useState<TicketType | ''>(prefill.type ?? '');
  const [serviceCode, setServiceCode] = useState<string | null>(null);
  const [subject, setSubject] = useState(prefill.subject ?? '');
  const [description, setDescription] = useState(prefill.description ?? '');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [reference, setReference] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onBusy = useCallback((b: boolean) => setUploading(b), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: move focus to the new step's heading
  useEffect(() => {
    headingRef.current?.focus();
  }, [step, reference]);

  const fieldError = (field: string) => errors.find((e) => e.fieldId === FIELD_IDS[field])?.message;
  const service = services.data?.find((s) => s.code === serviceCode);

  const validate = (s: Step): FieldError[] => {
    const out: FieldError[] = [];
    if (s === 1 && !type) out.push({ fieldId: FIELD_IDS.type, message: t('helpCenter.new.errors.type') });
    if (s === 2 && !serviceCode)
      out.push({ fieldId: FIELD_IDS.serviceCode, message: t('helpCenter.new.errors.service') });
    if (s === 3) {
      if (subject.trim().length < 5)
        out.push({ fieldId: 'subject', message: t('helpCenter.new.errors.subject') });
      if (description.trim().length < 20)
        out.push({ fieldId: 'description', message: t('helpCenter.new.errors.description') });
      if (uploading) out.push({ fieldId: 'attachments', message: t('helpCenter.new.errors.uploading') });
    }
    return out;
  };

  const next = () => {
    const found = validate(step);
    setErrors(found);
    setAttempt((a) => a + 1);
    if (found.length === 0) setStep((s) => (s + 1) as Step);
  };

  const submit = async () => {
    try {
      const res = await create.mutateAsync({
        type: type as TicketType,
        serviceCode: serviceCode ?? '',
        subject: subject.trim(),
        description: description.trim(),
        attachmentIds: files.map((f) => f.id),
      });
      setErrors([]);
      setReference(res.reference);
    } catch (e) {
      const fields = e instanceof ApiError ? (e.details?.fields ?? []) : [];
      const mapped = fields
        .filter((f) => FIELD_IDS[f.path])
        .map((f) => ({ fieldId: FIELD_IDS[f.path], message: f.message }));
      setErrors(
        mapped.length > 0 ? mapped : [{ fieldId: 'submit', message: t('helpCenter.new.errors.server') }],
      );
      setAttempt((a) => a + 1);
      const first = fields[0]?.path;
      if (first === 'type') setStep(1);
      else if (first === 'serviceCode') setStep(2);
      else if (first) setStep(3);
    }
  };

  const crumbs = [{ label: t('help.title'), to: '/aide/faq' }, { label: t('help.options.newTicket.label') }];

  if (reference) {
    return (
      <>
        <PageHeader title={t('help.options.newTicket.label')} crumbs={crumbs} />
        <Paper withBorder p="xl" radius="md">
          <Stack gap="sm" align="flex-start">
            <Group gap="sm">
              <IconCircleCheck size={32} color="var(--mantine-color-green-8)" aria-hidden />
              <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
                {t('helpCenter.new.done.title')}
              </Title>
            </Group>
            <Text>
              {t('helpCenter.new.done.reference')}{' '}
              <Text span fw={700} ff="monospace" size="lg" data-testid="ticket-reference">
                {reference}
              </Text>
            </Text>
            <Text>{t('helpCenter.new.done.mail')}</Text>
            <Group>
              <Button component={Link} to={`/aide/reclamations/${reference}`}>
                {t('helpCenter.new.done.open')}
              </Button>
              <Button component={Link} to="/aide/reclamations" variant="default">
                {t('help.options.myTickets.label')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      </>
    );
  }

  if (session.isPending || services.isPending || rules.isPending)
    return <Loader aria-label={t('common.loading')} />;
  if (!session.data || services.isError || rules.isError || !rules.data) {
    return <Alert color="red">{t('helpCenter.loadError')}</Alert>;
  }

  const stepName = (s: Step) => t(`helpCenter.new.steps.${STEP_KEYS[s]}`);
  const serviceData = (['import', 'export', 'general'] as const)
    .map((g) => ({
      group: t(`helpCenter.new.serviceGroups.${g}`),
      items: (services.data ?? [])
        .filter((s) => s.group === g)
        .map((s) => ({ value: s.code, label: s.label })),
    }))
    .filter((g) => g.items.length > 0);

  return (
    <>
      <PageHeader title={t('help.options.newTicket.label')} crumbs={crumbs} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <Paper withBorder p="xl" radius="md">
        <Stack gap="lg">
          <div>
            {step <= 3 ? (
              <Text size="sm" fw={600} c="portnet.8">
                {t('helpCenter.new.stepOf', { n: step, total: 3 })}
              </Text>
            ) : null}
            <Title order={2} size="h3" ref={headingRef} tabIndex={-1}>
              {stepName(step)}
            </Title>
            {step < 4 ? (
              <Text size="sm" c="dimmed">
                {t('helpCenter.new.nextStep', { name: stepName((step + 1) as Step) })}
              </Text>
            ) : null}
          </div>

          {step === 1 ? (
            <Radio.Group
              label={t('helpCenter.new.fields.type')}
              description={t('helpCenter.new.fields.typeHint')}
              value={type}
              onChange={(v) => setType(v as TicketType)}
              error={fieldError('type')}
              withAsterisk
            >
              <Stack gap="sm" mt="sm">
                {REQUEST_TYPES.map((code) => (
                  <Radio
                    key={code}
                    id={`type-${code}`}
                    value={code}
                    label={t(`helpCenter.types.${code}`)}
                    description={t(`helpCenter.typeHints.${code}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
          ) : null}

          {step === 2 ? (
            <Select
              id="service"
              label={t('helpCenter.new.fields.service')}
              description={t('helpCenter.new.fields.serviceHint')}
              placeholder={t('helpCenter.new.fields.servicePlaceholder')}
              data={serviceData}
              value={serviceCode}
              onChange={setServiceCode}
              searchable
              nothingFoundMessage={t('helpCenter.new.fields.serviceNone')}
              error={fieldError('serviceCode')}
              withAsterisk
              maw={520}
              comboboxProps={{ withinPortal: true }}
            />
          ) : null}

          {step === 3 ? (
            <Stack gap="md">
              <TextInput
                id="subject"
                label={t('helpCenter.new.fields.subject')}
                description={t('helpCenter.new.fields.subjectHint')}
                value={subject}
                onChange={(e) => setSubject(e.currentTarget.value)}
                maxLength={150}
                error={fieldError('subject')}
                withAsterisk
              />
              <Textarea
                id="description"
                label={t('helpCenter.new.fields.description')}
                description={t('helpCenter.new.fields.descriptionHint')}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
                autosize
                minRows={5}
                maxLength={5000}
                error={fieldError('description')}
                withAsterisk
              />
              <FileUploader
                id="attachments"
                rules={rules.data}
                csrfToken={session.data.csrfToken}
                value={files}
                onChange={setFiles}
                error={fieldError('attachmentIds')}
                onBusy={onBusy}
              />
            </Stack>
          ) : null}

          {step === 4 ? (
            <Stack gap="md">
              <Text>{t('helpCenter.new.reviewIntro')}</Text>
              <dl className="help-review">
                <ReviewItem
                  label={t('helpCenter.new.steps.type')}
                  onEdit={() => setStep(1)}
                  editLabel={t('helpCenter.new.edit', { what: t('helpCenter.new.steps.type') })}
                >
                  {type ? t(`helpCenter.types.${type}`) : ''}
                </ReviewItem>
                <ReviewItem
                  label={t('helpCenter.new.steps.service')}
                  onEdit={() => setStep(2)}
                  editLabel={t('helpCenter.new.edit', { what: t('helpCenter.new.steps.service') })}
                >
                  {service?.label}
                </ReviewItem>
                <ReviewItem
                  label={t('helpCenter.new.fields.subject')}
                  onEdit={() => setStep(3)}
                  editLabel={t('helpCenter.new.edit', { what: t('helpCenter.new.fields.subject') })}
                >
                  {subject}
                </ReviewItem>
                <ReviewItem
                  label={t('helpCenter.new.fields.description')}
                  onEdit={() => setStep(3)}
                  editLabel={t('helpCenter.new.edit', { what: t('helpCenter.new.fields.description') })}
                >
                  <span style={{ whiteSpace: 'pre-wrap' }}>{description}</span>
                </ReviewItem>
                <ReviewItem
                  label={t('helpCenter.upload.label')}
                  onEdit={() => setStep(3)}
                  editLabel={t('helpCenter.new.edit', { what: t('helpCenter.upload.label') })}
                >
                  {files.length === 0
                    ? t('helpCenter.new.noAttachment')
                    : files.map((f) => `${f.originalName} (${formatSize(f.sizeBytes)})`).join(', ')}
                </ReviewItem>
              </dl>
            </Stack>
          ) : null}

          <Group justify="space-between">
            {step > 1 ? (
              <Button
                variant="default"
                onClick={() => {
                  setErrors([]);
                  setStep((s) => (s - 1) as Step);
                }}
              >
                {t('helpCenter.new.previous')}
              </Button>
            ) : (
              <span />
            )}
            {step < 4 ? (
              <Button onClick={next}>{t('helpCenter.new.next')}</Button>
            ) : (
              <Button id="submit" onClick={submit} loading={create.isPending}>
                {t('helpCenter.new.send')}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>
      <Text size="sm" mt="md">
        <Anchor component={Link} to="/aide/faq">
          {t('helpCenter.new.seeFaq')}
        </Anchor>
      </Text>
    </>
  );
}

function ReviewItem({
  label,
  children,
  onEdit,
  editLabel,
}: {
  label: string;
  children: ReactNode;
  onEdit: () => void;
  editLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(140px, 1fr) 3fr auto',
        gap: 12,
        padding: '10px 0',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
      }}
    >
      <dt style={{ fontWeight: 600 }}>{label}</dt>
      <dd style={{ margin: 0 }}>{children}</dd>
      <dd style={{ margin: 0 }}>
        <Anchor component="button" type="button" size="sm" onClick={onEdit} aria-label={editLabel}>
          {t('helpCenter.new.editShort')}
        </Anchor>
      </dd>
    </div>
  );
}
