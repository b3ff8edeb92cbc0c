/** The lines timed on both Purse and Actual's engine, in ms: medians, or percentiles of commits. */
export interface TimedLines {
  readonly commitP50: number;
  readonly commitP95: number;
  readonly analyticsMonthMs: number;
  readonly analyticsYearMs: number;
  readonly analyticsAllMs: number;
  readonly historyFirstPageMs: number;
  readonly searchMs: number;
  readonly searchFullScanMs: number;
}
