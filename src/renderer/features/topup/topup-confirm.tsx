import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { useFormattingLocale } from '../../i18n/use-locale';
import { MoneyConfirm, MoneySheet, type SheetControls } from '../money/confirm-sheet';
import { outflowProblem } from '../money/outflow-problem';
import { sheetAccountRow } from '../money/sheet-account';
import { useConfirmedView, type MoneySheetProps } from '../money/use-money-flow';
import { SheetHero } from '../money/sheet-hero';

export type WalletMove = 'topup' | 'withdraw';

export interface WalletMoveRequest {
  readonly move: WalletMove;
  readonly fromAccountId: string;
  readonly toAccountId: string;
  readonly amount: number;
  readonly timeZone: string;
}

export interface TopupConfirmSheetProps extends MoneySheetProps<WalletMoveRequest> {
  readonly accounts: readonly Account[];
}

/** Top up the wallet from a bank card, or withdraw back to it: the summary, then the PIN. */
export function TopupConfirmSheet({
  open,
  request,
  accounts,
  onClose,
  onDone,
}: TopupConfirmSheetProps) {
  const { t } = useTranslation();
  const from = accounts.find((account) => account.id === request?.fromAccountId);
  const to = accounts.find((account) => account.id === request?.toAccountId);
  return (
    <MoneySheet
      open={open}
      title={request?.move === 'withdraw' ? t('topup.sheet.withdrawTitle') : t('topup.sheet.title')}
      onClose={onClose}
      onDone={onDone}
    >
      {(controls) =>
        request && from && to ? (
          <TopupConfirmBody request={request} from={from} to={to} controls={controls} />
        ) : null
      }
    </MoneySheet>
  );
}

function TopupConfirmBody({
  request,
  from: liveFrom,
  to: liveTo,
  controls,
}: {
  readonly request: WalletMoveRequest;
  readonly from: Account;
  readonly to: Account;
  readonly controls: SheetControls;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const topup = usePurseMutation('topups.create');
  const withdraw = usePurseMutation('withdrawals.create');
  const confirmed = useConfirmedView({ from: liveFrom, to: liveTo }, controls);
  const { from, to } = confirmed.view;
  const wallet = request.move === 'topup' ? to : from;
  const money = (minor: number) => formatMoney(minor, from.currency, locale);
  const walletAfter =
    request.move === 'topup' ? wallet.balance + request.amount : wallet.balance - request.amount;
  const { move: _move, ...input } = request;

  const summary = (
    <>
      <SheetHero
        payeeClassName="purse-sheet-hero__route"
        payee={
          <>
            <span>{from.name}</span>
            <ArrowRightOutlined aria-label={t('topup.sheet.into')} />
            <span>{to.name}</span>
          </>
        }
        total={{ amount: request.amount, currency: from.currency }}
      />
      <DetailList
        items={[
          sheetAccountRow(
            'from',
            t('topup.sheet.from'),
            from,
            t('pay.sheet.balanceNow', { balance: money(from.balance) }),
          ),
          { key: 'to', label: t('topup.sheet.to'), value: to.name },
          {
            key: 'after',
            label: t('topup.sheet.walletAfter', { wallet: wallet.name }),
            value: <Money minor={walletAfter} currency={wallet.currency} strong />,
            strong: true,
          },
        ]}
      />
    </>
  );

  return (
    <MoneyConfirm
      onClose={controls.onClose}
      summary={summary}
      confirmLabel={
        request.move === 'topup'
          ? t('topup.sheet.confirmTopup', { amount: money(request.amount) })
          : t('topup.sheet.confirmWithdraw', { amount: money(request.amount) })
      }
      problem={confirmed.sending ? null : outflowProblem(from, request.amount, undefined)}
      offerTopUp={false}
      submit={(requestId, auth) => {
        confirmed.freeze({ from, to });
        const mutation = request.move === 'topup' ? topup : withdraw;
        return mutation.mutateAsync({ ...input, requestId, auth });
      }}
      onDone={confirmed.onDone}
      onBusy={confirmed.onBusy}
    />
  );
}
