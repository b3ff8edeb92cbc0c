import { CreditCardOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import { systemTimeZone } from '../../../shared/dates';
import { cardDigits, isLuhnValid, type CardType } from '../../../shared/onboarding';
import { usePurseMutation } from '../../api/use-purse-mutation';
import { AmountField } from '../../components/amount-field';
import { CurrencySelect } from '../../components/currency-select';
import { FormError } from '../../components/form-error';
import { parseAmountField } from '../../components/money-rules';
import { markServerIssues } from '../../components/server-issues';
import { OnboardingStep } from './onboarding-steps';
import { nameRules } from '../../components/form-rules';
import { VerticalForm } from '../../components/vertical-form';

interface CardValues {
  issuer: string;
  cardType: CardType;
  cardNumber: string;
  currency: CurrencyCode;
  balance: string;
}

/** "6222021234567894" → "6222 0212 3456 7894", as printed on cards. */
function grouped(text: string): string {
  return cardDigits(text)
    .replace(/\D/g, '')
    .slice(0, 19)
    .replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * Step 4: bind a first bank card. Nothing is stored until "Bind card": then the account and
 * its opening balance are made in one write. The number is kept sealed; only its last four
 * digits are ever shown. It can be skipped and added later in Accounts.
 */
export function CardStep({ defaultCurrency }: { readonly defaultCurrency: CurrencyCode }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CardValues>();
  const currency = Form.useWatch('currency', form) ?? defaultCurrency;
  const cardType = Form.useWatch('cardType', form) ?? 'debit';
  const bind = usePurseMutation('onboarding.bindCard');
  const skip = usePurseMutation('onboarding.advance');

  const submit = (values: CardValues) => {
    const balance = parseAmountField(values.balance, values.currency, {
      allowEmpty: true,
      allowNegative: values.cardType === 'credit',
    });
    if (!balance.ok) return;
    bind.mutate(
      {
        issuer: values.issuer.trim(),
        cardType: values.cardType,
        cardNumber: cardDigits(values.cardNumber),
        currency: values.currency,
        openingBalance: balance.minor,
        timeZone: systemTimeZone(),
      },
      {
        onError: (error) =>
          markServerIssues(form, error, ['cardNumber'], t('onboarding.card.numberInvalid')),
      },
    );
  };

  return (
    <OnboardingStep step="card" icon={<CreditCardOutlined />} wide>
      <VerticalForm<CardValues>
        form={form}
        name="bind-card"
        initialValues={{ cardType: 'debit', currency: defaultCurrency, balance: '' }}
        onFinish={submit}
      >
        <Form.Item
          name="issuer"
          label={t('onboarding.card.issuer')}
          rules={nameRules(t, t('onboarding.card.issuerRequired'), 40)}
        >
          <Input placeholder={t('onboarding.card.issuerPlaceholder')} maxLength={40} autoFocus />
        </Form.Item>
        <Form.Item name="cardType" label={t('onboarding.card.type')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'debit', label: t('onboarding.card.debit') },
              { value: 'credit', label: t('onboarding.card.credit') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="cardNumber"
          label={t('onboarding.card.number')}
          extra={t('onboarding.card.numberHint')}
          normalize={grouped}
          validateTrigger="onBlur"
          rules={[
            { required: true, message: t('onboarding.card.numberRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || isLuhnValid(cardDigits(value))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('onboarding.card.numberInvalid'))),
            },
          ]}
        >
          <Input
            inputMode="numeric"
            autoComplete="cc-number"
            className="purse-mono"
            placeholder="6222 0000 0000 0000"
          />
        </Form.Item>
        <Form.Item name="currency" label={t('accounts.currency')}>
          <CurrencySelect />
        </Form.Item>
        <AmountField
          name="balance"
          label={
            cardType === 'credit'
              ? t('onboarding.card.creditBalance')
              : t('onboarding.card.balance')
          }
          currency={currency}
          dependencies={['currency', 'cardType']}
          allowEmpty
          allowNegative={cardType === 'credit'}
        />
        <FormError error={bind.error ?? skip.error} />
        <div className="purse-gate__actions purse-onboarding__actions">
          <Button
            size="large"
            loading={skip.isPending}
            disabled={bind.isPending}
            onClick={() => skip.mutate({ step: 'extras' })}
          >
            {t('onboarding.card.skip')}
          </Button>
          <Button type="primary" htmlType="submit" size="large" loading={bind.isPending}>
            {t('onboarding.card.bind')}
          </Button>
        </div>
      </VerticalForm>
    </OnboardingStep>
  );
}
