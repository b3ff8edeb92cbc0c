import { Button, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { minorDigits } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import type { Account } from '../../../shared/domain';
import { formatMoney, minorToDecimalString } from '../../../shared/money';
import type { MoneyResult } from '../../../shared/payments';
import { AccountField } from '../../components/account-select';
import { MovementAmountField } from '../../components/amount-field';
import { accountAmount } from '../../components/money-rules';
import { useFormattingLocale } from '../../i18n/use-locale';
import { MoneyForm, sameCurrency } from '../money/money-form-parts';
import { useMoneyFlow } from '../money/use-money-flow';
import { TopupConfirmSheet, type WalletMove, type WalletMoveRequest } from './topup-confirm';

interface MoveValues {
  walletId?: string;
  cardId?: string;
  amount?: string;
}

/** Amounts a person taps instead of typing, in major units. */
const QUICK_AMOUNTS = [100, 200, 500, 1000] as const;

export interface TopupFormProps {
  readonly move: WalletMove;
  readonly wallets: readonly Account[];
  readonly cards: readonly Account[];
  /** The wallet to start with (from Home's "Top up" next to a wallet). */
  readonly walletId?: string | null;
  readonly onDone: (result: MoneyResult) => void;
}

/** Top up a wallet from a bank card, or withdraw from it back to a card. */
export function TopupForm({ move, wallets, cards, walletId, onDone }: TopupFormProps) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const flow = useMoneyFlow<WalletMoveRequest>(onDone);
  const [form] = Form.useForm<MoveValues>();
  const chosenWalletId = Form.useWatch('walletId', form);
  const wallet = wallets.find((account) => account.id === chosenWalletId);
  const currency = wallet?.currency ?? wallets[0]?.currency ?? 'CNY';
  const cardsInCurrency = cards.filter((card) => card.currency === currency);
  const firstWallet = wallets.find((account) => account.id === walletId) ?? wallets[0];

  const submit = (values: MoveValues) => {
    const moved = accountAmount(wallets, values.walletId, values.amount);
    const card = cards.find((account) => account.id === values.cardId);
    if (!moved || !card) return;
    flow.confirm({
      move,
      fromAccountId: move === 'topup' ? card.id : moved.account.id,
      toAccountId: move === 'topup' ? moved.account.id : card.id,
      amount: moved.minor,
      timeZone: systemTimeZone(),
    });
  };

  const walletField = (
    <AccountField
      key="wallet"
      name="walletId"
      label={move === 'topup' ? t('topup.toWallet') : t('topup.fromWallet')}
      accounts={wallets}
    />
  );
  const cardField = (
    <AccountField
      key="card"
      name="cardId"
      label={move === 'topup' ? t('topup.fromCard') : t('topup.toCard')}
      accounts={cardsInCurrency.length > 0 ? cardsInCurrency : cards}
      requiredMessage={t('topup.cardRequired')}
      dependencies={['walletId']}
      rules={[
        ({ getFieldValue }) => ({
          validator: (_rule, value: string | undefined) => {
            const chosen = wallets.find((account) => account.id === getFieldValue('walletId'));
            return sameCurrency(
              t,
              cards.find((account) => account.id === value),
              chosen,
            );
          },
        }),
      ]}
    />
  );

  return (
    <>
      <MoneyForm<MoveValues>
        form={form}
        initialValues={{
          walletId: firstWallet?.id,
          cardId: (cards.find((card) => card.currency === firstWallet?.currency) ?? cards[0])?.id,
        }}
        onFinish={submit}
      >
        {move === 'topup' ? [cardField, walletField] : [walletField, cardField]}
        <MovementAmountField
          label={move === 'topup' ? t('topup.amountTopup') : t('topup.amountWithdraw')}
          currency={currency}
          accountField="walletId"
          autoFocus
        />
        <Space wrap className="purse-quick-amounts" aria-label={t('topup.quickAmounts')}>
          {QUICK_AMOUNTS.map((major) => {
            const minor = major * 10 ** minorDigits(currency);
            return (
              <Button
                key={major}
                size="small"
                onClick={() => {
                  form.setFieldValue('amount', minorToDecimalString(minor, currency));
                  void form.validateFields(['amount']).catch(() => undefined);
                }}
              >
                {formatMoney(minor, currency, locale)}
              </Button>
            );
          })}
          {move === 'withdraw' && wallet && wallet.balance > 0 ? (
            <Button
              size="small"
              type="link"
              onClick={() => {
                form.setFieldValue('amount', minorToDecimalString(wallet.balance, wallet.currency));
                void form.validateFields(['amount']).catch(() => undefined);
              }}
            >
              {t('topup.withdrawAll', {
                amount: formatMoney(wallet.balance, wallet.currency, locale),
              })}
            </Button>
          ) : null}
        </Space>
      </MoneyForm>
      <TopupConfirmSheet {...flow.sheet} accounts={[...wallets, ...cards]} />
    </>
  );
}
