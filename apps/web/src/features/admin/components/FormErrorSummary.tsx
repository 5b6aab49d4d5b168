// The shared error summary with the administration forms' wording.
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type FieldError } from '../../../components/ErrorSummary';

export type { FieldError };

export function FormErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const { t } = useTranslation();
  return (
    <ErrorSummary
      errors={errors}
      attempt={attempt}
      title={t('adminCatalogue.errors.summaryTitle', { count: errors.length })}
      titlePrefix={t('adminCatalogue.errors.titlePrefix')}
    />
  );
}
