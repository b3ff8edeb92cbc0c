import { join } from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import purse from '../../../eslint/boundaries.js';

const root = join(import.meta.dirname, '..', '..', '..');
const linter = new Linter({ configType: 'flat', cwd: root });

/** The boundary messages for one import written in `file`. */
function lint(file: string, source: string): string[] {
  return linter
    .verify(
      `import { x } from '${source}';\nexport const y = x;\n`,
      [{ files: ['**/*.ts'], plugins: { purse }, rules: { 'purse/boundaries': 'error' } }],
      { filename: join(root, file) },
    )
    .map((message) => message.message);
}

describe('lint: the arrows the design forbids between parts', () => {
  it.each([
    [
      'src/renderer/features/pay/pay-page.ts',
      '../../../ledger/db',
      'src/renderer may not import src/ledger',
    ],
    ['src/renderer/app.ts', '../gateway/create-gateway', 'src/renderer may not import src/gateway'],
    ['src/renderer/app.ts', '../main/index', 'src/renderer may not import src/main'],
    ['src/gateway/money-handlers.ts', '../main/index', 'src/gateway may not import src/main'],
    ['src/gateway/money-handlers.ts', '../ledger/db', 'src/gateway may not import src/ledger'],
    [
      'src/ledger/rpc-server.ts',
      '../gateway/create-gateway',
      'src/ledger may not import src/gateway',
    ],
    [
      'src/ledger/engine/accounts.ts',
      '../../renderer/app',
      'src/ledger may not import src/renderer',
    ],
    ['src/shared/money.ts', '../renderer/app', 'src/shared may not import src/renderer'],
    ['src/preload/index.ts', '../ledger/db', 'src/preload may not import src/ledger'],
    ['src/main/index.ts', '../ledger/open-ledger', 'src/main may not import src/ledger'],
    ['src/main/index.ts', '../web-harness/main', 'src/main may not import src/web-harness'],
  ])('refuses %s importing %s', (file, source, message) => {
    expect(lint(file, source)).toEqual([expect.stringContaining(message)]);
  });

  it.each([
    ['src/renderer/app.ts', '../shared/contract'],
    ['src/main/index.ts', '../gateway/compose-gateway'],
    ['src/main/index.ts', './ledger/ledger-connection'],
    ['src/ledger/rpc-server.ts', '../shared/parse-input'],
    ['src/web-harness/main.ts', '../renderer/mount'],
    ['src/web-harness/install-purse.ts', '../ledger/open-ledger'],
  ])('allows %s importing %s', (file, source) => {
    expect(lint(file, source)).toEqual([]);
  });
});
