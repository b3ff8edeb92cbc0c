import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulkOutcome } from '../../../../../src/shared/corrections';
import type { Category, TransactionDetail } from '../../../../../src/shared/domain';
import type { ImportCheck } from '../../../../../src/shared/imports';
import type { Rule, RuleApplied, RulePreview } from '../../../../../src/shared/rules';
import { categoryByBuiltin } from '../../../../support/ledger-fixture';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';

let c: CorrectionsFixture;
let transport: Category;
let coffee: TransactionDetail;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const refusal = (method: string, input: unknown) => c.refusal(method, input);
const taxiRule = (extra: Record<string, unknown> = {}) => ({
  name: 'Taxis',
  enabled: true,
  conditions: [{ field: 'memo', op: 'contains', values: ['taxi'] }],
  actions: [
    { set: 'category', categoryId: transport.id },
    { set: 'tags', tags: ['travel'] },
  ],
  ...extra,
});
const categoryOf = async (id: string) =>
  (await call<TransactionDetail>('transactions.get', { id })).transaction.categoryId;

beforeEach(async () => {
  c = await correctionsFixture();
  transport = await categoryByBuiltin(c.fx.api, 'transport');
  c.fx.clock.set(Date.UTC(2026, 10, 26, 4));
  await c.expense(2_000, 21, 'Taxi home');
  await c.expense(1_500, 22, 'taxi to work');
  coffee = await c.expense(3_200, 23, 'coffee');
});
afterEach(() => c.fx.close());

describe('rules', () => {
  it('are kept in order, and a rule that would make an earlier one match is refused', async () => {
    const first = await call<Rule>('rules.save', taxiRule());
    const memoRule = {
      name: 'Name rides',
      enabled: true,
      conditions: [{ field: 'amount', min: 1_000 }],
      actions: [{ set: 'memo', memo: 'taxi' }],
    };
    const refused = await refusal('rules.save', memoRule);
    expect(refused).toMatchObject({
      code: 'VALIDATION',
      details: { rule: 'Name rides', earlier: 'Taxis' },
    });
    expect(await call<Rule[]>('rules.list')).toEqual([first]);
    // Disabled, the same rule is no loop; put first, neither is.
    const second = await call<Rule>('rules.save', { ...memoRule, enabled: false });
    expect(
      await refusal('rules.save', { ...second, enabled: true, order: undefined }),
    ).toMatchObject({
      code: 'VALIDATION',
    });
    const reordered = await call<Rule[]>('rules.reorder', { ids: [second.id, first.id] });
    expect(reordered.map((rule) => rule.name)).toEqual(['Name rides', 'Taxis']);
    expect(await refusal('rules.reorder', { ids: [first.id] })).toMatchObject({
      code: 'VALIDATION',
    });
    await call('rules.remove', { id: second.id });
    expect((await call<Rule[]>('rules.list')).map((rule) => rule.id)).toEqual([first.id]);
  });

  it('refuses a rule naming an account or category that does not exist, and keeps nothing', async () => {
    const missing = '01a251eb-29c5-733d-8852-5d0651550ec9';
    expect(
      await refusal(
        'rules.save',
        taxiRule({ actions: [{ set: 'category', categoryId: missing }] }),
      ),
    ).toMatchObject({ code: 'VALIDATION' });
    expect(
      await refusal(
        'rules.save',
        taxiRule({ conditions: [{ field: 'account', accountIds: [missing] }] }),
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await call<Rule[]>('rules.list')).toEqual([]);
  });

  it('previews what a rule would change, with counts that show a rule matching nothing or everything', async () => {
    const preview = await call<RulePreview>('rules.preview', { rule: taxiRule() });
    expect(preview).toMatchObject({ considered: 3, matched: 2, changed: 2 });
    expect(preview.sample.map((item) => item.memo)).toEqual(['taxi to work', 'Taxi home']);
    expect(preview.sample[0]!.effect).toMatchObject({ categoryId: transport.id, tags: ['travel'] });
    const everything = taxiRule({ conditions: [{ field: 'amount', min: 0 }] });
    expect(await call<RulePreview>('rules.preview', { rule: everything })).toMatchObject({
      considered: 3,
      matched: 3,
    });
    const nothing = taxiRule({ conditions: [{ field: 'memo', op: 'equals', values: ['boat'] }] });
    expect(await call<RulePreview>('rules.preview', { rule: nothing })).toMatchObject({
      matched: 0,
    });
    // The period narrows it; a preview changes nothing.
    const before = await c.money();
    expect(
      await call<RulePreview>('rules.preview', {
        rule: taxiRule(),
        from: Date.UTC(2026, 10, 22, 0),
      }),
    ).toMatchObject({ considered: 2, matched: 1 });
    expect(await c.money()).toEqual(before);
  });

  it('applies a rule to existing transactions as one operation that one undo takes back', async () => {
    const rule = await call<Rule>('rules.save', taxiRule());
    const before = await c.money();
    const applied = await call<RuleApplied>('rules.apply', { id: rule.id });
    expect(applied).toMatchObject({ changed: 2, skipped: 0 });
    const history = await call<{ items: TransactionDetail['transaction'][] }>('history.page', {
      filters: { categoryId: transport.id },
    });
    expect(history.items.map((t) => t.tags)).toEqual([['travel'], ['travel']]);
    expect(await categoryOf(coffee.transaction.id)).toBe(c.food.id);
    await c.verifyOk();
    // Applied again, it has nothing left to change.
    expect(await call<RuleApplied>('rules.apply', { id: rule.id })).toMatchObject({ changed: 0 });
    await call<BulkOutcome>('ledger.undo', {});
    expect(await c.money()).toEqual(before);
    expect(
      (await call<{ items: unknown[] }>('history.page', { filters: { categoryId: transport.id } }))
        .items,
    ).toEqual([]);
    await c.verifyOk();
  });

  it('applied by five requests at once, changes the transactions once, as one request would', async () => {
    const rule = await call<Rule>('rules.save', taxiRule());
    const results = await Promise.all(
      Array.from({ length: 5 }, () => c.fx.gateway.call('rules.apply', { id: rule.id })),
    );
    const changed = results.map((r) => (r.ok ? (r.value as RuleApplied).changed : -1));
    expect(changed.sort()).toEqual([0, 0, 0, 0, 2]);
    await call('ledger.undo', {});
    expect(
      (await call<{ items: unknown[] }>('history.page', { filters: { categoryId: transport.id } }))
        .items,
    ).toEqual([]);
    await c.verifyOk();
  });

  it('runs on imported rows: the rule sets category, tags and payee, unless the person chose a category', async () => {
    await call<Rule>('rules.save', {
      name: 'Didi',
      enabled: true,
      conditions: [{ field: 'payee', op: 'contains', values: ['didi'] }],
      actions: [
        { set: 'payee', name: 'DiDi' },
        { set: 'category', categoryId: transport.id },
        { set: 'tags', tags: ['ride'] },
      ],
    });
    const row = (line: number, extra: Record<string, unknown> = {}) => ({
      line,
      occurredAt: Date.UTC(2026, 10, 24, 4 + line),
      amount: -2_300 - line,
      counterparty: 'DIDI 滴滴出行',
      ...extra,
    });
    const input = {
      accountId: c.wallet.id,
      timeZone: TZ,
      profile: 'generic',
      rows: [row(1), row(2, { categoryId: c.food.id })],
      rejectedRows: 0,
      goodRowsOnly: false,
    };
    const check = await call<ImportCheck>('imports.check', input);
    expect(check.planned.map((p) => [p.categoryId, p.rules])).toEqual([
      [transport.id, ['Didi']],
      [c.food.id, ['Didi']],
    ]);
    await call('imports.commit', input);
    const page = await call<{ items: TransactionDetail['transaction'][] }>('history.page', {
      filters: { text: 'didi' },
    });
    expect(page.items.map((t) => [t.categoryId, t.tags, t.source])).toEqual([
      [c.food.id, ['ride'], 'import'],
      [transport.id, ['ride'], 'import'],
    ]);
    await c.verifyOk();
  });

  it('runs on what is typed: adds its tags and a memo when none was typed, keeping the category chosen', async () => {
    await call<Rule>('rules.save', {
      name: 'Lunch',
      enabled: true,
      conditions: [
        { field: 'source', sources: ['manual'] },
        { field: 'amount', max: 5_000 },
      ],
      actions: [
        { set: 'category', categoryId: transport.id },
        { set: 'tags', tags: ['weekday'] },
        { set: 'memo', memo: 'lunch' },
      ],
    });
    const typed = await c.expense(3_000, 24, 'noodles');
    expect(typed.transaction).toMatchObject({
      categoryId: c.food.id,
      tags: ['weekday'],
      memo: 'noodles',
    });
    const bare = await call<TransactionDetail>('transactions.record', {
      kind: 'expense',
      accountId: c.wallet.id,
      categoryId: c.food.id,
      amount: 2_000,
      occurredAt: Date.UTC(2026, 10, 24, 6),
      timeZone: TZ,
    });
    expect(bare.transaction).toMatchObject({ tags: ['weekday'], memo: 'lunch' });
    const big = await c.expense(9_000, 24, 'dinner');
    expect(big.transaction.tags).toBeUndefined();
    await c.verifyOk();
  });

  it('are proposed the second time a payee is moved to the same category, unless a rule covers it', async () => {
    const shop = await call<{ id: string }>('counterparties.create', {
      kind: 'merchant',
      name: 'Corner Shop',
    });
    const bought = (day: number) =>
      call<TransactionDetail>('transactions.record', {
        kind: 'expense',
        accountId: c.wallet.id,
        categoryId: c.food.id,
        counterpartyId: shop.id,
        amount: 1_000 + day,
        occurredAt: Date.UTC(2026, 10, day, 4),
        timeZone: TZ,
      });
    const [one, two, three] = [await bought(10), await bought(11), await bought(12)];
    const move = (detail: TransactionDetail) =>
      call<{ proposeRule?: unknown }>('transactions.update', {
        id: detail.transaction.id,
        categoryId: transport.id,
      });
    expect((await move(one)).proposeRule).toBeUndefined();
    expect((await move(two)).proposeRule).toEqual({
      payee: 'Corner Shop',
      categoryId: transport.id,
    });
    await call<Rule>('rules.save', {
      name: 'Corner Shop',
      enabled: true,
      conditions: [{ field: 'payee', op: 'equals', values: ['corner shop'] }],
      actions: [{ set: 'category', categoryId: transport.id }],
    });
    expect((await move(three)).proposeRule).toBeUndefined();
  });
});
