import type { Dayjs } from 'dayjs';

/** What the record forms hold before submission: amounts stay text until parsed. */
export interface EntryValues {
  accountId?: string;
  categoryId?: string;
  amount?: string;
  occurredAt?: Dayjs;
  memo?: string;
  tags?: string[];
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
