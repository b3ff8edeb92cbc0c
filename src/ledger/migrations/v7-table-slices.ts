import type { Table } from 'dexie';

/**
 * Visits every row of a table in slices of its primary key, awaiting `visit` after each:
 * for upgrades that read or rewrite a whole table without holding it in memory at once.
 * Only Dexie calls are awaited here, so a version change transaction keeps its turn as long
 * as `visit` awaits only Dexie too.
 */
export async function forEachSliceById<Row extends { id: string }>(
  table: Table<Row, string>,
  size: number,
  visit: (rows: Row[]) => Promise<unknown> | void,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows = await (
      after === undefined ? table.orderBy(':id') : table.where(':id').above(after)
    )
      .limit(size)
      .toArray();
    if (!rows.length) return;
    after = rows.at(-1)!.id;
    await visit(rows);
  }
}
