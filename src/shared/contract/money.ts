import type {
  IdentityView,
  LimitsView,
  MoneyResult,
  PaymentPreview,
  Promotion,
  Receipt,
  RiskAlert,
} from '../payments';
import * as p from '../payment-schemas';
import * as s from '../schemas';
import { guarded, read, write } from './define';
import { MOVEMENT_VIEWS } from './views';

/** Money that moves (each with the PIN), and the limits, identity, risk and coupons around it. */
export const moneyMethods = {
  'payments.preview': read<PaymentPreview>()('ledger', p.paymentsPreviewInput),
  // A payment may create its merchant and use up a coupon; a transfer may create its contact.
  'payments.create': guarded<MoneyResult>()(p.paymentsCreateInput, 'pin', [
    ...MOVEMENT_VIEWS,
    'counterparties.list',
    'promotions.list',
  ]),
  'transfers.create': guarded<MoneyResult>()(p.transfersCreateInput, 'pin', [
    ...MOVEMENT_VIEWS,
    'counterparties.list',
  ]),
  'topups.create': guarded<MoneyResult>()(p.topupsCreateInput, 'pin', MOVEMENT_VIEWS),
  'withdrawals.create': guarded<MoneyResult>()(p.withdrawalsCreateInput, 'pin', MOVEMENT_VIEWS),
  'refunds.create': guarded<MoneyResult>()(p.refundsCreateInput, 'pin', MOVEMENT_VIEWS),
  'receipts.get': read<Receipt>()('ledger', s.byIdInput),
  'limits.get': read<LimitsView>()('ledger', p.limitsGetInput),
  // Lowering a cap needs nothing; raising or lifting one needs the PIN (and code).
  'limits.set': guarded<LimitsView>()(p.limitsSetInput, 'pin+2fa-to-weaken', [
    'limits.get',
    'payments.preview',
  ]),
  'identity.get': read<IdentityView>()('ledger', s.emptyInput),
  // Raises the tier and so every limit: the PIN (and code) first, then the ledger records it.
  'identity.verify': guarded<IdentityView>()(p.identityVerifyRequest, 'pin+2fa', [
    'identity.get',
    'limits.get',
    'payments.preview',
  ]),
  'risk.alerts': read<RiskAlert[]>()('ledger', p.riskAlertsInput),
  'risk.markExpected': write<RiskAlert>()('ledger', p.riskMarkExpectedInput, {
    stale: ['risk.alerts'],
  }),
  'promotions.list': read<Promotion[]>()('ledger', p.promotionsListInput),
  'promotions.create': write<Promotion>()('ledger', p.promotionsCreateInput, {
    stale: ['promotions.list', 'payments.preview'],
  }),
  'promotions.archive': write<Promotion>()('ledger', s.byIdInput, {
    stale: ['promotions.list', 'payments.preview'],
  }),
} as const;
