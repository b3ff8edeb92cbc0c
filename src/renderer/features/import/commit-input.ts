import type { MethodInput } from '../../../shared/contract';
import type { ImportProfileId } from '../../../shared/imports';
import type { StatementRead } from '../../../shared/import/read-statement';

/** What `imports.check` and `imports.commit` get for a statement that was read. */
export function commitInput(
  accountId: string,
  timeZone: string,
  profile: ImportProfileId,
  read: StatementRead,
  goodRowsOnly: boolean,
): MethodInput<'imports.commit'> {
  return {
    accountId,
    timeZone,
    profile,
    rows: [...read.rows],
    rejectedRows: read.rejectedCount,
    goodRowsOnly,
    ...(read.closingBalance ? { closingBalance: read.closingBalance } : {}),
  };
}
