import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A real 48×48 PNG (test/fixtures/receipt.png), as the e2e test attaches it. */
export const PNG_PATH = join(import.meta.dirname, '../fixtures/receipt.png');

export const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

export const PNG_BASE64 = base64(readFileSync(PNG_PATH));
export const JPEG_BASE64 = base64(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
export const WEBP_BASE64 = base64('RIFF\x24\x00\x00\x00WEBPVP8 ');
export const PDF_BASE64 = base64('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
export const TEXT_BASE64 = base64('just some text, not a picture');
