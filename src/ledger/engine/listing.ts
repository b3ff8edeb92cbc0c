/** What the list reads need of a Dexie table: all its rows, or those an index matches. */
interface ListedTable<Row> {
  toArray(): PromiseLike<Row[]>;
  where(index: string): { equals(value: string): { toArray(): PromiseLike<Row[]> } };
}

/** A table's rows of one `kind` (read through the index), or all of them. */
export function ofKind<Row>(
  table: ListedTable<NoInfer<Row>>,
  kind: string | undefined,
): PromiseLike<Row[]> {
  return kind ? table.where('kind').equals(kind).toArray() : table.toArray();
}

/** The rows in use (archived ones too when asked), in `order`; equal ones by id. */
export function inUse<Row extends { readonly id: string; readonly archived: boolean }>(
  rows: Row[],
  includeArchived: boolean | undefined,
  order: (row: Row) => number,
): Row[] {
  return rows
    .filter((row) => includeArchived || !row.archived)
    .sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id));
}

/** What the newest-first reads need of a Dexie table. */
interface OrderedTable<Row> {
  orderBy(index: string): {
    reverse(): { limit(count: number): { toArray(): PromiseLike<Row[]> } };
  };
}

/** The newest `limit` rows by `index`. */
export function newest<Row>(
  table: OrderedTable<NoInfer<Row>>,
  index: string,
  limit: number,
): PromiseLike<Row[]> {
  return table.orderBy(index).reverse().limit(limit).toArray();
}
