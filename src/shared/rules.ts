import { z } from 'zod';
import type { SplitLine } from './domain';
import {
  idSchema,
  instantSchema,
  minorSchema,
  nameSchema,
  tagsSchema,
  textSchema,
} from './schemas';

/**
 * Rules: "when a transaction's payee, memo, amount, account and source are like this, set its
 * category, tags, payee, memo or split". Ordered; each enabled rule whose conditions all hold
 * on the transaction as the earlier rules left it applies its actions, so a later rule wins
 * on the same field (tags add up). Rules run on imported rows and on what the person types,
 * and on existing transactions when asked, as one undoable operation.
 */

export const RULE_SOURCES = ['manual', 'import', 'recurring'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

export const TEXT_OPS = ['equals', 'contains', 'matches', 'oneOf'] as const;
export type TextOp = (typeof TEXT_OPS)[number];

export const RULES_MAX = 200;
/** Percent shares are in hundredths of a percent: 10,000 is the whole amount. */
export const WHOLE_SHARE = 10_000;

function validPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu');
    return true;
  } catch {
    return false;
  }
}

const textValue = textSchema(200).pipe(z.string().min(1, 'Enter the text to compare with'));

const textCondition = z
  .strictObject({
    field: z.enum(['payee', 'memo']),
    op: z.enum(TEXT_OPS),
    /** `oneOf`: the values, one per line; the others: one value. */
    values: z.array(textValue).min(1, 'Enter the text to compare with').max(50),
  })
  .refine((c) => c.op === 'oneOf' || c.values.length === 1, {
    message: 'Only "one of" takes several values',
    path: ['values'],
  })
  .refine((c) => c.op !== 'matches' || validPattern(c.values[0]!), {
    message: 'That is not a valid pattern',
    path: ['values'],
  });

const amountCondition = z
  .strictObject({
    field: z.literal('amount'),
    min: minorSchema.refine((n) => n >= 0, 'Amounts are sizes: not below zero').optional(),
    max: minorSchema.refine((n) => n >= 0, 'Amounts are sizes: not below zero').optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, {
    message: 'Give a lowest or a highest amount',
    path: ['min'],
  })
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
    message: 'The lowest amount is above the highest',
    path: ['max'],
  });

const accountCondition = z.strictObject({
  field: z.literal('account'),
  accountIds: z.array(idSchema).min(1, 'Choose an account').max(50),
});

const sourceCondition = z.strictObject({
  field: z.literal('source'),
  sources: z.array(z.enum(RULE_SOURCES)).min(1, 'Choose a source'),
});

export const ruleConditionSchema = z.union([
  textCondition,
  amountCondition,
  accountCondition,
  sourceCondition,
]);
export type RuleCondition = z.output<typeof ruleConditionSchema>;

const shareLines = z
  .array(
    z.strictObject({
      categoryId: idSchema,
      share: z
        .number()
        .int()
        .min(1)
        .max(WHOLE_SHARE - 1),
    }),
  )
  .min(2, 'A split has at least two lines')
  .max(10)
  .refine((lines) => lines.reduce((sum, line) => sum + line.share, 0) === WHOLE_SHARE, {
    message: 'The percentages must add up to 100',
  });

export const ruleActionSchema = z.discriminatedUnion('set', [
  z.strictObject({ set: z.literal('category'), categoryId: idSchema }),
  z.strictObject({ set: z.literal('tags'), tags: tagsSchema.pipe(z.array(z.string()).min(1)) }),
  z.strictObject({ set: z.literal('payee'), name: nameSchema }),
  z.strictObject({ set: z.literal('memo'), memo: textValue }),
  z.strictObject({ set: z.literal('split'), lines: shareLines }),
]);
export type RuleAction = z.output<typeof ruleActionSchema>;

const ruleBody = {
  name: nameSchema,
  enabled: z.boolean(),
  conditions: z.array(ruleConditionSchema).min(1, 'A rule needs a condition').max(10),
  actions: z.array(ruleActionSchema).min(1, 'A rule needs an action').max(5),
};

export const rulesSaveInput = z
  .strictObject({ id: idSchema.optional(), ...ruleBody })
  .refine(
    (r) =>
      new Set(r.actions.map((a) => (a.set === 'split' ? 'category' : a.set))).size ===
      r.actions.length,
    { message: 'Each field is set once: a category or a split, not both', path: ['actions'] },
  );
export type RulesSaveInput = z.output<typeof rulesSaveInput>;

export interface Rule extends Omit<RulesSaveInput, 'id'> {
  readonly id: string;
  /** Its place in the order rules run in: lowest first. */
  readonly order: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** A saved rule as `rules.save` takes it (to change it) and `rules.preview` tries it. */
export function saveInputOf(rule: Rule): RulesSaveInput {
  const { order: _order, createdAt: _created, updatedAt: _updated, ...input } = rule;
  return input;
}

export const rulesReorderInput = z.strictObject({
  ids: z.array(idSchema).max(RULES_MAX),
});

/** Which existing transactions a preview or an apply looks at: a date range. */
const period = {
  from: instantSchema.optional(),
  to: instantSchema.optional(),
};

export const rulesPreviewInput = z.strictObject({
  rule: rulesSaveInput,
  ...period,
});

export const rulesApplyInput = z.strictObject({ id: idSchema, ...period });

/** What a rule reads of a transaction (income or an expense). */
export interface RuleSubject {
  readonly kind: 'income' | 'expense';
  readonly amount: number;
  readonly accountId: string;
  readonly payee?: string;
  readonly memo?: string;
  readonly source: RuleSource;
}

/** What rules change on a transaction: each field at most once, and the rules that did. */
export interface RuleEffect {
  readonly categoryId?: string;
  readonly tags?: readonly string[];
  readonly payee?: string;
  readonly memo?: string;
  readonly split?: readonly { readonly categoryId: string; readonly share: number }[];
  readonly ruleIds: readonly string[];
}

export const NO_EFFECT: RuleEffect = { ruleIds: [] };

function folded(text: string | undefined): string {
  return (text ?? '').normalize('NFKC').toLowerCase().trim();
}

function textMatches(
  condition: Extract<RuleCondition, { field: 'payee' | 'memo' }>,
  text: string | undefined,
): boolean {
  const value = folded(text);
  const wanted = condition.values.map(folded);
  switch (condition.op) {
    case 'equals':
      return value === wanted[0];
    case 'contains':
      return value.includes(wanted[0]!);
    case 'oneOf':
      return wanted.includes(value);
    case 'matches':
      return new RegExp(condition.values[0]!, 'iu').test((text ?? '').normalize('NFKC'));
  }
}

export function conditionHolds(condition: RuleCondition, subject: RuleSubject): boolean {
  switch (condition.field) {
    case 'payee':
      return textMatches(condition, subject.payee);
    case 'memo':
      return textMatches(condition, subject.memo);
    case 'amount':
      return (
        (condition.min === undefined || subject.amount >= condition.min) &&
        (condition.max === undefined || subject.amount <= condition.max)
      );
    case 'account':
      return condition.accountIds.includes(subject.accountId);
    case 'source':
      return condition.sources.includes(subject.source);
  }
}

export function ruleMatches(rule: Pick<Rule, 'conditions'>, subject: RuleSubject): boolean {
  return rule.conditions.every((condition) => conditionHolds(condition, subject));
}

/** Runs `rules` (in their order, enabled ones) on `subject`: what they set. */
export function applyRules(
  rules: readonly Pick<Rule, 'id' | 'enabled' | 'conditions' | 'actions'>[],
  start: RuleSubject,
): RuleEffect {
  let subject = start;
  let effect: { -readonly [K in keyof RuleEffect]: RuleEffect[K] } = { ruleIds: [] };
  for (const rule of rules) {
    if (!rule.enabled || !ruleMatches(rule, subject)) continue;
    effect = { ...effect, ruleIds: [...effect.ruleIds, rule.id] };
    for (const action of rule.actions) {
      switch (action.set) {
        case 'category': {
          const { split: _split, ...rest } = effect;
          effect = { ...rest, categoryId: action.categoryId };
          break;
        }
        case 'split': {
          const { categoryId: _category, ...rest } = effect;
          effect = { ...rest, split: action.lines };
          break;
        }
        case 'tags':
          effect = { ...effect, tags: [...new Set([...(effect.tags ?? []), ...action.tags])] };
          break;
        case 'payee':
          effect = { ...effect, payee: action.name };
          subject = { ...subject, payee: action.name };
          break;
        case 'memo':
          effect = { ...effect, memo: action.memo };
          subject = { ...subject, memo: action.memo };
          break;
      }
    }
  }
  return effect;
}

/**
 * A rule whose result would make an earlier rule match, which then never sees it (a loop in
 * the order): the first such pair, or undefined. Only payee and memo are both read and set.
 */
export function ruleLoop(
  rules: readonly Pick<Rule, 'id' | 'name' | 'enabled' | 'conditions' | 'actions'>[],
): { readonly rule: string; readonly earlier: string } | undefined {
  const active = rules.filter((rule) => rule.enabled);
  for (let i = 0; i < active.length; i += 1) {
    const rule = active[i]!;
    for (const action of rule.actions) {
      if (action.set !== 'payee' && action.set !== 'memo') continue;
      const field = action.set;
      const value = action.set === 'payee' ? action.name : action.memo;
      for (const earlier of active.slice(0, i)) {
        const reads = earlier.conditions.filter((c) => c.field === field);
        if (
          reads.length &&
          reads.every((c) =>
            textMatches(c as Extract<RuleCondition, { field: typeof field }>, value),
          )
        )
          return { rule: rule.name, earlier: earlier.name };
      }
    }
  }
  return undefined;
}

/**
 * A split by percent shares as split lines of `amount`: each line its share rounded down,
 * the minor units left over given to the largest remainders first, so the lines add up to
 * the amount exactly. Lines that come to nothing are dropped; undefined when fewer than two
 * are left (the amount is too small to split).
 */
export function splitByShares(
  amount: number,
  lines: readonly { readonly categoryId: string; readonly share: number }[],
): SplitLine[] | undefined {
  const exact = lines.map((line) => (amount * line.share) / WHOLE_SHARE);
  const parts = exact.map(Math.floor);
  let left = amount - parts.reduce((sum, part) => sum + part, 0);
  const order = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  const split = lines
    .map((line, index) => ({ categoryId: line.categoryId, amount: parts[index]! }))
    .filter((line) => line.amount > 0);
  return split.length >= 2 ? split : undefined;
}

/**
 * The category or split an effect gives a transaction of `kind` and `amount`: the category
 * when it is of that kind, or the split when every line's is (and the amount splits into two
 * lines or more); nothing otherwise. Imports and "apply to existing" decide it alike.
 */
export function categorisedBy(
  effect: RuleEffect,
  kind: RuleSubject['kind'],
  amount: number,
  kindOf: (categoryId: string) => string | undefined,
): { readonly categoryId?: string; readonly splits?: SplitLine[] } {
  if (effect.categoryId)
    return kindOf(effect.categoryId) === kind ? { categoryId: effect.categoryId } : {};
  if (!effect.split?.every((line) => kindOf(line.categoryId) === kind)) return {};
  const splits = splitByShares(amount, effect.split);
  return splits ? { splits } : {};
}

/** How many existing transactions a rule would change, and a few of them, before and after. */
export interface RulePreview {
  /** Income and expenses in the period the rule was tried on. */
  readonly considered: number;
  /** Those whose conditions hold. */
  readonly matched: number;
  /** Those it would change (matched, not reconciled, and not already as it would set them). */
  readonly changed: number;
  readonly sample: readonly RulePreviewItem[];
}

export interface RulePreviewItem {
  readonly id: string;
  readonly occurredAt: number;
  readonly amount: number;
  readonly currency: string;
  readonly kind: 'income' | 'expense';
  readonly payee?: string;
  readonly memo?: string;
  readonly categoryId?: string;
  readonly effect: RuleEffect;
}

/** A rule Purse proposes after the person moved a payee's transactions to one category twice. */
export interface RuleProposal {
  readonly payee: string;
  readonly categoryId: string;
}

export interface RuleApplied {
  readonly changed: number;
  readonly skipped: number;
  readonly operationId?: string;
}
