import type { ByteSource } from '../../../shared/import/read-statement';

/** Reads a chosen file slice by slice: the whole file is never in memory at once. */
export function fileSource(file: Blob): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) =>
      new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

/** Gives the page a frame to paint progress between chunks. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
