import {
  BULK_MAX,
  isFullyEditable,
  type BulkOutcome,
  type BulkSelection,
  type TransactionsBulkUpdateInput,
} from '../../../shared/corrections';
import type { Category, TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import type { CategoryKindOf } from '../aggregates';
import { audit } from '../audit';
import { categoryKindsOf } from '../figures/month-figures';
import type { EngineContext } from '../context';
import { eachMatching } from '../history/history';
import { requireCategory } from '../require';
import { editedDetail } from './edit-transaction';
import { recordOperation, type Changed } from './operations';
import { assertNoRefundLeft } from './refund-links';
import { replaceTransactions, storedDetails } from './replace-transactions';
import { rememberTags } from './tags';
import { runCorrection } from './undo';
import type { UndoStack } from './undo-stack';

/** The ids a selection names: those listed, or every one the filters choose less the unticked. */
async function selectedIds(ctx: EngineContext, selection: BulkSelection): Promise<string[]> {
  if ('ids' in selection) return [...new Set(selection.ids)];
  const except = new Set(selection.except ?? []);
  const ids: string[] = [];
  await eachMatching(ctx, selection.filters, (t) => {
    if (!except.has(t.id)) ids.push(t.id);
  });
  if (ids.length > BULK_MAX) {
    throw new PurseError(
      'VALIDATION',
      `One bulk edit changes at most ${BULK_MAX} transactions: narrow the filters.`,
      { field: 'selection', count: ids.length, max: BULK_MAX },
    );
  }
  return ids;
}

/** The change one chosen transaction takes, or undefined when it stays as it is. */
async function changeOf(
  ctx: EngineContext,
  detail: TransactionDetail,
  action: TransactionsBulkUpdateInput['action'],
  category: Category | undefined,
  kindOf: CategoryKindOf,
): Promise<Changed | undefined> {
  const txn = detail.transaction;
  // A reconciled transaction is changed one at a time, once the person agrees.
  if (txn.reconciled?.length) return undefined;
  if (action.kind === 'delete') return isFullyEditable(txn) ? { before: detail } : undefined;
  if (action.kind === 'addTag' || action.kind === 'removeTag') {
    const had = txn.tags ?? [];
    const adding = action.kind === 'addTag';
    if (had.includes(action.tag) === adding || (adding && had.length >= 10)) return undefined;
    const tags = adding ? [...had, action.tag] : had.filter((tag) => tag !== action.tag);
    return { before: detail, after: await editedDetail(ctx, detail, { id: txn.id, tags }) };
  }
  if (!category || !txn.categoryId || txn.categoryId === category.id) return undefined;
  if (kindOf(txn.categoryId) !== category.kind) return undefined;
  const after = await editedDetail(ctx, detail, { id: txn.id, categoryId: category.id });
  return { before: detail, after };
}

/**
 * Sets the category of many transactions, adds or removes a tag, or deletes many, as one
 * operation in one
 * IndexedDB transaction (one undo takes all of it back). Those it cannot change are left
 * and counted: money a PIN confirmed is not deleted, and a category only replaces one of
 * its own kind (spending for spending, income for income).
 */
export async function bulkUpdate(
  ctx: EngineContext,
  stack: UndoStack,
  input: TransactionsBulkUpdateInput,
): Promise<BulkOutcome> {
  const { action } = input;
  const { value, outcome } = await runCorrection(ctx, stack, async () => {
    const ids = await selectedIds(ctx, input.selection);
    const category =
      action.kind === 'category' ? await requireCategory(ctx, action.categoryId) : undefined;
    if (category?.archived)
      throw new PurseError('VALIDATION', 'That category is archived.', { field: 'categoryId' });
    const kindOf = await categoryKindsOf(ctx);
    const changed: Changed[] = [];
    for (const detail of await storedDetails(ctx, ids)) {
      const change = detail && (await changeOf(ctx, detail, action, category, kindOf));
      if (change) changed.push(change);
    }
    const skipped = ids.length - changed.length;
    if (!changed.length) return { value: { changed: 0, skipped }, operationId: undefined };
    if (action.kind === 'delete')
      await assertNoRefundLeft(
        ctx,
        changed.map((change) => change.before!.transaction.id),
      );
    await replaceTransactions(
      ctx,
      changed.map(({ before, after }) => ({ from: before!, ...(after ? { to: after } : {}) })),
    );
    const row = await recordOperation(ctx, 'bulk', changed);
    if (action.kind === 'addTag') await rememberTags(ctx, [action.tag]);
    await audit(ctx, `transaction.bulk.${action.kind}`, row.id, { count: changed.length });
    return { value: { changed: changed.length, skipped }, operationId: row.id };
  });
  return { ...value, ...outcome };
}
