import type { CurrencyCode } from '../../currencies';
import type { DateOrder } from '../../imports';
import type { FileProblem, StatementRead } from '../read-statement';
import type { StructuredFormat } from './format-problem';

/** What a structured statement holds, in the shape the CSV reader gives, and about the file. */
export interface StructuredRead extends StatementRead {
  readonly format: StructuredFormat;
  /** The format's version as the file states it: `1.0.2`, `2.1.1`, `camt.053.001.02`. */
  readonly version?: string;
  /** An OFX statement's kind: a bank account's or a credit card's. */
  readonly statement?: 'bank' | 'credit-card';
  /** The currency the file states (OFX CURDEF, the CAMT account's); QIF states none. */
  readonly currency?: string;
  /** Entries the bank has not booked yet (CAMT `PDNG`, OFX `HOLD`): left out. */
  readonly pending: number;
  /** A QIF file's Opening Balance record was left out: the account has its own. */
  readonly openingBalanceLeftOut?: boolean;
  /** How a QIF file's dates were read, and whether both orders would have fitted. */
  readonly dateOrder?: { readonly order: DateOrder; readonly ambiguous: boolean };
}

export type StructuredResult =
  | { readonly ok: true; readonly read: StructuredRead }
  | { readonly ok: false; readonly problem: FileProblem };

export interface StructuredOptions {
  /** The account's currency: amounts become its minor units; other currencies are refused. */
  readonly currency: CurrencyCode;
  /** Where dates without an offset happened. */
  readonly timeZone: string;
  /** A QIF file's day/month order, when the person chose one. */
  readonly dateOrder?: DateOrder;
}
