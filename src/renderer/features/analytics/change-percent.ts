import { useTranslation } from 'react-i18next';
import type { CategoryChange } from '../../../shared/analytics';

/** A category's change against its 3-month average as "+12%", or that it has no history. */
export function useChangePercent() {
  const { t } = useTranslation();
  return (change: CategoryChange) =>
    change.changePercent === null
      ? t('analytics.report.noHistory')
      : `${change.changePercent > 0 ? '+' : ''}${change.changePercent}%`;
}
