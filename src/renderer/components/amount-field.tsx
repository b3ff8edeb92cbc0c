import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../shared/currencies';
import { minorToDecimalString } from '../../shared/money';
import { Money } from './money';
import { moneyRule, parseAmountField, type MoneyRuleOptions } from './money-rules';

export interface AmountFieldProps extends MoneyRuleOptions {
  readonly name: string;
  readonly label: string;
  readonly currency: CurrencyCode;
  /** Other fields whose change should re-check this one (the account that sets the currency). */
  readonly dependencies?: string[];
  readonly placeholder?: string;
  readonly autoFocus?: boolean;
}

/**
 * A money field: typed as text, parsed into minor units with parseMoneyInput, with the
 * formatted amount shown below so people see exactly what will be recorded.
 */
export function AmountField({
  name,
  label,
  currency,
  dependencies,
  placeholder,
  autoFocus,
  ...options
}: AmountFieldProps) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const text = Form.useWatch<string | undefined>(name, form);
  const parsed = parseAmountField(text, currency, options);
  const preview =
    text && text.trim() !== '' && parsed.ok ? (
      <span className="purse-amount-preview">
        <Money minor={parsed.minor} currency={currency} />
      </span>
    ) : null;
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[moneyRule(currency, t, options)]}
      dependencies={dependencies}
      extra={preview}
      required={!options.allowEmpty}
      validateFirst
    >
      <Input
        inputMode="decimal"
        autoComplete="off"
        suffix={<span className="purse-currency-suffix">{currency}</span>}
        placeholder={placeholder ?? minorToDecimalString(0, currency)}
        autoFocus={autoFocus}
        className="purse-amount-input"
      />
    </Form.Item>
  );
}

export interface MovementAmountFieldProps {
  readonly currency: CurrencyCode;
  /** The field's label; "Amount" unless the form says more. */
  readonly label?: string;
  /** The form field holding the account the money moves from. */
  readonly accountField?: string;
  readonly autoFocus?: boolean;
}

/**
 * The amount of a movement from the account chosen on the same form: more than zero, in that
 * account's currency, checked again when the account changes.
 */
export function MovementAmountField({
  currency,
  label,
  accountField = 'accountId',
  autoFocus = false,
}: MovementAmountFieldProps) {
  const { t } = useTranslation();
  return (
    <AmountField
      name="amount"
      label={label ?? t('record.amount')}
      currency={currency}
      dependencies={[accountField]}
      positive
      autoFocus={autoFocus}
    />
  );
}
