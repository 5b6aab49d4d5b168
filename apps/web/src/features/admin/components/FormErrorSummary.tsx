// The error-summary pattern for the administration forms: focused after each failed attempt, one
// link per problem to its field, and « Erreur : » before the page title while errors are shown.
import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FieldError {
  /** id of the field's input, target of the link. */
  fieldId: string;
  message: string;
}

export function FormErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const prefix = t('adminCatalogue.errors.titlePrefix');
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
      role="alert"
      aria-labelledby={titleId}
      title={<span id={titleId}>{t('adminCatalogue.errors.summaryTitle', { count: errors.length })}</span>}
    >
      <List size="sm" spacing={4}>
        {errors.map((e) => (
          <List.Item key={`${e.fieldId}-${e.message}`}>
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
