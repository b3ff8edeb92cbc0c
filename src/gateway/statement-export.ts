import type { Clock } from '../shared/clock';
import type { LedgerApi, ParsedInput } from '../shared/contract';
import { PurseError } from '../shared/errors';
import type { HistoryCursor, HistoryFilters } from '../shared/history';
import type { ExportCancelled, ExportProgress, ExportStarted } from '../shared/exports';
import { newId } from '../shared/ids';
import type { FileSink, SaveTarget } from './file-sink';

/** Transactions per chunk: big enough to be quick, small enough to keep memory flat. */
export const STATEMENT_CHUNK = 2000;
/** Exports that may be open at once; one per window is the normal case. */
const MAX_OPEN = 4;
/** An export nobody asked about for this long was abandoned (window closed, crash): dropped. */
export const EXPORT_IDLE_MS = 5 * 60_000;

interface Job {
  readonly target: SaveTarget;
  readonly filters: HistoryFilters | undefined;
  readonly language: 'en' | 'zh';
  readonly headers: readonly string[] | undefined;
  cursor: HistoryCursor | undefined;
  balances: Record<string, number> | undefined;
  rows: number;
  touchedAt: number;
  busy: boolean;
  cancelled: boolean;
}

function stamp(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * A statement streamed into a file the person picked: the UI asks for one chunk at a time
 * (so it can show progress and cancel), the gateway writes each chunk and forgets it, and
 * the running balances travel from chunk to chunk. The UI never sees the file's path.
 */
export function statementExportHandlers(deps: {
  readonly ledger: LedgerApi;
  readonly files: FileSink;
  readonly clock: Clock;
  readonly chunk?: number;
}) {
  const jobs = new Map<string, Job>();

  async function drop(id: string, job: Job): Promise<void> {
    jobs.delete(id);
    await job.target.abort();
  }

  /** Removes the partial files of exports left idle, so none outlives its window. */
  async function sweep(): Promise<void> {
    const now = deps.clock.now();
    for (const [id, job] of [...jobs])
      if (!job.busy && now - job.touchedAt > EXPORT_IDLE_MS) await drop(id, job);
  }

  return {
    'statements.exportBegin': async (
      input: ParsedInput<'statements.exportBegin'>,
    ): Promise<ExportStarted> => {
      await sweep();
      if (jobs.size >= MAX_OPEN)
        throw new PurseError('CONFLICT', 'Other exports are still running. Finish or cancel them.');
      const totals = await deps.ledger['history.totals']({ filters: input.filters });
      const target = await deps.files.choose({
        kind: 'statement',
        suggestedName: `purse-statement-${stamp(deps.clock.now())}.csv`,
      });
      const started = { transactions: totals.count, summary: totals.byCurrency };
      if (!target) return { exportId: null, ...started };
      try {
        // The BOM once, at the very start, so that Excel reads the file as UTF-8.
        await target.write('\uFEFF');
      } catch (error) {
        await target.abort();
        throw error;
      }
      const id = newId();
      jobs.set(id, {
        target,
        filters: input.filters,
        language: input.language ?? 'en',
        headers: input.headers,
        cursor: undefined,
        balances: undefined,
        rows: 0,
        touchedAt: deps.clock.now(),
        busy: false,
        cancelled: false,
      });
      return { exportId: id, ...started };
    },

    'statements.exportNext': async (
      input: ParsedInput<'statements.exportNext'>,
    ): Promise<ExportProgress> => {
      await sweep();
      const job = jobs.get(input.exportId);
      if (!job) throw new PurseError('NOT_FOUND', 'This export has finished or was cancelled.');
      if (job.busy) throw new PurseError('CONFLICT', 'The previous chunk is still being written.');
      job.busy = true;
      job.touchedAt = deps.clock.now();
      try {
        const chunk = await deps.ledger['statements.chunk']({
          filters: job.filters,
          cursor: job.cursor,
          balances: job.balances,
          limit: deps.chunk ?? STATEMENT_CHUNK,
          language: job.language,
          ...(job.headers ? { headers: [...job.headers] } : {}),
        });
        if (job.cancelled) {
          await drop(input.exportId, job);
          return { rows: job.rows, done: true };
        }
        await job.target.write(chunk.csv);
        job.rows += chunk.rows;
        job.cursor = chunk.nextCursor ?? undefined;
        job.balances = { ...chunk.balances };
        if (chunk.nextCursor === null) {
          jobs.delete(input.exportId);
          await job.target.finish();
          return { rows: job.rows, done: true };
        }
        if (job.cancelled) await drop(input.exportId, job);
        return { rows: job.rows, done: job.cancelled };
      } catch (error) {
        // Whatever failed (the ledger, the disk), the partial file goes.
        await drop(input.exportId, job);
        throw error;
      } finally {
        job.busy = false;
      }
    },

    'statements.exportCancel': async (
      input: ParsedInput<'statements.exportCancel'>,
    ): Promise<ExportCancelled> => {
      const job = jobs.get(input.exportId);
      if (!job) return { cancelled: false };
      job.cancelled = true;
      // A chunk on its way removes the file itself once it lands.
      if (!job.busy) await drop(input.exportId, job);
      return { cancelled: true };
    },
  };
}
