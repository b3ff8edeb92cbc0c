import type { CurrencyCode } from './currencies';
import type { MonthKey } from './dates';

export const ACCOUNT_KINDS = ['wallet', 'bank_card', 'credit_card', 'cash', 'savings'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export interface Account {
  readonly id: string;
  readonly kind: AccountKind;
  readonly name: string;
  readonly currency: CurrencyCode;
  readonly openingBalance: number;
  /** Cached: always equals the sum of this account's postings. */
  readonly balance: number;
  readonly archived: boolean;
  readonly institution?: string;
  /** Bank cards bound at first run: the last four digits (the full number stays sealed). */
  readonly cardLast4?: string;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export const CATEGORY_KINDS = ['expense', 'income'] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];

export interface LocalizedName {
  readonly en: string;
  readonly zh: string;
}

export interface Category {
  readonly id: string;
  readonly kind: CategoryKind;
  readonly name: LocalizedName;
  /** Set for the built-in set; kept when renamed so that defaults can be recognised. */
  readonly builtin?: string;
  readonly icon?: string;
  readonly archived: boolean;
  readonly createdAt: number;
}

export const COUNTERPARTY_KINDS = ['merchant', 'contact', 'biller'] as const;
export type CounterpartyKind = (typeof COUNTERPARTY_KINDS)[number];

export interface Counterparty {
  readonly id: string;
  readonly kind: CounterpartyKind;
  readonly name: string;
  readonly note?: string;
  readonly createdAt: number;
}

export const TRANSACTION_KINDS = [
  'opening',
  'income',
  'expense',
  'transfer',
  'payment',
  'p2p',
  'topup',
  'withdrawal',
  'refund',
  'reversal',
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

/** One side of a transaction. The postings of a transaction sum to zero. */
export interface Posting {
  readonly id: string;
  readonly txnId: string;
  /** An own account id, `category:<id>`, or `equity:opening`. */
  readonly ledgerAccount: string;
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly occurredAt: number;
  readonly month: MonthKey;
}

/** One own-account side of a transaction: the posting's account and signed amount. */
export interface OwnSide {
  readonly account: string;
  readonly amount: number;
}

/** One line of a split transaction: a part of its amount, on a category of its own. */
export interface SplitLine {
  readonly categoryId: string;
  /** Positive minor units; a transaction's lines add up to its amount. */
  readonly amount: number;
  readonly memo?: string;
  readonly tags?: readonly string[];
}

export interface Transaction {
  readonly id: string;
  readonly kind: TransactionKind;
  readonly occurredAt: number;
  /** The IANA zone the user was in; `month` is the local month there. */
  readonly timeZone: string;
  readonly month: MonthKey;
  /** Always positive: the size of the movement. */
  readonly amount: number;
  readonly currency: CurrencyCode;
  readonly accountId: string;
  readonly toAccountId?: string;
  /** Absent on a split transaction: its `splits` name the categories. */
  readonly categoryId?: string;
  /** Income or an expense split across categories: two lines or more, adding up to `amount`. */
  readonly splits?: readonly SplitLine[];
  readonly counterpartyId?: string;
  readonly memo?: string;
  readonly createdAt: number;
  /** The client's idempotency key: a second request with it returns the first result. */
  readonly requestId?: string;
  /** A hash of what the request asked for: the same id with another body is refused. */
  readonly requestFingerprint?: string;
  /** Payments: the receipt number shown to the person and the merchant. */
  readonly receiptNo?: string;
  /** Payments: the price before the promotion; `amount` is what was paid. */
  readonly grossAmount?: number;
  readonly discount?: number;
  readonly promotionId?: string;
  /** The merchant's order reference, from a payment request. */
  readonly orderRef?: string;
  /** The paying account's balance right after this transaction. */
  readonly balanceAfter?: number;
  /** Refunds: the payment this refund reverses. */
  readonly refundOf?: string;
  /** Reversals (a void): the transaction this one reverses, its postings negated. */
  readonly reverses?: string;
  /** Reversals: the kind of the transaction reversed, so its figures net out with it. */
  readonly reversedKind?: TransactionKind;
  /** A voided transaction: the reversal that voided it (it stays, marked, never removed). */
  readonly voidedBy?: string;
  /** Cache of its own-account postings, in posting-id order; absent on older rows (sealed). */
  readonly ownSides?: readonly OwnSide[];
  /** The person's own labels (`travel`), normalised by `tagSchema`; absent: none. */
  readonly tags?: readonly string[];
  /** The own accounts whose statement shows it (cleared there); absent: none. */
  readonly cleared?: readonly string[];
  /** The own accounts on which a reconciliation locked it (each is cleared too). */
  readonly reconciled?: readonly string[];
  /** Where it came from when not typed in: a statement import (absent: by hand, or unknown). */
  readonly source?: 'import' | 'recurring';
  /** How many corrections it has had (absent: none); an edit names the one it saw. */
  readonly revision?: number;
  /** When it was last corrected (edited, or put back by an undo). */
  readonly editedAt?: number;
}

export interface TransactionDetail {
  readonly transaction: Transaction;
  readonly postings: readonly Posting[];
}

export interface NetWorthLine {
  readonly currency: CurrencyCode;
  readonly minor: number;
}

export interface DashboardSummary {
  readonly accounts: readonly Account[];
  readonly netWorth: readonly NetWorthLine[];
  readonly recent: readonly Transaction[];
  readonly month: MonthKey;
  readonly monthSpending: readonly NetWorthLine[];
  readonly monthIncome: readonly NetWorthLine[];
}

export interface InvariantReport {
  readonly ok: boolean;
  readonly checked: {
    readonly transactions: number;
    readonly postings: number;
    readonly accounts: number;
    readonly aggregates: number;
  };
  readonly problems: readonly string[];
}

export const LOCALE_PREFERENCES = ['system', 'zh-CN', 'en'] as const;
export type LocalePreference = (typeof LOCALE_PREFERENCES)[number];
export const THEME_PREFERENCES = ['system', 'light', 'dark'] as const;
export type ThemePreference = (typeof THEME_PREFERENCES)[number];

export interface Settings {
  readonly locale: LocalePreference;
  readonly theme: ThemePreference;
  readonly defaultCurrency: CurrencyCode;
}
