/**
 * Screenshots of Purse for a person to look at: `npm run screenshots [area…] [--lang en|zh-CN]
 * [--only <text>]`. Uses dev:web on PURSE_WEB_PORT (5317 unless set), starting it if nothing
 * answers, and writes PNGs to .tmp/screenshots/. Each shot starts from a fresh profile and
 * gets there with the e2e tests' helpers (test/e2e/support/).
 */
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../chromium';
import { UsageError, chooseShots } from './choose-shots';
import { startDevWeb } from './dev-web';
import { fileName, type Shot } from './shot';
import { SCREENSHOT_DIR, takeShot, type TakenShot } from './take-shot';

const firstLine = (error: unknown) => String(error).split('\n')[0];

/** Tries a shot twice: dev:web reloads the page when a source file changes under it. */
async function takeTwice(browser: Browser, shot: Shot): Promise<TakenShot> {
  return takeShot(browser, shot).catch((error: unknown) => {
    console.log(`${fileName(shot)}: ${firstLine(error)}; trying again`);
    return takeShot(browser, shot);
  });
}

async function main(shots: readonly Shot[]): Promise<number> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const stopDevWeb = await startDevWeb();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const failed: string[] = [];
  try {
    for (const shot of shots) {
      try {
        const { files, problems } = await takeTwice(browser, shot);
        const logged = problems.length > 0 ? `  (console: ${problems.join(' | ')})` : '';
        console.log(`${files.join('\n')}${logged}`);
      } catch (error) {
        failed.push(`${fileName(shot)}: ${firstLine(error)}`);
      }
    }
  } finally {
    await browser.close();
    stopDevWeb();
  }
  for (const failure of failed) console.error(`failed: ${failure}`);
  return failed.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(chooseShots(process.argv.slice(2)));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
