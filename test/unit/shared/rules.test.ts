import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyRules,
  ruleLoop,
  rulesSaveInput,
  splitByShares,
  WHOLE_SHARE,
  type Rule,
  type RuleSubject,
} from '../../../src/shared/rules';

const A = '01a251eb-29c5-733d-8852-5d0651550ec9';
const B = '01a251eb-29c5-733d-8852-5d0651550eca';
const coffee: RuleSubject = {
  kind: 'expense',
  amount: 3_200,
  accountId: A,
  payee: 'Luckin Coffee 瑞幸',
  memo: 'Latte',
  source: 'import',
};

function rule(id: string, body: Partial<Rule>): Rule {
  return {
    id,
    name: id,
    enabled: true,
    order: 0,
    createdAt: 0,
    updatedAt: 0,
    conditions: [],
    actions: [],
    ...body,
  };
}

describe('rules', () => {
  it('match on payee, memo, amount, account and source, ignoring case and width', () => {
    const when = (conditions: Rule['conditions']) =>
      applyRules([rule('r', { conditions, actions: [{ set: 'tags', tags: ['x'] }] })], coffee)
        .ruleIds.length === 1;
    expect(when([{ field: 'payee', op: 'contains', values: ['LUCKIN'] }])).toBe(true);
    expect(when([{ field: 'payee', op: 'equals', values: ['luckin coffee 瑞幸'] }])).toBe(true);
    expect(when([{ field: 'payee', op: 'equals', values: ['luckin'] }])).toBe(false);
    expect(when([{ field: 'memo', op: 'oneOf', values: ['mocha', 'ＬＡＴＴＥ'] }])).toBe(true);
    expect(when([{ field: 'memo', op: 'matches', values: ['^lat+e$'] }])).toBe(true);
    expect(when([{ field: 'amount', min: 3_200, max: 3_200 }])).toBe(true);
    expect(when([{ field: 'amount', max: 3_199 }])).toBe(false);
    expect(when([{ field: 'account', accountIds: [B] }])).toBe(false);
    expect(when([{ field: 'source', sources: ['manual'] }])).toBe(false);
    expect(
      when([
        { field: 'source', sources: ['import', 'manual'] },
        { field: 'account', accountIds: [A, B] },
      ]),
    ).toBe(true);
  });

  it('run in order: a later rule wins on the same field, tags add up, disabled ones are skipped', () => {
    const effect = applyRules(
      [
        rule('first', {
          conditions: [{ field: 'payee', op: 'contains', values: ['coffee'] }],
          actions: [
            { set: 'category', categoryId: A },
            { set: 'tags', tags: ['coffee'] },
          ],
        }),
        rule('off', {
          enabled: false,
          conditions: [{ field: 'amount', min: 1 }],
          actions: [{ set: 'memo', memo: 'never' }],
        }),
        rule('second', {
          conditions: [{ field: 'amount', min: 1_000 }],
          actions: [
            {
              set: 'split',
              lines: [
                { categoryId: B, share: 5_000 },
                { categoryId: A, share: 5_000 },
              ],
            },
            { set: 'tags', tags: ['big', 'coffee'] },
          ],
        }),
      ],
      coffee,
    );
    expect(effect).toEqual({
      ruleIds: ['first', 'second'],
      tags: ['coffee', 'big'],
      split: [
        { categoryId: B, share: 5_000 },
        { categoryId: A, share: 5_000 },
      ],
    });
  });

  it('let a later rule see the payee and memo an earlier one set', () => {
    const effect = applyRules(
      [
        rule('rename', {
          conditions: [{ field: 'payee', op: 'contains', values: ['瑞幸'] }],
          actions: [{ set: 'payee', name: 'Luckin' }],
        }),
        rule('by name', {
          conditions: [{ field: 'payee', op: 'equals', values: ['luckin'] }],
          actions: [{ set: 'category', categoryId: B }],
        }),
      ],
      coffee,
    );
    expect(effect).toMatchObject({ payee: 'Luckin', categoryId: B });
  });

  it('find a loop: a rule setting what an earlier rule looks for', () => {
    const reads = rule('Coffee', {
      conditions: [{ field: 'memo', op: 'contains', values: ['coffee'] }],
      actions: [{ set: 'category', categoryId: A }],
    });
    const writes = rule('Tidy memos', {
      conditions: [{ field: 'payee', op: 'contains', values: ['luckin'] }],
      actions: [{ set: 'memo', memo: 'Morning coffee' }],
    });
    expect(ruleLoop([reads, writes])).toEqual({ rule: 'Tidy memos', earlier: 'Coffee' });
    expect(ruleLoop([writes, reads])).toBeUndefined();
    expect(ruleLoop([reads, { ...writes, enabled: false }])).toBeUndefined();
  });

  it('refuse bad rules with the field named: a bad pattern, a range upside down, shares not adding up', () => {
    const base = {
      name: 'r',
      enabled: true,
      conditions: [{ field: 'payee', op: 'contains', values: ['x'] }],
      actions: [{ set: 'category', categoryId: A }],
    };
    const bad = [
      { ...base, conditions: [{ field: 'memo', op: 'matches', values: ['(unclosed'] }] },
      { ...base, conditions: [{ field: 'amount', min: 500, max: 100 }] },
      { ...base, conditions: [{ field: 'amount' }] },
      { ...base, conditions: [] },
      { ...base, actions: [] },
      { ...base, conditions: [{ field: 'payee', op: 'equals', values: ['a', 'b'] }] },
      {
        ...base,
        actions: [
          {
            set: 'split',
            lines: [
              { categoryId: A, share: 6_000 },
              { categoryId: B, share: 3_000 },
            ],
          },
        ],
      },
      {
        ...base,
        actions: [
          { set: 'category', categoryId: A },
          {
            set: 'split',
            lines: [
              { categoryId: A, share: 5_000 },
              { categoryId: B, share: 5_000 },
            ],
          },
        ],
      },
    ];
    for (const input of bad) expect(rulesSaveInput.safeParse(input).success).toBe(false);
    expect(rulesSaveInput.safeParse(base).success).toBe(true);
  });

  it('split by percent into lines that add up to the amount exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 10 }),
        (amount, weights) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const shares = weights.map((w) => Math.max(1, Math.floor((w * WHOLE_SHARE) / total)));
          shares[0]! += WHOLE_SHARE - shares.reduce((a, b) => a + b, 0);
          if (shares[0]! < 1) return;
          const lines = shares.map((share, i) => ({ categoryId: `${i}`, share }));
          const split = splitByShares(amount, lines);
          if (!split) return;
          expect(split.reduce((sum, line) => sum + line.amount, 0)).toBe(amount);
          for (const line of split) expect(line.amount).toBeGreaterThan(0);
        },
      ),
    );
    expect(
      splitByShares(100, [
        { categoryId: A, share: 3_333 },
        { categoryId: B, share: 6_667 },
      ]),
    ).toEqual([
      { categoryId: A, amount: 33 },
      { categoryId: B, amount: 67 },
    ]);
    expect(
      splitByShares(1, [
        { categoryId: A, share: 5_000 },
        { categoryId: B, share: 5_000 },
      ]),
    ).toBeUndefined();
  });
});
