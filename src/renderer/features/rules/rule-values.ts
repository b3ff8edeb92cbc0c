import { CURRENCY_DIGITS, type CurrencyCode } from '../../../shared/currencies';
import {
  WHOLE_SHARE,
  type Rule,
  type RuleAction,
  type RuleCondition,
  type RuleSource,
  type RulesSaveInput,
  type TextOp,
} from '../../../shared/rules';

export type ConditionField = RuleCondition['field'];
export type ActionField = RuleAction['set'];

/** One condition as the form holds it. */
export interface ConditionValues {
  readonly field: ConditionField;
  readonly op?: TextOp;
  /** The text; for "one of", one value per line. */
  readonly text?: string;
  readonly min?: number | null;
  readonly max?: number | null;
  readonly accountIds?: string[];
  readonly sources?: RuleSource[];
}

/** One action as the form holds it; a split's shares in percent. */
export interface ActionValues {
  readonly set: ActionField;
  readonly categoryId?: string;
  readonly tags?: string[];
  readonly name?: string;
  readonly memo?: string;
  readonly lines?: { readonly categoryId?: string; readonly percent?: number | null }[];
}

export interface RuleValues {
  readonly name?: string;
  readonly enabled?: boolean;
  readonly conditions?: ConditionValues[];
  readonly actions?: ActionValues[];
}

const scale = (currency: CurrencyCode) => 10 ** CURRENCY_DIGITS[currency];
const toMinor = (value: number | null | undefined, currency: CurrencyCode) =>
  value === null || value === undefined ? undefined : Math.round(value * scale(currency));

function conditionOf(c: ConditionValues, currency: CurrencyCode): unknown {
  switch (c.field) {
    case 'payee':
    case 'memo': {
      const op = c.op ?? 'contains';
      const text = c.text ?? '';
      const values =
        op === 'oneOf'
          ? text
              .split('\n')
              .map((value) => value.trim())
              .filter(Boolean)
          : [text.trim()];
      return { field: c.field, op, values };
    }
    case 'amount': {
      const min = toMinor(c.min, currency);
      const max = toMinor(c.max, currency);
      return {
        field: 'amount',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      };
    }
    case 'account':
      return { field: 'account', accountIds: c.accountIds ?? [] };
    case 'source':
      return { field: 'source', sources: c.sources ?? [] };
  }
}

function actionOf(a: ActionValues): unknown {
  switch (a.set) {
    case 'category':
      return { set: 'category', categoryId: a.categoryId };
    case 'tags':
      return { set: 'tags', tags: a.tags ?? [] };
    case 'payee':
      return { set: 'payee', name: a.name ?? '' };
    case 'memo':
      return { set: 'memo', memo: a.memo ?? '' };
    case 'split':
      return {
        set: 'split',
        lines: (a.lines ?? []).map((line) => ({
          categoryId: line.categoryId,
          share: Math.round((line.percent ?? 0) * (WHOLE_SHARE / 100)),
        })),
      };
  }
}

/** What `rules.save` takes from the form (the ledger checks it, field by field). */
export function ruleInputOf(
  values: RuleValues,
  currency: CurrencyCode,
  id?: string,
): RulesSaveInput {
  return {
    ...(id ? { id } : {}),
    name: (values.name ?? '').trim(),
    enabled: values.enabled ?? true,
    conditions: (values.conditions ?? []).map((c) => conditionOf(c, currency)),
    actions: (values.actions ?? []).map(actionOf),
  } as RulesSaveInput;
}

/** A saved rule as the form shows it. */
export function valuesOf(rule: Rule, currency: CurrencyCode): RuleValues {
  const major = (minor: number | undefined) =>
    minor === undefined ? undefined : minor / scale(currency);
  return {
    name: rule.name,
    enabled: rule.enabled,
    conditions: rule.conditions.map((c): ConditionValues => {
      switch (c.field) {
        case 'payee':
        case 'memo':
          return { field: c.field, op: c.op, text: c.values.join('\n') };
        case 'amount':
          return { field: 'amount', min: major(c.min), max: major(c.max) };
        case 'account':
          return { field: 'account', accountIds: [...c.accountIds] };
        case 'source':
          return { field: 'source', sources: [...c.sources] };
      }
    }),
    actions: rule.actions.map((a): ActionValues => {
      switch (a.set) {
        case 'category':
          return { set: 'category', categoryId: a.categoryId };
        case 'tags':
          return { set: 'tags', tags: [...a.tags] };
        case 'payee':
          return { set: 'payee', name: a.name };
        case 'memo':
          return { set: 'memo', memo: a.memo };
        case 'split':
          return {
            set: 'split',
            lines: a.lines.map((line) => ({
              categoryId: line.categoryId,
              percent: line.share / (WHOLE_SHARE / 100),
            })),
          };
      }
    }),
  };
}

/** What the form can tell is wrong before asking the ledger: the first problem, as a key. */
export function ruleProblem(
  values: RuleValues,
): { key: 'pattern' | 'range' | 'shares' | 'text'; n: number } | undefined {
  const conditions = values.conditions ?? [];
  for (const [index, c] of conditions.entries()) {
    const n = index + 1;
    if ((c.field === 'payee' || c.field === 'memo') && !(c.text ?? '').trim())
      return { key: 'text', n };
    if (c.op === 'matches' && (c.field === 'payee' || c.field === 'memo')) {
      try {
        new RegExp(c.text ?? '', 'iu');
      } catch {
        return { key: 'pattern', n };
      }
    }
    if (
      c.field === 'amount' &&
      typeof c.min === 'number' &&
      typeof c.max === 'number' &&
      c.min > c.max
    )
      return { key: 'range', n };
  }
  for (const [index, a] of (values.actions ?? []).entries()) {
    if (a.set !== 'split') continue;
    const total = (a.lines ?? []).reduce((sum, line) => sum + (line.percent ?? 0), 0);
    if (Math.round(total * 100) !== 100 * 100) return { key: 'shares', n: index + 1 };
  }
  return undefined;
}

/** The rule Purse proposes: this payee, always this category. */
export function proposedRule(proposal: { payee: string; categoryId: string }): RuleValues {
  return {
    name: proposal.payee,
    enabled: true,
    conditions: [{ field: 'payee', op: 'equals', text: proposal.payee }],
    actions: [{ set: 'category', categoryId: proposal.categoryId }],
  };
}

export const NEW_RULE: RuleValues = {
  enabled: true,
  conditions: [{ field: 'payee', op: 'contains' }],
  actions: [{ set: 'category' }],
};
