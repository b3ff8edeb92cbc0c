import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupCreated } from '../../../../../src/shared/backup';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_TRANSACTION,
  type AttachmentContent,
  type AttachmentInfo,
} from '../../../../../src/shared/attachments';
import type { TransactionDetail } from '../../../../../src/shared/domain';
import type { PurseErrorInfo } from '../../../../../src/shared/errors';
import { openLedger } from '../../../../../src/ledger/open-ledger';
import { purgeOrphanAttachments } from '../../../../../src/ledger/engine/attachments/orphans';
import { PDF_BASE64, PNG_BASE64, TEXT_BASE64 } from '../../../../support/attachment-fixtures';
import { fixtureBytes, readAll } from '../../../../support/import-fixtures';
import {
  correctionsFixture,
  TZ,
  type CorrectionsFixture,
} from '../../../../support/corrections-fixture';

let c: CorrectionsFixture;
let lunch: TransactionDetail;

const call = <T>(method: string, input?: unknown) => c.call<T>(method, input);
const add = (name: string, bytes: string, txnId = lunch.transaction.id) =>
  call<AttachmentInfo>('attachments.add', { txnId, name, bytes });
const list = (txnId = lunch.transaction.id) =>
  call<AttachmentInfo[]>('attachments.list', { txnId });

/** The error a call ends in. */
async function failure(method: string, input: unknown): Promise<PurseErrorInfo> {
  const result = await c.fx.gateway.call(method, input);
  if (result.ok) throw new Error(`${method} succeeded`);
  return result.error;
}

beforeEach(async () => {
  c = await correctionsFixture();
  lunch = await c.expense(3_000, 4, 'lunch');
});
afterEach(() => c.fx.close());

describe('attachments', () => {
  it('adds, lists, opens and removes a receipt, sealed in the ledger', async () => {
    const added = await add('receipt.png', PNG_BASE64);
    expect(added).toMatchObject({
      txnId: lunch.transaction.id,
      name: 'receipt.png',
      mime: 'image/png',
      size: Buffer.from(PNG_BASE64, 'base64').length,
    });
    const pdf = await add('bill.pdf', PDF_BASE64);
    expect((await list()).map((a) => a.id)).toEqual([added.id, pdf.id]);
    const opened = await call<AttachmentContent>('attachments.get', { id: added.id });
    expect(opened).toEqual({ info: added, bytes: PNG_BASE64 });
    // Sealed: the raw row shows only its id and its transaction's.
    const raw = JSON.stringify(await rawRows());
    expect(raw).not.toContain('receipt.png');
    expect(raw).not.toContain(PNG_BASE64.slice(0, 40));
    await call('attachments.remove', { id: added.id });
    expect(await list()).toEqual([pdf]);
    expect((await failure('attachments.get', { id: added.id })).code).toBe('NOT_FOUND');
    expect((await failure('attachments.remove', { id: added.id })).code).toBe('NOT_FOUND');
    await c.verifyOk();
  });

  it('refuses a file that is not what its name says, naming the field, and changes nothing', async () => {
    for (const bytes of [PDF_BASE64, TEXT_BASE64]) {
      const error = await failure('attachments.add', {
        txnId: lunch.transaction.id,
        name: 'receipt.png',
        bytes,
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toMatchObject({ field: 'bytes' });
    }
    expect(await c.fx.db.attachments.count()).toBe(0);
  });

  it('refuses more than 10 MB before reading it, naming the field', async () => {
    const big = Buffer.alloc(ATTACHMENT_MAX_BYTES + 3);
    Buffer.from(PNG_BASE64, 'base64').copy(big);
    const error = await failure('attachments.add', {
      txnId: lunch.transaction.id,
      name: 'big.png',
      bytes: big.toString('base64'),
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^bytes: .*10 MB/);
    expect(error.issues?.[0]?.path).toBe('bytes');
    expect(await c.fx.db.attachments.count()).toBe(0);
  });

  it('refuses a transaction that does not exist', async () => {
    const error = await failure('attachments.add', {
      txnId: '01900000-0000-7000-8000-000000000000',
      name: 'receipt.png',
      bytes: PNG_BASE64,
    });
    expect(error.code).toBe('NOT_FOUND');
    expect(await c.fx.db.attachments.count()).toBe(0);
  });

  it('keeps at most ten a transaction, even when the last two are sent together', async () => {
    for (let i = 0; i < ATTACHMENTS_PER_TRANSACTION - 2; i++) await add(`r${i}.png`, PNG_BASE64);
    await Promise.all([add('a.png', PNG_BASE64), add('b.pdf', PDF_BASE64)]);
    expect(await list()).toHaveLength(ATTACHMENTS_PER_TRANSACTION);
    const results = await Promise.all(
      ['c.png', 'd.png'].map((name) =>
        c.fx.gateway.call('attachments.add', {
          txnId: lunch.transaction.id,
          name,
          bytes: PNG_BASE64,
        }),
      ),
    );
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'LIMIT_EXCEEDED',
      'LIMIT_EXCEEDED',
    ]);
    expect(await list()).toHaveLength(ATTACHMENTS_PER_TRANSACTION);
  });

  it('lets two sent together at the limit land one, never eleven', async () => {
    for (let i = 0; i < ATTACHMENTS_PER_TRANSACTION - 1; i++) await add(`r${i}.png`, PNG_BASE64);
    const results = await Promise.all(
      ['a.png', 'b.png'].map((name) =>
        c.fx.gateway.call('attachments.add', {
          txnId: lunch.transaction.id,
          name,
          bytes: PNG_BASE64,
        }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await list()).toHaveLength(ATTACHMENTS_PER_TRANSACTION);
  });
});

describe('attachments of a deleted transaction', () => {
  it('are hidden with it, come back with an undo, and go for good once it cannot', async () => {
    const added = await add('receipt.png', PNG_BASE64);
    await call('transactions.delete', { id: lunch.transaction.id });
    expect(await list()).toEqual([]);
    expect((await failure('attachments.get', { id: added.id })).code).toBe('NOT_FOUND');
    await c.verifyOk();
    await call('ledger.undo');
    expect(await list()).toEqual([added]);
    expect((await call<AttachmentContent>('attachments.get', { id: added.id })).bytes).toBe(
      PNG_BASE64,
    );
    await call('ledger.redo');
    expect(await list()).toEqual([]);
    // The ledger opens again: no undo can bring the lunch back, so its receipt goes.
    const ctx = { db: c.fx.db, clock: c.fx.clock, timeZone: 'Asia/Shanghai' };
    expect(await purgeOrphanAttachments(ctx)).toBe(1);
    expect(await c.fx.db.attachments.count()).toBe(0);
    await c.verifyOk();
  });

  it('are hidden by a bulk delete and back with its undo; the others stay', async () => {
    const dinner = await c.expense(5_000, 5, 'dinner');
    const kept = await add('dinner.pdf', PDF_BASE64, dinner.transaction.id);
    const gone = await add('lunch.png', PNG_BASE64);
    await call('transactions.bulkUpdate', {
      selection: { ids: [lunch.transaction.id] },
      action: { kind: 'delete' },
    });
    expect(await list()).toEqual([]);
    const ctx = { db: c.fx.db, clock: c.fx.clock, timeZone: 'Asia/Shanghai' };
    await call('ledger.undo');
    expect(await list()).toEqual([gone]);
    expect(await list(dinner.transaction.id)).toEqual([kept]);
    expect(await purgeOrphanAttachments(ctx)).toBe(0);
  });
});

describe('attachments of an imported transaction', () => {
  it('are hidden when the import is undone, and back with its redo', async () => {
    const { rows } = await readAll(fixtureBytes('wechat.csv'));
    await call('imports.commit', {
      accountId: c.wallet.id,
      timeZone: TZ,
      profile: 'wechat',
      rows,
      rejectedRows: 0,
      goodRowsOnly: false,
    });
    const imported = (await c.fx.db.transactions.toArray()).find(
      (row) => row.id !== lunch.transaction.id && row.kind !== 'opening',
    );
    const txnId = imported!.id;
    const added = await add('receipt.png', PNG_BASE64, txnId);
    await call('ledger.undo');
    expect(await list(txnId)).toEqual([]);
    await c.verifyOk();
    await call('ledger.redo');
    expect(await list(txnId)).toEqual([added]);
    await c.verifyOk();
  });
});

describe('orphans', () => {
  it('are purged when the ledger opens again, and nothing else is', async () => {
    const dinner = await c.expense(5_000, 5, 'dinner');
    await add('dinner.pdf', PDF_BASE64, dinner.transaction.id);
    await add('lunch.png', PNG_BASE64);
    await call('transactions.delete', { id: lunch.transaction.id });
    const { db, dataKey, clock } = c.fx;
    db.close();
    const again = await openLedger({ name: db.name, dataKey, clock, timeZone: 'Asia/Shanghai' });
    try {
      const rows = await again.db.attachments.toArray();
      expect(rows.map((row) => row.name)).toEqual(['dinner.pdf']);
      expect((await again.api['ledger.verify'](undefined)).problems).toEqual([]);
    } finally {
      again.close();
    }
  });
});

describe('attachments in backups', () => {
  it('survive a backup and its restore', async () => {
    const PIN = '258036';
    const passphrase = 'correct horse battery staple';
    await call('security.setupPin', { pin: PIN });
    const added = await add('receipt.png', PNG_BASE64);
    const backup = await call<BackupCreated>('backups.create', { passphrase, auth: { pin: PIN } });
    expect(backup.file).not.toContain(PNG_BASE64.slice(0, 40));
    await call('attachments.remove', { id: added.id });
    expect(await list()).toEqual([]);
    await call('backups.restore', {
      file: backup.file,
      passphrase,
      confirm: true,
      auth: { pin: PIN },
    });
    expect(await list()).toEqual([added]);
    expect((await call<AttachmentContent>('attachments.get', { id: added.id })).bytes).toBe(
      PNG_BASE64,
    );
    await c.verifyOk();
  });
});

/** The attachments as IndexedDB holds them, under the sealing. */
async function rawRows(): Promise<unknown[]> {
  const raw = new Dexie(c.fx.db.name);
  await raw.open();
  try {
    return (await raw.table('attachments').toArray()) as unknown[];
  } finally {
    raw.close();
  }
}
