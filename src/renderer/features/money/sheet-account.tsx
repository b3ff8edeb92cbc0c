import type { Account } from '../../../shared/domain';
import type { DetailItem } from '../../components/detail-list';

/** The account money leaves, with its balance now: a line of every confirmation sheet. */
export function SheetAccount({
  name,
  balance,
}: {
  readonly name: string | undefined;
  /** "Balance ¥120.00", already in words. */
  readonly balance: string;
}) {
  return (
    <span className="purse-sheet-account">
      <span>{name}</span>
      <span className="purse-muted">{balance}</span>
    </span>
  );
}

/** The sheet's row of the account money leaves: its name and `balance` ("Balance ¥120.00"). */
export function sheetAccountRow(
  key: string,
  label: string,
  account: Account,
  balance: string,
): DetailItem {
  return { key, label, value: <SheetAccount name={account.name} balance={balance} /> };
}
