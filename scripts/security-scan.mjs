#!/usr/bin/env node
// `npm run test:security`: Electronegativity over the Electron code (src/main, src/preload),
// offline, assuming Electron 45. Fails when any HIGH finding remains that is not allow-listed
// below, or when the scanner could not read a file (its findings would then be incomplete).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const SCANNED = ['src/main', 'src/preload'];
const ELECTRON_VERSION = '45.0.0';
const SCANNER = '@doyensec/electronegativity';

/**
 * Known false positives, by check name and file only (never by line, so a new finding of
 * the same check elsewhere still fails). Each entry says why it is safe. None so far.
 *
 * @type {ReadonlyArray<{ check: string; file: string; why: string }>}
 */
const ALLOWED = [];

/** Stops the scan with an exit code; the temp folder is still removed. */
class ScanFailure extends Error {
  constructor(message, exitCode) {
    super(message);
    this.exitCode = exitCode;
  }
}

const require = createRequire(import.meta.url);
const scannerDir = join(require.resolve(`${SCANNER}/package.json`), '..');
const scannerBin = join(scannerDir, 'dist', 'index.js');

/** Copies what is scanned into a temp folder, so that one run sees main and preloads together. */
function stage(workDir) {
  const input = join(workDir, 'input');
  for (const folder of SCANNED)
    cpSync(join(root, folder), join(input, folder), { recursive: true });
  return input;
}

function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|mjs|cjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * With `-o`, Electronegativity skips files it cannot parse without a word. Parse them first
 * with its own parser (same settings as its runner) so that a blind spot fails the scan.
 */
function assertScannerCanRead(input) {
  const { Parser } = require(join(scannerDir, 'dist', 'parser', 'parser.js'));
  const parser = new Parser(false, true);
  const unreadable = [];
  for (const file of sourceFiles(input)) {
    try {
      parser.parse(file, readFileSync(file));
    } catch (error) {
      unreadable.push(`${relative(input, file)}: ${error.message}`);
    }
  }
  if (unreadable.length) {
    throw new ScanFailure(
      `Electronegativity cannot parse these files, so it would not check them:\n  ${unreadable.join('\n  ')}`,
      2,
    );
  }
}

/** RFC 4180 CSV, as Electronegativity writes it (quotes doubled inside quoted fields). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

function runScanner(input, report) {
  const result = spawnSync(
    process.execPath,
    [scannerBin, '-i', input, '-e', ELECTRON_VERSION, '-r', '-v', 'false', '-o', report],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0 || !existsSync(report)) {
    throw new ScanFailure(
      `Electronegativity failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
      2,
    );
  }
  const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
  return { header, rows };
}

/**
 * Electronegativity writes the CSV header and the rows with two racing async writes, so a
 * report can lose its rows. Our code always yields at least the PRELOAD_JS_CHECK review
 * note (we do use preloads): a report without any finding on a real file is retried.
 */
function scan(input, workDir) {
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const { header, rows } = runScanner(input, join(workDir, `report-${attempt}.csv`));
    const findings = rows.map(([check, severity, confidence, file, location, sample]) => ({
      check,
      severity,
      confidence,
      file,
      location,
      sample: (sample ?? '').slice(0, 60),
    }));
    const complete = header?.[0] === 'issue' && findings.some((f) => f.file.startsWith('src/'));
    if (complete) return findings;
  }
  throw new ScanFailure('Electronegativity produced no usable report after 3 attempts.', 2);
}

function main(workDir) {
  const input = stage(workDir);
  assertScannerCanRead(input);
  const findings = scan(input, workDir).map((finding) => {
    const allowed = ALLOWED.find((a) => a.check === finding.check && a.file === finding.file);
    return { ...finding, allowed: allowed ? allowed.why : '' };
  });

  console.log(
    `Electronegativity, assuming Electron ${ELECTRON_VERSION}, over ${SCANNED.join(', ')}:`,
  );
  console.table(findings);
  const blocking = findings.filter((f) => f.severity === 'HIGH' && !f.allowed);
  if (blocking.length) {
    throw new ScanFailure(
      `${blocking.length} HIGH finding(s) remain: fix the code, not the scanner.`,
      1,
    );
  }
  console.log(`No HIGH findings (${findings.length} lower-severity or review notes above).`);
}

const workDir = mkdtempSync(join(tmpdir(), 'purse-electronegativity-'));
let exitCode = 0;
try {
  main(workDir);
} catch (error) {
  if (!(error instanceof ScanFailure)) throw error;
  console.error(error.message);
  exitCode = error.exitCode;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(exitCode);
