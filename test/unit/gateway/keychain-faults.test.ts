import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeGateway } from '../../../src/gateway/compose-gateway';
import type { Gateway } from '../../../src/gateway/create-gateway';
import { DATA_KEY_SECRET, loadOrCreateDataKey } from '../../../src/gateway/security/data-key';
import { createKeytarStore, KEYCHAIN_SERVICE } from '../../../src/main/secrets/keytar-store';
import { newDataKey } from '../../../src/ledger/crypto/field-cipher';
import { SEALED_FIELD } from '../../../src/ledger/crypto/sealing-middleware';
import { openLedger } from '../../../src/ledger/open-ledger';
import type { Account } from '../../../src/shared/domain';
import { newId } from '../../../src/shared/ids';
import type { Result } from '../../../src/shared/result';
import { FlakyKeytar } from '../../support/flaky-keytar';
import { freshLedger, type LedgerFixture } from '../../support/ledger-fixture';
import { base64, expectTypedResult, ledgerSnapshot } from '../../support/reliability';
import { testHasher } from '../../support/security-fixture';

const PIN = '258036';
const OTHER_PIN = '369147';
const TZ = 'Asia/Shanghai';

let keytar: FlakyKeytar;
let fx: LedgerFixture;
let gateway: Gateway;
let wallet: Account;
let totpSecret: string;

function must<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

const pay = (pin = PIN, amount = 1_500) =>
  gateway.call('payments.create', {
    requestId: newId(),
    accountId: wallet.id,
    merchant: { name: 'Luckin Coffee 瑞幸' },
    amount,
    timeZone: TZ,
    auth: { pin },
  });

beforeEach(async () => {
  keytar = new FlakyKeytar();
  fx = await freshLedger();
  gateway = composeGateway({
    ledger: fx.api,
    internal: fx.internal,
    secrets: createKeytarStore(keytar),
    hasher: testHasher,
    clock: fx.clock,
    appInfo: { name: 'Purse', version: 'test', platform: 'test', runtime: 'electron' },
  }).gateway;
  await keytar.setPassword(KEYCHAIN_SERVICE, DATA_KEY_SECRET, base64(fx.dataKey));
  must(await gateway.call('security.setupPin', { pin: PIN }));
  wallet = must<Account>(
    await gateway.call('accounts.create', {
      kind: 'wallet',
      name: 'Wallet 零钱',
      currency: 'CNY',
      openingBalance: 100_000,
    }),
  );
  must(await pay());
  totpSecret = must<{ secret: string }>(
    await gateway.call('security.totpBegin', { pin: PIN }),
  ).secret;
  // Budget alerts run after a payment's answer; let them finish before a test closes the ledger.
  await new Promise((resolve) => setTimeout(resolve, 20));
});
afterEach(async () => {
  // Budget alerts run after a payment's answer; let them finish before closing.
  await new Promise((resolve) => setTimeout(resolve, 20));
  fx.close();
});

function secrets(): string[] {
  return [PIN, base64(fx.dataKey), totpSecret];
}

describe('the keychain going away in the middle of a session', () => {
  it('answers KEYCHAIN_UNAVAILABLE to every call that needs it, writes nothing, and works again once it is back', async () => {
    const before = await ledgerSnapshot(fx.db);
    const keychain = new Map(keytar.entries);
    keytar.gone = true;

    const calls: [string, unknown][] = [
      ['payments.create', undefined],
      ['security.unlock', { pin: PIN }],
      ['accounts.list', {}],
      ['transactions.recent', {}],
      ['security.changePin', { oldPin: PIN, newPin: OTHER_PIN }],
      ['backups.create', { passphrase: 'long enough passphrase', auth: { pin: PIN } }],
    ];
    for (const [method, input] of calls) {
      const result = method === 'payments.create' ? await pay() : await gateway.call(method, input);
      const answer = expectTypedResult(result, secrets());
      expect(!answer.ok && answer.error.code, method).toBe('KEYCHAIN_UNAVAILABLE');
      // keytar's own words (D-Bus, library paths) stay in main.
      expect(!answer.ok && answer.error.message).not.toMatch(/D-Bus|libsecret|DISPLAY/);
    }
    // What needs no secret still answers.
    expect((await gateway.call('app.info', {})).ok).toBe(true);
    expect(await ledgerSnapshot(fx.db)).toEqual(before);
    expect(keytar.entries).toEqual(keychain);

    keytar.gone = false;
    const paid = await pay();
    expect(paid.ok).toBe(true);
    const [after] = must<Account[]>(await gateway.call('accounts.list', {}));
    expect(after!.balance).toBe(100_000 - 1_500 - 1_500);
    expect(must<{ ok: boolean }>(await gateway.call('ledger.verify', {})).ok).toBe(true);
  });

  it('gives a right and a wrong PIN the same answer while the keychain refuses writes, and moves no money', async () => {
    const before = await ledgerSnapshot(fx.db);
    keytar.readOnly = true;
    const right = await pay(PIN);
    const wrong = await pay(OTHER_PIN);
    expect(!right.ok && right.error.code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(!wrong.ok && wrong.error).toEqual(!right.ok && right.error);
    expect(await ledgerSnapshot(fx.db)).toEqual(before);

    // Back: wrong PINs count again, and the fifth locks PIN use.
    keytar.readOnly = false;
    for (let i = 0; i < 4; i += 1) expect((await pay(OTHER_PIN)).ok).toBe(false);
    const fifth = await pay(OTHER_PIN);
    expect(!fifth.ok && fifth.error.code).toBe('PIN_LOCKED');
  });

  it('never writes the PIN or a ledger secret in clear, to the keychain or to the database', async () => {
    for (const value of keytar.written) expect(value).not.toContain(PIN);
    await new Promise((resolve) => setTimeout(resolve, 20));
    fx.close();
    const raw = new Dexie(fx.db.name);
    await raw.open();
    for (const table of raw.tables) {
      for (const row of (await table.toArray()) as Record<string, unknown>[]) {
        expect(row[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
        const text = JSON.stringify(row);
        for (const secret of [...secrets(), '零钱', 'Luckin', '瑞幸'])
          expect(text).not.toContain(secret);
      }
    }
    raw.close();
  });
});

describe('the data key', () => {
  it('answers KEYCHAIN_UNAVAILABLE when the keychain is gone, and never makes a key it cannot keep', async () => {
    const store = createKeytarStore(keytar);
    keytar.gone = true;
    await expect(loadOrCreateDataKey(store)).rejects.toMatchObject({
      code: 'KEYCHAIN_UNAVAILABLE',
    });
    keytar.gone = false;
    expect(await loadOrCreateDataKey(store)).toEqual(fx.dataKey);
  });

  it('reports a damaged key in the keychain as DATA_CORRUPT instead of replacing it', async () => {
    await keytar.setPassword(KEYCHAIN_SERVICE, DATA_KEY_SECRET, 'c2hvcnQ=');
    await expect(loadOrCreateDataKey(createKeytarStore(keytar))).rejects.toMatchObject({
      code: 'DATA_CORRUPT',
    });
    expect(keytar.entries.get(`${KEYCHAIN_SERVICE}/${DATA_KEY_SECRET}`)).toBe('c2hvcnQ=');
  });

  it('refuses to open the ledger with a wrong or missing key, writes nothing with it, and opens it again with the right one', async () => {
    const name = fx.db.name;
    const before = await ledgerSnapshot(fx.db);
    fx.close();

    // A wrong key, or a new one made because the entry went missing: nothing is served.
    for (const key of [
      newDataKey(),
      await loadOrCreateDataKey(createKeytarStore(new FlakyKeytar())),
    ]) {
      await expect(openLedger({ name, dataKey: key })).rejects.toMatchObject({
        code: 'DATA_CORRUPT',
      });
    }

    const back = await openLedger({ name, dataKey: fx.dataKey, clock: fx.clock });
    try {
      expect(await ledgerSnapshot(back.db)).toEqual(before);
      expect((await back.api['ledger.verify'](undefined)).problems).toEqual([]);
    } finally {
      back.close();
    }
  });
});
