import { Dexie } from 'dexie';
import { dayKeyOf } from '../../../shared/dates';
import type { Account } from '../../../shared/domain';
import { addMinor } from '../../../shared/money';
import type { EngineContext } from '../context';
import { OPENING_EQUITY } from '../ledger-accounts';
import { signedFor, type ImportDraft, type ImportInput } from './import-draft';

export interface SettledBalance {
  /** The opening transaction an empty account takes, posted before the rows. */
  readonly opening?: ImportDraft;
  readonly openingAmount?: number;
  readonly balanceAfter: number;
  readonly stated?: number;
  readonly difference?: number;
}

function ownAmount(draft: ImportDraft, accountId: string): number {
  return draft.draft.postings.find((posting) => posting.ledgerAccount === accountId)!.amount;
}

/** An account nothing was ever posted to: it can take a statement's whole history. */
async function isEmpty(ctx: EngineContext, account: Account): Promise<boolean> {
  if (account.balance !== 0) return false;
  return (await ctx.db.transactions.where('accountId').equals(account.id).count()) === 0;
}

/**
 * The opening balance of an empty account and how the account compares with the balance
 * the file states. An empty account opens with the file's closing balance less the file's
 * movements, so that after the last row it holds what the bank says; without a stated
 * balance, with what keeps it from ever going below zero (nothing for a credit card). Any
 * other account keeps its history, and the difference from the stated balance is shown,
 * not refused: the person decides what is right.
 */
export async function settleBalance(
  ctx: EngineContext,
  input: ImportInput,
  account: Account,
  drafts: readonly ImportDraft[],
): Promise<SettledBalance> {
  const moves = drafts.map((draft) => ownAmount(draft, account.id));
  const moved = moves.reduce((sum, amount) => addMinor(sum, amount), 0);
  const closing = input.closingBalance;
  let openingAmount = 0;
  if (drafts.length > 0 && (await isEmpty(ctx, account))) {
    if (closing) openingAmount = closing.amount - moved;
    else if (account.kind !== 'credit_card') {
      let running = 0;
      let lowest = 0;
      for (const amount of moves) {
        running += amount;
        lowest = Math.min(lowest, running);
      }
      openingAmount = -lowest;
    }
  }
  const balanceAfter = addMinor(addMinor(account.balance, openingAmount), moved);
  const opening =
    openingAmount !== 0 ? openingDraft(input, account, drafts, openingAmount) : undefined;
  const settled = { balanceAfter, ...(opening ? { opening, openingAmount } : {}) };
  if (!closing) return settled;

  const lastDay = dayKeyOf(closing.at, input.timeZone);
  const after = (at: number, timeZone: string) => dayKeyOf(at, timeZone) > lastDay;
  let later = 0;
  drafts.forEach((draft, i) => {
    if (after(draft.draft.occurredAt, input.timeZone)) later += moves[i]!;
  });
  const since = await ctx.db.transactions
    .where('[occurredAt+id]')
    .aboveOrEqual([closing.at, Dexie.minKey])
    .toArray();
  for (const txn of since) {
    // An opening balance stands for the start of the account, whenever it was entered.
    if (txn.kind === 'opening') continue;
    const touches = txn.accountId === account.id || txn.toAccountId === account.id;
    if (touches && after(txn.occurredAt, txn.timeZone)) later += signedFor(txn, account.id);
  }
  const atClose = balanceAfter - later;
  return { ...settled, stated: closing.amount, difference: closing.amount - atClose };
}

function openingDraft(
  input: ImportInput,
  account: Account,
  drafts: readonly ImportDraft[],
  amount: number,
): ImportDraft {
  // The drafts come oldest first.
  const first = drafts[0]!.draft.occurredAt;
  return {
    draft: {
      kind: 'opening',
      occurredAt: first - 1000,
      timeZone: input.timeZone,
      amount: Math.abs(amount),
      currency: account.currency,
      accountId: account.id,
      postings: [
        { ledgerAccount: account.id, amount },
        { ledgerAccount: OPENING_EQUITY, amount: -amount },
      ],
    },
  };
}
