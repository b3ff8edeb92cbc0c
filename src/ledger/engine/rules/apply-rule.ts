import { Dexie } from 'dexie';
import type { z } from 'zod';
import { BULK_MAX, type TransactionsUpdateInput } from '../../../shared/corrections';
import type { Counterparty, SplitLine, TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import {
  applyRules,
  categorisedBy,
  type Rule,
  type RuleApplied,
  type RuleEffect,
  type RulePreview,
  type RuleSubject,
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
import { SPLITTABLE_KINDS } from '../../../shared/splits';
import { detailOf, type TransactionRow } from '../../transaction-rows';
import { checkNames } from './rules';

const SAMPLE = 20;

type Period = { readonly from?: number; readonly to?: number };
type Runnable = Pick<Rule, 'id' | 'enabled' | 'conditions' | 'actions'>;

/** What a rule is tried on: a period's income and expenses, newest first, and the names. */
async function ruleGround(ctx: EngineContext, period: Period) {
  const [rows, counterparties, kindOf] = await Promise.all([
    ctx.db.transactions
      .where('[occurredAt+id]')
      .between(
        [period.from ?? 0, Dexie.minKey],
        [period.to ?? Number.MAX_SAFE_INTEGER, Dexie.maxKey],
        true,
        true,
      )
      .reverse()
      .toArray(),
    ctx.db.counterparties.toArray(),
    categoryKindsOf(ctx),
  ]);
  return {
    rows: rows.filter((row) => SPLITTABLE_KINDS.has(row.kind)),
    counterparties,
    payees: new Map(counterparties.map((c) => [c.id, c])),
    kindOf,
  };
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
  payee: string | undefined,
  payeeId: (name: string) => string | undefined,
): TransactionsUpdateInput | undefined {
  const input: { -readonly [K in keyof TransactionsUpdateInput]: TransactionsUpdateInput[K] } = {
    id: row.id,
  };
  const kind = row.kind as RuleSubject['kind'];
  const { categoryId, splits } = categorisedBy(effect, kind, row.amount, kindOf);
  if (categoryId && (row.categoryId !== categoryId || row.splits)) {
    input.categoryId = categoryId;
    if (row.splits) input.splits = null;
  }
  const linesOf = (lines: readonly SplitLine[] | undefined) =>
    JSON.stringify(lines?.map((line) => [line.categoryId, line.amount]));
  if (splits && linesOf(splits) !== linesOf(row.splits))
    input.splits = splits as TransactionsUpdateInput['splits'];
  if (effect.tags) {
    const tags = [...new Set([...(row.tags ?? []), ...effect.tags])].slice(0, 10);
    if (tags.length !== (row.tags ?? []).length) input.tags = tags;
  }
  if (effect.memo !== undefined && effect.memo !== row.memo) input.memo = effect.memo;
  if (effect.payee !== undefined && nameKey(payee) !== nameKey(effect.payee)) {
    // A preview names no new payee: the change counts all the same.
    input.counterpartyId = payeeId(effect.payee) ?? row.counterpartyId ?? null;
  }
  return Object.keys(input).length > 1 ? input : undefined;
}

/** A rule run on its own over a period's rows (as "apply to existing" runs it). */
interface RuleRun {
  readonly matched: number;
  /** Matched but reconciled: left alone. */
  readonly reconciled: number;
  /** Newest first. */
  readonly changes: readonly {
    readonly row: TransactionRow;
    readonly payee: string | undefined;
    readonly effect: RuleEffect;
    readonly update: TransactionsUpdateInput;
  }[];
}

function runRule(
  rule: Runnable,
  ground: Awaited<ReturnType<typeof ruleGround>>,
  payeeId: (name: string) => string | undefined,
): RuleRun {
  let matched = 0;
  let reconciled = 0;
  const changes: RuleRun['changes'][number][] = [];
  for (const row of ground.rows) {
    const payee = row.counterpartyId ? ground.payees.get(row.counterpartyId)?.name : undefined;
    const effect = applyRules([{ ...rule, enabled: true }], {
      kind: row.kind as RuleSubject['kind'],
      amount: row.amount,
      accountId: row.accountId,
      ...(payee ? { payee } : {}),
      ...(row.memo ? { memo: row.memo } : {}),
      source: row.source ?? 'manual',
    });
    if (!effect.ruleIds.length) continue;
    matched += 1;
    if (row.reconciled?.length) {
      reconciled += 1;
      continue;
    }
    const update = updateFor(row, effect, ground.kindOf, payee, payeeId);
    if (update) changes.push({ row, payee, effect, update });
  }
  return { matched, reconciled, changes };
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
    const ground = await ruleGround(ctx, input);
    const run = runRule({ ...input.rule, id: input.rule.id ?? 'preview' }, ground, () => undefined);
    return {
      considered: ground.rows.length,
      matched: run.matched,
      changed: run.changes.length,
      sample: run.changes.slice(0, SAMPLE).map(({ row, payee, effect }) => ({
        id: row.id,
        occurredAt: row.occurredAt,
        amount: row.amount,
        currency: row.currency,
        kind: row.kind as RuleSubject['kind'],
        ...(payee ? { payee } : {}),
        ...(row.memo ? { memo: row.memo } : {}),
        ...(row.categoryId ? { categoryId: row.categoryId } : {}),
        effect,
      })),
    };
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
    const ground = await ruleGround(ctx, input);
    const byName = new Map(
      ground.counterparties.filter((c) => c.kind !== 'contact').map((c) => [nameKey(c.name), c]),
    );
    const made: Counterparty[] = [];
    const payeeId = (name: string) => {
      let found = byName.get(nameKey(name));
      if (!found) {
        found = { id: newId(), kind: 'merchant', name, createdAt: ctx.clock.now() };
        byName.set(nameKey(name), found);
        made.push(found);
      }
      return found.id;
    };
    const { changes, reconciled: skipped } = runRule(rule, ground, payeeId);
    if (changes.length > BULK_MAX)
      throw new PurseError(
        'VALIDATION',
        `One rule changes at most ${BULK_MAX} transactions at once: choose a shorter period.`,
        { field: 'from', count: changes.length, max: BULK_MAX },
      );
    if (!changes.length) return { value: { changed: 0, skipped }, operationId: undefined };
    if (made.length) await ctx.db.counterparties.bulkAdd(made);
    const changed: Changed[] = [];
    for (const { row, update } of changes) {
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
