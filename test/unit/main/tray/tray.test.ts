import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NotificationMessage } from '../../../../src/gateway/notifications';
import { trayImage } from '../../../../src/main/tray/app-tray';
import { closeToTrayHint } from '../../../../src/main/tray/tray-hint';
import { FakeNativeImage } from '../fakes/electron';

vi.mock('electron', () => ({}));

/** Width and height of a PNG data URL, read from its IHDR. */
function pngSize(dataUrl: string): [number, number] {
  const bytes = Buffer.from(dataUrl.split(',')[1]!, 'base64');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const native = { createEmpty: () => new FakeNativeImage() };

describe('trayImage', () => {
  it('gives macOS a 16 pt template image with its 2× copy, so the menu bar tints it', () => {
    const image = trayImage(native, 'darwin');
    expect(image.template).toBe(true);
    expect(image.representations.map((each) => each.scaleFactor)).toEqual([1, 2]);
    expect(image.representations.map((each) => pngSize(each.dataURL))).toEqual([
      [16, 16],
      [32, 32],
    ]);
  });

  it('gives Windows 16 px and Linux panels 24 px colour icons, each with a 2× copy', () => {
    const windows = trayImage(native, 'win32');
    const linux = trayImage(native, 'linux');
    expect(windows.template).toBe(false);
    expect(linux.template).toBe(false);
    expect(windows.representations.map((each) => pngSize(each.dataURL)[0])).toEqual([16, 32]);
    expect(linux.representations.map((each) => pngSize(each.dataURL)[0])).toEqual([24, 48]);
  });

  it('draws the macOS template in black and alpha only', () => {
    const image = trayImage(native, 'darwin');
    for (const { dataURL } of image.representations) {
      const bytes = Buffer.from(dataURL.split(',')[1]!, 'base64');
      expect(bytes.readUInt8(25)).toBe(6);
      const idat = bytes.indexOf('IDAT');
      const length = bytes.readUInt32BE(idat - 4);
      const raw = inflateSync(bytes.subarray(idat + 4, idat + 4 + length));
      const [width] = pngSize(dataURL);
      for (let y = 0; y < width; y += 1)
        for (let x = 0; x < width; x += 1) {
          const at = y * (width * 4 + 1) + 1 + x * 4;
          expect([raw[at], raw[at + 1], raw[at + 2]]).toEqual([0, 0, 0]);
        }
    }
  });
});

describe('closeToTrayHint', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says once per install that Purse still runs and how to get it back', async () => {
    dir = mkdtempSync(join(tmpdir(), 'purse-tray-'));
    const shown: NotificationMessage[] = [];
    const notifier = { notify: (message: NotificationMessage) => void shown.push(message) };
    const flagFile = join(dir, 'tray-hint-shown');

    const hint = closeToTrayHint({ notifier, locale: 'en-GB', flagFile });
    await hint();
    await hint();
    expect(shown).toEqual([
      expect.objectContaining({
        title: 'Purse is still running',
        body: expect.stringMatching(/Start Purse again.*quit from the tray menu/) as unknown,
      }),
    ]);

    await closeToTrayHint({ notifier, locale: 'zh-CN', flagFile })();
    expect(shown).toHaveLength(1);
  });
});
