import type { GenAccount, GeneratedLedger, GenTransaction } from './generate-ledger';

export type JournalDialect = 'hledger' | 'ledger';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The local date in Shanghai (no daylight saving), as the journal writes it. */
export function localDate(epochMs: number, dialect: JournalDialect = 'hledger'): string {
  const iso = new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
  return dialect === 'ledger' ? iso.replaceAll('-', '/') : iso;
}

/** Minor units as a plain decimal with two places: 1234 → "12.34", -5 → "-0.05". */
export function formatMinor(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** How an own account is named in the journal; credit cards are liabilities. */
export function journalAccount(account: Pick<GenAccount, 'kind' | 'name'>): string {
  return `${account.kind === 'credit_card' ? 'liabilities' : 'assets'}:${account.name}`;
}

export function journalCategory(kind: 'expense' | 'income', name: string): string {
  return `${kind === 'income' ? 'income' : 'expenses'}:${name}`;
}

interface Lookups {
  readonly account: Map<string, GenAccount>;
  readonly payee: Map<string, string>;
}
const cache = new WeakMap<GeneratedLedger, Lookups>();

function lookups(ledger: GeneratedLedger): Lookups {
  let found = cache.get(ledger);
  if (!found) {
    found = {
      account: new Map(ledger.accounts.map((a) => [a.key, a])),
      payee: new Map(ledger.counterparties.map((c) => [c.key, c.name])),
    };
    cache.set(ledger, found);
  }
  return found;
}

/** The postings of one generated transaction as [journal account, signed minor units]. */
export function journalPostings(ledger: GeneratedLedger, txn: GenTransaction): [string, number][] {
  const known = lookups(ledger);
  const account = (key: string) => journalAccount(known.account.get(key)!);
  const payee = (txn.counterparty && known.payee.get(txn.counterparty)) ?? '';
  const own = account(txn.account);
  switch (txn.kind) {
    case 'expense':
      return [
        [journalCategory('expense', txn.category!), txn.amount],
        [own, -txn.amount],
      ];
    case 'refund':
      return [
        [own, txn.amount],
        [journalCategory('expense', txn.category!), -txn.amount],
      ];
    case 'income':
      return [
        [own, txn.amount],
        [journalCategory('income', txn.category!), -txn.amount],
      ];
    case 'p2p':
      return [
        [`external:${payee}`, txn.amount],
        [own, -txn.amount],
      ];
    case 'transfer':
      return [
        [account(txn.toAccount!), txn.amount],
        [own, -txn.amount],
      ];
  }
}

/**
 * The generated ledger as a plain-text journal, yielded in pieces so that a million
 * transactions never make one giant string. hledger and ledger-cli both read it; the
 * dialects differ only in the date separator.
 */
export function* journalText(ledger: GeneratedLedger, dialect: JournalDialect): Generator<string> {
  const known = lookups(ledger);
  const openingDate = localDate(ledger.start - 86_400_000, dialect);
  yield `; Purse benchmark ledger: seed ${ledger.seed}, ${ledger.transactions.length} transactions\n\n`;
  for (const account of ledger.accounts) {
    if (account.opening === 0) continue;
    yield `${openingDate} Opening balance\n    ${journalAccount(account)}  ${formatMinor(account.opening)} ${account.currency}\n    equity:opening  ${formatMinor(-account.opening)} ${account.currency}\n\n`;
  }
  let batch = '';
  let count = 0;
  for (const txn of ledger.transactions) {
    const currency = known.account.get(txn.account)!.currency;
    const payee =
      (txn.counterparty && known.payee.get(txn.counterparty)) ||
      (txn.kind === 'transfer' ? 'Transfer' : txn.kind);
    batch += `${localDate(txn.occurredAt, dialect)} ${payee}\n`;
    if (txn.memo) batch += `    ; ${txn.memo}\n`;
    for (const [account, amount] of journalPostings(ledger, txn)) {
      batch += `    ${account}  ${formatMinor(amount)} ${currency}\n`;
    }
    batch += '\n';
    count += 1;
    if (count % 5_000 === 0) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}
