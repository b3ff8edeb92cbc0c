import { useState } from 'react';
import { systemTimeZone } from '../../../shared/dates';
import type { Account } from '../../../shared/domain';
import type { PurseError } from '../../../shared/errors';
import type { DateOrder, ImportSettings, SavedMapping } from '../../../shared/imports';
import { sniffStatementFormat } from '../../../shared/import/formats/read-structured';
import {
  inspectStatement,
  readStatement,
  type ReadingChoice,
} from '../../../shared/import/read-statement';
import { asPurseError, callPurse } from '../../api/call-purse';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { commitInput } from './commit-input';
import { fileSource, nextFrame } from './file-source';
import type { ImportStep } from './import-state';
import { useProblemMessage } from './problem-message';
import { useStructuredImport } from './use-structured-import';

/**
 * Where the import is and how it moves on: the file is inspected, read chunk by chunk by the
 * shared parser and checked by the ledger; only checked rows are committed. An OFX, QIF or
 * CAMT statement (known by its content) is read whole and goes straight to the check.
 */
export function useImportFlow(accounts: readonly Account[], mappings: readonly SavedMapping[]) {
  const saveMapping = usePurseMutation('imports.saveMapping');
  const commit = usePurseMutation('imports.commit');
  const problemMessage = useProblemMessage();
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  const [accountId, setAccountId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checkError, setCheckError] = useState<PurseError | null>(null);
  const account = accounts.find((candidate) => candidate.id === accountId);
  const timeZone = systemTimeZone();

  const structured = useStructuredImport(account, timeZone, setState);

  const chooseFile = async (file: File) => {
    setProblem(null);
    setCheckError(null);
    structured.reset();
    setBusy(true);
    try {
      const format = await sniffStatementFormat(fileSource(file));
      if (format) return await structured.read(file, format);
      const inspected = await inspectStatement(fileSource(file), mappings);
      if (!inspected.ok) setProblem(problemMessage(inspected.problem));
      else
        setState({ step: 'map', file, shape: inspected.shape, settings: inspected.shape.settings });
    } finally {
      setBusy(false);
    }
  };

  /** Reads a QIF file again with the day/month order the person chose. */
  const changeDateOrder = (order: DateOrder) => {
    if (state.step === 'check' && state.structured)
      void structured.read(state.file, state.structured.format, order);
  };

  const readFile = async () => {
    if (state.step !== 'map' || !account) return;
    setProblem(null);
    setCheckError(null);
    setProgress(0);
    const result = await readStatement(fileSource(state.file), state.shape, state.settings, {
      currency: account.currency,
      timeZone,
      onProgress: setProgress,
      yieldBetweenChunks: nextFrame,
    });
    setProgress(null);
    if (!result.ok) {
      setProblem(problemMessage(result.problem));
      return;
    }
    setBusy(true);
    try {
      const check = await callPurse(
        'imports.check',
        commitInput(account.id, timeZone, state.settings.profile, result.read, true),
      );
      setState({ ...state, step: 'check', read: result.read, check });
    } catch (thrown) {
      setCheckError(asPurseError(thrown));
    } finally {
      setBusy(false);
    }
  };

  const commitRows = async (goodRowsOnly: boolean) => {
    if (state.step !== 'check' || !account) return;
    commit.reset();
    const profile = state.structured ? state.structured.format : state.settings.profile;
    const outcome = await commit
      .mutateAsync(commitInput(account.id, timeZone, profile, state.read, goodRowsOnly))
      .catch(() => null);
    if (!outcome) return;
    // Remembered only once the import worked: the next file from this source maps itself.
    if (state.shape) {
      saveMapping.mutate({
        signature: state.shape.signature,
        settings: state.settings,
        accountId: account.id,
      });
    }
    setState({ step: 'done', outcome });
  };

  const restart = () => {
    commit.reset();
    setProblem(null);
    setCheckError(null);
    structured.reset();
    setState({ step: 'choose' });
  };

  const changeReading = async (choice: ReadingChoice) => {
    if (state.step !== 'map') return;
    setProblem(null);
    const inspected = await inspectStatement(fileSource(state.file), mappings, choice);
    if (!inspected.ok) setProblem(problemMessage(inspected.problem));
    else setState({ ...state, shape: inspected.shape, settings: inspected.shape.settings });
  };

  /** The category the person chose for one row of the preview (by line and amount). */
  const chooseCategory = (line: number, amount: number, categoryId: string) => {
    if (state.step !== 'check') return;
    const rows = state.read.rows.map((row) =>
      row.line === line && row.amount === amount ? { ...row, categoryId } : row,
    );
    setState({ ...state, read: { ...state.read, rows } });
  };

  const changeSettings = (settings: ImportSettings) => {
    if (state.step === 'map') setState({ ...state, settings });
  };

  const backToMapping = () => {
    if (state.step !== 'check') return;
    // A structured statement has no mapping: back is the file choice.
    if (!state.shape) restart();
    else setState({ step: 'map', file: state.file, shape: state.shape, settings: state.settings });
  };

  return {
    state,
    accountId,
    setAccountId,
    busy: busy || structured.busy,
    progress,
    problem: problem ?? structured.problem,
    checkError: checkError ?? structured.error,
    committing: commit.isPending,
    commitError: commit.error,
    chooseFile,
    changeDateOrder,
    readFile,
    changeSettings,
    changeReading,
    chooseCategory,
    account,
    timeZone,
    backToMapping,
    commitRows,
    restart,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
