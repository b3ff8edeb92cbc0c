import { describe, expect, it } from 'vitest';
import { actualSizes } from '../../../bench/actual/actual-sizes';
import { installEnv, nodeHeadersDir } from '../../../bench/actual/install-actual';

describe('where better-sqlite3 finds Node’s headers', () => {
  it('takes npm_config_nodedir when it is set', () => {
    expect(nodeHeadersDir({ npm_config_nodedir: '/opt/node' }, () => false)).toBe('/opt/node');
  });

  it('otherwise takes the first prefix with include/node/node.h', () => {
    const seen: string[] = [];
    const found = nodeHeadersDir({}, (path) => {
      seen.push(path);
      return path === '/usr/local/include/node/node.h';
    });
    expect(found).toBe('/usr/local');
    expect(seen).toContain('/usr/include/node/node.h');
  });

  it('has none when no prefix has them', () => {
    expect(nodeHeadersDir({}, () => false)).toBeUndefined();
  });
});

describe('the environment of the nested npm ci', () => {
  it('drops what npm run says about the project and keeps the rest', () => {
    const env = installEnv({
      PATH: '/usr/bin',
      npm_config_local_prefix: '/work/purse',
      npm_config_prefix: '/usr',
      npm_config_global_prefix: '/usr',
      npm_package_name: 'purse',
      npm_lifecycle_event: 'bench',
      npm_config_cache: '/root/.npm',
      npm_config_nodedir: '/usr',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      npm_config_cache: '/root/.npm',
      npm_config_nodedir: '/usr',
    });
  });
});

describe('the sizes Actual runs at', () => {
  it('is 100k alone by default, every size up to 100k when asked, none when refused', () => {
    const sizes = [10_000, 100_000, 1_000_000];
    expect(actualSizes(sizes, [])).toEqual([100_000]);
    expect(actualSizes(sizes, ['--actual'])).toEqual([10_000, 100_000]);
    expect(actualSizes(sizes, ['--actual', '--no-actual'])).toEqual([]);
    expect(actualSizes([10_000], [])).toEqual([]);
  });
});
