import type { ReactNode } from 'react';
import './detail-list.css';

export interface DetailItem {
  readonly key: string;
  readonly label: ReactNode;
  readonly value: ReactNode;
  /** A row that stands out: the total, what is paid. */
  readonly strong?: boolean;
}

/**
 * Label on the left, value on the right (money right-aligned in tabular digits): the rows
 * of a confirmation sheet, a result page or a receipt. A description list for screen readers.
 */
export function DetailList({
  items,
  className,
}: {
  readonly items: readonly (DetailItem | null | false)[];
  readonly className?: string;
}) {
  return (
    <dl className={['purse-detail-list', className].filter(Boolean).join(' ')}>
      {items
        .filter((item): item is DetailItem => Boolean(item))
        .map((item) => (
          <div
            key={item.key}
            className={`purse-detail-list__row${item.strong ? ' purse-detail-list__row--strong' : ''}`}
            data-row={item.key}
          >
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
    </dl>
  );
}
