import type {
  DBCore,
  DBCoreCursor,
  DBCoreMutateRequest,
  DBCoreQueryResponse,
  DBCoreTable,
  DBCoreTableSchema,
  Middleware,
} from 'dexie';
import type { FieldCipher } from './field-cipher';

/** Where the sealed part of a row lives; everything an index needs stays beside it. */
export const SEALED_FIELD = '$s';

type Row = Record<string, unknown>;

/** The top-level properties IndexedDB must see in clear: the primary key and index paths. */
export function indexedFields(schema: DBCoreTableSchema): Set<string> {
  const fields = new Set<string>();
  const add = (keyPath: string | string[] | null) => {
    if (keyPath === null) return;
    for (const path of Array.isArray(keyPath) ? keyPath : [keyPath])
      fields.add(path.split('.')[0]!);
  };
  add(schema.primaryKey.keyPath);
  for (const index of schema.indexes) add(index.keyPath);
  return fields;
}

/** `table/key` for a row: the associated data that binds a sealed blob to its row. */
function rowKeyOf(table: string, primaryKey: string | string[] | null): (row: Row) => string {
  const paths = Array.isArray(primaryKey) ? primaryKey : primaryKey ? [primaryKey] : [];
  const [only] = paths;
  // Every Purse table has a single-field key: no array to build per row.
  if (paths.length === 1 && only !== undefined) return (row) => `${table}/${String(row[only])}`;
  return (row) => `${table}/${paths.map((path) => String(row[path])).join('+')}`;
}

/**
 * Small tables read on every screen or write (balances, aggregates, names, the rules every
 * recorded transaction runs, the goals the scheduler looks at every minute): their opened
 * contents are kept in memory, so that analytics over years of aggregates do not decrypt
 * every row on every call. Transactions, which grow without bound, are never cached.
 */
const CACHED_TABLES: ReadonlySet<string> = new Set([
  'accounts',
  'aggregates',
  'categories',
  'counterparties',
  'budgets',
  'rules',
  'goals',
]);
const CACHE_LIMIT = 50_000;

/** A row's sealed part as last opened, and the blob (nonce, tag, length) it came from. */
interface OpenedRow {
  readonly blob: string;
  readonly secret: Row;
}

/**
 * A sealed blob's nonce and authentication tag as a string key. A hit returns what was
 * authenticated for this row with this nonce and tag; a blob changed in its tag, nonce or
 * length misses and is opened (and checked) again. Cheaper than keying by every byte.
 */
function blobKey(sealed: unknown): string {
  if (!(sealed instanceof Uint8Array) || sealed.length < 40) return '';
  return `${sealed.length}|${String.fromCharCode(...sealed.subarray(0, 24), ...sealed.subarray(-16))}`;
}

/**
 * A clear, indexed field computed from the plain row on every write (say, blind-index tokens
 * of a sealed memo). Whatever the caller put in that field is ignored, and reads drop it, so
 * the engine never sees it and it is always in step with the sealed fields it comes from.
 */
export interface ClearDerivation {
  readonly field: string;
  derive(row: Readonly<Record<string, unknown>>): unknown;
}

/**
 * A DBCore middleware that seals every non-indexed property of every row on its way into
 * IndexedDB and opens it on the way out, so the engine works with plain objects while the
 * files on disk hold only ids, dates, kinds and ciphertext. Rows written before encryption
 * (no sealed part) read as they are, which lets the upgrade re-write them sealed.
 */
export function sealingMiddleware(
  getCipher: () => FieldCipher,
  derivations: Readonly<Record<string, ClearDerivation>> = {},
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'purse-sealing',
    level: 1,
    create(down) {
      const caches = new Map<string, Map<string, OpenedRow>>();
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          let cache = caches.get(name);
          if (!cache && CACHED_TABLES.has(name))
            caches.set(name, (cache = new Map<string, OpenedRow>()));
          const clear = indexedFields(table.schema);
          const rowKey = rowKeyOf(name, table.schema.primaryKey.keyPath);
          // Only once the schema indexes the field: before that version's upgrade it would
          // be sealed like any other field.
          const derived = Object.hasOwn(derivations, name) ? derivations[name] : undefined;
          const derivation = derived && clear.has(derived.field) ? derived : undefined;

          const seal = (row: Row): Row => {
            const out: Row = {};
            const secret: Row = {};
            // for…in over own properties: no [field, value] array per property per row.
            for (const field in row) {
              if (
                field === SEALED_FIELD ||
                field === derivation?.field ||
                !Object.hasOwn(row, field)
              )
                continue;
              if (clear.has(field)) out[field] = row[field];
              else secret[field] = row[field];
            }
            if (derivation) {
              const value = derivation.derive(row);
              if (value !== undefined) out[derivation.field] = value;
            }
            out[SEALED_FIELD] = getCipher().seal(secret, rowKey(row));
            return out;
          };
          const open = (row: unknown): unknown => {
            if (!row || typeof row !== 'object' || !(SEALED_FIELD in row)) return row;
            const { [SEALED_FIELD]: sealed, ...rest } = row as Row;
            if (derivation) Reflect.deleteProperty(rest, derivation.field);
            const associated = rowKey(rest);
            const blob = cache ? blobKey(sealed) : '';
            if (!cache || !blob)
              return { ...rest, ...(getCipher().open(sealed as Uint8Array, associated) as Row) };
            // One opened copy per row, kept with its nonce and tag: every seal draws a fresh
            // nonce, so a changed row misses, is opened (and authenticated) again and
            // replaces the copy, rather than leaving every earlier version in memory.
            let opened = cache.get(associated);
            if (opened?.blob !== blob) {
              opened = { blob, secret: getCipher().open(sealed as Uint8Array, associated) as Row };
              if (cache.size >= CACHE_LIMIT) cache.clear();
              cache.set(associated, opened);
            }
            return { ...rest, ...opened.secret };
          };

          const sealedTable: DBCoreTable = {
            ...table,
            mutate(req: DBCoreMutateRequest) {
              if (req.type === 'add' || req.type === 'put') {
                return table.mutate({
                  ...req,
                  values: req.values.map((value) => seal(value as Row)),
                });
              }
              return table.mutate(req);
            },
            get: (req) => table.get(req).then(open),
            getMany: (req) => table.getMany(req).then((rows) => rows.map(open)),
            query: (req) =>
              table
                .query(req)
                .then((res): DBCoreQueryResponse =>
                  req.values ? { ...res, result: res.result.map(open) } : res,
                ),
            openCursor: (req) =>
              table
                .openCursor(req)
                .then((cursor) => (cursor && req.values ? openingCursor(cursor, open) : cursor)),
          };
          return sealedTable;
        },
      };
    },
  };
}

/**
 * A cursor whose `value` is the opened row, computed once per step. `key` and `primaryKey`
 * are read from the real cursor: through the prototype, Chromium's IDBCursor getters throw
 * "Illegal invocation" (fake-indexeddb does not), which broke `anyOf` on sealed tables.
 */
function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => unknown): DBCoreCursor {
  let lastRaw: unknown;
  let lastOpen: unknown;
  // IndexedDB's own getters refuse a `this` that is not the real cursor ("Illegal
  // invocation"), and Dexie's anyOf() reads `key` on this object: forward them.
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key },
    primaryKey: { get: (): unknown => cursor.primaryKey },
    value: {
      get() {
        const raw: unknown = cursor.value;
        if (raw !== lastRaw) {
          lastRaw = raw;
          lastOpen = open(raw);
        }
        return lastOpen;
      },
    },
  }) as DBCoreCursor;
}
