import { ShopOutlined, UserOutlined } from '@ant-design/icons';
import { AutoComplete, Form } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Counterparty } from '../../shared/domain';
import { nameRules } from './form-rules';

export interface PayeeFieldProps {
  /** Merchants for a payment, contacts for a transfer. */
  readonly payees: readonly Counterparty[];
  readonly placeholder: string;
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (value: string) => void;
  readonly autoFocus?: boolean;
}

/** Who gets the money, by name: one already paid (suggested as you type), or a new name. */
export function PayeeField({
  payees,
  placeholder,
  id,
  value,
  onChange,
  autoFocus,
}: PayeeFieldProps) {
  const typed = (value ?? '').trim().toLocaleLowerCase();
  const options = useMemo(
    () =>
      payees
        .filter(
          (payee) =>
            !typed ||
            payee.name.toLocaleLowerCase().includes(typed) ||
            (payee.note ?? '').toLocaleLowerCase().includes(typed),
        )
        .slice(0, 50)
        .map((payee) => ({
          value: payee.name,
          label: (
            <span className="purse-payee-option">
              {payee.kind === 'contact' ? (
                <UserOutlined aria-hidden />
              ) : (
                <ShopOutlined aria-hidden />
              )}
              <span className="purse-payee-option__name">{payee.name}</span>
              {payee.note ? <span className="purse-payee-option__note">{payee.note}</span> : null}
            </span>
          ),
        })),
    [payees, typed],
  );
  return (
    <AutoComplete
      id={id}
      value={value}
      onChange={(next: string) => onChange?.(next)}
      options={options}
      autoFocus={autoFocus}
      placeholder={placeholder}
      virtual={false}
    />
  );
}

/**
 * A money form's first field, who gets the money: required, a name of at most 80 characters,
 * suggested from `payees`, with a note under it (a new payee, a contact's note).
 */
export function PayeeNameField({
  name,
  label,
  requiredMessage,
  note,
  payees,
  placeholder,
}: {
  readonly name: string;
  readonly label: string;
  readonly requiredMessage: string;
  readonly note: ReactNode;
  readonly payees: readonly Counterparty[];
  readonly placeholder: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={nameRules(t, requiredMessage)}
      extra={note ? <span className="purse-new-payee">{note}</span> : null}
    >
      <PayeeField payees={payees} placeholder={placeholder} autoFocus />
    </Form.Item>
  );
}

/** The existing payee this name means (names match without regard to case), if any. */
export function findByName(
  counterparties: readonly Counterparty[],
  name: string,
): Counterparty | undefined {
  const lower = name.trim().toLocaleLowerCase();
  if (!lower) return undefined;
  return counterparties.find((candidate) => candidate.name.toLocaleLowerCase() === lower);
}
