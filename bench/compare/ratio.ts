/**
 * Purse ÷ another engine, read so that above 1 means Purse is better: for a time the other's
 * ms over Purse's, for a rate Purse's over the other's. Undefined when either side is missing
 * or not a positive number.
 */
export function purseRatio(
  kind: 'time' | 'rate',
  purse: number | undefined,
  other: number | undefined,
): number | undefined {
  if (!(purse !== undefined && purse > 0 && other !== undefined && other > 0)) return undefined;
  const ratio = kind === 'time' ? other / purse : purse / other;
  return roundRatio(ratio);
}

/** Two significant decimals below 10, one below 100, whole numbers above. */
export function roundRatio(ratio: number): number {
  if (ratio >= 100) return Math.round(ratio);
  if (ratio >= 10) return +ratio.toFixed(1);
  return +ratio.toFixed(2);
}
