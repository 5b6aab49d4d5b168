// Identity's form errors (field id → message, plus a general message) and their summary above a
// form, drawn by the portal's shared ErrorSummary. Fields carry their own message and aria-invalid.
import { useTranslation } from 'react-i18next';
import { ErrorSummary as SharedErrorSummary } from '../../../components/ErrorSummary';

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

/** The shared error summary (components/ErrorSummary) fed with identity's form errors: a field's
 * label before its message, a general message above, links that reach a CAPTCHA's checkbox. */
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
  return (
    <SharedErrorSummary
      errors={Object.entries(errors.fields).map(([fieldId, message]) => ({
        fieldId,
        message: labels?.[fieldId] ? `${labels[fieldId]} : ${message}` : message,
      }))}
      general={errors.general}
      attempt={attempt}
      title={t('identity.errors.summaryTitle')}
      titlePrefix={t('identity.errors.titlePrefix')}
      focusField={focusField}
      testId="error-summary"
    />
  );
}
