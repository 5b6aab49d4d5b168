// The error summary above a form (GOV.UK / DSFR pattern): focused when errors appear, each error a
// link that moves focus to its field. Fields carry their own message and aria-invalid.
import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FormErrors {
  /** field id → message */
  fields: Record<string, string>;
  /** a message not tied to one field */
  general?: string;
}

export const NO_ERRORS: FormErrors = { fields: {} };

export const hasErrors = (e: FormErrors) => Boolean(e.general) || Object.keys(e.fields).length > 0;

/** Focuses a field by id; a CAPTCHA container focuses the checkbox inside it. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target =
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLButtonElement
      ? el
      : (el.querySelector<HTMLElement>('input, button, [tabindex]') ?? el);
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({
  errors,
  labels,
  attempt,
}: {
  errors: FormErrors;
  /** field id → the field's label, shown before its message */
  labels?: Record<string, string>;
  /** changes on every submission so a repeated error is announced and focused again */
  attempt: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const visible = hasErrors(errors);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus on each submission
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [attempt, visible]);
  if (!visible) return null;
  const entries = Object.entries(errors.fields);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('identity.errors.summaryTitle')}
      role="alert"
      mb="md"
      data-testid="error-summary"
    >
      {errors.general && <div>{errors.general}</div>}
      {entries.length > 0 && (
        <List size="sm" mt={errors.general ? 'xs' : 0} spacing={2}>
          {entries.map(([id, message]) => (
            <List.Item key={id}>
              <Anchor
                href={`#${id}`}
                c="red.9"
                fw={600}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(id);
                }}
              >
                {labels?.[id] ? `${labels[id]} : ${message}` : message}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
