import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CurrencyCode } from '../../src/shared/currencies';
import type { ImportSettings } from '../../src/shared/imports';
import {
  bytesSource,
  detectFormats,
  inspectStatement,
  readStatement,
  type StatementShape,
} from '../../src/shared/import/read-statement';

export const IMPORT_FIXTURES = fileURLToPath(new URL('../fixtures/import', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${IMPORT_FIXTURES}/${name}`));
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export async function shapeOf(bytes: Uint8Array): Promise<StatementShape> {
  const inspected = await inspectStatement(bytesSource(bytes));
  if (!inspected.ok) throw new Error(`not inspectable: ${JSON.stringify(inspected.problem)}`);
  return inspected.shape;
}

/** Inspects and reads a whole statement with the detected (or given) settings. */
export async function readAll(
  bytes: Uint8Array,
  options: { currency?: CurrencyCode; settings?: Partial<ImportSettings> } = {},
) {
  const shape = await shapeOf(bytes);
  const columns = options.settings?.columns;
  const formats = columns ? detectFormats(shape.header, shape.sample, columns) : shape.settings;
  const settings: ImportSettings = {
    ...shape.settings,
    dateOrder: formats.dateOrder,
    decimalMark: formats.decimalMark,
    ...options.settings,
  };
  const result = await readStatement(bytesSource(bytes), shape, settings, {
    currency: options.currency ?? 'CNY',
    timeZone: 'Asia/Shanghai',
  });
  if (!result.ok) throw new Error(`not readable: ${JSON.stringify(result.problem)}`);
  return { shape, ...result.read };
}
