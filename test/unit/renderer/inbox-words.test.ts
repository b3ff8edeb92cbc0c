import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { wordEntry, type WordingContext } from '../../../src/renderer/features/inbox/inbox-words';
import { resources } from '../../../src/renderer/i18n/i18n';
import type { InboxEntry } from '../../../src/shared/inbox';
import type { BillNotice } from '../../../src/shared/bills';

const en = i18next.createInstance();
const zh = i18next.createInstance();

beforeAll(async () => {
  await en.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
  await zh.init({ resources, lng: 'zh-CN', interpolation: { escapeValue: false } });
});

const food = (id: string) => (id === 'cat-food' ? 'Food & dining' : undefined);
const inEnglish = (): WordingContext => ({ t: en.t, locale: 'en-US', categoryName: food });
const inChinese = (): WordingContext => ({
  t: zh.t,
  locale: 'zh-CN',
  categoryName: (id) => (id === 'cat-food' ? '餐饮' : undefined),
});

const budget80: InboxEntry = {
  id: 'budget|cat-food|2026-11|80',
  at: Date.UTC(2026, 10, 25, 2),
  read: false,
  kind: 'budget-alert',
  params: {
    categoryId: 'cat-food',
    month: '2026-11',
    threshold: 80,
    spent: 8_500,
    available: 10_000,
    currency: 'CNY',
  },
};

const billEntry = (kind: BillNotice['kind']): InboxEntry => ({
  id: `bill-1|2026-11-28|${kind}`,
  at: Date.UTC(2026, 10, 26, 1),
  read: true,
  kind: 'bill-notice',
  params: {
    kind,
    billId: 'bill-1',
    billName: 'State Grid',
    dueDate: '2026-11-28',
    amount: 18_000,
    currency: 'CNY',
    ...(kind === 'autopay-failed' ? { reason: 'INSUFFICIENT_FUNDS' } : {}),
  },
});

describe('inbox entries are worded from their kind and parameters', () => {
  it('says how much of a budget is used, and links to that month’s budgets', () => {
    expect(wordEntry(budget80, inEnglish())).toEqual({
      title: 'Food & dining budget 80% used',
      body: 'CN¥85.00 of CN¥100.00 spent in November 2026',
      href: '#/budgets?month=2026-11',
      linkLabel: 'Open budgets',
    });
    expect(wordEntry(budget80, inChinese())).toMatchObject({
      title: '餐饮预算已用 80%',
      body: '2026年11月已花 ¥85.00，预算 ¥100.00',
    });
    const usedUp = { ...budget80, params: { ...budget80.params, threshold: 100 as const } };
    expect(wordEntry(usedUp, inEnglish()).title).toBe('Food & dining budget used up');
  });

  it('names a category it no longer knows generically', () => {
    const gone = { ...budget80, params: { ...budget80.params, categoryId: 'cat-gone' } };
    expect(wordEntry(gone, inEnglish()).title).toBe('A category budget 80% used');
  });

  it('says when a bill is due or overdue, when a schedule posted on its own, and why one did not', () => {
    expect(wordEntry(billEntry('reminder'), inEnglish())).toEqual({
      title: 'State Grid is due Nov 28, 2026',
      body: 'CN¥180.00 — pay it in Purse',
      href: '#/bills/bill-1',
      linkLabel: 'Open the bill',
    });
    expect(wordEntry(billEntry('overdue'), inEnglish()).title).toBe('State Grid is overdue');
    expect(wordEntry(billEntry('autopay-paid'), inChinese()).title).toBe('State Grid 已按计划入账');
    const failed = wordEntry(billEntry('autopay-failed'), inEnglish());
    expect(failed.title).toBe('State Grid could not post on schedule');
    expect(failed.body).toMatch(
      /^CN¥180\.00 for Nov 28, 2026 is still waiting\. There isn’t enough money/,
    );
    expect(wordEntry(billEntry('waiting'), inEnglish()).title).toBe(
      'State Grid is waiting for you',
    );
    expect(wordEntry(billEntry('reminder'), inChinese()).title).toBe(
      'State Grid 将于 2026年11月28日 到期',
    );
  });
});
