import type { TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo, type RefObject, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../../../shared/domain';
import { transactionColumns } from '../../components/transaction-columns';
import type { HistoryNames } from './use-history';
import type { HistorySelection } from './use-history-selection';

/** What the parent passed last: the table's columns and handlers call it, not a copy. */
export type LatestHistoryProps = RefObject<{
  readonly onOpen: (txn: Transaction) => void;
  readonly selection: HistorySelection;
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  readonly onLoadMore: () => void;
}>;

/** How close to the end of the list (in pixels) the next page starts loading. */
const LOAD_AHEAD = 600;

/** A row's name: its payee, else its category, else its kind. */
function rowTitle(names: HistoryNames, t: TFunction, txn: Transaction): string {
  return (
    (txn.counterpartyId ? names.partyById.get(txn.counterpartyId)?.name : undefined) ??
    names.categoryOf(txn) ??
    t(`transactions.kinds.${txn.kind}`)
  );
}

/** `compute` for each row object once; later calls with the same row return the first answer. */
function oncePerRow<R extends object>(compute: (txn: Transaction) => R): (txn: Transaction) => R {
  const answers = new WeakMap<Transaction, R>();
  return (txn) => {
    let answer = answers.get(txn);
    if (!answer) answers.set(txn, (answer = compute(txn)));
    return answer;
  };
}

/** History's columns, the same object until the language or the names change. */
export function useHistoryColumns(names: HistoryNames, latest: LatestHistoryProps) {
  const { t } = useTranslation();
  return useMemo(
    () =>
      transactionColumns({
        t,
        accountById: names.accountById,
        details: (txn) => {
          const party = txn.counterpartyId ? names.partyById.get(txn.counterpartyId) : undefined;
          const category = names.categoryOf(txn);
          const title = rowTitle(names, t, txn);
          return {
            title: (
              <button
                type="button"
                className="purse-history-open"
                onClick={() => latest.current.onOpen(txn)}
                aria-label={t('history.openTransaction', { what: title })}
              >
                {title}
              </button>
            ),
            more: [
              party ? category : null,
              txn.memo,
              txn.tags?.map((tag) => `#${tag}`).join(' '),
              txn.reconciled?.length
                ? t('history.reconciledMark')
                : txn.cleared?.length
                  ? t('history.clearedMark')
                  : null,
            ]
              .filter(Boolean)
              .join(' · '),
          };
        },
        between: [
          {
            key: 'kind',
            title: t('history.kind'),
            width: 150,
            render: (_value, txn) =>
              txn.voidedBy
                ? `${t(`transactions.kinds.${txn.kind}`)} · ${t('history.detail.voided')}`
                : t(`transactions.kinds.${txn.kind}`),
          },
        ],
        widths: { date: 210, account: 220, amount: 160 },
      }),
    [t, names, latest],
  );
}

/** The row checkboxes, the same object until the language, the names or the ticks change. */
export function useHistoryRowSelection(
  names: HistoryNames,
  tickedKeys: string[],
  latest: LatestHistoryProps,
) {
  const { t } = useTranslation();
  // antd asks for every loaded row's checkbox props whenever the rows change: each row's
  // label is worked out once, not once per row per page loaded.
  const labelOf = useMemo(
    () =>
      oncePerRow((txn) => ({
        'aria-label': t('history.bulk.tick', { what: rowTitle(names, t, txn) }),
      })),
    [t, names],
  );
  return useMemo(
    (): TableProps<Transaction>['rowSelection'] => ({
      selectedRowKeys: tickedKeys,
      columnWidth: 48,
      onChange: (keys, _rows, info) => {
        const { selection: current } = latest.current;
        if (info.type === 'all') {
          if (keys.length) current.tickAll();
          else current.clear();
          return;
        }
        const now = new Set(keys as string[]);
        const was = new Set(tickedKeys);
        current.tick(
          [...now].filter((id) => !was.has(id)),
          true,
        );
        current.tick(
          [...was].filter((id) => !now.has(id)),
          false,
        );
      },
      getCheckboxProps: labelOf,
    }),
    [labelOf, tickedKeys, latest],
  );
}

/** A row's double click opens it; scrolling near the end loads the next page. */
export function useHistoryRowHandlers(latest: LatestHistoryProps) {
  return useMemo(
    () => ({
      onRow: (txn: Transaction) => ({ onDoubleClick: () => latest.current.onOpen(txn) }),
      onScroll: (event: UIEvent<HTMLDivElement>) => {
        const box = event.currentTarget;
        const { hasMore, loadingMore, onLoadMore } = latest.current;
        if (
          hasMore &&
          !loadingMore &&
          box.scrollHeight - box.scrollTop - box.clientHeight < LOAD_AHEAD
        )
          onLoadMore();
      },
    }),
    [latest],
  );
}
