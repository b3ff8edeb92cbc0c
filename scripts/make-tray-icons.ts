// Draws the tray icons and writes them into src/main/tray/tray-icon.ts as data URLs, so a
// packaged app needs no icon file on disk. Run: npx tsx scripts/make-tray-icons.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

/** Signed distance to a rounded rectangle (negative inside), in 16-unit icon space. */
function roundedRect(
  x: number,
  y: number,
  box: readonly [number, number, number, number],
  r: number,
): number {
  const [x0, y0, x1, y1] = box;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** A wallet: a body with a clasp on its right side and the clasp's stud. */
function wallet(x: number, y: number, template: boolean): Rgba | null {
  const body = roundedRect(x, y, [1.5, 3, 14.5, 13.5], 2);
  const clasp = roundedRect(x, y, [9, 6.25, 14.5, 10.25], 1.25);
  const stud = Math.hypot(x - 12, y - 8.25) - 1;
  if (template) {
    // Template images are black and alpha only; macOS tints them for the menu bar.
    const ring = body < 0 && body > -1.5;
    if (stud < 0) return null;
    if (clasp < 0 || ring) return [0, 0, 0, 255];
    return null;
  }
  if (stud < 0.2 && clasp < 0) return [255, 255, 255, 255];
  if (clasp < 0 && clasp > -0.9 + (x > 13.5 ? 2 : 0)) return [255, 255, 255, 255];
  if (clasp < 0) return [22, 119, 255, 255];
  if (body < 0) return [22, 119, 255, 255];
  return null;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An RGBA PNG of the wallet at `size` pixels, 4×4 supersampled. */
function png(size: number, template: boolean): string {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1)
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size) * 16;
          const y = ((py + (sy + 0.5) / samples) / size) * 16;
          const colour = wallet(x, y, template);
          if (!colour) continue;
          for (let c = 0; c < 3; c += 1) sum[c]! += colour[c]! * colour[3];
          sum[3]! += colour[3];
        }
      const alpha = sum[3]! / (samples * samples);
      const at = py * (size * 4 + 1) + 1 + px * 4;
      for (let c = 0; c < 3; c += 1) raw[at + c] = sum[3] ? Math.round(sum[c]! / sum[3]) : 0;
      raw[at + 3] = Math.round(alpha);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const file = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
  return `data:image/png;base64,${file.toString('base64')}`;
}

const sizes = [16, 24, 32, 48] as const;
const lines = [
  '// Made by scripts/make-tray-icons.ts; run it again rather than editing these by hand.',
  '',
  '/** The tray icon in colour (Windows, Linux), by pixel size, as PNG data URLs. */',
  'export const TRAY_ICON_COLOUR = {',
  ...sizes.map((size) => `  ${size}: '${png(size, false)}',`),
  '} as const;',
  '',
  '/** The macOS menu-bar icon: a template image (black and alpha), 16 pt at 1× and 2×. */',
  'export const TRAY_ICON_TEMPLATE = {',
  ...([16, 32] as const).map((size) => `  ${size}: '${png(size, true)}',`),
  '} as const;',
  '',
];
writeFileSync(
  join(import.meta.dirname, '..', 'src', 'main', 'tray', 'tray-icon.ts'),
  lines.join('\n'),
);
