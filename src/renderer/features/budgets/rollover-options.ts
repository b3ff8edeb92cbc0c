import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLLOVERS, type Rollover } from '../../../shared/budgets';

/** The three rollover rules, named in the UI language. */
export function useRolloverOptions(): { value: Rollover; label: string }[] {
  const { t } = useTranslation();
  return useMemo(
    () => ROLLOVERS.map((value) => ({ value, label: t(`budgets.rollovers.${value}`) })),
    [t],
  );
}
