import type { z } from 'zod';
import { dayKeyOf } from '../../../shared/dates';
import type { Account, Counterparty, Transaction, TransactionDetail } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { newId } from '../../../shared/ids';
import type {
  paymentsCommitInput,
  refundsCommitInput,
  topupsCommitInput,
  transfersCommitInput,
} from '../../../shared/payment-schemas';
import type { RiskAlert, RiskAssessment } from '../../../shared/payments';
import { addMinor } from '../../../shared/money';
import { moneyTables, type EngineContext } from '../context';
import { categoryLedgerAccount, externalLedgerAccount } from '../ledger-accounts';
import { postTransaction, type TransactionDraft } from '../post-transaction';
import { assertCanSpend, checkOwnTransfer, requireOpenAccount } from '../require';
import { assessOutflow, planPayment } from './evaluate-payment';
import { assertWithinLimits, limitsView } from './limits';
import { moneyState } from './money-state';
import { keepRiskAlert } from './keep-risk-alert';
import { requestFingerprint } from '../../../shared/request-fingerprint';
import { detailOf } from '../../transaction-rows';

export interface MoneyResult extends TransactionDetail {
  readonly risk: RiskAssessment;
}

/** Hooks that run inside the payment's own transaction (bills mark their occurrence paid). */
export interface PaymentOptions {
  readonly before?: () => Promise<void>;
  readonly after?: (transaction: Transaction) => Promise<void>;
}

const NO_RISK: RiskAssessment = { outcome: 'allow', reasons: [] };

/** A refusal that still leaves a trace: a risk alert and/or a mark on the payment record. */
class RecordedRefusal extends Error {
  constructor(
    readonly error: PurseError,
    readonly alert: Omit<RiskAlert, 'id' | 'at' | 'expected'> | null,
    readonly incident: boolean,
  ) {
    super(error.message);
  }
}

function receiptNumber(ctx: EngineContext, timeZone: string): string {
  const digits = crypto.getRandomValues(new Uint32Array(1))[0]! % 100_000_000;
  return `${dayKeyOf(ctx.clock.now(), timeZone).replaceAll('-', '')}${String(digits).padStart(8, '0')}`;
}

/** Step-up or block: decides whether the risk outcome lets this movement through. */
function enforceRisk(
  risk: RiskAssessment,
  stepUpPassed: boolean,
  alert: Omit<RiskAlert, 'id' | 'at' | 'expected' | 'outcome' | 'reasons' | 'result'>,
): void {
  if (risk.outcome === 'block') {
    throw new RecordedRefusal(
      new PurseError('RISK_BLOCKED', 'This payment was blocked to protect your money.', {
        reasons: risk.reasons.join(','),
      }),
      { ...alert, outcome: risk.outcome, reasons: risk.reasons, result: 'blocked' },
      true,
    );
  }
  if (risk.outcome === 'step_up' && !stepUpPassed) {
    throw new RecordedRefusal(
      new PurseError('STEP_UP_REQUIRED', 'Confirm it is you to make this payment.', {
        reasons: risk.reasons.join(','),
      }),
      { ...alert, outcome: risk.outcome, reasons: risk.reasons, result: 'stopped' },
      false,
    );
  }
}

/** Limit and balance refusals count against the 90-day good record. */
function asIncident(thrown: unknown): unknown {
  if (
    thrown instanceof PurseError &&
    (thrown.code === 'LIMIT_EXCEEDED' || thrown.code === 'INSUFFICIENT_FUNDS')
  ) {
    return new RecordedRefusal(thrown, null, true);
  }
  return thrown;
}

/** The request a movement answers: its id, and a hash of what it asked for. */
interface RequestStamp {
  readonly requestId: string;
  readonly requestFingerprint: string;
}

/**
 * The engine as one money movement sees it: the clock read once, when IndexedDB has started
 * the movement's transaction, and that instant for every rule and every row it writes.
 */
function atOneInstant(ctx: EngineContext): EngineContext {
  const at = ctx.clock.now();
  return { ...ctx, clock: { now: () => at } };
}

/**
 * Runs one money movement in a single read-write transaction: idempotency, checks, risk,
 * postings, aggregates, promotion use and the risk alert land together or not at all.
 * A refusal that must leave a trace (an alert, a mark on the record) writes it in the same
 * transaction instead of the movement, so the next movement, however soon it was sent, is
 * decided with it (a mark on the record ends the trusted tier). The checks come before any
 * write, so a refusal has nothing else to undo.
 *
 * `work` gets the engine at one instant read once the request-id lookup has answered: only
 * then does IndexedDB run this transaction, after every earlier one over these tables has
 * committed, so the movement's "now" is later than every row they stamped. Read when the
 * transaction is opened instead, a movement that waited in IndexedDB's queue behind others
 * (sent together, or behind a long import) decided on a "now" older than the payments just
 * written ahead of it: the burst window's range, which ends at "now", left them out.
 */
async function runMoney(
  ctx: EngineContext,
  request: Readonly<{ requestId: string }>,
  kind: Transaction['kind'],
  work: (ctx: EngineContext, stamp: RequestStamp) => Promise<MoneyResult>,
): Promise<MoneyResult> {
  const stamp: RequestStamp = {
    requestId: request.requestId,
    requestFingerprint: requestFingerprint(request),
  };
  const outcome = await ctx.db.transaction('rw', moneyTables(ctx.db), async () => {
    const existing = await ctx.db.transactions.where('requestId').equals(request.requestId).first();
    if (existing) {
      const asked = existing.requestFingerprint;
      if (existing.kind !== kind || (asked !== undefined && asked !== stamp.requestFingerprint))
        throw new PurseError(
          'REQUEST_CONFLICT',
          'This request id was already used for a different request. Nothing was paid twice; start the payment again.',
        );
      return { ...detailOf(existing), risk: NO_RISK };
    }
    const engine = atOneInstant(ctx);
    try {
      return await work(engine, stamp);
    } catch (thrown) {
      const refusal = asIncident(thrown);
      if (!(refusal instanceof RecordedRefusal)) throw refusal;
      await recordRefusal(engine, refusal);
      return refusal;
    }
  });
  if (outcome instanceof RecordedRefusal) throw outcome.error;
  return outcome;
}

/** The trace a refusal leaves: its risk alert, and the mark on the payment record. */
async function recordRefusal(ctx: EngineContext, refusal: RecordedRefusal): Promise<void> {
  await Promise.all([
    refusal.alert
      ? keepRiskAlert(ctx, { ...refusal.alert, id: newId(), at: ctx.clock.now(), expected: false })
      : undefined,
    refusal.incident
      ? moneyState.put(ctx.db, 'payment-record', { lastIncidentAt: ctx.clock.now() })
      : undefined,
  ]);
}

async function recordAlert(
  ctx: EngineContext,
  risk: RiskAssessment,
  txn: Transaction,
): Promise<void> {
  if (risk.reasons.length === 0) return;
  await keepRiskAlert(ctx, {
    id: newId(),
    at: ctx.clock.now(),
    kind: txn.kind,
    amount: txn.amount,
    currency: txn.currency,
    ...(txn.counterpartyId ? { counterpartyId: txn.counterpartyId } : {}),
    accountId: txn.accountId,
    outcome: risk.outcome,
    reasons: risk.reasons,
    result: 'completed',
    txnId: txn.id,
    expected: false,
  });
}

function newCounterparty(
  ctx: EngineContext,
  kind: Counterparty['kind'],
  name: string,
  note?: string,
): Counterparty {
  return { id: newId(), kind, name, ...(note ? { note } : {}), createdAt: ctx.clock.now() };
}

async function createCounterparty(
  ctx: EngineContext,
  kind: Counterparty['kind'],
  name: string,
  note?: string,
): Promise<Counterparty> {
  const counterparty = newCounterparty(ctx, kind, name, note);
  await ctx.db.counterparties.add(counterparty);
  return counterparty;
}

export function commitPayment(
  ctx: EngineContext,
  input: z.output<typeof paymentsCommitInput>,
  options: PaymentOptions = {},
): Promise<MoneyResult> {
  return runMoney(ctx, input, 'payment', async (ctx, stamp) => {
    if (options.before) await options.before();
    const plan = await planPayment(ctx, input);
    assertWithinLimits(plan.limits, plan.total);
    assertCanSpend(plan.account, plan.total);
    enforceRisk(plan.risk, input.stepUpPassed, {
      kind: 'payment',
      amount: plan.total,
      currency: plan.account.currency,
      ...(plan.merchant ? { counterpartyId: plan.merchant.id } : {}),
      accountId: plan.account.id,
    });
    // The writes are issued together (IndexedDB keeps their order) and awaited once.
    const writes: Promise<unknown>[] = [];
    let merchant = plan.merchant;
    const occurredAt = ctx.clock.now();
    if (!merchant) {
      merchant = newCounterparty(ctx, 'merchant', plan.merchantName);
      writes.push(ctx.db.counterparties.add(merchant));
    }
    if (plan.promotion) {
      writes.push(
        ctx.db.promotions.put({
          ...plan.promotion,
          uses: plan.promotion.uses + 1,
          saved: addMinor(plan.promotion.saved, plan.discount),
        }),
      );
    }
    const posted = postTransaction(
      ctx,
      {
        kind: 'payment',
        occurredAt,
        timeZone: input.timeZone,
        amount: plan.total,
        currency: plan.account.currency,
        accountId: plan.account.id,
        categoryId: plan.categoryId,
        counterpartyId: merchant.id,
        ...stamp,
        receiptNo: receiptNumber(ctx, input.timeZone),
        grossAmount: plan.grossAmount,
        discount: plan.discount,
        ...(plan.promotion ? { promotionId: plan.promotion.id } : {}),
        ...(input.orderRef ? { orderRef: input.orderRef } : {}),
        ...(input.memo ? { memo: input.memo } : {}),
        balanceAfter: addMinor(plan.account.balance, -plan.total),
        postings: [
          { ledgerAccount: plan.account.id, amount: -plan.total },
          { ledgerAccount: categoryLedgerAccount(plan.categoryId), amount: plan.total },
        ],
      },
      new Map([[plan.account.id, plan.account]]),
      plan.aggregates,
    );
    const [detail] = await Promise.all([posted, ...writes]);
    if (options.after) await options.after(detail.transaction);
    await recordAlert(ctx, plan.risk, detail.transaction);
    return { ...detail, risk: plan.risk };
  });
}

export function commitTransfer(
  ctx: EngineContext,
  input: z.output<typeof transfersCommitInput>,
  options: PaymentOptions = {},
): Promise<MoneyResult> {
  const kind = 'accountId' in input.to ? 'transfer' : 'p2p';
  return runMoney(ctx, input, kind, async (ctx, stamp) => {
    if (options.before) await options.before();
    const from = await requireOpenAccount(ctx, input.accountId);
    const common = {
      ...movementOf(ctx, input, from, stamp),
      balanceAfter: addMinor(from.balance, -input.amount),
      ...(input.memo ? { memo: input.memo } : {}),
    };
    if ('accountId' in input.to) {
      const to = await checkOwnTransfer(ctx, from, input.to.accountId, input.amount);
      const moved = await postOwnMove(ctx, from, to, { ...common, kind: 'transfer' });
      if (options.after) await options.after(moved.transaction);
      return moved;
    }

    let contact: Counterparty | undefined;
    if ('contactId' in input.to) {
      contact = await ctx.db.counterparties.get(input.to.contactId);
      if (!contact || contact.kind !== 'contact') {
        throw new PurseError('NOT_FOUND', 'That contact does not exist.', {
          id: input.to.contactId,
        });
      }
    }
    const limits = await limitsView(ctx, from.currency, input.timeZone);
    assertWithinLimits(limits, input.amount);
    assertCanSpend(from, input.amount);
    const risk = await assessOutflow(ctx, {
      amount: input.amount,
      counterpartyId: contact?.id,
      timeZone: input.timeZone,
      limits,
    });
    enforceRisk(risk, input.stepUpPassed, {
      kind: 'p2p',
      amount: input.amount,
      currency: from.currency,
      ...(contact ? { counterpartyId: contact.id } : {}),
      accountId: from.id,
    });
    if (!contact && 'newContact' in input.to) {
      contact = await createCounterparty(
        ctx,
        'contact',
        input.to.newContact.name,
        input.to.newContact.note,
      );
    }
    if (!contact) throw new PurseError('VALIDATION', 'Choose who receives the money.');
    const detail = await postTransaction(
      ctx,
      {
        ...common,
        kind: 'p2p',
        counterpartyId: contact.id,
        postings: [
          { ledgerAccount: from.id, amount: -input.amount },
          { ledgerAccount: externalLedgerAccount(contact.id), amount: input.amount },
        ],
      },
      new Map([[from.id, from]]),
    );
    // Awaiting nothing (no hook) or a promise that resolves without Dexie loses Dexie's zone:
    // the hook runs only when there is one, and before an alert-less recordAlert.
    if (options.after) await options.after(detail.transaction);
    await recordAlert(ctx, risk, detail.transaction);
    return { ...detail, risk };
  });
}

/** Top up the wallet from a linked bank card, or withdraw back to it. */
export function commitWalletMovement(
  ctx: EngineContext,
  kind: 'topup' | 'withdrawal',
  input: z.output<typeof topupsCommitInput>,
): Promise<MoneyResult> {
  return runMoney(ctx, input, kind, async (ctx, stamp) => {
    const from = await requireOpenAccount(ctx, input.fromAccountId);
    const to = await checkOwnTransfer(ctx, from, input.toAccountId, input.amount);
    const [wallet, card] = kind === 'topup' ? [to, from] : [from, to];
    if (wallet.kind !== 'wallet' || card.kind !== 'bank_card') {
      throw new PurseError(
        'VALIDATION',
        kind === 'topup'
          ? 'Top up a wallet from a bank card.'
          : 'Withdraw from a wallet to a bank card.',
      );
    }
    return postOwnMove(ctx, from, to, {
      kind,
      ...movementOf(ctx, input, from, stamp),
      balanceAfter: addMinor(wallet.balance, kind === 'topup' ? input.amount : -input.amount),
    });
  });
}

/** What every movement out of `from` records: when, where, how much, and its request. */
function movementOf(
  ctx: EngineContext,
  input: { readonly timeZone: string; readonly amount: number },
  from: Account,
  stamp: RequestStamp,
) {
  return {
    occurredAt: ctx.clock.now(),
    timeZone: input.timeZone,
    amount: input.amount,
    currency: from.currency,
    accountId: from.id,
    ...stamp,
  };
}

/**
 * Money moved between two of the person's own accounts (a transfer, a top-up, a withdrawal):
 * out of `from`, into `to`; no limits or risk rules apply.
 */
async function postOwnMove(
  ctx: EngineContext,
  from: Account,
  to: Account,
  draft: Omit<TransactionDraft, 'toAccountId' | 'postings'>,
): Promise<MoneyResult> {
  const detail = await postTransaction(
    ctx,
    {
      ...draft,
      toAccountId: to.id,
      postings: [
        { ledgerAccount: from.id, amount: -draft.amount },
        { ledgerAccount: to.id, amount: draft.amount },
      ],
    },
    new Map<string, Account>([
      [from.id, from],
      [to.id, to],
    ]),
  );
  return { ...detail, risk: NO_RISK };
}

/** Reverses all or part of a payment with a linked refund; the payment itself stays. */
export function commitRefund(
  ctx: EngineContext,
  input: z.output<typeof refundsCommitInput>,
): Promise<MoneyResult> {
  return runMoney(ctx, input, 'refund', async (ctx, stamp) => {
    const payment = await ctx.db.transactions.get(input.paymentId);
    if (!payment || payment.kind !== 'payment') {
      throw new PurseError('REFUND_INVALID', 'Only a payment can be refunded.', {
        reason: 'not-a-payment',
      });
    }
    const refunds = await ctx.db.transactions.where('refundOf').equals(payment.id).toArray();
    const refunded = refunds.reduce((sum, refund) => addMinor(sum, refund.amount), 0);
    const refundable = addMinor(payment.amount, -refunded);
    const amount = input.amount ?? refundable;
    if (refundable <= 0) {
      throw new PurseError('REFUND_INVALID', 'This payment was already refunded in full.', {
        reason: 'already-refunded',
      });
    }
    if (amount > refundable) {
      throw new PurseError(
        'REFUND_INVALID',
        'A refund cannot be more than what is left of the payment.',
        {
          reason: 'too-much',
          refundable,
        },
      );
    }
    const account = await requireOpenAccount(ctx, payment.accountId);
    const categoryId = payment.categoryId;
    if (!categoryId)
      throw new PurseError('REFUND_INVALID', 'This payment has no category.', {
        reason: 'no-category',
      });
    const detail = await postTransaction(
      ctx,
      {
        kind: 'refund',
        occurredAt: ctx.clock.now(),
        timeZone: input.timeZone,
        amount,
        currency: payment.currency,
        accountId: account.id,
        categoryId,
        ...(payment.counterpartyId ? { counterpartyId: payment.counterpartyId } : {}),
        refundOf: payment.id,
        ...stamp,
        balanceAfter: addMinor(account.balance, amount),
        ...(input.memo ? { memo: input.memo } : {}),
        postings: [
          { ledgerAccount: account.id, amount },
          { ledgerAccount: categoryLedgerAccount(categoryId), amount: -amount },
        ],
      },
      new Map([[account.id, account]]),
    );
    return { ...detail, risk: NO_RISK };
  });
}
