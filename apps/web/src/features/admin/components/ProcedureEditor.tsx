// The edit form of a procedure's editable parts. Saving creates a new version; the version being
// edited is sent back so a concurrent save is refused (409) instead of silently overwritten.
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AdminProcedureDetail, Localized, ProcedureEditBody } from '@portail/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { saveProcedure } from '../api/procedures';
import { type FieldError, FormErrorSummary } from './FormErrorSummary';
import { useLocalized } from './ProcedureView';

const LANGS = ['fr', 'ar', 'en'] as const;
const MEDIA = ['application/pdf', 'image/png', 'image/jpeg'] as const;
type Media = (typeof MEDIA)[number];
const REASON_KINDS = ['rejet', 'avis'] as const;
type ReasonKind = (typeof REASON_KINDS)[number];
type Draft = Omit<ProcedureEditBody, 'sla' | 'documents' | 'reasons'> & {
  sla: { amount: number | string; unit: 'working_days' | 'working_hours'; nearBreachHours: number | string };
  /** `fresh`: added in this form, so its code may still be typed. */
  documents: (ProcedureEditBody['documents'][number] & { fresh?: boolean })[];
  /** Ticked reason codes per kind (every active one when the procedure does not restrict). */
  reasons: Record<ReasonKind, string[]>;
};

/** The active reasons of a kind the editor offers to tick (the detail lists `avis` as `opinion`,
 * empty when the procedure asks no other body for an opinion). */
const activeReasons = (detail: AdminProcedureDetail, kind: ReasonKind) =>
  detail.reasons[kind === 'rejet' ? 'rejet' : 'opinion'].filter((r) => r.active);

const fid = (path: string) => `proc-${path.replaceAll('.', '-')}`;

function ticked(detail: AdminProcedureDetail, kind: ReasonKind): string[] {
  const active = activeReasons(detail, kind).map((r) => r.code);
  const chosen = detail.definition.reasons?.[kind];
  return chosen ? active.filter((c) => chosen.includes(c)) : active;
}

function draftOf(detail: AdminProcedureDetail): Draft {
  const d = detail.definition;
  const near = (d.sla as { nearBreachHours?: number }).nearBreachHours;
  return {
    version: detail.version,
    name: { ...d.name },
    categories: d.categories.map((c) => ({ code: c.code, label: { ...c.label } })),
    sla: { amount: d.sla.amount, unit: d.sla.unit, nearBreachHours: near ?? '' },
    documents: d.documents.map((x) => ({ ...x, label: { ...x.label }, mediaTypes: [...x.mediaTypes] })),
    reasons: {
      rejet: ticked(detail, 'rejet'),
      avis: ticked(detail, 'avis'),
    },
    note: '',
  };
}

export function ProcedureEditor({
  detail,
  onDone,
  onReload,
}: {
  detail: AdminProcedureDetail;
  onDone: () => void;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const p = 'adminCatalogue.procedures';
  const e = 'adminCatalogue.errors';
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(detail));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const code = detail.definition.code;
  const loc = useLocalized();

  const save = useMutation({
    mutationFn: (body: ProcedureEditBody) => saveProcedure(code, body),
    onSuccess: (saved) => {
      client.setQueryData(['admin', 'procedures', code, 'current'], saved);
      void client.invalidateQueries({ queryKey: ['admin', 'procedures'] });
      notifications.show({
        color: 'teal.9',
        closeButtonProps: { 'aria-label': t('common.close') },
        message: t(`${p}.saved`, { code, version: saved.version }),
      });
      onDone();
    },
    onError: (err) => {
      if (err instanceof ApiError && err.details?.fields) {
        setErrors(err.details.fields.map((f) => ({ fieldId: fid(f.path), message: f.message })));
        setAttempt((n) => n + 1);
      }
    },
  });

  const errorOf = (path: string) => errors.find((x) => x.fieldId === fid(path))?.message;

  function validate(): FieldError[] {
    const out: FieldError[] = [];
    const need = (path: string, value: string, what: string) => {
      if (!value.trim()) out.push({ fieldId: fid(path), message: t(`${e}.required`, { field: what }) });
    };
    for (const l of LANGS) need(`name.${l}`, draft.name[l], t(`${p}.nameIn.${l}`));
    const amount = Number(draft.sla.amount);
    if (draft.sla.amount === '' || !Number.isInteger(amount) || amount < 1 || amount > 365)
      out.push({ fieldId: fid('sla.amount'), message: t(`${e}.slaAmount`) });
    const near = draft.sla.nearBreachHours;
    if (near !== '' && (!Number.isInteger(Number(near)) || Number(near) < 1 || Number(near) > 720))
      out.push({ fieldId: fid('sla.nearBreachHours'), message: t(`${e}.nearBreach`) });
    draft.categories.forEach((c, i) => {
      for (const l of LANGS)
        need(`categories.${i}.label.${l}`, c.label[l], t(`${p}.categoryLabelIn.${l}`, { code: c.code }));
    });
    const kinds = new Set<string>();
    draft.documents.forEach((d, i) => {
      const n = i + 1;
      if (!/^[a-z][a-z_]{1,39}$/.test(d.kind))
        out.push({ fieldId: fid(`documents.${i}.kind`), message: t(`${e}.documentKind`, { n }) });
      else if (kinds.has(d.kind))
        out.push({ fieldId: fid(`documents.${i}.kind`), message: t(`${e}.documentKindDuplicate`, { n }) });
      kinds.add(d.kind);
      for (const l of LANGS)
        need(`documents.${i}.label.${l}`, d.label[l], t(`${p}.documentLabelIn.${l}`, { n }));
      if (d.mediaTypes.length === 0)
        out.push({ fieldId: fid(`documents.${i}.mediaTypes`), message: t(`${e}.documentFormats`, { n }) });
    });
    for (const kind of REASON_KINDS)
      if (activeReasons(detail, kind).length > 0 && draft.reasons[kind].length === 0)
        out.push({
          fieldId: fid(`reasons.${kind}`),
          message: t(`${p}.reasonsEmpty`, { kind: t(`${p}.reasonsOfKind.${kind}`) }),
        });
    return out;
  }

  function submit(ev: React.FormEvent) {
    ev.preventDefault();
    const found = validate();
    setErrors(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    const near = draft.sla.nearBreachHours;
    save.mutate({
      ...draft,
      sla: {
        amount: Number(draft.sla.amount),
        unit: draft.sla.unit,
        ...(near !== '' ? { nearBreachHours: Number(near) } : {}),
      },
      documents: draft.documents.map(({ fresh: _fresh, ...d }) => d),
      reasons: Object.fromEntries(
        REASON_KINDS.filter((k) => activeReasons(detail, k).length > 0).map((k) => {
          const active = activeReasons(detail, k);
          // Every active reason ticked = no restriction (reasons created later are offered too).
          const all = active.every((r) => draft.reasons[k].includes(r.code));
          return [k, all ? null : draft.reasons[k]];
        }),
      ),
      note: draft.note?.trim() || undefined,
    });
  }

  const setLabel = (l: Localized, lang: keyof Localized, value: string): Localized => ({
    ...l,
    [lang]: value,
  });
  const langInput = (
    path: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    lang: string,
  ) => (
    <TextInput
      key={path}
      id={fid(path)}
      label={label}
      required
      value={value}
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      lang={lang}
      error={errorOf(path)}
      onChange={(ev) => onChange(ev.currentTarget.value)}
    />
  );
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const otherError =
    save.error && !conflict && !(save.error instanceof ApiError && save.error.details?.fields);

  return (
    <form onSubmit={submit} noValidate aria-labelledby="procedure-editor-title">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h4" id="procedure-editor-title">
            {t(`${p}.editTitle`, { code, version: detail.version })}
          </Title>
          <Text size="sm">{t(`${p}.editHelp`)}</Text>
        </Stack>
        <FormErrorSummary errors={errors} attempt={attempt} />
        {conflict ? (
          <Alert color="red.9" variant="outline" role="alert" title={t(`${p}.conflictTitle`)}>
            <Stack gap="xs">
              <Text size="sm">
                {t(`${p}.conflict`, {
                  mine: detail.version,
                  current: (save.error as ApiError).details?.currentVersion ?? '?',
                })}
              </Text>
              <Group>
                <Button
                  variant="default"
                  onClick={async () => {
                    await onReload();
                    onDone();
                  }}
                >
                  {t(`${p}.reload`)}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {otherError ? (
          <Alert color="red.9" variant="outline" role="alert">
            {save.error instanceof ApiError && save.error.status === 403
              ? t(`${p}.forbidden`)
              : save.error instanceof ApiError && save.error.code === 'VALIDATION'
                ? t(`${p}.unchanged`)
                : t('admin.loadError')}
          </Alert>
        ) : null}

        <Fieldset legend={t(`${p}.sections.names`)}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {LANGS.map((l) =>
              langInput(
                `name.${l}`,
                t(`${p}.nameIn.${l}`),
                draft.name[l],
                (v) => setDraft({ ...draft, name: setLabel(draft.name, l, v) }),
                l,
              ),
            )}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t(`${p}.sections.sla`)}>
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <NumberInput
              id={fid('sla.amount')}
              label={t(`${p}.slaAmount`)}
              required
              min={1}
              max={365}
              allowDecimal={false}
              value={draft.sla.amount}
              error={errorOf('sla.amount')}
              onChange={(v) => setDraft({ ...draft, sla: { ...draft.sla, amount: v } })}
            />
            <Select
              id={fid('sla.unit')}
              label={t(`${p}.slaUnit`)}
              required
              allowDeselect={false}
              data={(['working_days', 'working_hours'] as const).map((u) => ({
                value: u,
                label: t(`${p}.slaUnitNames.${u}`),
              }))}
              value={draft.sla.unit}
              onChange={(v) =>
                v && setDraft({ ...draft, sla: { ...draft.sla, unit: v as Draft['sla']['unit'] } })
              }
            />
            <NumberInput
              id={fid('sla.nearBreachHours')}
              label={t(`${p}.nearBreachLabel`)}
              description={t(`${p}.nearBreachHelp`)}
              min={1}
              max={720}
              allowDecimal={false}
              value={draft.sla.nearBreachHours}
              error={errorOf('sla.nearBreachHours')}
              onChange={(v) => setDraft({ ...draft, sla: { ...draft.sla, nearBreachHours: v } })}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t(`${p}.sections.categoriesEdit`)}>
          {draft.categories.length === 0 ? (
            <Text size="sm">{t(`${p}.none`)}</Text>
          ) : (
            <Stack gap="md">
              <Text size="sm">{t(`${p}.categoriesHelp`)}</Text>
              {draft.categories.map((c, i) => (
                <Fieldset key={c.code} legend={t(`${p}.categoryLegend`, { code: c.code })} variant="filled">
                  <SimpleGrid cols={{ base: 1, md: 3 }}>
                    {LANGS.map((l) =>
                      langInput(
                        `categories.${i}.label.${l}`,
                        t(`${p}.categoryLabelIn.${l}`, { code: c.code }),
                        c.label[l],
                        (v) =>
                          setDraft({
                            ...draft,
                            categories: draft.categories.map((x, j) =>
                              j === i ? { ...x, label: setLabel(x.label, l, v) } : x,
                            ),
                          }),
                        l,
                      ),
                    )}
                  </SimpleGrid>
                </Fieldset>
              ))}
            </Stack>
          )}
        </Fieldset>

        <Fieldset legend={t(`${p}.sections.documentsEdit`)}>
          <Stack gap="md">
            {draft.documents.map((d, i) => {
              const n = i + 1;
              const update = (patch: Partial<Draft['documents'][number]>) =>
                setDraft({
                  ...draft,
                  documents: draft.documents.map((x, j) => (j === i ? { ...x, ...patch } : x)),
                });
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a document's code may be edited while typing
                <Fieldset key={i} legend={t(`${p}.documentLegend`, { n })} variant="filled">
                  <Stack gap="sm">
                    <SimpleGrid cols={{ base: 1, md: 3 }}>
                      {LANGS.map((l) =>
                        langInput(
                          `documents.${i}.label.${l}`,
                          t(`${p}.documentLabelIn.${l}`, { n }),
                          d.label[l],
                          (v) => update({ label: setLabel(d.label, l, v) }),
                          l,
                        ),
                      )}
                    </SimpleGrid>
                    <Group align="flex-end" gap="lg" wrap="wrap">
                      <TextInput
                        id={fid(`documents.${i}.kind`)}
                        label={t(`${p}.documentKind`, { n })}
                        description={t(`${p}.documentKindHelp`)}
                        required
                        readOnly={!d.fresh}
                        value={d.kind}
                        error={errorOf(`documents.${i}.kind`)}
                        onChange={(ev) => update({ kind: ev.currentTarget.value })}
                        w={280}
                      />
                      <Checkbox
                        id={fid(`documents.${i}.required`)}
                        label={t(`${p}.documentMandatory`, { n })}
                        checked={d.required}
                        onChange={(ev) => update({ required: ev.currentTarget.checked })}
                      />
                    </Group>
                    <Checkbox.Group
                      id={fid(`documents.${i}.mediaTypes`)}
                      label={t(`${p}.documentFormats`, { n })}
                      required
                      value={d.mediaTypes}
                      error={errorOf(`documents.${i}.mediaTypes`)}
                      onChange={(v) => update({ mediaTypes: v as Media[] })}
                    >
                      <Group mt={4}>
                        {MEDIA.map((m) => (
                          <Checkbox key={m} value={m} label={t(`${p}.mediaTypes.${m.replace('/', '_')}`)} />
                        ))}
                      </Group>
                    </Checkbox.Group>
                    <Group>
                      <Button
                        variant="default"
                        color="red.9"
                        size="xs"
                        onClick={() =>
                          setDraft({ ...draft, documents: draft.documents.filter((_, j) => j !== i) })
                        }
                      >
                        {t(`${p}.removeDocument`, { n })}
                      </Button>
                    </Group>
                  </Stack>
                </Fieldset>
              );
            })}
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  setDraft({
                    ...draft,
                    documents: [
                      ...draft.documents,
                      {
                        kind: '',
                        label: { fr: '', ar: '', en: '' },
                        required: false,
                        mediaTypes: ['application/pdf'],
                        fresh: true,
                      },
                    ],
                  })
                }
              >
                {t(`${p}.addDocument`)}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <Fieldset legend={t(`${p}.sections.reasonsEdit`)}>
          <Stack gap="md">
            <Text size="sm">{t(`${p}.reasonsEditHelp`)}</Text>
            {REASON_KINDS.filter((k) => activeReasons(detail, k).length > 0).map((kind) => (
              <Checkbox.Group
                key={kind}
                id={fid(`reasons.${kind}`)}
                label={t(`${p}.reasonsOfKind.${kind}`)}
                required
                value={draft.reasons[kind]}
                error={errorOf(`reasons.${kind}`)}
                onChange={(v) => setDraft({ ...draft, reasons: { ...draft.reasons, [kind]: v } })}
              >
                <Stack gap={6} mt={6}>
                  {activeReasons(detail, kind).map((r) => (
                    <Checkbox key={r.code} value={r.code} label={`${r.code} — ${loc(r.label)}`} />
                  ))}
                </Stack>
              </Checkbox.Group>
            ))}
          </Stack>
        </Fieldset>

        <Textarea
          id={fid('note')}
          label={t(`${p}.note`)}
          description={t(`${p}.noteHelp`)}
          maxLength={500}
          autosize
          minRows={2}
          value={draft.note ?? ''}
          error={errorOf('note')}
          onChange={(ev) => setDraft({ ...draft, note: ev.currentTarget.value })}
        />

        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t(`${p}.saveVersion`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
