import { Dexie } from 'dexie';
import type { z } from 'zod';
import { BULK_MAX, type TransactionsUpdateInput } from '../../../shared/corrections';
import type { Counterparty, TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import {
  applyRules,
  splitByShares,
  type Rule,
  type RuleApplied,
  type RuleEffect,
  type RulePreview,
  type RulePreviewItem,
  type rulesApplyInput,
  type rulesPreviewInput,
} from '../../../shared/rules';
import type { CategoryKindOf } from '../aggregates';
import { audit } from '../audit';
import type { EngineContext } from '../context';
import { editedDetail } from '../corrections/edit-transaction';
import { recordOperation, type Changed } from '../corrections/operations';
import { replaceTransactions } from '../corrections/replace-transactions';
import { runCorrection } from '../corrections/undo';
import type { UndoStack } from '../corrections/undo-stack';
import { nameKey } from '../import/categoriser';
import { categoryKindsOf } from '../figures/month-figures';
import { detailOf, type TransactionRow } from '../../transaction-rows';
import { checkNames } from './rules';

const SAMPLE = 20;

type Period = { readonly from?: number; readonly to?: number };
type Runnable = Pick<Rule, 'id' | 'enabled' | 'conditions' | 'actions'>;

/** Income and expenses in the period, newest first: what a rule can change. */
async function incomeAndExpenses(ctx: EngineContext, period: Period): Promise<TransactionRow[]> {
  const rows = await ctx.db.transactions
    .where('[occurredAt+id]')
    .between(
      [period.from ?? 0, Dexie.minKey],
      [period.to ?? Number.MAX_SAFE_INTEGER, Dexie.maxKey],
      true,
      true,
    )
    .reverse()
    .toArray();
  return rows.filter((row) => row.kind === 'income' || row.kind === 'expense');
}

/** What one rule sets on a stored transaction, on its own (as "apply to existing" runs it). */
function effectOn(rule: Runnable, row: TransactionRow, payees: ReadonlyMap<string, Counterparty>) {
  const payee = row.counterpartyId ? payees.get(row.counterpartyId)?.name : undefined;
  return applyRules([{ ...rule, enabled: true }], {
    kind: row.kind as 'income' | 'expense',
    amount: row.amount,
    accountId: row.accountId,
    ...(payee ? { payee } : {}),
    ...(row.memo ? { memo: row.memo } : {}),
    source: row.source ?? 'manual',
  });
}

/**
 * The correction an effect makes to a transaction, as `transactions.update` takes it, or
 * undefined when it is already so. A category (or split) of the other kind is left alone;
 * a payee is named, and made by `payeeId` when it is new.
 */
function updateFor(
  row: TransactionRow,
  effect: RuleEffect,
  kindOf: CategoryKindOf,
  payees: ReadonlyMap<string, Counterparty>,
  payeeId: (name: string) => string | undefined,
): TransactionsUpdateInput | undefined {
  const input: { -readonly [K in keyof TransactionsUpdateInput]: TransactionsUpdateInput[K] } = {
    id: row.id,
  };
  let changes = false;
  if (effect.categoryId && kindOf(effect.categoryId) === row.kind) {
    if (row.categoryId !== effect.categoryId || row.splits) {
      input.categoryId = effect.categoryId;
      if (row.splits) input.splits = null;
      changes = true;
    }
  }
  if (effect.split && effect.split.every((line) => kindOf(line.categoryId) === row.kind)) {
    const splits = splitByShares(row.amount, effect.split);
    if (
      splits &&
      JSON.stringify(splits) !==
        JSON.stringify(row.splits?.map(({ categoryId, amount }) => ({ categoryId, amount })))
    ) {
      input.splits = splits as TransactionsUpdateInput['splits'];
      changes = true;
    }
  }
  if (effect.tags) {
    const tags = [...new Set([...(row.tags ?? []), ...effect.tags])].slice(0, 10);
    if (tags.length !== (row.tags ?? []).length) {
      input.tags = tags;
      changes = true;
    }
  }
  if (effect.memo !== undefined && effect.memo !== row.memo) {
    input.memo = effect.memo;
    changes = true;
  }
  if (effect.payee !== undefined) {
    const current = row.counterpartyId ? payees.get(row.counterpartyId)?.name : undefined;
    if (nameKey(current) !== nameKey(effect.payee)) {
      const id = payeeId(effect.payee);
      if (id) input.counterpartyId = id;
      changes = true;
    }
  }
  return changes ? input : undefined;
}

function itemOf(row: TransactionRow, effect: RuleEffect, payee?: string): RulePreviewItem {
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    amount: row.amount,
    currency: row.currency,
    kind: row.kind as 'income' | 'expense',
    ...(payee ? { payee } : {}),
    ...(row.memo ? { memo: row.memo } : {}),
    ...(row.categoryId ? { categoryId: row.categoryId } : {}),
    effect,
  };
}

/**
 * What a rule (saved or not) would do to the income and expenses of a period: how many it
 * looks at, how many it matches and would change (a rule that matches nothing or every one
 * shows here), and the newest it would change, each with what it would set. Changes nothing.
 */
export async function previewRule(
  ctx: EngineContext,
  input: z.output<typeof rulesPreviewInput>,
): Promise<RulePreview> {
  const tables = [ctx.db.transactions, ctx.db.counterparties, ctx.db.categories, ctx.db.accounts];
  return ctx.db.transaction('r', tables, async () => {
    await checkNames(ctx, input.rule);
    const [rows, counterparties, kindOf] = await Promise.all([
      incomeAndExpenses(ctx, input),
      ctx.db.counterparties.toArray(),
      categoryKindsOf(ctx),
    ]);
    const payees = new Map(counterparties.map((c) => [c.id, c]));
    const rule = { ...input.rule, id: input.rule.id ?? 'preview' };
    let matched = 0;
    let changed = 0;
    const sample: RulePreviewItem[] = [];
    for (const row of rows) {
      const effect = effectOn(rule, row, payees);
      if (!effect.ruleIds.length) continue;
      matched += 1;
      if (row.reconciled?.length) continue;
      if (!updateFor(row, effect, kindOf, payees, () => undefined)) continue;
      changed += 1;
      if (sample.length < SAMPLE) {
        const payee = row.counterpartyId ? payees.get(row.counterpartyId)?.name : undefined;
        sample.push(itemOf(row, effect, payee));
      }
    }
    return { considered: rows.length, matched, changed, sample };
  });
}

/**
 * Applies one rule to the income and expenses of a period as one operation (one undo takes
 * all of it back): each transaction it matches gets what it sets, through the same checks as
 * an edit. Reconciled ones are left and counted, as a bulk edit leaves them.
 */
export async function applyRule(
  ctx: EngineContext,
  stack: UndoStack,
  input: z.output<typeof rulesApplyInput>,
): Promise<RuleApplied> {
  const { value, outcome } = await runCorrection(ctx, stack, async () => {
    const rule = await ctx.db.rules.get(input.id);
    if (!rule) throw new PurseError('NOT_FOUND', 'That rule does not exist.', { id: input.id });
    await checkNames(ctx, rule);
    const [rows, counterparties, kindOf] = await Promise.all([
      incomeAndExpenses(ctx, input),
      ctx.db.counterparties.toArray(),
      categoryKindsOf(ctx),
    ]);
    const payees = new Map(counterparties.map((c) => [c.id, c]));
    const byName = new Map(
      counterparties.filter((c) => c.kind !== 'contact').map((c) => [nameKey(c.name), c]),
    );
    const made: Counterparty[] = [];
    const payeeId = (name: string) => {
      let found = byName.get(nameKey(name));
      if (!found) {
        found = { id: newId(), kind: 'merchant', name, createdAt: ctx.clock.now() };
        byName.set(nameKey(name), found);
        payees.set(found.id, found);
        made.push(found);
      }
      return found.id;
    };
    const edits: { row: TransactionRow; update: TransactionsUpdateInput }[] = [];
    let skipped = 0;
    for (const row of rows) {
      const effect = effectOn(rule, row, payees);
      if (!effect.ruleIds.length) continue;
      if (row.reconciled?.length) {
        skipped += 1;
        continue;
      }
      const update = updateFor(row, effect, kindOf, payees, payeeId);
      if (update) edits.push({ row, update });
    }
    if (edits.length > BULK_MAX)
      throw new PurseError(
        'VALIDATION',
        `One rule changes at most ${BULK_MAX} transactions at once: choose a shorter period.`,
        { field: 'from', count: edits.length, max: BULK_MAX },
      );
    if (!edits.length) return { value: { changed: 0, skipped }, operationId: undefined };
    if (made.length) await ctx.db.counterparties.bulkAdd(made);
    const changed: Changed[] = [];
    for (const { row, update } of edits) {
      const before: TransactionDetail = detailOf(row);
      changed.push({ before, after: await editedDetail(ctx, before, update) });
    }
    await replaceTransactions(
      ctx,
      changed.map(({ before, after }) => ({ from: before!, to: after! })),
    );
    const operation = await recordOperation(ctx, 'rules', changed);
    await audit(ctx, 'rule.apply', rule.id, { count: changed.length });
    return { value: { changed: changed.length, skipped }, operationId: operation.id };
  });
  return { ...value, ...(outcome ? { operationId: outcome.operationId } : {}) };
}
