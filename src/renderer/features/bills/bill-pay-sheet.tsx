import { App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BillView } from '../../../shared/bills';
import { systemTimeZone } from '../../../shared/dates';
import type { Account } from '../../../shared/domain';
import { PurseError } from '../../../shared/errors';
import { formatMoney, minorToDecimalString } from '../../../shared/money';
import type { LimitsView, MoneyResult } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { AmountField } from '../../components/amount-field';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { parseAmountField } from '../../components/money-rules';
import { PageError, PageLoading } from '../../components/page-state';
import type { DescribableError } from '../../i18n/describe-error';
import { useFormattingLocale } from '../../i18n/use-locale';
import { useAccounts } from '../accounts/use-accounts';
import { MoneyConfirm, MoneySheet, type SheetControls } from '../money/confirm-sheet';
import { balanceAfterRow, MoneyDone, timeRow } from '../money/money-done';
import { outflowProblem } from '../money/outflow-problem';
import { sheetAccountRow } from '../money/sheet-account';
import { SheetFlow } from '../money/sheet-flow';
import { useConfirmedView } from '../money/use-money-flow';
import { ScheduleIcon } from './biller-kind';
import { useBillDates } from './bill-format';
import { MaskedNumber } from './masked-number';
import { useBills } from './use-bills';
import { SheetHero } from '../money/sheet-hero';
import { VerticalForm } from '../../components/vertical-form';

export interface PayTarget {
  readonly billId: string;
  readonly dueDate: string;
  /** A bill is paid; money to a contact is sent (the sheet says which). */
  readonly sends?: boolean;
}

export interface BillPaySheetProps {
  /** The occurrence to pay; null keeps the sheet closed. */
  readonly target: PayTarget | null;
  readonly onClose: () => void;
}

/**
 * Pays one occurrence of a bill the way every payment is made, in one money flow: what will
 * happen (for a variable bill, first the amount this time), then the payment PIN, a step-up
 * when the risk rules ask for one, refusals with their next step, and the receipt.
 */
export function BillPaySheet({ target, onClose }: BillPaySheetProps) {
  const { t } = useTranslation();
  return (
    <MoneySheet
      open={target !== null}
      title={target?.sends ? t('bills.pay.sendTitle') : t('bills.pay.title')}
      onClose={onClose}
    >
      {(controls) => (target ? <BillPayBody target={target} controls={controls} /> : null)}
    </MoneySheet>
  );
}

function BillPayBody({
  target,
  controls,
}: {
  readonly target: PayTarget;
  readonly controls: SheetControls;
}) {
  const bills = useBills();
  const accounts = useAccounts(true);
  const bill = bills.data?.find((candidate) => candidate.id === target.billId);
  const account = accounts.data?.find((candidate) => candidate.id === bill?.payFromAccountId);
  const failed = bills.error ?? accounts.error;
  if (failed) {
    return (
      <PageError
        error={failed}
        onRetry={() => {
          void bills.refetch();
          void accounts.refetch();
        }}
      />
    );
  }
  if (!bills.data || !accounts.data) return <PageLoading rows={5} />;
  if (!bill || !account) {
    return <PageError error={new PurseError('NOT_FOUND', 'That bill no longer exists.')} />;
  }

  const variable = bill.amountKind === 'variable';
  // The flow's request is the amount this time (kept when they go back to change it).
  return (
    <SheetFlow<number>
      controls={controls}
      form={
        variable
          ? (step) => (
              <AmountStep
                bill={bill}
                dueDate={target.dueDate}
                initial={step.request ?? bill.amount}
                onClose={step.onClose}
                onContinue={step.onContinue}
              />
            )
          : undefined
      }
      confirm={(step) => (
        <ConfirmStep
          bill={bill}
          account={account}
          dueDate={target.dueDate}
          amount={step.request ?? bill.amount}
          onChangeAmount={variable ? step.onChange : undefined}
          controls={step.controls}
        />
      )}
      done={(result) => (
        <PaidStep bill={bill} dueDate={target.dueDate} result={result} onClose={controls.onClose} />
      )}
    />
  );
}

function BillHeading({ bill, dueDate }: { readonly bill: BillView; readonly dueDate: string }) {
  const { t } = useTranslation();
  const dates = useBillDates();
  return (
    <>
      <ScheduleIcon of={{ scheduleKind: bill.kind, billerKind: bill.billerKind }} size="small" />
      <span>{bill.name}</span>
      <span className="purse-muted">{t('bills.pay.dueOn', { date: dates.date(dueDate) })}</span>
    </>
  );
}

/** A variable bill: how much it is this time (the estimate filled in). */
function AmountStep({
  bill,
  dueDate,
  initial,
  onClose,
  onContinue,
}: {
  readonly bill: BillView;
  readonly dueDate: string;
  readonly initial: number;
  readonly onClose: () => void;
  readonly onContinue: (amount: number) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ amount: string }>();
  return (
    <VerticalForm<{ amount: string }>
      form={form}
      initialValues={{ amount: minorToDecimalString(initial, bill.currency) }}
      onFinish={(values) => {
        const parsed = parseAmountField(values.amount, bill.currency);
        if (parsed.ok) onContinue(parsed.minor);
      }}
      className="purse-sheet purse-bill-pay__amount"
    >
      <SheetHero
        payeeClassName="purse-bill-pay__payee"
        payee={<BillHeading bill={bill} dueDate={dueDate} />}
      />
      <AmountField
        name="amount"
        label={t('bills.pay.amountThisTime')}
        currency={bill.currency}
        positive
        autoFocus
      />
      <p className="purse-muted purse-bill-pay__hint">{t('bills.pay.amountHint')}</p>
      <div className="purse-sheet__actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit">
          {t('bills.pay.continue')}
        </Button>
      </div>
    </VerticalForm>
  );
}

/** Why the payment cannot go through as it stands, known before the PIN is asked for. */
function problemOf(
  account: Account,
  amount: number,
  limits: LimitsView | undefined,
): DescribableError | null {
  if (account.archived) {
    return { code: 'ACCOUNT_ARCHIVED', details: { name: account.name, id: account.id } };
  }
  return outflowProblem(account, amount, limits);
}

function ConfirmStep({
  bill,
  account: liveAccount,
  dueDate,
  amount,
  onChangeAmount,
  controls,
}: {
  readonly bill: BillView;
  readonly account: Account;
  readonly dueDate: string;
  readonly amount: number;
  readonly onChangeAmount: (() => void) | undefined;
  readonly controls: SheetControls;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locale = useFormattingLocale();
  const timeZone = systemTimeZone();
  const limits = usePurseQuery('limits.get', { currency: liveAccount.currency, timeZone });
  const pay = usePurseMutation('bills.pay');
  // While the payment is on its way, the sheet shows what was confirmed, not refreshed data.
  const confirmed = useConfirmedView(liveAccount, controls);
  const account = confirmed.view;
  const money = (minor: number) => formatMoney(minor, bill.currency, locale);
  const balanceAfter = account.balance - amount;

  const summary = (
    <>
      <SheetHero
        payeeClassName="purse-bill-pay__payee"
        payee={<BillHeading bill={bill} dueDate={dueDate} />}
        total={{ amount, currency: bill.currency }}
      >
        {onChangeAmount ? (
          <Button type="link" size="small" onClick={onChangeAmount}>
            {t('bills.pay.changeAmount')}
          </Button>
        ) : null}
      </SheetHero>
      <DetailList
        items={[
          // A bill names the account with the biller; money to a contact has none.
          ...(bill.kind === 'bill'
            ? [
                {
                  key: 'accountNumber',
                  label: t('bills.fields.accountNumber'),
                  value: <MaskedNumber value={bill.accountNumber} />,
                },
              ]
            : []),
          sheetAccountRow(
            'account',
            t('bills.fields.payFrom'),
            account,
            t('bills.pay.balanceNow', { balance: money(account.balance) }),
          ),
          account.kind === 'credit_card'
            ? null
            : {
                key: 'after',
                label: t('bills.pay.balanceAfter'),
                value: <Money minor={balanceAfter} currency={bill.currency} />,
              },
        ]}
      />
    </>
  );

  // Judge only with today's limits known: a refusal that changes as they load would mislead.
  if (limits.isPending) return <PageLoading rows={5} />;

  return (
    <MoneyConfirm
      onClose={controls.onClose}
      summary={summary}
      confirmLabel={t('bills.pay.confirm', { amount: money(amount) })}
      problem={confirmed.sending ? null : problemOf(account, amount, limits.data)}
      submit={async (requestId, auth) => {
        confirmed.freeze(liveAccount);
        try {
          return await pay.mutateAsync({
            billId: bill.id,
            dueDate,
            ...(bill.amountKind === 'variable' ? { amount } : {}),
            requestId,
            timeZone,
            auth,
          });
        } catch (thrown) {
          // Paid or skipped meanwhile (another window, autopay): nothing to do here any more.
          if ((thrown as { code?: string }).code === 'CONFLICT') {
            void message.info(t('bills.pay.alreadyDone'));
            controls.onClose();
          }
          throw thrown;
        }
      }}
      onDone={confirmed.onDone}
      onBusy={confirmed.onBusy}
    />
  );
}

/** Paid: the amount, from where, the balance left, and when the bill is due next. */
function PaidStep({
  bill,
  dueDate,
  result,
  onClose,
}: {
  readonly bill: BillView;
  readonly dueDate: string;
  readonly result: MoneyResult;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const dates = useBillDates();
  const txn = result.transaction;
  return (
    <MoneyDone
      title={t('bills.pay.paidTitle')}
      subtitle={bill.name}
      amount={txn.amount}
      currency={txn.currency}
      transactionId={txn.id}
      receiptLabel={t('bills.pay.viewReceipt')}
      onDone={onClose}
      rows={[
        { key: 'due', label: t('bills.pay.forDue'), value: dates.date(dueDate) },
        balanceAfterRow(txn, t('bills.pay.balanceAfter')),
        timeRow(txn, t('bills.pay.paidAt')),
        {
          key: 'next',
          label: t('bills.pay.nextDue'),
          value: bill.next ? dates.date(bill.next.dueDate) : t('bills.pay.noNext'),
        },
      ]}
    />
  );
}
