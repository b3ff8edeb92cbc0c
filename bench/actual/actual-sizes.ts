/** Actual's import takes minutes at 100k; above that it is not run. */
export const ACTUAL_MAX = 100_000;

/**
 * The sizes Actual runs at: 100k by default, every size up to 100k with `--actual`, none
 * with `--no-actual`.
 */
export function actualSizes(sizes: readonly number[], argv: readonly string[]): number[] {
  if (argv.includes('--no-actual')) return [];
  const every = argv.includes('--actual');
  return sizes.filter((size) => size <= ACTUAL_MAX && (every || size === ACTUAL_MAX));
}
