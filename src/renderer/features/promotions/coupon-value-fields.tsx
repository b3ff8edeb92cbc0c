import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/currencies';
import type { PromotionKind } from '../../../shared/payments';
import { AmountField } from '../../components/amount-field';
import { parsePercent } from './coupon-rules';
import { ChoiceField } from '../../components/choice-field';

export interface CouponValueFieldsProps {
  readonly kind: PromotionKind;
  readonly currency: CurrencyCode;
}

/** What the coupon takes off: its kind, then the percent or the amounts that kind needs. */
export function CouponValueFields({ kind, currency }: CouponValueFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceField<PromotionKind>
        name="kind"
        label={t('promotions.kind')}
        options={[
          { value: 'threshold', label: t('promotions.kinds.threshold') },
          { value: 'fixed', label: t('promotions.kinds.fixed') },
          { value: 'percent', label: t('promotions.kinds.percent') },
        ]}
      />
      {kind === 'percent' ? (
        <PercentOffFields currency={currency} />
      ) : (
        <AmountOffFields kind={kind} currency={currency} />
      )}
    </>
  );
}

function PercentOffFields({ currency }: { readonly currency: CurrencyCode }) {
  const { t } = useTranslation();
  return (
    <div className="purse-form-row">
      <Form.Item
        name="percent"
        label={t('promotions.percent')}
        rules={[
          {
            validator: (_rule, value: string | undefined) =>
              value && parsePercent(value) !== null
                ? Promise.resolve()
                : Promise.reject(new Error(t('promotions.percentInvalid'))),
          },
        ]}
        required
      >
        <Input
          inputMode="decimal"
          autoComplete="off"
          suffix="%"
          placeholder="10"
          className="purse-amount-input"
        />
      </Form.Item>
      <AmountField
        name="maxDiscount"
        label={t('promotions.maxDiscount')}
        currency={currency}
        allowEmpty
      />
    </div>
  );
}

function AmountOffFields({ kind, currency }: CouponValueFieldsProps) {
  const { t } = useTranslation();
  return (
    <div className="purse-form-row">
      {kind === 'threshold' ? (
        <AmountField
          name="minSpend"
          label={t('promotions.minSpend')}
          currency={currency}
          positive
        />
      ) : null}
      <AmountField
        name="amountOff"
        label={t('promotions.amountOff')}
        currency={currency}
        dependencies={['minSpend']}
        positive
      />
    </div>
  );
}
