// The error-summary pattern: a focused summary at the top listing each problem as a link to its
// field, and « Erreur : » before the page title while errors are shown.
import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** id of the field's input, target of the link. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const prefix = t('helpCenter.errors.titlePrefix');
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus();
    if (!document.title.startsWith(prefix)) document.title = `${prefix}${document.title}`;
    return () => {
      if (document.title.startsWith(prefix)) document.title = document.title.slice(prefix.length);
    };
  }, [errors.length, attempt, prefix]);
  if (errors.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red.9"
      variant="outline"
      title={t('helpCenter.errors.summaryTitle')}
      role="alert"
      aria-labelledby="error-summary-title"
      mb="lg"
      styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
      classNames={{ title: 'error-summary-title' }}
      id="error-summary"
    >
      <span id="error-summary-title" className="visually-hidden">
        {t('helpCenter.errors.summaryTitle')}
      </span>
      <List size="sm" spacing={4}>
        {errors.map((e) => (
          <List.Item key={e.fieldId}>
            <Anchor
              href={`#${e.fieldId}`}
              c="red.9"
              fw={600}
              onClick={(ev) => {
                ev.preventDefault();
                const el = document.getElementById(e.fieldId);
                el?.focus();
                el?.scrollIntoView({ block: 'center' });
              }}
            >
              {e.message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
