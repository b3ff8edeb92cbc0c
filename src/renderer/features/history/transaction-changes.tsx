import { Timeline } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { EditField, TransactionChange, TransactionValues } from '../../../shared/corrections';
import { usePurseQuery } from '../../api/use-purse-query';
import { DateTime } from '../../components/date-time';
import { Money } from '../../components/money';
import { TitledSection } from '../../components/titled-section';
import type { HistoryNames } from './use-history';

/** A field's value before a change, in words the person knows. */
function OldValue({
  field,
  before,
  currency,
  names,
}: {
  readonly field: EditField;
  readonly before: TransactionValues;
  readonly currency: CurrencyCode;
  readonly names: HistoryNames;
}): ReactNode {
  const { t } = useTranslation();
  const none = t('history.changes.none');
  switch (field) {
    case 'amount':
      return <Money minor={before.amount} currency={currency} />;
    case 'occurredAt':
      return <DateTime value={before.occurredAt} />;
    case 'accountId':
    case 'toAccountId': {
      const id = before[field];
      return id ? (names.accountById.get(id)?.name ?? t('transactions.unknownAccount')) : none;
    }
    case 'categoryId':
      return names.category(before.categoryId) ?? none;
    case 'counterpartyId':
      return before.counterpartyId
        ? (names.partyById.get(before.counterpartyId)?.name ?? none)
        : none;
    case 'tags':
      return before.tags?.length ? before.tags.map((tag) => `#${tag}`).join(' ') : none;
    case 'splits':
      return before.splits?.length ? (
        <>
          {before.splits.map((line, index) => (
            <span key={index}>
              {index ? ', ' : ''}
              {names.category(line.categoryId) ?? none}{' '}
              <Money minor={line.amount} currency={currency} />
            </span>
          ))}
        </>
      ) : (
        none
      );
    case 'memo':
    case 'timeZone':
      return before[field] ?? none;
  }
}

interface ChangesProps {
  readonly currency: CurrencyCode;
  readonly names: HistoryNames;
}

function ChangeLine({ change, currency, names }: ChangesProps & { change: TransactionChange }) {
  const { t } = useTranslation();
  const before = change.before;
  return (
    <div className="purse-history-change">
      <div>
        <strong>{t(`history.changes.kinds.${change.kind}`)}</strong> <DateTime value={change.at} />
      </div>
      {before && change.fields.length ? (
        <ul className="purse-history-change__fields">
          {change.fields.map((field) => (
            <li key={field}>
              {t('history.changes.was', { field: t(`history.changes.fields.${field}`) })}{' '}
              <OldValue field={field} before={before} currency={currency} names={names} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** What has been done to a transaction since it was recorded, oldest first, with old values. */
export function TransactionChanges({ id, ...shown }: ChangesProps & { readonly id: string }) {
  const { t } = useTranslation();
  const changes = usePurseQuery('transactions.changes', { id });
  if (!changes.data?.length) return null;
  return (
    <TitledSection title={t('history.changes.title')} level={3} titleClassName="purse-card-title">
      <Timeline
        items={changes.data.map((change) => ({
          key: change.operationId,
          content: <ChangeLine change={change} {...shown} />,
        }))}
      />
    </TitledSection>
  );
}
