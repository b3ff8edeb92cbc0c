import type { Account } from '../../../shared/domain';
import type { DateOrder, ImportCheck } from '../../../shared/imports';
import type { StructuredFormat } from '../../../shared/import/formats/format-problem';
import { readStructuredStatement } from '../../../shared/import/formats/read-structured';
import type { StructuredRead } from '../../../shared/import/formats/structured-read';
import type { FileProblem } from '../../../shared/import/read-statement';
import { callPurse } from '../../api/call-purse';
import { commitInput } from './commit-input';
import { fileSource } from './file-source';

export type StructuredCheck =
  | { readonly ok: true; readonly read: StructuredRead; readonly check: ImportCheck }
  | { readonly ok: false; readonly problem: FileProblem };

/**
 * Reads an OFX, QIF or CAMT statement whole in the account's currency, then asks the ledger
 * what importing it would do. There is nothing to map, so it goes straight to the check.
 * A refusal by the ledger (`imports.check`) is thrown, as PurseError.
 */
export async function checkStructuredFile(
  file: File,
  format: StructuredFormat,
  account: Account,
  timeZone: string,
  dateOrder?: DateOrder,
): Promise<StructuredCheck> {
  const result = await readStructuredStatement(fileSource(file), format, {
    currency: account.currency,
    timeZone,
    ...(dateOrder ? { dateOrder } : {}),
  });
  if (!result.ok) return result;
  const check = await callPurse(
    'imports.check',
    commitInput(account.id, timeZone, format, result.read, true),
  );
  return { ok: true, read: result.read, check };
}
