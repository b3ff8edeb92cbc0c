import { afterEach, describe, expect, it } from 'vitest';
import type { ImportRow } from '../../../src/shared/imports';
import { PurseError } from '../../../src/shared/errors';
import {
  categoryByBuiltin,
  freshLedger,
  moneySnapshot,
  walletWith,
  type LedgerFixture,
} from '../../support/ledger-fixture';
import { fixtureBytes, readAll } from '../../support/import-fixtures';

let ledger: LedgerFixture;
afterEach(() => ledger?.close());

const at = (text: string) => Date.parse(`${text}+08:00`);

function commitInput(accountId: string, rows: readonly ImportRow[], extra = {}) {
  return {
    accountId,
    timeZone: 'Asia/Shanghai',
    profile: 'generic' as const,
    rows: [...rows],
    rejectedRows: 0,
    goodRowsOnly: false,
    ...extra,
  };
}

async function expectPurseError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PurseError);
  expect((error as PurseError).code).toBe(code);
}

describe('imports.commit', () => {
  it('imports a WeChat Pay bill: balances, payees, categories and the paired refund', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 10_000, 'WeChat');
    const { rows } = await readAll(fixtureBytes('wechat.csv'));
    const outcome = await ledger.api['imports.commit'](
      commitInput(wallet.id, rows, { profile: 'wechat' }),
    );
    expect(outcome).toMatchObject({
      rows: 6,
      imported: 6,
      duplicates: 0,
      refundsPaired: 1,
      newCounterparties: 5,
      balanceAfter: 10_000 - 3_350,
    });
    const [account] = await ledger.api['accounts.list'](undefined);
    expect(account!.balance).toBe(6_650);
    const payees = await ledger.api['counterparties.list'](undefined);
    expect(payees.map((p) => [p.name, p.kind])).toEqual(
      expect.arrayContaining([
        ['瑞幸咖啡', 'merchant'],
        ['李四', 'contact'],
        ['王五', 'contact'],
      ]),
    );
    const recent = await ledger.api['transactions.recent']({ limit: 20 });
    const refund = recent.find((t) => t.kind === 'refund')!;
    const meituan = recent.find((t) => t.kind === 'expense' && t.amount === 4_500)!;
    expect(refund.refundOf).toBe(meituan.id);
    expect(refund.categoryId).toBe(meituan.categoryId);
    const redPacket = recent.find((t) => t.kind === 'income')!;
    expect(redPacket.categoryId).toBe((await categoryByBuiltin(ledger.api, 'red-packets')).id);
    expect(await ledger.api['ledger.verify'](undefined)).toMatchObject({ ok: true });
  });

  it('imports an Alipay export into a bank card with categories from 交易分类', async () => {
    ledger = await freshLedger();
    const card = await ledger.api['accounts.create']({
      kind: 'bank_card',
      name: 'Bank',
      currency: 'CNY',
      openingBalance: 0,
    });
    const { rows } = await readAll(fixtureBytes('alipay.gbk.csv'));
    const outcome = await ledger.api['imports.commit'](
      commitInput(card.id, rows, { profile: 'alipay' }),
    );
    // The card was empty: it opens with what keeps it from going below zero (¥68.50).
    expect(outcome).toMatchObject({
      imported: 8,
      refundsPaired: 1,
      openingBalance: 6_850,
      balanceAfter: 286_950 + 6_850,
    });
    const recent = await ledger.api['transactions.recent']({ limit: 20 });
    const noodles = recent.filter((t) => t.memo === '牛肉面' || t.memo === '早餐');
    const food = await categoryByBuiltin(ledger.api, 'food');
    expect(noodles.map((t) => t.categoryId)).toEqual([food.id, food.id]);
    const transport = await categoryByBuiltin(ledger.api, 'transport');
    expect(recent.find((t) => t.memo === '地铁出行')!.categoryId).toBe(transport.id);
    expect(recent.find((t) => t.memo === '地铁出行')!.orderRef).toBe(
      '2026100522001411230512345679',
    );
    expect(await ledger.api['ledger.verify'](undefined)).toMatchObject({ ok: true });
  });

  it('imports nothing new when the same file is imported again, and says so', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 10_000);
    const { rows } = await readAll(fixtureBytes('wechat.csv'));
    await ledger.api['imports.commit'](commitInput(wallet.id, rows));
    const before = await moneySnapshot(ledger.db);
    const again = await ledger.api['imports.commit'](commitInput(wallet.id, rows));
    expect(again).toMatchObject({ rows: 6, imported: 0, duplicates: 6, newCounterparties: 0 });
    expect(again.duplicateLines).toEqual([18, 19, 20, 21, 23, 25]);
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });

  it('dedupes against transactions recorded by hand on the same day, amount and payee', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 10_000);
    const rows: ImportRow[] = [
      { line: 2, occurredAt: at('2026-10-02T08:12:30'), amount: -1_250, counterparty: '瑞幸咖啡' },
      { line: 3, occurredAt: at('2026-10-02T09:00:00'), amount: -1_250, counterparty: '瑞幸咖啡' },
    ];
    await ledger.api['imports.commit'](commitInput(wallet.id, rows.slice(0, 1)));
    // The same two lines again: one is there already, the second coffee is new.
    const outcome = await ledger.api['imports.commit'](commitInput(wallet.id, rows));
    expect(outcome).toMatchObject({ imported: 1, duplicates: 1, duplicateLines: [2] });
  });

  it('categorises a payee from its history before the source’s own category', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 100_000);
    const groceries = await categoryByBuiltin(ledger.api, 'groceries');
    const shop = await ledger.api['counterparties.create']({
      kind: 'merchant',
      name: '全家便利店',
    });
    await ledger.api['transactions.record']({
      kind: 'expense',
      accountId: wallet.id,
      categoryId: groceries.id,
      counterpartyId: shop.id,
      amount: 500,
      occurredAt: at('2026-09-01T10:00:00'),
      timeZone: 'Asia/Shanghai',
    });
    const outcome = await ledger.api['imports.commit'](
      commitInput(wallet.id, [
        {
          line: 5,
          occurredAt: at('2026-10-08T19:02:11'),
          amount: -3_650,
          counterparty: '全家便利店',
          category: '日用百货',
        },
      ]),
    );
    expect(outcome.newCounterparties).toBe(0);
    const recent = await ledger.api['transactions.recent']({ limit: 5 });
    expect(recent.find((t) => t.amount === 3_650)).toMatchObject({
      categoryId: groceries.id,
      counterpartyId: shop.id,
    });
  });

  it('writes nothing when rows were rejected, unless only the good rows are asked for', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 10_000);
    const rows: ImportRow[] = [
      { line: 2, occurredAt: at('2026-10-02T08:00:00'), amount: -100, counterparty: 'Cafe' },
    ];
    const before = await moneySnapshot(ledger.db);
    await expectPurseError(
      ledger.api['imports.commit'](commitInput(wallet.id, rows, { rejectedRows: 2 })),
      'VALIDATION',
    );
    expect(await moneySnapshot(ledger.db)).toEqual(before);
    const outcome = await ledger.api['imports.commit'](
      commitInput(wallet.id, rows, { rejectedRows: 2, goodRowsOnly: true }),
    );
    expect(outcome.imported).toBe(1);
    expect(await ledger.api['ledger.verify'](undefined)).toMatchObject({ ok: true });
  });

  it('rolls the whole import back when one row cannot be posted, payees included', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 1_000);
    const rows: ImportRow[] = [
      { line: 2, occurredAt: at('2026-10-02T08:00:00'), amount: -600, counterparty: 'New shop' },
      { line: 3, occurredAt: at('2026-10-03T08:00:00'), amount: -600, counterparty: 'Other' },
    ];
    const before = await moneySnapshot(ledger.db);
    const payeesBefore = await ledger.db.counterparties.count();
    await expectPurseError(
      ledger.api['imports.commit'](commitInput(wallet.id, rows)),
      'INSUFFICIENT_FUNDS',
    );
    expect(await moneySnapshot(ledger.db)).toEqual(before);
    expect(await ledger.db.counterparties.count()).toBe(payeesBefore);
    expect(await ledger.api['ledger.verify'](undefined)).toMatchObject({ ok: true });
  });

  it('refuses an archived account and changes nothing', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 1_000);
    await ledger.api['accounts.archive']({ id: wallet.id });
    const before = await moneySnapshot(ledger.db);
    await expectPurseError(
      ledger.api['imports.commit'](
        commitInput(wallet.id, [{ line: 2, occurredAt: at('2026-10-02T08:00:00'), amount: 100 }]),
      ),
      'ACCOUNT_ARCHIVED',
    );
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });
});

describe('imports.check', () => {
  it('tells what an import would do without writing anything', async () => {
    ledger = await freshLedger();
    const wallet = await walletWith(ledger.api, 10_000);
    const { rows } = await readAll(fixtureBytes('wechat.csv'));
    const before = await moneySnapshot(ledger.db);
    const check = await ledger.api['imports.check'](commitInput(wallet.id, rows));
    expect(check).toMatchObject({ imported: 6, duplicates: 0, newCounterparties: 5 });
    expect(await moneySnapshot(ledger.db)).toEqual(before);
  });
});

describe('imports.saveMapping', () => {
  it('remembers the mapping of a source by its header, the latest one winning', async () => {
    ledger = await freshLedger();
    const settings = {
      profile: 'generic' as const,
      columns: { date: 'Buchungstag', amount: 'Betrag' },
      dateOrder: 'dmy' as const,
      decimalMark: ',' as const,
    };
    await ledger.api['imports.saveMapping']({ signature: 'Buchungstag|Betrag', settings });
    await ledger.api['imports.saveMapping']({
      signature: 'Buchungstag|Betrag',
      settings: { ...settings, dateOrder: 'mdy' },
    });
    const saved = await ledger.api['imports.mappings'](undefined);
    expect(saved).toHaveLength(1);
    expect(saved[0]!.settings.dateOrder).toBe('mdy');
  });
});
