// The shared error summary with the help centre's wording.
import { useTranslation } from 'react-i18next';
import { type FieldError, ErrorSummary as SharedErrorSummary } from '../../../components/ErrorSummary';

export type { FieldError };

export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  return (
    <SharedErrorSummary
      errors={errors}
      attempt={attempt}
      title={t('helpCenter.errors.summaryTitle')}
      titlePrefix={t('helpCenter.errors.titlePrefix')}
    />
  );
}
