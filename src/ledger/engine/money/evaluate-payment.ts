import type { z } from 'zod';
import { minorDigits } from '../../../shared/currencies';
import type { Account, Category, Counterparty, Transaction } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { addMonths, dayKeyOf, localHourOf, monthKeyOf } from '../../../shared/dates';
import type { paymentsPreviewInput, transfersCommitInput } from '../../../shared/payment-schemas';
import type { LimitsView, Promotion, RiskAssessment } from '../../../shared/payments';
import { addMinor } from '../../../shared/money';
import type { AggregateRow, AggregateSheet } from '../../db';
import type { EngineContext } from '../context';
import { transactionsOf } from '../counterparty-transactions';
import type { KnownAggregates } from '../aggregates';
import {
  rowsIn,
  rowsOfScopeId,
  rowsOfScopeIdIn,
  sheetIdOf,
  sheetsOfSpan,
} from '../aggregate-sheets';
import { openAccountOf, requireCategory } from '../require';
import { limitRowIds, limitsFrom } from './limits';
import { moneyState } from './money-state';
import { bestPromotion, discountFor, promotionProblem } from './promotions-math';
import { assessRisk, RISK } from './risk-rules';

export type PaymentRequest = z.output<typeof paymentsPreviewInput>;

export interface PaymentPlan {
  readonly account: Account;
  /** The merchant, or undefined when it will be created with the payment. */
  readonly merchant: Counterparty | undefined;
  readonly merchantName: string;
  readonly categoryId: string;
  readonly grossAmount: number;
  readonly discount: number;
  readonly total: number;
  readonly promotion: Promotion | null;
  readonly limits: LimitsView;
  readonly risk: RiskAssessment;
  readonly suggestedCategoryId: string | null;
  /** What the payment's aggregate writes can reuse of the plan's reads. */
  readonly aggregates: KnownAggregates;
}

/** The merchant a payment names: by id (undefined when there is none), or by name. */
function readMerchant(
  ctx: EngineContext,
  ref: PaymentRequest['merchant'],
): PromiseLike<Counterparty | undefined> {
  if ('id' in ref) return ctx.db.counterparties.get(ref.id);
  // A merchant typed by name: reuse one with the same name rather than make a twin. One
  // read of all merchants (a small, cached table) instead of a cursor step per merchant.
  const lower = ref.name.toLocaleLowerCase();
  return ctx.db.counterparties
    .where('kind')
    .equals('merchant')
    .toArray()
    .then((merchants) => merchants.find((c) => c.name.toLocaleLowerCase() === lower));
}

function checkMerchant(ref: PaymentRequest['merchant'], merchant: Counterparty | undefined) {
  if ('id' in ref) {
    if (!merchant || merchant.kind === 'contact') {
      throw new PurseError('NOT_FOUND', 'That merchant does not exist.', { id: ref.id });
    }
    return { merchant, name: merchant.name };
  }
  return { merchant, name: merchant?.name ?? ref.name };
}

/** Transaction kinds that send money to a counterparty. */
const OUTFLOW_KINDS: ReadonlySet<Transaction['kind']> = new Set(['payment', 'expense', 'p2p']);

/**
 * The latest money sent to a counterparty by date (a payment, a recorded expense, a transfer
 * to a contact): that there is one says it was paid before, and a merchant's gives the pay
 * form's suggested category.
 */
export function lastOutflowTo(
  ctx: EngineContext,
  counterpartyId: string | undefined,
): PromiseLike<Transaction | undefined> {
  if (!counterpartyId) return Promise.resolve(undefined);
  // From the end of the counterparty's range: usually one step, however long its history.
  return transactionsOf(ctx.db, counterpartyId)
    .reverse()
    .filter((row) => OUTFLOW_KINDS.has(row.kind))
    .first();
}

/** "Other spending", else the first open expense category; undefined when there is none. */
function fallbackCategory(expense: readonly Category[]): string | undefined {
  const other = expense.find((c) => c.builtin === 'other-expense');
  return (other ?? expense.find((c) => !c.archived))?.id;
}

function choosePromotion(
  promotions: readonly Promotion[],
  choice: PaymentRequest['promotion'],
  payment: { amount: number; currency: Account['currency']; merchantId: string; at: number },
): { promotion: Promotion; discount: number } | null {
  if (choice === 'none') return null;
  if (choice === undefined || choice === 'best') return bestPromotion(promotions, payment);
  const chosen = promotions.find((promotion) => promotion.id === choice.id);
  if (!chosen) throw new PurseError('NOT_FOUND', 'That coupon does not exist.', { id: choice.id });
  const problem = promotionProblem(chosen, payment);
  if (problem) {
    throw new PurseError(
      'PROMOTION_INVALID',
      `The coupon "${chosen.name}" cannot be used: ${problem}.`,
      {
        reason: problem,
        id: chosen.id,
      },
    );
  }
  return { promotion: chosen, discount: discountFor(chosen, payment.amount) };
}

/**
 * Three months of history from aggregate rows of one scope and id (only month rows, such as
 * "2026-08", count), and whether money was ever sent to it (`known`, from `lastOutflowTo`).
 */
function historyOf(
  ctx: EngineContext,
  rows: readonly AggregateRow[],
  timeZone: string,
  known = false,
) {
  const since = sinceMonth(ctx, timeZone);
  const recent = rows.filter((row) => row.month.length === since.length && row.month >= since);
  return {
    count: recent.reduce((sum, row) => sum + row.count, 0),
    total: recent.reduce((sum, row) => sum + row.debit, 0),
    known,
  };
}

/** The first of the three months of history. */
function sinceMonth(ctx: EngineContext, timeZone: string): string {
  return addMonths(monthKeyOf(ctx.clock.now(), timeZone), -3);
}

type History = ReturnType<typeof historyOf>;

/** A counterparty's or category's aggregate rows of the last three months, in every currency. */
function recentRows(
  ctx: EngineContext,
  scope: 'counterparty' | 'category',
  scopeId: string | undefined,
  timeZone: string,
): Promise<AggregateRow[]> {
  if (!scopeId) return Promise.resolve([]);
  return rowsOfScopeId(ctx.db.aggregates, scope, scopeId, sinceMonth(ctx, timeZone));
}

/**
 * The aggregate sheets a payment reads and writes, in one round: the months from three
 * months ago (recent history with the merchant and in the category, and this month's rows
 * the payment adds to), this year and today (their roll-ups and limit usage). By id, with
 * `null` for this month, year or day when none is stored yet, so that the payment's writes
 * need not read them again.
 */
function readPaymentSheets(
  ctx: EngineContext,
  timeZone: string,
): Promise<Map<string, AggregateSheet | null>> {
  const day = dayKeyOf(ctx.clock.now(), timeZone);
  const [today, month, year] = [day, day.slice(0, 7), day.slice(0, 4)].map(sheetIdOf);
  return Promise.all([
    sheetsOfSpan(ctx.db.aggregates, 'month', sinceMonth(ctx, timeZone)),
    ctx.db.aggregates.bulkGet([today!, year!]),
  ]).then(([months, [daySheet, yearSheet]]) => {
    const sheets = new Map<string, AggregateSheet | null>([
      [today!, daySheet ?? null],
      [month!, null],
      [year!, yearSheet ?? null],
    ]);
    for (const sheet of months) sheets.set(sheet.id, sheet);
    return sheets;
  });
}

/** Payments and transfers to contacts in the burst window: one range read, counted here. */
async function paymentsInWindow(ctx: EngineContext): Promise<number> {
  const now = ctx.clock.now();
  const rows = await ctx.db.transactions
    .where('[occurredAt+id]')
    .between([now - RISK.burstWindowMs, ''], [now + 1, '\uffff'])
    .toArray();
  return rows.filter((t) => t.kind === 'payment' || t.kind === 'p2p').length;
}

interface OutflowInput {
  readonly amount: number;
  readonly counterpartyId: string | undefined;
  /** The spending category of a payment (a transfer to a contact has none). */
  readonly categoryId?: string;
  readonly timeZone: string;
  readonly limits: LimitsView;
}

interface OutflowFacts {
  readonly history: History;
  readonly category: History;
  readonly inWindow: number;
  readonly allowances: Awaited<ReturnType<typeof moneyState.allowances>>;
}

/** The risk rules over facts already read. */
function assessFacts(ctx: EngineContext, input: OutflowInput, facts: OutflowFacts) {
  const { history, category, inWindow, allowances } = facts;
  const allowance = input.counterpartyId ? allowances[input.counterpartyId] : undefined;
  const unit = 10 ** minorDigits(input.limits.currency);
  return assessRisk({
    amount: input.amount,
    unit,
    historyCount: history.count,
    historyTotal: history.total,
    categoryCount: category.count,
    categoryTotal: category.total,
    knownPayee: history.known,
    paymentsInWindow: inWindow,
    localHour: localHourOf(ctx.clock.now(), input.timeZone),
    usedToday: input.limits.usedToday,
    dailyLimit: Math.min(
      input.limits.effective.daily * unit,
      input.limits.roomToday + input.limits.usedToday,
    ),
    allowanceUpTo: allowance?.upTo ?? 0,
    allowNight: allowance?.night ?? false,
  });
}

/** Runs every risk rule for money leaving to a counterparty. */
export async function assessOutflow(
  ctx: EngineContext,
  input: OutflowInput,
): Promise<RiskAssessment> {
  const { counterpartyId, categoryId, timeZone } = input;
  const [counterpartyRows, categoryRows, inWindow, allowances, last] = await Promise.all([
    recentRows(ctx, 'counterparty', counterpartyId, timeZone),
    recentRows(ctx, 'category', categoryId, timeZone),
    paymentsInWindow(ctx),
    moneyState.allowances(ctx.db),
    lastOutflowTo(ctx, counterpartyId),
  ]);
  const inCurrency = categoryRows.filter((row) => row.currency === input.limits.currency);
  const history = historyOf(ctx, counterpartyRows, timeZone, !!last);
  const category = historyOf(ctx, inCurrency, timeZone);
  return assessFacts(ctx, input, { history, category, inWindow, allowances });
}

/**
 * The reads of a payment, all issued at once: what the request names, the money state, the
 * aggregate sheets it reads and writes, and (once the merchant is read) the merchant's last
 * category. Those that depend on the time (the burst window, today's and recent sheets) take
 * it from `ctx.clock`: inside a money movement, its one instant (`runMoney`).
 */
function readPaymentBasics(ctx: EngineContext, input: PaymentRequest) {
  const merchant = readMerchant(ctx, input.merchant);
  return Promise.all([
    ctx.db.accounts.get(input.accountId),
    merchant,
    input.promotion === 'none' ? [] : ctx.db.promotions.toArray(),
    paymentsInWindow(ctx),
    moneyState.forPayment(ctx.db),
    ctx.db.categories.where('kind').equals('expense').toArray(),
    readPaymentSheets(ctx, input.timeZone),
    merchant.then((row) => lastOutflowTo(ctx, row && row.kind !== 'contact' ? row.id : undefined)),
  ]);
}

/**
 * Everything a payment will do, worked out from the ledger: merchant, category, the best
 * promotion, limits and risk, and the sheets its aggregates go into. Throws for what cannot
 * go through (archived account, over a limit, not enough money). Runs inside the caller's
 * transaction: one round of reads, answered together.
 */
export async function planPayment(ctx: EngineContext, input: PaymentRequest): Promise<PaymentPlan> {
  const [
    accountRow,
    merchantRow,
    promotions,
    inWindow,
    state,
    expenseCategories,
    sheets,
    lastPayment,
  ] = await readPaymentBasics(ctx, input);
  const suggested = lastPayment?.categoryId ?? null;
  const account = openAccountOf(accountRow, input.accountId);
  const { merchant, name } = checkMerchant(input.merchant, merchantRow);

  const now = ctx.clock.now();
  const { currency } = account;
  const limits = limitsFrom(
    now,
    currency,
    state,
    rowsIn(sheets, limitRowIds(now, currency, input.timeZone)),
  );

  const categoryId = input.categoryId ?? suggested ?? fallbackCategory(expenseCategories);
  if (categoryId === undefined)
    throw new PurseError('NOT_FOUND', 'Create an expense category first.');
  const category =
    expenseCategories.find((c) => c.id === categoryId) ??
    (await requireCategory(ctx, categoryId, 'expense'));
  if (category.archived)
    throw new PurseError('VALIDATION', 'That category is archived.', { id: category.id });

  const applied = choosePromotion(promotions, input.promotion, {
    amount: input.amount,
    currency,
    merchantId: merchant?.id ?? '',
    at: now,
  });
  const discount = applied?.discount ?? 0;
  const total = addMinor(input.amount, -discount);
  const read = [...sheets.values()];
  const merchantRows = merchant ? rowsOfScopeIdIn(read, 'counterparty', merchant.id) : [];
  const ofCategory = rowsOfScopeIdIn(read, 'category', category.id).filter(
    (row) => row.currency === currency,
  );
  const risk = assessFacts(
    ctx,
    {
      amount: total,
      counterpartyId: merchant?.id,
      categoryId: category.id,
      timeZone: input.timeZone,
      limits,
    },
    {
      history: historyOf(ctx, merchantRows, input.timeZone, !!lastPayment),
      category: historyOf(ctx, ofCategory, input.timeZone),
      inWindow,
      allowances: state.allowances,
    },
  );

  return {
    account,
    merchant,
    merchantName: name,
    categoryId: category.id,
    grossAmount: input.amount,
    discount,
    total,
    promotion: applied?.promotion ?? null,
    limits,
    risk,
    suggestedCategoryId: suggested,
    aggregates: {
      sheets,
      kindOf: (id) => (id === category.id ? category.kind : undefined),
    },
  };
}

export type TransferRequest = z.output<typeof transfersCommitInput>;
