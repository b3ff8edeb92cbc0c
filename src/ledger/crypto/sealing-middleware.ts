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

function rowKey(table: string, row: Row, primaryKey: string | string[] | null): string {
  const paths = Array.isArray(primaryKey) ? primaryKey : primaryKey ? [primaryKey] : [];
  return `${table}/${paths.map((path) => String(row[path])).join('+')}`;
}

/**
 * A DBCore middleware that seals every non-indexed property of every row on its way into
 * IndexedDB and opens it on the way out, so the engine works with plain objects while the
 * files on disk hold only ids, dates, kinds and ciphertext. Rows written before encryption
 * (no sealed part) read as they are, which lets the upgrade re-write them sealed.
 */
export function sealingMiddleware(getCipher: () => FieldCipher): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'purse-sealing',
    level: 1,
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const clear = indexedFields(table.schema);
          const keyPath = table.schema.primaryKey.keyPath;

          const seal = (row: Row): Row => {
            const out: Row = {};
            const secret: Row = {};
            for (const [field, value] of Object.entries(row)) {
              if (field === SEALED_FIELD) continue;
              if (clear.has(field)) out[field] = value;
              else secret[field] = value;
            }
            out[SEALED_FIELD] = getCipher().seal(secret, rowKey(name, row, keyPath));
            return out;
          };
          const open = (row: unknown): unknown => {
            if (!row || typeof row !== 'object' || !(SEALED_FIELD in row)) return row;
            const { [SEALED_FIELD]: sealed, ...rest } = row as Row;
            const secret = getCipher().open(
              sealed as Uint8Array,
              rowKey(name, rest, keyPath),
            ) as Row;
            return { ...rest, ...secret };
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
  return Object.create(cursor, {
    key: { get: (): unknown => cursor.key as unknown },
    primaryKey: { get: (): unknown => cursor.primaryKey as unknown },
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
