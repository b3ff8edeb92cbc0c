import type { ReactNode } from 'react';
import type { BillOccurrence } from '../../../shared/bills';
import { OccurrenceRow } from './occurrence-row';
import type { OccurrenceActions } from './use-occurrence-actions';

export interface OccurrenceRowsProps {
  readonly occurrences: readonly BillOccurrence[];
  readonly today: string;
  readonly actions: Pick<OccurrenceActions, 'pay' | 'skip'>;
  /** Said instead of the list when it has no rows. */
  readonly empty: ReactNode;
  /** The bill's name is the heading already (on its own detail screen). */
  readonly hideName?: boolean;
  readonly 'aria-label'?: string;
  readonly 'aria-labelledby'?: string;
}

/** A list of due dates as rows with Pay and Skip, or a line saying there are none. */
export function OccurrenceRows({
  occurrences,
  today,
  actions,
  empty,
  hideName,
  ...labelling
}: OccurrenceRowsProps) {
  if (occurrences.length === 0) {
    return <p className="purse-muted purse-bill-section__empty">{empty}</p>;
  }
  return (
    <ul className="purse-bill-rows" {...labelling}>
      {occurrences.map((occurrence) => (
        <OccurrenceRow
          key={`${occurrence.billId}|${occurrence.dueDate}`}
          occurrence={occurrence}
          today={today}
          actions={actions}
          hideName={hideName}
        />
      ))}
    </ul>
  );
}
