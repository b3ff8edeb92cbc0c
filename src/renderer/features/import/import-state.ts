import type { ImportCheck, ImportOutcome, ImportSettings } from '../../../shared/imports';
import type { StructuredRead } from '../../../shared/import/formats/structured-read';
import type { StatementRead, StatementShape } from '../../../shared/import/read-statement';

/** Where the person is in the import, and what each step found. */
export type ImportStep =
  | { readonly step: 'choose' }
  | {
      readonly step: 'map';
      readonly file: File;
      readonly shape: StatementShape;
      readonly settings: ImportSettings;
    }
  | {
      readonly step: 'check';
      readonly file: File;
      readonly shape: StatementShape;
      readonly settings: ImportSettings;
      readonly read: StatementRead;
      readonly check: ImportCheck;
      readonly structured?: undefined;
    }
  | {
      /** An OFX, QIF or CAMT statement: read as it is, with no columns to map. */
      readonly step: 'check';
      readonly file: File;
      readonly structured: StructuredRead;
      readonly read: StatementRead;
      readonly check: ImportCheck;
      readonly shape?: undefined;
      readonly settings?: undefined;
    }
  | { readonly step: 'done'; readonly outcome: ImportOutcome };

export const STEP_INDEX = { choose: 0, map: 1, check: 2, done: 3 } as const;
