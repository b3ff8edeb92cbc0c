import type { ParsedInput } from '../shared/contract';
import { csvLine, UTF8_BOM } from '../shared/csv';
import type { ReportSaved } from '../shared/exports';
import type { FileSink } from './file-sink';

/**
 * The monthly report's CSV, saved where the person picks in the OS save dialog, as
 * statements are: the app's sessions refuse browser downloads, so a page cannot save a file
 * by itself. The UI sends the rows it shows (labels in its language); main names the file.
 */
export function reportExportHandlers(deps: { readonly files: FileSink }) {
  return {
    'reports.saveCsv': async (input: ParsedInput<'reports.saveCsv'>): Promise<ReportSaved> => {
      const target = await deps.files.choose({
        kind: 'report',
        suggestedName: `purse-report-${input.month}.csv`,
      });
      if (!target) return { saved: false };
      try {
        await target.write(UTF8_BOM + input.rows.map((row) => csvLine(row)).join(''));
        await target.finish();
      } catch (error) {
        await target.abort();
        throw error;
      }
      return { saved: true };
    },
  };
}
