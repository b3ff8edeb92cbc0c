import { Dexie, type Transaction } from 'dexie';
import { stores as v12Stores } from './v12';

/**
 * v13: the money sent to each contact per month (`people` rows in the month sheets, entries
 * `people|<contact id>|<currency>`), built from the postings to contacts (`external:<id>`)
 * already stored. Same stores and indexes as v12. Frozen as it shipped: it copies what it
 * needs rather than import the engine.
 */
export const stores = v12Stores;

/** One aggregate's sums in a sheet: `[debit, credit, count]`. */
type SheetEntry = [debit: number, credit: number, count: number];

interface PeriodSheet {
  readonly id: string;
  readonly entries: Record<string, SheetEntry>;
}

interface StoredPosting {
  readonly ledgerAccount: string;
  readonly amount: number;
  readonly currency: string;
  readonly month: string;
}

const EXTERNAL = 'external:';

/**
 * The `people` entries postings to contacts add up to, by month sheet id: a positive posting
 * (money sent) is a debit, a negative one a credit, each posting counted once. Plain sums, so
 * that verify reports a corrupt amount instead of the upgrade throwing on it.
 */
function peopleEntries(postings: readonly StoredPosting[]): Map<string, Map<string, SheetEntry>> {
  const sheets = new Map<string, Map<string, SheetEntry>>();
  for (const posting of postings) {
    if (!posting.ledgerAccount.startsWith(EXTERNAL)) continue;
    const contactId = posting.ledgerAccount.slice(EXTERNAL.length);
    const sheetId = `month|${posting.month}`;
    let entries = sheets.get(sheetId);
    if (!entries) sheets.set(sheetId, (entries = new Map<string, SheetEntry>()));
    const key = `people|${contactId}|${posting.currency}`;
    const entry = entries.get(key) ?? [0, 0, 0];
    if (posting.amount >= 0) entry[0] += posting.amount;
    else entry[1] += -posting.amount;
    entry[2] += 1;
    entries.set(key, entry);
  }
  return sheets;
}

/** Adds the `people` entries into the month sheets they fall in (a missing one is started). */
export async function upgrade(tx: Transaction): Promise<void> {
  const postings = await tx
    .table<StoredPosting, string>('postings')
    .where('[ledgerAccount+occurredAt]')
    .between([EXTERNAL, Dexie.minKey], [`${EXTERNAL}\uffff`, Dexie.maxKey], true, true)
    .toArray();
  const added = peopleEntries(postings);
  if (added.size === 0) return;
  const aggregates = tx.table<PeriodSheet, string>('aggregates');
  const ids = [...added.keys()];
  const stored = await aggregates.bulkGet(ids);
  const sheets = ids.map((id, i): PeriodSheet => {
    const entries = { ...stored[i]?.entries };
    for (const [key, entry] of added.get(id)!) entries[key] = entry;
    return { id, entries };
  });
  await aggregates.bulkPut(sheets);
}
