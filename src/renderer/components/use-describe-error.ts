import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type DescribableError } from '../i18n/describe-error';
import { useFormattingLocale } from '../i18n/use-locale';

/** describeError bound to the current language. */
export function useDescribeError(): (error: DescribableError) => string {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  return useCallback((error) => describeError(error, t, locale), [t, locale]);
}
