import type { Dayjs } from 'dayjs';
import type { SplitLineValues } from '../../components/split-lines-field';

/** What the record forms hold before submission: amounts stay text until parsed. */
export interface EntryValues {
  accountId?: string;
  categoryId?: string;
  amount?: string;
  occurredAt?: Dayjs;
  memo?: string;
  tags?: string[];
  /** The lines of a split, when the person splits it across categories. */
  splits?: SplitLineValues[];
}

export interface TransferValues {
  accountId?: string;
  toAccountId?: string;
  amount?: string;
  occurredAt?: Dayjs;
  memo?: string;
}

/** Field names a server VALIDATION issue may point at. */
export const RECORD_FIELDS = [
  'accountId',
  'toAccountId',
  'categoryId',
  'amount',
  'occurredAt',
  'memo',
  'tags',
] as const;
