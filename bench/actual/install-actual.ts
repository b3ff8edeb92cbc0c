import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { actualDir } from './actual-api';

const PINNED = resolve('bench/actual');
const FILES = ['package.json', 'package-lock.json'];

/**
 * Node's headers for building better-sqlite3 from source: its prebuilt binary comes from
 * GitHub, which an offline machine cannot reach. `npm_config_nodedir` wins; otherwise the
 * prefix whose include/node has node.h (Debian's nodejs has them under /usr).
 */
export function nodeHeadersDir(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  if (env.npm_config_nodedir) return env.npm_config_nodedir;
  const prefix = resolve(process.execPath, '..', '..');
  return [prefix, '/usr', '/usr/local'].find((dir) => exists(join(dir, 'include/node/node.h')));
}

/**
 * The bench's environment without what `npm run bench` adds about the project (its prefix,
 * package and script), so that the nested `npm ci` only ever sees `.bench/actual`.
 */
export function installEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([key]) =>
        !/^npm_(package_|lifecycle_|config_(local_prefix|prefix|global_prefix)$)/.test(key),
    ),
  );
}

function installed(dir: string): boolean {
  if (!existsSync(join(dir, 'node_modules/@actual-app/api/package.json'))) return false;
  if (!existsSync(join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')))
    return false;
  return FILES.every(
    (file) =>
      existsSync(join(dir, file)) &&
      readFileSync(join(dir, file), 'utf8') === readFileSync(join(PINNED, file), 'utf8'),
  );
}

/**
 * Installs the pinned `@actual-app/api` (bench/actual's package.json and lockfile) into
 * `.bench/actual` with `npm ci`, building better-sqlite3 with node-gyp, unless that exact
 * install is already there. Needs python3, make and g++.
 */
export function ensureActual(scratch: string, log: (line: string) => void): void {
  const dir = actualDir(scratch);
  if (installed(dir)) return;
  mkdirSync(dir, { recursive: true });
  for (const file of FILES) copyFileSync(join(PINNED, file), join(dir, file));
  const nodedir = nodeHeadersDir();
  log(`installing @actual-app/api into ${dir} (better-sqlite3 builds from source, about a minute)`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', dir], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...installEnv(process.env),
      npm_config_build_from_source: 'true',
      ...(nodedir ? { npm_config_nodedir: nodedir } : {}),
    },
  });
  if (!installed(dir)) throw new Error(`@actual-app/api did not install into ${dir}`);
}
