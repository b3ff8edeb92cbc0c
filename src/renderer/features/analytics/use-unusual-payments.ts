import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../../shared/analytics';
import { usePurseQuery } from '../../api/use-purse-query';
import type { Names } from './use-names';

export type Unusual = MonthlyReport['unusual'][number];

/** The month's transactions behind the report's unusual payments: when each was, and what. */
export function useUnusualPayments(month: string, names: Names) {
  const { t } = useTranslation();
  const transactions = usePurseQuery('analytics.transactions', { from: month, to: month });
  const txnById = new Map((transactions.data ?? []).map((txn) => [txn.id, txn]));
  const transaction = (entry: Unusual) => txnById.get(entry.txnId);
  const title = (entry: Unusual) => {
    const txn = transaction(entry);
    if (!txn) return entry.txnId;
    if (txn.counterpartyId) return names.merchant(txn.counterpartyId);
    return txn.categoryId ? names.category(txn.categoryId) : t(`transactions.kinds.${txn.kind}`);
  };
  return { transaction, title };
}

export type UnusualPayments = ReturnType<typeof useUnusualPayments>;
