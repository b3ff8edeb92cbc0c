import { afterEach, expect, it } from 'vitest';
import type { AttachmentInfo } from '../../../../../src/shared/attachments';
import type { Account, TransactionDetail } from '../../../../../src/shared/domain';
import type { SnapshotInfo } from '../../../../../src/shared/snapshots';
import { PNG_BASE64 } from '../../../../support/attachment-fixtures';
import { freshGateway, ok, type GatewayFixture } from '../../../../support/gateway-fixture';
import { categoryByBuiltin } from '../../../../support/ledger-fixture';
import { MemorySnapshotStore } from '../../../../support/memory-snapshot-store';

const PIN = '258036';
let fx: GatewayFixture;
afterEach(() => fx.close());

it('an attachment is in a snapshot, and back when the snapshot is restored', async () => {
  fx = await freshGateway({ snapshots: new MemorySnapshotStore() });
  const call = async <T>(method: string, input?: unknown) =>
    ok<T>(await fx.gateway.call(method, input));
  await call('security.setupPin', { pin: PIN });
  const wallet = await call<Account>('accounts.create', {
    kind: 'wallet',
    name: 'Wallet',
    currency: 'CNY',
    openingBalance: 50_000,
  });
  const lunch = await call<TransactionDetail>('transactions.record', {
    kind: 'expense',
    accountId: wallet.id,
    categoryId: (await categoryByBuiltin(fx.api, 'food')).id,
    amount: 3_000,
    occurredAt: fx.clock.now(),
    timeZone: 'Asia/Shanghai',
  });
  const txnId = lunch.transaction.id;
  const added = await call<AttachmentInfo>('attachments.add', {
    txnId,
    name: 'receipt.png',
    bytes: PNG_BASE64,
  });
  await fx.gateway.idle();
  const taken = await call<SnapshotInfo>('snapshots.create');
  await call('attachments.remove', { id: added.id });
  expect(await call<AttachmentInfo[]>('attachments.list', { txnId })).toEqual([]);
  await call('snapshots.restore', { name: taken.name, auth: { pin: PIN } });
  expect(await call<AttachmentInfo[]>('attachments.list', { txnId })).toEqual([added]);
});
