import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UTF8_BOM } from '../../../src/shared/csv';
import type { Account } from '../../../src/shared/domain';
import type { StatementChunk } from '../../../src/shared/history';
import { minorToDecimalString } from '../../../src/shared/money';
import { freshGateway, type GatewayFixture, ok } from '../../support/gateway-fixture';
import { categoryByBuiltin } from '../../support/ledger-fixture';

const HLEDGER = '/usr/bin/hledger';
const RULES = join(import.meta.dirname, '../../../docs/purse.csv.rules');
const TZ = 'Asia/Shanghai';
let fx: GatewayFixture;

const call = async <T>(method: string, input?: unknown) =>
  ok<T>(await fx.gateway.call(method, input));

beforeEach(async () => {
  fx = await freshGateway();
  fx.clock.set(Date.UTC(2026, 8, 1, 2));
});
afterEach(() => fx.close());

describe('the README hledger rules', () => {
  it.skipIf(!existsSync(HLEDGER))(
    'read a Purse CSV statement back into the same balances',
    async () => {
      const wallet = await call<Account>('accounts.create', {
        kind: 'wallet',
        name: 'Wallet 零钱',
        currency: 'CNY',
        openingBalance: 100_000,
      });
      const bank = await call<Account>('accounts.create', {
        kind: 'bank_card',
        name: 'ICBC',
        currency: 'CNY',
        openingBalance: 2_500_000,
      });
      const food = await categoryByBuiltin(fx.api, 'food');
      const salary = await categoryByBuiltin(fx.api, 'salary');
      const shop = await call<{ id: string }>('counterparties.create', {
        kind: 'merchant',
        name: 'Luckin, "the" café',
      });
      let day = 2;
      const at = () => Date.UTC(2026, 8, day++, 4);
      for (let i = 0; i < 8; i += 1) {
        await call('transactions.record', {
          kind: 'expense',
          accountId: wallet.id,
          categoryId: food.id,
          counterpartyId: shop.id,
          amount: 1_990 + i,
          occurredAt: at(),
          timeZone: TZ,
          memo: i === 3 ? '=cmd|calc' : `cup ${i}`,
        });
      }
      await call('transactions.record', {
        kind: 'income',
        accountId: bank.id,
        categoryId: salary.id,
        amount: 1_500_000,
        occurredAt: at(),
        timeZone: TZ,
      });
      await call('transactions.record', {
        kind: 'transfer',
        accountId: bank.id,
        toAccountId: wallet.id,
        amount: 50_000,
        occurredAt: at(),
        timeZone: TZ,
      });

      let csv = UTF8_BOM;
      let cursor: StatementChunk['nextCursor'] | undefined;
      let balances: StatementChunk['balances'] | undefined;
      do {
        const chunk: StatementChunk = await call<StatementChunk>('statements.chunk', {
          limit: 4,
          ...(cursor ? { cursor } : {}),
          ...(balances ? { balances } : {}),
        });
        csv += chunk.csv;
        cursor = chunk.nextCursor;
        balances = chunk.balances;
      } while (cursor);

      const dir = mkdtempSync(join(tmpdir(), 'purse-hledger-'));
      try {
        const file = join(dir, 'statement.csv');
        writeFileSync(file, csv.slice(UTF8_BOM.length));
        const out = execFileSync(
          HLEDGER,
          ['-f', file, '--rules-file', RULES, 'balance', '^assets:', '--flat', '-N', '-O', 'csv'],
          { encoding: 'utf8' },
        );
        const hledger = Object.fromEntries(
          out
            .trim()
            .split('\n')
            .slice(1)
            .map((line) => {
              const [account, amount] = line.split('","').map((cell) => cell.replace(/"/g, '')) as [
                string,
                string,
              ];
              return [account, amount.replace(/[^\d.-]/g, '')];
            }),
        );
        const accounts = await call<Account[]>('accounts.list', {});
        expect(hledger).toEqual(
          Object.fromEntries(
            accounts.map((a) => [`assets:${a.name}`, minorToDecimalString(a.balance, a.currency)]),
          ),
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
