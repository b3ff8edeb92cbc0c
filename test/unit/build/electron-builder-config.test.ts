import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(join(root, 'package.json'));

interface BuilderConfig {
  readonly files: readonly (string | { readonly filter: readonly string[] })[];
  readonly asarUnpack: readonly string[];
  readonly protocols: readonly { readonly schemes: readonly string[] }[];
  readonly mac: { readonly target: readonly string[] };
  readonly linux: { readonly target: readonly string[] };
  readonly win: { readonly target: readonly string[] };
}

/** The configuration as electron-builder itself reads it from the project. */
async function builderConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } =
    require('app-builder-lib/out/util/config/config.js') as {
      getConfig: (dir: string, path: null, options: null) => Promise<BuilderConfig>;
      validateConfiguration: (config: BuilderConfig, logger: unknown) => Promise<void>;
    };
  const { DebugLogger } = require('builder-util') as { DebugLogger: new (on: boolean) => unknown };
  const config = await getConfig(root, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('npm run dist (electron-builder)', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(builderConfig()).resolves.toBeDefined();
  });

  it('builds the installers people use: AppImage and deb, dmg, NSIS', async () => {
    const config = await builderConfig();
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('registers purse:// with the OS (Info.plist on macOS, the .desktop file on Linux, the registry on Windows)', async () => {
    const config = await builderConfig();
    expect(config.protocols.flatMap((protocol) => protocol.schemes)).toEqual(['purse']);
  });

  it('packs the built main, both preloads and both pages, and keeps keytar loadable outside the asar', async () => {
    const config = await builderConfig();
    const files = config.files.flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.filter,
    );
    expect(files).toContain('out/**/*');
    expect(config.asarUnpack).toContain('**/*.node');
    const pkg = require(join(root, 'package.json')) as {
      main: string;
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.main).toBe('./out/main/index.js');
    expect(pkg.dependencies).toHaveProperty('keytar');
    expect(pkg.dependencies).not.toHaveProperty('electron');
    expect(pkg.devDependencies).toHaveProperty('electron');
  });
});
