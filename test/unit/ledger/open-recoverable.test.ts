import { describe, expect, it } from 'vitest';
import { newDataKey } from '../../../src/ledger/crypto/field-cipher';
import { openLedger, type OpenLedgerOptions } from '../../../src/ledger/open-ledger';
import { openRecoverableLedger } from '../../../src/ledger/open-recoverable';
import { ManualClock } from '../../support/ledger-fixture';

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
let counter = 0;
const nameOf = () => `recoverable-${(counter += 1)}-${Math.random()}`;

/**
 * Opens like the app, except that the first open fails as IndexedDB does when its files are
 * damaged (an `UnknownError` from the browser, not a key problem).
 */
function failingFirst() {
  let calls = 0;
  return (options: OpenLedgerOptions) => {
    calls += 1;
    if (calls === 1) return Promise.reject(new DOMException('Internal error.', 'UnknownError'));
    return openLedger(options);
  };
}

async function snapshotOfAWallet(dataKey: Uint8Array, snapshotKey: Uint8Array) {
  const source = await openLedger({ name: nameOf(), dataKey, clock: new ManualClock() });
  await source.api['accounts.create']({
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 12_300,
  });
  const created = await source.internal['snapshots.create']({ key: base64(snapshotKey) });
  source.close();
  return created.file;
}

describe('a ledger that will not open', () => {
  it('says so in its quick check, refuses everything else, and is replaced by a snapshot', async () => {
    const dataKey = newDataKey();
    const snapshotKey = newDataKey();
    const file = await snapshotOfAWallet(dataKey, snapshotKey);
    const ledger = await openRecoverableLedger(
      { name: nameOf(), dataKey, clock: new ManualClock() },
      failingFirst(),
    );
    expect(await ledger.internal['ledger.quickCheck']({})).toMatchObject({
      ok: false,
      opened: false,
    });
    await expect(ledger.api['accounts.list']({})).rejects.toBeTruthy();

    // A snapshot under another key changes nothing.
    await expect(
      ledger.internal['snapshots.restore']({ file, key: base64(newDataKey()), confirm: true }),
    ).rejects.toMatchObject({ code: 'BACKUP_UNREADABLE' });
    expect(await ledger.internal['ledger.quickCheck']({})).toMatchObject({ opened: false });

    const restored = await ledger.internal['snapshots.restore']({
      file,
      key: base64(snapshotKey),
      confirm: true,
    });
    expect(restored).toMatchObject({ restored: true, summary: { accounts: 1 } });
    expect(await ledger.internal['ledger.quickCheck']({})).toMatchObject({
      ok: true,
      opened: true,
    });
    const [wallet] = await ledger.api['accounts.list']({});
    expect(wallet).toMatchObject({ name: 'Wallet', balance: 12_300 });
    expect((await ledger.api['ledger.verify'](undefined)).ok).toBe(true);
    ledger.close();
  });

  it('is never replaced when the data key is the problem: the data is there for the right key', async () => {
    const name = nameOf();
    const first = await openLedger({ name, dataKey: newDataKey(), clock: new ManualClock() });
    await first.api['accounts.create']({
      kind: 'wallet',
      name: 'Wallet',
      currency: 'CNY',
      openingBalance: 100,
    });
    first.close();
    await expect(
      openRecoverableLedger({ name, dataKey: newDataKey(), clock: new ManualClock() }),
    ).rejects.toMatchObject({ code: 'DATA_CORRUPT' });
  });
});
