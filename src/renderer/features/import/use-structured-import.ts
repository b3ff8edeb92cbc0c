import { useState } from 'react';
import type { Account } from '../../../shared/domain';
import type { PurseError } from '../../../shared/errors';
import type { DateOrder } from '../../../shared/imports';
import type { StructuredFormat } from '../../../shared/import/formats/format-problem';
import { asPurseError } from '../../api/call-purse';
import type { ImportStep } from './import-state';
import { useProblemMessage } from './problem-message';
import { checkStructuredFile } from './structured-flow';

/**
 * The import of an OFX, QIF or CAMT statement: read whole in the account's currency and
 * checked by the ledger, then shown at the check step (`show`). What went wrong is kept
 * here: a file problem in words, or the ledger's refusal.
 */
export function useStructuredImport(
  account: Account | undefined,
  timeZone: string,
  show: (step: ImportStep) => void,
) {
  const problemMessage = useProblemMessage();
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<PurseError | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (file: File, format: StructuredFormat, dateOrder?: DateOrder) => {
    // The file picker opens only once an account is chosen.
    if (!account) return;
    setProblem(null);
    setError(null);
    setBusy(true);
    try {
      const result = await checkStructuredFile(file, format, account, timeZone, dateOrder);
      if (!result.ok) setProblem(problemMessage(result.problem));
      else
        show({
          step: 'check',
          file,
          structured: result.read,
          read: result.read,
          check: result.check,
        });
    } catch (thrown) {
      setError(asPurseError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setProblem(null);
    setError(null);
  };

  return { read, reset, problem, error, busy };
}
