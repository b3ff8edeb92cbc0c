#!/usr/bin/env node
// `npm test`: every test layer, in order, with one closing count line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, '.tmp', 'test-results');
mkdirSync(out, { recursive: true });

function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path) => path && existsSync(path));
}

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const failedLayers = [];

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  return true;
}

function countPlaywright(file) {
  if (!existsSync(file)) return false;
  const { stats } = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
  return true;
}

function layer(label, status, counted) {
  if (status !== 0 || !counted) {
    failedLayers.push(label);
    if (!counted) totals.failed += 1;
  }
}

// 1. Unit: node, fake-indexeddb, electron mocked.
const unitJson = join(out, 'unit.json');
layer(
  'unit',
  run('unit', 'npx', [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${unitJson}`,
  ]),
  countVitest(unitJson),
);

// 2. Keychain: keytar against a real Secret Service, when the project has that layer.
if (existsSync(join(root, 'scripts', 'test-keychain.sh'))) {
  const keychainJson = join(out, 'keychain.json');
  layer(
    'keychain',
    run('keychain', 'bash', ['scripts/test-keychain.sh', keychainJson]),
    countVitest(keychainJson),
  );
}

// 3 + 4. Browser (real IndexedDB) and e2e (the UI driven as a person would), in Chromium.
const chromium = findChromium();
if (!chromium) {
  console.error(
    '\nNo Chromium found for the browser and e2e layers. Install one and run again:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  or point CHROMIUM_PATH at a Chromium or Chrome binary.\n',
  );
  failedLayers.push('browser+e2e (no Chromium)');
  totals.failed += 1;
} else {
  const pwJson = join(out, 'playwright.json');
  layer(
    'browser+e2e',
    run('browser + e2e', 'npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
      CHROMIUM_PATH: chromium,
    }),
    countPlaywright(pwJson),
  );
}

// 5. Security: Electronegativity over the Electron code.
layer('security', run('security scan', 'node', ['scripts/security-scan.mjs']), true);

console.log(
  `\n${failedLayers.length ? `Failed layers: ${failedLayers.join(', ')}` : 'All layers green.'}`,
);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedLayers.length ? 1 : 0);
