import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../../../src/renderer/i18n/describe-error';
import { resources } from '../../../src/renderer/i18n/i18n';

const en = i18next.createInstance();
const zh = i18next.createInstance();

beforeAll(async () => {
  await en.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
  await zh.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

describe('describeError', () => {
  it('translates by code', () => {
    expect(describeError({ code: 'SAME_ACCOUNT' }, en.t, 'en-US')).toMatch(
      /^Choose two different accounts/,
    );
    expect(describeError({ code: 'SAME_ACCOUNT' }, zh.t, 'zh-CN')).toMatch(/^请选择两个不同的账户/);
  });

  it('formats money details in the UI locale', () => {
    const error = {
      code: 'INSUFFICIENT_FUNDS' as const,
      details: { accountId: 'x', balance: 10000, needed: 15050, currency: 'CNY' },
    };
    expect(describeError(error, en.t, 'en-US')).toBe(
      'There isn’t enough money in this account: it holds CN¥100.00, and this needs CN¥150.50.',
    );
    expect(describeError(error, zh.t, 'zh-CN')).toBe(
      '此账户余额不足：当前余额 ¥100.00，本次需要 ¥150.50。',
    );
  });

  it('names the keychain that holds the ledger’s key when it did not answer', () => {
    const error = { code: 'KEYCHAIN_UNAVAILABLE' as const, details: { store: 'os-keychain' } };
    expect(describeError(error, en.t, 'en-US')).toMatch(
      /^This ledger’s key is kept in “The system keychain”, which did not answer/,
    );
    expect(describeError(error, zh.t, 'zh-CN')).toMatch(/^此账本的密钥保存在“系统钥匙串”中/);
    expect(describeError({ code: 'KEYCHAIN_UNAVAILABLE' }, en.t, 'en-US')).toMatch(
      /^Purse keeps its keys in your system keychain, and none answered/,
    );
  });

  it('uses the plain message when details are missing', () => {
    expect(describeError({ code: 'ACCOUNT_ARCHIVED' }, en.t, 'en-US')).toBe(
      'That account is archived. Unarchive it on Home to use it again.',
    );
    expect(
      describeError({ code: 'ACCOUNT_ARCHIVED', details: { name: 'Wallet' } }, en.t, 'en-US'),
    ).toBe('The account “Wallet” is archived. Unarchive it on Home to use it again.');
  });
});
