import { BankOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import type { LimitsView } from '../../../shared/payments';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { usePurseQuery } from '../../api/use-purse-query';
import { DetailList } from '../../components/detail-list';
import { Money } from '../../components/money';
import { useFormattingLocale } from '../../i18n/use-locale';
import { MoneyConfirm, MoneySheet, type SheetControls } from '../money/confirm-sheet';
import { outflowProblem } from '../money/outflow-problem';
import { sheetAccountRow } from '../money/sheet-account';
import { useConfirmedView, type MoneySheetProps } from '../money/use-money-flow';
import { isToContact, type TransferRequest } from './transfer-request';
import { SheetHero } from '../money/sheet-hero';

export interface TransferConfirmSheetProps extends MoneySheetProps<TransferRequest> {
  readonly from: Account | undefined;
}

/** What a transfer will do, then the PIN: transfers.create with one requestId per sheet. */
export function TransferConfirmSheet({
  open,
  request,
  from,
  onClose,
  onDone,
}: TransferConfirmSheetProps) {
  const { t } = useTranslation();
  return (
    <MoneySheet open={open} title={t('transfer.sheet.title')} onClose={onClose} onDone={onDone}>
      {(controls) =>
        request && from ? (
          <TransferConfirmBody request={request} from={from} controls={controls} />
        ) : null
      }
    </MoneySheet>
  );
}

function TransferConfirmBody({
  request,
  from: liveFrom,
  controls,
}: {
  readonly request: TransferRequest;
  readonly from: Account;
  readonly controls: SheetControls;
}) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const toContact = isToContact(request);
  // While the transfer is on its way (and as the sheet closes) the sheet keeps showing what
  // was confirmed, not the balances refreshed after the money moved.
  // Money sent to people counts against the payment limits; moving between own accounts not.
  const limits = usePurseQuery(
    'limits.get',
    { currency: liveFrom.currency, timeZone: request.timeZone },
    { enabled: toContact },
  );
  const confirmed = useConfirmedView<{ from: Account; limits: LimitsView | undefined }>(
    { from: liveFrom, limits: limits.data },
    controls,
  );
  const { from, limits: limitsView } = confirmed.view;
  const create = usePurseMutation('transfers.create');
  const money = (minor: number) => formatMoney(minor, from.currency, locale);
  const problem = confirmed.sending
    ? null
    : outflowProblem(from, request.amount, toContact ? limitsView : undefined);
  const { toName: _name, toNote: _note, ...transfer } = request;

  const summary = (
    <>
      <SheetHero
        payee={
          <>
            {toContact ? <UserOutlined aria-hidden /> : <BankOutlined aria-hidden />}
            <span>{request.toName}</span>
            {request.toNote ? <span className="purse-muted">{request.toNote}</span> : null}
          </>
        }
        total={{ amount: request.amount, currency: from.currency }}
      />
      <DetailList
        items={[
          {
            key: 'to',
            label: t('transfer.sheet.to'),
            value: toContact
              ? 'newContact' in request.to
                ? t('transfer.sheet.newContact', { name: request.toName })
                : request.toName
              : request.toName,
          },
          sheetAccountRow(
            'from',
            t('transfer.sheet.from'),
            from,
            t('pay.sheet.balanceNow', { balance: money(from.balance) }),
          ),
          {
            key: 'after',
            label: t('pay.sheet.balanceAfter'),
            value: <Money minor={from.balance - request.amount} currency={from.currency} />,
          },
          toContact && limitsView
            ? {
                key: 'room',
                label: t('transfer.sheet.roomToday'),
                value: <Money minor={limitsView.roomToday} currency={limitsView.currency} />,
              }
            : null,
          request.memo ? { key: 'memo', label: t('transfer.memo'), value: request.memo } : null,
        ]}
      />
    </>
  );

  return (
    <MoneyConfirm
      onClose={controls.onClose}
      summary={summary}
      confirmLabel={t('transfer.sheet.send', { amount: money(request.amount) })}
      problem={problem}
      pending={!confirmed.sending && toContact && limits.isPending}
      submit={(requestId, auth) => {
        confirmed.freeze({ from, limits: limitsView });
        return create.mutateAsync({ ...transfer, requestId, auth });
      }}
      onDone={confirmed.onDone}
      onBusy={confirmed.onBusy}
    />
  );
}
