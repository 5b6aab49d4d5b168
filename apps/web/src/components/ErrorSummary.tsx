// The error-summary pattern shared by the portal's forms (GOV.UK / DSFR): focused after each failed
// attempt, one link per problem that moves focus to its field, and « Erreur : » before the page
// title while errors are shown. Each feature passes its own translated title and prefix, so the
// component depends on no feature's catalogue.
import { Alert, Anchor, List } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';

export interface FieldError {
  /** id of the field's input, target of the link. */
  fieldId: string;
  message: string;
}

export function ErrorSummary({
  errors,
  attempt,
  title,
  titlePrefix,
}: {
  errors: FieldError[];
  /** incremented on every failed submit: the summary takes the focus again */
  attempt: number;
  title: string;
  /** « Erreur : » in the reader's language */
  titlePrefix: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus();
    if (!document.title.startsWith(titlePrefix)) document.title = `${titlePrefix}${document.title}`;
    return () => {
      if (document.title.startsWith(titlePrefix)) document.title = document.title.slice(titlePrefix.length);
    };
  }, [errors.length, attempt, titlePrefix]);
  if (errors.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red.9"
      variant="outline"
      role="alert"
      aria-labelledby={titleId}
      mb="lg"
      title={<span id={titleId}>{title}</span>}
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
