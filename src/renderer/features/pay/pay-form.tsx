import { Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemTimeZone } from '../../../shared/dates';
import type { Account } from '../../../shared/domain';
import { formatMoney } from '../../../shared/money';
import type { MoneyResult } from '../../../shared/payments';
import { usePurseQuery } from '../../api/use-purse-query';
import { MovementAmountField } from '../../components/amount-field';
import { HintBox } from '../../components/hint-box';
import { accountAmount, parseAmountField } from '../../components/money-rules';
import { useFormattingLocale } from '../../i18n/use-locale';
import type { DescribableError } from '../../i18n/describe-error';
import { MoneyForm } from '../money/money-form-parts';
import { MoneyRefusal } from '../money/money-refusal';
import { outflowProblem } from '../money/outflow-problem';
import { useMoneyFlow } from '../money/use-money-flow';
import { PayFromFields } from './pay-from-fields';
import { MemoField } from '../../components/memo-field';
import { findByName, PayeeNameField } from '../../components/payee-field';
import { PayConfirmSheet } from './pay-confirm';
import type { PayRequest } from './pay-request';
import { useLivePreview } from './use-live-preview';
import { payingAccount } from '../../components/account-select';

interface PayValues {
  merchant?: string;
  amount?: string;
  accountId?: string;
  categoryId?: string;
  memo?: string;
}

export interface PayFormProps {
  /** Open accounts to pay from. */
  readonly accounts: readonly Account[];
  readonly onPaid: (result: MoneyResult) => void;
}

/**
 * Pay a merchant: who, how much, from which account, in which category. "Continue" opens the
 * confirmation sheet; nothing moves until the PIN is confirmed there.
 */
export function PayForm({ accounts, onPaid }: PayFormProps) {
  const { t } = useTranslation();
  const locale = useFormattingLocale();
  const [form] = Form.useForm<PayValues>();
  const merchants = usePurseQuery('counterparties.list', { kind: 'merchant' });
  const flow = useMoneyFlow<PayRequest>(onPaid);

  const merchantText = Form.useWatch('merchant', form) ?? '';
  const amountText = Form.useWatch('amount', form);
  const accountId = Form.useWatch('accountId', form);
  const account = accounts.find((candidate) => candidate.id === accountId);
  const currency = account?.currency ?? payingAccount(accounts)?.currency ?? 'CNY';
  const known = findByName(merchants.data ?? [], merchantText);
  const amount = parseAmountField(amountText, currency, { positive: true });

  const { live, liveInput } = useLivePreview(
    account?.id,
    known?.id,
    merchantText,
    amount.ok ? amount.minor : 0,
  );
  // The refusal answers one amount from one account: typing another clears it.
  const asked = `${accountId ?? ''}|${amountText ?? ''}`;
  const [refusal, setRefusal] = useState<{ asked: string; error: DescribableError } | null>(null);
  const shortOf = refusal?.asked === asked ? refusal.error : null;
  const suggested = live.data?.suggestedCategoryId ?? null;

  useEffect(() => {
    if (suggested && !form.isFieldTouched('categoryId')) {
      form.setFieldValue('categoryId', suggested);
    }
  }, [suggested, form]);

  const submit = (values: PayValues) => {
    const paid = accountAmount(accounts, values.accountId, values.amount);
    const name = values.merchant?.trim() ?? '';
    if (!paid || !name) return;
    const { account: from, minor } = paid;
    // What it will cost after the coupon, once the preview for these very values is in: short
    // of it, the form says so and the sheet stays shut. Before that, the sheet checks.
    const previewed =
      live.data !== undefined && liveInput?.accountId === from.id && liveInput.amount === minor;
    const short = previewed && live.data ? outflowProblem(from, live.data.total, undefined) : null;
    setRefusal(short ? { asked, error: short } : null);
    if (short) return;
    const existing = findByName(merchants.data ?? [], name);
    const memo = values.memo?.trim();
    flow.confirm({
      accountId: from.id,
      merchant: existing ? { id: existing.id } : { name },
      merchantName: existing?.name ?? name,
      ...(existing ? { merchantId: existing.id } : {}),
      amount: minor,
      ...(values.categoryId ? { categoryId: values.categoryId } : {}),
      ...(memo ? { memo } : {}),
      timeZone: systemTimeZone(),
    });
  };

  const hint = (() => {
    const data = live.data;
    if (!data || !liveInput) return null;
    const money = (minor: number) => formatMoney(minor, data.currency, locale);
    const parts: string[] = [];
    if (data.promotion && data.discount > 0) {
      parts.push(
        t('pay.form.couponHint', { name: data.promotion.name, amount: money(data.discount) }),
      );
    }
    parts.push(t('pay.form.roomHint', { room: money(data.limits.roomToday) }));
    return parts.join(' · ');
  })();

  return (
    <>
      <MoneyForm<PayValues>
        form={form}
        initialValues={{ accountId: payingAccount(accounts)?.id }}
        onFinish={submit}
        className="purse-pay-form"
      >
        <PayeeNameField
          name="merchant"
          label={t('pay.form.merchant')}
          requiredMessage={t('pay.form.merchantRequired')}
          note={merchantText.trim() && !known && merchants.data ? t('pay.form.newMerchant') : null}
          payees={merchants.data ?? []}
          placeholder={t('pay.form.merchantPlaceholder')}
        />
        <MovementAmountField currency={currency} />
        {hint ? <HintBox className="purse-pay-hint">{hint}</HintBox> : null}
        <PayFromFields accounts={accounts} />
        {shortOf ? (
          <MoneyRefusal
            error={shortOf}
            mode="problem"
            offerTopUp={account?.kind === 'wallet'}
            onClose={() => setRefusal(null)}
          />
        ) : null}
        <MemoField />
      </MoneyForm>
      <PayConfirmSheet
        {...flow.sheet}
        account={accounts.find((candidate) => candidate.id === flow.request?.accountId)}
      />
    </>
  );
}
