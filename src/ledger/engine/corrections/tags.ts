import type { TagFigures } from '../../../shared/corrections';
import { FigureTally, transactionEffects } from '../../../shared/month-figures';
import { tagsOf } from '../../../shared/splits';
import type { EngineContext } from '../context';
import { categoryKindsOf } from '../figures/month-figures';
import { eachMatching, lineFilter } from '../history/history';

/** Where the tags the person has used are remembered, for suggestions as they type. */
const KNOWN_TAGS = 'tags.known';
/** Suggestions kept at most, the newest first. */
const KNOWN_MAX = 500;

/** Remembers tags just given, newest first, in the caller's read-write transaction. */
export async function rememberTags(ctx: EngineContext, tags: readonly string[]): Promise<void> {
  const known = await knownTags(ctx);
  const next = [...new Set([...tags, ...known])].slice(0, KNOWN_MAX);
  await ctx.db.meta.put({ key: KNOWN_TAGS, value: next });
}

/** The tags the person has used, newest first (a tag taken off everywhere stays suggested). */
export async function knownTags(ctx: EngineContext): Promise<string[]> {
  const row = await ctx.db.meta.get(KNOWN_TAGS);
  return Array.isArray(row?.value) ? (row.value as string[]) : [];
}

/** Half a day: wider than any zone's offset, so a month's edges are never cut off. */
const HALF_DAY = 14 * 3_600_000;

/**
 * Spending and income per tag over the months `from`–`to`, each transaction counted by the
 * one definition of the figures (`transactionEffects`), so a tag's total equals History's
 * totals filtered to that tag over the same months: a tag on a split line counts that line.
 * Most spent first.
 */
export async function tagFigures(
  ctx: EngineContext,
  input: { readonly from: string; readonly to: string },
): Promise<TagFigures[]> {
  const kindOf = await categoryKindsOf(ctx);
  const [year, month] = input.to.split('-').map(Number) as [number, number];
  const range = {
    from: Math.max(0, Date.parse(`${input.from}-01T00:00:00Z`) - HALF_DAY),
    to: Date.UTC(year, month, 1) + HALF_DAY,
  };
  const tallies = new Map<string, { tally: FigureTally; count: number }>();
  await eachMatching(ctx, range, (t) => {
    if (t.month < input.from || t.month > input.to) return;
    for (const tag of tagsOf(t)) {
      let entry = tallies.get(tag);
      if (!entry) tallies.set(tag, (entry = { tally: new FigureTally(), count: 0 }));
      entry.count += 1;
      const onTag = lineFilter({ tag });
      entry.tally.addEach(
        t.currency,
        transactionEffects(t, kindOf, (line) => onTag(t, line)),
      );
    }
  });
  const figures = [...tallies].map(([tag, { tally, count }]) => ({
    tag,
    count,
    byCurrency: tally.totals(),
  }));
  const spent = (f: TagFigures) => f.byCurrency.reduce((sum, c) => sum + c.spending, 0);
  return figures.sort((a, b) => spent(b) - spent(a) || a.tag.localeCompare(b.tag));
}
