/** The statement formats read by their structure rather than by a column mapping. */
export const STRUCTURED_FORMATS = ['ofx', 'qif', 'camt'] as const;
export type StructuredFormat = (typeof STRUCTURED_FORMATS)[number];

export function isStructuredFormat(value: string): value is StructuredFormat {
  return (STRUCTURED_FORMATS as readonly string[]).includes(value);
}

/** Why a structured statement cannot be imported at all: nothing in it is read. */
export type FormatProblem =
  /** An OFX aggregate (`STMTTRN`, `BANKTRANLIST`…) that opens and never closes. */
  | { readonly code: 'ofx-unclosed'; readonly tag: string }
  /** XML that does not parse; `line` is where the parser gave up. */
  | { readonly code: 'xml-invalid'; readonly format: StructuredFormat; readonly line: number }
  /** A QIF section Purse does not read (`!Type:Foo`). */
  | { readonly code: 'qif-unknown-section'; readonly section: string }
  /** A QIF investment section (`!Type:Invst`): shares and prices, not a statement. */
  | { readonly code: 'qif-investment'; readonly section: string }
  /** The statement (or one of its entries) is in another currency than the account. */
  | { readonly code: 'wrong-currency'; readonly found: string; readonly expected: string }
  /** No bank or credit card statement in the file (an investment statement, camt.054…). */
  | { readonly code: 'no-statement'; readonly format: StructuredFormat }
  /** Statements of several accounts in one file: each belongs in its own account. */
  | { readonly code: 'several-accounts'; readonly format: StructuredFormat; readonly count: number }
  /** A statement with no transactions in it. */
  | { readonly code: 'no-entries'; readonly format: StructuredFormat }
  /** Larger than a structured statement is read whole. */
  | {
      readonly code: 'structured-too-large';
      readonly format: StructuredFormat;
      readonly megabytes: number;
    };
