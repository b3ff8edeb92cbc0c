import type { LedgerApi } from '../src/shared/contract';
import type { ImportCheck, ImportOutcome } from '../src/shared/imports';
import {
  inspectStatement,
  readStatement,
  type ByteSource,
} from '../src/shared/import/read-statement';

const TZ = 'Asia/Shanghai';
const SHOPS = ['REWE', 'EDEKA', 'Aldi Süd', 'dm-drogerie', 'Deutsche Bahn', 'Stadtwerke', 'Lidl'];

export interface ImportTiming {
  readonly rows: number;
  readonly bytes: number;
  readonly readMs: number;
  readonly checkMs: number;
  readonly commitMs: number;
  readonly totalMs: number;
  readonly rowsPerSec: number;
  readonly imported: number;
}

/**
 * A German bank's CSV of `rows` rows (semicolons, comma decimals, an S/H column, a running
 * balance, a preamble): what a person exports for a few busy years.
 */
function bankCsv(rows: number, from: number): string {
  const lines = [
    '"Umsatzanzeige";;;;;',
    ';;;;;',
    'Buchungstag;Empfänger;Verwendungszweck;Umsatz;;Saldo',
  ];
  let balance = 1_000_000;
  for (let i = 0; i < rows; i += 1) {
    const at = new Date(from + i * 20 * 60_000);
    const day = `${String(at.getUTCDate()).padStart(2, '0')}.${String(at.getUTCMonth() + 1).padStart(2, '0')}.${at.getUTCFullYear()}`;
    const income = i % 25 === 0;
    const amount = income ? 250_000 : 500 + ((i * 37) % 9_000);
    balance += income ? amount : -amount;
    const euros = (minor: number) =>
      `${Math.floor(minor / 100)},${String(minor % 100).padStart(2, '0')}`;
    lines.push(
      `${day};${income ? 'Arbeitgeber GmbH' : SHOPS[i % SHOPS.length]};Buchung ${i};${euros(amount)};${income ? 'H' : 'S'};${euros(balance)}`,
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function blobSource(file: Blob): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * A statement from file choice to committed, as the Import screen runs it: the file is
 * inspected and read in chunks (yielding to the page between them), checked by the ledger
 * (every row planned, with its category and duplicates), then committed at once.
 */
export async function timeCsvImport(
  api: LedgerApi,
  rows: number,
  from: number,
): Promise<ImportTiming> {
  const account = await api['accounts.create']({
    kind: 'bank_card',
    name: 'Bench import',
    currency: 'EUR',
    openingBalance: 0,
  });
  const file = new Blob([bankCsv(rows, from)], { type: 'text/csv' });
  const start = performance.now();
  const source = blobSource(file);
  const inspected = await inspectStatement(source);
  if (!inspected.ok) throw new Error(`bench CSV not inspectable: ${inspected.problem.code}`);
  const { shape } = inspected;
  const read = await readStatement(source, shape, shape.settings, {
    currency: 'EUR',
    timeZone: TZ,
    yieldBetweenChunks: () => new Promise((done) => setTimeout(done, 0)),
  });
  if (!read.ok) throw new Error(`bench CSV not readable: ${read.problem.code}`);
  const readAt = performance.now();
  const input = {
    accountId: account.id,
    timeZone: TZ,
    profile: shape.settings.profile,
    rows: [...read.read.rows],
    rejectedRows: read.read.rejectedCount,
    goodRowsOnly: false,
    ...(read.read.closingBalance ? { closingBalance: read.read.closingBalance } : {}),
  };
  const check: ImportCheck = await api['imports.check'](input);
  const checkedAt = performance.now();
  const outcome: ImportOutcome = await api['imports.commit'](input);
  const end = performance.now();
  if (check.planned.length !== rows || outcome.imported !== rows) {
    throw new Error(`bench import: ${outcome.imported} of ${rows} rows imported`);
  }
  return {
    rows,
    bytes: file.size,
    readMs: readAt - start,
    checkMs: checkedAt - readAt,
    commitMs: end - checkedAt,
    totalMs: end - start,
    rowsPerSec: rows / ((end - start) / 1000),
    imported: outcome.imported,
  };
}
