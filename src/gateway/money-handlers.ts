import type { z } from 'zod';
import type { LedgerApi, LedgerInternalApi, ParsedInput } from '../shared/contract';
import { PurseError } from '../shared/errors';
import type { authSchema } from '../shared/payment-schemas';
import type { MoneyResult } from '../shared/payments';
import type { FollowUps } from './follow-ups';
import { langOf, moneyMessage, type Lang, type Notifier } from './notifications';
import { confirmItIsYou } from './security/confirm-with-pin';
import type { SecurityService } from './security/security-service';

type Auth = z.output<typeof authSchema>;

export interface MoneyDeps {
  readonly ledger: LedgerApi;
  readonly internal: LedgerInternalApi;
  readonly security: SecurityService;
  readonly notifier: Notifier;
  /** The OS language, for notifications when the person chose "follow the system". */
  readonly systemLocale: string;
  /** Runs the notification after the answer, so a payment never waits for it. */
  readonly followUps: FollowUps;
}

/**
 * Confirms it is the person: the PIN (or Touch ID) always; for a risky movement the
 * step-up too — the two-factor code when enrolled, else the PIN a second time together
 * with an explicit confirmation. Returns whether the step-up was passed.
 */
async function authorise(security: SecurityService, auth: Auth): Promise<boolean> {
  await confirmItIsYou(security, auth, 'confirm this payment');

  if (await security.totpEnabled()) {
    if (auth.totp === undefined) return false;
    await security.verifyTotp(auth.totp);
    return true;
  }
  if (auth.confirmRisk && auth.stepUpPin !== undefined) {
    await security.verifyPin(auth.stepUpPin);
    return true;
  }
  return false;
}

/** `payments.create`, `transfers.create`, …: authenticate in main, then commit in the ledger. */
export function moneyHandlers(deps: MoneyDeps) {
  const stepUpMethod = async () => ((await deps.security.totpEnabled()) ? 'totp' : 'pin');

  async function run<I extends { auth: Auth }>(
    input: I,
    commit: (rest: Omit<I, 'auth'> & { stepUpPassed: boolean }) => Promise<MoneyResult>,
    announce: (result: MoneyResult, lang: 'zh' | 'en') => Promise<{ title: string; body: string }>,
  ): Promise<MoneyResult> {
    const { auth, ...rest } = input;
    const stepUpPassed = await authorise(deps.security, auth);
    let result: MoneyResult;
    try {
      result = await commit({ ...rest, stepUpPassed });
    } catch (thrown) {
      if (thrown instanceof PurseError && thrown.code === 'STEP_UP_REQUIRED') {
        throw new PurseError(thrown.code, thrown.message, {
          ...thrown.details,
          method: await stepUpMethod(),
        });
      }
      throw thrown;
    }
    deps.followUps.run('Money notification', async () => {
      const settings = await deps.ledger['settings.get'](undefined);
      const lang = langOf(settings.locale === 'system' ? deps.systemLocale : settings.locale);
      deps.notifier.notify({ ...(await announce(result, lang)), tag: result.transaction.id });
    });
    return result;
  }

  // The receipt already joins the payee: one row read instead of every counterparty.
  const payeeName = async (result: MoneyResult) =>
    result.transaction.counterpartyId
      ? ((await deps.ledger['receipts.get']({ id: result.transaction.id })).counterpartyName ?? '')
      : '';
  const money = (result: MoneyResult) => ({
    minor: result.transaction.amount,
    currency: result.transaction.currency,
  });

  // What the notification says: paid to whom, or only the amount.
  const paidTo = async (result: MoneyResult, lang: Lang) =>
    moneyMessage('paymentDone', lang, money(result), await payeeName(result));
  const amountOnly =
    (kind: 'topupDone' | 'withdrawalDone' | 'refundDone') => (result: MoneyResult, lang: Lang) =>
      Promise.resolve(moneyMessage(kind, lang, money(result)));

  return {
    'payments.create': (input: ParsedInput<'payments.create'>) =>
      run(input, (rest) => deps.internal['payments.commit'](rest), paidTo),
    'transfers.create': (input: ParsedInput<'transfers.create'>) =>
      run(
        input,
        (rest) => deps.internal['transfers.commit'](rest),
        async (result, lang) => {
          if (result.transaction.kind === 'transfer') {
            const accounts = await deps.ledger['accounts.list']({ includeArchived: true });
            const to = accounts.find((a) => a.id === result.transaction.toAccountId)?.name ?? '';
            return moneyMessage('transferDone', lang, money(result), to);
          }
          return moneyMessage('transferDone', lang, money(result), await payeeName(result));
        },
      ),
    'topups.create': (input: ParsedInput<'topups.create'>) =>
      run(input, (rest) => deps.internal['topups.commit'](rest), amountOnly('topupDone')),
    'withdrawals.create': (input: ParsedInput<'withdrawals.create'>) =>
      run(input, (rest) => deps.internal['withdrawals.commit'](rest), amountOnly('withdrawalDone')),
    'bills.pay': (input: ParsedInput<'bills.pay'>) =>
      run(input, (rest) => deps.internal['bills.commitPayment'](rest), paidTo),
    'refunds.create': (input: ParsedInput<'refunds.create'>) =>
      run(input, (rest) => deps.internal['refunds.commit'](rest), amountOnly('refundDone')),
  };
}
