import type { ExportCancelled, ExportProgress, ExportStarted } from '../exports';
import type { HistoryPage, HistoryTotals, StatementChunk } from '../history';
import * as ex from '../exports';
import * as h from '../history';
import { read, write } from './define';

/** History pages and totals, edits, and statements streamed to a file main writes. */
export const historyMethods = {
  'history.page': read<HistoryPage>()('ledger', h.historyPageInput),
  'history.totals': read<HistoryTotals>()('ledger', h.historyTotalsInput),
  'statements.chunk': read<StatementChunk>()('ledger', h.statementChunkInput),
  'statements.exportBegin': write<ExportStarted>()('gateway', ex.statementsExportBeginInput, {
    stale: [],
  }),
  'statements.exportNext': write<ExportProgress>()('gateway', ex.exportStepInput, { stale: [] }),
  'statements.exportCancel': write<ExportCancelled>()('gateway', ex.exportStepInput, {
    needs: 'nothing',
    stale: [],
  }),
} as const;
