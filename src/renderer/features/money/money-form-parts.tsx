import { Form, Segmented, type FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/domain';
import { FormActions } from '../../components/form-actions';

/** The end of every money form: "Continue" opens the confirmation sheet. */
export function ContinueActions({ children }: { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <FormActions submitLabel={t('pay.form.continue')} size="large">
      {children}
    </FormActions>
  );
}

export interface MoneyFormProps<Values> {
  readonly form: FormInstance<Values>;
  readonly initialValues: Partial<Values>;
  readonly onFinish: (values: Values) => void;
  /** Added to `purse-record-form`. */
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A money form (pay, transfer, top up): its fields laid out like every form, then
 * "Continue", which checks them and hands the values to `onFinish` (that opens the
 * confirmation sheet).
 */
export function MoneyForm<Values>({
  form,
  initialValues,
  onFinish,
  className,
  children,
}: MoneyFormProps<Values>) {
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      requiredMark="optional"
      initialValues={initialValues}
      onFinish={onFinish}
      className={className ? `purse-record-form ${className}` : 'purse-record-form'}
    >
      {children}
      <ContinueActions />
    </Form>
  );
}

/** The two ways of a money page (pay or record, to a person or between accounts, ...). */
export function MoneyModeSwitch<Mode extends string>({
  label,
  value,
  onChange,
  options,
}: {
  readonly label: string;
  readonly value: Mode;
  readonly onChange: (next: Mode) => void;
  readonly options: readonly { readonly value: Mode; readonly label: string }[];
}) {
  return (
    <Segmented<Mode>
      block
      className="purse-kind-switch"
      aria-label={label}
      value={value}
      onChange={onChange}
      options={[...options]}
    />
  );
}

/** A form rule's answer: money moves only between accounts in one currency. */
export function sameCurrency(
  t: TFunction,
  from: Account | undefined,
  to: Account | undefined,
): Promise<void> {
  if (from && to && from.currency !== to.currency) {
    return Promise.reject(
      new Error(t('errors.detailed.CURRENCY_MISMATCH', { from: from.currency, to: to.currency })),
    );
  }
  return Promise.resolve();
}
