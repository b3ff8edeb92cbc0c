import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every IndexedDB file of a Chromium profile, as raw bytes. */
export function indexedDbBytes(profile: string): Buffer {
  const files = filesUnder(profile).filter((path) => /IndexedDB/i.test(path));
  expect(files.length).toBeGreaterThan(0);
  return Buffer.concat(files.map((path) => readFileSync(path)));
}

/** A string as V8 may serialise it: Latin-1 for one-byte strings, UTF-16LE otherwise, or UTF-8. */
export function occurs(bytes: Buffer, text: string): boolean {
  const needles = [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf8')];
  if ([...text].every((char) => char.charCodeAt(0) <= 0xff))
    needles.push(Buffer.from(text, 'latin1'));
  return needles.some((needle) => bytes.includes(needle));
}

/**
 * The search's control: the same kind of strings in an unencrypted IndexedDB of the same
 * profile must be found, or a search that finds nothing proves nothing.
 */
export async function writePlainControl(page: Page, values: readonly string[]): Promise<void> {
  await page.evaluate(async (list) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('plain-control', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
      open.onsuccess = () => {
        const tx = open.result.transaction('rows', 'readwrite');
        list.forEach((value, id) => tx.objectStore('rows').put({ id, value }));
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error('control write failed'));
      };
    });
  }, values);
}
