import type { CurrencyCode } from '../../src/shared/currencies';
import type { DateOrder } from '../../src/shared/imports';
import {
  readStructuredStatement,
  sniffStatementFormat,
} from '../../src/shared/import/formats/read-structured';
import type {
  StructuredRead,
  StructuredResult,
} from '../../src/shared/import/formats/structured-read';
import { bytesSource } from '../../src/shared/import/read-statement';
import { fixtureBytes, utf8 } from './import-fixtures';

export interface ReadAs {
  readonly currency: CurrencyCode;
  readonly timeZone?: string;
  readonly dateOrder?: DateOrder;
}

/** Sniffs and reads a structured statement from its bytes, as the import screen does. */
export async function readStructured(
  bytes: Uint8Array,
  options: ReadAs,
): Promise<StructuredResult> {
  const source = bytesSource(bytes);
  const format = await sniffStatementFormat(source);
  if (!format) throw new Error('not a structured statement');
  return readStructuredStatement(source, format, {
    timeZone: 'Asia/Shanghai',
    ...options,
  });
}

/** Reads a fixture (or text) that must read; throws with the problem otherwise. */
export async function readOk(fixtureOrText: string, options: ReadAs): Promise<StructuredRead> {
  const bytes = /[<!\n]/.test(fixtureOrText) ? utf8(fixtureOrText) : fixtureBytes(fixtureOrText);
  const result = await readStructured(bytes, options);
  if (!result.ok) throw new Error(`not readable: ${JSON.stringify(result.problem)}`);
  return result.read;
}

/** The file problem of a statement that must not read. */
export async function problemOf(text: string | Uint8Array, options: ReadAs) {
  const result = await readStructured(typeof text === 'string' ? utf8(text) : text, options);
  if (result.ok) throw new Error('read, but should have been refused');
  return result.problem;
}

/** A fixture's text, to make a broken copy of it. */
export function fixtureText(name: string): string {
  return new TextDecoder().decode(fixtureBytes(name));
}
