import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newDataKey } from '../../../src/ledger/crypto/field-cipher';
import { SEALED_FIELD } from '../../../src/ledger/crypto/sealing-middleware';
import { openLedger } from '../../../src/ledger/open-ledger';
import { categoryByBuiltin, freshLedger, type LedgerFixture } from '../../support/ledger-fixture';

const TZ = 'Asia/Shanghai';
let ledger: LedgerFixture;
beforeEach(async () => {
  ledger = await freshLedger();
});
afterEach(() => ledger.close());

/** The database as IndexedDB holds it, read without the sealing middleware. */
async function rawRows(name: string, table: string): Promise<Record<string, unknown>[]> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    return (await raw.table(table).toArray()) as Record<string, unknown>[];
  } finally {
    raw.close();
  }
}

async function recordLunch(fx: LedgerFixture) {
  const wallet = await fx.api['accounts.create']({
    kind: 'wallet',
    name: 'Secret Stash 金库',
    currency: 'CNY',
    openingBalance: 88_888,
  });
  const food = await categoryByBuiltin(fx.api, 'food');
  const shop = await fx.api['counterparties.create']({
    kind: 'merchant',
    name: 'Zyzzyva Noodles 兰州拉面',
  });
  const detail = await fx.api['transactions.record']({
    kind: 'expense',
    accountId: wallet.id,
    categoryId: food.id,
    counterpartyId: shop.id,
    amount: 4_321,
    occurredAt: fx.clock.now(),
    timeZone: TZ,
    memo: 'birthday lunch for Mei 生日',
  });
  return { wallet, shop, detail };
}

describe('encryption at rest', () => {
  it('stores names, memos, kinds and amounts only as ciphertext, keeping ids and dates for indexes', async () => {
    const { detail } = await recordLunch(ledger);
    const name = ledger.db.name;
    const transactions = await rawRows(name, 'transactions');
    const stored = transactions.find((row) => row.id === detail.transaction.id)!;
    expect(Object.keys(stored).sort()).toEqual(
      ['$s', 'accountId', 'counterpartyId', 'id', 'month', 'occurredAt', 'sides'].sort(),
    );
    expect(stored[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
    // Its sides are the ids of what it posts to, with its date: the amounts stay sealed.
    expect(stored.sides).toEqual(
      expect.arrayContaining([[detail.transaction.accountId, detail.transaction.occurredAt]]),
    );
    // The memo's blind-index tokens are on its block: keyed hashes of grams, nothing readable.
    const [block] = await rawRows(name, 'transactionBlocks');
    expect(block!.memoTokens).toEqual(expect.arrayContaining([expect.any(Number)]));

    const everything = JSON.stringify(
      await Promise.all(ledger.db.tables.map((table) => rawRows(name, table.name))),
      // The blind-index tokens are random-looking numbers (checked above): left out here, so
      // that their digits cannot pass for an amount or a card number by chance.
      (key, value: unknown) =>
        key === 'memoTokens'
          ? 'tokens'
          : value instanceof Uint8Array
            ? Buffer.from(value).toString('latin1')
            : value,
    );
    for (const secret of ['Secret Stash', '金库', 'Zyzzyva', '兰州拉面', 'birthday', '生日']) {
      expect(everything).not.toContain(secret);
    }
    for (const digits of ['4321', '88888']) {
      expect(everything).not.toMatch(new RegExp(`(?<![0-9])${digits}(?![0-9])`));
    }
  });

  it('reads everything back through the engine as written', async () => {
    const { detail, shop } = await recordLunch(ledger);
    const again = await ledger.api['transactions.get']({ id: detail.transaction.id });
    expect(again.transaction.memo).toBe('birthday lunch for Mei 生日');
    expect(again.transaction).not.toHaveProperty('memoTokens');
    expect(again.transaction.amount).toBe(4_321);
    const [merchant] = await ledger.api['counterparties.list']({ kind: 'merchant' });
    expect(merchant).toMatchObject({ id: shop.id, name: 'Zyzzyva Noodles 兰州拉面' });
  });

  it('refuses a tampered row with DATA_CORRUPT instead of returning garbage', async () => {
    const { wallet } = await recordLunch(ledger);
    const raw = new Dexie(ledger.db.name);
    await raw.open();
    const row = (await raw.table('accounts').get(wallet.id)) as Record<string, Uint8Array>;
    const sealed = Uint8Array.from(row[SEALED_FIELD]!);
    sealed[sealed.length - 3]! ^= 0x01;
    await raw.table('accounts').put({ ...row, [SEALED_FIELD]: sealed });
    raw.close();
    await expect(ledger.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'DATA_CORRUPT',
    });
  });

  it('refuses a sealed blob moved onto another row', async () => {
    const { wallet } = await recordLunch(ledger);
    const other = await ledger.api['accounts.create']({
      kind: 'cash',
      name: 'Cash',
      currency: 'CNY',
      openingBalance: 0,
    });
    const raw = new Dexie(ledger.db.name);
    await raw.open();
    const rich = (await raw.table('accounts').get(wallet.id)) as Record<string, unknown>;
    const poor = (await raw.table('accounts').get(other.id)) as Record<string, unknown>;
    await raw.table('accounts').put({ ...poor, [SEALED_FIELD]: rich[SEALED_FIELD] });
    raw.close();
    await expect(ledger.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'DATA_CORRUPT',
    });
  });

  it('cannot read the ledger with another data key', async () => {
    await recordLunch(ledger);
    const name = ledger.db.name;
    ledger.close();
    // Refused at open, so that nothing is ever written with the wrong key either.
    await expect(openLedger({ name, dataKey: newDataKey() })).rejects.toMatchObject({
      code: 'DATA_CORRUPT',
    });
    ledger = await freshLedger();
  });
});

describe('the cache of opened rows', () => {
  it('still refuses a row tampered with after it was read once', async () => {
    const { wallet } = await recordLunch(ledger);
    expect((await ledger.api['accounts.list'](undefined))[0]?.name).toBe('Secret Stash 金库');
    const raw = new Dexie(ledger.db.name);
    await raw.open();
    const row = (await raw.table('accounts').get(wallet.id)) as Record<string, Uint8Array>;
    const sealed = Uint8Array.from(row[SEALED_FIELD]!);
    sealed[sealed.length - 3]! ^= 0x01;
    await raw.table('accounts').put({ ...row, [SEALED_FIELD]: sealed });
    raw.close();
    await expect(ledger.api['accounts.list'](undefined)).rejects.toMatchObject({
      code: 'DATA_CORRUPT',
    });
  });

  it('reads a row changed after it was read as changed', async () => {
    const { wallet } = await recordLunch(ledger);
    await ledger.api['accounts.list'](undefined);
    await ledger.api['accounts.update']({ id: wallet.id, name: 'Renamed 改名' });
    const [account] = await ledger.api['accounts.list'](undefined);
    expect(account).toMatchObject({ id: wallet.id, name: 'Renamed 改名', balance: 88_888 - 4_321 });
  });
});
