import type { CurrencyCode } from './currencies';
import type { CategoryKind, SplitLine, Transaction, TransactionKind } from './domain';
import { addMinor } from './money';
import { categoryLinesOf } from './splits';

/**
 * The one definition of Purse's figures. Home, History's totals, Analytics, Budgets, the
 * monthly report and a statement's summary all compute them with these rules, and no screen
 * works them out again:
 *
 * - **spending** is the money out to categories of kind expense. A refund lowers the
 *   spending of its payment's category in the month the refund happens; it is never income.
 * - **income** is the money in to categories of kind income.
 * - **money to people** (a transfer to a contact, `p2p`) is spending too — the wallets' own
 *   exports count it as 支出 — on a line of its own in the breakdowns (`TO_PEOPLE`).
 * - moves between the person's own accounts (transfers, top-ups, withdrawals) and opening
 *   balances are neither.
 * - a **reversal** (a void) counts as the transaction it reverses, negated, in the month the
 *   void happens: voiding money sent to a contact lowers that month's `TO_PEOPLE`.
 *
 * The ledger reaches the same figures from two sides: the aggregates (category and `people`
 * rows) for whole months, and single transactions (`transactionEffects`) for any filtered set.
 */

/** The line of a spending breakdown that holds the money sent to people, beside categories. */
export const TO_PEOPLE = 'to-people';

/** One line of a breakdown: a category's id (or `TO_PEOPLE`) and its amount. */
export interface CategoryAmount {
  readonly categoryId: string;
  readonly amount: number;
}

/** Where some money counts: a figure, the line it is on, and what it adds (a refund: less). */
export interface FigureEffect {
  readonly figure: 'spending' | 'income';
  /** A category's id, or `TO_PEOPLE`. */
  readonly line: string;
  readonly amount: number;
}

/** The kind of a category by id; undefined for one the ledger does not know. */
export type CategoryKindOf = (categoryId: string) => CategoryKind | undefined;

/**
 * Money into a category (what a positive posting to it is): spending on an expense category,
 * income taken back on an income one. An unknown category counts as spending.
 */
export function categoryEffect(
  categoryId: string,
  kind: CategoryKind | undefined,
  intoCategory: number,
): FigureEffect {
  return kind === 'income'
    ? { figure: 'income', line: categoryId, amount: -intoCategory }
    : { figure: 'spending', line: categoryId, amount: intoCategory };
}

/** Money sent to people (or, negative, back from them): spending on the `TO_PEOPLE` line. */
export function peopleEffect(sent: number): FigureEffect {
  return { figure: 'spending', line: TO_PEOPLE, amount: sent };
}

/** Which way each kind moves its amount with its category: into it (1), out of it (−1). */
const INTO_CATEGORY: Readonly<Record<TransactionKind, -1 | 0 | 1>> = {
  opening: 0,
  income: -1,
  expense: 1,
  transfer: 0,
  payment: 1,
  p2p: 0,
  topup: 0,
  withdrawal: 0,
  refund: -1,
  // Follows the kind it reverses (`reversedKind`), negated: see transactionEffect.
  reversal: 0,
};

/**
 * Where a transaction's money counts, from the transaction alone (its postings say the
 * same): a payment or expense on its category — or on each of its split lines' — a refund
 * back off it, income on its income category, a transfer to a contact on `TO_PEOPLE`;
 * nothing for moves between own accounts and opening balances. `keep` chooses lines (a
 * filter on one category or tag counts only the lines it names).
 */
export function transactionEffects(
  txn: Pick<Transaction, 'kind' | 'amount' | 'categoryId' | 'splits' | 'reversedKind'>,
  kindOf: CategoryKindOf,
  keep: (line: SplitLine) => boolean = () => true,
): FigureEffect[] {
  if (txn.kind === 'reversal') {
    if (!txn.reversedKind || txn.reversedKind === 'reversal') return [];
    return transactionEffects(
      {
        kind: txn.reversedKind,
        amount: -txn.amount,
        ...(txn.categoryId ? { categoryId: txn.categoryId } : {}),
      },
      kindOf,
      keep,
    );
  }
  if (txn.kind === 'p2p') return [peopleEffect(txn.amount)];
  const into = INTO_CATEGORY[txn.kind];
  if (into === 0) return [];
  return categoryLinesOf(txn)
    .filter(keep)
    .map((line) => categoryEffect(line.categoryId, kindOf(line.categoryId), into * line.amount));
}

/** The headline figures of one currency. */
export interface FigureTotals {
  readonly currency: CurrencyCode;
  /** Money out to expense categories, less refunds, plus the money sent to people. */
  readonly spending: number;
  readonly income: number;
  /** income − spending. */
  readonly net: number;
  /** The part of `spending` that went to people. */
  readonly toPeople: number;
}

/** One currency's figures with their breakdowns. */
export interface Figures extends FigureTotals {
  /** Spending per expense category and `TO_PEOPLE`, biggest first; lines at zero left out. */
  readonly spendingByLine: readonly CategoryAmount[];
  /** Income per income category, biggest first; lines at zero left out. */
  readonly incomeByCategory: readonly CategoryAmount[];
}

interface CurrencySums {
  readonly spending: Map<string, number>;
  readonly income: Map<string, number>;
  /** Every amount added, without its sign: how much money moved. */
  activity: number;
}

function linesOf(lines: ReadonlyMap<string, number>): CategoryAmount[] {
  return [...lines]
    .filter(([, amount]) => amount !== 0)
    .map(([categoryId, amount]) => ({ categoryId, amount }))
    .sort((a, b) => b.amount - a.amount || a.categoryId.localeCompare(b.categoryId));
}

function sumOf(lines: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const amount of lines.values()) sum = addMinor(sum, amount);
  return sum;
}

/** Adds up figure effects per currency; `figures` reads them back by this definition. */
export class FigureTally {
  readonly #sums = new Map<CurrencyCode, CurrencySums>();

  #of(currency: CurrencyCode): CurrencySums {
    let sums = this.#sums.get(currency);
    if (!sums) {
      sums = { spending: new Map(), income: new Map(), activity: 0 };
      this.#sums.set(currency, sums);
    }
    return sums;
  }

  /** Adds an effect in `currency`; without one, only notes that the currency was seen. */
  add(currency: CurrencyCode, effect: FigureEffect | undefined): void {
    const sums = this.#of(currency);
    if (!effect) return;
    const lines = effect.figure === 'income' ? sums.income : sums.spending;
    lines.set(effect.line, addMinor(lines.get(effect.line) ?? 0, effect.amount));
    sums.activity = addMinor(sums.activity, Math.abs(effect.amount));
  }

  /** Adds a transaction's effects in `currency` (none: notes the currency only). */
  addEach(currency: CurrencyCode, effects: readonly FigureEffect[]): void {
    if (effects.length === 0) this.add(currency, undefined);
    for (const effect of effects) this.add(currency, effect);
  }

  /** Adds another tally's sums into this one. */
  addAll(other: FigureTally): void {
    for (const [currency, sums] of other.#sums) {
      const into = this.#of(currency);
      for (const [line, amount] of sums.spending)
        into.spending.set(line, addMinor(into.spending.get(line) ?? 0, amount));
      for (const [line, amount] of sums.income)
        into.income.set(line, addMinor(into.income.get(line) ?? 0, amount));
      into.activity = addMinor(into.activity, sums.activity);
    }
  }

  /** One currency's figures (all zero for a currency never added). */
  figures(currency: CurrencyCode): Figures {
    const sums = this.#sums.get(currency);
    const spending = sums ? sumOf(sums.spending) : 0;
    const income = sums ? sumOf(sums.income) : 0;
    return {
      currency,
      spending,
      income,
      net: income - spending,
      toPeople: sums?.spending.get(TO_PEOPLE) ?? 0,
      spendingByLine: sums ? linesOf(sums.spending) : [],
      incomeByCategory: sums ? linesOf(sums.income) : [],
    };
  }

  /** How much money moved in `currency` (every amount added, without its sign). */
  activity(currency: CurrencyCode): number {
    return this.#sums.get(currency)?.activity ?? 0;
  }

  /** The currencies added, in code order. */
  currencies(): CurrencyCode[] {
    return [...this.#sums.keys()].sort();
  }

  /** Every currency's headline figures, in code order. */
  totals(): FigureTotals[] {
    return this.currencies().map((currency) => {
      const {
        spendingByLine: _lines,
        incomeByCategory: _income,
        ...totals
      } = this.figures(currency);
      return totals;
    });
  }
}
