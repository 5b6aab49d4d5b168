// The error-summary pattern shared by the portal's forms (GOV.UK / DSFR): focused after each failed
// attempt, one link per problem that moves focus to its field, and « Erreur : » before the page
// title while errors are shown. Each feature passes its own translated title and prefix, so the
// component depends on no feature's catalogue.
import { Alert, Anchor, List } from '@mantine/core';
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface FieldError {
  /** id of the field's input, target of the link. */
  fieldId: string;
  message: string;
}

/** Moves focus to a field and brings it into view (the links' default). */
export function focusFieldById(id: string): void {
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

export function ErrorSummary({
  errors,
  attempt,
  title,
  titlePrefix,
  general,
  focusField = focusFieldById,
  testId,
}: {
  errors: FieldError[];
  /** incremented on every failed submit: the summary takes the focus again */
  attempt: number;
  title: string;
  /** « Erreur : » in the reader's language, put before the page title (none when left out) */
  titlePrefix?: string;
  /** a problem tied to no field, shown above the links */
  general?: ReactNode;
  /** how a link reaches its field (e.g. the checkbox inside a CAPTCHA container) */
  focusField?: (fieldId: string) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const visible = errors.length > 0 || Boolean(general);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on every failed attempt
  useEffect(() => {
    if (!visible) return;
    ref.current?.focus();
    if (!titlePrefix) return;
    if (!document.title.startsWith(titlePrefix)) document.title = `${titlePrefix}${document.title}`;
    return () => {
      if (document.title.startsWith(titlePrefix)) document.title = document.title.slice(titlePrefix.length);
    };
  }, [visible, attempt, titlePrefix]);
  if (!visible) return null;
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
      data-testid={testId}
    >
      {general ? <div>{general}</div> : null}
      <List size="sm" spacing={4} mt={general && errors.length > 0 ? 'xs' : 0}>
        {errors.map((e) => (
          <List.Item key={`${e.fieldId}-${e.message}`}>
            <Anchor
              href={`#${e.fieldId}`}
              c="red.9"
              fw={600}
              onClick={(ev) => {
                ev.preventDefault();
                focusField(e.fieldId);
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
