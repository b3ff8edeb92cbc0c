import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../../src/shared/onboarding';
import { freshGateway, type GatewayFixture } from '../../support/gateway-fixture';
import { moneySnapshot } from '../../support/ledger-fixture';

const PIN = '258036';
/** A test card number that passes the Luhn check. */
const CARD = '6222 0212 3456 7894';
let fx: GatewayFixture;
beforeEach(async () => {
  fx = await freshGateway();
});
afterEach(() => fx.close());

async function call(method: string, input?: unknown) {
  return fx.gateway.call(method, input);
}

async function verified() {
  expect(await call('ledger.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
}

async function toCardStep() {
  await call('onboarding.save', { step: 'profile', locale: 'zh-CN' });
  await call('onboarding.save', { step: 'pin', displayName: 'Mei' });
  await call('security.setupPin', { pin: PIN });
  await call('onboarding.advance', { step: 'card' });
}

const card = {
  issuer: 'China Merchants Bank',
  cardType: 'debit',
  cardNumber: CARD,
  currency: 'CNY',
  openingBalance: 500_000,
  timeZone: 'Asia/Shanghai',
};

describe('isLuhnValid', () => {
  it('accepts real-looking card numbers and refuses a single typo', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('6222021234567894')).toBe(true);
    expect(isLuhnValid('6222021234567895')).toBe(false);
    expect(isLuhnValid('4111')).toBe(false);
  });
});

describe('onboarding', () => {
  it('starts a brand-new ledger at the language step, not yet started', async () => {
    expect(await call('onboarding.get')).toEqual({
      ok: true,
      value: { started: false, step: 'language' },
    });
  });

  it('keeps the language and name, and resumes at the step where it stopped', async () => {
    await call('onboarding.save', { step: 'profile', locale: 'zh-CN' });
    await call('onboarding.save', { step: 'pin', displayName: '  Mei  ' });
    expect(await call('onboarding.get')).toEqual({
      ok: true,
      value: { started: true, step: 'pin', displayName: 'Mei' },
    });
    expect(await call('settings.get')).toMatchObject({ value: { locale: 'zh-CN' } });
  });

  it('binds the card with its opening balance in one write and moves past the card step', async () => {
    await toCardStep();
    const bound = await call('onboarding.bindCard', card);
    expect(bound).toMatchObject({
      ok: true,
      value: {
        kind: 'bank_card',
        name: 'China Merchants Bank ····7894',
        institution: 'China Merchants Bank',
        cardLast4: '7894',
        balance: 500_000,
      },
    });
    expect(await call('onboarding.get')).toMatchObject({
      value: { step: 'extras', cardAccountId: (bound as { value: { id: string } }).value.id },
    });
    await verified();
  });

  it('never shows the full card number outside the ledger, and keeps it only sealed', async () => {
    await toCardStep();
    await call('onboarding.bindCard', card);
    const listed = JSON.stringify(await call('accounts.list', {}));
    expect(listed).not.toContain('6222021234567894');
    expect(listed).toContain('7894');
    const raw = new Dexie(fx.db.name);
    await raw.open();
    try {
      const rows = await Promise.all(raw.tables.map((table) => table.toArray()));
      expect(JSON.stringify(rows)).not.toContain('6222021234567894');
    } finally {
      raw.close();
    }
  });

  it('refuses a card number that fails its Luhn check and leaves the ledger unchanged', async () => {
    await toCardStep();
    const before = await moneySnapshot(fx.db);
    const result = await call('onboarding.bindCard', {
      ...card,
      cardNumber: '6222 0212 3456 7895',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'cardNumber' })] },
    });
    expect(await moneySnapshot(fx.db)).toEqual(before);
    expect(await call('onboarding.get')).toMatchObject({ value: { step: 'card' } });
  });

  it.each([
    ['no issuer', { issuer: ' ' }],
    ['too few digits', { cardNumber: '4111 1111' }],
    ['letters', { cardNumber: '4111-1111-abcd-1111' }],
    ['a debit card below zero', { openingBalance: -100 }],
    ['a fractional amount', { openingBalance: 10.5 }],
    ['an unknown card type', { cardType: 'prepaid' }],
  ])('refuses %s and creates no account', async (_name, change) => {
    await toCardStep();
    const result = await call('onboarding.bindCard', { ...card, ...change });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('accounts.list', {})).toEqual({ ok: true, value: [] });
  });

  it('binds the card once: a second submit is refused and makes no second account', async () => {
    await toCardStep();
    const [first, second] = await Promise.all([
      call('onboarding.bindCard', card),
      call('onboarding.bindCard', card),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect((await call('accounts.list', {})) as { value: unknown[] }).toMatchObject({
      value: [expect.objectContaining({ cardLast4: '7894' })],
    });
    await verified();
  });

  it('once done, never goes back and refuses every step again', async () => {
    await toCardStep();
    await call('onboarding.advance', { step: 'extras' });
    await call('onboarding.advance', { step: 'done' });
    expect(await call('onboarding.advance', { step: 'card' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call('onboarding.save', { step: 'profile' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call('onboarding.bindCard', card)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call('onboarding.get')).toMatchObject({ value: { step: 'done' } });
  });

  it('makes the Purse wallet at 0 in the default currency when first run finishes, once', async () => {
    await toCardStep();
    await call('settings.update', { defaultCurrency: 'HKD' });
    await call('onboarding.advance', { step: 'extras' });
    expect(await call('accounts.list')).toEqual({ ok: true, value: [] });

    const done = await call('onboarding.advance', { step: 'done', walletName: 'Purse 钱包' });
    expect(done).toMatchObject({ ok: true, value: { step: 'done' } });
    const listed = await call('accounts.list');
    expect(listed).toMatchObject({
      ok: true,
      value: [{ kind: 'wallet', name: 'Purse 钱包', currency: 'HKD', balance: 0 }],
    });
    const [wallet] = (listed as { value: { id: string }[] }).value;
    expect(done).toMatchObject({ value: { walletAccountId: wallet!.id } });
    // Finishing again is refused and makes no second wallet.
    expect(await call('onboarding.advance', { step: 'done' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call('accounts.list')).toMatchObject({ value: [{ id: wallet!.id }] });
    await verified();
  });

  it('names the wallet "Purse wallet" when the screen gives no name', async () => {
    await toCardStep();
    await call('onboarding.advance', { step: 'done' });
    expect(await call('accounts.list')).toMatchObject({
      value: [{ kind: 'wallet', name: 'Purse wallet', currency: 'CNY', balance: 0 }],
    });
  });

  it('does not start the flow on a ledger that already has accounts (an existing user)', async () => {
    await call('accounts.create', {
      kind: 'wallet',
      name: 'Wallet',
      currency: 'CNY',
      openingBalance: 0,
    });
    expect(await call('onboarding.save', { step: 'profile' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await call('onboarding.get')).toMatchObject({ value: { started: false } });
  });

  it('is refused while Purse is locked', async () => {
    await toCardStep();
    await call('security.lock');
    expect(await call('onboarding.bindCard', card)).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
    expect(await call('onboarding.get')).toMatchObject({
      ok: false,
      error: { code: 'APP_LOCKED' },
    });
  });
});
