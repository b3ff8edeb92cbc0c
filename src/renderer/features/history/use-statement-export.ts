import { useCallback, useEffect, useRef, useState } from 'react';
import type { PurseError } from '../../../shared/errors';
import type { HistoryFilters } from '../../../shared/history';
import type { FigureTotals } from '../../../shared/month-figures';
import { usePurseMutation } from '../../api/use-purse-mutation';

export type ExportState =
  | { readonly step: 'idle' }
  | { readonly step: 'choosing' }
  | { readonly step: 'writing'; readonly rows: number; readonly expected: number }
  | { readonly step: 'cancelling'; readonly rows: number; readonly expected: number }
  | {
      readonly step: 'done';
      readonly rows: number;
      /** The statement's figures per currency (spending, income, net, to people). */
      readonly summary: readonly FigureTotals[];
    }
  | { readonly step: 'cancelled' }
  | { readonly step: 'failed'; readonly error: PurseError };

/**
 * Runs a statement export: main asks where to save (the OS dialog), then the UI pulls one
 * chunk at a time so it can show progress and stop; Cancel (or leaving) removes the file.
 */
export function useStatementExport() {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  const begin = usePurseMutation('statements.exportBegin');
  const next = usePurseMutation('statements.exportNext');
  const cancelCall = usePurseMutation('statements.exportCancel');
  const running = useRef<{ id: string; stop: boolean } | null>(null);
  const { mutateAsync: cancelAsync } = cancelCall;

  const start = useCallback(
    async (filters: HistoryFilters, language: 'en' | 'zh', headers?: readonly string[]) => {
      setState({ step: 'choosing' });
      try {
        const started = await begin.mutateAsync({
          filters,
          language,
          ...(headers ? { headers: [...headers] } : {}),
        });
        if (started.exportId === null) {
          setState({ step: 'idle' });
          return;
        }
        const job = { id: started.exportId, stop: false };
        running.current = job;
        const expected = started.transactions;
        setState({ step: 'writing', rows: 0, expected });
        for (;;) {
          const progress = await next.mutateAsync({ exportId: job.id });
          if (job.stop) return;
          if (progress.done) {
            setState({ step: 'done', rows: progress.rows, summary: started.summary });
            break;
          }
          setState({ step: 'writing', rows: progress.rows, expected });
        }
      } catch (error) {
        if (!running.current?.stop) setState({ step: 'failed', error: error as PurseError });
      } finally {
        running.current = null;
      }
    },
    [begin, next],
  );

  const cancel = useCallback(async () => {
    const job = running.current;
    if (!job) return;
    job.stop = true;
    setState((current) =>
      current.step === 'writing' ? { ...current, step: 'cancelling' } : current,
    );
    await cancelAsync({ exportId: job.id }).catch(() => undefined);
    setState({ step: 'cancelled' });
  }, [cancelAsync]);

  // Leaving the screen mid-export cancels it, so no half file stays behind.
  useEffect(
    () => () => {
      const job = running.current;
      if (job) {
        job.stop = true;
        void cancelAsync({ exportId: job.id }).catch(() => undefined);
      }
    },
    [cancelAsync],
  );

  const reset = useCallback(() => setState({ step: 'idle' }), []);
  return { state, start, cancel, reset };
}
